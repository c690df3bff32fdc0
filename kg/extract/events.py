"""Events: strategic sessions, forums and their sessions, meetings, assemblies, visits, excursions.

An event is found by its head noun; its name is that noun with its modifiers and the quoted
title or abbreviation that follows («выездная сессия ВЭФ «IT отрасль как драйвер …»»).
Later mentions with the same head noun («Собрание прошло в Москве») are the same event.
Place, date, chair, region count («11 регионов») and duration («4 дня») are read from the
sentences that mention it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..text import MONTHS_GENITIVE, iso_date
from .lexicon import table
from .nlp import ParsedText, Token, nominative
from .places import regions_of_delegation
from .posts import ANAPHORIC_REGION, ROLE_HEADS, ROLE_MODIFIERS
from .records import Event, PersonMention, PlaceMention

#: head noun lemma → event kind (a local name of an rkg:EventKind individual)
EVENT_HEADS = table("event_heads")
PARLIAMENT_ADJECTIVES = frozenset({"законодательный", "народный", "государственный", "учредительный"})
PARLIAMENT_NOUNS = frozenset({"дума", "собрание", "парламент", "совет", "курултай", "хурал", "ил"})
_MONTHS = {m: i + 1 for i, m in enumerate(MONTHS_GENITIVE)}
_DATE = re.compile(r"\b(\d{1,2})\s+(" + "|".join(_MONTHS) + r")\s+(\d{4})\s*(?:года|г\.)?")
# «11 регионов», «восемь субъектов РФ» — not «5 субъектов МСП» (small businesses)
_COUNT = re.compile(
    r"\b(\d{1,3})\s+(?:регион\w*|субъект\w*+(?!\s+(?:МСП|малого|предпринимательства)))", re.IGNORECASE
)
_DAYS = re.compile(r"\b(\d{1,2})\s+(?:дня|дней|день)\b")
#: verbs that make a working group's mention its meeting
_GROUP_MEETS = frozenset(
    {"принимать", "принять", "собраться", "собираться", "заседать", "провести", "пройти"}
)
#: heads that have no singular: «провели переговоры» is one event, «переговоры идут» a process
_PLURAL_ONLY = frozenset({"переговоры"})
_HOLDING = frozenset({"провести", "пройти", "состояться", "вести"})
_CHAIR_VERBS = frozenset({"провести", "возглавить", "председательствовать", "открыть", "модерировать"})


def find_dates(text: str) -> list[str]:
    """ISO dates written out in Russian: «21 мая 2010 года» → 2010-05-21."""
    dates = (iso_date(int(y), _MONTHS[m], int(d)) for d, m, y in _DATE.findall(text))
    return [d for d in dates if d]


#: the key an event's next one takes, told with «следующий» («Следующую сессию решено провести …»)
NEXT_EVENT = "следующий "
#: event heads that take a prefix written as one word with them («агрофорум», «экофестиваль»)
_COMPOUND_HEADS = ("форум", "фестиваль", "выставка", "ярмарка", "конференция")


def _kind(tok: Token, tokens: list[Token]) -> str | None:
    kind = EVENT_HEADS.get(tok.lemma)
    if kind is None and "-" in tok.lemma and not tok.lemma.startswith("пресс-"):
        # «выставка-ярмарка», «бизнес-форум» (a press conference is no joint event)
        kind = next((EVENT_HEADS[part] for part in tok.lemma.split("-") if part in EVENT_HEADS), None)
    if kind is None:
        # «агрофорум», «медиафорум», «турфестиваль»: a short prefix written together with the head
        kind = next(
            (
                EVENT_HEADS[h]
                for h in _COMPOUND_HEADS
                if tok.lemma.endswith(h) and 2 <= len(tok.lemma) - len(h) <= 5
            ),
            None,
        )
    before = tokens[tok.i - 1] if tok.i > 0 else None
    after = tokens[tok.i + 1] if tok.i + 1 < len(tokens) else None
    # «Законодательное собрание», «Народное собрание» are parliaments, not meetings
    if tok.lemma == "собрание" and before is not None and before.lemma in PARLIAMENT_ADJECTIVES:
        return None
    # «областное Собрание депутатов», «Собрание представителей»: a parliament too
    if tok.lemma == "собрание" and after is not None and after.lemma in ("депутат", "представитель"):
        return None
    # «сессия Думы», «сессия областного собрания»: a parliament's sitting
    if tok.lemma == "сессия" and after is not None and after.lemma in PARLIAMENT_NOUNS:
        return None
    if kind is None and tok.lemma == "биржа" and after is not None and after.lemma in _EXCHANGED:
        # «межрегиональная биржа кооперации», «биржа поставщиков»: a fair where buyers meet
        # suppliers, not a stock exchange
        return "Exhibition"
    if tok.lemma == "школа" and not _a_named_school(tok, after) and not _a_season_school(tokens, tok):
        return None  # «строительство школ», «директор школы»: a school, not a course
    if (
        kind is None
        and tok.lemma == "смена"
        and (
            _a_season_school(tokens, tok)
            or (after is not None and after.text == "«")
            or (before is not None and before.lemma in _SHIFT_KINDS)
        )
    ):
        # «осенняя инженерная смена «Технолидеры»», «профильная смена»: a camp's session for
        # pupils, not «смена руководства»
        return "Camp"
    if kind == "ForumSession" and before is not None and before.lemma == "стратегический":
        return "StrategicSession"
    if (
        kind is None
        and tok.lemma == "день"
        and tok.feats.get("Number") == "Plur"
        and tok.text[:1].isupper()
        and after is not None
        and after.sent == tok.sent
        and (after.lemma == "культура" or after.text[:1].isupper())
    ):
        # «Дни культуры Республики Башкортостан», «Дни Якутии в Петербурге»: days of one region's
        # culture in another, a festival (not «Дни открытых дверей» nor days of the week)
        return "Festival"
    if kind is None and tok.lemma == "группа" and before is not None and before.lemma == "рабочий":
        # «технопарк принимал рабочую группу ассоциации», «рабочая группа собралась в Томске»:
        # a working group that meets is its meeting (its head, «руководитель рабочей группы», is not)
        s = [t for t in tokens if t.sent == tok.sent]
        if any(t.lemma in _GROUP_MEETS for t in s):
            return "Meeting"
    return kind


#: what a fair called «биржа» trades in: contracts between buyers and suppliers
_EXCHANGED = frozenset({"кооперация", "поставщик", "контакт", "субконтракт", "деловой", "субконтрактация"})
#: adjectives of a camp's session for pupils or students («инженерная смена», «профильная смена»)
_SHIFT_KINDS = frozenset(
    {"профильный", "инженерный", "образовательный", "тематический", "проектный", "научный"}
)
#: adjectives that make a school a course held for some days («летняя инженерная школа»)
_SEASONS = frozenset({"летний", "зимний", "осенний", "весенний", "выездной"})


def _a_season_school(tokens: list[Token], tok: Token) -> bool:
    """«пятая летняя инженерная школа АИРР», «зимняя школа»: a course held in a season, a word or
    two before the head."""
    before = tokens[max(0, tok.i - 3) : tok.i]
    return any(t.lemma in _SEASONS and t.sent == tok.sent for t in before)


def _a_named_school(tok: Token, after: Token | None) -> bool:
    """«Школа трансфера технологий», «школа «Инноватор»»: a course by its name, capitalised and
    in the singular, with a genitive or a quoted title after it — not a school building."""
    return (
        tok.text[:1].isupper()
        and tok.feats.get("Number") != "Plur"
        and after is not None
        and after.sent == tok.sent
        and (after.text == "«" or (after.pos == "NOUN" and after.case == "Gen" and after.text.islower()))
        and after.lemma not in ("искусство", "танец", "музыка", "олимпийский", "резерв")
    )


_ORDINALS = frozenset({"первый", "второй", "третий", "четвертый", "пятый", "шестой", "седьмой"})


def _numbered(tokens: list[Token]) -> dict[int, str]:
    """Heads told apart by ordinals («Первый вебинар … Второй вебинар …»), by token: the ordinal.
    Only where one head takes two ordinals or more; «первый форум регионов» alone is the first
    of its kind, one event."""
    by_head: dict[str, dict[int, str]] = {}
    for tok in tokens:
        if tok.i > 0 and tokens[tok.i - 1].lemma in _ORDINALS and tok.pos == "NOUN":
            by_head.setdefault(tok.lemma, {})[tok.i] = tokens[tok.i - 1].lemma
    series = [heads for heads in by_head.values() if len(set(heads.values())) >= 2]
    return {i: ordinal for heads in series for i, ordinal in heads.items()}


def _plural(tok: Token) -> bool:
    """The tagger's plural, unless the ending says otherwise: it takes a word it does not know
    («видеосовещание») for a plural, where «-ие» ends only a singular."""
    return tok.feats.get("Number") == "Plur" and not tok.text.lower().endswith(("ие", "ье"))


def _held(tokens: list[Token], head: Token) -> bool:
    """Is a head with no singular told as held, in the past («провели переговоры», «переговоры
    состоялись»), not as going on («переговоры идут», «только начинаются»)?"""
    return head.lemma in _PLURAL_ONLY and any(
        t.sent == head.sent and t.lemma in _HOLDING and t.feats.get("Tense") == "Past" for t in tokens
    )


def _genitive(tokens: list[Token], k: int, head: Token) -> bool:
    """Is token ``k`` a genitive noun or adjective of the head's sentence (part of its name)?"""
    t = tokens[k] if k < len(tokens) else None
    return t is not None and t.sent == head.sent and t.pos in ("NOUN", "PROPN", "ADJ") and t.case == "Gen"


