"""Durations (ISO 8601) and ages.  Sentences are our own."""

from __future__ import annotations

import random

import pytest

import newsstruct
from newsstruct.extract.durations import scan_durations

from conftest import assert_offsets


def _durations(text: str) -> list[tuple[str, str | None, str]]:
    article = newsstruct.parse(text)
    assert_offsets(article, text)
    return [(d.text, d.value, d.kind) for d in article.durations]


FORMS = [
    ("ตามแผนยุทธศาสตร์ชาติ 20 ปี ของรัฐบาล", [("20 ปี", "P20Y", "duration")]),
    ("ฝนตกติดต่อกัน 3 วัน", [("3 วัน", "P3D", "duration")]),
    ("ผ่อนชำระได้ 12 เดือน", [("12 เดือน", "P12M", "duration")]),
    ("รับราชการมา 37 ปี 4 เดือน", [("37 ปี 4 เดือน", "P37Y4M", "duration")]),
    ("ใช้เวลาเดินทาง 2 ชั่วโมง", [("2 ชั่วโมง", "PT2H", "duration")]),
    ("ใช้เวลาเดินทาง 2 ชม. เศษ", [("2 ชม.", "PT2H", "duration")]),
    ("สุริยุปราคากินเวลา 1ชั่วโมง 42 นาที", [("1ชั่วโมง 42 นาที", "PT1H42M", "duration")]),
    ("ใช้เวลาประมาณ 1 สัปดาห์", [("1 สัปดาห์", "P1W", "duration")]),
    ("ใช้เวลา 1 สัปดาห์ 3 วัน", [("1 สัปดาห์ 3 วัน", "P10D", "duration")]),
    ("ก่อสร้างนาน 1 ปีครึ่ง", [("1 ปีครึ่ง", "P1.5Y", "duration")]),
    ("เครื่องบินล่าช้า 1.5 ชั่วโมง", [("1.5 ชั่วโมง", "PT1.5H", "duration")]),
    ("ห้ามโฆษณาตลอด 24 ชั่วโมง", [("ตลอด 24 ชั่วโมง", "PT24H", "duration")]),
    ("ระดับน้ำลดลงภายใน 30 นาที", [("30 นาที", "PT30M", "duration")]),
    ("คาดว่าจะเสร็จภายใน 3 ทศวรรษ", [("3 ทศวรรษ", "P30Y", "duration")]),
]


@pytest.mark.parametrize(("text", "expected"), FORMS)
def test_forms(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _durations(text) == expected


def test_range_keeps_both_bounds() -> None:
    (duration,) = newsstruct.parse("ซ่อมแซมเสร็จภายใน 2-3 วัน").durations
    assert (duration.text, duration.value, duration.max_value) == ("2-3 วัน", "P2D", "P3D")


@pytest.mark.parametrize(
    ("text", "mention", "direction"),
    [
        ("เหตุการณ์นี้เกิดขึ้นเมื่อ 3 ปีที่แล้ว", "3 ปีที่แล้ว", "ago"),
        ("ไปตรวจเมื่อ 2 สัปดาห์ก่อน", "2 สัปดาห์ก่อน", "ago"),
        ("ยอดขายใน 2 ปีที่ผ่านมาลดลง", "2 ปีที่ผ่านมา", "past"),
        ("พยากรณ์ 24 ชั่วโมงข้างหน้า", "24 ชั่วโมงข้างหน้า", "ahead"),
    ],
)
def test_direction(text: str, mention: str, direction: str) -> None:
    (duration,) = newsstruct.parse(text).durations
    assert (duration.text, duration.direction) == (mention, direction)


AGES = [
    ("นายสมชาย ใจดี อายุ 45 ปี ชาวขอนแก่น", "45 ปี", "P45Y"),
    ("หญิงวัย 74 ปี เดินทางกลับจากต่างประเทศ", "74 ปี", "P74Y"),
    ("เด็กชายวัย 6 ขวบ ป่วยเป็นไข้", "6 ขวบ", "P6Y"),
    ("ผู้ต้องหาอายุประมาณ 30 ปี", "30 ปี", "P30Y"),
    ("เด็กอายุต่ำกว่า 15 ปี จมน้ำเสียชีวิต", "15 ปี", "P15Y"),
    ("ไก่อายุ 18 เดือน ถูกทำลาย", "18 เดือน", "P18M"),
    ("ฉลองครบรอบก่อตั้ง 27 ปี", "27 ปี", "P27Y"),
]


@pytest.mark.parametrize(("text", "mention", "value"), AGES)
def test_ages_are_kept_as_ages(text: str, mention: str, value: str) -> None:
    assert _durations(text) == [(mention, value, "age")]


def test_waiting_until_a_day_count_is_not_an_anniversary() -> None:
    assert _durations("ต้องรอครบ 21 วัน ก่อนประกาศ") == [("21 วัน", "P21D", "duration")]


NOT_DURATIONS = [
    "เงินบาทในไตรมาส 4 ปีนี้จะแข็งค่า",  # Q4, then "this year"
    "ช่วงที่ 2 วันที่ 18 มิถุนายน 2561",  # the second session, on 18 June
    "ไปชมการแสดง 3 ชมรม",
    "ชั้นปีที่ 4 คณะวิศวกรรมศาสตร์",
    "ราคา 5-3 ปี",
]


@pytest.mark.parametrize("text", NOT_DURATIONS)
def test_not_durations(text: str) -> None:
    assert [d for d in _durations(text) if d[2] == "duration"] == []


def test_a_date_is_not_a_duration() -> None:
    article = newsstruct.parse("ระหว่างวันที่ 7-9 เดือน สิงหาคม พ.ศ. 2555")
    assert [d.value for d in article.dates] == ["2012-08-07/2012-08-09"] and article.durations == ()


def test_adversarial_megabyte_finishes() -> None:
    pieces = ["1", "12", ",", ".", "-", " ", "ปี", "วัน", "ชั่วโมง", "ครึ่ง", "อายุ", "ตลอด", "ที่แล้ว"]
    generator = random.Random(13)
    text = "".join(generator.choice(pieces) for _ in range(400_000))[:1_000_000]
    text += "1" * 100_000 + "1," * 100_000 + "1 ปี " * 20_000
    found = scan_durations(text)
    assert all(0 <= f.start < f.end <= len(text) for f in found)
