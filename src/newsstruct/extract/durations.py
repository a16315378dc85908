"""Lengths of time (``20 ปี`` -> ``P20Y``) and ages (``อายุ 45 ปี`` -> ``P45Y``, kind ``age``).

A duration is a number and a unit of time, maybe followed by smaller ones
(``37 ปี 4 เดือน`` -> ``P37Y4M``, ``1 ชั่วโมง 42 นาที`` -> ``PT1H42M``), maybe a range
(``2-3 วัน``: value ``P2D``, ``max_value`` ``P3D``), a half (``1 ปีครึ่ง`` -> ``P1.5Y``), and a
direction glued to it (``3 ปีที่แล้ว``: ``direction`` ``ago``).  ThaiNER counts ``ตลอด`` in
``ตลอด 24 ชั่วโมง`` as part of the span, so it is kept.

An age is a duration after ``อายุ``/``วัย`` or in ``ขวบ``; it stays a mention (kind ``age``)
so that counts skip it and the information is not lost.  Spans already taken by dates are
left alone (``7-9 เดือน สิงหาคม`` is a date range).

    >>> from newsstruct import Pipeline
    >>> [(d.text, d.value, d.kind) for d in Pipeline().parse("ยุทธศาสตร์ชาติ 20 ปี นายดำ อายุ 45 ปี").durations]
    [('20 ปี', 'P20Y', 'duration'), ('45 ปี', 'P45Y', 'age')]
"""

from __future__ import annotations

import functools
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import regex

from ..lexicon import load, trie_pattern
from ..records import Duration
from .base import Found
from .starts import Trigger, trigger_starts

if TYPE_CHECKING:
    from ..document import Document

__all__ = ["scan_durations", "extract"]

_NUMBER = r"\d{1,3}+(?:,\d{3})*+(?:\.\d++)?+"
_DESIGNATOR_ORDER = ("Y", "M", "W", "D", "H", "MIN", "S")
_DIRECTIONS = {"ที่แล้ว": "ago", "ก่อน": "ago", "ที่ผ่านมา": "past", "ข้างหน้า": "ahead", "หน้า": "ahead"}


@functools.cache
def _units() -> dict[str, tuple[str, int, bool]]:
    return {row["form"]: (row["designator"], int(row["factor"]), row["age"] == "yes") for row in load("duration_units")}


@functools.cache
def _compiled() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    units = _units()
    # ชม without a dot is also the verb "watch"; it counts only at a word end.  วัน before
    # ที่ and a number is the date word (2 วันที่ 18 มิ.ย. is "the second, 18 June").
    guards = {"ชม": r"(?![\p{Thai}])", "วัน": r"(?!ที่ ?+\d)"}
    unit = trie_pattern(units, guards=guards)
    piece = rf"(?<![\d.,])(?P<n>{_NUMBER})(?: ?+[-–] ?+(?P<n_max>{_NUMBER}))?+ ?+(?P<unit>{unit})(?P<half>ครึ่ง)?+"
    more = rf"(?: ?+(?P<n_more>\d{{1,2}}+(?![\d.,])) ?+(?P<unit_more>{unit})(?P<half_more>ครึ่ง)?+)"
    pattern = regex.compile(
        # ตลอด 24 ชั่วโมง "round the clock" is one expression; ThaiNER keeps ตลอด in it.
        rf"(?P<throughout>ตลอด ?+(?=24 ?+ชั่วโมง))?+{piece}{more}{{0,3}}+"
        # a direction glued to the unit; "ก่อน" only at a word end (3 วันก่อนเลือกตั้ง is "before")
        r"(?P<direction>ที่แล้ว|ที่ผ่านมา|ข้างหน้า|ก่อน(?:หน้านี้)?+(?![\p{Thai}]))?+"
    )
    # อายุ 45 ปี, วัย 6 ขวบ, อายุต่ำกว่า 15 ปี, ผู้มีอายุเกิน 60 ปี; the age of an unborn child
    # (ตั้งครรภ์ 3 เดือน); and the age of an institution or event at an anniversary
    # (ครบรอบ 27 ปี, ฉลองครบ 60 ปี), which is how old it is, not how long something lasted.
    modifiers = r"(?:ได้|ประมาณ|ราว|กว่า|เพียง|เกือบ|ไม่ถึง|ไม่เกิน|ไม่ต่ำกว่า|ต่ำกว่า|เกิน|มากกว่า|น้อยกว่า|ตั้งแต่|ระหว่าง|ครบ|แค่|แล้ว|ถึง| )*+"
    age_before = regex.compile(
        rf"(?:(?:อายุ|วัย|เด็ก|ท้อง|ตั้งครรภ์|ทารก|ครบรอบ(?:ก่อตั้ง|สถาปนา)?+){modifiers}"
        rf"|(?P<years_only>ครบ|ฉลอง|รำลึก|ก่อตั้ง|สถาปนา){modifiers})\Z"
    )
    # A number after these is a label or an ordinal, not an amount (ไตรมาส 4 ปีนี้, ครั้งที่ 25).
    label_before = regex.compile(r"(?:ไตรมาส|ครั้งที่|ที่|ข้อ|ฉบับที่|รุ่นที่|ชั้น|เลขที่|หมู่|ซอย|อันดับ|ลำดับที่|มาตรา|ช่อง|หมายเลข) ?+\Z")
    return pattern, age_before, label_before


