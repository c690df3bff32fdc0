"""Cooperation between regions: agreements, joint events and joint projects; and the sentence-level
readings that memberships (:mod:`.memberships`) share with them — who took part, what is only
hoped for, which sentences tell the event.

Who acts for a region is read two ways: the region named as an actor (not as a venue, not
inside an event's name), and the region of the post of a person named in the sentence
(«Наталья Комарова подписала …» acts for Югра).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..text import MONTHS_GENITIVE
from .events import EVENT_HEADS
from .gazetteer import gazetteer
from .heads import CONTEXT_RULES
from .lexicon import words
from .negation import TAKE_PART, negated, stayed_away
from .nlp import ParsedText, Sentence, Token
from .places import KIND_NOUNS, after_place_preposition, last_of_kind, of_kind
from .posts import ANAPHORIC_REGION
from .records import (
    Cooperation,
    Event,
    Organisation,
    PersonMention,
    PlaceMention,
    Post,
    Quote,
)

#: nouns that name an agreement («соглашение о сотрудничестве», «план мероприятий», «меморандум»)
AGREEMENT_NOUNS = words("agreement_nouns")
#: nouns of a binding agreement, which name one even without a verb of signing
BINDING_NOUNS = words("binding_nouns")
#: verbs of signing and approving
SIGNING_VERBS = words("signing_verbs")
#: «документ подписали …» refers back to an agreement named earlier in the document
DOCUMENT_NOUNS = frozenset({"документ", "подпись", "редакция"})  # «её новую редакцию подписали …»
#: words that refer back to the association named before («члены ассоциации», «объединения»)
ASSOCIATION_WORDS = frozenset({"ассоциация", "объединение"})
#: words of leaving or pausing a membership: what they say is not a membership
LEAVING = frozenset({"выйти", "выход", "покинуть", "приостановить", "исключить", "выходить", "исключение"})
#: words of a plan or a wish to join, which is not yet membership
INTENT = frozenset(
    {
        "намерение",
        "намереваться",
        "намеренный",
        "намерен",
        "заявка",
        "планировать",
        "планироваться",
        "собираться",
        "хотеть",
        "рассматривать",
        "интерес",
    }
)
#: a signing put off («подписание соглашения отложено»): nothing is signed
POSTPONED = frozenset({"отложить", "откладывать", "отложенный", "перенести", "переносить"})
#: verbs that deny a report («опровергли сообщения о том, что будет подписано …»)
DENYING = frozenset({"опровергнуть", "опровергать", "опровержение"})
#: verbs of a matter discussed: «соглашение … не обсуждалось» denies it
DISCUSSING = frozenset({"обсуждаться", "обсуждать", "рассматриваться", "рассматривать"})
#: verbs of preparing a document not yet signed («готовит соглашение с Татарстаном»)
PREPARING = frozenset({"готовить", "подготавливать", "разрабатывать", "прорабатывать"})
#: verbs of hoping for a step («рассчитывает вступить», «надеется подписать»): with no verb of
#: signing done, an agreement only hoped for
HOPE = frozenset({"рассчитывать", "надеяться"})


def hopes_to(parsed: ParsedText, sent: int, steps: frozenset[str] | None = None) -> bool:
    """«регион рассчитывает вступить в АИРР»: a verb of hoping with an infinitive after it
    («рассчитывает на поддержку» hopes for no step of its own) — one of ``steps`` if given
    («стороны рассчитывают вынести проект на заседание» hopes for no joining)."""
    s = parsed.sentences[sent]
    tokens = parsed.tokens
    return any(
        tokens[k].lemma in HOPE
        and any(
            t.feats.get("VerbForm") == "Inf" and (steps is None or t.lemma in steps)
            for t in tokens[k + 1 : min(k + 5, s.last)]
        )
        for k in range(s.first, s.last)
    )


#: words of joining an agreement, a project or an association
JOINING = frozenset({"присоединиться", "присоединение", "присоединяться", "вступить", "вступление"})
# «вопрос о приёме может рассмотреть общее собрание»: admission, seen from the association
JOINING |= {"прием", "приём"}
#: verbs that report speech («сообщил», «отметил»): their tense is the report's, not the fact's
SPEECH_VERBS = words("speech_verbs")
#: words of weighing a step not yet taken («изучают возможность заключить …»)
WEIGHING = frozenset({"возможность", "изучать", "прорабатывать", "обсуждать"})
#: words that say who took part in an event
PARTICIPATION = frozenset(
    {
        "участие",
        "участвовать",
        "поучаствовать",
        "присутствовать",
        "делегация",
        "представитель",
        # who came: «В столицу Югры приехали команды пяти регионов»
        "приехать",
        "прибыть",
        "съехаться",
        # who brought what to a fair: «Свою продукцию привезли аграрии Псковской, Смоленской …»
        "привезти",
        # who joined a meeting over a video link: «К обсуждению подключились руководители …»
        "подключиться",
        # who competed: «в турнире соревновались сборные Хабаровского и Приморского краёв» (not
        # «бороться», which regions also do for the same investor)
        "соревноваться",
        "состязаться",
    }
)
#: words that tell who took part where they stand next to the event («Участники представляли
#: регионы …»), though elsewhere «участники» may only discuss someone else's example
TOLD = PARTICIPATION | {"участник", "представлять", "представитель"}
#: nouns a region adjective may qualify and still name the region acting («челябинская делегация»)
ACTOR_NOUNS = frozenset(
    {
        "делегация",
        "власть",
        "правительство",
        "губернатор",
        "глава",
        "сторона",
        "регион",
        "команда",
        "администрация",
        "министерство",
        "парламент",
        "дума",
        "депутат",
        "чиновник",
        "руководство",
        "лидер",
        "премьер",
        "мэр",
        "область",
        "край",
        "республика",
        "округ",
        # «мы вместе с томскими коллегами утвердили план»: officials of the region
        "коллега",
    }
)
#: first words of a sentence that recalls the past rather than reports the event
BACKGROUND_OPENERS = frozenset({"напомнить", "ранее", "прежде", "накануне"})
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
        "Festival",
        "Competition",
        "Camp",
        "Training",
    }
)


def sentence_lemmas(parsed: ParsedText, sent: int) -> set[str]:
    s = parsed.sentences[sent]
    return {t.lemma for t in parsed.tokens[s.first : s.last]}


def _acting_adjective(parsed: ParsedText, place: PlaceMention) -> bool:
    """«челябинская делегация», «томский губернатор» act; «петербургская компания» does not."""
    if place.rule != "adjective" or place.last >= len(parsed.tokens):
        return True
    return parsed.tokens[place.last].lemma in ACTOR_NOUNS


def actor_regions(
    sent: int,
    places: list[PlaceMention],
    mentions: list[PersonMention],
    person_regions: dict[int, list[str]],
    skip: set[int] = frozenset(),
) -> list[str]:
    """Regions acting in a sentence: named as actors (not venues, not inside an event's name or
    in the ``skip`` tokens), or represented by a person named there."""
    codes = [
        p.code
        for p in places
        if p.sent == sent
        and p.kind in ("region", "foreign")
        and not p.venue
        and not p.in_event_name
        and not p.in_proper_name
        and not p.in_career
        and not p.locates_a_city
        and p.first not in skip
    ]
    for m in mentions:
        if m.sent == sent:
            codes += person_regions.get(m.person, [])
    return list(dict.fromkeys(codes))


def regions_of_people(
    posts: list[Post], for_region_only: bool = False, no_cities: bool = False
) -> dict[int, list[str]]:
    """Person → the regions of their posts: all of them; only those that speak for the region
    (``for_region_only``: a governor, a regional minister); or all but a city's (``no_cities``: a
    mayor takes part for the city, a rector's university for its region)."""
    out: dict[int, list[str]] = {}
    for post in posts:
        if not post.region or (for_region_only and not post.for_region):
            continue
        if no_cities and "city" in post.region_rule:
            continue
        if post.role.startswith(("бывший", "бывшая", "экс-")):
            continue  # a post held before: the person takes part for no region by it
        out.setdefault(post.person, []).append(post.region)
    return out


def find_cooperations(
    parsed: ParsedText,
    places: list[PlaceMention],
    mentions: list[PersonMention],
    posts: list[Post],
    events: list[Event],
    organisations: list[Organisation] = (),
    quotes: list[Quote] = (),
) -> list[Cooperation]:
    # an agreement binds regions through those who speak for them: a governor, a regional
    # minister — not a company's director or a city's mayor, and not a region inside their titles
    signatories = regions_of_people(posts, for_region_only=True)
    not_acting = {i for post in posts for i in range(*post.span)}
    # «со стороны столицы Татарстана» speaks for the city, not the region
    not_acting |= {p.first for p in places if p.first > 0 and parsed.tokens[p.first - 1].lemma == "столица"}
    # «Вслед за Кубанью: Ставрополье и Калмыкия …», «в отличие от Татарстана»: a region compared with
    not_acting |= {p.first for p in places if _compared(parsed.tokens, p.first)}
    acting = [p for p in places if _acting_adjective(parsed, p)]
    ours = first_person_regions(parsed, quotes, posts, signatories)
    # «По словам Юрия Зайцева, за образец взяли соглашение между Прикамьем и Удмуртией»: the one
    # who tells of an agreement is no party to it
    told_by = [m for m in mentions if not reporting(parsed.tokens, m.first)]
    heads = {
        post.person: post.region
        for post in posts
        if post.for_region and post.region and post.role.split()[0] in _HEAD_TITLES
    }
    cooperations = _agreements(parsed, acting, told_by, signatories, not_acting, ours, heads)
    taking_part = regions_of_people(posts, no_cities=True)
    beside = [p for p in places if not _compared(parsed.tokens, p.first)]
    cooperations += _joint_events(parsed, beside, mentions, taking_part, events, organisations)
    cooperations += _signed_at_an_event(parsed, places, mentions, taking_part, events, cooperations)
    cooperations += _joint_projects(parsed, acting, cooperations, ours, mentions, taking_part)
    cooperations += _talks(parsed, places, told_by, signatories, events, cooperations)
    cooperations += _patronage(parsed, acting, cooperations)
    return cooperations


#: words of one region's patronage over a district of another («шефствует над Васильевским
#: округом», «подшефный район», «шефство над …»)
_PATRONAGE = frozenset({"шефствовать", "шефство", "подшефный"})


def _patronage(parsed: ParsedText, places: list[PlaceMention], found: list[Cooperation]) -> list[Cooperation]:
    """«Ульяновская область, которая с 2022 года шефствует над Васильевским муниципальным
    округом»: the patron region works with the region the district belongs to — the one named
    with the district, or else where the text is filed from or first takes place, or else the one
    it names most."""
    out: list[Cooperation] = []
    regions = [p for p in places if p.kind == "region" and not p.in_event_name]
    counts: dict[str, int] = {}
    for p in regions:
        counts[p.code] = counts.get(p.code, 0) + 1
    # where the text is filed from or tells of first («МЕЛИТОПОЛЬ, 9 октября»): the ward's region
    gaz = gazetteer()
    venues = [
        p.code if p.kind == "region" else gaz.places[("city", p.code)].region
        for p in places
        if p.venue and p.kind in ("region", "city")
    ]
    for s in parsed.sentences:
        if not sentence_lemmas(parsed, s.i) & _PATRONAGE or hopes_to(parsed, s.i):
            continue
        word = next(t.i for t in parsed.tokens[s.first : s.last] if t.lemma in _PATRONAGE)
        patrons = [p.code for p in regions if p.sent == s.i and p.first < word and not p.venue]
        if not patrons:
            continue
        patron = patrons[-1]
        named = [p.code for p in regions if p.sent == s.i and p.first > word and p.code != patron]
        others = sorted((c for c in counts if c != patron), key=lambda c: -counts[c])
        most = others[0] if others and (len(others) == 1 or counts[others[0]] > counts[others[1]]) else None
        ward = next(iter(named), None) or next((c for c in venues if c != patron), None) or most
        if ward is None:
            continue
        parties = tuple(sorted((patron, ward)))
        if any(set(parties) <= set(c.parties) for c in [*found, *out]):
            continue
        out.append(
            Cooperation(
                "JointProject", parties, (s.i,), rule="a region's patronage over a district of another"
            )
        )
    return out


#: words before a region that set it beside the actors rather than among them
_COMPARING = (("вслед", "за"), ("по", "примеру"), ("по", "образцу"), ("в", "отличие", "от"))


def _compared(tokens: list[Token], k: int) -> bool:
    """Is the region at ``k`` named only to compare with («вслед за Кубанью», «в отличие от …»,
    «опыт Татарстана»)?"""
    before = tuple(t.text.lower() for t in tokens[max(k - 3, 0) : k])
    # «опирались на опыт Свердловской области»: whose example, not who took part
    return any(before[-len(words) :] == words for words in _COMPARING) or (
        k > 0 and tokens[k - 1].lemma == "опыт"
    )


def _signed_at_an_event(
    parsed: ParsedText,
    places: list[PlaceMention],
    mentions: list[PersonMention],
    person_regions: dict[int, list[str]],
    events: list[Event],
    cooperations: list[Cooperation],
) -> list[Cooperation]:
    """«… подписали соглашение. Церемония прошла в рамках стратегической сессии АИРР, в работе
    которой также участвовала делегация Архангельской области»: the parties to an agreement
    signed within an event took part in it, with the others the sentence names."""
    out = []
    agreements = [c for c in cooperations if c.kind == "Agreement"]
    # told where the agreement is, or just after a sentence of its signing («Со стороны ЯНАО
    # соглашение подписал …»), when the text reports only that one
    after = {s + 1 for s in range(len(parsed.sentences)) if sentence_lemmas(parsed, s) & SIGNING_VERBS}
    for a in agreements:
        # the gathering the ceremony was part of, before the ceremony itself
        for e in sorted((e for e in events if e.kind in JOINT_EVENTS), key=lambda e: e.kind == "Ceremony"):
            near = [
                s
                for s in e.sents
                if s in a.sents or 0 < s - max(a.sents) <= 2 or (len(agreements) == 1 and s in after)
            ]
            if not near:
                continue
            lemmas = sentence_lemmas(parsed, near[0])
            signing = lemmas & ({"церемония", "подписание"} | SIGNING_VERBS)
            within = lemmas & {"рамка", "поле"}  # «в рамках сессии», «на полях форума»
            others = set(actor_regions(near[0], places, mentions, person_regions)) - set(a.parties)
            parties = tuple(sorted({*a.parties, *others}))
            if signing and within and others and all(c.parties != parties for c in out):
                out.append(
                    Cooperation(
                        "CoParticipation",
                        parties,
                        (near[0],),
                        e.key,
                        "parties to an agreement signed at the event",
                    )
                )
    return out


