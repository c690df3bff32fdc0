"""Regions' memberships in associations: those that joined, founded or are listed in one, or
whose head sat in its members' meeting.

Read after cooperation (:mod:`.relations`): the regions taking part in a members' meeting the
document reports are those cooperation reads as taking part in it, and the founders of an
association cooperate through its founding memorandum.
"""

from __future__ import annotations

from .events import EVENT_HEADS
from .gazetteer import gazetteer
from .negation import ATTENDING, negated
from .nlp import ParsedText, Token
from .organisations import association_within
from .people import is_first_name
from .places import KIND_NOUNS, after_place_preposition, last_of_kind, of_kind
from .posts import ANAPHORIC_REGION
from .records import (
    Cooperation,
    Event,
    Organisation,
    OrgMention,
    PersonMention,
    PlaceMention,
    Post,
    Quote,
    RegionMembership,
)
from .relations import (
    AGREEMENT_NOUNS,
    ASSOCIATION_WORDS,
    HOPE,
    INTENT,
    JOINING,
    LEAVING,
    POSTPONED,
    SIGNING_VERBS,
    WEIGHING,
    comma_clause,
    counts_regions,
    event_sentences,
    first_person_regions,
    hopes_to,
    interview_answers,
    interviewee,
    joining_later,
    lead_sentences,
    leaves,
    participants_told,
    regions_of_people,
    reporting,
    sentence_lemmas,
    speaks_as_we,
)

BECOME_VERBS = frozenset({"стать", "принять"})
#: words that go on listing a delegation in the next sentence («В состав делегации вошли …»)
DELEGATION_WORDS = frozenset({"делегация", "состав", "представитель"})
#: the rules that make a region a founder: named as one, or a party to the founding memorandum
FOUNDED = "region founded the association"
#: words of founding («стояла у истоков ассоциации», «одна из учредителей»)
FOUNDER_WORDS = frozenset(
    {"исток", "учредитель", "учредительница", "основатель", "основательница", "сооснователь"}
    # «Прикамье — один из восьми регионов, основавших объединение»
    | {"основать", "учредить"}
)
FOUNDING_NOUNS = frozenset({"создание", "учреждение", "основание"})
#: verbs of joining an association («вошла в АИРР»), and of becoming one of its members («стала членом»)
JOIN_VERBS = frozenset({"войти", "вступить", "присоединиться"})
MEMBER_NOUNS = frozenset({"член", "участник", "состав"})
#: the association's own events where those who meet may be its members
MEMBERS_MEETINGS = frozenset({"GeneralAssembly", "Meeting", "StrategicSession", "ForumSession"})
SIGNED_FOUNDING = "founder: party to the founding memorandum"


