"""Counts and amounts: a number with its classifier or unit, and what it counts.

Detection and resolution are kept apart.  :func:`scan_counts` finds spans in a plain string with
one combined pattern (number + optional multipliers + optional range + unit) and then decides,
for each span, whether it is a count at all (not an ordinal, a house or village number, a year,
a code like โควิด-19 ...), its value, its qualifier (ประมาณ, กว่า, เกือบ ...) and a per-unit
rate (ครัวเรือนละ 500 บาท).  :func:`extract` runs it over a document's body, skipping numbers
that earlier extractors (dates, times, durations, places, people ...) already took, and finds
what each count counts (``of``)::

    >>> [(f.fields["value"], f.fields["unit"]) for f in scan_counts("มอบเงิน 2 ล้าน 4 แสนบาท แก่ 50 ครัวเรือน")]
    [(2400000, 'บาท'), (50, 'ครัวเรือน')]

The span of a count is the number through its unit (``1.85 ล้านเหรียญสหรัฐ``, ``14,000 บาท/ตัน``),
the way ThaiNER marks MONEY: qualifiers before the number (กว่า, ประมาณ) and the word a rate is
counted by (ตัวละ) stay outside and are recorded as ``qualifier`` and ``per``.

A bare amount with a multiplier and no unit (``ทวงเงินค่าเสียหาย 1 ล้าน``) is money when a money
word (เงิน, มูลค่า, ราคา ...) comes shortly before it; its ``unit`` is None (nothing is written)
and its ``unit_category`` is ``"money"``.

``of`` is the noun phrase written before the count (``ผู้เข้าร่วม จำนวน 96 คน`` -> ผู้เข้าร่วม),
found by stepping back over link words (จำนวน, ทั้งหมด), trimming closing verbs (เข้าร่วม) and
starting after the last opener verb (มี, มอบ, จับกุม).  When nothing is written there, a unit
that names what it counts (ครัวเรือน, กิจกรรม, หมู่บ้าน) stands for it and ``of_source`` is
``"unit"``; other units (คน, บาท) leave ``of`` None.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Any, NamedTuple

import regex

from ..document import Token
from ..lexicon import load, load_words, trie_pattern
from ..records import Count, Percentage
from .base import THAI_SCRIPT, Found

if TYPE_CHECKING:
    from ..document import Document

__all__ = ["scan_counts", "scan_percentages", "parse_amount", "extract", "extract_percentages"]

# Spans of these kinds are not counts (or hold their own numbers); counts run after all of them.
OTHER_KINDS = ("dates", "times", "durations", "places", "people", "organizations", "venues", "percentages")

# How far before a number to look for qualifiers, rates, cues and what it counts (characters).
_CUE_WINDOW = 30
_OF_WINDOW = 80
_MONEY_CUE_WINDOW = 40
_OF_MAX = 60  # longer than this, a phrase is a clause rather than a noun phrase

# The patterns of counts and percentages are the standard library's (several times faster than
# the regex module on them), so Unicode properties are written out (THAI_SCRIPT for \p{Thai}).
_DIGITS = r"(?:\d{1,3}+(?:,\d{3}+)++|\d++)(?:\.\d++)?+"
# Multipliers after digits.  พัน before ธ is พันธุ์ (breed), ล้าน before นา is ล้านนา, ร้อย before
# these is ร้อยละ (percent) or a rank (ร้อยเอก, ร้อยตำรวจ...).
_MULTIPLIER = r"(?:พัน(?!ธ)|หมื่น|แสน|ล้าน(?!นา)|ร้อย(?!ละ|เอก|โท|ตรี|ตำรวจ|เวร))"
# ล. abbreviates ล้าน in headlines (ยอด 700ล.); not when another abbreviation letter follows (ล.ต.).
# ลบ. abbreviates ล้านบาท (กำไร 500 ลบ.): its ล is the million, its บ. the unit (not ลบ.ม., cubic metres).
_MILLION_ABBREVIATION = rf"(?:ล\.(?![{THAI_SCRIPT}\d])|ล(?=บ\.(?!ม)))"


# Between the two ends of a range: a dash, or ถึง / จนถึง before digits (500 ถึง 1,000 บาท).
# Number words joined by ถึง are left alone (หนึ่งหมื่นถึงหนึ่งแสนบาท): ThaiNER marks only the
# upper end there, and nothing better is known of how such text is meant.
_RANGE_JOIN = r"(?:[ ]?+[-–][ ]?+|[ ]?+(?:จน)?+ถึง[ ]?+(?=[\d๐-๙]))"


def _alternation(words: list[str] | tuple[str, ...]) -> str:
    return "|".join(re.escape(word) for word in sorted(set(words), key=len, reverse=True))


class _Unit(NamedTuple):
    category: str
    self_naming: bool


class _Tables(NamedTuple):
    number_word: re.Pattern
    count_pattern: re.Pattern
    percent_pattern: re.Pattern
    number_token: re.Pattern
    units: dict[str, _Unit]
    word_values: dict[str, tuple[int, str]]
    qualifier_before: regex.Pattern
    qualifiers: dict[tuple[str, str], str]
    rate_before: regex.Pattern
    not_count_before: regex.Pattern
    not_count_reasons: dict[str, str]
    money_cue: re.Pattern


def _unit_alternation(units: tuple[dict[str, str], ...]) -> str:
    """Units longest first, each guarded against continuing into a different longer word.

    Arranged as a trie: the engine reads the first letters once instead of trying some three
    hundred words one after the other (three times faster after a number).
    """
    # Words written glued after a classifier that stay outside it (5 ส่วนคือ ..., 3 ส่วนของประเทศ)
    followers = _alternation(load_words("classifier_followers"))
    guards = {}
    for row in units:
        unit = row["unit"]
        guard = ""
        blocked = [word for word in row["not_before"].split("|") if word]
        if blocked:
            guard = f"(?!{_alternation(blocked)})"
        if unit.endswith("."):
            # An abbreviation followed by another abbreviated letter or a digit is part of a
            # longer one (ม.ค., ม.6); followed by a word it is the unit (5 กม.เขตบึงกุ่ม).
            guard += rf"(?![{THAI_SCRIPT}]{{1,2}}+\.|\d)"
        elif unit.isascii():
            guard += r"(?![A-Za-z])"
        flags = row["flags"].split("|")
        if "alone" in flags:
            # but for the few words that follow a classifier glued (5 ส่วนคือ, 3 ร้านของ)
            guard += rf"(?!(?!{followers})[{THAI_SCRIPT}])"
        if "label" in flags:
            guard += r"(?![ ]?+\d)"  # ห้องประชุม 109 ชั้น 1: ชั้น 1 is a floor, 109 a room
        guards[unit] = guard
    return trie_pattern(guards, guards=guards)


@functools.cache
def _tables() -> _Tables:
    unit_rows = load("units")
    units = {row["unit"]: _Unit(row["category"], row["self_naming"] == "y") for row in unit_rows}
    unit_alt = _unit_alternation(unit_rows)
    money_units = [row["unit"] for row in unit_rows if row["category"] == "money" and not row["unit"].endswith(".")]
    # What may follow a slash or ต่อ after a unit besides another unit: บาท/ปี, บาท/คน.
    per_words = _alternation([row["word"] for row in load("per_words")])

    word_values = {row["word"]: (int(row["value"]), row["kind"]) for row in load("number_words")}
    # Number words, with the same guards on multipliers as after digits (พันธุ์, ล้านนา, ร้อยละ).
    digit_words = [word for word, (_, kind) in word_values.items() if kind == "digit"]
    # Repetitions are bounded: no real number needs more, and a failed attempt inside a long run
    # of number words must not rescan the rest of the run (that would be quadratic).
    word_number = f"(?:{_alternation(digit_words)}|สิบ|{_MULTIPLIER}){{1,16}}+"
    amount = (
        rf"(?:{_DIGITS}(?:[ ]?+{_MULTIPLIER}){{0,3}}+|{word_number})"
        rf"(?:[ ]?+{_DIGITS}[ ]?+{_MULTIPLIER}(?:[ ]?+{_MULTIPLIER}){{0,2}}+){{0,3}}+"
        rf"(?:[ ]?+{_MILLION_ABBREVIATION})?+"
    )
    # Digits must not continue a longer number, a decimal, a time (9:00), a house number (45/12)
    # or stand inside a Latin token (MH370); nor a code joined by a hyphen to letters (โควิด-19),
    # which _matches tests (the letters of every script are the regex module's to know).
    number_start = r"(?<![\d.,/:A-Za-z])"
    count_pattern = re.compile(
        rf"{number_start}(?P<amount>{amount})(?:{_RANGE_JOIN}(?P<amount_max>{amount}))?+"
        r"(?:\.-)?+"  # 5,000.- บาท, as official letters write amounts
        rf"(?:[ ]?+(?P<after>กว่า|เศษ)(?!ๆ))?+"
        rf"(?:[ ]?+(?P<unit>{unit_alt})"
        rf"(?P<exact>(?<=บาท)ถ้วน)?+"
        rf"(?:[ ]?+/[ ]?+(?P<per_slash>{unit_alt}|{per_words})"
        rf"|ต่อ[ ]?+(?P<per_currency>{_alternation(money_units)}))?+"
        # ต่อตัน after the unit is recorded as the rate but left outside the span, as ThaiNER does.
        rf"(?=[ ]?+ต่อ[ ]?+(?P<per_after>{unit_alt}|{per_words}))?+)?+"
    )
    percent_pattern = re.compile(  # each alternative holds one of _PERCENT_MARKERS
        rf"(?P<prefix>ร้อยละ[ ]?+)(?P<amount>{amount})(?:{_RANGE_JOIN}(?P<amount_max>{amount}))?+"
        rf"|{number_start}(?P<amount2>{amount})(?:{_RANGE_JOIN}(?P<amount2_max>{amount}))?+"
        r"[ ]?+(?:%|เปอร์เซ็นต์|เปอร์เซนต์|เปอร์เซ็นท์|เปอร์เซ็น)"
    )
    # With digit runs, where a count or percentage can start (see _candidates).
    number_word = re.compile(trie_pattern([*word_values, "ร้อยละ"]))
    number_token = re.compile(
        rf"(?P<digits>{_DIGITS})|(?P<abbreviation>ล\.|ล\Z)|(?P<word>{_alternation(list(word_values))})"
    )

    qualifier_rows = load("count_qualifiers")
    qualifiers = {(row["word"], row["position"]): row["qualifier"] for row in qualifier_rows}
    before_words = [row["word"] for row in qualifier_rows if row["position"] == "before"]
    # The patterns that read what is written before a number are anchored at the end and run in
    # reverse ((?r)), so each tries only the end of its window instead of every position in it.
    qualifier_before = regex.compile(rf"(?r)(?:หรือ)?+(?P<word>{_alternation(before_words)})[ ]?+\Z")
    # The word a rate is counted by comes right before ละ (ครัวเรือนละ, กก.ละ, หมู่บ้าน/ชุมชนละ).
    rate_before = regex.compile(r"(?r)(?P<per>[\p{Thai}./]++)ละ[ ]?+\Z")

    cue_rows = load("not_count_cues")
    not_count_reasons = {row["cue"]: row["reason"] for row in cue_rows}
    not_count_before = regex.compile(rf"(?r)(?P<cue>{_alternation(list(not_count_reasons))})[ ]?+\Z")
    money_cue = re.compile(trie_pattern(load_words("money_cues")))
    return _Tables(
        number_word, count_pattern, percent_pattern, number_token, units, word_values, qualifier_before, qualifiers,
        rate_before, not_count_before, not_count_reasons, money_cue,
    )


# -- values --------------------------------------------------------------------------------


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


_PLAIN_INTEGER = re.compile(r"[0-9]++|[0-9]{1,3}+(?:,[0-9]{3}+)++")


def parse_amount(written: str) -> int | float | None:
    """The number an amount written in digits, Thai number words or both stands for.

    Multipliers scale what precedes them back to the last larger multiplier, so mixed forms
    read as they are spoken:

    >>> parse_amount("2 ล้าน 4 แสน"), parse_amount("1แสน7หมื่นล้าน"), parse_amount("หนึ่งร้อยยี่สิบ")
    (2400000, 170000000000, 120)
    >>> parse_amount("2.5 แสน"), parse_amount("1,250,000"), parse_amount("59.73 ล้าน")
    (250000, 1250000, 59730000)
    """
    if _PLAIN_INTEGER.fullmatch(written):  # 96, 1,250,000: most amounts
        return int(written.replace(",", ""))
    tables = _tables()
    total = Decimal(0)  # everything already scaled by ล้าน
    group = Decimal(0)  # the part below a million being built
    current: Decimal | None = None  # the digit(s) waiting for a multiplier
    seen = False
    for token in tables.number_token.finditer(written):
        seen = True
        if token.group("digits"):
            current = Decimal(token.group("digits").replace(",", ""))
            continue
        if token.group("abbreviation"):
            word_value, kind = 1_000_000, "multiplier"
        else:
            word_value, kind = tables.word_values[token.group("word")]
        if kind == "digit":
            current = Decimal(word_value)
        elif word_value == 1_000_000:
            # ล้าน scales everything before it: 1แสน7หมื่นล้าน, and ล้านล้าน is a trillion.
            total = (total + group + (current or 0)) * word_value
            if total == 0:
                total = Decimal(word_value)
            group, current = Decimal(0), None
        else:
            group += (current if current is not None else 1) * word_value
            current = None
    if not seen:
        return None
    return _number(total + group + (current or 0))


_MULTIPLIER_WORD = re.compile(r"พัน|หมื่น|แสน|ล้าน|ล\.|ล\Z")


def _has_multiplier(written: str, start: int = 0, end: int | None = None) -> bool:
    """True when a multiplier (พัน, ล้าน, ล. ...) is written in ``written[start:end]``."""
    return _MULTIPLIER_WORD.search(written, start, len(written) if end is None else end) is not None


# -- scanning ------------------------------------------------------------------------------


_LETTER = regex.compile(r"[\p{L}\p{M}]")
_YEAR_DIGITS = regex.compile(r"\d{2}|\d{4}")


def _boundary_before(text: str, position: int) -> bool:
    """True when ``position`` starts a word: nothing, a space or punctuation comes before it."""
    return position == 0 or not _LETTER.match(text[position - 1])


def _looks_like_year(written: str) -> bool:
    return _YEAR_DIGITS.fullmatch(written) is not None and (len(written) == 2 or 1800 <= int(written) <= 2700)


def _not_a_count(text: str, start: int, window_start: int, amount: str) -> str | None:
    """Why the number at ``start`` is not a count (a cue like เลขที่ comes before it), or None."""
    tables = _tables()
    window = text[max(window_start, start - _CUE_WINDOW):start]
    found = tables.not_count_before.search(window)
    if found is None:
        return None
    cue = found.group("cue")
    reason = tables.not_count_reasons[cue]
    if reason == "none":
        return None  # ลงทะเบียน 300 ราย: a longer word that only ends like a cue
    cue_start = start - len(window) + found.start()
    short = cue == "ที่" or (cue.endswith(".") and len(cue) <= 3)
    if short and not _boundary_before(text, cue_start):
        return None  # ราคาอยู่ที่ 500 บาท, กม. inside a longer word
    if reason == "year" and not _looks_like_year(amount):
        return None  # ต่อปี 300 ล้านบาท is a yearly amount, not a year
    return reason


class _Prefix(NamedTuple):
    """What is written right before a number: a qualifier, a rate's ``Xละ``, where they start."""

    qualifier: str | None
    per: str | None
    is_rate: bool
    start: int


