"""Dates in Thai news text, resolved to ISO 8601.

Detection and resolution are kept apart: :func:`scan_dates` finds spans in a plain string and
resolves each against an optional reference date; :func:`extract` runs it over a document's
body and turns the results into :class:`~newsstruct.records.Date` mentions.

This first version reads day + month name + optional year, with an optional weekday and era
marker, which is what datelines need::

    >>> [f.fields["value"] for f in scan_dates("พุธ ที่ 26 เดือน กุมภาพันธ์ พ.ศ.2563")]
    ['2020-02-26']
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING, Any

import regex

from ..calendars import ERAS, be_short_year, era_for_marker
from ..lexicon import load
from ..records import Date
from .base import Found

if TYPE_CHECKING:
    from ..document import Document

__all__ = ["scan_dates", "extract"]


def _alternation(words: list[str]) -> str:
    return "|".join(regex.escape(word) for word in sorted(set(words), key=len, reverse=True))


@functools.cache
def _tables() -> tuple[regex.Pattern, dict[str, int], dict[str, int]]:
    month_numbers: dict[str, int] = {}
    for row in load("months"):
        for form in [row["name"], *filter(None, row["forms"].split("|"))]:
            month_numbers[form] = int(row["number"])
    weekday_numbers: dict[str, int] = {}
    for row in load("weekdays"):
        for form in [row["name"], *filter(None, row["forms"].split("|"))]:
            weekday_numbers[form] = int(row["iso"])
    # Single-letter weekday abbreviations (จ. อ. ...) are too ambiguous outside a dateline.
    weekdays = [w for w in weekday_numbers if len(w.rstrip(".")) > 1]
    eras = [row["marker"] for row in load("eras")]
    pattern = regex.compile(
        rf"(?:(?:วัน)?+(?P<weekday>{_alternation(weekdays)})\s*+(?:ที่\s*+)?+)?+"
        rf"(?P<day>(?<!\d)\d{{1,2}}+)\s*+(?:เดือน\s*+)?+(?P<month>{_alternation(list(month_numbers))})"
        rf"(?:\s*+(?P<era>{_alternation(eras)})?+\s*+(?P<year>(?<!\d)(?:\d{{4}}|\d{{2}})(?!\d)))?+"
    )
    return pattern, month_numbers, weekday_numbers


def _gregorian_year(written: str, era_marker: str | None) -> tuple[int, str, str]:
    """Gregorian year, calendar name and how the era was decided."""
    year = int(written)
    if era_marker:
        era = era_for_marker(era_marker)
        if era is not None:
            if era.name == "BE" and len(written) == 2:
                return be_short_year(year), "BE", "marker"
            return era.to_gregorian(year), era.name, "marker"
    if len(written) == 2:
        return be_short_year(year), "BE", "short_year"
    if year >= 2400:
        return ERAS["BE"].to_gregorian(year), "BE", "year_range"
    return year, "CE", "year_range"


def scan_dates(text: str, pos: int = 0, endpos: int | None = None, reference: dt.date | None = None) -> list[Found]:
    """Dates in ``text[pos:endpos]``, resolved against ``reference`` (the publication date)."""
    pattern, month_numbers, weekday_numbers = _tables()
    found: list[Found] = []
    for match in pattern.finditer(text, pos, len(text) if endpos is None else endpos):
        day, month = int(match.group("day")), month_numbers[match.group("month")]
        fields: dict[str, Any] = {"value": None, "calendar": None, "era_source": None}
        year_text = match.group("year")
        if year_text:
            year, fields["calendar"], fields["era_source"] = _gregorian_year(year_text, match.group("era"))
            try:
                date = dt.date(year, month, day)
            except ValueError:
                date = None
            if date is not None:
                fields["value"] = date.isoformat()
                if match.group("weekday"):
                    fields["weekday"] = match.group("weekday")
                    fields["weekday_agrees"] = weekday_numbers[match.group("weekday")] == date.isoweekday()
        elif 1 <= day <= 31:
            fields["value"] = f"--{month:02d}-{day:02d}"
        start = match.start("day") if match.group("weekday") is None else match.start()
        found.append(Found(start, match.end(), "day_month_year", fields))
    return found


def extract(doc: Document) -> list[Date]:
    """Date mentions in the document's body."""
    return [
        doc.make(Date, item.start, item.end, rule=item.rule, **item.fields)
        for item in scan_dates(doc.text, doc.body_start, doc.body_end, doc.published)
    ]