def find_memberships(
    parsed: ParsedText,
    places: list[PlaceMention],
    mentions: list[PersonMention],
    posts: list[Post],
    org_mentions: list[OrgMention],
    organisations: dict[str, Organisation],
    events: list[Event],
    cooperations: list[Cooperation],
    quotes: list[Quote] = (),
) -> list[RegionMembership]:
    """Regions that joined, founded or are listed in an association, or whose head sat in its
    meeting; «мы вступили в ассоциацию» is the speaker's region."""
    named: dict[int, Organisation] = {}
    for mention in org_mentions:
        org = organisations[mention.organisation]
        org = org if _is_association(org) else (association_within(org) or org)
        if _is_association(org) and (mention.sent not in named or _joined_into(parsed, mention)):
            # of two associations in a sentence, the one regions are «в» or members «of»:
            # «…, в отличие от участников «Сибирского соглашения», входят в АИРР»
            named[mention.sent] = org
    if not named:
        return []
    first = named[min(named)]
    # an interview with one who holds a post in the association: «к нам присоединились …» in the
    # answers is joining it
    speaker = interviewee(posts)
    answers = (
        interview_answers(parsed)
        if any(p.person == speaker and p.organisation == first.key for p in posts)
        else set()
    )
    association_starts = {m.first for m in org_mentions if _is_association(organisations[m.organisation])}

    def association(sent: int) -> Organisation | None:
        """The association a sentence names, or refers back to («ассоциации», «объединения»; «в
        число учредителей вошли …», «к учредителям присоединились …» in a text about one)."""
        return (
            named.get(sent)
            or (first if sentence_lemmas(parsed, sent) & (ASSOCIATION_WORDS | FOUNDER_WORDS) else None)
            or (_association_before(sent) if _its_members(parsed, sent) else None)
            or (
                first
                if sent in answers and (_joined_us(parsed, sent) or _our_members(parsed, sent))
                else None
            )
        )

    def _association_before(sent: int) -> Organisation | None:
        """«Ассоциация создана в 2010 году … Среди её участников — …»: the association the sentence
        before names, by its name or as «ассоциация»."""
        if sent == 0:
            return None
        return named.get(sent - 1) or (
            first if sentence_lemmas(parsed, sent - 1) & ASSOCIATION_WORDS else None
        )

    found: dict[str, RegionMembership] = {}

    def add(codes, org: Organisation, sent: int, rule: str) -> None:
        for code in codes:
            if code in gazetteer().regions:  # a foreign region is no member of a Russian association
                found.setdefault(code, RegionMembership(code, org.key, sent, rule))

    person_regions = regions_of_people(posts)
    not_yet = set().union(*_not_members_yet(parsed, places, mentions, person_regions).values())
    # regions the text tells elsewhere are still waiting to join («Решение по заявке Омской
    # области собрание отложило»)
    waiting = _not_members_yet(parsed, places, mentions, person_regions, guests=False)
    ours = first_person_regions(parsed, quotes, posts, regions_of_people(posts, for_region_only=True))
    for s in parsed.sentences:
        org = association(s.i)
        if org is None:
            continue
        lemmas = sentence_lemmas(parsed, s.i)
        if (
            hopes_to(parsed, s.i, JOIN_VERBS | BECOME_VERBS)
            or _to_join_later(parsed, s.i)
            # «не смог присоединиться к сессии» denies coming, not membership
            or (negated(parsed, s.i, frozenset({"входить"})) and not _members_in_another_clause(parsed, s.i))
            or (negated(parsed, s.i, JOIN_VERBS) and not _joined_something_else(parsed, s.i))
            or joining_later(parsed, s.i)
        ):
            # «пока не входит», «может присоединиться после того, как станет членом ассоциации»
            continue
        here = [
            p
            for p in places
            if p.sent == s.i
            and p.kind == "region"
            and not p.venue
            and not p.in_event_name
            and not _neighbour_of(parsed.tokens, p)
        ]
        # a wish counts where it is to join («заявляла о намерении присоединиться»), not to send
        # a delegation («Иркутская область, один из старейших членов, собиралась направить …»);
        # leaving, where it is out of something («вышла из ассоциации», not «выйти на рынки»)
        wish = (lemmas & LEAVING if leaves(parsed, s.i) else set()) | (
            lemmas & INTENT if lemmas & (JOINING | JOIN_VERBS | BECOME_VERBS) else set()
        )
        if wish:
            # «вышла из ассоциации»: none of the sentence's regions, unless the wish is another
            # region's, told after «а также», «а», «но»
            here = _before_anothers_wish(parsed, s.i, here, wish)
            if not here:
                continue
            lemmas = sentence_lemmas(parsed, s.i) - (LEAVING | INTENT)
        regions = (
            [p.code for p in here]
            or _region_referred_to(parsed, s.i, places)
            or _they_named_before(parsed, s.i, places)
        )
        if not regions and s.i in ours and speaks_as_we(parsed, s.i) and not _member_by_relative(parsed, s.i):
            regions = [ours[s.i]]  # «Мы вступили в ассоциацию в 2016 году», says the Lipetsk minister
        # «в число учредителей вошли Пермский и Красноярский края»
        if lemmas & FOUNDER_WORDS and lemmas & {"войти", "стать", "число"} and "присоединиться" not in lemmas:
            # «…, одним из основателей которой край стал в 2010 году»: the region «край» stands for
            word = next(t.i for t in parsed.tokens[s.first : s.last] if t.lemma in FOUNDER_WORDS)
            by_kind = _founder_by_kind(parsed, word, places)
            add([by_kind] if by_kind else regions, org, s.i, FOUNDED)
        # «Совет АИРР одобрил вступление Чувашской Республики в ассоциацию»: admitted
        elif (
            _admission_approved(parsed, s.i)
            or (lemmas & JOIN_VERBS and not _joined_something_else(parsed, s.i) and "рейтинг" not in lemmas)
            or (lemmas & BECOME_VERBS and lemmas & MEMBER_NOUNS and "участие" not in lemmas)
        ):
            add(regions, org, s.i, "region joined the association")
        # «область входит в ассоциацию с 2011 года», «в состав АИРР входят …», «состоит в ассоциации»,
        # «те, кто работает в ассоциации с первых лет: …»
        elif lemmas & {"входить", "состоять"} or ("являться" in lemmas and lemmas & {"член", "участник"}):
            # «Ульяновская область входит в АИРР, и Хайретдинов предложил пензенским коллегам …»:
            # the regions of the clause that says so
            clause_start, clause_end = _clause_of(parsed, s.i, {"входить", "состоять", "являться"})
            # (not «… поделиться с чувашскими коллегами»: those it works with)
            inside = [
                p.code
                for p in here
                if clause_start <= p.first < clause_end and not _with_partners(parsed.tokens, p.first)
            ]
            referred = _region_referred_to(parsed, s.i, places)
            if referred and _member_by_participle(parsed, s.i):
                # «Регион, входящий в ассоциацию, пригласил на неё соседей: в Липецк приехали
                # делегации …»: the region the subject stands for, not the neighbours it invited
                inside, here = referred, referred
            if not inside and here:
                # «губернатор Пермского края напомнил, что край входит в ассоциацию»: the kind
                # noun of the clause stands for the one region of that kind named before it
                inside = _kind_in_clause(parsed, clause_start, clause_end, here)
            if (
                not inside
                and here
                and ":" in (parsed.tokens[clause_start].text, parsed.tokens[clause_start - 1].text)
            ):
                # «Тюменская область остаётся одним из участников ассоциации: она входит в неё с
                # 2013 года»: the clause after the colon goes on about the one before it
                inside = [p.code for p in here if p.last < clause_start]
            add(inside if here else regions, org, s.i, "region is a member of the association")
            if lemmas & FOUNDER_WORDS:
                # «…, а Калужская область стояла у истоков ассоциации»: the other clause's founder
                add([c for c in regions if c not in inside], org, s.i, FOUNDED)
        elif _works_in_association(parsed, s.i, association_starts):
            add(regions, org, s.i, "region is a member of the association")
        elif (there := _there_is_in_association(parsed, s.i, association_starts)) is not None:
            add([p.code for p in here if p.first > there], org, s.i, "region is a member of the association")
        # «Калужская область, стоявшая у истоков ассоциации», «Для Томской области, одного из
        # регионов — основателей АИРР, …» (founders, not members listed)
        elif lemmas & FOUNDER_WORDS and not lemmas & {"член", "участник", "участница"}:
            # «Красноярский край, один из основателей АИРР, … вместе с Хакасией и Тывой …»: the
            # founder is the region the founder word follows, not every region of the sentence
            here = [p for p in places if p.sent == s.i and p.kind == "region"]
            word = next(t.i for t in parsed.tokens[s.first : s.last] if t.lemma in FOUNDER_WORDS)
            add([p.code for p in here if p.first < word] or [p.code for p in here], org, s.i, FOUNDED)
        # «регионы – члены АИРР: …», «среди регионов — участников ассоциации … Пермский край»
        elif (
            ("член" in lemmas and len(regions) >= 2)
            or _members_of(parsed, s.i, org_mentions)
            or (_its_members(parsed, s.i) and not named.get(s.i))
        ):
            toward = {p.code for p in places if p.sent == s.i and after_place_preposition(parsed.tokens, p)}
            # «визит в Пермский край»: a host; «Министр … Омской области представил участникам
            # программу, однако члены ассоциации попросили …» after its application was put off
            told_apart = set().union(*waiting.values())
            listed_here = [c for c in regions if c not in toward and c not in told_apart]
            add(listed_here, org, s.i, "region listed among the association's members")
            nxt = s.i + 1
            if (
                listed_here
                and nxt < len(parsed.sentences)
                and parsed.sentences[nxt].para == s.para
                and "представлять" in sentence_lemmas(parsed, nxt)
                and not sentence_lemmas(parsed, nxt) & _GUEST_WORDS
                and not negated(parsed, nxt, ATTENDING)
            ):
                # «… регионов — членов АИРР: … Тюменскую область представляла Марина Дьяченко»:
                # the list goes on in the next sentence
                going_on = [
                    p.code for p in places if p.sent == nxt and p.kind == "region" and not p.venue
                ] + [c for m in mentions if m.sent == nxt for c in person_regions.get(m.person, [])]
                add(
                    [c for c in going_on if c not in told_apart and c not in not_yet],
                    org,
                    nxt,
                    "region listed among the association's members",
                )
            # «в группу вошли представители регионов — членов АИРР: ¶ Абрамова Елена Сергеевна,
            # заместитель председателя правительства Ульяновской области; …»: a list after a colon
            colon = ":" in [t.text for t in parsed.tokens[max(s.first, s.last - 2) : s.last]]
            if (
                not listed_here
                and nxt < len(parsed.sentences)
                and (colon or sentence_lemmas(parsed, nxt) & DELEGATION_WORDS)
                and not negated(parsed, nxt, ATTENDING)
            ):
                # «Представители регионов — участников АИРР провели визит … В состав делегации
                # вошли специалисты из Калужской, Томской …»: the list follows — unless it says
                # who stayed away («Представители пензенского правительства на заседании не
                # присутствовали», of a region whose application was put off)
                listed = [
                    p.code
                    for p in places
                    if p.sent == nxt and p.kind == "region" and not p.venue and p.code not in told_apart
                ]
                add(listed, org, nxt, "region of the members' delegation")
        if not here and (nxt := _members_listed_next(parsed, s.i)) is not None:
            # «В АИРР остаются семнадцать регионов. Среди них — республики Татарстан, …»
            told_apart = set().union(*waiting.values()) | not_yet
            listed = [
                p.code
                for p in places
                if p.sent == nxt and p.kind == "region" and not p.venue and p.code not in told_apart
            ]
            add(listed, org, nxt, "region listed among the association's members")
    # the parties of a memorandum on founding the association are its founders
    founding = [
        s.i for s in parsed.sentences if sentence_lemmas(parsed, s.i) & FOUNDING_NOUNS and association(s.i)
    ]
    if founding:
        # the agreement told where the founding is, not another the document reports («Регион
        # входит в АИРР с 2010 года: он был среди восьми субъектов, подписавших меморандум …»
        # in a story of a new joint park)
        near = {x for s in founding for x in (s - 1, s, s + 1)} | {
            s.i for s in parsed.sentences if sentence_lemmas(parsed, s.i) & ({"меморандум"} | FOUNDER_WORDS)
        }
        # a document signed there, not an arrangement («Анохин договорился с губернатором
        # Калужской области о стажировке. … Калужская область, стоявшая у истоков АИРР …»)
        signed = {
            s.i
            for s in parsed.sentences
            if sentence_lemmas(parsed, s.i)
            & (AGREEMENT_NOUNS | {"меморандум"} | (SIGNING_VERBS - {"договориться"}))
        }
        for c in cooperations:
            if c.kind == "Agreement" and near & set(c.sents) & signed:
                add(
                    c.parties,
                    association(founding[0]),
                    c.sents[0],
                    SIGNED_FOUNDING,
                )
    lead = lead_sentences(parsed)
    for e in events:
        # not where the association is only what a region may join («На заседании обсуждалось,
        # что к ассоциации может присоединиться и Ямал» of another body's meeting)
        org = next(
            (association(s) for s in e.sents if association(s) and not joining_later(parsed, s)),
            None,
        )
        # the association's general meeting, a meeting «of its members», or one of its council
        # («В Томске прошла сессия … Три дня в ней работали представители 14 регионов – членов
        # ассоциации»: the sentence that tells who took part says so too)
        told = event_sentences(parsed, e)
        members_met = (
            e.kind == "GeneralAssembly"
            or any(sentence_lemmas(parsed, s) & {"член", "совет"} for s in e.sents)
            or any(_members_of(parsed, s, org_mentions) for s in told)
        )
        if org is None or e.kind not in MEMBERS_MEETINGS or not members_met:
            continue
        # a meeting of the association's members: the regions whose heads or delegations took part
        # its chair too: «Его провёл из Томска заместитель губернатора Томской области …»
        # and those the next sentence names («В нём приняли участие губернатор …»)
        told_people = [m.person for m in mentions if m.sent in told and m.sent not in e.sents]
        for person in [*e.participants, *told_people, *([e.chair] if e.chair is not None else [])]:
            add(
                [c for c in person_regions.get(person, []) if c not in not_yet],
                org,
                e.sents[0],
                "region's head took part in the members' meeting",
            )
        if lead & set(e.sents) and participants_told(parsed, e):
            # the document reports the meeting and who took part: the regions taking part in it
            # as cooperation read them (not those named in passing, or only said to plan or leave)
            actors = [c for co in cooperations if co.event == e.key for c in co.parties]
            add(
                [c for c in actors if c not in not_yet],
                org,
                e.sents[0],
                "region took part in the members' meeting the document reports",
            )
    # «делегация Кузбасса, который пока не входит в АИРР»: what the text denies no rule may add
    denied = {
        code
        for s in parsed.sentences
        if association(s.i)
        for code in [_denied_member(parsed, s.i, places)]
        if code
    }
    return [m for m in found.values() if m.region not in denied]


