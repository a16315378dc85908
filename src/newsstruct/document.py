"""The document extractors read: normalised text, segments, tokens, and what is already found.

Extractors receive a :class:`Document` and return mentions.  They search ``doc.text`` (the
normalised text) between ``doc.body_start`` and ``doc.body_end`` and build every mention with
:meth:`Document.make`, which turns normalised offsets into offsets of the caller's original text
and records the span so later extractors can ask what is already taken
(:meth:`Document.overlaps`).  Extractors do not call one another; what one found reaches the
next through ``doc.layers`` (filled by the pipeline in its fixed order).
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable
from typing import Any, NamedTuple, TypeVar

from .normalize import Normalized
from .records import MENTION_KINDS, Mention
from .segment import Segmentation, sentence_spans

__all__ = ["Document", "Token"]

M = TypeVar("M", bound=Mention)


class Token(NamedTuple):
    """A word token; ``start``/``end`` are offsets into the normalised text."""

    start: int
    end: int
    text: str


_new_tuple = tuple.__new__


class _SpanIndex:
    """Normalised spans taken by one kind of mention, for fast overlap questions."""

    __slots__ = ("starts", "ends", "longest")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.longest = 0

    def add(self, start: int, end: int) -> None:
        starts = self.starts
        if not starts or starts[-1] <= start:  # (extractors mostly claim in text order)
            starts.append(start)
            self.ends.append(end)
        else:
            index = bisect.bisect_right(starts, start)
            starts.insert(index, start)
            self.ends.insert(index, end)
        if end - start > self.longest:
            self.longest = end - start


class Document:
    """One article on its way through the pipeline."""

    def __init__(
        self,
        norm: Normalized,
        segmentation: Segmentation,
        *,
        published: dt.date | None = None,
        tokenizer: Callable[[str], list[str]] | None = None,
    ) -> None:
        self.norm = norm
        self.original = norm.original
        self.text = norm.text
        self.segmentation = segmentation
        self.body_start = segmentation.body_start
        self.body_end = segmentation.body_end
        self.published = published
        self.layers: dict[str, list[Any]] = {}
        self._tokenizer = tokenizer
        self._tokens: list[Token] | None = None
        self._token_starts: list[int] | None = None
        self._sentences: list[tuple[int, int]] | None = None
        self._claims: dict[str, _SpanIndex] = {}
        self._made: dict[str, int] = {}  # mentions made so far, per kind (provisional ids)

    # -- building mentions -------------------------------------------------------------

    def make(self, cls: type[M], start: int, end: int, *, rule: str, **fields: Any) -> M:
        """A mention of type ``cls`` for the normalised span ``text[start:end]``.

        The record's offsets and text are those of the caller's original text.  The span is
        also claimed for its kind (``"dates"``, ``"people"`` ...), see :meth:`overlaps`.  Its
        ``id`` is provisional (the kind's running number); the pipeline renumbers in text order
        and only has to rebuild the records whose number changed.
        """
        if not 0 <= start < end <= len(self.text):
            raise ValueError(f"bad span {start}:{end} for a text of length {len(self.text)}")
        orig_start, orig_end = self.norm.to_original(start, end)
        kind, prefix = MENTION_KINDS[cls]
        self.claim(kind, start, end)
        number = self._made.get(kind, 0)
        self._made[kind] = number + 1
        return cls(
            start=orig_start, end=orig_end, text=self.original[orig_start:orig_end], rule=rule,
            id=f"{prefix}-{number}", **fields,
        )

    def claim(self, kind: str, start: int, end: int) -> None:
        """Mark the normalised span ``[start, end)`` as taken by a mention of ``kind``."""
        index = self._claims.get(kind)
        if index is None:
            index = self._claims[kind] = _SpanIndex()
        index.add(start, end)

    def overlaps(self, start: int, end: int, kinds: tuple[str, ...] | list[str]) -> list[tuple[int, int]]:
        """Claimed normalised spans of the given kinds that overlap ``[start, end)``."""
        found: list[tuple[int, int]] = []
        claims = self._claims
        for kind in kinds:
            index = claims.get(kind)
            if index is None:
                continue
            # (a hot path: the lookup is written out here, and most kinds have no span near)
            starts = index.starts
            first = bisect.bisect_left(starts, start - index.longest)
            last = bisect.bisect_left(starts, end)
            if first < last:
                ends = index.ends
                found.extend([(starts[i], ends[i]) for i in range(first, last) if ends[i] > start and starts[i] < end])
        return found

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of a normalised span."""
        return self.norm.to_original(start, end)

    # -- shared layers -----------------------------------------------------------------

    @property
    def sentences(self) -> list[tuple[int, int]]:
        """Normalised ``(start, end)`` of the body's sentences, in order."""
        if self._sentences is None:
            self._sentences = sentence_spans(self.norm, self.body_start, self.body_end)
        return self._sentences

    @property
    def tokens(self) -> list[Token]:
        """Word tokens of the body (pythainlp), computed once, on first use."""
        if self._tokens is None:
            self._tokens = self._tokenize()
        return self._tokens

    def _tokenize(self) -> list[Token]:
        if self._tokenizer is None:
            raise RuntimeError("this document was built without a tokenizer")
        tokens: list[Token] = []
        text = self.text
        for line_start, line_end in self.segmentation.lines:
            if line_end <= self.body_start or line_start >= self.body_end:
                continue
            line_start, line_end = max(line_start, self.body_start), min(line_end, self.body_end)
            position = line_start
            for piece in self._tokenizer(text[line_start:line_end]):
                # The tokenizer keeps every character (spaces included), so offsets follow by
                # length; `find` guards against an engine that ever drops one.
                found = text.find(piece, position, line_end) if piece else -1
                if found < 0:
                    continue
                tokens.append(Token(found, found + len(piece), piece))
                position = found + len(piece)
        return tokens

    def tokenize_window(self, start: int, end: int) -> list[Token]:
        """Tokens of ``text[start:end]`` alone (not cached), for looking closely at a small span
        without tokenising the whole body."""
        if self._tokenizer is None:
            raise RuntimeError("this document was built without a tokenizer")
        tokens: list[Token] = []
        append = tokens.append
        position = start
        for piece in self._tokenizer(self.text[start:end]):
            piece_end = position + len(piece)
            # (the tuple a Token is, without the Python-level __new__ of a NamedTuple)
            append(_new_tuple(Token, (position, piece_end, piece)))
            position = piece_end
        return tokens

    def tokens_between(self, start: int, end: int) -> list[Token]:
        """Tokens lying inside the normalised span ``[start, end)``."""
        tokens = self.tokens
        if self._token_starts is None:
            self._token_starts = [token.start for token in tokens]
        starts = self._token_starts
        first = bisect.bisect_left(starts, start)
        last = bisect.bisect_left(starts, end)
        return [token for token in tokens[first:last] if token.end <= end]
