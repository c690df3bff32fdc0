"""Ingest: documents into a store, one named graph each, with identity kept across runs.

The store holds:

- one named graph per document (its IRI): what was read from it, and how it names each person
  and organisation (``rkg:mentionedAs``);
- ``graph/reference``: the gazetteer (regions, districts, cities, foreign regions);
- ``graph/entities``: one description of each person and organisation, made from every
  document that names them — so one ``foaf:name`` however many documents;
- ``graph/analytics``: the network figures, recomputed after every change;
- the ontology and the topic scheme under their own IRIs.

Re-ingesting an unchanged document changes nothing (its content hash is compared); a changed
document replaces its graph; removing a document drops its graph and whatever only it
supported. ``kg build`` is the same path into an in-memory store.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain, islice

from rdflib import Graph, URIRef

from .extract import DocumentExtraction, Extractor
from .extract.gazetteer import reference
from .extract.identity import Identity, People
from .extract.records import Organisation, PersonName
from .loaders import Document, Skipped, load_documents
from .loaders.document import shown
from .mapping import (
    DEFAULT_BASE,
    Iris,
    document_triples,
    organisation_triples,
    person_triples,
    reference_triples,
    role_triples,
)
from .mapping.iris import check_base
from .resources import ontology_path
from .store import GraphStore

ONTOLOGY_GRAPH = "https://w3id.org/regiokg/ontology"
TOPICS_GRAPH = "https://w3id.org/regiokg/topics"
BATCH = 100  # documents extracted and written together; bounds memory on large corpora

_PREFIXES = """PREFIX rkg: <https://w3id.org/regiokg/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX org: <http://www.w3.org/ns/org#>
"""


@dataclass
class IngestReport:
    """What an ingest did, document by document."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    empty: list[str] = field(default_factory=list)

    @property
    def written(self) -> int:
        return len(self.added) + len(self.replaced)


def ingest(
    specs: Iterable[str],
    store: GraphStore,
    base: str = DEFAULT_BASE,
    on_document: Callable[[str], None] | None = None,
    workers: int = 0,
) -> IngestReport:
    """Read the documents the specs name into the store; see the module's docstring.

    ``workers`` ≥ 1 extracts in that many processes (each loads the models once) while this
    process writes, so one writer holds the store; 0 extracts here, between the writes.
    """
    iris = Iris(check_base(base))
    report = IngestReport()
    known = _stored_documents(store)
    # the workers start loading their models now, while this process sets the store up
    stream = extractions(_to_read(load_documents(specs), known, report), workers)
    prepare(store, iris)
    repair(store, iris)
    people = People(_stored_people(store, iris))  # read once; kept up to date batch by batch
    batch: list[DocumentExtraction] = []
    for doc, result in stream:
        if isinstance(result, str):
            report.skipped.append(Skipped(doc.url, result))
            continue
        ex = result.extraction
        if not (ex.places or ex.persons or ex.organisations):
            report.empty.append(doc.url)
        batch.append(result)
        if len(batch) >= BATCH:
            _write(batch, store, iris, known, people, report, on_document)
            batch = []
    if batch:
        _write(batch, store, iris, known, people, report, on_document)
    if report.written:
        refresh_analytics(store, iris)
    return report


def _to_read(
    items: Iterable[Document | Skipped], known: dict[str, tuple[str, str]], report: IngestReport
) -> Iterator[Document]:
    """The documents that need reading: new or changed, each text once."""
    seen: dict[str, str] = {}
    for item in items:
        if isinstance(item, Skipped):
            report.skipped.append(item)
            continue
        if item.sha256 in seen:  # a syndicated copy would count every cooperation twice
            report.skipped.append(Skipped(item.url, f"the same text as {shown(seen[item.sha256])}"))
            continue
        seen[item.sha256] = item.url
        stored = known.get(item.url)
        if stored and stored[1] == f"sha256:{item.sha256}":
            report.unchanged.append(item.url)
            continue
        yield item


def remove(urls_or_paths: Iterable[str], store: GraphStore, base: str = DEFAULT_BASE) -> IngestReport:
    """Drop documents (by URL or file path) and whatever only they supported."""
    from pathlib import Path

    iris = Iris(check_base(base))
    report = IngestReport()
    known = _stored_documents(store)
    touched: set[str] = set()
    for spec in urls_or_paths:
        url = spec if "://" in spec else Path(spec).resolve().as_uri()
        if url not in known:
            report.skipped.append(Skipped(spec, "not in the store"))
            continue
        graph = known[url][0]
        touched |= {
            r["e"]
            for r in store.select(
                _PREFIXES + f"SELECT DISTINCT ?e WHERE {{ GRAPH <{graph}> {{ ?e rkg:mentionedAs ?n }} }}"
            )
        }
        store.drop_graph(graph)
        report.removed.append(url)
    if report.removed:
        _refresh_entities(store, iris, set(), {}, {}, touched)
        refresh_analytics(store, iris)
    return report


