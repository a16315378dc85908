"""Organisation names: ministries, departments, offices, companies, parties, schools ...

An organisation is written as a head word and the rest of its name
(``สำนักงาน`` + ``พัฒนาชุมชนจังหวัดเพชรบูรณ์``, ``บริษัท`` ... ``จำกัด``), or as a well-known
name or abbreviation (``กกต.``, ``องค์การอนามัยโลก``); heads, names and blockers are data in
lexicon/org_heads.tsv, org_names.tsv and org_blockers.txt.

**Organisations and places** (the same rule as extract/places.py, which runs after this and
skips everything found here):

- whatever lies inside an organisation's name belongs to it: the province in
  ``สำนักงานพัฒนาชุมชนจังหวัดเพชรบูรณ์`` is not a separate place mention;
- an institution that is also a building (``role`` ``dual`` in lexicon/facility_heads.tsv:
  โรงพยาบาล, รพ., โรงเรียน, มหาวิทยาลัย, สภ., เทศบาล, อบต. ...) is an organisation except where
  a location is expected — right after a location cue (ณ, ที่, ใน, จาก, ถึง, หน้า ...) or right
  after a room or building (``ห้องประชุมโรงเรียน...``) — where it is a place and left to
  extract/places.py.  ``ผู้อำนวยการโรงพยาบาลเพชรบูรณ์`` holds an organisation,
  ``ส่งตัวไปที่โรงพยาบาลเพชรบูรณ์`` a place;
- a role followed by an area (``ผู้ว่าราชการจังหวัดเพชรบูรณ์``) holds no organisation: the
  province is a place.

``kind`` says what sort of body it is (government, company, bank, party, education, police,
court, media, local_government ...).

**Companies and brands** named without a head word (ไมโครซอฟท์, หัวเว่ย, แกร็บ: lexicon/brands.tsv)
are organisations too, so a quoted brand in a headline is not read as a person.  A brand is
read only as a word of its own (a token starts where it starts and where it ends: not กูเกิล
inside a longer word), never right after a person's title (นายไทยรัฐ is a man) nor after a
shop's or a station's head word (ห้างบิ๊กซี, ปั๊มเชลล์: a place, left to extract/places.py),
nor inside a name that an organisation's or an institution's head word begins earlier in the
same run of letters (โรงเรียนไทยรัฐวิทยา).
A brand whose name is also an everyday word or a person's name (``needs`` ``cue``: แอปเปิ้ล,
ฟอร์ด) is one only right after a word such as แบรนด์, ค่าย or แอป (lexicon/brand_cues.txt).
A make written as a product's (รถปอร์เช่, รถกระบะยี่ห้อX, เครื่องบินแอร์บัส:
lexicon/brand_products.txt; แอร์บัส เอ380, โบอิ้ง 737: a model after it) is no organisation either.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, NamedTuple

import regex

from ..gazetteer import gazetteer
from ..lexicon import load, load_words, trie_pattern
from ..records import Organization
from .base import OPENING_QUOTES
from .placewords import (
    TakenSpans,
    dual_heads,
    location_cue_before,
    mark_at,
    name_end,
    name_extent,
    premises_cues,
    room_heads,
    starts_word,
    thai_letter_at,
)
from .wordtrie import WordFinder, WordsAtEnd, compile_words

if TYPE_CHECKING:
    from ..document import Document

__all__ = ["extract", "NORMALISED_SPANS"]

# doc.layers key under which `extract` leaves the normalised spans of its organisations, for
# venues (an organisation's office can be the place of a venue: ณ ห้องประชุม สำนักงาน...).
NORMALISED_SPANS = "_org_spans"

_TAKEN = ("dates", "times", "durations")
_MAX_NAME_TOKENS = 10
# บริษัท ซีพี ออลล์ จำกัด (มหาชน): a company name may hold spaces up to จำกัด.
_COMPANY = regex.compile(r" ?+([^\n()]{1,50}?) ?+จำกัด(?: ?+\(มหาชน\))?+")
# มหาวิทยาลัยขอนแก่น วิทยาเขตหนองคาย: a campus belongs to the name (a bank's สาขา does not:
# ธนาคารออมสิน สาขาเพชรบูรณ์ is the bank at a place).
_BRANCH = regex.compile(r" ?+วิทยาเขต ?+")
_SPACES = regex.compile(r" ++")
# Words inside official names that end a name in the middle of running text.  Org names keep
# แห่ง (แห่งชาติ, แห่งประเทศไทย), ใหม่ and ทาง, which are place-name stops.
_KEEP_IN_NAMES = frozenset({"แห่ง", "ใหม่", "ทาง", "ทั่วไป", "และ", "สังกัด", "ร่วม"})
# A name running straight into the next words keeps at most this many tokens after its head
# (โรงเรียนอนุบาลลำปาง|คว้ารางวัล), or ends after the province it names.
_GLUED_NAME_TOKENS = 4


class _Literal(NamedTuple):
    category: str  # "head", "dual", "name", "brand", "brand_cue" (a brand that needs a cue), "blocker"
    kind: str
    value: str  # canonical head or full name
    name_required: bool = True


class _Tables(NamedTuple):
    words: WordFinder  # every word of `literals`, for reading a body
    literals: dict[str, _Literal]
    stops: frozenset[str]
    conjunction_before_head: regex.Pattern
    room_before: regex.Pattern
    provinces: re.Pattern
    head_start: re.Pattern
    brand_cue_before: WordsAtEnd  # a word that makes a brand a company (แบรนด์, ค่าย ...)
    not_brand_before: WordsAtEnd  # a person's title, a shop's head word, a product (นาย, ห้าง, รถ ...)
    product_before: WordsAtEnd  # a thing a make is written after (รถ, มือถือ ...)
    name_heads: re.Pattern  # head words of organisations and institutions (a brand after one is in its name)


@functools.cache
def _tables() -> _Tables:
    literals: dict[str, _Literal] = {}
    heads: list[str] = []
    for row in load("org_heads"):
        for form in [row["head"], *filter(None, row["forms"].split("|"))]:
            literals[form] = _Literal("head", row["kind"], row["head"], row["name"] == "required")
            heads.append(form)
    for form in dual_heads():
        literals[form] = _Literal("dual", "institution", form)
        heads.append(form)
    for row in load("org_names"):
        for form in [row["name"], *filter(None, row["forms"].split("|"))]:
            literals[form] = _Literal("name", row["kind"], row["name"])
    for row in load("brands"):
        category = "brand_cue" if row["needs"] == "cue" else "brand"
        for form in [row["name"], *filter(None, row["forms"].split("|"))]:
            literals.setdefault(form, _Literal(category, row["kind"], row["name"]))
    for word in load_words("org_blockers"):
        literals[word] = _Literal("blocker", "", word)
    # A person's title that holds an organisation head (ม.ร.ว. holds ม., นายกองเอก holds กอง)
    # is read whole and passed, so the name after it is left to the people extractor.
    for row in load("titles"):
        title = row["title"]
        if title not in literals and any(head in title for head in heads):
            literals[title] = _Literal("blocker", "", title)
    stops = frozenset(row["word"] for row in load("place_stops") if row["word"] not in _KEEP_IN_NAMES) | {"ฉบับ"}
    return _Tables(
        words=WordFinder(literals),
        literals=literals,
        stops=stops,
        # กระทรวงมหาดไทยและกระทรวงสาธารณสุข: two organisations, not one name holding และ.
        conjunction_before_head=regex.compile(r"(?:และ|หรือ|กับ|,) ?+(?=" + trie_pattern(heads) + ")"),
        room_before=regex.compile(r"(?:" + trie_pattern(room_heads()) + r")(?: ?+\d{1,4}+|\S{0,30}+)?+ ?+\Z"),
        provinces=compile_words(gazetteer().province_names()),
        head_start=compile_words(form for row in load("org_heads") for form in [row["head"]]),
        brand_cue_before=WordsAtEnd(load_words("brand_cues"), space=True),
        not_brand_before=WordsAtEnd(
            [*(row["title"] for row in load("titles")),
             *(form for row in load("facility_heads") if row["role"] != "dual"
               for form in [row["head"], *filter(None, row["forms"].split("|"))]),
             *load_words("brand_products")],
            space=True),
        product_before=WordsAtEnd(load_words("brand_products"), space=True),
        name_heads=compile_words(heads),
    )


def _dual_is_place(doc: Document, start: int, tables: _Tables) -> bool:
    """An institution that is also a building stands as a place here (see the module doc)."""
    if location_cue_before(doc, start) is not None:
        return True
    return tables.room_before.search(doc.text, max(doc.body_start, start - 45), start) is not None


def extract(doc: Document) -> list[Organization]:
    """Organization mentions in the document's body.

    >>> from newsstruct import Pipeline
    >>> [o.name for o in Pipeline().parse("สำนักงานพัฒนาชุมชนจังหวัดเพชรบูรณ์ จัดประชุม").organizations]
    ['สำนักงานพัฒนาชุมชนจังหวัดเพชรบูรณ์']
    """
    tables = _tables()
    text = doc.text
    end = doc.body_end
    found: list[Organization] = []
    spans = doc.layers[NORMALISED_SPANS] = []
    words = tables.words.read(text, doc.body_start, end)
    found_at = words.search(doc.body_start)
    if found_at is None:
        return found  # most short texts hold no organisation word: nothing else to set up
    taken = TakenSpans(doc, _TAKEN)
    # only the kinds that found something can take a span (most short texts have none)
    kinds_taken = tuple([kind for kind in _TAKEN if doc.layers.get(kind)])
    scan_taken = TakenSpans(doc, kinds_taken) if kinds_taken else None
    position = found_at[0]
    while position < end:
        found_at = words.search(position)
        if found_at is None:
            break
        m_start, m_end = found_at
        written = text[m_start:m_end]
        taken_until = scan_taken.reach(m_start, m_end) if scan_taken is not None else None
        if taken_until is not None:
            position = taken_until
            continue
        literal = tables.literals[written]
        if literal.category == "blocker":
            position = m_end
            continue
        if literal.category in ("brand", "brand_cue"):
            if not _brand_here(doc, m_start, m_end, literal, tables):
                position = m_start + 1
                continue
            found.append(doc.make(Organization, m_start, m_end, rule="org_brand", name=literal.value,
                                  kind=literal.kind))
            spans.append(((found[-1].start, found[-1].end), (m_start, m_end)))
            position = m_end
            continue
        if literal.category == "name" and (mark_at(text, m_end) or (
                thai_letter_at(text, m_end) and len(written) <= 4 and not written.endswith("."))):
            position = m_start + 1  # a short name running on into a longer word
            continue
        if not _starts_here(doc, m_start, written):
            position = m_start + 1
            continue
        if literal.category == "name":
            if tables.head_start.match(written) and location_cue_before(doc, m_start) in premises_cues():
                position = m_end  # ณ กระทรวงมหาดไทย: the ministry's premises, a place
                continue
            org_end = _branch_end(doc, m_end, end, tables, taken)
            name = literal.value + _SPACES.sub(" ", text[m_end:org_end])
            found.append(doc.make(Organization, m_start, org_end, rule="org_known", name=name, kind=literal.kind))
            spans.append(((found[-1].start, found[-1].end), (m_start, org_end)))
            position = org_end
            continue
        if literal.category == "dual" and _dual_is_place(doc, m_start, tables):
            position = m_end  # a place: extract/places.py reads it
            continue
        if literal.category == "head" and location_cue_before(doc, m_start) in premises_cues():
            position = m_end  # the organisation's premises, a place (ประชุมที่กระทรวง...)
            continue
        org_end = _name_end(doc, literal, m_start, m_end, end, tables, taken)
        if org_end is None:
            position = m_end
            continue
        name = _SPACES.sub(" ", text[m_start:org_end])
        kind = literal.kind if literal.category == "head" else _dual_kind(literal.value)
        found.append(doc.make(Organization, m_start, org_end, rule=f"org_{literal.category}", name=name, kind=kind))
        spans.append(((found[-1].start, found[-1].end), (m_start, org_end)))
        position = org_end
    return found


# A model written after a make: 737, A380, เอ 380, X5 (letter names longest first: เอ must not
# hide เอ็ม, เอส or เอ็กซ์ in the possessive group).
_MODEL = regex.compile(r" ?+(?:[A-Za-z]{1,3}+[- ]?+|(?:เอ็กซ์|เอ็ม|เอส|เอ|บี|ซี|อี|จี|ที|วี) ?+)?+\d")
_BRAND_WINDOW = 24  # letters before a brand searched for a cue, a title or a shop's head word


def _brand_here(doc: Document, start: int, end: int, literal: _Literal, tables: _Tables) -> bool:
    """Whether the brand ``text[start:end]`` stands here as a company (see the module doc)."""
    text = doc.text
    before = start - 1 if start > doc.body_start and text[start - 1] in OPENING_QUOTES else start
    floor = max(doc.body_start, before - _BRAND_WINDOW)
    cue_at = tables.brand_cue_before.search(text, floor, before)
    if cue_at is None and literal.category == "brand_cue":
        return False  # (checked first: the cheapest answer for the short ones, เกีย in เกียรติ)
    if text[end - 1].isascii() and text[end - 1].isalnum():
        if (end < len(text) and (_latin_at(text, end) or text[end] in "-_.")) or _latin_at(text, start - 1):
            return False  # a Latin name runs on (Googleplex, iApple)
    elif mark_at(text, end):
        return False  # the word runs on past the brand
    if _MODEL.match(text, end):
        return False  # แอร์บัส เอ380, โบอิ้ง 737: an aircraft or a car of that make
    if cue_at is not None and tables.product_before.search(text, max(doc.body_start, cue_at[0] - _BRAND_WINDOW),
                                                          cue_at[0]) is not None:
        return False  # รถกระบะยี่ห้ออีซูซุ: the make of a thing
    if cue_at is None:
        if tables.not_brand_before.search(text, floor, before) is not None:
            return False  # นายไทยรัฐ: a person; ห้างบิ๊กซี: a place; รถปอร์เช่: a product
        run = max(text.rfind(" ", floor, before), text.rfind("\n", floor, before), floor - 1) + 1
        if tables.name_heads.search(text, run, before) is not None:
            return False  # วิทยาลัยเทคโนโลยีX, โรงเรียนไทยรัฐวิทยา: the brand is in a longer name
    cue = location_cue_before(doc, start)
    if cue is not None and cue in premises_cues():
        return False  # ณ เซเว่นอีเลฟเว่น: the shop, a place
    if thai_letter_at(text, start - 1) and not starts_word(doc, start):
        return False  # inside a longer word
    return not (thai_letter_at(text, end) and not _token_starts(doc, start, end))  # runs on past the brand


def _latin_at(text: str, index: int) -> bool:
    return 0 <= index < len(text) and text[index].isascii() and text[index].isalnum()


def _token_starts(doc: Document, start: int, end: int) -> bool:
    """Whether the tokenizer starts a word at ``end`` reading on from ``start``."""
    for token in doc.tokenize_window(start, min(len(doc.text), end + 12)):
        if token.start >= end:
            return token.start == end
    return True


def _starts_here(doc: Document, start: int, written: str) -> bool:
    """Organisation heads are long, distinctive words (the few that begin common words are
    blockers: สภาพ, ศาลา, มหาศาล), so only short abbreviations and names are checked with the
    tokenizer."""
    text = doc.text
    if written.endswith(".") and start > doc.body_start and text[start - 1] == ".":
        return False  # the end of a longer abbreviation
    if len(written) > 4:
        return True
    return starts_word(doc, start)


def _name_end(doc: Document, literal: _Literal, m_start: int, m_end: int, limit: int, tables: _Tables,
              taken: TakenSpans) -> int | None:
    """The end of the organisation's name that starts with the head ``text[m_start:m_end]``,
    or None when the head has no name after it and needs one."""
    text = doc.text
    if literal.value == "บริษัท":
        company = _COMPANY.match(text, m_end, limit)
        if company is not None and "\n" not in company.group():
            return company.end()
    spaced = literal.value in ("บริษัท", "ธนาคาร") or text[m_start:m_end].endswith(".")
    start = m_end + 1 if m_end < limit and text[m_end] == " " and spaced else m_end
    if literal.category == "dual" and start < limit and text[start].isdigit():
        return None  # ม.3 is a school year or a village number, not a university
    end, _ = name_extent(doc, start, limit, stops=tables.stops, taken=taken, max_tokens=_MAX_NAME_TOKENS,
                         glued_tokens=_GLUED_NAME_TOKENS, glued_after=tables.provinces)
    if end > start:
        conjunction = tables.conjunction_before_head.search(text, start, end)
        if conjunction is not None:
            end = conjunction.start()
        while end > start and text[end - 1] == " ":
            end -= 1
        end = _branch_end(doc, end, limit, tables, taken)
    if end <= start:
        return None if literal.name_required else m_end
    return end


def _branch_end(doc: Document, end: int, limit: int, tables: _Tables, taken: TakenSpans) -> int:
    """The end of a campus or branch written after a name (… วิทยาเขตหนองคาย, … สาขาเพชรบูรณ์)."""
    branch = _BRANCH.match(doc.text, end, limit)
    if branch is not None:
        branch_end = name_end(doc, branch.end(), limit, stops=tables.stops, taken=taken, max_tokens=4)
        if branch_end > branch.end():
            return branch_end
    return end


@functools.cache
def _dual_kinds() -> dict[str, str]:
    kinds = {}
    for row in load("facility_heads"):
        if row["role"] != "dual":
            continue
        head = row["head"]
        kind = ("police" if "ตำรวจ" in head else "hospital" if "พยาบาล" in head or "อนามัย" in head
                else "local_government" if head.startswith(("เทศบาล", "องค์การบริหาร")) else
                "corrections" if head in ("เรือนจำ", "สถานพินิจ") else "education")
        for form in [head, *filter(None, row["forms"].split("|"))]:
            kinds[form] = kind
    return kinds


def _dual_kind(head: str) -> str:
    return _dual_kinds().get(head, "institution")
