"""Dates: every written form, eras, weekdays, missing years, ranges, fiscal and relative dates,
and what is not a date.  Sentences are our own, modelled on Thai news."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsstruct
from newsstruct.extract.dates import scan_dates

from conftest import assert_offsets


def _dates(text: str, published: str | None = None) -> list[tuple[str, str | None]]:
    article = newsstruct.parse(text, published=published)
    assert_offsets(article, text)
    return [(d.text, d.value) for d in article.dates]


# (text, publication date or None, [(mention text, value), ...])
FORMS = [
    ("ประชุมเมื่อวันที่ 26 กุมภาพันธ์ 2563 ที่ศาลากลาง", None, [("26 กุมภาพันธ์ 2563", "2020-02-26")]),
    ("เกิดเหตุเมื่อ 26 ก.พ. 63 ช่วงดึก", None, [("26 ก.พ. 63", "2020-02-26")]),
    ("เกิดเหตุเมื่อ 26 ก.พ.63 ช่วงดึก", None, [("26 ก.พ.63", "2020-02-26")]),
    ("ตำรวจรับแจ้งเมื่อ 3 มค.61 เวลาเช้า", None, [("3 มค.61", "2018-01-03")]),
    ("ปิดรับสมัคร 30 มิ.ย 61 นี้", None, [("30 มิ.ย 61", "2018-06-30")]),
    ("เลื่อนเป็น 7 พ. ย. 2562", None, [("7 พ. ย. 2562", "2019-11-07")]),
    ("นายกฯลงพื้นที่12มี.ค.2562ที่จังหวัดเลย", None, [("12มี.ค.2562", "2019-03-12")]),
    ("งานจัดวันที่๑๒ สิงหาคม ๒๕๖๔ ที่สวนหลวง", None, [("๑๒ สิงหาคม ๒๕๖๔", "2021-08-12")]),
    ("งานจัดวันที่ ๑๒ สิงหาคม 2564 ที่สวนหลวง", None, [("๑๒ สิงหาคม 2564", "2021-08-12")]),
    ("ออกหนังสือเมื่อ 07/11/2564 ถึงทุกอำเภอ", None, [("07/11/2564", "2021-11-07")]),
    ("the report dated 25/06/2021 said", None, [("25/06/2021", "2021-06-25")]),
    ("ข้อมูลถึง 26-6-61 ระบุว่า", None, [("26-6-61", "2018-06-26")]),
    ("บันทึกไว้เมื่อ 2020-02-26 เวลาเช้า", None, [("2020-02-26", "2020-02-26")]),
    ("บันทึกไว้เมื่อ 9/28/2004 ตามเวลาท้องถิ่น", None, [("9/28/2004", "2004-09-28")]),
    ("พุธ ที่ 26 เดือน กุมภาพันธ์ พ.ศ.2563", None, [("26 เดือน กุมภาพันธ์ พ.ศ.2563", "2020-02-26")]),
    ("เมื่อวันพุธที่ 26 กุมภาพันธ์ พ.ศ. 2563 เวลาบ่าย", None, [("26 กุมภาพันธ์ พ.ศ. 2563", "2020-02-26")]),
    ("ยอดขายในเดือนมีนาคม 2563 ลดลง", None, [("มีนาคม 2563", "2020-03")]),
    ("ยอดขายเดือน ก.พ. 62 ลดลง", None, [("ก.พ. 62", "2019-02")]),
    ("ตั้งเป้าว่าในปี 2564 จะลดลง", None, [("2564", "2021")]),
    ("ตั้งเป้าว่าในปี 62 จะลดลง", None, [("62", "2019")]),
    ("การเปลี่ยนแปลงการปกครอง พ.ศ. 2475 นำไปสู่", None, [("พ.ศ. 2475", "1932")]),
    ("การประชุมในปี ค.ศ. 2020 ที่กรุงปารีส", None, [("ค.ศ. 2020", "2020")]),
    ("สร้างขึ้นเมื่อ ร.ศ. 124 ในรัชกาลที่ 5", None, [("ร.ศ. 124", "1905")]),
    ("แผนฟื้นฟูระยะยาว พ.ศ. 2560 – 2579 ของกรม", None, [("พ.ศ. 2560 – 2579", "2017/2036")]),
    ("ลงนามสัญญาเมื่อ 8 มิถุนายน 2021 ที่กรุงโตเกียว", None, [("8 มิถุนายน 2021", "2021-06-08")]),
    ("ผู้สื่อข่าวรายงานว่า กรกฏาคม 2561 มีฝนตกหนัก", None, [("กรกฏาคม 2561", "2018-07")]),
    ("ขยายเวลาถึงสิ้นเดือนกันยายน 2561 นี้", None, [("สิ้นเดือนกันยายน 2561", "2018-09")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), FORMS)
def test_written_forms(text: str, published: str | None, expected: list[tuple[str, str]]) -> None:
    assert _dates(text, published) == expected


RANGES = [
    ("จัดงานวันที่ 26-28 ก.พ. 63 ที่ลานหน้าเมือง", [("26-28 ก.พ. 63", "2020-02-26/2020-02-28")]),
    ("อบรมระหว่างวันที่ 1-3 มีนาคม 2563 ณ โรงแรม", [("1-3 มีนาคม 2563", "2020-03-01/2020-03-03")]),
    ("อบรมระหว่างวันที่ 7 – 11 กุมภาพันธ์ 2560 ณ สวน", [("7 – 11 กุมภาพันธ์ 2560", "2017-02-07/2017-02-11")]),
    (
        "เปิดให้ลงทะเบียน 15 พฤศจิกายน 2564 - 10 กุมภาพันธ์ 2565 ทางเว็บไซต์",
        [("15 พฤศจิกายน 2564 - 10 กุมภาพันธ์ 2565", "2021-11-15/2022-02-10")],
    ),
    (
        "เปิดตั้งแต่วันที่ 3 มีนาคม ถึง 20 เมษายน 2565 ทุกวัน",
        [("3 มีนาคม ถึง 20 เมษายน 2565", "2022-03-03/2022-04-20")],
    ),
    ("ปิดถนน 28 ธ.ค. - 3 ม.ค. 63 เพื่อซ่อมผิวจราจร", [("28 ธ.ค. - 3 ม.ค. 63", "2019-12-28/2020-01-03")]),
    ("ผลผลิตช่วง ก.ย.-ธ.ค.61 เพิ่มขึ้น", [("ก.ย.-ธ.ค.61", "2018-09/2018-12")]),
    ("ผลการดำเนินงาน (พ.ค. 57 - เม.ย. 59) ดีขึ้น", [("พ.ค. 57 - เม.ย. 59", "2014-05/2016-04")]),
    ("รับสมัครวันที่ 15 และ 18 มิถุนายน 2561", [("15", "2018-06-15"), ("18 มิถุนายน 2561", "2018-06-18")]),
    ("ข้อมูลการส่งออกปี 2548/2549 ลดลง", [("2548/2549", "2005/2006")]),
]


@pytest.mark.parametrize(("text", "expected"), RANGES)
def test_ranges(text: str, expected: list[tuple[str, str]]) -> None:
    assert _dates(text) == expected


def assert_endpoint_offsets(article: newsstruct.Article, original: str) -> None:
    """Every end of every range points at exactly its text, inside its range, in order."""
    for mention in (*article.dates, *article.times):
        previous_end = mention.start
        for end in mention.endpoints:
            assert original[end.start:end.end] == end.text, end
            assert previous_end <= end.start < end.end <= mention.end, (mention, end)
            previous_end = end.end


# (text, [(end text, end value), ...]) for the one range mention in the text
RANGE_ENDS = [
    ("ปิดถนน 14 ต.ค.-9 พ.ย. 2565 เพื่อซ่อม", [("14 ต.ค.", "2022-10-14"), ("9 พ.ย. 2565", "2022-11-09")]),
    ("ปิดถนน 28 ธ.ค. - 3 ม.ค. 63 เพื่อซ่อม", [("28 ธ.ค.", "2019-12-28"), ("3 ม.ค. 63", "2020-01-03")]),
    (
        "เปิดตั้งแต่วันที่ 3 มีนาคม ถึง 20 เมษายน 2565 ทุกวัน",
        [("3 มีนาคม", "2022-03-03"), ("20 เมษายน 2565", "2022-04-20")],
    ),
    (
        "สอบสวนช่วงวันที่ 2 ธันวาคม 2560 ถึงวันที่ 14 มีนาคม 2562 พบว่า",
        [("2 ธันวาคม 2560", "2017-12-02"), ("14 มีนาคม 2562", "2019-03-14")],
    ),
    (
        "หยุดราชการวันจันทร์ที่ 4 พ.ค. – วันพุธที่ 6 พ.ค. 2563 ทั้งจังหวัด",
        [("4 พ.ค.", "2020-05-04"), ("6 พ.ค. 2563", "2020-05-06")],
    ),
    ("จัดงานวันที่ 26-28 ก.พ. 63 ที่ลานหน้าเมือง", [("26", "2020-02-26"), ("28 ก.พ. 63", "2020-02-28")]),
    ("ผลผลิตช่วง ก.ย.-ธ.ค.61 เพิ่มขึ้น", [("ก.ย.", "2018-09"), ("ธ.ค.61", "2018-12")]),
    ("แผนฟื้นฟูระยะยาว พ.ศ. 2560 – 2579 ของกรม", [("พ.ศ. 2560", "2017"), ("2579", "2036")]),
    # Thai digits and a no-break space: offsets are the original's
    ("ปิดถนน ๒๘\u00a0ธ.ค. - ๓ ม.ค. ๖๓ เพื่อซ่อม", [("๒๘\u00a0ธ.ค.", "2019-12-28"), ("๓ ม.ค. ๖๓", "2020-01-03")]),
    # without a year anywhere, the ends keep what is known
    ("ปิดถนน 28 ธ.ค. - 3 ม.ค. เพื่อซ่อม", [("28 ธ.ค.", "--12-28"), ("3 ม.ค.", "--01-03")]),
]


@pytest.mark.parametrize(("text", "ends"), RANGE_ENDS)
def test_a_range_keeps_its_written_ends(text: str, ends: list[tuple[str, str]]) -> None:
    article = newsstruct.parse(text)
    assert_offsets(article, text)
    assert_endpoint_offsets(article, text)
    (date,) = article.dates
    assert [(end.text, end.value) for end in date.endpoints] == ends
    assert date.value == "/".join(value for _, value in ends)


@pytest.mark.parametrize("text", ["ประชุมวันที่ 26 ก.พ. 2563", "ในปี 2564", "ปีงบประมาณ 2563", "ตั้งแต่วันจันทร์-ศุกร์"])
def test_a_single_date_has_no_ends(text: str) -> None:
    assert all(date.endpoints == () for date in newsstruct.parse(text).dates)


_DAYS = st.integers(min_value=1, max_value=28).map(str)
_MONTHS = st.sampled_from(["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "มิถุนายน", "ธันวาคม", "ต.ค.", "พ. ย."])
_SEPARATORS = st.sampled_from(["-", " - ", " – ", "- ", " ถึง ", " ถึงวันที่ ", " จนถึง วันที่ ", " – วันศุกร์ที่ "])
_YEARS = st.sampled_from(["", " 63", " 2563", "2564", " พ.ศ. 2562"])
_NOISE = st.sampled_from(["", "\u00a0", "\u200b", " ", "  "])


@st.composite
def _range_texts(draw: st.DrawFn) -> str:
    first = draw(_DAYS) + draw(_NOISE) + " " + draw(_MONTHS) + draw(_YEARS)
    last = draw(_DAYS) + " " + draw(_MONTHS) + draw(_YEARS)
    text = f"เมื่อวันที่ {first}{draw(_SEPARATORS)}{last} มีการประชุม"
    if draw(st.booleans()):
        text = text.translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))
    return text


@settings(max_examples=150, deadline=None)
@given(_range_texts())
def test_range_ends_point_at_their_text(text: str) -> None:
    article = newsstruct.parse(text)
    assert_offsets(article, text)
    assert_endpoint_offsets(article, text)


def test_range_ends_of_a_text_parsed_in_pieces_are_whole_text_offsets() -> None:
    paragraph = "ปิดถนน ๒๘\u00a0ธ.ค. - ๓ ม.ค. ๖๓ และเปิดให้เข้าชมเวลา 09.00 น. ถึง 16.30 น. ทุกวัน"
    text = "\n\n".join(f"ข่าวที่ {number} {paragraph}" for number in range(30))
    pipeline = newsstruct.Pipeline()
    pipeline.chunk_chars = 400
    article = pipeline.parse(text)
    assert len([d for d in article.dates if d.endpoints]) == 30 and len([t for t in article.times if t.endpoints]) == 30
    assert_endpoint_offsets(article, text)
    assert article.dates[-1].endpoints[1].start > 400


def test_range_records_that_its_year_was_written_at_the_end() -> None:
    (date,) = newsstruct.parse("เปิดตั้งแต่วันที่ 3 มีนาคม ถึง 20 เมษายน 2565").dates
    assert (date.calendar, date.era_source, date.year_source) == ("BE", "year_range", "range_end")


ERAS = [
    # (text, calendar, era_source)
    ("ประชุมวันที่ 26 ก.พ. 2563", "BE", "year_range"),
    ("ประชุมวันที่ 26 ก.พ. 63", "BE", "short_year"),
    ("ประชุมวันที่ 26 ก.พ. พ.ศ. 2563", "BE", "marker"),
    ("ประชุมวันที่ 8 มิถุนายน 2021", "CE", "year_range"),
    ("ในปี ค.ศ. 2020", "CE", "marker"),
    ("เมื่อ ร.ศ. 124", "RE", "marker"),
]


@pytest.mark.parametrize(("text", "calendar", "era_source"), ERAS)
def test_era_is_recorded(text: str, calendar: str, era_source: str) -> None:
    (date,) = newsstruct.parse(text).dates
    assert (date.calendar, date.era_source) == (calendar, era_source)


WEEKDAYS = [
    # (text, weekday as written, agrees)
    ("เมื่อวันพุธที่ 26 กุมภาพันธ์ 2563", "พุธ", True),
    ("เมื่อวันพฤหัสบดีที่ 26 กุมภาพันธ์ 2563", "พฤหัสบดี", False),
    ("เมื่อวันจันทร์ที่ 2 มีนาคม 2563", "จันทร์", True),
    ("เมื่อวันศุกร์ที่ 2 มีนาคม 2563", "ศุกร์", False),
]


@pytest.mark.parametrize(("text", "weekday", "agrees"), WEEKDAYS)
def test_weekday_is_checked_not_repaired(text: str, weekday: str, agrees: bool) -> None:
    (date,) = newsstruct.parse(text).dates
    assert (date.weekday, date.weekday_agrees) == (weekday, agrees)
    assert date.value == ("2020-02-26" if "26" in text else "2020-03-02")  # the written date stands
    assert not date.text.startswith("วัน")  # ThaiNER keeps the weekday out of the span


MISSING_YEAR = [
    # (text, published, expected value)
    ("เมื่อวันที่ 5 ธ.ค. มีการประชุม", None, "--12-05"),
    ("เมื่อวันที่ 5 ธ.ค. มีการประชุม", "2020-02-26", "2019-12-05"),
    ("เมื่อวันที่ 20 ก.พ. มีการประชุม", "2020-02-26", "2020-02-20"),
    ("กำหนดประชุมวันที่ 5 ม.ค. ที่ศาลากลาง", "2020-12-28", "2021-01-05"),
    ("ประชุมครั้งต่อไปวันที่ 10 มี.ค. นี้", "2020-02-26", "2020-03-10"),
    ("เมื่อวันที่ 5 มี.ค. ที่ผ่านมา", "2020-02-26", "2019-03-05"),
    ("ตลอดเดือนกันยายนนี้", "2020-02-26", "2020-09"),
    ("เมื่อวันที่ 5 ที่ผ่านมา มีการประชุม", "2020-02-26", "2020-02-05"),
    ("เมื่อวันที่ 28 ที่ผ่านมา มีการประชุม", "2020-02-26", "2020-01-28"),
    ("เมื่อวันที่ 5 ที่ผ่านมา มีการประชุม", None, "---05"),
    # a written weekday settles the year the nearest date leaves open (25 Dec 2020 is a Friday,
    # 25 Dec 2019 a Wednesday); without one, or when it agrees, the nearest date stands
    ("งานกาชาดเปิดวันศุกร์ที่ 25 ธ.ค.", "2020-06-20", "2020-12-25"),
    ("งานกาชาดเปิดวันพุธที่ 25 ธ.ค.", "2020-06-20", "2019-12-25"),
    ("งานกาชาดเปิดวันที่ 25 ธ.ค.", "2020-06-20", "2019-12-25"),
    # ...but not against เมื่อ, which says the date is past
    ("เมื่อวันศุกร์ที่ 25 ธ.ค. งานกาชาดเปิด", "2020-06-20", "2019-12-25"),
    # เมื่อ with a part of the day before the date says the same as เมื่อวันที่
    ("เมื่อค่ำวันที่ 12 ส.ค. ฝนตกหนัก", "2020-06-20", "2019-08-12"),
    ("เมื่อเช้าวันอังคารที่ 12 ส.ค. ฝนตกหนัก", "2020-06-20", "2019-08-12"),
    ("เมื่อเช้ามืดวันที่ 12 ส.ค. ฝนตกหนัก", "2020-06-20", "2019-08-12"),  # เช้ามืด, not เช้า + มืด
    ("เมื่อกลางดึกวันที่ 12 ส.ค. ฝนตกหนัก", "2020-06-20", "2019-08-12"),
    ("พยากรณ์ว่าวันที่ 12 ส.ค. ฝนจะตกหนัก", "2020-06-20", "2020-08-12"),
]


@pytest.mark.parametrize(("text", "published", "value"), MISSING_YEAR)
def test_missing_year_comes_from_the_publication_date(text: str, published: str | None, value: str) -> None:
    (date,) = newsstruct.parse(text, published=published).dates
    assert date.value == value
    assert date.year_inferred == (published is not None)


YEAR_FROM_ARTICLE = [
    # (text, [(mention, value, year_source), ...]) without a publication date
    (
        "เมื่อวันที่ 5 พ.ย. 2564 ชาวบ้านร้องเรียน ต่อมาวันที่ 9 พ.ย. เจ้าหน้าที่ลงพื้นที่",
        [("5 พ.ย. 2564", "2021-11-05", "written"), ("9 พ.ย.", "2021-11-09", "article_date")],
    ),
    (
        "ฝนตกหนักตั้งแต่วันที่ 3 พ.ย. จนน้ำท่วมถึงวันที่ 5 พฤศจิกายน 2564",
        [("3 พ.ย.", "2021-11-03", "article_date"), ("5 พฤศจิกายน 2564", "2021-11-05", "written")],
    ),
    (
        "ก่อสร้างเมื่อ 10 ม.ค. 2560 เปิดใช้ 10 ม.ค. 2563 และปิดซ่อมวันที่ 5 ก.พ. ที่ผ่านมา",
        [("10 ม.ค. 2560", "2017-01-10", "written"), ("10 ม.ค. 2563", "2020-01-10", "written"), ("5 ก.พ.", "2020-02-05", "article_date")],
    ),
    (
        "ปิดถนนเมื่อ 28 ธ.ค. 2564 และเปิดอีกครั้ง 3 ม.ค. หลังซ่อมเสร็จ",
        [("28 ธ.ค. 2564", "2021-12-28", "written"), ("3 ม.ค.", "2022-01-03", "article_date")],
    ),
    (
        "อบรมวันที่ 1 มี.ค. 2565 และ 15 - 17 มี.ค. ที่ศาลากลาง",
        [("1 มี.ค. 2565", "2022-03-01", "written"), ("15 - 17 มี.ค.", "2022-03-15/2022-03-17", "article_date")],
    ),
    # no full date in the article: the year stays unknown
    ("ในปี 2564 มีการประชุมวันที่ 3 พ.ย. ที่ศาลากลาง", [("2564", "2021", "written"), ("3 พ.ย.", "--11-03", None)]),
    # relative dates count from the publication day, which a date in the text is not (วันที่ 7
    # ที่ผ่านมา stays unknown); only the date written in brackets right after one says what it is
    (
        "เมื่อวานนี้ (5 พ.ย. 2564) และวันที่ 7 ที่ผ่านมา",
        [("เมื่อวานนี้", "2021-11-05", None), ("5 พ.ย. 2564", "2021-11-05", "written"), ("7", "---07", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), YEAR_FROM_ARTICLE)
def test_year_from_the_article_dates_without_a_publication_date(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    dates = newsstruct.parse(text).dates
    assert [(d.text, d.value, d.year_source) for d in dates] == expected
    assert all(d.year_inferred == (d.year_source == "article_date") for d in dates)


def test_a_publication_date_wins_over_the_article_dates() -> None:
    text = "เมื่อวันที่ 5 พ.ย. 2564 ชาวบ้านร้องเรียน ต่อมาวันที่ 9 พ.ย. เจ้าหน้าที่ลงพื้นที่"
    dates = newsstruct.parse(text, published="2023-11-20").dates
    assert [(d.value, d.year_source) for d in dates] == [("2021-11-05", "written"), ("2023-11-09", "inferred")]


RELATIVE = [
    # (text, mention, value with publication 2020-02-26, a Wednesday)
    ("วันนี้ (26 ก.พ.) ครม.ประชุม", "วันนี้", "2020-02-26"),
    ("เมื่อวานนี้ มีฝนตกหนัก", "เมื่อวานนี้", "2020-02-25"),
    ("เมื่อวาน มีฝนตกหนัก", "เมื่อวาน", "2020-02-25"),
    ("ครม.แถลงวานนี้ว่า", "วานนี้", "2020-02-25"),
    ("จะเดินทางพรุ่งนี้เช้า", "พรุ่งนี้", "2020-02-27"),
    ("จะเดินทางในวันพรุ่งนี้", "วันพรุ่งนี้", "2020-02-27"),
    ("จะประชุมอีกครั้งสัปดาห์หน้า", "สัปดาห์หน้า", "2020-03-02/2020-03-08"),
    ("งบประมาณปีหน้าจะเพิ่มขึ้น", "ปีหน้า", "2021"),
    ("ยอดขายลดลงจากปีที่แล้ว", "ปีที่แล้ว", "2019"),
    ("คาดว่าจะเสร็จปลายปีนี้", "ปลายปีนี้", "2020"),
    ("จะประกาศผลเดือนหน้า", "เดือนหน้า", "2020-03"),
    ("จะประชุมวันศุกร์นี้", "วันศุกร์นี้", "2020-02-28"),
    ("เมื่อวันจันทร์ที่ผ่านมา", "วันจันทร์ที่ผ่านมา", "2020-02-24"),
]


@pytest.mark.parametrize(("text", "mention", "value"), RELATIVE)
def test_relative_dates(text: str, mention: str, value: str) -> None:
    dates = newsstruct.parse(text, published="2020-02-26").dates
    found = [d for d in dates if d.text == mention]
    assert len(found) == 1, [d.text for d in dates]
    assert found[0].value == value and found[0].relative


def test_a_relative_date_takes_the_date_written_in_brackets_after_it() -> None:
    # without a publication date, the bracketed date says which day วันนี้ is
    (today, written) = newsstruct.parse("วันนี้ (3 ส.ค. 63) ชาวนาเริ่มดำนา").dates
    assert (today.value, today.relative, written.value) == ("2020-08-03", True, "2020-08-03")
    # ...and it wins over a publication date a day off (the page went up the next morning)
    yesterday = newsstruct.parse("เมื่อวานนี้ (3 ส.ค.) ชาวนาเริ่มดำนา", published="2020-08-05").dates[0]
    assert yesterday.value == "2020-08-03"
    # a bracket holding no date, or ทุกวันนี้ (nowadays), takes nothing
    assert newsstruct.parse("วันนี้ (ตามเวลาไทย) ชาวนาเริ่มดำนา").dates[0].value is None
    nowadays = newsstruct.parse("ทุกวันนี้ (3 ส.ค. 63) ชาวนายังดำนา").dates[0]
    assert (nowadays.rule, nowadays.value) == ("nowadays", None)


@pytest.mark.parametrize(("text", "mention", "_"), RELATIVE)
def test_relative_dates_without_reference_have_no_value(text: str, mention: str, _: str) -> None:
    found = [d for d in newsstruct.parse(text).dates if d.text == mention]
    assert len(found) == 1 and found[0].value is None and found[0].relative


def test_relative_year_after_a_month() -> None:
    (date,) = newsstruct.parse("งานจะจัดวันที่ 16-18 ม.ค.ปีหน้า", published="2020-02-26").dates
    assert (date.text, date.value, date.relative) == ("16-18 ม.ค.ปีหน้า", "2021-01-16/2021-01-18", True)


FISCAL = [
    ("งบประมาณประจำปีงบประมาณ 2563 จำนวน", "ปีงบประมาณ 2563", "2019-10-01/2020-09-30", 2020),
    ("ตามแผนปีงบประมาณ พ.ศ. 2563 ของกรม", "ปีงบประมาณ พ.ศ. 2563", "2019-10-01/2020-09-30", 2020),
    ("หนี้ที่ครบกำหนดในปีงบ 62 ทั้งหมด", "ปีงบ 62", "2018-10-01/2019-09-30", 2019),
]


@pytest.mark.parametrize(("text", "mention", "value", "fiscal_year"), FISCAL)
def test_fiscal_year(text: str, mention: str, value: str, fiscal_year: int) -> None:
    (date,) = newsstruct.parse(text).dates
    assert (date.text, date.value, date.fiscal_year) == (mention, value, fiscal_year)


NOT_DATES = [
    "เปิดตัวโครงการเมืองสะอาดคูณสุข 2020 อย่างเป็นทางการ",
    "ตามยุทธศาสตร์ชาติ 20 ปี ที่รัฐบาลวางไว้",
    "การประชุมครั้งที่ 2/2565 ของคณะกรรมการ",
    "ผู้ต้องหาอาศัยอยู่บ้านเลขที่ 45/12 หมู่ 3",
    "อุบัติเหตุเกิดที่ กม.35-36 ถนนมิตรภาพ",
    "สอบถามโทร 02-123-4567 หรือ 081-234-5678",
    "รถยนต์ทะเบียน 1กข 2345 กรุงเทพมหานคร",
    "บ้านเลขที่ 12/3/2560 ถูกไฟไหม้",
    "ผู้แทนจากสำนักงาน ก.พ. และ ก.พ.ร. เข้าร่วม",
    "ศาลมีตุลาการ 5 คนร่วมพิจารณา",
    "ตามพระราชบัญญัติโรคติดต่อ พ.ศ. 2558 กำหนดว่า",
    "ราคาหุ้นปิดที่ 12.30 บาท",
    "ได้รับการแต่งตั้งเป็นครู คศ. 2 ในโรงเรียน",
    "ทุกปี 20 คนจะได้รับทุน",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text: str) -> None:
    assert _dates(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("เลื่อนไปวันที่ 31 ก.พ. 2563", None),
        ("เลื่อนไปวันที่ 31 เม.ย. 63", None),
        ("เลื่อนไปวันที่ 30 ก.พ.", None),
        ("เลื่อนไปวันที่ 29 ก.พ. 2563", "2020-02-29"),  # a leap year
        ("เลื่อนไปวันที่ 29 ก.พ. 2562", None),
    ],
)
def test_impossible_dates_have_no_value(text: str, value: str | None) -> None:
    assert [d.value for d in newsstruct.parse(text).dates] == [value]


def test_nowadays_is_not_a_day() -> None:
    (date,) = newsstruct.parse("ทุกวันนี้ราคาข้าวตกต่ำ", published="2020-02-26").dates
    assert (date.text, date.value, date.rule) == ("วันนี้", None, "nowadays")


def test_part_of_month_is_recorded() -> None:
    (date,) = newsstruct.parse("ต้นเดือนสิงหาคม 2563 จะเริ่มเก็บเกี่ยว").dates
    assert (date.text, date.value, date.part) == ("ต้นเดือนสิงหาคม 2563", "2020-08", "early")


def test_dateline_scan_contract() -> None:
    # segment.py accepts a dateline line when exactly one date ends at the line end.
    line = "พุธ ที่ 26 เดือน กุมภาพันธ์ พ.ศ.2563"
    (found,) = scan_dates(line)
    assert found.end == len(line) and found.fields["value"] == "2020-02-26"
    assert line[: found.start] == "พุธ ที่ "


def test_seed_article(seed_text: str, pipeline: newsstruct.Pipeline) -> None:
    article = pipeline.parse(seed_text)
    assert article.metadata.published == "2020-02-26"
    assert article.metadata.dateline is not None and article.metadata.dateline.weekday_agrees is True
    values = {d.text: d.value for d in article.dates}
    assert values["26 กุมภาพันธ์ 2563"] == "2020-02-26"
    assert values["ปีงบประมาณ 2563"] == "2019-10-01/2020-09-30"
    assert not [d for d in article.dates if "2020" in d.text]  # the project name's 2020
    assert [(t.text, t.value) for t in article.times] == [("9:00 น.", "09:00")]
    assert [(d.text, d.value, d.kind) for d in article.durations] == [("20 ปี", "P20Y", "duration")]
    assert_offsets(article, seed_text)


def test_adversarial_megabyte_finishes() -> None:
    # Long runs of digits, dots, slashes, dashes and month abbreviations must not make any
    # pattern backtrack catastrophically; the scan just has to finish.
    pieces = ["1", "12", "2563", ".", "/", "-", " ", ":", "ก.พ.", "ม.ค", "พ.ศ.", "ปี", "วันที่", "น.", "ถึง", "๑"]
    generator = random.Random(7)
    text = "".join(generator.choice(pieces) for _ in range(400_000))[:1_000_000]
    text += "9" * 100_000 + "." * 100_000 + "1/" * 50_000 + "ก.พ." * 25_000
    found = scan_dates(text)
    assert all(0 <= f.start < f.end <= len(text) for f in found)


def test_scan_respects_pos_and_endpos() -> None:
    text = "26 ก.พ. 63 และ 27 ก.พ. 63"
    assert [(f.start, f.end) for f in scan_dates(text, 5)] == [(15, 25)]
    assert scan_dates(text, 0, 9)[0].fields["value"] == "--02-26"


def test_reference_date_type() -> None:
    found = scan_dates("เมื่อวานนี้", reference=dt.date(2020, 3, 1))
    assert found[0].fields["value"] == "2020-02-29"