#: words for the one other side of a story: «Соседи тоже входят в ассоциацию» after the sentence
#: that names the partner region
_PARTNER_WORDS = frozenset({"сосед", "партнёр", "партнер"})


def _they_named_before(parsed: ParsedText, sent: int, places: list[PlaceMention]) -> list[str]:
    """«Два дня представители Татарстана, Башкортостана, Свердловской и Ульяновской областей …
    Все они — регионы — участники ассоциации»: «они» opening the sentence stands for the regions
    the sentence before names."""
    s = parsed.sentences[sent]
    opening = [t.text.lower() for t in parsed.tokens[s.first : min(s.first + 2, s.last)]]
    if sent == 0 or not (opening[:1] == ["они"] or opening == ["все", "они"]):
        return []
    return list(
        dict.fromkeys(p.code for p in places if p.sent == sent - 1 and p.kind == "region" and not p.venue)
    )


def _neighbour_of(tokens: list[Token], p: PlaceMention) -> bool:
    """«соседние с Омской областью Тюменская и Новосибирская области»: the region the members
    border, named only to place them."""
    return (
        p.first >= 2
        and tokens[p.first - 1].text.lower() in ("с", "со")
        and tokens[p.first - 2].lemma
        in (
            "соседний",
            "граничащий",
            "граничить",
        )
    )


