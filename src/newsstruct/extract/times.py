"""Clock times, time ranges and vague times of day (``9:00 น.`` -> ``09:00``).

Forms read (after normalisation, so Thai digits are already Arabic):

- numeric clock times ``09.00 น.``, ``9:00 น.``, ``13.45น.``, ``19 นาฬิกา 57 นาที``; without
  ``น.`` only after a cue such as ``เวลา`` (``เมื่อเวลา10.15``) or with a colon, since
  ``14.30`` alone is as likely a decimal number;
- the Thai six-hour clock: ``9 โมงเช้า``, ``บ่าย 2 โมง``, ``บ่ายโมงครึ่ง``, ``5 โมงเย็น``,
  ``2 ทุ่ม``, ``ตี 3``, ``ตีห้า``, ``เที่ยงวัน``, ``เที่ยงคืน``, with digits or number words;
- ranges ``09.00-12.00 น.``, ``เวลา 09.00 น. ถึง 16.30 น.`` -> ``HH:MM/HH:MM``, the written ends
  kept in ``endpoints``;
- vague periods (``ช่วงเช้า``, ``ตอนบ่าย``, ``คืนนี้``, the ``เช้า`` of ``พรุ่งนี้เช้า``): value
  None and a ``period``;
- a timestamp opening a line of a running report (``16.05 ผู้ว่าฯ ลงพื้นที่``), and the minute
  of a match in sports reports (``น.22``, ``นาทีที่ 90``: value None, period ``match_minute``).

Impossible clock readings (``25:00``, ``14:75``) are not times.  By ThaiNER's convention
``เวลา`` stays outside the span and ``น.`` inside.

    >>> from newsstruct import Pipeline
    >>> [(t.text, t.value) for t in Pipeline().parse("เวลา 09.00-12.00 น. และบ่ายโมงครึ่ง").times]
    [('09.00-12.00 น.', '09:00/12:00'), ('บ่ายโมงครึ่ง', '13:30')]
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Any

import regex

from ..lexicon import load, trie_pattern
from ..records import Time
from .base import Found, record_fields
from .starts import Trigger, trigger_starts

if TYPE_CHECKING:
    from ..document import Document

__all__ = ["scan_times", "extract"]

# A number that ends here is not continued as a decimal, ratio or a longer number.
_NUMBER_END = r"(?!\d|[.,:/]\d)"
_RANGE_SEP = r"(?: ?+[-–—] ?+| ?+(?:จน)?+ถึง(?: ?+เวลา)?+ ?+)"
# "น." as written: "น.", "น" at a word end, "น ." with a stray space, or นาฬิกา.
_CLOCK_UNIT = r"(?: ?+(?:นาฬิกา|น ?+\.|น(?!\p{Thai})))"


@functools.cache
def _tables() -> tuple[dict[str, int], dict[str, tuple[str, str | None]]]:
    numbers = {row["word"]: int(row["value"]) for row in load("thai_numbers")}
    words = {row["form"]: (row["period"], row["clock"] or None) for row in load("time_words")}
    return numbers, words


@functools.cache
def _compiled() -> tuple[regex.Pattern, regex.Pattern]:
    numbers, words = _tables()
    number_word = trie_pattern(numbers)
    hour = rf"(?:\d{{1,2}}+{_NUMBER_END}|{number_word})"
    periods = trie_pattern([form for form, (_, clock) in words.items() if clock is None])
    day_words = [row["form"] for row in load("relative_dates") if row["unit"] == "day"]
    day_word = trie_pattern(day_words)
    # "ตี 2 ครั้ง" (strike twice) is not 02:00.
    not_a_strike = r"(?! ?+(?:ครั้ง|ที|หน|รอบ|คน|ลูก|ราย|ตัว))"

    def clock(n: int) -> str:
        return rf"(?P<h{n}>\d{{1,2}}+)(?P<sep{n}>[.:])(?P<mi{n}>\d{{2}}+){_NUMBER_END}(?P<u{n}>{_CLOCK_UNIT})?+"

    alternatives = [
        # 09.00 น., 9:00, 09.00-12.00 น., 09.00 น. ถึง 16.30 น.
        rf"(?P<clock>(?<![\d.,:/]){clock(1)}(?:{_RANGE_SEP}{clock(2)})?+)",
        # 19 นาฬิกา 57 นาที
        rf"(?P<nalika>(?<![\d.,:/])(?P<h1>\d{{1,2}}+) ?+นาฬิกา(?: ?+(?P<mi1>\d{{1,2}}+) ?+นาที)?+)",
        # บ่าย 2 โมง, บ่ายโมงครึ่ง, บ่ายสองโมงเย็น
        rf"(?P<afternoon>บ่าย ?+(?P<n>{hour})?+ ?+โมง(?: ?+เย็น)?+(?P<half>ครึ่ง)?+)",
        # 9 โมงเช้า, 5 โมงเย็น, เจ็ดโมงครึ่ง
        rf"(?P<mong>(?P<n>{hour}) ?+โมง(?: ?+(?P<part>เช้า|เย็น|ตรง))?+(?P<half>ครึ่ง)?+)",
        # 2 ทุ่ม, 1 ทุ่ม 40 นาที, 4 ทุ่มกว่า
        rf"(?P<thum>(?P<n>{hour}) ?+ทุ่ม(?P<half>ครึ่ง)?+(?: ?+(?P<mi1>\d{{1,2}}+) ?+นาที)?+(?P<more>กว่า)?+)",
        # ตี 3, ตีห้า
        rf"(?P<ti>ตี ?+(?P<n>{hour})(?P<half>ครึ่ง)?+{not_a_strike})",
        # เที่ยงวัน, เที่ยงคืน (หลังเที่ยงคืน is a period)
        r"(?P<noon>หลังเที่ยงคืน|เที่ยง(?P<noon_kind>วัน|ตรง|คืน))",
        # a minute of a match in sports reports: ยิงประตูใน น.22, นาทีที่ 90 (not 5 นาที 21 วินาที)
        rf"(?P<minute>(?:(?<![\p{{Thai}}.])น\. ?+|(?<!\d ?+)นาที(?:ที่)?+ ?+)(?P<mn>\d{{1,3}}+){_NUMBER_END}(?! ?+วินาที))",
        # ช่วงเช้า, ตอนบ่าย, ยามค่ำ, เช้านี้, คืนนี้; เที่ยง after a cue
        # (not ตอนบ่ายโมง, which is a clock time); เช้ามืดที่ผ่านมา: the recent one
        # เมื่อคืนนี้ "last night"; ที่ผ่านมา only after เมื่อ (มื้อกลางวัน is lunch, not a time);
        # a bare period word of a day named just before it: พรุ่งนี้เช้า, เมื่อวาน ค่ำ (the day word
        # is a date; \K starts the time after it)
        rf"(?P<period>(?:(?:ช่วง|ตอน|ยาม) ?+(?P<pw>{periods}|เที่ยง)(?P<today>นี้)?+"
        rf"|(?P<last>เมื่อ)(?P<pw>คืน)นี้|(?<=เมื่อ ?)(?P<pw>{periods})(?P<today>ที่ผ่านมา)|(?P<pw>{periods})(?P<today>นี้)"
        rf"|(?P<pw>เช้ามืด)|(?:{day_word}) ?+\K(?P<pw>{periods}))"
        # not a period when a clock time follows (ตอนบ่าย 2 โมง, ช่วงเช้า 9.30 น.); ตอนเช้า 28 ซม. is one
        rf"(?! ?+(?:\d{{1,2}}+(?:[.:]\d| ?+(?:โมง|ทุ่ม|นาฬิกา|น\.))|(?:{number_word}) ?+(?:โมง|ทุ่ม)|โมง)))",
    ]
    pattern = regex.compile("|".join(alternatives))
    # (ประมาณ, ราว "about" alone are no cue: ประมาณ 4.47 is a measurement; เวลาประมาณ 10.30 is a time.)
    cue_before = regex.compile(r"(?:เวลา|ตั้งแต่|ถึง|จนถึง|ระหว่าง|กระทั่ง|ช่วง|ตอน) ?+(?:ประมาณ|ราว|ช่วง)?+ ?+\Z")
    return pattern, cue_before


@functools.cache
def trigger() -> Trigger:
    """Where a time can begin, for :func:`~newsstruct.extract.starts.trigger_starts`: a number
    before a clock word or a dot or colon, or a word a time begins with.  Number words and ตี,
    ช่วง, ตอน are common syllables (สามารถ, ตีพิมพ์, ช่วงนี้): they count only with what must
    follow them."""
    numbers, words = _tables()
    number_word = trie_pattern(numbers)
    period_words = [f for f, (_, c) in words.items() if c is None]
    periods, periods_or_noon = trie_pattern(period_words), trie_pattern([*period_words, "เที่ยง"])
    day_words = [row["form"] for row in load("relative_dates") if row["unit"] == "day"]
    guarded = (
        [(word, "") for word in ("บ่าย", "เที่ยง", "หลังเที่ยงคืน", "เช้ามืด", "เมื่อคืนนี้")]
        # ช่วงเช้า, ตอน บ่าย, ยามค่ำ; เช้านี้, ค่ำที่ผ่านมา; พรุ่งนี้เช้า, เมื่อวาน ค่ำ
        + [("ช่วง", rf"(?= ?(?:{periods_or_noon}))"), ("ตอน", rf"(?= ?(?:{periods_or_noon}))"), ("ยาม", rf"(?={periods_or_noon})")]
        + [(word, "(?=นี้|ที่ผ่านมา)") for word in period_words]
        + [(day, rf"(?= ?(?:{periods}))") for day in day_words]
        + [(word, "(?= ?(?:โมง|ทุ่ม))") for word in numbers]
        + [("ตี", rf"(?= ?(?:\d|{number_word}))")]
        + [("น", r"(?=\. ?\d)"), ("นาที", r"(?=(?:ที่)? ?\d)")]
    )
    return Trigger(
        digits=r"(?=\d?(?:[.:]\d| ?(?:นาฬิกา|โมง|ทุ่ม)))",
        words=tuple(([re.escape(letter) for letter in word], guard) for word, guard in guarded),
    )


_KINDS = ("clock", "nalika", "afternoon", "mong", "thum", "ti", "noon", "minute", "period")


def _kind(match: regex.Match) -> str:
    """Which alternative of the time pattern matched: ``lastgroup`` mostly names it, but regex
    sometimes names an inner group (a shared name such as ``n``) instead."""
    if match.lastgroup in _KINDS:
        return match.lastgroup
    for kind in _KINDS:
        if match.start(kind) >= 0:
            return kind
    raise AssertionError("a time match without a kind")


def _hour_number(written: str) -> int:
    numbers, _ = _tables()
    return int(written) if written.isdigit() else numbers[written]


def _hhmm(hour: int, minute: int = 0) -> str | None:
    """``HH:MM`` for a real clock reading (24:00 is the end of a day), else None."""
    if 0 <= hour <= 23 and 0 <= minute <= 59 or hour == 24 and minute == 0:
        return f"{hour:02d}:{minute:02d}"
    return None


def _clock_fields(match: regex.Match, text: str, start: int, pos: int) -> dict[str, Any] | None:
    h1, mi1, h2, mi2, u1, u2, sep1 = match.group("h1", "mi1", "h2", "mi2", "u1", "u2", "sep1")
    first = _hhmm(int(h1), int(mi1))
    last = _hhmm(int(h2), int(mi2)) if h2 else None
    if first is None or h2 and last is None:
        return None
    # A dotted number is a time only with น. (on either end), a colon, a cue such as เวลา, or
    # as the timestamp opening a line of a running report ("16.05 ผู้ว่าฯ ลงพื้นที่...").
    has_unit = u1 or u2
    colon = sep1 == ":"
    if not (has_unit or colon or _compiled()[1].search(text, max(pos, start - 12), start)
            or _opens_a_line(text, start, pos, match.end())):
        return None
    if last is None:
        return {"value": first}
    # The two written ends: the first with its น. when it has one (09.00 น. ถึง 16.30 น.).
    first_end = match.end("u1") if match.start("u1") >= 0 else match.end("mi1")
    ends = ((start, first_end, first), (match.start("h2"), match.end(), last))
    return {"value": f"{first}/{last}", "endpoints": ends}


@functools.cache
def _timestamp_follower() -> regex.Pattern:
    # What follows a line-opening timestamp: a space, then words — not a unit (12.50 บาท).
    units = trie_pattern(row["unit"] for row in load("units"))
    return regex.compile(rf" ++(?!{units}|\d)[\p{{Thai}}(]")


def _opens_a_line(text: str, start: int, pos: int, end: int) -> bool:
    if not (start == pos or text[start - 1] in "\n("):
        return False
    return _timestamp_follower().match(text, end) is not None


def _six_hour_clock(kind: str, match: regex.Match) -> str | None:
    """The 24-hour reading of the Thai six-hour clock (``บ่ายสองโมง`` -> 14:00)."""
    number = _hour_number(match.group("n")) if match.group("n") else None
    minute = 30 if match.group("half") else 0
    if kind == "afternoon":
        number = number or 1  # บ่ายโมง is 13:00
        hour = number + 12 if 1 <= number <= 6 else number
    elif kind == "mong":
        part = match.group("part")
        if part == "เย็น":
            hour = number + 12 if 1 <= number <= 6 else number
        elif part == "เช้า":
            hour = number + 6 if 1 <= number <= 5 else number  # สองโมงเช้า = 08:00, แปดโมงเช้า = 08:00
        elif 7 <= number <= 12:
            hour = number
        elif 1 <= number <= 5:
            hour = number + 12  # สามโมง alone is mid-afternoon
        else:
            return None  # หกโมง alone: six in the morning or evening
    elif kind == "thum":
        hour = number + 18 if 1 <= number <= 6 else -1  # หกทุ่ม = 24:00
        if match.group("mi1"):
            minute = int(match.group("mi1"))
    else:  # ตี
        hour = number if 1 <= number <= 6 else -1
    return _hhmm(hour, minute)


def scan_times(text: str, pos: int = 0, endpos: int | None = None) -> list[Found]:
    """Times in ``text[pos:endpos]``; each result's fields are :class:`~newsstruct.records.Time` fields.

    >>> [(f.rule, f.fields["value"]) for f in scan_times("เมื่อเวลา10.15 และ 2 ทุ่ม")]
    [('clock', '10:15'), ('six_hour_clock', '20:00')]
    """
    endpos = len(text) if endpos is None else endpos
    candidates = trigger_starts("times", text, pos, endpos)
    if not candidates:
        return []
    pattern = _compiled()[0]
    _, words = _tables()
    found: list[Found] = []
    taken_until = pos
    for candidate in candidates:
        if candidate < taken_until:
            continue
        match = pattern.match(text, candidate, endpos)
        if match is None:
            continue
        kind, start = _kind(match), match.start()
        fields: dict[str, Any] | None
        if kind == "clock":
            fields, rule = _clock_fields(match, text, start, pos), "clock"
        elif kind == "nalika":
            value = _hhmm(int(match.group("h1")), int(match.group("mi1") or 0))
            fields, rule = ({"value": value} if value else None), "clock_nalika"
        elif kind in ("afternoon", "mong", "thum", "ti"):
            fields, rule = {"value": _six_hour_clock(kind, match)}, "six_hour_clock"
        elif kind == "minute":
            fields, rule = {"value": None, "period": "match_minute"}, "match_minute"
        elif kind == "noon":
            if match.group("noon_kind"):
                period, clock = words["เที่ยง" + match.group("noon_kind")]
                fields, rule = {"value": clock, "period": period}, "noon_midnight"
            else:
                fields, rule = {"value": None, "period": "after_midnight"}, "time_period"
        else:
            word = match.group("pw")
            period, clock = words[word] if word in words else words["เที่ยง"]
            if word == "เที่ยง":
                fields = {"value": clock, "period": period}
            else:
                fields = {"value": None, "period": period, "relative": bool(match.group("today") or match.group("last"))}
            rule = "time_period"
        if fields is None:
            continue
        found.append(Found(start, match.end(), rule, fields))
        taken_until = match.end()
    return found


def extract(doc: Document) -> list[Time]:
    """Time mentions in the document's body (spans already taken by dates are left alone)."""
    return [
        doc.make(Time, item.start, item.end, rule=item.rule, **record_fields(doc, item.fields))
        for item in scan_times(doc.text, doc.body_start, doc.body_end)
        if not doc.overlaps(item.start, item.end, ("dates",))
    ]
