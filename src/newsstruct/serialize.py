"""JSON and JSON Lines for articles."""

from __future__ import annotations

import json
from typing import Any

from .records import Article, from_dict, to_dict

__all__ = ["article_to_dict", "article_from_dict", "dumps", "loads"]


def article_to_dict(article: Article) -> dict[str, Any]:
    """The JSON-ready dict of an article (the output contract)."""
    return to_dict(article)


def article_from_dict(data: dict[str, Any]) -> Article:
    """The :class:`Article` a dict from :func:`article_to_dict` (or parsed JSON) describes."""
    return from_dict(Article, data)


def dumps(article: Article | dict[str, Any], *, pretty: bool = False) -> str:
    """One article as JSON text: UTF-8 friendly (Thai is not escaped), one line unless ``pretty``."""
    data = article if isinstance(article, dict) else article_to_dict(article)
    if pretty:
        return json.dumps(data, ensure_ascii=False, indent=2)
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def loads(text: str) -> Article:
    """The :class:`Article` of one JSON object produced by :func:`dumps`."""
    return article_from_dict(json.loads(text))
