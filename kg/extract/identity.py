"""Identity across documents: one node per real person in the whole corpus.

A person is a name (first name, patronymic, surname) plus evidence (the regions of their
posts). Full names that agree are one person wherever they appear, whatever posts they hold
(«Александр Смекалин», minister in one document, the association's director in another);
a differing first name or patronymic makes a different person («Айсен Николаев», «Михаил
Николаев»). A mention with only an initial or a surname joins a person from another
document only when exactly one candidate fits, preferring one whose posts share a region.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..slug import slugify
from ..text import fold, surname_key
from .records import PersonName


def _n(s: str) -> str:
    return fold(s).rstrip(".")


@dataclass
class Identity:
    """A person of the corpus: the fullest name seen, and the regions of their posts. ``surnames``
    counts the forms the surname took in the documents that named them."""

    slug: str
    name: PersonName
    regions: set[str]
    surnames: Counter = field(default_factory=Counter)

    def __post_init__(self) -> None:
        if self.name.last and not self.surnames:
            self.surnames[self.name.last] += 1

    def surname(self) -> str:
        """The form most documents give; of equally common ones the shorter, as a nominative is
        («Монгуш», not the «Монгушем» one document's normaliser left in the instrumental)."""
        return min(self.surnames, key=lambda form: (-self.surnames[form], len(form)), default="")


def _conflict(a: PersonName, b: PersonName) -> bool:
    if surname_key(a.last) != surname_key(b.last):
        return True
    fa, fb = _n(a.first), _n(b.first)
    if fa and fb and (fa[:1] != fb[:1] or (len(fa) > 1 and len(fb) > 1 and fa != fb)):
        return True
    ma, mb = _n(a.middle), _n(b.middle)
    return bool(ma and mb and (ma[:1] != mb[:1] or (len(ma) > 1 and len(mb) > 1 and ma != mb)))


class People:
    """The people of a corpus so far, indexed by surname, so a new mention is compared only with
    its namesakes — one registry for a whole ingest, however many batches."""

    def __init__(self, known: list[Identity] = ()) -> None:
        self.by_surname: dict[str, list[Identity]] = {}
        self.slugs: set[str] = set()
        for ident in known:
            self._add(ident)

    def _add(self, ident: Identity) -> None:
        self.by_surname.setdefault(surname_key(ident.name.last), []).append(ident)
        self.slugs.add(ident.slug)

    def _new_slug(self, name: PersonName) -> str:
        slug = base = slugify(name.display) or "person"
        k = 2
        while slug in self.slugs:
            slug, k = f"{base}-{k}", k + 1
        return slug

    def resolve(self, people: list[tuple[PersonName, set[str]]]) -> list[Identity]:
        """One identity per input person (in order); inputs that are the same person share one."""
        result: list[Identity | None] = [None] * len(people)
        order = sorted(range(len(people)), key=lambda i: (not people[i][0].has_full_first, i))
        for i in order:
            name, regions = people[i]
            namesakes = self.by_surname.get(surname_key(name.last), []) if name.last else []
            candidates = [x for x in namesakes if not _conflict(x.name, name)]
            if not name.has_full_first and len(candidates) > 1:
                sharing = [x for x in candidates if x.regions & regions]
                candidates = sharing if len(sharing) == 1 else []
            if len(candidates) == 1 or (name.has_full_first and candidates):
                ident = candidates[0]
                ident.regions |= regions
                if name.last:
                    ident.surnames[name.last] += 1
                ident.name = PersonName(
                    max(ident.name.first, name.first, key=len),
                    max(ident.name.middle, name.middle, key=len),
                    ident.surname(),
                )
            else:
                ident = Identity(self._new_slug(name), name, set(regions))
                self._add(ident)
            result[i] = ident
        return [r for r in result if r is not None]


def resolve_people(people: list[tuple[PersonName, set[str]]], known: list[Identity] = ()) -> list[Identity]:
    """One identity per input person (in order); inputs that are the same person share one object.

    ``known`` are the people already in the store: a new mention joins one of them on the same
    terms as it would join another new mention, so identity holds across separate runs.
    """
    return People(known).resolve(people)
