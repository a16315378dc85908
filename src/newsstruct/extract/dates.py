"""Dates in Thai news text, resolved to ISO 8601.

Detection and resolution are kept apart: compiled patterns (built from the month, weekday, era
and relative-word lexicons; one for dates that begin with a digit, one for those that begin with
a word), tried where a cheap trigger says a date can begin (see :mod:`.starts`), find the spans,
and a resolver per kind of match turns each into field values against an optional reference date
(the publication date).  :func:`scan_dates` works on any string; :func:`extract` runs it over a
document's body.

A range is one mention (value ``A/B``) whose written ends are kept in ``endpoints``
(``14 ต.ค.`` and ``9 พ.ย. 2565``, each with its own value).  A day and month without a year take
it from the publication date; without one, from the nearest full date written before them in the
article (else the first after them), ``year_source`` ``"article_date"``.  Relative dates
(วันนี้, สัปดาห์หน้า, วันที่ 5 ที่ผ่านมา) count from the publication date only: without it
their value is null.

Spans follow the ThaiNER conventions: ``วันที่``, ``เดือน`` before a month, ``ปี`` before a year
and a weekday before the day (``วันพุธที่``) stay outside; ``พ.ศ.`` and ranges stay inside::

    >>> [f.fields["value"] for f in scan_dates("พุธ ที่ 26 เดือน กุมภาพันธ์ พ.ศ.2563")]
    ['2020-02-26']
    >>> [f.fields["value"] for f in scan_dates("ระหว่างวันที่ 26-28 ก.พ. 63")]
    ['2020-02-26/2020-02-28']
    >>> [f.fields["value"] for f in scan_dates("ปีงบประมาณ 2563")]
    ['2019-10-01/2020-09-30']
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

import regex
from dateutil.relativedelta import relativedelta

from ..calendars import YearReading, era_for_marker, fiscal_year_range, nearest_year, read_year
from ..lexicon import load, load_words, trie_pattern
from ..records import Date
from .base import THAI_SCRIPT, Found, record_fields
from .starts import Trigger, trigger_starts

if TYPE_CHECKING:
    from ..document import Document

__all__ = ["scan_dates", "extract", "date_pattern_parts", "trigger"]

_SP = " ?+"
_DASH = "[-–—]"
# Between the two ends of a range: a dash, or ถึง / จนถึง (maybe followed by วันที่).
_RANGE_SEP = rf" ?+(?:{_DASH}|(?:จน)?+ถึง(?: ?+วันที่)?+) ?+"
_DASH_SEP = rf" ?+{_DASH} ?+"
_DAY_DIGITS = r"(?:3[01]|[12]\d|0?[1-9])(?!\d)"
_DAY_BEFORE = r"(?<![\d.,:/])"
# A number that ends here is not continued as a decimal, time, ratio or a longer number.
_NUMBER_END = r"(?!\d|[.,:/]\d)"


def _alternation(patterns: list[str]) -> str:
    return "|".join(sorted(set(patterns), key=len, reverse=True))


def _form_units(form: str) -> list[str]:
    """A lexicon form as pattern pieces, one per character: a dot inside the form may be followed
    by one space (``พ. ย.``)."""
    last = len(form) - 1
    return [(r"\." if i == last else r"\. ?") if ch == "." else regex.escape(ch) for i, ch in enumerate(form)]


def _guard(form: str, thai: str = r"\p{Thai}") -> str:
    """What must not follow a form, so that it is not the start of something longer.

    ``ก.พ.`` must not be the start of an initialism (``ก.พ.ร.``); ``ก.พ`` (no last dot) and
    undotted short forms (``ตุลา``, ``กพ``) must not run into more Thai letters.  ``thai`` is how
    the engine names a Thai letter (:data:`~newsstruct.extract.base.THAI_SCRIPT` for the standard library's).
    """
    if form.endswith("."):
        return rf"(?![{thai}]\.)"
    return rf"(?![.{thai}])"


def _word_pattern(forms: dict[str, str]) -> str:
    """The lexicon's trie pattern for date words (``form -> guard``), where a dot inside a form
    may be followed by a space (``พ. ย.``).

    >>> [bool(regex.fullmatch(_word_pattern({"พ.ย.": "", "พฤศจิกายน": ""}), w)) for w in ("พ. ย.", "พฤศจิกายน", "พ.")]
    [True, True, False]
    """
    return trie_pattern(forms, guards=forms, pieces=_form_units)


class _Lexicon:
    """Month, weekday, era and relative-word tables, read once."""

    def __init__(self) -> None:
        self.month_numbers: dict[str, int] = {}
        full_forms: dict[str, str] = {}  # names and misspellings: a month wherever they stand
        abbreviations: dict[str, str] = {}  # dotted abbreviations and clipped names: need a day, year or cue
        for row in load("months"):
            number = int(row["number"])
            for form in [row["name"], *filter(None, row["forms"].split("|"))]:
                self.month_numbers[form] = number
                if "." in form:
                    abbreviations[form] = _guard(form)
                else:
                    full_forms[form] = ""
            for form in filter(None, row["short_forms"].split("|")):
                self.month_numbers[form] = number
                abbreviations[form] = _guard(form)
        self.full_month = _word_pattern(full_forms)
        self.abbreviated_month = _word_pattern(abbreviations)
        self.any_month = _word_pattern({**full_forms, **abbreviations})

        self.weekday_numbers: dict[str, int] = {}
        for row in load("weekdays"):
            for form in [row["name"], *filter(None, row["forms"].split("|"))]:
                self.weekday_numbers[form] = int(row["iso"])
        # One-letter abbreviations (จ. อ. ส.) are also province and district abbreviations.
        self.weekday = _word_pattern({w: "" for w in self.weekday_numbers if len(w.rstrip(".")) > 1})

        self.era = _word_pattern({row["marker"]: _guard(row["marker"]) for row in load("eras")})
        self.relative = {row["form"]: (row["unit"], int(row["offset"]) if row["offset"] else None) for row in load("relative_dates")}
        self.relative_word = _word_pattern(dict.fromkeys(self.relative, ""))
        self.parts = {row["form"]: row["part"] for row in load("date_parts")}
        self.part_word = _word_pattern(dict.fromkeys(self.parts, ""))
        self.year_blockers = _word_pattern(dict.fromkeys(load_words("year_blockers"), ""))
        self.law_heads = _word_pattern(dict.fromkeys(load_words("law_heads"), ""))
        # Where a date can begin (see extract/starts.py): a day before a month, a range or a
        # list; a number written with separators; a year after ปี; a month word with its guard;
        # an era before a year; a weekday with its cue or in a range ...
        month_guards = dict.fromkeys(full_forms, "") | {form: _guard(form, THAI_SCRIPT) for form in abbreviations}
        day_end = r"\d?(?!\d)"  # what follows the first digit of a day of the month
        gap_month = rf" ?-? ?(?:เดือน ?)?(?:{_word_pattern(month_guards)})"
        range_sep = r" ?(?:[-–—]|(?:จน)?ถึง(?: ?วันที่)?) ?"
        list_sep = r" ?(?:,|และ|หรือ) ?(?:วันที่ ?)?"
        digits = (
            # not inside a number: 07/11/2564, 26.02.2563; 2020-02-26; 26 ก.พ., 26-28 ก.พ.;
            # 15 และ 18 มิ.ย.
            r"(?<![.,:/]\d)(?=\d?(?P<date_numsep>[/.-])\d\d?(?P=date_numsep)\d\d|\d{3}(?P<date_isosep>[-/])\d\d?(?P=date_isosep)\d"
            rf"|{day_end}(?:{range_sep}\d{day_end})?{gap_month}|{day_end}{list_sep}\d{day_end})"
            # ปี 2564, ปีบัญชี 2561, วันที่ 5 (ที่ผ่านมา)
            r"|(?<=ปี\d)|(?<=ปี \d)|(?<=บัญชี\d)|(?<=บัญชี \d)|(?<=วันที่\d)|(?<=วันที่ \d)"
        )
        weekdays = [w for w in self.weekday_numbers if len(w.rstrip(".")) > 1]
        # a weekday with its cue or in a range: วันศุกร์นี้, จันทร์-ศุกร์, เสาร์และอาทิตย์
        weekday_guard = r"(?= ?(?:[-–—]|จน|ถึง|นี้|หน้า|ที่ผ่านมา|ที่แล้ว|ที่จะถึง|และ|วัน|อาทิตย์))"
        words = [
            ("ปีงบ", ""),
            *month_guards.items(),
            *((row["marker"], r"(?= ?\d)") for row in load("eras")),  # พ.ศ. 2475
            *((word, "") for word in self.relative),
            *((part, rf"(?=เดือน|{self.relative_word})") for part in self.parts),  # ต้นเดือน, ปลายปีนี้
            *((day + weekday, weekday_guard) for weekday in weekdays for day in ("", "วัน")),
        ]
        self.trigger = Trigger(digits, tuple((_form_units(word), guard) for word, guard in words))
        self.word_letters = frozenset(word[0] for word, _ in words)
        self.full_forms = frozenset(full_forms)

    def month_number(self, written: str) -> int:
        # Forms are looked up as written, less the optional spaces after dots.
        return self.month_numbers[written.replace(" ", "")]

    def weekday_number(self, written: str) -> int:
        return self.weekday_numbers[written]


def trigger() -> Trigger:
    """Where a date can begin, for :func:`~newsstruct.extract.starts.trigger_starts`."""
    return _lexicon().trigger


def date_pattern_parts() -> dict[str, str]:
    """Named sub-patterns (month, weekday, era ...) for other extractors that read dates' neighbours."""
    lex = _lexicon()
    return {"month": lex.any_month, "weekday": lex.weekday, "era": lex.era}


@functools.cache
def _lexicon() -> _Lexicon:
    return _Lexicon()


class _Patterns(NamedTuple):
    starting_with_digit: regex.Pattern
    starting_with_word: regex.Pattern
    word_letters: frozenset[str]  # the letters a date starting with a word begins with


@functools.cache
def _compiled() -> tuple[_Patterns, regex.Pattern, regex.Pattern, regex.Pattern, regex.Pattern, regex.Pattern]:
    lex = _lexicon()
    short_year_end = rf"{_NUMBER_END}(?! ?+(?:{lex.year_blockers}))"
    year_digits = r"(?:[12]\d{3}+|\d{2}+)"
    relative_year = "ปีหน้า|ปีนี้|ปีที่แล้ว|ปีที่ผ่านมา|ปีก่อน"

    def year(n: int, required: bool = False) -> str:
        # After a month: ปีหน้า (next year), or [ปี] [era] year.  Two digits are a short Buddhist
        # year; with an explicit era any length up to four.
        body = (
            rf"[ ,]?+(?:(?P<ry{n}>{relative_year})|(?:ปี ?+)?+(?:(?P<e{n}>{lex.era}) ?+(?P<y{n}>\d{{1,4}}+){_NUMBER_END}"
            rf"|(?P<y{n}>\d{{4}}+){_NUMBER_END}|(?P<y{n}>\d{{2}}+){short_year_end}))"
        )
        return f"(?:{body})" if required else f"(?:{body})?+"

    def weekday(n: int) -> str:
        return rf"(?:(?:วัน)?+(?P<wd{n}>{lex.weekday}) ?+(?:ที่ ?+)?+)?+"

    # Between day and month: spaces, the word เดือน, or a dash straight before the month.
    gap = rf"(?:{_SP}-(?= ?+\p{{Thai}}))?+{_SP}(?:เดือน ?+)?+"
    month = lambda n: rf"(?P<m{n}>{lex.any_month})"  # noqa: E731
    full_month = lambda n: rf"(?P<m{n}>{lex.full_month})"  # noqa: E731
    abbreviated_month = lambda n: rf"(?P<m{n}>{lex.abbreviated_month})"  # noqa: E731
    day = lambda n: rf"(?P<d{n}>{_DAY_DIGITS})"  # noqa: E731

    # The second date of a range of two full dates, after the first.
    range_end = rf"{_RANGE_SEP}{weekday(2)}{_DAY_BEFORE}{day(2)}{gap}{month(2)}{year(2)}"
    starting_with_digit = [
        # 2020-02-26, 2020/02/26
        rf"(?P<iso>(?<![/.-])(?P<y1>[12]\d{{3}})(?P<isosep>[-/])(?P<m1>1[0-2]|0?[1-9])(?P=isosep)"
        rf"(?P<d1>3[01]|[12]\d|0?[1-9])(?!\d|[-/.:]\d))",
        # 07/11/2564, 25/06/2021, 26-6-61, 26.02.2563
        rf"(?P<num>(?<![/.:,-])(?P<d1>\d{{1,2}}+)(?P<numsep>[/.-])(?P<m1>\d{{1,2}}+)(?P=numsep)"
        rf"(?P<y1>\d{{4}}+|\d{{2}}+)(?!\d|[-/.:,]\d))",
        # 26 กุมภาพันธ์ 2563, 26 ก.พ.63, 3 มค.61 (a weekday before it is read apart) — when no
        # second date follows as the end of a range (checked here so that the far more common
        # single date is read once, not first as the start of a range)
        rf"(?P<dm>(?>{day(1)}{gap}{month(1)}{year(1)}))(?!{range_end})",
        # 15 พฤศจิกายน 2564 - 10 กุมภาพันธ์ 2565,  3 มีนาคม ถึง 20 เมษายน 2565
        rf"(?P<dmdm>{day(1)}{gap}{month(1)}{year(1)}{range_end})",
        # 26-28 ก.พ. 63, 1 ถึง 3 มีนาคม 2563
        rf"(?P<ddm>{day(1)}{_RANGE_SEP}{day(2)}{gap}{month(2)}{year(2)})",
        # the 15 of "15 และ 18 มิถุนายน 2561": a day listed before a full date
        rf"(?P<dlist>{day(1)})(?=(?: ?+(?:,|และ|หรือ) ?+(?:วันที่ ?+)?+{_DAY_DIGITS})++{gap}(?:{lex.any_month}))",
        # (ปี) 2564, (ปี) 62, (ปีการศึกษา) 2561, 2559-2560 — not after a number (3 ปี 20 วัน)
        rf"(?P<pyear>(?<=(?<!\d ?)ปี(?:บัญชี)? ?)(?P<y1>{year_digits})(?:(?:{_DASH_SEP}|/)(?P<y2>{year_digits}))?+{_NUMBER_END})",
        # (วันที่) 5 ที่ผ่านมา, (วันที่) 19 นี้
        rf"(?P<bareday>(?<=วันที่ ?){day(1)}(?:{_DASH_SEP}{day(2)})?+(?= ?+(?:ที่ผ่านมา|ที่แล้ว|นี้|ที่จะถึง|ที่จะมาถึง)))",
    ]
    starting_with_word = [
        # ปีงบประมาณ 2563, ปีงบประมาณ พ.ศ. 2563, ปีงบ 63
        rf"(?P<fiscal>ปีงบ(?:ประมาณ)?+ ?+(?:(?P<e1>{lex.era}) ?+)?+(?P<y1>{year_digits})"
        rf"(?:(?:{_DASH_SEP}|/)(?P<y2>{year_digits}))?+{_NUMBER_END})",
        # ต้นเดือนสิงหาคม, สิ้นเดือนกันยายน 2561
        # (written with a space, ต้นเดือน ก.พ., ThaiNER leaves the part out of the span)
        rf"(?P<pmonth>(?P<part>{lex.part_word})เดือน{month(1)}{year(1)})",
        # มีนาคม 2563, ก.พ. 62, (เดือน) ก.พ., ก.ย.-ธ.ค.61, พ.ค. 57 - เม.ย. 59: which of these
        # stand alone is decided when resolving (an abbreviation needs a year or เดือน before it)
        rf"(?P<month>{month(1)}{year(1)}(?:{_DASH_SEP}{month(2)}{year(2)})?+)",
        # พ.ศ. 2475, ค.ศ. 2020, ร.ศ. 124, พ.ศ. 2560 – 2579
        rf"(?P<eyear>(?P<e1>{lex.era}) ?+(?P<y1>\d{{1,4}}+){_NUMBER_END}"
        rf"(?:{_DASH_SEP}(?:(?P<e2>{lex.era}) ?+)?+(?P<y2>\d{{1,4}}+){_NUMBER_END})?+)",
        # วันนี้, พรุ่งนี้, ปลายปีนี้, สัปดาห์หน้า — not "ทุกวันนี้" (nowadays), not after a number
        rf"(?P<rel>(?:(?P<part>{lex.part_word}))?+(?P<word>{lex.relative_word}))",
        # วันศุกร์นี้, วันจันทร์ที่ผ่านมา
        rf"(?P<wdrel>วัน(?P<wd1>{lex.weekday}) ?+(?P<wdcue>นี้|หน้า|ที่ผ่านมา|ที่แล้ว|ที่จะถึง(?:นี้)?+))",
        # วันจันทร์-ศุกร์, เสาร์-อาทิตย์
        rf"(?P<wdrange>(?:วัน)?+(?P<wd1>{lex.weekday}){_RANGE_SEP}(?:วัน)?+(?P<wd2>{lex.weekday})"
        r"|(?:วัน)?+(?P<wd1>เสาร์) ?+(?:และ ?+)?+(?:วัน)?+(?P<wd2>อาทิตย์))",
    ]
    # A date begins with a digit or with one of the words of the word trigger (never both): the
    # first character says which of the two patterns to try.
    patterns = _Patterns(
        regex.compile(rf"(?<![\d.,:/])(?:{'|'.join(starting_with_digit)})"),
        regex.compile("|".join(starting_with_word)),
        lex.word_letters,
    )
    # What stands right before or after a date and says which way its missing year lies.
    # เมื่อ with a part of the day and a weekday between (เมื่อคืนวันที่, เมื่อเช้าวันศุกร์ที่) is as past
    # (parts of the day longest first: the group is possessive, เช้า must not hide เช้ามืด).
    past_before = regex.compile(
        r"เมื่อ ?+(?:ตอน)?+(?:กลางคืน|กลางดึก|เช้ามืด|หัวค่ำ|คืน|เช้า|สาย|เที่ยง|บ่าย|เย็น|ค่ำ|ดึก)?+"
        rf"(?:วัน(?:{lex.weekday})?+ ?+(?:ที่)?+|เดือน|ช่วง)?+ ?+\Z"
    )
    direction_after = regex.compile(r" ?+(?:(?P<past>ที่ผ่านมา|ที่แล้ว)|(?P<future>ที่จะถึง|ที่จะมาถึง|ที่จะมีขึ้น)|(?P<this>นี้|ศกนี้))")
    law_title = regex.compile(rf"(?:{lex.law_heads})[^\d\n]{{0,80}}+\Z")
    weekday_before = regex.compile(rf"(?:วัน)?+(?P<wd>{lex.weekday}) ?+(?:ที่ ?+)?+\Z")
    blocker_after = regex.compile(rf" ?+(?:{lex.year_blockers})")
    return patterns, past_before, direction_after, law_title, weekday_before, blocker_after


# Numeric dates are not dates after these (a house, document or case number: เลขที่ 12/3/2560).
_NUMBER_LABEL = regex.compile(r"(?:เลขที่|ที่|ครั้งที่|ฉบับที่|หมู่(?:ที่)?|ม\.|ซอย|ซ\.|โทร\.?|โทรศัพท์|หมายเลข|ทะเบียน|รหัส|คดี) ?+\Z")


def _direction(ctx: _Context, start: int, end: int) -> str | None:
    """Which way from the reference a date without a year lies, as the words around it say.

    Against a date of the article rather than its publication date, the words (ที่ผ่านมา:
    before publication) say nothing about that date: the nearest year either way
    (``"around"``)."""
    if ctx.anchored:
        return "around"
    text, pos, endpos = ctx.text, ctx.pos, ctx.endpos
    _, past_before, direction_after, _, _, _ = _compiled()
    if past_before.search(text[max(pos, start - 32):start]):
        return "past"
    after = direction_after.match(text, end, endpos)
    if after:
        return "past" if after.group("past") else "future" if after.group("future") else "this"
    return None


def _checked(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# (month, day) pairs some year has: those of 2000, a leap year (29 ก.พ. may exist).
_DAYS_OF_YEAR = frozenset(
    (date.month, date.day) for date in (dt.date(2000, 1, 1) + dt.timedelta(days=n) for n in range(366))
)


def _valid_day_month(month: int, day: int) -> bool:
    return (month, day) in _DAYS_OF_YEAR


class _Context:
    """What a resolver needs besides its match.  ``reference`` is the publication date, or a date
    written in the article when ``anchored``."""

    __slots__ = ("text", "pos", "endpos", "reference", "anchored")

    def __init__(self, text: str, pos: int, endpos: int, reference: dt.date | None, anchored: bool = False) -> None:
        self.text, self.pos, self.endpos, self.reference, self.anchored = text, pos, endpos, reference, anchored


def _weekday_before(ctx: _Context, start: int) -> str | None:
    """The weekday written just before a date (``วันพุธที่ 26 ...``); by ThaiNER's convention it
    stays outside the date's span."""
    found = _compiled()[4].search(ctx.text, max(ctx.pos, start - 18), start)
    return found.group("wd") if found else None


def _weekday_fields(fields: dict[str, Any], written: str | None, date: dt.date | None) -> None:
    if written:
        fields["weekday"] = written
        if date is not None:
            fields["weekday_agrees"] = _lexicon().weekday_number(written) == date.isoweekday()


def _year_fields(fields: dict[str, Any], reading: YearReading, source: str = "written") -> None:
    fields["calendar"], fields["era_source"], fields["year_source"] = reading.calendar, reading.era_source, source


def _year_by_weekday(year: int, month: int, day: int, ctx: _Context, start: int, direction: str | None) -> int:
    """The year of a day and month written without one, as its written weekday settles it:
    when the year inferred from the reference does not fall on that weekday and the year
    before or after it does (วันศุกร์ที่ 25 ธ.ค. in an article of June 2020 is 2020-12-25, a
    Friday, not 2019-12-25, a Wednesday), that year; otherwise the inferred one."""
    written = _weekday_before(ctx, start)
    if written is None or ctx.reference is None:
        return year
    weekday = _lexicon().weekday_number(written)
    agreeing = []
    for candidate in (year, year - 1, year + 1):
        date = _checked(candidate, month, day)
        if date is None or date.isoweekday() != weekday or abs(candidate - ctx.reference.year) > 1:
            continue
        if direction == "past" and date > ctx.reference or direction == "future" and date < ctx.reference:
            continue  # เมื่อ ... : the words say which way, a wrong weekday does not overrule them
        agreeing.append(candidate)
    if not agreeing or agreeing[0] == year:
        return year
    return agreeing[0] if len(agreeing) == 1 else year


def _resolve_day_month(match: regex.Match, ctx: _Context, start: int) -> dict[str, Any] | None:
    """Fields for day-month dates and their ranges (``26 ก.พ. 63``, ``1-3 มีนาคม``, lists)."""
    lex = _lexicon()
    fields: dict[str, Any] = {"value": None}
    d1, m1, d2, m2, y1, e1, y2, e2, ry1, ry2, wd2 = match.group("d1", "m1", "d2", "m2", "y1", "e1", "y2", "e2", "ry1", "ry2", "wd2")
    first_day = int(d1)
    first_month = lex.month_number(m1) if m1 else None
    last_day = int(d2) if d2 else None
    last_month = lex.month_number(m2) if m2 else None
    if first_month is None:
        first_month = last_month
    if first_month is None:
        return None
    is_range = last_day is not None
    if not is_range:
        last_day, last_month = first_day, first_month
    if not (_valid_day_month(first_month, first_day) and _valid_day_month(last_month, last_day)):
        return fields  # 31 ก.พ.: a date written wrongly; no value
    first_reading = read_year(y1, e1, first_month) if y1 else None
    last_reading = read_year(y2, e2, last_month) if y2 else None
    wraps = (first_month, first_day) > (last_month, last_day)  # 15 พ.ย. - 10 ก.พ. 65
    relative_year = ry2 or ry1  # 16-18 ม.ค. ปีหน้า
    if relative_year and first_reading is None and last_reading is None:
        fields["relative"] = True
        if ctx.reference is not None:
            year = ctx.reference.year + lex.relative[relative_year][1]
            last_reading = YearReading(year, "CE", "relative")
            fields["year_source"] = "relative"
    if first_reading is None and last_reading is not None:
        first_year, last_year = last_reading.gregorian - (1 if wraps else 0), last_reading.gregorian
        if last_reading.era_source != "relative":
            _year_fields(fields, last_reading, "range_end" if is_range and y1 is None else "written")
    elif first_reading is not None:
        first_year = first_reading.gregorian
        last_year = last_reading.gregorian if last_reading else first_year + (1 if wraps else 0)
        _year_fields(fields, first_reading)
    elif ctx.reference is not None:
        direction = _direction(ctx, start, match.end())
        inferred = nearest_year(first_month, first_day, ctx.reference, direction)
        if inferred is None:
            return fields
        inferred = _year_by_weekday(inferred, first_month, first_day, ctx, start, direction)
        first_year, last_year = inferred, inferred + (1 if wraps else 0)
        fields["year_inferred"], fields["year_source"] = True, "inferred"
    else:
        first = f"--{first_month:02d}-{first_day:02d}"
        last = f"--{last_month:02d}-{last_day:02d}"
        fields["value"] = first if not is_range else f"{first}/{last}"
        return fields
    first_date, last_date = _checked(first_year, first_month, first_day), _checked(last_year, last_month, last_day)
    if first_date is None or last_date is None or last_date < first_date:
        return fields
    fields["value"] = first_date.isoformat() if not is_range else f"{first_date.isoformat()}/{last_date.isoformat()}"
    written_weekday = _weekday_before(ctx, start)
    if written_weekday:
        _weekday_fields(fields, written_weekday, first_date)
    elif wd2:
        _weekday_fields(fields, wd2, last_date)
    return fields


def _month_value(month: int, reading: YearReading | None, year: int | None) -> str:
    return f"{year:04d}-{month:02d}" if year is not None else f"--{month:02d}"


_MONTH_CUE_BEFORE = regex.compile(r"(?:เดือน|ตั้งแต่|จนถึง|ถึง|ภายใน|ต้น|กลาง|ปลาย|สิ้น) ?+\Z")
_MONTH_CUE_AFTER = regex.compile(r" ?+(?:นี้|ที่ผ่านมา|ที่แล้ว|ที่จะถึง|ที่จะมาถึง)")


@functools.cache
def _part_before() -> regex.Pattern:
    """A part word before a month written apart from it: ต้นเดือน ก.พ."""
    return regex.compile(rf"(?P<part>{_lexicon().part_word}) ?+(?:เดือน)? ?+\Z")


def _resolve_month(match: regex.Match, ctx: _Context, start: int) -> dict[str, Any] | None:
    """Fields for a month or month range (``มีนาคม 2563``, ``ก.ย.-ธ.ค.61``, ``ต้นเดือนสิงหาคม``)."""
    lex = _lexicon()
    if not (match.group("y1") or match.group("m2") or match.group("part")):
        # A month standing alone: a full name (มีนาคม), or an abbreviation with a cue around it
        # (เดือน ก.พ., ตั้งแต่ เม.ย., ก.ย. นี้) — alone, ก.พ. is as often the civil service commission.
        written = match.group("m1").replace(" ", "")
        if (
            written not in lex.full_forms
            and not _MONTH_CUE_BEFORE.search(ctx.text, max(ctx.pos, start - 12), start)
            and not _MONTH_CUE_AFTER.match(ctx.text, match.end(), ctx.endpos)
        ):
            return None
    fields: dict[str, Any] = {"value": None}
    first_month = lex.month_number(match.group("m1"))
    last_month = lex.month_number(match.group("m2")) if match.group("m2") else None
    first_reading = read_year(match.group("y1"), match.group("e1"), first_month) if match.group("y1") else None
    last_reading = read_year(match.group("y2"), match.group("e2"), last_month) if last_month and match.group("y2") else None
    part = match.group("part")
    if not part:
        before = _part_before().search(ctx.text, max(ctx.pos, start - 12), start)
        part = before.group("part") if before else None
    if part:
        fields["part"] = lex.parts[part]
    wraps = last_month is not None and first_month > last_month
    first_year = last_year = None
    if first_reading is not None:
        first_year = first_reading.gregorian
        last_year = last_reading.gregorian if last_reading else first_year + (1 if wraps else 0)
        _year_fields(fields, first_reading)
    elif last_reading is not None:
        last_year = last_reading.gregorian
        first_year = last_year - (1 if wraps else 0)
        _year_fields(fields, last_reading, "range_end")
    elif ctx.reference is not None:
        direction = _direction(ctx, start, match.end())
        first_year = nearest_year(first_month, None, ctx.reference, direction)
        if first_year is not None:
            last_year = first_year + (1 if wraps else 0)
            fields["year_inferred"], fields["year_source"] = True, "inferred"
    first = _month_value(first_month, first_reading, first_year)
    if last_month is None:
        fields["value"] = first
    else:
        last = _month_value(last_month, last_reading, last_year)
        fields["value"] = f"{first}/{last}"
    return fields


def _in_law_title(ctx: _Context, start: int) -> bool:
    law_title = _compiled()[3]
    return law_title.search(ctx.text, max(ctx.pos, start - 120), start) is not None


def _short_year_is_a_count(match: regex.Match, ctx: _Context) -> bool:
    """``ปี 20 คน``: two digits followed by a unit word are a count, not a year."""
    last = match.group("y2") or match.group("y1")
    return len(last) == 2 and _compiled()[5].match(ctx.text, match.end(), ctx.endpos) is not None


def _resolve_year(match: regex.Match, ctx: _Context, start: int) -> dict[str, Any] | None:
    """Fields for a year or year range (``พ.ศ. 2475``, ``ปี 62``, ``2559-2560``)."""
    if _in_law_title(ctx, start) or _short_year_is_a_count(match, ctx):
        return None
    written = match.group("y1")
    if len(written) == 1 or len(written) < 3 and match.group("e1") and era_for_marker(match.group("e1")).name != "BE":
        return None  # "ครู คศ. 2" is a teacher's grade; only Buddhist years are written short
    fields: dict[str, Any] = {"value": None}
    first = read_year(match.group("y1"), match.group("e1"))
    _year_fields(fields, first)
    if match.group("y2"):
        # The end of "พ.ศ. 2560 – 2579" is in the era of the start unless it says otherwise.
        last = read_year(match.group("y2"), match.group("e2") or match.group("e1"))
        if len(match.group("y2")) == 2 and len(match.group("y1")) == 4 and not match.group("e2"):
            last = read_year(match.group("y1")[:2] + match.group("y2"), match.group("e1"))  # 2563-64
        if last.gregorian < first.gregorian:
            return None
        fields["value"] = f"{first.gregorian:04d}/{last.gregorian:04d}"
    else:
        fields["value"] = f"{first.gregorian:04d}"
    return fields


def _resolve_fiscal(match: regex.Match, ctx: _Context, start: int) -> dict[str, Any] | None:
    """Fields for a Thai government fiscal year: ``ปีงบประมาณ 2563`` -> 2019-10-01/2020-09-30."""
    if _short_year_is_a_count(match, ctx):
        return None
    fields: dict[str, Any] = {"value": None}
    first = read_year(match.group("y1"), match.group("e1"))
    last = read_year(match.group("y2"), match.group("e1")) if match.group("y2") else first
    if len(match.group("y1")) == 4 and match.group("y2") and len(match.group("y2")) == 2:
        last = read_year(match.group("y1")[:2] + match.group("y2"), match.group("e1"))
    if last.gregorian < first.gregorian:
        return None
    _year_fields(fields, first)
    # The fiscal year is named by its Buddhist year whatever era it was written in.
    begins, _ = fiscal_year_range(first.gregorian + 543)
    _, ends = fiscal_year_range(last.gregorian + 543)
    fields["value"] = f"{begins.isoformat()}/{ends.isoformat()}"
    fields["fiscal_year"] = last.gregorian
    return fields


def _resolve_numeric(match: regex.Match, ctx: _Context, start: int) -> dict[str, Any] | None:
    """Fields for numeric dates: ``07/11/2564`` (day first), ``9/28/2004`` (month first when it must be)."""
    if _NUMBER_LABEL.search(ctx.text, max(ctx.pos, start - 12), start):
        return None
    year_text = match.group("y1")
    if match.group("numsep") == "." and len(year_text) != 4:
        return None  # 12.30.45 is not a date
    day, month = int(match.group("d1")), int(match.group("m1"))
    if month > 12 and day <= 12:
        day, month = month, day  # written month first, as some agency copy does
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if len(year_text) == 2 and ctx.reference is not None:
        # 30/06/18: a short year is Buddhist (2518) or Gregorian (2018); take the one nearer the article.
        be, ce = read_year(year_text, None, month), YearReading(2000 + int(year_text), "CE", "short_year")
        reading = min((be, ce), key=lambda r: abs(r.gregorian - ctx.reference.year))
    else:
        reading = read_year(year_text, None, month)
    date = _checked(reading.gregorian, month, day)
    fields: dict[str, Any] = {"value": date.isoformat() if date else None}
    _year_fields(fields, reading)
    return fields


def _resolve_iso(match: regex.Match, ctx: _Context, start: int) -> dict[str, Any] | None:
    date = _checked(int(match.group("y1")), int(match.group("m1")), int(match.group("d1")))
    fields: dict[str, Any] = {"value": date.isoformat() if date else None}
    _year_fields(fields, read_year(match.group("y1")))
    return fields


def _shift_month(year: int, month: int, months: int) -> tuple[int, int]:
    """The year and month ``months`` months after (or before) ``year``-``month``."""
    shifted = dt.date(year, month, 1) + relativedelta(months=months)
    return shifted.year, shifted.month


# After a number, "ปีที่แล้ว" and the like are part of a length (3 ปีที่แล้ว, 2 สัปดาห์ก่อน).
_NUMBER_BEFORE = regex.compile(r"\d ?+\Z")
_LENGTH_TAIL = regex.compile(r"(?:วัน|สัปดาห์|อาทิตย์|เดือน|ปี)(?:นี้|ที่แล้ว|ที่ผ่านมา|ก่อน|หน้า)")


def _resolve_relative(match: regex.Match, ctx: _Context, start: int) -> dict[str, Any] | None:
    """Fields for relative dates (``วันนี้``, ``ปีหน้า``, ``ปลายปีที่แล้ว``) against the reference."""
    lex = _lexicon()
    word = match.group("word")
    if _LENGTH_TAIL.fullmatch(word) and not match.group("part") and _NUMBER_BEFORE.search(ctx.text, max(ctx.pos, start - 3), start):
        return None
    unit, offset = lex.relative[word]
    fields: dict[str, Any] = {"value": None, "relative": True}
    if word == "วันนี้" and ctx.text.endswith("ทุก", max(ctx.pos, start - 3), start):
        fields["rule"] = "nowadays"  # ทุกวันนี้: the present in general, no single day
        return fields
    if match.group("part"):
        if unit not in ("month", "year"):
            return None  # "สิ้นวันนี้" and the like: the part word belongs to something else
        fields["part"] = lex.parts[match.group("part")]
    reference = ctx.reference
    if reference is None or offset is None:
        return fields
    if unit == "day":
        fields["value"] = (reference + dt.timedelta(days=offset)).isoformat()
    elif unit == "weekend":
        saturday = reference - dt.timedelta(days=reference.weekday()) + dt.timedelta(weeks=offset, days=5)
        fields["value"] = f"{saturday.isoformat()}/{(saturday + dt.timedelta(days=1)).isoformat()}"
    elif unit == "week":
        monday = reference - dt.timedelta(days=reference.weekday()) + dt.timedelta(weeks=offset)
        fields["value"] = f"{monday.isoformat()}/{(monday + dt.timedelta(days=6)).isoformat()}"
    elif unit == "month":
        year, month = _shift_month(reference.year, reference.month, offset)
        fields["value"] = f"{year:04d}-{month:02d}"
    else:
        fields["value"] = f"{reference.year + offset:04d}"
    return fields


def _resolve_weekday_relative(match: regex.Match, ctx: _Context, start: int) -> dict[str, Any] | None:
    """Fields for ``วันศุกร์นี้`` (this coming Friday), ``วันจันทร์ที่ผ่านมา`` (last Monday) ..."""
    weekday = _lexicon().weekday_number(match.group("wd1"))
    fields: dict[str, Any] = {"value": None, "relative": True, "weekday": match.group("wd1")}
    reference = ctx.reference
    if reference is None:
        return fields
    cue = match.group("wdcue")
    ahead = (weekday - reference.isoweekday()) % 7
    if cue == "หน้า":
        monday = reference - dt.timedelta(days=reference.weekday()) + dt.timedelta(weeks=1)
        date = monday + dt.timedelta(days=weekday - 1)
    elif cue in ("ที่ผ่านมา", "ที่แล้ว"):
        date = reference - dt.timedelta(days=(reference.isoweekday() - weekday) % 7 or 7)
    elif cue.startswith("ที่จะถึง"):
        date = reference + dt.timedelta(days=ahead or 7)
    else:  # นี้: the coming one, today included
        date = reference + dt.timedelta(days=ahead)
    fields["value"], fields["weekday_agrees"] = date.isoformat(), True
    return fields


def _resolve_weekday_range(match: regex.Match, ctx: _Context, start: int) -> dict[str, Any] | None:
    # "จันทร์-ศุกร์" is a recurring span of weekdays (office hours), not a date of its own.
    return {"value": None, "weekday": match.group("wd1")}


def _resolve_bare_day(match: regex.Match, ctx: _Context, start: int) -> dict[str, Any] | None:
    """Fields for a day of the month alone (``วันที่ 5 ที่ผ่านมา``): the nearest such day."""
    day = int(match.group("d1"))
    last_day = int(match.group("d2")) if match.group("d2") else None
    if last_day is not None and last_day <= day:
        return None
    fields: dict[str, Any] = {"value": f"---{day:02d}" + (f"/---{last_day:02d}" if last_day else ""), "relative": True}
    reference = ctx.reference
    if reference is None:
        return fields
    direction = _direction(ctx, start, match.end())
    candidates = []
    for months in (-2, -1, 0, 1, 2):
        year, month = _shift_month(reference.year, reference.month, months)
        date = _checked(year, month, day)
        if (
            date is None
            or direction == "past" and date > reference
            or direction == "future" and date < reference
            or direction == "this" and (reference - date).days > 7
        ):
            continue
        candidates.append((abs((date - reference).days), date < reference, date))
    if candidates:
        date = min(candidates)[2]
        fields["value"], fields["year_inferred"], fields["year_source"] = date.isoformat(), True, "inferred"
        if last_day is not None:
            last = _checked(date.year, date.month, last_day)
            fields["value"] = f"{date.isoformat()}/{last.isoformat()}" if last else None
    return fields


_RESOLVERS: dict[str, Callable[[regex.Match, _Context, int], dict[str, Any] | None]] = {
    "iso": _resolve_iso,
    "num": _resolve_numeric,
    "dmdm": _resolve_day_month,
    "ddm": _resolve_day_month,
    "dlist": _resolve_day_month,
    "dm": _resolve_day_month,
    "fiscal": _resolve_fiscal,
    "pmonth": _resolve_month,
    "month": _resolve_month,
    "eyear": _resolve_year,
    "pyear": _resolve_year,
    "rel": _resolve_relative,
    "wdrel": _resolve_weekday_relative,
    "wdrange": _resolve_weekday_range,
    "bareday": _resolve_bare_day,
}
_RULES = {
    "iso": "iso_date", "num": "numeric_date", "dmdm": "date_range", "ddm": "day_range", "dlist": "day_list",
    "dm": "day_month_year", "fiscal": "fiscal_year", "pmonth": "month_part", "month": "month",
    "eyear": "era_year", "pyear": "year_after_cue", "rel": "relative_date", "wdrel": "relative_weekday",
    "wdrange": "weekday_range", "bareday": "day_of_month",
}


def _group_end(match: regex.Match, names: tuple[str, ...]) -> int:
    return max(match.end(name) for name in names if match.start(name) >= 0)


def _end_spans(kind: str, match: regex.Match) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where the two written ends of a range lie: ``14 ต.ค.`` and ``9 พ.ย. 2565`` of
    ``14 ต.ค.-9 พ.ย. 2565``, ``26`` and ``28 ก.พ. 63`` of ``26-28 ก.พ. 63``.  Words between the ends
    (a dash, ถึงวันที่, a weekday) belong to neither; a year written once at the end stays with the
    last end.  None when the match is not a range of two written ends."""
    if kind == "dmdm":
        return (match.start("d1"), _group_end(match, ("m1", "y1", "ry1"))), (match.start("d2"), match.end())
    if kind == "ddm":
        return match.span("d1"), (match.start("d2"), match.end())
    if kind == "month" and match.start("m2") >= 0:
        return (match.start("m1"), _group_end(match, ("m1", "y1", "ry1"))), (match.start("m2"), match.end())
    if kind == "eyear" and match.start("y2") >= 0:
        second = match.start("e2") if match.start("e2") >= 0 else match.start("y2")
        return (match.start("e1"), match.end("y1")), (second, match.end("y2"))
    if kind == "pyear" and match.start("y2") >= 0:
        return match.span("y1"), match.span("y2")
    if kind == "bareday" and match.start("d2") >= 0:
        return match.span("d1"), match.span("d2")
    return None


def _endpoints(kind: str, match: regex.Match, value: str | None) -> tuple[tuple[int, int, str | None], ...]:
    spans = _end_spans(kind, match)
    if spans is None:
        return ()
    values = value.split("/") if value and value.count("/") == 1 else [None, None]
    return tuple((start, end, end_value) for (start, end), end_value in zip(spans, values))


def _kind(match: regex.Match) -> str:
    """Which alternative of the date pattern matched.  ``lastgroup`` mostly names it, but regex
    sometimes names an inner group (a shared name such as ``y1``) instead."""
    if match.lastgroup in _RULES:
        return match.lastgroup
    for kind in _RULES:
        if kind in match.re.groupindex and match.start(kind) >= 0:
            return kind
    raise AssertionError("a date match without a kind")


def _list_fields(day: int, partner: Found) -> dict[str, Any]:
    """A listed day (the 15 of ``15 และ 18 มิ.ย. 61``) takes month and year from the date after it."""
    partner_value = partner.fields.get("value")
    resolved: dict[str, Any] = {"value": None}
    if not partner_value:
        return resolved
    first = partner_value.split("/")[0]
    if first.startswith("--"):
        resolved["value"] = f"{first[:5]}-{day:02d}" if _valid_day_month(int(first[2:4]), day) else None
        return resolved
    date = _checked(int(first[:4]), int(first[5:7]), day) if len(first) == 10 else None
    if date is not None:
        resolved["value"] = date.isoformat()
        for key in ("calendar", "era_source", "year_inferred"):
            if key in partner.fields:
                resolved[key] = partner.fields[key]
        resolved["year_source"] = "range_end" if partner.fields.get("year_source") == "written" else partner.fields.get("year_source")
    return resolved


def scan_dates(text: str, pos: int = 0, endpos: int | None = None, reference: dt.date | None = None) -> list[Found]:
    """Dates in ``text[pos:endpos]``, resolved against ``reference`` (the publication date).

    Each result's ``fields`` are :class:`~newsstruct.records.Date` field values.  Without a
    reference, a day and month without a year take their year from the text's own dates (see
    :func:`_years_from_article_dates`); relative dates stay without a value.

    >>> found = scan_dates("เมื่อวันที่ 5 ธ.ค. ที่ผ่านมา", reference=dt.date(2020, 2, 26))
    >>> found[0].fields["value"], found[0].fields["year_inferred"]
    ('2019-12-05', True)
    """
    endpos = len(text) if endpos is None else endpos
    candidates = trigger_starts("dates", text, pos, endpos)
    if not candidates:
        return []
    patterns = _compiled()[0]
    ctx = _Context(text, pos, endpos, reference)
    found: list[Found] = []
    pending_list: list[int] = []  # indexes of listed days waiting for the date after them
    listed: dict[int, int] = {}  # index of a listed day -> index of the date it takes its month from
    yearless: list[tuple[int, str, regex.Match]] = []  # dates that want a year the reference would give
    taken_until = pos
    for candidate in candidates:
        if candidate < taken_until:
            continue
        pattern = patterns.starting_with_word if text[candidate] in patterns.word_letters else patterns.starting_with_digit
        match = pattern.match(text, candidate, endpos)
        if match is None:
            continue
        kind = _kind(match)
        start = match.start()
        if kind == "dlist":
            pending_list.append(len(found))
            found.append(Found(start, match.end(), _RULES[kind], {"day": int(match.group("d1"))}))
            taken_until = match.end()
            continue
        fields = _RESOLVERS[kind](match, ctx, start)
        if fields is None:
            continue
        item = _found(kind, match, fields)
        if reference is None and _wants_year(item):
            yearless.append((len(found), kind, match))
        if pending_list and kind in ("dm", "ddm", "dmdm"):
            for index in pending_list:
                listed[index] = len(found)
            pending_list.clear()
        found.append(item)
        taken_until = match.end()
    if yearless:
        _years_from_article_dates(found, yearless, ctx)
    for index, partner in listed.items():
        found[index] = found[index]._replace(fields=_list_fields(found[index].fields["day"], found[partner]))
    if pending_list:  # a listed day whose partner was not a date after all
        drop = set(pending_list)
        found = [item for index, item in enumerate(found) if index not in drop]
    _dates_in_brackets(text, found)
    return found


_BRACKET_BETWEEN = regex.compile(r" ?+\( ?+\Z")
_VALUE_OF_UNIT = {"day": re.compile(r"\d{4}-\d{2}-\d{2}"), "month": re.compile(r"\d{4}-\d{2}"), "year": re.compile(r"\d{4}")}


def _dates_in_brackets(text: str, found: list[Found]) -> None:
    """A relative date followed by the date it means in brackets (วันนี้ (26 มิ.ย. 63),
    เมื่อวานนี้ (12 ก.ย.)) takes that date: the writer says which day it is, whatever the
    publication date says (or without one)."""
    relative = _lexicon().relative
    for index in range(len(found) - 1):
        item, following = found[index], found[index + 1]
        if not item.fields.get("relative") or item.rule == "nowadays":
            continue
        if _BRACKET_BETWEEN.search(text, item.end, following.start) is None or following.fields.get("relative"):
            continue
        unit = relative.get(text[item.start:item.end], (None, None))[0]
        pattern = _VALUE_OF_UNIT.get(unit)
        value = following.fields.get("value")
        if pattern is None or not value or pattern.fullmatch(value) is None:
            continue
        found[index] = item._replace(fields={**item.fields, "value": value})


def _found(kind: str, match: regex.Match, fields: dict[str, Any]) -> Found:
    endpoints = _endpoints(kind, match, fields.get("value"))
    if endpoints:
        fields["endpoints"] = endpoints
    return Found(match.start(), match.end(), fields.pop("rule", _RULES[kind]), fields)


_FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _wants_year(item: Found) -> bool:
    """A day and month (or a month) written without a year: ``--12-05``, not a bare day ``---05``."""
    value = item.fields.get("value")
    return bool(value) and value.startswith("--") and not value.startswith("---") and not item.fields.get("relative")


def _years_from_article_dates(found: list[Found], yearless: list[tuple[int, str, regex.Match]], ctx: _Context) -> None:
    """Without a publication date, ``3 พ.ย.`` after ``5 พ.ย. 2564`` takes its year from the article
    itself: each date without a year is resolved against the nearest full date with a written year
    before it (else the first one after it), as it would be against the publication date, and says
    so (``year_source`` ``"article_date"``).  Relative dates (วันนี้, วันที่ 5 ที่ผ่านมา) are not
    resolved this way: they count from the day of publication, which a date in the text is not."""
    anchors = [
        (item.start, dt.date.fromisoformat(item.fields["value"][:10]))
        for item in found
        if item.fields.get("value")
        and _FULL_DATE.match(item.fields["value"])
        and item.fields.get("year_source") in ("written", "range_end")
        and not item.fields.get("relative")
    ]
    if not anchors:
        return
    starts = [start for start, _ in anchors]
    for index, kind, match in yearless:
        before = bisect.bisect_left(starts, found[index].start)
        anchor = anchors[before - 1 if before else 0][1]
        fields = _RESOLVERS[kind](match, _Context(ctx.text, ctx.pos, ctx.endpos, anchor, anchored=True), match.start())
        if fields and fields.get("value") and not fields["value"].startswith("--"):
            fields["year_source"] = "article_date"
            found[index] = _found(kind, match, fields)


def extract(doc: Document) -> list[Date]:
    """Date mentions in the document's body.

    >>> from newsstruct import Pipeline
    >>> [d.value for d in Pipeline().parse("เมื่อวันที่ 3 ส.ค. 63 ฝนตกหนัก").dates]
    ['2020-08-03']
    """
    return [
        doc.make(Date, item.start, item.end, rule=item.rule, **record_fields(doc, item.fields))
        for item in scan_dates(doc.text, doc.body_start, doc.body_end, doc.published)
    ]
