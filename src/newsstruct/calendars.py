"""Calendar eras behind one small interface.

Thai text writes years in the Buddhist era (พ.ศ., BE = CE + 543), the Gregorian era (ค.ศ.) and,
in older documents, the Rattanakosin era (ร.ศ., RE 1 = 1782 CE).  Each era converts a written
year to a Gregorian year and back; the offsets live in ``lexicon/eras.tsv``.

    >>> ERAS["BE"].to_gregorian(2563)
    2020
    >>> ERAS["RE"].from_gregorian(1905)
    124
"""

from __future__ import annotations

import functools

import attrs

from .lexicon import load

__all__ = ["Era", "ERAS", "era_for_marker", "be_short_year"]


@attrs.frozen(slots=True)
class Era:
    """A calendar era: a name and the offset from its years to Gregorian years."""

    name: str  # "BE", "CE" or "RE"
    offset: int  # gregorian_year = written_year + offset

    def to_gregorian(self, year: int) -> int:
        """Gregorian year of ``year`` written in this era."""
        return year + self.offset

    def from_gregorian(self, gregorian_year: int) -> int:
        """``gregorian_year`` written in this era."""
        return gregorian_year - self.offset


@functools.cache
def _eras() -> tuple[dict[str, Era], dict[str, Era]]:
    by_name: dict[str, Era] = {}
    by_marker: dict[str, Era] = {}
    for row in load("eras"):
        era = by_name.setdefault(row["era"], Era(row["era"], int(row["offset"])))
        by_marker[row["marker"]] = era
    return by_name, by_marker


class _EraTable(dict):
    def __missing__(self, name: str) -> Era:
        return _eras()[0][name]


ERAS: dict[str, Era] = _EraTable()


def era_for_marker(marker: str) -> Era | None:
    """The era a written marker such as ``พ.ศ.`` or ``ค.ศ`` names, or None."""
    return _eras()[1].get(marker.replace(" ", ""))


def be_short_year(two_digits: int) -> int:
    """Gregorian year of a two-digit Buddhist-era year as news writes it (``63`` -> 2020)."""
    return ERAS["BE"].to_gregorian(2500 + two_digits)
