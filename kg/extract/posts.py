"""Posts: the role phrase around a person's name → role, organisation and region.

The genre writes a post in apposition to the name, before it («губернатор Томской области
Владимир Мазур», «председатель Совета АИРР, президент Татарстана Рустам Минниханов» — two
posts) or after it between commas («Владимир Мазур, губернатор Томской области, …»). The
role is the head noun with its modifiers and the genitive words that name the office
(«руководитель проектного офиса», «заместитель председателя правительства»); what follows
names the organisation or the region the post belongs to.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..text import MONTHS_GENITIVE, fold
from .gazetteer import gazetteer
from .lexicon import table, words
from .nlp import ParsedText, Token, genitive, lemma_candidates, nominative
from .organisations import (
    COUNTRY_WORDS,
    LEGAL_FORMS,
    head_kind,
    kind_where_named,
    known_organisations,
    region_where_named_again,
    resolve,
)
from .places import KIND_NOUNS, last_of_kind, of_kind, regions_of_delegation
from .records import Organisation, PersonMention, PlaceMention, Post

#: nouns that head a post
ROLE_HEADS = words("role_heads")
#: words that open a role phrase before its head («генеральный директор», «временно исполняющий обязанности»)
ROLE_MODIFIERS = words("role_modifiers")
#: capitalised nouns that name an office rather than an organisation («председатель Совета»)
#: short names of regional parliaments and their full names in the genitive («Госсовета»)
OFFICE_SHORT_FORMS = table("office_short_forms")
OFFICE_NOUNS = words("office_nouns") | frozenset(OFFICE_SHORT_FORMS)
BODY_KINDS = words("body_kinds")
#: a region referred to by its kind («глава региона», «президент республики»)
ANAPHORIC_REGION = frozenset({"регион", "область", "край", "республика", "округ", "субъект"})
#: municipal units: their heads belong to the region of the context («глава района», «глава улуса»)
MUNICIPAL_NOUNS = frozenset(
    {"район", "улус", "округ", "поселение", "муниципалитет", "администрация", "город"}
)
#: posts that belong to a region even when the text leaves it to the context («губернатор Иван Петров»)
REGIONAL_ROLES = frozenset({"губернатор", "вице-губернатор", "глава", "раис"})
#: adjectives that make a body the region's own («региональный центр», «краевое министерство»)
REGION_OWNED = frozenset({"региональный", "областной", "краевой", "республиканский", "окружной"})
#: possessive pronouns that may stand inside a post («её совета директоров»)
POSSESSIVES = frozenset({"его", "ее", "её", "их", "свой"})
#: words that say a post is held in an acting capacity; the post itself is what follows
ACTING = frozenset({"врио", "и.о.", "временно", "исполняющий", "исполнять", "обязанность"})
_BOUNDARY = frozenset({"—", "–", ":", ";", "!", "?", "…"})


def _idiom(tokens: list[Token], j: int) -> bool:
    """«во главе с губернатором»: «глава» here leads a group, it is not a post."""
    return tokens[j].lemma == "глава" and j > 0 and tokens[j - 1].text.lower() in ("во", "в")


def _is_role_head(tok: Token) -> bool:
    return (
        tok.lemma in ROLE_HEADS
        or tok.text.lower() in ROLE_HEADS
        or _former(tok) in ROLE_HEADS
        or _held_by_a_woman(tok.text.lower()) in ROLE_HEADS
    )


def _held_by_a_woman(word: str) -> str:
    """«заведующая», «управляющей» → «заведующий», «управляющий»: a post named by a participle
    takes the holder's gender, and the tagger lemmatises it to the verb («заведовать»)."""
    for ending in ("ая", "ей", "ую"):
        if word.endswith("щ" + ending) or word.endswith("нн" + ending):
            return word[: -len(ending)] + ("ий" if word[-len(ending) - 1] == "щ" else "ый")
    return ""


def _former(tok: Token) -> str:
    """«экс-губернатор» → «губернатор»: the post a former holder held («» for other words)."""
    low = tok.lemma.lower()
    return low[4:] if low.startswith("экс-") else ""


def _is_role_word(tok: Token) -> bool:
    low = tok.text.lower()
    return _is_role_head(tok) or tok.lemma in ROLE_MODIFIERS or low in ROLE_MODIFIERS


#: adverbs of place, time and addition, which stand in the clause and never inside a post
_SENTENCE_ADVERBS = frozenset(
    {
        "здесь",
        "там",
        "тут",
        "сейчас",
        "теперь",
        "уже",
        "также",
        "тоже",
        "еще",
        "ещё",
        "сегодня",
        "вчера",
        "лично",
    }
)


def _phrase_token(tok: Token) -> bool:
    """Can this token stand inside a role-and-organisation phrase?"""
    if tok.pos in ("DET", "PRON") and (tok.lemma in POSSESSIVES or tok.text.lower() in POSSESSIVES):
        return True  # «председатель её совета директоров», «с момента её создания»
    if tok.pos == "ADV" and tok.text.lower() in _SENTENCE_ADVERBS:
        return False  # «членов ассоциации здесь губернатор …»: the adverb belongs to the clause
    if tok.pos in ("NOUN", "PROPN", "ADJ", "NUM", "ADP", "CCONJ", "ADV", "X"):
        return not (tok.pos == "CCONJ" and tok.lemma not in ("и",))
    if tok.pos == "VERB":
        # «назначен» ends the phrase: what stands before it is the post given
        # so does a short participle, a predicate («Координатором работы определена министр …»)
        return (
            tok.feats.get("VerbForm") == "Part"
            and tok.lemma not in APPOINTING
            and tok.feats.get("Variant") != "Short"
        ) or tok.lemma in ROLE_MODIFIERS
    if tok.pos == "PUNCT":
        return tok.text in '«»"“”()-‑–' or tok.text == "."
    return False


def _chunk_before(
    tokens: list[Token], end: int, stop_at: set[int], in_place: set[int]
) -> tuple[int, int] | None:
    """The phrase right before token ``end``: its first token and the index of its first role word."""
    sent = tokens[end].sent if end < len(tokens) else tokens[end - 1].sent
    k = end - 1
    depth = 0
    closed = None  # the «)» of the brackets being read back through
    while k >= 0 and tokens[k].sent == sent and k not in stop_at:
        t = tokens[k]
        # «Ханты-Мансийского автономного округа – Югры», «ХМАО — Югры»: a dash inside a name
        if k in in_place or (depth <= 0 and _dash_in_name(tokens, k)):
            k -= 1
            continue
        if t.text in "»)":
            if t.text == ")" and depth == 0:
                closed = k
            depth += 1
        elif t.text in "«(":
            depth -= 1
            if t.text == "(" and depth == 0 and closed is not None and k - 1 in stop_at:
                # «Анна Вишнякова (руководитель агентства …) и Дашинима Цыренжапов»: the post in
                # brackets is the one named before them; this one's starts after them
                k = closed
                break
        elif depth <= 0 and _listed_genitive(tokens, k):
            pass  # «министра строительства, архитектуры и жилищно-коммунального хозяйства …»
        elif depth <= 0 and not _phrase_token(t):
            break
        if t.text in _BOUNDARY and depth <= 0 and not _dash_in_name(tokens, k):
            break
        k -= 1
    start = k + 1
    role_at = _role_start(tokens, start, end)
    return (start, role_at) if role_at is not None else None


def _role_before_dash(
    parsed: ParsedText, m: PersonMention, stop_at: set[int], in_place: set[int]
) -> tuple[int, int] | None:
    """The post that opens a line and stands before a dash and the name: «руководитель рабочей
    группы — Гусева Елена Анатольевна, …», «Председатель комиссии — Иван Петров»."""
    tokens = parsed.tokens
    dash = m.first - 1
    if dash < 1 or tokens[dash].text not in ("—", "–"):
        return None
    chunk = _chunk_before(tokens, dash, stop_at, in_place)
    if chunk is None:
        return None
    _, role_at = chunk
    opens = role_at == parsed.sentences[m.sent].first or tokens[role_at - 1].text in (":", ";", ".")
    # one post, one holder: not «Спикеры двух парламентов — Шарипов и Яндышев — …»
    single = tokens[role_at].feats.get("Number") != "Plur"
    return (role_at, dash) if opens and single and tokens[role_at].case == "Nom" else None


def _past_preposition(tokens: list[Token], role_at: int, end: int, case: str | None) -> int:
    """The post the name agrees with when a preposition joins two: in «глава Якутии с
    заместителем губернатора Андреем Антоновым» the person is the deputy, not the head."""
    if case is None or tokens[role_at].case == case:
        return role_at
    for j in range(role_at + 1, end):
        if tokens[j].pos == "ADP":
            later = _role_start(tokens, j + 1, end)
            if later is not None and tokens[later].case == case:
                return later
    return role_at


#: the longest participle clause read between a post and its holder's name, in tokens
_CLAUSE_SPAN = 12


def _participle_clause(tokens: list[Token], end: int, stop_at: set[int]) -> int | None:
    """The comma that opens a participle clause closed by the comma right before token ``end``.

    A post may be followed by what its holder does before the name comes: «министр цифрового
    развития области, отвечающая за информатизацию, Ирина Воронцова». The clause opens with a
    participle and holds no other name; the post it tells of agrees with it.
    """
    close = end - 1
    if close < 1 or tokens[close].text != ",":
        return None
    sent = tokens[close].sent
    for c in range(close - 2, max(close - _CLAUSE_SPAN, 0) - 1, -1):
        t = tokens[c]
        if t.sent != sent or c in stop_at or (t.text in _BOUNDARY):
            return None
        if t.text == ",":
            first = tokens[c + 1]
            participle = first.pos in ("VERB", "ADJ") and first.feats.get("VerbForm") == "Part"
            return c if participle else None
    return None


def _dash_in_name(tokens: list[Token], k: int) -> bool:
    """«Государственного Собрания – Курултая»: a dash between two capitalised words joins a name
    and its other name, inside one office."""
    return (
        tokens[k].text in "–—-"
        and 0 < k < len(tokens) - 1
        and tokens[k - 1].capitalized
        and tokens[k + 1].capitalized
        and tokens[k - 1].is_word
        and tokens[k + 1].is_word
        # «Глава Республики Хакасия — Председатель Правительства …»: a second post, capitalised
        # as officialese writes posts
        and not _is_role_head(tokens[k + 1])
    )


def _listed_genitive(tokens: list[Token], k: int) -> bool:
    """Is the comma at ``k`` one of a list of genitive nouns inside one name of an office?

    «министерство строительства, архитектуры и ЖКХ», «министр экономического, территориального
    развития и торговли», not «губернатор области, председатель …»
    (the nominative after the comma starts another post) nor a comma before a name.
    """
    if tokens[k].text != "," or k == 0 or k + 1 >= len(tokens):
        return False
    before, after = tokens[k - 1], tokens[k + 1]
    # «заместитель губернатора по промышленности, транспорту и экологии»: datives after «по»
    portfolio = before.case == "Dat" and any(t.text == "по" for t in tokens[max(k - 6, 0) : k - 1])
    if (
        after.text == "по"
        and before.pos == "NOUN"
        and before.case in ("Gen", "Dat")
        and k + 2 < len(tokens)
        and tokens[k + 2].pos == "NOUN"
        and tokens[k + 2].case == "Dat"
    ):
        # «министр культуры, по делам национальностей и архивного дела»: a portfolio after «по»
        return True
    if before.pos == "ADJ" and after.pos == "ADJ" and before.case == after.case == "Gen":
        # «министр экономического, территориального развития и торговли»: adjectives of one noun
        return not after.capitalized
    return (
        before.pos == "NOUN"
        and (before.case == "Gen" or portfolio)
        and after.pos in ("NOUN", "ADJ")
        and after.case == before.case
        and not after.capitalized
        and not _is_role_head(after)  # «в присутствии вице-премьера, полпреда президента»: two posts
    )


def _role_start(tokens: list[Token], start: int, end: int) -> int | None:
    """The first token of the role: a head noun, or the modifiers that run straight into one.

    «генеральный директор» starts at «генеральный»; in «в главном корпусе университета глава
    республики» «главном» modifies no post, so the role starts at «глава».
    """
    for j in range(start, end):
        if _idiom(tokens, j):
            continue
        if _is_role_head(tokens[j]):
            return j
        if _is_role_word(tokens[j]):
            k = j
            while (
                k < end
                and (_is_role_word(tokens[k]) or tokens[k].lemma == "обязанность")
                and not _is_role_head(tokens[k])
            ):
                k += 1
            if k < end and _is_role_head(tokens[k]):
                return j
    return None


#: words of «now» that set the post held now against one held before
_NOW = frozenset({"ныне", "сейчас", "теперь"})
#: words that open an apposition about a post held before: «…, в прошлом губернатор, …»
_ONCE = (("в", "прошлом"), ("ранее",), ("прежде",), ("бывший",), ("бывшая",))


def _now_after_once(tokens: list[Token], start: int) -> int | None:
    """«…, в прошлом губернатор Ненецкого автономного округа, а ныне советник …»: the comma before
    «а ныне», where the apposition after the name opens with a post held before."""
    if start + 2 >= len(tokens) or tokens[start].text != ",":
        return None
    opening = tuple(t.text.lower() for t in tokens[start + 1 : start + 3])
    if not any(opening[: len(words)] == words for words in _ONCE):
        return None
    sent = tokens[start].sent
    for k in range(start + 2, len(tokens) - 2):
        if tokens[k].sent != sent:
            return None
        if tokens[k].text == "," and tokens[k + 1].text == "а" and tokens[k + 2].text.lower() in _NOW:
            return k
    return None


