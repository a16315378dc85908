"""People: titles and ranks, names, and the roles written next to them.

Detection: a title or rank from ``lexicon/titles.tsv`` (generated variants included: ``จสต.``,
``ร.ต.อ``, ``ส.ต.ท..``, ``พล. ต.``, ``พ.ต.ท.หญิง``, stacked ``รศ.ดร.``, ``ว่าที่ ร.ต.``) is found
anywhere, glued to the word before it or not (unless a long dictionary word runs from before it
into it: ``เจ้าพระยา|ยมราช``); then the name is read after it: a given name, an optional surname,
``ณ X`` family names, a surname split by a stray space, a withheld surname, the further words of a
foreign name.  Where a Thai word boundary is unclear (``นายสมคิดได้...``), the decision uses
evidence, not a tokenizer: the other mentions of the article, pythainlp's lists of Thai given and
family names (evidence, not a wall), counts of which words those names hold inside them and begin
with (``_name_stats``: ชัย sits inside names, กล่าว and พ่อ never do; no family name begins with ออก),
word frequencies of running text (TTC: an everyday word is no name; a word that names do not hold
ends a listed given name glued to it, rarer ones too: ``นายสมัคร|เซ็น``), the dictionary, and the
stop words of ``lexicon/person_stops.tsv``.  A given name the article writes cleanly (a title, the
name, a space), or reads after a title twice glued to different words (``นายX|ทราบว่า ... นายX|ได้``),
ends a later glued mention of it where any dictionary word begins (``นายX|ตนไม่ได้``, ``นายX|ใช้``
at the end of the text), unless a listed given name runs on (``นายบุญ ... นายบุญมี``).  A monk's
title of rank (พระราช, พระเทพ, พระพรหม, พระธรรม) takes a name of dictionary words when his bracketed
name follows (``พระพรหมเสนาบดี (X Y)``).  Weak titles (น้อง, คุณ, พระ, ครู) need a listed name, a
surname after it, or a nickname that is no common word; a nickname the article has already
accepted with its title, cleanly or behind หรือ, a bracket or a quote (``ด.ช.X Y (น้องZ)``,
``หรือเสี่ยZ|เจ้าของ``), holds again later, also glued (``น้องZ|เพิ่งย้าย``).
A nickname with its title right after a person behind หรือ or a bracket is marked ``title_alias``
(the linker makes it, and its later mentions, that person).  Untitled mentions come from names
already seen with a title, aliases (``นายA หรือ B``, not when a word of running text runs on past the alias's cut:
``หรือแม้แต่``; their later mentions alone, ``B``, or as the
alias's full name, ``หรือ B C ... B C``), quoted headline names (``"B" ยืนยัน...``, ``‘A B’``, ``A B’ ชี้...`` opening the text with
the opening quote left on the line before; not
after a thing's head word such as พายุ or แบรนด์, ``lexicon/quote_heads.txt``; a quoted listed given
name and a rare word the lists lack, ``'สมชาย อยู่วิทยา'``), a listed given name with a surname (a
listed family name, also glued to running text: ``จันทร์โอชา|เกิด``; or a dictionary word running text
never uses), names right after a position (``อธิบดีสมชาย ใจดี``), two transliterated words that the
line, punctuation, a role or a stop word closes (``ฮูโก้ เบร์นาร์ด กล่าวว่า``; a short given name may
be spelled by dictionary words: ``ไรอัน``), a listed given name that opens a headline glued to its
verb (``สุเทพย้ำ...``), and a name bracketed right after a person: Latin letters
(``นายX Y (Martin Hoff)``), or a monk's own name after his title of rank.  pythainlp's dictionary
lists many names of public figures, so "no dictionary word" is asked of a given name as "no word
running text uses often" (TTC frequencies).

Resolution: ``title`` (as written, spacing normalised), ``title_category``, ``name`` (given name and
surname, one space between), ``roles`` read after the name (or before the title), ``role`` the
main one, ``acting_role`` the position held in an acting capacity (``รักษาราชการแทนX`` -> ``X``).

    >>> import newsstruct
    >>> person = newsstruct.parse("โดยนายสมพงษ์ ใจดี นายอำเภอเมือง กล่าวว่า").people[0]
    >>> person.text, person.title, person.name, person.role
    ('นายสมพงษ์ ใจดี', 'นาย', 'สมพงษ์ ใจดี', 'นายอำเภอเมือง')
"""

from __future__ import annotations

import bisect
import collections
import functools
import logging
import re
from collections.abc import Collection
from typing import TYPE_CHECKING, Any, NamedTuple

from ..lexicon import load, load_words
from ..records import Person
from .base import OPENING_QUOTES, THAI_SCRIPT

if TYPE_CHECKING:
    from ..document import Document

__all__ = ["extract", "name_lists", "title_forms"]

logger = logging.getLogger("newsstruct")

# Letters that may make up a Thai name word: consonants, vowels, tone marks; not ฯ, ๆ or digits.
_THAI_LETTER = "ก-ฮะ-ฺเ-ๅ็-๎"
_NAME_WORD = re.compile(rf"[{_THAI_LETTER}]++")
_NAME_OR_MARK = re.compile(rf"[{_THAI_LETTER}ฯ]++")
_THAI_LETTER_AT = re.compile(rf"[{_THAI_LETTER}]")
_THAI_LETTERS = frozenset(letter for letter in map(chr, range(0x0E00, 0x0E80)) if _THAI_LETTER_AT.match(letter))
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z'\-]*+(?: [A-Z][A-Za-z'\-]*+){0,3}")
# What may stand right before a title that is the classifier นาย (ตำรวจ 3 นาย, ทั้งสองนาย).
_CLASSIFIER_BEFORE = re.compile(
    r"(?:\d|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ|ยี่สิบ|หลาย|กี่)\ ?\Z"
)
# Abbreviations and words of places that, glued before a title, make it part of a place name
# (ต.นายม, อ.นางรอง, ถ.นางลิ้นจี่).  \Z, not $: a place word ending the line before does not
# touch a title opening the next one.
_PLACE_BEFORE = re.compile(r"(?:ต\.|อ\.|จ\.|ถ\.|ซ\.|ตำบล|อำเภอ|จังหวัด|แขวง|เขต|ถนน|ซอย|หมู่บ้าน|วัด|สถานี|ท่า)\Z")
# A name begins with a consonant or a leading vowel, never with a vowel sign that belongs to the
# syllable before it (พัฒนางาน is not นาง + าน).
_NAME_START = re.compile("[ก-ฮเ-ไ]")
_WITHHELD = re.compile(r"\ ?\(?\ ?สงวนนามสกุล\ ?\)?")
_MIN_GIVEN = 2
_LEADING_VOWELS = frozenset("เแโใไ")
_NO_SYLLABLE_AFTER = _LEADING_VOWELS | frozenset("ั็")
_NOT_WORD_START = frozenset("ะัาำิีึืฺุู็่้๊๋์ํ๎ๅ")
_SHORT_RUN = 10  # letters: a run this short closed by a space is a whole name unless...
_LONGEST_LISTED_NAME = 16  # letters: hardly a listed Thai given or family name is longer
_LONGEST_NAME = 30  # letters; a glued run is not searched for a name end beyond this
_LONGEST_COMMON_WORD = 12
_LONGEST_PIECE = 8  # letters: the longest piece of a name counted by _name_stats
_DISTRICT_AFTER = re.compile(r"\ ?(?:จ\.|จังหวัด)")
_NAME_CLOSERS = frozenset(",.;:!?)]\"'“”‘’/\n")
_GLUED_ABBREVIATION = re.compile(r"[ก-ฮ]{2,4}\Z")
_DIGITS = re.compile(r"\d++")
_NUMBERED_BEFORE = re.compile(r"(?:ที่|หมู่|ภาค|เขต|รุ่น)\Z")
_ROLE_CHUNK = re.compile(rf"[{THAI_SCRIPT}A-Za-z0-9.ฯ\-/]*+")
_REIGN = re.compile(r"(?:ใน)?+รัชกาลที่\ ?+\d++|ร\.\ ?+\d++")
_ROYAL_IN_A_NAME = re.compile(r"เฉลิมพระเกียรติ\ ?\Z")
_SYLLABLE_TAIL = re.compile(r"[ะ-ฺ็-๎ฯ]*+")


class TitleInfo(NamedTuple):
    """One title of ``titles.tsv``."""

    title: str
    category: str
    evidence: str  # "strong", "weak" or "royal"
    stack: bool
    nickname: bool = False  # a weak title that may stand before a nickname (น้องแอมป์)


class NameLists(NamedTuple):
    """pythainlp's Thai given names and family names (evidence for name boundaries)."""

    given: frozenset[str]
    family: frozenset[str]


@functools.cache
def name_lists() -> NameLists:
    """Thai given names (male and female) and family names from pythainlp, loaded once.

    Loading costs a few milliseconds (about 22k entries).  Without pythainlp the lists are empty and
    only the other evidence counts.

    >>> "สมชาย" in name_lists().given
    True
    """
    try:
        from pythainlp.corpus import thai_family_names, thai_female_names, thai_male_names
    except ImportError:  # pragma: no cover - pythainlp is a dependency
        return NameLists(frozenset(), frozenset())
    stops = _stop_words()
    given = frozenset(name for name in thai_male_names() | thai_female_names() if name not in stops)
    return NameLists(given, frozenset(thai_family_names()))


def _abbreviation_variants(title: str) -> list[tuple[str, ...]]:
    """The ways a dotted abbreviation is written, each as a sequence of regex atoms: the last dot
    missing or doubled (``ร.ต.อ``, ``ส.ต.ท..``), inner dots left out when the last one is there
    (``จสต.``, ``พ.ตท.``), a space after an inner dot (``พล. อ.``).  At least one dot is always
    required, so ``พอ`` is never ``พ.อ.``."""
    groups = [tuple(re.escape(char) for char in group) for group in title.rstrip(".").split(".")]
    dot, last, last_or_space = r"\.", r"\.{1,2}+", r"(?:\.{1,2}+|(?=\ ))"
    if len(groups) == 1:
        return [groups[0] + (last,)]

    def joined(separators: list[str]) -> tuple[str, ...]:
        atoms: tuple[str, ...] = groups[0]
        for separator, group in zip(separators, groups[1:]):
            atoms += ((separator,) if separator else ()) + group
        return atoms

    inner = len(groups) - 1
    variants = [joined([dot] * inner) + (last_or_space,)]  # all inner dots; last one doubled, or missing before a space
    if inner >= 2:
        # no inner dot (จสต.); not for two letters, where พท. (พื้นที่) and นสพ. (newspaper) are other words
        variants.append(joined([""] * inner) + (last,))
    if len(groups[0]) >= 2:
        # พล. อ., พล. ต.ต.: a space after a dot that closes two letters or more; a space needs the
        # last dot (not after one letter: ร. ต. is a list of letters as often as a rank)
        variants.append(joined([r"\.\ ?+"] * inner) + (last,))
    for missing in range(inner if inner >= 2 else 0):  # one inner dot missing (พ.ตท.), not all of them
        variants.append(joined(["" if index == missing else dot for index in range(inner)]) + (last,))
    return variants


def _abbreviation_pattern(title: str) -> str:
    """A regex source for a dotted abbreviation and its mistyped forms (see
    :func:`_abbreviation_variants`)."""
    return _trie(_abbreviation_variants(title))


def _trie(items) -> str:
    """A regex source (stdlib ``re``) matching any of ``items``, longest first, arranged as a trie.

    An item is a word (each character a literal) or a tuple of regex atoms.  A flat alternation of
    many Thai words makes the engine try each word at every position; a trie shares their
    prefixes and scans news text many times faster (the same idea as ``lexicon.trie_pattern``).

    >>> re.findall(_trie(["ชน", "ชนท้าย", "จับกุม"]), "รถชนท้ายกัน ตำรวจจับกุม")
    ['ชนท้าย', 'จับกุม']
    """
    root: dict = {}
    for item in items:
        atoms = tuple(re.escape(char) for char in item) if isinstance(item, str) else tuple(item)
        if not atoms:
            raise ValueError("a trie item may not be empty")
        node = root
        for atom in atoms:
            node = node.setdefault(atom, {})
        node[""] = {}

    def build(node: dict) -> tuple[str, int]:
        """The source for ``node`` and the depth of its deepest branch."""
        # Deeper branches first: an alternation takes the first branch that matches, and the
        # longest form must win (พล.ต.ต. before พล.ต.).
        built = sorted(
            ((atom, *build(child)) for atom, child in node.items() if atom), key=lambda item: (-item[2], item[0])
        )
        branches = [atom + source for atom, source, _ in built]
        depth = 1 + built[0][2] if built else 0
        if not branches:
            return "", 0
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return (f"(?:{body})?" if "" in node else body), depth

    return "(?:" + build(root)[0] + ")"


def _is_dotted(title: str) -> bool:
    return "." in title and "(" not in title and re.fullmatch(r"(?:[\u0E01-\u0E4E]{1,3}\.)+", title) is not None


@functools.cache
def title_forms() -> dict[str, TitleInfo]:
    """Every title of ``titles.tsv`` keyed by its canonical form.

    >>> title_forms()["พ.ต.ท."].category
    'police'
    """
    return {
        row["title"]: TitleInfo(
            row["title"], row["category"], row["evidence"], row["stack"] == "yes", row.get("nickname") == "yes"
        )
        for row in load("titles")
    }


@functools.cache
def _common_words() -> frozenset[str]:
    """Thai dictionary words (pythainlp), to tell a given name that is also a common word."""
    try:
        from pythainlp.corpus import thai_words
    except ImportError:  # pragma: no cover
        return frozenset()
    return frozenset(thai_words())


def _name_stop_rows() -> list[dict[str, str]]:
    """Rows of ``person_stops.tsv`` that end a name (the ``role: only`` rows end only a role)."""
    return [row for row in load("person_stops") if row["role"] != "only"]


@functools.cache
def _surname_starts() -> frozenset[str]:
    """Stop words that may also begin a surname (ตั้งนภากร, มีเพียร)."""
    return frozenset(row["word"] for row in _name_stop_rows() if row.get("surname") == "yes")


@functools.cache
def _stop_words() -> frozenset[str]:
    return frozenset(row["word"] for row in _name_stop_rows())


class _Tables(NamedTuple):
    title: re.Pattern  # one title or a stack of titles
    title_first: re.Pattern  # any single title form: where a title may begin
    title_letters: frozenset[str]  # the letters a title may begin with
    titles_by_skeleton: dict[str, TitleInfo]  # a title form without dots/spaces -> its row
    trap: re.Pattern
    trap_offsets: tuple[int, ...]
    trap_firsts: frozenset[str]  # the letters trap words begin with
    stop: re.Pattern  # any stop word, at a position
    glued_stop: re.Pattern  # stop words that cut a glued run by themselves
    role: re.Pattern  # (prefix|acting)* (head|descriptor)
    cut_word: re.Pattern  # a lookahead: where a role, a stop word or a title begins (where a name may end)
    position: re.Pattern  # (prefix|acting)* head: what may stand before a title
    title_or_position_first: re.Pattern  # any word a title or a position may begin with
    role_part: re.Pattern
    role_part_word: re.Pattern  # an organisation word of roles.tsv (kind part), nothing generic
    role_joined: re.Pattern  # และ that stays inside an organisation's name (และสหกรณ์)
    acting: re.Pattern
    provinces: frozenset[str]
    na_surnames: frozenset[str]
    na_town: re.Pattern
    royal_part: re.Pattern
    royal_stop: re.Pattern


def _skeleton(title: str) -> str:
    return title.replace(".", "").replace(" ", "")


