"""Event assembly: who did what, when, where, with how many.

Events are built from the mentions the extractors found, by the structure of the text rather
than by guesswork across the whole article:

1. **Triggers** (``lexicon/event_triggers.tsv``) name happenings and give their type:
   meeting, launch, ceremony, festival, inspection, handover, decision, announcement,
   accident, crime, disaster, relief.
2. **Episodes**: the body is cut into paragraphs, and a paragraph again where a sentence
   opens with a sequencing word (จากนั้น, ต่อมา ...).  An episode that has a trigger and a
   date or time of its own that does not fit the current event starts a new event (an
   arrest on the 3rd reported at a press conference on the 5th is two events); any other
   episode adds to the current event (one happening told in headline, lead and body is one
   record).  The headline's triggers join the first event of their type.
3. **Slots** are filled from the event's own episodes, each by a named rule that is recorded
   in the :class:`~newsstruct.records.SlotFill`: the first full date, time and venue of the
   event's opening episode; the organisation right before จัด...; the person before
   เป็นประธาน; people counts after เข้าร่วม and people after พร้อมด้วย; speakers before
   กล่าวว่า; victims, suspects and officers for incidents; the remaining counts.
   Cue words live in ``lexicon/event_cues.tsv``.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

import attrs
import regex

from .lexicon import load, load_words, trie_pattern
from .records import Count, Date, Event, Mention, Person, SlotFill, Time, Trigger, Venue

if TYPE_CHECKING:
    from .document import Document

__all__ = ["assemble", "EVENT_TYPES"]

EVENT_TYPES = (
    "meeting", "launch", "ceremony", "festival", "inspection", "handover", "decision",
    "announcement", "accident", "crime", "disaster", "relief",
)
_INCIDENT_TYPES = frozenset({"accident", "crime", "disaster", "relief"})
_PEOPLE_UNITS = frozenset({"คน", "ราย", "ท่าน", "นาย", "รูป", "องค์"})
# Mentions a trigger may not sit inside: ``ประชุม`` in ห้องประชุม… is part of a place.
_NAMED_KINDS = ("people", "organizations", "places", "venues", "dates", "times", "counts")


@attrs.frozen(slots=True)
class _TriggerEntry:
    type: str
    priority: int
    token_boundary: bool


@functools.cache
def _trigger_table() -> tuple[re.Pattern, dict[str, _TriggerEntry]]:
    entries = {
        row["trigger"]: _TriggerEntry(row["type"], int(row["priority"]), row["boundary"] == "token")
        for row in load("event_triggers")
    }
    return re.compile(trie_pattern(entries)), entries


@functools.cache
def _cue_table() -> tuple[re.Pattern, dict[str, tuple[str, str, int, str]]]:
    cues = {row["cue"]: (row["slot"], row["side"], int(row["within"]), row["takes"]) for row in load("event_cues")}
    return re.compile(trie_pattern(cues)), cues


@functools.cache
def _sequencers() -> re.Pattern:
    return re.compile(trie_pattern(load_words("event_sequencers")))


_NAME_PATTERN = regex.compile(
    r"(?:โครงการ|เทศกาล|งานประเพณี|งาน(?=เทศกาล))[^\s()]{2,60}+(?: (?:\d{4}|ครั้งที่ \d{1,3}|ประจำปี(?: พ\.ศ\.)? ?\d{4}))?+"
)


@attrs.define(slots=True)
class _Cue:
    start: int  # original offsets
    end: int
    slot: str
    side: str
    within: int
    takes: str


@attrs.define(slots=True)
class _Episode:
    start: int  # original offsets
    end: int
    norm_start: int
    norm_end: int
    is_headline: bool
    sequenced: bool  # opens with จากนั้น / ต่อมา ...
    triggers: list[Trigger] = attrs.field(factory=list)


@attrs.define(slots=True)
class _Draft:
    episodes: list[_Episode]
    triggers: list[Trigger]
    headline_triggers: set[str] = attrs.field(factory=set)  # ids of triggers from the headline
    sequenced: bool = False  # told as what happened next (จากนั้น ...), on the day of the one before

    @property
    def main(self) -> Trigger:
        # The body tells the happening; a headline word only names it when the body has none.
        return min(self.triggers, key=lambda t: (t.id in self.headline_triggers, _priority(t), t.start))


def _priority(trigger: Trigger) -> int:
    return _trigger_table()[1][trigger.lemma].priority


class _Index:
    """Mentions of one kind sorted by start, for 'what lies in this span' questions."""

    def __init__(self, mentions: Iterable[Mention]) -> None:
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]

    def within(self, start: int, end: int) -> list[Mention]:
        first = bisect.bisect_left(self.starts, start)
        last = bisect.bisect_left(self.starts, end)
        return [m for m in self.mentions[first:last] if m.end <= end]


def _starts_a_word(doc: Document, start: int, end: int) -> bool:
    """True when a word starts at ``start`` (the tokenizer's view) — ชน of รถชนกัน, not of
    ชุมชน or ประชาชน.  The word may run on (ชนกัน is one token); words that run on into
    another meaning (ชนะ, ชนิด) are listed as non-triggers in the lexicon."""
    window_start = max(doc.body_start, start - 20)
    window_end = min(doc.body_end, end + 20)
    # Cut the window at spaces so the tokenizer sees whole words around the candidate.
    left = doc.text.rfind(" ", window_start, start)
    right = doc.text.find(" ", end, window_end)
    window_start = left + 1 if left >= 0 else window_start
    window_end = right if right >= 0 else window_end
    return any(token.start == start for token in doc.tokenize_window(window_start, window_end))


def _find_triggers(doc: Document) -> list[Trigger]:
    pattern, entries = _trigger_table()
    triggers = []
    for match in pattern.finditer(doc.text, doc.body_start, doc.body_end):
        entry = entries[match.group()]
        if entry.type == "-":
            continue
        start, end = match.span()
        if doc.overlaps(start, end, _NAMED_KINDS):
            continue
        if entry.token_boundary and not _starts_a_word(doc, start, end):
            continue
        trigger = doc.make(Trigger, start, end, rule="trigger_lexicon", type=entry.type, lemma=match.group())
        wanted = f"trigger-{len(triggers)}"
        # (the provisional id of `make` is already this one unless triggers were made before)
        triggers.append(trigger if trigger.id == wanted else attrs.evolve(trigger, id=wanted))
    return triggers


def _find_cues(doc: Document) -> list[_Cue]:
    pattern, cues = _cue_table()
    found = []
    for match in pattern.finditer(doc.text, doc.body_start, doc.body_end):
        slot, side, within, takes = cues[match.group()]
        if slot == "victims" and doc.text[max(0, match.start() - 4):match.start()].rstrip().endswith("ไม่"):
            continue  # ไม่ได้รับบาดเจ็บ: not hurt
        start, end = doc.to_original(*match.span())
        found.append(_Cue(start, end, slot, side, within, takes))
    return found


def _episodes(doc: Document, triggers: list[Trigger]) -> list[_Episode]:
    seg = doc.segmentation
    sequencers = _sequencers()
    episodes: list[_Episode] = []
    sentences = doc.sentences
    for line_start, line_end in seg.lines:
        start, end = max(line_start, doc.body_start), min(line_end, doc.body_end)
        if start >= end or not doc.text[start:end].strip():
            continue
        is_headline = seg.headline_span is not None and seg.headline_span[0] >= start and seg.headline_span[1] <= end
        cuts = [start]
        for sentence_start, sentence_end in sentences:
            if start < sentence_start < end and sequencers.match(doc.text, sentence_start, sentence_end):
                cuts.append(sentence_start)
        cuts.append(end)
        for piece_start, piece_end in zip(cuts, cuts[1:]):
            orig_start, orig_end = doc.to_original(piece_start, piece_end)
            sequenced = bool(sequencers.match(doc.text, piece_start, piece_end))
            episodes.append(_Episode(orig_start, orig_end, piece_start, piece_end, is_headline, sequenced))
    starts = [episode.start for episode in episodes]
    for trigger in triggers:
        index = bisect.bisect_right(starts, trigger.start) - 1
        if index >= 0:
            episodes[index].triggers.append(trigger)
    return episodes


def _date_range(date: Date) -> tuple[str, str] | None:
    if not date.value or date.value.startswith("--") or date.fiscal_year is not None:
        return None
    first, _, last = date.value.partition("/")
    return first, last or first


def _time_range(time: Time) -> tuple[str, str] | None:
    if not time.value:
        return None
    first, _, last = time.value.partition("/")
    return first, last or first


def _fits(outer: tuple[str, str] | None, inner: tuple[str, str] | None) -> bool:
    """True when either is unknown or one range lies within the other (ISO strings sort)."""
    if outer is None or inner is None:
        return True
    return (outer[0] <= inner[0] and inner[1] <= outer[1]) or (inner[0] <= outer[0] and outer[1] <= inner[1])


def _anchor(episode: _Episode, dates: _Index, times: _Index) -> tuple[tuple[str, str] | None, tuple[str, str] | None]:
    date = next((_date_range(d) for d in dates.within(episode.start, episode.end) if _date_range(d)), None)
    time = next((_time_range(t) for t in times.within(episode.start, episode.end) if _time_range(t)), None)
    return date, time


def _drafts(episodes: list[_Episode], dates: _Index, times: _Index) -> list[_Draft]:
    drafts: list[_Draft] = []
    held: list[_Episode] = []  # headline episodes, placed once the events are known
    current_anchor: tuple = (None, None)
    for episode in episodes:
        if episode.is_headline:
            held.append(episode)
            continue
        date, time = _anchor(episode, dates, times)
        if not drafts:
            if episode.triggers:
                drafts.append(_Draft([episode], list(episode.triggers)))
                current_anchor = (date, time)
            continue
        current = drafts[-1]
        new_type = bool(episode.triggers) and all(
            trigger.type != current.main.type for trigger in episode.triggers if _priority(trigger) == 1
        )
        conflicting = not _fits(current_anchor[0], date) or not _fits(current_anchor[1], time)
        date_differs = not _fits(current_anchor[0], date)
        if episode.triggers and conflicting and (date_differs or new_type or episode.sequenced):
            drafts.append(_Draft([episode], list(episode.triggers), sequenced=episode.sequenced and not date_differs))
            current_anchor = (date, time)
        else:
            current.episodes.append(episode)
            current.triggers.extend(episode.triggers)
            if current_anchor == (None, None):
                current_anchor = (date, time)
    if not drafts and held:
        headline_triggers = [t for episode in held for t in episode.triggers]
        if headline_triggers:
            drafts.append(_Draft(list(held), headline_triggers))
        return drafts
    for episode in held:
        for trigger in episode.triggers:
            # The first event told with a trigger of this type, else the article's first event.
            target = next((d for d in drafts if any(t.type == trigger.type for t in d.triggers)), drafts[0])
            target.triggers.append(trigger)
            target.headline_triggers.add(trigger.id)
            if episode not in target.episodes:
                target.episodes.append(episode)
    return drafts


def _after_limit(doc: Document, cue: _Cue, triggers: list[Trigger]) -> int:
    """Where the mentions a cue introduces may end: within its reach, on its own line, and
    before the next happening is named (พร้อมด้วย X ร่วมกันแถลง...: X, not those after แถลง)."""
    limit = cue.end + cue.within
    line_end = doc.original.find("\n", cue.end)
    if line_end >= 0:
        limit = min(limit, line_end)
    if cue.takes == "person_or_roles":
        limit = min([limit, *(t.start for t in triggers if t.start >= cue.end)])
    return limit


def _fill(ref: Mention | None, rule: str) -> SlotFill | None:
    return SlotFill(ref=ref.id, rule=rule) if ref is not None else None


def _nearest_before(candidates: list[Mention], position: int, within: int) -> Mention | None:
    """The candidate ending closest before ``position``, at most ``within`` characters away."""
    best = None
    for mention in candidates:
        if mention.end <= position and position - mention.end <= within:
            if best is None or mention.end > best.end:
                best = mention
    return best


def _build(index: int, draft: _Draft, doc: Document, layers: dict[str, _Index], cues: list[_Cue],
           previous_date: Mention | None) -> Event:
    main = draft.main
    body_episodes = [e for e in draft.episodes if not e.is_headline] or draft.episodes
    opening = body_episodes[0]
    spans = [(e.start, e.end) for e in draft.episodes]

    def within_event(kind: str) -> list[Mention]:
        return [m for start, end in spans for m in layers[kind].within(start, end)]

    def in_opening(kind: str) -> list[Mention]:
        return layers[kind].within(opening.start, opening.end)

    date = next((d for d in in_opening("dates") if _date_range(d)), None)
    date_rule = "first_date_of_event"
    if date is None and draft.sequenced and previous_date is not None:
        date, date_rule = previous_date, "date_of_event_before"
    time = next((t for t in in_opening("times") if t.value), None)
    venue = next(iter(in_opening("venues")), None)

    people = within_event("people")
    orgs = within_event("organizations")
    counts = within_event("counts")
    event_cues = [c for c in cues if any(s <= c.start < e for s, e in spans)]

    slots: dict[str, list[SlotFill]] = {"chair": [], "organizer": [], "speaker": [], "participants": [], "victims": [], "suspects": []}
    used: set[str] = set()
    attendee_roles: list[str] = []
    pools = {"person": people, "org": orgs, "people_count": [c for c in counts if c.unit in _PEOPLE_UNITS]}
    for cue in event_cues:
        if cue.slot in ("victims", "suspects") and main.type not in _INCIDENT_TYPES | {"announcement"}:
            continue
        if cue.slot in ("chair", "organizer") and slots[cue.slot]:
            continue
        pool = [m for kind in cue.takes.split("_or_") for m in pools.get(kind, ())]
        if cue.side == "before":
            nearest = _nearest_before(pool, cue.start, cue.within)
            found = [nearest] if nearest is not None else []
        else:
            limit = _after_limit(doc, cue, draft.triggers)
            found = sorted((m for m in pool if cue.end <= m.start and m.end <= limit), key=lambda m: m.start)
            if cue.takes == "people_count":
                found = found[:1]
        if not found and cue.takes == "person_or_roles":
            attendee_roles.extend(_listed_roles(doc, cue))
        rule = f"{cue.takes}_{cue.side}_cue"
        for mention in found:
            if mention.id in used and cue.slot != "speaker":  # anyone named may also speak
                continue
            slots[cue.slot].append(SlotFill(ref=mention.id, rule=rule))
            if cue.slot != "speaker":  # a speaker may also be the chair
                used.add(mention.id)
        if cue.slot in ("chair", "organizer"):
            slots[cue.slot] = slots[cue.slot][:1]

    officers = []
    if main.type in _INCIDENT_TYPES | {"announcement"}:
        for person in people:
            if person.id not in used and getattr(person, "title_category", None) in ("police", "military"):
                officers.append(SlotFill(ref=person.id, rule="ranked_person_in_incident"))
                used.add(person.id)

    other_counts = [
        SlotFill(ref=count.id, rule="count_in_event")
        for count in counts
        if count.id not in used
    ]

    name = None
    for episode in [opening, *[e for e in draft.episodes if e.is_headline]]:
        match = _NAME_PATTERN.search(doc.text, episode.norm_start, episode.norm_end)
        if match:
            name = match.group()
            break

    ordered = sorted(draft.triggers, key=lambda t: (t is not main, t.start))
    return Event(
        id=f"event-{index}",
        type=main.type,
        trigger=main,
        triggers=tuple(ordered),
        name=name,
        date=_fill(date, date_rule),
        time=_fill(time, "first_time_of_event"),
        venue=_fill(venue, "first_venue_of_event"),
        organizer=next(iter(slots["organizer"]), None),
        chair=next(iter(slots["chair"]), None),
        participants=tuple(slots["participants"]),
        attendee_roles=tuple(attendee_roles),
        speakers=tuple(slots["speaker"]),
        victims=tuple(slots["victims"]),
        suspects=tuple(slots["suspects"]),
        officers=tuple(officers),
        counts=tuple(other_counts),
    )


_ROLE_STOP = regex.compile(r"ลงพื้นที่|เดินทาง|ร่วม(?!กับ)|ได้|ให้การต้อนรับ|ต่างๆ")


def _listed_roles(doc: Document, cue: _Cue) -> list[str]:
    """Positions listed after พร้อมด้วย when no person is named there."""
    text = doc.original
    line_end = text.find("\n", cue.end)
    line_end = len(text) if line_end < 0 else line_end
    phrase = text[cue.end:min(line_end, cue.end + cue.within)]
    stop = _ROLE_STOP.search(phrase)
    if stop:
        phrase = phrase[: stop.start()]
    items = [item.strip() for item in regex.split(r"\s+|(?:^|\s)และ", phrase.replace("\u00a0", " "))]
    items = [regex.sub(r"^และ", "", item) for item in items]
    return [item for item in items if 2 <= len(item) <= 60][:8]


def assemble(doc: Document) -> list[Event]:
    """Events of the document, built from the mentions in ``doc.layers``.

    >>> import newsstruct
    >>> article = newsstruct.parse("เมื่อวันที่ 3 มีนาคม 2563 เวลา 09.00 น. จังหวัดน่านจัดประชุมคณะกรรมการ")
    >>> [event.type for event in article.events]
    ['meeting']
    """
    triggers = _find_triggers(doc)
    if not triggers:
        return []
    layers = {
        kind: _Index(doc.layers.get(kind, ()))
        for kind in ("dates", "times", "venues", "people", "organizations", "counts")
    }
    episodes = _episodes(doc, triggers)
    drafts = _drafts(episodes, layers["dates"], layers["times"])
    cues = _find_cues(doc)
    dates_by_id = {date.id: date for date in layers["dates"].mentions}
    built: list[Event] = []
    for index, draft in enumerate(drafts):
        previous_date = dates_by_id.get(built[-1].date.ref) if built and built[-1].date else None
        built.append(_build(index, draft, doc, layers, cues, previous_date))
    return built
