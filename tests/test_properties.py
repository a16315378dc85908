"""Whole-parse properties on arbitrary input: no exception, exact offsets, deterministic output."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsstruct

from conftest import assert_offsets

_THAI_PIECES = [
    "วันที่ ", "26 ", "กุมภาพันธ์ ", "ก.พ.", "2563", "๒๕๖๓", "๑๒", "เวลา ", "9:00 น.", "09.00-12.00 น.",
    "ณ ", "ห้องรัศมี ", "โรงแรม", "อำเภอเมือง ", "จังหวัดเพชรบูรณ์", "ต.", "อ.", "จ.", "นาย", "นายอำเภอ",
    "พ.ต.ท.", "หาญ สมุทร์", "ร.ต.อ", "96 คน", "1,250,000บาท", "2 ล้าน", "ครั้งที่ 3", "20 ปี",
    "หัวข้อ : ", "โดย : ", "อ่าน : 39\n", "พิมพ์\n", " : ข่าว", "\u00a0", "\u200b", "\ufeff", "\r\n", "\n",
    "  ", ".", "/", "-", ":", "เเ", "ํา", "่", "ั",
]
thai_heavy = st.lists(st.sampled_from(_THAI_PIECES), max_size=60).map("".join)
adversarial = st.lists(st.sampled_from(["1", "9", ".", "/", "-", " ", ":", "๑", "ก.พ.", "พ.ศ."]), max_size=300).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=300), thai_heavy, adversarial))
def test_parse_never_raises_and_offsets_are_exact(text: str) -> None:
    article = newsstruct.parse(text)
    assert_offsets(article, text)
    assert newsstruct.dumps(newsstruct.parse(text)) == newsstruct.dumps(article)


@settings(max_examples=40, deadline=None)
@given(thai_heavy, st.dates().map(lambda d: d.isoformat()))
def test_published_reference_never_breaks_parsing(text: str, published: str) -> None:
    article = newsstruct.parse(text, published=published)
    assert article.metadata.published == published
    assert_offsets(article, text)


def test_examples_offsets(pipeline) -> None:
    from conftest import EXAMPLES

    for path in EXAMPLES.glob("*.txt"):
        text = path.read_text(encoding="utf-8")
        assert_offsets(pipeline.parse(text), text)
