"""Any text: extraction raises nothing, and the graph it gives conforms to the shapes."""

from __future__ import annotations

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from kg.ingest import ingest  # noqa: E402
from kg.store import open_store  # noqa: E402
from kg.validate import validate_graph  # noqa: E402

FRAGMENTS = [
    "Губернатор Томской области Владимир Мазур",
    "и",
    "подписали соглашение о сотрудничестве",
    "«",
    "»",
    "Республика Саха (Якутия)",
    "АИРР",
    "ХМАО",
    "в Казани",
    "—",
    ",",
    ".",
    "\n\n",
    "Раис Татарстана",
    "С. Собянин",
    "Новосибирская, Томская и Калужская области",
    "31.02.2024",
    "«Агентство",
    "(",
    ")",
]
texts = st.lists(
    st.one_of(
        st.sampled_from(FRAGMENTS),
        st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=12),
    ),
    min_size=1,
    max_size=25,
).map(" ".join)


# derandomized, no example database: the same examples in CI on every run, a few seconds each
CI = {"derandomize": True, "database": None, "deadline": None}


@settings(max_examples=15, suppress_health_check=[HealthCheck.function_scoped_fixture], **CI)
@given(text=texts)
def test_any_text_gives_a_valid_graph(tmp_path, text):
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    store = open_store(None)
    report = ingest([str(path)], store)
    if not report.written:
        assert report.skipped  # an empty or unreadable text is reported, not lost
        return
    from rdflib import Graph

    g = Graph()
    for triple in store.union():
        g.add(triple)
    result = validate_graph(g)
    assert result.conforms, result.text[:2000]


# --- any Unicode serialises to every export format and back ----------------------------------

NASTY = [
    "\x07",
    "\x1b[31m",
    '"',
    "'",
    '"""',
    "\\",
    "\\n",
    "\\u0022",
    "\u200f",
    "\u202e",
    "\u2028",
    "\u0085",
    "\U0001f600",
    "\U0001f468\u200d\U0001f469\u200d\U0001f467",
    "\ufffe",
    "<",
    ">",
    "&amp;",
    "]]>",
    "{",
    "}",
    "@ru",
    "^^",
    "#",
    "\u0301",
    "\U0001d518",
    "\t",
    "\r",
]
unicode_texts = st.lists(
    st.one_of(
        st.sampled_from(FRAGMENTS + NASTY),
        st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=6),
    ),
    min_size=1,
    max_size=25,
).map("".join)
nasty = st.lists(
    st.one_of(st.sampled_from(NASTY), st.text(st.characters(exclude_categories=("Cs",)), max_size=3)),
    max_size=4,
).map("".join)
#: a cooperation, a post and a quote, so the odd characters reach evidence, quotes and names
news_with_nasty_parts = st.builds(
    "Губернатор Томской области Владимир Мазур{} и губернатор Новосибирской области Андрей Травников "
    "подписали соглашение о сотрудничестве{}.\n\n«{}», — сказал Владимир Мазур.".format,
    nasty,
    nasty,
    nasty,
)
#: graphs a document changes; the ontology, topics and gazetteer are the shipped files
DOCUMENT_GRAPHS = ("/doc/", "/graph/entities", "/graph/analytics")


def _document_dataset(store):
    from rdflib import Dataset, URIRef

    ds = Dataset()
    for name in store.graphs():
        if any(part in name for part in DOCUMENT_GRAPHS):
            g = ds.graph(URIRef(name))
            for triple in store.construct(
                f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{name}> {{ ?s ?p ?o }} }}"
            ):
                g.add(triple)
    return ds


@settings(max_examples=20, suppress_health_check=[HealthCheck.function_scoped_fixture], **CI)
@given(text=st.one_of(unicode_texts, news_with_nasty_parts))
def test_any_unicode_serialises_to_every_export_format_and_back(tmp_path, text):
    """Control characters, quotes, backslashes, direction marks, emoji: whatever a document holds,
    each format `kg export` writes parses back to the same triples (and quads)."""
    from rdflib import Dataset, Graph
    from rdflib.compare import isomorphic

    from kg.cli import EXPORT_FORMATS

    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8", newline="")
    store = open_store(None)
    if not ingest([str(path)], store).written:
        return
    ds = _document_dataset(store)
    union = Graph()
    for g in ds.graphs():
        union += g
    assert len(union) > 0
    for fmt, rdflib_format in EXPORT_FORMATS.items():
        quads = fmt in ("trig", "nq")
        written = (ds if quads else union).serialize(format=rdflib_format)
        back = Dataset().parse(data=written, format=rdflib_format)
        merged = Graph()
        for g in back.graphs():
            merged += g
        assert isomorphic(merged, union), fmt
        if quads:
            names = {str(g.identifier) for g in back.graphs() if len(g)}
            assert names == {str(g.identifier) for g in ds.graphs() if len(g)}, fmt


@settings(max_examples=300, **CI)
@given(name=st.text(st.characters(exclude_categories=("Cs",))), n=st.integers(0, 10**6))
def test_iris_minted_from_any_name_are_valid_and_safe(name, n):
    """Names become IRIs only through slugs: ASCII letters, digits and hyphens, nothing that could
    close an IRI in SPARQL or Turtle, climb a path (``..``) or start a query (``?``, ``#``)."""
    import re

    import pyoxigraph

    from kg.loaders.document import keyed
    from kg.mapping import Iris
    from kg.slug import slugify

    iris = Iris()
    key = keyed(name, "file:///x", name or "x").key
    minted = {
        "person": iris.person(slugify(name) or "person"),
        "org": iris.organisation(name),
        "role": iris.role(name),
        "city": iris.city(name),
        "doc": iris.document(key),
        "event": iris.local("event", key, n),
    }
    for kind, iri in minted.items():
        pyoxigraph.NamedNode(str(iri))
        assert re.fullmatch(rf"{re.escape(iris.base)}{kind}/[a-z0-9]+(-[a-z0-9]+)*", str(iri)), iri
