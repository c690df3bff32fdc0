"""``kg build``: the whole pipeline in one go — documents into an in-memory store, then the
graph, the metrics and the pages written to a directory.

Usable from Python alone::

    from kg.build import build
    report = build(["news/"], "out")
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .ingest import IngestReport, ingest, refresh_analytics
from .loaders import Skipped
from .mapping import DEFAULT_BASE, PREFIXES, Iris
from .outputs import together, write_atomic
from .store import GraphStore, open_store


@dataclass
class BuildReport:
    """What a build did: outputs written, documents read, and every file skipped with its reason."""

    documents: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    empty: list[str] = field(default_factory=list)
    outputs: dict[str, Path] = field(default_factory=dict)
    triples: int = 0
    regions: int = 0
    cooperations: int = 0


def build(
    paths: Iterable[str],
    out_dir: str | Path,
    base: str = DEFAULT_BASE,
    geo: bool = False,
    on_document: Callable[[str], None] | None = None,
    workers: int = 0,
) -> BuildReport:
    """Run the whole pipeline and write graph.ttl, metrics.csv and both pages to ``out_dir``."""
    store = open_store(None)
    done = ingest(paths, store, base, on_document, workers)
    report = _report(done)
    if not report.documents:
        return report
    report.outputs = write_outputs(store, out_dir, base, geo, report)
    return report


def write_outputs(
    store: GraphStore,
    out_dir: str | Path,
    base: str = DEFAULT_BASE,
    geo: bool = False,
    report: BuildReport | None = None,
) -> dict[str, Path]:
    """graph.ttl (every graph of the store, merged), metrics.csv, cooperation.html and graph.html."""
    from rdflib import Graph

    from .analysis import write_metrics_csv
    from .render import write_pages

    out = Path(out_dir)
    network, metrics = refresh_analytics(store, Iris(base), evidence=True)
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    g.bind("id", Iris(base).base)
    for triple in store.union():
        g.add(triple)
    with together():  # all four replace the previous ones, or none does
        outputs = {
            "graph": write_atomic(out / "graph.ttl", g.serialize(format="turtle"), "the graph"),
            "metrics": write_metrics_csv(metrics, out / "metrics.csv"),
            **write_pages(store, network, metrics, out, geo=geo),
        }
    if report is not None:
        report.triples = len(g)
        report.regions = network.number_of_nodes()
        report.cooperations = len(
            store.select("SELECT ?c WHERE { ?c a <https://w3id.org/regiokg/ontology#Cooperation> }")
        )
    return outputs


def _report(done: IngestReport) -> BuildReport:
    return BuildReport(documents=done.written, skipped=done.skipped, empty=done.empty)