def _prefix(text: str, start: int, window_start: int) -> _Prefix:
    """Qualifier (ประมาณ, กว่า ...) and per-unit word (ตัวละ) written before ``start``.

    Either order is read: ``ตันละกว่า 20,000`` and ``กว่า 20,000``.
    """
    tables = _tables()
    qualifier = per = None
    is_rate = False
    prefix_start = start
    window = text[max(window_start, start - _CUE_WINDOW):prefix_start]
    found = tables.qualifier_before.search(window)
    if found is not None and tables.qualifiers[(found.group("word"), "before")] != "none":
        qualifier = tables.qualifiers[(found.group("word"), "before")]
        prefix_start -= len(window) - found.start()
    window = text[max(window_start, prefix_start - _CUE_WINDOW):prefix_start]
    rate = tables.rate_before.search(window)
    if rate is not None and _is_rate_run(rate.group("per")):
        is_rate = True
        per = _rate_word(rate.group("per"))
        # The prefix starts at the rate word when it is known, else right at ละ.
        known = len(per) if per else 0
        prefix_start -= len(window) - rate.end("per") + known
    return _Prefix(qualifier, per, is_rate, prefix_start)


@functools.cache
def _rate_words() -> regex.Pattern:
    """The words a rate can be counted by (ตัวละ, ครัวเรือนละ), matched at the end of a run."""
    words = [row["unit"] for row in load("units")] + [row["word"] for row in load("per_words")]
    return regex.compile(rf"(?r)(?:{_alternation(words)})\Z")


