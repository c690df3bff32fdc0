"""The whole pipeline for ``kg build``: paths → documents → extraction → graph → analysis → outputs.

Usable from Python alone::

    from kg.build import build
    report = build(["news/"], "out")
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, URIRef

from .extract import DocumentExtraction, Extractor
from .extract.gazetteer import gazetteer
from .extract.identity import resolve_people
from .extract.records import Organisation
from .loaders import Document, Skipped, load_documents
from .mapping import (
    DEFAULT_BASE,
    PREFIXES,
    Iris,
    document_triples,
    organisation_triples,
    person_triples,
    reference_triples,
)
from .mapping.iris import check_base
from .outputs import write_atomic


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


def extract_all(
    documents: Iterable[Document | Skipped],
    report: BuildReport,
    on_document: Callable[[str], None] | None = None,
) -> list[DocumentExtraction]:
    """Extract every document; one that fails is reported and skipped, the rest go on."""
    extractor = Extractor()
    done = []
    seen: dict[str, str] = {}
    for item in documents:
        if isinstance(item, Skipped):
            report.skipped.append(item)
            continue
        if item.sha256 in seen:  # a syndicated copy would count every cooperation twice
            report.skipped.append(Skipped(item.url, f"the same text as {seen[item.sha256]}"))
            continue
        seen[item.sha256] = item.url
        try:
            dx = extractor(item)
        except Exception as exc:  # noqa: BLE001 — one bad document must not stop the batch
            report.skipped.append(Skipped(item.url, f"extraction failed: {type(exc).__name__}: {exc}"))
            continue
        ex = dx.extraction
        if not (ex.places or ex.persons or ex.organisations):
            report.empty.append(item.url)
        done.append(dx)
        if on_document:
            on_document(item.url)
    report.documents = len(done)
    return done


def to_graph(extractions: list[DocumentExtraction], base: str = DEFAULT_BASE) -> Graph:
    """The corpus graph: reference data, shared people and organisations, then each document."""
    iris = Iris(base)
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    g.bind("id", base)
    used_places = {(p.kind, p.code) for dx in extractions for p in dx.extraction.places}
    for triple in reference_triples(gazetteer(), iris, used_places):
        g.add(triple)

    # people: one node per real person across documents
    inputs, owners = [], []
    for d_i, dx in enumerate(extractions):
        ex = dx.extraction
        for p_i, person in enumerate(ex.persons):
            regions = {post.region for post in ex.posts if post.person == p_i and post.region}
            inputs.append((person.name, regions))
            owners.append((d_i, p_i))
    identities = resolve_people(inputs)
    person_nodes: list[list[URIRef]] = [[URIRef("")] * len(dx.extraction.persons) for dx in extractions]
    described: set[str] = set()
    for (d_i, p_i), ident in zip(owners, identities, strict=True):
        node = iris.person(ident.slug)
        person_nodes[d_i][p_i] = node
        if ident.slug not in described:
            described.add(ident.slug)
            for triple in person_triples(node, ident.name):
                g.add(triple)

    # organisations: the first reading of each name describes it
    orgs: dict[str, Organisation] = {}
    for dx in extractions:
        for key, org in dx.extraction.organisations.items():
            orgs.setdefault(key, org)
    for key, org in orgs.items():
        for triple in organisation_triples(iris.organisation(key), org, iris):
            g.add(triple)

    for d_i, dx in enumerate(extractions):
        for triple in document_triples(dx, iris, person_nodes[d_i]):
            g.add(triple)
    return g


def build(
    paths: Iterable[str],
    out_dir: str | Path,
    base: str = DEFAULT_BASE,
    geo: bool = False,
    on_document: Callable[[str], None] | None = None,
) -> BuildReport:
    """Run the whole pipeline and write graph.ttl, metrics.csv and cooperation.html to ``out_dir``."""
    from .analysis import compute_metrics, load_network, metrics_triples, write_metrics_csv
    from .render import render_cooperation_page
    from .store import Store

    check_base(base)  # before hours of extraction, not after
    report = BuildReport()
    extractions = extract_all(load_documents(paths), report, on_document)
    out = Path(out_dir)
    if not extractions:
        return report
    g = to_graph(extractions, base)
    store = Store.from_turtle(g.serialize(format="nt"), fmt="nt")
    network = load_network(store)
    metrics = compute_metrics(network)
    for triple in metrics_triples(metrics):
        g.add(triple)
    report.outputs["graph"] = write_atomic(out / "graph.ttl", g.serialize(format="turtle"), "the graph")
    report.outputs["metrics"] = write_metrics_csv(metrics, out / "metrics.csv")
    report.outputs["page"] = render_cooperation_page(network, metrics, out / "cooperation.html", geo=geo)
    report.triples = len(g)
    report.regions = network.number_of_nodes()
    report.cooperations = sum(len(dx.extraction.cooperations) for dx in extractions)
    return report
