"""Venues: where something happened, split from the most specific part to the most general.

Sentences are written for these tests, modelled on Thai news; the seed article is read from
../shared through the ``seed_text`` fixture.
"""

from __future__ import annotations

import pytest

from conftest import assert_offsets

FIELDS = ("room", "building", "place", "road", "village", "village_number", "house_number", "subdistrict",
          "district", "province", "country", "admin_code", "inferred")


def venues_of(pipeline, text: str) -> list[dict]:
    article = pipeline.parse(text)
    assert_offsets(article, text)
    return [{"text": v.text, **{field: getattr(v, field) for field in FIELDS}} for v in article.venues]


def venue(text: str, **fields) -> dict:
    expected = {field: None for field in FIELDS}
    expected["inferred"] = ()
    expected.update(text=text, **fields)
    return expected


CASES = [
    ("วันที่ 9 มีนาคม 2563 เวลา 08.30 น. ณ ห้องประชุมเจ้าพระยา ศาลากลางจังหวัดนครสวรรค์ อำเภอเมือง "
     "จังหวัดนครสวรรค์ สำนักงานสาธารณสุขจังหวัดนครสวรรค์ จัดการอบรม",
     [venue("ห้องประชุมเจ้าพระยา ศาลากลางจังหวัดนครสวรรค์ อำเภอเมือง จังหวัดนครสวรรค์",
            room="ห้องประชุมเจ้าพระยา", place="ศาลากลางจังหวัดนครสวรรค์", district="เมืองนครสวรรค์",
            province="นครสวรรค์", admin_code="6001")]),
    ("นายอำเภอลงพื้นที่ที่บ้านท่าศาลา หมู่ที่ 3 ตำบลคำน้ำแซบ อำเภอวารินชำราบ จังหวัดอุบลราชธานี เพื่อมอบถุงยังชีพ",
     [venue("บ้านท่าศาลา หมู่ที่ 3 ตำบลคำน้ำแซบ อำเภอวารินชำราบ จังหวัดอุบลราชธานี", village="บ้านท่าศาลา",
            village_number=3, subdistrict="คำน้ำแซบ", district="วารินชำราบ", province="อุบลราชธานี",
            admin_code="341510")]),
    # the subdistrict alone gives its district and province through the gazetteer
    ("เกิดเหตุไฟไหม้ที่ ต.ขยาย อ.บางปะหัน เมื่อคืน",
     [venue("ต.ขยาย อ.บางปะหัน", subdistrict="ขยาย", district="บางปะหัน", province="พระนครศรีอยุธยา",
            admin_code="140702")]),
    # a road, its position and the areas after it
    ("รถชนกันบนทางหลวงหมายเลข 32 ขาล่อง กม.35-36 ต.ขยาย อ.บางปะหัน จ.พระนครศรีอยุธยา",
     [venue("ทางหลวงหมายเลข 32 ขาล่อง กม.35-36 ต.ขยาย อ.บางปะหัน จ.พระนครศรีอยุธยา", road="ทางหลวงหมายเลข 32",
            subdistrict="ขยาย", district="บางปะหัน", province="พระนครศรีอยุธยา", admin_code="140702")]),
    # Bangkok: แขวง / เขต / กทม.
    ("จับกุมผู้ต้องหาได้ที่ซอยสีลม 9 แขวงสีลม เขตบางรัก กทม.",
     [venue("ซอยสีลม 9 แขวงสีลม เขตบางรัก กทม.", road="ซอยสีลม 9", subdistrict="สีลม", district="บางรัก",
            province="กรุงเทพมหานคร", admin_code="100402")]),
    # a district named only inside the facility's name
    ("ชาวบ้านรวมตัวกันที่ห้องประชุมที่ว่าการอำเภอแม่สาย",
     [venue("ห้องประชุมที่ว่าการอำเภอแม่สาย", room="ห้องประชุมที่ว่าการอำเภอแม่สาย", district="แม่สาย",
            province="เชียงราย", admin_code="5709")]),
    # a room of an organisation: the organisation is the venue's place
    ("จัดประชุม ณ ห้องประชุม สำนักงานเกษตรจังหวัดลำปาง ในวันนี้",
     [venue("ห้องประชุม สำนักงานเกษตรจังหวัดลำปาง", room="ห้องประชุม", place="สำนักงานเกษตรจังหวัดลำปาง",
            province="ลำปาง", admin_code="52")]),
    # the venue says nothing of its province: the article's province, then its only district
    ("นายอำเภอแม่สาย จังหวัดเชียงราย จัดประชุมที่ โรงแรมวังทอง ในวันนี้",
     [venue("โรงแรมวังทอง", place="โรงแรมวังทอง", district="แม่สาย", province="เชียงราย", admin_code="5709",
            inferred=("province", "district"))]),
    # a landmark the lexicon places
    ("ผู้ชุมนุมปักหลักอยู่บริเวณทำเนียบรัฐบาล",
     [venue("ทำเนียบรัฐบาล", place="ทำเนียบรัฐบาล", province="กรุงเทพมหานคร", admin_code="10")]),
    # a place named in several words, its areas a few words on
    ("สัมมนาจัดขึ้น ณ โรงแรมริเวอร์ไซด์ แกรนด์ พลาซ่า อำเภอเมืองพิษณุโลก ตลอดสองวัน",
     [venue("โรงแรมริเวอร์ไซด์ แกรนด์ พลาซ่า อำเภอเมืองพิษณุโลก", place="โรงแรมริเวอร์ไซด์",
            district="เมืองพิษณุโลก", province="พิษณุโลก", admin_code="6501")]),
    # a provincial hall stands in the capital district
    ("ชาวบ้านยื่นหนังสือร้องเรียนที่ศาลากลางจังหวัดลำปาง",
     [venue("ศาลากลางจังหวัดลำปาง", place="ศาลากลางจังหวัดลำปาง", district="เมืองลำปาง", province="ลำปาง",
            admin_code="5201", inferred=("district",))]),
    # a home address between the cue and the areas
    ("ตำรวจเข้าตรวจค้นที่บ้านเลขที่ 45/2 หมู่ 7 ตำบลหนองหาร อำเภอสันทราย จังหวัดเชียงใหม่ พบของกลาง",
     [venue("บ้านเลขที่ 45/2 หมู่ 7 ตำบลหนองหาร อำเภอสันทราย จังหวัดเชียงใหม่", house_number="45/2",
            village_number=7, subdistrict="หนองหาร", district="สันทราย", province="เชียงใหม่", admin_code="501408")]),
    # a facility that names its province is not joined to a role's district after it
    ("พิธีจัดขึ้น ณ ศูนย์ราชการจังหวัดสุพรรณบุรี นายอำเภอเมืองเข้าร่วมพิธี",
     [venue("ศูนย์ราชการจังหวัดสุพรรณบุรี", place="ศูนย์ราชการจังหวัดสุพรรณบุรี", province="สุพรรณบุรี",
            admin_code="72")]),
    # a position word between the cue and the place: the place it locates is the venue
    ("จัดพิธี ณ บริเวณหน้าที่ว่าการอำเภอท่าวังผา จังหวัดน่าน ในวันนี้",
     [venue("ที่ว่าการอำเภอท่าวังผา จังหวัดน่าน", place="ที่ว่าการอำเภอท่าวังผา", district="ท่าวังผา",
            province="น่าน", admin_code="5506")]),
    # a word that is an adjective in running text (ใหม่) names a temple between a cue and its areas
    ("ญาติจัดงานบวชที่วัดใหม่ ต.หนองหาร อ.สันทราย จ.เชียงใหม่",
     [venue("วัดใหม่ ต.หนองหาร อ.สันทราย จ.เชียงใหม่", place="วัดใหม่", subdistrict="หนองหาร",
            district="สันทราย", province="เชียงใหม่", admin_code="501408")]),
    # a list runs on: a district found in one province only is not put in the province named
    # after it, and the venue ends before that province
    ("พบโรคระบาดที่ จ.ลำปาง 3 จุด ที่ อ.เมืองลำปาง จ.น่าน 2 จุด ที่ อ.ท่าวังผา",
     [venue("จ.ลำปาง", province="ลำปาง", admin_code="52"),
      venue("อ.เมืองลำปาง", district="เมืองลำปาง", province="ลำปาง", admin_code="5201"),
      venue("อ.ท่าวังผา", district="ท่าวังผา", province="น่าน", admin_code="5506")]),
    # a hospital the lexicon places keeps its own province, not the article's
    ("ผู้ป่วยชาว จ.ลำปาง ถูกส่งตัวไปรักษาต่อที่ รพ.รามาธิบดี",
     [venue("รพ.รามาธิบดี", place="โรงพยาบาลรามาธิบดี", province="กรุงเทพมหานคร", admin_code="10")]),
    # a city abroad takes no province from the article; a hotel does
    ("นักกีฬาจังหวัดลำปางไปแข่งขันที่กรุงโตเกียว เดือนหน้า",
     [venue("กรุงโตเกียว", place="โตเกียว")]),
    ("นักท่องเที่ยวจังหวัดลำปางแวะเที่ยวที่เมืองท่าขี้เหล็ก ประเทศเมียนมา เมื่อวาน",
     [venue("เมืองท่าขี้เหล็ก ประเทศเมียนมา", place="เมืองท่าขี้เหล็ก", country="เมียนมา")]),
    ("นักกีฬาจังหวัดลำปางไปพักที่โรงแรมวังทอง เดือนหน้า",
     [venue("โรงแรมวังทอง", place="โรงแรมวังทอง", province="ลำปาง", admin_code="52", inferred=("province",))]),
    # อ. is no Bangkok word: of the two จอมทอง the district is เชียงใหม่'s, เขต is Bangkok's
    ("ไฟป่าลุกลามที่ ต.บ้านหลวง อ.จอมทอง เมื่อคืน",
     [venue("ต.บ้านหลวง อ.จอมทอง", subdistrict="บ้านหลวง", district="จอมทอง", province="เชียงใหม่",
            admin_code="500203")]),
    ("น้ำท่วมขังที่เขตจอมทอง เมื่อคืน",
     [venue("เขตจอมทอง", district="จอมทอง", province="กรุงเทพมหานคร", admin_code="1035")]),
    # a Bangkok district office's name holds its district (of the two จอมทอง, Bangkok's)
    ("ชาวบ้านยื่นหนังสือ ณ สำนักงานเขตจอมทอง เมื่อเช้า",
     [venue("สำนักงานเขตจอมทอง", place="สำนักงานเขตจอมทอง", district="จอมทอง", province="กรุงเทพมหานคร",
            admin_code="1035")]),
    # a foreign city with its country
    ("การประชุมจัดขึ้น ณ กรุงโตเกียว ประเทศญี่ปุ่น",
     [venue("กรุงโตเกียว ประเทศญี่ปุ่น", place="โตเกียว", country="ญี่ปุ่น")]),
]

