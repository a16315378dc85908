"""Thailand's administrative areas with their official codes, over the ``geothai`` package.

``geothai`` (MIT code, CC-BY-4.0 data from the Department of Provincial Administration, DOPA)
lists the 77 provinces, 928 districts (อำเภอ / เขต) and 7,400+ subdistricts (ตำบล / แขวง) with
their DOPA codes: 2 digits for a province, 4 for a district, 6 for a subdistrict, each code
beginning with its parent's.

Importing this module costs nothing: ``geothai`` itself (about 0.1 s to import, its dataclass
schema is large) and its tables (about 0.05 s more) are read on the first call of
:func:`gazetteer`, once per process.

Names are kept as people write them after the level word: Bangkok's districts lose the
``เขต`` the gazetteer spells them with (``เขตบางรัก`` -> ``บางรัก``), so ``เขตบางรัก`` and
``บางรัก`` in text both find code ``1004``.

    >>> g = gazetteer()
    >>> g.province_named("เพชรบูรณ์").code
    '67'
    >>> g.capital_district("67").name
    'เมืองเพชรบูรณ์'
"""

from __future__ import annotations

import functools
from typing import NamedTuple

from .lexicon import load

__all__ = ["Area", "Gazetteer", "gazetteer", "edit_distance"]

BANGKOK = "10"


class Area(NamedTuple):
    """One administrative area: ``level`` is ``province``, ``district`` or ``subdistrict``."""

    code: str
    name: str
    level: str
    name_en: str = ""

    @property
    def province_code(self) -> str:
        return self.code[:2]

    @property
    def district_code(self) -> str | None:
        return self.code[:4] if len(self.code) >= 4 else None


def edit_distance(first: str, second: str, limit: int = 3) -> int:
    """Levenshtein distance, giving up (returning ``limit``) once it reaches ``limit``.

    >>> edit_distance("เชียงรย", "เชียงราย")
    1
    """
    if abs(len(first) - len(second)) >= limit:
        return limit
    if limit <= 2:
        # "the same, one edit apart, or further" needs no table (the common question)
        if first == second:
            return 0
        return 1 if limit == 1 or _one_edit_apart(first, second) else 2
    previous = list(range(len(second) + 1))
    for i, char in enumerate(first, 1):
        current = [i]
        for j, other in enumerate(second, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char != other)))
        if min(current) >= limit:
            return limit
        previous = current
    return min(previous[-1], limit)


def _one_edit_apart(first: str, second: str) -> bool:
    """Whether one insertion, deletion or substitution turns ``first`` into ``second``
    (two strings that differ, in length by at most one)."""
    if len(first) < len(second):
        first, second = second, first
    differs = next((i for i, (a, b) in enumerate(zip(first, second)) if a != b), len(second))
    # past the first difference the rest must agree, shifted by one when a letter is missing
    return first[differs + 1:] == second[differs + (len(first) == len(second)):]


