"""The shipped JSON Schema: it matches the records, and every output validates against it."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

import newsstruct
from newsstruct.output_schema import build_schema, schema

from conftest import EXAMPLES, GOLDEN


def test_shipped_schema_is_what_the_records_give() -> None:
    # If this fails, the records changed: regenerate the shipped file with
    # `python -m newsstruct schema --from-records > src/newsstruct/schema.json`, and bump
    # SCHEMA_VERSION when a field was renamed or removed (adding a field keeps the version).
    assert schema() == build_schema()


def test_schema_is_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(schema())


@pytest.mark.parametrize("path", sorted(GOLDEN.glob("*.json")), ids=lambda p: p.stem)
def test_golden_outputs_validate(path: Path) -> None:
    jsonschema.Draft202012Validator(schema()).validate(json.loads(path.read_text(encoding="utf-8")))


def test_seed_output_validates(seed_text: str) -> None:
    jsonschema.Draft202012Validator(schema()).validate(newsstruct.to_dict(newsstruct.parse(seed_text)))


def test_schema_rejects_a_renamed_field() -> None:
    data = newsstruct.to_dict(newsstruct.parse_file(sorted(EXAMPLES.glob("*.txt"))[0]))
    data["metadata"]["publish_date"] = data["metadata"].pop("published")
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(schema()).validate(data)


def test_every_record_field_is_in_the_schema() -> None:
    import attrs

    from newsstruct import records

    defs = schema()["$defs"]
    for name in ("Date", "Time", "Duration", "Place", "Venue", "Person", "Count", "Organization", "Event", "Metadata"):
        cls = getattr(records, name)
        assert set(defs[name]["properties"]) == {field.name for field in attrs.fields(cls)}


def test_cli_prints_the_schema(capsys) -> None:
    from newsstruct.cli import main

    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out) == schema()
