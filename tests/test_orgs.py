"""Organisations, and where they stop and places begin (the rule of extract/orgs.py)."""

from __future__ import annotations

import pytest

from conftest import assert_offsets


def orgs_of(pipeline, text: str) -> list[tuple[str, str, str | None]]:
    article = pipeline.parse(text)
    assert_offsets(article, text)
    return [(o.text, o.name, o.kind) for o in article.organizations]


CASES = [
    ("สำนักงานพัฒนาชุมชนจังหวัดเพชรบูรณ์ เปิดอบรมเจ้าหน้าที่",
     [("สำนักงานพัฒนาชุมชนจังหวัดเพชรบูรณ์", "สำนักงานพัฒนาชุมชนจังหวัดเพชรบูรณ์", "government")]),
    ("ตามยุทธศาสตร์กรมการพัฒนาชุมชน ประจำปี", [("กรมการพัฒนาชุมชน", "กรมการพัฒนาชุมชน", "government")]),
    ("กระทรวงสาธารณสุขเตือนประชาชน", [("กระทรวงสาธารณสุข", "กระทรวงสาธารณสุข", "government")]),
    # และ inside an official name, and between two names
    ("กระทรวงเกษตรและสหกรณ์ แถลงผลงาน", [("กระทรวงเกษตรและสหกรณ์", "กระทรวงเกษตรและสหกรณ์", "government")]),
    ("กระทรวงมหาดไทยและกระทรวงการคลัง ร่วมกันแถลง", [
        ("กระทรวงมหาดไทย", "กระทรวงมหาดไทย", "government"), ("กระทรวงการคลัง", "กระทรวงการคลัง", "government")]),
    ("ตำรวจภูธรจังหวัดเชียงราย แถลงผลการจับกุม", [("ตำรวจภูธรจังหวัดเชียงราย", "ตำรวจภูธรจังหวัดเชียงราย", "police")]),
    ("บริษัท อีสานรุ่งเรือง จำกัด มอบเงินช่วยเหลือ", [("บริษัท อีสานรุ่งเรือง จำกัด", "บริษัท อีสานรุ่งเรือง จำกัด", "company")]),
    # a bank's branch is the bank at a place (the place is a place mention)
    ("ธนาคารออมสิน สาขาเพชรบูรณ์ เปิดให้บริการ", [("ธนาคารออมสิน", "ธนาคารออมสิน", "bank")]),
    ("สมาชิกพรรคเพื่อไทยลงพื้นที่", [("พรรคเพื่อไทย", "พรรคเพื่อไทย", "party")]),
    ("มูลนิธิร่วมกตัญญูส่งรถกู้ภัย", [("มูลนิธิร่วมกตัญญู", "มูลนิธิร่วมกตัญญู", "foundation")]),
    # well-known names and abbreviations
    ("ที่ประชุม ครม. มีมติอนุมัติงบประมาณ", [("ครม.", "คณะรัฐมนตรี", "government")]),
    ("กกต. ประกาศผลการเลือกตั้ง", [("กกต.", "คณะกรรมการการเลือกตั้ง", "government")]),
    ("องค์การอนามัยโลกเตือนทั่วโลก", [("องค์การอนามัยโลก", "องค์การอนามัยโลก", "international")]),
    # institutions that are also buildings: organisations where they act
    ("ผู้อำนวยการโรงพยาบาลเพชรบูรณ์ เปิดเผยว่า", [("โรงพยาบาลเพชรบูรณ์", "โรงพยาบาลเพชรบูรณ์", "hospital")]),
    ("นักเรียนโรงเรียนอนุบาลลำปาง คว้ารางวัลชนะเลิศ", [("โรงเรียนอนุบาลลำปาง", "โรงเรียนอนุบาลลำปาง", "education")]),
    ("เทศบาลเมืองลำพูนประกาศปิดถนน", [("เทศบาลเมืองลำพูน", "เทศบาลเมืองลำพูน", "local_government")]),
    ("มหาวิทยาลัยขอนแก่น วิทยาเขตหนองคาย รับสมัครนักศึกษา", [
        ("มหาวิทยาลัยขอนแก่น วิทยาเขตหนองคาย", "มหาวิทยาลัยขอนแก่น วิทยาเขตหนองคาย", "education")]),
]

