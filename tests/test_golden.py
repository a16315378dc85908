"""Golden outputs: each example article parses to the JSON stored in tests/fixtures/golden.

After an intended change of output, regenerate with ``python tests/regen_golden.py`` and read
the diff before committing it.
"""

from __future__ import annotations

import json

import pytest

import newsstruct

from conftest import EXAMPLES, GOLDEN

ARTICLES = sorted(EXAMPLES.glob("*.txt"))


def golden_output(path) -> dict:
    """What the golden file for ``path`` holds: the article as the CLI prints it, minus the source path."""
    data = newsstruct.to_dict(newsstruct.parse_file(path))
    data["source"] = path.name
    return data


def test_every_example_has_a_golden_file() -> None:
    assert ARTICLES, "no example articles"
    assert sorted(p.stem for p in GOLDEN.glob("*.json")) == [p.stem for p in ARTICLES]


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_matches_golden(path) -> None:
    expected = json.loads((GOLDEN / f"{path.stem}.json").read_text(encoding="utf-8"))
    assert golden_output(path) == expected
