"""Where the ontology files are, in a checkout and in an installed wheel alike.

The repository keeps them in ``ontology/`` at its top; the wheel ships that folder inside the
package as ``kg/ontology``. Code reads them only through :func:`ontology_path`.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def ontology_dir() -> Path:
    """The folder that holds regiokg.ttl, shapes.ttl, the gazetteer and the named queries."""
    for folder in (_PACKAGE / "ontology", _PACKAGE.parent / "ontology"):
        if (folder / "regiokg.ttl").is_file():
            return folder
    raise FileNotFoundError("the regiokg ontology files are missing from this installation")


def ontology_path(name: str) -> Path:
    """A file under the ontology folder, e.g. ``ontology_path("queries/regions-by-degree.rq")``."""
    return ontology_dir() / name
