"""Throughput of newsstruct: how fast, how much memory, and whether cost grows linearly.

    python benchmarks/throughput.py [CORPUS] [--repeat N]

CORPUS is a JSONL file with a ``text`` per line or a folder of ``*.txt`` articles; the default
is ``../shared/data/thainer/*.jsonl`` beside the repository, or the bundled example articles
when that is absent.  One run prints:

- ``parse()`` end to end: characters/s and articles/s (best of ``--repeat`` passes);
- the same texts tokenised alone, line by line, with the engine the pipeline uses (the
  floor), and the ratio end-to-end / floor;
- cold start: import + first parse of a short article, in a fresh process;
- peak RSS of a fresh process that parses the whole corpus;
- one article made 1x, 10x and 100x the usual length, and the time of each (linear cost
  shows as a ratio near the length ratio);
- where the time goes: one more pass over the corpus with each stage of ``parse()`` timed
  (building the document, each extractor, linking people, assembling events, the rest).

The benchmark reports; it does not gate anything (no test depends on these numbers).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED_DATA = REPO.parent / "shared" / "data" / "thainer"
EXAMPLES = REPO / "examples" / "articles"


def load_corpus(path: str | None) -> tuple[list[str], str]:
    """The texts to measure and a description of where they came from."""
    if path is None:
        files = sorted(SHARED_DATA.glob("*.jsonl")) if SHARED_DATA.is_dir() else []
        if not files:
            print(f"note: {SHARED_DATA} not found; measuring the bundled example articles instead", file=sys.stderr)
            return load_corpus(str(EXAMPLES))
        texts = [json.loads(line)["text"] for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
        return texts, ", ".join(f.name for f in files)
    target = Path(path)
    if target.is_dir():
        files = sorted(target.rglob("*.txt"))
        return [f.read_text(encoding="utf-8") for f in files], f"{len(files)} files under {target}"
    texts = [json.loads(line)["text"] for line in target.read_text(encoding="utf-8").splitlines() if line.strip()]
    return texts, target.name


def best_of(repeat: int, work) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def in_fresh_process(code: str) -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO / "src"), env.get("PYTHONPATH")]))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


COLD_START = """
import json, time
started = time.perf_counter()
import newsstruct
imported = time.perf_counter()
newsstruct.parse("วันที่ 26 กุมภาพันธ์ 2563 เวลา 9:00 น. ณ ห้องประชุม อำเภอเมือง จังหวัดน่าน นายสมชาย ใจดี เป็นประธาน มีผู้เข้าร่วม 96 คน")
done = time.perf_counter()
print(json.dumps({"import": imported - started, "first_parse": done - imported}))
"""

PEAK_RSS = """
import json, resource, sys
import newsstruct
texts = json.load(open(sys.argv[1] if len(sys.argv) > 1 else %r, encoding="utf-8"))
pipeline = newsstruct.Pipeline()
for text in texts:
    newsstruct.dumps(pipeline.parse(text))