def _chunk_after(tokens: list[Token], start: int, stop_at: set[int]) -> tuple[int, int] | None:
    """«Иван Петров, губернатор Томской области, …», «Иван Петров (губернатор …)», «Иван Петров —
    министр … —», and a post after a post («первый заместитель председателя Кабинета Министров
    Чувашской Республики — министр экономического развития …»): a role after the name."""
    if start >= len(tokens) or tokens[start].text not in (",", "(", "—", "–"):
        return None
    j = start + 1
    if j + 1 < len(tokens) and tokens[j].text == "а" and tokens[j + 1].text.lower() in _NOW:
        j += 2  # «…, в прошлом губернатор округа, а ныне советник губернатора …»
    written = tuple(t.text.lower() for t in tokens[j : j + 3])
    if written in (("в", "то", "время"), ("на", "тот", "момент")):
        j += 3  # «Михаил Дегтярев, в то время губернатор Хабаровского края»: the post held then
    if j >= len(tokens) or not any(_is_role_head(tokens[x]) for x in range(j, min(j + 3, len(tokens)))):
        return None
    k, depth = j, 0
    while k < len(tokens) and tokens[k].sent == tokens[j].sent and k not in stop_at:
        t = tokens[k]
        if t.text in "«(":
            depth += 1
        elif t.text in "»)":
            depth -= 1
        elif _listed_genitive(tokens, k):
            pass  # «…, министр строительства, архитектуры и ЖКХ Республики Татарстан, …» goes on
        elif depth <= 0 and (t.text == "," or not _phrase_token(t)):
            break
        k += 1
    if k in stop_at and tokens[k].sent == tokens[j].sent and tokens[start].text == ",":
        return None  # «Игорь Ковалёв, Глава КБР Казбек Коков»: the next name's post, not this one's
    if tokens[start].text == ",":
        # «… Светланы Мироновой, председателя Государственного Собрания — Курултая Республики
        # Башкортостан Тагира Шарипова, …»: the phrase goes on past a dash to the next name
        x = k
        while x < len(tokens) and tokens[x].sent == tokens[j].sent and x not in stop_at:
            if tokens[x].text in (",", ";", ":", "(", ")") or (
                tokens[x].is_word and not _phrase_token(tokens[x])
            ):
                break
            x += 1
        if x in stop_at and x > k:
            return None
    role_start = next(x for x in range(j, min(j + 3, len(tokens))) if _is_role_word(tokens[x]))
    if tokens[start].text in "—–" and role_start != j:
        return None  # «Андрей Миляев — однофамилец губернатора»: the dash gives no post
    if any(
        tokens[x].text in '«"' or (tokens[x].pos in ("NOUN", "VERB") and not _is_role_word(tokens[x]))
        for x in range(j, role_start)
    ):
        # «Айсен Николаев, «число членов растёт …»»: a quote, not a post; «Ирина Рогачёва,
        # однофамилица губернатора, …» (a noun the tagger may take for a verb): not hers
        return None
    return role_start, k


def without_repeated_titles(posts: list[Post]) -> list[Post]:
    """«Министр экономического развития Иркутской области Ирина Рогачёва … Министр Рогачёва
    сообщила …»: the bare title the text repeats is the post already told in full, not another one.
    A post goes when its words are part of another post of the same person and it names no
    organisation nor another region."""
    kept = []
    for post in posts:
        words = set(post.role.split())
        fuller = any(
            other.person == post.person
            and words < set(other.role.split())
            and post.organisation is None
            and post.region in (None, other.region)
            and post.acting == other.acting
            for other in posts
        )
        if not fuller:
            kept.append(post)
    return kept


def find_posts(
    parsed: ParsedText, mentions: list[PersonMention], places: list[PlaceMention]
) -> list[tuple[Post, Organisation | None]]:
    """Every post the text gives a person, from appositions before and after the name."""
    tokens = parsed.tokens
    person_tokens = {i for m in mentions for i in range(m.first, m.last)}
    in_place = {i for p in places for i in range(p.first, p.last)}
    posts: list[tuple[Post, Organisation | None]] = []
    seen: set[tuple[int, str]] = set()
    for post in _respective(parsed, mentions, places) + _each_listed(parsed, mentions):
        if (post.person, post.role) not in seen:
            seen.add((post.person, post.role))
            posts.append((post, None))
    for m in mentions:
        phrases = []
        end = m.first
        while True:  # appositions before the name, right to left, chained by commas
            chunk = _chunk_before(tokens, end, person_tokens, in_place)
            first = chunk is None and end == m.first
            clause = _participle_clause(tokens, end, person_tokens) if first else None
            if clause is not None:
                # «заместитель губернатора, курирующий вопросы экономики, Андрей Антонов»
                end = clause
                chunk = _chunk_before(tokens, end, person_tokens, in_place)
            if chunk is None:
                break
            start, role_at = chunk
            role_at = _past_preposition(tokens, role_at, end, tokens[m.first].case)
            if (
                tokens[start].text.lower() in ("перед", "к", "ко", "над", "при")
                and tokens[m.first].case == "Nom"
                and tokens[role_at].case in ("Ins", "Dat", "Loc")
                and m.last < len(tokens)
                and tokens[m.last].is_finite_verb
            ):
                # «Перед новым министром Махонин поставил задачи»: the post after the preposition
                # is another's, the name the subject of the verb that follows
                break
            if clause is not None and tokens[role_at].case != tokens[clause + 1].case:
                break  # the clause does not tell of that post's holder
            phrases.append((role_at, end, "role before the name"))
            if tokens[start].pos == "CCONJ":
                break  # «Азат Ишмухаметов, вице-премьер …, и заместитель руководителя … Андрей Горелов»
            # chained by a comma, or a dash («заместитель председателя правительства — полпред …»)
            if start > 0 and tokens[start - 1].text in (",", "—", "–"):
                end = start - 1
                continue
            if start > 0 and tokens[start - 1].lemma in APPOINTING | {"являться"}:
                # «Руководителем проектного офиса назначен заместитель министра … Алексей Чубаров»
                given = _given_before_verb(tokens, start - 1)
                if given:
                    phrases.append((*given, "role given by a verb"))
                break
            if (
                start > 1
                and tokens[start].text.lower() in ("ныне", "теперь", "сейчас")
                and tokens[start - 1].text.lower() == "а"
                and tokens[start - 2].text == ","
            ):
                end = start - 2  # «Бывший министр культуры, а ныне заместитель премьер-министра …»
                continue
            break
        after = m.last
        while True:  # appositions after the name, between commas
            chunk = _chunk_after(tokens, after, person_tokens)
            if chunk is None and (now := _now_after_once(tokens, after)) is not None:
                # «Леонид Пашков, в прошлом губернатор округа, а ныне советник …»: the post held
                # now, not the one held before
                after = now
                continue
            if chunk is None or chunk[0] >= chunk[1]:
                break
            phrases.append((chunk[0], chunk[1], "role after the name"))
            after = chunk[1]
        before_name = any(rule == "role before the name" for *_, rule in phrases)
        if not before_name and (dashed := _role_before_dash(parsed, m, person_tokens, in_place)) is not None:
            # «руководитель рабочей группы — Гусева Елена Анатольевна, заместитель министра …»: a
            # line of a body's composition, the post in it before the dash
            phrases.append((*dashed, "role before the name, across a dash"))
        if not phrases and (appointed := _appointed_before(tokens, m.first, person_tokens)) is not None:
            # «Назначенный на прошлой неделе министром промышленности … Максим Горелов провёл …»
            phrases.append((*appointed, "role given by a verb"))
        if not phrases and (verb := _appointing_verb_before(tokens, m.first)) is not None:
            # «Председателем правительства вновь назначен Иван Захаров»: the post opens the
            # sentence, in the instrumental, before the verb of appointing
            phrases += [(*p, "role given by a verb") for p in _opening_roles(tokens, verb, person_tokens)]
        given = _given_by_verb(tokens, m.last, person_tokens)
        if given is None and m.first > 0 and tokens[m.first - 1].lemma in APPOINTING | APPOINTMENT_NOUNS:
            # «собрание избрало Олега Николаева членом совета», «о назначении Айданы Монгуш
            # заместителем председателя правительства»: the verb before, the role after
            given = _given_by_verb(tokens, m.last, person_tokens, verb=m.first - 1)
        if (worked := _worked_as(tokens, m.last, person_tokens)) is not None:
            phrases.append((*worked, FORMER_BY_PARTICIPLE))
        elif (worked := _worked_then(tokens, m.last, person_tokens)) is not None:
            phrases.append((*worked, FORMER_BY_VERB))
        while given:
            phrases.append(
                (*given, FORMER_BY_PARTICIPLE if _held_before(tokens, given[0]) else "role given by a verb")
            )
            # «… заместителем премьер-министра республики — министром промышленности»: a second
            # post after a dash, in the same case
            end = given[1]
            dash = end + 1 < len(tokens) and tokens[end].text in ("—", "–")
            given = _role_in_instrumental(tokens, end, end + 1, person_tokens) if dash else None
        splits = []
        for p in phrases:
            split = _coordinated(tokens, *p)
            if (
                len(split) > 1
                and p[2] == "role before the name"
                and p[1] == m.first
                and _plural_predicate(tokens, m)
            ):
                # «Глава республики и губернатор Нижегородской области Глеб Никитский подписали
                # соглашение»: two subjects, the first post another's
                split = split[-1:]
            splits.extend(split)
        for role_at, end, rule in splits:
            read = _read_post(parsed, m, role_at, end, places, rule)
            if read and rule in (FORMER_BY_PARTICIPLE, FORMER_BY_VERB):
                read = (_held_before_now(read[0]), read[1])
            if read and (m.person, read[0].role) not in seen:
                seen.add((m.person, read[0].role))
                posts.append(read)
    together = _given_together(parsed, mentions, places, person_tokens) + _whose(parsed, mentions, places)
    together += _whose_by_verb(parsed, mentions, places)
    together += _headline_speakers(parsed, mentions, places, person_tokens, in_place)
    together += _was_once(parsed, mentions, places) + _taken_over(parsed, mentions, places)
    together += _post_named_before(parsed, mentions, places)
    for read in _told_next(parsed, mentions, places) + _elided(parsed, mentions, places, posts) + together:
        if (read[0].person, read[0].role) not in seen:
            seen.add((read[0].person, read[0].role))
            posts.append(read)
    for read in _succeeded(parsed, mentions, places, posts):
        same = [x for x in posts if x[0].person == read[0].person and x[0].sent == read[0].sent]
        if all(x[0].span == read[0].span for x in same):
            # «сменил на посту губернатора Алексея Дюмина»: the post before the name, held before
            posts = [x for x in posts if x not in same]
            seen.add((read[0].person, read[0].role))
            posts.append(read)
    for read in _in_brackets_after_body(parsed, mentions, places):
        if read[0].person not in {p.person for p, _ in posts}:
            seen.add((read[0].person, read[0].role))
            posts.append(read)
    for read in _colleagues(parsed, mentions, places, posts):
        if (read[0].person, read[0].role) not in seen and read[0].person not in {p.person for p, _ in posts}:
            seen.add((read[0].person, read[0].role))
            posts.append(read)
    chairs = {p.person for p, _ in posts if _chairs_a_parliament(p.role)}
    # «Калужский спикер М. Оглоблина» of the chair of the regional Duma named before: the
    # informal name of the post she holds, not a second post
    return [x for x in posts if not (x[0].role == "спикер" and x[0].person in chairs)]


#: the words that name a parliament in the post of its chair
_PARLIAMENTS = frozenset(
    {"дума", "думы", "собрание", "собрания", "совет", "совета", "хурал", "хурала", "курултай", "курултая"}
    | {
        "парламент",
        "парламента",
        "ассамблея",
        "ассамблеи",
        "госсовет",
        "госсовета",
        "хасэ",
        "тумэн",
        "тумэна",
    }
)


def _chairs_a_parliament(role: str) -> bool:
    words = role.split()
    return bool(words) and words[0] == "председатель" and bool(_PARLIAMENTS & set(words))


def _in_brackets_after_body(
    parsed: ParsedText, mentions: list[PersonMention], places: list[PlaceMention]
) -> list[tuple[Post, Organisation | None]]:
    """«министерство экономического развития и промышленности Калужской области (министр —
    Сергей Грибанов)», «департамент экономики администрации Томской области (руководитель —
    Ольга Ефремова)»: the post in brackets after a body, in that body and its region."""
    tokens = parsed.tokens
    out = []
    for m in mentions:
        dash = m.first - 1
        if dash < 2 or tokens[dash].text not in ("—", "–", "-"):
            continue
        opening = next((k for k in range(dash - 1, max(dash - 6, -1), -1) if tokens[k].text == "("), None)
        if opening is None or opening == 0 or not _is_role_word(tokens[opening + 1]):
            continue
        if not all(t.is_word and t.text.islower() for t in tokens[opening + 1 : dash]):
            continue
        kind_at = next(
            (
                k
                for k in range(opening - 1, max(opening - 12, -1), -1)
                if tokens[k].lemma in BODY_KINDS and tokens[k].sent == m.sent
            ),
            None,
        )
        if kind_at is None:
            continue
        role = fold(nominative(tokens[opening + 1 : dash], singular=True))
        kind = tokens[kind_at].lemma
        inside = [p for p in places if p.kind == "region" and kind_at < p.first < opening]
        if role == "министр" and kind == "министерство":
            end = inside[0].first if inside else opening
            portfolio = [t for t in tokens[kind_at + 1 : end] if t.is_word and t.text.islower()]
            role = " ".join([role, *(fold(t.text) for t in portfolio)])
        elif " " not in role and role in HEADS_OF_BODIES | {"начальник"} and (noun := genitive(kind)):
            role = f"{role} {noun}"
        region = region_code(inside[0]) if inside else None
        post = Post(
            m.person,
            role,
            None,
            region,
            m.sent,
            "post in brackets after its body",
            "region in the body's name" if region else "",
            span=(opening + 1, dash),
            for_region=region is not None,
        )
        out.append((post, None))
    return out


def _colleagues(
    parsed: ParsedText,
    mentions: list[PersonMention],
    places: list[PlaceMention],
    posts: list[tuple[Post, Organisation | None]],
) -> list[tuple[Post, Organisation | None]]:
    """«министр культуры Пермского края Игорь Бушуев и его омская коллега Оксана Ремизова»,
    «… с коллегой из Курганской области Вадимом Шумковым»: the same post as the person named
    just before in the sentence, in the region the adjective or «из …» names."""
    tokens = parsed.tokens
    ending_at = {p.last: p for p in places if p.kind == "region"}
    out = []
    for m in mentions:
        place = ending_at.get(m.first)
        at = None
        if place is not None and place.first >= 2 and tokens[place.first - 1].text == "из":
            at = place.first - 2  # «коллега из Курганской области Вадим Шумков»
        elif m.first > 0 and tokens[m.first - 1].lemma == "коллега":
            at = m.first - 1
            place = ending_at.get(at)  # «его омская коллега»
            place = place if place is not None and place.rule.startswith("adjective") else None
        if at is None or place is None or tokens[at].lemma != "коллега":
            continue
        before = [x for x in mentions if x.sent == m.sent and x.last <= at and x.person != m.person]
        if not before and at > 0 and tokens[at - 1].text.lower() in ("его", "её", "ее"):
            # «Министр … Андрей Касьянов предложил … Его коллега из Ставропольского края Олеся
            # Гудкова»: «его» is the one the sentence before ends with
            before = [x for x in mentions if x.sent == m.sent - 1 and x.person != m.person]
        if not before:
            continue
        held = [p for p, _ in posts if p.person == before[-1].person and p.organisation is None and p.region]
        if len(held) != 1 or held[0].region == region_code(place):
            continue
        post = replace(
            held[0],
            person=m.person,
            region=region_code(place),
            sent=m.sent,
            rule="the post of the colleague named before",
            region_rule="region the colleague is from",
            span=(at, at + 1),
        )
        out.append((post, None))
    return out