NO_VENUE = [
    "ส่งออกไปยังประเทศญี่ปุ่นเพิ่มขึ้น",  # a country alone is no venue
    "ผู้นำเข้าไก่ในยุโรปกังวล",  # nor a region
    "ผู้ว่าราชการจังหวัดเชียงใหม่ ให้สัมภาษณ์",  # a place without a cue
    "สำนักงานพัฒนาชุมชนจังหวัดเพชรบูรณ์ จัดประชุม",  # an organisation is no venue
    "ชาวบ้านช่วยกันสร้างวัดใหม่ ต.หนองหาร อ.สันทราย",  # no cue: ใหม่ is an adjective (a new temple)
    "ครูยื่นเรื่องที่สำนักงานเขตพื้นที่การศึกษา",  # เขต as "zone" names no district
    "ผู้ป่วยรักษาตัวในโรงพยาบาลสังกัด กทม. ทุกแห่ง",  # สังกัด (under) begins no name
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_venues(pipeline, text: str, expected: list[dict]) -> None:
    assert venues_of(pipeline, text) == expected


@pytest.mark.parametrize("text", NO_VENUE)
def test_no_venue(pipeline, text: str) -> None:
    assert venues_of(pipeline, text) == []


def test_seed_article_venue(pipeline, seed_text: str) -> None:
    article = pipeline.parse(seed_text)
    assert_offsets(article, seed_text)
    first = article.venues[0]
    assert (first.room, first.place, first.district, first.province, first.admin_code) == (
        "ห้องรัศมี", "โรงแรมบูรพา", "เมืองเพชรบูรณ์", "เพชรบูรณ์", "6701")
    assert first.cue == "ณ" and first.inferred == ()
    # parts are the place mentions the venue is made of, most specific first
    parts = {p.id: p for p in article.places}
    assert [parts[ref].kind for ref in first.parts] == ["room", "facility", "district", "province"]
    # the organiser right after the venue is not part of it
    assert "สำนักงาน" not in first.text
    assert "สำนักงานพัฒนาชุมชนจังหวัดเพชรบูรณ์" in {o.name for o in article.organizations}


def test_venue_parts_refer_to_places(pipeline) -> None:
    article = pipeline.parse("ประชุม ณ ห้องประชุม 1 อาคารอเนกประสงค์ โรงเรียนบ้านหนองบัว ตำบลกุดป่อง อำเภอเมือง จังหวัดเลย")
    (found,) = article.venues
    assert (found.room, found.building, found.place) == ("ห้องประชุม 1", "อาคารอเนกประสงค์", "โรงเรียนบ้านหนองบัว")
    assert (found.subdistrict, found.district, found.province, found.admin_code) == (
        "กุดป่อง", "เมืองเลย", "เลย", "420101")
    ids = {p.id for p in article.places}
    assert set(found.parts) <= ids and len(found.parts) == 6
