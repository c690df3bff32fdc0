"""`kg serve` under abuse: its time and size caps, malformed HTTP, the address it listens on, and
what stopping it leaves behind. (Read-only refusals, a bad query and a burst are in test_serve.py.)"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from kg.ingest import ingest
from kg.store import open_store

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
TIMEOUT_S = 1
MAX_MB = 1
#: every triple against every triple against every triple: far longer than a second
ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
#: some 16 million rows: far more than a megabyte
HUGE = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } LIMIT 100000"
ASK = "ASK { ?s ?p ?o }"

pytestmark = pytest.mark.skipif(
    shutil.which("oxigraph") is None, reason="the oxigraph server is not installed"
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start(location: Path, port: int) -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", "--store", str(location), "--port", str(port)]
        + ["--timeout", str(TIMEOUT_S), "--max-mb", str(MAX_MB)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    for _ in range(300):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1).read()
            return proc
        except OSError:
            if proc.poll() is not None:
                pytest.fail(proc.stderr.read().decode())
            time.sleep(0.1)
    proc.kill()
    pytest.fail("kg serve did not start")


def _children(pid: int) -> list[int]:
    try:
        return [int(x) for x in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _alive(pid: int) -> bool:
    """Running, not a zombie waiting for whoever adopted it to reap it."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _stop(proc: subprocess.Popen, engines: list[int] | None = None) -> None:
    """Stop the server and, should it have left its engine running, the engine too (by its id)."""
    engines = _children(proc.pid) if engines is None else engines
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
    for pid in engines:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    location = tmp_path_factory.mktemp("store") / "kg"
    with open_store(location) as s:
        ingest([str(EXAMPLES)], s)
    return location


@pytest.fixture(scope="module")
def server(store):
    pytest.importorskip("starlette")
    port = _free_port()
    proc = _start(store, port)
    yield f"http://127.0.0.1:{port}"
    _stop(proc)


def query(url: str, sparql: str, accept: str = "application/sparql-results+json") -> tuple[int, bytes]:
    req = urllib.request.Request(
        f"{url}/query?{urllib.parse.urlencode({'query': sparql})}", headers={"Accept": accept}
    )
    try:
        with urllib.request.urlopen(req, timeout=60) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def still_answers(url: str) -> None:
    status, body = query(url, ASK)
    assert status == 200 and json.loads(body)["boolean"] is True


def raw(url: str, request: bytes, hang_up: bool = False) -> bytes:
    """Send bytes as they are and read what comes back until the server closes; ``hang_up``
    closes our side at once, as a client that goes away mid-request."""
    host, port = urllib.parse.urlsplit(url).netloc.split(":")
    with socket.create_connection((host, int(port)), timeout=10) as s:
        s.sendall(request)
        if hang_up:
            s.shutdown(socket.SHUT_WR)
        answer = b""
        try:
            while chunk := s.recv(65536):
                answer += chunk
        except (ConnectionResetError, TimeoutError):
            pass
    return answer


def test_a_large_answer_is_cut_off_with_413(server):
    status, body = query(server, HUGE)
    assert status == 413 and b"add a LIMIT" in body
    still_answers(server)


@pytest.fixture(scope="module")
def endless(server) -> tuple[int, bytes, float]:
    """The answer to a query that would run for hours, and how long it took to come."""
    started = time.monotonic()
    status, body = query(server, ENDLESS)
    return status, body, time.monotonic() - started


def test_a_long_query_is_stopped_at_the_time_limit(server, endless):
    status, body, seconds = endless
    assert seconds < TIMEOUT_S + 10
    assert b"cancelled" in body or status >= 400
    still_answers(server)


def test_a_stopped_query_is_an_error_status_not_a_broken_200(endless):
    status, body, _ = endless
    assert status >= 500, body[:200]


REFUSED, ANSWERED = "refused", "answered"
#: a request the HTTP parser may take whole or refuse, by how its bytes happen to arrive: h11
#: refuses a header still incomplete past 16 KB, so a 100 KB header sent in pieces is a 4xx
EITHER = "answered or refused"


