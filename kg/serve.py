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
from dataclasses import dataclass
from pathlib import Path

from .errors import StoreError

INDEX = """<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>regiokg</title></head>
<body style="font-family: sans-serif; max-width: 46em; margin: 2em auto">
<h1>regiokg</h1>
<p><a href="cooperation.html">Сотрудничество регионов</a> — the cooperation network.</p>
<p>SPARQL 1.1 endpoint (read-only): <code>/query</code>, e.g.
<code>curl -H 'Accept: text/csv'
  --data-urlencode 'query=SELECT * WHERE {?s ?p ?o} LIMIT 5' {url}query</code></p>
</body></html>"""


@dataclass(frozen=True)
class Limits:
    timeout_s: int = 30
    max_bytes: int = 50 * 1024 * 1024


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


def make_app(engine: str, pages: Path, limits: Limits):
    """The ASGI app: pages from ``pages``, /query passed to the engine, nothing that writes."""
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import HTMLResponse, PlainTextResponse, Response
    from starlette.routing import Mount, Route
    from starlette.staticfiles import StaticFiles

    async def index(request: Request) -> Response:
        return HTMLResponse(INDEX.replace("{url}", str(request.base_url)))

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
                return Response(data, media_type=resp.headers.get("Content-Type"))
        except urllib.error.HTTPError as exc:
            return PlainTextResponse(exc.read().decode("utf-8", "replace")[:2000], status_code=exc.code)
        except OSError as exc:
            return PlainTextResponse(f"the query failed: {exc}", status_code=504)

    async def query(request: Request) -> Response:
        from starlette.concurrency import run_in_threadpool

        body = await request.body() if request.method == "POST" else b""
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

    writes = ["GET", "POST", "PUT", "DELETE"]
    return Starlette(
        routes=[
            Route("/", index),
            Route("/query", query, methods=["GET", "POST"]),
            Route("/update", refuse, methods=writes),
            Route("/store", refuse, methods=writes),
            Mount("/", app=StaticFiles(directory=str(pages)), name="pages"),
        ]
    )


def render_pages(location: Path, folder: Path) -> None:
    """The cooperation page of the store, written before the server starts."""
    from .analysis import compute_metrics, load_network
    from .render import render_cooperation_page
    from .store import open_store

    with open_store(location, read_only=True) as store:
        network = load_network(store)
        render_cooperation_page(network, compute_metrics(network), folder / "cooperation.html")


def serve(location: str | Path, host: str = "127.0.0.1", port: int = 8000, limits: Limits = Limits()) -> None:
    """Serve until interrupted."""
    import uvicorn

    location = Path(location)
    if not location.is_dir():
        raise StoreError(f"{location}: no store here (make one with `kg ingest … --store {location}`)")
    with tempfile.TemporaryDirectory(prefix="kg-pages-") as pages:
        render_pages(location, Path(pages))
        proc, engine = start_engine(location, limits.timeout_s)
        try:
            uvicorn.run(make_app(engine, Path(pages), limits), host=host, port=port, log_level="warning")
        finally:
            proc.terminate()
            proc.wait(timeout=10)