@functools.cache
def _tables() -> _Tables:
    titles = title_forms()
    stackable, single = [], []
    by_skeleton: dict[str, TitleInfo] = {}
    for info in titles.values():
        form = info.title
        variants = _abbreviation_variants(form) if _is_dotted(form) else [form]
        (stackable if info.stack else single).extend(variants)
        by_skeleton.setdefault(_skeleton(form), info)
    # Female forms of ranks: the rank followed by หญิง (พ.ต.ท.หญิง, ร้อยตำรวจเอกหญิง).
    female = r"(?:หญิง(?=\ ?+[" + _THAI_LETTER + r"]{2}))?+"
    stack_trie, single_trie = _trie(stackable), _trie(single)
    title_source = rf"{stack_trie}{female}(?:\ ?+{stack_trie}{female}){{0,3}}+|{single_trie}"
    title = re.compile(rf"(?P<title>{title_source})")
    # Traps: words holding a title that are not persons (title_traps.txt) and roles that begin
    # with a title (นายอำเภอ, นายกรัฐมนตรี); the latter need two letters beyond the title so that
    # นายก (role) does not hide นายกฤษดา.
    traps = set(load_words("title_traps"))
    plain_titles = [t for t in titles if "." not in t]
    for row in load("roles"):
        role = row["role"]
        for form in plain_titles:
            if role.startswith(form) and len(role) >= len(form) + 2 and role != form:
                traps.add(role)
    offsets = set()
    for trap in traps:
        for form in plain_titles:
            index = trap.find(form)
            while index >= 0:
                offsets.add(index)
                index = trap.find(form, index + 1)
    stops = _name_stop_rows()
    roles = load("roles")
    heads = [row["role"] for row in roles if row["kind"] == "head"]
    descriptors = [row["role"] for row in roles if row["kind"] == "descriptor"]
    prefixes = [row["role"] for row in roles if row["kind"] == "prefix"]
    acting = [row["role"] for row in roles if row["kind"] == "acting"]
    parts = [row["role"] for row in roles if row["kind"] == "part"]
    joined = [row["role"] for row in roles if row["kind"] == "joined"]
    try:
        import geothai

        provinces = frozenset(province.name_th for province in geothai.provinces())
    except ImportError:  # pragma: no cover - geothai is a dependency
        provinces = frozenset()
    royal_parts = load_words("royal_parts")
    stop_words = [row["word"] for row in stops]
    modifiers = rf"(?:{_trie(prefixes + acting)}\ ?+)*+"
    position = rf"{modifiers}{_trie(heads)}"
    return _Tables(
        title=title,
        title_first=re.compile(_trie(stackable + single)),
        title_letters=frozenset(form[0] for form in titles),
        titles_by_skeleton=by_skeleton,
        trap=re.compile(_trie(traps)),
        trap_offsets=tuple(sorted(offsets)),
        trap_firsts=frozenset(trap[0] for trap in traps),
        stop=re.compile(_trie(stop_words)),
        # (roles, with their รอง/อดีต prefixes, also cut glued runs: the role pattern is asked first)
        glued_stop=re.compile(_trie([row["word"] for row in stops if row["glued"] == "yes"])),
        role=re.compile(rf"{modifiers}{_trie(heads + descriptors)}"),
        cut_word=re.compile(
            rf"(?=(?:{_trie(stop_words)}|{modifiers}{_trie(heads + descriptors)}|{stack_trie}|{single_trie}))"
        ),
        position=re.compile(position),
        title_or_position_first=re.compile(_trie(stackable + single + prefixes + acting + heads)),
        # (a short name ending in ฯ continues a role too: จุฬาฯ, ม.เกษตรฯ)
        role_part=re.compile(
            rf"{_trie(parts)}|\((?=[^()\n]{{1,30}}\))|[{THAI_SCRIPT}A-Za-z]{{1,6}}\.[{THAI_SCRIPT}A-Za-z0-9.]*+"
            rf"|[{_THAI_LETTER}]{{2,12}}+ฯ(?![{THAI_SCRIPT}])"
        ),
        role_part_word=re.compile(_trie(parts)),
        role_joined=re.compile(_trie(joined)),
        acting=re.compile(rf"{_trie(acting)}\ ?+"),
        provinces=provinces,
        na_surnames=frozenset(load_words("na_surnames")),
        na_town=re.compile(_trie(load_words("na_surnames"))),
        royal_part=re.compile(_trie(royal_parts) + r"|ฯ\Z"),
        royal_stop=re.compile(_trie(["ทรง", "เสด็จ", "พระราชทาน", "โปรด", "มีพระ", "ได้", "และ", "กับ", "ของ", "ที่",
                                     "ซึ่ง", "เป็น", "จะ", "ให้", "ว่า", "แก่", "แด่", "ต่อ", "เพื่อ", "เนื่อง",
                                     "แล้ว"])
                       + r"|ณ\ "),
    )


class _BodyMatches(NamedTuple):
    """Every title and every position that begins in the body (overlapping ones included)."""

    titles: list[re.Match]
    positions: list[re.Match]
    starts: list[int]  # every place where a word a title or a position may begin with begins


def _body_matches(doc: Document) -> _BodyMatches:
    """The titles and positions of the body, found by one search of their first words (the longest
    part of reading people is scanning the text; each article is scanned once, not once per kind
    and pass).  Cached on the document.

    >>> import newsstruct
    >>> found = _body_matches(newsstruct.Pipeline().document("ผู้ว่าราชการจังหวัดตรัง นายสมชาย ใจดี กล่าว"))
    >>> [m.group() for m in found.titles], [m.group() for m in found.positions]
    (['นาย'], ['ผู้ว่าราชการจังหวัด'])
    """
    found = getattr(doc, "_people_matches", None)
    if found is None:
        tables = _tables()
        text, limit = doc.text, doc.body_end
        search, title_at, position_at = tables.title_or_position_first.search, tables.title.match, tables.position.match
        found = _BodyMatches([], [], [])
        pos = doc.body_start
        while (hit := search(text, pos, limit)) is not None:
            pos = hit.start()
            found.starts.append(pos)
            if (title := title_at(text, pos, limit)) is not None:
                found.titles.append(title)
            if (position := position_at(text, pos, limit)) is not None:
                found.positions.append(position)
            pos += 1
        doc._people_matches = found  # type: ignore[attr-defined]
    return found


@functools.lru_cache(maxsize=4096)
def _info_of(title_text: str) -> TitleInfo | None:
    """The row of the first title in a (maybe stacked) title as written (cached: few forms recur)."""
    tables = _tables()
    skeleton = _skeleton(title_text)
    best = None
    for length in range(len(skeleton), 0, -1):
        info = tables.titles_by_skeleton.get(skeleton[:length])
        if info is not None:
            best = info
            break
    return best


@functools.lru_cache(maxsize=4096)
def _split_stack(title_text: str) -> tuple[TitleInfo, ...]:
    """The titles a stacked title is made of, in order (``รศ.ดร.`` -> รศ., ดร.); cached."""
    tables = _tables()
    parts: list[TitleInfo] = []
    rest = _skeleton(title_text)
    while rest:
        for length in range(len(rest), 0, -1):
            info = tables.titles_by_skeleton.get(rest[:length])
            if info is not None:
                parts.append(info)
                rest = rest[length:].removeprefix("หญิง")
                break
        else:
            break
    return tuple(parts)


@functools.lru_cache(maxsize=4096)
def _title_evidence(title_text: str) -> str:
    """How much a (stacked) title tells that a name follows: "strong", "weak" or "royal" (cached
    per form as written, like :func:`_split_stack`)."""
    stack = _split_stack(title_text)
    evidence = "strong" if all(part.evidence == "strong" for part in stack) else stack[-1].evidence
    if any(part.evidence == "royal" for part in stack):
        evidence = "royal"
    if len(stack) > 1 and stack[0].evidence == "strong":
        evidence = "strong"
    return evidence


# -- reading names -----------------------------------------------------------------------------


def _word_end(text: str, pos: int, end: int) -> int:
    match = _NAME_WORD.match(text, pos, end)
    return match.end() if match else pos


class _NameStats(NamedTuple):
    """How dictionary words sit inside the names of pythainlp's lists (evidence for cuts)."""

    inner: collections.Counter  # word -> listed given names holding it after their first letter (ชัย, ศักดิ์, มา)
    family_start: collections.Counter  # word -> family names beginning with it (ศรี, ทอง; never ออก, ใช้)


@functools.cache
def _name_stats() -> _NameStats:
    """Counts computed once from the name lists (about 0.05 s).  A word that names hold inside them
    (ชัย in สมชัย) does not end a glued name; a word no family name begins with (ออก, ใช้, กิน) does
    not begin a surname.

    >>> stats = _name_stats()
    >>> stats.inner["ชัย"] > 100, stats.inner["กล่าว"], stats.family_start["ออก"]
    (True, 0, 0)
    """
    words = _common_words()
    lists = name_lists()
    inner = collections.Counter(
        piece
        for name in lists.given
        for i in range(1, len(name) - 1)
        for j in range(i + 2, min(len(name), i + _LONGEST_PIECE) + 1)
        if (piece := name[i:j]) in words
    )
    family_start = collections.Counter(
        piece for name in lists.family for j in range(2, min(len(name), 10) + 1) if (piece := name[:j]) in words
    )
    return _NameStats(inner, family_start)


@functools.cache
def _text_frequency() -> dict[str, int]:
    """Word frequencies of running Thai text (pythainlp's TTC list, about 19k words), loaded once."""
    try:
        from pythainlp.corpus import ttc
    except ImportError:  # pragma: no cover
        return {}
    return dict(ttc.word_freqs())


def _strong_cut(text: str, pos: int, limit: int) -> bool:
    """Whether a verb of speech (a glued stop word, or a stop word and ว่า: ย้ำว่า, บอกว่า), a role or
    a title begins at ``pos``."""
    tables = _tables()
    if tables.glued_stop.match(text, pos, limit) or tables.role.match(text, pos, limit):
        return True
    return _stop_then_wa(text, pos, limit) or _title_here(text, pos, limit)


def _stop_then_wa(text: str, pos: int, limit: int) -> bool:
    """Whether a stop word of two letters or more and then ว่า begin at ``pos`` (ย้ำว่า, บอกว่า)."""
    stop = _tables().stop.match(text, pos, limit)
    return bool(stop) and stop.end() - pos >= 2 and text.startswith("ว่า", stop.end())


def _verb_phrase_at(text: str, pos: int, limit: int) -> bool:
    """Whether running text goes on at ``pos``: a stop word or a common word that names do not hold."""
    if _tables().stop.match(text, pos, limit):
        return True
    return _loose_word_at(text, pos, _word_end(text, pos, limit))


@functools.cache
def _loose_words() -> frozenset[str]:
    """Common words of running text that names hardly hold inside them (พ่อ, อาการ, ชอบ; not ชัย):
    one glued after a name ends it.  Dictionary words of two to ``_LONGEST_COMMON_WORD`` letters
    held by at most ``_LOOSE`` listed names and seen at least ``_COMMON_IN_TEXT`` times in TTC."""
    inner, words = _name_stats().inner, _common_words()
    return frozenset(
        word
        for word, count in _text_frequency().items()
        if count >= _COMMON_IN_TEXT and 2 <= len(word) <= _LONGEST_COMMON_WORD and inner[word] <= _LOOSE and word in words
    )


@functools.cache
def _unheld_words() -> frozenset[str]:
    """Words of running text that names hardly hold inside them, rarer ones included (เซ็น, อึ้ง,
    แฝด): glued after a listed given name, one ends it (นายสมัครเซ็นใบสมัคร).  The loose words and
    the dictionary words seen at least ``_SEEN_IN_TEXT`` times in TTC that at most ``_LOOSE`` listed
    names hold."""
    inner, words = _name_stats().inner, _common_words()
    return frozenset(
        word
        for word, count in _text_frequency().items()
        if count >= _SEEN_IN_TEXT and 2 <= len(word) <= _LONGEST_COMMON_WORD and inner[word] <= _LOOSE and word in words
    )


def _longest_by_start(words: frozenset[str]) -> dict[str, int]:
    """First two letters -> the length of the longest of ``words`` that begins with them.  A loop
    over the lengths of a word at a place stops there; most places begin no word at all."""
    longest: dict[str, int] = {}
    for word in words:
        if len(word) >= 2 and len(word) > longest.get(word[:2], 0):
            longest[word[:2]] = len(word)
    return longest


@functools.cache
def _common_longest() -> dict[str, int]:
    return _longest_by_start(_common_words())


@functools.cache
def _loose_longest() -> dict[str, int]:
    return _longest_by_start(_loose_words())


@functools.cache
def _unheld_longest() -> dict[str, int]:
    return _longest_by_start(_unheld_words())


def _longest_by_ending(words: Collection[str]) -> dict[str, int]:
    """Last two letters -> the length of the longest of ``words`` that ends with them."""
    longest: dict[str, int] = {}
    for word in words:
        if len(word) >= 2 and len(word) > longest.get(word[-2:], 0):
            longest[word[-2:]] = len(word)
    return longest


@functools.cache
def _given_longest() -> dict[str, int]:
    return _longest_by_start(name_lists().given)


@functools.cache
def _common_longest_ending() -> dict[str, int]:
    """Last two letters -> the length of the longest dictionary word that ends with them."""
    return _longest_by_ending(_common_words())


def _loose_word_at(text: str, pos: int, end: int, *, after_known: bool = False) -> bool:
    """Whether one of :func:`_loose_words` (after a listed given name, :func:`_unheld_words`) starts
    at ``pos`` and ends by ``end``, not before a vowel sign or a tone mark (the words
    :func:`_dict_words_at` would find)."""
    words, longest = (_unheld_words(), _unheld_longest()) if after_known else (_loose_words(), _loose_longest())
    for length in range(2, min(end - pos, longest.get(text[pos : pos + 2], 0)) + 1):
        if pos + length < end and text[pos + length] in _NOT_WORD_START:
            continue
        if text[pos : pos + length] in words:
            return True
    return False


def _dict_words_at(text: str, pos: int, end: int) -> list[str]:
    """Every dictionary word (two letters or more) starting at ``pos`` and ending by ``end``."""
    words = _common_words()
    found = []
    for length in range(2, min(end - pos, _LONGEST_COMMON_WORD, _common_longest().get(text[pos : pos + 2], 0)) + 1):
        if pos + length < end and text[pos + length] in _NOT_WORD_START:
            continue  # a word cannot end before a vowel sign or a tone mark
        if text[pos : pos + length] in words:
            found.append(text[pos : pos + length])
    return found


def _dict_word_at(text: str, pos: int, end: int) -> str | None:
    """The longest dictionary word (two letters or more) starting at ``pos`` and ending by ``end``."""
    words = _common_words()
    for length in range(min(end - pos, 20, _common_longest().get(text[pos : pos + 2], 0)), 1, -1):
        if text[pos : pos + length] in words:
            return text[pos : pos + length]
    return None


def _dict_word_ends_at(text: str, pos: int, floor: int, shortest: int = 2) -> bool:
    """Whether a dictionary word of ``shortest`` (1 or 2) to ``_LONGEST_COMMON_WORD`` letters ends
    at ``pos`` and begins at ``floor`` or after."""
    words = _common_words()
    if shortest == 1 and pos - floor >= 1 and text[pos - 1] in words:
        return True
    longest = min(_LONGEST_COMMON_WORD, pos - floor, _common_longest_ending().get(text[pos - 2 : pos], 0))
    return any(text[pos - length : pos] in words for length in range(2, longest + 1))


# Where a syllable may begin: a consonant or a leading vowel, not after a leading vowel (เ|ด), nor
# the final consonant after ั or ็ (สุนั|ย, เด็|ก).
_SYLLABLE_START = re.compile(f"(?<![{''.join(sorted(_NO_SYLLABLE_AFTER))}])[ก-ฮเ-ไ]")


# A word that names rarely hold inside them (กล่าว, พ่อ, ได้) ends a glued name; one they often hold
# (ชัย, มา, ดี) does not, unless the part before it is a known name.
_RARE_INSIDE_NAMES = 10
_COMMON_INSIDE_NAMES = 40
# A word seen this often in pythainlp's TTC word frequencies is an ordinary word of running text.
_COMMON_IN_TEXT = 40
# ... and this often, a word of running text all the same: glued after a listed given name, a word
# that names do not hold ends it even when it is rarer (เซ็น, อึ้ง).
_SEEN_IN_TEXT = 20
# pythainlp's dictionary holds many names of public figures (ประยุทธ์, สุเทพ, ทักษิณ): a listed given
# name seen fewer times than this in running text is read as a name although it is a dictionary word.
_RARE_GIVEN_IN_TEXT = 100
_EVERYDAY_IN_TEXT = 300  # ... and this often, an everyday word (กองทัพ) that no title makes a name
_LOOSE = 1  # a common word held inside at most this many listed names ends a glued given name


