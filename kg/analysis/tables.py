"""The analysis as tables for the terminal (rich): one function per question, each returning a
``rich.table.Table`` that the command prints. Nothing here prints.

Every table shows the first ``top`` rows of records already sorted by what answers its
question (0 shows them all); the files hold every row.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich import box
from rich.table import Table
from rich.text import Text

from .bipartite import PersonOrganisation, Topic
from .communities import Community
from .districts import District, DistrictLink
from .ego import EgoLink
from .metrics import RegionMetrics
from .periods import LinkChange, RegionChange
from .request import Comparison, Result

#: How many topics a community's row names.
COMMUNITY_TOPICS = 3


def _table(title: str, *columns: str, numeric: Sequence[str] = (), whole: Sequence[str] = ()) -> Table:
    """A table with numbers aligned right; the ``whole`` columns are never wrapped (names)."""
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, header_style="bold")
    for column in columns:
        table.add_column(
            column,
            justify="right" if column in numeric else "left",
            overflow="fold",
            no_wrap=column in whole,
        )
    return table


def _first(rows: Sequence[Any], top: int) -> Sequence[Any]:
    return rows if top <= 0 else rows[:top]


def _more(table: Table, rows: Sequence[Any], top: int) -> Table:
    if 0 < top < len(rows):
        table.caption = f"{top} of {len(rows)} rows; the files (--out) hold them all"
        table.caption_justify = "left"
    return table


def num(x: float, digits: int = 3) -> str:
    """A figure as short as it can be: 2, 2.5, 0.333."""
    text = f"{x:.{digits}f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _pairs(mapping: dict[str, float | int], limit: int | None = None) -> str:
    items = list(mapping.items())[:limit]
    return ", ".join(f"{k} {num(v) if isinstance(v, float) else v}" for k, v in items)


def _document_name(label: str) -> str:
    """A document's file name or the last part of its URL: the whole of it is in the files."""
    tail = label.rstrip("/").rsplit("/", 1)[-1]
    return tail if "://" in label and tail else label


def hubs_table(metrics: Sequence[RegionMetrics], top: int) -> Table:
    """Which regions are the hubs of cooperation: by weighted degree."""
    numeric = ("partners", "weight", "betweenness", "PageRank", "clustering", "core", "community")
    table = _table(
        "Hubs: regions by weighted degree", "code", "region", "district", *numeric, numeric=numeric
    )
    for m in _first(metrics, top):
        table.add_row(
            m.code,
            m.label,
            m.district,
            str(m.degree),
            num(m.weighted_degree),
            num(m.betweenness),
            num(m.pagerank),
            num(m.clustering),
            str(m.core),
            str(m.community),
        )
    return _more(table, metrics, top)


def brokers_table(metrics: Sequence[RegionMetrics], top: int) -> Table:
    """Which regions broker links between federal districts: by brokerage, then participation."""
    ranked = sorted(metrics, key=lambda m: (-m.brokerage, -m.participation, m.code))
    ranked = [m for m in ranked if m.brokerage or m.participation]
    numeric = ("brokerage", "participation", "other districts", "betweenness")
    table = _table(
        "Brokers between federal districts", "code", "region", "district", *numeric, numeric=numeric
    )
    for m in _first(ranked, top):
        table.add_row(
            m.code,
            m.label,
            m.district,
            str(m.brokerage),
            num(m.participation),
            str(m.partner_districts),
            num(m.betweenness),
        )
    return _more(table, ranked, top)


def districts_table(districts: Sequence[District]) -> Table:
    """Each federal district: inside itself and towards the others."""
    numeric = (
        "regions",
        "links in",
        "weight in",
        "coops in",
        "links out",
        "weight out",
        "coops across",
        "partner districts",
    )
    table = _table("Federal districts", "district", *numeric, numeric=numeric)
    for d in districts:
        table.add_row(
            d.code,
            str(d.regions),
            str(d.internal_links),
            num(d.internal_weight),
            str(d.internal_cooperations),
            str(d.external_links),
            num(d.external_weight),
            str(d.external_cooperations),
            str(d.partner_districts),
        )
    return table


def district_links_table(links: Sequence[DistrictLink], top: int) -> Table:
    """Links between federal districts: by weight."""
    numeric = ("links", "cooperations", "weight")
    table = _table("Links between federal districts", "district", "district", *numeric, numeric=numeric)
    for link in _first(links, top):
        table.add_row(link.a, link.b, str(link.links), str(link.cooperations), num(link.weight))
    return _more(table, links, top)


def communities_table(found: Sequence[Community], top: int) -> Table:
    """Which clusters work together, where they lie, and on what topics."""
    numeric = ("#", "size", "weight in")
    table = _table(
        "Communities and their topics",
        "#",
        "size",
        "regions",
        "districts",
        "weight in",
        "topics",
        numeric=numeric,
    )
    for c in _first(found, top):
        table.add_row(
            str(c.community),
            str(c.size),
            " ".join(c.regions),
            _pairs(c.districts),
            num(c.internal_weight),
            _pairs(c.topics, COMMUNITY_TOPICS),
        )
    return _more(table, found, top)


def topics_table(found: Sequence[Topic], top: int) -> Table:
    """On what topics regions cooperate, and which regions lead on each."""
    numeric = ("cooperations", "weight")
    table = _table("Topics of cooperation", "topic", *numeric, "leading regions", numeric=numeric)
    for t in _first(found, top):
        table.add_row(t.label, str(t.cooperations), num(t.weight), _pairs(t.regions))
    return _more(table, found, top)


