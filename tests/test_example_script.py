"""The bundled example script: the README's first command runs it, so it must keep working."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import EXAMPLES, REPO


def test_example_script_summarises_and_writes_jsonl(tmp_path) -> None:
    out = tmp_path / "parsed.jsonl"
    result = subprocess.run(
        [sys.executable, str(REPO / "examples" / "parse_articles.py"), str(EXAMPLES), "-o", str(out)],
        capture_output=True, text=True, encoding="utf-8", check=False,
    )
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["id"] for r in records) == sorted(p.stem for p in EXAMPLES.glob("*.txt"))
    assert "event:" in result.stdout and "venues:" in result.stdout
    assert f"{len(records)} articles written" in result.stdout
    # Amounts read as a person would write them, not in exponent notation.
    assert "1,250,000,000 บาท" in result.stdout and "e+" not in result.stdout
