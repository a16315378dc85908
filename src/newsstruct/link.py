"""Linking mentions that name the same thing: one ``person_id`` per person in an article.

Rules, in order:

1. Mentions whose names are equal once spaces are removed are one person, whatever their titles
   (``นายนิเวศน์ หาญ สมุทร์`` / ``นายนิเวศน์ หาญสมุทร์``, ``พล.ต.อ.X Y`` / ``X Y``).
2. A full name whose surname begins another full name's surname, with the same given name, is that
   person (a surname cut short by a line break or a typo).
3. A given-name-only mention (``นายอนุชา``) is the one full-named person with that given name, when
   there is exactly one; otherwise it stays a person of its own (shared by the other mentions of
   that given name alone).
4. An alias or nickname written as another name of the person right before it (``นายX Y หรือเสก``,
   ``ด.ญ.X Y หรือน้องZ``, ``ด.ช.X Y (น้องZ)``: rules ``alias`` and ``title_alias``) is that person,
   and so are the other mentions of that alias (``น้องZ`` or ``Z`` later on); an alias that rule 3
   already gave to another full-named person joins alone.
5. A nickname quoted right before the full name it stands for (``"กบ" สุวนันท์ คงยิ่ง``: rule
   ``named_after_nickname`` for the full name) is that person, with its later mentions (``กบ``).

Royal persons are linked by their name as written (spacing ignored).

A mention with no role written next to it shares the roles of its person's first mention that has
them (``นายสมชาย ใจดี นายอำเภอเมืองน่าน ... นายสมชาย กล่าวว่า``: both hold the position),
marked ``role_shared``; a mention keeps the roles written next to it.
"""

from __future__ import annotations

import attrs

from .records import Person

__all__ = ["link_people", "share_roles"]


_ALIAS_RULES = frozenset({"alias", "title_alias"})
_NAMED_AFTER_NICKNAME = "named_after_nickname"


def _key(name: str) -> str:
    return "".join(name.split())


def _given(name: str) -> str:
    return name.split(" ", 1)[0]


def _has_surname(person: Person) -> bool:
    return " " in person.name and not person.royal


def link_people(people: list[Person]) -> list[Person]:
    """The same mentions, each with a ``person_id`` shared by every mention of one person.

    >>> from newsstruct.records import Person
    >>> linked = link_people([
    ...     Person(start=0, end=20, text="นายนิเวศน์ หาญ สมุทร์", rule="t", title="นาย", name="นิเวศน์ หาญสมุทร์"),
    ...     Person(start=30, end=49, text="นายนิเวศน์ หาญสมุทร์", rule="t", title="นาย", name="นิเวศน์ หาญสมุทร์"),
    ...     Person(start=60, end=70, text="นายนิเวศน์", rule="t", title="นาย", name="นิเวศน์"),
    ... ])
    >>> [person.person_id for person in linked]
    ['P0', 'P0', 'P0']
    """
    if not people:
        return []  # (most articles name no one)
    ids: dict[str, str] = {}  # name key -> person id
    full_by_given: dict[str, set[str]] = {}  # given name -> ids of full-named persons
    keys_by_given: dict[str, list[str]] = {}  # given name -> its full-name keys, in article order
    made = 0

    def new_id() -> str:
        nonlocal made
        made += 1
        return f"P{made - 1}"

    # Full names first, so that given-name-only mentions before them can still be linked.
    for person in people:
        if not _has_surname(person):
            continue
        key = _key(person.name)
        if key in ids:
            continue
        given = _given(person.name)
        surname = key[len(given):]
        match = None
        # (only the full names with this given name can match: a long article costs no loop over all)
        for other_key in keys_by_given.get(given, ()):
            if other_key.startswith(given):
                other_surname = other_key[len(given):]
                if len(min(surname, other_surname, key=len)) >= 2 and (
                    other_surname.startswith(surname) or surname.startswith(other_surname)
                ):
                    match = ids[other_key]
                    break
        ids[key] = match or new_id()
        full_by_given.setdefault(given, set()).add(ids[key])
        keys_by_given.setdefault(given, []).append(key)
    full_ids = {person_id for given_ids in full_by_given.values() for person_id in given_ids}
    person_ids = []
    merged: dict[str, str] = {}  # an alias's own id -> the id of the person it names

    def resolved(person_id: str) -> str:
        while person_id in merged:
            person_id = merged[person_id]
        return person_id

    for index, person in enumerate(people):
        key = _key(person.name)
        if key not in ids:
            candidates = full_by_given.get(key, set()) if not person.royal else set()
            ids[key] = next(iter(candidates)) if len(candidates) == 1 else new_id()
        person_id = ids[key]
        if person.rule in _ALIAS_RULES and index and not person.royal:
            target = resolved(person_ids[index - 1])
            own = resolved(person_id)
            if own != target:
                if own in full_ids and not _has_surname(person):
                    person_id = target  # (the alias is another full-named person's given name: it joins alone)
                else:
                    merged[own] = target
        if person.rule == _NAMED_AFTER_NICKNAME and index and not _has_surname(people[index - 1]):
            nickname, own = resolved(person_ids[index - 1]), resolved(person_id)
            if nickname != own and nickname not in full_ids:
                merged[nickname] = own
        person_ids.append(person_id)
    if merged:
        person_ids = [resolved(person_id) for person_id in person_ids]
    # Number persons in order of their first mention.
    order: dict[str, str] = {}
    for person_id in person_ids:
        order.setdefault(person_id, f"P{len(order)}")
    linked = [attrs.evolve(person, person_id=order[person_id]) for person, person_id in zip(people, person_ids)]
    return share_roles(linked)


def share_roles(people: list[Person]) -> list[Person]:
    """The same mentions, each one with no role written next to it given the roles of its
    person's first mention that has them written (``role_shared``).  Also used when the pieces of
    a long text are joined, so a role written in one piece reaches the mentions in the next."""
    roled: dict[str, Person] = {}  # person id -> its first mention with roles written
    for person in people:
        if person.roles and not person.role_shared and person.person_id is not None:
            roled.setdefault(person.person_id, person)
    shared = []
    for person in people:
        source = roled.get(person.person_id) if not person.roles and person.person_id is not None else None
        if source is not None:
            person = attrs.evolve(
                person, role=source.role, roles=source.roles, acting_role=source.acting_role, role_shared=True
            )
        shared.append(person)
    return shared