def _headline_speakers(
    parsed: ParsedText,
    mentions: list[PersonMention],
    places: list[PlaceMention],
    person_tokens: set[int],
    in_place: set[int],
) -> list[tuple[Post, Organisation | None]]:
    """«Олег Мельниченко: «Соседи для нас – партнёры» … Пензенский губернатор рассказал о …»: an
    interview's headline gives the name before a colon, its lead the post, as the subject of the
    lead's first verb with no name of its own."""
    tokens = parsed.tokens
    if len(parsed.sentences) < 2:
        return []
    headline = parsed.sentences[0]
    speaker = next(
        (
            m
            for m in mentions
            if m.sent == headline.i
            and m.first == headline.first
            and m.last < headline.last
            and tokens[m.last].text == ":"
        ),
        None,
    )
    lead = next((s for s in parsed.sentences if s.para > headline.para), None)
    if speaker is None or lead is None:
        return []
    verb = next((k for k in range(lead.first, lead.last) if tokens[k].is_finite_verb), None)
    about = next(
        (
            k
            for k in range(lead.first + 1, lead.last - 1)
            if tokens[k].text in ("—", "–") and tokens[k + 1].text.lower() in ("о", "об", "обо", "про")
        ),
        None,
    )
    if about is not None and (verb is None or about < verb):
        # «Министр экономического развития … Чувашской Республики — о стратегической сессии …»:
        # the lead names the post and what the talk is about, with no verb
        verb = about
    if verb is None or any(k in person_tokens for k in range(lead.first, verb)):
        return []
    chunk = _chunk_before(tokens, verb, person_tokens, in_place)
    if chunk is None or chunk[0] != lead.first or tokens[chunk[1]].case != "Nom":
        return []
    read = _read_post(
        parsed, speaker, chunk[1], verb, places, "role of the headline's speaker, told in the lead"
    )
    return [read] if read else []


def _given_together(
    parsed: ParsedText, mentions: list[PersonMention], places: list[PlaceMention], stop_at: set[int]
) -> list[tuple[Post, Organisation | None]]:
    """A post in the plural given by a verb to every name listed with it: «Сопредседателями
    группы назначены … Артём Веденеев и … Алия Закирова»; «поручил … Андрею Гуськову и …
    Оксане Рябининой, которые стали её сопредседателями»."""
    tokens = parsed.tokens
    out = []
    for v in tokens:
        if v.lemma not in APPOINTING or v.feats.get("Number") != "Plur":
            continue
        sent = [m for m in mentions if m.sent == v.sent]
        given = _given_before_verb(tokens, v.i)
        if given is not None:
            named = [m for m in sent if m.first > v.i]
        else:
            # «…, которые стали её сопредседателями»: the names since the verb before the clause
            which = v.i - 1
            while which > 0 and tokens[which].pos in ("ADV", "PART") and tokens[which].sent == v.sent:
                which -= 1
            if not (tokens[which].lemma == "который" and tokens[which - 1].text == ","):
                continue
            given = _role_in_instrumental(tokens, v.i, _past_possessive(tokens, v.i + 1), stop_at)
            verb = max((t.i for t in tokens[: which - 1] if t.sent == v.sent and t.pos == "VERB"), default=-1)
            named = [m for m in sent if verb < m.first < which]
        if given is None or len(named) < 2:
            continue
        head = next((j for j in range(*given) if _is_role_head(tokens[j])), None)
        if head is None or tokens[head].feats.get("Number") != "Plur":
            continue
        for m in named:
            read = _read_post(parsed, m, head, given[1], places, "plural post given by a verb to each name")
            if read:
                out.append(read)
    return out


def _whose(
    parsed: ParsedText, mentions: list[PersonMention], places: list[PlaceMention]
) -> list[tuple[Post, Organisation | None]]:
    """«… с Ханты-Мансийским автономным округом, губернатор которого Руслан Кухарук …»: the post
    of the region named right before the relative clause."""
    tokens = parsed.tokens
    ending = {p.last: p for p in places if p.kind == "region"}
    out = []
    for m in mentions:
        k = m.first
        if k < 3 or tokens[k - 1].lemma != "который" or tokens[k - 1].case != "Gen":
            continue
        head, comma = tokens[k - 2], tokens[k - 3]
        place = ending.get(comma.i)
        if comma.text != "," or place is None or not _is_role_head(head):
            continue
        role = fold(nominative([head], singular=True))
        post = Post(
            m.person,
            role,
            None,
            region_code(place),
            m.sent,
            "post in a relative clause after its region",
            "the region the clause is about",
            span=(head.i, head.i + 1),
            for_region=head.lemma in REGIONAL_ROLES,
        )
        out.append((post, None))
    return out


def _whose_by_verb(
    parsed: ParsedText, mentions: list[PersonMention], places: list[PlaceMention]
) -> list[tuple[Post, Organisation | None]]:
    """«…, председателем Совета которой является Р. Минниханов»: the post in the instrumental
    before «которой является», held by the person named after the verb."""
    tokens = parsed.tokens
    out = []
    for m in mentions:
        verb = m.first - 1
        if verb < 3 or tokens[verb].lemma != "являться" or tokens[verb - 1].lemma != "который":
            continue
        k = verb - 2
        while k >= 0 and tokens[k].text != "," and verb - k <= 8 and tokens[k].sent == m.sent:
            k -= 1
        start, end = k + 1, verb - 1
        if k < 0 or tokens[k].text != "," or start >= end or not _is_role_head(tokens[start]):
            continue
        if tokens[start].case != "Ins":
            continue
        read = _read_post(parsed, m, start, end, places, "post in a relative clause with «является»")
        if read:
            out.append(read)
    return out


def _past_possessive(tokens: list[Token], k: int) -> int:
    """«стали её сопредседателями»: the post starts after a possessive."""
    possessive = k < len(tokens) and (tokens[k].lemma in POSSESSIVES or tokens[k].text.lower() in POSSESSIVES)
    return k + 1 if possessive else k


def _elided(
    parsed: ParsedText,
    mentions: list[PersonMention],
    places: list[PlaceMention],
    posts: list[tuple[Post, Organisation | None]],
) -> list[tuple[Post, Organisation | None]]:
    """«губернаторы Ульяновской области Алексей Русских, Тюменской — Александр Моор и Липецкой —
    Игорь Артамонов»: a list goes on with the region's adjective alone and a dash for the post;
    each name holds the post of the first, in the region its adjective names."""
    tokens = parsed.tokens
    place_ending = {p.last: p for p in places if p.kind == "region" and p.last - p.first == 1}
    held = {}
    for post, org in posts:
        if post.region is not None and org is None:
            held.setdefault(post.person, post)
    out = []
    for i, m in enumerate(mentions):
        dash = m.first - 1
        place = place_ending.get(dash)
        if place is None or tokens[dash].text not in "—–" or tokens[place.first].pos != "ADJ":
            continue
        if place.first == 0 or tokens[place.first - 1].text not in (",", "и"):
            continue
        before = next(
            (held[x.person] for x in reversed(mentions[:i]) if x.sent == m.sent and x.person in held), None
        )
        if before is None or any(p.person == m.person and p.rule == "role after the name" for p, _ in posts):
            continue  # «Владимирскую — Сергей Лапшин, заместитель губернатора …»: his own post follows
        out.append(
            (
                replace(
                    before,
                    person=m.person,
                    region=place.code,
                    rule="post of the list's first name, its region by an adjective",
                    region_rule="region adjective standing for the post",
                    span=(place.first, dash),
                ),
                None,
            )
        )
    return out


def _succeeded(
    parsed: ParsedText,
    mentions: list[PersonMention],
    places: list[PlaceMention],
    posts: list[tuple[Post, Organisation | None]],
) -> list[tuple[Post, Organisation | None]]:
    """«Он сменил на этом посту Айдара Зарипова», «сменила на посту министра Дмитрия Голикова»,
    «Он сменил Игоря Лаптева»: the one succeeded held the post before — the one the phrase names,
    or else the post the successor was given last."""
    tokens = parsed.tokens
    starting = {m.first: m for m in mentions}
    out = []
    for k, verb in enumerate(tokens):
        if verb.lemma != "сменить" or verb.pos != "VERB":
            continue
        j, role = k + 1, None
        if j + 1 < len(tokens) and tokens[j].lemma in ("на", "в"):
            j += 1
            if tokens[j].lemma in ("этот", "тот", "свой"):
                j += 1
            if j >= len(tokens) or tokens[j].lemma not in ("пост", "должность"):
                continue
            j += 1
            end = j
            while end < len(tokens) and end not in starting and _phrase_token(tokens[end]):
                end += 1
            if end > j and _is_role_head(tokens[j]):
                role = (j, end)  # «на посту губернатора Алексея Дюмина»
            j = end
        m = starting.get(j)
        if m is None or tokens[m.first].case not in ("Acc", "Gen"):
            continue
        was = verb.feats.get("Tense") == "Past"
        if role is not None:
            read = _read_post(parsed, m, *role, places, "post of the one succeeded")
            if read is None:
                continue
            post, org = read
        else:
            successor = next((x for x in reversed(mentions) if x.last <= k and x.person != m.person), None)
            held = [
                p
                for p, _ in posts
                if successor is not None
                and p.person == successor.person
                and p.sent <= verb.sent
                and not p.role.startswith("бывший ")
            ]
            if not held:
                continue
            post, org = max(held, key=lambda p: p.sent), None
        post = replace(post, person=m.person, sent=verb.sent, rule="post of the one succeeded", acting=False)
        out.append((_held_before_now(post) if was else post, org))
    return out


#: pronouns that open the next sentence about the person named last
_HE_OR_SHE = frozenset({"он", "она"})


#: offices «он возглавляет», and the head's post named by them
_HEADED_OFFICES = {
    "представительство": "представительства",
    "агентство": "агентства",
    "департамент": "департамента",
}


def _told_next(
    parsed: ParsedText, mentions: list[PersonMention], places: list[PlaceMention]
) -> list[tuple[Post, Organisation | None]]:
    """«Омскую делегацию возглавил Глеб Рудаков. Он занимает пост заместителя председателя
    правительства Омской области»: the post told in the next sentence, of the person named last
    in the sentence before — after «Он —» or «он» alone, as the post «он занимает», or as the
    ministry «она возглавляет»."""
    tokens = parsed.tokens
    out = []
    for s in parsed.sentences[1:]:
        words = tokens[s.first : s.last]
        if not any(t.text.lower() in _HE_OR_SHE for t in words):
            continue
        before = [m for m in mentions if m.sent == s.i - 1]
        if not before or any(m.sent == s.i for m in mentions):
            continue
        m = before[-1]
        span = None
        acting_now = held_before = False
        for k in range(s.first, s.last - 1):
            t, nxt = tokens[k], tokens[k + 1]
            if t.text.lower() in _HE_OR_SHE and nxt.text in ("—", "–") and k + 2 < s.last:
                span = (
                    k + 2,
                    _phrase_end(tokens, k + 2, s.last),
                    "",
                )  # «Она — первый заместитель министра …»
            elif (
                t.text.lower() in _HE_OR_SHE
                and nxt.case == "Nom"
                and (
                    _is_role_head(nxt)
                    or (nxt.pos == "ADJ" and k + 2 < s.last and _is_role_head(tokens[k + 2]))
                )
            ):
                # «С 2022 года он генеральный директор …»: the post as the predicate, no dash
                span = (k + 1, _phrase_end(tokens, k + 1, s.last), "")
            elif (
                t.lemma in ("пост", "должность")
                and nxt.case == "Gen"
                and (
                    _is_role_head(nxt)
                    # «занимает должность первого заместителя председателя …»
                    or (nxt.pos == "ADJ" and k + 2 < s.last and _is_role_head(tokens[k + 2]))
                )
            ):
                if {x.lemma for x in words} & HOLDING:  # «он занимает пост заместителя …»
                    span = (k + 1, _phrase_end(tokens, k + 1, s.last), "")
            elif (
                t.text.lower() in _HE_OR_SHE
                and nxt.lemma in APPOINTING
                and nxt.pos == "VERB"
                and (given := _role_in_instrumental(tokens, k + 1, k + 2, set())) is not None
            ):
                span = (*given, "")  # «Он назначен директором департамента …»
            elif t.lemma in ("возглавлять", "возглавить") and nxt.lemma == "министерство":
                span = (k + 1, _phrase_end(tokens, k + 1, s.last), "министр")  # «возглавляет министерство …»
            elif t.lemma in ("возглавлять", "возглавить") and nxt.lemma in _HEADED_OFFICES:
                # «Он возглавляет представительство ЯНАО в Москве»: the head of that office
                span = (
                    k + 1,
                    _phrase_end(tokens, k + 1, s.last),
                    "руководитель " + _HEADED_OFFICES[nxt.lemma],
                )
            elif (
                t.lemma in ("работать", "трудиться")
                and nxt.case == "Ins"
                and (
                    _is_role_head(nxt)
                    or (nxt.pos == "ADJ" and k + 2 < s.last and _is_role_head(tokens[k + 2]))
                )
                and any(x.text.lower() in _HE_OR_SHE for x in tokens[s.first : k])
            ):
                # «Она работает советником губернатора Брянской области по международным связям»;
                # «До этого он работал заместителем министра …» tells a post held before
                span = (k + 1, _phrase_end(tokens, k + 1, s.last), "")
                held_before = t.feats.get("Tense") == "Past"
            elif (
                t.lemma == "исполнять"
                and nxt.lemma == "обязанность"
                and k + 2 < s.last
                and _is_role_head(tokens[k + 2])
                and any(x.text.lower() in _HE_OR_SHE for x in tokens[s.first : k])
            ):
                # «Он исполняет обязанности министра промышленности …»: the post, held as acting
                span = (k + 2, _phrase_end(tokens, k + 2, s.last), "")
                acting_now = True
            if span:
                break
        if span is None:
            continue
        start, end, head = span
        start = next((j for j in range(start, end) if _is_role_word(tokens[j]) or head), start)
        read = _read_post(parsed, m, start, end, places, "role told in the next sentence")
        if read:
            post, org = read
            if head:
                post = replace(post, role=" ".join([head, *post.role.split()[1:]]), organisation=None)
                org = None
            if acting_now:
                post = replace(post, acting=True)
            if held_before:
                post = _held_before_now(post)
            out.append((post, org))
        while end + 1 < s.last and tokens[end].text in ("—", "–") and _is_role_head(tokens[end + 1]):
            # «Она занимает должность вице-губернатора — заместителя председателя правительства …»:
            # a second post joined by a dash
            start, end = end + 1, _phrase_end(tokens, end + 1, s.last)
            read = _read_post(parsed, m, start, end, places, "role told in the next sentence")
            if read:
                out.append(read)
    return out


