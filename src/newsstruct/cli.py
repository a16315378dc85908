"""The ``newsstruct`` command.

    newsstruct parse PATH... [--jobs N] [--input-format auto|text|jsonl] [-o FILE] [--pretty]
                             [--published YYYY-MM-DD] [--errors FILE] [-q]

JSON Lines go to stdout (or ``-o FILE``), diagnostics to stderr.  Exit codes: 0 every input
parsed, 1 some input failed (each failure is reported with its file and line), 2 usage error.

Batches run in ``--jobs`` worker processes (default: one per core), each loading the pipeline
once.  Inputs stream through a bounded window of work in flight, so memory does not grow with
the size of the batch, and records come out in input order, byte for byte what ``--jobs 1``
writes.  Text files are read by the workers themselves; JSON Lines files are read line by line
here and sent out in small batches.
"""

from __future__ import annotations

import argparse
import collections
import concurrent.futures
import functools
import itertools
import json
import multiprocessing
import os
import signal
import sys
import time
import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures.process import BrokenProcessPool
from typing import IO, Any

import attrs

from . import chunked
from .io import InputError, InputRecord, TextFile, expand_paths, iter_sources
from .pipeline import Pipeline
from .serialize import article_to_dict, dumps

__all__ = ["main", "ordered_map", "WorkerDied"]

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED = 130

# A batch of JSON Lines records sent to one worker: big enough that sending it costs little next
# to parsing it, small enough that a window of them stays a few megabytes.
_BATCH_RECORDS = 64
_BATCH_CHARS = 1_000_000
# Text files per task: a few, so small articles share the cost of a round trip to a worker while
# a handful of files still spreads over all workers.
_BATCH_FILES = 4
# Tasks in flight per worker: keeps every worker busy while bounding memory.
_WINDOW_PER_JOB = 4


