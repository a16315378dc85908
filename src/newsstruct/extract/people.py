"""People: titles, names and roles.

Not built yet: returns no mentions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import Person

if TYPE_CHECKING:
    from ..document import Document

__all__ = ["extract"]


def extract(doc: Document) -> list[Person]:
    """Person mentions in the document's body."""
    return []
