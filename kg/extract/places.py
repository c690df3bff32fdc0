"""Place mentions: federal subjects, cities, federal districts, macro-regions, foreign regions.

Names are matched on lemmas (any case, any number), longest name first. Adjectives resolve
through the head noun they share in a coordinated list («Новосибирская, Томская и Калужская
области»), or alone when they are unambiguous («томский губернатор»).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from ..text import MONTHS_GENITIVE, fold
from .gazetteer import HEAD_NOUNS, Gazetteer, gazetteer
from .lexicon import words
from .negation import stayed_away
from .nlp import ParsedText, Token, lemma_candidates, models
from .records import PlaceMention

#: nouns that make an adjective before them part of an event's name («Петербургский … форум»)
EVENT_NAME_HEADS = frozenset(
    [
        "форум",
        "фестиваль",
        "конгресс",
        "саммит",
        "конференция",
        "выставка",
        "ярмарка",
        "марафон",
        "биеннале",
        "олимпиада",
    ]
)
#: nouns after which a place adjective names no place («по московскому времени»)
NOT_PLACE_NOUNS = frozenset({"время"})
#: prepositions of place: «в Якутии», «на Камчатке», «во Владимире»
LOCATIVE_PREPOSITIONS = frozenset({"в", "во", "на"})
#: tokens that may stand between coordinated adjectives and their shared head noun
_LIST_GLUE = frozenset(
    {
        ",",
        "и",
        "а",
        "также",
        "автономный",
        "автономная",
        "автономные",
        "автономных",
        "автономной",
        "автономного",
        "автономными",
        "автономным",
    }
)


def find_places(parsed: ParsedText, gaz: Gazetteer | None = None) -> list[PlaceMention]:
    """Every place mention in the document, in text order, without overlaps."""
    gaz = gaz or gazetteer()
    tokens = parsed.tokens
    person_tokens = _person_tokens(parsed, gaz)
    taken: set[int] = set()
    found: list[PlaceMention] = []

    def add(kind: str, code: str, first: int, last: int, rule: str) -> None:
        if "(" in parsed.span_text(first, last) and last < len(tokens) and tokens[last].text == ")":
            last += 1  # «Республики Саха (Якутия)» keeps its closing bracket
        taken.update(range(first, last))
        found.append(
            PlaceMention(
                kind,
                code,
                first,
                last,
                tokens[first].sent,
                parsed.span_text(first, last),
                rule,
                venue=_is_venue(tokens, first),
                in_event_name=_in_event_name(tokens, first, last, kind)
                or _names_a_district(tokens, first, last, rule),
                in_proper_name=rule == "adjective" and _in_proper_name(tokens, first),
                in_career=_in_career(tokens, first),
            )
        )

    for first, last, kind, code, rule in _abbreviations(parsed, gaz):
        if not taken.intersection(range(first, last)):
            add(kind, code, first, last, rule)
    words = [t for t in tokens if t.is_word]
    for w, tok in enumerate(words):
        if tok.i in taken or tok.i in person_tokens:
            continue
        match = _longest_name(words, w, gaz)
        if match:
            n, entry = match
            if n == 1 and tok.lemma in _RIVERS and _a_river(tokens, tok):
                continue  # «Кубань — это не просто река», «в бассейне Кубани»
            add(entry.kind, entry.code, tok.i, words[w + n - 1].i + 1, entry.rule)
    for tok in words:
        if tok.i in taken or tok.i in person_tokens:
            continue
        if tok.pos not in ("ADJ", "PROPN", "NOUN") and not (
            tok.pos == "VERB" and tok.text.lower().endswith(_ADJECTIVE_ENDINGS) and _adjective_only(tok.text)
        ):
            continue  # the tagger takes a lone adjective for a verb: «…, калужскую — директор …»
        resolved = _adjective(tokens, tok, gaz)
        if resolved and not _names_a_thoroughfare(tokens, tok.i):
            kind, code, rule = resolved
            add(kind, code, tok.i, tok.i + 1, rule)
    for tok, code in _after_plural_kind(tokens, gaz, taken | person_tokens):
        add("region", code, tok.i, tok.i + 1, "name in a list after its kind")
    hosts = {
        p.code if p.kind == "region" else gaz.places[("city", p.code)].region
        for p in found
        if p.kind in ("region", "city") and p.venue and not p.in_event_name
    }
    if len(hosts) == 1:
        # «все три региона входят в АИРР, как и принимающая республика»: the one region the text
        # names as where things happen (a city's region for «в Калуге»)
        for tok in tokens:
            nxt = tokens[tok.i + 1] if tok.i + 1 < len(tokens) else None
            if (
                tok.text.lower().startswith("принимающ")
                and nxt is not None
                and nxt.lemma in _HOST_NOUNS
                and tok.i not in taken
            ):
                add("region", next(iter(hosts)), tok.i, tok.i + 2, "the host, named where things happen")
    named = {p.code for p in found if p.kind == "region"}
    found = _read_by_the_text(found, gaz, parsed)
    for first, last, codes in _shared_abbreviations(parsed, gaz):
        if taken.intersection(range(first, last)):
            continue
        if len(codes & named) == 1:
            add("region", (codes & named).pop(), first, last, "abbreviation shared, read by the text")
        elif not codes & named and len(headed := codes & _headed_by_the_name_after(parsed.tokens, last)) == 1:
            # «глава РБ Радий Хабиров»: the head named after it says which of its regions it is
            add("region", headed.pop(), first, last, "abbreviation shared, read by the head named")
    found.sort(key=lambda m: m.first)
    return _locating_cities(parsed.tokens, _with_both(parsed, found, gaz))


def _locating_cities(tokens: list[Token], found: list[PlaceMention]) -> list[PlaceMention]:
    """Mark a region named only to say where a city lies: an adjective before the city's name
    («подмосковных Дубны», «новосибирского Кольцова») or «из»/«в» right after it («Бийска из
    Алтайского края»). The city's people took part, not the region."""
    from dataclasses import replace

    cities = {p.first: p for p in found if p.kind == "city"}
    city_ends = {p.last: p for p in found if p.kind == "city"}
    out = []
    for p in found:
        if p.kind == "region":
            before_city = p.rule.startswith("adjective") and p.last in cities
            after_city = (
                p.first >= 2 and tokens[p.first - 1].text.lower() in ("из", "в") and p.first - 1 in city_ends
            )
            # «Кожевниковского района Томской области», «города Кировска Мурманской области»,
            # «Кировского района Санкт-Петербурга»: where a district or a town lies
            k = p.first - 1
            if k >= 1 and tokens[k].capitalized and tokens[k].case == "Gen":
                k -= 1  # past the town's own name
            after_district = (
                k >= 0
                and tokens[k].lemma in _MUNICIPAL_NOUNS
                and tokens[k].case == "Gen"
                and tokens[p.first].case == "Gen"
                # «Департамент образования города Москвы»: the federal city itself
                and not (tokens[k].lemma == "город" and k == p.first - 1)
            )
            if before_city or after_city or after_district:
                p = replace(p, locates_a_city=True)
        out.append(p)
    return out