@pytest.mark.parametrize(
    ("request_bytes", "expected"),
    [
        (b"\x00\xff\xfe garbage\r\n\r\n", REFUSED),
        (b"GET /query?query=%ZZ%E0 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", REFUSED),
        (b"GET /" + b"a" * 100_000 + b" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", REFUSED),
        (
            b"GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + b"b" * 100_000 + b"\r\nConnection: close\r\n\r\n",
            EITHER,
        ),
        (
            b"POST /query HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
            b"Content-Length: 4\r\nConnection: close\r\n\r\n\xff\xfe\x00\x01",
            REFUSED,
        ),
        (
            b"POST /query HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
            b"Content-Length: 9\r\nConnection: close\r\n\r\nquery=%\xff%",
            REFUSED,
        ),
        (b"BREW /query HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", REFUSED),
        (b"GET /../../../../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", REFUSED),
        (b"GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", REFUSED),
    ],
    ids=[
        "junk",
        "bad-escapes",
        "long-url",
        "long-header",
        "binary-body",
        "bad-form",
        "method",
        "dot-dot",
        "encoded-dot-dot",
    ],
)
def test_malformed_requests_get_a_client_error_and_the_server_goes_on(server, request_bytes, expected):
    answer = raw(server, request_bytes)
    status = int(answer.split(b" ", 2)[1])
    if expected == REFUSED:
        assert 400 <= status < 500, answer[:300]
    elif expected == ANSWERED:  # harmless, merely odd: answered as usual
        assert status == 200, answer[:300]
    else:
        assert status == 200 or 400 <= status < 500, answer[:300]
    assert b"root:" not in answer  # nothing outside the page folder is served
    still_answers(server)


def test_a_client_that_hangs_up_mid_request(server):
    raw(server, b"POST /query HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000\r\n\r\nASK {", hang_up=True)
    still_answers(server)


def test_an_oversized_request_body_is_refused(server):
    """Refused on its declared length, before a byte of it is read."""
    host, port = server.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as conn:
        conn.sendall(
            b"POST /query HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
            + f"Content-Length: {64 * 1024 * 1024}\r\nConnection: close\r\n\r\nASK {{}} #".encode()
        )
        assert conn.recv(200).split(b"\r\n")[0].split()[1] == b"413"
    still_answers(server)


def test_an_oversized_body_without_a_length_is_refused(server):
    def chunks():
        yield b"ASK {} #"
        for _ in range(64):
            yield b"x" * (64 * 1024)

    req = urllib.request.Request(
        f"{server}/query", data=chunks(), method="POST", headers={"Content-Type": "application/sparql-query"}
    )
    try:
        urllib.request.urlopen(req, timeout=60)
    except urllib.error.HTTPError as err:
        assert err.code == 413
    except urllib.error.URLError as err:  # the refusal came while the rest was still being sent
        assert isinstance(err.reason, ConnectionError)
    else:
        raise AssertionError("a 4 MB query was accepted")
    still_answers(server)


def _outside_address() -> str | None:
    """This machine's address on its network (no packet is sent), or None when it has only loopback."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        try:
            s.connect(("192.0.2.1", 9))  # TEST-NET-1: never routed, only used to pick an interface
            address = s.getsockname()[0]
        except OSError:
            return None
    return None if address.startswith("127.") or address == "0.0.0.0" else address


def test_it_listens_on_loopback_only(server):
    address = _outside_address()
    if address is None:
        pytest.skip("this machine has no address but loopback")
    port = int(server.rsplit(":", 1)[1])
    with pytest.raises(OSError), socket.create_connection((address, port), timeout=3):
        pass
    still_answers(server)


def test_stopping_the_server_stops_its_engine(store):
    pytest.importorskip("starlette")
    proc = _start(store, _free_port())
    engines = _children(proc.pid)
    assert engines
    try:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=10)
        deadline = time.monotonic() + 3
        while any(map(_alive, engines)) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(map(_alive, engines))
    finally:
        _stop(proc, engines)
