"""Header, dateline, headline, byline and body of scraped and plain articles."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsstruct
from newsstruct.normalize import normalize
from newsstruct.segment import segment

from conftest import EXAMPLES, seed_header_value

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
    assert meta.headline == seed_header_value(seed_text, "หัวข้อ")
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


# -- a dateline opening the first paragraph -----------------------------------------------------

BODY_DATELINES = [
    # (text, published, the dateline's date mention)
    ("ทำเนียบรัฐบาล 18 ก.พ.63 – รองนายกรัฐมนตรีนำคณะตรวจงบประมาณโครงการ", "2020-02-18", "18 ก.พ.63"),
    ("กรุงเทพฯ 9 ม.ค. 2564 - กรมอุตุนิยมวิทยาประกาศเตือนฝนตกหนัก", "2021-01-09", "9 ม.ค. 2564"),
    ("จ.ลำปาง 12 ส.ค.62-ชาวบ้านกว่า 200 คนรวมตัวกันที่หน้าศาลากลาง", "2019-08-12", "12 ส.ค.62"),
    ("ขอนแก่น14 มิ.ย. 61 – นักศึกษาแพทย์ออกหน่วยบริการ", "2018-06-14", "14 มิ.ย. 61"),
    ("21 ต.ค.63- ผู้ว่าราชการจังหวัดตรวจเยี่ยมพื้นที่น้ำท่วม", "2020-10-21", "21 ต.ค.63"),
    # a headline above it
    ("ฝนถล่มเมืองเลย\nเลย 3 ก.ย. 2563 – ฝนตกหนักต่อเนื่องทั้งคืน", "2020-09-03", "3 ก.ย. 2563"),
    # no year: the year of the article's first full date
    (
        "กรุงเทพฯ 5 มี.ค. - กรมอุตุนิยมวิทยาคาดว่าในวันที่ 7 มี.ค. 2563 จะมีฝนตกหนัก",
        "2020-03-05",
        "5 มี.ค.",
    ),
    ("ภูเก็ต 30 ธ.ค. - นักท่องเที่ยวแน่นหาดป่าตองก่อนวันที่ 1 ม.ค. 2564", "2020-12-30", "30 ธ.ค."),
]


@pytest.mark.parametrize(("text", "published", "mention"), BODY_DATELINES)
def test_body_dateline_dates_the_article(text: str, published: str, mention: str) -> None:
    article = newsstruct.parse(text)
    assert (article.metadata.published, article.metadata.published_source) == (published, "body_dateline")
    assert article.metadata.dateline is None  # the date stays a body mention
    assert article.dates[0].text == mention and article.dates[0].value == published


def test_body_dateline_resolves_relative_dates() -> None:
    dates = newsstruct.parse("ทำเนียบรัฐบาล 18 ก.พ.63 – เมื่อวานนี้ นายกรัฐมนตรีลงพื้นที่").dates
    assert [(d.text, d.value) for d in dates] == [("18 ก.พ.63", "2020-02-18"), ("เมื่อวานนี้", "2020-02-17")]


NOT_BODY_DATELINES = [
    "กรุงเทพฯ 5 มี.ค. - กรมอุตุนิยมวิทยาประกาศเตือนฝนตกหนัก",  # no year anywhere
    "14 ต.ค.-9 พ.ย. 2565 กรมชลประทานเร่งระบายน้ำทุกเขื่อน",  # a range
    "นายสมชายเปิดเผยว่า นับจากวันที่ 12 ม.ค. 2565 - ปัจจุบัน มีผู้ป่วยเพิ่ม",  # a sentence
    "เมื่อวันที่ 3 ส.ค. 2563 – ฝนตกหนัก",  # the date of an event
    "กรุงเทพฯ 5 มี.ค. 2563 กรมอุตุนิยมวิทยาประกาศเตือน",  # no dash
    "ฝนตกหนักทั่วกรุง\nเนื้อข่าว\nกรุงเทพฯ 5 มี.ค. 2563 – ย่อหน้าที่สาม",  # not the first paragraph
]


@pytest.mark.parametrize("text", NOT_BODY_DATELINES)
def test_not_a_body_dateline(text: str) -> None:
    assert newsstruct.parse(text).metadata.published_source is None


def test_header_dateline_and_caller_win_over_a_body_dateline() -> None:
    text = SCRAPED.replace("วันที่ 5 มิถุนายน 2563 เทศบาล", "น่าน 4 มิ.ย. 63 – เทศบาล")
    assert (newsstruct.parse(text).metadata.published_source) == "dateline"
    body_only = "ทำเนียบรัฐบาล 18 ก.พ.63 – นายกรัฐมนตรีเป็นประธาน"
    meta = newsstruct.parse(body_only, published="2020-02-19").metadata
    assert (meta.published, meta.published_source) == ("2020-02-19", "caller")


def test_direct_tokenizer_matches_word_tokenize() -> None:
    from pythainlp.tokenize import word_tokenize

    from newsstruct.tokens import default_engine, make_tokenizer

    tokenize = make_tokenizer()
    for text in ["ณ ห้องประชุม 9:00 น. ประชาชน 1,250,000 บาท", "ราคา 2.5 ล้าน", "", "  ", "abc 12.30น."]:
        assert tokenize(text) == word_tokenize(text, engine=default_engine(), keep_whitespace=True)
