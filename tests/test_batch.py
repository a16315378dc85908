"""Batches: worker processes, stable order, bounded work in flight, progress and summary."""

from __future__ import annotations

import io
import json
import os
import shutil
import sys
from pathlib import Path

import pytest

from newsstruct import cli
from newsstruct.cli import WorkerDied, main, ordered_map

from conftest import EXAMPLES

HEADLINED = "หัวข้อ : ข่าวทดสอบ\nโดย : ฝ่ายข่าว\n\nข่าวทดสอบ\nเนื้อข่าวบรรทัดเดียว วันที่ 3 ม.ค. 2564 เวลา 8.00 น.\n"


def parse_to_files(tmp_path: Path, name: str, *argv: str) -> tuple[int, bytes, bytes]:
    out, errors = tmp_path / f"{name}.jsonl", tmp_path / f"{name}.errors.jsonl"
    code = main(["parse", *argv, "-o", str(out), "--errors", str(errors), "--quiet"])
    return code, out.read_bytes(), errors.read_bytes()


def test_jobs_2_writes_exactly_what_jobs_1_writes_on_the_examples(tmp_path: Path) -> None:
    one = parse_to_files(tmp_path, "one", str(EXAMPLES), "--jobs", "1")
    two = parse_to_files(tmp_path, "two", str(EXAMPLES), "--jobs", "2")
    assert one[0] == two[0] == 0
    assert one[1] == two[1] and one[1].count(b"\n") == len(list(EXAMPLES.glob("*.txt")))


