"""Benchmarks of regiokg, measured side by side in one run; prints a Markdown table.

    python benchmarks/run.py [--docs 2000] [--memory-docs 10000] [--triples 1000000]

- throughput: ``kg ingest`` into a fresh store with 1 and 2 workers, against the bare natasha
  pipeline (segment, morphology, syntax, NER, normalising spans, lemmas) on the same texts, each
  in its own process with its models' loading included, three rounds interleaved;
- memory: peak resident memory of ``kg ingest`` (all its processes) on a large generated corpus;
- queries: the shipped named queries on a store of about a million triples, median of 5 runs,
  and rdflib's own engine on the same query at a tenth of the size;
- start-up: ``kg --help``;
- a reference: a fixed pure-Python loop, timed before and after the queries, so that absolute
  times from runs on different days can be read against how fast the machine was that day.

Machines are shared and noisy: read the ratios, not the absolute times.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

BARE = """
import sys, glob
import natasha
from natasha import (Doc, MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger,
                     NewsSyntaxParser, Segmenter)
seg, vocab, emb = Segmenter(), MorphVocab(), NewsEmbedding()
morph, syntax, ner = NewsMorphTagger(emb), NewsSyntaxParser(emb), NewsNERTagger(emb)
for path in sorted(glob.glob(sys.argv[1] + "/*.txt")):
    doc = Doc(open(path, encoding="utf-8").read())
    doc.segment(seg); doc.tag_morph(morph); doc.parse_syntax(syntax); doc.tag_ner(ner)
    for span in doc.spans:
        span.normalize(vocab)
    for token in doc.tokens:
        token.lemmatize(vocab)
"""


def tree_rss(pid: int) -> int:
    """Resident memory of a process and all its descendants, in bytes (Linux /proc)."""
    total = 0
    pids = [pid]
    while pids:
        p = pids.pop()
        try:
            with open(f"/proc/{p}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
            with open(f"/proc/{p}/task/{p}/children") as fh:
                pids += [int(c) for c in fh.read().split()]
        except OSError:
            continue
    return total


def timed(cmd: list[str], env: dict | None = None) -> tuple[float, int]:
    """Wall time and peak memory of a command and its children."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    peak = 0

    def sample() -> None:
        nonlocal peak
        while proc.poll() is None:
            peak = max(peak, tree_rss(proc.pid))
            time.sleep(0.2)

    sampler = threading.Thread(target=sample)
    sampler.start()
    _, err = proc.communicate()
    sampler.join()
    if proc.returncode:
        raise SystemExit(f"{cmd[:3]} failed: {err.decode()[-500:]}")
    return time.perf_counter() - start, peak


def corpus(n: int, seed: int, folder: Path) -> int:
    from generate import write

    write(folder, n, seed, "txt")
    return sum(p.stat().st_size for p in folder.glob("*.txt"))


def kg(*args: str) -> list[str]:
    return [sys.executable, "-m", "kg", *args]


def throughput(n: int, work: Path, rounds: int = 3) -> list[str]:
    """Each configuration ``rounds`` times, interleaved (bare, 1 worker, 2 workers, bare, …), so
    that a busy spell on a shared machine falls on all of them; the median and the range."""
    docs = work / "docs"
    docs.mkdir()
    corpus(n, 7, docs)
    chars = sum(len(p.read_text(encoding="utf-8")) for p in docs.glob("*.txt"))
    times: dict[str, list[float]] = {"bare": [], "1": [], "2": []}
    for r in range(rounds):
        times["bare"].append(timed([sys.executable, "-c", BARE, str(docs)])[0])
        for workers in (1, 2):
            store = work / f"store{workers}-{r}"
            times[str(workers)].append(
                timed(kg("ingest", str(docs), "--store", str(store), "-w", str(workers)))[0]
            )
            shutil.rmtree(store, ignore_errors=True)
    bare = statistics.median(times["bare"])
    rows = []
    for key, label in (
        ("bare", "bare natasha pipeline"),
        ("1", "kg ingest, 1 worker"),
        ("2", "kg ingest, 2 workers"),
    ):
        t = statistics.median(times[key])
        spread = ", ".join(f"{x:.1f}" for x in times[key])
        rows.append(f"| {label} | {n} | {n / t:.1f} | {chars / t / 1000:.1f} | {bare / t:.2f} | {spread} s |")
    return rows


def memory(n: int, work: Path) -> str:
    docs = work / "big"
    docs.mkdir()
    corpus(n, 11, docs)
    t, peak = timed(kg("ingest", str(docs), "--store", str(work / "bigstore"), "-w", "2"))
    return f"| kg ingest of {n} documents, 2 workers | {t:.0f} s | {peak / 2**20:.0f} MB |"


