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
    ("ผู้ป่วยรายแรกคือ เด็กชายธนวัฒน์ ใจดี อายุ 7 ปี", "เด็กชายธนวัฒน์ ใจดี", "เด็กชาย", "ธนวัฒน์ ใจดี"),
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
    # แจง (explains) is a verb of speech that ends a name; a surname that only begins with แจ holds
    ("นายกฯ สั่ง นายวิโรจน์ แจงเหตุน้ำท่วมภายในสามวัน", "นายวิโรจน์", "วิโรจน์"),
    ("ด้าน นายสมชาย แจ่มใส กล่าวว่า", "นายสมชาย แจ่มใส", "สมชาย แจ่มใส"),
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
    ("เช้านี้ สมเด็จพระเจ้าอยู่หัว เสด็จไปทรงเปิดอาคารเรียนหลังใหม่", "สมเด็จพระเจ้าอยู่หัว"),
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


# -- where a name glued to the next word ends, and what is no surname ---------------------------

# (text, expected span) — the name is glued to a word that names rarely hold (a verb, a kinship
# word), or followed by a space and a clause that is no surname.
NAME_ENDS = [
    ("เมื่อวานนี้นายสมคิดได้มอบหมายให้ทีมงานลงพื้นที่", "นายสมคิด"),  # known given name + stop word
    ("ต่อมานางสมพรกลับบ้านพร้อมลูก", "นางสมพร"),  # known given name + a common verb
    ("ขณะที่พ.ต.ท.วิชัยยังยืนยันว่าไม่เกี่ยวข้อง", "พ.ต.ท.วิชัย"),  # ยัง + running text
    ("โดยนายหอมจันทร์พ่อของผู้ตายเล่าว่า", "นายหอมจันทร์"),  # unlisted name + a kinship word
    ("ด.ช.ธนวัฒน์ชอบเล่นฟุตบอลกับเพื่อน", "ด.ช.ธนวัฒน์"),
    ("ตำรวจพบนายบุญมีภรรยาของผู้ตาย", "นายบุญมี"),  # มี inside the name, not a verb here
    ("นางบุญมีเข้ามาช่วย", "นางบุญมี"),
    ("ขณะที่ นายวัฒนา ทองดีเผยว่า จะลาออก", "นายวัฒนา ทองดี"),  # surname glued to a verb
    ("พ.ต.ท.สมชาย ออกมายืนยันอีกครั้ง", "พ.ต.ท.สมชาย"),  # no family name begins with ออก
    ("พบว่านางสมศรี ใช้มีดทำร้ายสามี", "นางสมศรี"),
    ("ต่อมา น.ส.วันดี กินยาเกินขนาดจนหมดสติ", "น.ส.วันดี"),  # a clause of everyday words
    ("ยังไม่ตอบว่าจะฟ้อง นายโกเฮง หรือไม่ ทั้งนี้", "นายโกเฮง"),  # หรือไม่ begins with a function word
    ("ด้าน น.ส.วรรณา แก่นจันทร์วงศ์ เป็นประธาน", "น.ส.วรรณา แก่นจันทร์วงศ์"),  # but family names begin with แก่น
]


@pytest.mark.parametrize("text,span", NAME_ENDS, ids=[row[1] for row in NAME_ENDS])
def test_name_ends(pipeline, text, span):
    assert [p.text for p in people_of(pipeline, text)] == [span]


# Surnames that begin with a common word or hold a stop word are kept when the name closes after them.
SURNAMES_KEPT = [
    ("ที่ นายอุดม ใคร่ครวญ ครูโรงเรียนบ้านนา ถูกจับ", "อุดม ใคร่ครวญ"),  # a role closes the name
    ("พร้อมด้วย นายธวัช แย้มศรี นายอำเภอเมืองน่าน", "ธวัช แย้มศรี"),  # แย้ม is also a stop word
    ("และ นพ.อนันต์ ณัฐวุฒิโรจน์ ผู้อำนวยการโรงพยาบาล", "อนันต์ ณัฐวุฒิโรจน์"),  # ณ begins a word here
    ("ผู้เสียชีวิตชื่อนายบุญสม นิติวงศ์ อายุ 56 ปี", "บุญสม นิติวงศ์"),
    # an age, a role or a title glued after it closes the name as surely as a space does
    ("ต่อมาทราบชื่อนายวิชิต ฟันกระโทกอายุ 45 ปี เป็นคนขับรถ", "วิชิต ฟันกระโทก"),
    # an organisation glued after the surname ends it
    ("รศ.ดร.วิไลวรรณ ทองประเสริฐจุฬาลงกรณ์มหาวิทยาลัยเปิดเผยว่า", "วิไลวรรณ ทองประเสริฐ"),
]


@pytest.mark.parametrize("text,name", SURNAMES_KEPT, ids=[row[1] for row in SURNAMES_KEPT])
def test_surnames_kept(pipeline, text, name):
    assert [p.name for p in people_of(pipeline, text)] == [name]


# -- titles ------------------------------------------------------------------------------------

MORE_TITLES = [
    ("ท่านศาสตราจารย์ ดร. สมศักดิ์ ใจดี คณบดีคณะวิศวกรรมศาสตร์", "ศาสตราจารย์ ดร. สมศักดิ์ ใจดี", "ศาสตราจารย์ ดร."),
    ("ศ.คลินิก นพ.สมชาย ใจดี ลงพื้นที่", "ศ.คลินิก นพ.สมชาย ใจดี", "ศ.คลินิก นพ."),
    ("ด้านผศ.วิไล ทองคำ อธิการบดี กล่าว", "ผศ.วิไล ทองคำ", "ผศ."),  # glued after a stop word
    ("ส่วนน้องแพมเป็นลูกคนเล็ก", "น้องแพม", "น้อง"),  # a nickname that is no common word
    ("ญาตินำศพน้องเมย์ไปบำเพ็ญกุศล", "น้องเมย์", "น้อง"),  # a nickname title after a whole word
    ("ตำรวจจับเสี่ยโต้งได้ที่บ้านพัก", "เสี่ยโต้ง", "เสี่ย"),
]


@pytest.mark.parametrize("text,span,title", MORE_TITLES, ids=[row[1] for row in MORE_TITLES])
def test_more_titles(pipeline, text, span, title):
    assert [(p.text, p.title) for p in people_of(pipeline, text)] == [(span, title)]


# Words that begin with a title, weak titles before everyday words, and abbreviations that look like ranks.
MORE_NOT_PEOPLE = [
    "หมอตรวจเด็กชายฝาแฝดคู่นี้ทุกวัน",  # เด็กชาย spelled out is also the noun "boy"
    "เธอพาน้องสาวไปโรงเรียน",
    "เธอพาพี่น้องไปเที่ยว",
    "สินค้ามีคุณภาพดี",
    "หมอใหญ่พูดถึงโรคระบาด",
    "การออมทำให้ครูมีวินัยทางการเงิน",
    "เจ้าหน้าที่ลงพท.ป่าต้นน้ำ",  # พท. is พื้นที่, not พ.ท.
    "เกิดเหตุที่ อ.ไชยา จ.สุราษฎร์ธานี",  # อ. is อำเภอ
    "ที่ลานเฉลิมพระเกียรติสมเด็จพระเจ้าอยู่หัว มีประชาชนมาร่วมงาน",
    "การระบาดของ \"ไข้หวัดนก\" ยังไม่จบ",
    "ในเกมนี้ วิชัย ลงเล่นเป็นตัวจริง",
    "สมาชิกทั้ง 3 นาย ได้รับบาดเจ็บ",
]


@pytest.mark.parametrize("text", MORE_NOT_PEOPLE)
def test_more_non_people(pipeline, text):
    assert people_of(pipeline, text) == ()


# -- untitled names ------------------------------------------------------------------------------

