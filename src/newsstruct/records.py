"""The records newsstruct produces: the schema's single source.

Every record is a frozen, slotted attrs class.  Every mention carries ``start``/``end`` into the
exact text the caller passed in, ``text == original[start:end]``, the ``rule`` that produced it,
and an ``id`` (``"date-0"``, ``"person-3"`` ...) that events and links refer to.

:func:`to_dict` / :func:`from_dict` are the one path between records and JSON-ready dicts, so
``from_dict(Article, to_dict(article)) == article``.
"""

from __future__ import annotations

from typing import Any, TypeVar

import attrs
import cattrs

__all__ = [
    "SCHEMA_VERSION",
    "Mention",
    "Span",
    "Date",
    "Time",
    "Duration",
    "Place",
    "Venue",
    "Person",
    "Count",
    "Percentage",
    "Organization",
    "SlotFill",
    "Trigger",
    "Event",
    "Metadata",
    "Article",
    "MENTION_KINDS",
    "to_dict",
    "from_dict",
]

SCHEMA_VERSION = 1

_frozen = attrs.frozen(slots=True, kw_only=True)


@_frozen
class Mention:
    """A stretch of the caller's text that an extractor recognised."""

    start: int
    end: int
    text: str
    rule: str
    id: str = ""


@_frozen
class Span:
    """One written end of a range, inside its range mention: ``14 ต.ค.`` of ``14 ต.ค.-9 พ.ย. 2565``.

    ``start``/``end`` index the caller's original text like a mention's (``text ==
    original[start:end]``); ``value`` is that end's own value (``2022-10-14``).
    """

    start: int
    end: int
    text: str
    value: str | None = None


@_frozen
class Date(Mention):
    """A date, month, year, range of them, or a relative date.

    ``value`` is ISO 8601 (``2020-02-26``, ``2020-02``, ``2020``, ``--12-05`` without a year,
    ``A/B`` for a range) or None when it cannot be resolved.
    """

    value: str | None = None
    calendar: str | None = None  # "BE", "CE" or "RE" (Rattanakosin era) as written
    era_source: str | None = None  # how the era was decided: "marker", "year_range", ...
    relative: bool = False
    year_inferred: bool = False
    weekday: str | None = None  # the weekday as written, e.g. "พุธ"
    weekday_agrees: bool | None = None
    fiscal_year: int | None = None  # Gregorian year in which the fiscal year ends
    part: str | None = None  # "early", "mid", "late", "end" for ต้นเดือน/กลางปี/ปลายปี/สิ้นเดือน
    year_source: str | None = None  # "written", "range_end" (year written once at the end), "inferred", "article_date"
    endpoints: tuple[Span, ...] = ()  # the two written ends of a range, in order


@_frozen
class Time(Mention):
    """A clock time or range, ``HH:MM`` or ``HH:MM/HH:MM``; vague periods have value None."""

    value: str | None = None
    period: str | None = None  # "morning", "evening" ... for vague periods
    relative: bool = False  # a period of the publication day or night (เช้านี้, คืนนี้)
    endpoints: tuple[Span, ...] = ()  # the two written ends of a range, in order


@_frozen
class Duration(Mention):
    """A length of time (``20 ปี`` -> ``P20Y``) or an age (``kind == "age"``)."""

    value: str | None = None
    kind: str = "duration"  # "duration" or "age"
    max_value: str | None = None  # upper bound of a range such as 2-3 วัน (value is the lower bound)
    direction: str | None = None  # "ago" (3 ปีที่แล้ว), "past" (2 ปีที่ผ่านมา), "ahead" (5 ปีข้างหน้า)


@_frozen
class Place(Mention):
    """A place: room, facility, village, subdistrict, district, province, country ..."""

    kind: str = "place"  # see extract/places.py for the set of kinds
    name: str = ""
    admin_code: str | None = None
    province: str | None = None  # the province it lies in, when known
    district: str | None = None  # the district it lies in (or is), when known
    number: int | None = None  # a village's number: หมู่ที่ 3 -> 3
    resolved_by: str | None = None  # how admin_code/province were decided: "chain", "unique", "context", ...


@_frozen
class Venue(Mention):
    """Where something happened, split from the most specific part to the most general."""

    room: str | None = None
    place: str | None = None
    village: str | None = None
    subdistrict: str | None = None
    district: str | None = None
    province: str | None = None
    admin_code: str | None = None
    parts: tuple[str, ...] = ()  # ids of the places it is made of
    building: str | None = None  # อาคาร / หอประชุม between the room and the place
    road: str | None = None
    village_number: int | None = None  # หมู่ที่ 3 -> 3
    house_number: str | None = None  # บ้านเลขที่ 45/2 -> "45/2"
    country: str | None = None
    cue: str | None = None  # the word that introduced it: ณ, ที่, บริเวณ ...
    inferred: tuple[str, ...] = ()  # fields filled from the rest of the article, not the venue's own words


@_frozen
class Person(Mention):
    """A person mention; the span covers title + name, not the role."""

    title: str | None = None
    name: str = ""
    role: str | None = None
    roles: tuple[str, ...] = ()
    person_id: str | None = None
    royal: bool = False
    title_category: str | None = None  # civil, academic, professional, military, police, monastic, nobility, royal
    acting_role: str | None = None  # the position held in an acting capacity (รักษาราชการแทนX -> X)
    surname_withheld: bool = False  # the article writes (สงวนนามสกุล) instead of the surname
    role_shared: bool = False  # no role is written next to this mention: it has its person's role from another mention