def _name_end(doc: Document, start: int, run_end: int, limit: int, *, surname: bool = False) -> int:
    """Where a name that begins a run of letters ends (นายสมชายกล่าว -> สมชาย, นายหอมไกรพ่อ -> หอมไกร).

    A run that is a known name (the lists, or written cleanly elsewhere in this article) is whole.
    Otherwise the cut goes after the longest known name followed by a dictionary word; failing
    that, at the first place where a stop word, a role or a title begins, or a dictionary word
    that names rarely hold inside them (``_name_stats``).
    """
    text = doc.text
    word = text[start:run_end]
    lists = name_lists()
    known = lists.family if surname else lists.given
    seen = _doc_names(doc)
    if run_end - start <= _MIN_GIVEN or word in known or word in seen:
        return run_end
    tables = _tables()
    inner = _name_stats().inner
    # A short run that a space or punctuation closes is a whole name unless a verb of speech, a
    # role or a title is glued inside it (นางบัวผัน คำพา, นายสุดประสงค์; but นายสมชายกล่าว).
    strict = run_end - start <= _SHORT_RUN and (run_end >= limit or text[run_end] not in _THAI_LETTERS)
    # A family name after the space (listed, or a word of three letters or more that running text
    # hardly uses and that begins with no word of it): the run is the whole given name unless a
    # verb of speech, a role or a title is glued inside it (นายสรรคนึง พิลาวัณย์, not นายสรร|คน).
    family_follows = False
    if strict and not surname and run_end + 1 < limit and text[run_end] == " ":
        following = text[run_end + 1 : _word_end(text, run_end + 1, limit)]
        family_follows = following in lists.family or (
            len(following) >= 3
            and _text_frequency().get(following, 0) < _COMMON_IN_TEXT
            and not _begins_with_common_word(following, 0, len(following))
        )
    if surname and not strict and run_end - start <= _LONGEST_LISTED_NAME:
        # A surname that a role, a title or punctuation closes (เอี่ยมแจ้งพันธุ์ รัฐมนตรี...,
        # อินทรชุมนุม รองอธิบดี) is whole unless a verb of speech, a role or a title is glued inside.
        strict = _slot_closes(text, run_end, limit)
    known_cut = None
    first_cut = None
    window_end = min(run_end, start + _LONGEST_NAME)
    cut_word_at = tables.cut_word.match
    scan_end = min(limit, window_end + _LONGEST_NAME)  # a role or title that begins in the window may end beyond it
    # Only a syllable start can be a cut.
    for syllable in _SYLLABLE_START.finditer(text, start + _MIN_GIVEN, window_end):
        cut = syllable.start()
        if first_cut is not None and cut - start > _LONGEST_LISTED_NAME:
            break  # only a longer known name could still move the cut, and there is none this long
        # Whether a role, stop word or title begins here; asked first in a short closed run, where
        # nothing else can end the name.
        marked = cut_word_at(text, cut, scan_end) is not None if strict else None
        prefix = text[start:cut]
        prefix_seen = not surname and prefix in seen
        if strict and not marked and not prefix_seen:
            continue
        prefix_known = prefix_seen or prefix in known
        if first_cut is not None and not prefix_known:
            continue  # only a longer known name can still move the cut
        if marked is None:
            marked = cut_word_at(text, cut, scan_end) is not None
        ends_name = None
        if not marked:
            pass
        elif tables.role.match(text, cut, limit) or _title_here(text, cut, limit):
            ends_name = "always"
        elif glued := tables.glued_stop.match(text, cut, limit):
            ends_name = "always" if inner[glued.group()] < _COMMON_INSIDE_NAMES else "known"
        elif (stop := tables.stop.match(text, cut, limit)) and stop.end() - cut >= 2:
            # ได้, กับ end names; จะ, มี, ยัง sit inside many (บุญมี), so they end an unknown name
            # only when another word of running text follows them (มีภรรยา, จะเสียชีวิต).
            if inner[stop.group()] < _RARE_INSIDE_NAMES or _verb_phrase_at(text, stop.end(), limit):
                ends_name = "always"
            else:
                ends_name = "known"
        if ends_name is None and prefix_seen and _seen_name_ends(text, start, cut, run_end):
            ends_name = "known"  # นายสมัคร|ตน, where the article writes นายสมัคร cleanly elsewhere
        if strict and not (
            (ends_name == "always" and _strong_cut(text, cut, limit))
            or (prefix_known and ends_name in ("always", "known") and not family_follows)  # นายสุเทพพูด, นายบรรหารและ
            or (ends_name == "always" and not surname and _function_word_ends(text, cut, run_end, limit))
        ):
            continue
        if ends_name is None:
            loose_counts = prefix_known or (not surname and cut - start >= 3)
            if loose_counts and _loose_word_at(text, cut, run_end, after_known=prefix in lists.given and not surname):
                ends_name = "loose"  # a common word that names do not hold (พ่อ, อาการ, ชอบ)
            else:
                continue
        if prefix_known:
            known_cut = cut
        elif first_cut is None and (
            ends_name == "always" or (ends_name == "loose" and not surname and cut - start >= 3)
        ):
            first_cut = cut
    if known_cut is not None:
        return known_cut
    if first_cut is not None:
        return first_cut
    if run_end < limit and text[run_end] == "." and run_end - start > 6:
        # สัตยธรรมกกต. : an abbreviation glued after the name
        abbreviation = _GLUED_ABBREVIATION.search(text, start + 3, run_end)
        if abbreviation:
            return abbreviation.start()
    return run_end


def _seen_name_ends(text: str, start: int, cut: int, run_end: int) -> bool:
    """Whether a given name this article writes cleanly elsewhere ends at ``cut`` inside a glued
    run (นายสมัคร|ตนไม่ได้, นายเพลิง|ใช้): a dictionary word begins there, and no listed given name
    runs on past it (นายสมชาย where the article also writes นายสม)."""
    return (
        cut - start >= 3
        and _dict_word_at(text, cut, run_end) is not None
        and not _listed_given_beyond(text, start, cut, run_end)
    )


def _function_word_ends(text: str, cut: int, run_end: int, limit: int) -> bool:
    """Whether a function word that names hardly hold (ก็, จะ, ว่า, หรือ) begins at ``cut`` and the
    run goes on as running text after it, or ends with it (น้องเต้ก็ป่วย, น้องเอ็มว่า)."""
    stop = _tables().stop.match(text, cut, run_end)
    if not stop or stop.end() - cut < 2 or _name_stats().inner[stop.group()] >= _RARE_INSIDE_NAMES:
        return False
    after = stop.end()
    return after == run_end or _verb_phrase_at(text, after, run_end) or _title_here(text, after, limit)


def _doc_names(doc: Document) -> set[str]:
    """Given names and surnames this article writes cleanly (a title, the name, then a space)."""
    names = getattr(doc, "_people_clean_names", None)
    if names is None:
        names = set()
        doc._people_clean_names = names  # type: ignore[attr-defined]
    return names


def _starts_with_stop(doc: Document, start: int, end: int) -> bool:
    """Whether the run ``text[start:end]`` begins with a stop word (as a whole first word, not the
    beginning of a longer dictionary word), a role or a title."""
    text = doc.text
    tables = _tables()
    if tables.role.match(text, start, end) or _title_here(text, start, end):
        return True
    stop = tables.stop.match(text, start, end)
    if not stop or (stop.end() - start < 2 and stop.end() < end):
        return False  # ณัฐนนท is not ณ + a word
    first = _dict_word_at(text, start, end)
    return first is None or len(first) <= stop.end() - start or first in _stop_words()


class _Name(NamedTuple):
    end: int
    given: str
    surname: str | None
    withheld: bool
    rule: str
    resume: int  # where to look for a role
    clean: bool = False  # the name stood between a title and a non-letter: no guess about its end


def _speech_at(text: str, pos: int, limit: int) -> bool:
    """Whether a verb of speech is glued at ``pos`` (กล่าวว่า, เปิดเผยว่า, or a stop word and ว่า):
    after a strong title, what stands before it is a name even when it is an everyday word
    (นายนาม|กล่าวว่า)."""
    if pos >= limit or text[pos] not in _THAI_LETTERS:
        return False
    tables = _tables()
    if tables.glued_stop.match(text, pos, limit) and not tables.role.match(text, pos, limit):
        return True
    return _stop_then_wa(text, pos, limit)


def _read_name(
    doc: Document, title_start: int, pos: int, limit: int, evidence: str, *, nickname: bool = False
) -> _Name | None:
    """The name starting at ``pos`` (right after a title and its optional space)."""
    text = doc.text
    lists = name_lists()
    if pos < limit and text[pos] == " ":
        pos += 1
    latin = _LATIN_NAME.match(text, pos, limit)
    if latin:
        words = latin.group().split(" ")
        return _Name(latin.end(), words[0], " ".join(words[1:]) or None, False, "title_latin_name", latin.end())
    run_end = _word_end(text, pos, limit)
    if run_end - pos < _MIN_GIVEN or not _NAME_START.match(text, pos):
        return None
    if (
        evidence == "weak"
        and _title_begins_word(text, title_start, pos, run_end)
        and not _monk_chaya_after(text, title_start, run_end, limit)
    ):
        return None  # น้องสาว, คุณภาพ, พระราชทาน (asked before reading where the name ends)
    given_end = _name_end(doc, pos, run_end, limit)
    given = text[pos:given_end]
    known_given = given in lists.given or given in _doc_names(doc)
    if not known_given and _starts_with_stop(doc, pos, given_end) and not _surname_follows(doc, given, given_end, run_end, limit):
        return None  # นายได้ว่า, เด็กชายจากสุพรรณบุรี, หลวงพ่อจะ...; but นายต่อศักดิ์ พ่วงทอง
    if evidence == "weak" and not _weak_title_holds(
        doc, title_start, pos, given_end, run_end, known_given, limit, nickname
    ):
        return None
    if evidence != "weak" and not known_given:
        if _inside_longer_word(text, title_start, pos, given_end, run_end):
            return None
        if (
            _text_frequency().get(given, 0) >= _EVERYDAY_IN_TEXT
            and given not in _doc_names(doc)
            and not _surname_follows(doc, given, given_end, run_end, limit)
            and not _speech_at(text, given_end, limit)
        ):
            return None  # นายส่วน, พลทหารกองทัพบก: an everyday word, not a name (but นายสัก ศรีวงศ์ทอง, นายนามกล่าวว่า)
        if text.startswith("นายก", title_start) and given[0] == "ก" and (
            _begins_with_common_word(text, pos + 1, run_end)
            or any(len(word) >= 4 for word in _dict_words_at(text, pos + 1, run_end))
        ):
            # นายกของประชาชน, นายกสมาคม (a common word), นายกวิศวกรรมสถาน (a word of the dictionary):
            # the role นายก, not นาย + a name
            return None
    withheld = _WITHHELD.match(text, given_end, limit)
    if withheld:
        return _Name(given_end, given, None, True, "title_name_withheld", withheld.end())
    surname_start = given_end + 1
    clean = given_end == run_end
    if given_end != run_end or given_end >= limit or text[given_end] != " ":
        return _Name(given_end, given, None, False, "title_given", given_end, clean)
    surname = _read_surname(doc, given, surname_start, limit)
    if surname is None:
        if evidence == "weak" and text[pos - 1] == " " and not known_given:
            return None  # ครู คณาจารย์: a weak title apart from a lone word names no one
        return _Name(given_end, given, None, False, "title_given", given_end, clean)
    surname_end, surname_text, rule = surname
    if given not in lists.given and surname_text not in lists.family:
        surname_end, surname_text = _foreign_name_rest(text, surname_end, surname_text, limit)
    return _Name(surname_end, given, surname_text, False, rule, surname_end, clean)


def _foreign_name_rest(text: str, end: int, surname: str, limit: int) -> tuple[int, str]:
    """A foreign name written in Thai goes on past its second word (นายบัน คี มุน, นางซาตู
    ซุยก์การี-เคลฟเวน): short words that are no common word, up to where the name closes."""
    tables = _tables()
    for _ in range(2):
        if end + 1 >= limit or text[end] not in " -":
            break
        word_end = _word_end(text, end + 1, limit)
        word = text[end + 1 : word_end]
        if not word or (text[end] == " " and len(word) > 8) or not _name_like(word) or word in _common_words():
            break
        if (word_end < limit and text[word_end] == ".") or tables.role.match(text, end + 1, limit):
            break  # รมช., ผบ.ทบ., องคมนตรี: a role after the name
        after = word_end + 1 if word_end < limit and text[word_end] == " " else word_end
        if not (_slot_closes(text, word_end, limit) or tables.stop.match(text, after, limit)):
            break
        surname += text[end] + word if text[end] == "-" else " " + word
        end = word_end
    return end, surname


def _surname_follows(doc: Document, given: str, given_end: int, run_end: int, limit: int) -> bool:
    """Whether a word that may not look like a given name is one all the same, because a surname
    follows it: a listed family name, or a word that reads as a surname and closes the name."""
    text = doc.text
    if given_end != run_end or given_end + 1 >= limit or text[given_end] != " ":
        return False
    surname = _read_surname(doc, given, given_end + 1, limit)
    if surname is None:
        return False
    end, word, _ = surname
    return word in name_lists().family or _slot_closes(text, end, limit)


def _inside_longer_word(text: str, title_start: int, pos: int, given_end: int, run_end: int) -> bool:
    """Whether the title and the name read after it are one dictionary word (เภสัชกรรม), or the
    name was cut inside one (นายแพทย์พรุ่ง|นี้)."""
    whole = _dict_word_at(text, title_start, run_end)
    if whole and title_start + len(whole) == given_end:
        return True
    word = _dict_word_at(text, pos, run_end)
    return bool(word) and pos + len(word) > given_end and given_end < run_end


def _weak_title_holds(
    doc: Document, title_start: int, pos: int, given_end: int, run_end: int, known_given: bool, limit: int,
    nickname: bool = False,
) -> bool:
    """Whether a weak title (น้อง, คุณ, ครู, พระ, เสี่ย) that begins no longer dictionary word
    (:func:`_title_begins_word`) is a title here.

    Yes for a listed given name (คุณสมัคร), a name followed by a listed family name, or a word that is
    no dictionary word (a nickname: น้องแอมป์, เสี่ยโจ้); a nickname that is also a word (น้องก้อง)
    needs an alias or a quote before it (``หรือน้องก้อง``, ``"น้องก้อง"``).
    """
    text = doc.text
    given = text[pos:given_end]
    if given in _stop_words() or _tables().role.match(text, pos, limit):
        return False
    stop = _tables().stop.match(text, pos, given_end)
    if stop and stop.end() - pos >= 2 and not known_given and _verb_phrase_at(text, stop.end(), given_end):
        return False  # ครูมีวินัย: a weak title before a stop word is a noun before a verb
    if text.startswith("อ.", title_start) and _DISTRICT_AFTER.match(text, run_end, limit):
        return False  # อ.ไชยา จ.สุราษฎร์ธานี: อ. is อำเภอ here
    frequency = _text_frequency()
    if known_given and given not in _common_words():
        return True  # คุณสุเทพ
    if given in _doc_names(doc) and frequency.get(given, 0) < _EVERYDAY_IN_TEXT:
        return True  # คุณสมัคร, where the article also writes นายสมัคร ...
    if known_given and nickname and frequency.get(given, 0) < _COMMON_IN_TEXT:
        return True  # คุณสมหมาย; but หมอใหญ่, ตาช่วง, พระธรรมคำสอน hold listed names that are words
    if given_end == run_end and _followed_by_family(text, given_end, limit):
        return True
    if given_end == run_end and _monk_chaya_after(text, title_start, run_end, limit):
        return True  # พระพยอม กัลยาโณ: a monk's Pali name after his own
    before = text[max(doc.body_start, title_start - 5) : title_start].rstrip()
    if before.endswith(("หรือ", '"', "“", "(", "‘")):
        return True
    # A nickname: no word of running text, nor one that begins with one (น้องแอมป์, เสี่ยแหลม; not
    # หมอใหญ่, ลุงแก, ครูมีวินัย, พระลูกวัด).  A monk's title of rank takes a long name of the same
    # kind (พระเทพวิสุทธิกวี, พระราชปริยัติโมลี; not พระราชทาน, พระธรรมคำสอน).
    monastic_name = text.startswith("พระ", title_start) and given_end - pos >= 6
    if monastic_name and pos - title_start >= 5 and given_end == run_end and _monk_name_closes(text, run_end, limit):
        return True  # พระพรหม|เสนาบดี (พิมพ์ ...), พระราช|ปริยัตยาภรณ์เจ้าคณะ...: a rank's name, words or not
    if monastic_name and given in _common_words():
        monastic_name = False  # พระรัชทายาท: a word of the dictionary, not a monk's name
    return (nickname or monastic_name) and not _begins_with_common_word(text, pos, given_end)


