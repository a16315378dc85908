"""Bad and unusual input: every problem named with its file (and line), the rest still parsed.

Encodings, BOMs, CRLF, empty and binary files, broken JSON Lines, and texts far larger than an
article (parsed in pieces, offsets still into the whole text).  Assertions compare outputs with
each other or check metadata, ids, encodings and messages, never what the extractors find.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import attrs
import pytest

import newsstruct
from newsstruct import chunked
from newsstruct.cli import main
from newsstruct.io import InputError, decode, iter_jsonl, iter_jsonl_range, jsonl_splits
from newsstruct.records import Article, Date, Event, Metadata, Person, Place, SlotFill, Venue

from conftest import REPO, assert_offsets

ARTICLE = (
    "หัวข้อ : ชาวบ้านร่วมปลูกป่าชุมชน\n"
    "โดย : ฝ่ายข่าว\n"
    "จันทร์ ที่ 9 เดือน มีนาคม พ.ศ.2563\n"
    "\n"
    "ชาวบ้านร่วมปลูกป่าชุมชน\n"
    "เมื่อวันที่ 9 มีนาคม 2563 เวลา 10.00 น. ชาวบ้านตำบลหนองบัวกว่า 200 คน ร่วมกันปลูกต้นไม้ 1,500 ต้น\n"
    "นายสมชาย ใจงาม กำนันตำบลหนองบัว กล่าวว่าจะจัดกิจกรรมอีกครั้งในวันที่ 5 มิ.ย. นี้\n"
)
MENTION_FIELDS = ("dates", "times", "durations", "places", "venues", "people", "counts", "organizations")


def run(capsys, *argv: str) -> tuple[int, list[dict], str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, [json.loads(line) for line in captured.out.splitlines() if line.strip()], captured.err


def content(record: dict) -> dict:
    """A record without what depends on the file it came from."""
    return {key: value for key, value in record.items() if key not in ("id", "source", "encoding")}


def check_offsets(record: dict, original: str) -> None:
    for field in MENTION_FIELDS:
        for mention in record[field]:
            assert original[mention["start"]:mention["end"]] == mention["text"], mention


# -- encodings --------------------------------------------------------------------------------

ENCODED = [
    ("utf8.txt", ARTICLE.encode("utf-8"), "utf-8"),
    ("bom.txt", b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"), "utf-8-sig"),
    ("tis620.txt", ARTICLE.encode("cp874"), "cp874"),
    ("utf16.txt", ARTICLE.encode("utf-16"), "utf-16"),
    ("utf16be-bom.txt", b"\xfe\xff" + ARTICLE.encode("utf-16-be"), "utf-16"),
    ("utf16le-nobom.txt", ARTICLE.encode("utf-16-le"), "utf-16-le"),
    ("utf16be-nobom.txt", ARTICLE.encode("utf-16-be"), "utf-16-be"),
]


@pytest.mark.parametrize(("name", "data", "encoding"), ENCODED, ids=[name for name, _, _ in ENCODED])
def test_each_encoding_is_detected_recorded_and_parses_like_utf8(tmp_path: Path, capsys, name, data, encoding) -> None:
    reference = tmp_path / "reference.txt"
    reference.write_text(ARTICLE, encoding="utf-8")
    path = tmp_path / name
    path.write_bytes(data)
    code, records, err = run(capsys, "parse", str(reference), str(path), "--jobs", "1")
    assert code == 0, err
    assert [r["id"] for r in records] == ["reference", path.stem]
    assert records[1]["encoding"] == encoding
    assert records[1]["metadata"]["published"] == "2020-03-09"
    # The decoded text is the article itself, so everything but the file's identity agrees.
    assert content(records[1]) == content(records[0])
    check_offsets(records[1], ARTICLE)


def test_crlf_offsets_index_the_text_as_written(tmp_path: Path, capsys) -> None:
    lf, crlf = tmp_path / "lf.txt", tmp_path / "crlf.txt"
    lf.write_bytes(ARTICLE.encode("utf-8"))
    crlf_text = ARTICLE.replace("\n", "\r\n")
    crlf.write_bytes(crlf_text.encode("utf-8"))
    code, (lf_record, crlf_record), _ = run(capsys, "parse", str(lf), str(crlf))
    assert code == 0
    check_offsets(crlf_record, crlf_text)
    for field in MENTION_FIELDS:
        assert [m["text"] for m in crlf_record[field]] == [m["text"] for m in lf_record[field]]
    drop_span = lambda meta: {k: v for k, v in meta.items() if k != "dateline"}  # noqa: E731
    assert drop_span(crlf_record["metadata"]) == drop_span(lf_record["metadata"])
    assert crlf_record["metadata"]["published"] == "2020-03-09"


def test_tis620_that_is_not_valid_utf8_after_the_sniffed_head_falls_back_whole(tmp_path: Path) -> None:
    # Pure ASCII for more than the sniffed 64 KiB, Thai in TIS-620 after it.
    text = "news " * 14000 + "\n" + ARTICLE
    data = text.encode("cp874")
    assert decode(data, "late-thai.txt") == (text, "cp874")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty file"),
        (b"  \r\n\t\n", "empty file"),
        (bytes(range(256)) * 16, "binary or undecodable"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" * 300, "binary or undecodable"),
        (b"\xef\xbb\xbf" + b"ok then \xff\xfe broken", "starts with a utf-8-sig byte-order mark but does not decode"),
    ],
    ids=["empty", "blank", "bytes", "png", "bad-bom"],
)
def test_unreadable_files_are_named_and_the_rest_still_comes_out(tmp_path: Path, capsys, data: bytes, message: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-good.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b-bad.txt").write_bytes(data)
    (folder / "c-good.txt").write_text(ARTICLE, encoding="utf-8")
    errors = tmp_path / "errors.jsonl"
    code, records, err = run(capsys, "parse", str(folder), "--errors", str(errors), "--jobs", "2")
    assert code == 1
    assert [r["id"] for r in records] == ["a-good", "c-good"]
    assert f"{folder / 'b-bad.txt'}: {message}" in err
    (reported,) = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert reported["source"] == str(folder / "b-bad.txt") and reported["line"] is None
    assert reported["error"].startswith(message)
    assert "1 failed" in err


# -- JSON Lines -------------------------------------------------------------------------------


def jsonl(*lines: str | dict) -> str:
    return "".join((line if isinstance(line, str) else json.dumps(line, ensure_ascii=False)) + "\n" for line in lines)


def test_bad_jsonl_lines_are_named_by_line_and_the_others_parse(tmp_path: Path, capsys) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(
        jsonl(
            {"id": "a", "text": "ฝนตกหนักที่เชียงใหม่"},
            '{"id": "b", "text": "ไม่ปิดวงเล็บ"',
            {"id": "c", "body": "ไม่มีช่อง text"},
            "",
            '["เป็น", "รายการ"]',
            {"id": "d", "text": 42},
            {"id": "e", "text": "วันที่ผิด", "published": "9 มี.ค. 63"},
            {"text": "ไม่มีรหัส"},
        ),
        encoding="utf-8",
    )
    errors = tmp_path / "errors.jsonl"
    code, records, err = run(capsys, "parse", str(path), "--errors", str(errors))
    assert code == 1
    assert [r["id"] for r in records] == ["a", "feed-8"]
    assert f"{path}:2: not valid JSON" in err
    assert f'{path}:3: record has no "text" string' in err
    assert f"{path}:5: a JSON Lines record must be an object" in err
    assert f'{path}:6: record has no "text" string' in err
    assert f"{path}:7: published must be an ISO date" in err
    reported = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert [(r["source"], r["line"]) for r in reported] == [(str(path), n) for n in (2, 3, 5, 6, 7)]


def test_jsonl_in_tis620_with_crlf_and_a_line_that_decodes_in_nothing(tmp_path: Path, capsys) -> None:
    path = tmp_path / "old.jsonl"
    good = json.dumps({"id": "x", "text": ARTICLE}, ensure_ascii=False).encode("cp874")
    path.write_bytes(good + b"\r\n" + b'{"id": "y", "text": "\xdb\xdc\xff"}\r\n' + good.replace(b'"x"', b'"z"') + b"\r\n")
    code, records, err = run(capsys, "parse", str(path))
    assert code == 1
    assert [(r["id"], r["encoding"]) for r in records] == [("x", "cp874"), ("z", "cp874")]
    assert records[0]["metadata"]["published"] == "2020-03-09"
    assert f"{path}:2: line is not" in err


def test_a_jsonl_text_may_hold_unicode_line_separators(tmp_path: Path, capsys) -> None:
    path = tmp_path / "sep.jsonl"
    text = "บรรทัดแรก\u2028บรรทัดสอง\u0085ต่อ\x1cท้าย"
    path.write_text(json.dumps({"id": "s", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    code, records, _ = run(capsys, "parse", str(path))
    assert code == 0 and [r["id"] for r in records] == ["s"]


def test_utf16_jsonl_is_read(tmp_path: Path, capsys) -> None:
    path = tmp_path / "wide.jsonl"
    path.write_bytes(jsonl({"text": "ข่าวหนึ่ง"}, {"text": "ข่าวสอง"}).encode("utf-16"))
    code, records, _ = run(capsys, "parse", str(path))
    assert code == 0
    assert [(r["id"], r["encoding"]) for r in records] == [("wide-1", "utf-16"), ("wide-2", "utf-16")]


def test_empty_and_binary_jsonl_files(tmp_path: Path, capsys) -> None:
    (tmp_path / "empty.jsonl").write_bytes(b"")
    (tmp_path / "binary.jsonl").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "ok.jsonl").write_text(jsonl({"text": "ข่าว"}), encoding="utf-8")
    code, records, err = run(capsys, "parse", str(tmp_path))
    assert code == 1 and [r["id"] for r in records] == ["ok-1"]
    assert "empty.jsonl: empty file" in err and "binary.jsonl: binary" in err


def test_jsonl_byte_ranges_give_every_line_once_with_its_number(tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl"
    lines = [{"text": "ข่าวที่ " + "ก" * (n % 7) + str(n)} if n % 5 else "{broken" for n in range(1, 60)]
    path.write_text(jsonl(*lines), encoding="utf-8")
    whole = [(getattr(r, "id", None), r.line, type(r).__name__) for r in iter_jsonl(path)]
    for block_bytes in (1, 37, 100, 10_000):
        splits = jsonl_splits(path, block_bytes)
        assert splits is not None
        pieces = [(getattr(r, "id", None), r.line, type(r).__name__) for split in splits for r in iter_jsonl_range(path, *split)]
        assert pieces == whole


def test_missing_path_and_usage_errors(tmp_path: Path, capsys) -> None:
    code, records, err = run(capsys, "parse", str(tmp_path / "gone.txt"))
    assert code == 1 and records == [] and "gone.txt: no such file or directory" in err
    assert main(["parse", str(tmp_path), "--jobs", "0"]) == 2
    assert main(["parse", str(tmp_path), "--jobs", "many"]) == 2


def test_input_error_survives_pickling() -> None:
    import pickle

    error = pickle.loads(pickle.dumps(InputError("a.jsonl", "not valid JSON", 4)))
    assert (error.source, error.message, error.line, str(error)) == ("a.jsonl", "not valid JSON", 4, "a.jsonl:4: not valid JSON")


# -- texts too long to parse at once ----------------------------------------------------------

PARAGRAPHS = [
    "เมื่อวันที่ {n} มีนาคม 2566 เวลา 09.30 น. ที่ห้องประชุมศาลากลางจังหวัดลำปาง นายสมปอง ใจดี รองผู้ว่าราชการจังหวัด "
    "เป็นประธานเปิดการอบรมอาสาสมัคร มีผู้เข้าร่วม {n}0 คน",
    "ฝนตกหนักต่อเนื่องเป็นเวลา 3 วัน ทำให้น้ำป่าไหลหลากเข้าท่วมบ้านเรือนในหมู่ที่ {n} ตำบลบ้านใหม่ อำเภอเมือง\u00a0\u00a0เสียหายกว่า {n} หลังคาเรือน",
    "สำนักงานเกษตรจังหวัดจัดงานระหว่างวันที่ {n}-{m} เมษายน 2565 มีเกษตรกรกว่า 1,{n}00 รายเข้าร่วม",
]


def long_article(paragraphs: int, *, separator: str = "\n\n") -> str:
    body = separator.join(PARAGRAPHS[i % 3].format(n=i % 27 + 1, m=i % 27 + 2) for i in range(paragraphs))
    return ARTICLE + "\n" + body + "\n\nสมศรี ใจดี : ข่าว\n"


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("ย่อหน้าแรก\n\nย่อหน้าที่สอง ต่อ", 20, 12),  # after the blank line
        ("ย่อหน้าแรก\r\n \r\nย่อหน้าที่สอง ต่อ", 21, 15),  # a blank line holding CR and a space
        ("บรรทัดที่หนึ่ง\nบรรทัดสอง ต่ออีก", 25, 15),  # no blank line: after the last line break
        ("ข่าว\nบรรทัดที่สองยาวกว่า ต่ออีกนิดหน่อยนะ", 30, 25),  # ... unless it is in the first half
        ("คำหนึ่ง คำสอง คำสาม", 16, 14),  # no line break: after the last space
        ("ก" * 30, 20, 20),  # nothing to cut at: a hard cut
        ("ก" * 18 + "กี่" + "ข" * 9, 20, 18),  # never between a consonant and its marks
        ("a" * 19 + "\r\n" + "b" * 9, 20, 19),  # never inside CR LF
    ],
)
def test_cut_points(text: str, limit: int, expected: int) -> None:
    assert chunked.cut_point(text[: limit + 1], limit) == expected


def test_pieces_do_not_depend_on_how_the_text_arrives() -> None:
    text = long_article(40)
    whole = list(chunked.split_text(text, 700))
    assert "".join(whole) == text and all(len(piece) <= 700 for piece in whole) and len(whole) > 5
    blocks = [text[i : i + 333] for i in range(0, len(text), 333)]
    assert list(chunked.split_stream(blocks, 700)) == whole


def ids_are_consistent(record: dict) -> None:
    """Ids of each kind run 0..n-1 in text order; every reference points at an existing id."""
    known: set[str] = set()
    for field in MENTION_FIELDS:
        mentions = record[field]
        assert [m["start"] for m in mentions] == sorted(m["start"] for m in mentions)
        numbers = [int(m["id"].rsplit("-", 1)[1]) for m in mentions]
        assert numbers == list(range(len(mentions))), field
        known.update(m["id"] for m in mentions)
    for venue in record["venues"]:
        assert set(venue["parts"]) <= known
    for event in record["events"]:
        for value in event.values():
            fills = value if isinstance(value, list) else [value]
            for fill in fills:
                if isinstance(fill, dict) and "ref" in fill:
                    assert fill["ref"] in known, fill
    person_ids = list(dict.fromkeys(p["person_id"] for p in record["people"]))
    assert person_ids == [f"{person_ids[0][0]}{n}" for n in range(len(person_ids))] if person_ids else True


def test_a_long_text_is_parsed_in_pieces_with_whole_text_offsets(pipeline) -> None:
    text = long_article(60)
    small = newsstruct.Pipeline()
    small.chunk_chars = 900
    article = small.parse(text, id="long", source="long.txt")
    assert_offsets(article, text)
    record = newsstruct.to_dict(article)
    ids_are_consistent(record)
    assert record["id"] == "long" and record["source"] == "long.txt"
    assert any(w.startswith("long text: parsed in") for w in record["warnings"])
    # The header is read from the first piece, the byline from the last.
    whole = pipeline.parse(text)
    assert article.metadata == whole.metadata
    assert article.metadata.reporter == "สมศรี ใจดี" and article.metadata.published == "2020-03-09"
    # Same mentions as far as the pieces allow: every piece's mentions come out, in order.
    for field in MENTION_FIELDS:
        assert len(record[field]) == len({(m["start"], m["end"]) for m in record[field]})
    assert small.parse(text) == small.parse(text)


def test_streamed_file_equals_the_same_text_parsed_from_memory(tmp_path: Path, monkeypatch) -> None:
    text = long_article(50).replace("\n", "\r\n")
    path = tmp_path / "long.txt"
    path.write_bytes(text.encode("utf-8"))
    pipeline = newsstruct.Pipeline()
    pipeline.chunk_chars = 1200
    monkeypatch.setattr(chunked, "STREAM_BYTES", 1000)
    monkeypatch.setattr(chunked, "_READ_BYTES", 777)  # blocks end inside multi-byte characters
    streamed = chunked.parse_file(pipeline, path)
    assert streamed.encoding == "utf-8" and streamed.id == "long"
    assert streamed == pipeline.parse(text, id="long", source=str(path), encoding="utf-8")
    assert_offsets(streamed, text)


def test_a_streamed_file_that_stops_being_utf8_is_read_as_tis620(tmp_path: Path, monkeypatch) -> None:
    text = "news\n\n" * 20000 + long_article(5)
    path = tmp_path / "late.txt"
    path.write_bytes(text.encode("cp874"))
    monkeypatch.setattr(chunked, "STREAM_BYTES", 1000)
    article = chunked.parse_file(newsstruct.Pipeline(), path)
    assert article.encoding == "cp874"
    assert_offsets(article, text)


def test_merging_pieces_shifts_offsets_and_renumbers_every_reference() -> None:
    def piece(text: str, people: list[tuple[int, int, str, str]]) -> Article:
        date = Date(start=0, end=2, text=text[0:2], rule="r", id="date-0")
        places = (
            Place(start=3, end=5, text=text[3:5], rule="r", id="place-0"),
            Place(start=6, end=8, text=text[6:8], rule="r", id="place-1"),
        )
        venue = Venue(start=3, end=8, text=text[3:8], rule="r", id="venue-0", parts=("place-0", "place-1"))
        persons = tuple(
            Person(start=s, end=e, text=text[s:e], rule="r", id=f"person-{i}", name=name, person_id=pid)
            for i, (s, e, name, pid) in enumerate(people)
        )
        event = Event(id="event-0", type="meeting", trigger=SlotFill(ref="date-0", rule="r"),
                      venue=SlotFill(ref="venue-0", rule="r"), participants=tuple(SlotFill(ref=p.id, rule="r") for p in persons))
        return Article(id="a", source="s", metadata=Metadata(headline=text[:3], reporter=text[-2:]), dates=(date,),
                       places=places, venues=(venue,), people=persons, events=(event,))

    one = "0123456789abcdefghij"
    two = "ABCDEFGHIJKLMNOPQRST"
    merger = chunked._Merger()
    merger.add(piece(one, [(9, 12, "สม ชาย", "P0"), (13, 15, "มานี", "P1")]), len(one), first=True, last=False)
    merger.add(piece(two, [(9, 12, "สมชาย", "P0"), (13, 15, "ปิติ", "P1")]), len(two), first=False, last=True)
    merged = merger.article("note")
    whole = one + two
    assert_offsets(merged, whole)
    assert [d.id for d in merged.dates] == ["date-0", "date-1"]
    assert [p.id for p in merged.places] == ["place-0", "place-1", "place-2", "place-3"]
    assert merged.venues[1].parts == ("place-2", "place-3") and merged.venues[1].start == 23
    assert [(e.id, e.trigger.ref, e.venue.ref) for e in merged.events] == [("event-0", "date-0", "venue-0"), ("event-1", "date-1", "venue-1")]
    assert [f.ref for f in merged.events[1].participants] == ["person-2", "person-3"]
    # สม ชาย and สมชาย are one person across the pieces; ids numbered by first appearance.
    assert [p.person_id for p in merged.people] == ["P0", "P1", "P0", "P2"]
    assert merged.metadata == attrs.evolve(Metadata(headline="012", reporter="ST"))
    assert merged.warnings == ("note",)


def test_a_role_written_in_one_piece_reaches_the_persons_mentions_in_the_next() -> None:
    def piece(text: str, role: str | None) -> Article:
        person = Person(start=0, end=5, text=text[0:5], rule="r", id="person-0", name="สมชาย ใจดี", person_id="P0",
                        role=role, roles=(role,) if role else ())
        return Article(id="a", source="s", metadata=Metadata(), people=(person,))

    merger = chunked._Merger()
    merger.add(piece("นายสมชาย ใจดี นายอำเภอ", "นายอำเภอ"), 30, first=True, last=False)
    merger.add(piece("นายสมชาย ใจดี กล่าวว่า", None), 30, first=False, last=False)
    merger.add(piece("นายสมชาย ใจดี ปลัดอำเภอ", "ปลัดอำเภอ"), 30, first=False, last=True)
    people = merger.article("note").people
    assert [(p.person_id, p.role, p.role_shared) for p in people] == [
        ("P0", "นายอำเภอ", False), ("P0", "นายอำเภอ", True), ("P0", "ปลัดอำเภอ", False)
    ]


def _child_peak_rss_kib(tmp_path: Path, path: Path) -> tuple[int, dict, str]:
    """Parse ``path`` with the CLI in a fresh process; its exit code, record and peak memory."""
    out = tmp_path / f"{path.stem}.out.jsonl"
    script = (
        "import resource, sys\n"
        "from newsstruct.cli import main\n"
        f"code = main(['parse', {str(path)!r}, '-o', {str(out)!r}, '--jobs', '1', '--quiet'])\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
        "sys.exit(code)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False,
                            env={**__import__("os").environ, "PYTHONPATH": str(REPO / "src")})
    assert result.returncode == 0, result.stderr
    return int(result.stdout.split()[-1]), json.loads(out.read_text(encoding="utf-8")), result.stderr


def test_a_50_mb_file_parses_in_bounded_memory(tmp_path: Path) -> None:
    # Scraped dumps pad their text with long runs of spaces; most of these 50 MB are such runs,
    # which keeps the test quick while the file is as large as a real one.  What is measured is
    # the reading and parsing; the records found are held until the one JSON object is written,
    # so the text between the runs is kept sparse enough that they stay a small part.
    paragraph_count = 0
    path = tmp_path / "dump.txt"
    with path.open("w", encoding="utf-8") as out:
        out.write(ARTICLE + "\n")
        written = len(ARTICLE.encode("utf-8"))
        while written < 50_000_000:
            line = PARAGRAPHS[paragraph_count % 3].format(n=paragraph_count % 27 + 1, m=paragraph_count % 27 + 2) + "\n" + " " * 8000 + "\n"
            out.write(line)
            written += len(line.encode("utf-8"))
            paragraph_count += 1
    small = tmp_path / "small.txt"
    small.write_text(ARTICLE + PARAGRAPHS[0].format(n=1, m=2), encoding="utf-8")

    baseline_kib, _, _ = _child_peak_rss_kib(tmp_path, small)
    peak_kib, record, _ = _child_peak_rss_kib(tmp_path, path)
    # Reading the file whole would take more than its size again as a str (~100 MB here);
    # parsing in pieces stays within the size of a few pieces.
    assert peak_kib - baseline_kib < 100 * 1024, (peak_kib, baseline_kib)
    assert record["id"] == "dump" and record["encoding"] == "utf-8"
    assert record["metadata"]["published"] == "2020-03-09"
    assert any(w.startswith("long text: parsed in") for w in record["warnings"])
    ids_are_consistent(record)
    check_offsets(record, path.read_text(encoding="utf-8"))


def test_replacement_characters_in_utf8_stay_utf8() -> None:
    from newsstruct.io import decode

    assert decode("ข่าว\ufffd\ufffd".encode("utf-8"), "scarred.txt") == ("ข่าว\ufffd\ufffd", "utf-8")
    assert decode("\ufffd".encode("utf-8"), "scarred.txt") == ("\ufffd", "utf-8")