def _inside_sentence(tokens: list[Token], head: Token) -> bool:
    """Is the head capitalised for its name, not for opening a sentence or a line («— Визит …»)?
    The word before it is a lower-case word or an ordinal («в XII Форуме»)."""
    before = tokens[head.i - 1] if head.i > 0 else None
    return (
        before is not None
        and before.sent == head.sent
        and (before.text.islower() or before.text.isdigit() or set(before.text) <= set("IVXLC"))
    )


#: events that are sittings of one body, which the text may go on to call by another word
_SITTINGS = frozenset({"Meeting", "GeneralAssembly", "StrategicSession", "ForumSession"})
#: words that make an event an earlier one than the text reports
_EARLIER = frozenset({"предыдущий", "прошлый", "прошлогодний"})


def _name(parsed: ParsedText, head: Token) -> tuple[str, int]:
    """The event's name: modifiers + head + a quoted title, an abbreviation or a year that follows."""
    tokens = parsed.tokens
    first = head.i
    while (
        first > 0
        and tokens[first - 1].sent == head.sent
        and (
            tokens[first - 1].pos == "NUM"
            # «прошедший форум», not «сборная Ямала, выигравшая два предыдущих турнира»: the words
            # before the head agree with it
            or (
                (tokens[first - 1].pos == "ADJ" or tokens[first - 1].feats.get("VerbForm") == "Part")
                and (tokens[first - 1].case in (None, head.case) or head.case is None)
            )
        )
    ):
        first -= 1
    last = head.i + 1
    k = last
    if k < len(tokens) and tokens[k].text.isupper() and len(tokens[k].text) >= 2 and tokens[k].pos != "PUNCT":
        k += 1  # «сессия ВЭФ», «заседание АИРР»
    if k < len(tokens) and tokens[k].text in '«"“':
        depth, j = 0, k
        while j < len(tokens) and tokens[j].sent == head.sent:
            depth += tokens[j].text in "«“" or (tokens[j].text == '"' and depth == 0)
            depth -= tokens[j].text in "»”" or (tokens[j].text == '"' and j > k)
            j += 1
            if depth <= 0:
                break
        k = j
    elif head.capitalized and _inside_sentence(tokens, head) and _genitive(tokens, k, head):
        # «XII Форум регионов России и Беларуси»: a capitalised head inside the sentence, then
        # the genitives that complete its name
        while (
            k < len(tokens)
            and tokens[k].sent == head.sent
            and (
                _genitive(tokens, k, head)
                or (tokens[k].text == "и" and k + 1 < len(tokens) and _genitive(tokens, k + 1, head))
            )
        ):
            k += 1
    elif k + 1 < len(tokens) and tokens[k].text in "–—-" and tokens[k + 1].text.isdigit():
        k += 2  # «Гайдаровский форум – 2021»
    elif k < len(tokens) and tokens[k].text == "по" and head.lemma == "экскурсия":
        # «экскурсия по ИТ-парку Якутска»: the route names the excursion
        j = k + 1
        while j < len(tokens) and j - k < 8 and tokens[j].sent == head.sent and tokens[j].pos != "PUNCT":
            if tokens[j].pos == "CCONJ":
                break
            j += 1
        k = j
    last = max(last, k)
    base = nominative([t for t in tokens[first : head.i + 1]])
    tail = parsed.text[tokens[head.i].stop : tokens[last - 1].stop] if last > head.i + 1 else ""
    name = (base + tail).strip()
    name = re.sub(r"[“”\"]([^“”\"]+)[“”\"]", r"«\1»", name)
    return name[:1].upper() + name[1:], first