# A monk's Pali name (ฉายา) after his given name: a word of four letters or more that ends in an
# open -o syllable (กัลยาโณ, ฐิตธมฺโม, โสภโณ, อินฺทปญฺโญ), then no more letters.
_PALI_CHAYA = re.compile(rf"\ [ก-ฮ][{_THAI_LETTER}]{{2,16}}?โ[ก-ฮ](?:ฺ?[ก-ฮ]โ[ก-ฮ])?(?![{_THAI_LETTER}])")


def _monk_chaya_after(text: str, title_start: int, run_end: int, limit: int) -> bool:
    """Whether the title at ``title_start`` is พระ and a Pali name follows the run after it (พระพยอม
    กัลยาโณ: a monk, though the dictionary holds พระพยอม as one word)."""
    return text.startswith("พระ", title_start) and _PALI_CHAYA.match(text, run_end, limit) is not None


_MONK_NAME_AFTER = re.compile(r"\ ?\((?P<name>[ก-๛]{2,}\ [ก-๛]{2,})\)")


def _monk_name_closes(text: str, pos: int, limit: int) -> bool:
    """Whether a monk's personal name in brackets follows (``(พิมพ์ ญาณวีโร)``), the way news
    writes a monk's title of rank and then his name."""
    return _MONK_NAME_AFTER.match(text, pos, limit) is not None


def _title_begins_word(text: str, title_start: int, pos: int, run_end: int) -> bool:
    """Whether the title at ``title_start`` begins a longer dictionary word that runs past ``pos``,
    where the name would begin (น้องสาว, คุณภาพ, พระราชทาน, ครูผู้สอน): then it is no title."""
    whole = _dict_word_at(text, title_start, run_end)
    return bool(whole) and title_start + len(whole) > pos


def _followed_by_family(text: str, pos: int, limit: int) -> bool:
    if pos >= limit or text[pos] != " ":
        return False
    end = _word_end(text, pos + 1, limit)
    return text[pos + 1 : end] in name_lists().family


def _read_surname(doc: Document, given: str, start: int, limit: int) -> tuple[int, str, str] | None:
    """The surname at ``start`` (after one space), with ณ-names and a stray inner space joined."""
    text = doc.text
    lists = name_lists()
    tables = _tables()
    run_end = _word_end(text, start, limit)
    if run_end - start < 1:
        return None
    if text[start:run_end] == "ณ":
        # ชาญ ณ ถลาง: the surname is ณ + a town.
        joined = _na_suffix(text, start, limit)
        return (joined, text[start:joined], "title_name_na") if joined else None
    end = _name_end(doc, start, run_end, limit, surname=True)
    # an organisation that begins inside the run ends the surname (ทองประเสริฐ|จุฬาลงกรณ์มหาวิทยาลัย;
    # not a place, which many surnames hold: เสถียรไทย, ติดชัยภูมิ)
    inside = [begin for begin, _ in doc.overlaps(start, end, ("organizations",)) if start + 2 < begin < end]
    if inside:
        end = min(inside)
    word = text[start:end]
    if len(word) < 2 or not _NAME_START.match(text, start):
        return None
    if word not in lists.family and word not in _doc_names(doc):
        if _title_here(text, start, limit) or tables.role.match(text, start, limit):
            return None
        title = _title_at(text, start, end)
        if title and title.end() == end:
            return None  # ทนายจูน ทนาย...: a title word is no surname
        if tables.glued_stop.match(text, start, limit):
            return None  # นายเนวิน กล่าวว่า
        stop = tables.stop.match(text, start, end)
        if stop and stop.end() - start < 2 and stop.end() < end:
            stop = None  # ณัฐรุจิโรจน์ is not ณ + a word
        first = _dict_word_at(text, start, end)
        slot_closes = end == run_end and _slot_closes(text, end, limit)
        closes = slot_closes or (
            end < run_end
            and _glued_closer(text, end, limit)
            and (_may_begin_surname(text, start, end) or not _spelled_as_thai(word))
        )  # (but นางสมศรี ใช้มีดทำร้ายสามี: a clause of dictionary words before a kinship word)
        if (
            stop
            and first
            and len(first) > stop.end() - start
            and stop.group() not in _surname_starts()
            and _name_stats().family_start[first] == 0
        ):
            return None  # นายโกตี๋ หรือไม่: a word that begins with a function word (หรือ) and no family name does
        if stop and (first is None or len(first) <= stop.end() - start):
            first = stop.group()
            if (
                stop.end() == end
                or tables.stop.match(text, stop.end(), end)
                or (first not in _surname_starts() and not (closes and _may_begin_surname(text, start, end)))
                or (_name_stats().family_start[first] == 0 and not closes)
            ):
                return None  # นายอนุชา เล่าว่า, นางอรุณี ในเวลา; but ตั้งนภากร, มีเพียร, แย้มศรี are surnames
        elif (
            first
            and first not in _surname_starts()
            and _text_frequency().get(first, 0) >= _COMMON_IN_TEXT
            and not _may_begin_surname(text, start, end)
            and not closes
        ):
            return None  # นายอนุชา ออกวิทยุ, นางอรุณี ใช้มีด: no family name begins with ออก or ใช้
        if _other_surname(doc, given, word) and not (closes and not _spelled_as_thai(word)):
            return None  # (but another person may share the given name: สมศรี ทันพิทักษ์)
        if not slot_closes and _common_words_in(word) >= 3:
            return None  # นางวันดี กินยาเกินขนาด: a clause of everyday words, not a surname
    rule = "title_name"
    surname = word
    # ณ อยุธยา after a surname word: สมพร ทองดี ณ อยุธยา
    if end == run_end and end + 1 < limit and text[end] == " ":
        na_end = _na_suffix(text, end + 1, limit)
        if na_end:
            return na_end, surname + " " + text[end + 1 : na_end], "title_name_na"
        # A surname split by a stray space (หาญ สมุทร์): joined when the article writes it whole
        # elsewhere or the family-name list knows the joined form.
        next_end = _word_end(text, end + 1, limit)
        following = text[end + 1 : next_end]
        if following and not _starts_with_stop(doc, end + 1, next_end):
            joined = word + following
            if joined in _doc_words(doc) or (joined in lists.family and word not in lists.family):
                return next_end, joined, "title_name_joined"
    return end, surname, rule


def _doc_words(doc: Document) -> frozenset[str]:
    """Every run of Thai letters in the article (computed once per article): whether the article
    writes a word whole somewhere is a set look-up, not a search of the whole text per mention."""
    words = getattr(doc, "_people_words", None)
    if words is None:
        words = frozenset(_NAME_WORD.findall(doc.text))
        doc._people_words = words  # type: ignore[attr-defined]
    return words


def _common_words_in(word: str) -> int:
    """How many everyday words ``word`` is made of, read longest first; 0 when it is not made of
    them alone (กินยาเกินขนาด -> 4; นิติกาล, ชินวัตร -> 0)."""
    frequency = _text_frequency()
    count, pos = 0, 0
    while pos < len(word):
        common = [piece for piece in _dict_words_at(word, pos, len(word)) if frequency.get(piece, 0) >= _EVERYDAY_IN_TEXT]
        if not common:
            return 0
        pos += len(common[-1])
        count += 1
    return count


def _slot_closes(text: str, pos: int, limit: int) -> bool:
    """Whether the words of a name end at ``pos``: the text ends, punctuation follows, or a space
    and then a role, a title, a bracket or an alias (``นายX Y ผู้ว่าราชการ``, ``นายX Y (ภาพ)``)."""
    if pos >= limit:
        return True
    if text[pos] != " ":
        return text[pos] in _NAME_CLOSERS
    after = pos + 1
    if after >= limit or text[after] in _NAME_CLOSERS or text[after] in "(":
        return True
    tables = _tables()
    return bool(
        tables.role.match(text, after, limit) or _title_here(text, after, limit) or text.startswith("หรือ", after)
    )


def _glued_closer(text: str, pos: int, limit: int) -> bool:
    """Whether a role, a title or an age is glued at ``pos``, right after a word read as a surname
    (``ฟันกระโทกอายุ 45 ปี``, ``สยามวาลานายบัญญัติ``): the name closes there as
    surely as before a space and a role."""
    return bool(
        _tables().role.match(text, pos, limit) or _title_here(text, pos, limit) or _AGE.match(text, pos, limit)
    )


def _may_begin_surname(text: str, start: int, end: int) -> bool:
    """Whether some family name of the lists begins with a dictionary word that begins
    ``text[start:end]`` (ศรี, ทอง, สุข do; ออก, ใช้, ยอมรับ do not)."""
    family_start = _name_stats().family_start
    words = _common_words()
    return any(
        family_start[text[start : start + length]] > 0
        for length in range(2, min(end - start, 10, _common_longest().get(text[start : start + 2], 0)) + 1)
        if text[start : start + length] in words
    )


def _na_suffix(text: str, na_start: int, limit: int) -> int | None:
    """End of ``ณ X`` at ``na_start`` when X is a known family-name town (ณ อยุธยา), even when a
    word is glued after it."""
    if not text.startswith("ณ ", na_start):
        return None
    town_start = na_start + 2
    town_end = _word_end(text, town_start, limit)
    town = text[town_start:town_end]
    if town in _tables().na_surnames or ("ณ " + town) in name_lists().family:
        return town_end
    match = _tables().na_town.match(text, town_start, town_end)
    return match.end() if match else None


def _other_surname(doc: Document, given: str, word: str) -> bool:
    """Whether the article writes ``given`` elsewhere with another surname (then ``word`` is not one)."""
    pattern = _known_full_names(doc).get(given)
    return bool(pattern) and word not in pattern


def _known_full_names(doc: Document) -> dict[str, set[str]]:
    """Given name -> surnames written after it with a title somewhere in the article (cached on doc)."""
    cache = getattr(doc, "_people_full_names", None)
    if cache is None:
        cache = {}
        doc._people_full_names = cache  # type: ignore[attr-defined]
    return cache


# -- roles -------------------------------------------------------------------------------------


def _read_role(text: str, pos: int, limit: int) -> int:
    """End of the role phrase starting exactly at ``pos`` (``pos`` when there is none)."""
    tables = _tables()
    match = tables.role.match(text, pos, limit)
    if not match:
        return pos
    end = _role_chunk_end(text, match.end(), limit)
    end = _company_end(text, end, limit) or end
    # Continuations across a space: an organisation word, an abbreviation, a province, a note in
    # brackets (ผู้อำนวยการ ศูนย์..., รองสารวัตร (สอบสวน) สภ.บางปะหัน จ.พระนครศรีอยุธยา).
    while end + 1 < limit and text[end] == " ":
        start = end + 1
        if tables.acting.match(text, start, limit) or _title_at(text, start, limit):
            break
        word = tables.role_part_word.match(text, start, limit)
        other_role = tables.role.match(text, start, limit)
        if other_role and not (word and word.end() >= other_role.end()):
            break  # a second position (คณบดีคณะX ผอ.รพ.Y): a role of its own
        stop = tables.stop.match(text, start, limit)
        if stop and not (word and word.end() >= stop.end() and _continues_glued(text, word.end(), limit)):
            break  # (ด้าน and ประจำ are stop words, but ด้านความมั่นคง, ประจำประเทศไทย go on)
        part = tables.role_part.match(text, start, limit)
        if part:
            if text[start] == "(":
                close = text.find(")", start, limit)
                end = close + 1
                continue
            end = _role_chunk_end(text, part.end(), limit)
            if not (word and word.end() == part.end()):
                # An abbreviation runs on over the letters glued after it (สภ.บางปะหัน); a verb
                # there ends it (อบต.แล้วจึงสั่งการ).
                dot = text.find(".", start, end) + 1
                cut = _role_stop().search(text, dot, end) if dot else None
                end = cut.start() if cut else end
            company = _company_end(text, end, limit)
            end = company or end
            continue
        number = _DIGITS.match(text, start, start + 6)
        if number and _NUMBERED_BEFORE.search(text[max(0, end - 4):end]):
            end = number.end()  # ผู้ใหญ่บ้านหมู่ที่ 3
            continue
        word_end = _word_end(text, start, limit)
        if text[start:word_end] in tables.provinces:
            end = word_end
            continue
        break
    return end


_AGE = re.compile(r"อายุ\ ?+\d{1,3}+\ ?+(?:ปี|ขวบ)(?:\ ?+\d{1,2}+\ ?+เดือน)?+")
_COMPANY_END = re.compile(r"จำกัด(?:\ ?\(มหาชน\))?+")


def _company_end(text: str, pos: int, limit: int) -> int:
    """After a role ending in บริษัท, the end of the company's name up to จำกัด (มหาชน) when it
    comes within a few words on the line, no stop word or title between (``กรรมการบริษัท ดาวเหนือ
    จำกัด (มหาชน)``); else 0."""
    if not text.endswith("บริษัท", 0, pos) or pos + 1 >= limit or text[pos] != " ":
        return 0
    window_end = min(limit, pos + 60)
    close = text.find("จำกัด", pos, window_end)
    if close < 0 or "\n" in text[pos:close]:
        return 0
    tables = _tables()
    word_start = pos + 1
    while word_start < close:
        if tables.stop.match(text, word_start, close) or _title_at(text, word_start, close):
            return 0
        space = text.find(" ", word_start, close)
        if space < 0:
            break
        word_start = space + 1
    return _COMPANY_END.match(text, close, limit).end()


def _continues_glued(text: str, pos: int, limit: int) -> bool:
    """Whether a word glued at ``pos`` goes on with a role's organisation word: a Thai letter follows,
    and no title, role or stop word begins there (ด้าน|ความมั่นคง, not ด้าน|นายX or ประจำ|และ)."""
    tables = _tables()
    return (
        pos < limit
        and text[pos] in _THAI_LETTERS
        and not _title_at(text, pos, limit)
        and not tables.role.match(text, pos, limit)
        and not tables.stop.match(text, pos, limit)
    )


def _role_chunk_end(text: str, pos: int, limit: int) -> int:
    """End of the glued run continuing a role (letters, digits, dots), cut before a verb; และ
    inside an organisation's name does not cut it (รัฐมนตรีว่าการกระทรวงเกษตรและสหกรณ์)."""
    tables = _tables()
    match = _ROLE_CHUNK.match(text, pos, limit)
    end = match.end() if match else pos
    # Only where a stop word or a title begins can the run be cut: searched by their first words.
    search = _role_cut_first().search
    while (hit := search(text, pos, end)) is not None:
        if _role_stop_at(text, hit.start(), end) and not tables.role_joined.match(text, hit.start(), end):
            return hit.start()
        pos = hit.start() + 1
    return end


@functools.cache
def _role_stop() -> re.Pattern:
    """Words that end a role phrase: the ``role`` column of ``person_stops.tsv``."""
    return re.compile(_trie({row["word"] for row in load("person_stops") if row["role"] in ("yes", "only")}))


@functools.cache
def _role_cut_first() -> re.Pattern:
    """Any word :func:`_role_stop_at` may hold at a place: a stop word or a title form."""
    return re.compile(_role_stop().pattern + "|" + _tables().title_first.pattern)


def _role_stop_at(text: str, pos: int, end: int) -> bool:
    return bool(_role_stop().match(text, pos, end)) or _title_here(text, pos, end)


def _title_at(text: str, pos: int, end: int) -> re.Match | None:
    """The title (or stack of titles) that begins at ``pos`` and ends by ``end``, or None; the
    first letter is asked before the (large) pattern."""
    tables = _tables()
    if pos >= end or text[pos] not in tables.title_letters:
        return None
    return tables.title.match(text, pos, end)


def _title_here(text: str, pos: int, end: int) -> bool:
    """Whether a strong title that lies in no trap word begins at ``pos``."""
    match = _title_at(text, pos, end)
    if not match:
        return False
    info = _info_of(match.group())
    return info is not None and info.evidence == "strong" and not _trapped(text, pos)


def _roles_after(text: str, pos: int, limit: int) -> list[tuple[int, int]]:
    """Role phrases right after a name: ``X รองผู้ว่าราชการจังหวัดY  รักษาราชการแทนZ``."""
    roles: list[tuple[int, int]] = []
    while pos < limit:
        start = pos + 1 if text[pos] == " " else pos
        if text.startswith("และ", start) and roles:
            start += 3
            if start < limit and text[start] == " ":
                start += 1  # (รองนายกรัฐมนตรี และ รมว.กลาโหม)
        elif not roles and (age := _AGE.match(text, start, limit)) and age.end() < limit:
            # a role after the age (นายX อายุ 45 ปี ผู้ใหญ่บ้าน...), when one stands right there
            after = age.end() + 1 if text[age.end()] == " " else age.end()
            if _read_role(text, after, limit) > after:
                start = after
        elif text.startswith("ในฐานะ", start):
            start += 6
            if start < limit and text[start] == " ":
                start += 1
        end = _read_role(text, start, limit)
        if end <= start:
            break
        roles.append((start, end))
        pos = end
    return roles


