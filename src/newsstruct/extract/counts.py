"""Counts and amounts with their classifier.

Not built yet: returns no mentions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import Count

if TYPE_CHECKING:
    from ..document import Document

__all__ = ["extract"]


def extract(doc: Document) -> list[Count]:
    """Count mentions in the document's body."""
    return []
