"""Clock times, ranges, the Thai six-hour clock and vague periods.  Sentences are our own."""

from __future__ import annotations

import random

import pytest

import newsstruct
from newsstruct.extract.times import scan_times

from conftest import assert_offsets


def _times(text: str) -> list[tuple[str, str | None]]:
    article = newsstruct.parse(text)
    assert_offsets(article, text)
    return [(t.text, t.value) for t in article.times]


FORMS = [
    ("เริ่มประชุมเวลา 9:00 น. ที่ห้องประชุม", [("9:00 น.", "09:00")]),
    ("เริ่มประชุมเวลา 09.00 น. ที่ห้องประชุม", [("09.00 น.", "09:00")]),
    ("เมื่อเวลา 14.30 น. วันเดียวกัน", [("14.30 น.", "14:30")]),
    ("ตำรวจรับแจ้งเมื่อเวลา10.15 ว่ามีเหตุ", [("10.15", "10:15")]),
    ("ตำรวจรับแจ้งเมื่อเวลา ประมาณ 10.15 ว่ามีเหตุ", [("10.15", "10:15")]),
    ("คนร้ายหลบหนีไปเมื่อเวลาราว 22.40 ของคืนเดียวกัน", [("22.40", "22:40")]),
    ("เกิดเหตุเวลา 13.45น.บริเวณสี่แยก", [("13.45น.", "13:45")]),
    ("ข่าวเผยแพร่ 17:38น.", [("17:38น.", "17:38")]),
    ("แผ่นดินไหวเวลา 19 นาฬิกา 57 นาที ตามเวลาไทย", [("19 นาฬิกา 57 นาที", "19:57")]),
    ("นัดพบกัน 9 โมงเช้า หน้าอำเภอ", [("9 โมงเช้า", "09:00")]),
    ("ออกเดินทางตอน 2 โมงเช้า", [("2 โมงเช้า", "08:00")]),
    ("เริ่มงานบ่าย 2 โมง", [("บ่าย 2 โมง", "14:00")]),
    ("เริ่มงานบ่ายโมงครึ่ง", [("บ่ายโมงครึ่ง", "13:30")]),
    ("เริ่มงานบ่ายสองโมงเย็น", [("บ่ายสองโมงเย็น", "14:00")]),
    ("ปิดร้าน 5 โมงเย็น", [("5 โมงเย็น", "17:00")]),
    ("ฝนตกหนักตั้งแต่ 2 ทุ่ม", [("2 ทุ่ม", "20:00")]),
    ("กลับถึงบ้านราว 1 ทุ่ม 40 นาที", [("1 ทุ่ม 40 นาที", "19:40")]),
    ("ออกจากบ้านตั้งแต่ตี 3 เพื่อไปตลาด", [("ตี 3", "03:00")]),
    ("ออกจากบ้านตั้งแต่ตีห้า", [("ตีห้า", "05:00")]),
    ("พบกันหกโมงเช้าที่ท่าน้ำ", [("หกโมงเช้า", "06:00")]),
    ("พักรับประทานอาหารเที่ยงวัน", [("เที่ยงวัน", "12:00")]),
    ("ปิดการจราจรหลังเที่ยงคืน", [("หลังเที่ยงคืน", None)]),
    ("ปิดการจราจรตั้งแต่เที่ยงคืน", [("เที่ยงคืน", "00:00")]),
    ("เปิดบริการถึง 24.00 น.", [("24.00 น.", "24:00")]),
]


@pytest.mark.parametrize(("text", "expected"), FORMS)
def test_forms(text: str, expected: list[tuple[str, str]]) -> None:
    assert _times(text) == expected


RANGES = [
    ("เปิดให้เข้าชม 09.00-12.00 น. ทุกวัน", [("09.00-12.00 น.", "09:00/12:00")]),
    ("รับสมัครเวลา 09.00 น. ถึง 16.30 น. ที่อำเภอ", [("09.00 น. ถึง 16.30 น.", "09:00/16:30")]),
    ("ตลาดเปิด 10.00 น. - 19.00 น. ทุกวันเสาร์", [("10.00 น. - 19.00 น.", "10:00/19:00")]),
    ("ห้ามโฆษณาตั้งแต่เวลา 05.00-22.00 น.", [("05.00-22.00 น.", "05:00/22:00")]),
]


@pytest.mark.parametrize(("text", "expected"), RANGES)
def test_ranges(text: str, expected: list[tuple[str, str]]) -> None:
    assert _times(text) == expected


