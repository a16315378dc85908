"""Reading article files: encodings, JSON Lines, and clear errors that name the file.

Old Thai files are often TIS-620 / cp874 rather than UTF-8; Windows tools add BOMs or write
UTF-16.  :func:`sniff_encodings` decides from the first 64 KiB what a file can be: what a BOM
says, else BOM-less UTF-16 when every other byte looks like it, UTF-8, then cp874 (a superset of
TIS-620); it refuses empty or binary input with an :class:`InputError` naming the file.
:func:`decode` (whole files) and :func:`iter_decoded` (huge files, block by block) both follow
that decision, so a file gets the same encoding whatever its size.

JSON Lines files are read line by line (:func:`iter_jsonl`), never whole, so an export of any
size streams through; a bad line becomes an :class:`InputError` naming the file and line, and
the lines after it are still read.
"""

from __future__ import annotations

import codecs
import io as _stdio
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import attrs

__all__ = [
    "InputError",
    "InputRecord",
    "TextFile",
    "DecodeFailure",
    "SNIFF_BYTES",
    "sniff_encodings",
    "sniff_file",
    "sniff_jsonl",
    "decode",
    "iter_decoded",
    "read_text_file",
    "iter_jsonl",
    "jsonl_splits",
    "iter_jsonl_range",
    "iter_sources",
    "iter_inputs",
    "expand_paths",
]

# Share of control characters above which text is called binary.
_MAX_CONTROL_SHARE = 0.01
# How much of a file decides its encoding.
SNIFF_BYTES = 2**16
# Encodings in which every line ends with the byte 0x0A, so a file can be split into lines
# before decoding.
_LINE_SAFE = frozenset({"utf-8", "utf-8-sig", "cp874"})
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

    def __reduce__(self) -> tuple[Any, ...]:
        # Errors travel between worker processes; the default would call __init__ with str(self).
        return (InputError, (self.source, self.message, self.line))

    def to_dict(self) -> dict[str, Any]:
        """The error as a JSON-ready record (for ``--errors FILE``)."""
        return {"source": self.source, "line": self.line, "error": self.message}


class DecodeFailure(Exception):
    """A file stopped decoding part way through (raised by :func:`iter_decoded`)."""

    def __init__(self, encoding: str, position: int) -> None:
        self.encoding = encoding
        self.position = position
        super().__init__(f"does not decode as {encoding} at byte {position}")

    def __reduce__(self) -> tuple[Any, ...]:
        return (DecodeFailure, (self.encoding, self.position))


@attrs.frozen(slots=True)
class InputRecord:
    """One article to parse: its text and where it came from."""

    text: str
    id: str | None
    source: str
    published: str | None = None
    encoding: str | None = None
    line: int | None = None


@attrs.frozen(slots=True)
class TextFile:
    """A text file still to be read (by whoever parses it, e.g. a worker process)."""

    path: str


def _control_share(text: str) -> float:
    # Only control characters say "binary": a U+FFFD written in valid UTF-8 is text (often the
    # scar of an earlier bad conversion) and must not push the file over to cp874.
    if not text:
        return 0.0
    sample = text[:65536]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\x0c")
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


def _decoded_head(head: bytes, encoding: str, complete: bool) -> str | None:
    try:
        return codecs.getincrementaldecoder(encoding)().decode(head, final=complete)
    except UnicodeDecodeError:
        return None


def sniff_encodings(head: bytes, source: str, *, complete: bool) -> list[str]:
    """Encodings a file starting with ``head`` may be in, most likely first.

    ``complete`` says that ``head`` is the whole file.  A BOM decides alone; otherwise the
    candidates are BOM-less UTF-16 (when the bytes look like it), UTF-8 and cp874, each kept
    only if the head decodes in it and does not look binary.

    >>> sniff_encodings("ข่าว".encode("cp874"), "old.txt", complete=True)
    ['cp874']
    """
    if complete and not head.strip():
        raise InputError(source, "empty file")
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            if _decoded_head(head, encoding, complete) is None:
                raise InputError(source, f"starts with a {encoding} byte-order mark but does not decode")
            return [encoding]
    candidates = ["utf-8", "cp874"]
    utf16 = _looks_utf16(head)
    if utf16:
        candidates.insert(0, utf16)
    fitting = []
    for encoding in candidates:
        text = _decoded_head(head, encoding, complete)
        if text is not None and _control_share(text) <= _MAX_CONTROL_SHARE:
            fitting.append(encoding)
    if not fitting:
        raise InputError(source, "binary or undecodable file (not UTF-8, UTF-16 or TIS-620/cp874 text)")
    return fitting


def _read_head(path: str | os.PathLike[str]) -> tuple[bytes, bool]:
    """A file's first :data:`SNIFF_BYTES` bytes and whether they are the whole file;
    :class:`InputError` when it cannot be read."""
    try:
        with open(path, "rb") as file:
            head = file.read(SNIFF_BYTES + 1)
    except OSError as error:
        raise InputError(str(path), f"cannot read: {error.strerror or error}") from None
    return head[:SNIFF_BYTES], len(head) <= SNIFF_BYTES


