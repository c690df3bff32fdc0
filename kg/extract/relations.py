"""Relations between regions: cooperations (agreements, joint events) and association memberships.

Who acts for a region is read two ways: the region named as an actor (not as a venue, not
inside an event's name), and the region of the post of a person named in the sentence
(«Наталья Комарова подписала …» acts for Югра).
"""

from __future__ import annotations

from .nlp import ParsedText
from .records import Cooperation, Event, Organisation, PersonMention, PlaceMention, Post, RegionMembership

#: nouns that name an agreement («соглашение о сотрудничестве», «план мероприятий», «меморандум»)
AGREEMENT_NOUNS = frozenset(
    {"соглашение", "меморандум", "протокол", "договор", "договоренность", "план", "карта", "программа"}
)
#: verbs of signing and approving
SIGNING_VERBS = frozenset(
    {
        "скрепить",
        "подписать",
        "заключить",
        "утвердить",
        "обновить",
        "продлить",
        "парафировать",
        "подписывать",
        "заключать",
        "утверждать",
        "согласовать",
    }
)
#: «документ подписали …» refers back to an agreement named earlier in the document
DOCUMENT_NOUNS = frozenset({"документ", "подпись"})
#: verbs of joining an association («вошла в АИРР»), and of becoming one of its members («стала членом»)
JOIN_VERBS = frozenset({"войти", "вступить", "присоединиться"})
BECOME_VERBS = frozenset({"стать", "принять"})
#: words that refer back to the association named before («члены ассоциации», «объединения»)
ASSOCIATION_WORDS = frozenset({"ассоциация", "объединение"})
MEMBER_NOUNS = frozenset({"член", "участник", "состав"})
FOUNDING_NOUNS = frozenset({"создание", "учреждение", "основание"})
#: words that say who took part in an event
PARTICIPATION = frozenset(
    {"участие", "участвовать", "участник", "присутствовать", "делегация", "представитель"}
)
#: events whose participants act together (an excursion or a visit alone is not a joint event)
JOINT_EVENTS = frozenset(
    {
        "StrategicSession",
        "Forum",
        "ForumSession",
        "Meeting",
        "GeneralAssembly",
        "Conference",
        "Exhibition",
        "Ceremony",
        "Visit",
    }
)


def _lemmas(parsed: ParsedText, sent: int) -> set[str]:
    s = parsed.sentences[sent]
    return {t.lemma for t in parsed.tokens[s.first : s.last]}


def _actor_regions(
    sent: int, places: list[PlaceMention], mentions: list[PersonMention], person_regions: dict[int, list[str]]
) -> list[str]:
    codes = [
        p.code
        for p in places
        if p.sent == sent and p.kind in ("region", "foreign") and not p.venue and not p.in_event_name
    ]
    for m in mentions:
        if m.sent == sent:
            codes += person_regions.get(m.person, [])
    return list(dict.fromkeys(codes))


