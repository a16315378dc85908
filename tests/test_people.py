"""People: titles, names, roles; table-driven corpora of sentences written for these tests."""

from __future__ import annotations

import pytest

from newsstruct.extract.people import _abbreviation_pattern, name_lists, title_forms

from conftest import assert_offsets


def people_of(pipeline, text):
    article = pipeline.parse(text)
    assert_offsets(article, text)
    return article.people


# (text, expected span text, title, name)
TITLED = [
    ("โดยนายสมพงษ์ ใจดี เป็นประธานในพิธี", "นายสมพงษ์ ใจดี", "นาย", "สมพงษ์ ใจดี"),
    ("จังหวัดตรังนายประเสริฐ ศรีสวัสดิ์ ได้เดินทางมา", "นายประเสริฐ ศรีสวัสดิ์", "นาย", "ประเสริฐ ศรีสวัสดิ์"),
    ("วันนี้ นาย สมศักดิ์ บุญมา เดินทางไปตลาด", "นาย สมศักดิ์ บุญมา", "นาย", "สมศักดิ์ บุญมา"),
    ("งานนี้ ผศ.ดร. วิไล ทองคำ บรรยายพิเศษ", "ผศ.ดร. วิไล ทองคำ", "ผศ.ดร.", "วิไล ทองคำ"),
    ("ขณะที่ รศ.ดร.สมชาย แก้วมณี กล่าวว่า", "รศ.ดร.สมชาย แก้วมณี", "รศ.ดร.", "สมชาย แก้วมณี"),
    ("ด้าน น.ส.กมลวรรณ ศรีสุข เปิดเผยว่า", "น.ส.กมลวรรณ ศรีสุข", "น.ส.", "กมลวรรณ ศรีสุข"),
    ("ผู้ป่วยคือ ด.ญ.สุดา มีสุข อายุ 9 ปี", "ด.ญ.สุดา มีสุข", "ด.ญ.", "สุดา มีสุข"),
    ("ต่อมา พ.ต.ท.หญิง วรรณา ศรีสมบูรณ์ ได้รับแจ้ง", "พ.ต.ท.หญิง วรรณา ศรีสมบูรณ์", "พ.ต.ท.หญิง", "วรรณา ศรีสมบูรณ์"),
    ("พร้อมด้วย ว่าที่ ร.ต.สมหมาย ใจงาม ปลัดอำเภอ", "ว่าที่ ร.ต.สมหมาย ใจงาม", "ว่าที่ ร.ต.", "สมหมาย ใจงาม"),
    ("ต่อมา จสต.วิชัย แสงทอง ได้ตรวจสอบ", "จสต.วิชัย แสงทอง", "จสต.", "วิชัย แสงทอง"),
    ("ต่อมา ร.ต.อ สมบัติ ทองดี ได้ตรวจสอบ", "ร.ต.อ สมบัติ ทองดี", "ร.ต.อ", "สมบัติ ทองดี"),
    ("ต่อมา ส.ต.ท..ประยูร ศรีสุข ได้ตรวจสอบ", "ส.ต.ท..ประยูร ศรีสุข", "ส.ต.ท.", "ประยูร ศรีสุข"),
    ("โดยมี พล.ต.อ.วีระ สุขสันต์ เป็นประธาน", "พล.ต.อ.วีระ สุขสันต์", "พล.ต.อ.", "วีระ สุขสันต์"),
    ("นายกองเอกสมบูรณ์ ใจดี ผู้บังคับการ", "นายกองเอกสมบูรณ์ ใจดี", "นายกองเอก", "สมบูรณ์ ใจดี"),
    ("มี พ.อ.(พิเศษ)สุรชัย ทองมา ร่วมงาน", "พ.อ.(พิเศษ)สุรชัย ทองมา", "พ.อ.(พิเศษ)", "สุรชัย ทองมา"),
    ("โดยมี พระครูสมุห์สมชาย ธมฺมโชโต เป็นประธานสงฆ์", "พระครูสมุห์สมชาย ธมฺมโชโต", "พระครู", "สมุห์สมชาย ธมฺมโชโต"),
    ("ผู้แทน ม.ร.ว.สุขุมพันธุ์ บริพัตร ได้ร่วมงาน", "ม.ร.ว.สุขุมพันธุ์ บริพัตร", "ม.ร.ว.", "สุขุมพันธุ์ บริพัตร"),
    ("ทั้งนี้ นพ.ธีรวัฒน์ แก้วประเสริฐ กล่าวว่า", "นพ.ธีรวัฒน์ แก้วประเสริฐ", "นพ.", "ธีรวัฒน์ แก้วประเสริฐ"),
    ("เจ้าหน้าที่พบ นายสุเมธ ใจกล้า อายุ 41 ปี", "นายสุเมธ ใจกล้า", "นาย", "สุเมธ ใจกล้า"),
    ("เมื่อนายอนุชากล่าวว่าไม่ทราบเรื่อง", "นายอนุชา", "นาย", "อนุชา"),
]


