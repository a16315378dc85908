"""Scale-out on Dask: a real LocalCluster with worker processes gives what the serial CLI gives."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import dask
import dask.bag as db
import pytest
from distributed import Client, LocalCluster

import newsstruct
from newsstruct.cli import main
from newsstruct.dask import is_error, parse_bag, read_inputs, write_jsonl
from newsstruct.io import InputError

from conftest import EXAMPLES


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    folder = tmp_path / "inputs"
    folder.mkdir()
    for path in sorted(EXAMPLES.glob("*.txt")):
        shutil.copy(path, folder / path.name)
    lines = []
    for number in range(1, 41):
        if number == 13:
            lines.append("{not json")
        elif number == 29:
            lines.append(json.dumps({"id": "no-text"}))
        else:
            record = {"text": f"ข่าวที่ {number} เมื่อวันที่ {number % 28 + 1} ก.พ. 2564 เวลา 10.00 น."}
            if number % 3:
                record["id"] = f"feed-{number}"
            if number % 4 == 0:
                record["published"] = "2021-02-20"
            lines.append(json.dumps(record, ensure_ascii=False))
    (folder / "b-feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "c-empty.txt").write_bytes(b"")
    (folder / "d-old.txt").write_bytes("หัวข้อ : ข่าวเก่า\n\nข่าวเก่า\nวันที่ 1 ม.ค. 2540".encode("cp874"))
    return folder


def serial_cli(folder: Path, tmp_path: Path) -> tuple[bytes, list[dict]]:
    out, errors = tmp_path / "cli.jsonl", tmp_path / "cli.errors.jsonl"
    assert main(["parse", str(folder), "--jobs", "1", "--quiet", "-o", str(out), "--errors", str(errors)]) == 1
    return out.read_bytes(), [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]


def test_local_cluster_output_equals_the_serial_cli(batch: Path, tmp_path: Path) -> None:
    cli_bytes, cli_errors = serial_cli(batch, tmp_path)
    cli_records = [json.loads(line) for line in cli_bytes.decode("utf-8").splitlines()]
    with LocalCluster(processes=True, n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster, Client(cluster) as client:
        # Small blocks split the JSON Lines file over several partitions and workers.
        parsed = parse_bag(read_inputs([str(batch)], files_per_partition=2, blocksize=700))
        assert parsed.npartitions > 4
        records = parsed.compute()
        written = write_jsonl(parsed, str(tmp_path / "dask" / "articles-*.jsonl"), errors_path=str(tmp_path / "dask" / "errors-*.jsonl"))
        pipelines_per_worker = client.run(lambda: len(__import__("newsstruct.dask").dask._pipelines))
    assert [r for r in records if not is_error(r)] == cli_records
    assert [r for r in records if is_error(r)] == cli_errors
    article_files = [Path(p) for p in written if "articles-" in p]
    error_files = [Path(p) for p in written if "errors-" in p]
    assert b"".join(p.read_bytes() for p in article_files) == cli_bytes
    assert [json.loads(line) for p in error_files for line in p.read_text(encoding="utf-8").splitlines()] == cli_errors
    # Each worker process built its pipeline once and kept it.
    assert sorted(pipelines_per_worker.values()) == [1, 1]


def test_parse_bag_of_texts_and_records_is_deterministic() -> None:
    pipeline = newsstruct.Pipeline()
    texts = [f"ประชุมวันที่ {day} มี.ค. 2563 เวลา 13.30 น. มีผู้เข้าร่วม {day}0 คน" for day in range(1, 13)]
    items = [*texts, {"text": texts[0], "id": 7, "published": "2020-03-01"}, {"text": texts[1], "source": "x.jsonl", "line": 4}]
    expected = [newsstruct.to_dict(pipeline.parse(text)) for text in texts] + [
        newsstruct.to_dict(pipeline.parse(texts[0], id="7", published="2020-03-01")),
        newsstruct.to_dict(pipeline.parse(texts[1], source="x.jsonl")),
    ]
    with dask.config.set(scheduler="sync"):
        for partitions in (1, 3, 14):
            assert parse_bag(db.from_sequence(items, npartitions=partitions)).compute() == expected
    with dask.config.set(scheduler="threads"):
        assert parse_bag(db.from_sequence(items, npartitions=5)).compute() == expected


def test_parse_bag_bad_items_become_error_records_or_raise() -> None:
    items = [{"id": "a"}, 42, {"text": "ข่าว", "published": "เมื่อวาน", "source": "s.jsonl", "line": 2}, "ข่าวดี"]
    with dask.config.set(scheduler="sync"):
        records = parse_bag(db.from_sequence(items, npartitions=2)).compute()
        assert [is_error(r) for r in records] == [True, True, True, False]
        assert records[0]["error"] == 'record has no "text" string'
        assert records[1]["error"].startswith("an input must be a str or a dict")
        assert (records[2]["source"], records[2]["line"]) == ("s.jsonl", 2) and "ISO date" in records[2]["error"]
        with pytest.raises(InputError, match='record has no "text" string'):
            parse_bag(db.from_sequence(items[:1]), errors="raise").compute()
    with pytest.raises(ValueError):
        parse_bag(db.from_sequence(items), errors="ignore")
    with pytest.raises(ValueError):
        parse_bag(db.from_sequence(items), published="20/02/2564")


def test_read_inputs_does_not_depend_on_partitioning(batch: Path) -> None:
    with dask.config.set(scheduler="sync"):
        coarse = read_inputs(str(batch)).compute()
        fine = read_inputs([str(batch / "*.txt"), str(batch / "b-feed.jsonl")], files_per_partition=1, blocksize=64).compute()
        missing = read_inputs([str(batch / "nope.txt")]).compute()
    # Same records; the glob lists the text files before the feed.
    assert sorted(coarse, key=json.dumps) == sorted(fine, key=json.dumps)
    feed = [r for r in coarse if r.get("source", "").endswith("b-feed.jsonl")]
    assert [r["line"] for r in feed] == list(range(1, 41))
    assert [r["id"] for r in feed if "id" in r][:3] == ["feed-1", "feed-2", "b-feed-3"]
    assert missing == [{"source": str(batch / "nope.txt"), "line": None, "error": "no such file or directory"}]


def test_write_jsonl_keeps_errors_in_place_without_an_errors_path(tmp_path: Path) -> None:
    items = ["ข่าวหนึ่ง", {"id": "x"}, "ข่าวสอง"]
    with dask.config.set(scheduler="sync"):
        written = write_jsonl(parse_bag(db.from_sequence(items, npartitions=2)), str(tmp_path / "out"))
    assert [Path(p).name for p in written] == ["0.jsonl", "1.jsonl"]
    lines = [json.loads(line) for p in written for line in Path(p).read_text(encoding="utf-8").splitlines()]
    assert [is_error(r) for r in lines] == [False, True, False]