#: «вместе с», «совместно с»: one region working with another
TOGETHER = frozenset({"вместе", "совместно"})


#: verbs of talking a matter over together
TALK_VERBS = frozenset(
    {"обсудить", "обсуждать", "условиться"}
    # «встретился с Раисом Татарстана Рустамом Миннихановым», «созвонился с коллегой»
    | {"встретиться", "созвониться", "побеседовать", "переговорить"}
)
#: plural subjects that stand for the parties named before («Стороны обсудили …»)
_PARTIES_WORDS = frozenset({"сторона", "руководитель", "министр", "губернатор", "глава", "коллега", "регион"})


def _talks(
    parsed: ParsedText,
    places: list[PlaceMention],
    mentions: list[PersonMention],
    person_regions: dict[int, list[str]],
    events: list[Event],
    found: list[Cooperation],
) -> list[Cooperation]:
    """«Министры Хакасии и Тывы обсудили строительство линии», «Глава Чувашии … провёл разговор с
    главой Якутии. Руководители регионов обсудили …»: those who talked a matter over met, though
    no noun names the meeting — the regions of the people or places before the verb, or, for
    «Стороны», «Руководители регионов», «Министры», those of the sentence before. Not where an
    event of the text already gathers them, nor a talk denied or only planned."""
    tokens = parsed.tokens
    # «на полях форума губернатор … встретился с главой Мордовии»: a forum where each region goes
    # about its own business gathers no one; the talk on its sidelines is a meeting of its own
    told = {x for e in events if not _venue_of_many(parsed, e) for x in e.sents}
    out: list[Cooperation] = []
    for s in parsed.sentences:
        words = tokens[s.first : s.last]
        verb = next(
            (
                t.i
                for t in words
                if (t.lemma in TALK_VERBS or _held_a_talk(tokens, t.i))
                and t.feats.get("Tense") == "Past"
                and t.pos == "VERB"
            ),
            None,
        )
        if verb is None or s.i in told or negated(parsed, s.i, TALK_VERBS):
            continue
        # the regions of those who talked, not where things go from, to or through («грузы из
        # Якутии в Бурятию идут через Иркутскую область, поэтому стороны обсудили …»)
        before = [
            p
            for p in places
            if p.sent == s.i
            and p.first < verb
            and not after_place_preposition(tokens, p)
            and tokens[p.first - 1].text.lower() != "через"
        ]
        said = [m for m in mentions if m.sent == s.i and m.first < verb]
        # «Хасанов обсудил с камчатским министром … Еленой Полевой …»: and whom they talked with
        said += _talked_with(tokens, verb, s.last, [m for m in mentions if m.sent == s.i])
        parties = set(actor_regions(s.i, before, said, person_regions))
        subject = [t for t in words if t.i < verb and t.is_word]
        if (
            len(parties) < 2
            and subject
            and subject[0].lemma in _PARTIES_WORDS
            and subject[0].feats.get("Number") == "Plur"
            and s.i > 0
            and parsed.sentences[s.i - 1].para == s.para
        ):
            # «Стороны обсудили …»: the parties of the sentence before
            parties |= set(actor_regions(s.i - 1, places, mentions, person_regions))
        parties_t = tuple(sorted(parties))
        if len(parties_t) < 2 or any(set(parties_t) <= set(c.parties) for c in [*found, *out]):
            continue
        out.append(
            Cooperation("CoParticipation", parties_t, (s.i,), None, rule="regions that talked a matter over")
        )
    return out


#: nouns of a conversation whose other side follows «с»
_CONVERSATIONS = frozenset({"разговор", "беседа", "встреча"})


def _held_a_talk(tokens: list[Token], k: int) -> bool:
    """«провёл телефонный разговор с губернатором …»: holding a conversation is talking."""
    return tokens[k].lemma == "провести" and any(
        t.lemma in ("разговор", "беседа", "переговоры") for t in tokens[k + 1 : k + 4]
    )


def _talked_with(
    tokens: list[Token], verb: int, stop: int, mentions: list[PersonMention]
) -> list[PersonMention]:
    """The person named in «с …» right after a verb of talking (or after «по телефону», «по
    видеосвязи»), up to that name."""
    with_at = next(
        (j for j in range(verb + 1, min(verb + 4, stop)) if tokens[j].text.lower() in ("с", "со")), None
    )
    if with_at is not None and any(not tokens[j].is_word for j in range(verb + 1, with_at)):
        with_at = None
    if with_at is None:
        # «обсудил вступление области в ассоциацию в телефонном разговоре с председателем …»
        with_at = next(
            (
                j + 1
                for j in range(verb + 1, stop - 1)
                if tokens[j].lemma in _CONVERSATIONS and tokens[j + 1].text.lower() in ("с", "со")
            ),
            None,
        )
    if with_at is None:
        return []
    for j in range(with_at + 1, stop):
        # «с председателем Совета АИРР, Раисом Татарстана Рустамом Миннихановым»: a title in
        # apposition after a comma still leads to the name; a clause of its own does not
        if tokens[j].text in ".;:" or tokens[j].is_finite_verb:
            return []
        m = next((m for m in mentions if m.first == j), None)
        if m is not None:
            return [m]
    return []


def _joint_projects(
    parsed: ParsedText,
    places: list[PlaceMention],
    found: list[Cooperation],
    ours: dict[int, str] | None = None,
    mentions: list[PersonMention] = (),
    person_regions: dict[int, list[str]] | None = None,
) -> list[Cooperation]:
    """«Ульяновская область запустила программу вместе с Татарстаном»: the regions named as
    acting before «вместе с» work with the one named right after it, and «Татарстан и Мордовия
    вместе запускают …» with each other — a cooperation of its own
    when no agreement or event of the text already joins them, and not when it is only a wish.
    In the first person, «мы вместе с томскими коллегами утвердили план» is the speaker's region
    with the one named after «вместе с», or with the regions of the people named there."""
    tokens = parsed.tokens
    out: list[Cooperation] = []
    for s in parsed.sentences:
        lemmas = sentence_lemmas(parsed, s.i)
        # («Заявку на создание кластера республика готовит совместно с Татарстаном»: a joint bid
        # is joint work, an application to join is a wish)
        intent = lemmas & INTENT if lemmas & INTENT != {"заявка"} or lemmas & JOINING else set()
        if not lemmas & TOGETHER or intent or lemmas & LEAVING or hopes_to(parsed, s.i):
            continue
        if (lemmas & _BELONGING and not lemmas & _JOINT_BODIES) or "рейтинг" in lemmas or "лидер" in lemmas:
            # «входит в АИРР с момента её создания, вместе с соседней Томской областью», «по итогам
            # рейтинга остаётся в группе лидеров вместе с Москвой»: being somewhere together
            continue
        here = [
            p
            for p in places
            if p.sent == s.i
            and p.kind in ("region", "foreign")
            and not p.in_event_name
            and not p.in_proper_name
        ]
        for k in range(s.first, s.last):
            if tokens[k].lemma not in TOGETHER:
                continue
            actors = [p.code for p in here if p.last <= k and not p.venue]
            if not actors and (anaphor := _anaphoric_actor(parsed, s.i, k, places)):
                actors = [anaphor]  # «… регион вместе с Калужской областью реализовал проект»
            opening = next((j for j in range(s.first, s.last) if tokens[j].is_word), s.first)
            if (
                not actors
                and ours
                and s.i in ours
                and (
                    _we_before(tokens, s.first, s.last if k == opening else k)
                    # «В этом году вместе с другими членами ассоциации — Татарстаном, … — мы
                    # запустили программу»: «мы» right after the partners, before its verb
                    or _we_after_partners(tokens, k, s.last)
                )
            ):
                # «мы вместе с томскими коллегами утвердили план», «Вместе с коллегами … мы
                # запустили …»
                actors = [ours[s.i]]
            if k + 1 < s.last and tokens[k + 1].text.lower() in ("с", "со"):
                partners = _listed_from(tokens, here, k + 2)  # «вместе с Хакасией и Тывой»
                if not partners and k + 3 < s.last and tokens[k + 2].lemma in ACTOR_NOUNS:
                    # «Вместе с правительством Московской области мы …»: the region of the body
                    partners = _listed_from(tokens, here, k + 3, next_only=True)
                if not partners:
                    # «Вместе с коллегами по ассоциации, Томской и Новосибирской областями, …»,
                    # «вместе с другими членами ассоциации — Татарстаном, …»: the regions in
                    # apposition to the partners' noun
                    marks = (",", "—", "–")
                    comma = next(
                        (j for j in range(k + 3, min(k + 7, s.last)) if tokens[j].text in marks), None
                    )
                    partners = _listed_from(tokens, here, comma + 1, next_only=True) if comma else []
                if not actors and k == opening and partners:
                    # «Вместе с томичами в группу вошли представители Новосибирской области и
                    # Красноярского края»: those named after the partners act with them
                    last = max(p.last for p in here if p.code in partners and p.first >= k)
                    actors = [p.code for p in here if p.first >= last and not p.venue]
                if not partners and person_regions:
                    # «вместе с председателем Верховного Совета Республики Хакасия Игорем
                    # Чаптыковым и …»: the regions of the people named with it
                    verb = next((j for j in range(k + 2, s.last) if tokens[j].pos == "VERB"), s.last)
                    partners = [
                        c
                        for m in mentions
                        if m.sent == s.i and k < m.first < verb
                        for c in person_regions.get(m.person, [])
                    ]
                if not partners or not actors:
                    continue
                parties = tuple(sorted({*actors, *partners}))
            elif _doing_together(tokens, k, s):
                # «Республики вместе запускают программу»: the regions named before act as one;
                # «программу совместно провели Ульяновская область и Татарстан»: or those the
                # verb has after it as its subject
                parties = tuple(sorted(set(actors or _subject_after(tokens, here, k, s))))
            else:
                continue  # «Москва и Петербург вместе обеспечивают половину инвестиций»: a sum
            if len(parties) < 2 or any(set(parties) <= set(c.parties) for c in [*found, *out]):
                continue
            rule = "regions working together («вместе», «вместе с»)"
            out.append(Cooperation("JointProject", parties, (s.i,), rule=rule))
    for s in parsed.sentences:
        # «совместная программа Нижегородской и Самарской областей»: a joint undertaking named
        # with the regions it belongs to (not one they «могут подписать»)
        lemmas = sentence_lemmas(parsed, s.i)
        if lemmas & (INTENT | LEAVING) or hopes_to(parsed, s.i) or _only_intended(parsed, s.i, lemmas):
            continue
        if lemmas & (POSTPONED | DENYING) or _signing_to_come(parsed, s.i):
            continue  # «Подписание соглашения Севастополя и Калужской области перенесено на осень»
        here = [p for p in places if p.sent == s.i and p.kind == "region" and not p.in_event_name]
        for k in range(s.first, s.last - 1):
            if tokens[k].lemma == "совместный" and tokens[k + 1].lemma in _UNDERTAKINGS:
                kind, after, rule = "JointProject", k + 2, "a joint undertaking of the regions named after it"
            elif tokens[k].lemma in BINDING_NOUNS:
                # «соглашение Курганской и Свердловской областей в сфере образования»
                kind, after, rule = "Agreement", k + 1, "an agreement of the regions named after it"
            else:
                continue
            parties = tuple(sorted(set(_listed_from(tokens, here, after, next_only=kind == "Agreement"))))
            if len(parties) < 2 or any(set(parties) <= set(c.parties) for c in [*found, *out]):
                continue
            out.append(Cooperation(kind, parties, (s.i,), rule=rule))
    for s in parsed.sentences:
        # «Вологодчина, Коми и Архангельская область внесли в Государственную Думу совместную
        # законодательную инициативу»: the regions named as the subject of a joint undertaking
        lemmas = sentence_lemmas(parsed, s.i)
        if lemmas & (INTENT | LEAVING) or hopes_to(parsed, s.i) or joining_later(parsed, s.i):
            continue
        # «совместный» says it of whatever it names («запускают совместный акселератор»);
        # «общий» only of what is made («общий стенд», not «общая площадь»)
        joint = next(
            (
                k
                for k in range(s.first, s.last - 1)
                if (tokens[k].lemma == "совместный" and tokens[k + 1].pos in ("NOUN", "ADJ"))
                or (
                    tokens[k].lemma == "общий"
                    and any(t.lemma in _JOINT_THINGS for t in tokens[k + 1 : min(k + 3, s.last)])
                )
            ),
            None,
        )
        if joint is None:
            continue
        clause_start, _ = comma_clause(parsed, s.i, frozenset({tokens[joint].lemma}))
        parties = _named_as_subject(parsed, places, s.i, clause_start, joint)
        if len(parties) < 2 or any(set(parties) <= set(c.parties) for c in [*found, *out]):
            continue
        out.append(Cooperation("JointProject", parties, (s.i,), rule="regions whose joint undertaking it is"))
    for s in parsed.sentences:
        # «Под брендом «Золотое кольцо» объединились Ярославская, Костромская … области»,
        # «Кузбасс и Алтай объединили усилия»: regions that unite, named as its subject
        lemmas = sentence_lemmas(parsed, s.i)
        uniting = "объединиться" in lemmas or {"объединить", "усилие"} <= lemmas
        if not uniting or lemmas & (INTENT | LEAVING) or hopes_to(parsed, s.i) or joining_later(parsed, s.i):
            continue
        if negated(parsed, s.i, frozenset({"объединиться", "объединить"})):
            continue
        sentence = parsed.sentences[s.i]
        parties = _named_as_subject(parsed, places, s.i, sentence.first, sentence.last)
        if len(parties) < 2 or any(set(parties) <= set(c.parties) for c in [*found, *out]):
            continue
        out.append(Cooperation("JointProject", parties, (s.i,), rule="regions that unite («объединились»)"))
    return out