def queries(target: int, work: Path, ingested: Path | None = None) -> list[str]:
    """The named queries on a store of about ``target`` triples: a generated corpus ingested as a
    user would, or ``ingested``, a store some corpus was ingested into, used as it is."""
    import pyoxigraph as ox

    from kg.queries import named_queries

    if ingested is None:
        store_dir = ingested_store(target, work)
    else:
        store_dir = work / "ingested"
        shutil.copytree(ingested, store_dir)  # the copy's reader leaves the original untouched
    store = ox.Store(str(store_dir))
    size = len(store)
    memory_store = ox.Store()  # what `kg query FILE` and `kg build` query
    memory_store.bulk_extend(store.quads_for_pattern(None, None, None))
    # `kg query --store DIR` opens the directory read-only once the writer has closed it; a
    # store still compacting after the writes above answers up to three times slower
    del store
    store = ox.Store.read_only(str(store_dir))
    rows = timed_queries(store, memory_store, size)
    # rdflib's own engine, on a tenth of the data, for the aggregate
    from rdflib import Dataset

    ds = Dataset(default_union=True)
    small = [q for i, q in enumerate(store.quads_for_pattern(None, None, None)) if i < size // 10]
    ds.parse(
        data="".join(f"{q.subject} {q.predicate} {q.object} {q.graph_name} .\n" for q in small),
        format="nquads",
    )
    text = named_queries()["regions-by-degree"]
    small_store = ox.Store()
    small_store.extend(small)
    start = time.perf_counter()
    list(small_store.query(text, use_default_graph_as_union=True))
    ox_t = time.perf_counter() - start
    start = time.perf_counter()
    list(ds.query(text))
    rdf_t = time.perf_counter() - start
    rows.append(
        f"| `regions-by-degree`, rdflib's engine vs Oxigraph | {len(small):,} | "
        f"{rdf_t:.3f} s vs {ox_t:.3f} s ({rdf_t / max(ox_t, 1e-6):.0f}×) |"
    )
    return rows


def ingested_store(target: int, work: Path) -> Path:
    """A generated corpus ingested by ``kg ingest``, large enough for ``target`` triples: 300
    documents first, to learn how many triples a document makes, then the rest of the same
    corpus (the first 300 are unchanged, so ingesting them again writes nothing)."""
    import pyoxigraph as ox

    docs, store_dir = work / "qdocs", work / "qstore"
    n = 300
    while True:
        corpus(n, 5, docs)
        subprocess.run(
            kg("ingest", str(docs), "--store", str(store_dir), "-w", "2"),
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        size = len(ox.Store.read_only(str(store_dir)))
        if size >= target:
            return store_dir
        n = int(n * target / size * 1.02) + 1


def timed_queries(store, memory_store, size: int) -> list[str]:
    """Each named query five times in either store; the medians, as table rows."""
    from kg.queries import named_queries

    rows = []
    for name, text in named_queries().items():
        medians = []
        for target_store in (store, memory_store):
            times = []
            for _ in range(5):
                start = time.perf_counter()
                answer = list(target_store.query(text, use_default_graph_as_union=True))
                times.append(time.perf_counter() - start)
            medians.append(statistics.median(times))
        rows.append(f"| `{name}` | {size:,} | {len(answer):,} | {medians[0]:.3f} s | {medians[1]:.3f} s |")
    return rows


def reference() -> float:
    """Seconds for a fixed pure-Python loop, best of three: the same host ran it in 1.8 s and in
    4.3 s within minutes, and the queries' absolute times move with it from day to day."""
    times = []
    for _ in range(3):
        start = time.perf_counter()
        sum(i * i for i in range(10_000_000))
        times.append(time.perf_counter() - start)
    return min(times)


def startup() -> str:
    times = []
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run(kg("--help"), check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return f"| `kg --help` | median of 5 | {statistics.median(times):.2f} s |"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--memory-docs", type=int, default=10_000)
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument(
        "--query-store",
        type=Path,
        help="run the queries on this store directory (a corpus ingested by kg) instead of a generated one",
    )
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    try:
        print(
            f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
            f"{platform.system()} {platform.release()}\n"
        )
        if args.docs:
            print(
                "| throughput | docs | docs/s | kchar/s | × bare natasha | runs |\n|---|---|---|---|---|---|"
            )
            print("\n".join(throughput(args.docs, work)))
        print("\n| start-up | runs | time |\n|---|---|---|")
        print(startup())
        if args.triples or args.query_store:
            before = reference()
            rows = queries(args.triples, work, args.query_store)
            print("\n| query | triples | rows | median, store directory | median, in memory |")
            print("|---|---|---|---|---|")
            print("\n".join(rows))
            print(
                f"\nReference loop (sum of squares below 10^7, best of 3): {before:.2f} s before the "
                f"queries, {reference():.2f} s after."
            )
        if args.memory_docs:
            print("\n| memory | time | peak resident memory |\n|---|---|---|")
            print(memory(args.memory_docs, work))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
