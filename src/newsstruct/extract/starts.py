"""Where a date, a time or a duration can begin: one scan of a text finds the places of all three.

Each of these extractors tries its large pattern (``regex``) only where a cheap *trigger* says a
mention of its kind can begin.  A trigger is a plain pattern for the standard library's engine,
which scans text several times faster than ``regex`` tries a large pattern at every position.  It
may let through what the full pattern refuses, never the other way round, so the mentions found
are the same as with the full pattern tried everywhere.

A trigger has two parts: what must follow the first digit of a mention that begins with a digit
(``26 ก.พ.``, ``09.30 น.``, ``3 ปี``; no mention begins inside a run of digits), and the words a
mention can begin with, each with a guard that must hold after it (``มีนาคม``, ``ก.พ.`` not
before another letter and dot, ``ตี`` before a number).  The triggers of the three kinds are
scanned together, digits in one pass and words in another: each pass opens with one kind of
character (a digit; one of the letters the words begin with), which the engine skips to quickly.
The digit pass consumes only the digit (the rest is looked ahead for), so that ``finditer`` misses
no start; the word pass goes on from the letter after each start it finds, for the same reason.
The result is kept for the last text scanned, since the pipeline runs the three extractors over one
document in a row.

    >>> trigger_starts("times", "ประชุม 26 ก.พ. เวลา 09.30 น. นาน 3 ชั่วโมง", 0, 40)
    [20]
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from ..lexicon import trie_pattern

__all__ = ["Trigger", "WordEntry", "word_trigger", "trigger_starts", "KINDS"]

KINDS = ("dates", "times", "durations")

# A word a mention can begin with, as its pattern pieces (one per letter: see
# lexicon.trie_pattern), and the guard that must hold after it ("" for none).
WordEntry = tuple[Sequence[str], str]


class Trigger(NamedTuple):
    """Where a mention of one kind can begin."""

    digits: str  # what must follow the first digit of a run of digits a mention begins with ("": none does)
    words: tuple[WordEntry, ...]  # words a mention can begin with, and their guards


def word_trigger(words: Iterable[WordEntry]) -> str:
    """A pattern for the standard library's engine matching any of ``words`` followed by its guard
    (a word given twice is let through by either guard), as a trie: its alternatives open with the
    letters the words begin with.

    >>> pattern = re.compile(word_trigger([(list("วันนี้"), ""), (list("วันที่"), "(?= ?3)")]))
    >>> [m.start() for m in pattern.finditer("วันที่ 3 และวันนี้ วันที่ 4")]
    [0, 12]
    """
    guards: dict[tuple[str, ...], str] = {}
    for pieces, guard in words:
        key = tuple(pieces)
        known = guards.get(key)
        guards[key] = guard if known is None else "" if "" in (known, guard) else f"(?:{known}|{guard})"
    return trie_pattern(guards, guards=guards, pieces=lambda pieces: pieces)


class _Scanners(NamedTuple):
    # Where a mention of any kind can begin with a digit; the group that closes last names the
    # first kind (in KINDS order) whose trigger holds there.
    any_digit: re.Pattern
    digit_after: dict[str, tuple[tuple[str, re.Pattern], ...]]  # the kinds after it and their triggers
    any_word: re.Pattern  # where a mention of any kind can begin with a word
    # For each first letter of a word: the kinds with words beginning with it and their triggers.
    word_kinds: dict[str, tuple[tuple[str, re.Pattern], ...]]


@functools.cache
def _scanners() -> _Scanners:
    """The triggers of the three kinds, compiled together and apart."""
    from . import dates, durations, times  # (they import this module)

    triggers = {"dates": dates.trigger(), "times": times.trigger(), "durations": durations.trigger()}
    digits = {kind: trigger.digits for kind, trigger in triggers.items() if trigger.digits}
    digit_triggers = [(kind, re.compile(rf"\d(?<!\d\d)(?:{rest})")) for kind, rest in digits.items()]
    word_kinds: dict[str, list[tuple[str, re.Pattern]]] = {}
    for kind, trigger in triggers.items():
        if not trigger.words:
            continue
        pattern = re.compile(word_trigger(trigger.words))
        # (a first piece is one letter, maybe escaped)
        for letter in sorted({re.sub(r"\\(.)", r"\1", pieces[0]) for pieces, _ in trigger.words}):
            word_kinds.setdefault(letter, []).append((kind, pattern))
    return _Scanners(
        any_digit=re.compile(r"\d(?<!\d\d)(?:" + "|".join(f"(?:{rest})(?P<{kind}>)" for kind, rest in digits.items()) + ")"),
        digit_after={kind: tuple(digit_triggers[index + 1 :]) for index, (kind, _) in enumerate(digit_triggers)},
        any_word=re.compile(word_trigger(entry for trigger in triggers.values() for entry in trigger.words)),
        word_kinds={letter: tuple(kinds) for letter, kinds in word_kinds.items()},
    )


# The last text scanned: (text, pos, endpos, starts of each kind).
_last: tuple[str, int, int, dict[str, list[int]]] | None = None


def trigger_starts(kind: str, text: str, pos: int, endpos: int) -> list[int]:
    """Where a mention of ``kind`` (``"dates"``, ``"times"``, ``"durations"``) can begin in
    ``text[pos:endpos]``, in order.  The list is shared: do not change it."""
    global _last
    last = _last
    if last is not None and last[0] is text and last[1] == pos and last[2] == endpos:
        return last[3][kind]
    scanners = _scanners()
    starts: dict[str, list[int]] = {each: [] for each in KINDS}
    for hit in scanners.any_digit.finditer(text, pos, endpos):
        start = hit.start()
        starts[hit.lastgroup].append(start)
        for later_kind, trigger in scanners.digit_after[hit.lastgroup]:  # (earlier kinds failed there)
            if trigger.match(text, start, endpos):
                starts[later_kind].append(start)
    search, position = scanners.any_word.search, pos
    while (hit := search(text, position, endpos)) is not None:
        start = position = hit.start()
        position += 1  # (a word may begin inside the one just found)
        kinds = scanners.word_kinds[text[start]]
        if len(kinds) == 1:  # the only kind with words beginning with this letter
            starts[kinds[0][0]].append(start)
            continue
        for word_kind, trigger in kinds:
            if trigger.match(text, start, endpos):
                starts[word_kind].append(start)
    for kind_starts in starts.values():
        kind_starts.sort()
    _last = (text, pos, endpos, starts)
    return starts[kind]