print(json.dumps({"peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


@contextlib.contextmanager
def timed_stages(pipeline_module, totals: dict[str, float]):
    """Within the block, ``parse()`` adds the seconds each of its stages takes to ``totals``.

    The stages are the pipeline's own callables (``Pipeline.document``, the ``EXTRACTORS``,
    ``link.link_people``, ``events.assemble``) wrapped with a clock, so the path measured is the
    real one; they are put back when the block ends.
    """
    clock = time.perf_counter

    def timing(name, function):
        def wrapper(*args, **kwargs):
            started = clock()
            try:
                return function(*args, **kwargs)
            finally:
                totals[name] = totals.get(name, 0.0) + clock() - started
        return wrapper

    Pipeline, link, events = pipeline_module.Pipeline, pipeline_module.link, pipeline_module.events
    saved = (pipeline_module.EXTRACTORS, Pipeline.document, link.link_people, events.assemble)
    pipeline_module.EXTRACTORS = tuple((field, timing(field, extract)) for field, extract in saved[0])
    Pipeline.document = timing("document (normalise, segment)", saved[1])
    link.link_people = timing("link people", saved[2])
    events.assemble = timing("events", saved[3])
    try:
        yield
    finally:
        pipeline_module.EXTRACTORS, Pipeline.document, link.link_people, events.assemble = saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?")
    parser.add_argument("--repeat", type=int, default=3, help="passes per measurement; the best is reported")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(REPO / "src"))
    import newsstruct
    from newsstruct.tokens import make_tokenizer

    texts, described = load_corpus(args.corpus)
    chars = sum(map(len, texts))
    pipeline = newsstruct.Pipeline()
    engine = pipeline.tokenizer_engine
    tokenize = make_tokenizer(engine)
    for text in texts[:50]:  # warm caches, lexicons and the gazetteer before timing
        pipeline.parse(text)

    def parse_all() -> None:
        for text in texts:
            pipeline.parse(text)

    lines = [line for text in texts for line in text.splitlines() if line.strip()]

    def tokenize_all() -> None:
        # The floor: the tokenizer alone over every line, nothing else.
        for line in lines:
            tokenize(line)

    parse_seconds = best_of(args.repeat, parse_all)
    token_seconds = best_of(args.repeat, tokenize_all)

    print(f"corpus: {described}: {len(texts)} articles, {chars:,} characters")
    print(f"parse() end to end:      {chars / parse_seconds:>12,.0f} chars/s  {len(texts) / parse_seconds:>9,.0f} articles/s  ({parse_seconds:.2f} s)")
    print(f"tokenize alone ({engine}): {chars / token_seconds:>12,.0f} chars/s  {len(texts) / token_seconds:>9,.0f} articles/s  ({token_seconds:.2f} s)")
    print(f"end to end / floor:      {token_seconds / parse_seconds:>12.0%}")

    cold = in_fresh_process(COLD_START)
    print(f"cold start:              import {cold['import']:.2f} s + first parse {cold['first_parse']:.2f} s = {cold['import'] + cold['first_parse']:.2f} s")

    corpus_file = Path(os.environ.get("TMPDIR", "/tmp")) / f"newsstruct-bench-{os.getpid()}.json"
    corpus_file.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    try:
        rss = in_fresh_process(PEAK_RSS % str(corpus_file))
    finally:
        corpus_file.unlink(missing_ok=True)
    print(f"peak RSS (whole corpus): {rss['peak_rss_mb']:.0f} MB")

    # One article of typical length, then the same content repeated 10x and 100x.
    typical = sorted(texts, key=len)[len(texts) // 2]
    base = "\n".join(t for t in texts[:200] if len(t) > 100)[:max(2000, len(typical))]
    timings = {}
    for factor in (1, 10, 100):
        article = "\n".join([base] * factor)
        timings[factor] = best_of(args.repeat, lambda article=article: pipeline.parse(article))
    print(
        f"long article ({len(base):,} chars): 1x {timings[1] * 1000:.1f} ms, 10x {timings[10] * 1000:.1f} ms "
        f"({timings[10] / timings[1]:.1f}x), 100x {timings[100] * 1000:.0f} ms ({timings[100] / timings[1]:.1f}x)"
    )

    # Where the time goes: one more pass, each stage timed (the clocks add a little to the total).
    import newsstruct.pipeline as pipeline_module

    stages: dict[str, float] = {}
    with timed_stages(pipeline_module, stages):
        started = time.perf_counter()
        parse_all()
        whole = time.perf_counter() - started
    stages["rest (ids, records, metadata)"] = whole - sum(stages.values())
    print(f"where the time goes (one timed pass, {whole:.2f} s):")
    for name, seconds in sorted(stages.items(), key=lambda item: -item[1]):
        print(f"  {name:<32}{seconds:>6.2f} s {seconds / whole:>5.0%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
