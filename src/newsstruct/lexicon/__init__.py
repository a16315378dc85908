"""Lexicons: the project's vocabulary, kept as data files beside this module.

Each file is UTF-8 TSV (or TXT, one entry a line).  Lines starting with ``#`` are comments;
every file opens with comments giving its source and licence.  The first non-comment line of
a TSV file names its columns.  Files are read once per process and cached.

    >>> months = load("months")
    >>> months[0]["name"]
    'มกราคม'
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from importlib import resources

__all__ = ["load", "load_words", "trie_pattern"]


def _lines(filename: str) -> list[str]:
    raw = resources.files(__name__).joinpath(filename).read_text(encoding="utf-8")
    return [line for line in raw.splitlines() if line.strip() and not line.startswith("#")]


@functools.cache
def load(name: str) -> tuple[dict[str, str], ...]:
    """Rows of ``<name>.tsv`` as dicts keyed by the header line's column names.

    Empty cells are empty strings; rows are returned in file order.
    """
    lines = _lines(f"{name}.tsv")
    columns = lines[0].split("\t")
    rows = []
    for number, line in enumerate(lines[1:], 2):
        cells = line.split("\t")
        if len(cells) > len(columns):
            raise ValueError(f"lexicon {name}.tsv: row {number} has more cells than columns: {line!r}")
        cells += [""] * (len(columns) - len(cells))
        rows.append(dict(zip(columns, (cell.strip() for cell in cells))))
    return tuple(rows)


@functools.cache
def load_words(name: str) -> tuple[str, ...]:
    """Entries of ``<name>.txt``, one per line, in file order."""
    return tuple(line.strip() for line in _lines(f"{name}.txt"))


def trie_pattern(words: Iterable[str]) -> str:
    """A regex source matching any of ``words``, longest first, arranged as a trie.

    A flat alternation of many Thai words makes the engine try each word at every position;
    a trie shares their prefixes and is several times faster on news text.

    >>> import re
    >>> re.findall(trie_pattern(["ชน", "ชนท้าย", "จับกุม"]), "รถชนท้ายกัน ตำรวจจับกุม")
    ['ชนท้าย', 'จับกุม']
    """
    root: dict = {}
    for word in words:
        if not word:
            raise ValueError("a lexicon word may not be empty")
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)
