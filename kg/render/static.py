"""A static picture of the regions' network for reports: PNG or SVG, drawn with matplotlib.

Drawn on an Agg canvas of its own (no pyplot, no global backend), with DejaVu Sans — it ships
with matplotlib and has Cyrillic — and labels outlined in white so they read over the edges in
print. Size, colour and width mean what they mean on cooperation.html, and the legend says so.
"""

from __future__ import annotations

import io
import textwrap
from pathlib import Path

import networkx as nx

from ..analysis.metrics import RegionMetrics
from ..analysis.network import EDGE_WEIGHTS
from ..outputs import write_atomic
from .colours import EDGE_COLOUR, NO_DISTRICT_COLOUR, colour_key, district_colours
from .geo import geo_positions
from .page import LAYOUT_SEED, scale

FORMATS = ("png", "svg")
FONT = "DejaVu Sans"
#: Marker areas (pt²) for the least and the greatest PageRank; edge widths (pt) by weight.
AREA_RANGE = (60.0, 900.0)
WIDTH_RANGE = (0.6, 5.0)
LABEL_WIDTH = 20
KAMADA_KAWAI_MAX = 200
#: Space between packed components, in the units of a component's layout.
GAP = 1.6
DPI = 200


def _positions(G: nx.Graph, geo: bool) -> dict[str, tuple[float, float]]:
    """Capitals' coordinates (north up), or each connected component laid out on its own and
    the components packed in rows, largest first: the same picture on every run."""
    if geo:
        placed = geo_positions(G, scale=1.0)
        if placed:
            return {n: (x, -y) for n, (x, y) in placed.items()}
    components = sorted(nx.connected_components(G), key=lambda c: (-len(c), min(c)))
    laid = []
    for component in components:
        side = 1.5 * len(component) ** 0.5
        layout = {
            n: (px * side, py * side) for n, (px, py) in _component_layout(G.subgraph(component)).items()
        }
        xs, ys = [p[0] for p in layout.values()], [p[1] for p in layout.values()]
        laid.append((layout, max(xs) - min(xs) + GAP, max(ys) - min(ys) + GAP, min(xs), max(ys)))
    row_width = max(max(w for _, w, *_ in laid), 1.3 * sum(w * h for _, w, h, *_ in laid) ** 0.5)
    # Shelves of columns: a component short enough goes under the previous one in its column.
    positions: dict[str, tuple[float, float]] = {}
    row_top = row_height = column_x = column_width = column_fill = 0.0
    for layout, width, height, left, top in laid:
        if column_width and column_fill + height <= row_height:
            x, y = column_x, row_top - column_fill
            column_fill, column_width = column_fill + height, max(column_width, width)
        else:
            x = column_x + column_width
            if x and x + width > row_width:
                x, row_top, row_height = 0.0, row_top - row_height, 0.0
            y, column_x, column_width, column_fill = row_top, x, width, height
            row_height = max(row_height, height)
        for node, (px, py) in layout.items():
            positions[node] = (x + px - left, y + py - top)
    return positions


def _component_layout(H: nx.Graph) -> dict[str, tuple[float, float]]:
    """One component within [-0.5, 0.5]²: Kamada-Kawai for the sizes a report shows (it spreads
    nodes evenly, so labels overlap less), a seeded spring layout beyond that."""
    nodes = sorted(H)
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    if len(nodes) <= KAMADA_KAWAI_MAX:
        layout = nx.kamada_kawai_layout(H)
    else:
        layout = nx.spring_layout(H, weight="weight", seed=LAYOUT_SEED, iterations=300)
    xs, ys = [float(p[0]) for p in layout.values()], [float(p[1]) for p in layout.values()]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return {n: ((float(p[0]) - cx) / span, (float(p[1]) - cy) / span) for n, p in layout.items()}


def _label(text: str) -> str:
    return "\n".join(textwrap.wrap(text, LABEL_WIDTH, break_on_hyphens=False)) or text


def _legend(ax, G: nx.Graph) -> None:
    from matplotlib.lines import Line2D

    labels: dict[str, str] = {}
    for _, a in sorted(G.nodes(data=True)):
        labels.setdefault(colour_key(a), a.get("district_label") or colour_key(a))
    palette = district_colours(labels)
    handles = [
        Line2D([], [], marker="o", linestyle="", markersize=8, color=palette[code], label=labels[code])
        for code in sorted(c for c in labels if c)
    ]
    if "" in labels:
        handles.append(
            Line2D(
                [],
                [],
                marker="o",
                linestyle="",
                markersize=8,
                color=NO_DISTRICT_COLOUR,
                label="Foreign region",
            )
        )
    ax.legend(
        handles=handles,
        title="Colour: federal district",
        loc="upper left",
        bbox_to_anchor=(1.0, 1.0),
        frameon=False,
        fontsize=9,
        title_fontsize=10,
    )


