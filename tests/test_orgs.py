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