def _member_by_relative(parsed: ParsedText, sent: int) -> bool:
    """«… в Тюменской области, которая давно состоит в Ассоциации …»: the member is the one the
    relative clause is about, not «мы» of the speaker."""
    s = parsed.sentences[sent]
    tokens = parsed.tokens
    return any(
        tokens[k].lemma == "который"
        and any(t.lemma in _MEMBER_VERBS for t in tokens[k + 1 : min(k + 4, s.last)])
        for k in range(s.first, s.last)
    )


_MEMBER_VERBS = frozenset({"входить", "состоять", "являться", "вступить", "войти", "работать", "участвовать"})


def _kind_in_clause(parsed: ParsedText, start: int, end: int, here: list[PlaceMention]) -> list[str]:
    """The region a kind noun opening the clause («что край входит …») stands for: the one region
    of that kind the sentence names before the clause."""
    tokens = parsed.tokens
    k = start + 1 if start < end and tokens[start].lemma in ("что", ",") else start
    if k < end and tokens[k].lemma == "что":
        k += 1
    if k >= end or tokens[k].lemma not in ANAPHORIC_REGION or tokens[k].case != "Nom":
        return []
    before = {p.code for p in here if p.last <= start and of_kind(p.code, tokens[k].lemma)}
    return sorted(before) if len(before) == 1 else []


def _region_referred_to(parsed: ParsedText, sent: int, places: list[PlaceMention]) -> list[str]:
    """«Для Калужской области проект — продолжение знакомой стратегии. Регион входит в
    Ассоциацию … с 2010 года»: a sentence opened by «Регион» (or «Область», «Республика» …, or
    «Соседи», «Партнёры») in the nominative speaks of the one region the sentence before names."""
    s = parsed.sentences[sent]
    start = s.first
    if parsed.tokens[start].text in ("—", "–"):
        start += 1  # a question or an answer of an interview
    comma = next((k for k in range(start, min(start + 4, s.last)) if parsed.tokens[k].text == ","), None)
    if comma and comma > start and is_first_name(parsed.tokens[start].text):
        start = comma + 1  # «— Ирина Викторовна, регион вступил в АИРР …»: past the one addressed
    first = parsed.tokens[start]
    # «Регион, входящий в ассоциацию, …»: the tagger may read a subject set off by a comma as an
    # accusative, the same form
    subject = first.case == "Nom" or (
        first.case == "Acc"
        and first.lemma == "регион"
        and (start == s.first or (start + 1 < s.last and parsed.tokens[start + 1].text == ","))
    )
    if sent == 0 or first.lemma not in ANAPHORIC_REGION | _PARTNER_WORDS or not subject:
        return []
    # «Республика …» stands for a republic, not for the oblast the sentence before names
    told = [
        p
        for p in places
        if p.kind == "region" and not p.in_event_name and p.sent == sent - 1 and of_kind(p.code, first.lemma)
    ]
    before = {p.code for p in told}
    a_subject = any(
        parsed.tokens[p.first].case == "Nom" or parsed.tokens[p.last - 1].case == "Nom" for p in told
    )
    if len(before) == 1 and (first.lemma not in KIND_NOUNS or a_subject):
        return sorted(before)
    if first.lemma not in KIND_NOUNS or (before and len(before) != 1):
        return []
    # «Республика входит в число основателей АИРР» after a paragraph on a university; «Губернатор,
    # … проработавший в правительстве Амурской области, пообещал … Область стала участником»: the
    # last region of that kind the text named, a subject first
    found = last_of_kind(places, first.lemma, s.first, parsed.tokens)
    return [found] if found else (sorted(before) if len(before) == 1 else [])


#: words that open a clause about someone else: «…, а также делегация Кузбасса, который …»
_OTHERS_CLAUSE = frozenset({"а", "но", "однако"})


