"""Parse a folder of Thai news articles: a short summary per article, and JSON Lines.

    python examples/parse_articles.py [FOLDER] [-o OUTPUT.jsonl]

FOLDER defaults to the bundled ``examples/articles``; OUTPUT to ``parsed.jsonl`` in the current
directory.  Files that cannot be read are reported and skipped; the rest are still parsed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import newsstruct

HERE = Path(__file__).resolve().parent


def _number(value: float) -> str:
    """1250000000 -> 1,250,000,000; 2.5 -> 2.5."""
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"


def summary(article: newsstruct.Article) -> str:
    """A few human-readable lines about one parsed article."""
    meta = article.metadata
    lines = [f"== {article.id}: {meta.headline or '(no headline)'}"]
    if meta.published:
        lines.append(f"   published {meta.published} ({meta.published_source})")
    if article.dates:
        lines.append("   dates:  " + ", ".join(f"{d.text} → {d.value}" for d in article.dates))
    if article.times:
        lines.append("   times:  " + ", ".join(f"{t.text} → {t.value}" for t in article.times))
    if article.venues:
        lines.append("   venues: " + "; ".join(v.text for v in article.venues))
    if article.people:
        seen: dict[str, str] = {}
        for person in article.people:
            seen.setdefault(person.person_id or person.name, f"{person.title or ''}{person.name}" + (f" ({person.role})" if person.role else ""))
        lines.append("   people: " + ", ".join(seen.values()))
    if article.counts:
        lines.append("   counts: " + ", ".join(f"{_number(c.value)} {c.unit or ''}".rstrip() + (f" [{c.of}]" if c.of else "") for c in article.counts))
    mentions = {m.id: m for field in ("dates", "times", "venues", "people", "organizations", "counts")
                for m in getattr(article, field)}
    for event in article.events:
        slots = [f"{event.type} ({event.trigger.text})"]
        for slot in ("date", "time", "venue", "organizer", "chair"):
            fill = getattr(event, slot)
            if fill is not None:
                slots.append(f"{slot}: {mentions[fill.ref].text}")
        for slot in ("participants", "victims", "suspects"):
            filled = getattr(event, slot)
            if filled:
                slots.append(f"{slot}: " + ", ".join(mentions[fill.ref].text for fill in filled))
        lines.append("   event:  " + "; ".join(slots))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", nargs="?", default=str(HERE / "articles"))
    parser.add_argument("-o", "--output", default="parsed.jsonl")
    args = parser.parse_args(argv)

    files = sorted(Path(args.folder).rglob("*.txt"))
    if not files:
        print(f"no *.txt files under {args.folder}", file=sys.stderr)
        return 2
    pipeline = newsstruct.Pipeline()
    failed = 0
    with open(args.output, "w", encoding="utf-8") as out:
        for path in files:
            try:
                text, encoding = newsstruct.io.read_text_file(path)
            except newsstruct.InputError as error:
                print(f"skipped: {error}", file=sys.stderr)
                failed += 1
                continue
            article = pipeline.parse(text, id=path.stem, source=str(path), encoding=encoding)
            print(summary(article))
            out.write(newsstruct.dumps(article) + "\n")
    print(f"\n{len(files) - failed} articles written to {args.output}" + (f", {failed} skipped" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
