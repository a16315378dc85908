"""Clock times and time ranges (`9:00 น.` -> `09:00`).

Not built yet: returns no mentions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import Time

if TYPE_CHECKING:
    from ..document import Document

__all__ = ["extract"]


def extract(doc: Document) -> list[Time]:
    """Time mentions in the document's body."""
    return []
