"""Shared test fixtures: one pipeline per session, paths to example articles and shared data."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsstruct

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples" / "articles"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
GOLDEN = FIXTURES / "golden"
SHARED = REPO.parent / "shared"
SEED_ARTICLE = SHARED / "articles" / "phetchabun-khunsuk-2563.txt"


@pytest.fixture(scope="session")
def pipeline() -> newsstruct.Pipeline:
    return newsstruct.Pipeline()


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The real article the project started from; read from ../shared, never copied here."""
    if not SEED_ARTICLE.exists():
        pytest.skip("../shared/articles is not beside this checkout")
    return SEED_ARTICLE.read_text(encoding="utf-8")


def seed_header_value(seed_text: str, label: str) -> str:
    """What the seed page's header line ``label : value`` says (read here rather than copied
    into the tests: real text stays in ../shared)."""
    for line in seed_text.splitlines():
        name, _, value = line.partition(":")
        if name.strip() == label:
            return value.strip()
    raise AssertionError(f"no {label} line in the seed article")


def _mentions(record):
    """Every Mention inside a record, however deeply nested (event triggers, endpoints ...)."""
    import attrs

    if isinstance(record, newsstruct.records.Mention):
        yield record
    if attrs.has(type(record)):
        for field in attrs.fields(type(record)):
            value = getattr(record, field.name)
            for item in value if isinstance(value, tuple) else (value,):
                if attrs.has(type(item)):
                    yield from _mentions(item)


def assert_offsets(article: newsstruct.Article, original: str) -> None:
    """Every mention anywhere in the article points at exactly its text in the original."""
    for mention in _mentions(article):
        assert 0 <= mention.start < mention.end <= len(original), mention
        assert original[mention.start:mention.end] == mention.text, mention
