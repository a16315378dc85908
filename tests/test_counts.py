"""Counts and amounts: value, unit, category, qualifier, rate and what is counted.

Every sentence here is written for these tests, modelled on Thai local and national news.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsstruct.extract.counts import parse_amount, scan_counts, scan_percentages


def counts_of(pipeline, text: str) -> list:
    article = pipeline.parse(text)
    for mention in (*article.counts, *article.percentages):
        assert text[mention.start:mention.end] == mention.text
    return list(article.counts)


def only_count(pipeline, text: str):
    found = counts_of(pipeline, text)
    assert len(found) == 1, [(c.text, c.value) for c in found]
    return found[0]


# -- numbers: digits, separators, decimals, Thai digits, number words ----------------------

NUMBERS = [
    ("มีผู้เข้าร่วมโครงการ 96 คน", "96 คน", 96, "คน"),
    ("ชาวบ้านมาร่วมงานกว่า 1,200 คน", "1,200 คน", 1200, "คน"),
    ("ศาลสั่งปรับเป็นเงิน 1,250,000บาท", "1,250,000บาท", 1250000, "บาท"),
    ("ยึดปุ๋ยเคมีปลอมได้ 2.5 ตัน", "2.5 ตัน", 2.5, "ตัน"),
    ("ตำรวจจับกุมผู้ต้องหาได้ ๔ คน", "๔ คน", 4, "คน"),
    ("มีเด็กนักเรียนได้รับบาดเจ็บสามคน", "สามคน", 3, "คน"),
    ("แจกผ้าห่มกันหนาวหนึ่งร้อยยี่สิบผืน", "หนึ่งร้อยยี่สิบผืน", 120, "ผืน"),
    ("ปลูกต้นยางนาจำนวนยี่สิบเอ็ดต้น", "ยี่สิบเอ็ดต้น", 21, "ต้น"),
    ("น้ำมันดีเซลราคา 29.99 บาท", "29.99 บาท", 29.99, "บาท"),
    ("อนุมัติค่าตอบแทน 3,500.- บาท", "3,500.- บาท", 3500, "บาท"),
    ("ปศุสัตว์อำเภอส่งยาถ่ายพยาธิให้ 18 หมู่บ้าน", "18 หมู่บ้าน", 18, "หมู่บ้าน"),
    ("น้ำป่าพัดบ้านเสียหาย 35 หลังคาเรือน", "35 หลังคาเรือน", 35, "หลังคาเรือน"),
    ("ชาวนาเก็บเกี่ยวข้าวได้ 600 กิโลกรัม", "600 กิโลกรัม", 600, "กิโลกรัม"),
    ("ไฟป่าเผาผลาญพื้นที่ 120 ไร่", "120 ไร่", 120, "ไร่"),
    ("เจ้าหน้าที่ยึดยาบ้าได้ 4,000 เม็ด", "4,000 เม็ด", 4000, "เม็ด"),
]


# a word that only ends like a cue (ทะเบียน of a plate) says a count follows
CUE_LOOKALIKES = [
    ("ห้างหุ้นส่วนนี้มีทุนจดทะเบียน 2 ล้านบาท", "2 ล้านบาท", 2000000, "บาท"),
    ("มีเกษตรกรมาลงทะเบียน 450 ราย", "450 ราย", 450, "ราย"),
    ("แรงงานต่างด้าวขึ้นทะเบียน 1,300 คน", "1,300 คน", 1300, "คน"),
]


@pytest.mark.parametrize(("text", "span", "value", "unit"), NUMBERS + CUE_LOOKALIKES)
def test_numbers(pipeline, text: str, span: str, value, unit: str) -> None:
    count = only_count(pipeline, text)
    assert (count.text, count.value, count.unit) == (span, value, unit)


# -- multipliers ----------------------------------------------------------------------------

MULTIPLIERS = [
    ("ครม.อนุมัติงบกลาง 15 ล้านบาท", "15 ล้านบาท", 15_000_000, "บาท"),
    ("บริษัทบริจาคเงิน 2 ล้าน 4 แสนบาท", "2 ล้าน 4 แสนบาท", 2_400_000, "บาท"),
    ("ยอดผู้ป่วยสะสมเกือบ 3 หมื่นราย", "3 หมื่นราย", 30_000, "ราย"),
    ("กองทุนหมู่บ้านได้รับเงิน 2.5 แสนบาท", "2.5 แสนบาท", 250_000, "บาท"),
    ("รัฐบาลตั้งงบลงทุน 1แสน7หมื่นล้านบาท", "1แสน7หมื่นล้านบาท", 170_000_000_000, "บาท"),
    ("ความเสียหายประเมินได้หมื่นล้านบาท", "หมื่นล้านบาท", 10_000_000_000, "บาท"),
    ("หนี้ครัวเรือนแตะ 13 ล้านล้านบาท", "13 ล้านล้านบาท", 13_000_000_000_000, "บาท"),
    ("แจกจ่ายหน้ากากอนามัย 1.2 ล้านชิ้น", "1.2 ล้านชิ้น", 1_200_000, "ชิ้น"),
    ("ยอดขายสินค้าโอทอปทะลุ 59.73 ล้านบาท", "59.73 ล้านบาท", 59_730_000, "บาท"),
    ("รับบริจาคเงินห้าพันบาทถ้วน", "ห้าพันบาทถ้วน", 5000, "บาท"),
    # ลบ. is ล้านบาท in business news; ลบ.ม. stays cubic metres
    ("ไตรมาสนี้บริษัทขาดทุน 340 ลบ.", "340 ลบ.", 340_000_000, "บ."),
    ("ตำรวจอายัดทรัพย์สินกว่า75ลบ.", "75ลบ.", 75_000_000, "บ."),
    ("ยอดขายรวม 2.4 หมื่นลบ. ในปีนี้", "2.4 หมื่นลบ.", 24_000_000_000, "บ."),
    ("อ่างเก็บน้ำจุได้ 3,000 ลบ.ม.", "3,000 ลบ.ม.", 3000, "ลบ.ม."),
    # the baht sign after the number
    ("ค่าเข้าชมคนละ 120฿ ทุกวัน", "120฿", 120, "฿"),
]


@pytest.mark.parametrize(("text", "span", "value", "unit"), MULTIPLIERS)
def test_multipliers(pipeline, text: str, span: str, value: int, unit: str) -> None:
    count = only_count(pipeline, text)
    assert (count.text, count.value, count.unit) == (span, value, unit)
    assert isinstance(count.value, int)


# -- qualifiers -------------------------------------------------------------------------------

QUALIFIERS = [
    ("มีประชาชนมาร่วมงานประมาณ 500 คน", "500 คน", "approximate"),
    ("ผู้ชุมนุมราว 2,000 คน", "2,000 คน", "approximate"),
    ("ความเสียหายกว่า 3 ล้านบาท", "3 ล้านบาท", "more_than"),
    ("เกษตรกรมากกว่า 800 ราย", "800 ราย", "more_than"),
    ("น้ำท่วมนาข้าวเกือบ 4,000 ไร่", "4,000 ไร่", "almost"),
    ("ต้องมีสมาชิกอย่างน้อย 10 คน", "10 คน", "at_least"),
    ("โทษปรับไม่ต่ำกว่า 5,000 บาท", "5,000 บาท", "at_least"),
    ("ปรับไม่เกิน 20,000 บาท", "20,000 บาท", "at_most"),
    ("นักท่องเที่ยว 300 กว่าคน", "300 กว่าคน", "more_than"),
    ("ราคาประกันหรือประมาณ 49,000 บาท", "49,000 บาท", "approximate"),
    ("ร่วมงานวัดนับพันคน", "พันคน", "approximate"),
    ("มีผู้ชุมนุม 150 คน", "150 คน", None),
    # a word ending in a qualifier's letters is no qualifier: a budget is not "about"
    ("เทศบาลตั้งงบประมาณ 12 ล้านบาท", "12 ล้านบาท", None),
    ("เทศบาลใช้งบประมาณราว 12 ล้านบาท", "12 ล้านบาท", "approximate"),
    ("ปศุสัตว์อำเภอลงพื้นที่ตรวจนับ 85 ตัว", "85 ตัว", None),
]


@pytest.mark.parametrize(("text", "span", "qualifier"), QUALIFIERS)
def test_qualifiers(pipeline, text: str, span: str, qualifier: str | None) -> None:
    count = only_count(pipeline, text)
    assert (count.text, count.qualifier) == (span, qualifier)


# -- rates, ranges and glued counts ----------------------------------------------------------

RATES = [
    ("มอบเงินช่วยเหลือครัวเรือนละ 500 บาท", "500 บาท", 500, "ครัวเรือน"),
    ("ชดเชยเกษตรกรไร่ละ 1,113 บาท", "1,113 บาท", 1113, "ไร่"),
    ("รับซื้อยางแผ่นดิบกิโลกรัมละ 45.50 บาท", "45.50 บาท", 45.5, "กิโลกรัม"),
    ("ราคาข้าวเปลือกตันละกว่า 12,000 บาท", "12,000 บาท", 12000, "ตัน"),
    ("ราคาปุ๋ยอยู่ที่ 14,000 บาท/ตัน", "14,000 บาท/ตัน", 14000, "ตัน"),
    ("ค่าแรงขั้นต่ำ 330 บาท/วัน", "330 บาท/วัน", 330, "วัน"),
    ("รัฐรับจำนำข้าวที่ 1 หมื่นบาทต่อตัน", "1 หมื่นบาท", 10000, "ตัน"),
    ("ค่าเงินบาทอยู่ที่ 33.50 บาทต่อดอลลาร์สหรัฐ", "33.50 บาทต่อดอลลาร์สหรัฐ", 33.5, "ดอลลาร์สหรัฐ"),
    ("ไข่ไก่ขายฟองละ 4", "4", 4, "ฟอง"),
]


@pytest.mark.parametrize(("text", "span", "value", "per"), RATES)
def test_rates(pipeline, text: str, span: str, value, per: str) -> None:
    count = only_count(pipeline, text)
    assert (count.text, count.value, count.per, count.unit_category) == (span, value, per, "money")


def test_parts_written_apart_are_counted(pipeline) -> None:
    found = counts_of(pipeline, "ผสมทราย 3 ส่วน กับซีเมนต์ 1 ส่วน")
    assert [(c.text, c.value, c.unit) for c in found] == [("3 ส่วน", 3, "ส่วน"), ("1 ส่วน", 1, "ส่วน")]
    # a word that follows a classifier glued leaves it a classifier
    found = counts_of(pipeline, "แผนงานแบ่งเป็น 4 ส่วนคือ งานถนนและงานประปา")
    assert [(c.text, c.value, c.unit) for c in found] == [("4 ส่วน", 4, "ส่วน")]


def test_to_before_a_count_of_another_unit_is_no_range(pipeline) -> None:
    found = counts_of(pipeline, "มอบเงินรายละ 2,000 บาท ถึง 15 ครอบครัว")
    assert [(c.text, c.value, c.value_max) for c in found] == [("2,000 บาท", 2000, None), ("15 ครอบครัว", 15, None)]


def test_two_glued_counts_are_two(pipeline) -> None:
    found = counts_of(pipeline, "แจกถุงยังชีพ 50 ถุง50 ครัวเรือน")
    assert [(c.text, c.value, c.unit) for c in found] == [("50 ถุง", 50, "ถุง"), ("50 ครัวเรือน", 50, "ครัวเรือน")]


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        ("ไก่ชนราคาตัวละ 5-7 พันบาท", "5-7 พันบาท", 5000, 7000),
        ("จัดสรรงบ 500-1,000 ล้านบาท", "500-1,000 ล้านบาท", 500_000_000, 1_000_000_000),
        ("คลื่นสูง 2-3 เมตร", "2-3 เมตร", 2, 3),
        ("ค่าตัดผม 80 – 120 บาท", "80 – 120 บาท", 80, 120),
        # ถึง joins a range as the dash does
        ("ค่าเข้าชมตั้งแต่ 150 ถึง 400 บาท", "150 ถึง 400 บาท", 150, 400),
        ("ชดเชยรายละ 5 หมื่นจนถึง 1.2 แสนบาท", "5 หมื่นจนถึง 1.2 แสนบาท", 50_000, 120_000),
    ],
)
def test_ranges(pipeline, text: str, span: str, low, high) -> None:
    count = only_count(pipeline, text)
    assert (count.text, count.value, count.value_max) == (span, low, high)


# -- units and categories ----------------------------------------------------------------------

CATEGORIES = [
    ("ระดมทุนได้ 1.85 ล้านเหรียญสหรัฐ", "1.85 ล้านเหรียญสหรัฐ", 1_850_000, "เหรียญสหรัฐ", "money"),
    ("ส่งออกได้ 597.84 ล้านดอลลาร์สหรัฐ", "597.84 ล้านดอลลาร์สหรัฐ", 597_840_000, "ดอลลาร์สหรัฐ", "money"),
    ("ค่าปรับ 2 แสนยูโร", "2 แสนยูโร", 200_000, "ยูโร", "money"),
    ("ลงทุน 500 ล้านเยน", "500 ล้านเยน", 500_000_000, "เยน", "money"),
    ("นักท่องเที่ยวจีนใช้จ่าย 3 หมื่นหยวน", "3 หมื่นหยวน", 30_000, "หยวน", "money"),
    ("ระดมทุนได้ 3 ล้านเหรียญ", "3 ล้านเหรียญ", 3_000_000, "เหรียญ", "money"),
    ("ทองคำแท่งราคา 19,400บ.", "19,400บ.", 19400, "บ.", "money"),
    ("ค่าโดยสาร 60 สตางค์", "60 สตางค์", 60, "สตางค์", "money"),
    ("นักกีฬาไทยคว้า 3 เหรียญทอง", "3 เหรียญทอง", 3, "เหรียญทอง", "medals"),
    ("ทองคำหนัก 2 บาท", "2 บาท", 2, "บาท", "weight"),
    ("ถนนยาว 3.5 กิโลเมตร", "3.5 กิโลเมตร", 3.5, "กิโลเมตร", "length"),
    ("กักเก็บน้ำได้ 20 ล้านลูกบาศก์เมตร", "20 ล้านลูกบาศก์เมตร", 20_000_000, "ลูกบาศก์เมตร", "volume"),
    ("ผู้ประสบภัย 250 ครัวเรือน", "250 ครัวเรือน", 250, "ครัวเรือน", "households"),
    ("รถบรรทุกชนกัน 3 คัน", "3 คัน", 3, "คัน", "vehicles"),
    ("โคกระบือล้มตาย 40 ตัว", "40 ตัว", 40, "ตัว", "animals"),
    ("จัดกิจกรรมทั้งหมด 5 กิจกรรม", "5 กิจกรรม", 5, "กิจกรรม", "events"),
    ("น้ำท่วม 7 อำเภอ", "7 อำเภอ", 7, "อำเภอ", "places"),
]


@pytest.mark.parametrize(("text", "span", "value", "unit", "category"), CATEGORIES)
def test_units_and_categories(pipeline, text: str, span: str, value, unit: str, category: str) -> None:
    count = only_count(pipeline, text)
    assert (count.text, count.value, count.unit, count.unit_category) == (span, value, unit, category)


def test_bare_amount_with_money_word_is_money(pipeline) -> None:
    count = only_count(pipeline, "ญาติผู้เสียชีวิตทวงเงินค่าชดเชย 1 ล้าน")
    assert (count.text, count.value, count.unit, count.unit_category) == ("1 ล้าน", 1_000_000, None, "money")


def test_bare_amount_without_money_word_is_nothing(pipeline) -> None:
    assert counts_of(pipeline, "ประชากรของประเทศมีราว 66 ล้าน ตามทะเบียนราษฎร") == []


@pytest.mark.parametrize(("text", "span", "unit"), [("ราคาเครื่องละ $1,299", "$1,299", "$"), ("ระดมทุน 5 ล้าน USD", "5 ล้าน USD", "USD")])
def test_currency_signs_and_codes(pipeline, text: str, span: str, unit: str) -> None:
    count = only_count(pipeline, text)
    assert (count.text, count.unit, count.unit_category) == (span, unit, "money")


# -- what is counted ----------------------------------------------------------------------------

OF = [
    ("ผู้เข้าร่วม จำนวน 96 คน", "ผู้เข้าร่วม", "text"),
    ("ครั้งนี้ มีบุคลากรในสังกัดสำนักงานเกษตรจังหวัดเข้าร่วมจำนวน 45 คน", "บุคลากรในสังกัดสำนักงานเกษตรจังหวัด", "text"),
    ("โดยมีกิจกรรมตามแผนงานทั้งหมด 6 กิจกรรม", "กิจกรรมตามแผนงาน", "text"),
    ("ซึ่งมีบ้านเรือนที่ได้รับผลกระทบ 80 หลังคาเรือน", "บ้านเรือนที่ได้รับผลกระทบ", "text"),
    ("ผู้ว่าฯ มอบถุงยังชีพจำนวน 300 ชุด", "ถุงยังชีพ", "text"),
    ("ตำรวจจับกุมผู้ต้องหา 3 ราย", "ผู้ต้องหา", "text"),
    ("พบผู้ป่วยไข้เลือดออกกว่า 40 ราย", "ผู้ป่วยไข้เลือดออก", "text"),
    ("ลงพื้นที่ช่วยเหลือชาวบ้านใน 12 หมู่บ้าน", "หมู่บ้าน", "unit"),
    ("จัดอบรมให้แก่ 30 ครัวเรือน", "ครัวเรือน", "unit"),
    # a time word or a verb of what is left opens the phrase; ตั้งแต่ before a range closes it
    ("ขณะนี้ผู้ป่วยนอนโรงพยาบาล 5 ราย", "ผู้ป่วยนอนโรงพยาบาล", "text"),
    ("เจ้าหน้าที่คัดกรองแล้ว เหลือผู้ต้องเฝ้าระวัง 9 ราย", "ผู้ต้องเฝ้าระวัง", "text"),
    ("ค่าปรับตั้งแต่ 2,000 - 5,000 บาท", "ค่าปรับ", "text"),
    ("สำนักงานตั้งเป้าผู้รับวัคซีน 5,000 คน", "ผู้รับวัคซีน", "text"),
    ("กรมควบคุมโรคเปิดเผยจำนวนผู้ป่วยรายใหม่ 12 ราย", "ผู้ป่วยรายใหม่", "text"),  # จำนวน (the number of) opens
    # ...but not inside a relative clause (ที่เหลือ: the ones left)
    ("ปศุสัตว์ฝังกลบไก่ที่เหลือ 200 ตัว", "ปศุสัตว์ฝังกลบไก่ที่เหลือ", "text"),
]


@pytest.mark.parametrize(("text", "of", "source"), OF)
def test_what_is_counted(pipeline, text: str, of: str, source: str) -> None:
    count = only_count(pipeline, text)
    assert (count.of, count.of_source) == (of, source)


def test_nothing_written_and_no_naming_unit_leaves_of_empty(pipeline) -> None:
    count = only_count(pipeline, "จำนวน 20 คน")
    assert (count.of, count.of_source) == (None, None)
    count = only_count(pipeline, "เจ้าหน้าที่คัดกรองแล้ว เหลือ 9 ราย")
    assert (count.of, count.of_source) == (None, None)


def test_a_date_before_a_count_is_not_what_it_counts(pipeline) -> None:
    count = only_count(pipeline, "ประกาศเขตภัยพิบัติเพิ่มเมื่อวันที่ 9 ก.ย. อีก 3 อำเภอ")
    assert (count.value, count.unit, count.of, count.of_source) == (3, "อำเภอ", "อำเภอ", "unit")
    count = only_count(pipeline, "ยอดสะสมถึง 9 ก.ย. มีโรงงานปิดตัว 14 แห่ง")
    assert count.of == "โรงงานปิดตัว"


def test_glued_count_does_not_count_the_previous_unit(pipeline) -> None:
    second = counts_of(pipeline, "แจกถุงยังชีพ 50 ถุง50 ครัวเรือน")[1]
    assert (second.of, second.of_source) == ("ครัวเรือน", "unit")


# -- not counts ------------------------------------------------------------------------------------

NOT_COUNTS = [
    # dates and times
    ("ประชุมวันที่ 5 มีนาคม 2563 เวลา 09.00 น.", "date and time"),
    ("โครงการรักษ์น้ำ 2020 กิจกรรมแรกคือการปลูกป่า", "year inside a project name"),
    ("ในปี 2563 โครงการนี้ได้รับรางวัล", "year after ปี"),
    # ordinals
    ("การประชุมครั้งที่ 3 คณะทำงานได้สรุปผล", "ครั้งที่"),
    ("ยุทธศาสตร์ประเด็นที่ 4 เรื่องการพัฒนาคน", "ประเด็นที่"),
    ("ผลการแข่งขัน ที่ 1 ทีมโรงเรียนบ้านนาดี", "bare ที่ ordinal"),
    ("ลำดับที่ 2 นายสมหมาย ใจดี", "ลำดับที่"),
    # ages and durations
    ("ผู้ตายอายุ 45 ปี", "age"),
    ("สอดคล้องกับยุทธศาสตร์ชาติ 20 ปี", "duration in years"),
    ("จัดอบรมเป็นเวลา 3 วัน 2 คืน", "duration in days"),
    # addresses and identifiers
    ("บ้านเลขที่ 45/12 หมู่ 3 ตำบลบ้านใหม่", "house and village number"),
    ("หมู่ที่ 5 ตำบลนาดี อำเภอเมือง", "village number"),
    ("ม.5 ต.หนองบัว", "abbreviated village number"),
    ("ทางหลวงหมายเลข 21 กิโลเมตรที่ 45", "highway number"),
    ("ติดต่อ โทร. 0-4424-1234 ในวันเวลาราชการ", "phone number"),
    ("รถกระบะ ทะเบียน บท 1234 นครราชสีมา", "plate"),
    ("ผู้ป่วยโควิด-19 รายใหม่", "code joined by a hyphen"),
    ("1. ชุดปฏิบัติการพิเศษ 2. ชุดสืบสวน", "list numbering"),
    ("ห้อง 301 อาคารเรียน", "room number"),
    ("โครงการหนึ่งตำบลหนึ่งผลิตภัณฑ์", "slogan"),
    # percentages
    ("ผลผลิตเพิ่มขึ้นร้อยละ 20", "percentage"),
    ("ยอดขายลดลง 15% เมื่อเทียบกับปีก่อน", "percent sign"),
    ("ผู้ป่วยหายแล้ว 80 เปอร์เซ็นต์", "percent word"),
    # vague and non-count words
    ("ประชาชนหลายล้านคนได้รับผลกระทบ", "vague หลายล้าน"),
    ("สามารถช่วยเหลือเกษตรกรได้", "สาม inside สามารถ"),
    ("เมล็ดพันธุ์ข้าว", "พัน inside พันธุ์"),
    ("ร้อยเอกสมชาย", "ร้อย as a rank"),
    ("ทีมเหย้ายิงได้ 2 ส่วนทีมเยือนยิงไม่ได้เลย", "ส่วน glued to the next word opens a clause"),
]


@pytest.mark.parametrize(("text", "why"), NOT_COUNTS)
def test_not_counts(pipeline, text: str, why: str) -> None:
    assert [(c.text, c.value) for c in counts_of(pipeline, text)] == [], why


def test_address_leaves_the_real_count(pipeline) -> None:
    found = counts_of(pipeline, "ที่บ้านเลขที่ 9 หมู่ 4 มีผู้ป่วย 2 ราย")
    assert [(c.text, c.value) for c in found] == [("2 ราย", 2)]


# -- percentages -------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "span", "value", "value_max"),
    [
        ("ผลผลิตเพิ่มขึ้นร้อยละ 20", "ร้อยละ 20", 20, None),
        ("ยอดขายลดลง 15% เมื่อเทียบกับปีก่อน", "15%", 15, None),
        ("อัตราการฉีดวัคซีน 64.9 %", "64.9 %", 64.9, None),
        ("ผู้ป่วยหายแล้ว 80 เปอร์เซ็นต์", "80 เปอร์เซ็นต์", 80, None),
        ("ในจำนวนนี้ร้อยละ 80-90 เป็นเด็ก", "ร้อยละ 80-90", 80, 90),
        ("ปลอดภัยร้อยเปอร์เซ็นต์", "ร้อยเปอร์เซ็นต์", 100, None),
    ],
)
def test_percentages(pipeline, text: str, span: str, value, value_max) -> None:
    article = pipeline.parse(text)
    assert [(p.text, p.value, p.value_max) for p in article.percentages] == [(span, value, value_max)]
    assert article.counts == ()


def test_percentage_qualifier() -> None:
    [found] = scan_percentages("ลดลงกว่าร้อยละ 30")
    assert found.fields["qualifier"] == "more_than"


# -- the seed article ------------------------------------------------------------------------------

def test_seed_article_counts(pipeline, seed_text: str) -> None:
    article = pipeline.parse(seed_text)
    found = [(c.text, c.value, c.unit, c.unit_category) for c in article.counts]
    assert found == [("7 กิจกรรม", 7, "กิจกรรม", "events"), ("96 คน", 96, "คน", "people")]
    activities, staff = article.counts
    assert activities.of == "กิจกรรมตามโครงการ"
    assert staff.of.startswith("บุคลากรในสังกัด") and staff.of.endswith("เพชรบูรณ์")
    for count in article.counts:
        assert seed_text[count.start:count.end] == count.text


# -- offsets, values, robustness ---------------------------------------------------------------------

def test_offsets_point_into_the_original_text(pipeline) -> None:
    text = "มอบเงิน\u00a0\u00a0๕,๐๐๐\u00a0บาท ให้\u200bผู้ประสบภัย ๑๒ ครัวเรือน"
    found = counts_of(pipeline, text)
    assert [(c.text, c.value) for c in found] == [("๕,๐๐๐\u00a0บาท", 5000), ("๑๒ ครัวเรือน", 12)]


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=10**13))
def test_number_words_agree_with_pythainlp(number: int) -> None:
    from pythainlp.util import num_to_thaiword, thaiword_to_num

    words = num_to_thaiword(number)
    assert parse_amount(words) == thaiword_to_num(words) == number


@pytest.mark.parametrize(
    "adversarial",
    [
        "1" * 1_000_000,
        "1," * 500_000,
        "1 ล้าน " * 150_000,
        "หนึ่งสองสามสี่ห้า" * 60_000,
        "1-" * 500_000,
        "5 บาท/" * 150_000,
        "ละ" * 500_000,
        "ร้อยละ" * 160_000,
        "ตัวละ 5 " * 25_000,
    ],
)
def test_adversarial_input_finishes(adversarial: str) -> None:
    scan_counts(adversarial)
    scan_percentages(adversarial)


# -- the lexicons -----------------------------------------------------------------------------------

def test_unit_lexicon_is_consistent() -> None:
    from newsstruct.lexicon import load

    rows = load("units")
    units = [row["unit"] for row in rows]
    assert len(units) == len(set(units)), "a unit is listed twice"
    for row in rows:
        assert row["category"], row
        assert row["self_naming"] in ("", "y"), row
        assert set(filter(None, row["flags"].split("|"))) <= {"alone", "label"}, row
        assert not {"ปี", "เดือน", "วัน", "ชั่วโมง", "นาที"} & {row["unit"]}, "time units are durations"


def _money_units() -> list[str]:
    from newsstruct.lexicon import load

    return [row["unit"] for row in load("units") if row["category"] == "money"]


@pytest.mark.parametrize("unit", _money_units())
def test_every_currency_is_money(pipeline, unit: str) -> None:
    count = only_count(pipeline, f"ได้รับเงินบริจาค 5 ล้าน {unit} เมื่อวาน")
    assert (count.value, count.unit, count.unit_category) == (5_000_000, unit, "money")