def find_events(parsed: ParsedText, mentions: list[PersonMention], places: list[PlaceMention]) -> list[Event]:
    """Events with the sentences that mention them, merged by head noun within the document."""
    tokens = parsed.tokens
    found: dict[str, dict] = {}
    order: list[str] = []
    numbered = _numbered(tokens)
    for tok in tokens:
        kind = _kind(tok, tokens)
        if kind is None and tok.lemma == "биржа" and any(found[k]["lemma"] == "биржа" for k in order):
            kind = "Exhibition"  # «представили на бирже …» after «биржа кооперации» named it
        if kind is None or tok.pos not in ("NOUN", "PROPN"):  # «XII Форуме регионов …» is tagged PROPN
            continue
        name, first = _name(parsed, tok)
        if any(t.lemma in _EARLIER and t.case == tok.case for t in tokens[first : tok.i]):
            continue  # «выигравшая два предыдущих турнира», «на прошлом форуме»: an earlier one
        if (
            _plural(tok)
            and tok.lemma != "день"
            and not _named(name)
            and not _held(tokens, tok)
            # «на Всероссийских летних сельских спортивных играх»: a name, capitalised inside the
            # sentence, of one event called in the plural
            and not (first < tok.i and tokens[first].capitalized and _inside_sentence(tokens, tokens[first]))
        ):
            continue  # «участие в выставках и ярмарках»: events in general, not one event
        key = tok.lemma if name.lower() == tok.text.lower() or " " not in name else name.lower()
        # an unnamed later mention («Собрание прошло …») joins the last event with the same head noun
        target = next(
            (k for k in reversed(order) if found[k]["lemma"] == tok.lemma and not k.startswith(NEXT_EVENT)),
            None,
        )
        if target is None and " " not in name and kind in _SITTINGS and order:
            # «… приняла участие в общем собрании членов ассоциации. … В заседании участвовал …»:
            # a bare sitting right after another names that one again
            last = found[order[-1]]
            if (
                last["kind"] in _SITTINGS
                and 0 <= tok.sent - last["sents"][-1] <= 2
                and not order[-1].startswith(NEXT_EVENT)
            ):
                target = order[-1]
        if tok.i in numbered:
            # «Первый вебинар, 12 февраля, …  Второй вебинар, 26 февраля, …»: each its own event
            key = target = f"{numbered[tok.i]} {tok.lemma}"
            if target not in found:
                found[target] = {"lemma": tok.lemma, "kind": kind, "name": name, "sents": [], "heads": []}
                found[target]["numbered"] = True
                order.append(target)
        elif any(t.lemma == "следующий" for t in tokens[max(tok.i - 2, 0) : tok.i] if t.sent == tok.sent):
            # «Следующую выездную сессию решено провести в Башкирии»: another event, still to come
            key = target = NEXT_EVENT + tok.lemma
            if target not in found:
                found[target] = {"lemma": tok.lemma, "kind": kind, "name": name, "sents": [], "heads": []}
                order.append(target)
        if target is None or (
            " " in name
            and found[target]["name"].lower() != name.lower()
            and _named(found[target]["name"])
            and _named(name)
        ):
            target = key
            if target not in found:
                found[target] = {"lemma": tok.lemma, "kind": kind, "name": name, "sents": [], "heads": []}
                order.append(target)
        elif len(name) > len(found[target]["name"]) and not _named(found[target]["name"]):
            found[target]["name"] = name
        if tok.sent not in found[target]["sents"]:
            found[target]["sents"].append(tok.sent)
        found[target]["heads"].append(tok.i)
    told_by_verb = [
        (tok.sent, "визит", "Visit", "Визит делегации") for tok in _delegations_visiting(parsed, places)
    ]
    told_by_verb += [(sent, "встреча", "Meeting", "Встреча") for sent in _gatherings(parsed, places)]
    # «Академпарк принял делегации Томской и Кемеровской областей»: the visit the text tells of,
    # or else the meeting
    visit = any(found[k]["lemma"] == "визит" for k in order) or any(x[1] == "визит" for x in told_by_verb)
    told_by_verb += [
        (sent, "визит", "Visit", "Визит делегации") if visit else (sent, "встреча", "Meeting", "Встреча")
        for sent in _receptions(parsed, places)
    ]
    for sent, lemma, kind, name in told_by_verb:
        # «Делегация Камчатского края посетила Магадан», «В Челябинске собрались представители
        # Тульской и Воронежской областей»: an event told by its verb alone, the same as the
        # unnamed one of its kind the text goes on to mention («На полях встречи …»)
        target = next((k for k in order if found[k]["lemma"] == lemma and not k.startswith(NEXT_EVENT)), None)
        if target is None:
            target = lemma
            found[target] = {"lemma": lemma, "kind": kind, "name": name, "sents": [], "heads": []}
            order.append(target)
        if sent not in found[target]["sents"]:
            found[target]["sents"] = sorted([*found[target]["sents"], sent])
    order.sort(key=lambda k: found[k]["sents"][0])  # in the order the text first tells of them
    events = []
    doc_count = _COUNT.search(parsed.text)
    for n, k in enumerate(order):
        e = found[k]
        sents = tuple(e["sents"])
        text = " ".join(parsed.sentence_text(s) for s in sents)
        venue = next(
            (p for p in places if p.sent in sents and p.venue and p.kind in ("city", "region", "foreign")),
            None,
        )
        dates = find_dates(text)
        count = _COUNT.search(text)
        days = _DAYS.search(text)
        people = [m for m in mentions if m.sent in sents]
        chair = _chair(parsed, e["heads"], mentions)
        events.append(
            Event(
                key=f"e{n + 1}",
                kind=e["kind"],
                name=e["name"],
                sents=sents,
                location=(venue.kind, venue.code) if venue else None,
                date=dates[0] if dates else None,
                chair=chair,
                participants=tuple(dict.fromkeys(m.person for m in people)),
                region_count=int(count.group(1))
                if count
                else (int(doc_count.group(1)) if doc_count and n == 0 else None),
                duration_days=int(days.group(1)) if days and e["kind"] == "Visit" else None,
                rule="event head noun",
                still_to_come=k.startswith(NEXT_EVENT),
                numbered=e.get("numbered", False),
            )
        )
    return _shared_venue(events)


