"""Places (rooms, facilities, villages, administrative areas, countries ...) and venues.

``ณ ห้องมรกต โรงแรมเพชรรัตน์ อำเภอเมือง จังหวัดเพชรบูรณ์`` gives four places, one per part (the
way ThaiNER tags them) and one venue that puts the parts together::

    room ห้องมรกต | facility โรงแรมเพชรรัตน์ | district เมืองเพชรบูรณ์ (6701) | province เพชรบูรณ์ (67)
    venue: room ห้องมรกต, place โรงแรมเพชรรัตน์, district เมืองเพชรบูรณ์, province เพชรบูรณ์, admin_code 6701

Place ``kind`` is one of

    room         ห้องประชุม..., ห้อง..., ชั้น 2
    building     อาคาร..., ตึก..., หอประชุม..., ศาลา...
    facility     a named establishment: โรงแรม, วัด, โรงพยาบาล, โรงเรียน, ตลาด, สนาม, ศาลากลางจังหวัด ...
    village      บ้าน... (a named village) or หมู่ที่ 3 (a numbered one, ``number`` = 3)
    subdistrict  ตำบล / ต. / แขวง + a gazetteer name
    district     อำเภอ / อ. / กิ่งอำเภอ / เขต + a gazetteer name; อำเภอเมือง is the capital
                 district of the province in context
    province     จังหวัด / จ. + a gazetteer name, a province named alone, กทม. / กรุงเทพฯ ...
    country      ไทย, ประเทศญี่ปุ่น, สปป.ลาว ...
    region       ภาคเหนือ, อีสาน, เอเชีย, ยุโรป, มณฑล..., a foreign state
    city         a foreign city: กรุงโตเกียว, เซี่ยงไฮ้ ...
    area         a named area that is no unit of the gazetteer: พัทยา, สยามสแควร์, ชุมชน..., นิคม...,
                 a municipality (เทศบาลนคร/เมือง/ตำบล..., อบต....) standing as a place
    road         ถนน / ถ. / ซอย / ซ. / ทางหลวงหมายเลข / สะพาน / แยก ...
    water        rivers, canals, seas, bays, beaches, dams, waterfalls
    mountain     ดอย, ภู, เทือกเขา, ถ้ำ
    island       เกาะ...

Administrative areas are linked to the DOPA gazetteer (:mod:`newsstruct.gazetteer`):
``admin_code`` is the area's code, ``province``/``district`` the areas it lies in, and
``resolved_by`` says how an ambiguous name was settled: ``unique`` (one area has the name),
``chain`` (by the areas written next to it: ``ต.สระแก้ว อ.เมือง จ.เพชรบูรณ์``), ``capital``
(อำเภอเมือง + its province), ``context`` (by the provinces and districts named elsewhere in the
article), ``fuzzy`` (a typing mistake, ``จ.เชียงรย``, accepted only when a district of that
province stands next to it or the province is written correctly elsewhere), ``name`` (a
facility whose own name holds the province: ศาลากลางจังหวัดนครสวรรค์).

**Places and organisations.**  Organisations are found first (extract/orgs.py) and whatever lies
inside an organisation's name is not a separate place: the province in
``สำนักงานพัฒนาชุมชนจังหวัดเพชรบูรณ์`` is part of the organisation.  Institutions that are also
buildings (``role`` ``dual`` in lexicon/facility_heads.tsv: โรงพยาบาล, โรงเรียน, มหาวิทยาลัย,
เทศบาล, อบต. ...) are places where a location is expected — right after a location cue
(ณ, ที่, บริเวณ, ภายใน, ใน, จาก, ถึง, ไปยัง, หน้า, ใกล้, ส่ง ... lexicon/location_cues.tsv) or
after a room or building of theirs (ห้องประชุมโรงเรียน...) — and organisations everywhere else
(ผู้อำนวยการโรงเรียน..., โรงพยาบาล... แถลงว่า).  A police station (สภ., สน., สถานีตำรวจ...)
names a building and is always a place; the police force is ตำรวจภูธรจังหวัด..., an
organisation.  Any organisation right after a venue cue that names premises (ณ, บริเวณ,
ภายใน, จัดขึ้นที่ ...: ``premises`` in location_cues.tsv) stands for its premises and is a
place (ประชุม ณ กระทรวงมหาดไทย); after the plain ที่ or จาก it stays the body that acts
(ส่งตัวอย่างไปตรวจที่กรมควบคุมโรค).  A room named after its owner
(ห้องประชุมสำนักงานคลังจังหวัด...) is one place that contains an organisation mention.
A role followed by an area (ผู้ว่าราชการจังหวัดเพชรบูรณ์, นายอำเภอแม่สาย) holds a place.

**Venues** are runs of places written next to each other (separated by spaces, commas, or a
road's position: ขาล่อง, กม.35) that follow a venue cue (ณ, ที่, บริเวณ, ภายใน, ใน, บน,
ในพื้นที่ ...), maybe through a home address (ที่บ้านเลขที่ 45 หมู่ 7 ตำบล...).  A run made only
of countries, regions, waters or mountains is no venue, nor is an organisation alone; an
organisation stands in a venue only right after a room of its own (ณ ห้องประชุม
สำนักงานเกษตรจังหวัด...), as the venue's place.  A place named in several words that are not
read (a hotel's long name) is joined to the areas written a few words later when no stop word
lies between.  The venue's ``room``, ``building``, ``place``, ``road``, ``village``,
``village_number``, ``house_number``, ``subdistrict``, ``district``, ``province`` and ``country``
come from its parts (``parts`` are their ids, and an organisation's id when one is the place),
``admin_code`` is the most specific code known.  A province or district the venue does not
name is taken, in this order, from its parts' gazetteer parents, from the names of its
facilities (ที่ว่าการอำเภอแม่สาย, ศาลากลางจังหวัดน่าน, สภ.บางปะหัน), and from the rest of the
article (the province its header names, else the first one its body places anything in; the
district when the article names only one of that province); a provincial hall
(ศาลากลางจังหวัด) stands in the capital district.  Fields filled from anything but the venue's
own words are listed in ``inferred``.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from typing import TYPE_CHECKING, NamedTuple

import attrs
import regex

from ..gazetteer import BANGKOK, Area, gazetteer
from ..lexicon import load, load_words
from ..records import Organization, Place, Venue
from . import placewords
from .orgs import NORMALISED_SPANS as ORG_NORMALISED_SPANS
from .placewords import (
    TakenSpans,
    contains_stop,
    location_cue_before,
    mark_at,
    number_name,
    org_heads,
    premises_cues,
    starts_word,
    thai_letter_at,
    venue_cues,
    word_at,
)
from .wordtrie import WordFinder, WordsAtEnd

if TYPE_CHECKING:
    from ..document import Document

__all__ = ["extract", "extract_venues"]

# Mentions of these kinds own their spans; a place never starts inside one.
_TAKEN = ("dates", "times", "durations", "organizations")
# A place name after a head word: at most this many tokens, and no more than this many when
# it runs straight into the next words without a space (see placewords.name_end).
_MAX_NAME_TOKENS = 8
_GLUED_NAME_TOKENS = 2
# Places written next to each other: only spaces, commas or a dash between them.
_SHORT_GAPS = frozenset({"", " ", ",", ", ", "-", " -", "- ", "–"})
_CHAIN_GAP = regex.compile(
    r"[ ,\-–]{0,3}+"
    # road positions between a road and its area: ขาล่อง, กม.35-36, หลักกิโลเมตรที่ 12
    r"(?:(?:ขาเข้า|ขาออก|ขาล่อง|ขาขึ้น|(?:หลัก)?+(?:กม\.|กิโลเมตร)(?:ที่)?+ ?+[\d.+\-]{1,12}+)[ ,]{1,3}+){0,3}+"
)
# No _CHAIN_GAP is longer: 3 separators, then 3 times หลักกิโลเมตรที่ + a space + 12 digits + 3 separators.
_LONGEST_CHAIN_GAP = 3 + 3 * (len("หลักกิโลเมตรที่") + 1 + 12 + 3)
_VILLAGE_NUMBER = regex.compile(r" ?+(\d{1,3}+)(?![\d.,/:])")
# มหาวิทยาลัยขอนแก่น วิทยาเขตหนองคาย: a campus belongs to the name.
_BRANCH = regex.compile(r" ?+วิทยาเขต ?+")
# An administrative area written right after a bare name (แม่สาย จ.เชียงราย).
_AREA_AFTER = regex.compile(r"[ ,]{0,2}+(?:จังหวัด|จ\.|อำเภอ|อ\.|ตำบล|ต\.|เขต|แขวง|กทม|กรุงเทพ)")
# Cue words a village name never holds: บ้าน + ริม|แม่น้ำโขง is "the houses by the Mekong".
_CUE_INSIDE = regex.compile(r"ริม|ใกล้|ข้าง|ใน|ที่|บน")
# Level words inside a facility's name: ศาลากลางจังหวัด|นครสวรรค์, ที่ว่าการอำเภอ|แม่สาย.
_INNER_AREA = regex.compile(r"(?P<province>จังหวัด|จ\.)|(?P<district>อำเภอ|อ\.)|(?P<bangkok>เขต)")
_LIST_JOIN = regex.compile(r" ?+(?:,|และ|หรือ) ?+| ")
_FULL_LEVEL_WORDS = frozenset({"อำเภอ", "กิ่งอำเภอ", "ตำบล"})
_SPACES = regex.compile(r" ++")
_RANK_BEFORE = regex.compile(r"(?:^|[^\u0e01-\u0e2e])[\u0e01-\u0e2e]\.\Z")
_COUNT_BEFORE = regex.compile(r"(?:\d|ทั้ง|ต่าง|หลาย|ทุก|แต่ละ|บาง) ?+\Z")
# A home address between a venue cue and the areas: บ้านเลขที่ 45 หมู่ 7 (then ตำบล...).
_ADDRESS_BEFORE = regex.compile(
    r"(?:บ้าน)?+เลขที่ ?+(?P<house>\d{1,5}+(?:/\d{1,5}+)?+)"
    r"(?: ?+(?:หมู่ที่|หมู่|ม\.) ?+(?P<village>\d{1,3}+))?+ ?+\Z"
)
# Characters of unread name words a venue may span to reach its areas (see extract_venues).
_MAX_JOIN_GAP = 40
_NON_VENUE_KINDS = frozenset({"country", "region", "water", "mountain"})
# doc.layers key under which `extract` leaves the normalised spans of its places for `extract_venues`.
_NORMALISED_SPANS = "_place_spans"


class _Literal(NamedTuple):
    """What a word found by the scanner is: a level word, a head word, a name, a blocker."""

    category: str  # "admin", "head", "name", "province", "district", "blocker"
    kind: str  # place kind, or the admin level for "admin"
    value: str  # canonical name or head
    alone: str = "yes"  # names: "yes", "cue", "no"
    role: str = "place"  # heads: "place" or "dual"
    name_policy: str = "required"  # heads: "required", "optional", "number"
    province: str | None = None  # names: the province a Thai landmark lies in
    bangkok: bool = False  # admin: เขต / แขวง name Bangkok's areas only


@attrs.define(slots=True)
class _Candidate:
    """A place found in the text, before it is accepted, resolved and made a mention."""

    start: int
    end: int
    kind: str
    name: str
    rule: str
    level: str | None = None  # gazetteer level for administrative areas
    areas: tuple[Area, ...] = ()  # gazetteer areas the name may stand for
    capital: bool = False  # อำเภอเมือง: the capital district of the province in context
    fuzzy: bool = False
    needs_chain: bool = False  # kept only when written next to a confirmed place
    needs_context: bool = False  # kept only when the article names its province elsewhere
    number: int | None = None
    province_hint: str | None = None  # the province named by the place's own name or lexicon
    area: Area | None = None  # the resolved area
    resolved_by: str | None = None
    province: str | None = None
    district: str | None = None


class _Scan(NamedTuple):
    """What the readers of one scan of a document share."""

    doc: Document
    found: list[_Candidate]  # the candidates read so far, in text order
    taken: TakenSpans  # spans no place name may overlap (_TAKEN)
    taken_in_rooms: TakenSpans  # the same but organisations, which a room's name may hold


class _Tables(NamedTuple):
    words: WordFinder  # every word of `literals`, for reading a body
    scanner: re.Pattern  # the same words as one pattern, for looking at a piece of text
    literals: dict[str, _Literal]
    stops: frozenset[str]
    person_before: WordsAtEnd
    nationality_before: WordsAtEnd
    nationality_of: dict[str, frozenset[str]]


@functools.cache
def _tables() -> _Tables:
    g = gazetteer()
    literals: dict[str, _Literal] = {}

    def add(word: str, literal: _Literal, *, replace: bool = False) -> None:
        if replace or word not in literals:
            literals[word] = literal

    for area in g.by_code.values():
        if area.level == "district":
            add(area.name, _Literal("district", "district", area.name, alone="cue"))
    for name in g.province_names():
        add(name, _Literal("province", "province", g.province_named(name).name), replace=True)
    for row in load("place_names"):
        for form in [row["name"], *filter(None, row["forms"].split("|"))]:
            if g.province_named(form) is not None:  # an override of how a province name may stand
                add(form, _Literal("province", "province", g.province_named(form).name, alone=row["alone"]), replace=True)
            else:
                add(form, _Literal("name", row["kind"], row["name"], alone=row["alone"],
                                   province=row["province"] or None), replace=True)
    for form in org_heads():
        # an organisation's head after ณ / ที่ ...: its premises (see the module doc)
        add(form, _Literal("head", "facility", org_heads()[form], role="premises"), replace=True)
    for row in load("facility_heads"):
        for form in [row["head"], *filter(None, row["forms"].split("|"))]:
            add(form, _Literal("head", row["kind"], row["head"], role=row["role"], name_policy=row["name"]),
                replace=True)
    for row in load("admin_prefixes"):
        add(row["form"], _Literal("admin", row["level"], row["form"], bangkok=row["bangkok"] == "yes"), replace=True)
    for word in load_words("place_blockers"):
        if word in literals and literals[word].category != "district":
            raise ValueError(f"place_blockers.txt: {word!r} is also a place word")
        add(word, _Literal("blocker", "", word), replace=True)

    words = WordFinder(literals)
    return _Tables(
        words=words,
        scanner=words.pattern,
        literals=literals,
        stops=frozenset(row["word"] for row in load("place_stops")),
        person_before=WordsAtEnd(load_words("not_place_after"), space=True),
        nationality_before=WordsAtEnd(row["noun"] for row in load("nationality_nouns")),
        nationality_of={row["noun"]: frozenset(filter(None, row["countries"].split("|")))
                        for row in load("nationality_nouns")},
    )


# -- detection -------------------------------------------------------------------------------


def _name_end(scan: _Scan, start: int, limit: int, *, through_orgs: bool, numbered: bool = False,
              max_tokens: int = _MAX_NAME_TOKENS) -> int:
    """Where the proper name after a place head word ends (see :func:`placewords.name_end`);
    a room's name may hold an organisation's (ห้องประชุมสำนักงานคลังจังหวัด...)."""
    return placewords.name_end(scan.doc, start, limit, stops=_tables().stops,
                               taken=scan.taken_in_rooms if through_orgs else scan.taken,
                               numbered=numbered, max_tokens=max_tokens, glued_tokens=_GLUED_NAME_TOKENS)


def _scan(doc: Document, start: int, end: int) -> list[_Candidate]:
    """Place candidates in ``doc.text[start:end]``, left to right, not overlapping."""
    tables = _tables()
    text = doc.text
    words = tables.words.read(text, start, end)
    found_at = words.search(start)
    if found_at is None:
        return []  # most short texts hold no place word: nothing else to set up
    g = gazetteer()
    found: list[_Candidate] = []
    scan = _Scan(doc, found, TakenSpans(doc, _TAKEN), TakenSpans(doc, _TAKEN[:-1]))
    # only the kinds that found something can take a span (most short texts have none)
    kinds_taken = tuple([kind for kind in _TAKEN if doc.layers.get(kind)])
    scan_taken = TakenSpans(doc, kinds_taken) if kinds_taken else None
    while found_at is not None:
        m_start, m_end = found_at
        taken_until = scan_taken.reach(m_start, m_end) if scan_taken is not None else None
        if taken_until is not None:
            position = taken_until  # inside a date, time or organisation: go on after it
        else:
            literal = tables.literals[text[m_start:m_end]]
            candidate, position = _read(scan, literal, m_start, m_end, end, g, tables)
            while candidate is not None:
                found.append(candidate)
                candidate = _listed_after(scan, candidate, end, g)
                if candidate is not None:
                    position = candidate.end
        found_at = words.search(position) if position < end else None
    return found


_LISTED_LEVELS = frozenset({"district", "subdistrict"})


def _listed_after(scan: _Scan, previous: _Candidate, limit: int, g) -> _Candidate | None:
    """An area of the same level listed after a written one without its own level word:
    ``เขตบึงกุ่มและจตุจักร``, ``อ.ดอนเจดีย์ สองพี่น้อง`` — taken only when it lies in the same
    province as the first."""
    if previous.level not in _LISTED_LEVELS or not previous.areas:
        return None
    doc = scan.doc
    join = _LIST_JOIN.match(doc.text, previous.end, limit)
    if join is None:
        return None
    name_start = join.end()
    name = g.longest_name(previous.level, doc.text, name_start, limit)
    if name is None or scan.taken.overlaps(name_start, name_start + len(name)):
        return None
    provinces = {a.province_code for a in previous.areas}
    areas = tuple(a for a in g.named(previous.level, name) if a.province_code in provinces)
    if not areas or not starts_word(doc, name_start) or mark_at(doc.text, name_start + len(name)):
        return None
    return _Candidate(name_start, name_start + len(name), previous.level, name, f"{previous.level}_listed",
                      level=previous.level, areas=areas)


def _read(scan: _Scan, literal: _Literal, m_start: int, m_end: int, limit: int,
          g, tables: _Tables) -> tuple[_Candidate | None, int]:
    """The candidate a scanner match starts, and where scanning goes on.

    Cheap questions (is a cue or a place next to it?) come before the tokenizer is asked
    whether the word really starts here.
    """
    category = literal.category
    if category == "blocker":
        return None, m_end
    if category == "admin":
        return _read_admin(scan, literal, m_start, m_end, limit, g)
    if category == "head":
        return _read_head(scan, literal, m_start, m_end, limit, tables)
    doc, found = scan.doc, scan.found
    text = doc.text
    # A name standing alone: province, district, country, region, landmark ...
    if mark_at(text, m_end):
        return None, m_start + 1  # พาน in พาน้อง: the word goes on
    person = tables.person_before.search(text, max(doc.body_start, m_start - 8), m_start)
    # นายวัฒนา, X ณ อยุธยา: part of a person's name (only towns are lineage surnames:
    # ณ ท้องสนามหลวง is a place)
    if person is not None and (person[1].strip() != "ณ" or category != "name"):
        return None, m_end
    if category == "district":
        # A district named alone: a place only after a location cue or next to an area of its
        # province; otherwise the word only keeps shorter names inside it (ตาก in ตากใบ)
        # from matching.
        areas = g.districts_named(literal.value)
        capital = any(g.capital_district(a.province_code) == a for a in areas) and literal.value.startswith("เมือง")
        cue = location_cue_before(doc, m_start)
        beside = (bool(found) and found[-1].level is not None and _adjacent(text, found[-1].end, m_start)) \
            or _AREA_AFTER.match(text, m_end, limit) is not None
        if not (capital or cue or beside) or not _word_here(doc, m_start, found):
            return None, m_end
        # Bangkok's districts are known across the country: ย่านจตุจักร needs no กทม. nearby.
        bangkok = len(literal.value) >= 4 and all(a.province_code == BANGKOK for a in areas)
        return _Candidate(m_start, m_end, "district", literal.value, "district_name", level="district",
                          areas=areas, needs_chain=not (capital or cue),
                          needs_context=bool(cue) and not capital and not bangkok), m_end
    if literal.alone == "no" or (literal.alone == "cue" and not _cue_or_chain(doc, m_start, found)):
        return None, m_end
    if not _word_here(doc, m_start, found):
        return None, m_start + 1
    if category == "province":
        area = g.province_named(literal.value)
        return _Candidate(m_start, m_end, "province", area.name, "province_name", level="province",
                          areas=(area,)), m_end
    if literal.kind == "country" and _adjective(doc, m_start, literal.value, tables):
        return None, m_end
    return _Candidate(m_start, m_end, literal.kind, literal.value, "known_name",
                      province_hint=literal.province), m_end


def _word_here(doc: Document, start: int, found: list[_Candidate]) -> bool:
    """A word starts here, or the name is glued to the area written before it (อ.บางบ่อสมุทรปราการ)."""
    if found and found[-1].end == start and found[-1].level is not None:
        return True
    return starts_word(doc, start)


def _adjective(doc: Document, start: int, country: str, tables: _Tables) -> bool:
    """Whether a country name is an adjective here: คนไทย, ภาษาอังกฤษ, ผ้าไหมไทย."""
    window_start = max(doc.body_start, start - 16)
    found = tables.nationality_before.search(doc.text, window_start, start)
    if found is None:
        return False
    noun = found[1]
    countries = tables.nationality_of[noun]
    if countries and country not in countries:
        return False
    # the noun must be a word of its own, not the end of a longer word that merely ends the
    # same way: ask the tokenizer
    tokens = doc.tokenize_window(window_start, start)
    return bool(tokens) and tokens[-1].text == noun


def _cue_or_chain(doc: Document, start: int, found: list[_Candidate]) -> bool:
    """A venue cue (ที่, ใน, ณ ...) or a place right before: what a name that is also a common
    word (เลย, แม่สาย, ห้อง...) needs to be read as a place (ไปเลย is "go at once")."""
    if location_cue_before(doc, start) in venue_cues():
        return True
    return bool(found) and _adjacent(doc.text, found[-1].end, start)


def _adjacent(text: str, left_end: int, right_start: int) -> bool:
    if left_end > right_start or right_start - left_end > _LONGEST_CHAIN_GAP:
        return False
    if right_start - left_end <= 2 and text[left_end:right_start] in _SHORT_GAPS:
        return True
    return _CHAIN_GAP.fullmatch(text, left_end, right_start) is not None


def _abbreviation_starts(doc: Document, start: int) -> bool:
    """Whether an abbreviation such as จ. / อ. / ต. starts here rather than ending a longer one
    (กกต., ผวจ.) or sitting inside a rank (น.ต., พ.ต.ท.)."""
    text = doc.text
    if start <= doc.body_start:
        return True
    if text[start - 1] == ".":
        return not _RANK_BEFORE.search(text, max(doc.body_start, start - 3), start)
    if not thai_letter_at(text, start - 1):
        return True
    return starts_word(doc, start)


def _skip_space(text: str, position: int, limit: int) -> int:
    return position + 1 if position < limit and text[position] == " " else position


def _read_admin(scan: _Scan, literal: _Literal, m_start: int, m_end: int, limit: int,
                g) -> tuple[_Candidate | None, int]:
    doc = scan.doc
    text = doc.text
    level = literal.kind
    if literal.value.endswith(".") and not _abbreviation_starts(doc, m_start):
        return None, m_start + 1
    if level == "village_number":
        number = _VILLAGE_NUMBER.match(text, m_end, limit)
        if number is None:
            return None, m_end
        # หมู่ที่ 3 is a village wherever it stands; ม.3 and หมู่ 3 only inside an address
        # (ม.3 is also the third year of secondary school).
        return _Candidate(m_start, number.end(), "village", text[m_start:number.end()], "village_number",
                          number=int(number.group(1)), needs_chain=literal.value != "หมู่ที่"), number.end()
    name_start = _skip_space(text, m_end, limit)
    if level == "village":
        if not starts_word(doc, m_start, glued_prefix=False):
            return None, m_end  # ชาวบ้าน, ผู้ใหญ่บ้าน: the word "house", not a village
        following = _tables().scanner.match(text, name_start, limit)
        if following is not None and _tables().literals[following.group()].category in ("admin", "head"):
            return None, m_end  # บ้าน อ.แม่สาย: a house in อ.แม่สาย
        name_end = _name_end(scan, name_start, limit, through_orgs=False, max_tokens=3)
        cue_inside = _CUE_INSIDE.search(text, name_start, name_end)
        if cue_inside is not None:
            name_end = cue_inside.start()  # บ้านริม|แม่น้ำโขง
        if name_end <= name_start:
            return None, m_end
        name = text[name_start:name_end]
        # บ้าน is also "house, home": a village only inside an address, or after a location
        # cue when its name is that of a subdistrict (villages lend subdistricts their names).
        known = bool(g.subdistricts_named(name) or g.subdistricts_named("บ้าน" + name))
        standalone = known and location_cue_before(doc, m_start) is not None
        return _Candidate(m_start, name_end, "village", "บ้าน" + name, "village_name",
                          needs_chain=not standalone), name_end
    name = g.longest_name(level, text, name_start, limit)
    if literal.bangkok:
        areas = tuple(a for a in g.named(level, name) if a.province_code == BANGKOK) if name else ()
        if not areas:
            return None, m_end
        return _Candidate(m_start, name_start + len(name), level, name, f"{level}_prefixed", level=level,
                          areas=areas), name_start + len(name)
    if name is not None:
        areas = g.named(level, name)
        if level in ("district", "subdistrict") and len(areas) > 1:
            # อำเภอ / ตำบล are no Bangkok words (Bangkok has เขต / แขวง): อ.จอมทอง is in
            # เชียงใหม่, not Bangkok's เขตจอมทอง
            areas = tuple(a for a in areas if a.province_code != BANGKOK) or areas
        written = name
        if level == "province":
            areas = (areas[0],)
            name = areas[0].name
        return _Candidate(m_start, name_start + len(written), level, name, f"{level}_prefixed", level=level,
                          areas=areas), name_start + len(written)
    if level == "district" and text.startswith("เมือง", name_start):
        name_end = name_start + len("เมือง")
        return _Candidate(m_start, name_end, "district", "เมือง", "district_capital", level="district",
                          capital=True), name_end
    if literal.value in _FULL_LEVEL_WORDS and name_start == m_end and not _COUNT_BEFORE.search(
            text, max(doc.body_start, m_start - 8), m_start):
        # อำเภอ / ตำบล written in full take a name the gazetteer does not know (an old or
        # misspelt one, or a place people call a district): no code, but still a place.
        # Not after a count (2 อำเภอ, ทุกตำบล): that is the common noun.
        name_end = _name_end(scan, name_start, limit, through_orgs=False, max_tokens=3)
        following = _tables().scanner.match(text, name_start, name_end)
        if following is not None and _tables().literals[following.group()].category in ("admin", "head"):
            name_end = name_start  # อำเภอ + another level or head word is no name
        if name_end > name_start and not number_name().match(text, name_start):
            return _Candidate(m_start, name_end, level, text[name_start:name_end], f"{level}_unlisted",
                              level=level), name_end
    if level == "province":
        fuzzy = g.fuzzy_province(text[name_start:min(limit, name_start + 24)])
        if fuzzy is not None:
            area, length = fuzzy
            return _Candidate(m_start, name_start + length, "province", area.name, "province_fuzzy",
                              level="province", areas=(area,), fuzzy=True), name_start + length
    return None, m_end


def _read_head(scan: _Scan, literal: _Literal, m_start: int, m_end: int, limit: int,
               tables: _Tables) -> tuple[_Candidate | None, int]:
    doc, found = scan.doc, scan.found
    text = doc.text
    is_room = literal.kind in ("room", "building")
    if literal.role == "premises" and location_cue_before(doc, m_start) not in premises_cues():
        return None, m_end
    if literal.role == "cue" and not (location_cue_before(doc, m_start) in venue_cues()
                                      or (found and _adjacent(text, found[-1].end, m_start))):
        return None, m_end  # ตลาด, ห้อง ... are common nouns unless a venue cue or place leads in
    if mark_at(text, m_end):
        return None, m_start + 1  # ภู in ภู่วรรณ: the syllable goes on
    if m_end - m_start <= 3:
        # a short head word must also end a word: หาด is no head in จัดหา|ดาวเทียม
        is_word, word_end = word_at(doc, m_start)
        if not is_word or (word_end is not None and word_end < m_end):
            return None, m_start + 1
    elif not starts_word(doc, m_start):
        return None, m_start + 1
    if literal.role == "dual":
        after_room = bool(found) and found[-1].kind in ("room", "building") and _adjacent(text, found[-1].end, m_start)
        if not (location_cue_before(doc, m_start) or after_room):
            # an organisation here (orgs.py decides the same way); skip its whole name so
            # that no province inside it is read as a place
            return None, _name_end(scan, m_end, limit, through_orgs=False)
    if literal.name_policy == "number":
        number = number_name().match(text, _skip_space(text, m_end, limit), limit)
        if number is None:
            return None, m_end
        return _Candidate(m_start, number.end(), literal.kind, text[m_start:number.end()], "head_number"), number.end()
    numbered = is_room or literal.kind == "road"
    name_start = m_end
    if text[m_start:m_end].endswith(".") and text.startswith(" ", m_end):
        name_start = m_end + 1  # สน. ทองหล่อ, รพ. ศิริราช
    name_end = _name_end(scan, name_start, limit, through_orgs=is_room, numbered=numbered)
    if not numbered:
        name_end = _name_before_area(scan, m_start, name_start, name_end, limit)
    if not numbered and name_end > name_start and text[name_start].isdigit():
        name_end = name_start  # ถ้ำ7คน: a count, not a name
    if name_end > name_start:
        branch = _BRANCH.match(text, name_end, limit)
        if branch is not None:
            branch_end = _name_end(scan, branch.end(), limit, through_orgs=False, max_tokens=4)
            if branch_end > branch.end():
                name_end = branch_end
    else:
        name_end = m_end
    if name_end <= m_end:
        if literal.name_policy == "optional" and (
                location_cue_before(doc, m_start)
                or (found and _adjacent(text, found[-1].end, m_start))):
            return _Candidate(m_start, m_end, literal.kind, text[m_start:m_end], "head_alone"), m_end
        return None, m_end
    name = _SPACES.sub(" ", text[m_start:name_end])
    return _Candidate(m_start, name_end, literal.kind, name, "head_name"), name_end


_NAME_RUN_CHARS = 24
_THAI_WORD = regex.compile(r"[\u0e01-\u0e2e\u0e40-\u0e44][\u0e01-\u0e4e]*+")


def _name_before_area(scan: _Scan, m_start: int, name_start: int, name_end: int, limit: int) -> int:
    """Where a name cut short by a stop word really ends when the whole glued word after the
    head stands between a location cue and an area (ที่วัดใหม่ ต.นาเกลือ, ณ ตลาดใหม่ อ.เมือง):
    a word such as ใหม่ is an adjective in running text (สร้างวัดใหม่) but a name there."""
    text = scan.doc.text
    run_end = name_start
    window = min(limit, name_start + _NAME_RUN_CHARS + 1)
    while run_end < window and text[run_end] not in " \n\t,()\"'":
        run_end += 1
    if run_end <= name_end or run_end >= window or not text.startswith(" ", run_end):
        return name_end
    if _THAI_WORD.fullmatch(text, name_start, run_end) is None:
        return name_end
    if _AREA_AFTER.match(text, run_end, limit) is None or scan.taken.overlaps(name_start, run_end):
        return name_end
    if location_cue_before(scan.doc, m_start) not in venue_cues():
        return name_end
    # the stop word must be one that begins names (ใหม่), and no other may follow (ใหม่และเก่า);
    # สังกัด in โรงพยาบาลสังกัด กทม. is "under", not a name
    stops = _tables().stops
    tokens = [token.text for token in scan.doc.tokenize_window(name_start, run_end)]
    if not tokens or tokens[0] not in _name_stops() or sum(token in stops for token in tokens) > 1:
        return name_end
    return run_end


@functools.cache
def _name_stops() -> frozenset[str]:
    """Words of ``place_stops.tsv`` that also begin a proper name after a head word (วัดใหม่)."""
    return frozenset(row["word"] for row in load("place_stops") if row["name"] == "yes")


# -- acceptance and resolution -----------------------------------------------------------------


def _accept_chained(doc: Document, candidates: list[_Candidate]) -> list[_Candidate]:
    """Drop candidates that may only stand next to another place and do not.

    A district named alone needs an administrative area of its own province beside it
    (``แม่สาย จ.เชียงราย``); a village (บ้าน..., ม.3) needs an administrative area or another
    village part.  A numbered village is kept only in a run of places that a location cue
    introduces (``ที่หมู่ 3 ต.ป่าซาง``), not in a home address (``บ้านเลขที่ 62 หมู่ 6 ...``).
    """
    if not any(c.needs_chain or c.number is not None for c in candidates):
        return candidates  # nothing here depends on its neighbours
    text = doc.text
    confirmed = [not c.needs_chain for c in candidates]

    def supports(helper: _Candidate, candidate: _Candidate, gap: tuple[int, int]) -> bool:
        if candidate.rule == "district_name":
            if helper.level is None or gap[0] == gap[1]:
                return False
            helper_provinces = {a.province_code for a in helper.areas}
            return any(a.province_code in helper_provinces for a in candidate.areas)
        return helper.level is not None or helper.kind == "village"

    # Support only passes between neighbours, and a run of places is a line: one sweep each
    # way confirms everything a confirmed place can reach (linear, whatever the run's length).
    for order in (range(len(candidates)), range(len(candidates) - 1, -1, -1)):
        for index in order:
            if confirmed[index]:
                continue
            candidate = candidates[index]
            for other in (index - 1, index + 1):
                if not 0 <= other < len(candidates) or not confirmed[other]:
                    continue
                helper = candidates[other]
                gap = (helper.end, candidate.start) if other < index else (candidate.end, helper.start)
                if _adjacent(text, *gap) and supports(helper, candidate, gap):
                    confirmed[index] = True
                    break
    kept = [c for c, ok in zip(candidates, confirmed) if ok]
    result: list[_Candidate] = []
    for chain in _chains(text, kept):
        if any(c.number is not None for c in chain) and location_cue_before(doc, chain[0].start) is None:
            chain = [c for c in chain if c.number is None]
        result.extend(chain)
    return result


def _chains(text: str, candidates: list[_Candidate]) -> list[list[_Candidate]]:
    chains: list[list[_Candidate]] = []
    for candidate in candidates:
        if chains and _adjacent(text, chains[-1][-1].end, candidate.start):
            chains[-1].append(candidate)
        else:
            chains.append([candidate])
    return chains


class _Context:
    """Provinces and districts the article names, for settling names its chains leave open."""

    def __init__(self, provinces: list[tuple[int, str]], districts: list[tuple[int, str]],
                 header_provinces: list[str]) -> None:
        self.provinces = provinces  # (position, province code), in order
        self._positions = [at for at, _ in provinces]
        self.districts = districts
        counts = Counter(code for _, code in provinces)
        counts.update(header_provinces)
        self.dominant = counts.most_common(1)[0][0] if counts else None
        self.province_codes = set(counts)
        self.district_codes = {code for _, code in districts}

    def nearest_province(self, position: int) -> str | None:
        """The province named last before ``position``, else the first one named after it."""
        index = bisect.bisect_right(self._positions, position)
        if index:
            return self.provinces[index - 1][1]
        return self.provinces[0][1] if self.provinces else self.dominant


def _pick(areas: tuple[Area, ...], *, district: str | None = None, province: str | None = None) -> tuple[Area, ...]:
    if district:
        return tuple(a for a in areas if a.code.startswith(district))
    if province:
        return tuple(a for a in areas if a.code.startswith(province))
    return areas


def _resolve_chain(chain: list[_Candidate], context: _Context | None, g) -> None:
    """Settle the gazetteer area of every administrative part of one chain, most general first."""
    province_code: str | None = None
    exact = [c for c in chain if c.level == "province" and c.areas and not c.fuzzy]
    if exact:
        province_code = exact[-1].areas[0].code
    for candidate in chain:
        if candidate.level == "province" and candidate.areas:
            candidate.area = candidate.areas[0]
            candidate.resolved_by = "fuzzy" if candidate.fuzzy else "name"
    # District first (it narrows the subdistrict), then subdistrict.
    district_code: str | None = None
    fuzzy_provinces = {c.areas[0].code for c in chain if c.fuzzy and c.areas}
    for level in ("district", "subdistrict"):
        for candidate in chain:
            if candidate.level != level:
                continue
            if candidate.capital:
                code = province_code or (next(iter(fuzzy_provinces)) if len(fuzzy_provinces) == 1 else None)
                how = "capital"
                if code is None and context is not None:
                    code, how = context.nearest_province(candidate.start), "context"
                capital = g.capital_district(code) if code else None
                if capital is not None:
                    candidate.area, candidate.resolved_by = capital, how
                    candidate.name = capital.name
                continue
            areas = candidate.areas
            how = "unique"
            if len(areas) > 1 or province_code or district_code:
                narrowed = _pick(areas, district=district_code if level == "subdistrict" else None,
                                 province=province_code)
                if not narrowed and fuzzy_provinces:
                    narrowed = tuple(a for a in areas if a.province_code in fuzzy_provinces)
                if narrowed:
                    areas, how = narrowed, ("chain" if len(areas) > 1 or len(narrowed) < len(candidate.areas) else "unique")
                elif province_code and level == "district" and len(candidate.areas) == 1 \
                        and not any(c.level == "province" and c.start < candidate.start for c in chain):
                    # a district of one name in the whole country keeps its own province when
                    # another province follows it (จ.นครปฐม 1 จุด ที่ อ.เมืองนครปฐม จ.เพชรบุรี
                    # 1 จุด: a list runs on); the venue ends before that province
                    areas, how = candidate.areas, "unique"
                elif province_code:
                    areas = ()  # the name is no area of the province written beside it
            if len(areas) > 1 and context is not None:
                areas, how = _by_context(areas, candidate.start, context), "context"
            if len(areas) == 1:
                candidate.area, candidate.resolved_by = areas[0], candidate.resolved_by or how
        resolved = [c.area for c in chain if c.level == level and c.area is not None]
        if level == "district" and resolved:
            district_code = resolved[-1].code
            province_code = province_code or district_code[:2]
        elif level == "subdistrict" and resolved and province_code is None:
            province_code = resolved[-1].province_code
    for candidate in chain:
        area = candidate.area
        if area is None:
            continue
        candidate.province = g.by_code[area.province_code].name
        if area.district_code:
            candidate.district = g.by_code[area.district_code].name


def _by_context(areas: tuple[Area, ...], position: int, context: _Context) -> tuple[Area, ...]:
    in_districts = tuple(a for a in areas if a.district_code in context.district_codes)
    if len(in_districts) == 1:
        return in_districts
    nearest = context.nearest_province(position)
    by_nearest = tuple(a for a in areas if a.province_code == nearest)
    if len(by_nearest) == 1:
        return by_nearest
    in_provinces = tuple(a for a in areas if a.province_code in context.province_codes)
    return in_provinces if len(in_provinces) == 1 else areas


def _header_provinces(doc: Document) -> list[str]:
    """Provinces named in the header and headline (category ข่าวท้องถิ่นเพชรบูรณ์ ...)."""
    tables = _tables()
    g = gazetteer()
    codes = []
    seg = doc.segmentation
    pieces = [doc.text[: doc.body_start], seg.category or "", seg.headline or ""]
    for piece in pieces:
        for match in tables.scanner.finditer(piece):
            literal = tables.literals[match.group()]
            if literal.category == "province":
                codes.append(g.province_named(literal.value).code)
    return codes


def _resolve(doc: Document, candidates: list[_Candidate]) -> list[_Candidate]:
    g = gazetteer()
    text = doc.text
    chains = _chains(text, candidates)
    # First pass without context: chains settle what they can by themselves.
    for chain in chains:
        if any(c.level is not None for c in chain):
            _resolve_chain(chain, None, g)
        _province_from_names(chain, g)
    kept = candidates
    if any(c.fuzzy for c in candidates):
        # A typo'd province stays only when the article supports it.
        exact_provinces = {c.area.code for c in candidates if c.level == "province" and c.area and not c.fuzzy}
        kept = []
        for chain in chains:
            chain_provinces = {c.area.province_code for c in chain
                               if c.area is not None and c.level in ("district", "subdistrict")}
            for candidate in chain:
                if candidate.fuzzy and not (candidate.areas[0].code in exact_provinces
                                            or candidate.areas[0].code in chain_provinces):
                    continue
                kept.append(candidate)
    # A district named alone after a cue (ที่แม่สาย) counts only in an article that names its
    # province (or another place of that province) somewhere else.
    if any(c.needs_context for c in kept):
        provinces_named = {c.area.province_code for c in kept if c.area is not None and not c.needs_context}
        provinces_named.update(_header_provinces(doc))
        kept = [c for c in kept if not c.needs_context or any(a.province_code in provinces_named for a in c.areas)]
    rechained = len(kept) < len(candidates)
    if rechained:
        candidates, chains = kept, _chains(text, kept)
    # Second pass: the rest of the article settles what a chain left open.  A chain that lost
    # no part and had nothing left open names its facilities' places as in the first pass.
    open_chains = [any(c.level in ("district", "subdistrict") and c.area is None for c in chain) for chain in chains]
    context = None
    if any(open_chains):
        context = _Context(
            provinces=sorted([(c.start, c.area.province_code) for c in candidates if c.area is not None]
                             + [(c.start, g.province_named(c.province).code) for c in candidates
                                if c.area is None and c.province and c.resolved_by == "name"]),
            districts=[(c.start, c.area.district_code) for c in candidates
                       if c.area is not None and c.area.district_code],
            header_provinces=_header_provinces(doc),
        )
    for chain, is_open in zip(chains, open_chains):
        if is_open:
            _resolve_chain(chain, context, g)
        if is_open or rechained:
            _province_from_names(chain, g)
    return candidates


def _province_from_names(chain: list[_Candidate], g) -> None:
    """Where the facilities of a chain lie: in the areas the chain names, else in the areas
    their own names hold (ศาลากลางจังหวัดนครสวรรค์, ที่ว่าการอำเภอแม่สาย, สภ.เมืองเชียงใหม่),
    else where the lexicon puts a landmark (ทำเนียบรัฐบาล)."""
    chain_province = next((c.province for c in chain if c.province and c.level is not None), None)
    chain_district = next((c.district for c in chain if c.district and c.level is not None), None)
    for candidate in chain:
        if candidate.level is not None or candidate.kind in _NON_VENUE_KINDS or candidate.kind == "city":
            continue
        inner_province, inner_district = _areas_inside(candidate.name, chain_province, g)
        province = chain_province or inner_province or candidate.province_hint
        district = chain_district or inner_district
        if district is not None and province is None:
            province = g.by_code[g.districts_named(district)[0].province_code].name if g.districts_named(district) else None
        if province is None:
            continue
        candidate.province, candidate.district = province, district
        candidate.resolved_by = "chain" if chain_province else "name"


@functools.cache
def _capital_heads() -> tuple[str, ...]:
    """Written forms of heads of facilities that stand in the capital district (ศาลากลางจังหวัด)."""
    return tuple(form for row in load("facility_heads") if row["area_name"] == "capital"
                 for form in [row["head"], *filter(None, row["forms"].split("|"))])


@functools.cache
def _area_named_heads() -> frozenset[str]:
    return frozenset(row["head"] for row in load("facility_heads") if row["area_name"] == "yes")


@functools.lru_cache(maxsize=4096)
def _areas_inside(name: str, province_hint: str | None, g) -> tuple[str | None, str | None]:
    """The province and district a facility's name holds (official names), if any (asked for
    each facility and each venue, so remembered: an article names its hall again and again).

    >>> _areas_inside("ที่ว่าการอำเภอเมืองเพชรบูรณ์", None, gazetteer())
    ('เพชรบูรณ์', 'เมืองเพชรบูรณ์')
    """
    tables = _tables()
    province: Area | None = g.province_named(province_hint) if province_hint else None
    district_names: list[tuple[str, bool]] = []
    for match in _INNER_AREA.finditer(name):
        after = _skip_space(name, match.end(), len(name))
        if match.group("province"):
            written = g.longest_name("province", name, after, len(name))
            if written is not None and province is None:
                province = g.province_named(written)
        elif match.group("bangkok"):
            # สำนักงานเขตบางรัก: a Bangkok district; เขต alone is also "zone" (เขตพื้นที่การศึกษา)
            written = g.longest_name("district", name, after, len(name))
            bangkok = [a for a in g.districts_named(written) if a.province_code == BANGKOK] if written else []
            if bangkok and (province is None or province.code == BANGKOK):
                province = g.by_code[BANGKOK]
                district_names.append((written, False))
        else:
            written = g.longest_name("district", name, after, len(name))
            if written is not None:
                district_names.append((written, False))
            elif name.startswith("เมือง", after):
                district_names.append(("เมือง", True))
    if province is None:
        for match in tables.scanner.finditer(name):
            literal = tables.literals[match.group()]
            if literal.category == "province" and literal.alone != "cue":
                province = g.province_named(literal.value)
                break
    if not district_names:
        # สภ.บางปะหัน, โรงพยาบาลแม่สาย: a station or hospital named after its district.
        head = tables.scanner.match(name)
        if head is not None and tables.literals[head.group()].value in _area_named_heads():
            rest = name[_skip_space(name, head.end(), len(name)):]
            if g.districts_named(rest):
                district_names.append((rest, False))
    district: Area | None = None
    for written, capital in district_names:
        if capital:
            district = g.capital_district(province.code) if province else None
        else:
            areas = g.districts_named(written)
            if province is not None:
                areas = tuple(a for a in areas if a.province_code == province.code)
            district = areas[0] if len(areas) == 1 else None
        if district is not None:
            break
    if district is not None and province is None:
        province = g.by_code[district.province_code]
    return (province.name if province else None), (district.name if district else None)


# -- the extractors ----------------------------------------------------------------------------


def extract(doc: Document) -> list[Place]:
    """Place mentions in the document's body.

    >>> from newsstruct import Pipeline
    >>> [(p.kind, p.name, p.admin_code) for p in Pipeline().parse("ณ โรงแรมเพชรรัตน์ อำเภอเมือง จังหวัดเพชรบูรณ์").places]
    [('facility', 'โรงแรมเพชรรัตน์', None), ('district', 'เมืองเพชรบูรณ์', '6701'), ('province', 'เพชรบูรณ์', '67')]
    """
    candidates = _scan(doc, doc.body_start, doc.body_end)
    if not candidates:
        return []
    candidates = _accept_chained(doc, candidates)
    candidates = _resolve(doc, candidates)
    places = []
    spans = doc.layers[_NORMALISED_SPANS] = []
    for c in candidates:
        places.append(doc.make(
            Place, c.start, c.end, rule=c.rule, kind=c.kind, name=c.name,
            admin_code=c.area.code if c.area is not None else None,
            province=c.province, district=c.district if c.level != "district" else None,
            number=c.number, resolved_by=c.resolved_by,
        ))
        spans.append(((places[-1].start, places[-1].end), (c.start, c.end)))
    return places


def extract_venues(doc: Document) -> list[Venue]:
    """Venues (where something happened) built from ``doc.layers["places"]``.

    >>> from newsstruct import Pipeline
    >>> venue = Pipeline().parse("ประชุม ณ ห้องมรกต โรงแรมเพชรรัตน์ อำเภอเมือง จังหวัดเพชรบูรณ์").venues[0]
    >>> venue.room, venue.place, venue.district, venue.province, venue.admin_code
    ('ห้องมรกต', 'โรงแรมเพชรรัตน์', 'เมืองเพชรบูรณ์', 'เพชรบูรณ์', '6701')
    """
    places: list[Place] = doc.layers.get("places", [])
    if not places:
        return []
    g = gazetteer()
    # Normalised spans, kept by `extract` and orgs.extract (mentions carry original offsets).
    spans = dict(doc.layers.get(_NORMALISED_SPANS, ()))
    org_spans = dict(doc.layers.get(ORG_NORMALISED_SPANS, ()))
    items: list[tuple[int, int, Place | Organization]] = [(*spans[(p.start, p.end)], p) for p in places]
    items += [(*org_spans[(o.start, o.end)], o) for o in doc.layers.get("organizations", ())
              if (o.start, o.end) in org_spans]
    items.sort(key=lambda item: (item[0], -item[1]))
    chains: list[list[tuple[int, int, Place | Organization]]] = []
    for item in items:
        if chains and _adjacent(doc.text, chains[-1][-1][1], item[0]) and not _outside(chains[-1], item[2]):
            chains[-1].append(item)
        else:
            chains.append([item])
    context: _VenueContext | None = None  # read when the first venue needs it
    venues: list[Venue] = []
    index = 0
    while index < len(chains):
        chain = _venue_run(chains[index])
        index += 1
        if not chain or all(isinstance(item[2], Place) and item[2].kind in _NON_VENUE_KINDS for item in chain):
            continue
        start, end = chain[0][0], chain[-1][1]
        rule = "venue_cue"
        cue = _venue_cue(doc, start)
        address = None
        if cue is None:
            # ที่บ้านเลขที่ 45 หมู่ 7 ตำบล...: a house number (and village number) between the
            # cue and the areas
            address = _ADDRESS_BEFORE.search(doc.text, max(doc.body_start, start - 40), start)
            if address is not None:
                cue = _venue_cue(doc, address.start())
        if cue is None:
            continue
        parts = [item[2] for item in chain]
        if address is not None:
            start, rule = address.start(), "venue_address"
        # A place whose name runs over several words we do not read (โรงแรมเซ็นทารา แกรนด์
        # แอท เซ็นทรัลพลาซ่า ลาดพร้าว กรุงเทพฯ) is followed by its areas a few words on: the
        # next run of places joins the venue when only such name words lie between.
        while index < len(chains) and not _names_area(parts):
            following = _venue_run(chains[index])
            if not following or not _names_area([item[2] for item in following]):
                break
            gap_end = following[0][0]
            if gap_end - end > _MAX_JOIN_GAP or "\n" in doc.text[end:gap_end] or doc.text[gap_end - 1] != " " \
                    or contains_stop(doc.text, end, gap_end, _tables().stops) \
                    or location_cue_before(doc, gap_end) is not None:
                break
            chain = chain + following
            parts = [item[2] for item in chain]
            end = chain[-1][1]
            rule = "venue_joined"
            index += 1
        fields = _venue_fields(parts, g)
        if address is not None:
            fields["house_number"] = address.group("house")
            if address.group("village") and fields["village_number"] is None:
                fields["village_number"] = int(address.group("village"))
        if context is None:
            context = _VenueContext(doc, places, g)
        # a city placed in no province is abroad (นครเซี่ยงไฮ้, กรุงริโอ), as is what a foreign
        # country follows: the article's province is not where it lies (a เมือง... of no known
        # province may be a Thai town)
        abroad = any(isinstance(p, Place) and (
            (p.kind == "city" and not p.province and not p.text.startswith("เมือง"))
            or (p.kind == "country" and p.name != "ไทย")) for p in parts)
        inferred = context.fill(fields) if not abroad else ()
        if fields["district"] is None and fields["province"] is not None:
            # now that the province is known, อำเภอเมือง inside a hall's name can be read
            # (ณ หอประชุมอำเภอเมือง ...)
            for name in (fields["room"], fields["building"], fields["place"]):
                district = _areas_inside(name, fields["province"], g)[1] if name else None
                if district is not None:
                    fields["district"] = district
                    if "province" in inferred:
                        inferred += ("district",)
                    code = _district_code(district, fields["province"], g)
                    if code and len(fields["admin_code"] or "") < 4:
                        fields["admin_code"] = code
                    break
        if fields["district"] is None and fields["province"] and any(
                head in (fields["place"] or fields["room"] or "") for head in _capital_heads()):
            capital = g.capital_district(g.province_named(fields["province"]).code)
            if capital is not None:
                fields["district"] = capital.name
                if len(fields["admin_code"] or "") < 4:
                    fields["admin_code"] = capital.code
                inferred += ("district",)
        venues.append(doc.make(
            Venue, start, end, rule=rule, cue=cue, parts=tuple(p.id for p in parts),
            inferred=inferred, **fields,
        ))
    return venues


def _outside(chain: list, part: Place | Organization) -> bool:
    """Whether an area does not contain the areas of the run before it (อ.เมืองนครปฐม
    จ.เพชรบุรี): a list of places runs on there, and one venue does not span both."""
    code = getattr(part, "admin_code", None)
    if not code:
        return False
    for item in chain:
        other = getattr(item[2], "admin_code", None)
        if other and not (other.startswith(code) or code.startswith(other)):
            return True
    return False


def _venue_cue(doc: Document, start: int) -> str | None:
    """The venue cue before a run of places, or None; a position word after a venue cue is
    read with it (ณ บริเวณ|หน้า|ที่ว่าการอำเภอ...): the venue is the place it locates."""
    cue = location_cue_before(doc, start)
    if cue is None or cue in venue_cues():
        return cue
    cue_start = doc.text.rfind(cue, max(doc.body_start, start - len(cue) - 1), start)
    outer = location_cue_before(doc, cue_start) if cue_start > doc.body_start else None
    if outer is not None and outer in venue_cues():
        return outer + (" " if doc.text[cue_start - 1] == " " else "") + cue
    return None


def _district_code(district: str, province: str | None, g) -> str | None:
    """The code of the district of this name in this province (None when not exactly one)."""
    area = g.province_named(province) if province else None
    areas = [a for a in g.districts_named(district) if area is None or a.province_code == area.code]
    return areas[0].code if len(areas) == 1 else None


def _venue_run(chain: list) -> list:
    """A run of places (and organisations) as a venue may hold it: an organisation only right
    after a room or building of its own (ณ ห้องประชุม สำนักงานเกษตรจังหวัด...), as the
    venue's place; the venue ends where an organisation not housing it begins."""
    if not any(isinstance(item[2], Organization) for item in chain):
        return chain
    kept = []
    for item in chain:
        if isinstance(item[2], Organization) and not (
                kept and isinstance(kept[-1][2], Place) and kept[-1][2].kind in ("room", "building")):
            if kept:
                break
            continue
        kept.append(item)
    return kept