def _job_count(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if jobs < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return jobs


def default_jobs() -> int:
    """The number of cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsstruct", description="Structured records from Thai news articles.")
    commands = parser.add_subparsers(dest="command", required=True)
    parse = commands.add_parser("parse", help="parse article files into JSON Lines")
    parse.add_argument("paths", nargs="+", metavar="PATH", help="a file, a directory (every *.txt / *.jsonl below it) or - for stdin")
    parse.add_argument("--input-format", choices=("auto", "text", "jsonl"), default="auto", help="default: by file suffix (.jsonl is JSON Lines)")
    parse.add_argument("-o", "--output", metavar="FILE", help="write JSON Lines here instead of stdout")
    parse.add_argument("--pretty", action="store_true", help="indented JSON (for reading a single article)")
    parse.add_argument("--published", metavar="YYYY-MM-DD", help="publication date for text inputs that have no dateline")
    parse.add_argument("--errors", metavar="FILE", help="also write each failure as a JSON line to FILE")
    parse.add_argument("-j", "--jobs", type=_job_count, default=None, metavar="N", help="worker processes (default: one per core; 1 parses in this process)")
    parse.add_argument("-q", "--quiet", action="store_true", help="no progress or summary on stderr (failures are still reported)")
    schema = commands.add_parser("schema", help="print the JSON Schema (Draft 2020-12) of the output")
    schema.add_argument("--from-records", action="store_true", help="derive it from the records instead of printing the shipped file (for rebuilding schema.json)")
    return parser


def _run_schema(args: argparse.Namespace) -> int:
    from .output_schema import build_schema, schema

    data = build_schema() if args.from_records else schema()
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    return EXIT_OK


# -- work units ---------------------------------------------------------------------------


@attrs.frozen(slots=True)
class _Task:
    """What one worker does in one go: a few consecutive inputs (text files still to be read,
    records, and errors found while reading them, kept in place so reports follow input order)."""

    items: tuple[TextFile | InputRecord | InputError, ...] = ()
    files_done: int = 0  # input files finished once this task is

    @property
    def needs_worker(self) -> bool:
        return any(not isinstance(item, InputError) for item in self.items)


@attrs.frozen(slots=True)
class _Options:
    published: str | None = None
    pretty: bool = False


def _source_of(item: TextFile | InputRecord | InputError) -> str:
    return item.path if isinstance(item, TextFile) else item.source


def _tasks(sources: Iterable[TextFile | InputRecord | InputError]) -> Iterator[_Task]:
    """Group what :func:`iter_sources` yields into tasks of a few files or many records.

    A file counts as done with the task that holds the first item after it (or the last task),
    so progress never runs ahead of the output.
    """
    batch: list[TextFile | InputRecord | InputError] = []
    chars = text_files = files_done = 0
    source: str | None = None
    for item in sources:
        if source is not None and _source_of(item) != source:
            files_done += 1
        source = _source_of(item)
        batch.append(item)
        if isinstance(item, TextFile):
            text_files += 1
        elif isinstance(item, InputRecord):
            chars += len(item.text)
        if len(batch) >= _BATCH_RECORDS or chars >= _BATCH_CHARS or text_files >= _BATCH_FILES:
            yield _Task(tuple(batch), files_done)
            batch, chars, text_files, files_done = [], 0, 0, 0
    if source is not None:
        yield _Task(tuple(batch), files_done + 1)


# -- what a worker process runs ------------------------------------------------------------

_pipeline: Pipeline | None = None


def _worker_pipeline() -> Pipeline:
    """This process's pipeline, built on first use (once per worker process)."""
    global _pipeline
    if _pipeline is None:
        _pipeline = Pipeline()
    return _pipeline


def _internal_error(source: str, error: Exception, line: int | None = None) -> InputError:
    frames = traceback.extract_tb(error.__traceback__)
    where = f" (at {os.path.basename(frames[-1].filename)}:{frames[-1].lineno})" if frames else ""
    return InputError(source, f"parser failed: {type(error).__name__}: {error}{where}", line)


def _parse_task(options: _Options, task: _Task) -> list[str | InputError]:
    """The JSON lines (or errors) of one task's inputs, in order."""
    pipeline = _worker_pipeline()
    results: list[str | InputError] = []
    for item in task.items:
        if isinstance(item, InputError):
            results.append(item)
            continue
        try:
            if isinstance(item, TextFile):
                article = chunked.parse_file(pipeline, item.path, published=options.published)
            else:
                article = pipeline.parse(
                    item.text,
                    published=item.published or options.published,
                    id=item.id,
                    source=item.source,
                    encoding=item.encoding,
                )
            results.append(dumps(article_to_dict(article), pretty=options.pretty))
        except InputError as error:
            results.append(error)
        except ValueError as error:  # e.g. a bad "published" date in a JSONL record
            results.append(InputError(_source_of(item), str(error), getattr(item, "line", None)))
        except Exception as error:  # one broken input must not stop the batch
            results.append(_internal_error(_source_of(item), error, getattr(item, "line", None)))
    return results


def _warm_up() -> None:
    _worker_pipeline()


# -- ordered parallel map ------------------------------------------------------------------


class WorkerDied(Exception):
    """The worker process running a task died (killed, out of memory, crashed in C code)."""


class _Entry:
    __slots__ = ("task", "future", "suspect")

    def __init__(self, task: Any, future: concurrent.futures.Future | None, suspect: bool = False) -> None:
        self.task = task
        self.future = future
        self.suspect = suspect

    def settled(self) -> bool:
        """Done with a result (or an ordinary exception), not lost with a dead worker."""
        if self.future is None or not self.future.done():
            return False
        return not isinstance(self.future.exception(), BrokenProcessPool)


def _start_worker(initializer: Callable[[], None] | None) -> None:
    # Ctrl-C reaches the whole process group; the parent alone decides what happens then (it
    # stops the pool), so workers do not each print a KeyboardInterrupt traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if initializer is not None:
        initializer()


def _process_context() -> multiprocessing.context.BaseContext:
    # forkserver starts workers from a clean process: safe even when the caller has threads
    # (a test runner, a notebook, a dask client), unlike a plain fork.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def ordered_map(
    work: Callable[[Any], Any],
    tasks: Iterable[Any],
    *,
    jobs: int,
    initializer: Callable[[], None] | None = None,
    window: int | None = None,
) -> Iterator[tuple[Any, Any]]:
    """``(task, work(task))`` for each task, in task order, computed by ``jobs`` worker processes.

    At most ``window`` tasks (default ``4 * jobs``) are in flight, and ``tasks`` is consumed
    only as results are taken, so a batch of any length runs in bounded memory.  With
    ``jobs == 1`` everything runs in this process.  When a worker process dies, the tasks that
    were in flight are run again one at a time; the one that kills its worker again is given a
    :class:`WorkerDied` instance as its result, and the rest come out as usual.
    ``work`` and the tasks must be picklable.
    """
    if jobs <= 1:
        if initializer is not None:
            initializer()
        for task in tasks:
            yield task, work(task)
        return
    window = window or _WINDOW_PER_JOB * jobs
    context = _process_context()

    def new_pool() -> concurrent.futures.ProcessPoolExecutor:
        return concurrent.futures.ProcessPoolExecutor(
            max_workers=jobs, mp_context=context, initializer=_start_worker, initargs=(initializer,)
        )

    def submit(task: Any) -> concurrent.futures.Future:
        try:
            return pool.submit(work, task)
        except BrokenProcessPool as broken:  # a worker died since the last look: handled below
            future: concurrent.futures.Future = concurrent.futures.Future()
            future.set_exception(broken)
            return future

    pool = new_pool()
    pending: collections.deque[_Entry] = collections.deque()
    remaining = iter(tasks)
    exhausted = False
    try:
        while True:
            # New work only while no task is under suspicion, so a suspect runs alone.
            while not exhausted and len(pending) < window and not any(entry.suspect for entry in pending):
                task = next(remaining, _END)
                if task is _END:
                    exhausted = True
                else:
                    pending.append(_Entry(task, submit(task)))
            if not pending:
                return
            head = pending[0]
            if head.future is None:
                head.future = submit(head.task)
            try:
                result = head.future.result()
            except BrokenProcessPool:
                pool.shutdown(wait=False, cancel_futures=True)
                pool = new_pool()
                if head.suspect:  # it ran alone, so it is the one that kills its worker
                    pending.popleft()
                    yield head.task, WorkerDied("the worker process died while parsing this input (out of memory or a crash)")
                for entry in pending:
                    if not entry.settled():
                        entry.future, entry.suspect = None, True
                continue
            pending.popleft()
            yield head.task, result
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