NOT_ORGS = [
    "ส่งตัวผู้ป่วยไปที่โรงพยาบาลเพชรบูรณ์",  # a place: after a location cue
    "ประชุม ณ ห้องประชุมโรงเรียนบ้านหนองบัว",  # a place: the room of the school
    "ผู้ว่าราชการจังหวัดเพชรบูรณ์ เป็นประธาน",  # a role and a province
    "สภาพอากาศแปรปรวน",  # สภา inside สภาพ
    "นักเรียนชั้น ม.3 สอบผ่าน",  # ม. is a school year here, not มหาวิทยาลัย
    "ในสถานการณ์ปัจจุบัน บริษัทฯ ยังไม่ได้รับผลกระทบ",  # บริษัทฯ: "the company", no name
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_organisations(pipeline, text: str, expected: list) -> None:
    assert orgs_of(pipeline, text) == expected


@pytest.mark.parametrize("text", NOT_ORGS)
def test_not_organisations(pipeline, text: str) -> None:
    assert orgs_of(pipeline, text) == []


def test_seed_article_organiser(pipeline, seed_text: str) -> None:
    article = pipeline.parse(seed_text)
    names = [o.name for o in article.organizations]
    assert "สำนักงานพัฒนาชุมชนจังหวัดเพชรบูรณ์" in names
    # the organiser's province is part of its name, not a place of its own
    organiser = next(o for o in article.organizations if o.name == "สำนักงานพัฒนาชุมชนจังหวัดเพชรบูรณ์")
    assert not [p for p in article.places if organiser.start <= p.start < organiser.end]


def test_premises_after_a_venue_cue_are_a_place(pipeline) -> None:
    article = pipeline.parse("จัดงานแถลงข่าว ณ กระทรวงมหาดไทย")
    assert article.organizations == ()
    assert [(p.text, p.kind) for p in article.places] == [("กระทรวงมหาดไทย", "facility")]
    assert article.venues[0].place == "กระทรวงมหาดไทย"


# Companies and brands named without a head word (lexicon/brands.tsv).
BRANDS = [
    ("หัวเว่ยเปิดตัวสมาร์ทโฟนรุ่นใหม่ในกรุงเทพฯ", [("หัวเว่ย", "หัวเว่ย", "company")]),
    ("\"ไมโครซอฟต์\" ประกาศลงทุนเพิ่มในไทย", [("ไมโครซอฟต์", "ไมโครซอฟท์", "company")]),
    ("ผู้ขับขี่ของแกร็บรวมตัวเรียกร้องค่าตอบแทน", [("แกร็บ", "แกร็บ", "company")]),
    ("ยอดขายบน Shopee และลาซาด้าเพิ่มขึ้น", [("Shopee", "ช้อปปี้", "company"), ("ลาซาด้า", "ลาซาด้า", "company")]),
    ("ดีแทคกับเอไอเอสแข่งกันลดค่าบริการ", [("ดีแทค", "ดีแทค", "company"), ("เอไอเอส", "เอไอเอส", "company")]),
    ("ธอส. ปล่อยกู้บ้านดอกเบี้ยต่ำ", [("ธอส.", "ธนาคารอาคารสงเคราะห์", "bank")]),
    ("ไทยรัฐรายงานว่าฝนจะตกหนัก", [("ไทยรัฐ", "ไทยรัฐ", "media")]),
    # a brand that is also an everyday word or a nickname needs a word such as แบรนด์ or ค่าย
    ("แบรนด์แอปเปิ้ลเปิดตัวนาฬิการุ่นใหม่", [("แอปเปิ้ล", "แอปเปิล", "company")]),
    ("ค่าย \"ฟอร์ด\" ปรับราคาขึ้น", [("ฟอร์ด", "ฟอร์ด", "company")]),
]

NOT_BRANDS = [
    "แม่ซื้อแอปเปิ้ลมาฝากลูกสามลูก",  # the fruit
    "ฟอร์ดเล่นกีตาร์อยู่หลังบ้าน",  # a nickname
    "นายไทยรัฐ ใจกว้าง อายุ 40 ปี",  # a man whose given name is a newspaper's
    "ชาวบ้านเห็นเครื่องบินแอร์บัสบินต่ำ",  # an aircraft of that make
    "แอร์บัส เอ380 ลงจอดที่สนามบิน",  # a model after the make
    "ซัมซุง เอส 24 วางขายแล้ว",  # เอส, not เอ, names the model
    "บีเอ็มดับเบิลยู เอ็กซ์5 คันใหม่จอดอยู่",
    "นักเรียนได้คะแนนดีแทบทุกวิชา",  # ดีแท... is not ดีแทค
    "เขาชอบกินเค้กที่ร้านเคเอฟซีเลย",  # (a shop's head word: a place)
    "เว็บ Googleplex ไม่มีอยู่จริง",  # a Latin name running on
]


@pytest.mark.parametrize(("text", "expected"), BRANDS, ids=[t[:30] for t, _ in BRANDS])
def test_brands(pipeline, text: str, expected: list) -> None:
    assert orgs_of(pipeline, text) == expected


@pytest.mark.parametrize("text", NOT_BRANDS)
def test_not_brands(pipeline, text: str) -> None:
    assert orgs_of(pipeline, text) == []


def test_brand_inside_a_longer_word_is_nothing(pipeline) -> None:
    # ไลน์ (a cue brand) in ออนไลน์, ทรู in ทรูมูฟ read whole, เกีย in เกียรติ
    assert orgs_of(pipeline, "ขายของออนไลน์ได้เกียรติบัตร") == []


def test_brand_in_a_school_name_belongs_to_the_school(pipeline) -> None:
    assert orgs_of(pipeline, "ครูโรงเรียนไทยรัฐวิทยาได้รางวัล") == [
        ("โรงเรียนไทยรัฐวิทยา", "โรงเรียนไทยรัฐวิทยา", "education")]
    # the school as a place (after ที่): no newspaper inside its name either
    article = pipeline.parse("เด็กไปเรียนที่โรงเรียนไทยรัฐวิทยาทุกวัน")
    assert article.organizations == ()


def test_every_brand_form_is_read_as_its_brand() -> None:
    from newsstruct.extract import orgs
    from newsstruct.lexicon import load

    literals = orgs._tables().literals
    for row in load("brands"):
        assert row["kind"] in ("company", "bank", "media", "international"), row
        assert row["needs"] in ("", "cue"), row
        for form in [row["name"], *filter(None, row["forms"].split("|"))]:
            if literals[form].category.startswith("brand"):
                assert literals[form].value == row["name"]


def test_the_make_of_a_vehicle_is_no_organisation(pipeline) -> None:
    assert orgs_of(pipeline, "พบรถตู้ยี่ห้อโตโยต้า สีเงิน จอดอยู่ริมทาง") == []


def test_brands_listed_after_a_cue_in_running_text(pipeline) -> None:
    assert [name for _, name, _ in orgs_of(pipeline, "ค่ายรถญี่ปุ่นอย่างฮอนด้าและโตโยต้าลดราคา")] == [
        "ฮอนด้า", "โตโยต้า"]