def _names_area(parts: list) -> bool:
    """Whether a run of places says where it lies: an area, or a facility whose own name does."""
    return any(isinstance(p, Place) and (p.kind in ("province", "district", "subdistrict") or p.province)
               for p in parts)


class _VenueContext:
    """What the rest of the article says about where things are, for venues that leave their
    province or district unsaid (ณ โรงแรมเพชรรัตน์ ...).

    The article's province is the one its header names (ข่าวท้องถิ่นเพชรบูรณ์ ...), else the
    first province its body places anything in: a lead paragraph says where the story
    happens, while later provinces are often where people came from (ขับรถมาจากจังหวัด...).
    """

    def __init__(self, doc: Document, places: list[Place], g) -> None:
        self.g = g
        header = Counter(g.by_code[code].name for code in _header_provinces(doc))
        if header:
            self.province = header.most_common(1)[0][0]
        else:
            self.province = next((p.province for p in places if p.province), None)
        self.districts: dict[str, set[str]] = {}
        for place in places:
            if place.kind == "district" and place.admin_code and len(place.admin_code) == 4:
                province = g.by_code[place.admin_code[:2]].name
                self.districts.setdefault(province, set()).add(place.admin_code)

    def fill(self, fields: dict) -> tuple[str, ...]:
        """Fill a venue's missing province, and then its district when the article names
        only one district of that province; return the names of the fields so filled.

        A venue that names its own province (ห้องประชุมตำรวจภูธรจังหวัดเชียงราย) keeps its
        district unknown rather than borrow one the article names for something else.
        """
        if fields["province"] is not None or self.province is None:
            return ()
        g = self.g
        fields["province"] = self.province
        fields["admin_code"] = fields["admin_code"] or g.province_named(self.province).code
        named = self.districts.get(self.province, set())
        if fields["district"] is not None or len(named) != 1:
            return ("province",)
        code = next(iter(named))
        fields["district"] = g.by_code[code].name
        if len(fields["admin_code"]) < 4:
            fields["admin_code"] = code
        return ("province", "district")