# (text, expected [(span, rule)])
UNTITLED = [
    ("\"สมหมาย\" ยืนยันไม่ลาออก", [("สมหมาย", "quoted_name")]),
    ("\"ต้อม\" ปัดข่าวลือ", [("ต้อม", "quoted_name")]),
    (
        "นักร้องสาว \"ต้อย\"วิภาวรรณ ศรีสุข ไม่กลัวโรค",
        [("ต้อย", "quoted_name"), ("วิภาวรรณ ศรีสุข", "named_after_nickname")],
    ),
    (  # (negative: a quoted phrase before a name is what the person said, not a nickname)
        "\"ไม่ลาออก\" สมศักดิ์ ทองดี ยืนยันกลางสภา",
        [("สมศักดิ์ ทองดี", "given_family_pair")],
    ),
    (
        "ผู้ต้องหาคือนายวิชัย ใจดี หรือโกเล็ก อายุ 45 ปี",
        [("นายวิชัย ใจดี", "title_name"), ("โกเล็ก", "alias")],
    ),
    (  # an alias glued to running text
        "ผู้ต้องหาคือนายวิชัย ใจดี หรือโกเล็กอายุ 45 ปี",
        [("นายวิชัย ใจดี", "title_name"), ("โกเล็ก", "alias")],
    ),
    (  # (negative: หรือแม้แต่ is running text, no alias)
        "ผู้ร่วมงานมีนายวิชัย ใจดีหรือแม้แต่นายสมชาย ทองดี",
        [("นายวิชัย ใจดี", "title_name"), ("นายสมชาย ทองดี", "title_name")],
    ),
    (
        "เด็กหญิงที่หายไปคือ ด.ญ.ปิยะดา สุขใจ หรือน้องเมย์ อายุ 6 ขวบ",
        [("ด.ญ.ปิยะดา สุขใจ", "title_name"), ("น้องเมย์", "title_alias")],
    ),
    (  # เสธ. (chief of staff) before a nickname, the way news writes a known officer
        "ทั้งนี้ พล.ต.สมหมาย ใจกล้า หรือ เสธ.ดำ ออกมาชี้แจง",
        [("พล.ต.สมหมาย ใจกล้า", "title_name"), ("เสธ.ดำ", "title_alias")],
    ),
    ("ต่อมา สุดารัตน์ ปานทอง ผู้จัดการร้าน กล่าวว่า", [("สุดารัตน์ ปานทอง", "given_family_pair")]),
    (
        "นายสมชาย ใจดี กล่าวว่า ทั้งนี้สมชายยืนยันว่าจะไม่ลาออก",
        [("นายสมชาย ใจดี", "title_name"), ("สมชาย", "known_given")],
    ),
]


@pytest.mark.parametrize("text,expected", UNTITLED, ids=[row[0][:24] for row in UNTITLED])
def test_untitled_names(pipeline, text, expected):
    assert [(p.text, p.rule) for p in people_of(pipeline, text)] == expected


def test_alias_is_the_same_person_as_its_name_only_by_text(pipeline):
    # An alias is a mention of its own; linking by name does not merge it with the full name.
    first, alias = people_of(pipeline, "ผู้ต้องหาคือนายวิชัย ใจดี หรือโกเล็ก อายุ 45 ปี")
    assert alias.title is None and alias.name == "โกเล็ก"


MORE_ROYAL = [
    ("ในหลวงร.9 ทรงมีพระราชดำริ", "ในหลวงร.9"),  # a reign number glued to the title
    ("ในหลวงรัชกาลที่9 ทรงงานหนัก", "ในหลวงรัชกาลที่9"),
    ("ชาวนากลุ่มนี้ยื่นหนังสือถึงพระบาทสมเด็จพระเจ้าอยู่หัวฯในวันนั้น", "พระบาทสมเด็จพระเจ้าอยู่หัวฯ"),  # ฯ closes
    ("ชาวบ้านมารอรับเสด็จพระบาทสมเด็จพระเจ้าอยู่หัวแล้วจึงแยกย้ายกลับบ้าน", "พระบาทสมเด็จพระเจ้าอยู่หัว"),  # แล้ว ends it
    ("ชาวบ้านรับเสด็จสมเด็จพระนางเจ้าฯพระบรมราชินีนาถในวันนั้น", "สมเด็จพระนางเจ้าฯพระบรมราชินีนาถ"),
]


@pytest.mark.parametrize("text,span", MORE_ROYAL)
def test_more_royal_spans(pipeline, text, span):
    assert [(p.text, p.royal) for p in people_of(pipeline, text)] == [(span, True)]


def test_trie_prefers_the_longest_form():
    import re

    from newsstruct.extract.people import _trie

    pattern = re.compile(_trie(["พล.ต.", "พล.ต.ต.", "นาย", "นาง", "นางสาว"]))
    assert [pattern.match(text).group() for text in ("พล.ต.ต.สมชาย", "พล.ต.สมชาย", "นางสาวสุดา", "นางสุดา")] == [
        "พล.ต.ต.", "พล.ต.", "นางสาว", "นาง"
    ]
    with pytest.raises(ValueError):
        _trie([""])


# Foreign names written in Thai go on past their second word, up to a role or a stop word.
FOREIGN_NAMES = [
    ("ซึ่งคาดว่านายคิม จอง อิล จะประกาศแต่งตั้ง", "นายคิม จอง อิล"),
    ("นายบัน คี มุน เลขาธิการสหประชาชาติ", "นายบัน คี มุน"),
    ("ให้นางมาริเอตตา ฟอนเบิร์ก-ลินด์ควิสต์ กงสุลใหญ่", "นางมาริเอตตา ฟอนเบิร์ก-ลินด์ควิสต์"),
    ("นายโมฮัมหมัด ซาริฟ รมช.เกษตร กล่าว", "นายโมฮัมหมัด ซาริฟ"),  # not the role abbreviation
    ("นายสมชาย ใจดี ทองดี ประธานชมรม", "นายสมชาย ใจดี"),  # Thai names stop at the surname
]


@pytest.mark.parametrize("text,span", FOREIGN_NAMES, ids=[row[1] for row in FOREIGN_NAMES])
def test_foreign_names(pipeline, text, span):
    assert [p.text for p in people_of(pipeline, text)][:1] == [span]


# A short run closed by a space is a whole name unless a speech verb, a role, a title or (after a
# known given name) a stop word is glued inside it.
SHORT_RUNS = [
    ("ผู้เชี่ยวชาญ นางบัวผัน คำพา ผู้อำนวยการ", "นางบัวผัน คำพา"),
    ("เมื่อนายสุเทพพูด อย่างนี้", "นายสุเทพ"),
    ("ต่อมานายวิชัยกล่าว ว่า", "นายวิชัย"),
    ("ด้านนายสมชัย ทองมาอดีตส.ส. กล่าว", "นายสมชัย ทองมา"),  # อดีต is a stop word and a prefix
]


@pytest.mark.parametrize("text,span", SHORT_RUNS, ids=[row[1] for row in SHORT_RUNS])
def test_short_runs(pipeline, text, span):
    assert [p.text for p in people_of(pipeline, text)] == [span]


def test_kinship_word_after_a_name_is_its_role(pipeline):
    (person,) = people_of(pipeline, "ตำรวจเชิญนายสมศักดิ์ ทองมา พ่อของผู้ตาย มาสอบปากคำ")
    assert (person.text, person.role) == ("นายสมศักดิ์ ทองมา", "พ่อของผู้ตาย")


MONASTIC_AND_STOP_NAMES = [
    # a monk's Pali name after his given name, though the dictionary holds พระ + the given name whole
    ("พระพยอม กัลยาโณ ให้สัมภาษณ์หลังทำวัตรเช้า", ["พระพยอม กัลยาโณ"]),
    ("พระสมชาย ฐิตธมฺโม เจ้าอาวาส นำญาติโยมทำบุญ", ["พระสมชาย ฐิตธมฺโม"]),
    ("ด้านพระเทพวิสุทธิกวี ผู้ช่วยเจ้าอาวาสวัด กล่าวว่า", ["พระเทพวิสุทธิกวี"]),  # a monk's title of rank
    ("พระธรรมคำสอนของพระพุทธเจ้า", []),  # พระธรรม before a listed word that is a common word
    ("นายต่อศักดิ์ พ่วงทอง ผู้อำนวยการฝ่าย", ["นายต่อศักดิ์ พ่วงทอง"]),  # ต่อ begins the name: a surname follows
    ("ด้านนายสัก ศรีวงศ์ทอง โฆษกพรรค", ["นายสัก ศรีวงศ์ทอง"]),  # an everyday word as a given name
    ("หลังประชุมร่วมกับนางณัฐนิชา ทองประเสริฐ รองปลัดกระทรวง", ["นางณัฐนิชา ทองประเสริฐ"]),  # ณ begins the name
    ("ภายใน 5 วันนี้\" แพทย์หญิงกนกวรรณ กล่าว", ["แพทย์หญิงกนกวรรณ"]),  # หญิง ends the title
    ("ญาติได้นำศพนายบุญสมมาตั้งที่วัด", ["นายบุญสม"]),  # นาย glued after a whole word
]


@pytest.mark.parametrize("text,spans", MONASTIC_AND_STOP_NAMES, ids=[row[0][:20] for row in MONASTIC_AND_STOP_NAMES])
def test_monastic_and_stop_names(pipeline, text, spans):
    assert [p.text for p in people_of(pipeline, text)] == spans


