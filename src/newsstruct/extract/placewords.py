"""Word-level helpers shared by the place and organisation extractors.

Both extractors must agree on where a location is expected (after ณ, ที่, ใน, จาก ...), on
which head words name institutions that are also buildings (โรงพยาบาล, โรงเรียน, สภ. ...), and
on where a name that follows a head word ends.  Thai writes words without spaces between them,
so these questions are answered with the tokenizer on a few characters around the spot, never
on the whole body.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

import regex

from ..lexicon import load, load_words
from .wordtrie import WordsAtEnd, compile_words

if TYPE_CHECKING:
    from ..document import Document

__all__ = [
    "TakenSpans",
    "location_cue_before",
    "venue_cues",
    "premises_cues",
    "org_heads",
    "dual_heads",
    "room_heads",
    "name_end",
    "name_extent",
    "contains_stop",
    "starts_word",
    "word_at",
    "thai_letter_at",
    "mark_at",
]

# Thai letters, vowels and tone marks; sets, for the per-character questions asked in hot loops.
_THAI_LETTERS = frozenset(chr(c) for c in [*range(0x0E01, 0x0E2F), *range(0x0E30, 0x0E3B), *range(0x0E40, 0x0E4F)])
_COMBINING_MARKS = frozenset(chr(c) for c in [0x0E31, *range(0x0E34, 0x0E3B), *range(0x0E47, 0x0E4F), 0x0E2F, 0x0E46])


def thai_letter_at(text: str, index: int) -> bool:
    """Whether ``text[index]`` is a Thai letter, vowel or tone mark (False out of range)."""
    return 0 <= index < len(text) and text[index] in _THAI_LETTERS


def mark_at(text: str, index: int) -> bool:
    """Whether ``text[index]`` is a mark that cannot begin a syllable (a vowel above or below,
    a tone mark, ๆ, ฯ): a word found right before it does not end there."""
    return 0 <= index < len(text) and text[index] in _COMBINING_MARKS
@functools.cache
def number_name() -> regex.Pattern:
    """The number of a numbered place (ห้องประชุม 301, ซอย 5/1, ซอย 7ก) — not the first part of
    a decimal (ถนนยาว 3.5 กิโลเมตร) and not a number that a unit follows, which is a count."""
    # Units that also label a numbered thing (ชั้น 3, ห้อง 2) may follow a place's number.
    units = sorted(
        (row["unit"] for row in load("units") if len(row["unit"]) > 1 and "label" not in row["flags"]),
        key=len, reverse=True,
    )
    unit_after = "|".join(map(regex.escape, units))
    return regex.compile(rf"\d{{1,4}}+(?:/\d{{1,4}}+)?+[ก-ฮA-Za-z]?+(?![\d]|[.,:]\d| ?+(?:{unit_after}))")
_NAME_PUNCTUATION = frozenset("()[]{}\"'“”‘’,;:!?/|<>")
# A name after its head word: at most this many characters; up to _FAST_NAME_CHARS (about
# six words) a name with no stop word in it is taken without the tokenizer.
_MAX_NAME_CHARS = 60
_FAST_NAME_CHARS = 30


class TakenSpans:
    """The spans earlier extractors claimed, of the given kinds, as a scan asks about them.

    >>> from newsstruct import Pipeline
    >>> doc = Pipeline().document("ประชุมวันที่ 5 มกราคม 2563 ณ ห้องรัศมี")
    >>> doc.claim("dates", 6, 25)
    >>> taken = TakenSpans(doc, ("dates",))
    >>> taken.reach(10, 12), taken.reach(25, 27)
    (25, None)
    """

    __slots__ = ("_doc", "_kinds")

    def __init__(self, doc: Document, kinds: tuple[str, ...]) -> None:
        self._doc, self._kinds = doc, kinds

    def reach(self, start: int, end: int) -> int | None:
        """The furthest end of the spans that overlap ``[start, end)``, or None when none does."""
        spans = self._doc.overlaps(start, end, self._kinds)
        return max(span_end for _, span_end in spans) if spans else None

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any of the spans overlaps ``[start, end)``."""
        return bool(self._doc.overlaps(start, end, self._kinds))


def _forms(row: dict[str, str], first: str) -> list[str]:
    return [row[first], *filter(None, row["forms"].split("|"))]


@functools.cache
def _cues() -> frozenset[str]:
    return frozenset(row["cue"] for row in load("location_cues"))


@functools.cache
def venue_cues() -> frozenset[str]:
    """Cues after which a run of places is where something happened: ณ, ที่, บริเวณ, ภายใน ..."""
    return frozenset(row["cue"] for row in load("location_cues") if row["venue"] == "yes")


@functools.cache
def premises_cues() -> frozenset[str]:
    """Cues after which an organisation's name stands for its premises (ประชุมที่กระทรวง...)."""
    return frozenset(row["cue"] for row in load("location_cues") if row["premises"] == "yes")