@_frozen
class Count(Mention):
    """A number with its classifier or unit: ``96 คน`` -> value 96, unit คน."""

    value: int | float | None = None
    unit: str | None = None
    of: str | None = None
    unit_category: str | None = None
    qualifier: str | None = None  # "approximate", "more_than", "almost", "at_least", ...
    per: str | None = None  # for rates: ``ครัวเรือนละ 500 บาท`` -> per ครัวเรือน
    value_max: int | float | None = None  # upper end of a range: ``5-7 พันบาท`` -> 5000 .. 7000
    of_source: str | None = None  # where ``of`` came from: "text" (written before) or "unit"


@_frozen
class Percentage(Mention):
    """A percentage: ``ร้อยละ 51``, ``64.9%``, ``80 เปอร์เซ็นต์`` -> value 51, 64.9, 80."""

    value: int | float | None = None
    value_max: int | float | None = None  # upper end of a range: ``ร้อยละ 80-90``
    qualifier: str | None = None  # as for counts: "approximate", "more_than" ...


@_frozen
class Organization(Mention):
    """An organisation name such as สำนักงานพัฒนาชุมชนจังหวัดเพชรบูรณ์."""

    name: str = ""
    kind: str | None = None


@_frozen
class SlotFill:
    """One filler of an event slot: the id of a mention and the rule that put it there."""

    ref: str
    rule: str


@_frozen
class Trigger(Mention):
    """The word or phrase that names a happening (``จัดโครงการ``, ``จับกุม``, ``น้ำท่วม``)."""

    type: str = ""  # the event type the lexicon gives it
    lemma: str = ""  # the lexicon entry that matched


@_frozen
class Event:
    """A happening assembled from mentions: who did what, when, where, with how many.

    Every slot holds :class:`SlotFill` references (mention ids such as ``"person-0"``) and the
    rule that filled it, so a consumer can reach the mentions' offsets.
    """

    id: str
    type: str
    trigger: Trigger
    triggers: tuple[Trigger, ...] = ()  # every trigger merged into this event, the main one first
    name: str | None = None  # the project, programme or occasion, e.g. โครงการ...
    date: SlotFill | None = None
    time: SlotFill | None = None
    venue: SlotFill | None = None
    organizer: SlotFill | None = None
    chair: SlotFill | None = None
    participants: tuple[SlotFill, ...] = ()
    attendee_roles: tuple[str, ...] = ()  # positions listed as attending, without a named person
    speakers: tuple[SlotFill, ...] = ()
    victims: tuple[SlotFill, ...] = ()
    suspects: tuple[SlotFill, ...] = ()
    officers: tuple[SlotFill, ...] = ()
    counts: tuple[SlotFill, ...] = ()
    places: tuple[SlotFill, ...] = ()  # other places the event concerns (not its venue)


@_frozen
class Metadata:
    """What the page says about the article itself (header, dateline, byline)."""

    category: str | None = None
    headline: str | None = None
    author: str | None = None
    read_count: int | None = None
    published: str | None = None
    published_source: str | None = None  # "caller", "dateline", "body_dateline" or None
    reporter: str | None = None
    dateline: Date | None = None


@_frozen
class Article:
    """Everything newsstruct found in one article."""

    schema_version: int = SCHEMA_VERSION
    id: str | None = None
    source: str | None = None
    encoding: str | None = None  # how the input file was decoded, when read from a file
    metadata: Metadata = attrs.field(factory=Metadata)
    dates: tuple[Date, ...] = ()
    times: tuple[Time, ...] = ()
    durations: tuple[Duration, ...] = ()
    places: tuple[Place, ...] = ()
    venues: tuple[Venue, ...] = ()
    people: tuple[Person, ...] = ()
    counts: tuple[Count, ...] = ()
    percentages: tuple[Percentage, ...] = ()
    organizations: tuple[Organization, ...] = ()
    events: tuple[Event, ...] = ()
    warnings: tuple[str, ...] = ()


# Article field holding each mention kind, and the prefix of that kind's ids.
MENTION_KINDS: dict[type[Mention], tuple[str, str]] = {
    Date: ("dates", "date"),
    Time: ("times", "time"),
    Duration: ("durations", "duration"),
    Place: ("places", "place"),
    Venue: ("venues", "venue"),
    Person: ("people", "person"),
    Count: ("counts", "count"),
    Percentage: ("percentages", "percent"),
    Organization: ("organizations", "org"),
    Trigger: ("triggers", "trigger"),  # held inside events, not a top-level list
}

_converter = cattrs.Converter()
_converter.register_structure_hook(int | float | None, lambda value, _: value)

T = TypeVar("T")


def to_dict(record: Any) -> Any:
    """A JSON-ready dict (lists, str, numbers, None) for any record of this module."""
    return _converter.unstructure(record)


def from_dict(cls: type[T], data: Any) -> T:
    """The record of type ``cls`` that :func:`to_dict` turned into ``data``."""
    return _converter.structure(data, cls)
