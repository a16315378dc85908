"""Finding any of many literal words: where one begins (a trie pattern) or what a stretch ends with.

:func:`compile_words` compiles the project's trie (:func:`newsstruct.lexicon.trie_pattern`) with
the standard library's ``re``: a plain alternation of a few thousand words makes the regex
engine try each word in turn at every position, while the trie shares common beginnings.
Alternatives are greedy, so the longest word wins.  A trie of literals has no repetition at
all, so it cannot backtrack badly, and ``re`` scans it about five times faster than ``regex``.

    >>> compile_words(["จ.", "จังหวัด", "จังหวัดชายแดนภาคใต้"]).match("จังหวัดเลย").group()
    'จังหวัด'

:class:`WordsAtEnd` asks which word a stretch of text ends with (the cue before a name: ณ, ที่,
ใน ...).  A pattern anchored at the end would be tried at every position of the stretch;
looking up the few lengths of the words that end with its last letter answers at once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..lexicon import trie_pattern

__all__ = ["compile_words", "WordsAtEnd"]


def compile_words(words: Iterable[str]) -> re.Pattern:
    """A compiled pattern (stdlib ``re``) that finds any of ``words``, the longest at each start."""
    words = list(words)
    if not words:
        raise ValueError("a trie pattern needs at least one word")
    return re.compile(trie_pattern(words))


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