NAMES_AFTER_ROLES = [
    ("เมื่ออธิบดีสมชาย ใจดี เกิดอุบัติเหตุ", [("สมชาย ใจดี", "name_after_role")]),
    ("ผมไม่ได้ตำหนิ รมว.สมศักดิ์ และไม่คิดจะลาออก", [("สมศักดิ์", "name_after_role")]),
    ("ประธานกรรมการบริษัทกล่าวว่า", []),
]


@pytest.mark.parametrize("text,expected", NAMES_AFTER_ROLES, ids=[row[0][:20] for row in NAMES_AFTER_ROLES])
def test_untitled_names_after_roles(pipeline, text, expected):
    assert [(p.text, p.rule) for p in people_of(pipeline, text)] == expected


CLASSIFIER_AND_WEAK_NEGATIVES = [
    "ส่งกำลังทหารราว 1,500 นาย รักษาความปลอดภัยตลอดงาน",  # นาย counts officers, รักษา is a verb
    "อาการของแฝดผู้พี่ดีขึ้น ไม่น่าหนักใจ",  # ดี is an everyday word, no nickname
    "ที่ประชุมนายกของสมาคมกล่าวว่า",  # นายก + ของ: the role
]


@pytest.mark.parametrize("text", CLASSIFIER_AND_WEAK_NEGATIVES)
def test_classifier_and_weak_negatives(pipeline, text):
    assert people_of(pipeline, text) == ()


# -- helpers that keep people linear in the length of an article ---------------------------------

SPANS_OF = [
    # (text, words, expected spans: every occurrence, overlapping ones too, by start, longest first)
    ("นายสมชาย สมชาย", {"สมชาย", "ชาย"}, [(3, 8), (5, 8), (9, 14), (11, 14)]),
    ("สมชายสมชาย", {"สมชาย", "สม"}, [(0, 5), (0, 2), (5, 10), (5, 7)]),
    ("ไม่มีชื่อในประโยคนี้", {"สมชาย"}, []),
    ("วิชัย ใจดี และวิชัย ใจดี", {"วิชัย ใจดี"}, [(0, 10), (14, 24)]),
]


@pytest.mark.parametrize("text,words,expected", SPANS_OF)
@pytest.mark.parametrize("few", [True, False], ids=["find", "trie"])
def test_spans_of_finds_every_occurrence_either_way(monkeypatch, text, words, expected, few):
    from newsstruct.extract import people

    monkeypatch.setattr(people, "_FEW_WORDS", 10**6 if few else 0)
    monkeypatch.setattr(people, "_LONG_TEXT", 10**9 if few else 0)
    assert people._spans_of(text, words, 0, len(text)) == expected


def test_spans_of_keeps_to_its_window():
    from newsstruct.extract.people import _spans_of

    assert _spans_of("สมชาย สมชาย สมชาย", {"สมชาย"}, 1, 11) == [(6, 11)]


TAKEN = [
    # (spans found so far, asked span, overlaps)
    ([(0, 5), (10, 15)], (5, 10), False),
    ([(0, 5), (10, 15)], (4, 6), True),
    ([(0, 5), (10, 15)], (9, 11), True),
    ([(0, 5), (10, 15)], (16, 20), False),
    ([(0, 5), (10, 15)], (2, 3), True),
    ([], (0, 3), False),
]


@pytest.mark.parametrize("spans,asked,overlaps", TAKEN)
def test_taken_overlap_by_bisection(spans, asked, overlaps):
    from newsstruct.extract.people import _Candidate, _Taken

    taken = _Taken([_Candidate(start, end, "test", {}, end) for start, end in spans])
    assert taken.overlaps(*asked) is overlaps


def test_words_around_a_title_are_the_dictionary_words_that_swallow_it():
    from newsstruct.extract.people import _words_around

    around = _words_around("นาย")
    assert "น" in around["มิถุ"]  # มิถุนายน
    assert all(1 <= len(before) <= 8 for before in around)


# A paragraph repeated reads the same in every copy: no mention is lost or changed when the
# article grows (the evidence of the other copies only confirms the same names).
REPEATED = (
    "นายสมพงษ์ ใจดี นายอำเภอเมือง กล่าวว่า ได้รับแจ้งจาก ด.ต.วิชัย แสงทอง ว่าพบผู้บาดเจ็บ "
    "ต่อมานายสมพงษ์เดินทางไปตรวจสอบพร้อมกับ น.ส.กมลวรรณ ศรีสุข ปลัดอำเภอ ซึ่งร่วมเดินทางด้วย"
)


@pytest.mark.parametrize("copies", [2, 30])
@pytest.mark.parametrize("separator", ["\n", " "], ids=["lines", "one-line"])
def test_repeated_paragraph_reads_the_same_in_every_copy(pipeline, copies, separator):
    one = people_of(pipeline, REPEATED)
    many = people_of(pipeline, separator.join([REPEATED] * copies))
    assert len(one) >= 4
    assert len(many) == copies * len(one)
    fields = [(p.text, p.title, p.name, p.role) for p in one]
    for copy in range(copies):
        assert [(p.text, p.title, p.name, p.role) for p in many[copy * len(one) : (copy + 1) * len(one)]] == fields
    assert len({p.person_id for p in many}) == len({p.person_id for p in one})


def test_a_place_word_ending_the_line_before_does_not_hide_a_title(pipeline) -> None:
    found = people_of(pipeline, "ประชุมที่ว่าการอำเภอ\nนายสมชาย ใจดี กล่าวว่า")
    assert [(p.text, p.title) for p in found] == [("นายสมชาย ใจดี", "นาย")]


# -- names without a title: quotes, pairs, repeats ------------------------------------------------

# (text, expected [(span, rule)]): single quotes as headlines write them; what the quote names is
# no person after a head word (a storm, a brand) or when its letters spell an acronym.
QUOTED = [
    ("‘วิษณุ’ ยืนยันไม่ลาออก", [("วิษณุ", "quoted_name")]),
    ("'ธนาธร บุญมา' ยืนยันไม่ลาออก", [("ธนาธร บุญมา", "quoted_name")]),
    ("“คาจิกิ” ยืนยันไม่ลาออก", [("คาจิกิ", "quoted_name")]),
    ("พนักงาน \"โอโตโมะ\" ยืนยันไม่ลาออก", [("โอโตโมะ", "quoted_name")]),  # งาน ends พนักงาน here
    ("พายุโซนร้อน “คาจิกิ” ถล่มภาคเหนือ", []),
    ("แบรนด์ \"โอโตโมะ\" ยืนยันไม่ขึ้นราคา", []),
    ("ละคร\"คาจิกิ\" ยืนยันไม่ลาออก", []),
    ("“ทีเอชเอ” ยืนยันไม่ขึ้นราคา", []),  # ที-เอช-เอ: an acronym spelled out
    # a word that begins with a common word (ทอง, อัน) but that no dictionary words spell whole
    ("\"มาเรียนน์ ทองเบิร์ก\" อดีตเลขาธิการ ถึงแก่กรรม", [("มาเรียนน์ ทองเบิร์ก", "quoted_name")]),
    ("\"อันเดรีย\" ขอบคุณแฟนเพลง", [("อันเดรีย", "quoted_name")]),
    ("\"ไข่คว่ำ\" ขายดี", []),  # ไข่ + คว่ำ: words of running text
    # a quoted name and a listed family name, though the first is a word of running text
    ("“ชวน บุญมา” ตอบรับเข้าพรรค", [("ชวน บุญมา", "quoted_name")]),
    ("“ชวน ใจดี” ตอบรับเข้าพรรค", []),  # ใจดี is a family name, but an everyday word too
    # a listed given name quoted, though a word too (สมัคร: to apply), but not an everyday word
    ("\"สมัคร\" ท้าออกกฎหมาย", [("สมัคร", "quoted_name")]),
    ("\"วัน\" ท้าออกกฎหมาย", []),
    # running text after the quote: any dictionary word (แอ่นอก), not only a stop word
    ("\"สมศักดิ์\" แอ่นอกรับผิดชอบ", [("สมศักดิ์", "quoted_name")]),
    # a headline whose opening quote stayed on the line before: the text opens with the name
    ("ป้อม ทองดี'ฝันใกล้เป็นจริง ยืนยันจะทำต่อ", [("ป้อม ทองดี", "quoted_name")]),
    ("ประเสริฐ ศรีวัฒนกุล' ชี้จุดอ่อนโครงการ", [("ประเสริฐ ศรีวัฒนกุล", "quoted_name")]),
    ("ข่าวดี ประเทศไทย' เดินหน้าต่อ", []),  # (negative: words, no name)
    ("สมหมาย' ยืนยัน", []),  # (negative: one word before a closing quote may be any word)
    # a compound that begins with a head word before the quote, a copula, or a head word inside it
    ("คนร้ายใช้สารพิษ \"โซมัน\" ในห้างสรรพสินค้า", []),
    ("กลุ่มทุนยอมรับว่าเป็น\"นอมินี\"ของนักการเมือง", []),
    ("“ธงแดง” ขึ้นแล้วที่หาดบางแสน", []),
    ("“ธงชัย” ยืนยันไม่ลาออก", [("ธงชัย", "quoted_name")]),  # a listed given name that begins with ธง
]


