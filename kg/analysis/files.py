"""The analysis as files: one CSV or JSON file per table, each written atomically.

A CSV cell holds one value: lists become ``a; b``, mappings ``key value; key value``. JSON keeps
lists and mappings as they are. Numbers are rounded to six decimals in both.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from dataclasses import fields
from datetime import date
from pathlib import Path
from typing import Any

from ..outputs import write_atomic
from .bipartite import PersonOrganisation, RegionTopic, Topic
from .communities import Community
from .districts import District, DistrictLink
from .ego import EgoLink
from .metrics import CSV_HEADER, RegionMetrics
from .periods import LinkChange, RegionChange
from .report import Analysis
from .request import Result

FORMATS = ("csv", "json")
#: metrics.csv keeps the columns ``kg build`` has always written: the region's IRI is ``region``.
METRIC_COLUMNS = [("region", "iri"), *((name, name) for name in CSV_HEADER[1:])]


def _number(value: float) -> float | int:
    rounded = round(value, 6)
    return int(rounded) if rounded.is_integer() and abs(rounded) < 1e15 else rounded


def _json(value: Any) -> Any:
    if isinstance(value, float):
        return _number(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_json(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _json(v) for k, v in value.items()}
    return value


def _csv(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, float):
        return round(value, 6)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return "; ".join(str(_csv(v)) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k} {_number(v) if isinstance(v, float) else v}" for k, v in value.items())
    return value


def write_table(
    records: Iterable[Any], kind: type, path: str | Path, columns: Sequence[tuple[str, str]] | None = None
) -> Path:
    """Records of one dataclass ``kind`` as CSV or JSON (by the suffix); ``columns`` maps a
    column's name to the attribute it shows (default: every field, by its own name)."""
    path = Path(path)
    columns = list(columns or ((f.name, f.name) for f in fields(kind)))
    rows = [[getattr(r, attr) for _, attr in columns] for r in records]
    if path.suffix == ".json":
        data = [{name: _json(v) for (name, _), v in zip(columns, row, strict=True)} for row in rows]
        return write_atomic(
            path, json.dumps(data, ensure_ascii=False, indent=1) + "\n", f"the {path.stem} table"
        )

    def write(handle) -> None:
        writer = csv.writer(handle)
        writer.writerow([name for name, _ in columns])
        writer.writerows([[_csv(v) for v in row] for row in rows])

    return write_atomic(path, write, f"the {path.stem} table")


def write_analysis(
    analysis: Analysis,
    out_dir: str | Path,
    fmt: str = "csv",
    ego: tuple[str, list[EgoLink]] | None = None,
    changes: tuple[list[LinkChange], list[RegionChange]] | None = None,
) -> list[Path]:
    """Every table of ``analysis`` (and of an ego network, ``(code, links)``, and of a comparison
    of two periods) into ``out_dir``; returns the paths written."""
    out = Path(out_dir)
    tables: list[tuple[str, list[Any], type, Sequence[tuple[str, str]] | None]] = [
        ("metrics", analysis.metrics, RegionMetrics, METRIC_COLUMNS),
        ("districts", analysis.districts, District, None),
        ("district-links", analysis.district_links, DistrictLink, None),
        ("communities", analysis.communities, Community, None),
        ("topics", analysis.topics, Topic, None),
        ("region-topics", analysis.region_topics, RegionTopic, None),
        ("people-organisations", analysis.people, PersonOrganisation, None),
    ]
    if ego is not None:
        tables.append((f"ego-{ego[0]}", ego[1], EgoLink, None))
    if changes is not None:
        tables.append(("link-changes", changes[0], LinkChange, None))
        tables.append(("region-changes", changes[1], RegionChange, None))
    return [write_table(rows, kind, out / f"{name}.{fmt}", columns) for name, rows, kind, columns in tables]


def write_result(result: Result, out_dir: str | Path, fmt: str = "csv") -> list[Path]:
    """Every table of one ``kg analyze`` run (see :func:`write_analysis`)."""
    ego = (result.region_code, result.ego) if result.ego is not None else None
    c = result.comparison
    changes = (c.link_changes, c.region_changes) if c is not None else None
    return write_analysis(result.analysis, out_dir, fmt, ego=ego, changes=changes)