def _is_rate_run(before_la: str) -> bool:
    """True when the Thai run ending right before ละ makes a rate (ตัวละ), not ร้อยละ (percent)
    or a word that merely ends in ละ (และ, เละ)."""
    return bool(before_la) and not before_la.endswith("ร้อย") and before_la[-1] not in "แเโใไ"


def _rate_word(before_la: str) -> str | None:
    """The word a rate is counted by, from the Thai run that ends right before ละ."""
    found = _rate_words().search(before_la)
    if found is not None:
        return found.group()
    return None


@functools.cache
def _periods() -> tuple[str, ...]:
    return tuple(row["word"] for row in load("per_words") if row["kind"] == "period")


def _plain_price(text: str, end: int, *, value_text: str, per: str | None) -> bool:
    """A number after a rate's ละ with no unit is a price (กิโลกรัมละ 40), unless a period
    follows (วันละ 2 ชั่วโมง) or it is a small count per period (สัปดาห์ละ 1)."""
    periods = _periods()
    if text.startswith(periods, end) or text.startswith(periods, end + 1):
        return False
    if per in periods and (parse_amount(value_text) or 0) < 10:
        return False
    return True


def _year_in_name(text: str, start: int, amount: str, prefix: _Prefix, window_start: int) -> bool:
    """A year written after a name (โครงการรักษ์น้ำ 2020 กิจกรรมแรก) rather than a count.

    Only four plain digits that read as a recent year (CE or BE), right after a word and a
    space, with no qualifier or link word (จำนวน, ทั้งหมด) to say a count follows.
    """
    if len(amount) != 4 or not amount.isdigit() or prefix.qualifier or prefix.is_rate:
        return False
    year = int(amount)
    if not (1950 <= year <= 2100 or 2490 <= year <= 2650):
        return False
    before = text[max(window_start, start - 12):start]
    if not before.endswith(" ") or not _LETTER.match(before[-2:-1] or " "):
        return False
    links = _of_words().get("link", frozenset())
    return not any(before.rstrip().endswith(word) for word in links)