def prepare(store: GraphStore, iris: Iris) -> None:
    """Put the ontology, the topic scheme and the gazetteer into a store that lacks them."""
    present = set(store.graphs())
    for graph, name in ((ONTOLOGY_GRAPH, "regiokg.ttl"), (TOPICS_GRAPH, "topics.ttl")):
        if graph not in present:
            store.replace_graph(graph, Graph().parse(ontology_path(name)))
    places = str(iris.graph("reference"))
    if places not in present:
        store.replace_graph(places, reference_triples(reference(), iris))


def repair(store: GraphStore, iris: Iris) -> int:
    """Describe what documents name but the entities graph lacks — what a run killed between
    writing a document and describing its people leaves behind. Returns how many were described."""
    entities = str(iris.graph("entities"))
    rows = store.select(
        _PREFIXES
        + f"""SELECT DISTINCT ?e ?n WHERE {{ GRAPH ?g {{ ?e rkg:mentionedAs ?n }}
        FILTER (?g != <{entities}>) FILTER NOT EXISTS {{ GRAPH <{entities}> {{ ?e ?p ?o }} }} }}"""
    )
    if not rows:
        return 0
    people, orgs, roles = set(), {}, {}
    for r in rows:
        kind = r["e"][len(iris.base) :].split("/", 1)[0]
        if kind == "person":
            people.add(r["e"])
        elif kind == "org":
            orgs.setdefault(r["e"], Organisation(key="", name=r["n"]))
        elif kind == "role":
            roles.setdefault(r["e"], r["n"])
    _refresh_entities(store, iris, people, orgs, roles)
    refresh_analytics(store, iris)
    return len(rows)


def _stored_documents(store: GraphStore) -> dict[str, tuple[str, str]]:
    """URL → (graph, content hash) of every document in the store."""
    rows = store.select(
        _PREFIXES + "SELECT ?g ?url ?hash WHERE { GRAPH ?g { ?g schema:url ?url ; rkg:contentHash ?hash } }"
    )
    return {r["url"]: (r["g"], r["hash"]) for r in rows}


#: Fewer documents than this are read in this process: starting workers would cost more.
POOL_THRESHOLD = 8


def extractions(
    documents: Iterable[Document], workers: int = 0
) -> Iterator[tuple[Document, DocumentExtraction | str]]:
    """Each document with its extraction (or why it failed), in the order given.

    With ``workers`` ≥ 1 and enough documents, extraction runs in that many processes while the
    caller writes: up to ``WINDOW`` documents per worker are in flight, so the workers never wait
    for a batch to be written and memory stays bounded however long the corpus. The workers are
    started by this call, not by the first ``next()``, so the caller can do its own setting up
    while they load their models.
    """
    documents = iter(documents)
    head = list(islice(documents, POOL_THRESHOLD))
    if workers < 1 or len(head) < POOL_THRESHOLD:
        return ((doc, _extract_one(doc)) for doc in chain(head, documents))
    pool = _pool(workers)
    pending = deque((doc, pool.submit(_extract_one, doc)) for doc in head)
    return _in_pool(pool, pending, documents, workers)


WINDOW = 16


def _in_pool(
    pool, pending: deque, documents: Iterator[Document], workers: int
) -> Iterator[tuple[Document, DocumentExtraction | str]]:
    """When a worker dies, every document in flight fails with it; the one at the head is read
    again alone in a fresh pool, and reported only if it kills that one too (memory, a signal),
    so a document is never blamed for another's crash. If the fresh workers cannot even start (a
    script without a ``__main__`` guard, a system out of processes), the rest are read here."""
    from concurrent.futures.process import BrokenProcessPool

    try:
        while True:
            while len(pending) < WINDOW * workers:
                doc = next(documents, None)
                if doc is None:
                    break
                pending.append((doc, _submit(pool, doc)))
            if not pending:
                return
            doc, future = pending.popleft()
            try:
                if future is None:
                    raise BrokenProcessPool
                result = future.result()
            except BrokenProcessPool:
                pool.shutdown(cancel_futures=True)
                pool = _pool(workers)
                result = _alone(pool, doc)
                if result is None:
                    pool.shutdown(cancel_futures=True)
                    pool = _pool(workers)
                    if not _starts(pool):
                        for d in chain([doc], (d for d, _ in pending), documents):
                            yield d, _extract_one(d)
                        return
                    result = "the process reading it stopped"
                pending = deque((d, _submit(pool, d)) for d, _ in pending)
            yield doc, result
    finally:
        pool.shutdown(cancel_futures=True)