_END = object()


# -- progress and reporting ----------------------------------------------------------------


class _Progress:
    """A one-line progress bar on a terminal's stderr, redrawn at most ten times a second."""

    _WIDTH = 24

    def __init__(self, stream: IO[str], total_files: int, enabled: bool) -> None:
        self.stream = stream
        self.total_files = total_files
        self.enabled = enabled
        self.started = time.monotonic()
        self.drawn_at = 0.0
        self.shown = False

    def rate(self, articles: int) -> float:
        elapsed = time.monotonic() - self.started
        return articles / elapsed if elapsed > 0 else 0.0

    def update(self, files_done: int, parsed: int, failed: int, *, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and now - self.drawn_at < 0.1:
            return
        self.drawn_at = now
        share = files_done / self.total_files if self.total_files else 1.0
        filled = int(share * self._WIDTH)
        bar = "#" * filled + "-" * (self._WIDTH - filled)
        line = (
            f"[{bar}] {files_done}/{self.total_files} files | {parsed} articles | "
            f"{self.rate(parsed):.1f} articles/s | {failed} errors"
        )
        self.stream.write("\r\x1b[K" + line)
        self.stream.flush()
        self.shown = True

    def clear(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.shown = False


class _Run:
    """One ``parse`` invocation: where output and errors go, and how many of each."""

    def __init__(self, out: IO[str], errors_file: IO[str] | None, progress: _Progress) -> None:
        self.out = out
        self.errors_file = errors_file
        self.progress = progress
        self.parsed = 0
        self.failed = 0
        self.files_done = 0

    def fail(self, error: InputError) -> None:
        self.failed += 1
        self.progress.clear()
        print(f"newsstruct: {error}", file=sys.stderr, flush=True)
        if self.errors_file is not None:
            self.errors_file.write(json.dumps(error.to_dict(), ensure_ascii=False) + "\n")

    def emit(self, json_line: str) -> None:
        self.parsed += 1
        self.out.write(json_line + "\n")

    def take(self, task: _Task, results: list[str | InputError] | WorkerDied) -> None:
        if isinstance(results, WorkerDied):
            results = _died(task, results)
        for result in results:
            if isinstance(result, InputError):
                self.fail(result)
            else:
                self.emit(result)
        self.files_done += task.files_done
        self.progress.update(self.files_done, self.parsed, self.failed)


def _died(task: _Task, died: WorkerDied) -> list[str | InputError]:
    return [
        item if isinstance(item, InputError) else InputError(_source_of(item), str(died), getattr(item, "line", None))
        for item in task.items
    ]


def _run_parse(args: argparse.Namespace) -> int:
    paths = list(expand_paths(args.paths))
    jobs = args.jobs or default_jobs()
    stderr_is_terminal = hasattr(sys.stderr, "isatty") and sys.stderr.isatty()
    progress = _Progress(sys.stderr, len(paths), enabled=stderr_is_terminal and not args.quiet)
    options = _Options(published=args.published, pretty=args.pretty)
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    errors_file = open(args.errors, "w", encoding="utf-8") if args.errors else None
    run = _Run(out, errors_file, progress)
    tasks = _tasks(iter_sources(paths, args.input_format))
    # A single task is not worth starting worker processes for.
    first_two = list(itertools.islice(tasks, 2))
    if sum(task.needs_worker for task in first_two) < 2:
        jobs = 1
    results = ordered_map(
        functools.partial(_parse_task, options),
        itertools.chain(first_two, tasks),
        jobs=jobs,
        initializer=_warm_up,
    )
    try:
        for task, task_results in results:
            run.take(task, task_results)
    finally:
        results.close()  # stops the workers, also on an error or Ctrl-C
        progress.clear()
        if out is not sys.stdout:
            out.close()
        else:
            out.flush()
        if errors_file is not None:
            errors_file.close()
    if not args.quiet:
        elapsed = time.monotonic() - progress.started
        print(
            f"newsstruct: {run.parsed} parsed, {run.failed} failed "
            f"({run.files_done} files in {elapsed:.1f} s, {progress.rate(run.parsed):.1f} articles/s, {jobs} jobs)",
            file=sys.stderr,
        )
    return EXIT_SOME_FAILED if run.failed else EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``newsstruct`` console script; returns the exit code."""
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exit_:
        return EXIT_USAGE if exit_.code else EXIT_OK
    if args.command == "schema":
        return _run_schema(args)
    if args.published is not None:
        try:
            import datetime as dt

            dt.date.fromisoformat(args.published)
        except ValueError:
            print(f"newsstruct: --published must be YYYY-MM-DD, got {args.published!r}", file=sys.stderr)
            return EXIT_USAGE
    try:
        return _run_parse(args)
    except BrokenPipeError:  # output piped into `head` and closed early
        # Point stdout at nothing so the interpreter's final flush does not fail again.
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (OSError, ValueError, AttributeError):  # stdout is not a real file (e.g. captured)
            pass
        return EXIT_OK
    except KeyboardInterrupt:
        print("newsstruct: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except OSError as error:
        print(f"newsstruct: {error}", file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