#: nouns of municipalities, after which a region in the genitive says where they lie
_MUNICIPAL_NOUNS = frozenset({"район", "город", "поселение", "поселок", "посёлок", "село", "улус"})
#: what «принимающая …» refers to the host by
_HOST_NOUNS = frozenset({"республика", "область", "край", "регион", "округ", "сторона", "субъект"})
#: region names and nicknames that are also rivers' names («Кубань», «Дон»)
_RIVERS = frozenset({"кубань", "дон", "амур", "урал", "кама", "лена", "ангара", "енисей"})
#: words that make a one-word name a river's («река Кубань», «русло», «в бассейне Кубани»)
_RIVER_WORDS = frozenset({"река", "русло", "бассейн", "берег", "приток", "водохранилище", "исток", "устье"})


def _a_river(tokens: list[Token], tok: Token) -> bool:
    """Is the name a river's here: a river word within five tokens of it in its sentence?"""
    near = tokens[max(0, tok.i - 5) : tok.i + 6]
    return any(t.sent == tok.sent and t.lemma in _RIVER_WORDS for t in near)


#: kinds of subject whose official name puts the kind first: «Республика Алтай»
_KIND_FIRST = ("республика",)


def _after_plural_kind(tokens: list[Token], gaz: Gazetteer, taken: set[int]):
    """«республик Тыва, Хакасия и Алтай»: each name of the list completes the plural kind before
    it, so «Алтай» here is the Republic of Altai, which alone it would not be."""
    for t in tokens:
        if t.lemma not in _KIND_FIRST or t.feats.get("Number") != "Plur":
            continue
        j = t.i + 1
        while j < len(tokens) and tokens[j].sent == t.sent:
            w = tokens[j]
            if w.text in (",", "и"):
                j += 1
                continue
            if not (w.is_word and w.capitalized):
                break
            if w.i not in taken:
                codes = {
                    e.code
                    for e in gaz.names.get(t.lemma, ())
                    if e.kind == "region" and len(e.words) == 2 and e.words[1] & w.lemmas
                }
                if len(codes) == 1:
                    yield w, codes.pop()
            j += 1


#: prepositions of where to and where from: a region after them is not one the text speaks of
_PLACE_PREPOSITIONS = frozenset({"в", "во", "на", "из", "изо", "до"})


def regions_of_delegation(
    places: list[PlaceMention], noun: Token, tokens: list[Token] | None = None
) -> set[str]:
    """The regions a noun like «делегация» is of: named right after it («делегация Саратовской
    области»), after one of its bodies («делегация Законодательного собрания Вологодской
    области», given the ``tokens``), or by an adjective right before it («калужская делегация»)."""

    def after_body(p: PlaceMention) -> bool:
        # «делегация Министерства торговли и услуг Республики Башкортостан»: a body's name in the
        # genitive, its portfolio words joined by «и»
        between = tokens[noun.i + 1 : p.first] if tokens else []
        return (
            0 < len(between) <= 6
            and between[0].case == "Gen"
            and between[-1].case == "Gen"
            and all(t.is_word and (t.case == "Gen" or t.text == "и") for t in between)
        )

    return {
        p.code
        for p in places
        if p.kind == "region"
        and (p.first == noun.i + 1 or (p.last == noun.i and p.rule.startswith("adjective")) or after_body(p))
    }