def sniff_file(path: str | os.PathLike[str]) -> list[str]:
    """:func:`sniff_encodings` of a file's first bytes; :class:`InputError` when it cannot be read."""
    head, complete = _read_head(path)
    return sniff_encodings(head, str(path), complete=complete)


def _jsonl_encodings(head: bytes, source: str, complete: bool) -> list[str]:
    """Like :func:`sniff_encodings`, but a few undecodable lines in the head do not condemn a JSON
    Lines file: its lines are decoded one by one, and only the bad lines are reported."""
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return [encoding]
    try:
        return sniff_encodings(head, source, complete=complete)
    except InputError:
        if head.strip() and _control_share(head.decode("latin-1")) <= _MAX_CONTROL_SHARE:
            return ["utf-8", "cp874"]
        raise


def sniff_jsonl(path: str | os.PathLike[str]) -> list[str]:
    """Encodings to decode a JSON Lines file's lines with (see :func:`sniff_encodings`)."""
    head, complete = _read_head(path)
    return _jsonl_encodings(head, str(path), complete)


def decode(data: bytes, source: str) -> tuple[str, str]:
    """Text and encoding name of an article file's bytes.

    >>> decode("ข่าว".encode("cp874"), "old.txt")
    ('ข่าว', 'cp874')
    """
    for encoding in sniff_encodings(data[:SNIFF_BYTES], source, complete=len(data) <= SNIFF_BYTES):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError as error:
            if data.startswith(tuple(bom for bom, _ in _BOMS)):
                raise InputError(source, f"starts with a {encoding} byte-order mark but does not decode: {error}") from None
    raise InputError(source, "binary or undecodable file (not UTF-8, UTF-16 or TIS-620/cp874 text)")


def iter_decoded(path: str | os.PathLike[str], encoding: str, *, block_bytes: int = 2**20) -> Iterator[str]:
    """The text of a file in ``encoding``, block by block, without reading it whole.

    Raises :class:`DecodeFailure` (with the byte position) where the bytes stop decoding and
    :class:`InputError` when the file cannot be read.
    """
    decoder = codecs.getincrementaldecoder(encoding)()
    position = 0
    try:
        with open(path, "rb") as file:
            while True:
                block = file.read(block_bytes)
                try:
                    text = decoder.decode(block, final=not block)
                except UnicodeDecodeError as error:
                    raise DecodeFailure(encoding, max(0, position + error.start)) from None
                if text:
                    yield text
                if not block:
                    return
                position += len(block)
    except OSError as error:
        raise InputError(str(path), f"cannot read: {error.strerror or error}") from None


def read_text_file(path: str | os.PathLike[str]) -> tuple[str, str]:
    """Text and encoding of an article file; :class:`InputError` if it cannot be read."""
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise InputError(str(path), f"cannot read: {error.strerror or error}") from None
    return decode(data, str(path))


def iter_jsonl(path: str | os.PathLike[str], lines: Iterable[str] | None = None) -> Iterator[InputRecord | InputError]:
    """Records of a JSON Lines file (``text`` and optional ``id``, ``published``), read line by line.

    Bad lines are yielded as :class:`InputError` (with the line number) so the caller can report
    them and go on; ``lines`` gives already decoded lines instead of reading ``path``.
    """
    source = str(path)
    if lines is not None:
        yield from _jsonl_records(source, ((number, line, None) for number, line in enumerate(lines, 1)))
        return
    try:
        file = open(path, "rb")
    except OSError as error:
        yield InputError(source, f"cannot read: {error.strerror or error}")
        return
    with file:
        head = file.read(SNIFF_BYTES + 1)
        try:
            encodings = _jsonl_encodings(head[:SNIFF_BYTES], source, len(head) <= SNIFF_BYTES)
        except InputError as error:
            yield error
            return
        file.seek(0)
        yield from _jsonl_records(source, _numbered_lines(file, encodings, source))


def _numbered_lines(file: Any, encodings: list[str], source: str) -> Iterator[tuple[int, str | InputError, str]]:
    """``(line number, text or error, encoding)`` for each line of a binary file."""
    if encodings[0] in _LINE_SAFE:
        yield from _decode_lines(file, encodings, source)
        return
    encoding = encodings[0]
    text = _stdio.TextIOWrapper(file, encoding=encoding, newline=None)
    number = 0
    try:
        for number, line in enumerate(text, 1):  # noqa: B007 - the number is needed after the loop
            yield number, line, encoding
    except UnicodeDecodeError:
        yield number + 1, InputError(source, f"does not decode as {encoding} from here on", number + 1), encoding
    finally:
        text.detach()


