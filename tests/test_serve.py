"""`kg serve` on a loopback port: read-only SPARQL, the page, refusals, a burst of queries."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from kg.ingest import ingest
from kg.store import open_store

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

pytestmark = pytest.mark.skipif(
    shutil.which("oxigraph") is None, reason="the oxigraph server is not installed"
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    pytest.importorskip("starlette")
    location = tmp_path_factory.mktemp("store") / "kg"
    with open_store(location) as store:
        ingest([str(EXAMPLES)], store)
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", "--store", str(location), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            urllib.request.urlopen(url + "/", timeout=1).read()
            break
        except OSError:
            if proc.poll() is not None:
                pytest.fail(proc.stderr.read().decode())
            time.sleep(0.1)
    yield url
    proc.terminate()
    proc.wait(timeout=10)


def get(url: str, query: str, accept: str = "application/sparql-results+json") -> bytes:
    req = urllib.request.Request(
        f"{url}/query?{urllib.parse.urlencode({'query': query})}", headers={"Accept": accept}
    )
    return urllib.request.urlopen(req, timeout=30).read()


def test_select_over_get_and_post(server):
    rows = json.loads(
        get(
            server,
            "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a <https://w3id.org/regiokg/ontology#Region> }",
        )
    )
    assert rows["results"]["bindings"][0]["n"]["value"] == "89"
    req = urllib.request.Request(
        f"{server}/query",
        data=b"ASK { ?s ?p ?o }",
        method="POST",
        headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"},
    )
    assert json.loads(urllib.request.urlopen(req, timeout=30).read())["boolean"] is True


def test_the_page_is_served(server):
    page = urllib.request.urlopen(f"{server}/cooperation.html", timeout=10).read().decode()
    assert "Томская область" in page


@pytest.mark.parametrize(
    ("path", "body", "content_type"),
    [
        ("/update", b"INSERT DATA { <x:a> <x:b> <x:c> }", "application/sparql-update"),
        ("/query", b"INSERT DATA { <x:a> <x:b> <x:c> }", "application/sparql-update"),
        (
            "/query",
            b"update=INSERT+DATA+%7B%3Cx%3Aa%3E+%3Cx%3Ab%3E+%3Cx%3Ac%3E%7D",
            "application/x-www-form-urlencoded",
        ),
        ("/store", b"<x:a> <x:b> <x:c> .", "application/n-triples"),
    ],
)
def test_writes_are_refused(server, path, body, content_type):
    req = urllib.request.Request(
        server + path, data=body, method="POST", headers={"Content-Type": content_type}
    )
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(req, timeout=10)
    assert err.value.code == 403


def test_a_malformed_query_is_a_client_error_and_the_server_goes_on(server):
    with pytest.raises(urllib.error.HTTPError) as err:
        get(server, "SELECT WHERE {")
    assert 400 <= err.value.code < 500
    assert json.loads(get(server, "ASK { ?s ?p ?o }"))["boolean"] is True


def test_a_burst_of_queries(server):
    query = "SELECT ?s WHERE { ?s a <https://w3id.org/regiokg/ontology#Cooperation> }"
    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(lambda _: json.loads(get(server, query)), range(40)))
    assert all(len(a["results"]["bindings"]) == len(answers[0]["results"]["bindings"]) > 0 for a in answers)