#: verbs that tell a delegation went somewhere
_VISITING = frozenset(
    {"посетить", "побывать", "прибыть", "приехать", "посещать", "находиться", "приезжать", "прибывать"}
)
#: «Делегация … провела два дня в Белгородской области»: spending days somewhere is a visit too
_SPENDING = frozenset({"провести"})
_DAY_WORDS = frozenset({"день", "сутки", "неделя"})


def _delegations_visiting(parsed: ParsedText, places: list[PlaceMention]) -> list[Token]:
    """«Делегация Камчатского края посетила Магадан», «калужская делегация побывала в Набережных
    Челнах»: the delegation of a region (named after it or by an adjective before it), in a
    sentence with a verb of going and a place it went to."""
    tokens = parsed.tokens
    found = []
    for tok in tokens:
        if tok.lemma != "делегация" or tok.case != "Nom":
            continue
        sent = [t for t in tokens if t.sent == tok.sent]
        verb = next((t.i for t in sent if t.lemma in _VISITING and t.i > tok.i and t.pos == "VERB"), None)
        if verb is None:
            verb = next(
                (
                    t.i
                    for t in sent
                    if t.lemma in _SPENDING
                    and t.i > tok.i
                    and any(x.lemma in _DAY_WORDS for x in tokens[t.i + 1 : t.i + 4])
                ),
                None,
            )
        before = None
        if (
            verb is None
            and tok.i >= 1
            and tokens[tok.i - 1].lemma in _VISITING
            and tokens[tok.i - 1].pos == "VERB"
        ):
            before = verb = tok.i - 1  # «В марте в Самару приезжала делегация министерства …»
        if verb is None:
            continue
        own = regions_of_delegation(places, tok, tokens) or _composition_next(parsed, places, tok.sent)
        # where it went: a venue, or what the verb names («посетила Магадан»)
        went = [
            p
            for p in places
            if p.sent == tok.sent
            and p.code not in own
            and (
                p.first > tok.i
                and (p.venue or p.first > verb)
                or (
                    before is not None
                    and p.last <= before
                    and p.first > 0
                    and tokens[p.first - 1].lemma in ("в", "на")
                )
            )
        ]
        if own and went:
            found.append(tok)
    return found