def _venue_fields(chain: list[Place], g) -> dict:
    fields: dict = dict(room=None, building=None, place=None, road=None, village=None, village_number=None,
                        house_number=None, subdistrict=None, district=None, province=None, country=None,
                        admin_code=None)
    codes: list[str] = []
    for part in chain:
        if isinstance(part, Organization):
            if fields["place"] is None:
                fields["place"] = part.name
            province, district = _areas_inside(part.name, None, g)
            fields["province"] = fields["province"] or province
            fields["district"] = fields["district"] or district
            continue
        kind = part.kind
        if kind == "room" and fields["room"] is None:
            fields["room"] = part.name
        elif kind == "building" and fields["building"] is None:
            fields["building"] = part.name
        elif kind in ("facility", "area", "island", "water", "mountain", "city") and fields["place"] is None:
            fields["place"] = part.name
        elif kind == "road" and fields["road"] is None:
            fields["road"] = part.name
        elif kind == "village":
            if part.number is not None:
                fields["village_number"] = fields["village_number"] or part.number
            elif fields["village"] is None:
                fields["village"] = part.name
        elif kind in ("subdistrict", "district", "province") and fields[kind] is None:
            fields[kind] = part.name
        elif kind == "country" and fields["country"] is None:
            fields["country"] = part.name
        if part.admin_code:
            codes.append(part.admin_code)
    # Parents of the most specific area fill what the chain leaves out.
    if codes:
        most_specific = max(codes, key=len)
        fields["admin_code"] = most_specific
        area = g.by_code.get(most_specific)
        if area is not None:
            if area.level == "subdistrict":
                fields["subdistrict"] = fields["subdistrict"] or area.name
            if area.district_code and fields["district"] is None:
                fields["district"] = g.by_code[area.district_code].name
            if fields["province"] is None:
                fields["province"] = g.by_code[area.province_code].name
    places = [p for p in chain if isinstance(p, Place)]
    if fields["province"] is None:
        fields["province"] = next((p.province for p in places if p.province), None)
    if fields["district"] is None:
        fields["district"] = next((p.district for p in places if p.district), None)
    # A district known by name only (ที่ว่าการอำเภอแม่สาย) still gives the venue its code.
    if fields["district"] is not None and (fields["admin_code"] is None or len(fields["admin_code"]) < 4):
        province = g.province_named(fields["province"]) if fields["province"] else None
        areas = [a for a in g.districts_named(fields["district"])
                 if province is None or a.province_code == province.code]
        if len(areas) == 1:
            fields["admin_code"] = areas[0].code
            fields["province"] = fields["province"] or g.by_code[areas[0].province_code].name
    if fields["province"] is not None and fields["admin_code"] is None:
        province = g.province_named(fields["province"])
        fields["admin_code"] = province.code if province else None
    return fields
