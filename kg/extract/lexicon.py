"""The word lists of the rules, read from ``ontology/lexicon.toml``."""

from __future__ import annotations

import tomllib
from functools import cache

from ..resources import ontology_path


@cache
def _lexicon() -> dict:
    with ontology_path("lexicon.toml").open("rb") as fh:
        return tomllib.load(fh)


def words(name: str) -> frozenset[str]:
    """One list of the lexicon as a set."""
    return frozenset(_lexicon()[name])


def table(name: str) -> dict[str, str]:
    """One table of the lexicon (word → value)."""
    return dict(_lexicon()[name])
