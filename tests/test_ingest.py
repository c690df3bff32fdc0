"""A store that grows document by document: idempotent, replacing, removing, keeping identity."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from kg.ingest import ingest, remove
from kg.store import open_store

A = (
    "Губернатор Томской области Владимир Мазур и губернатор Новосибирской области Андрей Травников "
    "подписали соглашение о сотрудничестве.\n"
)
B = "В Москве мэр Москвы С. Собянин и губернатор Томской области В. Мазур обсудили транспорт.\n"
C = (
    "Мэр Москвы Сергей Собянин и губернатор Калужской области Владислав Шапша подписали соглашение "
    "о сотрудничестве.\n"
)

NAMES = "SELECT DISTINCT ?n WHERE { ?p <http://xmlns.com/foaf/0.1/name> ?n }"
COOPS = "SELECT DISTINCT ?c WHERE { ?c a <https://w3id.org/regiokg/ontology#Cooperation> }"


def names(store) -> list[str]:
    return sorted(r["n"] for r in store.select(NAMES))


@pytest.fixture
def corpus(tmp_path):
    for name, text in (("a.txt", A), ("b.txt", B), ("c.txt", C)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_reingesting_changes_nothing(corpus, tmp_path):
    with open_store(tmp_path / "store") as store:
        first = ingest([str(corpus / "a.txt")], store)
        before = sorted(map(str, store.union()))
        again = ingest([str(corpus / "a.txt")], store)
        assert (len(first.added), len(again.added), len(again.unchanged)) == (1, 0, 1)
        assert sorted(map(str, store.union())) == before


def test_a_changed_document_replaces_its_graph(corpus, tmp_path):
    with open_store(tmp_path / "store") as store:
        ingest([str(corpus / "a.txt")], store)
        (corpus / "a.txt").write_text(C.replace("Сергей Собянин", "Сергей Семёнов"), encoding="utf-8")
        report = ingest([str(corpus / "a.txt")], store)
        assert len(report.replaced) == 1
        assert "Андрей Травников" not in names(store)
        assert len(store.select(COOPS)) == 1


def test_identity_holds_across_runs(corpus, tmp_path):
    with open_store(tmp_path / "store") as store:
        ingest([str(corpus / "a.txt")], store)
        ingest([str(corpus / "b.txt")], store)
        ingest([str(corpus / "c.txt")], store)
        assert names(store) == ["Андрей Травников", "Владимир Мазур", "Владислав Шапша", "Сергей Собянин"]


def test_remove_drops_what_only_the_document_supported(corpus, tmp_path):
    with open_store(tmp_path / "store") as store:
        ingest([str(corpus)], store)
        report = remove([str(corpus / "a.txt")], store)
        assert len(report.removed) == 1
        # Мазур stays, named as the remaining document names him
        assert names(store) == ["В. Мазур", "Владислав Шапша", "Сергей Собянин"]
        assert len(store.select(COOPS)) == 2  # b.txt's talk and c.txt's agreement stay


def test_the_store_survives_reopening(corpus, tmp_path):
    with open_store(tmp_path / "store") as store:
        ingest([str(corpus / "a.txt")], store)
    with open_store(tmp_path / "store", read_only=True) as store:
        assert names(store) == ["Андрей Травников", "Владимир Мазур"]


def test_a_second_writer_is_told_to_wait(corpus, tmp_path):
    from kg.errors import StoreError

    with open_store(tmp_path / "store"), pytest.raises(StoreError, match="in use"):
        open_store(tmp_path / "store")


@pytest.mark.skipif(not Path("/proc/locks").exists(), reason="the writer is found through /proc/locks")
def test_a_reader_is_told_when_another_process_writes(tmp_path):
    """Oxigraph's read-only mode beside a writer in another process would lose files under the
    reader; the reader is stopped with a clear message instead."""
    import subprocess
    import sys

    from kg.errors import StoreError

    writer = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import pyoxigraph, sys; s = pyoxigraph.Store(sys.argv[1]); input()",
            str(tmp_path),
        ],
        stdin=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 30
        while not (tmp_path / "LOCK").exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.5)
        with pytest.raises(StoreError, match=f"being written by another process \\(pid {writer.pid}\\)"):
            open_store(tmp_path, read_only=True)
    finally:
        writer.communicate(b"\n", timeout=30)
    with open_store(tmp_path, read_only=True) as store:  # once it is gone, reading works
        assert store.graphs() == []


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def endpoint(tmp_path):
    """A real `oxigraph serve` on a loopback port, stopped after the test."""
    binary = shutil.which("oxigraph")
    if binary is None:
        pytest.skip("the oxigraph server is not installed")
    port = _free_port()
    proc = subprocess.Popen(
        [binary, "serve", "--location", str(tmp_path / "server"), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    yield f"{url}/query"
    proc.terminate()
    proc.wait(timeout=10)


def test_a_sparql_endpoint_as_the_store(corpus, endpoint):
    store = open_store(endpoint)
    assert len(ingest([str(corpus / "a.txt"), str(corpus / "b.txt")], store).added) == 2
    assert len(ingest([str(corpus / "a.txt")], store).unchanged) == 1
    assert remove([str(corpus / "a.txt")], store).removed
    assert names(store) == ["В. Мазур", "С. Собянин"]
    assert len(store.select(COOPS)) == 1  # b.txt's talk; a.txt's agreement went with it


def test_document_text_with_quotes_and_backslashes_is_stored_safely(tmp_path, endpoint):
    odd = tmp_path / "odd.txt"
    odd.write_text(
        "Томская область и Калужская область подписали соглашение о сотрудничестве: "
        '«"}\\ DROP ALL ; INSERT DATA { <x> <y> <z> }».\n',
        encoding="utf-8",
    )
    store = open_store(endpoint)
    assert len(ingest([str(odd)], store).added) == 1
    assert store.select("ASK { <x> <y> <z> }") == [{"ask": False}]
    titles = store.select("SELECT ?t WHERE { ?d <https://schema.org/name> ?t }")
    assert titles[0]["t"].endswith("».")


def test_paths_are_remembered_by_their_location(corpus, tmp_path):
    with open_store(tmp_path / "store") as store:
        ingest([str(corpus / "a.txt")], store)
        moved = tmp_path / "moved"
        moved.mkdir()
        shutil.copy(corpus / "a.txt", moved / "a.txt")
        assert len(ingest([str(moved / "a.txt")], store).added) == 1
        assert Path(moved / "a.txt").exists()


def test_worker_processes_give_the_same_graph(tmp_path):
    corpus = Path(__file__).resolve().parent / "corpus"
    files = sorted(str(p) for p in corpus.glob("gen0*.txt"))
    one, two = open_store(None), open_store(None)
    ingest(files, one, workers=0)
    ingest(files, two, workers=2)

    def named(store) -> list[str]:  # the ontology's blank nodes are named afresh in each store
        return sorted(str(t) for t in store.union() if not any(type(x).__name__ == "BNode" for x in t))

    assert named(one) == named(two)


def test_a_killed_ingest_finishes_on_the_next_run(tmp_path):
    """SIGKILL in the middle of a corpus: each document is written in one transaction, and the
    next run adds the rest and describes what the killed run left undescribed."""
    import signal
    import sys

    corpus = Path(__file__).resolve().parent / "corpus"
    files = sorted(str(p) for p in corpus.glob("*.txt"))[:30]
    location = tmp_path / "store"
    cmd = [sys.executable, "-m", "kg", "ingest", *files, "--store", str(location), "-w", "1"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(4)  # models loaded, documents being read or written
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open_store(location, read_only=True) as store:
        docs = store.select(
            "SELECT ?d (COUNT(?u) AS ?n) WHERE { GRAPH ?d { ?d <https://schema.org/url> ?u } } GROUP BY ?d"
        )
        assert len(docs) == 30 and all(r["n"] == 1 for r in docs)
        unnamed = store.select(
            "SELECT ?p WHERE { ?p <https://w3id.org/regiokg/ontology#mentionedAs> ?n . "
            "FILTER(CONTAINS(STR(?p), '/person/')) "
            "FILTER NOT EXISTS { ?p <http://xmlns.com/foaf/0.1/name> ?x } }"
        )
        assert unnamed == []


def test_repair_describes_what_a_killed_run_left_undescribed(corpus, tmp_path):
    from kg.ingest import repair
    from kg.mapping import Iris

    with open_store(tmp_path / "store") as store:
        ingest([str(corpus / "a.txt")], store)
        store.drop_graph(str(Iris().graph("entities")))
        assert names(store) == []
        assert repair(store, Iris()) > 0
        assert names(store) == ["Андрей Травников", "Владимир Мазур"]
        roles = store.select(
            "SELECT ?l WHERE { ?r a <http://www.w3.org/ns/org#Role> ; "
            "<http://www.w3.org/2004/02/skos/core#prefLabel> ?l }"
        )
        assert {r["l"] for r in roles} == {"губернатор"}


def _corpus_docs(tmp_path, n: int, killer: int | None = None) -> list[str]:
    corpus = Path(__file__).resolve().parent / "corpus"
    paths = []
    for k, src in enumerate(sorted(corpus.glob("gen*.txt"))[:n]):
        text = src.read_text(encoding="utf-8")
        if k == killer:
            from worker_faults import MARKER

            text += f"\n{MARKER}\n"
        dst = tmp_path / src.name
        dst.write_text(text, encoding="utf-8")
        paths.append(str(dst))
    return paths


def test_a_document_that_kills_its_worker_is_reported_and_the_rest_are_read(tmp_path, monkeypatch):
    """Two workers: the documents in flight with the killer die with it, and only it is blamed."""
    from worker_faults import extract_or_die

    import kg.ingest as ingest_module

    monkeypatch.setattr(ingest_module, "_extract_one", extract_or_die)
    files = _corpus_docs(tmp_path, 10, killer=3)
    report = ingest(files, open_store(None), workers=2)
    assert [s.path for s in report.skipped] == [Path(files[3]).as_uri()]
    assert "stopped" in report.skipped[0].reason
    assert len(report.added) == 9


def test_workers_that_cannot_start_leave_the_reading_to_this_process(tmp_path, monkeypatch):
    """A script without a ``__main__`` guard, or a machine out of processes: every worker dies
    on start, and no document may be reported lost for it."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from worker_faults import refuse_to_start

    import kg.ingest as ingest_module

    def broken_pool(workers: int) -> ProcessPoolExecutor:
        ctx = multiprocessing.get_context("spawn")
        return ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=refuse_to_start)

    monkeypatch.setattr(ingest_module, "_pool", broken_pool)
    files = _corpus_docs(tmp_path, 10)
    report = ingest(files, open_store(None), workers=2)
    assert report.skipped == [] and len(report.added) == 10
