"""Events: the records a reader would write down, slot by slot, with the rule that filled each."""

from __future__ import annotations

import pytest

import newsstruct

from conftest import EXAMPLES


def resolve(article: newsstruct.Article) -> dict[str, object]:
    """Mentions of the article by id."""
    return {m.id: m for field in ("dates", "times", "venues", "people", "organizations", "counts", "places")
            for m in getattr(article, field)}


def slot_text(article, fill) -> str | None:
    return None if fill is None else resolve(article)[fill.ref].text


def slot_texts(article, fills) -> list[str]:
    return [resolve(article)[fill.ref].text for fill in fills]


def test_seed_event(seed_text: str) -> None:
    article = newsstruct.parse(seed_text)
    assert len(article.events) == 1
    event = article.events[0]
    by_id = resolve(article)
    assert event.type == "launch" and event.trigger.text == "จัดโครงการ"
    assert event.name == "โครงการเพชรบูรณ์คูณสุข 2020"
    assert by_id[event.date.ref].value == "2020-02-26"
    assert by_id[event.time.ref].value == "09:00"
    venue = by_id[event.venue.ref]
    assert (venue.room, venue.place, venue.district, venue.province, venue.admin_code) == (
        "ห้องรัศมี", "โรงแรมบูรพา", "เมืองเพชรบูรณ์", "เพชรบูรณ์", "6701")
    assert slot_text(article, event.organizer) == "สำนักงานพัฒนาชุมชนจังหวัดเพชรบูรณ์"
    assert by_id[event.chair.ref].name == "นิเวศน์ หาญสมุทร์"
    assert [(by_id[f.ref].value, by_id[f.ref].unit) for f in event.participants] == [(96, "คน")]
    assert [(by_id[f.ref].value, by_id[f.ref].unit) for f in event.counts] == [(7, "กิจกรรม")]
    assert "หัวหน้ากลุ่ม" in event.attendee_roles
    # Every slot says which rule filled it.
    assert event.chair.rule and event.organizer.rule and event.date.rule


def events_of(name: str) -> tuple[newsstruct.Article, tuple[newsstruct.Event, ...]]:
    article = newsstruct.parse_file(EXAMPLES / f"{name}.txt")
    return article, article.events


def test_training_event_with_organizer_chair_and_participants() -> None:
    article, events = events_of("pr-nakhonsawan-training")
    assert [e.type for e in events] == ["meeting"]
    event = events[0]
    assert slot_text(article, event.date) == "9 มีนาคม 2563"
    assert slot_text(article, event.time) == "08.30 น."
    assert slot_text(article, event.organizer) == "สำนักงานสาธารณสุขจังหวัดนครสวรรค์"
    assert slot_text(article, event.chair) == "นายสุรเชษฐ์ วงศ์ไพบูลย์"
    assert slot_texts(article, event.participants) == ["240 คน"]
    assert slot_texts(article, event.speakers) == ["นพ.ธีรวัฒน์ แก้วประเสริฐ"]


def test_accident_has_victim_officer_and_where_it_happened() -> None:
    article, events = events_of("accident-highway")
    assert [e.type for e in events] == ["accident"]
    event = events[0]
    assert event.trigger.start > len(article.metadata.headline)  # the body's word, not the headline's
    assert slot_text(article, event.time) == "05.40 น."
    assert slot_text(article, event.venue).startswith("ทางหลวงหมายเลข 32")
    assert slot_texts(article, event.victims) == ["นายอนุชา แสงจันทร์"]
    assert slot_texts(article, event.officers) == ["ร.ต.อ.สมศักดิ์ ทองดี"]


def test_arrest_and_its_press_conference_are_two_events() -> None:
    article, events = events_of("arrest-drugs")
    assert [e.type for e in events] == ["announcement", "crime"]
    conference, arrest = events
    assert slot_text(article, conference.date) == "5 พ.ย. 2564"
    assert slot_texts(article, conference.suspects) == ["2 ราย", "นายเอกชัย", "นายสุเมธ ใจกล้า"]
    assert slot_texts(article, conference.officers) == ["พล.ต.ต.วีระพงษ์ ศรีวิชัย"]
    assert resolve(article)[arrest.date.ref].value == "2021-11-03"
    assert slot_text(article, arrest.time) == "2 ทุ่ม"
    assert slot_text(article, arrest.venue).startswith("ถนนพหลโยธิน")


def test_visit_then_donation_are_two_events_on_one_day() -> None:
    article, events = events_of("flood-relief-donation")
    assert [e.type for e in events] == ["inspection", "handover"]
    visit, donation = events
    assert slot_texts(article, visit.participants) == ["นางสาวกมลวรรณ ศรีสมบูรณ์"]
    assert "500 ชุด" in slot_texts(article, visit.counts)
    assert slot_text(article, donation.time) == "15.00 น."
    assert (donation.date.ref, donation.date.rule) == (visit.date.ref, "date_of_event_before")
    assert slot_text(article, donation.organizer) == "บริษัท อีสานรุ่งเรือง จำกัด"
    assert "250,000 บาท" in slot_texts(article, donation.counts)


def test_festival_announcement() -> None:
    article, events = events_of("announcement-festival")
    assert [e.type for e in events] == ["festival"]
    event = events[0]
    assert event.name == "งานเทศกาลดอกไม้งามเมืองเลย ครั้งที่ 12"
    assert resolve(article)[event.date.ref].value == "2019-12-26/2019-12-28"
    assert resolve(article)[event.time.ref].value == "09:00/21:00"
    assert slot_text(article, event.chair) == "นายชัยวัฒน์ พรหมสุวรรณ"


@pytest.mark.parametrize(("text", "expected"), [
    ("เมื่อวันที่ 3 มีนาคม 2563 เวลา 09.00 น. จังหวัดน่านจัดประชุมคณะกรรมการ", ["meeting"]),
    ("ชาวบ้านในชุมชนร่วมกันปลูกป่า", []),  # ชน inside ชุมชน is no collision
    ("ผู้ว่าราชการจังหวัดมอบหมายให้นายอำเภอดูแล", []),  # มอบหมาย is no handover
    ("รถกระบะพลิกคว่ำบนถนนสายหลัก มีผู้บาดเจ็บ 2 ราย", ["accident"]),
    ("ตำรวจจับกุมผู้ต้องหา 3 ราย พร้อมยาบ้า 500 เม็ด", ["crime"]),
])
def test_triggers(text: str, expected: list[str]) -> None:
    assert [event.type for event in newsstruct.parse(text).events] == expected


def test_no_one_is_hurt_is_no_victim() -> None:
    article = newsstruct.parse("รถชนกันที่แยกไฟแดง นายสมชาย ใจดี ไม่ได้รับบาดเจ็บ")
    assert article.events and article.events[0].victims == ()


def test_every_slot_refers_to_a_mention_of_the_article() -> None:
    for path in sorted(EXAMPLES.glob("*.txt")):
        article = newsstruct.parse_file(path)
        ids = set(resolve(article))
        for event in article.events:
            for name in ("date", "time", "venue", "organizer", "chair"):
                fill = getattr(event, name)
                assert fill is None or (fill.ref in ids and fill.rule)
            for name in ("participants", "speakers", "victims", "suspects", "officers", "counts"):
                for fill in getattr(event, name):
                    assert fill.ref in ids and fill.rule