#: «Им стал …», «Ею стала …»: the pronoun that stands for a post named in the sentence before
_IT_AS_POST = frozenset({"им", "ею", "ей"})


def _post_named_before(
    parsed: ParsedText, mentions: list[PersonMention], places: list[PlaceMention]
) -> list[tuple[Post, Organisation | None]]:
    """«Губернатор представил нового министра промышленности и торговли. Им стал Максим
    Ветлугин»: the post the sentence before names without a holder, given by «им стал» to the
    person this sentence names."""
    tokens = parsed.tokens
    held = {i for m in mentions for i in range(m.first, m.last)}
    out = []
    for s in parsed.sentences[1:]:
        if s.last - s.first < 3 or tokens[s.first].text.lower() not in _IT_AS_POST:
            continue
        verb = s.first + 1
        if tokens[verb].lemma not in APPOINTING or tokens[verb].pos != "VERB":
            continue
        named = [m for m in mentions if m.sent == s.i and m.first > verb]
        if not named:
            continue
        m = named[0]
        if m.first - verb > 4 or any(t.pos not in ("ADJ", "NUM") for t in tokens[verb + 1 : m.first]):
            continue  # «Им стал 39-летний Максим Ветлугин», not «Им стал, по данным …, …»
        before = parsed.sentences[s.i - 1]
        span = None
        for k in range(before.first, before.last):
            if k in held or not _is_role_head(tokens[k]):
                continue
            end = _phrase_end(tokens, k, before.last)
            if end < before.last and end in held:
                continue  # the post of someone named there: «… министр Иван Петров …»
            start = k
            while start > before.first and tokens[start - 1].lemma in ROLE_MODIFIERS - {"бывший"}:
                start -= 1  # «нового исполнительного директора организации»
            span = (start, end)
        if span is None:
            continue
        read = _read_post(parsed, m, *span, places, "role named in the sentence before")
        if read is None:
            continue
        post, org = read
        there = {region_code(p) for p in places if p.sent == before.i and p.kind == "region"}
        if post.region is None and org is None and len(there) == 1:
            # «В правительстве Курганской области назначен новый руководитель департамента …»:
            # the one region of the sentence that names the post
            post = replace(
                post, region=there.pop(), region_rule="the region named with the post", for_region=True
            )
        out.append((post, org))
    return out


def _taken_over(
    parsed: ParsedText, mentions: list[PersonMention], places: list[PlaceMention]
) -> list[tuple[Post, Organisation | None]]:
    """«Министерство туризма республики возглавила Светлана Цыренова», «Пост министра
    промышленности занял Айдар Мансуров»: the ministry or the post opens the sentence, the verb of
    heading or taking it stands right before the name."""
    tokens = parsed.tokens
    out = []
    for m in mentions:
        verb = _verb_before(tokens, m.first)
        if not verb or tokens[verb].feats.get("Tense") != "Past":
            continue
        s = parsed.sentences[m.sent]
        opening = tokens[s.first]
        if tokens[verb].lemma == "возглавить" and opening.lemma == "министерство":
            out.append((_minister_of(parsed, m, s.first + 1, verb, places), None))
            continue
        # «Освободившееся место первого заместителя министра заняла …»: past the adjectives
        post = next(
            (k for k in range(s.first, min(s.first + 3, verb)) if tokens[k].pos not in ("ADJ", "VERB")),
            s.first,
        )
        if (
            tokens[verb].lemma in HOLDING
            and tokens[post].lemma in ("пост", "должность", "место", "кресло")
            and post + 1 < verb
            and (
                _is_role_head(tokens[post + 1])
                or (tokens[post + 1].pos == "ADJ" and _is_role_head(tokens[post + 2]))
            )
        ):
            read = _read_post(parsed, m, post + 1, verb, places, "role given by a verb")
            if read:
                out.append(read)
    return out


def _minister_of(
    parsed: ParsedText, m: PersonMention, start: int, end: int, places: list[PlaceMention]
) -> Post:
    """The minister of the ministry whose portfolio runs from ``start`` to ``end`` («туризма
    республики»): of the region named there, or by its kind, or of the one cabinet the text names."""
    tokens = parsed.tokens
    inside = [p for p in places if p.kind in ("region", "city") and start <= p.first < end]
    taken = {i for p in inside for i in range(p.first, p.last)}
    words = [t for t in tokens[start:end] if t.i not in taken and t.lemma not in ANAPHORIC_REGION]
    role = " ".join(["министр", *(fold(t.text) if t.is_word else t.text for t in words)]).replace(" ,", ",")
    kind = next((t.lemma for t in tokens[start:end] if t.lemma in ANAPHORIC_REGION), None)
    if inside:
        region, rule = region_code(inside[0]), "region in the post's phrase"
    elif kind is not None:
        region, rule = (
            last_of_kind(places, kind, start),
            "region named by its kind, resolved from the context",
        )
    else:
        region, rule = (
            _government_of_text(parsed, places),
            "a post in the one regional government the text names",
        )
    return Post(
        m.person,
        role,
        None,
        region,
        m.sent,
        "role given by a verb",
        rule if region else "",
        span=(start - 1, end),
        for_region=region is not None,
    )


def _was_once(
    parsed: ParsedText, mentions: list[PersonMention], places: list[PlaceMention]
) -> list[tuple[Post, Organisation | None]]:
    """«Мария Кузнецова — генеральный директор …; ранее она была заместителем губернатора …»,
    «… восемь лет была главой Светлинского района»: a post held before, told as «был(а)» and
    the post in the instrumental, of the person «он»/«она» stands for — the last named before it
    in the sentence, or else in the sentence before. The role says «бывший», as the texts do."""
    tokens = parsed.tokens
    out = []
    for s in parsed.sentences:
        for k in range(s.first, s.last):
            t = tokens[k]
            if t.lemma != "быть" or t.feats.get("Tense") != "Past":
                continue
            pronoun = next(
                (
                    j
                    for j in range(k - 1, max(s.first, k - 5) - 1, -1)
                    if tokens[j].text.lower() in _HE_OR_SHE
                ),
                None,
            )
            # the subject named before the verb, with no other verb between («Дамба Цыренжапов,
            # в девяностые годы тоже был главой района»)
            named = next(
                (
                    m
                    for m in reversed(mentions)
                    if m.sent == s.i
                    and m.last <= k
                    and not any(x.is_finite_verb for x in tokens[m.last : k])
                    and tokens[m.first].case in ("Nom", None)
                ),
                None,
            )
            if pronoun is None and named is None:
                continue  # «Ранее Рустем Ахмеров был заместителем …» names the holder himself
            start = next(
                (
                    j
                    for j in range(k + 1, min(k + 3, s.last))
                    if tokens[j].case == "Ins"
                    and (_is_role_head(tokens[j]) or (tokens[j].pos == "ADJ" and _is_role_word(tokens[j])))
                ),
                None,
            )
            if start is None or any(x.lemma in APPOINTING for x in tokens[k + 1 : start]):
                continue  # «был назначен министром спорта»: the post given, not one held before
            same = [m for m in mentions if m.sent == s.i and m.last <= (pronoun or k)]
            before = [m for m in mentions if m.sent == s.i - 1]
            m = named or (same or before or [None])[-1]
            if m is None:
                continue
            read = _read_post(
                parsed, m, start, _phrase_end(tokens, start, s.last), places, "post held before"
            )
            if read:
                # named as the texts name a post one no longer holds
                out.append((replace(read[0], role=f"бывший {read[0].role}"), read[1]))
    return out


def _district_named_with_region(
    parsed: ParsedText, rest: list[Token], places: list[PlaceMention]
) -> str | None:
    """«В Кабанском районе Бурятии … глава Кабанского района»: the region the text names right
    after the same municipality elsewhere."""
    words = [t.lemma for t in rest if t.is_word]
    if len(words) < 2:
        return None
    tokens = parsed.tokens
    starts = {p.first: p for p in places if p.kind == "region"}
    for t in tokens[: len(tokens) - len(words)]:
        if [x.lemma for x in tokens[t.i : t.i + len(words)]] == words and (p := starts.get(t.i + len(words))):
            return p.code
    return None


def _phrase_end(tokens: list[Token], start: int, stop: int) -> int:
    """Where a role phrase that starts at ``start`` ends: at a comma, a verb or the sentence's end."""
    k = start
    while k < stop and (_phrase_token(tokens[k]) or _listed_genitive(tokens, k)) and tokens[k].text != ".":
        if tokens[k].pos == "CCONJ" and k + 1 < stop and tokens[k + 1].is_finite_verb:
            break  # «… правительства Якутии и курирует …»: the sentence goes on with another verb
        k += 1
    return k


#: verbs that give a person a post: «избран председателем совета», «назначена министром»
APPOINTING = frozenset(
    {"избрать", "переизбрать", "назначить", "стать", "избранный", "назначенный", "утвердить", "утвержденный"}
)
FORMER_BY_PARTICIPLE = "post held before, told by a participle"
FORMER_BY_VERB = "post held before, told by a verb of working"
#: verbs of working somewhere, whose participle tells a post held before («работавший …»)
WORKING = frozenset({"работать", "проработать", "трудиться"})
#: verbs of moving to another post: «переведён на должность заместителя руководителя аппарата»
MOVING = frozenset({"перевести", "переводить", "переназначить"})
#: nouns of appointing, after which the appointee and the post follow: «указ о назначении Лейсан
#: Гарифуллиной заместителем премьер-министра»
APPOINTMENT_NOUNS = frozenset({"назначение", "избрание", "переизбрание", "утверждение"})
#: verbs of holding a post: «занимавший пост заместителя губернатора»
HOLDING = frozenset({"занимать", "занять", "занимавший"})


def _given_by_verb(
    tokens: list[Token], after: int, stop_at: set[int], verb: int | None = None
) -> tuple[int, int] | None:
    """«Радий Хабиров избран председателем совета АИРР», «Олег Николаев стал членом совета»:
    the role in the instrumental after a verb of appointing, up to the end of its phrase; and
    «Светлана Кривошеева, лишь на прошлой неделе назначенная директором департамента …», a
    participle after a comma and a few words of when."""
    if verb is not None:
        k = verb  # the verb stands before the name; the role follows the name
        start = after
        return _role_in_instrumental(tokens, k, start, stop_at)
    k = after
    if k + 1 < len(tokens) and tokens[k].text == "," and tokens[k + 1].lemma == "который":
        # «Минниханов, который также является председателем Совета …»: the role the clause gives
        # «Минниханов, который много лет остаётся председателем Совета АИРР»
        window = range(k + 2, min(k + 6, len(tokens)))
        j = next((x for x in window if tokens[x].lemma in ("являться", "оставаться")), None)
        if j is None:
            # «Айдар Муртазин, который занимает пост ректора вуза с 2023 года»
            j = next(
                (
                    x
                    for x in range(k + 2, min(k + 5, len(tokens) - 1))
                    if tokens[x].lemma in HOLDING and tokens[x + 1].lemma in ("пост", "должность")
                ),
                None,
            )
            return _role_in_instrumental(tokens, j + 1, j + 2, stop_at, "Gen") if j is not None else None
        return _role_in_instrumental(tokens, j, j + 1, stop_at)
    if k + 1 < len(tokens) and tokens[k].text == "," and tokens[k + 1].feats.get("VerbForm") == "Part":
        # «Тимур Хасанов, руководивший министерством с 2021 года, назначен заместителем …»: the
        # clause about the past says nothing of the post the verb after it gives
        window = range(k + 2, min(k + 16, len(tokens)))
        close = next((j for j in window if tokens[j].text == "," or not tokens[j].is_word), None)
        if close is not None and tokens[close].text == "," and tokens[close].sent == tokens[k].sent:
            nxt = close + 1
            if nxt < len(tokens) and tokens[nxt].lemma in APPOINTING | MOVING and tokens[nxt].pos == "VERB":
                k = nxt
    if k < len(tokens) and tokens[k].text == ",":
        j = k + 1
        while j < len(tokens) and j - k <= 6 and tokens[j].is_word and tokens[j].pos not in ("VERB", "AUX"):
            j += 1
        if (
            j < len(tokens)
            and tokens[j].lemma in APPOINTING | HOLDING
            and tokens[j].feats.get("VerbForm") == "Part"
        ):
            k = j
    if k < len(tokens) and tokens[k].lemma == "быть":
        k += 1
    if k < len(tokens) and tokens[k].lemma not in APPOINTING | HOLDING | MOVING:
        # «Павел Мельников в январе стал заместителем …», «… недавно назначен …»: a word or three
        # of when between the name and the verb
        j = k
        while (
            j < len(tokens)
            and j - k < 4
            and (tokens[j].is_word or tokens[j].text.isdigit())
            and (tokens[j].pos in ("ADV", "ADP", "NOUN", "NUM") or tokens[j].text.isdigit())
        ):
            j += 1
        if j > k and j < len(tokens) and tokens[j].lemma in APPOINTING and tokens[j].pos == "VERB":
            k = j
    if (
        k + 3 < len(tokens)
        and tokens[k].lemma in APPOINTING | MOVING
        and tokens[k + 1].text.lower() == "на"
        and tokens[k + 2].lemma in ("должность", "пост")
    ):
        # «назначен на должность заместителя руководителя аппарата», «переведён на пост …»
        return _role_in_instrumental(tokens, k + 2, k + 3, stop_at, "Gen")
    if k + 1 >= len(tokens) or tokens[k].lemma not in APPOINTING | HOLDING:
        return None
    # «Сергея Цивилева в 2024 году назначили министром энергетики»: the one named before an
    # impersonal «назначили» is the appointee
    impersonal = tokens[k].feats.get("Number") == "Plur" and after > 0 and tokens[after - 1].case == "Acc"
    if (
        tokens[k].lemma in APPOINTING - {"стать"}
        and tokens[k].feats.get("VerbForm") == "Fin"
        and not impersonal
    ):
        return None  # «Рустам Нургалиевич назначил руководителем агентства Марата Сабирова»: the post is his
    # «занимавший пост заместителя губернатора»: the post in the genitive after «пост»
    case = "Gen" if tokens[k].lemma in HOLDING else "Ins"
    if case == "Gen":
        if tokens[k + 1].lemma not in ("пост", "должность"):
            return None
        k += 1
    return _role_in_instrumental(tokens, k, k + 1, stop_at, case)


