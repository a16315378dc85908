"""The lexicon loader's trie builder: longest words first, guards, pattern pieces."""

from __future__ import annotations

import re

import pytest
import regex

from newsstruct.lexicon import trie_pattern

CASES = [
    # (words, guards, text, what the pattern finds)
    (["ชน", "ชนท้าย", "จับกุม"], None, "รถชนท้ายกัน ตำรวจจับกุม", ["ชนท้าย", "จับกุม"]),
    (["มีนา", "มีนาคม"], None, "เดือนมีนาคมและมีนา", ["มีนาคม", "มีนา"]),
    # a guard keeps ก.พ. from being the start of ก.พ.ร.
    (["ก.พ.", "ก.พ.ร."], {"ก.พ.": r"(?!\p{Thai}\.)"}, "ก.พ.ร. กับ ก.พ.ส. และ ก.พ. 63", ["ก.พ.ร.", "ก.พ."]),
    # a word may carry a guard while a longer word goes on from it
    (["ชม", "ชมพู"], {"ชม": r"(?!\p{Thai})"}, "สีชมพู ใช้เวลา 2 ชม ชมวิว", ["ชมพู", "ชม"]),
]


@pytest.mark.parametrize(("words", "guards", "text", "found"), CASES)
def test_trie_pattern_finds_the_longest_guarded_word(words, guards, text, found) -> None:
    assert regex.findall(trie_pattern(words, guards=guards), text) == found


def test_pieces_let_a_dot_take_a_space() -> None:
    def dotted(word: str) -> list[str]:
        return [r"\. ?" if char == "." else re.escape(char) for char in word]

    pattern = regex.compile(trie_pattern(["พ.ย."], pieces=dotted))
    assert [bool(pattern.fullmatch(text)) for text in ("พ.ย.", "พ. ย. ", "พ ย")] == [True, True, False]


def test_plain_words_suit_the_standard_library_and_never_match_nothing() -> None:
    pattern = re.compile(trie_pattern(["ปี", "ปีนี้", "ปีหน้า"]))
    assert pattern.match("") is None and pattern.match("x") is None


def test_an_empty_word_is_refused() -> None:
    with pytest.raises(ValueError):
        trie_pattern(["ปี", ""])
