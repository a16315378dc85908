"""Very long texts: parsed in pieces cut at paragraph breaks, put back together as one article.

A crawler sometimes hands over a whole site dump or a year of a column as one "article".  Parsing
such a text at once would hold word tokens, line lists and regex state for all of it; instead a
text longer than :data:`CHUNK_CHARS` characters is cut into pieces of at most that many
characters and each piece goes through the pipeline on its own.  The pieces are then merged
into one :class:`~newsstruct.records.Article`:

- every mention's ``start``/``end`` is shifted back so it indexes the *whole* original text
  (``text[start:end] == mention.text`` still holds);
- ids are renumbered so they run on across pieces (``date-0`` .. ``date-N`` in text order) and
  every reference (event slots, venue parts) follows its mention;
- people are linked across pieces by name (the same name spelled with other spacing is one
  person), ``person_id`` numbered in order of first appearance, and a role written in one piece
  is shared with the person's mentions in the others (``role_shared``);
- the header (category, headline, dateline, ...) is read from the first piece, the reporter
  byline from the last; the first piece's publication date is the reference for all pieces;
- events are assembled inside each piece, so an event never combines mentions from two pieces;
- the article's ``warnings`` say that the text was parsed in pieces.

Cuts fall on a blank line in the second half of the window, else on a line break, else on a
space; only a run of half a window without any of those is cut hard (never inside a grapheme
cluster or a CR LF pair).  Files larger than :data:`STREAM_BYTES` are decoded and parsed piece
by piece as they are read (:func:`parse_file`), so memory stays bounded by the piece size and
the records found, whatever the file size.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import regex

from .document import Document
from .link import share_roles
from .normalize import normalize
from .records import Article, Mention, Metadata, Person, Span
from .segment import Segmentation, segment

if TYPE_CHECKING:
    from .pipeline import Pipeline

__all__ = ["CHUNK_CHARS", "STREAM_BYTES", "cut_point", "split_text", "split_stream", "parse_long_text", "parse_pieces", "parse_file"]

# About 3 MB of UTF-8 Thai: far above any real article, small enough that one piece's working
# memory (tokens, line lists, regex state) stays in the tens of megabytes.
CHUNK_CHARS = 1_000_000
# Files above this size are decoded while they are parsed instead of being read whole first.
STREAM_BYTES = 8 * 2**20
_READ_BYTES = 2**20

# A blank line (maybe holding spaces or a CR), searched backwards from the window's end.
_PARAGRAPH_BREAK = regex.compile(r"(?r)\n[^\S\n]*+\n")
# Numbered ids: "date-12" -> ("date-", "12"), "P3" -> ("P", "3").
_NUMBERED_ID = regex.compile(r"(.*?)(\d++)")


def cut_point(window: str, limit: int) -> int:
    """Where the piece starting at ``window[0]`` ends: an index in ``(0, limit]``.

    ``window`` holds at least ``limit + 1`` characters of the text (the one after the limit tells
    whether a hard cut would split a character sequence).

    >>> cut_point("ย่อหน้าแรก\\n\\nย่อหน้าที่สอง ต่อ", 20)
    12
    """
    floor = limit // 2
    blank_line = _PARAGRAPH_BREAK.search(window, floor, limit)
    if blank_line is not None:
        return blank_line.end()
    for separator in ("\n", " "):
        found = window.rfind(separator, floor, limit)
        if found >= 0:
            return found + 1
    cut = limit
    # Never split a base character from its marks (a Thai vowel or tone mark), nor CR from LF.
    while cut > floor and (unicodedata.category(window[cut])[0] == "M" or window[cut] in "\u200c\u200d" or window[cut - 1 : cut + 1] == "\r\n"):
        cut -= 1
    return cut if cut > floor else limit


def split_stream(blocks: Iterable[str], limit: int = CHUNK_CHARS) -> Iterator[str]:
    """Pieces of at most ``limit`` characters of the text made of ``blocks``, cut by :func:`cut_point`.

    The pieces depend only on the text, not on how it was split into blocks.

    >>> list(split_stream(["บรรทัดหนึ่ง\\nบรร", "ทัดสอง\\n"], 15))
    ['บรรทัดหนึ่ง\\n', 'บรรทัดสอง\\n']
    """
    if limit < 2:
        raise ValueError("limit must be at least 2 characters")
    buffer = ""
    for block in blocks:
        buffer += block
        while len(buffer) > limit:
            cut = cut_point(buffer[: limit + 1], limit)
            yield buffer[:cut]
            buffer = buffer[cut:]
    yield buffer


def split_text(text: str, limit: int = CHUNK_CHARS) -> Iterator[str]:
    """Pieces of ``text`` (see :func:`split_stream`); ``"".join(pieces) == text``."""
    return split_stream((text,), limit)


def parse_long_text(
    pipeline: Pipeline,
    text: str,
    *,
    published: dt.date | None = None,
    id: str | None = None,
    source: str | None = None,
    encoding: str | None = None,
) -> Article:
    """Parse a text longer than ``pipeline.chunk_chars`` piece by piece (see the module docstring)."""
    return parse_pieces(pipeline, split_text(text, pipeline.chunk_chars), published=published, id=id, source=source, encoding=encoding)


def parse_pieces(
    pipeline: Pipeline,
    pieces: Iterable[str],
    *,
    published: dt.date | None = None,
    id: str | None = None,
    source: str | None = None,
    encoding: str | None = None,
) -> Article:
    """One article from the consecutive ``pieces`` of a text; a single piece is parsed as usual.

    ``published`` is the caller's reference date (already checked), if any.
    """
    pieces = iter(pieces)
    first = next(pieces, "")
    following = next(pieces, None)
    if following is None:
        return pipeline.parse(first, published=published, id=id, source=source, encoding=encoding)
    merger = _Merger()
    reference = published
    count = 0
    for index, (piece, last) in enumerate(_with_last(itertools.chain((first, following), pieces))):
        doc = _piece_document(pipeline, piece, first=index == 0, last=last, published=reference)
        if index == 0 and reference is None:
            reference = doc.published  # the dateline of the first piece dates them all
        article = pipeline.parse_document(doc, published if index == 0 else None, id=id, source=source, encoding=encoding)
        merger.add(article, len(piece), first=index == 0, last=last)
        count += 1
    note = (
        f"long text: parsed in {count} pieces of at most {pipeline.chunk_chars} characters cut at paragraph breaks; "
        "events do not combine mentions from different pieces"
    )
    return merger.article(note)


def _with_last(items: Iterable[str]) -> Iterator[tuple[str, bool]]:
    iterator = iter(items)
    current = next(iterator, None)
    while current is not None:
        upcoming = next(iterator, None)
        yield current, upcoming is None
        current = upcoming


def _piece_document(pipeline: Pipeline, piece: str, *, first: bool, last: bool, published: dt.date | None) -> Document:
    norm = normalize(piece)
    found = segment(norm.text)
    if first:
        seg = found
        if not last:  # a "byline" at the end of the first piece is just a line of the body
            seg.body_end, seg.reporter, seg.reporter_span = len(norm.text), None, None
    else:
        # Later pieces are all body: a header, headline or dateline can only open the article.
        seg = Segmentation(lines=found.lines, body_start=0, body_end=len(norm.text))
        if last:
            seg.body_end, seg.reporter, seg.reporter_span = found.body_end, found.reporter, found.reporter_span
    reference = published if published is not None or not first else seg.published
    return Document(norm, seg, published=reference, tokenizer=pipeline._tokenize)


def _is_id_field(name: str) -> bool:
    return name in ("id", "ref", "parts") or name.endswith(("_id", "_ids", "_ref", "_refs"))


class _Merger:
    """Shifts, renumbers and concatenates the articles of consecutive pieces."""

    def __init__(self) -> None:
        self.fields: dict[str, list[Any]] = {}
        self.identity: dict[str, Any] = {}
        self.metadata: Metadata | None = None
        self.offset = 0  # where the next piece starts in the whole text
        self.warnings: list[str] = []
        self.id_base: dict[str, int] = {}  # prefix -> ids of that prefix used by earlier pieces
        self.person_of_key: dict[str, str] = {}  # spacing-free name -> global person_id
        self.person_prefix = "P"
        self.people_count = 0

    def add(self, article: Article, piece_length: int, *, first: bool, last: bool) -> None:
        offset = self.offset
        self.offset += piece_length
        used: dict[str, int] = {}
        for field in attrs.fields(Article):
            value = getattr(article, field.name)
            if field.name != "warnings" and isinstance(value, tuple):
                for record in value:
                    self._count_ids(record, used)
        base = dict(self.id_base)
        person_ids = self._link_people(article.people)

        def rename(name: str, value: str) -> str:
            if name == "person_id":
                return person_ids.get(value, value)
            match = _NUMBERED_ID.fullmatch(value)
            if match is None:
                return value
            return f"{match[1]}{int(match[2]) + base.get(match[1], 0)}"

        for field in attrs.fields(Article):
            value = getattr(article, field.name)
            if field.name != "warnings" and isinstance(value, tuple):
                self.fields.setdefault(field.name, []).extend(_rewrite(record, offset, rename) for record in value)
        for prefix, count in used.items():
            self.id_base[prefix] = self.id_base.get(prefix, 0) + count
        self.warnings.extend(warning for warning in article.warnings if warning not in self.warnings)
        if first:
            self.metadata = article.metadata
            self.identity = {name: getattr(article, name) for name in ("schema_version", "id", "source", "encoding")}
        if last and self.metadata is not None:
            self.metadata = attrs.evolve(self.metadata, reporter=article.metadata.reporter)

    def _count_ids(self, record: Any, used: dict[str, int]) -> None:
        # Own ids and references alike: a piece's ids of one prefix are 0 .. max.
        for field in attrs.fields(type(record)):
            value = getattr(record, field.name)
            if field.name == "person_id":
                continue
            for item in value if isinstance(value, tuple) else (value,):
                if attrs.has(type(item)):
                    self._count_ids(item, used)
                elif isinstance(item, str) and _is_id_field(field.name):
                    match = _NUMBERED_ID.fullmatch(item)
                    if match is not None:
                        used[match[1]] = max(used.get(match[1], 0), int(match[2]) + 1)

    def _link_people(self, people: tuple[Person, ...]) -> dict[str, str]:
        """Global ``person_id`` for each of a piece's person ids: an earlier person with one of
        the same names, else the next free number."""
        keys: dict[str, list[str]] = {}
        for person in people:
            if person.person_id is not None:
                keys.setdefault(person.person_id, []).append("".join(person.name.split()))
        mapping: dict[str, str] = {}
        for local_id, names in keys.items():
            match = _NUMBERED_ID.fullmatch(local_id)
            if match is not None:
                self.person_prefix = match[1]
            known = next((self.person_of_key[name] for name in names if name in self.person_of_key), None)
            if known is None:
                known = f"{self.person_prefix}{self.people_count}"
                self.people_count += 1
            mapping[local_id] = known
            for name in names:
                self.person_of_key.setdefault(name, known)
        return mapping

    def article(self, note: str) -> Article:
        assert self.metadata is not None
        return Article(
            **self.identity,
            metadata=self.metadata,
            warnings=(*self.warnings, note),
            **{
                name: tuple(share_roles(records) if name == "people" else records)
                for name, records in self.fields.items()
            },
        )


def _rewrite(record: Any, offset: int, rename: Any) -> Any:
    """``record`` with its mention offsets shifted by ``offset`` and its ids renamed."""
    changes: dict[str, Any] = {}
    for field in attrs.fields(type(record)):
        value = getattr(record, field.name)
        if isinstance(value, tuple):
            new_value: Any = tuple(_rewrite_item(field.name, item, offset, rename) for item in value)
        else:
            new_value = _rewrite_item(field.name, value, offset, rename)
        if new_value is not value:
            changes[field.name] = new_value
    if isinstance(record, (Mention, Span)):  # a Span is an end of a range inside a mention
        changes["start"] = record.start + offset
        changes["end"] = record.end + offset
    return attrs.evolve(record, **changes) if changes else record


def _rewrite_item(name: str, item: Any, offset: int, rename: Any) -> Any:
    if attrs.has(type(item)):
        return _rewrite(item, offset, rename)
    if isinstance(item, str) and _is_id_field(name):
        renamed = rename(name, item)
        return item if renamed == item else renamed
    return item


def parse_file(
    pipeline: Pipeline,
    path: str | os.PathLike[str],
    *,
    published: dt.date | str | None = None,
    id: str | None = None,
    source: str | None = None,
) -> Article:
    """Parse an article file of any size; its ``id`` defaults to the file stem.

    Files up to :data:`STREAM_BYTES` are read whole; larger ones are decoded block by block and
    parsed piece by piece, so the whole text is never in memory.  Raises
    :class:`~newsstruct.io.InputError` naming the file when it is missing, empty, binary or
    does not decode.
    """
    from . import io
    from .pipeline import _reference_date

    source = str(path) if source is None else source
    record_id = Path(path).stem if id is None else id
    try:
        size = os.path.getsize(path)
    except OSError as error:
        raise io.InputError(source, f"cannot read: {error.strerror or error}") from None
    caller_published = _reference_date(published)
    if size <= STREAM_BYTES:
        text, encoding = io.read_text_file(path)
        return pipeline.parse(text, published=caller_published, id=record_id, source=source, encoding=encoding)
    encodings = io.sniff_file(path)
    for attempt, encoding in enumerate(encodings):
        try:
            blocks = io.iter_decoded(path, encoding, block_bytes=_READ_BYTES)
            return parse_pieces(
                pipeline,
                split_stream(blocks, pipeline.chunk_chars),
                published=caller_published,
                id=record_id,
                source=source,
                encoding=encoding,
            )
        except io.DecodeFailure as failure:
            if attempt == len(encodings) - 1:
                raise io.InputError(source, f"does not decode as {encoding} at byte {failure.position}") from None
    raise AssertionError("sniff_file returns at least one encoding")
