"""Word finders shared by the place and organisation extractors (extract/wordtrie.py).

Each must answer exactly as the plain regular expression it stands for: a trie finds the
longest word at the first place one begins; WordFinder answers the trie's searches from any
position, with or without its Aho-Corasick list; WordsAtEnd finds the word a stretch ends with
(the one that begins first), as ``search`` with the words followed by ``\\Z`` would.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsstruct.extract import wordtrie
from newsstruct.extract.wordtrie import WordFinder, WordsAtEnd, compile_words

LETTERS = "กขคณท "
WORDS = st.lists(st.text(LETTERS[:-1], min_size=1, max_size=4), min_size=1, max_size=8)


def _alternation(words: list[str]) -> str:
    return "|".join(map(re.escape, sorted(set(words), key=len, reverse=True)))


@given(WORDS, st.text(LETTERS, max_size=20))
def test_trie_finds_what_a_longest_first_alternation_finds(words: list[str], text: str) -> None:
    expected = [m.span() for m in re.finditer(_alternation(words), text)]
    assert [m.span() for m in compile_words(words).finditer(text)] == expected


@pytest.mark.parametrize("automaton", [True, False])
@given(words=WORDS, text=st.text(LETTERS, max_size=30), data=st.data())
def test_word_finder_searches_as_the_trie_does(automaton: bool, words: list[str], text: str, data) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    finder = WordFinder(words, automaton=automaton)
    found = finder.read(text, start, end)
    # a reader goes forward from wherever it likes, stepping back into a word it read too
    position = start
    while position < end:
        match = finder.pattern.search(text, position, end)
        assert found.search(position) == (None if match is None else match.span())
        position = data.draw(st.integers(position + 1, end))


def test_word_finder_without_the_fast_extra(monkeypatch) -> None:
    monkeypatch.setattr(wordtrie, "ahocorasick_rs", None)
    found = WordFinder(["จ.", "จังหวัด", "หวัด"]).read("ที่จังหวัดเลย จ.น่าน", 0, 20)
    assert [found.search(at) for at in (0, 4, 11, 17)] == [(3, 10), (6, 10), (14, 16), None]


@given(WORDS, st.text(LETTERS, max_size=20), st.booleans(), st.data())
def test_words_at_end_answer_as_an_anchored_search(words: list[str], text: str, space: bool, data) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    pattern = re.compile(f"(?:{_alternation(words)})" + ("(?: )?" if space else "") + r"\Z")
    match = pattern.search(text, start, end)
    expected = None if match is None else (match.start(), match.group())
    assert WordsAtEnd(words, space=space).search(text, start, end) == expected


@pytest.mark.parametrize(("words", "space", "text", "expected"), [
    (["ณ", "ที่"], True, "ประชุม ณ ", (7, "ณ ")),
    (["ณ", "ที่"], True, "ประชุม ณ", (7, "ณ")),
    (["ที่", "หน้าที่"], False, "เจ้าหน้าที่", (4, "หน้าที่")),  # the longer word, which begins first
    (["ที่"], False, "ที่ประชุม", None),  # the word must end the stretch
    (["ณ"], False, "ประชุม ณ ", None),  # no space after it unless asked
])
def test_words_at_end(words: list[str], space: bool, text: str, expected: tuple[int, str] | None) -> None:
    assert WordsAtEnd(words, space=space).search(text, 0, len(text)) == expected


def test_no_empty_word_lists() -> None:
    with pytest.raises(ValueError):
        compile_words([])
    with pytest.raises(ValueError):
        WordsAtEnd([])