# -- the extractor -----------------------------------------------------------------------------


class _Candidate(NamedTuple):
    start: int
    end: int
    rule: str
    fields: dict[str, Any]
    resume: int


def _trapped(text: str, pos: int) -> int:
    """End of the trap word the title at ``pos`` lies inside (นายอำเภอ, เจ้านาย), or 0."""
    tables = _tables()
    for offset in tables.trap_offsets:
        if offset > pos:
            break
        if text[pos - offset] not in tables.trap_firsts:
            continue
        match = tables.trap.match(text, pos - offset)
        if match and match.end() > pos and _ends_syllable(text, match.end()):
            return match.end()
    return 0


def _ends_syllable(text: str, pos: int) -> bool:
    """Whether a syllable may end at ``pos``: no vowel sign or tone mark follows, nor a consonant
    that closes the syllable before (a consonant followed by a leading vowel or a non-letter:
    นายเรือ|งไกร is นาย + เรืองไกร, not the trap word นายเรือ)."""
    if pos >= len(text) or text[pos] not in _THAI_LETTERS:
        return True
    if text[pos] in _NOT_WORD_START:
        return False
    following = text[pos + 1] if pos + 1 < len(text) else " "
    return not ("ก" <= text[pos] <= "ฮ" and (following in _LEADING_VOWELS or following not in _THAI_LETTERS))


@functools.cache
def _stop_longest_ending() -> dict[str, int]:
    """Last two letters -> the length of the longest stop word that ends with them."""
    return _longest_by_ending(_stop_words())


def _stop_word_ends_at(text: str, pos: int, floor: int) -> bool:
    """Whether a stop word of at most 12 letters ends at ``pos`` and begins at ``floor`` or after
    (โดย|นาย, และ|นาง)."""
    stops = _stop_words()
    if pos - floor >= 1 and text[pos - 1] in stops:
        return True  # ณ
    longest = min(12, pos - floor, _stop_longest_ending().get(text[pos - 2 : pos], 0))
    return any(text[pos - length : pos] in stops for length in range(2, longest + 1))


def _boundary_before(text: str, pos: int) -> bool:
    """Whether a word starts at ``pos``: after a non-letter or right after a stop word (โดย, และ)."""
    if pos == 0 or text[pos - 1] not in _THAI_LETTERS:
        return True
    return _stop_word_ends_at(text, pos, 0)


def _title_start_ok(doc: Document, start: int, title_text: str, evidence: str) -> bool:
    """Whether a title may start at ``start``: after a space or punctuation, after a stop word
    (โดยนาย), or, for a title word glued to the word before it, where the tokenizer puts a word
    boundary (จังหวัดตรังนายประเสริฐ, but not พัฒนายกระดับ or มิถุนายน)."""
    text = doc.text
    if start <= doc.body_start:
        return True
    previous = text[start - 1]
    if "." in title_text and title_text not in title_forms() and (previous.isdigit() or previous == "."):
        return False  # 14.30น.อย่าง, พล.1รอ.
    if previous not in _THAI_LETTERS:
        return True
    if _stop_word_ends_at(text, start, doc.body_start):
        return True
    if evidence == "royal":
        return True
    stack = _split_stack(title_text)
    if evidence == "weak":
        # ตา, พี่ inside words; but a title of nicknames after a whole word (ศพน้องเมย์) stands
        return bool(stack) and stack[-1].nickname and _word_boundary_at(text, start, start + len(title_text), doc.body_start)
    first = stack[0].title if stack else title_text
    if "." in first:
        # Glued to a word before it, only a fully dotted abbreviation of two or more letters
        # counts (ชาวกาญจนบุรีด.ช.X); จนท., กยศ., บมจ., รพ. are other abbreviations.
        written = title_text.replace(" ", "")[: len(first)]  # (วันเกิดพล. ต.X: a space after an inner dot)
        return written == first and first.count(".") >= 2
    return _word_boundary_at(text, start, start + len(title_text), doc.body_start)


_SWALLOW_BEFORE = 8  # letters: how far before a title a word that swallows it may begin


def _word_boundary_at(text: str, pos: int, title_end: int, floor: int) -> bool:
    """Whether a dictionary word ends at ``pos`` and none swallows the title that begins there
    (จังหวัดตรัง|นายประเสริฐ; not พัฒนายกระดับ, มิถุนายน).  A dictionary look-up in place of
    tokenising the window."""
    around = _words_around(text[pos:title_end])
    # Swallowing words first, nearest first: most titles rejected here lie inside a word that
    # begins a letter or two before them (อย่าง, หน้า).
    for begin in range(pos - 1, max(floor, pos - _SWALLOW_BEFORE) - 1, -1):
        # a dictionary word text[begin:end] with end >= title_end (อย่าง swallows ย่า)
        after = around.get(text[begin:pos])
        swallows = after is not None and any(text.startswith(rest, title_end) for rest in after)
        # a word that would swallow the title must itself begin where a word ends
        if swallows and (begin == floor or _dict_word_ends_at(text, begin, floor, shortest=1)):
            return False
    if _crossing_word(text, pos, title_end, floor):
        return False
    return _dict_word_ends_at(text, pos, floor)


_CROSSING_MIN = 8  # letters: a word this long that runs into a glued title is read before it


def _crossing_word(text: str, pos: int, title_end: int, floor: int) -> bool:
    """Whether a long dictionary word that begins where a word ends runs from before ``pos`` into
    the title glued there and ends inside it (เจ้าพระยา|ยมราช: the ยา of ยาย belongs to
    เจ้าพระยา)."""
    words = _common_words()
    for begin in range(pos - 1, max(floor, pos - _SWALLOW_BEFORE) - 1, -1):
        for cut in range(pos + 1, title_end):
            if cut - begin >= _CROSSING_MIN and text[begin:cut] in words and text[cut] not in _NOT_WORD_START:
                if begin == floor or _dict_word_ends_at(text, begin, floor, shortest=1):
                    return True
    return False


@functools.cache
def _words_blob() -> str:
    """The dictionary words, one a line (searched as one string)."""
    return "\n" + "\n".join(_common_words()) + "\n"


@functools.lru_cache(maxsize=8192)  # titles, and given names asked by the untitled rules
def _words_around(title: str) -> dict[str, frozenset[str]]:
    """The dictionary words (of at most ``_LONGEST_COMMON_WORD`` letters) that hold ``title`` after
    one to ``_SWALLOW_BEFORE`` letters, as {letters before: letters after}: for ย่า, ``อ -> {ง, ...}``
    (อย่าง).  Built once per title from one search of all the words; :func:`_word_boundary_at`
    then asks one look-up per place instead of one per place and word length.

    >>> "ง" in _words_around("ย่า")["อ"]
    True
    """
    blob = _words_blob()
    around: dict[str, set[str]] = {}
    index = blob.find(title)
    while index >= 0:
        begin = blob.rfind("\n", 0, index) + 1
        end = blob.find("\n", index)
        if 1 <= index - begin <= _SWALLOW_BEFORE and end - begin <= _LONGEST_COMMON_WORD:
            around.setdefault(blob[begin:index], set()).add(blob[index + len(title) : end])
        index = blob.find(title, index + 1)
    return {before: frozenset(after) for before, after in around.items()}


def _title_candidates(doc: Document, reuse: dict[int, _Candidate] | None = None) -> list[_Candidate]:
    """Titled mentions, left to right; a rejected title lets the search go on one letter later."""
    text = doc.text
    found: list[_Candidate] = []
    limit = doc.body_end
    tables = _tables()
    taken_until = doc.body_start
    for match in _body_matches(doc).titles:
        start = match.start()
        if start < taken_until:
            continue
        # A name read cleanly in the first pass reads the same in the second.
        candidate = reuse.get(start) if reuse else None
        if candidate is not None and candidate.fields.get("surname"):
            _known_full_names(doc).setdefault(candidate.fields["given"], set()).add(candidate.fields["surname"])
        if candidate is None:
            candidate = _candidate_at(doc, start, match.group())
        if candidate is None:
            continue
        found.append(candidate)
        taken_until = candidate.end
    return found


def _candidate_at(doc: Document, start: int, title_text: str) -> _Candidate | None:
    """The person whose title ``title_text`` starts at ``start``, or None; a shorter title is tried
    when the longer one leaves no name (นางสาวิณี is นาง + สาวิณี)."""
    candidate = _titled(doc, start, title_text)
    if candidate is None and (shorter := _shorter_title(title_text)) is not None:
        return _titled(doc, start, shorter)
    return candidate


@functools.lru_cache(maxsize=4096)
def _shorter_title(title_text: str) -> str | None:
    """The longest title form that ``title_text`` begins with and is longer than one letter (นาง
    for นางสาว), or None; นาง itself is never cut to a shorter one."""
    if title_text in ("", "นาง"):
        return None
    return next((title_text[:length] for length in range(len(title_text) - 1, 1, -1) if title_text[:length] in title_forms()), None)


def _titled(doc: Document, start: int, title_text: str) -> _Candidate | None:
    text = doc.text
    lists = name_lists()
    limit = doc.body_end
    title_end = start + len(title_text)
    stack = _split_stack(title_text)
    if not stack:
        return None
    if stack[0].title == "ว่าที่" and len(stack) == 1:
        return None
    info = stack[0] if stack[0].title != "ว่าที่" else stack[1]
    evidence = _title_evidence(title_text)
    if not _title_start_ok(doc, start, title_text, evidence):
        return None  # asked first: it is cheap and rejects ตา, น้า, ย่า inside ตาม, หน้า, ย่าง
    before = text[max(doc.body_start, start - 8) : start]
    trap_end = _trapped(text, start)
    if trap_end > title_end:  # a title that covers the trap word (พระบาทสมเด็จพระ over พระบาท) stands
        # A trap may still hide a real name (นายพล / นายพลากร): a known given name that runs
        # past the end of the trap word wins.
        name_end = _word_end(text, title_end, limit)
        if not _listed_given_beyond(text, title_end, trap_end, name_end):
            return None  # (the cheap question first: no listed given name runs past the trap)
        cut = _name_end(doc, title_end, name_end, limit)
        if cut <= trap_end or text[title_end:cut] not in lists.given:
            return None
    if _PLACE_BEFORE.search(before):
        return None
    taken = doc.overlaps(start, title_end, ("places", "organizations", "venues", "dates", "times"))
    if taken and evidence != "strong":
        return None
    if evidence == "royal":
        return _royal(doc, start, title_end, title_text, info, limit)
    name = _read_name(doc, start, title_end, limit, evidence, nickname=stack[-1].nickname)
    if name is None:
        return None
    if taken and not all(other_start < start and title_end < other_end < name.end for other_start, other_end in taken):
        # (a name or place that swallows a glued title and stops inside the name read after it,
        # บริษัทการบินไทยนางกัลยา| ผกากรอง, cut through the person: the person stands)
        return None
    if stack[0].title == "นาย" and _CLASSIFIER_BEFORE.search(before):
        if not name.surname and (name.given not in lists.given or text[title_end] == " "):
            return None  # ตำรวจ 3 นาย, กำลังตำรวจ 2,000 นาย รักษา... (but กองบิน 6 นายจักรภพ is a name)
    if (name.clean and (evidence == "strong" or stack[-1].nickname)) or (
        stack[-1].nickname and _NICKNAME_BEFORE.search(before)
    ):
        # (a nickname too: ด.ช.X Y (น้องZ) ... น้องZ|เพิ่งมา; after หรือ or a quote also when glued:
        # นายX Y หรือเสี่ยZ|เจ้าของ ... เสี่ยZ|ว่า)
        _doc_names(doc).add(name.given)
    if name.surname:
        _known_full_names(doc).setdefault(name.given, set()).add(name.surname)
    end = name.end
    if text.startswith("ฯ", end) and not text.startswith("ฯลฯ", end):
        end += 1  # นายจตุพรฯ: the mark that shortens a name belongs to its mention (not ฯลฯ, "and so on")
    return _Candidate(
        start,
        end,
        name.rule,
        {
            "title": _clean_title(title_text),
            "title_category": info.category,
            "given": name.given,
            "surname": name.surname,
            "surname_withheld": name.withheld,
            "clean": name.clean,
        },
        name.resume,
    )


def _listed_given_beyond(text: str, start: int, after: int, end: int) -> bool:
    """Whether a listed given name begins at ``start`` and ends past ``after``, by ``end``."""
    given = name_lists().given
    longest = _given_longest().get(text[start : start + 2], 0)
    return any(text[start:cut] in given for cut in range(after + 1, min(end, start + longest) + 1))


@functools.lru_cache(maxsize=4096)
def _clean_title(title_text: str) -> str:
    cleaned = re.sub(r"\.\.++", ".", title_text)
    return " ".join(cleaned.split())


def _royal(doc: Document, start: int, title_end: int, title_text: str, info: TitleInfo, limit: int) -> _Candidate | None:
    """A royal person: the title, the glued name after it and the honorific words that follow."""
    text = doc.text
    tables = _tables()
    if _ROYAL_IN_A_NAME.search(text, max(doc.body_start, start - 20), start):
        return None  # ลานเฉลิมพระเกียรติสมเด็จพระ...: the royal name is part of the name of a place or thing
    run = _NAME_OR_MARK.match(text, title_end, limit)
    end = run.end() if run else title_end
    for cut in range(title_end, end):
        if tables.royal_stop.match(text, cut, end):
            end = cut
            break
        if reign := _REIGN.match(text, cut, limit):
            end = reign.end()  # ในหลวงร.9, ในหลวงรัชกาลที่9
            break
        if text[cut] == "ฯ" and cut + 1 < end and not tables.royal_part.match(text, cut + 1, end):
            end = cut + 1  # พระเจ้าอยู่หัวฯเพื่อ: ฯ closes the name (but สมเด็จพระนางเจ้าฯพระบรมราชินีนาถ goes on)
            break
    if run and end == run.end():
        # a glued run that goes on past its last royal word with a stop word (...พระบรมราชินีนาถ|ในวันนั้น)
        parts = list(tables.royal_part.finditer(text, title_end, end))
        if parts:
            tail = _SYLLABLE_TAIL.match(text, parts[-1].end(), end).end()
            if tail < end and tables.stop.match(text, tail, end):
                end = tail
    # สมเด็จพระเจ้าอยู่หัว รัชกาลที่ 10
    while end + 1 < limit and text[end] == " ":
        reign = _REIGN.match(text, end + 1, limit)
        if reign:
            end = reign.end()
            continue
        word = _NAME_OR_MARK.match(text, end + 1, limit)
        if not word or tables.royal_stop.match(text, end + 1, limit):
            break
        parts = list(tables.royal_part.finditer(text, word.start(), word.end()))
        if not parts:
            break
        # พระบรมราชินีนาถเยี่ยมอาการ: the name ends with its last royal word, at a syllable end.
        end = _SYLLABLE_TAIL.match(text, parts[-1].end(), word.end()).end()
    if end - start < 4:
        return None
    name = " ".join(text[title_end:end].split()) or " ".join(text[start:end].split())
    return _Candidate(
        start, end, "royal",
        {"title": " ".join(title_text.split()), "title_category": info.category, "given": name, "surname": None,
         "surname_withheld": False, "royal": True},
        end,
    )


def _untitled_known(doc: Document, taken: _Taken, known: dict[str, set[str]]) -> list[_Candidate]:
    """Untitled mentions of full names the article also writes with a title (ทักษิณ ชินวัตร)."""
    if not known:
        return []
    text = doc.text
    names = {f"{given} {surname}": (given, surname) for given, surnames in known.items() for surname in surnames}
    found = []
    for start, end in _spans_of(text, names.keys(), doc.body_start, doc.body_end):
        if end < doc.body_end and text[end] in _THAI_LETTERS:
            continue
        if taken.overlaps(start, end) or not _boundary_before(text, start):
            continue
        given, surname = names[text[start:end]]
        found.append(_Candidate(start, end, "known_name",
                                {"title": None, "title_category": None, "given": given, "surname": surname,
                                 "surname_withheld": False}, end))
    return found