@pytest.mark.parametrize("text,expected", QUOTED, ids=[row[0][:20] for row in QUOTED])
def test_quoted_names(pipeline, text, expected):
    assert [(p.text, p.rule) for p in people_of(pipeline, text)] == expected


# A listed given name that pythainlp's dictionary also lists but running text hardly uses (names of
# public figures are in it) begins an untitled pair with a listed family name; an everyday word
# does not.
PAIRS = [
    ("วิษณุ ศรีสุข เดินทางไปเชียงใหม่", [("วิษณุ ศรีสุข", "given_family_pair")]),
    ("ต่อมา อนุทิน บุญมา กล่าวว่า", [("อนุทิน บุญมา", "given_family_pair")]),
    ("ทุกวัน ศรีสุข เดินทางไปตลาด", []),  # วัน is an everyday word
    # a given name running text hardly uses, and a surname that is no dictionary word, with no
    # word after them that closes the name
    ("ข่าวร้อน ยุคล ลิ้มสกุลทอง ปลอดภัยในมือ", [("ยุคล ลิ้มสกุลทอง", "given_family_pair")]),
    ("ได้ประตูจาก นที ธนศิริกุล นาทีที่ 22", [("นที ธนศิริกุล", "given_family_pair")]),
    ("ทีมงานของ นที การปฏิบัติการค้นหา ยอดเยี่ยม", []),  # the second word begins with the everyday การ
    # a listed family name glued to a stop word
    ("ต่อมาได้พบ วราภรณ์ ใจกว้างหรือแนน อายุ 30 ปี", [("วราภรณ์ ใจกว้าง", "given_family_pair")]),
    ("ชวน บุญมา ไปเที่ยว", []),  # ชวน is a verb in running text
]


@pytest.mark.parametrize("text,expected", PAIRS, ids=[row[0][:20] for row in PAIRS])
def test_untitled_pairs(pipeline, text, expected):
    assert [(p.text, p.rule) for p in people_of(pipeline, text)] == expected


# A given name written with a title licenses its untitled repeats, also glued between dictionary
# words (แม่|ยิ่งลักษณ์|รัก), but not inside a longer word.
REPEATS = [
    ("นางสาวยิ่งลักษณ์ ใจดี เล่าว่า แม่ยิ่งลักษณ์รักลูกทุกคน", ["นางสาวยิ่งลักษณ์ ใจดี", "ยิ่งลักษณ์"]),
    ("นายเนติวิทย์ ศรีสุข ยืนยันว่า วันนี้เนติวิทย์ไปโรงเรียน", ["นายเนติวิทย์ ศรีสุข", "เนติวิทย์"]),
    ("นายธีรภัทร์ ศรีสุข กล่าวว่า เพื่อนธีรภัทร์ทุกคนมาร่วมงาน", ["นายธีรภัทร์ ศรีสุข", "ธีรภัทร์"]),
    ("นายสมัคร ใจดี กล่าวว่า เขาสมัครใจลาออกเอง", ["นายสมัคร ใจดี"]),  # สมัครใจ is one word
]


@pytest.mark.parametrize("text,spans", REPEATS, ids=[row[0][:20] for row in REPEATS])
def test_untitled_repeats(pipeline, text, spans):
    assert [p.text for p in people_of(pipeline, text)] == spans


# A surname that a role or punctuation closes is whole unless a verb of speech is glued inside it.
CLOSED_SURNAMES = [
    ("พล.ต.อ.สมชาย ทองแจ้งพันธุ์ รัฐมนตรีช่วยว่าการกระทรวง", "พล.ต.อ.สมชาย ทองแจ้งพันธุ์"),  # แจ้ง is also a verb
    ("นายวีระ อินทรประชา รองอธิบดีกรมการค้า", "นายวีระ อินทรประชา"),  # อินทร is a family name, ประชา a word
    ("พลโท สมชาย แก้วประเสริฐย้ำว่า นายกรัฐมนตรีพร้อม", "พลโท สมชาย แก้วประเสริฐ"),  # a stop word and ว่า: speech
    ("นายวีระ ทองดี รองอธิบดี กล่าวว่า", "นายวีระ ทองดี"),
]


@pytest.mark.parametrize("text,span", CLOSED_SURNAMES, ids=[row[1] for row in CLOSED_SURNAMES])
def test_closed_surnames(pipeline, text, span):
    assert [p.text for p in people_of(pipeline, text)] == [span]


@pytest.mark.parametrize("word,spelled", [("เอไอเอส", True), ("บีทีเอส", True), ("ทีโอที", True), ("บีม", False),
                                          ("เจ", False), ("แพม", False)])
def test_spelled_acronyms(word, spelled):
    from newsstruct.extract.people import _spelled_acronym

    assert _spelled_acronym(word) is spelled


# A nickname after a weak title ends where a function word that names hardly hold begins and
# running text goes on (ก็, จะ, ว่า, หรือ).
NICKNAME_ENDS = [
    ("แต่หลังจากนั้น 3 วัน น้องแพมก็ป่วย จึงพาไป", "น้องแพม"),
    ("ญาติเล่าถึงอาการของน้องแพมว่า ดีขึ้นแล้ว", "น้องแพม"),
    ("แม่หวังว่าน้องแพมจะรอด", "น้องแพม"),
]


@pytest.mark.parametrize("text,span", NICKNAME_ENDS, ids=[row[0][:20] for row in NICKNAME_ENDS])
def test_nickname_ends(pipeline, text, span):
    assert [p.text for p in people_of(pipeline, text)] == [span]


# A trap word (นายเรือ) holds the title only when it ends at a syllable's end: in นายเรืองศักดิ์ the
# ง closes the syllable เรือง.
TRAP_SYLLABLES = [
    ("ขณะเดียวกัน นายเรืองศักดิ์ตั้งข้อสังเกตว่า", ["นายเรืองศักดิ์"]),
    ("นายเรือทุกลำออกทะเล", []),
    ("กัปตันและนายเรือ ได้รับบาดเจ็บ", []),
]


@pytest.mark.parametrize("text,spans", TRAP_SYLLABLES, ids=[row[0][:20] for row in TRAP_SYLLABLES])
def test_trap_words_end_at_a_syllable(pipeline, text, spans):
    assert [p.text for p in people_of(pipeline, text)] == spans


# An organisation or a place that swallows a glued title and stops inside the name after it
# (บริษัทการบินไทยนางสมศรี| ทองดี) cut through a person: the person is read all the same.
SWALLOWED_TITLES = [
    ("ผู้อำนวยการใหญ่บริษัทการบินไทยนางสมศรี ทองดี กล่าวว่า", ["นางสมศรี ทองดี"]),
    ("ที่โรงแรมนายวีระ อินทรประชา ประธานที่ปรึกษาพรรค", ["นายวีระ อินทรประชา"]),
    ("ที่โรงแรมนายวีระ กล่าวว่า", []),  # the name ends where the place ends: the place stands
]


@pytest.mark.parametrize("text,spans", SWALLOWED_TITLES, ids=[row[0][:20] for row in SWALLOWED_TITLES])
def test_titles_swallowed_by_a_name_of_a_place(pipeline, text, spans):
    assert [p.text for p in people_of(pipeline, text)] == spans


# Words of the dictionary after a title are not names: a monk's title before one (พระรัชทายาท), the
# role นายก before one (นายกวิศวกรรมสถาน); a listed name after นายก stays a name.
DICTIONARY_AFTER_TITLE = [
    ("สภาได้รับทราบการแต่งตั้งพระรัชทายาทไว้แล้ว", []),
    ("นายสมชาย ใจดี นายกวิศวกรรมสถาน ระบุว่า", ["นายสมชาย ใจดี"]),
    ("นายกนก ศรีสุข กล่าว", ["นายกนก ศรีสุข"]),
]


