"""Reading article files: encodings, JSON Lines, and clear errors that name the file.

Old Thai files are often TIS-620 / cp874 rather than UTF-8; Windows tools add BOMs or write
UTF-16.  :func:`decode` tries what the bytes say (a BOM), then UTF-8, then cp874 (a superset of
TIS-620), and refuses empty or binary input with an :class:`InputError` naming the file.
"""

from __future__ import annotations

import codecs
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs

__all__ = ["InputError", "InputRecord", "decode", "read_text_file", "iter_jsonl", "iter_inputs", "expand_paths"]

# Share of control characters above which text is called binary.
_MAX_CONTROL_SHARE = 0.01
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class InputError(Exception):
    """An input that cannot be parsed: says which file (and line) and why."""

    def __init__(self, source: str, message: str, line: int | None = None) -> None:
        self.source = source
        self.line = line
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.source if self.line is None else f"{self.source}:{self.line}"
        return f"{where}: {self.message}"

    def to_dict(self) -> dict[str, Any]:
        """The error as a JSON-ready record (for ``--errors FILE``)."""
        return {"source": self.source, "line": self.line, "error": self.message}


@attrs.frozen(slots=True)
class InputRecord:
    """One article to parse: its text and where it came from."""

    text: str
    id: str | None
    source: str
    published: str | None = None
    encoding: str | None = None
    line: int | None = None


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    sample = text[:65536]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\x0c") + sample.count("\ufffd")
    return controls / len(sample)


def _looks_utf16(data: bytes) -> str | None:
    """``utf-16-le``/``utf-16-be`` when BOM-less bytes look like UTF-16 Thai or ASCII text."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    # ASCII in UTF-16 has every other byte 0x00; Thai (U+0E00..U+0E7F) has every other byte 0x0E.
    for low, high, codec in ((sample[0::2], sample[1::2], "utf-16-le"), (sample[1::2], sample[0::2], "utf-16-be")):
        if high.count(0) + high.count(0x0E) > 0.9 * len(high) and low.count(0) < 0.1 * len(low):
            return codec
    return None


def decode(data: bytes, source: str) -> tuple[str, str]:
    """Text and encoding name of an article file's bytes.

    >>> decode("ข่าว".encode("cp874"), "old.txt")
    ('ข่าว', 'cp874')
    """
    if not data.strip():
        raise InputError(source, "empty file")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as error:
                raise InputError(source, f"starts with a {codec} byte-order mark but does not decode: {error}") from None
            return text, codec
    candidates = ["utf-8"]
    utf16 = _looks_utf16(data)
    if utf16:
        candidates.insert(0, utf16)
    candidates.append("cp874")
    for codec in candidates:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _control_share(text) > _MAX_CONTROL_SHARE:
            continue
        return text, codec
    raise InputError(source, "binary or undecodable file (not UTF-8, UTF-16 or TIS-620/cp874 text)")


def read_text_file(path: str | os.PathLike[str]) -> tuple[str, str]:
    """Text and encoding of an article file; :class:`InputError` if it cannot be read."""
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise InputError(str(path), f"cannot read: {error.strerror or error}") from None
    return decode(data, str(path))


def iter_jsonl(path: str | os.PathLike[str], lines: Iterator[str] | None = None) -> Iterator[InputRecord | InputError]:
    """Records of a JSON Lines file (``text`` and optional ``id``, ``published``).

    Bad lines are yielded as :class:`InputError` so the caller can report them and go on.
    """
    source = str(path)
    if lines is None:
        try:
            text, _ = read_text_file(path)
        except InputError as error:
            yield error
            return
        lines = iter(text.splitlines())
    stem = Path(source).stem
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield InputError(source, f"not valid JSON: {error.msg} (column {error.colno})", number)
            continue
        if not isinstance(record, dict):
            yield InputError(source, "a JSON Lines record must be an object", number)
            continue
        text = record.get("text")
        if not isinstance(text, str):
            yield InputError(source, 'record has no "text" string', number)
            continue
        record_id = record.get("id")
        published = record.get("published")
        yield InputRecord(
            text=text,
            id=str(record_id) if record_id is not None else f"{stem}-{number}",
            source=source,
            published=str(published) if published else None,
            line=number,
        )


def expand_paths(paths: list[str]) -> Iterator[str]:
    """Files named by ``paths``: files as given, directories as every ``*.txt`` / ``*.jsonl`` below."""
    for path in paths:
        if path != "-" and os.path.isdir(path):
            found = [p for p in Path(path).rglob("*") if p.suffix in {".txt", ".jsonl"} and p.is_file()]
            yield from (str(p) for p in sorted(found))
        else:
            yield path


def _format_of(path: str, input_format: str, first_line: str | None = None) -> str:
    if input_format != "auto":
        return input_format
    if path.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    if path == "-" and first_line is not None and first_line.lstrip().startswith("{"):
        return "jsonl"
    return "text"


def iter_inputs(paths: list[str], input_format: str = "auto", stdin: Any = None) -> Iterator[InputRecord | InputError]:
    """Every article named by ``paths`` (files, directories, ``-`` for stdin), in order."""
    for path in expand_paths(paths):
        if path == "-":
            import sys

            stream = stdin if stdin is not None else sys.stdin
            data = stream.buffer.read() if hasattr(stream, "buffer") else stream.read().encode("utf-8")
            try:
                text, encoding = decode(data, "<stdin>")
            except InputError as error:
                yield error
                continue
            lines = text.splitlines()
            if _format_of(path, input_format, lines[0] if lines else None) == "jsonl":
                yield from iter_jsonl("<stdin>", iter(lines))
            else:
                yield InputRecord(text=text, id="stdin", source="<stdin>", encoding=encoding)
            continue
        if not os.path.exists(path):
            yield InputError(path, "no such file or directory")
            continue
        if _format_of(path, input_format) == "jsonl":
            yield from iter_jsonl(path)
            continue
        try:
            text, encoding = read_text_file(path)
        except InputError as error:
            yield error
            continue
        yield InputRecord(text=text, id=Path(path).stem, source=path, encoding=encoding)
