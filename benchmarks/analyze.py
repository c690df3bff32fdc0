"""Time ``kg analyze`` on a store or graph file — or on a synthetic store it builds; prints Markdown.

    python benchmarks/analyze.py --store kg-store             # a store you built
    python benchmarks/analyze.py --graph kg-out/graph.ttl     # RDF files
    python benchmarks/analyze.py --cooperations 15000         # a synthetic store (default)

The target: ``kg analyze`` on a store of 10,000 generated documents in under 30 s. Ingesting
that many documents takes a quarter of an hour, so by default the benchmark writes a synthetic
store of the same shape straight into Oxigraph: documents with dates and topics, 1–3 cooperations
each (2–4 parties, agreements and co-participations with their events), posts of people in
regions and organisations, the people and organisations described once — and the ontology,
topic scheme and gazetteer as ``kg ingest`` puts them there. ``--cooperations 15000`` is about
what 10,000 generated documents give (``benchmarks/generate.py`` writes 1.4 a document).

Each command runs in its own process (start-up included), median of ``--runs``; the analytics
refresh that ``kg ingest`` runs after every batch is timed in this process.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

RKG = "https://w3id.org/regiokg/ontology#"
SCHEMA = "https://schema.org/"
ORG = "http://www.w3.org/ns/org#"
FOAF = "http://xmlns.com/foaf/0.1/"
PROV = "http://www.w3.org/ns/prov#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCTERMS = "http://purl.org/dc/terms/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD = "http://www.w3.org/2001/XMLSchema#"


def synthetic_store(folder: Path, cooperations: int, seed: int = 1) -> dict[str, int]:
    """Write a store of about ``cooperations`` cooperations into ``folder``; returns its sizes."""
    import pyoxigraph as ox

    from kg.extract.gazetteer import reference
    from kg.mapping import Iris
    from kg.store.terms import quads

    rng = random.Random(seed)
    iris = Iris()
    _prepare(folder, iris)
    codes = sorted(reference().regions)
    popularity = [1 / (rank + 1) ** 0.8 for rank in range(len(codes))]  # a few hubs, a long tail
    rng.shuffle(popularity)
    topics = _topics()
    people = [iris.person(f"person-{i}") for i in range(max(50, cooperations // 3))]
    home = {p: rng.choices(codes, popularity)[0] for p in people}
    orgs = [iris.organisation(f"org-{i}") for i in range(max(20, cooperations // 30))]
    org_region = {o: rng.choice(codes) for o in orgs}
    store = ox.Store(str(folder))
    docs = made = 0
    batch: list = []
    named: set = set()
    while made < cooperations:
        docs += 1
        key = f"syn{docs:06d}"
        graph = str(iris.document(key))
        triples = _document(rng, iris, key, codes, popularity, topics, people, home, orgs, org_region, named)
        made += sum(1 for t in triples if t[1] == RDF_TYPE and t[2] == RKG + "Cooperation")
        batch += quads([_terms(t) for t in triples], graph)
        if len(batch) > 200_000:
            store.bulk_extend(batch)
            batch = []
    entities = str(iris.graph("entities"))
    for p in sorted(named):
        batch += quads(
            [_terms((p, RDF_TYPE, FOAF + "Person")), _terms((p, FOAF + "name", f"«{p[-8:]}»"))], entities
        )
    for o in orgs:
        batch += quads(
            [
                _terms((o, RDF_TYPE, ORG + "Organization")),
                _terms((o, SKOS + "prefLabel", ("Организация " + o.rsplit("-", 1)[-1], "ru"))),
                _terms((o, RKG + "region", str(iris.region(org_region[o])))),
            ],
            entities,
        )
    store.bulk_extend(batch)
    store.flush()
    size = len(store)
    del store
    return {"documents": docs, "cooperations": made, "triples": size}


def _prepare(folder: Path, iris) -> None:
    """The ontology, topic scheme and gazetteer, as ``kg ingest`` starts a store; the store is
    closed on return, so that Oxigraph can open the directory again."""
    from kg.ingest import prepare
    from kg.store import open_store

    with open_store(folder) as store:
        prepare(store, iris)


def _topics() -> list[str]:
    from rdflib import Graph, URIRef

    from kg.resources import ontology_path

    g = Graph().parse(ontology_path("topics.ttl"))
    scheme = URIRef("https://w3id.org/regiokg/topics")
    return sorted(str(t) for t in g.subjects(URIRef(SKOS + "inScheme"), scheme))


def _terms(triple):
    """(s, p, o) of strings into rdflib terms: an object is an IRI, (text, lang), (text, datatype) or text."""
    from rdflib import Literal, URIRef

    s, p, o = triple
    if isinstance(o, tuple):
        text, tag = o
        obj = Literal(text, datatype=URIRef(tag)) if tag.startswith("http") else Literal(text, lang=tag)
    elif isinstance(o, str) and o.startswith(("http://", "https://", "file://")):
        obj = URIRef(o)
    else:
        obj = Literal(o)
    return URIRef(str(s)), URIRef(p), obj


def _document(rng, iris, key, codes, popularity, topics, people, home, orgs, org_region, named) -> list:
    """One document's triples in the shape ``kg ingest`` writes (kg/mapping/document.py)."""
    d = str(iris.document(key))
    day = date(2014, 1, 1) + timedelta(days=rng.randrange(12 * 365))
    t = [
        (d, RDF_TYPE, SCHEMA + "NewsArticle"),
        (d, SCHEMA + "url", f"file:///corpus/{key}.txt"),
        (d, SCHEMA + "name", f"Заголовок {key}"),
        (d, SCHEMA + "datePublished", (day.isoformat(), XSD + "date")),
        (d, RKG + "contentHash", f"sha256:{rng.getrandbits(256):064x}"),
    ]
    for topic in rng.sample(topics, rng.randint(1, 4)):
        t.append((d, DCTERMS + "subject", topic))
    regions_named: set[str] = set()
    for n in range(1, rng.choice((1, 1, 1, 2, 2, 3)) + 1):
        parties = set()
        size = rng.choices((2, 3, 4), (74, 17, 9))[0]
        while len(parties) < size:
            parties.add(rng.choices(codes, popularity)[0])
        regions_named |= parties
        c = str(iris.local("cooperation", key, n))
        kind = rng.choice(("Agreement", "CoParticipation"))
        t += [(c, RDF_TYPE, RKG + "Cooperation"), (c, RKG + "cooperationKind", RKG + kind)]
        t += [(c, RKG + "party", str(iris.region(code))) for code in sorted(parties)]
        t += [
            (c, RKG + "weight", ("1.0" if kind == "Agreement" else "0.5", XSD + "double")),
            (c, SCHEMA + "startDate", (day.isoformat(), XSD + "date")),
            (c, PROV + "wasDerivedFrom", d),
            (c, RKG + "evidence", (f"Предложение {n} документа {key} о сотрудничестве регионов.", "ru")),
        ]
        if kind == "CoParticipation":
            e = str(iris.local("event", key, f"e{n}"))
            t += [
                (d, SCHEMA + "mentions", e),
                (e, RDF_TYPE, SCHEMA + "Event"),
                (e, SCHEMA + "name", ("Форум", "ru")),
                (e, RKG + "eventKind", RKG + "Forum"),
                (e, PROV + "wasDerivedFrom", d),
                (c, RKG + "event", e),
            ]
            for person in rng.sample(people, 2):
                named.add(str(person))
                t.append((e, SCHEMA + "attendee", str(person)))
    for n in range(1, rng.randint(2, 4) + 1):
        person = rng.choice(people)
        named.add(str(person))
        m = str(iris.local("membership", key, n))
        t += [
            (d, SCHEMA + "mentions", str(person)),
            (str(person), RKG + "mentionedAs", "Имя Фамилия"),
            (m, RDF_TYPE, ORG + "Membership"),
            (m, ORG + "member", str(person)),
            (m, ORG + "role", str(iris.role("губернатор"))),
            (m, PROV + "wasDerivedFrom", d),
            (m, RKG + "evidence", ("Губернатор подписал соглашение.", "ru")),
        ]
        if rng.random() < 0.3:
            org = rng.choice(orgs)
            t += [(m, ORG + "organization", str(org)), (d, SCHEMA + "mentions", str(org))]
        else:
            t.append((m, RKG + "region", str(iris.region(home[person]))))
    for code in sorted(regions_named):
        t.append((d, SCHEMA + "mentions", str(iris.region(code))))
    q = str(iris.local("quote", key, 1))
    t += [
        (q, RDF_TYPE, SCHEMA + "Quotation"),
        (q, SCHEMA + "text", ("Цитата.", "ru")),
        (q, SCHEMA + "isPartOf", d),
    ]
    return t