@pytest.mark.parametrize("text,spans", DICTIONARY_AFTER_TITLE, ids=[row[0][:20] for row in DICTIONARY_AFTER_TITLE])
def test_dictionary_words_after_a_title(pipeline, text, spans):
    assert [p.text for p in people_of(pipeline, text)] == spans


# Two words that read as a foreign name written in Thai (no dictionary word, none spelled whole by
# dictionary words), closed by the end of a line, punctuation, a role or a stop word.
FOREIGN_PAIRS = [
    ("รายชื่อผู้เล่น\nดาเนียล ฟอร์สเบิร์ก\nฮูโก้ เบร์นาร์ด", ["ดาเนียล ฟอร์สเบิร์ก", "ฮูโก้ เบร์นาร์ด"]),
    ("ด้าน ฮูโก้ เบร์นาร์ด กล่าวว่า ทีมพร้อมแล้ว", ["ฮูโก้ เบร์นาร์ด"]),
    ("ตามข้อ \"กู๊ด แอนด์ เฟรนด์ลี่ เมมเบอร์\" ซึ่งว่าด้วย", []),  # the end of a longer quoted phrase
    ("ไปงาน โกลบอล ฟาร์ม ฮับ ที่เชียงใหม่", []),  # a third foreign word after them
    ("ด้าน ฮูโก้ เบร์นาร์ด ชนะเลิศ", []),  # nothing closes the name
    # dictionary words that only sound out a foreign name (ยู|กิ, คา|วา|ชิ|มะ) do not make it Thai
    ("รายชื่อผู้เล่น\nยูกิ คาวาชิมะ", ["ยูกิ คาวาชิมะ"]),
    ("พนักงานเอกชน ลดพุง ลดโรค", []),  # but everyday words spell these
    # glued to running text: after a stop word, before a verb of speech
    ("ทุกคนอยากรู้ความเห็นของอีลอน มัสก์ ในเรื่องนี้", ["อีลอน มัสก์"]),
    ("อีลอน มัสก์เผยว่าจะเปิดโรงงานเพิ่ม", ["อีลอน มัสก์"]),
    ("ตัวแทนคณะสำรวจ กมธ.ชุดนี้เสนอ", []),
    # words of up to 16 letters; a foreign given name the dictionary happens to hold (แอนดี้)
    ("รายชื่อผู้เล่น\nอเล็กซานเดอร์ ชไตน์เบร็คเนอร์\nคริสโตเฟอร์ เคลฟเวอร์ลี่ย์",
     ["อเล็กซานเดอร์ ชไตน์เบร็คเนอร์", "คริสโตเฟอร์ เคลฟเวอร์ลี่ย์"]),
    ("ที่ลอนดอน แอนดี้ ฮาร์กรีฟส์ กล่าวว่า ทีมพร้อมแล้ว", ["แอนดี้ ฮาร์กรีฟส์"]),
]


@pytest.mark.parametrize("text,spans", FOREIGN_PAIRS, ids=[row[0][:20] for row in FOREIGN_PAIRS])
def test_untitled_foreign_names(pipeline, text, spans):
    assert [p.text for p in people_of(pipeline, text)] == spans


# An everyday word after a strong title is a name when a verb of speech is glued after it; a weak
# title before a word is a title when the article writes that word as a name elsewhere.
EVERYDAY_GIVEN_NAMES = [
    ("ต่อมา นายนามกล่าวว่า จะไม่ลาออก", ["นายนาม"]),
    ("ต่อมา นายส่วนหนึ่งของกลุ่มเดินทางกลับ", []),
    ("นายสมัคร ใจดี กล่าวว่า ตนยังไม่แน่ใจคุณสมัครว่าจะพ้นหรือไม่", ["นายสมัคร ใจดี", "คุณสมัคร"]),
    ("คุณสมัครเป็นสมาชิกได้", []),
]


@pytest.mark.parametrize("text,spans", EVERYDAY_GIVEN_NAMES, ids=[row[0][:20] for row in EVERYDAY_GIVEN_NAMES])
def test_everyday_words_as_given_names(pipeline, text, spans):
    assert [p.text for p in people_of(pipeline, text)] == spans


# A line (a headline) that opens with a listed given name glued to its verb.
LINE_OPENERS = [
    ("ข่าวการเมือง\nสุเทพย้ำเปลี่ยนวิธีจัดจ้าง", ["สุเทพ"]),
    ("ธีรภัทร์แนะรัฐบาลเร่งแก้ปัญหา", ["ธีรภัทร์"]),
    ("ปริมาณน้ำในเขื่อนเพิ่มขึ้น", []),  # ปริมา is a listed name, but ปริมาณ the word here
    ("ทีมงานสุเทพย้ำเปลี่ยนวิธี", []),  # not at the start of a line
]


@pytest.mark.parametrize("text,spans", LINE_OPENERS, ids=[row[0][:20] for row in LINE_OPENERS])
def test_names_opening_a_line(pipeline, text, spans):
    assert [p.text for p in people_of(pipeline, text)] == spans


# A rank whose first part has two letters may be written with a space after its inner dot (พล. ต.),
# glued to the word before it or not; one letter and a dot before a space stays no rank (ร. ต.).
SPACED_RANKS = [
    ("ในวันเกิดพล. ต.สมปอง ขจรวงศ์ มีแขกมาร่วมงาน", ["พล. ต.สมปอง ขจรวงศ์"]),
    ("ตัวแทนของ พล. อ.วีระ บุญยรัตน์ ได้มาถึงแล้ว", ["พล. อ.วีระ บุญยรัตน์"]),
    ("ต้องใช้กำลังพล. อ.เมือง ส่งมาช่วย", []),
]


@pytest.mark.parametrize("text,spans", SPACED_RANKS, ids=[row[0][:20] for row in SPACED_RANKS])
def test_ranks_with_a_space_after_an_inner_dot(pipeline, text, spans):
    assert [p.text for p in people_of(pipeline, text)] == spans


# A listed given name glued to a word that names do not hold ends before it, even when the word is
# a rarer one of running text (เซ็น, อึ้ง, แฝด); a word names often hold (ชัย, เทพ) makes a longer name.
RARE_VERBS_AFTER_NAMES = [
    ("เมื่อวานนายสมพงษ์เซ็นสัญญาแล้ว", ["นายสมพงษ์"]),
    ("หลังได้ยินคำถาม พ.ต.ท.วีระพงษ์อึ้งไปครู่หนึ่ง", ["พ.ต.ท.วีระพงษ์"]),
    ("ส่วนด.ช.สมศักดิ์แฝดผู้น้องยังมีไข้", ["ด.ช.สมศักดิ์"]),
    ("ต่อมานายสมพงษ์ชัยกล่าวว่า", ["นายสมพงษ์ชัย"]),
    ("ต่อมานายวีระพงษ์เทพกล่าวว่า", ["นายวีระพงษ์เทพ"]),
]


@pytest.mark.parametrize("text,spans", RARE_VERBS_AFTER_NAMES, ids=[row[0][:20] for row in RARE_VERBS_AFTER_NAMES])
def test_rare_verbs_glued_after_listed_names(pipeline, text, spans):
    assert [p.text for p in people_of(pipeline, text)] == spans


# A name in Latin letters bracketed right after a person is a mention of that person; an
# abbreviation, one word or a phrase in the brackets is not.
LATIN_IN_BRACKETS = [
    ("นายมาร์ติน ฮอฟฟ์ (Martin Hoff) เอกอัครราชทูต กล่าวว่า", ["นายมาร์ติน ฮอฟฟ์", "Martin Hoff"]),
    ("นางสมศรี ทองดี (Somsri Thongdee) ผู้จัดการ", ["นางสมศรี ทองดี", "Somsri Thongdee"]),
    ("นายมาร์ติน ฮอฟฟ์ (AP) รายงานว่า", ["นายมาร์ติน ฮอฟฟ์"]),
    ("นายมาร์ติน ฮอฟฟ์ (Reuters) รายงานว่า", ["นายมาร์ติน ฮอฟฟ์"]),
    ("นายมาร์ติน ฮอฟฟ์ (CEO of Hoff) รายงานว่า", ["นายมาร์ติน ฮอฟฟ์"]),
    ("ที่ประชุมกลุ่ม (Global Compact) มีมติ", []),
]


@pytest.mark.parametrize("text,spans", LATIN_IN_BRACKETS, ids=[row[0][:20] for row in LATIN_IN_BRACKETS])
def test_latin_name_bracketed_after_a_person(pipeline, text, spans):
    assert [p.text for p in people_of(pipeline, text)] == spans


