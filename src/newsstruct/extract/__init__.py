"""Extractors: one module per mention kind, each ``extract(doc) -> list[Mention]``.

:data:`EXTRACTORS` fixes the order the pipeline runs them in and the Article field each one
fills.  Order matters only through ``doc.layers`` and :meth:`Document.overlaps`: dates, times
and durations first (so counts can skip them), organisations before places (a province inside
an organisation name is not a place), places before venues and people, counts last.
"""

from __future__ import annotations

from . import counts, dates, durations, orgs, people, places, times

__all__ = ["EXTRACTORS"]

EXTRACTORS = (
    ("dates", dates.extract),
    ("times", times.extract),
    ("durations", durations.extract),
    ("organizations", orgs.extract),
    ("places", places.extract),
    ("venues", places.extract_venues),
    ("people", people.extract),
    ("percentages", counts.extract_percentages),
    ("counts", counts.extract),
)
