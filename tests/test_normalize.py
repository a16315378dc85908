"""Normalisation: what it changes, and that every span maps back to the original exactly."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsstruct.normalize import normalize

CASES = [
    # (original, normalised) — each line one rule
    ("วันที่ ๒๖ ก.พ. ๒๕๖๓", "วันที่ 26 ก.พ. 2563"),  # Thai digits
    ("เวลา\u00a09:00\u00a0น.", "เวลา 9:00 น."),  # no-break spaces
    ("ณ  ห้องประชุม   ใหญ่", "ณ ห้องประชุม ใหญ่"),  # runs of spaces
    ("นาย\u200bสมชาย", "นายสมชาย"),  # zero-width space
    ("\ufeffข่าว", "ข่าว"),  # stray BOM
    ("บรรทัด\r\nใหม่\rอีก", "บรรทัด\nใหม่\nอีก"),  # CR LF and lone CR
    ("เเม่น้ำ", "แม่น้ำ"),  # two SARA E typed for SARA AE
    ("ทํางาน", "ทำงาน"),  # NIKHAHIT + SARA AA
    ("ดีี", "ดี"),  # a vowel typed twice
    ("cafe\u0301", "café"),  # NFC
    ("ข่าว\tด่วน", "ข่าว ด่วน"),  # tab
]


@pytest.mark.parametrize(("original", "expected"), CASES)
def test_normalises(original: str, expected: str) -> None:
    assert normalize(original).text == expected


def test_untouched_text_is_identity() -> None:
    norm = normalize("ข่าวท้องถิ่น 2563")
    assert norm.is_identity and norm.text == "ข่าวท้องถิ่น 2563"


def test_span_maps_back_over_collapsed_spaces() -> None:
    original = "ณ\u00a0\u00a0ห้องรัศมี  โรงแรม"
    norm = normalize(original)
    start = norm.text.index("ห้องรัศมี")
    orig_start, orig_end = norm.to_original(start, start + len("ห้องรัศมี"))
    assert original[orig_start:orig_end] == "ห้องรัศมี"
    whole = norm.to_original(0, len(norm.text))
    assert whole == (0, len(original))


def test_span_excludes_deleted_characters_at_its_edges() -> None:
    original = "\u200bนายสมชาย\u200b ใจดี"
    norm = normalize(original)
    start, end = norm.to_original(0, len("นายสมชาย"))
    assert original[start:end] == "นายสมชาย"


thai_heavy = st.text(
    alphabet=st.sampled_from(list("กขคงจนมยรลวสหอะาิีึืุูเแโใไ่้๊๋็ํ์ัำ๐๑๒๓๔๕๖๗๘๙0123456789 .:/-\n\r\t\u00a0\u200b\ufeffเเ")),
    max_size=200,
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=200), thai_heavy))
def test_every_span_maps_inside_the_original(original: str) -> None:
    norm = normalize(original)
    n = len(norm.text)
    for start in range(0, n, 3):
        for end in range(start + 1, min(n, start + 12) + 1):
            orig_start, orig_end = norm.to_original(start, end)
            assert 0 <= orig_start < orig_end <= len(original)
            # Later spans never start earlier in the original (a span may only share an
            # original character sequence that normalisation replaced as a whole).
            if end < n:
                assert norm.to_original(end, end + 1)[0] >= orig_start


@settings(max_examples=200, deadline=None)
@given(thai_heavy)
def test_normalising_is_idempotent(original: str) -> None:
    once = normalize(original).text
    assert normalize(once).text == once
