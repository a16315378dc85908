"""Records: frozen, slotted, and JSON round-trips to equal records."""

from __future__ import annotations

import json

import attrs
import pytest

import newsstruct
from newsstruct.records import Article, Count, Date, Person, from_dict, to_dict

from conftest import EXAMPLES


def test_records_are_frozen_and_slotted() -> None:
    date = Date(start=0, end=4, text="2563", rule="year", value="2020")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        date.value = "2021"  # type: ignore[misc]
    assert not hasattr(date, "__dict__")


def test_count_value_keeps_int_and_float() -> None:
    for value in (96, 2.5):
        count = Count(start=0, end=1, text="x", rule="r", value=value, unit="คน")
        back = from_dict(Count, json.loads(json.dumps(to_dict(count))))
        assert back == count and type(back.value) is type(value)


def test_person_round_trip_keeps_tuples() -> None:
    person = Person(start=0, end=3, text="นายก", rule="r", title="นาย", name="ก", roles=("ผู้ว่าราชการจังหวัด",))
    assert from_dict(Person, json.loads(json.dumps(to_dict(person)))) == person


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.txt")), ids=lambda p: p.stem)
def test_article_json_round_trip(path) -> None:
    article = newsstruct.parse_file(path)
    text = newsstruct.dumps(article)
    again = newsstruct.loads(text)
    assert again == article
    assert newsstruct.dumps(again) == text


def test_article_dict_has_contract_keys() -> None:
    data = to_dict(Article())
    for key in ("schema_version", "id", "source", "metadata", "dates", "times", "durations", "places",
                "venues", "people", "counts", "organizations", "events"):
        assert key in data
    for key in ("category", "headline", "author", "read_count", "published", "reporter"):
        assert key in data["metadata"]
