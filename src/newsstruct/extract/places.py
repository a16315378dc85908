"""Places (rooms, facilities, villages, administrative areas, countries) and venues.

Not built yet: returns no mentions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import Place, Venue

if TYPE_CHECKING:
    from ..document import Document

__all__ = ["extract", "extract_venues"]


def extract(doc: Document) -> list[Place]:
    """Place mentions in the document's body."""
    return []


def extract_venues(doc: Document) -> list[Venue]:
    """Venues (where something happened) built from ``doc.layers["places"]``."""
    return []