class Gazetteer:
    """Look-ups by name and code over provinces, districts and subdistricts."""

    def __init__(self, provinces: list[Area], districts: list[Area], subdistricts: list[Area],
                 province_aliases: dict[str, str]) -> None:
        self.by_code: dict[str, Area] = {area.code: area for area in (*provinces, *districts, *subdistricts)}
        self.provinces = tuple(provinces)
        self._province_by_name: dict[str, Area] = {area.name: area for area in provinces}
        for alias, official in province_aliases.items():
            self._province_by_name[alias] = self._province_by_name[official]
        self._districts_by_name: dict[str, list[Area]] = {}
        for area in districts:
            self._districts_by_name.setdefault(area.name, []).append(area)
        self._subdistricts_by_name: dict[str, list[Area]] = {}
        for area in subdistricts:
            self._subdistricts_by_name.setdefault(area.name, []).append(area)
        # The lengths of the names of each level by their first two letters, longest first:
        # the only lengths worth trying where a text begins with those letters.
        self._name_lengths: dict[str, dict[str, tuple[int, ...]]] = {}
        for level, table in (("province", self._province_by_name), ("district", self._districts_by_name),
                             ("subdistrict", self._subdistricts_by_name)):
            lengths: dict[str, set[int]] = {}
            for name in table:
                if len(name) < 2:
                    raise ValueError(f"gazetteer: a {level} name of one letter: {name!r}")
                lengths.setdefault(name[:2], set()).add(len(name))
            self._name_lengths[level] = {start: tuple(sorted(found, reverse=True)) for start, found in lengths.items()}
        # fuzzy_province leaves short names alone (ตาก, เลย, ตราด are one typo from common words)
        # and tries only the names whose first or last two letters the text shows
        self._fuzzy_by_head: dict[str, list[Area]] = {}
        self._fuzzy_by_tail: dict[str, list[Area]] = {}
        for area in provinces:
            if len(area.name) >= 5:
                self._fuzzy_by_head.setdefault(area.name[:2], []).append(area)
                self._fuzzy_by_tail.setdefault(area.name[-2:], []).append(area)
        self._fuzzy_longest = max((len(area.name) for area in provinces), default=0)

    # -- names ------------------------------------------------------------------------------

    def province_named(self, name: str) -> Area | None:
        """The province an official name or a common short form (``กทม.``, ``โคราช``) stands for."""
        return self._province_by_name.get(name)

    def districts_named(self, name: str) -> tuple[Area, ...]:
        """Every district with this name (a few names are shared by two provinces)."""
        return tuple(self._districts_by_name.get(name, ()))

    def subdistricts_named(self, name: str) -> tuple[Area, ...]:
        """Every subdistrict with this name (``หนองบัว`` names 28 of them)."""
        return tuple(self._subdistricts_by_name.get(name, ()))

    def named(self, level: str, name: str) -> tuple[Area, ...]:
        """Areas of ``level`` with this name."""
        if level == "province":
            area = self.province_named(name)
            return (area,) if area else ()
        if level == "district":
            return self.districts_named(name)
        return self.subdistricts_named(name)

    def province_names(self) -> list[str]:
        """Official names and short forms of every province."""
        return list(self._province_by_name)

    def longest_name(self, level: str, text: str, start: int, end: int) -> str | None:
        """The longest name of an area of ``level`` that ``text[start:end]`` begins with.

        >>> gazetteer().longest_name("district", "อำเภอเมืองเพชรบูรณ์ จังหวัด", 5, 27)
        'เมืองเพชรบูรณ์'
        """
        table = (self._province_by_name if level == "province"
                 else self._districts_by_name if level == "district" else self._subdistricts_by_name)
        for length in self._name_lengths[level].get(text[start:start + 2], ()):
            if start + length <= end and text[start:start + length] in table:
                return text[start:start + length]
        return None

    # -- structure ------------------------------------------------------------------------

    def capital_district(self, province_code: str) -> Area | None:
        """The province's capital district (อำเภอเมือง...), always code ``XX01``; Bangkok has none."""
        if province_code == BANGKOK:
            return None
        return self.by_code.get(province_code + "01")

    def parent(self, area: Area) -> Area | None:
        """The district of a subdistrict, the province of a district."""
        if area.level == "subdistrict":
            return self.by_code.get(area.code[:4])
        if area.level == "district":
            return self.by_code.get(area.code[:2])
        return None

    def fuzzy_province(self, text: str, max_distance: int = 1) -> tuple[Area, int] | None:
        """The one province whose name ``text`` begins with, allowing ``max_distance`` typing
        mistakes, and how many characters of ``text`` it covers (None when none or several fit).

        >>> area, length = gazetteer().fuzzy_province("เชียงรยเป็นเมือง")
        >>> area.name, length
        ('เชียงราย', 7)
        """
        # One mistake leaves the first or the last two letters of the name in place: the last
        # two within the first len(name) + max_distance letters of the text.
        candidates = {area.code: area for area in self._fuzzy_by_head.get(text[:2], ())}
        window = text[: self._fuzzy_longest + max_distance]
        for index in range(len(window) - 1):
            for area in self._fuzzy_by_tail.get(window[index:index + 2], ()):
                if index + 2 <= len(area.name) + max_distance:
                    candidates[area.code] = area
        found: dict[str, tuple[Area, int, int]] = {}
        for area in candidates.values():
            name = area.name
            for length in range(len(name) - max_distance, len(name) + max_distance + 1):
                if length > len(text):
                    break
                distance = edit_distance(text[:length], name, max_distance + 1)
                if distance <= max_distance:
                    best = found.get(area.code)
                    if best is None or (distance, -length) < (best[2], -best[1]):
                        found[area.code] = (area, length, distance)
        if len(found) != 1:
            return None
        area, length, _ = next(iter(found.values()))
        return area, length


@functools.cache
def gazetteer() -> Gazetteer:
    """The gazetteer, built on first use and shared for the rest of the process."""
    import geothai  # deferred: importing it costs ~0.1 s that a parse without places never pays

    provinces = [Area(p.code, p.name_th, "province", p.name_en) for p in geothai.provinces()]
    districts: list[Area] = []
    subdistricts: list[Area] = []
    for province in provinces:
        for district in geothai.districts(province.code):
            name = district.name_th
            if province.code == BANGKOK and name.startswith("เขต"):
                name = name[len("เขต"):]
            districts.append(Area(district.code, name, "district", district.name_en))
            for subdistrict in geothai.subdistricts(district.code):
                subdistricts.append(Area(subdistrict.code, subdistrict.name_th, "subdistrict", subdistrict.name_en))
    aliases = {row["alias"]: row["province"] for row in load("province_aliases")}
    return Gazetteer(provinces, districts, subdistricts, aliases)