# Without a title, a listed given name and a dictionary word that running text never uses and that
# begins with no everyday word read as a name (pythainlp's dictionary lists surnames of public
# figures); a compound of everyday words (หน้าถอดสี, เจ้าระเบียบ) is no surname.
DICTIONARY_SURNAMES = [
    ("ชาตรี วิภูษิต มาตามนัดที่สถานีตำรวจ", ["ชาตรี วิภูษิต"]),
    ("ชาตรี หน้าถอดสี มาตามนัดที่สถานีตำรวจ", []),
    ("ชาตรี เจ้าระเบียบ มาตามนัด", []),
]


@pytest.mark.parametrize("text,spans", DICTIONARY_SURNAMES, ids=[row[0][:20] for row in DICTIONARY_SURNAMES])
def test_untitled_pairs_with_a_dictionary_surname(pipeline, text, spans):
    assert [p.text for p in people_of(pipeline, text)] == spans


# Without a title, a listed family name glued to a word of running text that names do not hold
# ends there (ทองขาว|เกิด); a surname the lists do not know is not cut out of a glued run.
GLUED_LISTED_FAMILY = [
    ("ชาตรี ทองขาวเกิดที่จังหวัดลำปาง", ["ชาตรี ทองขาว"]),
    ("ชาตรี ศรีวงศ์ทองเกิดที่จังหวัดลำปาง", []),
]


@pytest.mark.parametrize("text,spans", GLUED_LISTED_FAMILY, ids=[row[0][:20] for row in GLUED_LISTED_FAMILY])
def test_listed_family_name_glued_to_a_verb(pipeline, text, spans):
    assert [p.text for p in people_of(pipeline, text)] == spans


# Two quoted words, a listed given name (an everyday word or not) and a word that reads as a surname
# though the lists lack it, are a person; a quoted phrase whose second word is a common word is not.
QUOTED_GIVEN_AND_SURNAME = [
    ("“ชาตรี ทวีตระกูล” รัฐมนตรีประจำสำนักนายก", ["ชาตรี ทวีตระกูล"]),
    ("‘สนิท วงศ์พรหม’ อธิบดีกรมการข้าว", ["สนิท วงศ์พรหม"]),
    ("ยื่นเพิกถอน 'วรพล อยู่วิทยา' แล้ว", ["วรพล อยู่วิทยา"]),
    ("\"ชวน ชิม\" ร้านอาหารอร่อย", []),
    ("\"ชวน ชอบกินข้าว\" ร้านอาหารอร่อย", []),  # everyday words, a phrase
]


@pytest.mark.parametrize("text,spans", QUOTED_GIVEN_AND_SURNAME, ids=[row[0][:20] for row in QUOTED_GIVEN_AND_SURNAME])
def test_quoted_given_name_and_unlisted_surname(pipeline, text, spans):
    assert [p.text for p in people_of(pipeline, text)] == spans


# A short foreign given name that dictionary words happen to spell (ไร|อัน, แดน|นี่) still begins a
# foreign pair before a transliterated surname; an acronym spelled out or a word that begins with a
# stop word does not.
FOREIGN_GIVEN_NAMES = [
    ("รายชื่อผู้เล่น\nไรอัน ฮอฟเฟิร์ต\nแดนนี่ เวลเบิร์ค", ["ไรอัน ฮอฟเฟิร์ต", "แดนนี่ เวลเบิร์ค"]),
    ("ด้าน ไรอัน เวลเบิร์ค กล่าวว่า พร้อม", ["ไรอัน เวลเบิร์ค"]),
    ("เอสพี ออลล์ฟาร์ม ประกาศยุติโครงการ", []),
    ("ส่งไป กับทีม เวลเบิร์ค กล่าวว่า พร้อม", []),
]


@pytest.mark.parametrize("text,spans", FOREIGN_GIVEN_NAMES, ids=[row[0][:20] for row in FOREIGN_GIVEN_NAMES])
def test_foreign_given_names_spelled_by_words(pipeline, text, spans):
    assert [p.text for p in people_of(pipeline, text)] == spans


# Positions of parliament and professions written after a name (กรรมาธิการ, นักเขียน, นักบิน) end a
# glued surname and are read as the role; alone they name no one.
MORE_ROLE_WORDS = [
    ("นางวิไล เปรมสุขกรรมาธิการการศึกษา กล่าวว่า", [("นางวิไล เปรมสุข", "กรรมาธิการการศึกษา")]),
    ("นายสมชาย ใจดีนักเขียนชื่อดัง กล่าวว่า", [("นายสมชาย ใจดี", "นักเขียนชื่อดัง")]),
    ("นายวิชัย ศรีสุขนักบินผู้ช่วย เล่าว่า", [("นายวิชัย ศรีสุข", "นักบินผู้ช่วย")]),
    ("นักเขียนหลายคนมาร่วมงานกับนักบิน", []),
]


@pytest.mark.parametrize("text,expected", MORE_ROLE_WORDS, ids=[row[0][:20] for row in MORE_ROLE_WORDS])
def test_more_role_words_after_names(pipeline, text, expected):
    assert [(p.text, p.role) for p in people_of(pipeline, text)] == expected


# A long dictionary word that runs from before a glued title into it takes the title's first
# letters (เจ้าพระยา|ยมราช: no ยาย here); a title glued after the whole word stands.
CROSSING_WORDS = [
    ("ผู้ป่วยนอนอยู่ที่ห้องไอซียู รพ.เจ้าพระยายมราช ต่อมาอาการดีขึ้น", []),
    ("ชาวบ้านริมแม่น้ำเจ้าพระยายายสมศรีเล่าว่า", ["ยายสมศรี"]),
    ("ในอีกห้าปีข้างหน้านางสมศรี ทองดี จะเกษียณ", ["นางสมศรี ทองดี"]),
]


@pytest.mark.parametrize("text,spans", CROSSING_WORDS, ids=[row[0][:20] for row in CROSSING_WORDS])
def test_words_running_into_a_glued_title(pipeline, text, spans):
    assert [p.text for p in people_of(pipeline, text)] == spans


# A monk's title of rank (พระราช, พระเทพ, พระพรหม, พระธรรม) with his own name and monastic name in
# brackets after it is a person even when its name is spelled by dictionary words (เสนาบดี); the
# bracketed name is a mention too.  Without the brackets such a word stays no name; words of the
# dictionary that begin with พระราช are no titles.
MONASTIC_RANK_NAMES = [
    ("โดยมีพระราชเสนาบดี(สมหวัง ธมฺมโชโต) เจ้าอาวาสวัดใหม่ เป็นประธาน", ["พระราชเสนาบดี", "สมหวัง ธมฺมโชโต"]),
    ("พระธรรมเสนาบดี (สมหวัง ธมฺมโชโต) กล่าวว่า", ["พระธรรมเสนาบดี", "สมหวัง ธมฺมโชโต"]),
    ("พระเทพเสนาบดี เจ้าอาวาส กล่าวว่า", []),
    ("ได้รับพระราชทานพระราชทรัพย์ (ส่วนพระองค์ บางส่วน) แล้ว", []),
    ("นายสมชาย ใจดี (ภาพ ซ้าย) กล่าวว่า", ["นายสมชาย ใจดี"]),
]


@pytest.mark.parametrize("text,spans", MONASTIC_RANK_NAMES, ids=[row[0][:20] for row in MONASTIC_RANK_NAMES])
def test_monastic_rank_names_before_bracketed_names(pipeline, text, spans):
    assert [p.text for p in people_of(pipeline, text)] == spans