def _before_anothers_wish(
    parsed: ParsedText, sent: int, here: list[PlaceMention], wish: frozenset[str]
) -> list[PlaceMention]:
    """«… регионов – членов АИРР: Прикамья, Мордовии и Ульяновской области, а также, в качестве
    гостя, делегация Кузбасса, который … рассматривает возможность участия»: the regions listed
    before the clause, opened by «а (также)», «но» or «однако», that names the region with the
    wish; none where no such clause sets the wish apart."""
    tokens = parsed.tokens
    s = parsed.sentences[sent]
    at = next(t.i for t in tokens[s.first : s.last] if t.lemma in wish)
    opens = [
        k
        for k in range(s.first + 1, at)
        if tokens[k - 1].text == "," and tokens[k].text.lower() in _OTHERS_CLAUSE
    ]
    for k in opens:
        # the region with the wish named in the clause, before the wish or after it («а также
        # регионы, которые рассматривают возможность вступления, — Удмуртия и Свердловская область»)
        if any(p.first > k for p in here):
            return [p for p in here if p.last <= k]
    # «Томская область стояла у истоков ассоциации, и мы делимся опытом с регионами, которые
    # только собираются к ней присоединиться»: the wish of those a relative clause names, none
    # of them a region named
    relative = [
        k for k in range(s.first + 1, at) if tokens[k - 1].text == "," and tokens[k].lemma == "который"
    ]
    # («обращение Омской области, которая намерена вступить …» is Omsk's own wish)
    antecedent_a_region = relative and any(p.last == relative[-1] - 1 for p in here)
    if relative and not antecedent_a_region and not any(p.first > relative[-1] for p in here):
        return [p for p in here if p.last <= relative[-1]]
    return []


def _our_members(parsed: ParsedText, sent: int) -> bool:
    """«Наши старейшие члены — Татарстан, Томская и Калужская области»: the members of «us»."""
    s = parsed.sentences[sent]
    tokens = parsed.tokens[s.first : s.last]
    return any(t.lemma in MEMBER_NOUNS - {"состав"} for t in tokens) and any(
        t.lemma in ("наш", "мы") for t in tokens
    )


def _joined_us(parsed: ParsedText, sent: int) -> bool:
    """«Позже к нам присоединились Башкортостан, …»: joining «us»."""
    s = parsed.sentences[sent]
    words = [t.text.lower() for t in parsed.tokens[s.first : s.last]]
    return bool(sentence_lemmas(parsed, sent) & JOIN_VERBS) and any(
        words[k : k + 2] == ["к", "нам"] for k in range(len(words) - 1)
    )


def _works_in_association(parsed: ParsedText, sent: int, starts: set[int]) -> bool:
    """«работает в ассоциации», «работают в АИРР» (an association named from ``starts``): a
    member's work, not a visitor's."""
    s = parsed.sentences[sent]
    return any(
        parsed.tokens[k].lemma == "работать" and _in_association(parsed.tokens, k + 1, starts)
        for k in range(s.first, s.last - 2)
    )


def _in_association(tokens: list[Token], k: int, starts: set[int]) -> bool:
    """Does «в ассоциации», «в АИРР» (an association named from ``starts``) begin at ``k``?"""
    return tokens[k].text.lower() == "в" and (tokens[k + 1].lemma in ASSOCIATION_WORDS or k + 1 in starts)


def _there_is_in_association(parsed: ParsedText, sent: int, starts: set[int]) -> int | None:
    """«Из соседей Прикамья в ассоциации уже есть Башкирия»: the «есть» after which the sentence
    names who is in the association now (not «у которых есть опыт работы в ассоциации»)."""
    s = parsed.sentences[sent]
    tokens = parsed.tokens
    for k in range(s.first, s.last):
        if tokens[k].text.lower() != "есть":
            continue
        if any(_in_association(tokens, j, starts) for j in range(max(s.first, k - 4), k - 1)):
            return k
    return None


def _to_join_later(parsed: ParsedText, sent: int) -> bool:
    """«Югра и Ямал со временем станут участниками АИРР», «вступит в ассоциацию»: a verb of
    joining or becoming in the future."""
    s = parsed.sentences[sent]
    tokens = parsed.tokens

    def of_a_member(k: int) -> bool:
        # «станут участниками», «станет полноправным членом», not «проект станет частью программы»
        return any(t.lemma in MEMBER_NOUNS | FOUNDER_WORDS for t in tokens[k + 1 : min(k + 4, s.last)])

    return any(
        t.feats.get("Tense") == "Fut"
        and (t.lemma in JOIN_VERBS or (t.lemma in BECOME_VERBS and of_a_member(t.i)))
        for t in tokens[s.first : s.last]
    )


def _into_a_rank(tokens: list[Token], k: int, stop: int) -> bool:
    """«войти в число «сильных инноваторов»», «войти в группу лидеров»: the verb at ``k`` enters a
    rank or a group, not the association («войти в число участников ассоциации» does)."""
    if not (k + 2 < stop and tokens[k + 1].text.lower() == "в"):
        return False
    obj = tokens[k + 2]
    if obj.lemma != "число":
        return obj.text.islower() and obj.pos == "NOUN" and obj.lemma not in ASSOCIATION_WORDS | MEMBER_NOUNS
    head = next((t for t in tokens[k + 3 : stop] if t.pos in ("NOUN", "PROPN")), None)
    return head is not None and head.lemma not in ASSOCIATION_WORDS | MEMBER_NOUNS | FOUNDER_WORDS


#: verbs of approving an admission, and what is approved
_APPROVING = frozenset({"одобрить", "утвердить"})
_ADMISSION = frozenset({"вступление", "прием", "приём", "заявка"})


def _admission_approved(parsed: ParsedText, sent: int) -> bool:
    """Does the sentence tell that the association approved a region's admission, in the past?"""
    s = parsed.sentences[sent]
    words = parsed.tokens[s.first : s.last]
    return any(t.lemma in _APPROVING and t.feats.get("Tense") == "Past" for t in words) and bool(
        sentence_lemmas(parsed, sent) & _ADMISSION
    )