_CURRENCY_SYMBOLS = "$฿€£¥"


def _currency_symbol(text: str, start: int, window_start: int) -> str:
    """The currency sign written right before a number (``$``, ``US$``, ``฿``)."""
    if text.startswith("US$", start - 3) and start - 3 >= window_start:
        return "US$"
    return text[start - 1]


def _slogan(text: str, end: int, endpos: int) -> bool:
    """หนึ่งตำบลหนึ่งผลิตภัณฑ์, หนึ่งคนหนึ่งเสียง: a number word right after the unit makes a
    slogan, not a count."""
    return _tables().number_word.match(text, end, endpos) is not None


def _vague_before(text: str, start: int, window_start: int) -> bool:
    return text.endswith(("หลาย", "หลาย "), max(window_start, start - 5), start)


def _money_context(text: str, start: int, window_start: int) -> bool:
    window = text[max(window_start, start - _MONEY_CUE_WINDOW):start]
    return _tables().money_cue.search(window) is not None


# What every percentage holds (เปอร์เซ begins each spelling of เปอร์เซ็นต์ in percent_pattern).
_PERCENT_MARKERS = ("ร้อยละ", "%", "เปอร์เซ")
_DIGIT_RUN = regex.compile(r"\d++")  # the regex module scans for a digit twice as fast as re


