"""The whole life of a large corpus, end to end, with each step timed; prints a Markdown table.

    python benchmarks/end_to_end.py [--docs 10000] [--workers 2]

1. a generated corpus is ingested into a store directory (peak memory of all processes);
2. ingested again: every document unchanged, nothing written;
3. ``kg analyze`` on the store;
4. ``kg serve`` answers a SPARQL query from ``curl``;
5. the store, exported as N-Quads, is loaded into a real ``oxigraph serve`` through the Graph
   Store Protocol and queried through it with ``kg query --store URL``.

Needs the ``oxigraph`` server (``pip install 'regiokg[serve]'``) and ``curl``.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import corpus, kg, timed  # noqa: E402


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(url: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"{url} did not answer within {seconds:.0f} s")


def _output(cmd: list[str]) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd[:4])} failed: {done.stderr[-500:]}")
    return time.perf_counter() - start, done.stdout + done.stderr


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kg-e2e-"))
    rows: list[str] = []
    try:
        docs, store = work / "docs", work / "store"
        docs.mkdir()
        size = corpus(args.docs, 11, docs)
        t, peak = timed(kg("ingest", str(docs), "--store", str(store), "-w", str(args.workers)))
        rows.append(
            f"| ingest {args.docs:,} documents ({size / 2**20:.1f} MB), {args.workers} workers "
            f"| {t:.0f} s ({args.docs / t:.1f} docs/s) | peak {peak / 2**20:,.0f} MB, all processes |"
        )
        t, out = _output(kg("ingest", str(docs), "--store", str(store)))
        summary = out.strip().splitlines()[-1].split(" → ")[0]
        rows.append(f"| ingest again | {t:.0f} s | {summary} |")
        t, out = _output(kg("analyze", "--store", str(store)))
        rows.append(f"| `kg analyze --store` | {t:.1f} s | {len(out.splitlines())} lines printed |")
        triples = sum(1 for _ in _quads(store))
        rows.append(f"| store | | {triples:,} triples, {_du(store) / 2**20:,.0f} MB on disk |")

        port = _port()
        server = subprocess.Popen(
            kg("serve", "--store", str(store), "--port", str(port)),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            _wait(f"http://127.0.0.1:{port}/")
            query = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
            t, out = _output(
                ["curl", "-sf", "-H", "Accept: text/csv", "--data-urlencode", f"query={query}",
                 f"http://127.0.0.1:{port}/query"]
            )  # fmt: skip
            rows.append(f"| `kg serve`, `curl` counts the quads | {t:.2f} s | {out.split()[-1]} |")
        finally:
            server.terminate()
            server.wait(timeout=30)

        dump = work / "store.nq"
        t_export, _ = _output(kg("export", "--store", str(store), "--format", "nq", "-o", str(dump)))
        port = _port()
        oxigraph = subprocess.Popen(
            ["oxigraph", "serve", "--location", str(work / "remote"), "--bind", f"127.0.0.1:{port}"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            _wait(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D")
            start = time.perf_counter()
            request = urllib.request.Request(
                f"http://127.0.0.1:{port}/store",
                data=dump.read_bytes(),
                headers={"Content-Type": "application/n-quads"},
                method="POST",
            )
            urllib.request.urlopen(request, timeout=3600).read()
            t_load = time.perf_counter() - start
            rows.append(
                f"| export N-Quads, load into `oxigraph serve` | {t_export:.0f} s + {t_load:.0f} s "
                f"| {dump.stat().st_size / 2**20:,.0f} MB |"
            )
            url = f"http://127.0.0.1:{port}/query"
            t, out = _output(kg("query", "--store", url, "--name", "regions-by-degree", "--format", "csv"))
            rows.append(
                f"| `kg query --store {re.sub(r':[0-9]+', ':PORT', url)}` regions-by-degree "
                f"| {t:.2f} s | {len(out.splitlines()) - 1} rows |"
            )
        finally:
            oxigraph.terminate()
            oxigraph.wait(timeout=30)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}\n\n"
        "| step | time | result |\n|---|---|---|\n" + "\n".join(rows)
    )


def _quads(store: Path):
    import pyoxigraph as ox

    return ox.Store.read_only(str(store)).quads_for_pattern(None, None, None)


def _du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


if __name__ == "__main__":
    main()