def _held_before_now(post: Post) -> Post:
    """The post as one held before: named «бывший …», as texts name it, and speaking for no region."""
    role = post.role if post.role.startswith("бывший ") else f"бывший {post.role}"
    return replace(post, role=role, for_region=False)


def _held_before(tokens: list[Token], start: int) -> bool:
    """«с 2019 по 2024 год занимавший пост заместителя губернатора»: a past participle of holding
    a post tells of one held before."""
    verb = tokens[start - 2] if start >= 2 else None
    return (
        verb is not None
        and tokens[start - 1].lemma in ("пост", "должность")
        and verb.lemma in HOLDING
        and verb.feats.get("VerbForm") == "Part"
        and verb.feats.get("Tense") == "Past"
    )


def _role_in_instrumental(
    tokens: list[Token], k: int, start: int, stop_at: set[int], case: str = "Ins"
) -> tuple[int, int] | None:
    """The role phrase from ``start`` (in ``case``: «членом совета», «пост заместителя …») up to
    the end of its phrase; ``k`` is the verb before it."""
    while start < len(tokens) and tokens[start].lemma == "новый" and tokens[start].case == case:
        start += 1  # «Новым министром здравоохранения назначен …»: the post, not its newness
    phrase_start = start
    while start < len(tokens) and tokens[start].lemma in ROLE_MODIFIERS and tokens[start].case == case:
        start += 1
    if (
        start + 1 < len(tokens)
        and tokens[start].pos == "ADJ"
        and tokens[start].case == case
        and not _is_role_head(tokens[start])
        and _is_role_head(tokens[start + 1])
    ):
        start += 1  # «пост ульяновского губернатора»: the adjective of the post's region
    head = tokens[start] if start < len(tokens) else None
    if head is None or head.case != case or not (_is_role_head(head) or head.lemma == "член"):
        return None
    end, depth = start, 0
    while end < len(tokens) and tokens[end].sent == head.sent and end not in stop_at:
        t = tokens[end]
        if t.text in "«(":
            depth += 1
        elif t.text in "»)":
            depth -= 1
        elif _listed_genitive(tokens, end):
            pass  # «назначенный министром промышленности, транспорта, связи и энергетики области»
        elif depth <= 0 and (t.text in (",", ".", ";", ":") or not _phrase_token(t) or _since(tokens, end)):
            break
        end += 1
    return phrase_start, end


def _since(tokens: list[Token], k: int) -> bool:
    """Does a phrase of time start at ``k`` («с 2017 года», «до 2024 года», «с января»)? It says
    since when a post is held, and is no part of the post's body."""
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return (
        tokens[k].pos == "ADP"
        and nxt is not None
        and (
            (nxt.text.isdigit() and len(nxt.text) == 4)
            or nxt.lemma in ("год", "прошлый", "нынешний")
            or nxt.text.lower() in MONTHS_GENITIVE
        )
    )


def _verb_before(tokens: list[Token], first: int) -> int | None:
    """The verb right before a name, past an adverb or two («вновь назначен», «недавно стал»)."""
    k = first - 1
    while k >= 0 and first - k <= 3 and tokens[k].pos == "ADV":
        k -= 1
    return k if k >= 0 and tokens[k].pos == "VERB" else None


def _appointing_verb_before(tokens: list[Token], first: int) -> int | None:
    """The verb of appointing right before a name («Председателем правительства вновь назначен …»)."""
    k = _verb_before(tokens, first)
    return k if k is not None and tokens[k].lemma in APPOINTING else None