def _decode_lines(
    raw_lines: Iterable[bytes], encodings: list[str], source: str, first_number: int = 1
) -> Iterator[tuple[int, str | InputError, str]]:
    # Split first, decode each line: one undecodable line costs that line only, and a file
    # joined from a UTF-8 and a TIS-620 export still reads.
    for number, raw in enumerate(raw_lines, first_number):
        for encoding in encodings:
            try:
                yield number, raw.decode(encoding), encoding
                break
            except UnicodeDecodeError:
                continue
        else:
            yield number, InputError(source, f"line is not {' or '.join(encodings)} text", number), encodings[0]


def jsonl_splits(path: str | os.PathLike[str], block_bytes: int) -> list[tuple[int, int, int]] | None:
    """``(start, end, newlines before start)`` byte ranges of about ``block_bytes`` covering a
    JSON Lines file, for reading it in parallel with :func:`iter_jsonl_range`; None when the
    file cannot be split that way (UTF-16/32, unreadable: read it whole with :func:`iter_jsonl`).
    """
    try:
        encodings = sniff_jsonl(path)
    except InputError:
        return None
    if encodings[0] not in _LINE_SAFE:
        return None
    splits = []
    newlines = 0
    start = 0
    with open(path, "rb") as file:
        while True:
            block = file.read(block_bytes)
            if not block:
                break
            splits.append((start, start + len(block), newlines))
            newlines += block.count(b"\n")
            start += len(block)
    return splits or None


def iter_jsonl_range(
    path: str | os.PathLike[str], start: int, end: int, newlines_before: int, encodings: list[str] | None = None
) -> Iterator[InputRecord | InputError]:
    """Records of the lines of a JSON Lines file that *begin* in bytes ``[start, end)``.

    ``newlines_before`` is the number of line ends before ``start`` (from :func:`jsonl_splits`),
    which gives the lines their numbers (and records without an ``id`` their ids).  Ranges
    that cover a file give every line exactly once.
    """
    source = str(path)
    try:
        encodings = encodings or sniff_jsonl(path)
        file = open(path, "rb")
    except (InputError, OSError) as error:
        if start == 0:  # report a file-level problem once, with its first range
            yield error if isinstance(error, InputError) else InputError(source, f"cannot read: {error.strerror or error}")
        return
    with file:
        number = newlines_before + 1
        position = start
        if start > 0:
            file.seek(start - 1)
            if file.read(1) != b"\n":  # the line under way at `start` belongs to the range before
                position += len(file.readline())
                number += 1

        def raw_lines() -> Iterator[bytes]:
            nonlocal position
            while position < end:
                raw = file.readline()
                if not raw:
                    return
                position += len(raw)
                yield raw

        yield from _jsonl_records(source, _decode_lines(raw_lines(), encodings, source, number))


def _jsonl_records(source: str, lines: Iterable[tuple[int, str | InputError, str | None]]) -> Iterator[InputRecord | InputError]:
    stem = Path(source).stem
    for number, line, encoding in lines:
        if isinstance(line, InputError):
            yield line
            continue
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
            encoding=encoding,
            line=number,
        )


def expand_paths(paths: Iterable[str]) -> Iterator[str]:
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


def _split_lines(text: str) -> list[str]:
    # Only CR, LF and CR LF end a JSON line; str.splitlines would also cut at U+2028 and other
    # separators that may stand unescaped inside a JSON string.
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def iter_sources(paths: Iterable[str], input_format: str = "auto", stdin: Any = None) -> Iterator[TextFile | InputRecord | InputError]:
    """Everything named by ``paths``, in order, without reading text files yet.

    Text files come out as :class:`TextFile` (to be read where they are parsed), JSON Lines
    files as their records and bad lines, ``-`` (stdin, read whole) as its record(s).
    """
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
            lines = _split_lines(text)
            if _format_of(path, input_format, lines[0] if lines else None) == "jsonl":
                yield from _jsonl_records("<stdin>", ((number, line, encoding) for number, line in enumerate(lines, 1)))
            else:
                yield InputRecord(text=text, id="stdin", source="<stdin>", encoding=encoding)
            continue
        if not os.path.exists(path):
            yield InputError(path, "no such file or directory")
        elif _format_of(path, input_format) == "jsonl":
            yield from iter_jsonl(path)
        else:
            yield TextFile(path)


def iter_inputs(paths: Iterable[str], input_format: str = "auto", stdin: Any = None) -> Iterator[InputRecord | InputError]:
    """Every article named by ``paths`` (files, directories, ``-`` for stdin), in order, with its text."""
    for item in iter_sources(paths, input_format, stdin):
        if isinstance(item, TextFile):
            try:
                text, encoding = read_text_file(item.path)
            except InputError as error:
                yield error
                continue
            yield InputRecord(text=text, id=Path(item.path).stem, source=item.path, encoding=encoding)
        else:
            yield item
