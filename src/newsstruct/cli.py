"""The ``newsstruct`` command.

    newsstruct parse PATH... [--input-format auto|text|jsonl] [-o FILE] [--pretty]

JSON Lines go to stdout (or ``-o FILE``), diagnostics to stderr.  Exit codes: 0 every input
parsed, 1 some input failed (each failure is reported with its file and line), 2 usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import IO, Any

from .io import InputError, InputRecord, iter_inputs
from .pipeline import Pipeline
from .serialize import article_to_dict, dumps

__all__ = ["main"]

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


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
    parse.add_argument("-q", "--quiet", action="store_true", help="no progress or summary on stderr")
    return parser


class _Run:
    """One ``parse`` invocation: where output and errors go, and how many of each."""

    def __init__(self, out: IO[str], errors_file: IO[str] | None, pretty: bool) -> None:
        self.out = out
        self.errors_file = errors_file
        self.pretty = pretty
        self.parsed = 0
        self.failed = 0

    def fail(self, error: InputError) -> None:
        self.failed += 1
        print(f"newsstruct: {error}", file=sys.stderr)
        if self.errors_file is not None:
            self.errors_file.write(json.dumps(error.to_dict(), ensure_ascii=False) + "\n")

    def emit(self, record: dict[str, Any]) -> None:
        self.parsed += 1
        self.out.write(dumps(record, pretty=self.pretty) + "\n")


def _parse_one(pipeline: Pipeline, item: InputRecord, published: str | None) -> dict[str, Any]:
    article = pipeline.parse(
        item.text,
        published=item.published or published,
        id=item.id,
        source=item.source,
        encoding=item.encoding,
    )
    return article_to_dict(article)


def _run_parse(args: argparse.Namespace) -> int:
    pipeline = Pipeline()
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    errors_file = open(args.errors, "w", encoding="utf-8") if args.errors else None
    run = _Run(out, errors_file, args.pretty)
    try:
        for item in iter_inputs(args.paths, args.input_format):
            if isinstance(item, InputError):
                run.fail(item)
                continue
            try:
                run.emit(_parse_one(pipeline, item, args.published))
            except ValueError as error:  # e.g. a bad "published" date in a JSONL record
                run.fail(InputError(item.source, str(error), item.line))
    finally:
        if out is not sys.stdout:
            out.close()
        else:
            out.flush()
        if errors_file is not None:
            errors_file.close()
    if not args.quiet:
        print(f"newsstruct: {run.parsed} parsed, {run.failed} failed", file=sys.stderr)
    return EXIT_SOME_FAILED if run.failed else EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``newsstruct`` console script; returns the exit code."""
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exit_:
        return EXIT_USAGE if exit_.code else EXIT_OK
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
        return EXIT_OK
    except OSError as error:
        print(f"newsstruct: {error}", file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