#: nouns that name a region by its kind («край подписал …», «Республику представлял …») and the
#: kind they name; «область» names an autonomous one too
KIND_NOUNS = {"республика": "республика", "область": "область", "край": "край", "округ": "автономный округ"}


def of_kind(code: str, noun: str) -> bool:
    """Is the region of the kind a noun names («область», «край»), or is the noun no kind?"""
    kind = KIND_NOUNS.get(noun)
    return kind is None or gazetteer().regions[code].kind.endswith(kind)


def last_of_kind(
    places: list[PlaceMention],
    noun: str,
    before: int,
    tokens: list[Token] | None = None,
    other_than: str | None = None,
    subjects_only: bool = False,
) -> str | None:
    """The region a bare kind noun stands for: the last region of its kind named before token
    ``before``, where it acts rather than hosts (and not ``other_than``). Given the ``tokens``, one
    named in the nominative comes first — a subject stands for the region told as a subject, not
    for one in someone's career («… проработавший в правительстве Амурской области … Область
    стала участником»); with ``subjects_only``, only such a one."""
    told = [
        p
        for p in places
        if p.kind == "region"
        and p.last <= before
        and not p.venue
        and not p.in_event_name
        and p.code != other_than
        and of_kind(p.code, noun)
    ]
    if tokens is not None:
        subjects = [p for p in told if tokens[p.first].case == "Nom" or tokens[p.last - 1].case == "Nom"]
        told = subjects if subjects or subjects_only else told
    return told[-1].code if told else None


def after_place_preposition(tokens: list[Token], place: PlaceMention) -> bool:
    """«в Пермский край», «уезжают в Москву», «из Москвы»: a place where to or where from."""
    return place.first > 0 and tokens[place.first - 1].text.lower() in _PLACE_PREPOSITIONS


