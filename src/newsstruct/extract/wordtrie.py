"""Finding any of many literal words: where one begins (a trie pattern) or what a stretch ends with.

:func:`compile_words` compiles the project's trie (:func:`newsstruct.lexicon.trie_pattern`) with
the standard library's ``re``: a plain alternation of a few thousand words makes the regex
engine try each word in turn at every position, while the trie shares common beginnings.
Alternatives are greedy, so the longest word wins.  A trie of literals has no repetition at
all, so it cannot backtrack badly, and ``re`` scans it about five times faster than ``regex``.

    >>> compile_words(["จ.", "จังหวัด", "จังหวัดชายแดนภาคใต้"]).match("จังหวัดเลย").group()
    'จังหวัด'

:class:`WordFinder` answers the same searches for a scanner that reads a whole text from left to
right.  With ``ahocorasick_rs`` installed (the ``fast`` extra) it lists the words of the text in
one Aho-Corasick pass, several times faster than the pattern steps through it, and answers each
search from the list; without it, the pattern answers.  Both give the same words.

:class:`WordsAtEnd` asks which word a stretch of text ends with (the cue before a name: ณ, ที่,
ใน ...).  A pattern anchored at the end would be tried at every position of the stretch;
looking up the few lengths of the words that end with its last letter answers at once.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from ..lexicon import trie_pattern

try:
    import ahocorasick_rs
except ImportError:  # the `fast` extra is not installed: the trie pattern finds every word
    ahocorasick_rs = None

__all__ = ["compile_words", "WordFinder", "FoundWords", "WordsAtEnd"]


def compile_words(words: Iterable[str]) -> re.Pattern:
    """A compiled pattern (stdlib ``re``) that finds any of ``words``, the longest at each start."""
    words = list(words)
    if not words:
        raise ValueError("a trie pattern needs at least one word")
    return re.compile(trie_pattern(words))


class WordFinder:
    """Finds any of ``words`` in a text read from left to right: from any position, the first
    word that begins there or later, the longest one beginning there (as ``pattern.search``).

    >>> words = WordFinder(["จ.", "จังหวัด", "หวัด"]).read("ที่จังหวัดเลย จ.น่าน", 0, 20)
    >>> words.search(0), words.search(4), words.search(11)
    ((3, 10), (6, 10), (14, 16))
    """

    __slots__ = ("pattern", "_automaton")

    def __init__(self, words: Iterable[str], *, automaton: bool = True) -> None:
        words = list(words)
        self.pattern = compile_words(words)
        # Leftmost-longest Aho-Corasick finds the words the pattern finds going from one word's
        # end to the next word (what ``pattern.finditer`` returns).
        self._automaton = (ahocorasick_rs.AhoCorasick(words, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
                           if automaton and ahocorasick_rs is not None else None)

    def read(self, text: str, start: int, end: int) -> FoundWords:
        """The words of ``text[start:end]``, for :meth:`FoundWords.search`."""
        return FoundWords(self, text, start, end)


class FoundWords:
    """The words a :class:`WordFinder` finds in one stretch of text."""

    __slots__ = ("_pattern", "_text", "_end", "_starts", "_ends")

    def __init__(self, finder: WordFinder, text: str, start: int, end: int) -> None:
        self._pattern, self._text, self._end = finder.pattern, text, end
        self._starts: list[int] | None = None
        self._ends: list[int] = []
        if finder._automaton is not None:
            found = finder._automaton.find_matches_as_indexes(text[start:end])
            if not found:
                self._starts = []  # (most texts hold none of the words)
            elif start:
                self._starts = [start + word_start for _, word_start, _ in found]
                self._ends = [start + word_end for _, _, word_end in found]
            else:
                _, starts, ends = zip(*found)
                self._starts, self._ends = list(starts), list(ends)

    def search(self, position: int) -> tuple[int, int] | None:
        """The span of the first word that begins at ``position`` or later (the longest there),
        or None: the span of ``pattern.search(text, position, end)``."""
        if self._starts is not None:
            index = bisect.bisect_left(self._starts, position)
            # No word begins between the end of a listed word and the next listed word, so the
            # list answers unless the position lies inside a listed word (a reader stepping
            # back into the word it just read): a shorter word may begin there.
            if not index or self._ends[index - 1] <= position:
                return (self._starts[index], self._ends[index]) if index < len(self._starts) else None
        match = self._pattern.search(self._text, position, self._end)
        return None if match is None else match.span()


class WordsAtEnd:
    """Which of ``words`` a searched stretch of text ends with, with one space after it when
    ``space``: :meth:`search` asks what word ``text[start:end]`` ends with.

    >>> WordsAtEnd(["ณ", "ที่"], space=True).search("ประชุม ณ ", 0, 9)
    (7, 'ณ ')
    >>> WordsAtEnd(["ที่", "หน้าที่"]).search("เจ้าหน้าที่", 0, 11)
    (4, 'หน้าที่')
    """

    __slots__ = ("_words", "_lengths", "_space")

    def __init__(self, words: Iterable[str], *, space: bool = False) -> None:
        self._words = frozenset(words)
        if not self._words or "" in self._words:
            raise ValueError("words at the end need at least one word, and no empty one")
        lengths: dict[str, set[int]] = {}
        for word in self._words:
            lengths.setdefault(word[-1], set()).add(len(word))
        # the lengths of the words ending with each letter, longest first
        self._lengths = {last: tuple(sorted(found, reverse=True)) for last, found in lengths.items()}
        self._space = space

    def search(self, text: str, start: int, end: int) -> tuple[int, str] | None:
        """The word ``text[start:end]`` ends with (the longest, which begins first), as its
        start and the text from there to ``end`` (the space after it included), or None.

        The same answer as searching ``text[start:end]`` for the words followed by ``\\Z``.
        """
        found = None
        ends = (end, end - 1) if self._space and end > start and text[end - 1] == " " else (end,)
        for word_end in ends:
            if word_end <= start:
                continue
            for length in self._lengths.get(text[word_end - 1], ()):
                word_start = word_end - length
                if word_start >= start and text[word_start:word_end] in self._words:
                    if found is None or word_start < found:
                        found = word_start
                    break
        return None if found is None else (found, text[found:end])