def draw(G: nx.Graph, metrics: list[RegionMetrics], *, title: str, geo: bool):
    """The picture as a matplotlib Figure on an Agg canvas."""
    from matplotlib import patheffects
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(13, 8.5), layout="constrained")
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    ax.set_axis_off()
    fig.suptitle(title, fontsize=15, fontfamily=FONT)
    if G.number_of_nodes() == 0:
        ax.text(0.5, 0.5, "No cooperation found", ha="center", va="center", fontsize=14, fontfamily=FONT)
        return fig
    pos = _positions(G, geo)
    pagerank = {m.iri: m.pagerank for m in metrics}
    areas = scale({n: pagerank.get(n, 0.0) for n in G}, *AREA_RANGE)
    widths = scale({(a, b): float(d.get("weight", 0.0)) for a, b, d in G.edges(data=True)}, *WIDTH_RANGE)
    palette = district_colours(colour_key(a) for _, a in G.nodes(data=True))
    for (a, b), width in sorted(widths.items()):
        (x1, y1), (x2, y2) = pos[a], pos[b]
        ax.plot(
            [x1, x2],
            [y1, y2],
            color=EDGE_COLOUR,
            linewidth=width,
            alpha=0.7,
            zorder=1,
            solid_capstyle="round",
        )
    nodes = sorted(G)
    ax.scatter(
        [pos[n][0] for n in nodes],
        [pos[n][1] for n in nodes],
        s=[areas[n] for n in nodes],
        c=[palette[colour_key(G.nodes[n])] for n in nodes],
        edgecolors="white",
        linewidths=1.2,
        zorder=2,
    )
    outline = [patheffects.withStroke(linewidth=3, foreground="white")]
    labels = []
    for n in nodes:
        radius = (areas[n] ** 0.5) / 2
        text = ax.annotate(
            _label(G.nodes[n].get("label") or n),
            pos[n],
            xytext=(0, radius + 3),
            textcoords="offset points",
            ha="center",
            va="bottom",
            fontsize=8.5,
            fontfamily=FONT,
            path_effects=outline,
            zorder=3,
        )
        labels.append((text, radius))
    if geo:
        ax.set_aspect("equal")
    ax.margins(0.08)
    _legend(ax, G)
    _unclutter(fig, labels)
    fig.text(
        0.01,
        0.01,
        "Size: PageRank in the cooperation network · Width: cooperation weight ("
        + ", ".join(f"{kind} {weight:g}" for kind, weight in EDGE_WEIGHTS.items())
        + " per cooperation)",
        fontsize=9,
        color="#555555",
        fontfamily=FONT,
    )
    return fig


def _unclutter(fig, labels: list) -> None:
    """A label that would cover one already placed goes below its node instead."""
    renderer = fig.canvas.get_renderer()
    fig.draw_without_rendering()
    placed = []
    for text, radius in labels:
        box = text.get_window_extent(renderer)
        if any(box.overlaps(other) for other in placed):
            text.set_position((0, -radius - 3))
            text.set_verticalalignment("top")
            box = text.get_window_extent(renderer)
        placed.append(box)


def render_static(
    G: nx.Graph,
    metrics: list[RegionMetrics],
    path: str | Path,
    *,
    fmt: str | None = None,
    geo: bool = False,
    title: str = "Сотрудничество регионов России",
) -> Path:
    """Write the network as a PNG or SVG picture (``fmt``, else the file's suffix); atomically."""
    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise ValueError(f"the picture's format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    from matplotlib import rc_context

    fig = draw(G, metrics, title=title, geo=geo)
    buffer = io.BytesIO()
    # a fixed salt for the SVG's element ids, so the same graph gives the same file
    with rc_context({"svg.hashsalt": "regiokg"}):
        fig.savefig(buffer, format=fmt, dpi=DPI, facecolor="white", metadata=_metadata(fmt))
    data = buffer.getvalue()
    return write_atomic(path, lambda handle: handle.buffer.write(data), "the picture")


def _metadata(fmt: str) -> dict[str, str | None]:
    """No creation date in the file, so the same graph gives the same SVG."""
    return {"Date": None} if fmt == "svg" else {}
