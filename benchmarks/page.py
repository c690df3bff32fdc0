"""How fast a large page opens: load and stabilise in headless Chromium; prints a Markdown table.

    python benchmarks/page.py [--nodes 2000] [--edges 10000] [--runs 3]

Two pages of the same size, generated with a fixed seed: graph.html (entities of every kind,
documents mentioning them, a panel for each node) and cooperation.html (regions only). Each run
opens the page in a fresh tab with every non-file request blocked and waits until vis-network
has stabilised and the layout is frozen; the time is from navigation start, as the page itself
measures it (``performance.now()``), and includes parsing the 0.5 MB of vis-network. The
iterations column shows whether the page's time budget for the layout cut it short.

Needs Chromium (``chromium`` on the PATH) and playwright. The target is 5 s.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.render import render_cooperation_page, render_graph_page  # noqa: E402
from kg.render.entities import Corpus, Document, Entity, Statement  # noqa: E402
from kg.render.page import stabilisation_iterations  # noqa: E402

TARGET_S = 5.0
KINDS = ("region", "person", "organisation", "event", "topic", "city")
ID = "https://example.org/id/"


def synthetic_corpus(nodes: int, edges: int, seed: int = 7) -> Corpus:
    """``nodes`` entities, a tenth of them documents, joined by exactly ``edges`` mentions;
    each entity mentioned with a skewed (Zipf-like) popularity, as names are in the news."""
    rng = random.Random(seed)
    n_docs = max(1, nodes // 10)
    corpus = Corpus()
    docs = [f"{ID}doc/{i}" for i in range(n_docs)]
    for i, iri in enumerate(docs):
        corpus.documents[iri] = Document(
            iri, f"https://example.org/news/{i}", f"Новость номер {i}", "2025-01-01"
        )
        corpus.entities[iri] = Entity(iri, "document", f"Новость номер {i}")
    others = [f"{ID}e/{i}" for i in range(nodes - n_docs)]
    for i, iri in enumerate(others):
        corpus.entities[iri] = Entity(iri, KINDS[i % len(KINDS)], f"Сущность {i}")
    weights = [1.0 / (rank + 1) ** 0.8 for rank in range(len(others))]
    pairs: set[tuple[str, str]] = set()
    for entity in others:  # every entity is mentioned at least once
        pairs.add((rng.choice(docs), entity))
    while len(pairs) < edges:
        pairs.add((rng.choice(docs), rng.choices(others, weights)[0]))
    mentioned: dict[str, list[str]] = {}
    for doc, entity in sorted(pairs):
        mentioned.setdefault(entity, []).append(doc)
    corpus.mentioned_in = {e: tuple(d) for e, d in mentioned.items()}
    corpus.statements = [
        Statement(
            f"{ID}s/{i}", "post", (doc,), (f"Предложение {i} о том, кто где работает.",), (("member", e),)
        )
        for i, (doc, e) in enumerate(sorted(pairs)[: nodes // 2])
    ]
    return corpus


def synthetic_network(nodes: int, edges: int, seed: int = 7):
    import networkx as nx

    from kg.analysis import compute_metrics

    G = nx.gnm_random_graph(nodes, edges, seed=seed)
    G = nx.relabel_nodes(G, {n: f"{ID}region/{n}" for n in G})
    districts = ("CFD", "NWFD", "SFD", "NCFD", "VFD", "UFD", "SibFD", "FEFD")
    for i, n in enumerate(sorted(G)):
        G.nodes[n].update(code=f"R{i}", label=f"Регион {i}", district=districts[i % 8], lat=None, lon=None)
    for a, b in G.edges:
        G.edges[a, b].update(weight=1.0, count=1, kinds={"Agreement": 1}, evidence=["Подписано соглашение."])
    return G, compute_metrics(G)


def time_page(browser, path: Path) -> tuple[float, int, int]:
    """Milliseconds from navigation start to a stabilised, frozen layout; the nodes drawn; and
    the layout iterations run before it froze."""
    page = browser.new_page(viewport={"width": 1440, "height": 900})
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file://") else r.abort())
    page.goto(path.as_uri())
    page.wait_for_function("window.rkgStable !== undefined", timeout=120_000, polling=50)
    ms = float(page.evaluate("window.rkgStable"))
    drawn = int(page.evaluate("nodes.length"))
    iterations = int(page.evaluate("window.rkgIterations || 0"))
    page.close()
    return ms, drawn, iterations


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--nodes", type=int, default=2000)
    ap.add_argument("--edges", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        sys.exit("no Chromium on the PATH")
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        graph_page = render_graph_page(synthetic_corpus(args.nodes, args.edges), Path(tmp) / "graph.html")
        G, metrics = synthetic_network(args.nodes, args.edges)
        coop_page = render_cooperation_page(G, metrics, Path(tmp) / "cooperation.html")
        rows = []
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
            for name, path in (("graph.html", graph_page), ("cooperation.html", coop_page)):
                times, done = [], []
                for _ in range(args.runs):
                    ms, drawn, iterations = time_page(browser, path)
                    times.append(ms / 1000)
                    done.append(iterations)
                size = path.stat().st_size / 1e6
                planned = stabilisation_iterations(args.nodes)
                median = statistics.median(times)
                verdict = "met" if median <= TARGET_S else "**not met**"
                rows.append(
                    f"| {name} | {drawn:,} | {args.edges:,} | {size:.1f} MB | {median:.2f} s "
                    f"({min(times):.2f}–{max(times):.2f}) | {min(done)}–{max(done)} of {planned} "
                    f"| ≤ {TARGET_S:g} s — {verdict} |"
                )
            browser.close()
    print(f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}\n")
    print(
        f"| page | nodes | edges | size | load and stabilise, median of {args.runs} (range) "
        "| layout iterations run | target |"
    )
    print("|---|---|---|---|---|---|---|")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