@pytest.fixture
def mixed_batch(tmp_path: Path) -> Path:
    """Text files, a JSON Lines file of several batches with bad lines, and broken files."""
    folder = tmp_path / "batch"
    folder.mkdir()
    for path in sorted(EXAMPLES.glob("*.txt")):
        shutil.copy(path, folder / path.name)
    lines = []
    for number in range(1, 151):
        if number % 37 == 0:
            lines.append("{not json")
        elif number % 41 == 0:
            lines.append(json.dumps({"id": f"n{number}"}))
        else:
            lines.append(json.dumps({"id": f"n{number}", "text": f"ข่าวที่ {number} วันที่ {number % 28 + 1} ม.ค. 2564"}, ensure_ascii=False))
    (folder / "b-feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "c-empty.txt").write_bytes(b"")
    (folder / "d-old.txt").write_bytes(HEADLINED.encode("cp874"))
    return folder


def test_mixed_batch_is_the_same_with_any_number_of_jobs(tmp_path: Path, mixed_batch: Path) -> None:
    one = parse_to_files(tmp_path, "one", str(mixed_batch), "--jobs", "1")
    two = parse_to_files(tmp_path, "two", str(mixed_batch), "--jobs", "2")
    three = parse_to_files(tmp_path, "three", str(mixed_batch), "--jobs", "3")
    assert one == two == three
    code, output, errors = one
    assert code == 1
    ids = [json.loads(line)["id"] for line in output.decode("utf-8").splitlines()]
    text_files = sorted(p.stem for p in EXAMPLES.glob("*.txt"))
    feed = [f"n{n}" for n in range(1, 151) if n % 37 and n % 41]
    # Input order: files sorted by name (accident-... < b-feed < d-old < flood-...), lines in order.
    expected = sorted([*text_files, "b-feed", "d-old"])
    expected[expected.index("b-feed") : expected.index("b-feed") + 1] = feed
    assert ids == expected
    reported = [json.loads(line) for line in errors.decode("utf-8").splitlines()]
    assert [(Path(r["source"]).name, r["line"]) for r in reported] == [
        ("b-feed.jsonl", 37), ("b-feed.jsonl", 41), ("b-feed.jsonl", 74), ("b-feed.jsonl", 82),
        ("b-feed.jsonl", 111), ("b-feed.jsonl", 123), ("b-feed.jsonl", 148), ("c-empty.txt", None),
    ]


def test_published_option_reaches_the_workers(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("ฝนตกหนัก", encoding="utf-8")
    (tmp_path / "b.txt").write_text("ลมแรง", encoding="utf-8")
    code, output, _ = parse_to_files(tmp_path, "out", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--jobs", "2", "--published", "2021-05-04")
    assert code == 0
    metas = [json.loads(line)["metadata"] for line in output.decode("utf-8").splitlines()]
    assert [(m["published"], m["published_source"]) for m in metas] == [("2021-05-04", "caller")] * 2


def test_pretty_output_with_workers(tmp_path: Path) -> None:
    code, output, _ = parse_to_files(tmp_path, "out", str(EXAMPLES), "--jobs", "2", "--pretty")
    one_code, one_output, _ = parse_to_files(tmp_path, "one", str(EXAMPLES), "--jobs", "1", "--pretty")
    assert code == one_code == 0 and output == one_output and output.startswith(b"{\n  ")


def test_a_parser_crash_is_reported_with_its_input_and_the_batch_goes_on(tmp_path: Path, capsys, monkeypatch) -> None:
    (tmp_path / "a.txt").write_text("ข่าวแรก", encoding="utf-8")
    (tmp_path / "b.txt").write_text("ข่าวที่ทำให้พัง", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text('{"text": "ข่าวที่ทำให้พัง"}\n{"text": "ข่าวดี"}\n', encoding="utf-8")
    real_parse = cli.Pipeline.parse

    def fragile_parse(self, text, **options):
        if "พัง" in text:
            raise RuntimeError("boom")
        return real_parse(self, text, **options)

    monkeypatch.setattr(cli.Pipeline, "parse", fragile_parse)
    code = main(["parse", str(tmp_path), "--jobs", "1"])
    captured = capsys.readouterr()
    assert code == 1
    assert [json.loads(line)["id"] for line in captured.out.splitlines()] == ["a", "c-2"]
    assert f"{tmp_path / 'b.txt'}: parser failed: RuntimeError: boom" in captured.err
    assert f"{tmp_path / 'c.jsonl'}:1: parser failed: RuntimeError: boom" in captured.err


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_on_a_terminal_only(monkeypatch, capsys, tmp_path: Path) -> None:
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    (tmp_path / "empty.txt").write_bytes(b"")
    assert main(["parse", str(EXAMPLES), str(tmp_path / "empty.txt"), "--jobs", "1"]) == 1
    shown = terminal.getvalue()
    assert "\r\x1b[K[" in shown and "/7 files |" in shown and "articles/s |" in shown and "errors" in shown
    assert "empty.txt: empty file" in shown
    # The bar is wiped before the summary, which is the last line.
    assert shown.endswith("\n") and shown.splitlines()[-1].endswith("jobs)")
    assert "newsstruct: 6 parsed, 1 failed (7 files in" in shown.splitlines()[-1]

    quiet = _Terminal()
    monkeypatch.setattr(sys, "stderr", quiet)
    assert main(["parse", str(EXAMPLES), "--jobs", "1", "--quiet"]) == 0
    assert quiet.getvalue() == ""


def test_no_progress_bar_when_piped(capsys) -> None:
    assert main(["parse", str(EXAMPLES), "--jobs", "2"]) == 0
    err = capsys.readouterr().err
    assert "\r" not in err and "\x1b" not in err
    assert err.splitlines() == [line for line in err.splitlines() if line.startswith("newsstruct: 6 parsed, 0 failed")]


def test_quiet_still_reports_failures(tmp_path: Path, capsys) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    assert main(["parse", str(tmp_path / "empty.txt"), "--quiet"]) == 1
    assert capsys.readouterr().err.strip() == f"newsstruct: {tmp_path / 'empty.txt'}: empty file"


# -- ordered_map ------------------------------------------------------------------------------


def _double_or_die(number: int) -> int:
    if number == 7:
        os._exit(3)  # a worker killed mid-task (as the kernel does when memory runs out)
    return number * 2


def test_ordered_map_keeps_order_and_takes_inputs_only_as_needed() -> None:
    pulled: list[int] = []

    def inputs():
        for number in range(40):
            pulled.append(number)
            yield number

    results = ordered_map(abs, inputs(), jobs=2, window=3)
    first = next(results)
    assert first == (0, 0)
    assert len(pulled) <= 4  # the window, plus the one that did not fit
    rest = list(results)
    assert [task for task, _ in [first, *rest]] == list(range(40))
    assert all(task == result for task, result in rest)


def test_ordered_map_survives_a_dying_worker_and_blames_only_its_task() -> None:
    results = list(ordered_map(_double_or_die, range(12), jobs=2, window=4))
    assert [task for task, _ in results] == list(range(12))
    for task, result in results:
        if task == 7:
            assert isinstance(result, WorkerDied)
        else:
            assert result == task * 2


def test_cli_reports_a_dead_worker_as_a_failure_of_that_input(tmp_path: Path) -> None:
    from newsstruct.io import InputError, InputRecord, TextFile

    task = cli._Task((TextFile("x.txt"), InputRecord("ข่าว", "f-2", "f.jsonl", line=2), InputError("f.jsonl", "not valid JSON", 3)))
    died = cli._died(task, WorkerDied("the worker process died"))
    assert [str(error) for error in died] == ["x.txt: the worker process died", "f.jsonl:2: the worker process died", "f.jsonl:3: not valid JSON"]