# _spans_of finds each word with str.find when there are few words or the text is not long: a
# find pass is very fast, and building a trie of words costs about as much as a find pass over
# _LONG_TEXT characters per word.
_FEW_WORDS = 16
_LONG_TEXT = 150_000


def _spans_of(text: str, words: Collection[str], start: int, end: int) -> list[tuple[int, int]]:
    """Spans of every occurrence of each of ``words`` in ``text[start:end]``, overlapping ones
    included, by start and the longest first.

    A few words, or words in a text that is not very long, are found by ``str.find`` each (no
    regex to build); many words in a very long text (a long report naming hundreds of people) by
    one search of a trie of them, so that the cost grows with the text and the words, not with
    the text times the words.

    >>> _spans_of("นายสมชาย สมชาย", {"สมชาย", "ชาย"}, 0, 14)
    [(3, 8), (5, 8), (9, 14), (11, 14)]
    """
    spans = []
    if len(words) <= _FEW_WORDS or end - start <= _LONG_TEXT:
        for word in words:
            index = text.find(word, start, end)
            while index >= 0:
                spans.append((index, index + len(word)))
                index = text.find(word, index + 1, end)
    else:
        lengths = sorted({len(word) for word in words}, reverse=True)
        search = re.compile(_trie(sorted(words))).search
        pos = start
        while (hit := search(text, pos, end)) is not None:
            pos = hit.start()
            spans.extend((pos, pos + length) for length in lengths if pos + length <= end and text[pos : pos + length] in words)
            pos += 1
    return sorted(spans, key=lambda span: (span[0], -span[1]))


def _word_starts_after(text: str, start: int, end: int, limit: int) -> bool:
    """Whether a dictionary word begins at ``end`` and no dictionary word that begins at ``start``
    runs past ``end`` (สมัคร|เป็น, but not สมัครใจ)."""
    if _dict_word_at(text, end, limit) is None:
        return False
    return not any(len(word) > end - start for word in _dict_words_at(text, start, limit))


def _untitled_given(doc: Document, taken: _Taken, givens: set[str], nicknames: frozenset[str] | set[str] = frozenset()) -> list[_Candidate]:
    """Untitled given names of people the article names with a title (นายสมัคร ... "สมัคร").

    The word must stand apart: after a non-letter, a stop word or a dictionary word that does not
    swallow it (แม่|แอมป์, not ใบ|สมัคร), and before a non-letter, a stop word, a role or a
    dictionary word when no dictionary word runs on from the name (สมัคร|เป็น, not สมัครใจ); and it
    must not be a word of running text (วัน, ชวน are names too; pythainlp's dictionary also lists
    names such as ทักษิณ, which running text hardly uses as words).
    """
    if not givens and not nicknames:
        return []
    text = doc.text
    common = _common_words()
    frequency = _text_frequency()
    names = [g for g in givens if len(g) >= 3 and (g not in common or frequency.get(g, 0) < _COMMON_IN_TEXT)
             and g not in _stop_words()]
    # a nickname the article introduced may be any word of two letters or more (กบ, นุ่น)
    names += [g for g in nicknames if len(g) >= 2 and g not in names]
    if not names:
        return []
    tables = _tables()
    found = []
    # Longest name first at each place, as one alternation would.
    for start, end in _spans_of(text, set(names), doc.body_start, doc.body_end):
        if found and start < found[-1].end:
            continue
        if taken.overlaps(start, end):
            continue
        if not (_boundary_before(text, start) or _word_boundary_at(text, start, end, doc.body_start)):
            continue
        if end < doc.body_end and text[end] in _THAI_LETTERS and not (
            tables.stop.match(text, end, doc.body_end)
            or tables.role.match(text, end, doc.body_end)
            or _word_starts_after(text, start, end, doc.body_end)
        ):
            continue
        if doc.overlaps(start, end, ("places", "organizations", "venues", "dates", "times")):
            continue
        found.append(_Candidate(start, end, "known_given",
                                {"title": None, "title_category": None, "given": text[start:end], "surname": None,
                                 "surname_withheld": False}, end))
    return found


def _rare_pair(text: str, given: str, family_start: int, end: int) -> bool:
    """Whether a listed given name that running text hardly uses and the word after it read as a
    name with no word after them to close it (ยุคล ลิ้มสกุลทอง ปลอดภัย...): the surname is no
    dictionary word and begins with no everyday word."""
    if _text_frequency().get(given, 0) >= _COMMON_IN_TEXT or end - family_start < 4:
        return False
    return text[family_start:end] not in _common_words() and not _begins_with_common_word(
        text, family_start, end, seen=_EVERYDAY_IN_TEXT
    )


def _listed_family_end(doc: Document, start: int, run_end: int, limit: int) -> int | None:
    """Where a listed family name glued to running text ends (ชินวัตร|มีเพียง, ใจกว้าง|หรือ): the cut
    of :func:`_name_end`, when what it leaves is a listed family name and a stop word, a verb of
    speech, a role or a title follows."""
    cut = _name_end(doc, start, run_end, limit, surname=True)
    if cut >= run_end or doc.text[start:cut] not in name_lists().family:
        return None
    if _strong_cut(doc.text, cut, limit) or _verb_phrase_at(doc.text, cut, limit):
        return cut  # (a stop word, or a word of running text that names do not hold: จันทร์โอชา|เกิด)
    return None


def _untitled_pairs(doc: Document, taken: _Taken) -> list[_Candidate]:
    """Untitled names: a listed given name, a space, a surname (ประยุทธ์ จันทร์โอชา, สมศักดิ์ ปานทอง).

    The given name must be listed and no word of running text (:func:`_pair_givens`).  The surname
    is a listed family name (also when a stop word or a verb is glued after it: ``ใจกว้างหรือ``), or
    a word that is no dictionary word, reads as a surname (:func:`_read_surname`) and closes the
    name (a role, punctuation or a stop word after it), or, after a given name that running text
    hardly uses, begins with no everyday word (:func:`_rare_pair`); so ordinary phrases are not
    taken for names.
    """
    text = doc.text
    lists = name_lists()
    common = _common_words()
    tables = _tables()
    limit = doc.body_end
    found = []
    # Only a listed given name that is no common word can begin a pair; most articles hold none
    # as a word, which one quick pass over the words tells (no match objects are built).
    givens = _pair_givens()
    if givens.isdisjoint(_NAME_WORD.findall(text, doc.body_start, limit)):
        return found
    for match in _GIVEN_BEFORE_SPACE.finditer(text, doc.body_start, limit):
        given = match.group(1)
        if given not in givens:
            continue
        start = match.start()
        family_start = match.end()
        end = _word_end(text, family_start, limit)
        if text[family_start:end] not in lists.family:
            # a listed family name glued to a stop word or a verb (ใจกว้าง|หรือ, โพธิ์เงิน|และ)
            cut = _listed_family_end(doc, family_start, end, limit)
            if cut is not None:
                end = cut
        if end < limit and text[end] in _NOT_AFTER_NAME:
            continue
        family = text[family_start:end]
        if tables.role.match(text, family_start, limit) or _text_frequency().get(family, 0) >= _EVERYDAY_IN_TEXT:
            continue  # ทองดี ประธาน: a role or an everyday word after a name
        if family not in lists.family:
            if len(family) < 3 or (family in common and (
                _text_frequency().get(family, 0) > 0 or _begins_with_common_word(text, family_start, end, seen=_EVERYDAY_IN_TEXT)
            )):
                continue  # (but a dictionary word running text never uses and that begins with no
                # everyday word is a public figure's surname: pythainlp lists พรหมพันธุ์; not หน้าถอดสี)
            if tables.stop.match(text, family_start, end):
                continue  # ธีราทร ลงเต็มเกม: without a title, a word that begins with a stop word is no surname
            surname = _read_surname(doc, given, family_start, limit)
            if surname is None or surname[0] != end:
                continue
            after = end + 1 if end < limit and text[end] == " " else end
            if not (_slot_closes(text, end, limit) or tables.stop.match(text, after, limit)
                    or _rare_pair(text, given, family_start, end)):
                continue
        if taken.overlaps(start, end) or not _boundary_before(text, start):
            continue
        if found and start < found[-1].end:
            continue
        if doc.overlaps(start, end, ("places", "organizations", "venues", "dates", "times")):
            continue
        found.append(_Candidate(start, end, "given_family_pair",
                                {"title": None, "title_category": None, "given": given, "surname": family,
                                 "surname_withheld": False}, end))
    return found


@functools.cache
def _quote_heads() -> tuple[re.Pattern, re.Pattern]:
    """Words of ``lexicon/quote_heads.txt``: one (and an optional space) ending where a quote opens,
    and one beginning at a place."""
    heads = _trie(load_words("quote_heads"))
    return re.compile(rf"(?:{heads})\ ?\Z"), re.compile(heads)


_QUOTE_HEAD_WINDOW = 16  # letters before a quote searched for a head word


def _thing_before_quote(text: str, quote: int, floor: int) -> bool:
    """Whether a word that names a kind of thing stands right before the quote at ``quote``: the
    longest dictionary word ending there is a head word or begins with one (พายุ "X", พายุโซนร้อน
    "X"; not พนักงาน "X", a word of its own that only ends with งาน).

    >>> storm, clerk = 'พายุโซนร้อน "X"', 'พนักงาน "X"'
    >>> _thing_before_quote(storm, storm.index('"'), 0), _thing_before_quote(clerk, clerk.index('"'), 0)
    (True, False)
    """
    ending, beginning = _quote_heads()
    head = ending.search(text, max(floor, quote - _QUOTE_HEAD_WINDOW), quote)
    if head is None:
        # a compound that begins with a head word and ends at the quote (สารพิษ "X", สารสกัด "X")
        end = quote - 1 if quote > floor and text[quote - 1] == " " else quote
        begin = _longest_word_ending(text, end, floor, end - 2)
        return begin is not None and beginning.match(text, begin, end) is not None and (
            _boundary_before(text, begin) or _dict_word_ends_at(text, begin, max(floor, begin - _LONGEST_COMMON_WORD))
        )
    head_end = head.end() - 1 if text[head.end() - 1] == " " else head.end()
    # the longest dictionary word that ends with the head (พนักงาน, พายุโซนร้อน), if any
    begin = _longest_word_ending(text, head_end, floor, head.start())
    return begin is None or beginning.match(text, begin, head_end) is not None


def _longest_word_ending(text: str, end: int, floor: int, latest: int) -> int | None:
    """Where the longest dictionary word ending at ``end`` begins, at ``floor`` or after and before
    ``latest`` (None when there is none)."""
    words = _common_words()
    for begin in range(max(floor, end - _LONGEST_COMMON_WORD), latest):
        if text[begin:end] in words:
            return begin
    return None


def _thing_word(word: str) -> bool:
    """Whether ``word`` (no listed name) begins with a head word of a thing and a dictionary word
    follows it (ธง|แดง, มหกรรม|ไก่, สาร|เคลือบ; not the given name ธงชัย).

    >>> _thing_word("ธงแดง"), _thing_word("ธงชัย")
    (True, False)
    """
    lists = name_lists()
    if word in lists.given or word in lists.family:
        return False
    head = _quote_heads()[1].match(word)
    return bool(head) and head.end() < len(word) and _dict_word_at(word, head.end(), len(word)) is not None


@functools.cache
def _letter_names() -> frozenset[str]:
    return frozenset(load_words("letter_names"))


def _spelled_acronym(word: str) -> bool:
    """Whether ``word`` is two or more Latin letters spelled in Thai (เอไอเอส, บีทีเอส, ทีโอที).

    >>> _spelled_acronym("เอไอเอส"), _spelled_acronym("บีม")
    (True, False)
    """
    letters = _letter_names()
    longest = max(map(len, letters))
    # reachable[i]: the fewest letter names that spell word[:i] (0 for the empty start)
    reachable: dict[int, int] = {0: 0}
    for end in range(1, len(word) + 1):
        counts = [reachable[begin] + 1 for begin in range(max(0, end - longest), end)
                  if begin in reachable and word[begin:end] in letters]
        if counts:
            reachable[end] = max(counts)
    return reachable.get(len(word), 0) >= 2


_NICKNAME_LETTERS = 6  # a nickname is a word or two of one syllable each: กบ, นุ่น, อั้ม, พลอย


def _untitled_quoted(doc: Document, taken: _Taken) -> list[_Candidate]:
    """Names in quotes, the way headlines write them: ``"สมชาย" ยืนยัน...``, ``"ต้อม"วิชัย ใจดี``,
    ``‘ชวน หลีกภัย’``.

    The quoted words must be names (listed, or no common word of running text: :func:`_name_like`),
    a listed given name that is no everyday word (:func:`_quoted_given`) or a name and a listed
    family name (:func:`_quoted_full_name`); no head word of a thing may
    stand before the quote (พายุ, แบรนด์: ``lexicon/quote_heads.txt``) and no acronym be spelled in
    it.  What follows the closing quote must be running text (a stop word or a dictionary word),
    punctuation, the end, or a given name and surname (the quoted nickname of the person named next).
    """
    text = doc.text
    limit = doc.body_end
    found: list[_Candidate] = []
    # A headline whose opening quote stayed on the line before: the text opens with the name and
    # its closing quote (``X Y' ชี้...``); two or three words (a single word there may be any word).
    unopened = _UNOPENED_QUOTE.match(text, doc.body_start, limit)
    if unopened is None and all(text.find(quote, doc.body_start, limit) < 0 for quote in OPENING_QUOTES):
        return found  # (most articles quote nothing: a few quick finds before any regex)
    matches = list(_QUOTED.finditer(text, doc.body_start, limit))
    if unopened is not None:
        matches.insert(0, unopened)
    lists = name_lists()
    tables = _tables()
    for match in matches:
        start, end = match.span("name")
        words = match.group("name").split(" ")
        close = match.end()
        after = close + 1 if close < limit and text[close] == " " else close
        full = _PAIR_AT.match(text, after, limit)
        # a quoted nickname right before the full name it stands for ("กบ" สุดารัตน์ คงมั่น ...): a
        # listed given name, then a surname that closes the name; the nickname may be any short
        # word, but not a phrase (a headline quotes what the person said: "ไม่ลาออก" สมชาย ใจดี)
        named = False
        if full and full.group("given") in lists.given:
            after_full = full.end() + 1 if text.startswith(" ", full.end()) else full.end()
            named = _slot_closes(text, full.end(), limit) or bool(tables.stop.match(text, after_full, limit))
        introduces = (
            named and len(words) == 1 and len(words[0]) <= _NICKNAME_LETTERS and _common_words_in(words[0]) < 2
            and words[0] not in _stop_words() and not tables.role.match(words[0])
        )
        if not (introduces or all(_name_like(word) for word in words) or _quoted_full_name(words)
                or _quoted_given(words) or _quoted_given_and_surname(words)):
            continue
        if len(words) == 1 and _spelled_acronym(words[0]):
            continue  # "เอไอเอส": letters spelled out, a company or a product
        if _thing_before_quote(text, match.start(), doc.body_start):
            continue  # พายุ "X", แบรนด์ "X", โครงการ "X": the quoted word names a thing
        if len(words) == 1 and _thing_word(words[0]):
            continue  # "ธงแดง", "มหกรรมไก่": the head word is inside the quote
        if not (
            after >= limit
            or text[after] in _NAME_CLOSERS
            or _verb_phrase_at(text, after, limit)
            or (full and full.group("given") in lists.given)
            or _dict_word_at(text, after, limit) is not None
        ):
            continue
        if taken.overlaps(start, end):
            continue
        if doc.overlaps(start, end, ("places", "organizations", "venues", "dates", "times")):
            continue
        given, surname = words[0], " ".join(words[1:]) or None
        found.append(_Candidate(start, end, "quoted_name",
                                {"title": None, "title_category": None, "given": given, "surname": surname,
                                 "surname_withheld": False, "nickname": introduces}, close))
        if named and not taken.overlaps(full.start(), full.end()):
            found.append(_Candidate(full.start(), full.end(), "named_after_nickname",
                                    {"title": None, "title_category": None, "given": full.group("given"),
                                     "surname": full.group("family"), "surname_withheld": False}, full.end()))
    return found


def _quoted_given(words: list[str]) -> bool:
    """Whether one quoted word is a listed given name that is no everyday word (``"สมัคร"``: a
    verb too, but quoted as headlines quote names; not ``"วัน"``)."""
    return len(words) == 1 and words[0] in name_lists().given and _text_frequency().get(words[0], 0) < _EVERYDAY_IN_TEXT


