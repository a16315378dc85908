"""What extractors share: the raw result of a scan and common pattern pieces."""

from __future__ import annotations

from typing import Any, NamedTuple

__all__ = ["Found"]


class Found(NamedTuple):
    """A span found in a plain string, before it becomes a mention.

    ``start``/``end`` index the string that was scanned; ``fields`` are the record fields the
    span resolved to (``value``, ``calendar`` ...).
    """

    start: int
    end: int
    rule: str
    fields: dict[str, Any]
