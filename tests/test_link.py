"""Linking person mentions into one person_id per person."""

from __future__ import annotations

import attrs
import pytest

from newsstruct.link import link_people
from newsstruct.records import Person


def person(name, title="นาย", royal=False):
    return Person(start=0, end=1, text="x", rule="test", title=title, name=name, royal=royal)


# (names in article order, expected grouping as indices of the first mention of each person)
LINKING = [
    # spacing variants of one surname
    (["นิเวศน์ หาญสมุทร์", "นิเวศน์ หาญ สมุทร์"], [0, 0]),
    # a given-name-only mention after (and before) the full name
    (["อนุชา แสงจันทร์", "ประยูร ศรีสุข", "อนุชา"], [0, 1, 0]),
    (["อนุชา", "อนุชา แสงจันทร์"], [0, 0]),
    # ambiguous given name: two full-named people share it, the lone given name stays apart
    (["สมชาย ใจดี", "สมชาย ทองคำ", "สมชาย"], [0, 1, 2]),
    # a surname cut short elsewhere
    (["วิชัย ทองประเสริฐ", "วิชัย ทองประ"], [0, 0]),
    # different people
    (["สมชาย ใจดี", "สมศรี ใจดี"], [0, 1]),
]


@pytest.mark.parametrize("names,groups", LINKING)
def test_linking(names, groups):
    linked = link_people([person(name) for name in names])
    ids = [p.person_id for p in linked]
    for index, group in enumerate(groups):
        assert (ids[index] == ids[group]), (names, ids)
        for other, other_group in enumerate(groups):
            if other_group != group:
                assert ids[index] != ids[other], (names, ids)


def test_title_variants_share_an_id():
    linked = link_people([person("ประวิตร วงษ์สุวรรณ", "พล.อ."), person("ประวิตร วงษ์สุวรรณ", None)])
    assert linked[0].person_id == linked[1].person_id


def test_royal_given_name_not_linked_to_commoners():
    linked = link_people([person("เจ้าอยู่หัว", "สมเด็จพระ", royal=True), person("สมชาย ใจดี")])
    assert linked[0].person_id != linked[1].person_id


def test_pipeline_links_first_name_mentions(pipeline):
    text = "นายอนุชา แสงจันทร์ อายุ 34 ปี คนขับ ได้รับบาดเจ็บ ต่อมานายอนุชา เล่าว่า ง่วงนอน"
    first, second = pipeline.parse(text).people
    assert (first.name, second.name) == ("อนุชา แสงจันทร์", "อนุชา")
    assert first.person_id == second.person_id


def test_many_people_each_keep_their_own_id():
    # an article naming many people: every full name is its own person, every later given-name
    # mention joins its full name, ids follow the order of first mention
    givens = ["สมชาย", "วิชัย", "ประยูร", "อนุชา", "สุดา", "กมลวรรณ", "ธีรวัฒน์", "วรรณา"]
    surnames = ["ใจดี", "แสงทอง", "ศรีสุข", "ทองคำ", "มีสุข", "แก้วมณี", "บุญมา", "ศรีสมบูรณ์"]
    full = [person(f"{given} {surname}") for given, surname in zip(givens, surnames)]
    alone = [person(given) for given in reversed(givens)]
    linked = link_people(full + alone)
    assert [p.person_id for p in linked[: len(full)]] == [f"P{i}" for i in range(len(full))]
    assert [p.person_id for p in linked[len(full) :]] == [f"P{i}" for i in reversed(range(len(full)))]


def test_a_cut_surname_joins_the_first_matching_full_name():
    linked = link_people([person("วิชัย ทองประเสริฐ"), person("วิชัย ทองดี"), person("วิชัย ทองประ")])
    assert [p.person_id for p in linked] == ["P0", "P1", "P0"]


def test_later_mentions_share_their_persons_role(pipeline):
    text = ("นายพิทักษ์ แสงเงิน นายอำเภอเขาสูง เป็นประธานในพิธี โดยมีนายชาตรี ทองปลิว ร่วมด้วย "
            "ต่อมานายพิทักษ์ กล่าวว่า ปีนี้ฝนดี")
    first, other, later = pipeline.parse(text).people
    assert (later.name, later.person_id) == ("พิทักษ์", first.person_id)
    assert (later.role, later.roles, later.role_shared) == ("นายอำเภอเขาสูง", ("นายอำเภอเขาสูง",), True)
    assert first.role_shared is False
    # (negative: another person gets no role from him)
    assert (other.role, other.role_shared) == (None, False)


def test_a_role_written_at_a_mention_stays_its_own():
    linked = link_people([
        attrs.evolve(person("สมชาย ใจดี"), role="นายอำเภอเขาสูง", roles=("นายอำเภอเขาสูง",)),
        attrs.evolve(person("สมชาย ใจดี"), role="อดีตนายอำเภอเขาสูง", roles=("อดีตนายอำเภอเขาสูง",)),
        person("สมชาย"),
    ])
    assert [(p.role, p.role_shared) for p in linked] == [
        ("นายอำเภอเขาสูง", False), ("อดีตนายอำเภอเขาสูง", False), ("นายอำเภอเขาสูง", True),
    ]
