"""Periods of time, and what changed in the network from one period to another.

A period is written as a year (``2024``), a month (``2024-03``), a day (``2024-03-15``) or a
range ``FROM..TO`` of those, either end open (``2024..``, ``..2023-06``); both ends are
inclusive. A cooperation falls in a period by its date (see :class:`.facts.Cooperation`); an
undated cooperation falls in none.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

import networkx as nx

_PART = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


@dataclass(frozen=True)
class Period:
    """Days from ``start`` to ``end``, both included; None leaves that end open."""

    start: date | None = None
    end: date | None = None

    def contains(self, day: date | None) -> bool:
        if day is None:
            return False
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)

    def __str__(self) -> str:
        """As short as the input could have been: ``2024``, ``2024-03``, ``2023..2024-06``, ``2020..``."""
        start, end = _short(self.start, first=True), _short(self.end, first=False)
        return start if start == end else f"{start}..{end}"


def _short(day: date | None, first: bool) -> str:
    """A period's end as a year or a month when it is that year's or month's first (or last) day."""
    if day is None:
        return ""
    last_of_month = calendar.monthrange(day.year, day.month)[1]
    if (day.month, day.day) == ((1, 1) if first else (12, 31)):
        return str(day.year)
    if day.day == (1 if first else last_of_month):
        return f"{day.year}-{day.month:02d}"
    return day.isoformat()


def _bounds(text: str) -> tuple[date, date]:
    """The first and last day a year, month or day stands for."""
    match = _PART.match(text.strip())
    if not match:
        raise ValueError(f"{text!r} is not a year, a month or a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = (int(x) if x else None for x in match.groups())
    try:
        if month is None:
            return date(year, 1, 1), date(year, 12, 31)
        if day is None:
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        return date(year, month, day), date(year, month, day)
    except ValueError as exc:
        raise ValueError(f"{text!r} is not a real date ({exc})") from None


def parse_period(text: str) -> Period:
    """A period from ``2024``, ``2024-03``, ``2024-03-15`` or ``FROM..TO`` (see the module)."""
    if ".." in text:
        first, last = text.split("..", 1)
        if not first.strip() and not last.strip():
            raise ValueError(f"{text!r}: give at least one end of the range")
        start = _bounds(first)[0] if first.strip() else None
        end = _bounds(last)[1] if last.strip() else None
    else:
        start, end = _bounds(text)
    if start and end and start > end:
        raise ValueError(f"{text!r}: the period ends before it starts")
    return Period(start, end)


def between(since: str | None, until: str | None) -> Period | None:
    """The period ``--since`` and ``--until`` give (each a year, month or day); None for neither."""
    if not since and not until:
        return None
    start = _bounds(since)[0] if since else None
    end = _bounds(until)[1] if until else None
    if start and end and start > end:
        raise ValueError(f"--since {since} is after --until {until}")
    return Period(start, end)


@dataclass(frozen=True)
class LinkChange:
    """A link between two regions in the earlier period (``before``) and the later (``after``).

    ``status``: ``new`` (only after), ``gone`` (only before), ``stronger``, ``weaker`` or ``same``.
    """

    a: str
    a_code: str
    b: str
    b_code: str
    status: str
    weight_before: float
    weight_after: float
    change: float
    cooperations_before: int
    cooperations_after: int


@dataclass(frozen=True)
class RegionChange:
    """A region's partners and weighted degree in the two periods."""

    region: str
    code: str
    label: str
    degree_before: int
    degree_after: int
    weighted_degree_before: float
    weighted_degree_after: float
    change: float


def _status(before: float, after: float, present_before: bool, present_after: bool) -> str:
    if not present_before:
        return "new"
    if not present_after:
        return "gone"
    if abs(after - before) < 1e-9:
        return "same"
    return "stronger" if after > before else "weaker"


def _code(G: nx.Graph, H: nx.Graph, node: str) -> str:
    attrs = G.nodes[node] if node in G else H.nodes[node]
    return attrs.get("code") or node


def link_changes(before: nx.Graph, after: nx.Graph) -> list[LinkChange]:
    """Every link of either period; the largest changes in weight first, then by codes."""
    pairs = {tuple(sorted(e)) for e in before.edges} | {tuple(sorted(e)) for e in after.edges}
    records = []
    for a, b in pairs:
        old = before.edges[a, b] if before.has_edge(a, b) else {}
        new = after.edges[a, b] if after.has_edge(a, b) else {}
        w0, w1 = float(old.get("weight", 0.0)), float(new.get("weight", 0.0))
        records.append(
            LinkChange(
                a=a,
                a_code=_code(before, after, a),
                b=b,
                b_code=_code(before, after, b),
                status=_status(w0, w1, bool(old), bool(new)),
                weight_before=w0,
                weight_after=w1,
                change=w1 - w0,
                cooperations_before=int(old.get("count", 0)),
                cooperations_after=int(new.get("count", 0)),
            )
        )
    return sorted(records, key=lambda r: (-abs(r.change), r.a_code, r.b_code))


def region_changes(before: nx.Graph, after: nx.Graph) -> list[RegionChange]:
    """Every region of either period; the largest changes in weighted degree first, then by code."""
    records = []
    for node in set(before) | set(after):
        attrs = after.nodes[node] if node in after else before.nodes[node]
        d0 = before.degree(node) if node in before else 0
        d1 = after.degree(node) if node in after else 0
        w0 = float(before.degree(node, weight="weight")) if node in before else 0.0
        w1 = float(after.degree(node, weight="weight")) if node in after else 0.0
        records.append(
            RegionChange(node, attrs.get("code") or node, attrs.get("label") or "", d0, d1, w0, w1, w1 - w0)
        )
    return sorted(records, key=lambda r: (-abs(r.change), r.code))
