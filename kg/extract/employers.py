"""Which body a post belongs to when the role phrase only points at it.

The genre names a body once, with its region, and then its head by the body's kind
(«ульяновский наноцентр … Директор наноцентра Дмитрий Меркулов»), by a pronoun («Югорский
государственный университет … Его ректор Сергей Кравченко») or in a relative clause («посетили
Технопарк Тюменской области, где их встретил директор Антон Зубарев»). Such a post takes the
body, and the body's region, from where the text named it; a post whose phrase already says
where it belongs is left as it is.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from .events import PARLIAMENT_NOUNS
from .lexicon import words
from .nlp import ParsedText, Token, genitive, lemma_candidates, models
from .organisations import head_kind
from .posts import HEADS_OF_BODIES, REGION_OWNED, ROLE_MODIFIERS, region_code
from .records import Organisation, OrgMention, PlaceMention, Post

#: nouns that name a kind of body («наноцентр», «университет», «агрохолдинг»)
BODY_KINDS = words("body_kinds")
#: posts that head a body, the ones «его …» and «где … встретил …» point at a body with
LEADERS = frozenset(
    {
        "директор",
        "гендиректор",
        "ректор",
        "руководитель",
        "президент",
        "председатель",
        "глава",
        "главврач",
        "врач",
        "управляющий",
        "начальник",
    }
)
_POINTING = frozenset({"его", "её", "ее", "их"})


@dataclass(frozen=True, slots=True)
class _Body:
    """A body the text names: its kind noun's position, its organisation if recognised, its region."""

    at: int
    sent: int
    kind: frozenset[str]
    organisation: str | None
    region: str | None
    #: the kind noun that heads the body's name, where one does («Агентство …», not «Совет ассоциации»)
    head_kind: str | None = None


def with_organisations_named_before(
    posts: list[Post], org_mentions: list[OrgMention], organisations: dict[str, Organisation]
) -> list[Post]:
    """«Самарский университет имени Королёва … — сказал ректор университета Андрей Шорин»: a post
    whose office ends in a common noun heading an organisation the text named before belongs to
    that organisation (and to its region)."""
    out = []
    for post in posts:
        words_ = post.role.split()
        known = organisations.get(post.organisation) if post.organisation else None
        if known is not None and known.region and post.region is None:
            # «генеральный директор «Степных просторов»» after «ставропольский агрохолдинг «…»»
            post = replace(post, region=known.region, region_rule="region of the organisation named before")
        if post.organisation is None and len(words_) >= 2:
            noun = lemma_candidates(words_[-1])
            named = [
                organisations[m.organisation]
                for m in org_mentions
                if m.sent <= post.sent
                and len(organisations[m.organisation].name.split()) > 1
                and _headed_by(organisations[m.organisation].name, noun)
            ]
            candidates = {o.key: o for o in named}
            if len(candidates) == 1:
                org = next(iter(candidates.values()))
                if post.region is None:
                    post = replace(
                        post,
                        organisation=org.key,
                        region=org.region,
                        region_rule="region of the organisation named before" if org.region else "",
                    )
                else:
                    post = replace(post, organisation=org.key)
        out.append(post)
    return out


@cache
def _head_lemmas(name: str) -> frozenset[str]:
    """The lemmas of the first three words of an organisation's name, where its head noun stands
    («Самарский университет имени Королёва», «Агентство инвестиционного развития …»), and of its
    first noun wherever it stands («Самарский национальный исследовательский университет …»)."""
    words_ = [w for w in name.split() if w[:1].isalpha()]
    lemmas = {lemma for w in words_[:3] for lemma in lemma_candidates(w)}
    head = next((w for w in words_ if _a_noun(w)), None)
    return frozenset(lemmas | (lemma_candidates(head) if head else set()))


def _a_noun(word: str) -> bool:
    """Does the dictionary read the word first as a noun in the nominative?"""
    parses = models().vocab.parse(word.lower())
    return bool(parses) and parses[0].tag.POS == "NOUN" and parses[0].tag.case == "nomn"


def _headed_by(name: str, noun: frozenset[str]) -> bool:
    """Is the organisation's name headed by the noun?"""
    return bool(_head_lemmas(name) & noun)


