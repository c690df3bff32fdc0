"""What extraction produces: the project's own frozen records, with spans into the text.

Positions are token indices ``[first, last)`` into the document's :class:`ParsedText`
and the sentence index, so every fact can be traced to where it was read. ``rule`` names
the rule or model that decided, for ``kg explain``.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place named in the text, linked to the gazetteer.

    ``kind`` is ``region`` (a federal subject), ``city``, ``district`` (a federal district),
    ``macro`` (Сибирь, Дальний Восток) or ``foreign`` (a subdivision of another country).
    ``venue`` marks a locative mention («в Якутии», «на Камчатке»), which names where
    something happened rather than who acted.
    """

    kind: str
    code: str
    first: int
    last: int
    sent: int
    text: str
    rule: str
    venue: bool = False
    in_event_name: bool = False  # part of the name of an event or a district, not a mention of the region
    in_proper_name: bool = False  # «Московская биржа»: names a thing, the region does not act
    in_career: bool = False  # «…, который до весны руководил Оренбургской областью»: a post held before
    locates_a_city: bool = False  # «подмосковных Дубны», «Бийска из Алтайского края»: where a city lies


@dataclass(frozen=True, slots=True)
class PersonName:
    """A person's name in the nominative; parts may be initials (``"С."``) or missing."""

    first: str = ""
    middle: str = ""
    last: str = ""

    @property
    def full(self) -> str:
        return " ".join(p for p in (self.first, self.middle, self.last) if p)

    @property
    def display(self) -> str:
        """«Имя Фамилия», the form the graph's ``foaf:name`` carries."""
        return " ".join(p for p in (self.first, self.last) if p) or self.middle

    @property
    def has_full_first(self) -> bool:
        return len(self.first.rstrip(".")) > 1


@dataclass(frozen=True, slots=True)
class PersonMention:
    name: PersonName
    first: int
    last: int
    sent: int
    text: str
    person: int  # index into Extraction.persons
    rule: str


@dataclass(frozen=True, slots=True)
class Person:
    """One person of one document: the fullest name its mentions give."""

    name: PersonName
    mentions: tuple[int, ...]  # indices into Extraction.person_mentions


@dataclass(frozen=True, slots=True)
class Organisation:
    """An organisation: its whole name in the nominative, abbreviations, legal form, region."""

    key: str
    name: str
    abbreviations: tuple[str, ...] = ()
    legal_form: str = ""
    region: str | None = None
    rule: str = ""


@dataclass(frozen=True, slots=True)
class OrgMention:
    """Where the text names an organisation, and which rule found it."""

    organisation: str  # Organisation.key
    first: int
    last: int
    sent: int
    rule: str


@dataclass(frozen=True, slots=True)
class Post:
    """A person's post: role in the nominative, the organisation and region it belongs to."""

    person: int
    role: str
    organisation: str | None  # Organisation.key
    region: str | None  # region code
    sent: int
    rule: str
    region_rule: str = ""
    span: tuple[int, int] = (0, 0)  # the role phrase's tokens
    acting: bool = False  # held temporarily: «врио», «исполняющий обязанности»
    for_region: bool = False  # speaks for the region's government, not for an organisation in it


@dataclass(frozen=True, slots=True)
class Event:
    key: str
    kind: str  # a local name of an rkg:EventKind individual
    name: str
    sents: tuple[int, ...]
    location: tuple[str, str] | None = None  # (place kind, code)
    date: str | None = None
    chair: int | None = None  # person index
    participants: tuple[int, ...] = ()  # person indices
    region_count: int | None = None
    duration_days: int | None = None
    rule: str = ""
    still_to_come: bool = False  # «Следующую сессию решено провести в Башкирии»: the next one
    numbered: bool = False  # «Второй вебинар»: one of a series told apart by ordinals


@dataclass(frozen=True, slots=True)
class Quote:
    text: str
    speaker: int | None  # person index
    sent: int
    start: int = 0  # character offsets of the quoted text
    stop: int = 0


@dataclass(frozen=True, slots=True)
class Cooperation:
    kind: str  # "Agreement", "CoParticipation" or "JointProject"
    parties: tuple[str, ...]  # region codes, sorted
    sents: tuple[int, ...]
    event: str | None = None  # Event.key
    rule: str = ""


@dataclass(frozen=True, slots=True)
class RegionMembership:
    region: str
    organisation: str  # Organisation.key
    sent: int
    rule: str


@dataclass(slots=True)
class Extraction:
    """Everything read from one document."""

    places: list[PlaceMention] = field(default_factory=list)
    person_mentions: list[PersonMention] = field(default_factory=list)
    persons: list[Person] = field(default_factory=list)
    organisations: dict[str, Organisation] = field(default_factory=dict)
    org_mentions: list[tuple[str, int, int, int, str]] = field(
        default_factory=list
    )  # key, first, last, sent, rule
    posts: list[Post] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    topics: list[tuple[str, int]] = field(default_factory=list)  # topic IRI, sentence
    quotes: list[Quote] = field(default_factory=list)
    cooperations: list[Cooperation] = field(default_factory=list)
    memberships: list[RegionMembership] = field(default_factory=list)

    def regions(self, actors_only: bool = False) -> list[str]:
        """Codes of the federal subjects named, in order of first mention."""
        codes = (
            p.code
            for p in self.places
            if p.kind == "region" and not p.in_event_name and not (actors_only and p.venue)
        )
        return list(dict.fromkeys(codes))
