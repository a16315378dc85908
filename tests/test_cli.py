"""The newsstruct command: inputs, JSON Lines output, errors and exit codes."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsstruct.cli import main

from conftest import EXAMPLES, seed_header_value

ARTICLE = "หัวข้อ : ทดสอบ\nโดย : ฝ่ายข่าว\nพุธ ที่ 26 เดือน กุมภาพันธ์ พ.ศ.2563\n\nทดสอบ\nวันที่ 26 กุมภาพันธ์ 2563 เวลา 9:00 น."


def run(capsys, *argv: str) -> tuple[int, list[dict], str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    records = [json.loads(line) for line in captured.out.splitlines() if line.strip()]
    return code, records, captured.err


def test_parses_a_directory_in_order(capsys) -> None:
    code, records, err = run(capsys, "parse", str(EXAMPLES))
    assert code == 0
    assert [r["id"] for r in records] == sorted(p.stem for p in EXAMPLES.glob("*.txt"))
    assert "parsed, 0 failed" in err


def test_output_is_utf8_not_escaped(tmp_path: Path, capsys) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code, _, _ = run(capsys, "parse", str(path), "-o", str(out))
    assert code == 0
    line = out.read_text(encoding="utf-8")
    assert "ทดสอบ" in line and "\\u0e" not in line
    record = json.loads(line)
    assert record["id"] == "a" and record["metadata"]["published"] == "2020-02-26"


def test_jsonl_input_with_ids_and_published(tmp_path: Path, capsys) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(
        json.dumps({"id": "x1", "text": "วันที่ 5 ธ.ค. ฝนตก", "published": "2020-12-06"}, ensure_ascii=False) + "\n"
        + json.dumps({"text": "ไม่มีรหัส"}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    code, records, _ = run(capsys, "parse", str(path))
    assert code == 0
    assert [r["id"] for r in records] == ["x1", "batch-2"]
    assert records[0]["metadata"]["published"] == "2020-12-06"


def test_bad_inputs_are_reported_and_the_rest_still_comes_out(tmp_path: Path, capsys) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (inputs / "lines.jsonl").write_text('{"text": "ดี"}\nnot json\n{"id": 3}\n', encoding="utf-8")
    errors = tmp_path / "errors.jsonl"
    code, records, err = run(capsys, "parse", str(inputs), "--errors", str(errors))
    assert code == 1
    assert sorted(r["id"] for r in records) == ["good", "lines-1"]
    assert "empty.txt: empty file" in err
    assert "binary.txt: binary" in err
    assert "lines.jsonl:2: not valid JSON" in err
    assert 'lines.jsonl:3: record has no "text"' in err
    reported = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert len(reported) == 4 and all(r["source"] for r in reported)


def test_tis620_file_is_decoded_and_says_so(tmp_path: Path, capsys) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes(ARTICLE.encode("cp874"))
    code, records, _ = run(capsys, "parse", str(path))
    assert code == 0 and records[0]["encoding"] == "cp874"
    assert records[0]["metadata"]["published"] == "2020-02-26"


def test_missing_file_fails_with_exit_1(capsys, tmp_path: Path) -> None:
    code, records, err = run(capsys, "parse", str(tmp_path / "nope.txt"))
    assert code == 1 and records == [] and "nope.txt: no such file" in err


@pytest.mark.parametrize("argv", [[], ["parse"], ["parse", "x.txt", "--input-format", "xml"], ["frobnicate"]])
def test_usage_errors_exit_2(argv, capsys) -> None:
    assert main(argv) == 2


def test_bad_published_option_is_a_usage_error(capsys) -> None:
    assert main(["parse", "-", "--published", "26/02/2563"]) == 2


def test_stdin_and_pretty(monkeypatch, capsys) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode("utf-8")), encoding="utf-8"))
    code = main(["parse", "-", "--pretty"])
    out = capsys.readouterr().out
    assert code == 0 and out.startswith("{\n")
    assert json.loads(out)["id"] == "stdin"


def test_console_script_runs_the_seed_article(seed_text: str) -> None:
    from conftest import SEED_ARTICLE

    result = subprocess.run(
        [sys.executable, "-m", "newsstruct", "parse", str(SEED_ARTICLE)],
        capture_output=True, text=True, encoding="utf-8", check=False,
    )
    assert result.returncode == 0, result.stderr
    meta = json.loads(result.stdout)["metadata"]
    assert (meta["category"], meta["author"], meta["read_count"], meta["published"], meta["reporter"]) == (
        "ข่าวท้องถิ่นเพชรบูรณ์บ้านเรา", "ฝ่ายข่าว", 39, "2020-02-26", "พรสวรรค์ อุทัยวงศ์"
    )
    assert meta["headline"] == seed_header_value(seed_text, "หัวข้อ")