def _quoted_given_and_surname(words: list[str]) -> bool:
    """Whether two quoted words are a listed given name and a word that reads as a surname though
    the lists lack it (``'สมชาย อยู่วิทยา'``, ``“ชวน ศรีเพชร”``): no dictionary word, rare in running
    text, not spelled by everyday words alone, three letters or more, no stop word or role; the given name may be an everyday word
    (ชวน, สนิท), for quotes around two such words are how headlines write a person."""
    if len(words) != 2 or words[0] not in name_lists().given:
        return False
    surname = words[1]
    if len(surname) < 3 or surname in _common_words() or _text_frequency().get(surname, 0) >= _COMMON_IN_TEXT:
        return False
    if _common_words_in(surname):
        return False  # "ชวน ชอบกินข้าว": everyday words, a phrase
    return surname not in _stop_words() and not _tables().role.match(surname) and not _tables().role.match(words[0])


def _quoted_full_name(words: list[str]) -> bool:
    """Whether quoted words are a given name (or nickname) and a family name: the last word is a
    listed family name that running text hardly uses, the words before it no stop words
    (``"ชวน หลีกภัย"``, ``"วัน อยู่บำรุง"``)."""
    if len(words) < 2:
        return False
    family = words[-1]
    if family not in name_lists().family or _text_frequency().get(family, 0) >= _COMMON_IN_TEXT:
        return False
    return not any(word in _stop_words() or _tables().role.match(word) for word in words[:-1])


def _name_like(word: str) -> bool:
    """Whether a word standing alone may be a name: a listed name that is no common word, a short
    word that no dictionary words spell whole (แม้ว begins with แม้ but its ว is no word), or a word
    that is no common word of running text and does not begin with one (เนวิน; not หวัดนก,
    ไข่คว่ำ, ดารา)."""
    lists = name_lists()
    if word in _stop_words() or _tables().role.match(word) or not 2 <= len(word) <= 12:
        return False
    frequency = _text_frequency()
    if word in lists.given or word in lists.family:
        return word not in _common_words() or frequency.get(word, 0) < _COMMON_IN_TEXT
    if len(word) <= _SHORT_RUN and word not in _common_words() and not _made_of_words(word):
        return True
    return not _begins_with_common_word(word, 0, len(word))


def _made_of_words(word: str) -> bool:
    """Whether dictionary words of two letters or more spell ``word`` whole (หวัดนก, ไข่คว่ำ; not
    แม้ว, เนวิน)."""
    ends = {0}
    for pos in range(len(word)):
        if pos in ends:
            ends.update(pos + len(piece) for piece in _dict_words_at(word, pos, len(word)))
    return len(word) in ends


def _begins_with_common_word(text: str, start: int, end: int, *, seen: int = _COMMON_IN_TEXT) -> bool:
    """Whether ``text[start:end]`` is, or begins with, a word seen ``seen`` times or more in running
    text when it has three letters or more (or is all of the text), or an everyday word of two
    (ลูกหิน, มีวินัย, หวัดนก, ดีขึ้น; not แอมป์, which only begins with the rarer แอ).  With
    ``seen=_EVERYDAY_IN_TEXT``: whether it begins with an everyday word (การ, ไป, ความ)."""
    frequency = _text_frequency()
    return any(
        frequency.get(word, 0) >= (seen if len(word) >= 3 or start + len(word) == end else _EVERYDAY_IN_TEXT)
        for word in _dict_words_at(text, start, end)
    )


def _untitled_aliases(doc: Document, candidates: list[_Candidate]) -> list[_Candidate]:
    """Aliases written after a person: ``นายวิชัย ใจดี หรือเสี่ยต้อม``, ``... หรือ โกเล็ก อายุ 45 ปี``.

    The alias runs to the next stop word, role or punctuation; two words at most, the second only
    when the name closes after it.
    """
    text = doc.text
    limit = doc.body_end
    tables = _tables()
    found = []
    for candidate in candidates:
        match = _ALIAS.match(text, candidate.end, limit)
        if not match:
            continue
        start = match.end()
        if _title_at(text, start, limit) or tables.role.match(text, start, limit):
            continue  # a titled alias is found as a titled name
        run_end = _word_end(text, start, limit)
        end = _name_end(doc, start, run_end, limit)
        alias = text[start:end]
        if end - start < 2 or alias in _stop_words() or _starts_with_stop(doc, start, end):
            continue
        if end < run_end and len(_dict_word_at(text, start, run_end) or "") > end - start:
            continue  # หรือแม้แต่...: a word of running text runs on past the cut, no alias
        surname = None
        if end == run_end and end + 1 < limit and text[end] == " ":
            second_end = _word_end(text, end + 1, limit)
            second = text[end + 1 : second_end]
            after = second_end + 1 if second_end < limit and text[second_end] == " " else second_end
            if (
                second
                and not _starts_with_stop(doc, end + 1, second_end)
                and (_slot_closes(text, second_end, limit) or tables.stop.match(text, after, limit))
            ):
                surname, end = second, second_end  # หรือเสก โลโซ ยิงปืน
        found.append(_Candidate(start, end, "alias",
                                {"title": None, "title_category": None, "given": alias, "surname": surname,
                                 "surname_withheld": False}, end))
    return found


def _latin_in_brackets(doc: Document, taken: _Taken) -> list[_Candidate]:
    """A person's name in Latin letters, bracketed right after the person (``นายมาร์ติน ฮอฟฟ์
    (Martin Hoff)``): two to four capitalised words and nothing else inside the brackets (not
    ``(AP)``, ``(ภาพ)``, ``(CEO of X)``); after a monk's title of rank, his own name and monastic
    name, two Thai words (``พระเทพX (สมชาย ธมฺมโชโต)``)."""
    text = doc.text
    limit = doc.body_end
    found = []
    for candidate in list(taken.candidates):
        match = _LATIN_AFTER.match(text, candidate.end, limit)
        if not match and candidate.fields.get("title_category") == "monastic":
            match = _MONK_NAME_AFTER.match(text, candidate.end, limit)  # พระเทพX (ชื่อ ฉายา)
        if not match or taken.overlaps(match.start("name"), match.end("name")):
            continue
        words = match.group("name").split(" ")
        found.append(_Candidate(match.start("name"), match.end("name"), "latin_in_brackets",
                                {"title": None, "title_category": None, "given": words[0],
                                 "surname": " ".join(words[1:]), "surname_withheld": False}, match.end()))
    return found


def _untitled_after_role(doc: Document, taken: _Taken) -> list[_Candidate]:
    """Untitled names right after a position: ``ประธานาธิบดีบารัก โอบามา``, ``อธิบดีสมชาย ใจดี``,
    ``รมว.สมศักดิ์``.

    The name is a listed given name that is no everyday word (and its surname, when one follows),
    or two words that are no common words and close the name (a foreign name).
    """
    text = doc.text
    limit = doc.body_end
    tables = _tables()
    lists = name_lists()
    found: list[_Candidate] = []
    position_end = doc.body_start
    for match in _body_matches(doc).positions:
        if match.start() < position_end:
            continue  # inside the position before (positions do not overlap)
        position_end = match.end()
        start = match.end() + 1 if match.end() < limit and text[match.end()] == " " else match.end()
        if start >= limit or not _NAME_START.match(text, start) or _title_at(text, start, limit):
            continue
        run_end = _word_end(text, start, limit)
        # cheap questions first: a listed given name begins the run, or a short word stands alone
        longest = _given_longest().get(text[start : start + 2], 0)
        listed_start = any(text[start:cut] in lists.given for cut in range(start + 3, min(run_end, start + 15, start + longest) + 1))
        if not listed_start and not (run_end - start <= 12 and run_end + 1 < limit and text[run_end] == " "):
            continue
        # ... and before reading where the name ends: it can only be a listed given name that is
        # no common word, or the whole run a foreign name (the two cases below)
        common = _common_words()
        run = text[start:run_end]
        if not (
            any(text[start:cut] in lists.given and text[start:cut] not in common
                for cut in range(start + 3, min(run_end, start + longest) + 1))
            or (run not in common and _name_like(run))
        ):
            continue
        given_end = _name_end(doc, start, run_end, limit)
        given = text[start:given_end]
        surname = None
        end = given_end
        if given in lists.given and given not in _common_words() and len(given) >= 3:
            if given_end == run_end and given_end + 1 < limit and text[given_end] == " ":
                read = _read_surname(doc, given, given_end + 1, limit)
                if read is not None and (read[1] in lists.family or _slot_closes(text, read[0], limit)):
                    end, surname = read[0], read[1]
        elif given_end == run_end and _name_like(given) and given not in _common_words():
            foreign_end, rest = _foreign_name_rest(text, given_end, "", limit)
            if not rest:
                continue
            end, surname = foreign_end, rest.strip()
        else:
            continue
        if taken.overlaps(start, end) or (found and start < found[-1].end):
            continue
        if doc.overlaps(start, end, ("places", "organizations", "venues", "dates", "times")):
            continue
        found.append(_Candidate(start, end, "name_after_role",
                                {"title": None, "title_category": None, "given": given, "surname": surname,
                                 "surname_withheld": False}, end))
    return found


# (the second word in a lookahead: each word may begin a pair, also the second of the one before)
_FOREIGN_WORD = 16  # letters (vowel signs and tone marks too): อเล็กซานเดอร์, เคลฟเวอร์ลี่ย์
_FOREIGN_PAIR = re.compile(
    rf"(?<![{_THAI_LETTER}])([{_THAI_LETTER}]{{3,{_FOREIGN_WORD}}}) (?=([{_THAI_LETTER}]{{3,{_FOREIGN_WORD}}})(?![{_THAI_LETTER}]))"
)


@functools.lru_cache(maxsize=8192)
def _transliterated(word: str) -> bool:
    """Whether ``word`` reads as a foreign name written in Thai: no dictionary word, none spelled
    whole by dictionary words, no stop word or role (แอนโฟเน่, เมอร์ดอค; not หวัดนก)."""
    return (
        word not in _common_words()
        and word not in _stop_words()
        and not _tables().role.match(word)
        and not _spelled_as_thai(word)
    )


@functools.lru_cache(maxsize=8192)
def _spelled_as_thai(word: str, *, whole: bool = True) -> bool:
    """Whether dictionary words spell ``word`` whole the way Thai compounds are spelled: the
    spelling that needs the fewest mere syllables (words of two letters that are no everyday word:
    คา, วะ, ซา, ฮา) holds as many real words as such syllables or more (หวัดนก, ไข่คว่ำ, ลูกหิน;
    not คากาวะ, ซาฮา, whose dictionary pieces only sound out a foreign name)."""
    frequency = _text_frequency()
    # best[pos]: (syllables, words) of the spelling of word[:pos] with the fewest syllables
    best: dict[int, tuple[int, int]] = {0: (0, 0)}
    for pos in range(len(word)):
        if pos not in best:
            continue
        syllables, words = best[pos]
        for piece in _dict_words_at(word, pos, len(word)):
            if not whole and len(piece) == len(word):
                continue  # (asked about the pieces of a dictionary word, not the word itself)
            weak = len(piece) <= 2 and frequency.get(piece, 0) < _EVERYDAY_IN_TEXT
            step = (syllables + weak, words + (not weak))
            end = pos + len(piece)
            if end not in best or step[0] < best[end][0]:
                best[end] = step
    if len(word) not in best:
        return False
    syllables, words = best[len(word)]
    return words >= syllables


_SHORT_FOREIGN_GIVEN = 6  # letters


@functools.lru_cache(maxsize=8192)
def _foreign_given(first: str, second: str) -> bool:
    """Whether ``first``, though dictionary words spell it (ไร|อัน, แดน|นี่), is a short foreign
    given name before the transliterated ``second``: no word of running text, at most
    ``_SHORT_FOREIGN_GIVEN`` letters, no acronym spelled out (ซีพี), and neither word begins with a
    stop word or a role (กับทีม)."""
    if len(first) > _SHORT_FOREIGN_GIVEN or _text_frequency().get(first, 0) or _spelled_acronym(first):
        return False
    tables = _tables()
    return not any(tables.stop.match(word) or tables.role.match(word) for word in (first, second))


def _untitled_foreign(doc: Document, taken: _Taken) -> list[_Candidate]:
    """Untitled foreign names of two words written in Thai (รูเพิร์ท เมอร์ดอค, มาเรียนน์ ทองเบิร์ก):
    both words read as transliterated (:func:`_transliterated`; a short given name may be spelled
    by dictionary words, :func:`_foreign_given`), no such word stands right before or
    after them (a longer foreign phrase: ฟิต แอนด์ พรอเพอร์ เพอร์ซัน), and the name closes: the
    text or the line ends, punctuation follows, or a role, a title or a stop word."""
    text = doc.text
    limit = doc.body_end
    tables = _tables()
    common = _common_words()
    found: list[_Candidate] = []
    named_space = -1  # the space inside the last name found (one name per space)
    for start, space, end, glued in _foreign_pair_spans(text, doc.body_start, limit):
        if space == named_space:
            continue
        first, second = text[start:space], text[space + 1 : end]
        if second in common or not _transliterated(second):
            continue
        if first in common and not _loanword(first):
            continue
        if end < limit and text[end] == ".":
            continue  # สอศ.: an abbreviation
        if glued:
            # glued to running text, both words must read as foreign and begin with no word of it
            if not (_transliterated(first) or _foreign_given(first, second) or _loanword(first)) or any(
                _begins_with_common_word(word, 0, len(word)) for word in (first, second)
            ):
                continue
            if not (_token_boundary(doc, start, limit) and _token_boundary(doc, end, limit)):
                continue  # the cut splits a word (สมา|ชิก, สำห|รับ)
        elif not (_transliterated(first) or _foreign_given(first, second) or _loanword(first)):
            continue
        if start >= 2 and text[start - 1] == " ":
            before = _NAME_WORD_BEFORE.search(text, max(doc.body_start, start - 14), start - 1)
            if before and before.end() == start - 1 and (_transliterated(before.group()) or _loanword(before.group())):
                continue
        after = end + 1 if end < limit and text[end] == " " else end
        if end < limit and text[end] == " ":
            next_end = _word_end(text, after, limit)
            if next_end > after and _transliterated(text[after:next_end]):
                continue
        if not (
            _slot_closes(text, end, limit)
            or end >= limit
            or text[end] == "\n"
            or tables.stop.match(text, after, limit)
        ):
            continue
        if end < limit and text[end] in _CLOSING_QUOTES and not (start > doc.body_start and text[start - 1] in OPENING_QUOTES):
            continue  # the end of a longer quoted phrase ("ฟิต แอนด์ พรอเพอร์ เพอร์ซัน")
        if taken.overlaps(start, end) or doc.overlaps(start, end, ("places", "organizations", "venues", "dates", "times")):
            continue
        named_space = space
        found.append(_Candidate(start, end, "foreign_pair",
                                {"title": None, "title_category": None, "given": first, "surname": second,
                                 "surname_withheld": False}, end))
    return found


@functools.lru_cache(maxsize=8192)
def _loanword(word: str) -> bool:
    """Whether a dictionary word is a foreign given name the dictionary happens to hold (แอนดี้,
    อเล็กซานเดอร์): never seen in running text, no stop word or role, and no dictionary words
    spell it the way Thai compounds are spelled."""
    return (
        _text_frequency().get(word, 0) == 0
        and word not in _stop_words()
        and not _tables().role.match(word)
        and not _spelled_as_thai(word, whole=False)
    )


def _token_boundary(doc: Document, pos: int, limit: int) -> bool:
    """Whether the tokenizer puts a word boundary at ``pos`` in the run of letters around it."""
    text = doc.text
    if pos <= doc.body_start or pos >= limit or text[pos - 1] not in _THAI_LETTERS or text[pos] not in _THAI_LETTERS:
        return True
    run_start = pos
    while run_start > doc.body_start and text[run_start - 1] in _THAI_LETTERS:
        run_start -= 1
    return any(token.end == pos for token in doc.tokenize_window(run_start, _word_end(text, pos, limit)))