def _named_as_subject(
    parsed: ParsedText, places: list[PlaceMention], sent: int, start: int, stop: int
) -> tuple[str, ...]:
    """The regions named in the nominative between ``start`` and ``stop`` of a sentence, where
    they act rather than as venues («Коми», which does not decline, has no case)."""
    tokens = parsed.tokens
    return tuple(
        sorted(
            {
                p.code
                for p in places
                if p.sent == sent
                and p.kind == "region"
                and start <= p.first
                and p.last <= stop
                and not p.venue
                and not p.in_event_name
                and tokens[p.last - 1].case in ("Nom", None)
            }
        )
    )


def _anaphoric_actor(parsed: ParsedText, sent: int, k: int, places: list[PlaceMention]) -> str | None:
    """«Липецкая область входит в АИРР. … в прошлом году регион вместе с Калужской областью
    реализовал проект»: a bare «регион» (or kind noun) in the nominative before ``k`` stands for
    the one region the sentence before names, or else the last of its kind named as a subject."""
    tokens = parsed.tokens
    s = parsed.sentences[sent]
    noun = next(
        (
            t
            for t in tokens[s.first : k]
            if t.lemma in ANAPHORIC_REGION
            and t.case == "Nom"
            and t.text.islower()
            and not (t.i > 0 and tokens[t.i - 1].pos == "ADJ")
        ),
        None,
    )
    if noun is None or sent == 0:
        return None
    before = {
        p.code
        for p in places
        if p.kind == "region" and p.sent == sent - 1 and not p.venue and of_kind(p.code, noun.lemma)
    }
    if len(before) == 1:
        return before.pop()
    return None if before else last_of_kind(places, noun.lemma, s.first, tokens, subjects_only=True)


def _we_after_partners(tokens: list[Token], k: int, last: int) -> bool:
    """Is «мы» the subject right after the «вместе с …» phrase at ``k``, before any verb?"""
    for t in tokens[k + 1 : last]:
        if t.pos == "VERB":
            return False
        if t.lemma == "мы" and t.case in ("Nom", None):
            return True
    return False


def _we_before(tokens: list[Token], first: int, k: int) -> bool:
    """Is «мы» the subject before token ``k``?"""
    return any(t.lemma == "мы" and t.case in ("Nom", None) for t in tokens[first:k])


#: verbs of being in something: belonging to it together is no joint undertaking
_BELONGING = frozenset(
    {"входить", "состоять", "вступить", "войти", "оставаться", "остаться", "находиться", "оказаться"}
)
#: bodies regions work in side by side: entering one together is working together («вместе с
#: томичами в группу вошли …»), unlike entering the association or a rating's group of leaders
_JOINT_BODIES = frozenset({"группа", "консорциум", "кластер", "команда"})
#: what regions undertake together («совместная программа», «совместный проект»)
_UNDERTAKINGS = frozenset({"программа", "проект", "план", "центр", "лаборатория", "консорциум"})
#: what regions make or put forward together, as the object of their verb
_JOINT_THINGS = _UNDERTAKINGS | {"инициатива", "заявка", "стенд", "маршрут", "экспозиция"}


def _listed_from(
    tokens: list[Token], places: list[PlaceMention], k: int, next_only: bool = False
) -> list[str]:
    """The regions of a list that starts at token ``k`` or the one after («с Хакасией и Тывой»);
    with ``next_only``, at ``k`` itself."""
    at = {p.first: p for p in places}
    start = next((j for j in ((k,) if next_only else (k, k + 1)) if j in at), None)
    codes: list[str] = []
    j = start
    while j is not None and j in at:
        codes.append(at[j].code)
        nxt = at[j].last
        j = nxt + 1 if nxt < len(tokens) and tokens[nxt].text in (",", "и") else None
    return codes


#: verbs of doing a thing together («вместе запускают», «работают вместе»)
DOING = frozenset(
    {
        "запускать",
        "запустить",
        "реализовывать",
        "реализовать",
        "работать",
        "создавать",
        "создать",
        "развивать",
        "строить",
        "построить",
        "готовить",
        "подготовить",
        "проводить",
        "провести",
        "разрабатывать",
        "разработать",
        "продвигать",
        "финансировать",
        "открыть",
        "открывать",
    }
)


def _subject_after(tokens: list[Token], places: list[PlaceMention], k: int, sentence: Sentence) -> list[str]:
    """«совместно провели Ульяновская область и Татарстан»: the regions listed in the nominative
    right after the verb of doing that follows «совместно» at ``k``."""
    verb = next(
        (
            j
            for j in range(k + 1, min(k + 3, sentence.last))
            if tokens[j].lemma in DOING and tokens[j].pos == "VERB"
        ),
        None,
    )
    if verb is None or verb + 1 >= sentence.last or tokens[verb + 1].case != "Nom":
        return []
    return _listed_from(tokens, [p for p in places if not p.venue], verb + 1, next_only=True)


def _doing_together(tokens: list[Token], k: int, sentence: Sentence) -> bool:
    """Is the «вместе» at ``k`` next to a verb of doing (not «вместе взятые», not a sum)?"""
    near = tokens[max(k - 2, sentence.first) : min(k + 3, sentence.last)]
    return any(t.lemma in DOING and t.pos == "VERB" for t in near)


def first_person_regions(
    parsed: ParsedText, quotes: list[Quote], posts: list[Post], signatories: dict[int, list[str]]
) -> dict[int, str]:
    """Sentence → the region «мы» stands for in it: the region of the speaker of a quote that
    holds the sentence, or of the interviewee in an interview's answers (paragraphs that open with
    a dash and ask nothing). The interviewee is the first person the text gives a post."""
    ours: dict[int, str] = {}
    for q in quotes:
        regions = signatories.get(q.speaker, []) if q.speaker is not None else []
        if len(set(regions)) == 1:
            for s in parsed.sentences:
                # a sentence that opens inside the quote (or with its «) speaks in its voice,
                # though «— сказал …» may close it
                if q.start - 1 <= s.start < q.stop:
                    ours[s.i] = regions[0]
    speaker = interviewee(posts)
    regions = set(signatories.get(speaker, [])) if speaker is not None else set()
    if len(regions) == 1:
        region = regions.pop()
        for s in interview_answers(parsed):
            ours.setdefault(s, region)
    signed = _columnist(parsed, posts)
    if signed is not None and signed.region:
        # a column signed under its headline («Игорь Вельмакин, заместитель председателя
        # правительства Республики Мордовия», «Татьяна Ершова, директор департамента … Югры»):
        # «мы» of its text is the author's region, whatever body the author works in
        for s in parsed.sentences:
            if s.para >= 2:
                ours.setdefault(s.i, signed.region)
    return ours


def _columnist(parsed: ParsedText, posts: list[Post]) -> Post | None:
    """The author of a column: the person a one-line paragraph right under the headline names,
    with the post after the name and nothing else, where the text goes on in the first person."""
    byline = [s for s in parsed.sentences if s.para == 1]
    if len(byline) != 1 or byline[0].stop - byline[0].start > 200 or parsed.sentences[0].para != 0:
        return None
    signed = [p for p in posts if p.sent == byline[0].i and p.rule == "role after the name"]
    if len(signed) != 1 or signed[0].span[0] > byline[0].first + 5:
        return None
    first_person = any(t.text.lower() in ("я", "мы", "нами", "нас") for t in parsed.tokens[byline[0].last :])
    return signed[0] if first_person else None


def interviewee(posts: list[Post]) -> int | None:
    """The person an interview is with: the first the text gives a post («Министр … Ольга Белых
    рассказала нашему изданию …»)."""
    return min(posts, key=lambda p: p.sent).person if posts else None


def with_interviewees_region(posts: list[Post], parsed: ParsedText) -> list[Post]:
    """«А в 2023-м губернатор Андрей Беседин подписал соглашение …», says the Kaliningrad deputy
    governor: a regional post the answers of an interview leave to the context is of the
    interviewee's region, not of the region named last."""
    answers = interview_answers(parsed)
    who = interviewee(posts)
    region = next((p.region for p in posts if p.person == who and p.region), None)
    if not answers or region is None:
        return posts
    return [
        replace(
            p, region=region, region_rule="regional post in an interview's answers: the interviewee's region"
        )
        if p.sent in answers
        and p.person != who
        and p.region_rule in CONTEXT_RULES
        and not _partner_named(parsed, p)
        else p
        for p in posts
    ]


def _partner_named(parsed: ParsedText, post: Post) -> bool:
    """Is the post named after a preposition («обсуждали с губернатором Андреем Травниковым»): a
    partner the answer speaks with, whose region the context gives?"""
    k = post.span[0] - 1
    return k >= 0 and parsed.tokens[k].pos == "ADP"


def interview_answers(parsed: ParsedText) -> set[int]:
    """The sentences of an interview's answers: paragraphs that open with a dash and ask nothing."""
    paragraphs: dict[int, list[Sentence]] = {}
    for s in parsed.sentences:
        paragraphs.setdefault(s.para, []).append(s)
    return {
        s.i
        for sents in paragraphs.values()
        if parsed.tokens[sents[0].first].text in "—–"
        and not parsed.text[sents[0].start : sents[-1].stop].rstrip().endswith("?")
        for s in sents
    }


def _partner_answered(parsed: ParsedText, sent: int, places: list[PlaceMention], we: str) -> str | None:
    """The one region a verbless fragment right before names after «с» («С Новосибирской
    областью.»), in the same paragraph: an answer to «с кем?» that the sentence goes on about."""
    if sent == 0:
        return None
    before = parsed.sentences[sent - 1]
    if before.para != parsed.sentences[sent].para:
        return None
    words = [t for t in parsed.tokens[before.first : before.last] if t.is_word]
    if not words or words[0].text.lower() not in ("с", "со") or any(t.pos in ("VERB", "AUX") for t in words):
        return None
    named = {p.code for p in places if p.sent == sent - 1 and p.kind == "region" and p.code != we}
    return named.pop() if len(named) == 1 else None


def _binding_with(parsed: ParsedText, sent: int) -> bool:
    """Does a binding agreement's noun have «с» right after it («соглашение с Брянской областью»)?"""
    s = parsed.sentences[sent]
    tokens = parsed.tokens
    return any(
        t.lemma in BINDING_NOUNS and t.i + 1 < s.last and tokens[t.i + 1].text.lower() in ("с", "со")
        for t in tokens[s.first : s.last]
    )


def _parties_after_with(
    parsed: ParsedText, sent: int, places: list[PlaceMention], parties: list[str]
) -> bool:
    """Are the parties all named after «с», the first of them right after it, and no one else
    named before it as signing («соглашение с Тульской и Московской областями»)?"""
    named = sorted((p for p in places if p.sent == sent and p.code in parties), key=lambda p: p.first)
    if not named or named[0].first == 0:
        return False
    return parsed.tokens[named[0].first - 1].text.lower() in ("с", "со") and {p.code for p in named} == set(
        parties
    )


#: nouns of a count («по числу подписанных соглашений»)
_COUNTS = frozenset({"число", "количество"})


def _signings_counted(parsed: ParsedText, sent: int) -> bool:
    """«Лидерами по числу подписанных документов стали Москва, Татарстан и Башкортостан»: the
    only signing the sentence tells is one a count ranks the regions by, each on its own."""
    tokens = parsed.tokens
    s = parsed.sentences[sent]
    signing = [k for k in range(s.first, s.last) if tokens[k].lemma in SIGNING_VERBS]
    return (
        bool(signing)
        and all(tokens[k].feats.get("VerbForm") == "Part" or tokens[k].pos == "ADJ" for k in signing)
        and all(any(tokens[j].lemma in _COUNTS for j in range(max(s.first, k - 2), k)) for k in signing)
    )


def speaks_as_we(parsed: ParsedText, sent: int) -> bool:
    """Does the sentence speak in the first person plural («мы подписали», «нами», «у нас», «наше
    министерство и Министерство … Татарстана подписали»)?"""
    s = parsed.sentences[sent]
    return any(t.text.lower() in _WE for t in parsed.tokens[s.first : s.last])


_WE = frozenset({"мы", "нами", "нас", "наш", "наша", "наше", "наши", "нашего", "нашей", "нашему", "нашим"})


