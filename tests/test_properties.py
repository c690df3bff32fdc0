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


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
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