def _joined_something_else(parsed: ParsedText, sent: int) -> bool:
    """«к обсуждению присоединились эксперты», «присоединилась к проекту»: the verb of joining
    has an object of its own next to it, which is not the association («к ассоциации», «к работе
    ассоциации» are)."""
    s = parsed.sentences[sent]
    tokens = parsed.tokens
    for k in range(s.first, s.last):
        if tokens[k].lemma not in JOIN_VERBS:
            continue
        if _into_a_rank(tokens, k, s.last):
            return True
        # «В состав делегации вошли представители …»: into a delegation's or a group's make-up
        if any(
            tokens[j].lemma == "состав" and tokens[j + 1].lemma not in ASSOCIATION_WORDS
            for j in range(max(s.first, k - 3), min(k + 3, s.last - 1))
        ):
            return True
        for j in (k - 2, k + 1):  # «к обсуждению присоединились», «присоединились к обсуждению»
            # «в группу вошли представители регионов — членов АИРР»: into a group, not the association
            into = ("к",) if tokens[k].lemma == "присоединиться" else ("в", "во")
            if not (s.first <= j and j + 1 < s.last and tokens[j].text.lower() in into):
                continue
            if tokens[j + 1].lemma in ("число", "ряд"):
                continue  # «вошла в число членов»: a rank, read above
            obj, after = tokens[j + 1], tokens[j + 2] if j + 2 < s.last else None
            if (
                obj.text.islower()
                and obj.pos == "NOUN"
                and obj.lemma not in ASSOCIATION_WORDS | MEMBER_NOUNS | FOUNDER_WORDS
                and not (after is not None and (after.lemma in ASSOCIATION_WORDS or after.text.isupper()))
            ):
                return True
    return False


#: words that tell a region came as a guest («в качестве гостя», «приглашённые эксперты»)
_GUEST_WORDS = frozenset({"гость", "приглашенный", "пригласить"})


def _not_members_yet(
    parsed: ParsedText,
    places: list[PlaceMention],
    mentions: list[PersonMention],
    person_regions: dict[int, list[str]],
    guests: bool = True,
) -> dict[int, set[str]]:
    """Regions at a members' meeting that the text shows are not members, by the sentence that
    says so: guests («в качестве гостей приехала омская делегация», «приглашённые эксперты из
    ХМАО»), those weighing joining («регион изучает возможность вступления в ассоциацию»), and
    those whose application waits."""
    out: dict[int, set[str]] = {}
    for s in parsed.sentences:
        lemmas = sentence_lemmas(parsed, s.i)
        invited = guests and lemmas & _GUEST_WORDS
        # «Решение по заявке Омской области собрание отложило»: an application put off
        put_off = "заявка" in lemmas and lemmas & POSTPONED
        joining = lemmas & JOINING or (lemmas & JOIN_VERBS and not _joined_something_else(parsed, s.i))
        if not (invited or put_off or (lemmas & (INTENT | WEIGHING | HOPE) and joining)):
            continue
        here = [p for p in places if p.sent == s.i and p.kind == "region"]
        # («Интерес к ассоциации, по словам Котюкова, проявляют и соседи»: who tells of the wish
        # is not one who has it)
        said = [m for m in mentions if m.sent == s.i and not reporting(parsed.tokens, m.first)]
        if not invited and not put_off:
            # «Заявка на вступление была подана осенью, её поддержали Калужская область и
            # Мордовия»: those of another clause only supported the wish
            first, last = comma_clause(parsed, s.i, INTENT | WEIGHING | HOPE)
            here = [p for p in here if first <= p.first < last]
            said = [m for m in said if first <= m.first < last]
        if invited and not (put_off or lemmas & (INTENT | WEIGHING | HOPE) and joining):
            asked = _invited_by(parsed, s.i)
            if asked is None:
                continue
            # «кузбасская делегация пригласила коллег из Прикамья»: the guests follow who invites
            here = [p for p in here if p.first > asked]
            said = [m for m in said if m.first > asked]
        # «члены ассоциации: Пермский край, …, а также регионы, которые рассматривают возможность
        # вступления, — Удмуртия и Свердловская область»: only those of the clause set apart wait
        apart = next(
            (
                k
                for k in range(s.first + 1, s.last)
                if parsed.tokens[k - 1].text == ","
                and parsed.tokens[k].text.lower() in _OTHERS_CLAUSE
                and any(p.first < k for p in here)
                and any(p.first > k for p in here)
                and not _guests_in(parsed, s.first, k)
            ),
            s.first,
        )
        out[s.i] = {p.code for p in here if p.first > apart} | {
            c for m in said if m.first > apart for c in person_regions.get(m.person, [])
        }
    return out


def _invited_by(parsed: ParsedText, sent: int) -> int | None:
    """Where the sentence's guests begin: its start where it speaks of guests («в качестве
    гостей», «приглашённые эксперты»), the word after an active «пригласить» — unless that
    asks them to another kind of event than a members' meeting («пригласила коллег из Прикамья
    на отраслевую выставку»): then ``None``, for those are no guests of the meeting."""
    s = parsed.sentences[sent]
    tokens = parsed.tokens
    for k in range(s.first, s.last):
        t = tokens[k]
        if t.lemma != "пригласить" or t.feats.get("VerbForm") != "Fin":
            continue
        for j in range(k + 1, min(k + 8, s.last - 1)):
            if tokens[j].lemma == "на":
                heads = [x.lemma for x in tokens[j + 1 : min(j + 4, s.last)] if x.lemma in EVENT_HEADS]
                kind = EVENT_HEADS[heads[0]] if heads else None
                if kind is not None and kind not in MEMBERS_MEETINGS:
                    return None
                break
        return k
    return s.first


def _guests_in(parsed: ParsedText, first: int, stop: int) -> bool:
    """Does the span speak of guests or of a wish to join, before the clause set apart?"""
    lemmas = {t.lemma for t in parsed.tokens[first:stop]}
    return bool(lemmas & (_GUEST_WORDS | INTENT | WEIGHING | HOPE))


