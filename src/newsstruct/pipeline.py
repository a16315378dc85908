"""The pipeline: text -> normalised document -> mentions -> linked entities -> events -> Article."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

import attrs

from . import chunked, events, link
from .document import Document
from .extract import EXTRACTORS
from .normalize import normalize
from .records import MENTION_KINDS, Article, Date, Metadata, Mention
from .segment import segment
from .tokens import default_engine, make_tokenizer

__all__ = ["Pipeline"]

logger = logging.getLogger("newsstruct")

_PREFIX = {field: prefix for field, prefix in MENTION_KINDS.values()}


def _reference_date(published: dt.date | str | None) -> dt.date | None:
    if published is None or published == "":
        return None
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    try:
        return dt.date.fromisoformat(str(published)[:10])
    except ValueError:
        raise ValueError(f"published must be an ISO date (YYYY-MM-DD), got {published!r}") from None


def _text_order(mention: Mention) -> tuple[int, int]:
    return mention.start, -mention.end


def _with_ids(field: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions in text order, numbered ``<prefix>-0`` ... in that order."""
    if not mentions:
        return []  # (most kinds in most articles: nothing to sort or number)
    prefix = _PREFIX[field]
    ordered = sorted(mentions, key=_text_order) if len(mentions) > 1 else mentions
    numbered = []
    for index, mention in enumerate(ordered):
        wanted = f"{prefix}-{index}"
        # Most extractors make their mentions in text order, so the provisional id is already right.
        numbered.append(mention if mention.id == wanted else attrs.evolve(mention, id=wanted))
    return numbered


class Pipeline:
    """A reusable parser: loads its resources once, then parses any number of articles.

    >>> pipeline = Pipeline()
    >>> pipeline.parse("วันที่ 26 กุมภาพันธ์ 2563").dates[0].value
    '2020-02-26'
    """

    # Texts longer than this are parsed piece by piece (see :mod:`newsstruct.chunked`).
    chunk_chars: int = chunked.CHUNK_CHARS

    def __init__(self, *, tokenizer_engine: str | None = None) -> None:
        self.tokenizer_engine = tokenizer_engine or default_engine()
        self._tokenize: Callable[[str], list[str]] = make_tokenizer(self.tokenizer_engine)

    def document(self, text: str, *, published: dt.date | str | None = None) -> Document:
        """The normalised, segmented document the extractors read (no extraction yet)."""
        if not isinstance(text, str):
            raise TypeError(f"text must be str, not {type(text).__name__}")
        norm = normalize(text)
        segmentation = segment(norm.text)
        reference = _reference_date(published) or segmentation.published
        return Document(norm, segmentation, published=reference, tokenizer=self._tokenize)

    def parse(
        self,
        text: str,
        *,
        published: dt.date | str | None = None,
        id: str | None = None,
        source: str | None = None,
        encoding: str | None = None,
    ) -> Article:
        """Parse one article.

        ``published`` (a date or ISO string) is the reference for years left out and relative
        dates; when omitted, the article's own dateline is used if it has one.
        """
        caller_published = _reference_date(published)
        if isinstance(text, str) and len(text) > self.chunk_chars:
            return chunked.parse_long_text(self, text, published=caller_published, id=id, source=source, encoding=encoding)
        doc = self.document(text, published=caller_published)
        return self.parse_document(doc, caller_published, id=id, source=source, encoding=encoding)

    def parse_document(
        self,
        doc: Document,
        caller_published: dt.date | None = None,
        *,
        id: str | None = None,
        source: str | None = None,
        encoding: str | None = None,
    ) -> Article:
        """Run the extractors, linking and event assembly over a document built by :meth:`document`."""
        for field, extractor in EXTRACTORS:
            doc.layers[field] = _with_ids(field, extractor(doc))
        doc.layers["people"] = link.link_people(doc.layers["people"])
        found_events = events.assemble(doc)
        return Article(
            id=id,
            source=source,
            encoding=encoding,
            metadata=self._metadata(doc, caller_published),
            events=tuple(found_events),
            **{field: tuple(doc.layers[field]) for field, _ in EXTRACTORS},
        )

    @staticmethod
    def _metadata(doc: Document, caller_published: dt.date | None) -> Metadata:
        seg = doc.segmentation
        dateline = None
        if seg.dateline_span is not None:
            # Metadata, not one of the article's dates: it takes no date id.
            dateline = attrs.evolve(doc.make(Date, *seg.dateline_span, rule="dateline", **seg.dateline_fields), id="")
        if caller_published is not None:
            published_source = "caller"
        elif seg.published is not None:
            published_source = seg.published_source
        else:
            published_source = None
        return Metadata(
            category=seg.category,
            headline=seg.headline,
            author=seg.author,
            read_count=seg.read_count,
            published=doc.published.isoformat() if doc.published else None,
            published_source=published_source,
            reporter=seg.reporter,
            dateline=dateline,
        )