@functools.lru_cache(maxsize=2)
def _candidates(text: str, pos: int, endpos: int) -> tuple[int, ...]:
    """Where a count or percentage can start: a digit run or a number word.

    The full patterns are only tried at these places, which is much faster than letting them
    search every character of the body.  Two scans are several times faster than one
    alternation of both (which defeats the engines' quick search for a first character), and
    since digits and Thai words never overlap, together they find the same starts.  Cached
    because percentages and counts scan the same body one after the other.
    """
    digit_starts = [found.start() for found in _DIGIT_RUN.finditer(text, pos, endpos)]
    word_starts = [found.start() for found in _tables().number_word.finditer(text, pos, endpos)]
    return tuple(sorted(digit_starts + word_starts))


def _after_word_and_hyphen(text: str, position: int) -> bool:
    """True when a letter and a hyphen come right before ``position`` (โควิด-19)."""
    return position >= 2 and text[position - 1] in "-–" and _LETTER.match(text, position - 2) is not None


def _matches(
    pattern: re.Pattern, text: str, pos: int, endpos: int, last_start: int | None = None
) -> Iterator[re.Match]:
    """Non-overlapping matches of ``pattern`` tried only where a number can start (and not
    after ``last_start``)."""
    resume = pos
    for start in _candidates(text, pos, endpos):
        if start < resume:
            continue
        if last_start is not None and start > last_start:
            break
        # (_after_word_and_hyphen, its cheap first test inlined: most numbers follow no hyphen)
        if start >= 2 and text[start - 1] in "-–" and _after_word_and_hyphen(text, start) \
                and not text.startswith("ร้อยละ", start):
            continue  # โควิด-19 is a code; ร้อยละ is a word of its own
        match = pattern.match(text, start, endpos)
        if match is not None:
            resume = match.end()
            yield match


