"""Text normalisation that remembers where every character came from.

Extractors work on a cleaned copy of the caller's text (NFC, Arabic digits, plain spaces, no
zero-width characters, one space where there were several, a few Thai spelling repairs), but
every mention must point into the *original* text.  :func:`normalize` returns the cleaned text
together with an :class:`OffsetMap` that turns any span of the cleaned text back into a span of
the original, so that ``original[start:end]`` is exactly what was written.

The map is stored as a list of edits, not one integer per character, so a 50 MB input costs
memory in proportion to the number of edits, not its length.
"""

from __future__ import annotations

import bisect
import re
import unicodedata

import attrs
import regex

__all__ = ["Normalized", "OffsetMap", "normalize"]

# One-for-one replacements: they never change the length, so they need no map entries.
_THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_ODD_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\x0b\x0c"
_ONE_FOR_ONE = str.maketrans(
    {**{thai: str(value) for value, thai in enumerate(_THAI_DIGITS)}, **{ch: " " for ch in _ODD_SPACES}}
)

# Characters that carry no text: deleted (U+FEFF also appears as a stray BOM mid-file).
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"

# Length-changing edits, one alternation so the text is scanned once (stdlib re: none of the
# branches can backtrack far, and it scans this alternation several times faster than regex).  Runs of spaces and
# invisible characters become one space (or nothing when no space was among them); CR LF and
# lone CR become LF; two SARA E are SARA AE; NIKHAHIT + SARA AA is SARA AM (with a tone mark
# between them moved before); a Thai vowel or tone mark typed twice is kept once.
_EDITS = re.compile(
    r"(?P<ws>[ " + _INVISIBLE + r"]{2,}|[" + _INVISIBLE + r"]+)"
    r"|(?P<cr>\r\n?)"
    r"|(?P<ee>\u0e40\u0e40)"
    r"|(?P<am>\u0e4d(?P<am_tone>[\u0e48-\u0e4b]?)\u0e32)"
    r"|(?P<dup>(?P<mark>[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])(?P=mark)+)"
)
# Most texts need no edit at all; this cheap test (literal branches only) lets them skip the
# alternation above.
_MAY_NEED_EDITS = re.compile(
    r"  |[\r\u0e4d" + _INVISIBLE + r"]|\u0e40\u0e40|([\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])\1"
)
# Characters that the one-for-one table replaces; most texts have none and skip translate().
_NEEDS_ONE_FOR_ONE = re.compile("[" + _THAI_DIGITS + _ODD_SPACES + "]")


@attrs.frozen(slots=True)
class _Edit:
    norm_start: int
    norm_end: int
    orig_start: int
    orig_end: int


class OffsetMap:
    """Maps positions of a normalised text back to the text it was made from.

    Between edits the two texts run in parallel; inside an edit the whole replaced stretch
    maps to the whole original stretch, so a span never cuts an original character sequence
    in half.
    """

    __slots__ = ("_edits", "_norm_starts")

    def __init__(self, edits: list[_Edit]) -> None:
        self._edits = edits
        self._norm_starts = [edit.norm_start for edit in edits]

    def __len__(self) -> int:
        return len(self._edits)

    def start(self, norm_pos: int) -> int:
        """Original position for a span *starting* at ``norm_pos``."""
        index = bisect.bisect_right(self._norm_starts, norm_pos) - 1
        if index < 0:
            return norm_pos
        edit = self._edits[index]
        if norm_pos < edit.norm_end:
            return edit.orig_start
        return norm_pos - edit.norm_end + edit.orig_end

    def end(self, norm_pos: int) -> int:
        """Original position for a span *ending* (exclusively) at ``norm_pos``."""
        index = bisect.bisect_left(self._norm_starts, norm_pos) - 1
        if index < 0:
            return norm_pos
        edit = self._edits[index]
        if norm_pos <= edit.norm_end:
            return edit.orig_end
        return norm_pos - edit.norm_end + edit.orig_end


def _apply(text: str, replacements: list[tuple[int, int, str]]) -> tuple[str, OffsetMap]:
    """Apply sorted, non-overlapping ``(start, end, new_text)`` replacements to ``text``."""
    pieces: list[str] = []
    edits: list[_Edit] = []
    cursor = 0
    shift = 0  # norm position minus original position so far
    for start, end, new_text in replacements:
        pieces.append(text[cursor:start])
        pieces.append(new_text)
        norm_start = start + shift
        edits.append(_Edit(norm_start, norm_start + len(new_text), start, end))
        shift += len(new_text) - (end - start)
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces), OffsetMap(edits)


def _edit_replacement(match: re.Match) -> str | None:
    """The replacement for one match of ``_EDITS``, or None to leave it as it is."""
    if match.group("ws") is not None:
        replacement = " " if " " in match.group() else ""
        return None if replacement == match.group() else replacement
    if match.group("cr") is not None:
        return "\n"
    if match.group("ee") is not None:
        return "\u0e41"
    if match.group("am") is not None:
        return match.group("am_tone") + "\u0e33"
    return match.group("mark")


def _nfc_replacements(text: str) -> list[tuple[int, int, str]]:
    # Composition only happens inside a grapheme cluster, so normalising cluster by cluster
    # gives NFC of the whole text while telling us which original characters each result
    # came from.  This path only runs for text that is not already NFC.
    replacements = []
    for match in regex.finditer(r"\X", text):
        cluster = match.group()
        composed = unicodedata.normalize("NFC", cluster)
        if composed != cluster:
            replacements.append((match.start(), match.end(), composed))
    return replacements


class Normalized:
    """A normalised text, the original it came from, and the way back."""

    __slots__ = ("original", "text", "_maps")

    def __init__(self, original: str, text: str, maps: list[OffsetMap]) -> None:
        self.original = original
        self.text = text
        self._maps = [m for m in maps if len(m)]

    @property
    def is_identity(self) -> bool:
        """True when every normalised position is the same position in the original."""
        return not self._maps

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the normalised span ``text[start:end]``."""
        if not self._maps:
            return start, end  # (most texts need no length-changing edit)
        for offset_map in reversed(self._maps):
            start, end = offset_map.start(start), offset_map.end(end)
        return start, end


def normalize(original: str) -> Normalized:
    """Normalise Thai news text, keeping a map back to ``original``.

    >>> n = normalize("วันที่\u00a0๒๖  ก.พ.")
    >>> n.text
    'วันที่ 26 ก.พ.'
    >>> n.to_original(7, 9)
    (7, 9)
    """
    text = original.translate(_ONE_FOR_ONE) if _NEEDS_ONE_FOR_ONE.search(original) else original
    maps: list[OffsetMap] = []
    # A repair can bring together characters that another repair then joins or reorders (a
    # deleted zero-width space between two SARA E, or between a tone mark and SARA U), so the
    # passes repeat until nothing changes; plain space collapsing never needs a second round.
    for _ in range(4):
        if unicodedata.is_normalized("NFC", text) and _MAY_NEED_EDITS.search(text) is None:
            break
        if not unicodedata.is_normalized("NFC", text):
            replacements = _nfc_replacements(text)
            if replacements:
                text, nfc_map = _apply(text, replacements)
                maps.append(nfc_map)
        replacements = []
        again = False
        for match in _EDITS.finditer(text):
            new_text = _edit_replacement(match)
            if new_text is not None:
                replacements.append((match.start(), match.end(), new_text))
                again = again or not (new_text == " " or match.group("cr"))
        if not replacements:
            break
        text, edit_map = _apply(text, replacements)
        maps.append(edit_map)
        if not again:
            break
    return Normalized(original, text, maps)
