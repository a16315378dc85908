"""Places: administrative areas linked to the gazetteer, facilities, countries, regions ...

Each case is a sentence written for this test, modelled on Thai news, and the places expected in
it as ``(text, kind, name, admin_code)``; the places found must be exactly these.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsstruct.gazetteer import edit_distance, gazetteer

from conftest import REPO, assert_offsets


def places_of(pipeline, text: str) -> list[tuple[str, str, str, str | None]]:
    article = pipeline.parse(text)
    assert_offsets(article, text)
    return [(p.text, p.kind, p.name, p.admin_code) for p in article.places]


ADMIN_AREAS = [
    # provinces with and without their level word, official and short names
    ("ผู้ว่าราชการจังหวัดเชียงใหม่ ลงพื้นที่", [("จังหวัดเชียงใหม่", "province", "เชียงใหม่", "50")]),
    ("ฝนตกหนักใน จ.เชียงใหม่ เมื่อคืนนี้", [("จ.เชียงใหม่", "province", "เชียงใหม่", "50")]),
    ("นักท่องเที่ยวแห่ไปเชียงใหม่ช่วงปีใหม่", [("เชียงใหม่", "province", "เชียงใหม่", "50")]),
    ("รถติดหนักทั่ว กทม. ช่วงเย็น", [("กทม.", "province", "กรุงเทพมหานคร", "10")]),
    ("ฝนตกในกรุงเทพฯ ตั้งแต่เช้า", [("กรุงเทพฯ", "province", "กรุงเทพมหานคร", "10")]),
    ("ประชาชนในกรุงเทพมหานครออกมาใช้สิทธิ", [("กรุงเทพมหานคร", "province", "กรุงเทพมหานคร", "10")]),
    ("ชาวโคราชร่วมงานฉลองวันแห่งชัยชนะ", [("โคราช", "province", "นครราชสีมา", "30")]),
    # districts: อำเภอ / อ. / กิ่งอำเภอ, Bangkok's เขต
    ("น้ำป่าไหลหลากเข้าท่วมอำเภอแม่สาย", [("อำเภอแม่สาย", "district", "แม่สาย", "5709")]),
    ("ชาวบ้าน อ.แม่สาย จ.เชียงราย", [
        ("อ.แม่สาย", "district", "แม่สาย", "5709"), ("จ.เชียงราย", "province", "เชียงราย", "57")]),
    ("ชาวบ้านกิ่งอำเภอโนนสะอาด จังหวัดอุดรธานี", [
        ("กิ่งอำเภอโนนสะอาด", "district", "โนนสะอาด", "4105"), ("จังหวัดอุดรธานี", "province", "อุดรธานี", "41")]),
    ("เกิดเพลิงไหม้ในเขตบางรัก", [("เขตบางรัก", "district", "บางรัก", "1004")]),
    # subdistricts: ตำบล / ต., Bangkok's แขวง
    ("ที่ตำบลป่าซาง อำเภอแม่จัน", [
        ("ตำบลป่าซาง", "subdistrict", "ป่าซาง", "570704"), ("อำเภอแม่จัน", "district", "แม่จัน", "5707")]),
    ("คอนโดแห่งใหม่ในแขวงสีลม เขตบางรัก", [
        ("แขวงสีลม", "subdistrict", "สีลม", "100402"), ("เขตบางรัก", "district", "บางรัก", "1004")]),
    # อำเภอเมือง resolves through the province written next to it
    ("ณ ห้องมรกต โรงแรมเพชรรัตน์ อำเภอเมือง จังหวัดเพชรบูรณ์", [
        ("ห้องมรกต", "room", "ห้องมรกต", None), ("โรงแรมเพชรรัตน์", "facility", "โรงแรมเพชรรัตน์", None),
        ("อำเภอเมือง", "district", "เมืองเพชรบูรณ์", "6701"), ("จังหวัดเพชรบูรณ์", "province", "เพชรบูรณ์", "67")]),
    ("เกิดเหตุที่ ต.ในเมือง อ.เมือง จ.ชัยภูมิ", [
        ("ต.ในเมือง", "subdistrict", "ในเมือง", "360101"), ("อ.เมือง", "district", "เมืองชัยภูมิ", "3601"),
        ("จ.ชัยภูมิ", "province", "ชัยภูมิ", "36")]),
    # a name shared by several areas is settled by the areas around it: ต.สระแก้ว of
    # กำแพงเพชร is not the province สระแก้ว
    ("พบศพที่ ต.สระแก้ว อ.เมือง จ.กำแพงเพชร", [
        ("ต.สระแก้ว", "subdistrict", "สระแก้ว", "620119"), ("อ.เมือง", "district", "เมืองกำแพงเพชร", "6201"),
        ("จ.กำแพงเพชร", "province", "กำแพงเพชร", "62")]),
    ("ผู้ว่าราชการจังหวัดสระแก้วตรวจด่านชายแดน", [("จังหวัดสระแก้ว", "province", "สระแก้ว", "27")]),
    # a district may share its province's name
    ("ชาวอำเภอพระนครศรีอยุธยา จังหวัดพระนครศรีอยุธยา", [
        ("อำเภอพระนครศรีอยุธยา", "district", "พระนครศรีอยุธยา", "1401"),
        ("จังหวัดพระนครศรีอยุธยา", "province", "พระนครศรีอยุธยา", "14")]),
    # districts listed after the first one's level word
    ("น้ำท่วมใน อ.ดอนเจดีย์ สองพี่น้อง และศรีประจันต์ จ.สุพรรณบุรี", [
        ("อ.ดอนเจดีย์", "district", "ดอนเจดีย์", "7206"), ("สองพี่น้อง", "district", "สองพี่น้อง", "7207"),
        ("ศรีประจันต์", "district", "ศรีประจันต์", "7205"), ("จ.สุพรรณบุรี", "province", "สุพรรณบุรี", "72")]),
    # villages: บ้าน..., หมู่ที่ 3, ม.3 inside an address a cue introduces
    ("ลงพื้นที่ที่บ้านหนองบัว หมู่ที่ 3 ตำบลกุดป่อง อำเภอเมือง จังหวัดเลย", [
        ("บ้านหนองบัว", "village", "บ้านหนองบัว", None), ("หมู่ที่ 3", "village", "หมู่ที่ 3", None),
        ("ตำบลกุดป่อง", "subdistrict", "กุดป่อง", "420101"), ("อำเภอเมือง", "district", "เมืองเลย", "4201"),
        ("จังหวัดเลย", "province", "เลย", "42")]),
    ("เกิดเหตุยิงกันที่ ม.4 ต.ป่าซาง อ.แม่จัน", [
        ("ม.4", "village", "ม.4", None), ("ต.ป่าซาง", "subdistrict", "ป่าซาง", "570704"),
        ("อ.แม่จัน", "district", "แม่จัน", "5707")]),
]

OTHER_PLACES = [
    ("ส่งออกไปยังประเทศญี่ปุ่นและเกาหลีใต้", [
        ("ประเทศญี่ปุ่น", "country", "ญี่ปุ่น", None), ("เกาหลีใต้", "country", "เกาหลีใต้", None)]),
    ("ผู้นำ สปป.ลาว เยือนไทย", [("สปป.ลาว", "country", "ลาว", None), ("ไทย", "country", "ไทย", None)]),
    ("อากาศหนาวเย็นทั่วภาคเหนือและภาคอีสาน", [
        ("ภาคเหนือ", "region", "ภาคเหนือ", None), ("ภาคอีสาน", "region", "ภาคตะวันออกเฉียงเหนือ", None)]),
    ("ระดับน้ำในแม่น้ำโขงลดลงต่อเนื่อง", [("แม่น้ำโขง", "water", "แม่น้ำโขง", None)]),
    ("นักท่องเที่ยวขึ้นไปชมทะเลหมอกบนดอยอินทนนท์", [("ดอยอินทนนท์", "mountain", "ดอยอินทนนท์", None)]),
    ("เรือเฟอร์รี่ออกจากท่าเรือไปเกาะสมุย", [("เกาะสมุย", "island", "เกาะสมุย", None)]),
    ("ตลาดหุ้นในยุโรปปรับตัวขึ้น", [("ยุโรป", "region", "ยุโรป", None)]),
    ("ผู้ประท้วงรวมตัวที่ท้องสนามหลวง", [("ท้องสนามหลวง", "facility", "ท้องสนามหลวง", None)]),
]

FACILITIES = [
    ("การประชุมจัดขึ้น ณ หอประชุมอำเภอ", [("หอประชุมอำเภอ", "building", "หอประชุมอำเภอ", None)]),
    ("ประชุมที่ห้องประชุม 301 อาคารเรียนรวม", [
        ("ห้องประชุม 301", "room", "ห้องประชุม 301", None), ("อาคารเรียนรวม", "building", "อาคารเรียนรวม", None)]),
    ("จัดงานที่ศาลากลางจังหวัดลำปาง", [("ศาลากลางจังหวัดลำปาง", "facility", "ศาลากลางจังหวัดลำปาง", None)]),
    ("ชาวบ้านมารวมตัวกันที่ว่าการอำเภอแม่ริม", [("ที่ว่าการอำเภอแม่ริม", "facility", "ที่ว่าการอำเภอแม่ริม", None)]),
    ("ทำบุญที่วัดพระธาตุดอยสุเทพ เมื่อเช้านี้", [("วัดพระธาตุดอยสุเทพ", "facility", "วัดพระธาตุดอยสุเทพ", None)]),
    ("ส่งตัวไปรักษาที่โรงพยาบาลศิริราช", [("โรงพยาบาลศิริราช", "facility", "โรงพยาบาลศิริราช", None)]),
    ("ผู้บาดเจ็บถูกนำส่ง รพ.มหาราช", [("รพ.มหาราช", "facility", "รพ.มหาราช", None)]),
    ("นำตัวผู้ต้องหาไปที่ สภ.เมืองเชียงใหม่", [("สภ.เมืองเชียงใหม่", "facility", "สภ.เมืองเชียงใหม่", None)]),
    ("เจ้าหน้าที่ สน.ลุมพินี ออกตรวจพื้นที่", [("สน.ลุมพินี", "facility", "สน.ลุมพินี", None)]),
    ("เด็กนักเรียนมารวมตัวที่โรงเรียนบ้านหนองแวง", [("โรงเรียนบ้านหนองแวง", "facility", "โรงเรียนบ้านหนองแวง", None)]),
    ("จัดงาน ณ มหาวิทยาลัยราชภัฏเพชรบูรณ์", [("มหาวิทยาลัยราชภัฏเพชรบูรณ์", "facility", "มหาวิทยาลัยราชภัฏเพชรบูรณ์", None)]),
    ("แข่งขันกันที่สนามกีฬากลางจังหวัด", [("สนามกีฬากลางจังหวัด", "facility", "สนามกีฬากลางจังหวัด", None)]),
    ("แม่ค้าในตลาดวโรรสเริ่มขายของ", [("ตลาดวโรรส", "facility", "ตลาดวโรรส", None)]),
    ("อุบัติเหตุบนถนนมิตรภาพ ใกล้ซอย 5", [
        ("ถนนมิตรภาพ", "road", "ถนนมิตรภาพ", None), ("ซอย 5", "road", "ซอย 5", None)]),
    ("รถชนกันบนทางหลวงหมายเลข 32 ช่วงเช้า", [("ทางหลวงหมายเลข 32", "road", "ทางหลวงหมายเลข 32", None)]),
    ("ประชุมที่ อบต.หนองบัว เมื่อวานนี้", [("อบต.หนองบัว", "area", "อบต.หนองบัว", None)]),
    ("จัดงานลอยกระทง ณ เทศบาลเมืองลำพูน", [("เทศบาลเมืองลำพูน", "area", "เทศบาลเมืองลำพูน", None)]),
]

NOT_PLACES = [
    "คนไทยนิยมเที่ยวต่างประเทศ",  # ไทย as an adjective
    "เขาเรียนภาษาอังกฤษทุกวัน",
    "ผู้ป่วยไข้หวัดนกรายใหม่",  # วัด inside หวัด
    "เจ้าหน้าที่ลงพื้นที่สอบสวนโรค",  # สวน inside สอบสวน
    "ข่าวปลอมเผยแพร่ในโซเชียล",  # แพร่ inside เผยแพร่
    "เขาไม่ไปเลย",  # เลย the word, not the province
    "นายวัฒนา เมืองแก้ว ให้สัมภาษณ์",  # a person's name
    "นักเรียนชั้น ม.3 สอบเข้าเรียนต่อ",  # a school year
    "ผู้อำนวยการโรงพยาบาลศิริราชแถลงข่าว",  # an organisation here (see test_orgs.py)
    "อยู่บ้านเลขที่ 12 หมู่ 6",  # a home address without its areas
    "ตลาดหุ้นไทยปรับตัวลดลง",  # ตลาด the market, ไทย an adjective
]


@pytest.mark.parametrize(("text", "expected"), ADMIN_AREAS, ids=[t for t, _ in ADMIN_AREAS])
def test_administrative_areas(pipeline, text: str, expected: list) -> None:
    assert places_of(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), OTHER_PLACES, ids=[t for t, _ in OTHER_PLACES])
def test_countries_regions_waters_mountains(pipeline, text: str, expected: list) -> None:
    assert places_of(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), FACILITIES, ids=[t for t, _ in FACILITIES])
def test_facilities_rooms_roads(pipeline, text: str, expected: list) -> None:
    assert places_of(pipeline, text) == expected


@pytest.mark.parametrize("text", NOT_PLACES)
def test_not_places(pipeline, text: str) -> None:
    assert places_of(pipeline, text) == []


def test_village_number_and_parents(pipeline) -> None:
    article = pipeline.parse("ลงพื้นที่ที่หมู่ที่ 7 ตำบลคำน้ำแซบ อำเภอวารินชำราบ จังหวัดอุบลราชธานี")
    village = article.places[0]
    assert (village.kind, village.number, village.province, village.district) == (
        "village", 7, "อุบลราชธานี", "วารินชำราบ")
    subdistrict = article.places[1]
    assert (subdistrict.admin_code, subdistrict.district, subdistrict.resolved_by) == ("341510", "วารินชำราบ", "unique")


def test_typo_province_only_with_support(pipeline) -> None:
    # a district of เชียงราย beside it supports the reading
    supported = places_of(pipeline, "พบศพที่ อ.แม่สาย จ.เชียงรย เมื่อเช้า")
    assert ("จ.เชียงรย", "province", "เชียงราย", "57") in supported
    assert pipeline.parse("พบศพที่ อ.แม่สาย จ.เชียงรย").places[1].resolved_by == "fuzzy"
    # the province written correctly elsewhere in the article supports it too
    elsewhere = places_of(pipeline, "จังหวัดเชียงรายเตือนภัย ชาว จ.เชียงรย ระวังน้ำป่า")
    assert ("จ.เชียงรย", "province", "เชียงราย", "57") in elsewhere
    # nothing supports it: no guess
    assert places_of(pipeline, "นักท่องเที่ยวไป จ.เชียงรย กันมาก") == []


def test_capital_district_from_context(pipeline) -> None:
    # อ.เมือง alone takes the province the article is about
    article = pipeline.parse("จังหวัดน่านเตรียมรับมือน้ำป่า ชาวบ้านใน อ.เมือง อพยพขึ้นที่สูง")
    district = [p for p in article.places if p.kind == "district"][0]
    assert (district.name, district.admin_code, district.resolved_by) == ("เมืองน่าน", "5501", "context")


def test_capital_district_from_a_facility_name(pipeline) -> None:
    # the only province the article gives is inside a facility's name
    article = pipeline.parse("พิธีจัดขึ้น ณ ศูนย์ราชการจังหวัดสุพรรณบุรี นายอำเภอเมืองเข้าร่วมพิธี")
    district = [p for p in article.places if p.kind == "district"][0]
    assert (district.name, district.admin_code, district.resolved_by) == ("เมืองสุพรรณบุรี", "7201", "context")


def test_province_inside_an_organisation_is_not_a_place(pipeline) -> None:
    text = "สำนักงานพัฒนาชุมชนจังหวัดเพชรบูรณ์ จัดประชุมเจ้าหน้าที่"
    assert places_of(pipeline, text) == []
    assert [o.name for o in pipeline.parse(text).organizations] == ["สำนักงานพัฒนาชุมชนจังหวัดเพชรบูรณ์"]


def test_place_mentions_never_overlap(pipeline) -> None:
    text = "ณ ห้องประชุม 1 ศาลากลางจังหวัดลำปาง ถนนบุญวาทย์ ตำบลหัวเวียง อำเภอเมือง จังหวัดลำปาง " * 3
    places = pipeline.parse(text).places
    assert all(a.end <= b.start for a, b in zip(places, places[1:]))


def test_adversarial_input_finishes(pipeline) -> None:
    long_chains = ["หมู่ 1 " * 20000 + "ต.ป่าซาง", "จ.เชียงรย " * 5000 + "อ.แม่สาย", "อ.เมือง " * 20000]
    for text in ["จ." * 20000, "อำเภอ" * 20000, "ณ ห้อง" * 20000, "บ้าน หมู่ 1 " * 20000, "ไทย" * 50000,
                 *long_chains]:
        assert_offsets(pipeline.parse(text), text)


# -- the gazetteer --------------------------------------------------------------------------


def test_gazetteer_codes() -> None:
    g = gazetteer()
    assert len(g.provinces) == 77
    assert g.province_named("กทม.").code == "10"
    assert g.capital_district("67").name == "เมืองเพชรบูรณ์"
    assert g.capital_district("10") is None
    assert {a.code for a in g.districts_named("บางรัก")} == {"1004"}
    assert len(g.subdistricts_named("สระแก้ว")) > 1
    assert g.parent(g.by_code["570704"]).name == "แม่จัน"


@pytest.mark.parametrize(("written", "province"), [("เชียงรย", "เชียงราย"), ("นครสวรรคื", "นครสวรรค์"),
                                                   ("ปทุมธานนี", "ปทุมธานี")])
def test_fuzzy_province(written: str, province: str) -> None:
    area, length = gazetteer().fuzzy_province(written + " เมื่อวาน")
    assert area.name == province and length == len(written)


def test_fuzzy_province_refuses_short_and_unlike_names() -> None:
    assert gazetteer().fuzzy_province("ตาด") is None
    assert gazetteer().fuzzy_province("กรรมการ") is None
    assert edit_distance("abc", "abc") == 0 and edit_distance("abc", "xyz", limit=2) == 2


def _levenshtein(first: str, second: str) -> int:
    previous = list(range(len(second) + 1))
    for i, char in enumerate(first, 1):
        current = [i]
        for j, other in enumerate(second, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char != other)))
        previous = current
    return previous[-1]


@given(st.text("กขคงเ", max_size=7), st.text("กขคงเ", max_size=7), st.integers(0, 4))
def test_edit_distance_is_levenshtein_up_to_the_limit(first: str, second: str, limit: int) -> None:
    assert edit_distance(first, second, limit) == min(_levenshtein(first, second), limit)


@pytest.mark.parametrize(("level", "text", "start", "expected"), [
    ("district", "อำเภอเมืองเพชรบูรณ์ จังหวัด", 5, "เมืองเพชรบูรณ์"),
    ("district", "อำเภอเมืองเพชรบู", 5, None),  # cut short
    ("province", "จังหวัดน่านเมื่อวาน", 7, "น่าน"),
    ("subdistrict", "ตำบลหนองบัวแดง", 4, "หนองบัวแดง"),  # the longest name the text begins with
    ("subdistrict", "ตำบลหนองบัวเมื่อวาน", 4, "หนองบัว"),
    ("subdistrict", "ตำบลกขคง", 4, None),
])
def test_longest_name(level: str, text: str, start: int, expected: str | None) -> None:
    assert gazetteer().longest_name(level, text, start, len(text)) == expected
    assert gazetteer().longest_name(level, text, start, start + 1) is None


def _fuzzy_province_by_hand(text: str) -> tuple[str, int] | None:
    """fuzzy_province's rule tried on every province: one typing mistake at most, the closest
    and longest reading of each name, and an answer only when exactly one province fits."""
    found = {}
    for area in gazetteer().provinces:
        if len(area.name) < 5:
            continue
        fits = [(_levenshtein(text[:length], area.name), -length) for length in range(len(area.name) - 1,
                                                                                 len(area.name) + 2)
                if length <= len(text)]
        fits = [fit for fit in fits if fit[0] <= 1]
        if fits:
            found[area.name] = -min(fits)[1]
    return next(iter(found.items())) if len(found) == 1 else None


@given(st.sampled_from([area.name for area in gazetteer().provinces]), st.integers(0, 12),
       st.sampled_from(["", "ก", "า", "ย", "ร"]), st.sampled_from(["", " เมื่อวาน", "เป็นเมือง", "ทั้งหมด"]))
def test_fuzzy_province_tries_every_province_it_may_need(name: str, at: int, letter: str, after: str) -> None:
    # a name with one letter replaced, dropped (letter "") or put in, then more text
    text = name[:at] + letter + name[at + 1:] + after
    found = gazetteer().fuzzy_province(text)
    assert (None if found is None else (found[0].name, found[1])) == _fuzzy_province_by_hand(text)


def test_the_longest_gap_between_chained_places() -> None:
    # places.py skips the gap pattern for longer gaps; the longest gap it can match has that length
    from newsstruct.extract.places import _CHAIN_GAP, _LONGEST_CHAIN_GAP

    longest = ",,," + "หลักกิโลเมตรที่ 123456789012 , " * 3
    assert len(longest) == _LONGEST_CHAIN_GAP and _CHAIN_GAP.fullmatch(longest)
    assert not _CHAIN_GAP.fullmatch(longest + " ") and not _CHAIN_GAP.fullmatch(longest[:3] + "," + longest[3:])


def test_gazetteer_loads_lazily() -> None:
    # importing newsstruct does not read the gazetteer; the first parse does, once
    code = ("import sys, newsstruct; before = 'geothai' in sys.modules; "
            "newsstruct.parse('ณ จังหวัดน่าน'); print(before, 'geothai' in sys.modules)")
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert result.stdout.split() == ["False", "True"]