class _Scanned(NamedTuple):
    found: Found
    prefix_start: int  # where the qualifier or rate word before the number begins


def _scan(text: str, pos: int, endpos: int) -> Iterator[_Scanned]:
    tables = _tables()
    for match in _matches(tables.count_pattern, text, pos, endpos):
        amount = match.group("amount")
        unit = match.group("unit")
        start = match.start()
        digits = amount[0].isdigit()
        symbol = None
        if unit is None:
            end = match.end("amount_max") if match.group("amount_max") else match.end("amount")
            if digits and start > pos and text[start - 1] in _CURRENCY_SYMBOLS:
                symbol = _currency_symbol(text, start, pos)
            # Cheap tests first: most bare numbers are neither a price after ละ nor an amount
            # with a multiplier.
            elif not digits or (text.find("ละ", max(pos, start - 15), start) < 0 and not _has_multiplier(text, start, end)):
                continue
        elif not digits and (not _word_number_ok(amount) or _slogan(text, match.end(), endpos)):
            continue
        if _vague_before(text, start, pos) or _not_a_count(text, start, pos, amount):
            continue
        prefix = _prefix(text, start, pos)
        if symbol is not None:
            start -= len(symbol)
            unit, rule, category = symbol, "currency_symbol", "money"
        elif unit is None:
            # A bare amount is money when a rate's ละ comes before it (กิโลกรัมละ 40), or when
            # it has a multiplier and a money word comes shortly before it (ทวงเงิน 1 ล้าน).
            if prefix.is_rate and _plain_price(text, end, value_text=amount, per=prefix.per):
                rule = "rate_money"
            elif _has_multiplier(text, start, end) and _money_context(text, start, pos):
                rule = "bare_money"
            else:
                continue
            category = "money"
        else:
            end = match.end()
            category = tables.units[unit].category
            rule = "number_unit"
            if unit == "เหรียญ" and _has_multiplier(amount):
                category = "money"  # 3 ล้านเหรียญ: dollars; 3 เหรียญ alone are coins or medals
            if category != "money" and _year_in_name(text, start, amount, prefix, pos):
                continue
        value = parse_amount(amount)
        if value is None:
            continue
        fields: dict[str, Any] = {"value": value, "unit": unit, "unit_category": category}
        amount_max = match.group("amount_max")
        if amount_max:
            fields["value"], fields["value_max"] = _range_values(amount, amount_max)
        after = match.group("after")
        fields["qualifier"] = prefix.qualifier or (tables.qualifiers[(after, "after")] if after else None)
        fields["per"] = match.group("per_slash") or match.group("per_currency") or match.group("per_after") or prefix.per
        if unit == "บาท" and text.endswith(("หนัก", "หนัก "), max(pos, start - 5), start):
            fields["unit_category"] = "weight"  # ทองคำหนัก 2 บาท: บาท as a weight of gold
        yield _Scanned(Found(start, end, rule, fields), prefix.start)


def scan_counts(text: str, pos: int = 0, endpos: int | None = None) -> list[Found]:
    """Counts and amounts in ``text[pos:endpos]``, with value, unit, qualifier and rate.

    >>> [(f.fields["value"], f.fields["unit"], f.fields["per"]) for f in scan_counts("แจกเงินครัวเรือนละ 500 บาท")]
    [(500, 'บาท', 'ครัวเรือน')]
    """
    return [scanned.found for scanned in _scan(text, pos, len(text) if endpos is None else endpos)]


def _range_values(low_written: str, high_written: str) -> tuple[int | float | None, int | float | None]:
    """Both ends of a range; a multiplier written once scales both (``5-7 พัน`` -> 5000, 7000)."""
    low, high = parse_amount(low_written), parse_amount(high_written)
    if low is not None and high is not None and not _has_multiplier(low_written) and _has_multiplier(high_written):
        high_digits = parse_amount(_leading_number(high_written)) or 1
        low = _number(Decimal(str(low)) * Decimal(str(high)) / Decimal(str(high_digits)))
    return low, high


def _leading_number(written: str) -> str:
    token = _tables().number_token.search(written)
    return token.group() if token else written