# Where a role ends.  และ inside an organisation's name (a ministry: เกษตรและสหกรณ์) stays in the
# role, and between two positions it splits them; a second position after a space is a role of
# its own; ด้าน / ประจำ and a short name in ฯ carry the organisation on; แล้ว ends it.
ROLE_ENDS = [
    ("นายพิทักษ์ แสงเงิน รัฐมนตรีว่าการกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม แถลงว่า",
     ("รัฐมนตรีว่าการกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม",)),
    ("นายพิทักษ์ แสงเงิน รมช.เกษตรและสหกรณ์ ลงพื้นที่",
     ("รมช.เกษตรและสหกรณ์",)),
    ("นายพิทักษ์ แสงเงิน ผู้อำนวยการฝ่ายขายและการตลาด บริษัท ดาวเหนือ จำกัด กล่าว",
     ("ผู้อำนวยการฝ่ายขายและการตลาด บริษัท ดาวเหนือ จำกัด",)),
    ("ดร.อรุณี ฟ้าใส กรรมการบริษัท รถไฟฟ้าดาวใต้ จำกัด (มหาชน) เปิดเผยว่า",
     ("กรรมการบริษัท รถไฟฟ้าดาวใต้ จำกัด (มหาชน)",)),
    # (negative: no จำกัด on the line, or a verb before it: the company's name is not guessed)
    ("นายพิทักษ์ แสงเงิน ประธานกรรมการบริษัท ดาวเหนือ กล่าวว่า ห้างหุ้นส่วนจำกัด", ("ประธานกรรมการบริษัท",)),
    ("นายชาตรี ทองปลิว ผกก.สภ.นางรอง กล่าวว่า", ("ผกก.สภ.นางรอง",)),
    # (negative: และ before another position still splits the two)
    ("นายพิทักษ์ แสงเงิน รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงคมนาคม แถลงว่า",
     ("รองนายกรัฐมนตรี", "รัฐมนตรีว่าการกระทรวงคมนาคม")),
    ("ศ.นพ.ชาตรี ทองปลิว คณบดีคณะแพทยศาสตร์ ผอ.รพ.ศูนย์ดอยหลวง กล่าวว่า",
     ("คณบดีคณะแพทยศาสตร์", "ผอ.รพ.ศูนย์ดอยหลวง")),
    ("นางอรุณี ฟ้าใส ที่ปรึกษาองค์การอนามัยโลก ประจำประเทศไทย กล่าวว่า",
     ("ที่ปรึกษาองค์การอนามัยโลก ประจำประเทศไทย",)),
    ("นายพิทักษ์ แสงเงิน อดีตรองนายกรัฐมนตรี ด้านสังคม ระบุว่า",
     ("อดีตรองนายกรัฐมนตรี ด้านสังคม",)),
    ("ดร.อรุณี ฟ้าใส หัวหน้าภาควิชาฟิสิกส์ คณะวิทยาศาสตร์ จุฬาฯ เปิดเผยว่า",
     ("หัวหน้าภาควิชาฟิสิกส์ คณะวิทยาศาสตร์ จุฬาฯ",)),
    ("นายพิทักษ์ แสงเงิน รองอธิการบดีมหาวิทยาลัยเขาหลวง วิทยาเขตทุ่งทอง กล่าวว่า",
     ("รองอธิการบดีมหาวิทยาลัยเขาหลวง วิทยาเขตทุ่งทอง",)),
    ("พล.อ.ชาตรี ทองปลิว องคมนตรี เดินทางไปเปิดงาน", ("องคมนตรี",)),
    ("นายชาตรี ทองปลิว ผู้เชี่ยวชาญด้านแมลง กรมวิชาการเกษตร กล่าวว่า",
     ("ผู้เชี่ยวชาญด้านแมลง กรมวิชาการเกษตร",)),
    ("นายชาตรี ทองปลิว ปลัด อบต.แล้วจึงสั่งการให้ตรวจสอบ", ("ปลัด อบต.",)),
]


@pytest.mark.parametrize("text,roles", ROLE_ENDS, ids=[row[0][:24] for row in ROLE_ENDS])
def test_where_a_role_ends(pipeline, text, roles):
    (person,) = people_of(pipeline, text)
    assert person.roles == roles


def test_a_stop_word_before_a_name_ends_a_role(pipeline):
    # (negative: ด้าน opening the next clause, before a person, is not the role's ด้าน)
    first, second = people_of(pipeline, "นายพิทักษ์ แสงเงิน อดีตรองนายกรัฐมนตรี ด้านนายชาตรี ทองปลิว ระบุว่า")
    assert (first.roles, second.roles) == (("อดีตรองนายกรัฐมนตรี",), ())
    assert people_of(pipeline, "ผู้เชี่ยวชาญหลายคนเห็นตรงกันว่า องคมนตรีทุกท่านมาร่วมงาน") == ()


# A role after the age (crime and accident news), after และ and a space, and before a name
# bracketed after it; verbs and clause words glued after a role end it.
MORE_ROLE_PLACES = [
    ("นายบุญมี ศรีนวล อายุ 52 ปี ผู้ใหญ่บ้านหมู่ที่ 6 เล่าว่า", [("นายบุญมี ศรีนวล", ("ผู้ใหญ่บ้านหมู่ที่ 6",))]),
    ("ด.ญ.ฝนทิพย์ ศรีนวล อายุ 9 ขวบ นักเรียนชั้น ป.3 ได้รับบาดเจ็บ",
     [("ด.ญ.ฝนทิพย์ ศรีนวล", ("นักเรียนชั้น ป.3",))]),
    # (negative: after the age comes no position)
    ("นายบุญมี ศรีนวล อายุ 52 ปี อยู่บ้านเลขที่ 4 ถูกยิง", [("นายบุญมี ศรีนวล", ())]),
    ("นายบุญมี ศรีนวล รองนายกรัฐมนตรี และ รมว.พาณิชย์ แถลงว่า",
     [("นายบุญมี ศรีนวล", ("รองนายกรัฐมนตรี", "รมว.พาณิชย์"))]),
    ("พร้อมด้วย ผู้อำนวยการกองคลัง (นางสาวรัชนี ทองสุข) และเจ้าหน้าที่",
     [("นางสาวรัชนี ทองสุข", ("ผู้อำนวยการกองคลัง",))]),
    ("ทั้งนี้นายบุญมี ศรีนวล อธิบดีกรมประมงกับผู้แทนบริษัทเอกชนได้หารือกัน",
     [("นายบุญมี ศรีนวล", ("อธิบดีกรมประมง",))]),
    ("นายบุญมี ศรีนวล อดีตนายกรัฐมนตรีออกมาวิจารณ์รัฐบาล", [("นายบุญมี ศรีนวล", ("อดีตนายกรัฐมนตรี",))]),
    ("ดร.รัชนี ทองสุข อนุกรรมการสภาวิจัยด้านการเกษตร เป็นวิทยากร",
     [("ดร.รัชนี ทองสุข", ("อนุกรรมการสภาวิจัยด้านการเกษตร",))]),
    # (a position that begins with a title word is no person: นายแพทย์เชี่ยวชาญ)
    ("ที่ประชุมแต่งตั้งนายแพทย์เชี่ยวชาญ (ด้านเวชกรรม) เป็นกรรมการ", []),
]


@pytest.mark.parametrize("text,expected", MORE_ROLE_PLACES, ids=[row[0][:24] for row in MORE_ROLE_PLACES])
def test_more_places_of_roles(pipeline, text, expected):
    assert [(p.text, p.roles) for p in people_of(pipeline, text)] == expected


def test_a_role_of_someone_takes_that_persons_name(pipeline):
    first, second = people_of(pipeline, "น.ส.ดาวใจ ศรีนวล อายุ 30 ปี บุตรสาวของนางบุญมา ศรีนวล มาเฝ้าไข้")
    assert (first.role, second.name, second.role) == ("บุตรสาวของนางบุญมา ศรีนวล", "บุญมา ศรีนวล", None)
    # (negative: ของ with no person after it stays as written, and a role without ของ takes no name)
    (alone,) = people_of(pipeline, "น.ส.ดาวใจ ศรีนวล บุตรสาวของ ผู้ตาย ให้การว่า")
    assert alone.role == "บุตรสาวของ"
    first, second = people_of(pipeline, "นายบุญมา ศรีนวล ผู้ว่าราชการจังหวัดน่าน นายวิชัย ทองดี นายอำเภอปัว")
    assert (first.role, second.role) == ("ผู้ว่าราชการจังหวัดน่าน", "นายอำเภอปัว")


# A given name the article writes cleanly (a title, the name, then a space), or reads after a
# title twice glued to different words, ends a later glued mention of it where a dictionary word
# begins (นายวาทิน|ตน, นายวาทิน|ใช้); not where a listed given name runs on (นายบุญ ... นายบุญมี).
GLUED_REPEATS = [
    ("นายธาวิน ศรีนวล เดินทางมาถึง ต่อมาเพื่อนบ้านเล่าว่าเป็นเรื่องของนายธาวินตนไม่รู้เรื่อง",
     ["นายธาวิน ศรีนวล", "นายธาวิน"]),
    ("นายวาทิน ศรีนวล เดินทางมาถึง และจะนำเงินมาให้นายวาทินใช้", ["นายวาทิน ศรีนวล", "นายวาทิน"]),
    ("เพื่อนบ้านของนายวาทินทราบว่านายวาทินได้ย้ายมาอยู่ และจะนำเงินมาให้นายวาทินใช้",
     ["นายวาทิน", "นายวาทิน", "นายวาทิน"]),
    # (a name read whole with a surname after it is read again: จบระดับ is no name)
    ("เพื่อนบ้านของนายวาทินทราบว่านายวาทินได้ย้ายมาอยู่ ส่วนนายวาทินจบระดับ ปวส.มาจากที่อื่น",
     ["นายวาทิน", "นายวาทิน", "นายวาทิน"]),
    # (negative: read glued only once, the name closed by the end of the text stays as read)
    ("ทราบว่านายวาทินได้ย้ายมาอยู่ และจะนำเงินมาให้นายวาทินใช้", ["นายวาทิน", "นายวาทินใช้"]),
    # (negative: a listed given name that runs on from the name written cleanly)
    ("นายบุญ ศรีนวล เดินทางมาถึง ส่วนนายบุญมีกล่าวว่าไม่ทราบ", ["นายบุญ ศรีนวล", "นายบุญมี"]),
]