def _agreements(parsed, places, mentions, person_regions, skip, ours=None, heads=None) -> list[Cooperation]:
    """«соглашение о сотрудничестве между X и Y», «X и Y подписали», «документ подписали X, Y и Z»,
    «X и Y договорились провести совместную выставку»."""
    agreement_in_doc = any(sentence_lemmas(parsed, s.i) & AGREEMENT_NOUNS for s in parsed.sentences)
    groups: dict[tuple[str, ...], list[int]] = {}
    alone: dict[int, str] = {}  # signings with one party named: the sentence → the region
    for s in parsed.sentences:
        lemmas = sentence_lemmas(parsed, s.i)
        signed = (
            bool(lemmas & SIGNING_VERBS or {"поставить", "подпись"} <= lemmas)  # «подписи поставили»
            and not negated(parsed, s.i, SIGNING_VERBS | {"поставить"})
            and not _only_intended(parsed, s.i, lemmas)
            and not _only_infinitives(parsed, s.i)
            and not lemmas & (POSTPONED | DENYING)
            and not _signing_to_come(parsed, s.i)
            and not _signings_counted(parsed, s.i)
        )
        # signed: «X и Y подписали соглашение», «документ подписали X, Y и Z»; or an agreement
        # named with its parties: «в рамках соглашения о сотрудничестве между X и Y»
        named = (
            bool(lemmas & BINDING_NOUNS)
            # «соглашение, которое действует между X и Y», «трёхстороннее соглашение края с …»; in
            # an answer or a quote, «соглашение с Брянской областью» is the speaker's region's
            and (
                bool({"сотрудничество", "между", "двусторонний", "трёхсторонний", "трехсторонний"} & lemmas)
                or (bool(ours) and s.i in ours and _binding_with(parsed, s.i))
            )
            and not lemmas & (POSTPONED | DENYING)
            # «Отдельное соглашение между Томской областью и Татарстаном сейчас не обсуждается»
            and not negated(parsed, s.i, SIGNING_VERBS | DISCUSSING)
            # «регион рассчитывает выйти на соглашение о сотрудничестве с …»: hoped for, not made
            and not _only_intended(parsed, s.i, lemmas)
            # «готовит соглашение о сотрудничестве с Татарстаном», «будет подписано»: not yet
            and not (lemmas & PREPARING and not signed)
            and not _signing_to_come(parsed, s.i)
            and not (_a_draft(parsed, s.i) and not signed)
            # «… однако текст ещё согласовывается с якутской стороной»: still being agreed
            and not (lemmas & _BEING_AGREED and not signed)
        )
        agreed_jointly = "договориться" in lemmas
        nouns = AGREEMENT_NOUNS | (DOCUMENT_NOUNS if agreement_in_doc else set())
        # «С Башкортостаном соглашение действует с 2021 года», says the Kurgan governor: an
        # agreement in force between the speaker's region and the one named with «с»
        in_force = (
            bool(lemmas & BINDING_NOUNS)
            # «С удмуртскими коллегами у нас давнее соглашение»: one the speaker's region has
            and ("действовать" in lemmas or _phrase(parsed, s.i, ("у", "нас")))
            and not negated(parsed, s.i, frozenset({"действовать"}))
            and not lemmas & (INTENT | PREPARING | DENYING | POSTPONED)
            and not _a_draft(parsed, s.i)
            and bool(ours)
            and s.i in ours
        )
        if in_force and not (signed or named):
            partners = [
                p.code
                for p in places
                if p.sent == s.i and p.first > 0 and parsed.tokens[p.first - 1].text.lower() in ("с", "со")
            ]
            parties = tuple(sorted({ours[s.i], *partners}))
            if len(partners) == 1 and len(parties) == 2:
                groups.setdefault(parties, []).append(s.i)
            continue
        # «… главным стало соглашение с Оренбургской областью. Его в апреле подписали …»: the
        # agreement the sentence before names, by its pronoun
        by_pronoun = (
            s.i > 0
            and parsed.tokens[s.first].text.lower() in ("его", "её", "ее")
            and bool(sentence_lemmas(parsed, s.i - 1) & AGREEMENT_NOUNS)
        )
        if (signed and (lemmas & nouns or agreed_jointly or by_pronoun)) or named:
            clauses = _signing_clauses(parsed, s.i) if signed else []
            if len(clauses) >= 2:
                # «X подписала соглашение с Y, а годом позже Z и W утвердили …»: two agreements
                for first, last in clauses:
                    inside = [p for p in places if first <= p.first < last]
                    said = [m for m in mentions if first <= m.first < last]
                    parties = tuple(sorted(set(actor_regions(s.i, inside, said, person_regions, skip))))
                    if len(parties) >= 2:
                        groups.setdefault(parties, []).append(s.i)
                continue
            # «Омская область подписала соглашение с Хакасией и обсудила сотрудничество с Тывой»:
            # what follows another verb is not signed
            parties = actor_regions(s.i, *_signing_part(parsed, s.i, places, mentions), person_regions, skip)
            # «… подписали соглашение, в котором Алтайский край уже не упоминается»
            left_out = {p.code for p in places if p.sent == s.i and _clause_denies(parsed, p)}
            parties = [c for c in parties if c not in left_out]
            mine = ours.get(s.i) if ours else None
            if mine and mine not in parties and _parties_after_with(parsed, s.i, places, parties):
                # «— Первый — трёхстороннее соглашение с Тульской и Московской областями», in an
                # answer or a quote: an agreement «с» regions is the speaker's region's with them
                parties = [*parties, mine]
            we = ours.get(s.i) if ours and speaks_as_we(parsed, s.i) else None
            if we and we not in parties and _phrase(parsed, s.i, ("с", "нами")):
                parties = [*parties, we]  # «Вместе с нами меморандум подписали Татарстан, …»
            if we and len(set(parties) - {we}) >= 2 and "двусторонний" in lemmas:
                # «С Воронежской и Тамбовской областями у нас действуют двусторонние соглашения»:
                # one agreement with each
                for other in sorted(set(parties) - {we}):
                    groups.setdefault(tuple(sorted((we, other))), []).append(s.i)
                continue
            if len(parties) < 2 and we:
                # «Мы подписали соглашение с Томской областью», says the Novosibirsk minister
                parties = [*parties, we]
                if len(set(parties)) < 2 and (partner := _partner_by_kind(parsed, s.i, places, we)):
                    parties = [*parties, partner]  # «мы подписали с этой республикой соглашение»
                if len(set(parties)) < 2 and (partner := _partner_answered(parsed, s.i, places, we)):
                    # «— С кем работаете теснее всего? — С Новосибирской областью. В марте мы
                    # подписали соглашение …»: the partner the answer opened with
                    parties = [*parties, partner]
            if len(parties) == 1 and (signer := _signer_by_pronoun(parsed, s.i, mentions, person_regions)):
                # «Руководителем офиса назначен … Денис Архипов. Соглашение он подписал с министром
                # … Мордовии»: «он» is the one the sentence before named
                parties = [*parties, signer]
            if len(parties) == 1 and (titled := _signer_by_title(parsed, s.i, mentions, heads or {})):
                # «губернатор назвал соглашение с Республикой Хакасия, которое он подписал с главой
                # республики …»: the governor the text is about, named by title alone
                parties = [*parties, titled]
            if len(parties) == 1 and (kind_subject := _region_named_by_kind(parsed, s.i, places)):
                # «При нём край подписал с Амурской областью соглашение»: «край» is the one named
                # before
                parties = [*parties, kind_subject]
            if owner := _agreement_of_a_kind(parsed, s.i, places):
                # «трёхстороннее соглашение края с Хакасией и Тывой»: «края» is the one named before
                parties = [*parties, owner]
            hosted_only = False
            if len(parties) < 2 and not _has_subject(parsed, s.i, places, mentions):
                # «В Татарстане и Башкирии подписали соглашение», «В Северной Осетии подписан
                # договор с Кабардино-Балкарией»: with no one named as signing, the host signs
                hosts = [p.code for p in places if p.sent == s.i and p.venue and p.kind == "region"]
                hosted_only = bool(hosts) and not parties
                parties += hosts
            parties = tuple(sorted(set(parties)))
            if len(parties) >= 2:
                groups.setdefault(parties, []).append(s.i)
            elif len(parties) == 1 and signed and not hosted_only:
                # (not «Соглашение было подписано в Москве» after the parties were told: the
                # place of signing, no party joining them)
                alone[s.i] = parties[0]
    # «Соглашение подписали министры Татарстана, Самарской и Ульяновской областей … От Пензенской
    # области документ подписал Сергей Ефимов»: one more party to the agreement just told
    for sent, code in alone.items():
        told = [parties for parties, sents in groups.items() if sent - 1 in sents and code not in parties]
        if len(told) == 1 and _the_document_again(parsed, sent):
            groups.setdefault(tuple(sorted({*told[0], code})), []).extend([*groups[told[0]], sent])
    if (
        agreement_in_doc
        and len(parsed.sentences) > 1
        and _signed_somewhere(parsed)
        and not digest_items(parsed)
        and not _signed_by_others(parsed, mentions, person_regions)
        and not _tells_something_else(parsed, 0)
        # «… предложило сахалинским депутатам заключить соглашение», «одобрило проект соглашения»
        and not (
            sentence_lemmas(parsed, 0) & SIGNING_VERBS
            and _only_intended(parsed, 0, sentence_lemmas(parsed, 0))
        )
        and not _a_draft(parsed, 0)
        # «Самарская область предложила Оренбуржью соглашение»: offered, not signed
        and not (
            sentence_lemmas(parsed, 0) & _ASKING
            and sentence_lemmas(parsed, 0) & AGREEMENT_NOUNS
            and not sentence_lemmas(parsed, 0) & SIGNING_VERBS
        )
        # «Подписание соглашения между Калининградской областью и Крымом отложено», unless the
        # text says the sides agreed on the document («стороны полностью согласовали текст»)
        and not (sentence_lemmas(parsed, 0) & POSTPONED and not _text_agreed(parsed))
    ):
        # the headline names the parties where the body says only «три региона подписали соглашение»;
        # a digest's headline names the regions of its items («Обзор недели: Забайкалье, Бурятия»)
        # a headline of two clauses, each with its signing («Башкирия и Оренбуржье подписали
        # соглашение, Самарская область договорилась с Самаркандом»), names two agreements
        clauses = _signing_clauses(parsed, 0)
        spans = clauses if len(clauses) >= 2 else [(parsed.sentences[0].first, parsed.sentences[0].last)]
        for first, last in spans:
            inside = [p for p in places if p.sent != 0 or first <= p.first < last]
            said = [m for m in mentions if m.sent != 0 or first <= m.first < last]
            signing = _signing_part(parsed, 0, inside, said)
            title = tuple(sorted(actor_regions(0, *signing, person_regions, skip)))
            if len(title) >= 2:
                groups.setdefault(title, []).append(0)
    wide = {s for parties, sents in groups.items() if len(parties) >= 3 for s in sents}
    groups = _maximal(groups)
    hub = _hub(parsed, groups, wide, places, mentions, person_regions)
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


def _text_agreed(parsed: ParsedText) -> bool:
    """Does the text say the sides agreed on the document («согласовали текст»), not that they
    could not («не смогли согласовать раздел документа»)?"""
    agreeing = frozenset({"согласовать"})
    return any(
        sentence_lemmas(parsed, s.i) & agreeing
        and not negated(parsed, s.i, agreeing)
        and not negated(parsed, s.i, frozenset({"смочь", "удаться", "суметь"}))
        for s in parsed.sentences
    )


def _tells_something_else(parsed: ParsedText, sent: int) -> bool:
    """Does the sentence tell of joining or leaving, or of someone taking a post, rather than
    agreeing («Зауралье вступило в АИРР, Ставрополье покинуло ассоциацию», «Корпорацию развития
    Камчатки возглавил бывший сахалинский чиновник»)? Such a headline names no agreement's parties."""
    lemmas = sentence_lemmas(parsed, sent)
    return bool(lemmas & (JOINING | LEAVING | _TAKING_A_POST | _RANKING | {"войти"})) and not lemmas & (
        SIGNING_VERBS | AGREEMENT_NOUNS
    )


#: words of places in a ranking («Подмосковье и Татарстан делят вершину»)
_RANKING = frozenset({"рейтинг", "вершина", "лидер", "лидировать", "строчка", "пьедестал"})


#: verbs of taking or leaving a post
_TAKING_A_POST = frozenset({"возглавить", "назначить", "назначение", "отставка", "сменить", "уволить"})


def _region_named_by_kind(parsed: ParsedText, sent: int, places: list[PlaceMention]) -> str | None:
    """The region a bare kind noun in the nominative stands for («край подписал …»): the last of
    that kind the text named before the sentence, where it acts rather than as a venue."""
    s = parsed.sentences[sent]
    tokens = parsed.tokens
    verb = next((k for k in range(s.first, s.last) if tokens[k].lemma in SIGNING_VERBS), None)
    noun = next(
        (
            t
            for t in tokens[s.first : verb or s.first]
            if t.lemma in KIND_NOUNS
            and t.case == "Nom"
            and t.text.islower()
            and not (t.i > 0 and tokens[t.i - 1].pos == "ADJ")
        ),
        None,
    )
    if noun is None:
        return None
    return last_of_kind(places, noun.lemma, s.first)


def _the_document_again(parsed: ParsedText, sent: int) -> bool:
    """Does the signing sentence speak of the document just told («документ», «его», «соглашение»
    with no «о …» of its own)?"""
    tokens = parsed.tokens[parsed.sentences[sent].first : parsed.sentences[sent].last]
    for k, t in enumerate(tokens):
        if t.lemma in ("документ", *AGREEMENT_NOUNS):
            # «ряд соглашений с инвесторами», «соглашение о поставках»: documents of their own
            qualified = k + 1 < len(tokens) and tokens[k + 1].text.lower() in _OWN_QUALIFIERS
            return t.feats.get("Number") != "Plur" and not qualified
        if t.lemma in ("его", "он") and t.case == "Acc":
            return True
    return False


#: words after an agreement's noun that make it one of its own: «соглашение о …», «с …»
_OWN_QUALIFIERS = frozenset({"о", "об", "с", "со", "между", "по"})


#: titles of a region's head, which alone stand for the head the text is about
_HEAD_TITLES = frozenset({"губернатор", "глава", "мэр"})


def _signer_by_title(
    parsed: ParsedText, sent: int, mentions: list[PersonMention], heads: dict[int, str]
) -> str | None:
    """The region of the head a bare title in a signing sentence stands for («губернатор назвал
    соглашение …, которое он подписал …»): the one head of a region the text names elsewhere."""
    s = parsed.sentences[sent]
    tokens = parsed.tokens
    named_here = {m.person for m in mentions if m.sent == sent}
    bare = any(
        t.lemma in _HEAD_TITLES
        and t.case == "Nom"
        and not any(m.sent == sent and 0 < m.first - t.i <= 4 for m in mentions)
        and not (t.i + 1 < s.last and tokens[t.i + 1].case == "Gen")
        for t in tokens[s.first : s.last]
    )
    if not bare:
        return None
    others = {region for person, region in heads.items() if person not in named_here}
    return others.pop() if len(others) == 1 else None


