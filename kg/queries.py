"""The named SPARQL queries shipped in ``ontology/queries/`` and formatting of results."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from .errors import InputError, QueryError
from .resources import ontology_path


def named_queries() -> dict[str, str]:
    """Name → SPARQL text of every shipped query."""
    folder = ontology_path("queries")
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.rq"))}


def named_query(name: str) -> str:
    queries = named_queries()
    if name not in queries:
        raise QueryError(f"no query named {name!r}; known: {', '.join(queries)}")
    return queries[name]


def describe_queries() -> str:
    """One line per shipped query: its name and the first line of its comment."""
    lines = []
    for name, body in named_queries().items():
        first = next((ln.lstrip("# ") for ln in body.splitlines() if ln.startswith("#")), "")
        lines.append(f"{name:24s} {first}")
    return "\n".join(lines)


def query_text(text: str | None = None, file: Path | None = None, name: str | None = None) -> str:
    """The SPARQL to run: given as text, read from a file, or a shipped query by name."""
    if file is not None:
        try:
            return Path(file).read_text(encoding="utf-8")
        except OSError as exc:
            raise InputError(f"{file}: cannot read the query ({exc.strerror or exc})") from None
    if name is not None:
        return named_query(name)
    return text or ""


def format_rows(names: list[str], rows: list[dict[str, Any]], fmt: str) -> str:
    """Rows as an aligned text table, CSV or JSON."""
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=1)
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(names)
        writer.writerows([["" if r[n] is None else r[n] for n in names] for r in rows])
        return buf.getvalue().rstrip("\n")
    cells = [[_short(r[n]) for n in names] for r in rows]
    widths = [max([len(n)] + [len(c[i]) for c in cells]) for i, n in enumerate(names)]
    lines = ["  ".join(n.ljust(w) for n, w in zip(names, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    return "\n".join(lines)


def _short(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.4f}"
    text = " ".join(str(value).split())
    return text if len(text) <= 80 else text[:77] + "…"
