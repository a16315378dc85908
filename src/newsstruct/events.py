"""Event assembly: who did what, when, where, with how many.

Not built yet: returns no events.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .records import Event

if TYPE_CHECKING:
    from .document import Document

__all__ = ["assemble"]


def assemble(doc: Document) -> list[Event]:
    """Events of the document, built from the mentions in ``doc.layers``."""
    return []
