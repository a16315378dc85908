"""What extractors share: the raw result of a scan, turning it into record fields, and the quote
marks that open a quotation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

from ..records import Span

if TYPE_CHECKING:
    from ..document import Document

__all__ = ["OPENING_QUOTES", "THAI_SCRIPT", "Found", "record_fields"]

# Marks that open a quotation in Thai news (straight and curly, double and single).
OPENING_QUOTES = "\"“'‘"

# The Thai script (``regex``'s ``\p{Thai}``) as the body of a character class, for patterns of the
# standard library's engine, which has no Unicode properties.
THAI_SCRIPT = "\u0e01-\u0e3a\u0e40-\u0e5b"


class Found(NamedTuple):
    """A span found in a plain string, before it becomes a mention.

    ``start``/``end`` index the string that was scanned; ``fields`` are the record fields the
    span resolved to (``value``, ``calendar`` ...).  ``fields["endpoints"]``, when present, holds
    the written ends of a range as ``(start, end, value)`` in the same offsets.
    """

    start: int
    end: int
    rule: str
    fields: dict[str, Any]


def record_fields(doc: Document, fields: dict[str, Any]) -> dict[str, Any]:
    """``fields`` of a scan of ``doc.text`` ready for :meth:`Document.make`: the ends of a range
    become :class:`~newsstruct.records.Span` records anchored in the original text.

    >>> from newsstruct import Pipeline
    >>> doc = Pipeline().document("ปิดถนน 28 ธ.ค. - 3 ม.ค. 63")
    >>> record_fields(doc, {"value": None, "endpoints": ((7, 14, "2019-12-28"), (17, 26, "2020-01-03"))})["endpoints"][0].text
    '28 ธ.ค.'
    """
    ends = fields.get("endpoints")
    if not ends:
        return fields
    spans = []
    for start, end, value in ends:
        orig_start, orig_end = doc.to_original(start, end)
        spans.append(Span(start=orig_start, end=orig_end, text=doc.original[orig_start:orig_end], value=value))
    return {**fields, "endpoints": tuple(spans)}