def _clause_of(parsed: ParsedText, sent: int, verbs: set[str]) -> tuple[int, int]:
    """The tokens of the clause with the first of ``verbs``, where «, и», «, а», «, но», «, что»,
    «;» or «:» join clauses; the whole sentence when none does."""
    s = parsed.sentences[sent]
    tokens = parsed.tokens
    marks = [
        k
        for k in range(s.first + 1, s.last - 1)
        if tokens[k].text in (";", ":")
        or (
            tokens[k].text in ("и", "а", "но")
            and tokens[k - 1].text == ","
            and tokens[k + 1].text.lower() != "также"  # «, а также …» goes on with a list
        )
        # «Министр … Кузбасса отметил, что соседние Новосибирская и Томская области входят в
        # АИРР»: the reported clause, not the one of who reports it
        or (tokens[k].text.lower() == "что" and tokens[k - 1].text == ",")
    ]

    def finite(a: int, b: int) -> bool:
        return any(t.is_finite_verb for t in tokens[a:b])

    # a mark joins clauses where each side has a verb of its own, not the items of one list
    bounds = [s.first, *marks, s.last]
    cuts = [m for i, m in enumerate(marks, 1) if finite(bounds[i - 1], m) and finite(m, bounds[i + 1])]
    verb = next((k for k in range(s.first, s.last) if tokens[k].lemma in verbs), s.first)
    first = max((c for c in cuts if c < verb), default=s.first)
    last = min((c for c in cuts if c > verb), default=s.last)
    return first, last


_MEMBERS_OF_IT = frozenset({"состав", "член", "участник"})


def _its_members(parsed: ParsedText, sent: int) -> bool:
    """«В её состав входят …», «Её членами стали …», «Среди её участников — …», «в неё входили …»:
    the members of what the sentence before named."""
    s = parsed.sentences[sent]
    tokens = parsed.tokens
    return any(
        (tokens[k].text.lower() in ("её", "ее", "его") and tokens[k + 1].lemma in _MEMBERS_OF_IT)
        or (
            tokens[k].text.lower() == "в"
            and tokens[k + 1].text.lower() in ("неё", "нее", "него")
            and tokens[k + 2].lemma in ("входить", "войти")
        )
        for k in range(s.first, s.last - 2)
    )


def _denied_member(parsed: ParsedText, sent: int, places: list[PlaceMention]) -> str | None:
    """The region a sentence says is not a member: the one named last before «не входит», «не
    является членом» («…, а также Ленинградской области, которая пока не является членом АИРР»)."""
    s = parsed.sentences[sent]
    tokens = parsed.tokens
    verbs = JOIN_VERBS | {"входить", "являться", "состоять"}
    for k in range(s.first + 1, s.last):
        if tokens[k].lemma in verbs and "не" in {t.lemma for t in tokens[max(s.first, k - 2) : k]}:
            if tokens[k].lemma in JOIN_VERBS and _joined_something_else(parsed, sent):
                continue  # «не смог присоединиться к сессии»: not coming, still a member
            before = [p for p in places if p.sent == sent and p.kind == "region" and p.first < k]
            if before:
                return before[-1].code
            # «… ошибочно была названа членом АИРР. Регион в ассоциацию не входит.»
            referred = _region_referred_to(parsed, sent, places) or _pronoun_subject(parsed, sent, k, places)
            return referred[0] if referred else None
        if tokens[k].lemma == "член" and tokens[k - 1].lemma == "не":
            # «Свердловская область пока не член АИРР»
            before = [p for p in places if p.sent == sent and p.kind == "region" and p.first < k]
            return before[-1].code if before else None
    return None


def _with_partners(tokens: list, first: int) -> bool:
    """Is the place named after «с» as someone worked with («поделиться с чувашскими коллегами»),
    not «вместе с» or «наряду с» another member?"""
    if first == 0 or tokens[first - 1].text.lower() not in ("с", "со"):
        return False
    return first < 2 or tokens[first - 2].text.lower() not in ("вместе", "наряду")


def _members_in_another_clause(parsed: ParsedText, sent: int) -> bool:
    """«Из них членами ассоциации являются Москва, Татарстан …; Петербург в АИРР не входит»: the
    denial has a clause of its own, and another clause says who the members are."""
    lemmas = sentence_lemmas(parsed, sent)
    if not ("являться" in lemmas and lemmas & {"член", "участник"}):
        return False
    denied = _clause_of(parsed, sent, {"входить"})
    said = _clause_of(parsed, sent, {"являться"})
    return denied != said


def _pronoun_subject(parsed: ParsedText, sent: int, verb: int, places: list[PlaceMention]) -> list[str]:
    """«Необычным участником встречи стала Тульская область. В ассоциацию она пока не входит»: a
    pronoun subject before the verb is the one region the sentence before names as its subject."""
    s = parsed.sentences[sent]
    tokens = parsed.tokens
    if sent == 0 or not any(
        tokens[k].text.lower() in ("она", "он") and tokens[k].case == "Nom" for k in range(s.first, verb)
    ):
        return []
    subjects = {
        p.code
        for p in places
        if p.sent == sent - 1
        and p.kind == "region"
        and tokens[p.last - 1].case == "Nom"
        and not p.in_event_name
    }
    return sorted(subjects) if len(subjects) == 1 else []


def _members_of(parsed: ParsedText, sent: int, org_mentions: list[OrgMention]) -> bool:
    """Does the sentence speak of the association's members as such («регионов — участников
    ассоциации», «членов АИРР»)?"""
    s = parsed.sentences[sent]
    words = parsed.tokens[s.first : s.last]
    return (
        any(_after_member_word(parsed, m) for m in org_mentions if m.sent == sent)
        or any(
            t.lemma in ASSOCIATION_WORDS and k > 0 and words[k - 1].lemma in {"член", "участник", "участница"}
            for k, t in enumerate(words)
        )
        # «Из регионов ассоциации приехали …», «представители регионов ассоциации — Томской и …»:
        # the regions that came, listed as the association's, named by its common noun
        or any(
            t.lemma in ASSOCIATION_WORDS
            and k > 1
            and words[k - 1].lemma == "регион"
            and (
                (k + 1 < len(words) and words[k + 1].text in ("—", "–", ":"))
                or (words[k - 2].text.lower() == "из" and sentence_lemmas(parsed, sent) & _CAME_FROM)
            )
            for k, t in enumerate(words)
        )
        # «представители четырёх регионов-участников АИРР — …»
        or any(
            t.text.lower().startswith(("регион-", "регионы-", "регионов-", "регионам-"))
            and t.lemma.endswith(("участник", "член"))
            for t in words
        )
    )