@pytest.mark.parametrize("text,span,title,name", TITLED, ids=[row[1] for row in TITLED])
def test_titled_names(pipeline, text, span, title, name):
    found = people_of(pipeline, text)
    assert [(p.text, p.title, p.name) for p in found] == [(span, title, name)]


CATEGORIES = [
    ("นายสมชาย ใจดี กล่าว", "civil"),
    ("ผศ.ดร.วิไล ทองคำ กล่าว", "academic"),
    ("นพ.สมชาย ใจดี กล่าว", "professional"),
    ("พล.อ.สมชาย ใจดี กล่าว", "military"),
    ("พ.ต.อ.สมชาย ใจดี กล่าว", "police"),
    ("พระมหาสมชาย ใจดี กล่าว", "monastic"),
    ("ม.ล.สมชาย ใจดี กล่าว", "nobility"),
]


@pytest.mark.parametrize("text,category", CATEGORIES)
def test_title_category(pipeline, text, category):
    (person,) = people_of(pipeline, text)
    assert person.title_category == category


# Names whose boundaries need care: ณ-surnames, withheld and split surnames.
BOUNDARIES = [
    ("พ.ต.อ.ณัฐพล ณ ลำปาง ผู้กำกับการ", "พ.ต.อ.ณัฐพล ณ ลำปาง", "ณัฐพล ณ ลำปาง"),
    ("นายปีติ พึ่งบุญ ณ อยุธยา กล่าวว่า", "นายปีติ พึ่งบุญ ณ อยุธยา", "ปีติ พึ่งบุญ ณ อยุธยา"),
    ("นายทัช ณ ถลาง นักร้อง", "นายทัช ณ ถลาง", "ทัช ณ ถลาง"),
    ("คือ นายเอกชัย (สงวนนามสกุล) อายุ 28 ปี", "นายเอกชัย", "เอกชัย"),
    ("คือ นางสมศรี สงวนนามสกุล อายุ 50 ปี", "นางสมศรี", "สมศรี"),
    ("นายวิรัช ชัยมงคล ประธาน ไม่ได้เดินทางมา ณ ห้องประชุม", "นายวิรัช ชัยมงคล", "วิรัช ชัยมงคล"),
]


@pytest.mark.parametrize("text,span,name", BOUNDARIES, ids=[row[1] for row in BOUNDARIES])
def test_name_boundaries(pipeline, text, span, name):
    found = people_of(pipeline, text)
    assert [(p.text, p.name) for p in found] == [(span, name)]


def test_withheld_surname_is_flagged(pipeline):
    (person,) = people_of(pipeline, "คือ นายเอกชัย (สงวนนามสกุล) อายุ 28 ปี")
    assert person.surname_withheld


def test_split_surname_joined_by_other_mention(pipeline):
    text = "โดยนายวิชัย ทอง ประเสริฐ รองผู้ว่าราชการจังหวัดน่าน เป็นประธาน ต่อมานายวิชัย ทองประเสริฐ กล่าวว่า"
    first, second = people_of(pipeline, text)
    assert first.text == "นายวิชัย ทอง ประเสริฐ"
    assert first.name == second.name == "วิชัย ทองประเสริฐ"
    assert first.person_id == second.person_id