def _submit(pool, doc: Document):
    """The document's future, or None when the pool is already broken (its turn will tell)."""
    from concurrent.futures.process import BrokenProcessPool

    try:
        return pool.submit(_extract_one, doc)
    except BrokenProcessPool:
        return None


def _alone(pool, doc: Document) -> DocumentExtraction | str | None:
    """One document read by itself in a fresh pool; None if the pool died with it."""
    from concurrent.futures.process import BrokenProcessPool

    try:
        return pool.submit(_extract_one, doc).result()
    except BrokenProcessPool:
        return None


def _starts(pool) -> bool:
    """Whether a pool's workers come up at all (they load the models first)."""
    from concurrent.futures.process import BrokenProcessPool

    try:
        return pool.submit(_ready).result()
    except BrokenProcessPool:
        return False


def _ready() -> bool:
    return True


def _pool(workers: int):
    """Worker processes, started fresh (not forked: a forked copy of a threaded parent can
    deadlock), each running its models on one thread: the models' matrices are small, and extra
    BLAS threads only spin against the other workers and the writing process (measured: no
    faster with two threads for one worker on two cores)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(
        max_workers=workers, mp_context=multiprocessing.get_context("spawn"), initializer=_load_models
    )


def _load_models() -> None:
    import os

    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[name] = "1"  # read when numpy loads, which is below
    from .extract.nlp import models

    _ = models().syntax  # parsed on demand, but loaded here: a model that fails, fails at the start


def _extract_one(doc: Document) -> DocumentExtraction | str:
    """One document's extraction, or why it failed: one bad document must not stop the batch.
    The parse travels back without its tokens: what is written needs only the sentences."""
    try:
        return Extractor()(doc).without_tokens()
    except Exception as exc:  # noqa: BLE001
        return f"extraction failed: {type(exc).__name__}: {exc}"


def _write(extractions, store, iris, known, people_so_far, report, on_document) -> None:
    """Resolve a batch's people against the store's, and write one graph per document."""
    people = [
        (p.name, {post.region for post in dx.extraction.posts if post.person == k and post.region})
        for dx in extractions
        for k, p in enumerate(dx.extraction.persons)
    ]
    identities = iter(people_so_far.resolve(people))
    new_orgs: dict[str, Organisation] = {}
    roles: dict[str, str] = {}
    orphans: set[str] = set()
    touched: dict[str, PersonName] = {}
    for dx in extractions:
        nodes = []
        for _ in dx.extraction.persons:
            ident = next(identities)
            node = iris.person(ident.slug)
            nodes.append(node)
            touched[str(node)] = ident.name
        for key, org in dx.extraction.organisations.items():
            new_orgs.setdefault(str(iris.organisation(key)), org)
        for post in dx.extraction.posts:
            roles.setdefault(str(iris.role(post.role)), post.role)
        doc = dx.document
        graph = str(iris.document(doc.key))
        previous = known.get(doc.url)
        if previous:
            orphans |= _mentioned_in(store, previous[0])
        if previous and previous[0] != graph:
            store.drop_graph(previous[0])
        store.replace_graph(graph, document_triples(dx, iris, nodes))
        (report.replaced if previous else report.added).append(doc.url)
        known[doc.url] = (graph, f"sha256:{doc.sha256}")
        if on_document:
            on_document(doc.url)
    _refresh_entities(store, iris, set(touched), new_orgs, roles, orphans)
    store.flush()


def _mentioned_in(store: GraphStore, graph: str) -> set[str]:
    """The people, organisations and roles a document's graph names."""
    rows = store.select(
        _PREFIXES
        + f"""SELECT DISTINCT ?e WHERE {{ GRAPH <{graph}> {{
        {{ ?e rkg:mentionedAs ?n }} UNION {{ ?m org:role ?e }} }} }}"""
    )
    return {r["e"] for r in rows}