PERIODS = [
    ("คาดว่าฝนจะตกช่วงค่ำ", "ช่วงค่ำ", "evening", False),
    ("ช่วงเช้ามีการประชุม", "ช่วงเช้า", "morning", False),
    ("ผู้ว่าฯ ลงพื้นที่ตอนบ่าย", "ตอนบ่าย", "afternoon", False),
    ("ถ่ายทอดสดคืนนี้", "คืนนี้", "night", True),
    ("เช้านี้มีหมอกหนา", "เช้านี้", "morning", True),
    # a bare period word of the day named just before it (the day word is a date)
    ("ทีมกู้ภัยจะลงพื้นที่พรุ่งนี้เช้าอีกครั้ง", "เช้า", "morning", False),
    ("ฝนตกหนักตั้งแต่เมื่อวาน ค่ำ จนถึงตอนนี้", "ค่ำ", "evening", False),
    # a number after the period that is no clock time
    ("ระดับน้ำลดลงจากเมื่อวานตอนเช้า 15 เซนติเมตร", "ตอนเช้า", "morning", False),
]


@pytest.mark.parametrize(("text", "mention", "period", "relative"), PERIODS)
def test_vague_periods(text: str, mention: str, period: str, relative: bool) -> None:
    (time,) = newsstruct.parse(text).times
    assert (time.text, time.value, time.period, time.relative) == (mention, None, period, relative)


NOT_TIMES = [
    "เริ่มเวลา 25:00 น. ตามกำหนด",
    "เริ่มเวลา 14:75 น. ตามกำหนด",
    "ราคาหุ้นปิดที่ 14.30 บาท",
    "ค่าเฉลี่ยอยู่ที่ 4.47 ต่อครั้ง",
    "ค่าฝุ่นละอองเฉลี่ยสูงขึ้นประมาณ 3.82",
    "โฆษณาออกอากาศเฉลี่ยราว 3.25 ครั้งต่อวัน",
    "แบงก์การันตี 1,750 ล้านบาท",
    "ถูกตี 2 ครั้งที่ศีรษะ",
    "เด็กชายอายุ 12 ปี",
    "ข้อ 3.12 ระบุว่า",
    "12.50 บาทต่อลิตรคือราคาใหม่",  # a line opening with a price is no timestamp
    "ใช้เวลาแข่ง 5 นาที 21 วินาที",  # a length, not a match minute
]


@pytest.mark.parametrize("text", NOT_TIMES)
def test_not_times(text: str) -> None:
    assert _times(text) == []


def test_a_clock_word_after_a_period_word_is_a_clock_time() -> None:
    assert _times("เกิดเหตุตอนบ่ายโมง") == [("บ่ายโมง", "13:00")]
    assert _times("ประชุมช่วงเช้า 9.30 น. ที่ศาลากลาง") == [("9.30 น.", "09:30")]


def test_a_day_word_before_a_period_stays_a_date() -> None:
    article = newsstruct.parse("ทีมกู้ภัยจะลงพื้นที่พรุ่งนี้เช้าอีกครั้ง", published="2021-03-01")
    assert [(d.text, d.value) for d in article.dates] == [("พรุ่งนี้", "2021-03-02")]
    assert [t.text for t in article.times] == ["เช้า"]
    assert _times("เช้าวันนี้มีหมอก") == []  # a bare period word without a day before it is not a time


def test_adversarial_megabyte_finishes() -> None:
    pieces = ["1", "12", "09", ".", ":", "-", " ", "น.", "น", "ถึง", "โมง", "ทุ่ม", "ตี", "บ่าย", "ช่วง"]
    generator = random.Random(11)
    text = "".join(generator.choice(pieces) for _ in range(400_000))[:1_000_000]
    text += "1" * 100_000 + ".:" * 100_000 + "09.00-" * 20_000
    found = scan_times(text)
    assert all(0 <= f.start < f.end <= len(text) for f in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("16.05 ผู้ว่าราชการจังหวัดลงพื้นที่ตรวจน้ำท่วม", [("16.05", "16:05")]),
    ("รายงานสด\n21.40 เจ้าหน้าที่เริ่มสูบน้ำออก", [("21.40", "21:40")]),
])
def test_a_timestamp_opening_a_line_is_a_time(text: str, expected: list[tuple[str, str]]) -> None:
    assert _times(text) == expected


def test_match_minutes_in_sports_reports() -> None:
    article = newsstruct.parse("ทีมเยือนได้ประตูแรกใน น.22 ก่อนตีเสมอในนาทีที่ 90")
    assert [(t.text, t.value, t.period, t.rule) for t in article.times] == [
        ("น.22", None, "match_minute", "match_minute"),
        ("นาทีที่ 90", None, "match_minute", "match_minute"),
    ]
