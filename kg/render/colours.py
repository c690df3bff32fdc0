"""The colours and shapes of the pages and the picture: one palette, so a district or a kind of
entity looks the same everywhere."""

from __future__ import annotations

from collections.abc import Iterable

#: One colour per federal district code; codes not listed get EXTRA_COLOURS in sorted order.
DISTRICT_COLOURS = {
    "CFD": "#1f77b4",
    "NWFD": "#17becf",
    "SFD": "#ff7f0e",
    "NCFD": "#d62728",
    "VFD": "#2ca02c",
    "UFD": "#9467bd",
    "SibFD": "#8c564b",
    "FEFD": "#e377c2",
}
EXTRA_COLOURS = ("#bcbd22", "#aec7e8", "#ffbb78", "#98df8a", "#ff9896", "#c5b0d5")
NO_DISTRICT_COLOUR = "#9e9e9e"
COMMUNITY_COLOURS = (*DISTRICT_COLOURS.values(), *EXTRA_COLOURS)
EDGE_COLOUR = "#9aa0a6"

#: Entity kind → (colour, vis-network shape), in legend order.
KIND_STYLES: dict[str, tuple[str, str]] = {
    "region": ("#1f77b4", "dot"),
    "foreign region": ("#17becf", "dot"),
    "federal district": ("#aec7e8", "hexagon"),
    "macro-region": ("#9edae5", "hexagon"),
    "city": ("#98df8a", "dot"),
    "person": ("#ff7f0e", "dot"),
    "organisation": ("#2ca02c", "diamond"),
    "event": ("#d62728", "star"),
    "topic": ("#9467bd", "triangle"),
    "document": ("#7f7f7f", "square"),
    "other": ("#bcbd22", "dot"),
}
MENTION_EDGE_COLOUR = "#d5d9de"
RELATION_EDGE_COLOUR = "#8c8c8c"
COOPERATION_EDGE_COLOUR = "#1f77b4"


def district_colours(codes: Iterable[str]) -> dict[str, str]:
    """Fixed colours for the known districts, then a stable pick for any others; "" is grey."""
    colours = dict(DISTRICT_COLOURS)
    unknown = sorted({c for c in codes if c and c not in colours})
    colours.update({c: EXTRA_COLOURS[i % len(EXTRA_COLOURS)] for i, c in enumerate(unknown)})
    colours[""] = NO_DISTRICT_COLOUR
    return colours


def colour_key(attrs: dict) -> str:
    """The district a region is coloured by; "" for a foreign region or one without."""
    return "" if attrs.get("foreign") else attrs.get("district") or ""


def community_colour(number: int) -> str:
    return COMMUNITY_COLOURS[number % len(COMMUNITY_COLOURS)] if number >= 0 else NO_DISTRICT_COLOUR


def kind_style(kind: str) -> tuple[str, str]:
    return KIND_STYLES.get(kind, KIND_STYLES["other"])