def _word_number_ok(written: str) -> bool:
    """A run of Thai number words that really is a number: it does not start with เอ็ด and
    every ยี่ is followed by สิบ (ยี่สิบ)."""
    words = [token.group() for token in _tables().number_token.finditer(written)]
    if not words or words[0] == "เอ็ด":
        return False
    return all(following == "สิบ" for word, following in zip(words, [*words[1:], ""]) if word == "ยี่")


def scan_percentages(text: str, pos: int = 0, endpos: int | None = None) -> list[Found]:
    """Percentages in ``text[pos:endpos]``: ``ร้อยละ 51``, ``64.9%``, ``80 เปอร์เซ็นต์``.

    >>> [f.fields["value"] for f in scan_percentages("เพิ่มขึ้นร้อยละ 12.5 และลดลง 3%")]
    [12.5, 3]
    """
    endpos = len(text) if endpos is None else endpos
    found: list[Found] = []
    # Every percentage holds a marker (ร้อยละ where it starts, % or เปอร์เซ็นต์ after the
    # number), so no number after the last marker needs trying, and most bodies have none.
    last_marker = max([text.rfind(marker, pos, endpos) for marker in _PERCENT_MARKERS])
    if last_marker < 0:
        return found
    for match in _matches(_tables().percent_pattern, text, pos, endpos, last_marker):
        amount = match.group("amount") or match.group("amount2")
        amount_max = match.group("amount_max") or match.group("amount2_max")
        if not amount[0].isdigit() and not _word_number_ok(amount):
            continue
        value = parse_amount(amount)
        if value is None:
            continue
        fields: dict[str, Any] = {"value": value, "value_max": parse_amount(amount_max) if amount_max else None}
        fields["qualifier"] = _prefix(text, match.start(), pos).qualifier
        rule = "roi_la" if match.group("prefix") else "percent_sign"
        found.append(Found(match.start(), match.end(), rule, fields))
    return found


# -- what is counted -----------------------------------------------------------------------


@functools.cache
def _of_words() -> dict[str, frozenset[str]]:
    """Words of each role in ``count_of_cues.tsv`` (a word may have several roles)."""
    roles: dict[str, set[str]] = {}
    for row in load("count_of_cues"):
        roles.setdefault(row["role"], set()).add(row["word"])
    return {role: frozenset(words) for role, words in roles.items()}


class _PhraseWords(NamedTuple):
    """The words :func:`_counted_phrase` reacts to, by what it does with them."""

    trailing: frozenset[str]  # link and tail words, trimmed at the end
    openers: frozenset[str]  # the phrase starts after the last one
    leads: frozenset[str]  # trimmed at the start
    heads: frozenset[str]  # written last, nothing is counted
    opener_inside: re.Pattern  # an opener or ว่า written anywhere, even inside a longer word
    last_words: tuple[str, ...]  # trailing and head words, for str.endswith
    first_words: tuple[str, ...]  # lead words, for str.startswith


@functools.cache
def _phrase_words() -> _PhraseWords:
    roles = _of_words()
    empty: frozenset[str] = frozenset()
    trailing = roles.get("link", empty) | roles.get("tail", empty)
    openers, leads, heads = roles.get("opener", empty), roles.get("lead", empty), roles.get("head", empty)
    return _PhraseWords(
        trailing, openers, leads, heads,
        opener_inside=re.compile(trie_pattern([*openers, "ว่า"])),
        last_words=tuple(trailing | heads),
        first_words=tuple(leads),
    )


def _needs_tokens(text: str, start: int, end: int) -> bool:
    """Whether the tokens of the chunk ``text[start:end]`` can change the phrase read from it.

    They cannot when the chunk starts with a letter but not with a lead word, ends with
    neither a space nor a trailing or head word, and holds no opener (nor ว่า) even inside a
    longer word: then no token is trimmed or opens the phrase, whatever the tokenizer says, and
    the phrase is the whole chunk.  A quarter of all chunks skip the tokenizer this way
    (``เสียชีวิต`` before ``3 ราย``; not ``มีผู้เสียชีวิต``, which holds มี).
    """
    words = _phrase_words()
    return (
        _LETTER.match(text, start) is None
        or text[end - 1].isspace()
        or text.startswith(words.first_words, start, end)
        or text.endswith(words.last_words, start, end)
        or words.opener_inside.search(text, start, end) is not None
    )


