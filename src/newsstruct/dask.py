"""Scale-out on Dask: parse a bag of articles on a cluster you already run.

Needs the ``dask`` extra (``pip install "newsstruct[dask]"``: dask[bag] and distributed)::

    from distributed import Client
    import newsstruct.dask as nsd

    client = Client("tcp://scheduler-host:8786")        # or Client(LocalCluster())
    inputs = nsd.read_inputs(["exports/*.jsonl", "articles/"])
    parsed = nsd.parse_bag(inputs, published="2020-02-26")
    nsd.write_jsonl(parsed, "out/articles-*.jsonl", errors_path="out/errors-*.jsonl")

The output bag holds exactly the dicts the command line prints (``json.loads`` of each line of
``newsstruct parse``), in input order.  Each worker process builds its pipeline once, on first
use; everything shipped to workers is a module-level function plus plain options, so it
pickles, and the result does not depend on how the bag is partitioned or scheduled.

Inputs that cannot be parsed do not stop the computation: with ``errors="record"`` (the
default) they come out as error records ``{"source", "line", "error"}`` in place of the article,
the same records ``newsstruct parse --errors FILE`` writes; ``errors="raise"`` raises
:class:`~newsstruct.io.InputError` instead.
"""

from __future__ import annotations

import glob
import json
import os
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import attrs

import dask
import dask.bag

from .io import InputError, InputRecord, iter_jsonl, iter_jsonl_range, jsonl_splits, read_text_file, expand_paths, _format_of
from .pipeline import Pipeline
from .serialize import article_to_dict, dumps

__all__ = ["parse_bag", "read_inputs", "write_jsonl", "is_error"]

_ERROR_MODES = ("record", "raise")

_pipelines: dict[str | None, Pipeline] = {}
_pipelines_lock = threading.Lock()


def _pipeline(tokenizer_engine: str | None) -> Pipeline:
    """This worker process's pipeline, built once on first use (worker threads share it)."""
    pipeline = _pipelines.get(tokenizer_engine)
    if pipeline is None:
        with _pipelines_lock:
            pipeline = _pipelines.get(tokenizer_engine)
            if pipeline is None:
                pipeline = _pipelines[tokenizer_engine] = Pipeline(tokenizer_engine=tokenizer_engine)
    return pipeline


@attrs.frozen(slots=True)
class _Options:
    published: str | None = None
    tokenizer_engine: str | None = None
    errors: str = "record"


def is_error(record: dict[str, Any]) -> bool:
    """True for an error record (an input that could not be parsed), False for an article.

    >>> is_error({"source": "a.jsonl", "line": 3, "error": 'record has no "text" string'})
    True
    """
    return "error" in record and "schema_version" not in record


def _failed(options: _Options, error: InputError) -> dict[str, Any]:
    if options.errors == "raise":
        raise error
    return error.to_dict()


def _parse_item(pipeline: Pipeline, item: Any, options: _Options) -> dict[str, Any]:
    if isinstance(item, str):
        item = {"text": item}
    if not isinstance(item, dict):
        return _failed(options, InputError("<bag>", f"an input must be a str or a dict, not {type(item).__name__}"))
    source = item.get("source") or "<bag>"
    line = item.get("line")
    if is_error(item) and "text" not in item:  # an error record from read_inputs
        return _failed(options, InputError(source, str(item["error"]), line))
    text = item.get("text")
    if not isinstance(text, str):
        return _failed(options, InputError(source, 'record has no "text" string', line))
    record_id = item.get("id")
    try:
        article = pipeline.parse(
            text,
            published=item.get("published") or options.published,
            id=str(record_id) if record_id is not None else None,
            source=item.get("source"),
            encoding=item.get("encoding"),
        )
    except ValueError as error:  # e.g. a bad "published" date
        return _failed(options, InputError(source, str(error), line))
    except Exception as error:  # one broken input must not stop the computation
        if options.errors == "raise":
            raise
        return InputError(source, f"parser failed: {type(error).__name__}: {error}", line).to_dict()
    return article_to_dict(article)


def _parse_partition(items: Iterable[Any], options: _Options) -> list[dict[str, Any]]:
    pipeline = _pipeline(options.tokenizer_engine)
    return [_parse_item(pipeline, item, options) for item in items]


def parse_bag(
    bag: dask.bag.Bag,
    *,
    published: str | None = None,
    tokenizer_engine: str | None = None,
    errors: str = "record",
) -> dask.bag.Bag:
    """A bag of parsed articles (JSON-ready dicts, as the CLI prints them) for a bag of inputs.

    Each input is a text (str) or a dict with ``text`` and optional ``id``, ``published``,
    ``source``, ``encoding``, ``line`` (what :func:`read_inputs` yields).  ``published`` is the
    reference date for inputs that carry none.

    >>> import dask.bag as db
    >>> parse_bag(db.from_sequence(["วันที่ 26 กุมภาพันธ์ 2563"])).compute()[0]["dates"][0]["value"]
    '2020-02-26'
    """
    if errors not in _ERROR_MODES:
        raise ValueError(f"errors must be one of {_ERROR_MODES}, got {errors!r}")
    if published is not None:
        from .pipeline import _reference_date

        _reference_date(published)  # a bad date fails here, not on every worker
    options = _Options(published=published, tokenizer_engine=tokenizer_engine, errors=errors)
    return bag.map_partitions(_parse_partition, options)


# -- reading files into a bag ----------------------------------------------------------------