@functools.cache
def _space_before_uncommon() -> re.Pattern:
    """A space and then a run of three letters or more that does not begin with a word of running
    text (the words :func:`_begins_with_common_word` looks for: seen ``_COMMON_IN_TEXT`` times or
    more with three letters or more, ``_EVERYDAY_IN_TEXT`` times with two, not ending before a vowel
    sign or a tone mark), as one compiled trie: where a glued foreign name may have its second word."""
    frequency, words = _text_frequency(), _common_words()
    opening = [
        word for word in words
        if 2 <= len(word) <= _LONGEST_COMMON_WORD
        and frequency.get(word, 0) >= (_COMMON_IN_TEXT if len(word) >= 3 else _EVERYDAY_IN_TEXT)
    ]
    not_start = "".join(sorted(_NOT_WORD_START))
    return re.compile(rf"\ (?=[{_THAI_LETTER}]{{3}})(?!(?:{_trie(opening)})(?![{not_start}]))")


def _foreign_pair_spans(text: str, floor: int, limit: int):
    """(start, space, end, glued) of two words around one space where an untitled foreign name may
    stand: two whole words (:data:`_FOREIGN_PAIR`), and also words glued to running text, the first
    after a stop word (``ของ|อีลอน มัสก์``, ``กับ|อีลอน มัสก์``; every such place, nearest the run's
    start first) and the second before the first stop word or verb of speech (``อีลอน มัสก์|เผย``,
    ``โทนี่ สตาร์ค|เป็น``).  A glued word is cut only where a syllable ends, and the stop word has
    two letters or more."""
    for match in _FOREIGN_PAIR.finditer(text, floor, limit):
        yield match.start(), match.end() - 1, match.end() + len(match.group(2)), False
    stops = _stop_words()
    stop_at = _tables().stop.match
    # (a glued name's second word begins with no word of running text: most spaces drop out here)
    for opening in _space_before_uncommon().finditer(text, floor, limit):
        space = opening.start()
        run_end = _word_end(text, space + 1, limit)
        before = _NAME_WORD_BEFORE.search(text, max(floor, space - 40), space)
        run_start = before.start() if before else space
        if space - run_start < 3:
            continue
        ends = [run_end] if run_end - space - 1 <= _FOREIGN_WORD else []
        ends += [
            cut for cut in range(space + 4, min(run_end - 1, space + 14))
            if _ends_syllable(text, cut)
            and ((stop := stop_at(text, cut, limit)) and stop.end() - cut >= 2 or _speech_at(text, cut, limit))
        ][:1]
        ends = [end for end in ends if _transliterated(text[space + 1 : end])]
        if not ends:
            continue  # (asked first: the second word decides most places)
        starts = [run_start] if space - run_start <= _FOREIGN_WORD else []
        starts += [
            cut for cut in range(max(run_start + 2, space - 12), space - 2)
            if _ends_syllable(text, cut) and any(
                text[begin:cut] in stops and len(_dict_word_at(text, begin, space) or "") <= cut - begin
                for begin in range(max(run_start, cut - 12), cut - 1)
            )
        ]
        for start in starts:
            for end in ends:
                if (start, end) != (run_start, run_end):
                    yield start, space, end, True


_CLOSING_QUOTES = frozenset("\"”’'")
_NAME_WORD_BEFORE = re.compile(rf"[{_THAI_LETTER}]++\Z")


def _untitled_line_openers(doc: Document, taken: _Taken) -> list[_Candidate]:
    """A headline that opens with a name glued to its verb (สุเทพย้ำ..., ทักษิณเตือน...): a listed
    given name that running text hardly uses begins the line, a stop word or a verb of speech is
    glued after it, and no longer dictionary word begins there (ปริมา|ณน้ำ is ปริมาณ)."""
    text = doc.text
    limit = doc.body_end
    tables = _tables()
    givens = _pair_givens()
    frequency = _text_frequency()
    found: list[_Candidate] = []
    line_start = doc.body_start
    while line_start < limit:
        next_line = text.find("\n", line_start, limit)
        next_line = limit if next_line < 0 else next_line
        start, line_start = line_start, next_line + 1
        run_end = _word_end(text, start, limit)
        if run_end - start < 4:
            continue
        longest = _given_longest().get(text[start : start + 2], 0)
        for end in range(min(run_end - 1, start + longest), start + 2, -1):
            given = text[start:end]
            if given not in givens or frequency.get(given, 0) >= _COMMON_IN_TEXT:
                continue
            if not (tables.stop.match(text, end, limit) or _speech_at(text, end, limit)):
                break
            if any(len(word) > end - start for word in _dict_words_at(text, start, run_end)) or tables.role.match(given):
                break
            if not taken.overlaps(start, end) and not doc.overlaps(start, end, ("places", "organizations", "venues")):
                found.append(_Candidate(start, end, "line_opener",
                                        {"title": None, "title_category": None, "given": given, "surname": None,
                                         "surname_withheld": False}, end))
            break
    return found


@functools.cache
def _pair_givens() -> frozenset[str]:
    """The listed given names that may begin an untitled pair: three letters or more, no dictionary
    word or one that running text hardly uses (ประยุทธ์, สุเทพ; not วัน, ชวน)."""
    common = _common_words()
    frequency = _text_frequency()
    return frozenset(
        given for given in name_lists().given
        if len(given) >= 3 and (given not in common or frequency.get(given, 0) < _RARE_GIVEN_IN_TEXT)
    )


_LATIN_AFTER = re.compile(r"\ ?\((?P<name>[A-Z][A-Za-z'\-]*+(?:\ [A-Z][A-Za-z'\-]*+){1,3})\)")
_ALIAS = re.compile(r"\ ?หรือ\ ?(?=[ก-ฮเ-ไ])")
_QUOTED = re.compile(rf"[\"“'‘](?P<name>[{_THAI_LETTER}]{{2,20}}(?:\ [{_THAI_LETTER}]{{2,20}}){{0,2}})[\"”'’]")
_UNOPENED_QUOTE = re.compile(rf"(?P<name>[{_THAI_LETTER}]{{2,20}}(?:\ [{_THAI_LETTER}]{{2,20}}){{1,2}})[”'’]")
_PAIR_AT = re.compile(rf"(?P<given>[{_THAI_LETTER}]++)\ (?P<family>[{_THAI_LETTER}]++)(?![{_THAI_LETTER}])")
# A word of three letters or more, a space, and a word after it: where an untitled pair may start.
_GIVEN_BEFORE_SPACE = re.compile(rf"(?<![{_THAI_LETTER}])([{_THAI_LETTER}]{{3,}}+)\ (?=[{_THAI_LETTER}])")
_NOT_AFTER_NAME = frozenset("ฯๆ")


def _resolve_roles(doc: Document, candidates: list[_Candidate]) -> list[dict[str, Any]]:
    text = doc.text
    limit = doc.body_end
    results = []
    previous_end = -1
    for index, candidate in enumerate(candidates):
        spans = _roles_after(text, candidate.resume, limit)
        next_start = candidates[index + 1].start if index + 1 < len(candidates) else limit
        spans = [(s, e) for s, e in spans if s < next_start]
        if (
            spans
            and index + 1 < len(candidates)
            and text.endswith("ของ", 0, spans[-1][1])
            and next_start in (spans[-1][1], spans[-1][1] + 1)
        ):
            # a kin or a belonging written with the person it belongs to (บุตรสาวของนางX): the role
            # takes that person's name
            spans[-1] = (spans[-1][0], candidates[index + 1].end)
        roles = [" ".join(text[s:e].split()) for s, e in spans]
        rule_role = "after" if roles else None
        if not roles:
            before = _role_before(doc, candidate.start, max(doc.body_start, previous_end))
            if before:
                roles = [" ".join(text[before[0]:before[1]].split())]
                rule_role = "before"
        results.append({"roles": roles, "role_rule": rule_role})
        previous_end = spans[-1][1] if spans else candidate.end
    return results


def _role_before(doc: Document, title_start: int, floor: int) -> tuple[int, int] | None:
    """A role written right before the title (``ผู้ว่าราชการจังหวัดลำปาง นายX``)."""
    text = doc.text
    position_at = _tables().position.match
    window_start = max(floor, title_start - 80)
    target = title_start - 1 if title_start > 0 and text[title_start - 1] == " " else title_start
    if target > 0 and text[target - 1] == "(":
        # the name bracketed after its position (ผู้อำนวยการสำนักX (นางY Z))
        target -= 2 if target > 1 and text[target - 2] == " " else 1
    # (the places a position may begin were found with the body's titles; the position must end
    # by the target here, so it is matched again up to there)
    starts = _body_matches(doc).starts
    for start in starts[bisect.bisect_left(starts, window_start) : bisect.bisect_left(starts, target)]:
        if position_at(text, start, target) is None:
            continue
        if start > window_start and start - 1 >= 0 and start == floor + 1 and text[floor] == " ":
            continue  # right after the previous person: that person's role
        if not _boundary_before(text, start):
            continue
        if _read_role(text, start, target) == target:
            return start, target
    return None


def _main_role(roles: list[str]) -> tuple[str | None, str | None]:
    """The main role and the acting role among ``roles``."""
    tables = _tables()
    acting_role = None
    main = None
    for role in roles:
        acting = tables.acting.match(role)
        if acting and acting.end() < len(role):
            if acting_role is None:
                acting_role = role[acting.end():]
        elif main is None:
            main = role
    if main is None and roles:
        main = roles[0]
    return main, acting_role


class _Taken:
    """The people found so far, in order and none overlapping (as :func:`_without_overlaps` leaves
    them).  Whether a new span overlaps one of them is asked by bisection: an article of thousands
    of mentions must not cost a loop over all of them per candidate."""

    __slots__ = ("candidates", "starts", "ends")

    def __init__(self, candidates: list[_Candidate]) -> None:
        self._keep(candidates)

    def add(self, more: list[_Candidate]) -> None:
        """Add ``more``; where two overlap, the earlier (then the longer) one stays."""
        if more:  # (most articles add nothing: no sorting again)
            self._keep(self.candidates + more)

    def _keep(self, candidates: list[_Candidate]) -> None:
        self.candidates = _without_overlaps(candidates)
        self.starts = [candidate.start for candidate in self.candidates]
        self.ends = [candidate.end for candidate in self.candidates]

    def overlaps(self, start: int, end: int) -> bool:
        # The last span starting before `end` reaches furthest right (the spans do not overlap).
        last = bisect.bisect_left(self.starts, end) - 1
        return last >= 0 and self.ends[last] > start


def _without_overlaps(candidates: list[_Candidate]) -> list[_Candidate]:
    ordered = sorted(candidates, key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[_Candidate] = []
    for candidate in ordered:
        if kept and candidate.start < kept[-1].end:
            continue
        kept.append(candidate)
    return kept


def _reporter(doc: Document) -> Person | None:
    span = doc.segmentation.reporter_span
    if span is None:
        return None
    start, end = span
    name = " ".join(doc.text[start:end].split())
    title = None
    match = _tables().title.match(doc.text, start, end)
    if match and _info_of(match.group()) is not None and match.end() < end:
        title = _clean_title(match.group())
        name = " ".join(doc.text[match.end():end].split())
    return doc.make(Person, start, end, rule="reporter_byline", title=title, name=name)


_NICKNAME_BEFORE = re.compile(r"(?:หรือ|[(\"“])\ ?\Z")
_NICKNAME_AFTER = re.compile(r"\ ?(?:หรือ\ ?[\"“]|หรือ\ ?|\(\ ?|[\"“])")  # (the longest first)


def _titled_aliases(doc: Document, candidates: list[_Candidate]) -> list[_Candidate]:
    """The same mentions, a nickname with its title written as another name of the person right
    before it (``ด.ญ.X Y หรือน้องZ``, ``ด.ช.X Y (น้องZ)``) marked ``title_alias``: the linker makes
    it, and the later mentions of the nickname, that person."""
    text = doc.text
    marked = []
    previous = None
    for candidate in candidates:
        if (
            previous is not None
            and candidate.rule == "title_given"
            and candidate.fields.get("title")
            and _info_of(candidate.fields["title"]) is not None
            and _info_of(candidate.fields["title"]).nickname
            and (gap := _NICKNAME_AFTER.match(text, previous.end, candidate.start)) is not None
            and gap.end() == candidate.start
        ):
            candidate = candidate._replace(rule="title_alias")
        marked.append(candidate)
        previous = candidate
    return marked


def _add_repeated_names(doc: Document, candidates: list[_Candidate]) -> set[int]:
    """Given names read after a title twice or more, each time glued to a different word
    (นายเพลิง|ทราบว่า ... นายเพลิง|มีภรรยา), count as written cleanly: the article's own evidence
    of where the name ends, for the second reading of the glued mentions.  A name read as whole
    (closed by a space or the end of the text) that runs on from such a name with a dictionary
    word (นายX|ใช้ at the end, นายX|จบระดับ ปวส.) is read again: the starts of those mentions are
    returned."""
    text = doc.text
    followers: dict[str, set[str]] = {}
    for c in candidates:
        if c.fields.get("title") and not c.fields.get("clean", True) and not c.fields.get("royal"):
            followers.setdefault(c.fields["given"], set()).add(text[c.end : c.end + 2])
    repeated = {given for given, after in followers.items() if len(after) >= 2 and len(given) >= 3}
    if not repeated:
        return set()
    seen = _doc_names(doc)
    seen.update(repeated)
    again = set()
    for c in candidates:
        given = c.fields.get("given") or ""
        if not c.fields.get("clean") or given in repeated:
            continue
        start = text.find(given, c.start, c.end)
        if start < 0:
            continue
        end = start + len(given)
        # (the name's own prefixes are asked, not every repeated name: no loop over names per mention)
        if any(given[:cut] in repeated and _seen_name_ends(text, start, start + cut, end) for cut in range(3, len(given))):
            seen.discard(given)
            again.add(c.start)
    return again


def extract(doc: Document) -> list[Person]:
    """Person mentions in the document's body (and its reporter byline)."""
    doc._people_full_names = {}  # type: ignore[attr-defined]
    doc._people_clean_names = set()  # type: ignore[attr-defined]
    candidates = _title_candidates(doc)
    again = _add_repeated_names(doc, candidates)
    if _doc_names(doc) and any(not c.fields.get("clean", True) for c in candidates):
        # Names written cleanly somewhere (นายเนวิน ชิดชอบ) tell where glued ones end (นายเนวินเผยว่า).
        doc._people_full_names = {}  # type: ignore[attr-defined]
        clean = {c.start: c for c in candidates if c.fields.get("clean") and c.start not in again}
        candidates = _title_candidates(doc, clean)
    taken = _Taken(candidates)
    taken.add(_untitled_known(doc, taken, _known_full_names(doc)))
    aliases = _untitled_aliases(doc, taken.candidates)
    taken.add(aliases)
    alias_names: dict[str, set[str]] = {}
    for alias in aliases:
        if alias.fields["surname"]:
            alias_names.setdefault(alias.fields["given"], set()).add(alias.fields["surname"])
    taken.add(_untitled_known(doc, taken, alias_names))  # นายX Y หรือ เสก โลโซ ... เสก โลโซ
    taken.add(_untitled_quoted(doc, taken))
    taken.add(_untitled_pairs(doc, taken))
    taken.add(_untitled_after_role(doc, taken))
    taken.add(_untitled_foreign(doc, taken))
    taken.add(_untitled_line_openers(doc, taken))
    taken.add(_latin_in_brackets(doc, taken))
    givens = {c.fields["given"] for c in taken.candidates if c.fields.get("title") and not c.fields.get("royal")}
    # (an alias closed by a dot is an abbreviation read short, เสธ.แดง, no name of its own)
    givens.update(a.fields["given"] for a in aliases if not doc.text.startswith(".", a.end))
    # nicknames the article introduces in quotes before a full name ("กบ" สุวนันท์ คงยิ่ง ... กบก็...)
    nicknames = {c.fields["given"] for c in taken.candidates if c.fields.get("nickname")}
    taken.add(_untitled_given(doc, taken, givens, nicknames))
    candidates = _titled_aliases(doc, taken.candidates)
    role_info = _resolve_roles(doc, candidates)
    people = []
    for candidate, info in zip(candidates, role_info):
        fields = candidate.fields
        name = fields["given"] if not fields["surname"] else f"{fields['given']} {fields['surname']}"
        roles = info["roles"]
        main, acting = _main_role(roles)
        people.append(
            doc.make(
                Person, candidate.start, candidate.end, rule=candidate.rule,
                title=fields["title"], title_category=fields["title_category"], name=name,
                role=main, roles=tuple(roles), acting_role=acting,
                surname_withheld=fields["surname_withheld"], royal=fields.get("royal", False),
            )
        )
    reporter = _reporter(doc)
    if reporter is not None:
        people.append(reporter)
    return people