NOT_PEOPLE = [
    "นายอำเภอเมืองลงพื้นที่ตรวจน้ำท่วม",
    "นายกเทศมนตรีตำบลบ้านใหม่ เปิดงาน",
    "นายกรัฐมนตรีเดินทางไปต่างประเทศ",
    "นายก อบต.ท่าช้าง แจ้งว่า",
    "นายกองค์การบริหารส่วนตำบลนาดี มอบเงิน",
    "เจ้าหน้าที่ตำรวจ 3 นาย ออกตรวจพื้นที่",
    "ทหารทั้งสองนายได้รับบาดเจ็บ",
    "ที่ ต.นายม อ.เมือง จ.เพชรบูรณ์",
    "คุณภาพชีวิตของประชาชนดีขึ้น",
    "โครงการพัฒนางานบริการประชาชน",
    "ชาวบ้านนำพระพุทธรูปมาสรงน้ำ",
    "ในเดือนมิถุนายนที่ผ่านมา",
    "จนท.ตรวจสอบพื้นที่ จ.ตราด",
    "เวลา 14.30 น. ที่ห้องประชุม",
    "พร้อมด้วยรักษาราชการแทนพัฒนาการจังหวัดน่าน หัวหน้ากลุ่ม หัวหน้าฝ่าย",
]


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_traps_are_not_people(pipeline, text):
    assert people_of(pipeline, text) == ()


# (text, name, role, roles)
ROLES = [
    (
        "นายวิชิต ประเสริฐกุล ผู้ว่าราชการจังหวัดอุบลราชธานี ลงพื้นที่",
        "วิชิต ประเสริฐกุล", "ผู้ว่าราชการจังหวัดอุบลราชธานี", ("ผู้ว่าราชการจังหวัดอุบลราชธานี",),
    ),
    (
        "ผู้ว่าราชการจังหวัดลำปาง นายสมชาย ใจดี ได้มอบหมาย",
        "สมชาย ใจดี", "ผู้ว่าราชการจังหวัดลำปาง", ("ผู้ว่าราชการจังหวัดลำปาง",),
    ),
    (
        "ร.ต.อ.สมศักดิ์ ทองดี รองสารวัตร (สอบสวน) สภ.บางปะหัน ได้รับแจ้ง",
        "สมศักดิ์ ทองดี", "รองสารวัตร (สอบสวน) สภ.บางปะหัน", ("รองสารวัตร (สอบสวน) สภ.บางปะหัน",),
    ),
    (
        "นางสมใจ รักดี หัวหน้าสำนักงานที่ดินจังหวัด สาขาสันทราย กล่าวว่า",
        "สมใจ รักดี", "หัวหน้าสำนักงานที่ดินจังหวัด สาขาสันทราย", ("หัวหน้าสำนักงานที่ดินจังหวัด สาขาสันทราย",),
    ),
    (
        "นายกฤษดา ชัยมงคล โฆษกประจำสำนักนายกรัฐมนตรี แถลงว่า",
        "กฤษดา ชัยมงคล", "โฆษกประจำสำนักนายกรัฐมนตรี", ("โฆษกประจำสำนักนายกรัฐมนตรี",),
    ),
    (
        "นางสาวกมลวรรณ ศรีสมบูรณ์ นายอำเภอวารินชำราบ ลงพื้นที่",
        "กมลวรรณ ศรีสมบูรณ์", "นายอำเภอวารินชำราบ", ("นายอำเภอวารินชำราบ",),
    ),
    (
        "นายสมศักดิ์ ใจดี นายก อบต.ท่าช้าง กล่าว",
        "สมศักดิ์ ใจดี", "นายก อบต.ท่าช้าง", ("นายก อบต.ท่าช้าง",),
    ),
    (
        "นายมานพ สุขใจ ผู้ใหญ่บ้านหมู่ที่ 3 นำชาวบ้าน",
        "มานพ สุขใจ", "ผู้ใหญ่บ้านหมู่ที่ 3", ("ผู้ใหญ่บ้านหมู่ที่ 3",),
    ),
]


@pytest.mark.parametrize("text,name,role,roles", ROLES, ids=[row[1] for row in ROLES])
def test_roles(pipeline, text, name, role, roles):
    (person,) = people_of(pipeline, text)
    assert (person.name, person.role, person.roles) == (name, role, roles)


def test_acting_role(pipeline):
    text = "นายสุวิทย์ ทองมา หัวหน้ากลุ่มงานส่งเสริม  รักษาราชการแทนเกษตรจังหวัดน่าน กล่าวว่า"
    (person,) = people_of(pipeline, text)
    assert person.role == "หัวหน้ากลุ่มงานส่งเสริม"
    assert person.roles == ("หัวหน้ากลุ่มงานส่งเสริม", "รักษาราชการแทนเกษตรจังหวัดน่าน")
    assert person.acting_role == "เกษตรจังหวัดน่าน"