@attrs.frozen(slots=True)
class _Part:
    """What one partition of :func:`read_inputs` reads."""

    kind: str  # "text" (whole text files), "jsonl" (a whole JSON Lines file), "jsonl-range", "error"
    paths: tuple[str, ...] = ()
    start: int = 0
    end: int = 0
    newlines_before: int = 0
    error: InputError | None = None


def _record(item: InputRecord | InputError) -> dict[str, Any]:
    if isinstance(item, InputError):
        return item.to_dict()
    return attrs.asdict(item)


def _read_part(parts: Iterable[_Part]) -> Iterator[dict[str, Any]]:
    for part in parts:
        if part.kind == "error":
            assert part.error is not None
            yield part.error.to_dict()
        elif part.kind == "text":
            for path in part.paths:
                try:
                    text, encoding = read_text_file(path)
                except InputError as error:
                    yield error.to_dict()
                    continue
                yield _record(InputRecord(text=text, id=Path(path).stem, source=path, encoding=encoding))
        elif part.kind == "jsonl":
            yield from map(_record, iter_jsonl(part.paths[0]))
        else:
            yield from map(_record, iter_jsonl_range(part.paths[0], part.start, part.end, part.newlines_before))


def _expand(paths: str | Iterable[str]) -> list[str]:
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    expanded: list[str] = []
    for path in map(str, paths):
        if glob.has_magic(path):
            matches = sorted(glob.glob(path, recursive=True))
            expanded.extend(matches or [path])  # a pattern matching nothing is reported as missing
        else:
            expanded.append(path)
    return list(expand_paths(expanded))


def read_inputs(
    paths: str | Iterable[str],
    *,
    input_format: str = "auto",
    files_per_partition: int = 16,
    blocksize: int = 32 * 2**20,
) -> dask.bag.Bag:
    """A bag of input records (dicts for :func:`parse_bag`) from files, directories and globs.

    Text files become one record each (``id`` = file stem, ``encoding`` as detected), grouped
    ``files_per_partition`` to a partition; JSON Lines files are split into byte ranges of about
    ``blocksize`` read in parallel, each record keeping its line number (and ``<stem>-<line>``
    as ``id`` when it has none).  Unreadable files and bad lines become error records in place.
    Paths are listed here, on the client; the files are read by the workers, so they must see
    the same paths (a shared file system).
    """
    parts: list[_Part] = []
    pending_text: list[str] = []

    def flush_text() -> None:
        if pending_text:
            parts.append(_Part("text", tuple(pending_text)))
            pending_text.clear()

    for path in _expand(paths):
        if not os.path.exists(path):
            flush_text()
            parts.append(_Part("error", error=InputError(path, "no such file or directory")))
        elif _format_of(path, input_format) == "jsonl":
            flush_text()
            splits = jsonl_splits(path, blocksize)
            if splits is None:
                parts.append(_Part("jsonl", (path,)))
            else:
                parts.extend(_Part("jsonl-range", (path,), start, end, newlines) for start, end, newlines in splits)
        else:
            pending_text.append(path)
            if len(pending_text) >= files_per_partition:
                flush_text()
    flush_text()
    if not parts:
        return dask.bag.from_sequence([], npartitions=1)
    return dask.bag.from_sequence(parts, npartitions=len(parts)).map_partitions(_read_part)


# -- writing ---------------------------------------------------------------------------------


def _json_line(record: dict[str, Any]) -> str:
    return dumps(record) if not is_error(record) else json.dumps(record, ensure_ascii=False)


def _is_article(record: dict[str, Any]) -> bool:
    return not is_error(record)


def _partition_text(records: Iterable[dict[str, Any]]) -> list[str]:
    # One string per partition, each line ending in a newline: an empty partition writes an empty
    # file (to_textfiles' own line joining would leave a lone newline there).
    return ["".join(_json_line(record) + "\n" for record in records)]


def _partition_paths(path: str, count: int) -> list[str]:
    """``count`` file names for ``path``: its ``*`` replaced by zero-padded partition numbers,
    or numbered ``*.jsonl`` files in the directory ``path``."""
    if "*" not in path:
        os.makedirs(path, exist_ok=True)
        path = os.path.join(path, "*.jsonl")
    else:
        os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    width = len(str(max(count - 1, 0)))
    return [path.replace("*", f"{index:0{width}d}") for index in range(count)]


def write_jsonl(
    bag: dask.bag.Bag,
    path: str,
    *,
    errors_path: str | None = None,
    compute: bool = True,
    **compute_options: Any,
) -> Any:
    """Write parsed articles as JSON Lines, one file per partition; returns the file names.

    ``path`` is a pattern with one ``*`` (``out/articles-*.jsonl``: the ``*`` becomes the
    zero-padded partition number) or a directory (``out/`` gets ``0.jsonl``, ``1.jsonl`` ...).
    Concatenated in name order, the files hold what ``newsstruct parse`` prints for the same
    inputs.  With ``errors_path`` (same forms) error records go to their own files, written in
    the same pass; without it they stay in place among the articles, so nothing is lost
    unseen.  With ``compute=False`` the delayed writes are returned instead of being run.
    """
    outputs = _partition_paths(path, bag.npartitions)
    if errors_path is None:
        writes = bag.map_partitions(_partition_text).to_textfiles(outputs, compute=False)
    else:
        error_outputs = _partition_paths(errors_path, bag.npartitions)
        writes = [
            *bag.filter(_is_article).map_partitions(_partition_text).to_textfiles(outputs, compute=False),
            *bag.filter(is_error).map_partitions(_partition_text).to_textfiles(error_outputs, compute=False),
        ]
        outputs = outputs + error_outputs
    if not compute:
        return writes
    dask.compute(*writes, **compute_options)
    return outputs