@functools.cache
def org_heads() -> dict[str, str]:
    """Every written form of an organisation head word (org_heads.tsv) with its canonical head."""
    return {form: row["head"] for row in load("org_heads") for form in _forms(row, "head")}


@functools.cache
def dual_heads() -> frozenset[str]:
    """Every written form of the head words of institutions that are also buildings
    (role ``dual`` in facility_heads.tsv): โรงพยาบาล, รพ., โรงเรียน, สภ. ..."""
    return frozenset(form for row in load("facility_heads") if row["role"] == "dual" for form in _forms(row, "head"))


@functools.cache
def room_heads() -> frozenset[str]:
    """Every written form of the head words of rooms and buildings: ห้องประชุม, อาคาร, ตึก ..."""
    return frozenset(form for row in load("facility_heads") if row["kind"] in ("room", "building")
                     for form in _forms(row, "head"))


@functools.cache
def _word_prefixes() -> frozenset[str]:
    return frozenset([*_cues(), *(row["word"] for row in load("place_stops")), "คน", "ชาว"])


@functools.cache
def _cue_at_end() -> WordsAtEnd:
    return WordsAtEnd(_cues(), space=True)


@functools.cache
def _prefix_at_end() -> WordsAtEnd:
    return WordsAtEnd(_word_prefixes())


def location_cue_before(doc: Document, start: int) -> str | None:
    """The location cue (ณ, ที่, ใน, จาก ...) written right before ``start`` (one space allowed
    between), or None.

    Thai writes the cue against the word before it (ไปที่, อยู่ใน), so a cue after other letters
    counts, unless those letters make a longer word that merely ends like a cue (เจ้าหน้าที่,
    วันที่, หัวหน้า: lexicon/not_location_cues.txt); ณ, one letter, counts only after a space.

    >>> from newsstruct import Pipeline
    >>> doc = Pipeline().document("ประชุม ณ ห้องรัศมี")
    >>> location_cue_before(doc, 9)
    'ณ'
    >>> location_cue_before(Pipeline().document("เจ้าหน้าที่โรงพยาบาล"), 11) is None
    True
    """
    text = doc.text
    end = start
    if end > doc.body_start and text[end - 1] == " ":
        end -= 1
    window_start = max(doc.body_start, end - 20)
    newline = text.rfind("\n", window_start, end)
    if newline >= 0:
        window_start = newline + 1
    if end <= window_start:
        return None
    candidate = _cue_at_end().search(text, window_start, start)
    if candidate is None:
        return None
    cue_start, written = candidate
    cue = written.rstrip()
    if cue_start == window_start or not thai_letter_at(text, cue_start - 1):
        return cue
    if len(cue) == 1 or _not_cue_at_end().search(text, window_start, end) is not None:
        return None
    return cue


@functools.cache
def _not_cue_at_end() -> WordsAtEnd:
    return WordsAtEnd(load_words("not_location_cues"))


def word_at(doc: Document, start: int) -> tuple[bool, int | None]:
    """Whether a word starts at ``start`` (as :func:`starts_word` tells it) and where the
    tokenizer's word that starts there ends (None when it glued the word to the one before),
    from one look."""
    text = doc.text
    window_start = max(doc.body_start, start - 12)
    newline = text.rfind("\n", window_start, start)
    if newline >= 0:
        window_start = newline + 1
    previous = None
    for token in doc.tokenize_window(window_start, min(len(text), start + 16)):
        if token.start == start:
            return True, token.end
        if token.start > start:
            break
        previous = token
    if window_start == start:
        return True, None
    return previous is not None and text[previous.start:start] in _word_prefixes(), None


def starts_word(doc: Document, start: int, *, glued_prefix: bool = True) -> bool:
    """Whether a word starts at ``start``: วัด in ไข้หวัด or สวน in สอบสวน does not.

    A preposition the tokenizer glues to the word before (ในประเทศ|ไทย, คนไทย) does not count
    against it, unless ``glued_prefix`` is false (บ้าน in ชาวบ้าน must be a word of its own).
    """
    text = doc.text
    if start <= doc.body_start or not thai_letter_at(text, start - 1):
        return True
    prefix = _prefix_at_end().search(text, max(doc.body_start, start - 12), start) if glued_prefix else None
    if prefix is not None and (len(prefix[1]) > 1 or not thai_letter_at(text, prefix[0] - 1)):
        return True  # a cue or function word right before: ...ใน|ประเทศไทย, คน|ไทย
    window_start = max(doc.body_start, start - 12)
    newline = text.rfind("\n", window_start, start)
    if newline >= 0:
        window_start = newline + 1
    previous = None
    for token in doc.tokenize_window(window_start, min(len(text), start + 12)):
        if token.start == start:
            return True
        if token.start > start:
            break
        previous = token
    return glued_prefix and previous is not None and text[previous.start:start] in _word_prefixes()


_STOP_FINDERS: dict[int, re.Pattern] = {}