def _counted_phrase(doc: Document, prefix_start: int, left_limit: int) -> str | None:
    """The noun phrase written before a count (``ผู้เข้าร่วม จำนวน 96 คน`` -> ผู้เข้าร่วม).

    Reads the space-delimited chunk before the count word by word: link words (จำนวน, ทั้งหมด)
    and closing verbs (เข้าร่วม) at its end are dropped, and a chunk of nothing but link words
    hands over to the chunk before it; the phrase starts after the last opener (มี, มอบ, ซึ่ง)
    and after leading function words (และ, ใน).  A preposition right before the number (จาก,
    ใน) means the count itself names what is counted, so nothing is returned.
    """
    text = doc.text
    trailing, openers, leads, heads = _phrase_words()[:4]
    end = prefix_start
    for _ in range(2):
        while end > left_limit and text[end - 1] == " ":
            end -= 1
        if end <= left_limit:
            return None
        chunk_start = max(left_limit, text.rfind(" ", left_limit, end) + 1, end - _OF_WINDOW)
        if _needs_tokens(text, chunk_start, end):
            tokens = [token for token in doc.tokenize_window(chunk_start, end) if not token.text.isspace()]
        else:
            tokens = [Token(chunk_start, end, text[chunk_start:end])]  # one token reads the same
        last = len(tokens)
        while last > 0 and tokens[last - 1].text in trailing:
            last -= 1
        if last == 0:
            end = chunk_start  # ผู้เข้าร่วม จำนวน: look at the chunk before
            continue
        if tokens[last - 1].text in heads:
            return None
        first = 0
        for index in range(last):
            word = tokens[index].text
            if (
                (word in openers and not (index and tokens[index - 1].text == "ที่"))  # ไก่ที่เหลือ: a relative clause
                or (word.startswith("การ") and word[3:] in openers)  # การจับกุม
                or (word.endswith("ว่า") and not word.endswith("กว่า"))  # กล่าวว่า, ยืนยันว่า
            ):
                first = index + 1
        while first < last and (tokens[first].text in leads or not _LETTER.match(tokens[first].text)):
            first += 1
        if first >= last:
            return None
        phrase = text[tokens[first].start:tokens[last - 1].end].strip(" ()[]\"'“”")
        if not phrase or not _LETTER.search(phrase) or phrase[-1].isdigit():
            return None
        if len(phrase) > _OF_MAX:
            return None  # a whole clause without spaces: nothing that can be called the counted noun
        return phrase
    return None


def _line_start(doc: Document, position: int) -> int:
    return doc.text.rfind("\n", doc.body_start, position) + 1 or doc.body_start


def extract(doc: Document) -> list[Count]:
    """Count mentions in the document's body, each with what it counts when that is written.

    >>> from newsstruct import Pipeline
    >>> [(c.value, c.unit, c.of) for c in Pipeline().parse("มีผู้เข้าร่วม จำนวน 96 คน").counts]
    [(96, 'คน', 'ผู้เข้าร่วม')]
    """
    counts: list[Count] = []
    previous_end = doc.body_start
    units = _tables().units
    for scanned in _scan(doc.text, doc.body_start, doc.body_end):
        item = scanned.found
        if doc.overlaps(item.start, item.end, OTHER_KINDS):
            continue
        fields = dict(item.fields)
        left_limit = max(previous_end, _line_start(doc, item.start))
        # a date or time right before is not what is counted (28 ม.ค. จำนวน 6 จังหวัด)
        for _, before_end in doc.overlaps(left_limit, scanned.prefix_start, ("dates", "times")):
            left_limit = max(left_limit, min(before_end, scanned.prefix_start))
        phrase = _counted_phrase(doc, scanned.prefix_start, left_limit)
        of_source = "text" if phrase else None
        unit = fields.get("unit")
        if phrase is None and unit in units and units[unit].self_naming:
            phrase, of_source = unit, "unit"
        fields["of"] = phrase
        fields["of_source"] = of_source
        counts.append(doc.make(Count, item.start, item.end, rule=item.rule, **fields))
        previous_end = item.end
    return counts


def extract_percentages(doc: Document) -> list[Percentage]:
    """Percentage mentions in the document's body (ร้อยละ 51, 64.9%)."""
    return [
        doc.make(Percentage, item.start, item.end, rule=item.rule, **item.fields)
        for item in scan_percentages(doc.text, doc.body_start, doc.body_end)
        if not doc.overlaps(item.start, item.end, OTHER_KINDS[:-1])
    ]

