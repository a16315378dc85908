"""Durations (`20 ปี` -> `P20Y`) and ages.

Not built yet: returns no mentions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import Duration

if TYPE_CHECKING:
    from ..document import Document

__all__ = ["extract"]


def extract(doc: Document) -> list[Duration]:
    """Duration mentions in the document's body."""
    return []