def _opening_roles(tokens: list[Token], verb: int, stop_at: set[int]) -> list[tuple[int, int]]:
    """«Первым заместителем председателя правительства, курирующим промышленность, стал …»,
    «Заместителем председателя правительства — министром финансов утверждена …»: the posts in
    the instrumental that open the sentence of the verb of appointing, chained by a dash; a
    participle's clause may stand between them and the verb, another verb may not."""
    sent = tokens[verb].sent
    first = verb
    while first > 0 and tokens[first - 1].sent == sent and tokens[first - 1].text not in (":", ";"):
        first -= 1  # «… доложил о кадровых изменениях: заместителем губернатора … стал …»
    if tokens[first].lemma in _DECREES and tokens[first].case == "Ins":
        # «Указом раиса Татарстана Рустама Минниханова председателем комитета … назначен …»: the
        # decree and whose it is come first, the post in the instrumental after them
        first = next(
            (
                j
                for j in range(first + 1, verb)
                if tokens[j].case == "Ins" and (_is_role_head(tokens[j]) or tokens[j].lemma in ROLE_MODIFIERS)
            ),
            verb,
        )
    roles, start = [], first
    while start < verb:
        found = _role_in_instrumental(tokens, start - 1, start, stop_at) or _acting_in_instrumental(
            tokens, start, stop_at
        )
        if found is None or found[1] > verb:
            break
        end = found[1]
        while end > found[0] + 1 and tokens[end - 1].pos == "ADV":
            end -= 1  # «Председателем правительства вновь назначен»: the adverb is the verb's
        found = (found[0], end)
        roles.append(found)
        start = found[1] + 1
        if found[1] >= verb or tokens[found[1]].text not in ("—", "–"):
            break
    if not roles:
        return []
    between = tokens[roles[-1][1] : verb]
    if any(t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") != "Part" for t in between):
        return []
    return roles


#: the acts by which a head appoints («Указом губернатора … назначен …»)
_DECREES = frozenset({"указ", "распоряжение", "постановление", "приказ", "решение"})


def _appointed_before(tokens: list[Token], first: int, stop_at: set[int]) -> tuple[int, int] | None:
    """«Назначенный на прошлой неделе министром промышленности Красноярского края Максим Горелов»:
    a participle of appointing, a few words of when, and the post in the instrumental, ending
    right before the name."""
    sent = tokens[first].sent
    for j in range(first - 1, max(-1, first - 16), -1):
        t = tokens[j]
        if t.sent != sent or t.text in (".", ";", ":"):
            return None
        if t.lemma in APPOINTING and t.feats.get("VerbForm") == "Part":
            k = j + 1
            while k < first and not _is_role_head(tokens[k]) and tokens[k].lemma not in ROLE_MODIFIERS:
                k += 1  # «на прошлой неделе»
            found = _role_in_instrumental(tokens, j, k, stop_at) if k < first else None
            return found if found and found[1] == first else None
    return None


def _acting_in_instrumental(tokens: list[Token], start: int, stop_at: set[int]) -> tuple[int, int] | None:
    """«Исполняющим обязанности министра назначен …»: the acting post, from its first word to the
    end of the post it stands in for (in the genitive)."""
    k = start
    while (
        k < len(tokens) and tokens[k].lemma in ("временно", "исполняющий", "исполнять") and tokens[k].is_word
    ):
        k += 1
    if k == start or k >= len(tokens) or tokens[k].lemma != "обязанность":
        return None
    found = _role_in_instrumental(tokens, k, k + 1, stop_at, "Gen")
    return (start, found[1]) if found else None


def _worked_as(tokens: list[Token], after: int, stop_at: set[int]) -> tuple[int, int] | None:
    """«Алексей Кривошеев, до сих пор работавший первым заместителем министра»: a post held
    before, told by a participle of working in the instrumental after a comma."""
    if after >= len(tokens) or tokens[after].text != ",":
        return None
    j = after + 1
    while j < len(tokens) and j - after <= 5 and tokens[j].is_word and tokens[j].pos not in ("VERB", "AUX"):
        j += 1
    if j >= len(tokens) or tokens[j].lemma not in WORKING or tokens[j].feats.get("VerbForm") != "Part":
        return None
    return _role_in_instrumental(tokens, j, j + 1, stop_at)


def _worked_then(tokens: list[Token], after: int, stop_at: set[int]) -> tuple[int, int] | None:
    """«Иван Петров три года работал заместителем министра экономики», «… работал в
    Башкортостане — заместителем министра …»: a finite verb of working in the past, a few words
    of when or where, and the post in the instrumental: one held before."""
    j = after
    while (
        j < len(tokens)
        and j - after < 4
        and tokens[j].pos in ("ADV", "NUM", "NOUN")
        and tokens[j].case != "Ins"
    ):
        j += 1  # «три года», «до этого»
    if (
        j >= len(tokens)
        or tokens[j].lemma not in WORKING
        or tokens[j].feats.get("VerbForm") != "Fin"
        or tokens[j].feats.get("Tense") != "Past"
    ):
        return None
    k = j + 1
    if k + 1 < len(tokens) and tokens[k].lemma in ("в", "на") and tokens[k + 1].case == "Loc":
        k += 2  # «работал в Башкортостане»
        while (
            k < len(tokens) and tokens[k].case in ("Loc", "Gen") and tokens[k].pos in ("PROPN", "NOUN", "ADJ")
        ):
            k += 1
        if k < len(tokens) and tokens[k].text in ("—", "–", ","):
            k += 1
    return _role_in_instrumental(tokens, j, k, stop_at)


def _given_before_verb(tokens: list[Token], verb: int) -> tuple[int, int] | None:
    """«Руководителем проектного офиса назначен …»: the post in the instrumental that opens the
    sentence (or a clause after a comma) before the verb of appointing."""
    k = verb
    while k > 0 and tokens[k - 1].sent == tokens[verb].sent and _phrase_token(tokens[k - 1]):
        k -= 1
    if not (k == 0 or tokens[k - 1].sent != tokens[verb].sent or tokens[k - 1].text == ","):
        return None
    head = next((j for j in range(k, verb) if _is_role_head(tokens[j])), None)
    if head is None or tokens[head].case != "Ins":
        return None
    return head, verb


def _respective(parsed: ParsedText, mentions: list[PersonMention], places: list[PlaceMention]) -> list[Post]:
    """«Губернаторы Тюменской области, Югры и Ямала Александр Моор, Руслан Кухарук и Дмитрий
    Артюхов»: a plural post, a list of regions and as many names, paired in order."""
    tokens = parsed.tokens
    region_at = {p.first: p for p in places if p.kind == "region"}
    mention_at = {m.first: m for m in mentions}
    out = []
    for head in tokens:
        if not _is_role_head(head) or _idiom(tokens, head.i):
            continue
        # the tagger may read «главы» as a genitive singular: two regions and two names say it is
        # the plural
        plural = head.feats.get("Number") == "Plur"
        k = head.i + 1
        while (
            k < len(tokens)
            and k not in region_at
            and tokens[k].is_word
            and tokens[k].text.islower()
            and not tokens[k].is_finite_verb  # «руководители поручили министрам …»: another clause
        ):
            k += 1  # «министры экономики …»
        regions, after = _listed(tokens, k, region_at)
        if after < len(tokens) and tokens[after].text in ("—", "–", ":"):
            after += 1  # «Главы Липецкой и Калужской областей — Игорь Колпаков и Олег Ларионов —»
        people, _ = _listed(tokens, after, mention_at)
        if (len(regions) < 2 or len(regions) != len(people)) and plural:
            listed = regions
            regions, people = _interleaved(tokens, head.i, region_at, mention_at)
            if not people and len(listed) >= 2:
                # «Губернаторы Тюменской области, Югры и Ямала подписали … Подписи под документом
                # поставили Александр Моор, Руслан Кухарчук и Дмитрий Артюхов»: the names listed
                # in the next sentence, in the same order
                regions, people = listed, _names_listed_next(parsed, head.sent, mention_at)
        if len(regions) != len(people):
            continue
        if len(regions) < 2 or len({p.code for p in regions}) != len(regions):
            continue
        role_tokens = [head]
        for t in tokens[head.i + 1 : regions[0].first]:
            if not (t.is_word and t.text.islower()) or t.pos == "NUM" or t.lemma in ANAPHORIC_REGION:
                break
            role_tokens.append(t)
        role = fold(nominative(role_tokens, singular=True))
        for place, m in zip(regions, people, strict=True):
            out.append(
                Post(
                    m.person,
                    role,
                    None,
                    region_code(place),
                    m.sent,
                    "plural post before lists of regions and names",
                    "the region in the same place of its list",
                    for_region=True,
                )
            )
    return out


def _names_listed_next(parsed: ParsedText, sent: int, mention_at: dict) -> list[PersonMention]:
    """The one list of names the sentence after ``sent`` gives, where it names no one else and no
    post: «Подписи под документом поставили Александр Моор, Руслан Кухарчук и Дмитрий Артюхов»."""
    if sent + 1 >= len(parsed.sentences):
        return []
    s = parsed.sentences[sent + 1]
    tokens = parsed.tokens
    first = next((k for k in range(s.first, s.last) if k in mention_at), None)
    if first is None or any(_is_role_head(t) for t in tokens[s.first : s.last]):
        return []
    people, _ = _listed(tokens, first, mention_at)
    named = [k for k in range(s.first, s.last) if k in mention_at]
    return people if len(named) == len(people) else []


#: the posts that head a region
_HEADS_OF_REGIONS = frozenset({"глава", "губернатор"})


def _each_listed(parsed: ParsedText, mentions: list[PersonMention]) -> list[Post]:
    """«Подписи поставили три ректора: Марина Широкова (ПГНИУ), Игорь Ветлугин (УдГУ) и Алексей
    Зорин (ВятГУ)», «члены совета — губернатор … Дмитрий Махонин и глава … Артём Здунов»: a
    plural post before a colon or a dash is the post of each name listed after it."""
    tokens = parsed.tokens
    mention_at = {m.first: m for m in mentions}
    out = []
    for head in tokens:
        plural = head.feats.get("Number") == "Plur" or (head.i > 0 and tokens[head.i - 1].pos == "NUM")
        if not plural or not (_is_role_head(head) or head.lemma == "член") or _idiom(tokens, head.i):
            continue
        k = head.i + 1
        while k < len(tokens) and tokens[k].is_word and tokens[k].text.islower():
            k += 1  # «министры экономики»
        # «Подписи поставили губернаторы Александр Моор, Руслан Кухарук и Дмитрий Артюхов»: the
        # names right after the plural post, with no sign between
        right_after = k < len(tokens) and k in mention_at
        if k >= len(tokens) or not (tokens[k].text in (":", "—", "–") or right_after):
            continue
        # «члены совета от регионов — участников ассоциации: …»: «от» names whom they came from,
        # which is no part of the post
        post_end = next((x for x in range(head.i + 1, k) if tokens[x].text.lower() == "от"), k)
        regions_said = any(t.lemma in ANAPHORIC_REGION for t in tokens[head.i + 1 : post_end])
        if regions_said and head.lemma not in _HEADS_OF_REGIONS:
            continue  # «представители регионов: …» say who, not which post
        # «глав двух республик — Олега Николаева и Юрия Зайцева»: each a head, of a region the
        # reference list of heads may know
        # «спикеры двух парламентов — …»: a group told by its number, each one's post told apart
        if not regions_said and any(
            t.pos == "NUM" or t.lemma in ("два", "три", "оба") for t in tokens[head.i + 1 : post_end]
        ):
            continue
        words = [head] if regions_said else [head, *tokens[head.i + 1 : post_end]]
        role = head.lemma if regions_said else fold(nominative(words, singular=True))
        rule = "regional post, region from the context" if head.lemma in _HEADS_OF_REGIONS else ""
        people = []
        if tokens[k].text == ":" or regions_said or right_after:
            # the names right after it, joined by commas and «и» (with posts of their own, as in
            # «главы регионов — основателей: губернатор … Владислав Шапша», they are no heads by it)
            k += 0 if right_after else 1
            while k in mention_at:
                m = mention_at[k]
                people.append(m)
                k = m.last
                if k < len(tokens) and tokens[k].text == "(":  # «(ПГНИУ)»
                    while k < len(tokens) and tokens[k].text != ")" and tokens[k].sent == m.sent:
                        k += 1
                    k += 1
                if not (k + 1 < len(tokens) and tokens[k].text in (",", "и")):
                    break
                k += 1
        else:
            # «члены совета — губернатор Пермского края Дмитрий Махонин и глава Республики Мордовия
            # Артём Здунов»: each with a post of their own, up to the next verb
            k += 1
            while k < len(tokens) and tokens[k].sent == head.sent and tokens[k].pos not in ("VERB", "AUX"):
                if k in mention_at:
                    people.append(mention_at[k])
                    k = mention_at[k].last
                else:
                    k += 1
        if len(people) < 2:
            continue
        out += [
            Post(m.person, role, None, None, m.sent, "plural post before a list of names", rule)
            for m in people
        ]
    return out


def _interleaved(
    tokens: list[Token], head: int, region_at: dict[int, PlaceMention], mention_at: dict[int, PersonMention]
) -> tuple[list[PlaceMention], list[PersonMention]]:
    """«губернаторы трёх регионов — Томской области Владимир Мазур, Новосибирской области Андрей
    Травников и Кемеровской области Илья Середюк»: each region right before its holder's name.
    The list starts within a few words of the plural post, in its sentence."""
    k = head + 1
    while (
        k < len(tokens)
        and k - head <= 12
        and tokens[k].sent == tokens[head].sent
        and not (k in region_at and region_at[k].last in mention_at)
    ):
        k += 1
    regions, people = [], []
    while k in region_at and region_at[k].last in mention_at:
        place = region_at[k]
        m = mention_at[place.last]
        regions.append(place)
        people.append(m)
        k = m.last
        if not (k + 1 < len(tokens) and tokens[k].text in (",", "и") and k + 1 in region_at):
            break
        k += 1
    return regions, people


def _listed(tokens: list[Token], k: int, at: dict) -> tuple[list, int]:
    """The items of a list starting at token ``k`` («X, Y и Z»), and the token after it."""
    items = []
    while k in at:
        item = at[k]
        items.append(item)
        k = item.last
        if k < len(tokens) and tokens[k].text in (",", "и") and k + 1 in at:
            k += 1
        else:
            break
    return items, k


def _plural_predicate(tokens: list[Token], m: PersonMention) -> bool:
    """Is the verb right after the one name plural, with no other subject joined after the name
    («… Глеб Никитский подписали соглашение»)?"""
    for t in tokens[m.last : m.last + 3]:
        if t.sent != tokens[m.first].sent or t.text in (",", "и", "(", "—"):
            return False
        if t.pos in ("VERB", "AUX"):
            return t.feats.get("Number") == "Plur"
    return False


def _coordinated(tokens: list[Token], start: int, end: int, rule: str) -> list[tuple[int, int, str]]:
    """«основатель компании и председатель совета директоров»: two posts joined by «и»; and
    «председатель Совета ассоциации Раис Республики Татарстан»: a head's title, capitalised,
    opening a second post with no word between."""
    for k in range(start + 1, end - 1):
        if tokens[k].text == "и" and _role_start(tokens, k + 1, min(k + 4, end)) == k + 1:
            return [(start, k, rule), *_coordinated(tokens, k + 1, end, rule)]
        if (
            k > start + 1
            and tokens[k].capitalized
            and tokens[k].lemma in _TITLES_OF_HEADS
            and tokens[k - 1].case == "Gen"
            # not a post's complement: «представителя Президента», «заместитель Главы»
            and not _is_role_word(tokens[k - 1])
        ):
            return [(start, k, rule), *_coordinated(tokens, k, end, rule)]
    return [(start, end, rule)]


#: titles of regions' heads, capitalised in official style, that open a post of their own
_TITLES_OF_HEADS = frozenset({"раис", "глава", "губернатор", "президент"})


def _read_post(
    parsed: ParsedText, m: PersonMention, start: int, end: int, places: list[PlaceMention], rule: str
) -> tuple[Post, Organisation | None] | None:
    """Split a role phrase into the role words, then the organisation or region they belong to."""
    tokens = parsed.tokens
    place_at = {i: p for p in places for i in range(p.first, p.last)}
    k = start
    while k < end and (_is_role_word(tokens[k]) or tokens[k].lemma == "обязанность"):
        k += 1
    # genitive words that name the office: lower-case nouns and adjectives, capitalised office nouns
    anaphoric = None
    office_place = None
    portfolio: list[Token] = []
    listed_abbreviation = -1
    while k < end:
        t = tokens[k]
        place = place_at.get(k)
        if place is not None:
            if _inside_office(tokens, place, start, end):
                office_place = office_place or place
                k = (
                    place.last
                )  # «председатель Гомельского облисполкома», «министр по развитию Дальнего Востока»
                continue
            portfolio = _portfolio(tokens, place.last, end)
            break
        if t.lemma in ANAPHORIC_REGION:
            anaphoric = t.lemma  # «глава региона», «губернатор края»: the region is in the context
            k += 1
            break
        if _federation_council(tokens, k):
            k += 1  # «член Совета Федерации»: the chamber's name, not the country's
            continue
        if t.lemma in COUNTRY_WORDS or t.text.lower() in COUNTRY_WORDS:
            j = k + 1
            if j < end and (tokens[j].lemma in COUNTRY_WORDS or tokens[j].text.lower() in COUNTRY_WORDS):
                j += 1  # «Российской Федерации»
            if j < end and tokens[j].text == "по":
                k = j  # «министр РФ по развитию Дальнего Востока»: the portfolio follows
                continue
            break
        if _dash_in_name(tokens, k) and k + 1 < end:
            k += 2  # «председатель Государственного Собрания – Курултая»: the office's other name
            continue
        # a participle too: «пищевой и перерабатывающей промышленности»
        lower_next = (
            k + 1 < end
            and tokens[k + 1].text.islower()
            and (tokens[k + 1].pos in ("NOUN", "ADJ") or tokens[k + 1].feats.get("VerbForm") == "Part")
        )
        # «министр строительства, архитектуры и ЖКХ»: an abbreviation closing a list of portfolios
        abbreviation_listed = (
            k + 1 < end
            and tokens[k + 1].text.isupper()
            and k + 1 not in place_at
            and tokens[k - 1].text.islower()
            and tokens[k - 1].case == "Gen"
        )
        if t.pos == "CCONJ" and abbreviation_listed:
            listed_abbreviation = k + 1
        if (
            (t.pos in ("NOUN", "ADJ") and (t.text.islower() or _is_role_word(t)))
            or (t.feats.get("VerbForm") == "Part" and t.text.islower() and t.case not in (None, "Nom"))
            or t.lemma in OFFICE_NOUNS
            # «председатель Государственного комитета …», «Законодательного собрания», «Ил Тумэна»
            or (
                (t.pos == "ADJ" or t.lemma in _PARLIAMENT_WORDS)
                and k + 1 < end
                and tokens[k + 1].lemma in OFFICE_NOUNS
            )
            or (
                t.pos == "CCONJ"
                and (
                    lower_next
                    # «министр культуры и по делам национальностей»
                    or (k + 2 < end and tokens[k + 1].text == "по" and tokens[k + 2].text.islower())
                    or abbreviation_listed
                    or _office_place_next(tokens, k + 1, place_at, start, end)
                )
            )
            or listed_abbreviation == k
            # «заместитель губернатора по экономике», «уполномоченный по правам человека»
            or (t.text == "по" and lower_next)
            or _listed_genitive(tokens, k)  # «министр строительства, архитектуры и ЖКХ»
            or (t.lemma in POSSESSIVES and lower_next)
        ):
            k += 1
        else:
            break
    role_tokens = [
        t
        for t in tokens[start:k]
        if (t.is_word or _listed_genitive(tokens, t.i))
        and t.lemma not in POSSESSIVES
        and (
            _federation_council(tokens, t.i)
            or (t.lemma not in COUNTRY_WORDS and fold(t.text) not in COUNTRY_WORDS)
        )
    ]
    # «врио губернатора», «исполняющая обязанности министра»: the post is the governor's, held for now
    acting = 0
    while acting < len(role_tokens) - 1 and (
        role_tokens[acting].lemma in ACTING or role_tokens[acting].text.lower() in ACTING
    ):
        acting += 1
    role_tokens = role_tokens[acting:] + portfolio
    if not role_tokens:
        return None
    role = fold(nominative(role_tokens, singular=True, oblique_head=bool(acting)))
    for t in role_tokens:
        if t.lemma in OFFICE_SHORT_FORMS:  # «председатель Госсовета» → «… государственного совета»
            role = re.sub(rf"\b{re.escape(fold(t.text))}\b", OFFICE_SHORT_FORMS[t.lemma], role)
    rest_start = k
    org: Organisation | None = None
    region: str | None = None
    region_rule = ""
    rest = [t for t in tokens[rest_start:end] if t.is_word]
    # «губернатор Томской области»; «мэр Якутска»: a city's post belongs to the city's region
    regions_in_rest = [p for p in places if p.kind in ("region", "city") and rest_start <= p.first < end]
    before = place_at.get(start - 1)
    municipal = False
    if anaphoric:
        region = _delegation_led(parsed, m, places)
        region_rule = "the region of the delegation the person led"
        side = _side_region(parsed, m, places, by_capital=True) if region is None else None
        if side is not None and of_kind(side, anaphoric):
            # «Со стороны Саратова документ визировал министр … области Иван Ларин»
            region, region_rule = side, "the region whose side the person acts for"
        if region is None:
            region = _context_region(parsed, m, places, anaphoric)
            region_rule = "region named by its kind, resolved from the context"
    elif rest and _municipal(rest, place_at):
        # «глава Мошковского района», «глава Агрызского района Татарстана»: the post is the
        # municipality's head; the region is named after it or known from the context
        municipal = True
        role = f"{role} {' '.join(fold(t.text) for t in rest if t.text.islower())}"
        if not regions_in_rest:
            region, region_rule = (
                _district_named_with_region(parsed, rest, places),
                ("the region the text names the municipality with"),
            )
            if region is None:
                region, region_rule = (
                    _context_region(parsed, m, places),
                    "municipal post, region from the context",
                )
    elif rest:
        org = resolve(parsed, rest_start, end, places)
        if org is not None and tokens[rest_start].text.isupper():
            # «проректор ТГУ по образовательной деятельности»: the portfolio after the body's
            # abbreviation belongs to the post
            after_body = _portfolio(tokens, rest_start + 1, end)
            if after_body:
                role = " ".join([role, *(fold(t.text) for t in after_body)]).replace(" ,", ",")
        quoted = tokens[rest_start].text == "«"
        named_in = (
            region_where_named_again(parsed, org.name, places) if quoted and org and not org.region else None
        )
        if named_in is not None:
            org = replace(
                org, region=named_in
            )  # «директор «Яблочкова»» after «пензенским технопарком «Яблочков»»
        heads_a_body = org is not None and role_tokens[-1].lemma in HEADS_OF_BODIES
        # a body the lexicon knows keeps its proper name to itself («директор Ассоциации
        # инновационных регионов России» is «директор ассоциации»); another's title says what it does
        known = org is not None and org.rule == "organisation lexicon"
        kind = _kind_of_body(tokens, rest_start, end, set(place_at), not known) if heads_a_body else None
        if kind is None and heads_a_body and len(rest) == 1:
            # «директор АИРР» is the director of an association, as its whole name says;
            # «президент Сбербанка» a bank's, as the lexicon says
            kind = genitive(head) if (head := head_kind(org.name)) else _kind_of_known_body(org.key)
        if kind is None and heads_a_body and tokens[rest_start].text == "«":
            kind = genitive(noun) if (noun := kind_where_named(parsed, org.name)) else None
        if kind is not None:
            role = f"{role} {kind}"
    elif not regions_in_rest:
        org = _known_office(parsed, start, rest_start, places)  # «Председатель Курултая»
    if (
        region is None
        and before is not None
        and before.kind == "region"
        and before.rule.startswith("adjective")
    ):
        region, region_rule = before.code, "region adjective before the post"  # «новосибирский министр»
    if region is None and regions_in_rest:
        region, region_rule = region_code(regions_in_rest[0]), "region in the post's phrase"
        if regions_in_rest[0].kind == "city":
            region_rule = "region of the city in the post's phrase"
            if role == "глава":
                role = "глава города"  # «Глава Вологды»: the head of a city, as a register says it
    if region is None and org is not None and org.region:
        region, region_rule = org.region, "region of the organisation"
    if region is None and org is None and not rest:
        # «От республики документ подписал заместитель председателя правительства X, от области —
        # вице-губернатор Y»: the side is named by its kind, the region of that kind told before
        side = _side_by_kind(parsed.tokens, m)
        if side:
            region = _last_of_kind(places, m, side)
            region_rule = "the side named by its kind, resolved from the context" if region else ""
    if region is None and org is None and not rest and _led_by(parsed.tokens, start):
        # «Делегация Законодательного собрания Вологодской области во главе с председателем
        # Андреем Поповым»: the post of the body whose delegation the person leads
        region = _delegation_led(parsed, m, places)
        region_rule = "the region of the delegation the person led" if region else ""
    if region is None and org is None and not rest and (its := _its_head(parsed, start, places)):
        # «Республику на заседании представлял её глава Михаил Ерусланов»: the head of the region
        # the kind noun stands for
        region, region_rule = its, "head of the region its kind noun stands for"
    if region is None and org is None and _regional(role_tokens):
        region, region_rule = _context_region(parsed, m, places), "regional post, region from the context"
    if region is None and org is None and not rest and role == "министр":
        region = _ministry_before(parsed, m.sent, places)
        region_rule = "the region's ministry named just before" if region else ""
    if region is None and office_place is not None and office_place.kind == "region":
        # «директор пермского технопарка», «министр краевого …»: the office's own region
        region, region_rule = office_place.code, "region adjective in the office's name"
    if region is None and (org is None or _regionless_body(org)):
        # «Делегацию Чеченской Республики возглавил генеральный директор Агентства по привлечению
        # инвестиций»: a body with no region of its own is the side's
        region = _side_region(parsed, m, places)
        region_rule = "the region whose side the person acts for" if region else ""
    # «Республиканского кардиологического диспансера», «Законодательного собрания»: a body of
    # the region the context names, though the text does not say which
    owned = [t for t in role_tokens if t.lemma in REGION_OWNED or _regional_parliament(tokens, t.i)]
    if org is not None:
        # a body of its own: whose it is, only if its name opens with the adjective
        owned = [rest[0]] if org.region is None and rest and rest[0].lemma in REGION_OWNED else []
    if region is None and owned:
        # «директор регионального центра подготовки», «министр краевого правительства»: of the
        # region the context names — of the kind the adjective says («краевого» — a krai's)
        owner = owned[0].lemma
        region = _named_before_with_region(parsed, owned[0].i, places)
        region_rule = "the region of the same body named before" if region else ""
        if region is None:
            region = _context_region(parsed, m, places, _KIND_OF_ADJECTIVE.get(owner, ""))
            region_rule = "the region's own body, region from the context" if region else ""
    # not a bare «министр» repeated, nor a federal portfolio named by a macro-region («заместитель
    # министра по развитию Дальнего Востока и Арктики»)
    macro = any(p.kind in ("macro", "district") and start <= p.first < end for p in places)
    cabinet = " " in role and not macro and _of_a_government(role_tokens, rest)
    if region is None and org is None and not municipal and cabinet:
        # «Ефимова Анна Петровна — министр здравоохранения» in the line-up of a cabinet the text
        # names («указ о составе правительства Якутии»): a post in that region's government
        region = _government_of_text(parsed, places)
        region_rule = "a post in the one regional government the text names" if region else ""
    if (
        role in _BARE_MINISTERS
        and org is None
        and (named := _ministry_named_before(parsed, m, region, places))
    ):
        # «Министерство сельского хозяйства и продовольствия Омской области … подписали. …
        # омский министр Денис Колмогоров», «В министерстве промышленности и науки Свердловской
        # области пояснили … — сказал заместитель министра Олег Травкин»: a post in the
        # ministry the text has named, and in its region
        portfolio_named, owner = named
        role = f"{role} {portfolio_named}"
        if region is None and owner is not None:
            region, region_rule = owner, "the region of the ministry named before"
    if role.split()[0] in _FOREIGN_TITLES and not regions_in_rest:
        # «Аким области Бауыржан Тлеубаев»: a Kazakh or Uzbek official, whichever «область» the
        # context names
        region, region_rule = None, ""
    if org is not None and org.region is None and region and regions_in_rest:
        org = Organisation(org.key, org.name, org.abbreviations, org.legal_form, region, org.rule)
    # the post speaks for the region itself (not for a company, a university or a city in it),
    # and is held now («бывший вице-губернатор», «экс-губернатор» no longer speak for it)
    former = role.startswith(("бывший", "бывшая", "экс-"))
    # a district's head signs for the district («межмуниципальное соглашение»), not its region
    for_region = (
        region is not None
        and (org is None or _regions_own_body(org, region))
        and "city" not in region_rule
        and not former
        and not municipal
    )
    post = Post(
        m.person,
        role,
        org.key if org else None,
        region,
        m.sent,
        rule,
        region_rule,
        span=(start, end),
        acting=bool(acting),
        for_region=for_region,
    )
    return post, org


#: the kinds of body a region keeps to act for it: their heads sign and take part for the region
#: («руководитель Центра поддержки экспорта Брянской области», «генеральный директор Корпорации
#: развития Ставропольского края»), where a company's director or a rector acts for their own
_REGIONS_OWN_BODIES = frozenset(
    {"агентство", "центр", "корпорация", "фонд", "представительство", "департамент", "комитет", "управление"}
)


def _regions_own_body(org: Organisation, region: str) -> bool:
    """Is ``org`` one of the region's own institutions, named with the region and of a public kind?"""
    return org.region == region and not org.legal_form and fold(org.name.split()[0]) in _REGIONS_OWN_BODIES


def _federation_council(tokens: list[Token], k: int) -> bool:
    """Is «Федерации» at ``k`` the name of the upper chamber («член Совета Федерации»)?"""
    return k > 0 and tokens[k].lemma == "федерация" and tokens[k - 1].lemma == "совет"


#: posts in a government: a minister, a premier, the chairman of a government and his deputies
_CABINET_TITLES = frozenset({"министр", "премьер", "премьер-министр", "вице-премьер"})
#: what a government is called, and the words that make one the country's
_GOVERNMENT_NOUNS = frozenset({"правительство", "кабмин", "кабинет"})
_FEDERAL_WORDS = frozenset({"рф", "россия", "российский", "федеральный", "федерация"})


def _of_a_government(role_tokens: list[Token], rest: list[Token]) -> bool:
    """Is the post one in a government («министр здравоохранения», «заместитель председателя
    правительства»), with nothing in its phrase that makes it the country's?"""
    lemmas = {t.lemma for t in role_tokens} | {t.lemma for t in rest}
    cabinet = bool(lemmas & _CABINET_TITLES) or {"председатель", "правительство"} <= lemmas
    return cabinet and not (lemmas & _FEDERAL_WORDS)


def _government_of_text(parsed: ParsedText, places: list[PlaceMention]) -> str | None:
    """The one region whose government the text names: «правительства Якутии», «кабинет
    министров Татарстана», «республиканского правительства», «правительства республики». None
    where it names two, or the country's too."""
    tokens = parsed.tokens
    starts = {p.first: p.code for p in places if p.kind == "region"}
    ends = {p.last: p.code for p in places if p.kind == "region" and p.rule.startswith("adjective")}
    found = set()
    for t in tokens:
        if t.lemma not in _GOVERNMENT_NOUNS:
            continue
        j = t.i + 1
        if t.lemma == "кабинет":
            if j >= len(tokens) or tokens[j].lemma != "министр":
                continue  # a cabinet of a doctor or of a museum
            j += 1
        nxt = tokens[j] if j < len(tokens) else None
        if nxt is not None and nxt.lemma in _FEDERAL_WORDS:
            return None
        if j in starts:
            found.add(starts[j])
        elif t.i in ends:
            found.add(ends[t.i])  # «башкирское правительство»
        elif nxt is not None and nxt.lemma in KIND_NOUNS and nxt.text.islower():
            code = last_of_kind(places, nxt.lemma, t.i)  # «правительства республики»
            found |= {code} if code else set()
        elif t.i > 0 and tokens[t.i - 1].lemma in REGION_OWNED:
            # «республиканского правительства»: of the last region of the kind the adjective says
            code = last_of_kind(places, _KIND_OF_ADJECTIVE.get(tokens[t.i - 1].lemma, ""), t.i)
            found |= {code} if code else set()
    return found.pop() if len(found) == 1 else None


#: heads of regions abroad, whose «область» is never a Russian region
_FOREIGN_TITLES = frozenset({"аким", "хоким"})


def _portfolio(tokens: list[Token], k: int, end: int) -> list[Token]:
    """«министр Свердловской области по управлению государственным имуществом»: the portfolio
    named after the region belongs to the post («министр по управлению …»)."""
    if not (k + 1 < end and tokens[k].text == "по" and tokens[k + 1].text.islower()):
        return []
    j = k + 1
    while j < end and (
        (tokens[j].is_word and tokens[j].text.islower() and tokens[j].pos != "VERB")
        or _listed_genitive(tokens, j)  # «по промышленности, транспорту и экологии»
    ):
        j += 1
    return [t for t in tokens[k:j] if t.is_word or _listed_genitive(tokens, t.i)]


#: nouns a region adjective qualifies when it names the side a person acts for
_SIDE_NOUNS = frozenset({"делегация", "сторона"})


def _side_region(
    parsed: ParsedText, m: PersonMention, places: list[PlaceMention], by_capital: bool = False
) -> str | None:
    """«От Красноярского края подпись поставил министр …», «Чувашскую делегацию возглавил
    министр …», «Со стороны Пермского края проект курирует …», «Свердловскую сторону представляет
    A, тюменскую — B»: a post that names no region or body belongs to the region the sentence
    names as the side the person acts for, the nearest before the name if there are several.
    ``by_capital``: a regional post's side may be named by its city («со стороны Саратова»)."""
    kinds = ("region", "city") if by_capital else ("region",)
    in_sentence = [p for p in places if p.sent == m.sent and p.kind in kinds and not p.in_event_name]
    sides = [p for p in in_sentence if _names_a_side(parsed.tokens, p, in_sentence)]
    before = [p for p in sides if p.first < m.first]
    if before:
        return region_code(before[-1])
    codes = {region_code(p) for p in sides}
    return codes.pop() if len(codes) == 1 else None


def _led_by(tokens: list[Token], k: int) -> bool:
    """Do the three words before ``k`` say «во главе с»?"""
    return k >= 3 and [t.text.lower() for t in tokens[k - 3 : k]] == ["во", "главе", "с"]


def _delegation_led(parsed: ParsedText, m: PersonMention, places: list[PlaceMention]) -> str | None:
    """«Делегация Саратовской области провела два дня в Волгограде. Её возглавил министр …
    региона»: whoever led a delegation is of its region, not of the place it came to."""
    tokens = parsed.tokens
    sent = parsed.sentences[m.sent]
    words = tokens[sent.first : sent.last]
    verbs = [
        t.i
        for t in words
        if (t.lemma in ("возглавить", "возглавлять") or _led_by(tokens, t.i + 3)) and t.i < m.first
    ]
    # the one the verb names, not the next in a list («возглавил губернатор X, Марий Эл — Y»)
    if not verbs or any(t.text in ",;—–" for t in tokens[verbs[-1] : m.first]):
        return None
    told = [m.sent]
    if m.sent > 0 and any(t.text.lower() in ("её", "ее", "его") for t in words if t.i < m.first):
        told.append(m.sent - 1)  # «Её возглавил …»: the delegation of the sentence before
    for s in told:
        for t in (t for t in tokens if t.sent == s and t.lemma == "делегация"):
            codes = regions_of_delegation(places, t, tokens)
            if len(codes) == 1:
                return codes.pop()
    return None


def _last_of_kind(places: list[PlaceMention], m: PersonMention, noun: str) -> str | None:
    """«от области» points back to the region of that kind just named, not to where the news
    happens."""
    return last_of_kind(places, noun, m.first)


def _side_by_kind(tokens: list[Token], m: PersonMention) -> str | None:
    """The kind noun of the nearest side named before the person in the sentence: «от области»,
    «со стороны республики» (not «от Томской области», a side named by its region)."""
    for k in range(m.first - 1, 0, -1):
        t = tokens[k]
        if t.sent != m.sent:
            return None
        word = t.text.lower()
        if word == "от" or (word == "стороны" and tokens[k - 1].text.lower() == "со"):
            # the nearest side; «со стороны Курганской области» is named by its region
            nxt = tokens[k + 1]
            return nxt.lemma if nxt.lemma in KIND_NOUNS else None
    return None


def _regionless_body(org: Organisation | None) -> bool:
    """A body the text names without a region, and not a federal one («Агентство по привлечению
    инвестиций», not «Минэкономразвития России»)."""
    return (
        org is not None
        and org.region is None
        and org.rule == "name read from the text"
        and not any(w.lower() in COUNTRY_WORDS for w in org.name.split())
    )


def _names_a_side(tokens: list[Token], p: PlaceMention, in_sentence: list[PlaceMention]) -> bool:
    """«от Красноярского края», «со стороны Пермского края», «чувашская делегация», «делегацию
    Москвы», and «…, тюменскую — директор …» with the side noun left out after one named before it."""
    before = [t.text.lower() for t in tokens[max(0, p.first - 2) : p.first]]
    return (
        before[-1:] == ["от"]
        # «Томскую область представлял начальник департамента …», and «…, Удмуртию — министр …»
        # with the verb left out after a side named so before it
        or _represented(tokens, p)
        or (
            p.last < len(tokens)
            and tokens[p.last].text in "—–"
            and any(_represented(tokens, q) for q in in_sentence if q.first < p.first)
        )
        or before == ["со", "стороны"]
        or (p.first > 0 and tokens[p.first - 1].lemma in _SIDE_NOUNS and not p.rule.startswith("adjective"))
        or _before_side_noun(tokens, p)
        or (
            p.rule.startswith("adjective")
            and p.last < len(tokens)
            and tokens[p.last].text in "—–"
            and any(_before_side_noun(tokens, q) for q in in_sentence if q.first < p.first)
        )
    )


def _represented(tokens: list[Token], p: PlaceMention) -> bool:
    """«Томскую область представлял …», «Югру на заседании представляла …»: the region in the
    accusative before «представлять», a short phrase of where or how between them at most."""
    if tokens[p.last - 1].case not in ("Acc", None):  # («Югру» the tagger may take for a verb)
        return False
    for t in tokens[p.last : p.last + 4]:
        if t.sent != tokens[p.first].sent or t.text in (",", "—", "–", ":", ";"):
            return False
        if t.lemma in ("представлять", "представить"):
            return True
        if t.pos in ("VERB", "AUX"):
            return False
    return False


def _before_side_noun(tokens: list[Token], p: PlaceMention) -> bool:
    return p.rule.startswith("adjective") and p.last < len(tokens) and tokens[p.last].lemma in _SIDE_NOUNS


def _known_office(
    parsed: ParsedText, start: int, end: int, places: list[PlaceMention]
) -> Organisation | None:
    """A body the organisation lexicon knows, named inside the post itself («председатель
    Курултая», «спикер Ил Тумэна»): its region is the post's."""
    tokens = parsed.tokens
    for j in range(start + 1, end):
        if tokens[j].text[:1].isupper():
            # «председатель комитета Ил Тумэна по государственному строительству»: the body's
            # name may be followed by the portfolio, which is no part of it
            for last in range(end, j, -1):
                org = resolve(parsed, j, last, places)
                if org is not None and org.rule == "organisation lexicon":
                    return org
            return None
    return None


#: the first words of two republics' parliaments: «Ил Тумэн», «Эл Курултай»
_PARLIAMENT_WORDS = frozenset({"ил", "эл"})


def _inside_office(tokens: list[Token], place: PlaceMention, start: int, end: int) -> bool:
    """A place that belongs to the name of the office rather than saying whose it is."""
    after = tokens[place.last] if place.last < end else None
    if place.rule.startswith("adjective") and after is not None:
        if after.text.islower() and after.pos == "NOUN":
            return True  # «Гомельского облисполкома»: the adjective qualifies the body
        j = place.last
        while j < end and tokens[j].pos == "ADJ" and tokens[j].text.islower():
            j += 1
        if j < end and tokens[j].lemma in OFFICE_NOUNS:
            return True  # «Мурманской областной Думы»
    if place.kind in ("macro", "district") and any(t.text == "по" for t in tokens[start : place.first]):
        return True
    # «министр развития Арктики Мурманской области»: a part of Russia that governs nothing is the
    # portfolio's, after its noun
    before = tokens[place.first - 1] if place.first > start else None
    return place.kind == "macro" and before is not None and before.pos == "NOUN" and before.text.islower()


def _office_place_next(tokens: list[Token], k: int, place_at: dict, start: int, end: int) -> bool:
    """«министр по развитию Дальнего Востока и Арктики»: «и» goes on into another part of the office."""
    place = place_at.get(k)
    return place is not None and _inside_office(tokens, place, start, end)


def _municipal(rest: list[Token], place_at: dict) -> bool:
    """Does the rest of a post's phrase name a municipality («Мошковского района»)?"""
    if not rest or rest[0].pos == "ADP":
        return False
    return any(t.lemma in MUNICIPAL_NOUNS and t.text.islower() and t.i not in place_at for t in rest[:4])


#: a region's parliament named without its region: «Законодательное собрание», «Народное собрание»
_PARLIAMENT_ADJECTIVES = frozenset({"законодательный", "народный"})


def _regional_parliament(tokens: list[Token], k: int) -> bool:
    """«Законодательного собрания», «Госсовета», «Государственного Совета»: a region's parliament,
    unless the country's words follow («член Государственного совета РФ»)."""
    t = tokens[k]
    if t.lemma in OFFICE_SHORT_FORMS:
        after = k + 1
    elif k + 1 < len(tokens) and (
        (t.lemma in _PARLIAMENT_ADJECTIVES and tokens[k + 1].lemma in ("собрание", "дума"))
        or (t.lemma == "государственный" and tokens[k + 1].lemma in ("совет", "собрание"))
    ):
        after = k + 2
    else:
        return False
    return after >= len(tokens) or not (
        tokens[after].lemma in COUNTRY_WORDS or fold(tokens[after].text) in COUNTRY_WORDS
    )


def _named_before_with_region(parsed: ParsedText, k: int, places: list[PlaceMention]) -> str | None:
    """«Председатель Законодательного собрания Свердловской области … Председатель комитета
    Законодательного собрания …»: the region of the same two words named before with one."""
    tokens = parsed.tokens
    pair = (tokens[k].lemma, tokens[k + 1].lemma) if k + 1 < len(tokens) else None
    starts = {p.first: p for p in places if p.kind == "region"}
    found = None
    for j in range(k - 1):
        if (tokens[j].lemma, tokens[j + 1].lemma) == pair and j + 2 in starts:
            found = region_code(starts[j + 2])
    return found


def _regional(role_tokens: list[Token]) -> bool:
    """A post of a region's government: «губернатор», «заместитель губернатора по экономике» —
    but not «глава государства», where a genitive says whose head it is."""
    for k, t in enumerate(role_tokens):
        if t.lemma in REGIONAL_ROLES:
            after = role_tokens[k + 1] if k + 1 < len(role_tokens) else None
            return (
                after is None
                or not (after.pos == "NOUN" and after.case == "Gen")
                or after.lemma in MUNICIPAL_NOUNS
            )
    return False


def _ministry_before(parsed: ParsedText, sent: int, places: list[PlaceMention]) -> str | None:
    """«Заявку готовило министерство экономического развития Сахалинской области. Как пояснила
    министр Наталья Ганеева, …»: a bare «министр» heads the region's ministry the same or the
    previous sentence names — when there is exactly one such region."""
    tokens = parsed.tokens
    found = set()
    for s in parsed.sentences[max(0, sent - 1) : sent + 1]:
        ministries = [t.i for t in tokens[s.first : s.last] if t.lemma == "министерство"]
        for k in ministries:
            after = next((p for p in places if p.sent == s.i and p.first > k and p.kind == "region"), None)
            between = tokens[k + 1 : after.first] if after else []
            if after and all(t.is_word and t.text.islower() for t in between if t.text != ","):
                found.add(region_code(after))
                continue
            # «министерство экономического развития края»: the region of that kind named before
            j = k + 1
            while (
                j < s.last
                and tokens[j].is_word
                and tokens[j].text.islower()
                and tokens[j].lemma not in KIND_NOUNS
            ):
                j += 1
            if j < s.last and tokens[j].lemma in KIND_NOUNS:
                kind = KIND_NOUNS[tokens[j].lemma]
                named = [
                    p
                    for p in places
                    if p.kind == "region" and p.first < k and gazetteer().regions[p.code].kind == kind
                ]
                if named:
                    found.add(named[-1].code)
    return found.pop() if len(found) == 1 else None


#: posts in a ministry that name no portfolio: the ministry named before gives it
_BARE_MINISTERS = frozenset({"министр", "заместитель министра", "первый заместитель министра"})


def _ministry_named_before(
    parsed: ParsedText, m: PersonMention, region: str | None, places: list[PlaceMention]
) -> tuple[str, str | None] | None:
    """The portfolio of the ministry a bare «министр» works in, and that ministry's region: the
    one ministry of ``region`` the text names before the person (when the region is not known,
    the one ministry named in that sentence or the one before). None when the text names none,
    or several."""
    tokens = parsed.tokens
    first_sent = 0 if region else max(0, m.sent - 1)
    found = set()
    for s in parsed.sentences[first_sent : m.sent + 1]:
        for k in range(s.first, min(s.last, m.first) - 1):
            if tokens[k].lemma != "министерство" or tokens[k + 1].case != "Gen":
                continue
            j = k + 1
            while j < s.last and (
                (tokens[j].is_word and tokens[j].text.islower() and tokens[j].lemma not in ANAPHORIC_REGION)
                or tokens[j].text == ","
            ):
                j += 1
            words = tokens[k + 1 : j]
            while words and (words[-1].text == "," or words[-1].pos == "CCONJ"):
                words.pop()
            if not words or words[0].text == "по" and len(words) < 2:
                continue
            owner = next((p for p in places if p.first == j and p.kind == "region"), None)
            if region is not None and (owner is None or region_code(owner) != region):
                continue
            portfolio = " ".join(fold(t.text) for t in words).replace(" ,", ",")
            found.add((portfolio, region_code(owner) if owner is not None else None))
    return found.pop() if len(found) == 1 else None


#: titles that say nothing of the body they head: «руководитель», unlike «ректор», needs its
#: body's kind to be a post
HEADS_OF_BODIES = frozenset(
    {"руководитель", "директор", "гендиректор", "председатель", "начальник", "управляющий", "президент"}
    | {"вице-президент"}
)


def _kind_of_body(
    tokens: list[Token], start: int, end: int, in_place: set[int], complement: bool = True
) -> str | None:
    """The kind of the body a post is held in, as the post's title names it: «руководитель
    агентства» from «руководитель Агентства по туризму РТ», «заместитель руководителя
    федерального дорожного агентства». The proper name stays the organisation's, and a region's
    adjective («Томского политехнического института») the region's."""
    adjectives = []
    if start + 1 < end and tokens[start].text in LEGAL_FORMS and tokens[start + 1].text == "«":
        start += 1  # «генеральный директор АО «Корпорация развития Камчатского края»»
    quoted = start < end and tokens[start].text == "«"
    if quoted:
        start += 1  # «генеральный директор «Обнинского композитного завода»»: a name in quotes
    for t in tokens[start:end]:
        if t.text in _ABBREVIATED_KINDS:
            return _ABBREVIATED_KINDS[t.text]  # «президент ТПП Дагестана»: «президент палаты»
        if t.i in in_place and t.pos == "PROPN":
            continue  # «Самарской Губернской Думы»: the tagger calls the region's adjective a name
        if t.pos == "ADJ":
            if t.i not in in_place:
                adjectives.append(fold(t.text))
            continue
        # «начальник Куйбышевской железной дороги»: a railway is a body, a road is not
        railway = t.lemma == "дорога" and adjectives[-1:] == ["железной"]
        if t.pos in ("NOUN", "PROPN") and (_a_body_kind(t.lemma) or railway):
            # «руководитель Центра поддержки экспорта Курганской области»: the lower-case
            # genitives after the kind say what the body does, and belong to the title
            what: list[str] = []
            for x in tokens[t.i + 1 : min(end, t.i + 4) if complement else t.i + 1]:
                if x.i in in_place or not (x.text.islower() and x.pos in ("NOUN", "ADJ") and x.case == "Gen"):
                    break
                what.append(fold(x.text))
            while what and tokens[t.i + len(what)].pos == "ADJ":
                what.pop()  # «… Агентства инвестиционного» cut before its noun: none of it
            # «АО «Корпорация развития …»»: a name in quotes keeps its nominative; the title
            # takes the kind in the genitive
            kind = (genitive(t.lemma) or fold(t.text)) if quoted and t.case != "Gen" else fold(t.text)
            return " ".join([*adjectives, kind, *what])
        return None
    return None


def _a_body_kind(word: str) -> bool:
    """Is the (lower-case) word a kind of body, itself or after a hyphen («ИТ-парк» is a park)?
    The tagger leaves such compounds in the case the text has («ит-парка»), so the part after
    the hyphen is looked up in every dictionary form it may take."""
    head, hyphen, tail = word.rpartition("-")
    return word in BODY_KINDS or (bool(hyphen) and bool(head) and bool(lemma_candidates(tail) & BODY_KINDS))


#: the kinds of the organisation lexicon whose names need not say them («Промсвязьбанк»)
_LEXICON_KINDS = {"bank": "банк", "association": "ассоциация", "university": "университет"}


#: abbreviations that name a body's kind, in the genitive a title takes
_ABBREVIATED_KINDS = table("abbreviated_body_kinds")


@cache
def _kind_of_known_body(key: str) -> str | None:
    """The kind the organisation lexicon gives a body, in the genitive a title takes («банка»),
    or the kind its name opens with («Фонд развития промышленности»: «фонда»)."""
    known = known_organisations()[0].get(key)
    if known is None:
        return None
    noun = _LEXICON_KINDS.get(known.kind)
    if noun is None:
        first = fold(known.name.split()[0])
        noun = first if _a_body_kind(first) else None
    return genitive(noun) if noun else None


def region_code(place: PlaceMention) -> str:
    if place.kind == "city":
        return gazetteer().places[("city", place.code)].region
    return place.code


#: the kind noun an adjective of a region's own body names
_KIND_OF_ADJECTIVE = {
    "областной": "область",
    "краевой": "край",
    "республиканский": "республика",
    "окружной": "округ",
}


def _its_head(parsed: ParsedText, start: int, places: list[PlaceMention]) -> str | None:
    """«Республику … представлял её глава»: the region a bare kind noun earlier in the sentence
    stands for, where «её»/«его» stands right before the post. Of the regions of that kind named
    before, the last one named as a subject, the one a text is about; else the last one."""
    tokens = parsed.tokens
    if start == 0 or tokens[start - 1].text.lower() not in ("её", "ее", "его"):
        return None
    sent = tokens[start].sent
    named = {i for p in places for i in range(p.first, p.last)}
    noun = next(
        (
            t
            for t in tokens[parsed.sentences[sent].first : start - 1]
            if t.lemma in KIND_NOUNS
            and t.i not in named  # a bare «Республику», not «Ульяновской области»
            and t.text[:1].isupper() == (t.i == parsed.sentences[sent].first)
        ),
        None,
    )
    if noun is None:
        return None
    return last_of_kind(places, noun.lemma, parsed.sentences[sent].first, tokens)


def _came_along(parsed: ParsedText, m: PersonMention) -> bool:
    """Does the sentence say the person came along with someone told before («Вместе с ним на
    фестиваль приехала …»)? Then the person is of that one's side, not of the host's."""
    words = [t.text.lower() for t in parsed.tokens[parsed.sentences[m.sent].first : m.first]]
    along = (["вместе", "с", "ним"], ["вместе", "с", "ней"])
    return any(words[k : k + 3] in along for k in range(len(words)))


def _context_region(
    parsed: ParsedText, m: PersonMention, places: list[PlaceMention], noun: str = ""
) -> str | None:
    """The region a post names only by its kind («глава республики») or leaves to the context.

    The nearest region before it in the same sentence; else the region where the reported
    events take place («В Северной Осетии подписан договор … глава республики»); else the
    nearest before. A kind noun keeps only regions of that kind.
    """
    kind = KIND_NOUNS.get(noun)
    regions = gazetteer().regions
    candidates = [
        p
        for p in places
        if p.kind == "region" and not p.in_event_name and (kind is None or regions[p.code].kind == kind)
    ]
    before = [p for p in candidates if p.first < m.first]
    same = [p for p in before if p.sent == m.sent]
    foreign = [p for p in places if p.kind == "foreign" and p.sent == m.sent and p.first < m.first]
    if foreign and (not same or foreign[-1].first > same[-1].first):
        return None  # «С карагандинской стороной документ подписал аким области»: not Russia's
    if same:
        return same[-1].code
    if before and _came_along(parsed, m):
        return before[-1].code  # «Вместе с ним приехала мэр района …»: the side of the one just told
    # where the events told so far take place, not a place the text comes to later («я вырос на
    # Среднем Урале» at the end of an interview)
    venues = list(dict.fromkeys(p.code for p in before if p.venue))
    if len(venues) == 1:
        return venues[0]
    if before:
        return before[-1].code
    after = [p for p in candidates if p.sent == m.sent]
    return after[0].code if after else None