#: verbs of coming from somewhere
_CAME_FROM = frozenset({"приехать", "прибыть", "приезжать"})
#: verbs that count an association's members: «в АИРР входят 18 регионов», «остаются 17»
_COUNTING_VERBS = frozenset({"входить", "состоять", "оставаться", "остаться", "объединять", "насчитывать"})
#: openings of a sentence that lists those just counted: «Среди них — …», «В их числе …»
_AMONG_THEM = (["среди", "них"], ["в", "их", "числе"], ["это"])


def _founder_by_kind(parsed: ParsedText, word: int, places: list[PlaceMention]) -> str | None:
    """«одним из основателей которой край стал»: a bare kind noun in the nominative just after the
    founder word is the founder — the last region of that kind named before it."""
    tokens = parsed.tokens
    sent = tokens[word].sent
    noun = next(
        (
            t
            for t in tokens[word + 1 : word + 4]
            if t.sent == sent and t.lemma in KIND_NOUNS and t.case == "Nom" and t.text.islower()
        ),
        None,
    )
    return last_of_kind(places, noun.lemma, noun.i) if noun is not None else None


def _member_by_participle(parsed: ParsedText, sent: int) -> bool:
    """Does «входящий в …» stand in commas right after the sentence's subject («Регион, входящий в
    ассоциацию, …»)?"""
    s = parsed.sentences[sent]
    tokens = parsed.tokens
    opening = next((k for k in range(s.first, s.last) if tokens[k].is_word), s.first)
    return (
        opening + 2 < s.last
        and tokens[opening + 1].text == ","
        and tokens[opening + 2].lemma in ("входить", "входящий", "состоять", "состоящий")
    )


def _members_listed_next(parsed: ParsedText, sent: int) -> int | None:
    """«После этих решений в АИРР остаются семнадцать регионов. Среди них — республики Татарстан,
    Башкортостан …»: the next sentence of the paragraph, where a sentence counts the regions of the
    association and the next opens by listing them."""
    s = parsed.sentences[sent]
    nxt = sent + 1
    if not (
        counts_regions(parsed, sent)
        and sentence_lemmas(parsed, sent) & _COUNTING_VERBS
        and nxt < len(parsed.sentences)
    ):
        return None
    following = parsed.sentences[nxt]
    if following.para != s.para:
        return None
    opening = [t.text.lower() for t in parsed.tokens[following.first : following.first + 3]]
    return nxt if any(opening[: len(words)] == words for words in _AMONG_THEM) else None


def _joined_into(parsed: ParsedText, mention: OrgMention) -> bool:
    """Is the association named as what one is in, or joins («входят в АИРР», «вступила в …»,
    «Ассоциации …, в которую Томская область входит»)?"""
    tokens = parsed.tokens
    k = mention.first - 1
    if k >= 0 and tokens[k].text.lower() in ("в", "во"):
        return True
    after = [t.text.lower() for t in tokens[mention.last : mention.last + 3]]
    return after[:2] == [",", "в"] and after[2:3] in (["которую"], ["который"], ["которое"])


def _after_member_word(parsed: ParsedText, mention: OrgMention) -> bool:
    """«регионов — участников Ассоциации инновационных регионов России»: the association named
    right after a word for its members, so those who met are its members."""
    k = mention.first - 1
    # «представители регионов АИРР — Калужской и Тюменской областей»: the association's regions
    return k >= 0 and parsed.tokens[k].lemma in (MEMBER_NOUNS - {"состав"}) | {"регион"}


def _is_association(org: Organisation) -> bool:
    """An association, or a body of one named by its own name («Совет Межрегиональной ассоциации
    «Сибирское соглашение»»): a meeting there is that association's, not another's the text names."""
    name = org.name.lower()
    return (
        name.startswith(("ассоциация", "союз", "межрегиональная ассоциация"))
        or org.key == "airr"
        or ("ассоциаци" in name and "«" in name)
    )


def with_all_founders(
    cooperations: list[Cooperation], memberships: list[RegionMembership], parsed: ParsedText | None = None
) -> list[Cooperation]:
    """The founding memorandum signed by every founder the text names, not only by those of the
    sentence that tells of the signing: «От Томской области меморандум подписал …, от Калужской —
    … Кроме них, в число учредителей вошли Новосибирская и Иркутская области» — founding an
    association together is cooperating, and its founders are the memorandum's parties. Where
    the signing names no region («восемь регионов подписали меморандум о создании …
    Учредителями стали …»), the founders named are its parties all the same."""
    founders = {m.region for m in memberships if m.rule == SIGNED_FOUNDING}
    named = {m.region for m in memberships if m.rule == FOUNDED}
    if not founders and len(named) >= 2 and parsed is not None and _founding_signed(parsed):
        sents = tuple(sorted({m.sent for m in memberships if m.region in named}))
        memorandum = Cooperation(
            "Agreement", tuple(sorted(named)), sents, None, "founders of the association"
        )
        return [*cooperations, memorandum]
    if not founders or not named - founders:
        return cooperations
    out = []
    for c in cooperations:
        if c.kind == "Agreement" and founders <= set(c.parties):
            sents = tuple(sorted({*c.sents, *(m.sent for m in memberships if m.region in named)}))
            c = Cooperation(
                c.kind, tuple(sorted({*c.parties, *named})), sents, c.event, c.rule + "; founders named apart"
            )
        out.append(c)
    return out


def _founding_signed(parsed: ParsedText) -> bool:
    """Does a sentence tell of signing a memorandum or an agreement on founding the association?"""
    return any(
        (lemmas := sentence_lemmas(parsed, s.i)) & SIGNING_VERBS
        and lemmas & AGREEMENT_NOUNS
        and lemmas & FOUNDING_NOUNS
        and lemmas & ASSOCIATION_WORDS
        for s in parsed.sentences
    )