def _signer_by_pronoun(
    parsed: ParsedText, sent: int, mentions: list[PersonMention], person_regions: dict[int, list[str]]
) -> str | None:
    """The region of the one a «он»/«она» subject of a signing stands for: the one person the
    sentence before names, whose post has one region."""
    s = parsed.sentences[sent]
    tokens = parsed.tokens
    verb = next((k for k in range(s.first, s.last) if tokens[k].lemma in SIGNING_VERBS), None)
    if verb is None or sent == 0:
        return None
    pronoun = any(
        t.text.lower() in ("он", "она") and t.case == "Nom" for t in tokens[s.first : verb + 2] if t.i != verb
    )
    if not pronoun or any(m.sent == sent for m in mentions if m.first < verb):
        return None
    before = {m.person for m in mentions if m.sent == sent - 1}
    if len(before) != 1:
        return None
    regions = person_regions.get(before.pop(), [])
    return regions[0] if len(regions) == 1 else None


def _partner_by_kind(parsed: ParsedText, sent: int, places: list[PlaceMention], we: str) -> str | None:
    """«с этой республикой», «с этим краем»: the region of that kind the text named last before
    the sentence, other than the speaker's own."""
    tokens = parsed.tokens
    s = parsed.sentences[sent]
    for k in range(s.first, s.last - 2):
        if not (
            tokens[k].text.lower() in ("с", "со")
            and tokens[k + 1].lemma in ("этот", "тот", "данный")
            and tokens[k + 2].lemma in KIND_NOUNS
        ):
            continue
        return last_of_kind(places, tokens[k + 2].lemma, s.first, other_than=we)
    return None


def _agreement_of_a_kind(parsed: ParsedText, sent: int, places: list[PlaceMention]) -> str | None:
    """«соглашение края с Республикой Хакасия»: the region a bare kind noun in the genitive after
    an agreement's noun stands for — the last of that kind named before it."""
    tokens = parsed.tokens
    s = parsed.sentences[sent]
    for k in range(s.first + 1, s.last):
        t = tokens[k]
        if not (
            t.lemma in KIND_NOUNS
            and t.case == "Gen"
            and t.text.islower()
            and tokens[k - 1].lemma in BINDING_NOUNS
        ):
            continue
        return last_of_kind(places, t.lemma, k)
    return None


def _signing_clauses(parsed: ParsedText, sent: int) -> list[tuple[int, int]]:
    """The token ranges of a sentence's clauses that each have a verb of signing, where the
    sentence joins them with «, а», «, но» or «;» — each its own agreement."""
    s = parsed.sentences[sent]
    tokens = parsed.tokens
    cuts = [
        k
        for k in range(s.first + 1, s.last)
        if tokens[k].text == ";"
        or (tokens[k].text in ("а", "но") and tokens[k - 1].text == ",")
        or _comma_between_clauses(tokens, k, s.first, s.last)
    ]
    bounds = [s.first, *cuts, s.last]
    return [
        (a, b)
        for a, b in zip(bounds, bounds[1:], strict=False)
        if any(t.lemma in SIGNING_VERBS and t.pos == "VERB" for t in tokens[a:b])
    ]


def _signing_part(
    parsed: ParsedText, sent: int, places: list[PlaceMention], mentions: list[PersonMention]
) -> tuple[list[PlaceMention], list[PersonMention]]:
    """The places and people of the sentence up to another verb joined to the verb of signing."""
    cut = _next_predicate(parsed, sent)
    return (
        [p for p in places if p.sent != sent or p.first < cut],
        [m for m in mentions if m.sent != sent or m.first < cut],
    )


def _next_predicate(parsed: ParsedText, sent: int) -> int:
    """Where «и» joins another verb, not of signing, to the verb of signing before it («подписала
    соглашение с Хакасией и обсудила сотрудничество с Тывой»); the sentence's end if nowhere."""
    s = parsed.sentences[sent]
    tokens = parsed.tokens
    signed = False
    for k in range(s.first, s.last - 1):
        t = tokens[k]
        if t.pos == "VERB" and t.lemma in SIGNING_VERBS:
            signed = True
        nxt = tokens[k + 1]
        if signed and t.text == "и" and nxt.is_finite_verb and nxt.lemma not in SIGNING_VERBS:
            return k
        if signed and t.text == "," and nxt.text.lower() in ("а", "но"):
            # «… подписала Брянская область, а в декабре переговоры … проведёт Тульская область»:
            # the clause after «а» has a verb of its own, and what it tells was not signed (but
            # «…, а в 2023 году к нему присоединилась Республика Марий Эл» joined what was)
            end = next((j for j in range(k + 2, s.last) if tokens[j].text in ",;"), s.last)
            verbs = [x for x in tokens[k + 2 : end] if x.is_finite_verb]
            if verbs and not any(x.lemma in SIGNING_VERBS | JOINING for x in verbs):
                return k
    return s.last


def _comma_between_clauses(tokens: list[Token], k: int, first: int, last: int) -> bool:
    """«Башкирия и Оренбуржье подписали соглашение, Самарская область договорилась с
    Самаркандом»: a comma between two clauses, each with a finite verb of its own, the second
    opening with its own subject rather than a conjunction or a relative word."""
    if tokens[k].text != "," or k + 1 >= last:
        return False
    opener = tokens[k + 1]
    if opener.pos not in ("NOUN", "PROPN", "ADJ") or opener.case != "Nom":
        return False
    nxt = next((j for j in range(k + 1, last) if tokens[j].text in ",;"), last)
    before, after = tokens[first:k], tokens[k + 1 : nxt]
    return any(t.is_finite_verb for t in before) and any(t.is_finite_verb for t in after)


def _denied(parsed: ParsedText, sent: int) -> bool:
    """Does the sentence deny a report, or that a signing or a matter was discussed («подписание
    отдельного соглашения между Пермским краем и Удмуртией не обсуждалось»)?"""
    return bool(sentence_lemmas(parsed, sent) & DENYING) or negated(parsed, sent, SIGNING_VERBS | DISCUSSING)


_WILL_BE = frozenset({"будет", "будут", "будем", "будете", "будешь", "буду"})


def _signing_to_come(parsed: ParsedText, sent: int) -> bool:
    """«в ходе визита будет подписано соглашение», «подпишут в июне»: every verb of signing in the
    future, or a participle after «будет»."""
    tokens = parsed.tokens
    s = parsed.sentences[sent]
    verbs = [t for t in tokens[s.first : s.last] if t.lemma in SIGNING_VERBS]

    def ahead(t: Token) -> bool:
        if t.feats.get("Tense") == "Fut":
            return True
        before = tokens[max(s.first, t.i - 2) : t.i]
        # the tagger reads «будет» as a present tense
        return any(x.text.lower() in _WILL_BE for x in before)

    return bool(verbs) and all(ahead(t) for t in verbs)


#: words of offering or charging someone with a step, which is then still to be taken
_ASKING = frozenset({"предложить", "предлагать", "предложение", "поручить", "поручать", "поручение"})


def _a_draft(parsed: ParsedText, sent: int) -> bool:
    """«одобрило проект Соглашения между …», «завершают подготовку соглашения о сотрудничестве с
    …»: the agreement the sentence names is a draft, or still being made."""
    s = parsed.sentences[sent]
    tokens = parsed.tokens
    return any(
        t.lemma in BINDING_NOUNS and t.i > s.first and tokens[t.i - 1].lemma in _DRAFTING
        for t in tokens[s.first : s.last]
    )


#: verbs of a text still being worked on by the sides
_BEING_AGREED = frozenset({"согласовываться", "дорабатываться", "прорабатываться", "обсуждаться"})
#: nouns of an agreement not yet made: its draft, its drafting, its approval by each side
_DRAFTING = frozenset({"проект", "подготовка", "разработка", "согласование"})


def _only_intended(parsed: ParsedText, sent: int, lemmas: set[str]) -> bool:
    """«изучают возможность заключить договоры», «планирует подписать»: a wish to sign, with
    every verb of signing an infinitive, is not an agreement yet."""
    s = parsed.sentences[sent]
    # «готова заключить соглашение», «документ могут подписать в следующем году» (not «смогли
    # подписать»): ready or able to, not done
    modal = any(
        t.lemma == "готовый"
        or (t.lemma == "мочь" and t.feats.get("Tense") != "Past")
        # «предложило сахалинским депутатам заключить соглашение», «поручено подписать»: offered
        # or asked for, not done
        or t.lemma in _ASKING
        for t in parsed.tokens[s.first : s.last]
    )
    if not lemmas & (INTENT | WEIGHING | HOPE) and not modal:
        return False
    verbs = [t for t in parsed.tokens[s.first : s.last] if t.lemma in SIGNING_VERBS]
    return all(t.feats.get("VerbForm") == "Inf" for t in verbs)


def _clause_denies(parsed: ParsedText, place: PlaceMention) -> bool:
    """Does the clause the place stands in (between commas or dashes) put its verb under «не»?"""
    s = parsed.sentences[place.sent]
    tokens = parsed.tokens
    start, stop = place.first, place.last
    while start > s.first and tokens[start - 1].text not in ",—–;(":
        start -= 1
    while stop < s.last and tokens[stop].text not in ",—–;).":
        stop += 1
    return any(
        tokens[k].text.lower() == "не"
        and any(t.pos in ("VERB", "AUX") for t in tokens[k + 1 : min(k + 3, stop)])
        for k in range(start, stop)
    )


def _only_infinitives(parsed: ParsedText, sent: int) -> bool:
    """«подписывать документ ради документа мы не будем», «решили подписать»: every verb of
    signing is an infinitive, so nothing is signed yet."""
    s = parsed.sentences[sent]
    verbs = [t for t in parsed.tokens[s.first : s.last] if t.lemma in SIGNING_VERBS and t.pos == "VERB"]
    return bool(verbs) and all(t.feats.get("VerbForm") == "Inf" for t in verbs)


def _has_subject(
    parsed: ParsedText, sent: int, places: list[PlaceMention], mentions: list[PersonMention]
) -> bool:
    """Is a region or a person named in the nominative, as the one who signs?"""
    firsts = [p.first for p in places if p.sent == sent and not p.venue] + [
        m.first for m in mentions if m.sent == sent
    ]
    return any(parsed.tokens[i].case == "Nom" for i in firsts)


def reporting(tokens: list[Token], first: int) -> bool:
    """Is the name at ``first`` the source of what the sentence says («по словам X», «по мнению
    главы региона X», «по данным X»), named after a few words of its post at most?"""
    for k in range(first - 1, max(first - 8, 1), -1):
        if tokens[k].sent != tokens[first].sent or tokens[k].text in ",.:;—–«»":
            return False
        if tokens[k - 1].text.lower() == "по" and tokens[k].lemma in ("слово", "мнение", "данные"):
            return True
    return False


def _signed_by_others(
    parsed: ParsedText, mentions: list[PersonMention], signatories: dict[int, list[str]]
) -> bool:
    """Do people who speak for no region sign («глава Белокатайского района … и глава Ашинского
    района … подписали соглашение»)? Then the regions of the headline are theirs only by place."""
    for s in parsed.sentences:
        if not sentence_lemmas(parsed, s.i) & SIGNING_VERBS:
            continue
        said = {m.person for m in mentions if m.sent == s.i}
        if len(said) >= 2 and not any(signatories.get(p) for p in said):
            return True
    return False


def _signed_somewhere(parsed: ParsedText) -> bool:
    """Does the text say that something was signed (and not that it was not)?"""
    return any(
        sentence_lemmas(parsed, s.i) & (SIGNING_VERBS | {"подпись"})
        and not negated(parsed, s.i, SIGNING_VERBS)
        for s in parsed.sentences
    )


def _a_signed_paper(tokens: list[Token], t: Token) -> bool:
    """An agreement noun — «карта» only as a road map («дорожные карты»), not «туристические карты»."""
    return t.lemma in AGREEMENT_NOUNS and (
        t.lemma != "карта" or (t.i > 0 and tokens[t.i - 1].lemma == "дорожный")
    )


def _hub(parsed, groups, wide, places, mentions, person_regions) -> str | None:
    """The region that signed separate bilateral agreements, when the text says they are separate.

    «подписала соглашения с …» (the agreement noun in the plural), «двусторонние соглашения»,
    said in a sentence that names three or more parties: the party named as the subject (in the
    nominative) is the hub; the partners named with «с» did not agree with each other.
    """
    tokens = parsed.tokens
    separate = any(
        t.lemma == "двусторонний" or (_a_signed_paper(tokens, t) and t.feats.get("Number") == "Plur")
        for s in wide
        for t in tokens[parsed.sentences[s].first : parsed.sentences[s].last]
    )
    if not separate:
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


