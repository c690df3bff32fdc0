"""The gazetteer: Russia's federal subjects, districts, cities and neighbouring regions.

Read from the CSV files in ``ontology/``; every name variant is turned into lemma sets once,
so the matcher compares dictionary forms and a name is found in any case and number.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache

from ..resources import ontology_path
from .nlp import lemma_candidates

#: head nouns of official names, by their lemma: «Томская область», «Пермский край» …
HEAD_NOUNS = ("область", "край", "округ", "республика")


@dataclass(frozen=True, slots=True)
class RegionInfo:
    code: str
    iso: bool
    name_ru: str
    official_ru: str
    name_en: str
    kind: str
    district: str
    capital_ru: str
    capital_en: str
    lat: float | None
    lon: float | None
    wikidata: str
    short_names: tuple[str, ...]
    abbreviations: tuple[str, ...]
    adjectives: tuple[str, ...]
    demonyms: tuple[str, ...]
    #: abbreviations several subjects (or countries) share, «РБ», «РК»: read only where the text
    #: names one of them otherwise
    context_abbreviations: tuple[str, ...] = ()
    #: adjectives that name the region only in context: a people's («чувашский»), a city's too
    ambiguous_adjectives: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PlaceInfo:
    """A city, a federal district, a macro-region or a foreign region."""

    kind: str
    code: str
    name_ru: str
    name_en: str
    region: str = ""  # for a city: its federal subject
    country: str = ""  # for a foreign region
    lat: float | None = None
    lon: float | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class NameEntry:
    """One way of writing a place: the lemma sets of its words, in order."""

    words: tuple[frozenset[str], ...]
    kind: str
    code: str
    rule: str
    capitalised: bool  # the first word must start with a capital letter in the text


#: ambiguous adjectives that stay so even before «делегация»: «алтайская» is of two regions, and
#: «еврейская делегация» is a community's
_NOT_A_SIDE = frozenset({"алтайский", "еврейский"})


@dataclass
class Gazetteer:
    regions: dict[str, RegionInfo]
    places: dict[tuple[str, str], PlaceInfo]
    names: dict[str, list[NameEntry]] = field(default_factory=lambda: defaultdict(list))
    #: adjective lemma → head-noun lemma → (kind, code): «томский» + «область» → RU-TOM
    adjective_heads: dict[str, dict[str, tuple[str, str]]] = field(default_factory=lambda: defaultdict(dict))
    #: adjectives that name a place on their own («томский губернатор»)
    adjectives: dict[str, tuple[str, str]] = field(default_factory=dict)
    abbreviations: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: adjectives that name a region only before its body or side («чувашская делегация»; the
    #: «чувашский язык» is a people's)
    side_adjectives: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: «РБ» → {RU-BA, RU-BU}: which regions a shared abbreviation may stand for
    context_abbreviations: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def add_name(self, text: str, kind: str, code: str, rule: str) -> None:
        words = [w for w in _words(text)]
        if not words:
            return
        entry = NameEntry(
            tuple(lemma_candidates(w) for w in words), kind, code, rule, capitalised=words[0][:1].isupper()
        )
        for lemma in entry.words[0]:
            self.names[lemma].append(entry)
        self._note_adjective_head(words, kind, code)

    def _note_adjective_head(self, words: list[str], kind: str, code: str) -> None:
        """Remember «Adj (автономный) Head» names so that lists like «Томская и Калужская области» resolve."""
        lowered = [w.lower() for w in words]
        head = lowered[-1] if lowered else ""
        head_lemmas = lemma_candidates(head) & set(HEAD_NOUNS)
        if len(words) < 2 or not head_lemmas:
            return
        adjective = lowered[0]
        if lowered[0] == "республика":
            return
        for lemma in lemma_candidates(adjective):
            if lemma.endswith(("ий", "ый", "ой")):
                for h in head_lemmas:
                    self.adjective_heads[lemma].setdefault(h, (kind, code))

    def label(self, kind: str, code: str) -> str:
        if kind == "region":
            return self.regions[code].name_ru
        return self.places[(kind, code)].name_ru


def _words(text: str) -> list[str]:
    return re.findall(r"[\w][\w-]*", text)


def _split(cell: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in (cell or "").split(";") if x.strip())


def _float(cell: str) -> float | None:
    try:
        return float(cell)
    except (TypeError, ValueError):
        return None


def _rows(name: str) -> list[dict[str, str]]:
    with ontology_path(name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@cache
def reference() -> Gazetteer:
    """The places alone, without the name index: all the mapping needs, and no models to load."""
    regions = {}
    for row in _rows("regions.csv"):
        ambiguous = set(_split(row.get("ambiguous_adjectives", "")))
        regions[row["code"]] = RegionInfo(
            code=row["code"],
            iso=row.get("iso", "yes") == "yes",
            name_ru=_display(row["name_ru"]),
            official_ru=row["name_ru"],
            name_en=row["name_en"],
            kind=row["kind"],
            district=row["district"],
            capital_ru=row["capital_ru"],
            capital_en=row["capital_en"],
            lat=_float(row["lat"]),
            lon=_float(row["lon"]),
            wikidata=row.get("wikidata", "").strip(),
            short_names=_split(row["short_names"]),
            abbreviations=_split(row["abbreviations"]),
            adjectives=tuple(a for a in _split(row["adjectives"]) if a not in ambiguous),
            ambiguous_adjectives=tuple(sorted(ambiguous)),
            demonyms=_split(row.get("demonyms", "")),
            context_abbreviations=_split(row.get("context_abbreviations", "")),
        )
    places: dict[tuple[str, str], PlaceInfo] = {}
    for row in _rows("districts.csv"):
        kind = "district" if row["kind"] == "federal_district" else "macro"
        places[(kind, row["code"])] = PlaceInfo(
            kind, row["code"], row["name_ru"], row["name_en"], aliases=_split(row["aliases"])
        )
    for row in _rows("cities.csv"):
        code = row["name_en"]
        places[("city", code)] = PlaceInfo(
            "city",
            code,
            row["name_ru"],
            row["name_en"],
            region=row["region"],
            lat=_float(row["lat"]),
            lon=_float(row["lon"]),
            aliases=_split(row.get("aliases", "")),
        )
    for row in _rows("foreign_regions.csv"):
        places[("foreign", row["code"])] = PlaceInfo(
            "foreign",
            row["code"],
            row["name_ru"],
            row["name_en"],
            country=row["country"],
            aliases=_split(row["short_names"]),
        )
    return Gazetteer(regions, places)


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer with every name as lemma sets, built once per process (loads the models)."""
    base = reference()
    regions, places = base.regions, base.places
    foreign_adjectives = {
        adj: row["code"] for row in _rows("foreign_regions.csv") for adj in _split(row.get("adjectives", ""))
    }
    gaz = Gazetteer(regions, places)
    for r in regions.values():
        gaz.add_name(r.official_ru, "region", r.code, "official name")
        gaz.add_name(r.name_ru, "region", r.code, "official name")
        for part in _name_parts(r.name_ru) + (
            [re.sub(r"\s*\([^)]*\)", "", r.name_ru)] if "(" in r.name_ru else []
        ):
            gaz.add_name(part, "region", r.code, "official name")
        for name in r.short_names:
            gaz.add_name(name, "region", r.code, "short name or nickname")
        for name in r.demonyms:
            gaz.add_name(name, "region", r.code, "demonym")
        for abbr in r.abbreviations:
            gaz.abbreviations[abbr] = ("region", r.code)
        for abbr in r.context_abbreviations:
            gaz.context_abbreviations[abbr].add(r.code)
        for adj in r.ambiguous_adjectives:
            if adj not in _NOT_A_SIDE:
                for lemma in lemma_candidates(adj):
                    gaz.side_adjectives.setdefault(lemma, ("region", r.code))
        for adj in r.adjectives:
            for lemma in lemma_candidates(adj):
                gaz.adjectives.setdefault(lemma, ("region", r.code))
    for (kind, code), p in places.items():
        for name in (p.name_ru, *p.aliases):
            if name.isupper() and len(name) <= 6:
                gaz.abbreviations[name] = (kind, code)
            else:
                gaz.add_name(
                    name, kind, code, {"city": "city name", "foreign": "foreign region"}.get(kind, "district")
                )
    for adj, code in foreign_adjectives.items():
        for lemma in lemma_candidates(adj):
            gaz.adjectives.setdefault(lemma, ("foreign", code))
    return gaz


def _display(official: str) -> str:
    """«Республика Татарстан (Татарстан)» → «Республика Татарстан»: the bracket only repeats the name."""
    match = re.fullmatch(r"(.*\b(\w+))\s*\((\w+)\)", official)
    return match.group(1) if match and match.group(2) == match.group(3) else official


def _name_parts(official: str) -> list[str]:
    """Both halves of double official names: «Кемеровская область — Кузбасс», «… — Югра»."""
    for dash in (" — ", " – ", " - "):
        if dash in official:
            return [p.strip() for p in official.split(dash)]
    return []