def people_table(ties: Sequence[PersonOrganisation], top: int) -> Table:
    """People and the organisations they hold posts in: by how many documents say so."""
    table = _table(
        "People and organisations", "person", "organisation", "roles", "documents", numeric=("documents",)
    )
    for t in _first(ties, top):
        table.add_row(t.name, t.organisation_label, ", ".join(t.roles), str(t.documents))
    return _more(table, ties, top)


def ego_table(region: str, links: Sequence[EgoLink], top: int) -> Table:
    """A region's partners: weight and kinds of each link, its dates, who and what carries it
    (one name a line, so that long lists stay readable)."""
    numeric = ("weight", "coops")
    table = _table(
        f"Partners of {region}",
        "code",
        "region",
        "district",
        *numeric,
        "kinds",
        "dates",
        "people",
        "organisations",
        "documents",
        numeric=numeric,
        whole=("code", "kinds", "dates", "people"),
    )
    for link in _first(links, top):
        table.add_row(
            link.code,
            link.label,
            link.district,
            num(link.weight),
            str(link.cooperations),
            "\n".join(f"{kind} {n}" for kind, n in link.kinds.items()),
            "\n".join(dict.fromkeys(d for d in (link.first, link.last) if d)),
            "\n".join(link.people),
            "\n".join(link.organisations),
            "\n".join(_document_name(d) for d in link.documents),
        )
    return _more(table, links, top)


def link_changes_table(changes: Sequence[LinkChange], before: str, after: str, top: int) -> Table:
    """Links that appeared, disappeared or changed weight; the largest changes first."""
    changed = [c for c in changes if c.status != "same"]
    numeric = (f"weight {before}", f"weight {after}", "change", f"coops {before}", f"coops {after}")
    table = _table(f"Links: {before} → {after}", "region", "region", "status", *numeric, numeric=numeric)
    for c in _first(changed, top):
        table.add_row(
            c.a_code,
            c.b_code,
            c.status,
            num(c.weight_before),
            num(c.weight_after),
            f"{c.change:+g}",
            str(c.cooperations_before),
            str(c.cooperations_after),
        )
    return _more(table, changed, top)


def region_changes_table(changes: Sequence[RegionChange], before: str, after: str, top: int) -> Table:
    """Regions whose weighted degree changed the most."""
    changed = [c for c in changes if c.change or c.degree_before != c.degree_after]
    numeric = (f"partners {before}", f"partners {after}", f"weight {before}", f"weight {after}", "change")
    table = _table(f"Regions: {before} → {after}", "code", "region", *numeric, numeric=numeric)
    for c in _first(changed, top):
        table.add_row(
            c.code,
            c.label,
            str(c.degree_before),
            str(c.degree_after),
            num(c.weighted_degree_before),
            num(c.weighted_degree_after),
            f"{c.change:+g}",
        )
    return _more(table, changed, top)


def _network_line(result: Result) -> str:
    a = result.analysis
    G = a.network
    scope = f" in {result.request.period}" if result.request.period else ""
    line = (
        f"{G.number_of_nodes()} regions, {G.number_of_edges()} links, "
        f"{len(a.facts.cooperations)} cooperations{scope}"
    )
    if result.undated and result.request.period:
        line += f"; {_plural(result.undated, 'undated cooperation')} left out"
    return line


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _ego_line(result: Result) -> str:
    code = result.region_code
    mine = next((m for m in result.analysis.metrics if m.iri == result.region), None)
    if mine is None:
        scope = f" in {result.request.period}" if result.request.period else ""
        return f"{code}: no cooperation{scope}"
    return (
        f"{mine.label} ({code}, {mine.district or 'abroad'}): {mine.degree} partners, weighted degree "
        f"{num(mine.weighted_degree)}, betweenness {num(mine.betweenness)}, PageRank {num(mine.pagerank)}, "
        f"core {mine.core}, community {mine.community}, brokerage {mine.brokerage}"
    )


def _comparison_line(c: Comparison, undated: int) -> str:
    counts = {
        s: sum(1 for x in c.link_changes if x.status == s) for s in ("new", "gone", "stronger", "weaker")
    }
    return (
        f"{c.before}: {c.regions[0]} regions, {c.links[0]} links, {c.cooperations[0]} cooperations; "
        f"{c.after}: {c.regions[1]} regions, {c.links[1]} links, {c.cooperations[1]} cooperations\n"
        + (f"links of {c.region}: " if c.region else "links: ")
        + ", ".join(f"{n} {status}" for status, n in counts.items())
        + (f"; {_plural(undated, 'undated cooperation')} in neither period" if undated else "")
    )


def views(result: Result, top: int) -> list[Any]:
    """What ``kg analyze`` prints, in order: a line on the network, then the tables that answer
    the request — one region's partners (``--region``), the changes between two periods
    (``--compare``), or else the overview."""
    shown: list[Any] = [Text(_network_line(result), style="bold")]
    if result.comparison is not None:
        c = result.comparison
        before, after = str(c.before), str(c.after)
        shown.append(Text(_comparison_line(c, result.undated)))
        shown += [
            link_changes_table(c.link_changes, before, after, top),
            region_changes_table(c.region_changes, before, after, top),
        ]
        return shown
    if result.ego is not None:
        shown.append(Text(_ego_line(result)))
        return shown + ([ego_table(result.region_code, result.ego, top)] if result.ego else [])
    a = result.analysis
    return shown + [
        hubs_table(a.metrics, top),
        brokers_table(a.metrics, top),
        districts_table(a.districts),
        district_links_table(a.district_links, top),
        communities_table(a.communities, top),
        topics_table(a.topics, top),
        people_table(a.people, top),
    ]