def with_bodies_pointed_at(
    posts: list[Post],
    parsed: ParsedText,
    places: list[PlaceMention],
    org_mentions: list[OrgMention],
    organisations: dict[str, Organisation],
) -> list[Post]:
    """Posts that point at a body named elsewhere in the text take its region (and the body,
    where it is a recognised organisation). Only posts that know neither are read."""
    bodies = _bodies(parsed.tokens, places, org_mentions, organisations)
    out = []
    for post in posts:
        if post.region is None and post.organisation is None and post.span[1]:
            post = _pointed_at(post, parsed.tokens, bodies) or post
        if post.organisation and " " not in post.role and post.organisation in organisations:
            # «… Законодательного собрания Красноярского края сообщил его председатель …»,
            # «председателя Алтайского краевого Законодательного Собрания»: the head of a
            # parliament is named with it, as the genre names him
            post = replace(post, role=_head_of(post.role, organisations[post.organisation].name))
        out.append(post)
    return out


def _head_of(role: str, body: str) -> str:
    """«председатель» of «Законодательное собрание Красноярского края» → «председатель
    законодательного собрания»; any other body leaves the role as it is."""
    from pymorphy2.analyzer import Parse  # natasha's subclass expects UD names; these are OpenCorpora's

    words = []
    for word in body.split():
        parse = next((p for p in models().vocab.parse(word.lower()) if p.tag.case == "nomn"), None)
        if parse is None:
            break
        words.append(parse)
    if not words or not lemma_candidates(words[-1].word) & PARLIAMENT_NOUNS:
        return role
    genitive = [Parse.inflect(p, {"gent"}) for p in words]
    if any(g is None for g in genitive):
        return role
    return " ".join([role, *(g.word for g in genitive)])


def _pointed_at(post: Post, tokens: list[Token], bodies: list[_Body]) -> Post | None:
    start = post.span[0]
    role = post.role.split()
    kind = lemma_candidates(role[-1]) & BODY_KINDS if len(role) > 1 else frozenset()
    before = [b for b in bodies if b.at < start]
    if kind:
        # «директор наноцентра»: the one body of that kind, with its region, named before
        regions = {b.region for b in before if b.kind & kind and b.region}
        if len(regions) == 1:
            return replace(
                post, region=regions.pop(), region_rule="region of the body of its kind named before"
            )
        return None
    if not any(lemma_candidates(w) & LEADERS for w in role):
        return None
    near = [b for b in before if b.sent >= post.sent - 1]
    if not near:
        return None
    body = near[-1]
    # the pronoun opens the role phrase or stands just before it
    pronoun = tokens[start].text.lower() in _POINTING or (
        start > 0 and tokens[start - 1].text.lower() in _POINTING
    )
    relative = body.sent == post.sent and any(
        tokens[k].text.lower() == "где" and tokens[k - 1].text == "," for k in range(body.at + 1, start)
    )
    if not (pronoun or relative) or body.region is None and body.organisation is None and not body.head_kind:
        return None
    rule = "the body «его …» points at" if pronoun else "the body the clause «где …» is about"
    titled = post.role
    if role[-1] in HEADS_OF_BODIES and all(w in ROLE_MODIFIERS for w in role[:-1]) and body.head_kind:
        # «тюменское Агентство инфраструктурного развития. Его руководитель …»: the head of an
        # agency, as the title would say with the body named after it (not «Совета ассоциации …
        # его председатель», whose head noun is no kind of body)
        titled = f"{post.role} {genitive(body.head_kind) or ''}".strip()
    return replace(
        post,
        role=titled,
        organisation=body.organisation,
        region=body.region,
        region_rule=rule if body.region else "",
    )