def test_two_people_keep_their_own_roles(pipeline):
    text = "นายวิชิต ใจดี ผู้ว่าราชการจังหวัดน่าน พร้อมด้วยนางสาวกมล ศรีสุข นายอำเภอปัว ลงพื้นที่"
    first, second = people_of(pipeline, text)
    assert (first.name, first.role) == ("วิชิต ใจดี", "ผู้ว่าราชการจังหวัดน่าน")
    assert (second.name, second.role) == ("กมล ศรีสุข", "นายอำเภอปัว")


ROYAL = [
    ("วันนี้ สมเด็จพระเจ้าอยู่หัว ทรงพระกรุณาโปรดเกล้า", "สมเด็จพระเจ้าอยู่หัว"),
    ("ด้วยพระมหากรุณาธิคุณของ สมเด็จพระนางเจ้าฯ พระบรมราชินีนาถ ที่มีต่อ", "สมเด็จพระนางเจ้าฯ พระบรมราชินีนาถ"),
]


@pytest.mark.parametrize("text,span", ROYAL)
def test_royal_persons_are_flagged(pipeline, text, span):
    found = [p for p in people_of(pipeline, text) if p.royal]
    assert [p.text for p in found] == [span]
    assert found[0].title_category == "royal"


def test_untitled_repeat_of_a_titled_name(pipeline):
    text = "พล.ต.อ.สมชาย ใจดี ผู้บัญชาการ กล่าวว่า ต่อมาสมชาย ใจดี ได้เดินทางกลับ"
    first, second = people_of(pipeline, text)
    assert second.text == "สมชาย ใจดี"
    assert second.title is None
    assert first.person_id == second.person_id


def test_reporter_byline_is_a_person(pipeline):
    text = "ฝนตกหนักในเมือง\nชาวบ้านได้รับความเดือดร้อน\nสมหญิง  ใจงาม  :  ข่าว"
    article = pipeline.parse(text)
    (reporter,) = [p for p in article.people if p.rule == "reporter_byline"]
    assert (reporter.title, reporter.name) == (None, "สมหญิง ใจงาม")
    assert text[reporter.start:reporter.end] == reporter.text


def test_seed_article(pipeline, seed_text):
    article = pipeline.parse(seed_text)
    assert_offsets(article, seed_text)
    niwet = [p for p in article.people if p.name == "นิเวศน์ หาญสมุทร์"]
    assert len(niwet) == 2
    assert {p.text for p in niwet} == {"นายนิเวศน์ หาญ สมุทร์", "นายนิเวศน์ หาญสมุทร์"}
    assert len({p.person_id for p in niwet}) == 1
    assert all(p.title == "นาย" and p.role == "รองผู้ว่าราชการจังหวัดเพชรบูรณ์" for p in niwet)
    (wasan,) = [p for p in article.people if p.name == "วสันต์ ศรีจุดานุ"]
    assert wasan.role == "หัวหน้ากลุ่มยุทธศาสตร์การพัฒนาชุมชน"
    assert "รักษาราชการแทนพัฒนาการจังหวัดเพชรบูรณ์" in wasan.roles
    assert wasan.acting_role == "พัฒนาการจังหวัดเพชรบูรณ์"
    (reporter,) = [p for p in article.people if p.rule == "reporter_byline"]
    assert (reporter.title, reporter.name) == (None, "พรสวรรค์ อุทัยวงศ์")
    # The list of positions after พร้อมด้วย names no one.
    assert len(article.people) == 4


@pytest.mark.parametrize("title", ["พ.ต.ท.", "จ.ส.ต.", "ร.ต.อ.", "พล.ต.อ."])
def test_abbreviation_variants(title):
    import regex

    pattern = regex.compile(_abbreviation_pattern(title))
    groups = title.rstrip(".").split(".")
    assert pattern.fullmatch("".join(groups) + ".")  # inner dots left out
    assert pattern.fullmatch(title + ".")  # last dot doubled
    assert pattern.match(title[:-1] + " ")  # last dot missing before a space
    assert not pattern.fullmatch("".join(groups))  # no dot at all is not the rank


def test_title_lexicon_has_every_category():
    categories = {info.category for info in title_forms().values()}
    assert {"civil", "academic", "professional", "military", "police", "monastic", "nobility", "royal"} <= categories


def test_name_lists_load_once_and_hold_thai_names():
    assert name_lists() is name_lists()
    assert "สมชาย" in name_lists().given