def _joint_events(parsed, places, mentions, person_regions, events, organisations=()) -> list[Cooperation]:
    """Regions taking part together in one event.

    When the headline or the lead names a joint event and the text says who took part
    («делегации», «представители … регионов», «приняли участие»), the document is the event's
    account: the regions of the people it names took part, and so did the regions named where
    it speaks of the event or of taking part — not those it mentions in passing (a list of
    members, a comparison). Otherwise an event counts only the regions acting in the sentences
    about it.
    """
    joint = [e for e in events if e.kind in JOINT_EVENTS]
    if not joint:
        return []
    lead = lead_sentences(parsed)

    # «Следующее заседание пройдёт в Омске»: the next one, still to come, joins no one
    joint = [
        e
        for e in joint
        if not _venue_of_many(parsed, e)
        and not _called_off(parsed, e)
        and not e.still_to_come
        and not _only_invited_to(parsed, e)
    ]
    # who came may be told in the paragraph after the lead, not next to the event's name: «В Перми
    # прошла сессия … ¶ На этот раз в столицу Прикамья приехали делегации четырёх регионов …»
    lead_para = max(parsed.sentences[s].para for s in lead)
    came_after_lead = any(_came(parsed, s.i) for s in parsed.sentences if s.para == lead_para + 1)
    # a general meeting the lead reports, where the text says anywhere who was there («Кто в
    # зале. Из глав регионов здесь …» in a live blog): its account names those who took part
    told_anywhere = any(e.kind == "GeneralAssembly" for e in joint) and any(
        tells_who_came(parsed, s.i) for s in parsed.sentences
    )
    reported = [
        e
        for e in joint
        if lead & set(e.sents)
        # «Форум пройдёт в конце августа … Ожидается участие …»: an announcement reports no one
        # taking part yet
        and not _announced(parsed, e, lead)
        and (
            participants_told(parsed, e) or came_after_lead or (e.kind == "GeneralAssembly" and told_anywhere)
        )
    ]
    items = digest_items(parsed)
    if len(items) >= 2 or sum(e.numbered for e in joint) >= 2:
        # a digest reports no one event, nor does a series told part by part («Первый вебинар …
        # Второй вебинар …»): each item or part is read by itself
        reported = []
    # the event the text speaks of most; of two as much, the one that is no mere venue («в рамках
    # форума … прошла сессия рабочей группы»: the session is what the text reports)
    event = min(reported, key=lambda e: (-len(e.sents), e.kind in _GATHERINGS), default=None)
    if event is not None:
        # a review of several events, each told in paragraphs of its own with those who took
        # part («от январского собрания до декабрьской сессии»): each is read by itself
        paragraphs = {parsed.sentences[s].para for s in event.sents}
        its_own = {s.i for s in parsed.sentences if s.para in paragraphs}

        def a_group_of_its_own(e: Event) -> bool:
            """Told elsewhere with two or more regions of its own («В ней приняли участие
            делегации Томской области и Башкортостана»), not «Участники также побывали на …»;
            Russian regions, not a foreign guest and its host («Гостями форума стали белорусские
            депутаты … совместные с Псковщиной проекты»)."""
            return any(
                len({c for c in actor_regions(x, places, mentions, person_regions) if c.startswith("RU-")})
                >= 2
                for x in event_sentences(parsed, e)
                if x not in its_own and tells_who_came(parsed, x)
            )

        if any(e is not event and a_group_of_its_own(e) for e in joint):
            event = None
    if event is None and len(items) < 2 and _delegation_told(parsed, lead, places):
        # «делегация … побывала в Улан-Удэ. В её составе — представители …»: the lead reports
        # the visit the rest of the text calls «визит»
        event = next((e for e in joint if e.kind == "Visit"), None)
    if event is not None:
        about = {s for e in joint for s in event_sentences(parsed, e)}
        about |= {s.i for s in parsed.sentences if sentence_lemmas(parsed, s.i) & PARTICIPATION}
        # «… пригласил тувинскую делегацию на летний форум»: a delegation asked to another event
        about -= {
            s for e in events if e.kind in JOINT_EVENTS and _only_invited_to(parsed, e) for s in e.sents
        }
        # «В сессии участвовали представители девяти регионов. Среди них — …»: the list goes on
        about |= {s + 1 for s in list(about) if s + 1 < len(parsed.sentences) and _among_them(parsed, s + 1)}
        told_here = set(about)
        if parsed.sentences[0].para == 0 and any(s.para > 0 for s in parsed.sentences):
            about.add(0)  # the headline
        past = _background(parsed)
        # «интерес к консорциуму проявил и Кузбасс, однако решения об участии пока не принимал»
        wishes = {
            s.i
            for s in parsed.sentences
            if sentence_lemmas(parsed, s.i) & (INTENT | LEAVING) or hopes_to(parsed, s.i)
        }
        # «приняла участие делегация Кузбасса, который пока рассматривает вступление»: the wish is
        # about something else; the taking part is told
        wishes -= {s for s in wishes if _took_part(parsed, s)}
        later = {
            s.i
            for s in parsed.sentences
            if joining_later(parsed, s.i) or _at_the_next_one(parsed, s.i) or _will_take_part(parsed, s.i)
        }
        sent_word = {s.i for s in parsed.sentences if _sent_word(parsed, s.i)}
        denied = {s.i for s in parsed.sentences if _denied(parsed, s.i)}
        # «Татарстан, Москва и Якутия возглавили рейтинг, который ассоциация представила на
        # собрании»: places in a ranking, not at the meeting
        ranked = {
            s.i
            for s in parsed.sentences
            if "рейтинг" in (lemmas := sentence_lemmas(parsed, s.i)) and lemmas & _RANKED
        }
        about -= past | wishes | later | sent_word | denied | ranked
        # «Среди них — члены ассоциации: Пермский край, Республики Башкортостан и Татарстан, а
        # также регионы, которые рассматривают возможность вступления, — Удмуртия …»: the wish is
        # the other regions', told after «а также»; those before it took part
        wished_apart = {
            code
            for s in wishes
            if s in told_here
            for code in _before_the_wish(parsed, s, places, INTENT | LEAVING | HOPE)
        }
        # the people of the event's account took part, not one quoted on joining some day nor
        # one who only wrote to it
        present = {m.person for m in mentions if m.sent not in past | later | sent_word}
        actors = {c for person, regions in person_regions.items() if person in present for c in regions}
        actors |= {c for s in about for c in actor_regions(s, places, [], {})} | wished_apart
        actors |= _hosts(places, organisations, about)
        # «коллеги из Башкирии представили проект»: people from a region, anywhere in the account
        actors |= {
            code
            for p in places
            if p.sent not in past | wishes | later and _people_from(parsed, p)
            for code in _listed_from(parsed.tokens, places, p.first, next_only=True)  # «из ХМАО и ЯНАО»
        }
        actors -= _stayed_away(parsed, places) | _invited(parsed, places)
        # «Курганская область покинула ассоциацию … решение принято на заседании совета»: the
        # region whose leaving the meeting settled is not one taking part in it
        # («Зауралье вступило в АИРР, Ставрополье покинуло ассоциацию»: only the clause that leaves)
        leaving = {s: comma_clause(parsed, s, LEAVING) for s in wishes if leaves(parsed, s)}
        actors -= {
            p.code for p in places if p.sent in leaving and leaving[p.sent][0] <= p.first < leaving[p.sent][1]
        }
        scored = [(event, sorted(actors), "regions taking part in the event the document reports")]
    else:
        absent = _stayed_away(parsed, places) | _invited(parsed, places)
        scored = [
            (
                e,
                sorted(
                    {
                        c
                        for s in _item_account(parsed, e, items)
                        # «опровергли сообщения о том, что в ходе визита будет подписано …»
                        if not _denied(parsed, s)
                        # «Приветствие участникам церемонии направил председатель …»: sent, not came
                        if not _sent_word(parsed, s)
                        # at a forum a signing is read as an agreement, with the partners it
                        # names: «на форуме Приморье подписало соглашения с инвесторами»
                        if e.kind not in _GATHERINGS or not sentence_lemmas(parsed, s) & SIGNING_VERBS
                        # «может присоединиться позднее — переговоры об этом только начинаются»
                        if not joining_later(parsed, s)
                        # «Ожидается участие …», «соседи подтвердили участие» of an event the lead
                        # announces: still to come (of one under way, what they «будут разбирать»
                        # there is told of those taking part)
                        if not (_announced(parsed, e, lead) and _told_ahead(parsed, {s}))
                        # «собрание рассмотрит заявку Ставропольского края на вступление»: a wish,
                        # to be weighed (not «Заявку области на заседании представил губернатор»)
                        if not (sentence_lemmas(parsed, s) & INTENT and _told_ahead(parsed, {s}, partly=True))
                        for c in actor_regions(s, places, mentions, person_regions)
                    }
                    - absent
                ),
                "regions acting in the sentences about a joint event",
            )
            for e in joint
        ]
    return [
        Cooperation("CoParticipation", tuple(a), e.sents, e.key, rule=rule)
        for e, a, rule in scored
        if len(a) >= 2
    ]


#: events that gather many parties each about its own business
_GATHERINGS = frozenset({"Forum", "Exhibition", "Conference", "Festival", "Competition", "Camp", "Training"})


def _venue_of_many(parsed: ParsedText, event: Event) -> bool:
    """An international forum or exhibition («Петербургский международный экономический форум»,
    «на полях форума») is where regions sign with their own partners; being there together is
    no joint action. A forum of regions or an association's own gathering is theirs."""
    if event.kind not in _GATHERINGS or "регион" in event.name.lower():
        return False  # «Форум регионов России и Беларуси» is their joint format
    sentences = [sentence_lemmas(parsed, s) for s in event.sents]
    if any(lemmas & (_AS_ONE | ASSOCIATION_WORDS) for lemmas in sentences):
        return False  # «представили на форуме единую экспозицию»: they came as one
    if "международн" in event.name.lower():
        return True
    if not any(_phrase(parsed, s, ("на", "полях")) for s in event.sents):
        return False
    # «Иртышский форум приграничного сотрудничества … в работе форума участвуют делегации Омской
    # и Новосибирской областей … На полях форума …»: a forum whose own account names the
    # delegations taking part in its work is theirs, talks on its sidelines notwithstanding — but
    # not an economic forum («Восточный экономический форум»), where every region comes to sign
    # with its own partners
    name = event.name.lower()
    delegations = any(
        "делегация" in sentence_lemmas(parsed, s) and tells_who_came(parsed, s) for s in event.sents
    )
    return not delegations or "экономическ" in name or "инвестиционн" in name


#: words that say regions act as one
_AS_ONE = frozenset({"общий", "единый", "совместный", "совместно", "вместе"})


def _phrase(parsed: ParsedText, sent: int, words: tuple[str, ...]) -> bool:
    """Does the sentence hold these words in a row (as written, lower case)?"""
    s = parsed.sentences[sent]
    written = [t.text.lower() for t in parsed.tokens[s.first : s.last]]
    n = len(words)
    return any(tuple(written[k : k + n]) == words for k in range(len(written) - n + 1))


def _delegation_told(parsed: ParsedText, lead: set[int], places: list[PlaceMention]) -> bool:
    """Does the lead tell of a delegation that came somewhere («делегация … работала в Улан-Удэ»)
    and whom it brought («в её составе — представители …»)?"""
    came = any(
        "делегация" in sentence_lemmas(parsed, s) and any(p.sent == s and p.venue for p in places)
        for s in lead
    )
    # whom it brought, told in the lead or in the paragraph right after it («В Якутск приехали
    # представители Томской, Иркутской и Новосибирской областей»)
    lead_para = max(parsed.sentences[s].para for s in lead)
    told = lead | {s.i for s in parsed.sentences if s.para == lead_para + 1}
    return came and any(sentence_lemmas(parsed, s) & {"состав", "представитель"} for s in told)


def digest_items(parsed: ParsedText) -> dict[int, list[int]]:
    """A digest's items: paragraph → its sentences, for each paragraph under a heading of its own
    («Камчатка изучает опыт Колымы»: one line, no full stop). A document with fewer than two such
    headings after its headline is no digest, and has none."""
    paras: dict[int, list[int]] = {}
    for s in parsed.sentences:
        paras.setdefault(s.para, []).append(s.i)
    headings = {
        p
        for p, sents in paras.items()
        if p > 0
        and len(sents) == 1
        and len(text := parsed.sentence_text(sents[0]).strip()) < 120
        and not text.endswith((".", "!", "?", "…", "»", ":"))
    }
    if len(headings) < 2:
        # «КАЛУГА. Калужскую область посетила …», «УФА. В столице …»: items under datelines
        datelined = {
            p: sents for p, sents in paras.items() if p > 0 and _opens_with_dateline(parsed, sents[0])
        }
        return datelined if len(datelined) >= 2 else {}
    return {p: sents for p, sents in paras.items() if p - 1 in headings and p not in headings}


def _before_the_wish(
    parsed: ParsedText, sent: int, places: list[PlaceMention], wish: frozenset[str]
) -> list[str]:
    """The regions named before «, а также …» (or «, но …») that opens the part of the sentence
    where the wish stands; none when no such part sets the wish apart."""
    tokens = parsed.tokens
    s = parsed.sentences[sent]
    at = next((t.i for t in tokens[s.first : s.last] if t.lemma in wish), None)
    if at is None:
        return []
    opens = [
        k
        for k in range(s.first + 1, at)
        if tokens[k - 1].text == "," and tokens[k].text.lower() in ("а", "но")
    ]
    if not opens:
        return []
    here = [
        p for p in places if p.sent == sent and p.kind == "region" and not p.venue and not p.in_event_name
    ]
    return [p.code for p in here if p.last <= opens[0]]


def _among_them(parsed: ParsedText, sent: int) -> bool:
    """Does the sentence open by picking out of those just told («Среди них — …», «В их числе …»)?"""
    s = parsed.sentences[sent]
    opening = [t.text.lower() for t in parsed.tokens[s.first : s.first + 3]]
    return opening[:2] == ["среди", "них"] or opening == ["в", "их", "числе"]


def _opens_with_dateline(parsed: ParsedText, sent: int) -> bool:
    """Does the sentence open with a place in capitals and a full stop or a dash («НИЖНИЙ
    НОВГОРОД.», «УФА —»)?"""
    tokens = parsed.tokens
    s = parsed.sentences[sent]
    k = s.first
    # the text as written: the parser gives a dateline in capitals its words' usual case
    while k < s.last and tokens[k].is_word and parsed.text[tokens[k].start : tokens[k].stop].isupper():
        k += 1
    caps = "".join(parsed.text[t.start : t.stop] for t in tokens[s.first : k])
    return len(caps) >= 3 and (k == s.last or tokens[k].text in (".", "—", "–", ","))


def _item_account(parsed: ParsedText, event: Event, items: dict[int, list[int]]) -> list[int]:
    """The sentences that tell of an event someone took part in: none for one still to come
    («проведут совещание в июле»); in a digest, the whole item it is told in if it has taken place
    (an item is one story, its people told after the event's sentence; «решение примет на
    ближайшем собрании» is still to come); elsewhere, :func:`event_sentences`."""
    if _still_to_come(parsed, event):
        return []
    told = event_sentences(parsed, event) + _composition(parsed, event)
    paras = {parsed.sentences[s].para for s in event.sents}
    happened = any(
        t.feats.get("Tense") == "Past"
        for s in event.sents
        for t in parsed.tokens
        if t.sent == s and t.pos == "VERB"
    )
    if happened and len(paras) == 1 and (para := paras.pop()) in items:
        past = _background(parsed)
        return sorted(set(told) | {s for s in items[para] if s not in past})
    return told