def _composition_next(parsed: ParsedText, places: list[PlaceMention], sent: int) -> set[str]:
    """«Делегация ассоциации посетила Гомельскую область. В её состав вошли представители
    Татарстана, Калужской и Липецкой областей»: a delegation of no one region, whose regions the
    next sentence lists."""
    nxt = sent + 1
    if nxt >= len(parsed.sentences):
        return set()
    s = parsed.sentences[nxt]
    opening = [t.lemma for t in parsed.tokens[s.first : min(s.first + 4, s.last)]]
    if "состав" not in opening or not {"её", "ее", "она", "делегация"} & set(opening):
        return set()
    return {p.code for p in places if p.sent == nxt and p.kind == "region" and not p.venue}


#: verbs that tell people gathered
_GATHERING = frozenset({"собраться", "съехаться"})
#: who gathers for their regions
_GATHERED = frozenset({"представитель", "делегация", "губернатор", "глава", "министр", "делегат"})


def _gatherings(parsed: ParsedText, places: list[PlaceMention]) -> list[int]:
    """«В Челябинске собрались представители Тульской и Воронежской областей»: sentences where
    people of two or more regions gathered, in the past."""
    tokens = parsed.tokens
    out = []
    for s in parsed.sentences:
        words = tokens[s.first : s.last]
        gathered = any(t.lemma in _GATHERING and t.feats.get("Tense") == "Past" for t in words)
        if not gathered or not any(t.lemma in _GATHERED for t in words):
            continue
        regions = {p.code for p in places if p.sent == s.i and p.kind == "region" and not p.venue}
        if len(regions) >= 2:
            out.append(s.i)
    return out