@functools.cache
def trigger() -> Trigger:
    """Where a length can begin, for :func:`~newsstruct.extract.starts.trigger_starts`: only a
    number followed by a unit (maybe after a range), or ตลอด 24 ชั่วโมง."""
    return Trigger(
        digits=rf"(?<![.,]\d)(?=[\d,.]*+(?: ?[-–] ?[\d,.]++)? ?(?:{trie_pattern(_units())}))",
        words=((list("ตลอด"), "(?= ?24)"),),
    )


def _number(written: str) -> Decimal:
    return Decimal(written.replace(",", ""))


def _iso(parts: list[tuple[str, Decimal]]) -> str:
    """ISO 8601 duration of ``(designator, amount)`` parts: ``[("Y", 37), ("M", 4)]`` -> ``P37Y4M``."""
    totals: dict[str, Decimal] = {}
    for designator, amount in parts:
        totals[designator] = totals.get(designator, Decimal(0)) + amount
    if "W" in totals and len(totals) > 1:  # weeks mix with nothing else in ISO 8601
        totals["D"] = totals.get("D", Decimal(0)) + 7 * totals.pop("W")
    date_part = "".join(f"{_plain(totals[d])}{d}" for d in ("Y", "M", "W", "D") if d in totals)
    time_part = "".join(f"{_plain(totals[d])}{d[0]}" for d in ("H", "MIN", "S") if d in totals)
    return "P" + date_part + ("T" + time_part if time_part else "")


def _plain(amount: Decimal) -> str:
    text = format(amount.normalize(), "f")
    return text


def _piece(number: str, unit_form: str, half: bool) -> tuple[str, Decimal, bool]:
    designator, factor, age_only = _units()[unit_form]
    amount = _number(number) * factor + (Decimal("0.5") * factor if half else 0)
    return designator, amount, age_only


def scan_durations(text: str, pos: int = 0, endpos: int | None = None) -> list[Found]:
    """Durations and ages in ``text[pos:endpos]``; fields are :class:`~newsstruct.records.Duration` fields.

    >>> [(f.fields["value"], f.fields["kind"]) for f in scan_durations("ติดอยู่ 2-3 วัน ลูกชายอายุ 6 ขวบ")]
    [('P2D', 'duration'), ('P6Y', 'age')]
    """
    endpos = len(text) if endpos is None else endpos
    candidates = trigger_starts("durations", text, pos, endpos)
    if not candidates:
        return []
    pattern, age_before, label_before = _compiled()
    found: list[Found] = []
    taken_until = pos
    for candidate in candidates:
        if candidate < taken_until:
            continue
        match = pattern.match(text, candidate, endpos)
        if match is None:
            continue
        number_start = match.start("n")
        if label_before.search(text, max(pos, number_start - 10), number_start):
            continue
        number, number_max, unit_form, half, throughout, direction = match.group("n", "n_max", "unit", "half", "throughout", "direction")
        designator, amount, age_only = _piece(number, unit_form, bool(half))
        parts = [(designator, amount)]
        end = match.end("half") if half else match.end("unit")
        # Smaller units may follow (37 ปี 4 เดือน); stop at the first that is not smaller, and
        # after a fraction (1 ปีครึ่ง, 1.5 ปี) or a range nothing more belongs to this length.
        chain = not (half or "." in number or number_max)
        for more_number, more_unit, half_index in zip(match.captures("n_more") if chain else [], match.captures("unit_more"), range(99)):
            more_designator, more_amount, _ = _piece(more_number, more_unit, False)
            if _DESIGNATOR_ORDER.index(more_designator) <= _DESIGNATOR_ORDER.index(parts[-1][0]):
                break
            parts.append((more_designator, more_amount))
            end = match.starts("unit_more")[half_index] + len(more_unit)
            halves = [s for s in match.starts("half_more") if s == end]
            if halves:
                parts[-1] = (more_designator, more_amount + Decimal("0.5") * _units()[more_unit][1])
                end += len("ครึ่ง")
                break
        fields: dict[str, Any] = {"value": _iso(parts), "kind": "duration"}
        if number_max:
            high, high_amount, _ = _piece(number_max, unit_form, bool(half))
            if high_amount <= amount:
                taken_until = match.end()  # "5-3 ปี" is no length, nor is its "3 ปี"
                continue
            fields["max_value"] = _iso([(high, high_amount)])
        start = match.start() if throughout else number_start
        if direction and end == match.start("direction"):
            fields["direction"] = _DIRECTIONS[direction.removesuffix("หน้านี้") or "ก่อน"]
            end = match.end("direction")
        age_cue = age_before.search(text, max(pos, number_start - 30), number_start)
        if age_cue and age_cue.group("years_only") and designator != "Y":
            age_cue = None  # "ครบ 21 วัน" is a waiting time that runs out, not an anniversary
        if age_only or age_cue:
            fields["kind"] = "age"
            start = number_start  # "ตลอด" never belongs to an age
        found.append(Found(start, end, "age" if fields["kind"] == "age" else "number_unit", fields))
        taken_until = end
    return found


def extract(doc: Document) -> list[Duration]:
    """Duration (and age) mentions in the document's body, leaving dates and times alone."""
    return [
        doc.make(Duration, item.start, item.end, rule=item.rule, **item.fields)
        for item in scan_durations(doc.text, doc.body_start, doc.body_end)
        if not doc.overlaps(item.start, item.end, ("dates", "times"))
    ]
