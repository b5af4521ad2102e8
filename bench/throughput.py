"""Extraction throughput of the default extractor: articles/s, sentences/s, time per
stage, peak RSS.

Articles of about 600 words are assembled from the sample corpus and the dev gold
documents (paragraphs shuffled with a fixed seed, so every article differs) and
streamed through the extractor one at a time; nothing is held but the counts.

    python bench/throughput.py [--articles 2000] [--words 600]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from watchfloor import Document, Extraction
from watchfloor._compiled import is_compiled
from watchfloor.extract import Extractor
from watchfloor.extract.parallel import extract_many
from watchfloor.extract.stages import STAGES, Stages
from watchfloor.ingest import read_paths
from watchfloor.settings import load_settings

ROOT = Path(__file__).resolve().parent.parent


def paragraphs() -> list[str]:
    sources = [ROOT / "examples" / "corpus", ROOT / "tests" / "data" / "gold" / "dev"]
    found = []
    for item in read_paths([p for p in sources if p.exists()]):
        if isinstance(item, Document):
            found += [p for p in item.text.split("\n\n") if len(p.split()) > 12]
    return found


def articles(pool: list[str], count: int, words: int, seed: int = 7) -> Iterator[Document]:
    rng = random.Random(seed)
    sized = [(p, len(p.split())) for p in pool]  # the parent's share stays small
    for n in range(count):
        body: list[str] = []
        length = 0
        while length < words:
            paragraph, size = rng.choice(sized)
            body.append(paragraph)
            length += size
        yield Document(id=f"bench-{n}", text="\n\n".join(body), published=date(2024, 11, 1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--words", type=int, default=600)
    parser.add_argument("--workers", type=int, default=1, help="extraction processes")
    args = parser.parse_args()
    load_before = os.getloadavg()[0]
    started = time.perf_counter()
    extractor = Extractor.from_settings(load_settings())
    load_s = time.perf_counter() - started
    extractor.stages = Stages(extractor.parser)  # the workers' stages come back with them
    pool = paragraphs()
    rss_after_load = _peak_rss_mb()
    total_words = total_sentences = total_mentions = 0
    checkpoints = {args.articles // 4, args.articles // 2, args.articles}
    loaded_cpu = _cpu_seconds(resource.RUSAGE_SELF)  # loading is no part of the run
    started = time.perf_counter()
    stream = articles(pool, args.articles, args.words)
    settings = load_settings().with_overrides(workers=args.workers)
    results = extract_many(stream, extractor, args.workers, settings)
    for n, extraction in enumerate(results, start=1):
        assert isinstance(extraction, Extraction), extraction
        total_words += len(extraction.document.text.split())
        total_sentences += len(extraction.sentences)
        total_mentions += len(extraction.mentions)
        if n in checkpoints:
            print(f"  after {n:>6} articles: peak RSS {_peak_rss_mb():.0f} MB", file=sys.stderr)
    elapsed = time.perf_counter() - started
    mode = "compiled with mypyc" if is_compiled() else "pure Python (make compile: ~1.9x)"
    backend = "parser" if extractor.parser is not None else "rules only"
    print(f"extractor: {mode}; backend: {backend}")
    print(f"load average {load_before:.2f} before, {os.getloadavg()[0]:.2f} after "
          "(the machine's other work slows every figure alike)")  # fmt: skip
    print(f"taxonomy and rules loaded in {load_s:.2f} s (peak RSS {rss_after_load:.0f} MB)")
    count = args.articles
    each = f"{total_words / count:.0f} words, {total_sentences / count:.1f} sentences"
    print(f"{args.articles} articles of {each}; {total_mentions} event mentions")
    rates = f"{total_sentences / elapsed:,.0f} sentences/s, {total_words / elapsed:,.0f} words/s"
    print(f"{args.articles / elapsed:.1f} articles/s, {rates} on {args.workers} process(es)")
    _print_stages(extractor, args.articles)
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    workers = f", largest worker {children:.0f} MB" if args.workers > 1 else ""
    print(f"peak RSS {_peak_rss_mb():.0f} MB{workers}")
    _print_cpu(args.articles, elapsed, loaded_cpu)


def _print_cpu(count: int, elapsed: float, loaded_cpu: float) -> None:
    """Processor time, which the machine's other work disturbs less than the clock: the
    workers' per article is the extractor's cost; the parent's is what it takes from
    them (it deals out documents and rebuilds what comes back)."""
    own = _cpu_seconds(resource.RUSAGE_SELF) - loaded_cpu
    workers = _cpu_seconds(resource.RUSAGE_CHILDREN)
    print(f"processor time: this process {own:.1f} s, workers {workers:.1f} s "
          f"({(own + workers) / count * 1000:.1f} ms/article; "
          f"{(own + workers) / elapsed:.2f} cores busy)")  # fmt: skip


def _cpu_seconds(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def _print_stages(extractor: Extractor, count: int) -> None:
    """Time per stage, summed over the processes (wall time of each)."""
    stages = extractor.stages
    if stages is None:
        return
    total = sum(stages.seconds.values())
    print(f"time per stage, all processes ({total:.1f} s, {total / count * 1000:.1f} ms/article):")
    for stage in STAGES:
        spent = stages.seconds[stage]
        print(f"  {stage:<12} {spent:7.2f} s {spent / max(total, 1e-9):6.1%} "
              f"{spent / count * 1000:6.2f} ms/article")  # fmt: skip
    parsed = stages.parsed + (extractor.parser.sentences if extractor.parser else 0)
    if parsed:
        rate = parsed / max(stages.seconds["parse"], 1e-9)
        print(f"  parsed {parsed} sentences ({parsed / count:.1f} per article), {rate:.0f}/s")
    recognized = stages.recognized + (extractor.parser.recognized if extractor.parser else 0)
    if recognized:
        print(f"  entities recognized in {recognized} sentences ({recognized / count:.2f} per "
              "article; their time is the parse's)")  # fmt: skip


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    main()