def _stop_finder(stops: frozenset[str]) -> re.Pattern:
    """Finds any stop word or name-ending punctuation inside a stretch of text (one compiled
    pattern per stop set; callers pass the same few sets, built once)."""
    finder = _STOP_FINDERS.get(id(stops))
    if finder is None:
        finder = _STOP_FINDERS[id(stops)] = compile_words([*stops, *_NAME_PUNCTUATION])
        _KEEP_ALIVE.append(stops)  # the id stays this set's while the set lives
    return finder


_KEEP_ALIVE: list[frozenset[str]] = []


def contains_stop(text: str, start: int, end: int, stops: frozenset[str]) -> bool:
    """Whether ``text[start:end]`` holds a stop word or punctuation anywhere (as a substring:
    a cheap, cautious test that needs no tokenizer)."""
    return _stop_finder(stops).search(text, start, end) is not None


def name_extent(doc: Document, start: int, limit: int, *, stops: frozenset[str], taken: TakenSpans,
                numbered: bool = False, max_tokens: int = 8, glued_tokens: int | None = None,
                glued_after: re.Pattern | None = None) -> tuple[int, bool]:
    """Where a proper name that begins at ``start`` (right after its head word) ends, and
    whether it ends cleanly (at a space, punctuation or the end of the line) rather than running
    straight into the next words.

    The name runs over word tokens until a space, punctuation, a word of ``stops`` (และ, เพื่อ,
    ที่ ...), a ``taken`` span, the end of the line or ``max_tokens`` tokens.
    With ``numbered``, a number after one space belongs to the name (ห้องประชุม 301, ซอย 5).
    With ``glued_tokens``, a name that runs straight into the following words (no space, no
    punctuation after it) keeps only that many tokens: Thai names that are not followed by a
    space are short (สวนสัตว์เขาเขียว|ตายด้วย...); with ``glued_after`` such a name ends, before
    that, right after the last match of the pattern in it (an organisation's name ends with
    its province: สำนักงานพัฒนาชุมชนจังหวัดเพชรบูรณ์|เข้าร่วม).

    >>> from newsstruct import Pipeline
    >>> doc = Pipeline().document("ณ โรงแรมบูรพา อำเภอเมือง")
    >>> end, closed = name_extent(doc, 8, len(doc.text), stops=frozenset(), taken=TakenSpans(doc, ()))
    >>> doc.text[8:end], closed
    ('บูรพา', True)
    """
    text = doc.text
    line_end = text.find("\n", start, limit)
    window_end = min(limit, start + _MAX_NAME_CHARS, limit if line_end < 0 else line_end)
    # A space ends the name (but for a number after it, with ``numbered``): no need to
    # tokenize beyond it.
    space = text.find(" ", start, window_end)
    if space >= 0:
        if numbered:
            number = number_name().match(text, space + 1, window_end)
            window_end = number.end() if number else space + 1
        else:
            window_end = space + 1
    if window_end <= start:
        return start, True
    if not numbered and (space >= 0 or window_end in (limit, line_end)):
        # The common case needs no tokenizer: the name runs to a space (or the end of the
        # line) and no stop word, punctuation or taken span lies inside it.
        core_end = window_end - 1 if space >= 0 else window_end
        if core_end - start <= _FAST_NAME_CHARS and not _stop_finder(stops).search(text, start, core_end) \
                and not taken.overlaps(start, core_end):
            return core_end, True
    tokens = doc.tokenize_window(start, window_end)
    # one look at the taken spans for the whole window; token by token only when one is near
    taken_near = taken.overlaps(start, window_end)
    ends: list[int] = []
    closed = True  # the name stopped at a space, punctuation or the end of the window
    for index, token in enumerate(tokens):
        piece = token.text
        if piece.isspace():
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            if numbered and following is not None and number_name().fullmatch(following.text) \
                    and not (taken_near and taken.overlaps(following.start, following.end)):
                ends.append(following.end)
            break
        if piece[0] in _NAME_PUNCTUATION:
            break
        # A stop word right after a single letter is a piece of a word the tokenizer does not
        # know (อ|มา|รี of อมารี), not a stop.
        broken_word = piece in stops and ends and ends[-1] - start < 2
        if (piece in stops and not broken_word) or (taken_near and taken.overlaps(token.start, token.end)) \
                or len(ends) >= max_tokens:
            closed = False
            break
        ends.append(token.end)
    else:
        closed = window_end in (limit, line_end) or text[window_end - 1] == " "
    if not ends:
        return start, closed
    if not closed and glued_after is not None:
        last = None
        for last in glued_after.finditer(text, start, ends[-1]):
            pass
        if last is not None:
            return last.end(), closed
    if not closed and glued_tokens is not None and len(ends) > glued_tokens:
        return ends[glued_tokens - 1], closed
    return ends[-1], closed


def name_end(doc: Document, start: int, limit: int, **options) -> int:
    """Where a proper name that begins at ``start`` ends (see :func:`name_extent`)."""
    return name_extent(doc, start, limit, **options)[0]