def _person_regions(posts: list[Post]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for post in posts:
        if post.region:
            out.setdefault(post.person, []).append(post.region)
    return out


def find_cooperations(
    parsed: ParsedText,
    places: list[PlaceMention],
    mentions: list[PersonMention],
    posts: list[Post],
    events: list[Event],
) -> list[Cooperation]:
    person_regions = _person_regions(posts)
    cooperations = _agreements(parsed, places, mentions, person_regions)
    cooperations += _joint_events(parsed, places, mentions, person_regions, events)
    return cooperations


def _agreements(parsed, places, mentions, person_regions) -> list[Cooperation]:
    """«соглашение о сотрудничестве между X и Y», «X и Y подписали», «документ подписали X, Y и Z»."""
    agreement_in_doc = any(_lemmas(parsed, s.i) & AGREEMENT_NOUNS for s in parsed.sentences)
    groups: dict[tuple[str, ...], list[int]] = {}
    for s in parsed.sentences:
        lemmas = _lemmas(parsed, s.i)
        signed = bool(lemmas & SIGNING_VERBS)
        if (lemmas & AGREEMENT_NOUNS and (signed or "сотрудничество" in lemmas)) or (
            agreement_in_doc and signed and lemmas & DOCUMENT_NOUNS
        ):
            parties = tuple(sorted(_actor_regions(s.i, places, mentions, person_regions)))
            if len(parties) >= 2:
                groups.setdefault(parties, []).append(s.i)
    if agreement_in_doc and _signed_somewhere(parsed):
        # the headline names the parties where the body says only «три региона подписали соглашение»
        title = tuple(sorted(_actor_regions(0, places, mentions, person_regions)))
        if len(title) >= 2:
            groups.setdefault(title, []).append(0)
    groups = _maximal(groups)
    hub = _hub(parsed, groups, places, mentions, person_regions)
    if hub:
        # «Кубань подписала соглашения с Адыгеей и Ставропольем»: one agreement per partner
        pairs: dict[tuple[str, ...], list[int]] = {}
        for parties, sents in groups.items():
            for other in parties:
                if other != hub:
                    pairs.setdefault(tuple(sorted((hub, other))), []).extend(sents)
        return [
            Cooperation("Agreement", p, tuple(sorted(set(s))), rule="bilateral agreement with the hub region")
            for p, s in pairs.items()
        ]
    return [
        Cooperation("Agreement", p, tuple(s), rule="agreement signed by the parties")
        for p, s in groups.items()
    ]


def _signed_somewhere(parsed: ParsedText) -> bool:
    return any(_lemmas(parsed, s.i) & (SIGNING_VERBS | {"подпись"}) for s in parsed.sentences)


def _hub(parsed, groups, places, mentions, person_regions) -> str | None:
    """The region that signed separate bilateral agreements, when the text says they are separate.

    «два двусторонних соглашения», «подписала соглашения с …» (the agreement noun in the
    plural): the party named as the subject (in the nominative) is the hub; the partners
    named with «с» did not agree with each other.
    """
    tokens = parsed.tokens
    separate = any(
        t.lemma == "двусторонний"
        or (t.lemma in ("соглашение", "договор") and t.feats.get("Number") == "Plur")
        for t in tokens
    )
    if not separate or not groups or max(len(p) for p in groups) < 3:
        return None
    sents = {s for sents in groups.values() for s in sents}
    subjects = [
        p.code for p in places if p.sent in sents and p.kind == "region" and tokens[p.first].case == "Nom"
    ]
    subjects += [
        c
        for m in mentions
        if m.sent in sents and tokens[m.first].case == "Nom"
        for c in person_regions.get(m.person, [])
    ]
    if not subjects:
        return None
    best = max(sorted(set(subjects)), key=subjects.count)
    return best if all(best in p for p in groups) else None


def _joint_events(parsed, places, mentions, person_regions, events) -> list[Cooperation]:
    """Regions taking part together in one event.

    When the headline or the lead names a joint event and says who took part in it
    («делегации», «представители … регионов», «приняли участие»), the document is its
    account and every region acting in it took part; otherwise an event counts only the
    regions acting in the sentences about it.
    """
    joint = [e for e in events if e.kind in JOINT_EVENTS]
    if not joint:
        return []
    lead = {s.i for s in parsed.sentences if s.para <= 1}
    told = any(_lemmas(parsed, s) & PARTICIPATION for s in lead)
    event = next((e for e in joint if lead & set(e.sents)), None) if told else None
    if event is not None:
        sents = [s.i for s in parsed.sentences]
        rule = "regions acting in a document about a joint event"
        events_to_check = [(event, sents)]
    else:
        rule = "regions acting in the sentences about a joint event"
        events_to_check = [(e, _event_sentences(parsed, e)) for e in joint]
    out = []
    for e, sents in events_to_check:
        actors = sorted({code for s in sents for code in _actor_regions(s, places, mentions, person_regions)})
        if len(actors) >= 2:
            out.append(Cooperation("CoParticipation", tuple(actors), e.sents, e.key, rule=rule))
    return out


def _event_sentences(parsed: ParsedText, event: Event) -> list[int]:
    """The event's sentences, and a following one that says who took part («В нём приняли участие …»)."""
    sents = set(event.sents)
    for s in event.sents:
        nxt = s + 1
        if nxt < len(parsed.sentences) and _lemmas(parsed, nxt) & PARTICIPATION:
            sents.add(nxt)
    return sorted(sents)


def _maximal(groups: dict[tuple[str, ...], list[int]]) -> dict[tuple[str, ...], list[int]]:
    """Fold a party set contained in a larger one into it: both restate the same agreement."""
    keep = {p: list(s) for p, s in groups.items() if not any(set(p) < set(q) for q in groups)}
    for parties, sents in groups.items():
        if parties not in keep:
            keep[max((q for q in keep if set(parties) < set(q)), key=len)] += sents
    return {p: sorted(set(s)) for p, s in keep.items()}


def find_memberships(
    parsed: ParsedText,
    places: list[PlaceMention],
    mentions: list[PersonMention],
    posts: list[Post],
    org_mentions: list[tuple[Organisation, int, int, int]],
    events: list[Event],
    cooperations: list[Cooperation],
) -> list[RegionMembership]:
    """Regions that joined, founded or are listed in an association, or whose head sat in its meeting."""
    named: dict[int, Organisation] = {}
    for org, _first, _last, sent in org_mentions:
        if _is_association(org):
            named.setdefault(sent, org)
    if not named:
        return []
    first = named[min(named)]

    def association(sent: int) -> Organisation | None:
        """The association a sentence names, or refers back to («ассоциации», «объединения»)."""
        return named.get(sent) or (first if _lemmas(parsed, sent) & ASSOCIATION_WORDS else None)

    found: dict[str, RegionMembership] = {}

    def add(codes, org: Organisation, sent: int, rule: str) -> None:
        for code in codes:
            found.setdefault(code, RegionMembership(code, org.key, sent, rule))

    person_regions = _person_regions(posts)
    for s in parsed.sentences:
        org = association(s.i)
        if org is None:
            continue
        lemmas = _lemmas(parsed, s.i)
        regions = [
            p.code
            for p in places
            if p.sent == s.i and p.kind == "region" and not p.venue and not p.in_event_name
        ]
        # «Архангельская область вошла в АИРР», «… стала членом ассоциации»
        if lemmas & JOIN_VERBS or (
            lemmas & BECOME_VERBS and lemmas & MEMBER_NOUNS and "участие" not in lemmas
        ):
            add(regions, org, s.i, "region joined the association")
        # «регионы – члены АИРР: …», «в состав АИРР входят …»
        elif lemmas & (MEMBER_NOUNS | {"входить"}) and len(regions) >= 2:
            add(regions, org, s.i, "region listed among the association's members")
    # the parties of a memorandum on founding the association are its founders
    founding = [s.i for s in parsed.sentences if _lemmas(parsed, s.i) & FOUNDING_NOUNS and association(s.i)]
    if founding:
        for c in cooperations:
            if c.kind == "Agreement":
                add(
                    c.parties,
                    association(founding[0]),
                    c.sents[0],
                    "founder: party to the founding memorandum",
                )
    lead = {s.i for s in parsed.sentences if s.para <= 1}
    for e in events:
        org = next((association(s) for s in e.sents if association(s)), None)
        members_met = e.kind == "GeneralAssembly" or any("член" in _lemmas(parsed, s) for s in e.sents)
        if org is None or e.kind not in ("GeneralAssembly", "Meeting", "StrategicSession") or not members_met:
            continue
        # a meeting of the association's members: the regions whose heads or delegations took part
        for person in e.participants:
            add(
                person_regions.get(person, []),
                org,
                e.sents[0],
                "region's head took part in the members' meeting",
            )
        if lead & set(e.sents):
            actors = [
                c for s in parsed.sentences for c in _actor_regions(s.i, places, mentions, person_regions)
            ]
            add(actors, org, e.sents[0], "region took part in the members' meeting the document reports")
    return list(found.values())


def _is_association(org: Organisation) -> bool:
    name = org.name.lower()
    return name.startswith(("ассоциация", "союз", "межрегиональная ассоциация")) or org.key == "airr"
