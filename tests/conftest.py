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


def assert_offsets(article: newsstruct.Article, original: str) -> None:
    """Every mention of every kind points at exactly its text in the original."""
    mentions = [
        *article.dates, *article.times, *article.durations, *article.places, *article.venues,
        *article.people, *article.counts, *article.organizations,
    ]
    if article.metadata.dateline is not None:
        mentions.append(article.metadata.dateline)
    for mention in mentions:
        assert 0 <= mention.start < mention.end <= len(original), mention
        assert original[mention.start:mention.end] == mention.text, mention