#: «все пять регионов»: how many a number word counts
_NUMBERS = {"два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8}


def _counted(tokens: list[Token], i: int) -> tuple[int | None, Token]:
    """«оба региона» → 2; «все пять регионов», «все 5 регионов», «три региона» → 5, 5, 3; the
    noun after the count."""
    tok = tokens[i]
    if tok.lemma == "оба" and i + 1 < len(tokens):
        # «обе наши республики»: past a possessive
        if tokens[i + 1].lemma in ("наш", "ваш", "их") and i + 2 < len(tokens):
            return 2, tokens[i + 2]
        return 2, tokens[i + 1]
    if tok.lemma == "весь" and i + 2 < len(tokens):
        word = tokens[i + 1].text.lower()
        count = _NUMBERS.get(word) or (int(word) if word.isdigit() and 2 <= int(word) <= 8 else None)
        return count, tokens[i + 2]
    opening = i == 0 or tokens[i - 1].sent != tok.sent
    if opening and tok.text.lower() in _PLURAL_SUBJECTS and _plural_verb_follows(tokens, i):
        return _ALL_BEFORE, tok  # «Республики вместе запускают программу»: those just named
    before = tokens[i - 1].text.lower() if i > 0 else ""
    if tok.lemma in _NUMBERS and tok.case == "Nom" and i + 1 < len(tokens) and before not in _OTHERS:
        # «три региона договорились», «три соседних субъекта подписали», «три наших региона»:
        # past an adjective or a possessive
        past = tokens[i + 1].pos in ("ADJ", "DET") or tokens[i + 1].lemma in ("наш", "ваш", "их")
        noun = tokens[i + 2] if past and i + 2 < len(tokens) else tokens[i + 1]
        return _NUMBERS[tok.lemma], noun
    return None, tok


#: kinds of region in the nominative plural (the tagger reads «Республики» opening a sentence as a
#: genitive singular, so the forms are listed)
_PLURAL_SUBJECTS = frozenset({"регионы", "субъекты", "республики", "области", "края"})


def _plural_verb_follows(tokens: list[Token], i: int) -> bool:
    """«Республики вместе запускают …»: the plural is the subject of the verb that follows; not
    «Республики Татарстан делегация …», nor «Регионы, занявшие последние места, …»."""
    rest = [t for t in tokens[i + 1 : i + 6] if t.sent == tokens[i].sent]
    if not rest or rest[0].capitalized or not rest[0].is_word:
        return False
    verb = next((t for t in rest if t.pos in ("VERB", "AUX")), None)
    return verb is not None and verb.feats.get("VerbForm") == "Fin" and verb.feats.get("Number") == "Plur"


#: the count of a plural that opens a sentence: every region of its kind the sentence before named
_ALL_BEFORE = -1

#: words before a count that point away from the regions just named («ещё три региона», «одним
#: из трёх регионов»), or that make it part of a count read already («все три региона»)
_OTHERS = frozenset(
    {"ещё", "еще", "других", "другие", "остальные", "остальных", "новых", "новые", "из", "все", "всех"}
)


#: «обе республики», «оба региона»: the noun after «оба» and the kinds of subject it covers
_BOTH_NOUNS = {
    "регион": None,
    "субъект": None,
    "республика": "республика",
    "область": "область",
    "край": "край",
}


def _with_both(parsed: ParsedText, found: list[PlaceMention], gaz: Gazetteer) -> list[PlaceMention]:
    """«Обе республики входят в АИРР», «все пять регионов входят …»: «оба», or «все» and a number,
    with a word for a region names that many of the last regions of that kind the text named
    before it — and only when there are that many to name."""
    tokens = parsed.tokens
    out = list(found)
    for tok in tokens[:-1]:
        count, noun = _counted(tokens, tok.i)
        if count is None or noun.lemma not in _BOTH_NOUNS:
            continue
        if (
            tok.lemma in _NUMBERS
            and any(
                m.sent == tok.sent
                and m.first > tok.i
                and m.kind == "region"
                and not m.venue
                # not the minister's region in «„Три наших региона — …“, — рассказал министр …»
                and not any(x.text == "»" for x in tokens[tok.i : m.first])
                for m in found
            )
        ):
            continue  # «вошли три региона: …» names them after the count
        kind = _BOTH_NOUNS[noun.lemma]

        if count == _ALL_BEFORE:  # every one the sentence before named
            last = [m for m in found if m.sent == tok.sent - 1]
            before = sorted({m.code for m in last if _one_of_them(parsed, m, tok.i, kind, gaz)})
            if len(before) < 2:
                continue
        else:
            before = []
            for m in reversed(found):
                if m.code not in before and _one_of_them(parsed, m, tok.i, kind, gaz):
                    before.append(m.code)
                if len(before) == count:
                    break
            if tok.lemma == "оба":
                # «… может присоединиться Оренбургская область. Оба региона входят в АИРР»: the two
                # the text is about, named far more often than any other, not the last two named
                # (only where one of the last two is named once, in passing: a digest's item
                # says «оба» of its own two)
                named = Counter(m.code for m in found if _one_of_them(parsed, m, tok.i, kind, gaz))
                ranked = named.most_common()
                if (
                    len(ranked) > 2
                    and ranked[1][1] > ranked[2][1]
                    and ranked[1][1] >= 2
                    and any(named[c] == 1 for c in before)
                    # («Отметили Калужскую область и Мордовию: оба региона …» speaks of the two it
                    # has just named)
                    and not all(any(m.code == c and m.sent == tok.sent for m in found) for c in before)
                ):
                    before = [ranked[0][0], ranked[1][0]]
            if len(before) < count and kind is None:
                # «Помимо хозяев и томской команды, в Красноярск приехали представители
                # Приангарья, Якутии и Новосибирской области. Все пять регионов входят в АИРР»:
                # the host named by its city makes up the count
                hosts = [
                    gaz.places[("city", m.code)].region
                    for m in reversed(found)
                    if m.kind == "city" and m.first < tok.i and ("city", m.code) in gaz.places
                ]
                more = list(dict.fromkeys(c for c in hosts if c and c not in before))
                if len(before) + len(more[:1]) == count:
                    before += more[:1]
            if len(before) < count:
                # «„Алабуга“ в Татарстане …, липецкая ОЭЗ …, Калужская область …, Тульская — …
                # Все четыре региона …»: a region where something is, not where anyone went,
                # makes up the count when those named otherwise are too few
                where = [
                    m.code
                    for m in reversed(found)
                    if m.code not in before and _where_something_is(parsed, m, tok.i, kind, gaz)
                ]
                before += list(dict.fromkeys(where))[: count - len(before)]
            if len(before) < count:
                continue
        for code in sorted(before):
            out.append(
                PlaceMention(
                    "region",
                    code,
                    tok.i,
                    noun.i + 1,
                    tok.sent,
                    parsed.span_text(tok.i, noun.i + 1),
                    "both, or all N: the last regions named before",
                    venue=_is_venue(tokens, tok.i),
                )
            )
    out.sort(key=lambda m: m.first)
    return out


#: verbs that say where a place is
_LOCATED = frozenset({"находиться", "располагаться", "расположить", "расположенный"})


def _where_something_is(
    parsed: ParsedText, m: PlaceMention, count_at: int, kind: str | None, gaz: Gazetteer
) -> bool:
    """«в Татарстане» in the locative, named before a count: the region where something is; «в
    Москву» would be where someone went."""
    tokens = parsed.tokens
    return (
        m.first < count_at
        and m.kind == "region"
        and m.venue
        and not m.in_event_name
        and m.first > 0
        and tokens[m.first - 1].text.lower() in ("в", "во", "на")
        and tokens[m.first].case == "Loc"
        and not stayed_away(parsed, m.sent)
        and (kind is None or gaz.regions[m.code].kind == kind)
    )


def _one_of_them(
    parsed: ParsedText, m: PlaceMention, count_at: int, kind: str | None, gaz: Gazetteer
) -> bool:
    """May the region mention ``m`` be one of those a count at ``count_at`` refers back to?"""
    tokens = parsed.tokens
    # «Обнинск находится в Калужской области, Северск — в Томской; оба региона входят в АИРР»:
    # where the sentence's cities are, not where anyone goes
    located = tokens[count_at].sent == m.sent and any(
        t.lemma in _LOCATED for t in tokens[parsed.sentences[m.sent].first : m.first]
    )
    return (
        m.first < count_at
        and m.kind == "region"
        and not m.in_event_name
        # «уезжают в Москву»: a destination, not one of the two; but «делегация … из Томской и
        # Иркутской областей» comes from the regions the count goes on to speak of
        and (located or not m.venue)
        and (
            located
            or not (
                after_place_preposition(tokens, m) and tokens[m.first - 1].text.lower() not in ("из", "изо")
            )
        )
        # «Курская область …, но её делегация приехать не смогла»: not one of them
        and not stayed_away(parsed, m.sent)
        and (kind is None or gaz.regions[m.code].kind == kind)
    )


def _person_tokens(parsed: ParsedText, gaz: Gazetteer) -> set[int]:
    """Tokens of people's names, where a place name must not be read («Владимир Мазур»).

    A lone capitalised word NER calls a person («Гомельщина») stays a place unless the same
    word is a surname of a fuller name in the document; so does a place's genitive NER glued
    to the first name after it («директор центра Омщины Жанна Коновалова»).
    """
    from .people import TITLE_WORDS, is_first_name, surname_shaped  # «Раис Татарстана»: a title

    def name_tokens(span) -> list[int]:
        ids = [i for i in range(span.first, span.last) if parsed.tokens[i].lemma not in TITLE_WORDS]
        lead = parsed.tokens[ids[0]] if len(ids) > 2 else None
        before = parsed.tokens[ids[0] - 1] if lead is not None and ids[0] > 0 else None
        if (
            lead is not None
            and (
                is_first_name(parsed.tokens[ids[1]].text)
                # «губернатор аймака Хувсгел Мунхбат Цэрэндорж»: a place named after its kind
                or (before is not None and before.lemma in _KINDS_BEFORE_A_NAME)
            )
            and not is_first_name(lead.text)
            and any(len(e.words) == 1 for x in lead.lemmas for e in gaz.names.get(x, ()))
        ):
            ids = ids[1:]
        return ids

    full = [s for s in parsed.spans if s.type == "PER" and len(name_tokens(s)) > 1]
    surnames = {parsed.tokens[s.last - 1].lemma for s in full}
    tokens = {i for s in full for i in name_tokens(s)}
    for s in parsed.spans:
        if s.type == "PER" and s.last - s.first == 1 and parsed.tokens[s.first].lemma in surnames:
            tokens.add(s.first)
    # «директор АИРР Олег Смоленский … пообещала, что Смоленский получит материалы», «Ивановский
    # напомнил»: the surname alone, with no noun after it that it would qualify as an adjective
    written = {fold(parsed.tokens[s.last - 1].text) for s in full}
    for t in parsed.tokens[1:]:
        after = parsed.tokens[t.i + 1] if t.i + 1 < len(parsed.tokens) else None
        if (
            fold(t.text) in written
            and t.text[:1].isupper()
            and not (after is not None and after.sent == t.sent and after.pos in ("NOUN", "ADJ", "PROPN"))
        ):
            tokens.add(t.i)
    # «директор агентства Урал Ишбулатов», «с Уралом Ишбулатовым»: a first name that is also a
    # place's, right before a surname in the same case
    for t, nxt in zip(parsed.tokens, parsed.tokens[1:], strict=False):
        if (
            t.capitalized
            and nxt.sent == t.sent
            and t.case is not None
            and t.case == nxt.case
            and surname_shaped(nxt.text)
            and not _first_name_of_a_name(parsed.tokens, nxt)
        ):
            tokens.update((t.i, nxt.i))
    return tokens


#: nouns of a kind of place its name follows («аймака Хувсгел», «провинции Хэйлунцзян»)
_KINDS_BEFORE_A_NAME = frozenset({"аймак", "провинция", "уезд", "штат", "префектура", "воеводство"})


def _first_name_of_a_name(tokens: list[Token], tok: Token) -> bool:
    """«министра … Тувы Айдына Монгуша»: «Айдына» looks like a surname, but a first name with a
    surname after it in the same case opens the name, and the place before it stays a place."""
    from .people import is_first_name

    after = tokens[tok.i + 1] if tok.i + 1 < len(tokens) else None
    return (
        after is not None
        and after.sent == tok.sent
        and after.capitalized
        and after.case == tok.case
        and is_first_name(tok.text)
    )


def _longest_name(words: list[Token], w: int, gaz: Gazetteer):
    """The longest gazetteer name starting at word ``w``, as (number of words, entry)."""
    tok = words[w]
    candidates = {e for lemma in tok.lemmas for e in gaz.names.get(lemma, ())}
    best = None
    for entry in candidates:
        n = len(entry.words)
        if w + n > len(words) or (entry.capitalised and not tok.capitalized):
            continue
        span = words[w : w + n]
        if any(span[k].sent != tok.sent for k in range(n)):
            continue
        better = best is None or n > best[0] or (n == best[0] and entry.kind == "region")
        if better and all(entry.words[k] & span[k].lemmas for k in range(n)):
            best = (n, entry)
    return best


_ADJECTIVE_ENDINGS = (
    "ий", "ый", "ой", "ая", "ое", "ые", "ие", "ого", "его", "ому", "ему", "ую", "ым", "им", "ом", "ем",
    "ыми", "ими", "ых", "их", "ей",
)  # fmt: skip


def _adjective_only(word: str) -> bool:
    """Does the dictionary read the word only as an adjective?"""
    tags = {str(form.tag).split(",")[0].split()[0] for form in models().vocab(word.lower())}
    return tags == {"ADJF"}


def _adjective(tokens: list[Token], tok: Token, gaz: Gazetteer):
    """An adjective that names a place: through a shared head noun, or on its own."""
    lemmas = tok.lemmas
    heads = {}
    for lemma in lemmas:
        heads.update(gaz.adjective_heads.get(lemma, {}))
    if heads:
        head = _shared_head(tokens, tok.i)
        if head in heads:
            kind, code = heads[head]
            return kind, code, "adjective in a coordinated list"
    # the tagger takes some for nouns («с челябинскими и курганскими коллегами»): the endings
    # of an adjective in any case say it is one
    if tok.pos != "ADJ" and not tok.text.lower().endswith(_ADJECTIVE_ENDINGS):
        return None
    after = tokens[tok.i + 1] if tok.i + 1 < len(tokens) else None
    if after is not None and after.lemma in NOT_PLACE_NOUNS:
        return None
    # «со стороны бурятского университета»: a side named by its body
    side_phrase = [t.text.lower() for t in tokens[max(tok.i - 2, 0) : tok.i]] == ["со", "стороны"]
    if after is not None and (after.lemma in _SIDE_NOUNS or side_phrase):
        for lemma in lemmas:
            if lemma in gaz.side_adjectives:
                kind, code = gaz.side_adjectives[lemma]
                return kind, code, "adjective before a side or a body"
    for lemma in lemmas:
        if lemma in gaz.adjectives:
            kind, code = gaz.adjectives[lemma]
            if (
                after is not None
                and after.lemma in _CITY_HEADS
                and (city := _capital_named(gaz, code, lemma))
            ):
                return "city", city, "adjective of a city before its mayor"  # «иркутский мэр»
            return kind, code, "adjective"
    if after is not None and after.lemma in _OWN_KIND_ADJECTIVES:
        # «Алтайского краевого Законодательного Собрания»: «краевой» says which of the regions an
        # adjective of two («алтайский») names
        wanted = _OWN_KIND_ADJECTIVES[after.lemma]
        codes = {
            r.code
            for r in gaz.regions.values()
            if r.kind == wanted and lemmas & {*r.adjectives, *r.ambiguous_adjectives}
        }
        if len(codes) == 1:
            return "region", codes.pop(), "adjective before the kind of its own bodies"
    return None


#: adjectives of a region's own bodies and the kind of region they say
_OWN_KIND_ADJECTIVES = {"краевой": "край", "областной": "область", "республиканский": "республика"}


#: nouns of a region's side or body: an adjective before them names the region even when it could
#: name a people or a city («чувашская делегация», «якутская сторона», «кировское правительство»)
_SIDE_NOUNS = frozenset(
    {"делегация", "сторона", "правительство", "власть", "министерство", "парламент", "команда", "сборная"}
    # «с удмуртскими коллегами у нас давнее соглашение»: the colleagues of the other region's side
    | {"коллега", "партнёр", "партнер"}
    # a region's head: «Приморский губернатор» heads the krai, not the district of that name
    | {"губернатор", "вице-губернатор"}
    # «тувинский министр», «Тувинскую часть программы»: a region's officials, and its part of a
    # joint undertaking (not «тувинская музыка», the people's)
    | {"министр", "глава", "премьер", "депутат", "чиновник", "представитель", "часть"}
)


#: heads of a city: «иркутский мэр» is Irkutsk's, not the oblast's
_CITY_HEADS = frozenset({"мэр", "вице-мэр", "сити-менеджер", "градоначальник"})


def _capital_named(gaz: Gazetteer, code: str, adjective: str) -> str | None:
    """The region's capital, where the adjective is the capital's too («иркутский» — Иркутск),
    and the region is not a city itself."""
    region = gaz.regions.get(code)
    if region is None or region.kind.startswith("город"):
        return None
    city = region.capital_en
    if ("city", city) not in gaz.places or fold(region.capital_ru)[:4] != adjective[:4]:
        return None
    return city


def _shared_head(tokens: list[Token], i: int) -> str | None:
    """The head noun lemma (область, край …) that a run of coordinated adjectives ends in."""
    j = i + 1
    while j < len(tokens) and tokens[j].sent == tokens[i].sent and j - i < 20:
        t = tokens[j]
        low = t.text.lower()
        lemmas = lemma_candidates(t.text)
        hit = lemmas & set(HEAD_NOUNS)
        if hit:
            return sorted(hit)[0]
        if low in _LIST_GLUE or t.pos == "ADJ" or t.text in "—–-":
            j += 1
            continue
        return None
    return None


def _abbreviations(parsed: ParsedText, gaz: Gazetteer):
    """Abbreviations are matched on the raw text, case and all: «ХМАО», «РС(Я)», «РТ»."""
    if not gaz.abbreviations:
        return
    starts = {t.start: t.i for t in parsed.tokens}
    stops = {t.stop: t.i for t in parsed.tokens}
    pattern = "|".join(re.escape(a) for a in sorted(gaz.abbreviations, key=len, reverse=True))
    for m in re.finditer(rf"(?<![\w-])(?:{pattern})(?![\w-])", parsed.text):
        if m.start() in starts and m.end() in stops:
            kind, code = gaz.abbreviations[m.group()]
            yield starts[m.start()], stops[m.end()] + 1, kind, code, "abbreviation"


def _read_by_the_text(found: list[PlaceMention], gaz: Gazetteer, parsed: ParsedText) -> list[PlaceMention]:
    """«РТ» is Tatarstan, unless the text names Tyva and not Tatarstan: an abbreviation that is one
    region's by default and another's by context (it is in both lists) goes to the other region
    when only that one is named in words."""
    in_words = {p.code for p in found if p.kind == "region" and not p.rule.startswith("abbreviation")}
    out = []
    for p in found:
        text = parsed.text[parsed.tokens[p.first].start : parsed.tokens[p.last - 1].stop]
        others = gaz.context_abbreviations.get(text, set()) - {p.code}
        if p.rule == "abbreviation" and p.code not in in_words and len(others & in_words) == 1:
            p = replace(p, code=(others & in_words).pop(), rule="abbreviation shared, read by the text")
        out.append(p)
    return out


def _headed_by_the_name_after(tokens: list[Token], k: int) -> frozenset[str]:
    """The regions the reference list of heads gives the name (first name, surname) at ``k``."""
    from .heads import regions_headed

    if k + 1 >= len(tokens) or not (tokens[k].capitalized and tokens[k + 1].capitalized):
        return frozenset()
    return regions_headed(tokens[k].text, tokens[k + 1].text) or regions_headed(
        tokens[k].lemma, tokens[k + 1].lemma
    )


def _shared_abbreviations(parsed: ParsedText, gaz: Gazetteer):
    """«РБ», «РК», «ЧР»: each with the regions it may stand for («РБ» is Bashkortostan where the
    text speaks of Bashkiria, Buryatia where it speaks of Buryatia, and Belarus elsewhere)."""
    if not gaz.context_abbreviations:
        return
    starts = {t.start: t.i for t in parsed.tokens}
    stops = {t.stop: t.i for t in parsed.tokens}
    for m in _shared_pattern(tuple(sorted(gaz.context_abbreviations))).finditer(parsed.text):
        if m.start() in starts and m.end() in stops:
            yield starts[m.start()], stops[m.end()] + 1, gaz.context_abbreviations[m.group()]


@lru_cache(maxsize=4)
def _shared_pattern(abbreviations: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(a) for a in sorted(abbreviations, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")


def _is_venue(tokens: list[Token], first: int) -> bool:
    """«в Якутии», «в Республике Саха»: a place in the locative after в/на; or a dateline
    («МОСКВА, 16 января.»), which says where the report was filed."""
    tok = tokens[first]
    opening = first == 0 or tokens[first - 1].sent != tok.sent
    if opening and tok.text.isupper() and first + 1 < len(tokens) and tokens[first + 1].text == ",":
        return True
    if opening and _dated(tokens, first):
        return True  # «Москва, 27 февраля 2025.», «Нижний Новгород, 5 мая»
    j = first - 1
    while j >= 0 and tokens[j].pos == "ADJ" and tokens[j].sent == tokens[first].sent:
        j -= 1
    if j >= 0 and tokens[j].text.lower() == "из" and _connected(tokens, j):
        return True  # «подключившийся к конференции из Москвы»: where one sat, not who took part
    if j >= 0 and tokens[j].text.lower() in LOCATIVE_PREPOSITIONS and tokens[first].case in ("Loc", None):
        return True
    if j >= 0 and tokens[j].text.lower() == "через":
        return True  # «грузы доставляют через Крым»: where things pass, not who takes part
    return tokens[first].case == "Gen" and _in_a_settlement_of(tokens, first)


#: nouns of the places inside a region that a venue names before the region itself
_SETTLEMENTS = frozenset(
    {"город", "посёлок", "поселок", "село", "деревня", "станица", "аул", "улус", "район", "округ", "пгт"}
)


def _in_a_settlement_of(tokens: list[Token], first: int) -> bool:
    """«в посёлке Светлом Оренбургской области», «в Светлинском районе Оренбургской области»: the
    region the venue is in, named after the settlement in the locative."""
    j = first - 1
    names = 0
    while j >= 0 and names < 3 and tokens[j].sent == tokens[first].sent and tokens[j].text[:1].isupper():
        j, names = j - 1, names + 1  # the settlement's own name, «Светлом», «Ыллымах»
    if j < 0 or tokens[j].lemma not in _SETTLEMENTS or tokens[j].case != "Loc":
        # «в Светлинском районе»: the name is an adjective before the noun
        return False
    k = j - 1
    while k >= 0 and tokens[k].pos == "ADJ" and tokens[k].sent == tokens[first].sent:
        k -= 1
    return k >= 0 and tokens[k].text.lower() in LOCATIVE_PREPOSITIONS


#: verbs of joining a meeting by a link from somewhere, and the words of the link
_CONNECTING = frozenset({"подключиться", "подключаться", "подключившийся", "выступить", "выступать"})
_LINKS = frozenset({"видеосвязь", "конференция", "видеоконференция", "связь", "онлайн"})


def _connected(tokens: list[Token], k: int) -> bool:
    """Is the «из» at ``k`` where one joined a meeting by a link from («подключившийся к
    конференции из Москвы», «выступил по видеосвязи из Томска»)?"""
    near = [t for t in tokens[max(k - 6, 0) : k] if t.sent == tokens[k].sent]
    if any(t.lemma in _CONNECTING for t in near[-4:]) and any(t.lemma in _LINKS for t in near):
        return True
    # «Из Москвы к видеоконференции подключился директор АИРР»: the link and the verb after
    ahead = [t for t in tokens[k + 1 : k + 8] if t.sent == tokens[k].sent]
    return any(t.lemma in _CONNECTING for t in ahead) and any(t.lemma in _LINKS for t in ahead)


def _dated(tokens: list[Token], first: int) -> bool:
    """Is the place that opens the sentence followed by a comma and a day of a month?"""
    k = first
    while k < len(tokens) and k - first < 4 and tokens[k].capitalized:
        k += 1
    after = tokens[k : k + 3]
    return (
        len(after) == 3
        and after[0].text == ","
        and after[1].text.isdigit()
        and after[2].text.lower() in MONTHS_GENITIVE
    )


THOROUGHFARES = words("thoroughfares")


def _names_a_thoroughfare(tokens: list[Token], k: int) -> bool:
    """«Калужское шоссе», «у Ярославского и Савёловского вокзалов»: the adjective, with others
    joined to it, qualifies a street, a road or a station."""
    for t in tokens[k + 1 : k + 5]:
        if t.sent != tokens[k].sent:
            return False
        if t.pos == "NOUN":
            return t.lemma in THOROUGHFARES
        if not (t.pos == "ADJ" or t.text in (",", "и")):
            return False
    return False


#: verbs of holding a post or working somewhere, told of someone's past
_CAREER_VERBS = frozenset({"руководить", "возглавлять", "работать", "проработать", "трудиться", "занимать"})


def _in_career(tokens: list[Token], first: int) -> bool:
    """Is the place told in a clause about someone's past posts: «Паслер, который до весны 2025
    года руководил Оренбургской областью», «…, проработавший восемь лет в Амурской области»? Such
    a region is where one worked before, not one that acts."""
    k = first - 1
    sent = tokens[first].sent
    clause = []
    while k >= 0 and tokens[k].sent == sent and tokens[k].text not in (",", "—", "–", "(", ";"):
        clause.append(tokens[k])
        k -= 1
    for t in clause:
        if t.lemma not in _CAREER_VERBS:
            continue
        if t.feats.get("VerbForm") == "Part" and t.feats.get("Tense") == "Past":
            return True  # «проработавший», «руководивший»
        if t.feats.get("Tense") == "Past" and any(x.lemma == "который" for x in clause):
            return True  # «который … руководил»
    return False


def _in_proper_name(tokens: list[Token], first: int) -> bool:
    """«Курский вокзал», «Московская биржа», «Томский политехнический университет»: a capitalised
    place adjective inside a sentence opens the proper name of a thing, not the region acting."""
    tok = tokens[first]
    sentence_start = first == 0 or tokens[first - 1].sent != tok.sent or tokens[first - 1].text in '«"—–-:'
    nxt = tokens[first + 1] if first + 1 < len(tokens) and tokens[first + 1].sent == tok.sent else None
    if nxt is not None and first + 2 < len(tokens) and _a_regional_body(nxt, tokens[first + 2]):
        return False  # «Мурманской областной Думы»: the region's own parliament, which acts for it
    return tok.text[:1].isupper() and not sentence_start and nxt is not None and nxt.pos in ("NOUN", "ADJ")


#: adjectives of a region's own bodies («областная Дума»), and the bodies they name
_BODY_LEVELS = frozenset({"областной", "краевой", "окружной"})
_REGIONAL_BODIES = frozenset({"дума", "собрание", "совет", "правительство", "администрация"})


def _a_regional_body(level: Token, noun: Token) -> bool:
    return level.lemma in _BODY_LEVELS and noun.lemma in _REGIONAL_BODIES


def _names_a_district(tokens: list[Token], first: int, last: int, rule: str) -> bool:
    """«в Тамбовском районе» of the Amur region, «Ямальский район»: an adjective before «район»
    names a municipal district, not the region the adjective is made from."""
    return rule.startswith("adjective") and last < len(tokens) and tokens[last].lemma in ("район", "улус")


def _in_event_name(tokens: list[Token], first: int, last: int, kind: str) -> bool:
    """A place adjective that opens an event's name: «Петербургский международный экономический форум»."""
    j = last
    while j < len(tokens) and j - last < 4 and tokens[j].pos == "ADJ":
        j += 1
    return j < len(tokens) and tokens[j].lemma in EVENT_NAME_HEADS and tokens[first].pos == "ADJ"
