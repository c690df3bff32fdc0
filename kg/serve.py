"""``kg serve``: a read-only SPARQL 1.1 endpoint over a store, and the pages, for colleagues.

SPARQL is answered by the Oxigraph server itself, started read-only on a private loopback port
with a query time limit; a small ASGI app (Starlette under uvicorn) in front of it serves the
pages, passes on only read requests, and caps the size of an answer. Binds 127.0.0.1 unless told
otherwise.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .errors import StoreError

INDEX = """<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>regiokg</title></head>
<body style="font-family: sans-serif; max-width: 46em; margin: 2em auto">
<h1>regiokg</h1>
<p><a href="cooperation.html">Сотрудничество регионов</a> — the cooperation network.</p>
<p><a href="graph.html">Граф</a> — every region, person, organisation, event and document.</p>
<p>SPARQL 1.1 endpoint (read-only): <code>/query</code>, e.g.
<code>curl -H 'Accept: text/csv'
  --data-urlencode 'query=SELECT * WHERE {?s ?p ?o} LIMIT 5' {url}query</code></p>
</body></html>"""


@dataclass(frozen=True)
class Limits:
    timeout_s: int = 30
    max_bytes: int = 50 * 1024 * 1024  # of an answer
    max_request_bytes: int = 1024 * 1024  # of a query sent in a request body


#: How the Oxigraph server ends an answer it stopped at the time limit, after its 200 was sent.
_CANCELLED = b"The SPARQL operation has been cancelled"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_engine(location: Path, timeout_s: int) -> tuple[subprocess.Popen, str]:
    """The Oxigraph server, read-only, on a private loopback port; returns (process, base URL)."""
    binary = shutil.which("oxigraph")
    if binary is None:
        raise StoreError("kg serve needs the Oxigraph server: pip install 'regiokg[serve]'")
    port = _free_port()
    proc = subprocess.Popen(
        [
            binary,
            "serve-read-only",
            "--location",
            str(location),
            "--bind",
            f"127.0.0.1:{port}",
            "--union-default-graph",
            "--timeout-s",
            str(timeout_s),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(200):  # "Listening" is printed before connections are accepted: poll
        if proc.poll() is not None:
            raise StoreError(f"{location}: the Oxigraph server stopped: {proc.stderr.read().decode()[-300:]}")
        try:
            urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=1).read()
            return proc, url
        except OSError:
            time.sleep(0.05)
    proc.terminate()
    raise StoreError(f"{location}: the Oxigraph server did not start")


def make_app(engine: str, pages: Path, limits: Limits, on_shutdown: Callable[[], None] | None = None):
    """The ASGI app: pages from ``pages``, /query passed to the engine, nothing that writes.
    ``on_shutdown`` runs when the server stops, however it is stopped (uvicorn re-raises SIGTERM
    after its shutdown, so code after ``uvicorn.run`` would not run)."""
    from contextlib import asynccontextmanager
    from http.client import IncompleteRead

    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import HTMLResponse, PlainTextResponse, Response
    from starlette.routing import Mount, Route
    from starlette.staticfiles import StaticFiles

    async def index(request: Request) -> Response:
        return HTMLResponse(INDEX.replace("{url}", str(request.base_url)))

    def stopped() -> Response:
        return PlainTextResponse(
            f"the query ran longer than {limits.timeout_s} s and was stopped", status_code=503
        )

    def forward(method: str, query_string: str, body: bytes, headers: dict[str, str]) -> Response:
        url = f"{engine}/query" + (f"?{query_string}" if query_string else "")
        req = urllib.request.Request(url, data=body or None, method=method, headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=limits.timeout_s + 5) as resp:
                data = resp.read(limits.max_bytes + 1)
                if len(data) > limits.max_bytes:
                    return PlainTextResponse(
                        f"the answer is larger than {limits.max_bytes} bytes: add a LIMIT", status_code=413
                    )
                if _CANCELLED in data[-len(_CANCELLED) - 200 :]:
                    return stopped()  # the engine's 200 went out before it gave up; ours has not
                return Response(data, media_type=resp.headers.get("Content-Type"))
        except urllib.error.HTTPError as exc:
            return PlainTextResponse(exc.read().decode("utf-8", "replace")[:2000], status_code=exc.code)
        except IncompleteRead:
            return stopped()
        except OSError as exc:
            return PlainTextResponse(f"the query failed: {exc}", status_code=504)

    async def read_body(request: Request) -> bytes | None:
        """The request body, or None when it is larger than the limit (read no further than that)."""
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limits.max_request_bytes:
            return None
        body = bytearray()
        async for chunk in request.stream():
            body += chunk
            if len(body) > limits.max_request_bytes:
                return None
        return bytes(body)

    async def query(request: Request) -> Response:
        from starlette.concurrency import run_in_threadpool

        body = await read_body(request) if request.method == "POST" else b""
        if body is None:
            return PlainTextResponse(
                f"the request is larger than {limits.max_request_bytes} bytes", status_code=413
            )
        content_type = request.headers.get("content-type", "")
        if request.method == "POST" and "sparql-update" in content_type:
            return PlainTextResponse("this endpoint is read-only", status_code=403)
        if request.method == "POST" and content_type.startswith("application/x-www-form-urlencoded"):
            form = urllib.parse.parse_qs(body.decode("utf-8", "replace"))
            if "update" in form:
                return PlainTextResponse("this endpoint is read-only", status_code=403)
        headers = {
            k: v for k, v in (("Accept", request.headers.get("accept")), ("Content-Type", content_type)) if v
        }
        return await run_in_threadpool(forward, request.method, request.url.query, body, headers)

    async def refuse(request: Request) -> Response:
        return PlainTextResponse("this endpoint is read-only", status_code=403)

    @asynccontextmanager
    async def lifespan(app):
        yield
        if on_shutdown is not None:
            on_shutdown()

    writes = ["GET", "POST", "PUT", "DELETE"]
    return Starlette(
        lifespan=lifespan,
        routes=[
            Route("/", index),
            Route("/query", query, methods=["GET", "POST"]),
            Route("/update", refuse, methods=writes),
            Route("/store", refuse, methods=writes),
            Mount("/", app=StaticFiles(directory=str(pages)), name="pages"),
        ],
    )


def render_pages(location: Path, folder: Path) -> None:
    """Both pages of the store, written before the server starts."""
    from .analysis import compute_metrics, load_network
    from .render import write_pages
    from .store import open_store

    with open_store(location, read_only=True) as store:
        network = load_network(store)
        write_pages(store, network, compute_metrics(network), folder)


def serve(location: str | Path, host: str = "127.0.0.1", port: int = 8000, limits: Limits = Limits()) -> None:
    """Serve until interrupted; the engine and the pages go with the server however it stops."""
    import uvicorn

    location = Path(location)
    if not location.is_dir():
        raise StoreError(f"{location}: no store here (make one with `kg ingest … --store {location}`)")
    pages = tempfile.TemporaryDirectory(prefix="kg-pages-")
    proc = None

    def stop() -> None:
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
        pages.cleanup()

    try:
        render_pages(location, Path(pages.name))
        proc, engine = start_engine(location, limits.timeout_s)
        app = make_app(engine, Path(pages.name), limits, stop)
        uvicorn.run(app, host=host, port=port, log_level="warning")
    finally:
        stop()