@pytest.mark.parametrize("text,spans", GLUED_REPEATS, ids=[row[0][:20] for row in GLUED_REPEATS])
def test_glued_repeats_end_at_the_name_the_article_writes(pipeline, text, spans):
    people = people_of(pipeline, text)
    assert [p.text for p in people] == spans
    # (the repeats are the person of the first mention)
    if spans[0].startswith(spans[-1]):
        assert len({p.person_id for p in people}) == 1


# A nickname written as another name of the person before it (หรือ, a bracket) is that person,
# and so are its later mentions: with its title glued to running text (the article's own
# evidence of where it ends), alone, or as the alias's full name.
NICKNAME_REPEATS = [
    ("ผู้ป่วยคือ ด.ช.ธาวิน ศรีนวล (น้องต้นกล้า) อาการดีขึ้น ต่อมาน้องต้นกล้าเริ่มกินข้าวได้",
     [("ด.ช.ธาวิน ศรีนวล", "P0"), ("น้องต้นกล้า", "P0"), ("น้องต้นกล้า", "P0")]),
    ("เด็กหญิงที่หายไปคือ ด.ญ.ปิยะดา สุขใจ หรือน้องเมย์ อายุ 6 ขวบ ต่อมาน้องเมย์กลับบ้าน",
     [("ด.ญ.ปิยะดา สุขใจ", "P0"), ("น้องเมย์", "P0"), ("น้องเมย์", "P0")]),
    ("ผู้ต้องหาคือนายวิชัย ใจดี หรือโกเล็ก อายุ 45 ปี ส่วนโกเล็กยอมรับว่าทำจริง",
     [("นายวิชัย ใจดี", "P0"), ("โกเล็ก", "P0"), ("โกเล็ก", "P0")]),
    ("มีรายงานว่า นายธาวิน ศรีนวล หรือ ต้นกล้า วงกาหลง นักร้องชื่อดัง ป่วย ต่อมา ต้นกล้า วงกาหลง"
     " ได้ไลฟ์สด และ ต้นกล้าได้ประกาศว่าจะพัก",
     [("นายธาวิน ศรีนวล", "P0"), ("ต้นกล้า วงกาหลง", "P0"), ("ต้นกล้า วงกาหลง", "P0"), ("ต้นกล้า", "P0")]),
    # (a nickname glued after หรือ: its later glued mentions hold, although แหลม is a word)
    ("ผู้ต้องหาคือนายวิชัย ใจดี หรือเสี่ยแหลมเจ้าของโกดัง ต่อมาตำรวจนำเสี่ยแหลมมาสอบสวน",
     [("นายวิชัย ใจดี", "P0"), ("เสี่ยแหลม", "P0"), ("เสี่ยแหลม", "P0")]),
    ("ผู้ต้องหาคือนายวิชัย ใจดี กับเสี่ยแหลมเจ้าของโกดัง ต่อมาตำรวจนำเสี่ยแหลมมาสอบสวน",
     [("นายวิชัย ใจดี", "P0")]),
    # (negative: a nickname after กับ is somebody else)
    ("ผู้ป่วยคือ ด.ช.ธาวิน ศรีนวล กับน้องแอมป์ อายุ 6 ขวบ ต่อมาน้องแอมป์เริ่มกินข้าวได้",
     [("ด.ช.ธาวิน ศรีนวล", "P0"), ("น้องแอมป์", "P1"), ("น้องแอมป์", "P1")]),
    # (negative: a nickname that is an everyday word is no name alone in running text)
    ("ผู้ป่วยคือ ด.ญ.ปิยะดา สุขใจ หรือน้องกบ อายุ 6 ขวบ ส่วนชาวบ้านจับกบมาขายที่ตลาด",
     [("ด.ญ.ปิยะดา สุขใจ", "P0"), ("น้องกบ", "P0")]),
    # (negative: an alias that is another full-named person's given name joins alone)
    ("นายสมชาย ใจดี และนางสมศรี ใจดี หรือสมชาย อายุ 40 ปี",
     [("นายสมชาย ใจดี", "P0"), ("นางสมศรี ใจดี", "P1"), ("สมชาย", "P1")]),
]


@pytest.mark.parametrize("text,expected", NICKNAME_REPEATS, ids=[row[0][:24] for row in NICKNAME_REPEATS])
def test_nicknames_and_their_repeats_are_their_person(pipeline, text, expected):
    assert [(p.text, p.person_id) for p in people_of(pipeline, text)] == expected


# A quoted company or brand in a headline is an organisation (lexicon/brands.tsv), not a person;
# a person whose name is a brand's, with a title, stays a person.
BRAND_QUOTES = [
    ("\"หัวเว่ย\" ยืนยันส่งมือถือรุ่นใหม่ทันปีหน้า", []),
    ("\"ลาซาด้า\" แจงระบบล่มช่วงลดราคา", []),
    ("\"สมศักดิ์\" ยืนยันส่งเอกสารทันเวลา", ["สมศักดิ์"]),
    ("นายไทยรัฐ ใจกว้าง ยืนยันว่าไม่ได้ทำผิด", ["นายไทยรัฐ ใจกว้าง"]),
    ("นายฟอร์ด รักดี ขับรถไปทำงาน", ["นายฟอร์ด รักดี"]),
]


@pytest.mark.parametrize("text,expected", BRAND_QUOTES, ids=[row[0][:20] for row in BRAND_QUOTES])
def test_quoted_brands_are_no_people(pipeline, text, expected):
    assert [p.text for p in people_of(pipeline, text)] == expected


# A role that ends in ของ at the very end of the text has no person after it to take.
@pytest.mark.parametrize("text", ["นายสมชาย ใจดี บุตรชายของ", "พบนายสมชาย ใจดี ผู้จัดการของ "])
def test_a_role_ending_in_khong_at_the_end_of_the_text(pipeline, text):
    assert [p.text for p in people_of(pipeline, text)] == ["นายสมชาย ใจดี"]


# A nickname in quotes after หรือ is the same person as the name before it.
@pytest.mark.parametrize("gap", [" หรือ ", " หรือ \"", " หรือ“", " ("])
def test_a_nickname_after_or_and_a_quote_is_the_person_before(pipeline, gap):
    closing = {" หรือ \"": "\"", " หรือ“": "”", " (": ")"}.get(gap, "")
    text = f"ด.ญ.สมศรี ใจดี{gap}น้องแพรว{closing} อายุ 9 ปี ต่อมาน้องแพรวเล่าว่า"
    found = people_of(pipeline, text)
    assert [p.text for p in found] == ["ด.ญ.สมศรี ใจดี", "น้องแพรว", "น้องแพรว"]
    assert len({p.person_id for p in found}) == 1


def test_quoted_nickname_before_a_full_name_is_that_person_with_its_later_mentions(pipeline):
    """A nickname quoted right before the full name (any word, กบ too) is the person; the article's
    later bare mentions of the nickname are found and share the person's id."""
    text = "นักร้องสาว \"กบ\" สุดารัตน์ คงมั่น บอกว่า กบยังกินข้าวมันไก่ได้ตามปกติ ส่วนเพื่อนของกบไม่กล้ากิน"
    people = people_of(pipeline, text)
    assert [(p.text, p.rule) for p in people] == [
        ("กบ", "quoted_name"),
        ("สุดารัตน์ คงมั่น", "named_after_nickname"),
        ("กบ", "known_given"),
        ("กบ", "known_given"),
    ]
    assert len({p.person_id for p in people}) == 1
    # without the introduction, the same word is no one
    assert not people_of(pipeline, "ชาวบ้านจับกบมาขาย บอกว่ากบตัวใหญ่ขายดี")