#: bodies whose sittings their members attend
_BODIES = frozenset({"группа", "комиссия", "совет"})


def _composition(parsed: ParsedText, event: Event) -> list[int]:
    """«Первое заседание рабочей группы прошло …» and «В состав рабочей группы вошли представители
    … Томской, Иркутской и Тюменской областей»: the sentences that say who the sitting body is
    made of."""
    tokens = parsed.tokens
    bodies = set()
    for s in event.sents:
        sent = parsed.sentences[s]
        for k in range(sent.first, sent.last - 2):
            if tokens[k].lemma == "заседание":
                body = next((t for t in tokens[k + 1 : k + 4] if t.pos == "NOUN"), None)
                if body is not None and body.lemma in _BODIES:
                    bodies.add(body.lemma)
    if not bodies:
        return []
    return [
        s.i
        for s in parsed.sentences
        if (lemmas := sentence_lemmas(parsed, s.i)) >= {"состав"}
        and lemmas & bodies
        and lemmas & {"войти", "входить"}
    ]


#: words that call an event off or put it off
_CALLED_OFF = frozenset({"отменить", "отменённый", "отмененный", "отмена"}) | POSTPONED
#: verbs that say an event took place
_TOOK_PLACE = frozenset({"состояться", "пройти", "провести", "прошедший", "проведённый"})


def _called_off(parsed: ParsedText, event: Event) -> bool:
    """«Визит делегации во главе с … отменён»: an event called off or put off, told so where it
    is named, and nowhere said to have taken place — no one took part in it."""
    told = [sentence_lemmas(parsed, s) for s in event.sents]
    return any(lemmas & _CALLED_OFF for lemmas in told) and not any(
        lemmas & _TOOK_PLACE and not lemmas & _CALLED_OFF for lemmas in told
    )


def _still_to_come(parsed: ParsedText, event: Event) -> bool:
    """Is the event told only as one to come («проведут первое совместное совещание в июле»,
    «пригласил предпринимателей на форум в Уфу»): a verb in the future or of inviting, and none
    in the past but those that report or invite?"""
    verbs = [
        t for s in event.sents for t in parsed.tokens[parsed.sentences[s].first : parsed.sentences[s].last]
    ]
    verbs = [t for t in verbs if t.pos in ("VERB", "AUX")]
    # «депутаты рассчитывают на встречу с тамбовскими коллегами»: hoped for, still to come
    ahead = any(t.feats.get("Tense") == "Fut" or t.lemma in _INVITING | HOPE | INTENT for t in verbs)
    # («дата пока не определена»: a short participle tells of no one having come)
    done = any(
        t.feats.get("Tense") == "Past"
        and t.feats.get("VerbForm") != "Part"
        and t.lemma not in SPEECH_VERBS | _INVITING
        for t in verbs
    )
    return (ahead and not done) or _only_invited_to(parsed, event)


#: verbs that tell of an event to come as expected («Ожидается участие руководителей регионов»,
#: «Отдельная встреча запланирована»)
_EXPECTED = frozenset({"ожидаться", "предстоять", "планироваться", "запланировать", "запланированный"})
#: verbs in the present that tell of an event under way («59 регион принимает стратегическую сессию»)
_UNDER_WAY = frozenset(
    {"принимать", "проходить", "идти", "продолжаться", "стартовать", "открываться", "работать", "собирать"}
)
#: verbs that confirm or report what is to come («подтвердили участие», «сообщает пресс-служба»)
_CONFIRMING = frozenset(
    {"подтвердить", "подтверждать", "анонсировать", "объявить", "сообщать", "информировать", "передавать"}
)


def _announced(parsed: ParsedText, event: Event, lead: set[int]) -> bool:
    """Does the lead tell the event as one to come («Общее собрание … пройдёт в рамках форума»,
    «Белгородская область станет площадкой форума»), or, if the lead does not name it, do its own
    sentences («курская делегация приедет в полном составе»)?"""
    return _told_ahead(parsed, set(event.sents) & lead or set(event_sentences(parsed, event)))


def _told_ahead(parsed: ParsedText, sents: set[int], partly: bool = False) -> bool:
    """Do the sentences tell only of what is to come: a verb in the future, or one of planning
    («Провести собрание планирует …»), and none in the past or present but those that report?
    ``partly``: a verb to come is enough, whatever else is told («собрание рассмотрит заявку …:
    документы поступили в декабре»)."""
    verbs = [
        t
        for s in sents
        for t in parsed.tokens[parsed.sentences[s].first : parsed.sentences[s].last]
        if t.pos in ("VERB", "AUX")
    ]
    ahead = any(
        t.feats.get("Tense") == "Fut" or t.text.lower() in _WILL_BE or t.lemma in INTENT | HOPE | _EXPECTED
        for t in verbs
    )
    # «соседи уже подтвердили участие: курская делегация приедет»: confirmed, still to come; «59
    # регион принимает стратегическую сессию … будут разбирать»: under way now
    done = any(
        t.feats.get("VerbForm") != "Part"
        and (
            (
                t.feats.get("Tense") == "Past"
                and t.lemma not in SPEECH_VERBS | _CONFIRMING | _EXPECTED | INTENT
            )
            or (t.feats.get("Tense") == "Pres" and t.lemma in _UNDER_WAY)
        )
        for t in verbs
    )
    return ahead and (partly or not done)


def _only_invited_to(parsed: ParsedText, event: Event) -> bool:
    """Is every mention of the event what someone is invited to («поблагодарил коллег за приезд и
    пригласил тувинскую и красноярскую делегации на летний экономический форум в Хакасии»)?"""
    tokens = parsed.tokens
    heads = [
        t
        for s in event.sents
        for t in tokens[parsed.sentences[s].first : parsed.sentences[s].last]
        if EVENT_HEADS.get(t.lemma) == event.kind
    ]

    def invited(head: Token) -> bool:
        before = [t for t in tokens[max(head.i - 10, 0) : head.i] if t.sent == head.sent]
        at = [k for k, t in enumerate(before) if t.text.lower() == "на"]
        return bool(at) and any(t.lemma in _INVITING for t in before[: at[-1]])

    return bool(heads) and all(invited(h) for h in heads)


def lead_sentences(parsed: ParsedText) -> set[int]:
    """The headline and the lead paragraph: the first after the headline that is more than a
    line of date, place and source («17 января 2025 года», «Екатеринбург, 8 июля. /Интерфакс/»)."""
    texts: dict[int, str] = {}
    for s in parsed.sentences:
        texts[s.para] = texts.get(s.para, "") + parsed.text[s.start : s.stop]
    lead_para = next((p for p in sorted(texts) if p >= 1 and not _dateline(texts[p])), 1)
    return {s.i for s in parsed.sentences if s.para <= lead_para}


_DATE = re.compile(r"\b\d{1,2}\s+(?:" + "|".join(MONTHS_GENITIVE) + r")\b|\b(?:19|20)\d\d\b|/[^/]+/")


def _dateline(text: str) -> bool:
    """Is this paragraph only a date line («Москва, 17 января 2025 года. Пресс-служба АИРР.»)?"""
    return len(text) < 100 and bool(_DATE.search(text))


def _took_part(parsed: ParsedText, sent: int) -> bool:
    """Does the sentence say, in the past and without «не», that someone took part?"""
    s = parsed.sentences[sent]
    tokens = parsed.tokens[s.first : s.last]
    lemmas = {t.lemma for t in tokens}
    past = [t for t in tokens if t.feats.get("Tense") == "Past" and t.lemma in TAKE_PART]
    # «Гостями встречи стали делегации Кузбасса, подавшего заявку на вступление, …»
    guests = "гость" in lemmas and any(t.lemma == "стать" and t.feats.get("Tense") == "Past" for t in tokens)
    return (
        bool(past) and ("участие" in lemmas or any(t.lemma == "участвовать" for t in past)) or guests
    ) and not (negated(parsed, sent, TAKE_PART))


def _stayed_away(parsed: ParsedText, places: list[PlaceMention]) -> set[str]:
    """«Красноярский край своего представителя не направил», «делегация Омской области в Уфу не
    приехала», «к видеоконференции не подключились»: regions whose coming is denied."""
    away = set()
    for s in parsed.sentences:
        if not stayed_away(parsed, s.i) or _joined_by_link(parsed, s.i):
            continue
        told = [
            p for p in places if p.sent == s.i and p.kind == "region" and not p.venue and not p.in_event_name
        ]
        opening = parsed.tokens[s.first].text.lower()
        if not told and s.i > 0 and opening in ("их", "они"):
            # «… в неё входят Республика Коми, Карелия, Красноярский край и Якутия. Их
            # представители в работе совета на этот раз не участвовали»: the regions just listed
            told = [p for p in places if p.sent == s.i - 1 and p.kind == "region" and not p.venue]
        away |= {p.code for p in told}
    return away


def _joined_by_link(parsed: ParsedText, sent: int) -> bool:
    """«Делегация Якутии не смогла прилететь из-за непогоды, поэтому республику по видеосвязи
    представлял министр …»: kept away in person, present by a link all the same."""
    lemmas = sentence_lemmas(parsed, sent)
    joining = frozenset({"представлять", "подключиться", "выступить", "участвовать"})
    # («к видеоконференции не подключились» is staying away by the link too)
    return (
        bool(lemmas & {"видеосвязь", "онлайн", "видеоконференция", "дистанционно"})
        and bool(lemmas & joining)
        and not negated(parsed, sent, joining)
    )


#: words of inviting or offering: whom they ask to join has not joined
_INVITING = frozenset({"приглашение", "пригласить", "приглашать", "предложить", "предложение"})


def _lemmas_after(parsed: ParsedText, k: int, n: int) -> tuple[str, ...]:
    """The lemmas of the ``n`` tokens after ``k``."""
    return tuple(t.lemma for t in parsed.tokens[k + 1 : k + 1 + n])


def _invited(parsed: ParsedText, places: list[PlaceMention]) -> set[str]:
    """Regions asked to join, named after the asking («направили приглашение присоединиться к
    маршруту Владимирской области»), or to come next time («решили пригласить на следующую
    встречу депутатов Кировской области»): not those «по приглашению» who joined."""
    out = set()
    for p in places:
        s = parsed.sentences[p.sent]
        before = parsed.tokens[s.first : p.first]
        asking = [t.i for t in before if t.lemma in _INVITING]
        # the infinitive the asking governs, a few words after it
        asked = any(
            t.lemma in JOINING and t.feats.get("VerbForm") == "Inf" and any(0 < t.i - k <= 3 for k in asking)
            for t in before
        ) or any(
            # «решили пригласить на следующую встречу … депутатов Кировской области»
            _lemmas_after(parsed, k, 2) in (("на", "следующий"), ("на", "очередной"))
            for k in asking
            if parsed.tokens[k].feats.get("VerbForm") == "Inf"
        )
        # «Республику Коми также приглашали присоединиться к документу»: the one asked, named first
        ahead = parsed.tokens[p.last : min(p.last + 4, s.last)]
        asked = asked or (
            parsed.tokens[p.first].case == "Acc"
            and any(
                t.lemma in _INVITING and t.pos == "VERB" and _lemmas_after(parsed, t.i, 1)[0] in JOINING
                for t in ahead
                if t.i + 1 < s.last
            )
        )
        came = any(
            t.lemma in JOINING and t.feats.get("Tense") == "Past" for t in parsed.tokens[s.first : s.last]
        )
        if asked and not came and p.kind == "region":
            out.add(p.code)
    return out


def joining_later(parsed: ParsedText, sent: int) -> bool:
    """«К соглашению может присоединиться Мурманская область», «губернатор сообщил, что регион
    примет решение о присоединении в следующем году»: joining spoken of with no verb in the past
    but the one that reports it is a step not yet taken."""
    if not sentence_lemmas(parsed, sent) & JOINING:
        return False
    s = parsed.sentences[sent]
    verbs = [t for t in parsed.tokens[s.first : s.last] if t.pos in ("VERB", "AUX")]
    # a future or a «может» says it is to come; «присоединяется» in a headline is news of now
    ahead = any(t.feats.get("Tense") == "Fut" or t.lemma == "мочь" for t in verbs)
    tokens = parsed.tokens

    def reports(t: Token) -> bool:
        # «На заседании обсуждалось, что … может присоединиться и Ямал»: the verb that frames
        # a «что»-clause reports it
        after = [x for x in tokens[t.i + 1 : min(t.i + 3, s.last)] if x.text != ","]
        return t.lemma in SPEECH_VERBS or bool(after and after[0].lemma == "что")

    return ahead and not any(t.feats.get("Tense") == "Past" and not reports(t) for t in verbs)


#: words that open a clause which depends on the one before the comma
_DEPENDENT_OPENERS = frozenset({"который", "что", "чтобы", "будто", "где", "куда", "откуда"})


def comma_clause(parsed: ParsedText, sent: int, words: frozenset[str]) -> tuple[int, int]:
    """The tokens between the commas around the first of ``words``, where each comma parts two
    stretches with finite verbs of their own (clauses, not the items of a list); the whole
    sentence when no comma does."""
    s = parsed.sentences[sent]
    tokens = parsed.tokens
    commas = [k for k in range(s.first, s.last) if tokens[k].text == ","]
    bounds = [s.first - 1, *commas, s.last]

    def finite(a: int, b: int) -> bool:
        # «была подана»: the auxiliary is the finite verb of a passive
        return any(t.is_finite_verb or (t.pos == "AUX" and "Tense" in t.feats) for t in tokens[a + 1 : b])

    def relative(c: int) -> bool:
        # «делегация Хакасии, которая пока рассматривает вступление»: a relative clause goes
        # with the noun before it; «рассказала, что регион изучает …» tells of the speaker's
        return any(t.lemma in _DEPENDENT_OPENERS for t in tokens[c + 1 : min(c + 3, s.last)])

    cuts = [
        c
        for i, c in enumerate(commas, 1)
        if finite(bounds[i - 1], c) and finite(c, bounds[i + 1]) and not relative(c)
    ]
    word = next((k for k in range(s.first, s.last) if tokens[k].lemma in words), s.first)
    first = max((c + 1 for c in cuts if c < word), default=s.first)
    last = min((c for c in cuts if c > word), default=s.last)
    return first, last