#: whom a host receives for a region
_GUESTS = frozenset({"делегация", "коллега", "гость", "губернатор", "глава", "представитель"})


def _receptions(parsed: ParsedText, places: list[PlaceMention]) -> list[int]:
    """«Губернатор … принял главу соседнего региона», «технопарк принял делегации Томской и
    Кемеровской областей»: sentences where a host received guests of a region, in the past."""
    tokens = parsed.tokens
    out = []
    for s in parsed.sentences:
        words = tokens[s.first : s.last]
        verb = next(
            (t.i for t in words if t.lemma in ("принять", "принимать") and t.feats.get("Tense") == "Past"),
            None,
        )
        if verb is None or any(
            t.lemma in ("участие", "решение", "закон", "программа") for t in words if t.i > verb
        ):
            continue  # «принял участие», «принял решение»: no guests received
        guests = [t.i for t in words if t.i > verb and t.lemma in _GUESTS and t.case in ("Acc", "Gen")]
        if guests and any(p.sent == s.i and p.kind == "region" and p.first > guests[0] for p in places):
            out.append(s.i)
    return out


def _shared_venue(events: list[Event]) -> list[Event]:
    """Events of a document with one venue happened there («делегация провела в Якутии 4 дня …»)."""
    venues = {e.location for e in events if e.location}
    if len(venues) != 1:
        return events
    venue = venues.pop()
    return [e if e.location else replace(e, location=venue) for e in events]