def _stored_people(store: GraphStore, iris: Iris) -> list[Identity]:
    """The people already described, with the regions of their posts, for identity resolution."""
    entities = iris.graph("entities")
    rows = store.select(
        _PREFIXES
        + f"""
        SELECT ?p ?given ?family ?patronymic WHERE {{ GRAPH <{entities}> {{
          ?p a foaf:Person . OPTIONAL {{ ?p foaf:givenName ?given }} OPTIONAL {{ ?p foaf:familyName ?family }}
          OPTIONAL {{ ?p rkg:patronymic ?patronymic }} }} }}"""
    )
    regions: dict[str, set[str]] = {}
    for r in store.select(
        _PREFIXES + "SELECT ?p ?code WHERE { ?m org:member ?p ; rkg:region/rkg:regionCode ?code }"
    ):
        regions.setdefault(r["p"], set()).add(r["code"])
    prefix = str(iris.person(""))
    return [
        Identity(
            r["p"][len(prefix) :],
            PersonName(r["given"] or "", r["patronymic"] or "", r["family"] or ""),
            regions.get(r["p"], set()),
        )
        for r in rows
        if r["p"].startswith(prefix)
    ]


def _values(iris_: Iterable[str]) -> str:
    return " ".join(f"<{i}>" for i in sorted(iris_))


def _refresh_entities(
    store: GraphStore,
    iris: Iris,
    people: set[str],
    orgs: dict[str, Organisation],
    roles: dict[str, str],
    orphans: set[str] = frozenset(),
) -> None:
    """Describe again the people touched, from every name the documents give them; describe new
    organisations and roles; forget ``orphans`` (entities of documents dropped or replaced) that no
    document names any more. Touches only those subjects, so a batch costs what it brings."""
    entities = str(iris.graph("entities"))
    touched = people | orphans
    readings: dict[str, list[str]] = {}
    if touched:
        rows = store.select(
            _PREFIXES + f"SELECT ?e ?n WHERE {{ VALUES ?e {{ {_values(touched)} }} "
            "GRAPH ?g { ?e rkg:mentionedAs ?n } }"
        )
        for r in rows:
            readings.setdefault(r["e"], []).append(r["n"])
    new = set(orgs) | set(roles)
    described = set()
    if new:
        described = {
            r["s"]
            for r in store.select(
                f"SELECT DISTINCT ?s WHERE {{ VALUES ?s {{ {_values(new)} }} "
                f"GRAPH <{entities}> {{ ?s ?p ?o }} }}"
            )
        }
    used_roles = set()
    if orphans:
        used_roles = {
            r["r"]
            for r in store.select(
                _PREFIXES
                + f"SELECT DISTINCT ?r WHERE {{ VALUES ?r {{ {_values(orphans)} }} ?m org:role ?r }}"
            )
        }
    person_prefix = str(iris.person(""))
    # a person a dropped document named is described again from the names that remain
    people = set(people) | {o for o in orphans if o in readings and o.startswith(person_prefix)}
    clear = people | {o for o in orphans if o not in readings and o not in used_roles}
    triples = []
    for person in people:
        if person in readings:
            triples += person_triples(URIRef(person), _fullest(readings[person]))
    for key, org in orgs.items():
        if key not in described:
            triples += organisation_triples(URIRef(key), org, iris)
    for key, label in roles.items():
        if key not in described:
            triples += role_triples(URIRef(key), label)
    store.replace_subjects(entities, clear, triples)


def _fullest(readings: list[str]) -> PersonName:
    """The fullest name the documents give: «С. Собянин» and «Сергей Собянин» → «Сергей Собянин»."""
    best = PersonName()
    for reading in sorted(readings):
        words = reading.split()
        name = (
            PersonName(words[0], " ".join(words[1:-1]), words[-1])
            if len(words) > 1
            else PersonName(last=words[0])
        )
        best = PersonName(
            max(best.first, name.first, key=len),
            max(best.middle, name.middle, key=len),
            max(best.last, name.last, key=len),
        )
    return best


def refresh_analytics(store: GraphStore, iris: Iris, evidence: bool = False):
    """Recompute the network figures into ``graph/analytics`` — per region, per federal district
    and per pair of districts, as ``kg analyze`` computes them; returns (network, metrics).

    ``evidence`` puts the sentences on the network's links, for a page drawn from it; the
    figures do not need them, and on a large store they are most of what there is to read."""
    from .analysis import analyse, analytics_triples, read_facts

    analysis = analyse(read_facts(store, evidence=evidence))
    store.replace_graph(str(iris.graph("analytics")), analytics_triples(analysis, iris))
    return analysis.network, analysis.metrics
