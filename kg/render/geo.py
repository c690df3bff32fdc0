"""Regions at their capitals: map positions for the pages and the picture."""

from __future__ import annotations

import math

import networkx as nx

#: Page pixels per degree of latitude.
GEO_SCALE = 40.0


def geo_positions(G: nx.Graph, scale: float = GEO_SCALE) -> dict[str, tuple[float, float]]:
    """Equirectangular map positions (north up, so y grows southwards as on a screen).

    Longitude is squeezed by the cosine of the mean latitude so Russia keeps its shape. A node
    without coordinates (a foreign region) sits beside the mean of its neighbours that have
    them, so one such node never costs the whole map its geography.
    """
    coords = {
        n: (a["lat"], a["lon"])
        for n, a in G.nodes(data=True)
        if a.get("lat") is not None and a.get("lon") is not None
    }
    if not coords:
        return {}
    mean_lat = sum(lat for lat, _ in coords.values()) / len(coords)
    squeeze = math.cos(math.radians(mean_lat))
    positions = {
        n: (round(lon * scale * squeeze, 1), round(-lat * scale, 1)) for n, (lat, lon) in coords.items()
    }
    step = scale * 1.5
    lowest = max((y for _, y in positions.values()), default=0.0)
    for k, n in enumerate(sorted(n for n in G.nodes if n not in positions)):
        near = [positions[m] for m in G.neighbors(n) if m in positions]
        if near:
            x = sum(p[0] for p in near) / len(near) - step
            y = sum(p[1] for p in near) / len(near) + step * (k % 3 - 1)
        else:
            x, y = 2 * step * k, lowest + 3 * step
        positions[n] = (round(x, 1), round(y, 1))
    return positions
