"""Heads of regions, from ``ontology/heads.csv``: «губернатор Владимир Мазур» with no region in
sight is the governor of Tomsk Oblast.

Used only where the text leaves a regional post's region to the context: a region the text
names always wins, and a name that heads (or headed) more than one region decides nothing.
"""

from __future__ import annotations

import csv
from dataclasses import replace
from functools import cache

from ..resources import ontology_path
from ..text import fold, surname_key
from .records import Person, Post

#: how a post's region was guessed from the context (posts.py); only these may be corrected
CONTEXT_RULES = (
    "regional post, region from the context",
    "region named by its kind, resolved from the context",
)


@cache
def _rows() -> tuple[tuple[str, str, str], ...]:
    """(first name, surname, region) of each head in the reference list, read once."""
    path = ontology_path("heads.csv")
    if not path.is_file():
        return ()
    with path.open(encoding="utf-8", newline="") as fh:
        rows = []
        for row in csv.DictReader(fh):
            first, _, last = row["name"].partition(" ")
            rows.append((first, last.split()[-1] if last else "", row["region"]))
    return tuple(rows)


@cache
def _heads() -> dict[tuple[str, str], frozenset[str]]:
    """(first name, surname key) → the regions that person headed."""
    out: dict[tuple[str, str], set[str]] = {}
    for first, last, region in _rows():
        out.setdefault((fold(first), surname_key(last or first)), set()).add(region)
    return {k: frozenset(v) for k, v in out.items()}


@cache
def _heads_by_surname() -> dict[str, list[tuple[str, str]]]:
    """Surname key → (first name, surname) of each head, as the reference list writes them."""
    out: dict[str, list[tuple[str, str]]] = {}
    for first, last, _region in _rows():
        if last and (first, last) not in out.get(surname_key(last), []):
            out.setdefault(surname_key(last), []).append((first, last))
    return out


def _stems(word: str) -> set[str]:
    w = fold(word)
    return {x for x in (w, w[:-1], w[:-2]) if len(x) >= 4}


def known_head_name(first: str, last: str) -> tuple[str, str] | None:
    """«Главы Якутии Айсена Николаева», «губернатора Владислава Шапши»: a name a head of a region
    bears, in an oblique case the names' endings did not mend — the name as the reference list
    writes it."""
    for head_first, head_last in _heads_by_surname().get(surname_key(last), ()):
        if _stems(first) & _stems(head_first):
            return head_first, head_last
    return None


def regions_headed(first: str, last: str) -> frozenset[str]:
    """The regions a person of this first name and surname (as written) is known to have headed."""
    return _heads().get((fold(first), surname_key(last)), frozenset())


def head_region(person: Person) -> str | None:
    """The one region this person is known to have headed, if exactly one."""
    name = person.name
    if not name.has_full_first or not name.last:
        return None
    regions = _heads().get((fold(name.first), surname_key(name.last)), frozenset())
    return next(iter(regions)) if len(regions) == 1 else None


def with_known_heads(posts: list[Post], persons: list[Person]) -> list[Post]:
    """Posts whose region came from the context, corrected where the person is a known head."""
    out = []
    for post in posts:
        if post.region_rule in CONTEXT_RULES:
            known = head_region(persons[post.person])
            if known and known != post.region:
                # a regional post, now with its region: it speaks for it (unless held no more)
                former = post.role.startswith(("бывший", "бывшая", "экс-"))
                post = replace(
                    post,
                    region=known,
                    region_rule="known head of the region (reference list)",
                    for_region=not former,
                )
        out.append(post)
    return out