def _will_take_part(parsed: ParsedText, sent: int) -> bool:
    """«В ней впервые примет участие Архангельская область»: taking part told in the future
    only, of an event still to come."""
    s = parsed.sentences[sent]
    tokens = parsed.tokens[s.first : s.last]
    if not {t.lemma for t in tokens} & PARTICIPATION:
        return False
    finite = [t for t in tokens if t.is_finite_verb]
    return bool(finite) and all(t.feats.get("Tense") == "Fut" for t in finite)


def _at_the_next_one(parsed: ParsedText, sent: int) -> bool:
    """«Решение примут на следующем заседании Совета после стратегической сессии с участием
    омской команды»: what is to happen at a later meeting, not at the one reported."""
    s = parsed.sentences[sent]
    tokens = parsed.tokens[s.first : s.last]
    upcoming = any(
        t.lemma == "следующий" and any(x.lemma in EVENT_HEADS for x in tokens[k + 1 : k + 3])
        for k, t in enumerate(tokens)
    )
    # «3. Рассмотреть на следующем заседании вопрос о приглашении …»: a protocol's decision, an
    # infinitive with nothing told as done
    decided = any(t.feats.get("VerbForm") == "Inf" for t in tokens) and not any(
        t.feats.get("Tense") == "Past" for t in tokens
    )
    return upcoming and (decided or any(t.feats.get("Tense") == "Fut" for t in tokens))


def _background(parsed: ParsedText) -> set[int]:
    """Sentences that tell the past, not the event («Напомним, …», «Ранее …», «В прошлом году …»);
    a paragraph that opens so is background as a whole. So is a sentence after the lead that
    dates what it tells by a year, in the past («в 2024 году … подписало такое же соглашение»):
    the genre dates the event it reports by the day, if at all."""
    past: set[int] = set()
    para_past: dict[int, bool] = {}
    lead = lead_sentences(parsed)
    for s in parsed.sentences:
        if s.i not in lead and _dated_by_a_year_in_the_past(parsed, s.i):
            past.add(s.i)
        words = [t for t in parsed.tokens[s.first : s.last] if t.is_word][:3]
        opens = " ".join(t.lemma for t in words)
        marked = bool(words) and (
            words[0].lemma in BACKGROUND_OPENERS or opens.startswith(("в прошлый год", "как сообщаться"))
        )
        if s.para not in para_past:
            para_past[s.para] = marked
        if marked or para_past[s.para]:
            past.add(s.i)
    return past


def leaves(parsed: ParsedText, sent: int) -> bool:
    """Does the sentence tell of leaving something («покинула ассоциацию», «вышла из АИРР») —
    not of reaching it («выйти на рынки», «вышедших на серийное производство»)?"""
    s = parsed.sentences[sent]
    tokens = parsed.tokens
    for k in range(s.first, s.last):
        if tokens[k].lemma in LEAVING:
            going_out = tokens[k].lemma in ("выйти", "выход", "выходить")
            if not going_out or any(t.text.lower() == "из" for t in tokens[k + 1 : min(k + 3, s.last)]):
                return True
    return False


def _dated_by_a_year_in_the_past(parsed: ParsedText, sent: int) -> bool:
    """«в 2024 году Законодательное собрание … подписало»: «в» + a year + «году», with a verb in
    the past and no day or month before the year."""
    s = parsed.sentences[sent]
    tokens = parsed.tokens[s.first : s.last]
    dated = any(
        tokens[k].text.lower() == "в"
        and tokens[k + 1].text.isdigit()
        and len(tokens[k + 1].text) == 4
        and tokens[k + 2].lemma == "год"
        for k in range(len(tokens) - 2)
    )
    return dated and any(t.pos in ("VERB", "AUX") and t.feats.get("Tense") == "Past" for t in tokens)


def _hosts(places: list[PlaceMention], organisations, about: set[int]) -> set[str]:
    """The region the reported events take place in, when its own institutions take part or the
    text names it as more than the venue («экосистема Республики Саха (Якутия)», СВФУ)."""
    cities = gazetteer().places
    venues = {
        p.code if p.kind == "region" else cities[("city", p.code)].region
        for p in places
        if p.venue and p.kind in ("region", "city")
    }
    named = {
        p.code
        for p in places
        if p.kind == "region"
        and not p.venue
        and not p.in_event_name
        and not p.locates_a_city  # «Бийска из Алтайского края»: where a city lies
        and p.sent in about
    }
    owned = {o.region for o in organisations if o.region}
    return venues & (named | owned)


def participants_told(parsed: ParsedText, event: Event, outside: set[int] = frozenset()) -> bool:
    """Does the text say who took part in the event, where it speaks of it (and not in
    ``outside``)?"""
    return any(tells_who_came(parsed, s) for s in event_sentences(parsed, event) if s not in outside)


#: verbs of making an event or its programme
_ORGANISING = frozenset({"подготовить", "организовать", "провести", "разработать"})


def counts_regions(parsed: ParsedText, sent: int) -> bool:
    """Does the sentence count regions with a numeral («пяти регионов», «семнадцать субъектов»)?"""
    s = parsed.sentences[sent]
    tokens = parsed.tokens
    return any(
        tokens[k].lemma in ("регион", "субъект") and tokens[k - 1].pos == "NUM"
        for k in range(s.first + 1, s.last)
    )


#: verbs of receiving guests
_RECEIVING = frozenset({"принимать", "принять", "встречать", "встретить"})


def tells_who_came(parsed: ParsedText, sent: int) -> bool:
    """Does the sentence tell who took part? «Участники представляли регионы …» does;
    «двадцатым участником объединения стала Архангельская область» speaks of membership."""
    lemmas = sentence_lemmas(parsed, sent)
    if lemmas & PARTICIPATION:
        return True
    if "зал" in lemmas and _phrase(parsed, sent, ("в", "зале")):
        return True  # «Кто в зале. Из глав регионов здесь губернатор …», «в зале — делегации …»
    if lemmas & _ORGANISING and counts_regions(parsed, sent):
        # «Образовательную программу подготовили вузы и технопарки пяти регионов АИРР — …»: the
        # regions that made the event together
        return True
    if lemmas & _RECEIVING and lemmas & _PEOPLE_NOUNS and "решение" not in lemmas:
        # «Гостя принимал глава региона Игорь Артамонов»: the host took part; «Пермский край
        # принимает коллективы из Удмуртии …»: so did those received
        return True
    s = parsed.sentences[sent]
    tokens = parsed.tokens
    for k in range(s.first, s.last):
        t = tokens[k]
        if (
            t.lemma in _COMPETITORS
            and k + 1 < s.last
            and (
                tokens[k + 1].text.lower() == "из"
                or (
                    tokens[k + 1].capitalized
                    and tokens[k + 1].case == "Gen"
                    # «станут участниками АИРР», «участники Ассоциации» speak of membership
                    and not tokens[k + 1].text.isupper()
                    and tokens[k + 1].lemma not in ASSOCIATION_WORDS
                )
            )
        ):
            # «поспорят более 400 спортсменов из шести регионов: …», «второе место заняли
            # спортсмены Татарстана, третье — команда Краснодарского края»
            return True
        if t.lemma in TOLD - PARTICIPATION:
            after = tokens[k + 1] if k + 1 < s.last else None
            if after is None or not (after.lemma in ASSOCIATION_WORDS or after.capitalized):
                return True
    return False


def event_sentences(parsed: ParsedText, event: Event) -> list[int]:
    """The event's sentences, and the next that says who took part («В нём приняли участие …»),
    or the one after it in the same paragraph («Гостей встречал губернатор … В работе совета
    участвовали …»)."""
    sents = set(event.sents)
    for s in event.sents:
        same_para = s > 0 and parsed.sentences[s - 1].para == parsed.sentences[s].para
        if same_para and _goes_on(parsed, s):
            sents.add(s - 1)  # «Делегация … побывала в Набережных Челнах. Там она провела переговоры …»
        elif same_para and _came(parsed, s - 1) and not _names_an_event(parsed, s - 1):
            # «В голосовании участвовали руководители … На собрании также выступил …»: who came,
            # told just before the paragraph names the event
            sents.add(s - 1)
        for nxt in (s + 1, s + 2):
            if (
                nxt < len(parsed.sentences)
                and (nxt == s + 1 or parsed.sentences[nxt].para == parsed.sentences[s].para)
                and tells_who_came(parsed, nxt)
            ):
                sents.add(nxt)
                # and the list goes on in the paragraph's next sentences («… приняли участие
                # губернатор Ульяновской области … Пермский край представлял первый заместитель …»)
                while (
                    nxt + 1 < len(parsed.sentences)
                    and parsed.sentences[nxt + 1].para == parsed.sentences[nxt].para
                    and tells_who_came(parsed, nxt + 1)
                ):
                    nxt += 1
                    sents.add(nxt)
                break
    return sorted(sents)


#: verbs that say who came or took part, not who only wished to («направила письмо с просьбой
#: включить её представителя»)
_CAME = frozenset({"участвовать", "поучаствовать", "присутствовать", "приехать", "прибыть", "съехаться"})


def _came(parsed: ParsedText, sent: int) -> bool:
    lemmas = sentence_lemmas(parsed, sent)
    return bool(lemmas & _CAME) or {"принять", "участие"} <= lemmas


#: what one sends to a meeting instead of coming: a letter, a greeting
_MESSAGES = frozenset({"письмо", "приветствие", "обращение", "телеграмма", "послание", "поздравление"})
#: («В приветствии … Раиса Татарстана говорится, что …»: what a message says, read out)
_SENDING = frozenset({"направить", "прислать", "зачитать", "передать", "огласить", "написать", "говориться"})


def _sent_word(parsed: ParsedText, sent: int) -> bool:
    """«Письмо о намерении присоединиться … направил Глава Бурятии», «модератор зачитал
    приветствие Раиса Татарстана», «… поблагодарил в своём канале»: whoever the sentence names
    sent a message or wrote it online, and did not come."""
    lemmas = sentence_lemmas(parsed, sent)
    online = bool(lemmas & _ONLINE and "свой" in lemmas)
    return bool((lemmas & _MESSAGES and lemmas & _SENDING) or online) and not _came(parsed, sent)


#: where one writes online («в своём телеграм-канале», «на своей странице»)
_ONLINE = frozenset({"канал", "телеграм-канал", "соцсеть", "страница", "блог"})
#: words of a place in a ranking
_RANKED = frozenset({"возглавить", "занять", "место", "строчка", "лидер", "десятка", "войти"})


def _names_an_event(parsed: ParsedText, sent: int) -> bool:
    s = parsed.sentences[sent]
    return any(parsed.tokens[k].lemma in EVENT_HEADS for k in range(s.first, s.last))


#: words that open a sentence going on with the one before: its place, its actor
_GOES_ON = frozenset({"там", "здесь", "он", "она", "они"})


def _goes_on(parsed: ParsedText, sent: int) -> bool:
    """Does the sentence go on with the one before, its first words a pronoun for that one's
    place or actor («Там она провела переговоры», «Они обсудили …»)?"""
    s = parsed.sentences[sent]
    opening = [t for t in parsed.tokens[s.first : min(s.first + 3, s.last)] if t.pos != "PUNCT"]
    return any(t.lemma in _GOES_ON and (t.pos == "ADV" or t.case == "Nom") for t in opening[:2])


def _maximal(groups: dict[tuple[str, ...], list[int]]) -> dict[tuple[str, ...], list[int]]:
    """Fold a party set contained in a larger one into it: both restate the same agreement."""
    keep = {p: list(s) for p, s in groups.items() if not any(set(p) < set(q) for q in groups)}
    for parties, sents in groups.items():
        if parties not in keep:
            keep[max((q for q in keep if set(parties) < set(q)), key=len)] += sents
    return {p: sorted(set(s)) for p, s in keep.items()}


#: people a region sends («коллеги из Башкирии», «представители из Якутии»)
_PEOPLE_NOUNS = frozenset(
    {"коллега", "представитель", "делегация", "гость", "специалист", "эксперт", "команда", "делегат"}
    # those a camp, a contest or a festival brings: «старшеклассников и студентов из …»
    | {"студент", "школьник", "старшеклассник", "спортсмен", "артист", "волонтёр", "волонтер", "участник"}
    # «Девяносто ребят из Томской, Калужской и Ульяновской областей десять дней работали …»
    | {"ребята", "ребенок", "подросток", "педагог", "учитель", "наставник"}
    # a festival's troupes and craftsmen: «принимает коллективы из Удмуртии, Башкортостана и …»
    | {"коллектив", "ансамбль", "хор", "мастер", "музыкант", "исполнитель"}
)


#: those who come to a contest or a festival to take part in it, not to watch
_COMPETITORS = frozenset(
    {"спортсмен", "команда", "сборная", "сборный", "участник", "коллектив", "ансамбль", "артист", "делегат"}
    # a camp's or a school's: «Девяносто ребят из Томской, Калужской и Ульяновской областей …»
    | {"ребята", "школьник", "старшеклассник", "студент"}
)


def _people_from(parsed: ParsedText, place: PlaceMention) -> bool:
    """Is the region named as where people come from («коллеги из Башкирии»)?"""
    k = place.first
    tokens = parsed.tokens
    return (
        place.kind == "region"
        and k >= 2
        and tokens[k - 1].text.lower() in ("из", "от")
        and tokens[k - 2].lemma in _PEOPLE_NOUNS
    )