def _bodies(
    tokens: list[Token],
    places: list[PlaceMention],
    org_mentions: list[OrgMention],
    organisations: dict[str, Organisation],
) -> list[_Body]:
    """Bodies the text names: recognised organisations, and a kind noun the text places in a
    region — «ульяновский наноцентр», «ставропольский агрохолдинг», «Технопарк Тюменской области»."""
    found = [
        _Body(
            m.first,
            m.sent,
            _kind_of(organisations[m.organisation].name),
            m.organisation,
            organisations[m.organisation].region,
            head_kind(organisations[m.organisation].name) or _kind_before_quote(tokens, m.first),
        )
        for m in org_mentions
    ]
    taken = {i for m in org_mentions for i in range(m.first, m.last)}
    named_at = len(found)
    for p in places:
        if p.kind not in ("region", "city") or p.in_event_name:
            continue
        if p.rule.startswith("adjective"):
            # the adjective and up to two more lower-case words before the kind noun
            for k in range(p.last, min(p.last + 3, len(tokens))):
                # «тюменское Агентство инфраструктурного развития»: the kind noun may open a name
                if not (tokens[k].is_word and (tokens[k].text.islower() or k == p.last)):
                    break
                if tokens[k].lemma in BODY_KINDS:
                    found.append(
                        _Body(k, p.sent, frozenset({tokens[k].lemma}), None, region_code(p), tokens[k].lemma)
                    )
                    break
        else:
            # «Технопарк Тюменской области», «Корпорация развития Ульяновской области»: the kind
            # noun right before the region, or before a word or two of what the body does
            for k in range(p.first - 1, max(p.first - 4, -1), -1):
                if tokens[k].lemma == "представительство" and any(
                    t.text.lower() in ("в", "во") for t in tokens[k + 1 : p.first]
                ):
                    break  # «представительство в Екатеринбурге» is another region's, not the city's
                if tokens[k].lemma in BODY_KINDS and k not in taken:
                    found.append(
                        _Body(k, p.sent, frozenset({tokens[k].lemma}), None, region_code(p), tokens[k].lemma)
                    )
                    break
                if not (tokens[k].is_word and tokens[k].text.islower()):
                    break
    kinds_at = {b.at for b in found[named_at:]}
    for k in range(1, len(tokens) - 1):
        # «ансамбль «Полесские напевы»» that neither a recogniser nor a region adjective made a
        # body: a body of that kind, named, though of no known region
        kind = _kind_before_quote(tokens, k + 1) if tokens[k].text == "«" else None
        if kind and k + 1 not in taken and k - 1 not in kinds_at:
            found.append(_Body(k + 1, tokens[k].sent, frozenset({kind}), None, None, kind))
    return sorted(found, key=lambda b: b.at)


def _kind_before_quote(tokens: list[Token], first: int) -> str | None:
    """The kind noun right before a quoted name starting at ``first`` («туроператор «Волжская
    слобода»»), as its lemma."""
    quote = first if tokens[first].text == "«" else first - 1
    if quote < 1 or tokens[quote].text != "«":
        return None
    return tokens[quote - 1].lemma if tokens[quote - 1].lemma in BODY_KINDS else None


def _kind_of(name: str) -> frozenset[str]:
    """The kind nouns among the first words of an organisation's name («Югорский государственный
    университет» is a university)."""
    return _head_lemmas(name) & BODY_KINDS


def with_regional_bodies(
    posts: list[Post],
    parsed: ParsedText,
    places: list[PlaceMention],
    org_mentions: list[OrgMention],
    organisations: dict[str, Organisation],
) -> list[Post]:
    """«Координировать работу поручено региональному Фонду развития промышленности. Его директор
    …»: a body the text calls «региональный», «областной», «республиканский» is of the region the
    text speaks of there — the last region named before it, where it acts rather than hosts; one
    «из Барнаула» is of that city's region. The body takes that region, and so do the posts in it
    that name none."""
    starts = {p.first: p for p in places if p.kind in ("region", "city")}
    for mention in org_mentions:
        org = organisations[mention.organisation]
        if org.region or mention.first == 0:
            continue
        after = mention.last
        if (
            after + 1 < len(parsed.tokens)
            and parsed.tokens[after].text.lower() == "из"
            and (place := starts.get(after + 1)) is not None
        ):
            # «Алтайский государственный аграрный университет из Барнаула»: the city's region
            organisations[org.key] = replace(org, region=region_code(place))
            continue
        if parsed.tokens[mention.first - 1].lemma not in REGION_OWNED:
            continue
        before = [p for p in places if p.kind == "region" and p.first < mention.first and not p.in_event_name]
        acting = [p for p in before if not p.venue] or before
        if acting:
            organisations[org.key] = replace(org, region=acting[-1].code)
    out = []
    for post in posts:
        body = organisations.get(post.organisation) if post.organisation else None
        if post.region is None and body is not None and body.region:
            post = replace(post, region=body.region, region_rule="region of the organisation")
        out.append(post)
    return out