def refresh_time(folder: Path) -> float:
    """The analytics refresh ``kg ingest`` runs after a batch, on this store."""
    from kg.ingest import refresh_analytics
    from kg.mapping import Iris
    from kg.store import open_store

    with open_store(folder) as store:
        start = time.perf_counter()
        refresh_analytics(store, Iris())
        return time.perf_counter() - start


def timed(args: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "kg", "analyze", *args],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            cwd=ROOT,
        )
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    source = ap.add_mutually_exclusive_group()
    source.add_argument("--store", type=Path, help="An Oxigraph store directory to analyse.")
    source.add_argument("--graph", type=Path, nargs="+", help="RDF files to analyse.")
    ap.add_argument("--cooperations", type=int, default=15_000, help="Size of the synthetic store.")
    ap.add_argument("--runs", type=int, default=3, help="Runs of each command (the median is shown).")
    ap.add_argument("--compare", nargs=2, default=("2023", "2024"), metavar=("BEFORE", "AFTER"))
    ap.add_argument("--region", default="RU-TA")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kg-analyze-bench-"))
    try:
        print(
            f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
            f"{platform.system()} {platform.release()}\n"
        )
        if args.graph:
            target = [str(p) for p in args.graph]
            what = ", ".join(p.name for p in args.graph)
        else:
            folder = args.store
            if folder is None:
                folder = work / "store"
                start = time.perf_counter()
                sizes = synthetic_store(folder, args.cooperations)
                took = time.perf_counter() - start
                print(
                    f"Synthetic store: {sizes['documents']:,} documents, {sizes['cooperations']:,} "
                    f"cooperations, {sizes['triples']:,} triples (written in {took:.1f} s)\n"
                )
                print(f"refresh_analytics (in process): {refresh_time(folder):.2f} s\n")
            target = ["--store", str(folder)]
            what = "synthetic store" if args.store is None else args.store.name
        out = work / "out"
        rows = [
            ("overview", []),
            ("one region", ["--region", args.region]),
            ("two periods", ["--compare", *args.compare]),
            ("overview and the network file, evidence read", ["--graphml", str(work / "n.graphml")]),
            ("overview, every table and the pages", ["--out", str(out)]),
        ]
        print(f"| `kg analyze` on {what} | median of {args.runs} | target |\n|---|---|---|")
        for name, extra in rows:
            seconds = timed([*target, *extra], args.runs)
            verdict = "met" if seconds < 30 else "**not met**"
            shown = " ".join(a if not a.startswith(str(work)) else Path(a).name for a in extra) or "—"
            print(f"| {name} (`{shown}`) | {seconds:.2f} s | < 30 s — {verdict} |")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
