"""Linking mentions that name the same thing: one ``person_id`` per person in an article."""

from __future__ import annotations

import attrs

from .records import Person

__all__ = ["link_people"]


def _key(name: str) -> str:
    return "".join(name.split())


def link_people(people: list[Person]) -> list[Person]:
    """The same mentions, each with a ``person_id`` shared by every mention of one person.

    Names that differ only in spacing (``หาญ สมุทร์`` / ``หาญสมุทร์``) are one person.
    """
    ids: dict[str, str] = {}
    linked = []
    for person in people:
        person_id = ids.setdefault(_key(person.name), f"P{len(ids)}")
        linked.append(attrs.evolve(person, person_id=person_id))
    return linked
