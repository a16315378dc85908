"""Span accuracy of newsstruct against gold JSONL in the ThaiNER format.

    python benchmarks/accuracy.py [GOLD.jsonl] [--part all|dev|holdout] [--limit N] [--errors TYPE] [--summary]

GOLD defaults to ``../shared/data/thainer/train.jsonl`` beside the repository.  Each line holds
``text`` and ``entities[]`` (``type``, ``start``, ``end``).  Types compared:

    DATE    gold DATE                 vs our dates
    TIME    gold TIME                 vs our times + durations (not ages: ThaiNER tags those AGO)
    PERSON  gold PERSON               vs our people
    PLACE   gold LOCATION + FACILITY  vs our places
    MONEY   gold MONEY                vs our counts whose unit is money

Ranges.  We output a range as ONE mention (``A/B``) with its written ends in ``endpoints``;
ThaiNER tags each end of a range between two full dates as its own DATE (always across ถึง,
about half the time across a dash: ``14 ต.ค.`` and ``9 พ.ย. 2565``), and likewise each end
of some clock ranges (``22.00 น.`` and ``06.00 น.``).  So a date range between two full dates
(rule ``date_range``) and a clock range are compared through their endpoints, unless the gold
holds the whole range as one span.  Ranges within one month (``26-28 ก.พ.``), month ranges and
year ranges ThaiNER always keeps whole; they are compared whole.

Strict: same start and end.  Overlap: the spans share a character (each gold and each
predicted span is matched at most once).  Prints P/R/F1 for both, and with ``--errors TYPE``
examples of misses and false alarms for that type.

``--part dev`` keeps four texts in five for looking at errors; ``--part holdout`` is the fifth
(every text whose line number is a multiple of five), kept for checking that rules generalise.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import newsstruct

REPO = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = REPO.parent / "shared" / "data" / "thainer" / "train.jsonl"
GOLD_TYPES = {"DATE": "DATE", "TIME": "TIME", "PERSON": "PERSON", "LOCATION": "PLACE", "FACILITY": "PLACE", "MONEY": "MONEY"}
TYPES = ("DATE", "TIME", "PERSON", "PLACE", "MONEY")


Span = tuple[int, int]
# Range rules whose two ends ThaiNER may tag apart (see the module docstring).
SPLIT_RANGE_RULES = {"DATE": {"date_range"}, "TIME": {"clock"}}


def _compared(mention: Any, kind: str, gold: set[Span]) -> list[Span]:
    """The span(s) a mention is compared with: the whole, or its ends where ThaiNER splits."""
    whole = (mention.start, mention.end)
    if mention.endpoints and mention.rule in SPLIT_RANGE_RULES[kind] and whole not in gold:
        return [(end.start, end.end) for end in mention.endpoints]
    return [whole]


def predicted_spans(article: newsstruct.Article, gold: dict[str, list[Span]] | None = None) -> dict[str, list[Span]]:
    """Our spans, grouped under the gold type they are compared with (given the gold spans,
    ranges are mapped to the gold's convention)."""
    gold = gold or {}
    spans: dict[str, list[Span]] = defaultdict(list)
    gold_dates, gold_times = set(gold.get("DATE", ())), set(gold.get("TIME", ()))
    spans["DATE"] = [span for m in article.dates for span in _compared(m, "DATE", gold_dates)]
    spans["TIME"] = [span for m in article.times for span in _compared(m, "TIME", gold_times)] + [
        (m.start, m.end) for m in article.durations if m.kind != "age"
    ]
    spans["PERSON"] = [(m.start, m.end) for m in article.people]
    spans["PLACE"] = [(m.start, m.end) for m in article.places]
    spans["MONEY"] = [(m.start, m.end) for m in article.counts if m.unit_category == "money"]
    return spans


def _overlap_matches(gold: list[tuple[int, int]], predicted: list[tuple[int, int]]) -> int:
    used: set[int] = set()
    matched = 0
    for g_start, g_end in sorted(gold):
        for index, (p_start, p_end) in enumerate(predicted):
            if index not in used and p_start < g_end and g_start < p_end:
                used.add(index)
                matched += 1
                break
    return matched


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def evaluate(rows: list[dict[str, Any]], pipeline: newsstruct.Pipeline, show_errors: str | None = None, max_examples: int = 40) -> dict[str, dict[str, float]]:
    counts = {t: defaultdict(int) for t in TYPES}
    examples: list[str] = []
    for row in rows:
        text = row["text"]
        article = pipeline.parse(text)
        gold: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for entity in row["entities"]:
            mapped = GOLD_TYPES.get(entity["type"])
            if mapped:
                gold[mapped].append((entity["start"], entity["end"]))
        predicted = predicted_spans(article, gold)
        for kind in TYPES:
            g, p = gold[kind], predicted[kind]
            strict_tp = len(set(g) & set(p))
            c = counts[kind]
            c["gold"] += len(g)
            c["pred"] += len(p)
            c["strict_tp"] += strict_tp
            c["overlap_tp"] += _overlap_matches(g, p)
            if kind == show_errors and len(examples) < max_examples:
                for s, e in sorted(set(g) - set(p)):
                    examples.append(f"MISS  {row['id']}: [{text[s:e]}]  …{text[max(0, s - 25):s]}⟨{text[s:e]}⟩{text[e:e + 25]}…")
                for s, e in sorted(set(p) - set(g)):
                    examples.append(f"FALSE {row['id']}: [{text[s:e]}]  …{text[max(0, s - 25):s]}⟨{text[s:e]}⟩{text[e:e + 25]}…")
    results = {}
    for kind in TYPES:
        c = counts[kind]
        sp, sr, sf = _prf(c["strict_tp"], c["pred"], c["gold"])
        op, orr, of = _prf(c["overlap_tp"], c["pred"], c["gold"])
        results[kind] = {"gold": c["gold"], "pred": c["pred"], "strict_p": sp, "strict_r": sr, "strict_f1": sf,
                         "overlap_p": op, "overlap_r": orr, "overlap_f1": of}
    if examples:
        print("\n".join(examples[:max_examples]), file=sys.stderr)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", nargs="?", default=str(DEFAULT_GOLD))
    parser.add_argument("--part", choices=("all", "dev", "holdout"), default="all",
                        help="dev: 4 lines in 5 (for error analysis); holdout: every 5th line")
    parser.add_argument("--limit", type=int, help="only the first N lines")
    parser.add_argument("--errors", metavar="TYPE", choices=TYPES, help="print misses and false alarms for TYPE")
    parser.add_argument("--max-examples", type=int, default=40)
    parser.add_argument("--summary", action="store_true", help="one line: strict F1 per type")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)

    gold_path = Path(args.gold)
    if not gold_path.exists():
        print(f"accuracy: no gold data at {gold_path} (../shared/data is not beside this checkout); nothing to measure")
        return 0
    rows = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.part != "all":
        rows = [row for index, row in enumerate(rows, 1) if (index % 5 == 0) == (args.part == "holdout")]
    if args.limit:
        rows = rows[: args.limit]
    pipeline = newsstruct.Pipeline()
    started = time.perf_counter()
    results = evaluate(rows, pipeline, args.errors, args.max_examples)
    elapsed = time.perf_counter() - started
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    if args.summary:
        print(" ".join(f"{k} {results[k]['strict_f1']:.3f}/{results[k]['overlap_f1']:.3f}" for k in TYPES)
              + f"  (strict/overlap F1, {len(rows)} texts from {gold_path.name}, part {args.part})")
        return 0
    print(f"{gold_path} (part {args.part}) — {len(rows)} texts, {elapsed:.1f}s")
    print(f"{'type':<7}{'gold':>6}{'pred':>6}   {'strict P':>8}{'R':>7}{'F1':>7}   {'overlap P':>9}{'R':>7}{'F1':>7}")
    for kind in TYPES:
        r = results[kind]
        print(f"{kind:<7}{r['gold']:>6}{r['pred']:>6}   {r['strict_p']:>8.3f}{r['strict_r']:>7.3f}{r['strict_f1']:>7.3f}"
              f"   {r['overlap_p']:>9.3f}{r['overlap_r']:>7.3f}{r['overlap_f1']:>7.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