def _named(name: str) -> bool:
    return any(ch in name for ch in '«"') or any(w.isupper() and len(w) > 1 for w in name.split())


def _with_post_before(tokens: list[Token], first: int, floor: int) -> int:
    """The start of a name with its post right before it («глава Республики Татарстан Рустам
    Минниханов»): the parser often hangs the name on the post, and the post on the verb, so the
    subject is found through either. The post is role words, then capitalised names or kinds of
    region, back to no farther than ``floor``; without a role word there is no post."""
    k = first
    while (
        k > floor + 1
        and tokens[k - 1].sent == tokens[first].sent
        and (tokens[k - 1].capitalized or tokens[k - 1].lemma in _POST_WORDS)
    ):
        k -= 1
    while k < first and tokens[k].lemma not in ROLE_HEADS:
        k += 1  # the post starts at its role word
    return k


#: words a post before a name is made of: role words, and the kinds of region it belongs to
_POST_WORDS = ROLE_HEADS | ROLE_MODIFIERS | ANAPHORIC_REGION


def _chair(parsed: ParsedText, heads: list[int], mentions: list[PersonMention]) -> int | None:
    """«заседание … под председательством X», «собрание провёл X»: the person who chaired."""
    tokens = parsed.tokens
    for h in heads:
        window = tokens[h + 1 : h + 6]
        mark = next((t.i for t in window if t.lemma == "председательство" and t.sent == tokens[h].sent), None)
        if mark is not None:
            after = [m for m in mentions if m.first > mark and m.sent == tokens[h].sent]
            if after:
                return after[0].person
        sent = parsed.sentences[tokens[h].sent]
        if not any(t.lemma in _CHAIR_VERBS for t in tokens[sent.first : sent.last]):
            continue  # no verb of chairing: the sentence is not parsed for nothing
        verb = parsed.head(h)
        if verb >= 0 and tokens[verb].lemma in _CHAIR_VERBS:
            subject = [
                m
                for m in mentions
                if m.sent == sent.i
                and any(
                    parsed.head(i) == verb or (parsed.head(i) >= 0 and parsed.head(parsed.head(i)) == verb)
                    for i in range(
                        _with_post_before(tokens, m.first, h if h < m.first else sent.first - 1), m.last
                    )
                )
            ]
            in_sent = [m for m in mentions if m.sent == tokens[h].sent]
            pick = subject or (in_sent if len(in_sent) == 1 else [])
            if pick:
                return pick[0].person
    return None
