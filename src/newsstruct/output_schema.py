"""The JSON Schema (Draft 2020-12) of newsstruct's output, derived from the attrs records.

The records in :mod:`newsstruct.records` are the single source: :func:`build_schema` walks
their fields and types.  The package ships the result as ``schema.json`` so consumers can
read it without importing Python; a test checks that the shipped file equals what the records
give, so the two cannot drift apart.

    >>> schema()["properties"]["schema_version"]["const"]
    1
"""

from __future__ import annotations

import functools
import json
import types
import typing
from importlib import resources
from typing import Any

import attrs

from . import records
from .records import SCHEMA_VERSION, Article

__all__ = ["schema", "build_schema", "SCHEMA_ID"]

SCHEMA_ID = f"https://newsstruct.invalid/schema/article-v{SCHEMA_VERSION}.json"
_DIALECT = "https://json-schema.org/draft/2020-12/schema"
_SCALARS = {str: {"type": "string"}, int: {"type": "integer"}, float: {"type": "number"}, bool: {"type": "boolean"}}


def _type_schema(hint: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(hint)
    if hint in _SCALARS:
        return dict(_SCALARS[hint])
    if hint is type(None):
        return {"type": "null"}
    if origin in (typing.Union, types.UnionType):
        options = [_type_schema(arg, defs) for arg in typing.get_args(hint)]
        if all(set(option) == {"type"} for option in options):
            return {"type": [option["type"] for option in options]}
        return {"anyOf": options}
    if origin is tuple:
        item, ellipsis = typing.get_args(hint)
        if ellipsis is not Ellipsis:
            raise TypeError(f"only homogeneous tuples are supported, not {hint}")
        return {"type": "array", "items": _type_schema(item, defs)}
    if origin is dict:
        return {"type": "object"}
    if attrs.has(hint):
        _record_schema(hint, defs)
        return {"$ref": f"#/$defs/{hint.__name__}"}
    raise TypeError(f"no JSON Schema for {hint!r}")


def _record_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    if cls.__name__ in defs:
        return defs[cls.__name__]
    defs[cls.__name__] = {}  # placeholder against recursion
    hints = typing.get_type_hints(cls, vars(records))
    properties = {field.name: _type_schema(hints[field.name], defs) for field in attrs.fields(cls)}
    doc = (cls.__doc__ or "").strip().split("\n\n")[0].replace("\n", " ")
    definition = {
        "type": "object",
        "description": doc,
        "properties": properties,
        "required": [field.name for field in attrs.fields(cls)],
        "additionalProperties": False,
    }
    defs[cls.__name__] = definition
    return definition


def build_schema() -> dict[str, Any]:
    """The schema of one output article, built from the records (what ``schema.json`` holds)."""
    defs: dict[str, Any] = {}
    article = dict(_record_schema(Article, defs))
    del defs["Article"]
    article["properties"] = dict(article["properties"], schema_version={"const": SCHEMA_VERSION})
    return {
        "$schema": _DIALECT,
        "$id": SCHEMA_ID,
        "title": "newsstruct article",
        **article,
        "$defs": dict(sorted(defs.items())),
    }


@functools.cache
def _shipped() -> str:
    return resources.files(__package__).joinpath("schema.json").read_text(encoding="utf-8")


def schema() -> dict[str, Any]:
    """The JSON Schema of newsstruct's output (Draft 2020-12), as shipped in the package."""
    return json.loads(_shipped())

