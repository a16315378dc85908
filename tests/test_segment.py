"""Header, dateline, headline, byline and body of scraped and plain articles."""

from __future__ import annotations

from pathlib import Path

import newsstruct
from newsstruct.normalize import normalize
from newsstruct.segment import segment

from conftest import EXAMPLES

# A page in the shape scraped provincial news takes (our own text).
SCRAPED = (
    "หมวดหมู่ : ข่าวท้องถิ่นน่าน\n"
    "หัวข้อ : เทศบาลเมืองน่านจัดกิจกรรมปลูกต้นไม้\n"
    "โดย : ฝ่ายข่าว\n"
    "อ่าน : 1,204\n"
    "ศุกร์ ที่ 5 เดือน มิถุนายน พ.ศ.2563\n"
    "พิมพ์\u00a0\n"
    "\n"
    "เทศบาลเมืองน่านจัดกิจกรรมปลูกต้นไม้\n"
    "วันที่ 5 มิถุนายน 2563 เทศบาลเมืองน่านจัดกิจกรรมปลูกต้นไม้ริมแม่น้ำน่าน\n"
    "สมหญิง  ใจงาม  :  ข่าว"
)


def test_scraped_header_fills_metadata() -> None:
    article = newsstruct.parse(SCRAPED)
    meta = article.metadata
    assert meta.category == "ข่าวท้องถิ่นน่าน"
    assert meta.headline == "เทศบาลเมืองน่านจัดกิจกรรมปลูกต้นไม้"
    assert meta.author == "ฝ่ายข่าว"
    assert meta.read_count == 1204
    assert meta.published == "2020-06-05"
    assert meta.published_source == "dateline"
    assert meta.dateline is not None and meta.dateline.weekday_agrees is True
    assert meta.reporter == "สมหญิง ใจงาม"


def test_header_and_byline_are_not_body() -> None:
    norm = normalize(SCRAPED)
    seg = segment(norm.text)
    body = norm.text[seg.body_start:seg.body_end]
    assert body.startswith("เทศบาลเมืองน่านจัดกิจกรรมปลูกต้นไม้\nวันที่")
    assert "ฝ่ายข่าว" not in body and "สมหญิง" not in body
    # The header's dateline is metadata, the body's date a mention.
    article = newsstruct.parse(SCRAPED)
    assert [d.text for d in article.dates] == ["5 มิถุนายน 2563"]


def test_callers_published_date_wins_over_dateline() -> None:
    meta = newsstruct.parse(SCRAPED, published="2020-06-06").metadata
    assert (meta.published, meta.published_source) == ("2020-06-06", "caller")


def test_headline_and_body_without_header() -> None:
    text = "ฝนตกหนักทั่วกรุง\nเมื่อวันที่ 3 ส.ค. 63 ฝนตกหนักในหลายเขต"
    meta = newsstruct.parse(text).metadata
    assert meta.headline == "ฝนตกหนักทั่วกรุง"
    assert meta.category is None and meta.published is None and meta.reporter is None


def test_body_only() -> None:
    article = newsstruct.parse("เมื่อวันที่ 3 ส.ค. 63 ฝนตกหนักในหลายเขตของกรุงเทพมหานคร")
    assert article.metadata.headline is None
    assert [d.value for d in article.dates] == ["2020-08-03"]


def test_a_date_in_the_first_line_of_plain_text_is_not_a_dateline() -> None:
    article = newsstruct.parse("วันที่ 3 ส.ค. 63 ฝนตกหนัก")
    assert article.metadata.dateline is None and article.metadata.published is None


def test_byline_with_cue_first() -> None:
    text = "ข่าวเช้า\nเนื้อข่าวบรรทัดแรก\nข่าว/ภาพ : สมปอง  ดีงาม"
    assert newsstruct.parse(text).metadata.reporter == "สมปอง ดีงาม"


def test_sentences_split_at_lines_and_wide_gaps(pipeline: newsstruct.Pipeline) -> None:
    doc = pipeline.document("ประโยคแรก มีคำ  ประโยคที่สอง\nบรรทัดใหม่")
    assert [doc.text[s:e] for s, e in doc.sentences] == ["ประโยคแรก มีคำ", "ประโยคที่สอง", "บรรทัดใหม่"]


def test_tokens_cover_the_body(pipeline: newsstruct.Pipeline) -> None:
    doc = pipeline.document("หัวข้อ : ทดสอบ\nโดย : ฝ่ายข่าว\n\nณ ห้องประชุมใหญ่ 9:00 น.")
    assert "".join(token.text for token in doc.tokens) == "ณ ห้องประชุมใหญ่ 9:00 น."
    for token in doc.tokens:
        assert doc.text[token.start:token.end] == token.text


def test_seed_article_metadata(seed_text: str) -> None:
    meta = newsstruct.parse(seed_text).metadata
    assert meta.category == "ข่าวท้องถิ่นเพชรบูรณ์บ้านเรา"
    assert meta.headline == "พัฒนาชุมชนจังหวัดเพชรบูรณ์ โครงการเพชรบูรณ์คูณสุข 2020"
    assert meta.author == "ฝ่ายข่าว"
    assert meta.read_count == 39
    assert meta.published == "2020-02-26"
    assert meta.reporter == "พรสวรรค์ อุทัยวงศ์"


def test_example_pr_article_header() -> None:
    article = newsstruct.parse_file(Path(EXAMPLES / "pr-nakhonsawan-training.txt"))
    assert article.id == "pr-nakhonsawan-training"
    assert article.metadata.published == "2020-03-09"
    assert article.metadata.reporter == "ชนิดา บุญมา"
    assert article.metadata.read_count == 128
