"""Whole-parse properties on arbitrary input: no exception, exact offsets, deterministic output.

Also for long lines, runs of digits, dots and slashes, texts parsed in pieces, decoding of any
bytes, and output across processes with other hash seeds.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import newsstruct
from newsstruct import chunked
from newsstruct.io import InputError, decode

from conftest import REPO, assert_offsets

_THAI_PIECES = [
    "วันที่ ", "26 ", "กุมภาพันธ์ ", "ก.พ.", "2563", "๒๕๖๓", "๑๒", "เวลา ", "9:00 น.", "09.00-12.00 น.",
    "ณ ", "ห้องรัศมี ", "โรงแรม", "อำเภอเมือง ", "จังหวัดเพชรบูรณ์", "ต.", "อ.", "จ.", "นาย", "นายอำเภอ",
    "พ.ต.ท.", "หาญ สมุทร์", "ร.ต.อ", "96 คน", "1,250,000บาท", "2 ล้าน", "ครั้งที่ 3", "20 ปี",
    "หัวข้อ : ", "โดย : ", "อ่าน : 39\n", "พิมพ์\n", " : ข่าว", "\u00a0", "\u200b", "\ufeff", "\r\n", "\n",
    "  ", ".", "/", "-", ":", "เเ", "ํา", "่", "ั",
]
thai_heavy = st.lists(st.sampled_from(_THAI_PIECES), max_size=60).map("".join)
adversarial = st.lists(st.sampled_from(["1", "9", ".", "/", "-", " ", ":", "๑", "ก.พ.", "พ.ศ."]), max_size=300).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=300), thai_heavy, adversarial))
def test_parse_never_raises_and_offsets_are_exact(text: str) -> None:
    article = newsstruct.parse(text)
    assert_offsets(article, text)
    assert newsstruct.dumps(newsstruct.parse(text)) == newsstruct.dumps(article)


@settings(max_examples=40, deadline=None)
@given(thai_heavy, st.dates().map(lambda d: d.isoformat()))
def test_published_reference_never_breaks_parsing(text: str, published: str) -> None:
    article = newsstruct.parse(text, published=published)
    assert article.metadata.published == published
    assert_offsets(article, text)


def test_examples_offsets(pipeline) -> None:
    from conftest import EXAMPLES

    for path in EXAMPLES.glob("*.txt"):
        text = path.read_text(encoding="utf-8")
        assert_offsets(pipeline.parse(text), text)


# -- long lines, number soup, pieces, encodings, other processes --------------------------------

_LINE_PIECES = [piece for piece in _THAI_PIECES if "\n" not in piece and "\r" not in piece]
long_line = st.lists(st.sampled_from(_LINE_PIECES), min_size=200, max_size=1200).map("".join)
number_soup = st.lists(
    st.sampled_from(["1", "9", "0", "๙", "๐", ".", "/", "-", ",", ":", " ", "น.", "พ.ศ.", "ก.ย.", "25", "2563", "%", "บาท", "คน"]),
    min_size=50,
    max_size=1500,
).map("".join)
mixed = st.one_of(st.text(max_size=400), thai_heavy, adversarial)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.one_of(long_line, number_soup))
def test_long_lines_and_number_soup_parse_with_exact_offsets(text: str) -> None:
    article = newsstruct.parse(text)
    assert_offsets(article, text)
    assert newsstruct.dumps(newsstruct.parse(text)) == newsstruct.dumps(article)


def _ids_run_on(article: newsstruct.Article) -> None:
    record = newsstruct.to_dict(article)
    known = set()
    for field in ("dates", "times", "durations", "places", "venues", "people", "counts", "organizations"):
        ids = [mention["id"] for mention in record[field]]
        assert ids == [f"{ids[0].rsplit('-', 1)[0]}-{n}" for n in range(len(ids))] if ids else True, field
        known.update(ids)
    for venue in record["venues"]:
        assert set(venue["parts"]) <= known
    for event in record["events"]:
        refs = [fill["ref"] for value in event.values() for fill in (value if isinstance(value, list) else [value]) if isinstance(fill, dict) and "ref" in fill]
        assert set(refs) <= known


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(mixed, long_line), min_size=2, max_size=6).map("\n\n".join), st.integers(min_value=16, max_value=400))
def test_texts_parsed_in_pieces_keep_exact_offsets_and_consistent_ids(text: str, chunk_chars: int) -> None:
    pipeline = newsstruct.Pipeline()
    pipeline.chunk_chars = chunk_chars
    article = pipeline.parse(text)
    assert_offsets(article, text)
    _ids_run_on(article)
    assert newsstruct.dumps(pipeline.parse(text)) == newsstruct.dumps(article)


@settings(max_examples=100, deadline=None)
@given(st.one_of(mixed, long_line), st.integers(min_value=2, max_value=300), st.lists(st.integers(min_value=1, max_value=500), max_size=20))
def test_pieces_cover_the_text_and_do_not_depend_on_how_it_arrives(text: str, limit: int, block_sizes: list[int]) -> None:
    pieces = list(chunked.split_text(text, limit))
    assert "".join(pieces) == text
    assert all(0 < len(piece) <= limit for piece in pieces) or pieces == [""]
    blocks, position = [], 0
    for size in block_sizes:
        blocks.append(text[position : position + size])
        position += size
    blocks.append(text[position:])
    assert list(chunked.split_stream(blocks, limit)) == pieces


_TEXT_CHARS = st.characters(
    codec="utf-8", exclude_categories=("Cc", "Cs"), include_characters="\n\r\t"
)
_THAI_OR_ASCII = st.characters(min_codepoint=0x0E01, max_codepoint=0x0E5B, exclude_characters="\u0e3b\u0e3c\u0e3d\u0e3e") | st.characters(min_codepoint=0x20, max_codepoint=0x7E) | st.sampled_from("\n\r\t")


@settings(max_examples=150, deadline=None)
@given(st.text(_TEXT_CHARS, min_size=1, max_size=300) | st.text(_THAI_OR_ASCII, min_size=1, max_size=300))
def test_decoding_recovers_utf8_bom_and_utf16_text(text: str) -> None:
    assume(text.strip())
    assume(not text.startswith("\ufeff"))
    for data, encoding in (
        (text.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + text.encode("utf-8"), "utf-8-sig"),
        (text.encode("utf-16"), "utf-16"),
    ):
        assert decode(data, "f.txt") == (text, encoding)


@settings(max_examples=150, deadline=None)
@given(st.text(_THAI_OR_ASCII, min_size=1, max_size=300))
def test_decoding_recovers_tis620_text(text: str) -> None:
    assume(text.strip())
    data = text.encode("cp874")
    try:
        data.decode("utf-8")
        assume(False)  # cp874 bytes that also spell UTF-8 (e.g. pure ASCII) are read as UTF-8
    except UnicodeDecodeError:
        pass
    assert decode(data, "old.txt") == (text, "cp874")


@settings(max_examples=100, deadline=None)
@given(st.binary(min_size=1, max_size=400))
def test_decoding_arbitrary_bytes_gives_text_or_a_named_error(data: bytes) -> None:
    try:
        text, encoding = decode(data, "x.bin")
    except InputError as error:
        assert error.source == "x.bin" and error.message
    else:
        assert data.decode(encoding) == text


def test_output_is_the_same_in_processes_with_other_hash_seeds(tmp_path) -> None:
    rng = random.Random(8)
    texts = ["".join(rng.choice(_THAI_PIECES) for _ in range(rng.randint(5, 80))) for _ in range(40)]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"text": text}, ensure_ascii=False) + "\n" for text in texts), encoding="utf-8")
    outputs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO / "src"), os.environ.get("PYTHONPATH")]))}
        result = subprocess.run([sys.executable, "-m", "newsstruct", "parse", str(feed), "--jobs", "1", "-q"],
                                capture_output=True, env=env, check=False)
        assert result.returncode == 0, result.stderr
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1] and outputs[0].count(b"\n") == len(texts)
