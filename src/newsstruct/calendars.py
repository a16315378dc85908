"""Calendar eras behind one small interface, and the year arithmetic dates need.

Thai text writes years in the Buddhist era (พ.ศ., BE = CE + 543), the Gregorian era (ค.ศ.) and,
in older documents, the Rattanakosin era (ร.ศ., RE 1 = 1782 CE).  Each :class:`Era` converts a
written year to a Gregorian year and back; the offsets live in ``lexicon/eras.tsv``.  Until 1941
the Buddhist and Rattanakosin years began in April, so January to March of such a year fall in
the next Gregorian year; pass the month when it is known.

    >>> ERAS["BE"].to_gregorian(2563)
    2020
    >>> ERAS["RE"].from_gregorian(1905)
    124
    >>> ERAS["BE"].to_gregorian(2475, month=1)   # January of the old year 2475 was 1933
    1933
    >>> read_year("63")
    YearReading(gregorian=2020, calendar='BE', era_source='short_year')
    >>> fiscal_year_range(2563)
    (datetime.date(2019, 10, 1), datetime.date(2020, 9, 30))
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import NamedTuple

import attrs

from .lexicon import load

__all__ = [
    "Era",
    "ERAS",
    "YearReading",
    "era_for_marker",
    "be_short_year",
    "read_year",
    "fiscal_year_range",
    "nearest_year",
]

# The Thai calendar reform: 1 January 1941 began BE 2484; before it a year began on 1 April.
_REFORM_YEAR = 1940


@attrs.frozen(slots=True)
class Era:
    """A calendar era: a name, the offset from its years to Gregorian years, and its new year."""

    name: str  # "BE", "CE" or "RE"
    offset: int  # gregorian_year = written_year + offset, for months from new_year_month on
    new_year_month: int = 1  # month the era's year began in before the 1941 reform

    def _old_style(self, gregorian_year: int, month: int | None) -> bool:
        return self.new_year_month > 1 and month is not None and month < self.new_year_month and gregorian_year < _REFORM_YEAR

    def to_gregorian(self, year: int, month: int | None = None) -> int:
        """Gregorian year of ``year`` written in this era (of ``month`` in it, when known).

        >>> ERAS["BE"].to_gregorian(2563, month=2)
        2020
        """
        gregorian = year + self.offset
        return gregorian + 1 if self._old_style(gregorian, month) else gregorian

    def from_gregorian(self, gregorian_year: int, month: int | None = None) -> int:
        """``gregorian_year`` (of ``month`` in it, when known) written in this era.

        >>> ERAS["BE"].from_gregorian(2020)
        2563
        """
        if self._old_style(gregorian_year - 1, month):
            return gregorian_year - 1 - self.offset
        return gregorian_year - self.offset


@functools.cache
def _eras() -> tuple[dict[str, Era], dict[str, Era]]:
    by_name: dict[str, Era] = {}
    by_marker: dict[str, Era] = {}
    for row in load("eras"):
        era = by_name.setdefault(row["era"], Era(row["era"], int(row["offset"]), int(row["new_year_month"] or 1)))
        by_marker[row["marker"]] = era
    return by_name, by_marker


class _EraTable(dict):
    """The eras by name, read from the lexicon on first use (and kept)."""

    def __missing__(self, name: str) -> Era:
        era = self[name] = _eras()[0][name]
        return era


ERAS: dict[str, Era] = _EraTable()


def era_for_marker(marker: str) -> Era | None:
    """The era a written marker such as ``พ.ศ.`` or ``ค.ศ`` names, or None.

    >>> era_for_marker("พ. ศ.").name
    'BE'
    """
    return _eras()[1].get(marker.replace(" ", ""))


def be_short_year(two_digits: int) -> int:
    """Gregorian year of a two-digit Buddhist-era year as news writes it (``63`` -> 2020)."""
    return ERAS["BE"].to_gregorian(2500 + two_digits)


class YearReading(NamedTuple):
    """A written year read as a Gregorian year, with the era it was in and how that was decided."""

    gregorian: int
    calendar: str  # "BE", "CE" or "RE"
    era_source: str  # "marker", "short_year", "year_range" or "numeric_ce"


def read_year(written: str, marker: str | None = None, month: int | None = None) -> YearReading:
    """Read a written year: an explicit era marker wins; two digits are a short Buddhist year
    (``63`` -> 2563 -> 2020); four digits from 2400 on are Buddhist, below that Gregorian
    (a Thai month with ``2021`` stays 2021).

    >>> read_year("2563", "พ.ศ.").gregorian, read_year("2021").calendar
    (2020, 'CE')
    """
    year = int(written)
    era = era_for_marker(marker) if marker else None
    if era is not None:
        if era.name == "BE" and len(written) <= 2:
            year += 2500
        return YearReading(era.to_gregorian(year, month), era.name, "marker")
    if len(written) <= 2:
        return YearReading(ERAS["BE"].to_gregorian(2500 + year, month), "BE", "short_year")
    if year >= 2400:
        return YearReading(ERAS["BE"].to_gregorian(year, month), "BE", "year_range")
    return YearReading(year, "CE", "year_range")


def fiscal_year_range(be_year: int) -> tuple[dt.date, dt.date]:
    """First and last day of the Thai government fiscal year ``be_year`` (1 October to 30 September).

    ``ปีงบประมาณ 2563`` runs from 2019-10-01 to 2020-09-30.
    """
    ends = ERAS["BE"].to_gregorian(be_year)
    return dt.date(ends - 1, 10, 1), dt.date(ends, 9, 30)


def _month_distance(year: int, month: int, reference: dt.date) -> int:
    return (year - reference.year) * 12 + month - reference.month


def nearest_year(month: int, day: int | None, reference: dt.date, direction: str | None = None) -> int | None:
    """The year of ``day month`` (or of the month alone) as an article published on ``reference``
    means it: ``"past"`` — the latest such date not after the reference; ``"future"`` — the
    first not before it; ``"this"`` (``5 ก.ย. นี้``) — the coming one, or one of the last week
    (the current month, for a month alone); ``"around"`` — the nearest either way (the reference
    is a date in the text, not the day of writing); otherwise the nearest, where a date after the
    reference counts twice as far (news tells more of what happened than of what will).  None
    when no year fits (29 February far from a leap year).

    ``5 ธ.ค.`` in an article of 2020-02-26 is 2019-12-05:

    >>> nearest_year(12, 5, dt.date(2020, 2, 26))
    2019
    """
    best: tuple[float, int] | None = None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        if day is not None:
            try:
                candidate = dt.date(year, month, day)
            except ValueError:
                continue
            distance = (candidate - reference).days
        else:
            distance = _month_distance(year, month, reference)
        if direction == "past" and distance > 0 or direction == "future" and distance < 0:
            continue
        if direction == "this" and distance < (-7 if day is not None else 0):
            continue
        score = distance * 2 if distance > 0 and direction is None else abs(distance)
        if best is None or score < best[0]:
            best = (score, year)
    if best is None and day is not None and direction is not None:
        return nearest_year(month, day, reference)
    return best[1] if best else None
