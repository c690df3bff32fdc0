"""People: natasha's PER spans → names in the nominative → one Person per real person.

Within a document a surname-only or initials mention («Собянин», «С. Собянина») joins the
full mention it is compatible with; two full names that share a surname but not a first
name («Айсен Николаев», «Михаил Николаев») stay two people.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..text import fold, surname_key
from .heads import known_head_name
from .lexicon import words
from .nlp import ParsedText, Token, models
from .posts import ACTING, ROLE_HEADS, ROLE_MODIFIERS
from .records import Person, PersonMention, PersonName, PlaceMention

#: honorifics and titles that natasha may fold into a name («Ил Дархан Айсен Николаев»)
TITLE_WORDS = words("title_words")
CHINESE_SURNAMES = words("chinese_surnames")
#: a word before a name that makes the name part of an organisation's or a thing's name
NAMED_AFTER = frozenset({"имени", "им", "им."})
#: streets and squares named after people: «на улице Степана Разина» names no one in the news
_STREETS = frozenset(
    {"улица", "ул", "проспект", "переулок", "бульвар", "площадь", "набережная", "шоссе", "проезд", "сквер"}
)


def _named_after(tokens: list[Token], k: int) -> bool:
    """Does the name at ``k`` name an institution or a street after a person («университет имени
    М. К. Аммосова», «на улице Степана Разина»)?"""
    if k == 0:
        return False
    before = tokens[k - 1]
    if before.text == "." and k > 1:
        before = tokens[k - 2]  # «ул. Карла Маркса», «им. Н. Э. Баумана»
    return fold(before.text) in NAMED_AFTER or before.lemma in _STREETS or fold(before.text) in _STREETS


#: «Лаптев-старший», «Иванов-младший»: a surname with a note of generation
_GENERATION = re.compile(r"-(старш|младш)\w*$", re.IGNORECASE)
_INITIAL = re.compile(r"^[А-ЯЁA-Z]\.?$")


@lru_cache(maxsize=50_000)
def _grammemes(word: str) -> frozenset[str]:
    """pymorphy's grammemes of the likelier parses (Name, Surn, Patr …); names recur, so the
    answers are remembered."""
    parses = models().vocab.parse(word.lower())
    out: set[str] = set()
    if not parses:
        return out
    top = parses[0].score
    for p in parses:
        if p.score >= top * 0.5:
            out |= set(p.tag.grammemes)
    return frozenset(out)


def is_first_name(word: str) -> bool:
    """Does the dictionary know the word as a first name (in the singular)?"""
    return any({"Name", "sing"} <= p.tag.grammemes for p in models().vocab.parse(word))


def _womans_name(word: str) -> bool:
    """Is the word a woman's first name, and no man's? Singular readings only: «Радий» is not
    the genitive plural of a woman's name here."""
    genders = {p.tag.gender for p in models().vocab.parse(word) if {"Name", "sing"} <= p.tag.grammemes}
    return genders == {"femn"}


def _after_a_womans_verb(parsed: ParsedText, first: int) -> bool:
    """Is the name the subject of a verb in the feminine past before it («— поделилась министр
    … Наиля Хабибуллина»), with only the words of a post between them?"""
    tokens = parsed.tokens
    k = first - 1
    while k >= 0 and first - k <= 12 and tokens[k].sent == tokens[first].sent:
        t = tokens[k]
        if t.pos in ("VERB", "AUX"):
            # «— поделилась первый заместитель …», not «состоялась встреча губернатора …»
            post_follows = k + 1 == first or tokens[k + 1].lemma in ROLE_HEADS | ROLE_MODIFIERS
            return post_follows and t.feats.get("Tense") == "Past" and t.feats.get("Gender") == "Fem"
        if t.text in ".!?;:" or (t.text == "," and k < first - 1):
            return False
        k -= 1
    return False


def _before_a_womans_verb(parsed: ParsedText, last: int) -> bool:
    """Is the name the subject of the verb in the feminine past right after it («Е. Лагутина
    уточнила»)?"""
    tokens = parsed.tokens
    if last >= len(tokens) or tokens[last].sent != tokens[last - 1].sent:
        return False
    t = tokens[last]
    return t.pos in ("VERB", "AUX") and t.feats.get("Tense") == "Past" and t.feats.get("Gender") == "Fem"


def _women(parsed: ParsedText, spans: list, written: frozenset[str]) -> frozenset[str]:
    """Surnames in a woman's form that a verb in the feminine past, or a woman's oblique form,
    confirms as a woman's at one of their mentions: the other mentions of the same surname are
    hers too («директор … Евгения Лагутина», read by the tagger as the genitive of «Евгений
    Лагутин», then «Е. Лагутина уточнила»)."""
    out = set()
    for span in spans:
        if span.type != "PER":
            continue
        surname = parsed.tokens[span.last - 1].text
        feminine = bool(_FEMININE_SURNAME.match(surname))
        # «Саая», «Шойгу»: a surname of one form for either sex, ending in a vowel
        undeclined = surname[-1:] in "аеиоуыэюя" and not _MASCULINE_SURNAME.match(surname)
        if (
            # «поддержала Сергея Мирошниченко»: the verb before an undeclined name may have it
            # for its object, so only the verb after it counts there
            (
                feminine
                and (_after_a_womans_verb(parsed, span.first) or _before_a_womans_verb(parsed, span.last))
            )
            # «Саая подчеркнула», «Б. Саая уточнила»: the surname alone or after initials, the
            # verb's subject
            or (
                undeclined
                and all(len(t.text) == 1 for t in parsed.tokens[span.first : span.last - 1])
                and _before_a_womans_verb(parsed, span.last)
            )
            # «Яна Мухина» and «по словам генерального директора Мухиной»: no man's form ends so
            or (feminine and surname[:-1] + "ой" in written)
        ):
            out.add(surname)
    return frozenset(out)


def _surname_first(tokens: list[Token]) -> bool:
    """Is the name written surname first, as official lists write it («Ефремова Марина Павловна»,
    «Бахтин С. А.»)?"""
    if len(tokens) < 2 or _INITIAL.match(tokens[0].text):
        return False
    rest = [t.text for t in tokens[1:]]
    if all(_INITIAL.match(w) for w in rest):
        return True
    return len(rest) == 2 and "Patr" in _grammemes(rest[1]) and "Name" in _grammemes(rest[0])


def split_name(words: list[str]) -> PersonName | None:
    """Words of a name already in the nominative → first, middle and last name.

    Handles «Имя Фамилия», «Имя Отчество Фамилия», «Фамилия Имя Отчество», «И. О. Фамилия»,
    «Фамилия И. О.» and a lone surname; a lone first name gives a name with no surname.
    """
    words = [w for w in words if w not in ".,"]
    if not words:
        return None
    tags = [_grammemes(w) for w in words]
    initial = [bool(_INITIAL.match(w)) for w in words]
    patr = ["Patr" in t for t in tags]
    given = ["Name" in t and "Surn" not in t for t in tags]
    if len(words) == 1:
        if initial[0]:
            return None
        if given[0] and "Surn" not in tags[0]:
            return PersonName(first=words[0])
        return PersonName(last=words[0])
    if len(words) == 2:
        # «Ирина Лукашевич»: a man's patronymic after a woman's name is her surname
        if patr[1] and not initial[0] and not (words[1].endswith("ич") and _womans_name(words[0])):
            return PersonName(first=words[0], middle=words[1])
        if given[1] and not given[0] and not initial[0] and "Surn" in tags[0]:
            return PersonName(first=words[1], last=words[0])
        return PersonName(first=words[0], last=words[1])
    if patr[-1] and not patr[1]:
        return PersonName(first=words[1], middle=words[2], last=words[0])
    if not initial[0] and all(initial[1:]):  # «Бахтин С. А.»
        return PersonName(first=words[1], middle=" ".join(words[2:]), last=words[0])
    return PersonName(first=words[0], middle=" ".join(words[1:-1]), last=words[-1])


def _strip(tokens: list[Token], normal_words: list[str]) -> tuple[int, list[str]]:
    """Drop leading titles, lower-case words and verbs from a PER span; returns (offset, words).

    A verb opening a line is capitalised and the tagger may take it into the name that follows
    («Беседовала Мария Лосева», «Записал Иван Петров»): no name part is a verb.
    """
    k = 0
    while k < len(tokens) - 1 and (
        fold(tokens[k].text) in TITLE_WORDS
        or tokens[k].lemma in TITLE_WORDS
        or not tokens[k].text[:1].isupper()
        or _is_verb(tokens[k])
    ):
        k += 1
    return k, normal_words[k:]


def _is_verb(token: Token) -> bool:
    """A finite verb by the tagger or by a dictionary parse, and no name part. A word pymorphy
    only guesses at is no evidence: it reads «Ермаганбет» as a verb for its ending."""
    grammemes = _grammemes(token.text)
    if grammemes & {"Name", "Surn", "Patr"} or len(token.text) == 1:
        return False  # a name part, or an initial («Е. В. Сорокина»: «Е» is no «есть»)
    return token.pos == "VERB" or ("VERB" in grammemes and _known(token.text))


def _known(word: str) -> bool:
    return models().vocab.word_is_known(word.lower())


#: folk characters, feasts and parliaments the tagger reads as people: lemmas of their words
_NOT_PEOPLE = frozenset(
    {("дед", "мороз"), ("снегурочка",), ("иван", "купала"), ("иван", "купало")}
    # parliaments of the republics named by their own words: «Эл Курултай рассмотрит поправки»
    | {("эл", "курултай"), ("ил", "тумэн"), ("ил", "тумен"), ("курултай",), ("хурал",)}
)


def _a_holiday_or_a_character(parsed: ParsedText, span) -> bool:
    """«в ночь на Ивана Купалу», «в день рождения Деда Мороза», «совпало с Петровым днём»: a feast
    or a folk character, not a person."""
    words = tuple(t.lemma for t in parsed.tokens[span.first : span.last] if t.is_word)
    if words in _NOT_PEOPLE:
        return True
    nxt = parsed.tokens[span.last] if span.last < len(parsed.tokens) else None
    # «Петров день», «Татьянин день», «Ильин день»: a saint's day named by a possessive adjective
    return nxt is not None and nxt.lemma == "день" and len(words) == 1


def find_people(
    parsed: ParsedText, places: list[PlaceMention] = ()
) -> tuple[list[PersonMention], list[Person]]:
    """Person mentions and the people they refer to, within one document.

    A name NER tags as a person but the gazetteer reads as a place («Гомельщина») is a place.
    """
    org_tokens = {i for s in parsed.spans if s.type == "ORG" for i in range(s.first, s.last)}
    place_tokens = {i for p in places for i in range(p.first, p.last)}
    org_tokens |= place_tokens
    raw: list[tuple[PersonName, int, int, str]] = []
    spans = _joined_person_spans(parsed)
    full_surnames = {surname_key(parsed.tokens[x.last - 1].text) for x in spans if x.last - x.first > 1}
    words_in_text = frozenset(t.text for t in parsed.tokens)
    women = _women(parsed, spans, words_in_text)
    # single words the text writes in quotes somewhere («магистрали «Белкомур»»): names of things
    # (by the first six letters, so that «Белкомуру» in a headline is the «Белкомур» in quotes)
    quoted = {
        fold(parsed.tokens[i + 1].text)[:6]
        for i in range(len(parsed.tokens) - 2)
        if parsed.tokens[i].text == "«"
        and parsed.tokens[i + 2].text == "»"
        and len(parsed.tokens[i + 1].text) >= 6
    }
    listed_with_places = _listed_with_places(parsed, place_tokens)
    for span in spans:
        if span.type == "PER" and span.last - span.first > 2 and span.first in place_tokens:
            # «Псковщины Шамиль Эльдаров»: the place NER glued to the name is left to the places
            span = _without_place_before(parsed, span, place_tokens)
        if span.type != "PER" or span.first in org_tokens:
            continue
        if _named_after(parsed.tokens, span.first):
            continue  # «университет имени М. К. Аммосова» names a university, not a person
        if _a_holiday_or_a_character(parsed, span):
            continue
        if any(ch.isdigit() for t in parsed.tokens[span.first : span.last] for ch in t.text):
            continue  # «самолёт-амфибию Бе-200», «Су-35»: a model's name, not a person
        span = _with_first_name(parsed, span, org_tokens)
        tokens = [t for t in parsed.tokens[span.first : span.last] if t.is_word]
        normal = [
            _GENERATION.sub("", w)
            for w in re.split(r"\s+", span.normal)
            if w and any(ch.isalnum() for ch in w)
        ]
        if len(normal) != len(tokens):
            normal = [t.text for t in tokens]
        at = 0 if _surname_first(tokens) else len(tokens) - 1  # «Ефремова Марина Павловна»
        if _MASCULINE_SURNAME.match(tokens[at].text) or _UNDECLINED_SURNAME.match(tokens[at].text):
            # «В. Шаров» is Шаров, not the genitive plural of «шар»; «Надежда Рыжих» is no plural
            # adjective («Рыжие»): surnames in «-их», «-ых» never decline
            normal[at] = tokens[at].text
        surname = tokens[at]
        # a surname in the nominative says the first name is in it too, whatever its ending
        # («Бату Хасиков», not the dative of «Бат»; «Кюннэй Слепцова»)
        as_written = bool(_MASCULINE_SURNAME.match(surname.text))
        mans_genitive = False
        normal = _feminine_oblique(
            tokens, _masculine_in_a(tokens, normal), dative=_case_of_post_before(parsed, span.first) == "Dat"
        )
        post_genitive = _after_genitive_post(parsed, span.first)
        if _womans_undeclined_nominative(tokens, at):
            # «председатель правительства ЕАО Яна Рейнгольд»: a man's genitive would be «Яна
            # Рейнгольда», so the surname kept as it is says the name is hers, as written
            normal = [t.text for t in tokens]
            as_written = True
        elif (hers := _hers_in_an_oblique_case(tokens, words_in_text)) is not None:
            # «Алевтину Полякову» where the text writes «Алевтина Полякова» too, «Гузели
            # Ахметовой»: a woman's name in an oblique case, back to the nominative
            normal, as_written = hers, True
        elif post_genitive or _after_genitive_opener(parsed, span.first):
            mended = _masculine_genitive(tokens, normal, words_in_text, unknown_names=post_genitive)
            mans_genitive = mended[-1] != normal[-1] or mended[0] != normal[0]
            normal = mended
            as_written = False
        elif _FEMININE_SURNAME.match(surname.text) and (
            (surname.case == "Nom" and surname.feats.get("Gender") == "Fem")
            or surname.text in women
            # «Ведущий научный сотрудник … Евгения Назарова обращает внимание»: after a post in
            # the nominative the name is one too, and a nominative in «-ова» is a woman's (not
            # «советник губернатора Ивана Петрова», where the name is the governor's)
            or _case_of_post_before(parsed, span.first, nearest=True) == "Nom"
        ):
            # «Яна Мухина» as the tagger reads her, not «Ян Мухин»; «— поделилась первый
            # заместитель министра … Наиля Хабибуллина»: the verb says she is a woman
            normal = [t.text for t in tokens]
            as_written = True
        elif surname.text in women and len(tokens) > 1 and tokens[0].text[-1:] in "ая":
            # «глава … Баира Саая», then «Саая подчеркнула»: the surname does not say, the verb
            # does; a woman's first name in «-а» as written, not the genitive of «Баир»
            normal = [t.text for t in tokens]
            as_written = True
        k, words = _strip(tokens, normal)
        if tokens[-1].i in place_tokens or (
            any(t.i in place_tokens for t in tokens[k:]) and not _surname_like(tokens[-1].text)
        ):
            # «Раис Татарстана», «Глава Удмуртии»: a title and a place, no name (but «Урал
            # Ишбулатов»: a first name that is also a place's, before a surname)
            continue
        # a man's genitive mended above: his surname says his gender, not the «-ева» written
        written = words[:] if mans_genitive else [t.text for t in tokens[k:]]
        if _surname_first(tokens[k:]):  # «Кирсанов Анатолий Борисович» → «Анатолий Борисович Кирсанов»
            words, written = words[1:] + words[:1], written[1:] + written[:1]
        words = _nominative_name(
            [w[:1].upper() + w[1:] if w[:1].islower() else w for w in words], written, as_written
        )
        name = split_name(words)
        if name is None or not (name.last or name.first):
            continue
        if len(words) == 1 and name.first and surname_key(name.first) in full_surnames:
            # «сопредседателями станут Гордиенко и Эркенов»: the surname of a full name given
            # before, not a first name
            name = PersonName(first="", last=name.first)
        known = known_head_name(name.first, name.last) if name.has_full_first and name.last else None
        if known and (known[0], known[1]) != (name.first, name.last):
            name = replace(name, first=known[0], last=known[1])
        if not name.first and not (_surname_like(name.last) or surname_key(name.last) in full_surnames):
            continue  # a lone capitalised word NER took for a name («Балаклавой»)
        if (
            not name.first
            and surname_key(name.last) not in full_surnames
            and _after_an_adjective(parsed, tokens[k])
        ):
            continue  # «казахстанский Курчатов», «белорусский Новополоцк»: a town, not a person
        if (
            not name.first
            and surname_key(name.last) not in full_surnames
            and tokens[k].i in listed_with_places
        ):
            continue  # «жители Мурина, Кудрова, Бугров и других посёлков»: a town among towns
        if (
            not name.first
            and name.last.endswith(("ых", "их"))
            and surname_key(name.last[:-2]) in full_surnames
        ):
            continue  # «Николаевых в ассоциации теперь двое»: the plural of a surname named before
        if (
            not name.first
            and surname_key(name.last) not in full_surnames
            and fold(tokens[k].text)[:6] in quoted
        ):
            continue  # «Коми: Белкомур снова в повестке» of the railway «Белкомур»: a thing's name
        if name.last and fold(name.last) in TITLE_WORDS:
            continue
        raw.append((name, tokens[k].i, span.last, "natasha NER + name parts"))
    covered = {i for _, first, last, _ in raw for i in range(first, last)} | place_tokens
    raw += _names_missed_by_ner(parsed, covered, full_surnames)
    raw.sort(key=lambda r: r[1])
    return _resolve(parsed, _as_written_elsewhere(parsed, raw))


def _as_written_elsewhere(
    parsed: ParsedText, raw: list[tuple[PersonName, int, int, str]]
) -> list[tuple[PersonName, int, int, str]]:
    """A name written exactly as another mention's nominative is that nominative.

    «министр … Эльмира Гаджиева» reads as the genitive of «Эльмир Гаджиев» as well; when the
    text also has «Эльмиры Гаджиевой», the woman is the reading the text itself confirms. Only a
    mention the grammar leaves open is changed: not one after «по словам», which is a genitive.
    """

    nominative: dict[tuple[str, str], PersonName] = {}
    for name, *_rest in raw:
        if name.first and name.last:
            nominative.setdefault((name.first, name.last), name)
    # men's names the text writes in the nominative, by their folded words
    folded = {
        (fold(f), fold(last_name)): (f, last_name)
        for (f, last_name) in nominative
        if _MASCULINE_SURNAME.match(last_name)
    }
    out = []
    for name, first, last, rule in raw:
        words = [t.text for t in parsed.tokens[first:last] if t.is_word]
        key = (words[0], words[-1]) if len(words) in (2, 3) else None
        if key in nominative and (name.first, name.last) != key and not _after_genitive_opener(parsed, first):
            name = replace(nominative[key], middle=name.middle or nominative[key].middle)
        elif (
            key
            and not _a_nominative_name(key[0])  # «Валентина Петрова» may be a woman's nominative
            and (stem := _mans_oblique_stem(*key)) in folded
            and folded[stem] != (name.first, name.last)
        ):
            # «пригласила Бахтиёра Рахимова» after «хоким … Бахтиёр Рахимов»: a man's oblique
            # case of a name the text gives in the nominative, though the dictionary lacks it
            name = replace(nominative[folded[stem]], middle=name.middle)
        out.append((name, first, last, rule))
    return out


def _womans_undeclined_nominative(tokens: list[Token], at: int) -> bool:
    """A woman's first name in the nominative beside a consonant-final surname left as it is."""
    if len(tokens) != 2:
        return False
    surname, first = tokens[at], tokens[1 - at]
    if len(first.text) < 3:
        return False  # «В. Мазур»: an initial says nothing of who it is
    if not _CONSONANT_SURNAME.match(surname.text) or _MASCULINE_SURNAME.match(surname.text):
        return False
    if _UNDECLINED_SURNAME.match(surname.text):
        return False
    readings = models().vocab.parse(first.text)
    return any(p.is_known and {"Name", "nomn", "sing", "femn"} <= p.tag.grammemes for p in readings)


def _a_nominative_name(word: str) -> bool:
    """Is the word a first name in the nominative that the dictionary knows («Валентина»)?"""
    return any(p.is_known and {"Name", "nomn", "sing"} <= p.tag.grammemes for p in models().vocab.parse(word))


#: the endings a man's first name and surname take together in one oblique case
_MANS_CASE_PAIRS = (("а", "а"), ("у", "у"), ("ом", "ым"), ("ем", "ым"), ("е", "е"))


def _mans_oblique_stem(first: str, last: str) -> tuple[str, str] | None:
    for a, b in _MANS_CASE_PAIRS:
        if first.endswith(a) and last.endswith(b) and len(first) > len(a) + 2 and len(last) > len(b) + 2:
            return fold(first[: -len(a)]), fold(last[: -len(b)])
    return None


#: a surname as a man's nominative writes it: no other case of any name ends so
_MASCULINE_SURNAME = re.compile(r"^[А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын)$")
#: surnames that keep one form in every case and for either sex («Рыжих», «Черных», «Русских»)
_UNDECLINED_SURNAME = re.compile(r"^[А-ЯЁ][а-яё]+(?:их|ых)$")
#: a surname as a woman's nominative writes it (and a man's genitive: the tagger decides)
_FEMININE_SURNAME = re.compile(r"^[А-ЯЁ][а-яё]+(?:ова|ева|ёва|ина|ына|ская|цкая)$")
#: a surname ending in a consonant: a man's declines with his first name («Яна Рейнгольда»), a
#: woman's keeps its form in every case («Яна Рейнгольд»)
_CONSONANT_SURNAME = re.compile(r"^[А-ЯЁ][а-яё]+[бвгджзклмнпрстфхцчшщ]$")


#: openers after which a name is in the genitive: «по словам директора … Рената Гайнуллина»
_GENITIVE_OPENERS = (("по", "словам"), ("по", "мнению"), ("по", "данным"))


def _after_genitive_opener(parsed: ParsedText, first: int) -> bool:
    """Does the name stand in the noun phrase after «по словам», «по мнению»? Up to a comma, a
    dash or a verb back, and no farther than a long post's words."""
    tokens = parsed.tokens
    k = first - 1
    while k > 0 and first - k <= 12 and tokens[k].sent == tokens[first].sent:
        t = tokens[k]
        if t.text in (",", "—", "–", ":") or t.pos == "VERB":
            return False
        if (tokens[k - 1].text.lower(), t.text.lower()) in _GENITIVE_OPENERS:
            return True
        k -= 1
    return False


def _after_an_adjective(parsed: ParsedText, word: Token) -> bool:
    """Does a lone name follow an adjective that agrees with it («казахстанский Курчатов»)? News
    names a person by surname alone only once it has given the full name, and not after an
    adjective; a town after one is common."""
    if word.i == 0:
        return False
    before = parsed.tokens[word.i - 1]
    return (
        before.pos == "ADJ"
        and before.text.islower()
        and before.case is not None
        and before.case == word.case
        and before.lemma not in ROLE_MODIFIERS
    )


def _listed_with_places(parsed: ParsedText, place_tokens: set[int]) -> set[int]:
    """Single capitalised words listed with places («жители Мурина, Кудрова, Бугров и других
    посёлков»): towns named like surnames, which a list of places makes places. The list is
    followed word by word from a place on either side, across commas and «и»."""
    tokens = parsed.tokens
    placed = set(place_tokens) | {i for s in parsed.spans if s.type == "LOC" for i in range(s.first, s.last)}
    lone = {s.first for s in parsed.spans if s.type == "PER" and s.last - s.first == 1}
    listed: set[int] = set()
    changed = True
    while changed:
        changed = False
        for i in lone - listed:
            left = i >= 2 and tokens[i - 1].text in (",", "и") and i - 2 in placed
            right = i + 2 < len(tokens) and tokens[i + 1].text in (",", "и") and i + 2 in placed
            if left or right:
                listed.add(i)
                placed.add(i)
                changed = True
    return listed


def _after_genitive_post(parsed: ParsedText, first: int) -> bool:
    """Does the name follow a post whose head is in the genitive («Приветствие главы Республики
    Бурятия Солбона Гармаева …»)? The head is the first post word of the phrase before the name,
    not the nearest («заместитель председателя правительства Туяна Будаева» is a nominative)."""
    return _case_of_post_before(parsed, first) == "Gen"


def _case_of_post_before(parsed: ParsedText, first: int, nearest: bool = False) -> str | None:
    """The case of the head of the post right before a name, which the name shares; with
    ``nearest``, of the title nearest the name («губернатора» in «советник губернатора»)."""
    tokens = parsed.tokens
    head = None
    k = first - 1
    while k >= 0 and first - k <= 10 and tokens[k].sent == tokens[first].sent:
        t = tokens[k]
        if t.lemma in ACTING or t.text.lower() in ACTING:
            # «исполняющая обязанности министра …», «врио министра …»: the acting word heads it
            head = t
        elif not t.is_word or t.pos in ("VERB", "ADP", "CCONJ", "SCONJ", "PRON"):
            break
        elif t.lemma in ROLE_HEADS:
            head = t
            if nearest:
                break
        k -= 1
    return head.case if head is not None else None


#: a woman's surname in «-ова», «-ина» in an oblique case: «Сивцевой», «Пестеревой», «Ивановой»
_FEMININE_OBLIQUE = re.compile(r"^([А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын))(?:ой|ою|у)$")
#: a woman's first name in «-а» in the oblique cases, back to «-а»: «Уйгуланы», «Айталине»,
#: «Саргыланой»
_FEMININE_NAME_ENDINGS = ("ы", "е", "ой", "у")


def _feminine_oblique(tokens: list[Token], normal: list[str], dative: bool = False) -> list[str]:
    """«Уйгуланы Сивцевой» → «Уйгулана Сивцева»: a woman's name the dictionary does not know,
    left as written by the tagger, whose surname says she is a woman in an oblique case — the
    first name in «-а» declines as the surname does. After a post in the dative («министру …
    Ньургуну Прокопьеву») the «-у» is a man's dative, not a woman's accusative."""
    if len(tokens) != 2 or normal != [t.text for t in tokens]:
        return normal
    surname = _FEMININE_OBLIQUE.match(tokens[1].text)
    first = tokens[0].text
    if surname is None or any(p.is_known for p in models().vocab.parse(first) if "Name" in p.tag.grammemes):
        return normal
    if dative and tokens[1].text.endswith("у"):
        return [first[:-1], tokens[1].text[:-1]] if first.endswith("у") else normal
    ending = next((e for e in _FEMININE_NAME_ENDINGS if first.endswith(e) and len(first) - len(e) >= 3), None)
    if ending is None:
        return normal
    return [first[: -len(ending)] + "а", surname.group(1) + "а"]


def _hers_in_an_oblique_case(tokens: list[Token], written: frozenset[str]) -> list[str] | None:
    """A woman's first name and surname in an oblique case, in the nominative: where the text
    writes her surname in the nominative elsewhere («Полякова»), or where her first name is one
    in «-ль» («Гузели» → «Гузель»). None where the first name would not be a woman's."""
    if len(tokens) != 2:
        return None
    surname = _FEMININE_OBLIQUE.match(tokens[1].text)
    if surname is None:
        return None
    first = tokens[0].text
    if surname.group(1) in written:
        return None  # «Дмитрию Лапину» where the text writes «Д. Лапин» too: his name, not «Дмитрия»
    soft = re.fullmatch(r"(.+[еуя]л)(?:и|ью)", first)
    if soft:
        return [soft.group(1) + "ь", surname.group(1) + "а"]  # «Гузели Ахметовой»
    if surname.group(1) + "а" not in written:
        return None
    soft_vowel = re.fullmatch(r"(.+[иь])(?:ей|е|и|ю)", first)
    if soft_vowel:
        nominative = soft_vowel.group(1) + "я"  # «Зульфие» → «Зульфия», «Наталье» → «Наталья»
    else:
        ending = next(
            (e for e in _FEMININE_NAME_ENDINGS if first.endswith(e) and len(first) - len(e) >= 2), None
        )
        if ending is None:
            return None
        nominative = first[: -len(ending)] + "а"
    parses = [p for p in models().vocab.parse(nominative) if "Name" in p.tag.grammemes and p.is_known]
    if parses and not any(p.tag.gender == "femn" and p.normal_form == nominative.lower() for p in parses):
        return None  # «Андрею Полякову»: «Андра» is no woman's name
    return [nominative, surname.group(1) + "а"]


def _may_be_nominative_name(word: str) -> bool:
    """Whether a first name may be in the nominative: one the dictionary does not know may."""
    parses = [p for p in models().vocab.parse(word) if "Name" in p.tag.grammemes and p.is_known]
    return not parses or any(p.tag.case == "nomn" for p in parses)


#: endings of a man's surname in «-а» in the oblique cases («Жоги», «Жоге», «Жогой»); not the
#: accusative «-у», which indeclinable names end in too («Сергея Шойгу»)
_A_DECLENSION = {"gent": ("и", "ы"), "datv": ("е",), "ablt": ("ой", "ей"), "loct": ("е",)}
#: the genitive «-и» follows only these consonants («Жоги»; «Бериташвили» does not decline)
_BEFORE_I = frozenset("гкхжшчщ")


def _masculine_in_a(tokens: list[Token], normal: list[str]) -> list[str]:
    """«Артёма Жоги» → «Артём Жога»: a man's surname in «-а» declines like a noun of that ending,
    which the dictionary does not know and the tagger leaves as written; the man's first name in
    an oblique case tells which case, and so which ending to take off."""
    if len(tokens) != 2 or normal[1] != tokens[1].text or normal[0] == tokens[0].text:
        return normal
    surname = tokens[1].text
    for parse in models().vocab.parse(tokens[0].text):
        grammemes = set(parse.tag.grammemes)
        if not ({"Name", "masc"} <= grammemes and parse.is_known):
            continue
        case = next((c for c in _A_DECLENSION if c in grammemes), None)
        ending = next((e for e in _A_DECLENSION.get(case, ()) if surname.endswith(e)), None)
        if ending == "и" and surname[-2:-1].lower() not in _BEFORE_I:
            return normal
        if ending and len(surname) - len(ending) >= 3:
            return [normal[0], surname[: -len(ending)] + ("я" if ending == "ей" else "а")]
        return normal
    return normal


def _masculine_genitive(
    tokens: list[Token], normal: list[str], in_text: frozenset[str] = frozenset(), unknown_names: bool = False
) -> list[str]:
    """«Рената Гайнуллина» where the context wants a genitive: a woman's would be «Ренаты
    Гайнуллиной», so «-а» here ends a man's name — «Ренат Гайнуллин». ``unknown_names``: the
    genitive is certain, so a first name the dictionary does not know loses its «-а» after a
    consonant too («Солбона» → «Солбон»)."""
    from pymorphy2.analyzer import Parse

    written = [t.text for t in tokens]
    if len(written) < 2 or not re.search(r"(ова|ева|ёва|ина|ына)$", written[-1]):
        return normal
    parses = [
        p
        for p in models().vocab.parse(written[0])
        if {"Name", "masc", "gent"} <= set(p.tag.grammemes) and p.is_known
    ]
    if not parses:
        # a name the dictionary does not know: «Аюра» is the genitive of the «Аюр» the text
        # writes elsewhere
        if written[0].endswith("а") and (
            written[0][:-1] in in_text
            or (unknown_names and re.search(r"[бвгджзклмнпрстфхцчшщ]а$", written[0]))
        ):
            return [written[0][:-1], *normal[1:-1], written[-1][:-1]]
        return normal
    form = Parse.inflect(parses[0], {"nomn"})
    if form is None:
        return normal
    return [_capital(form.word), *normal[1:-1], written[-1][:-1]]


def _without_place_before(parsed: ParsedText, span, place_tokens: set[int]):
    """The span from its first token after the place it opens with."""
    from dataclasses import replace

    first = span.first
    while first < span.last and first in place_tokens:
        first += 1
    if span.last - first < 2:
        return span
    tok = parsed.tokens[first]
    text = parsed.text[tok.start : span.stop]
    return replace(
        span,
        first=first,
        start=tok.start,
        text=text,
        normal=" ".join(span.normal.split()[first - span.first :]),
    )


#: the endings of a patronymic («-ович», «-евна», «-ична»), also of names the dictionary lacks
_PATRONYMIC_ENDING = re.compile(r"(?:ович|евич|ьич|овна|евна|ична|инична)$")


def _with_first_name(parsed: ParsedText, span, taken: set[int]):
    """«Айсен Михайлович Доржиев» where NER began the name at the patronymic: the capitalised
    word before a patronymic is the first name."""
    from dataclasses import replace

    if span.first == 0 or span.first - 1 in taken:
        return span
    tokens = parsed.tokens
    prev, first = tokens[span.first - 1], tokens[span.first]

    def word_before(t: Token) -> bool:
        return t.is_word and t.capitalized and t.sent == first.sent and t.pos in ("PROPN", "NOUN")

    def patronymic(t: Token) -> bool:
        # one the dictionary knows, or one it cannot, by its ending («Кара-оолович»)
        return "Patr" in _grammemes(t.text) or bool(_PATRONYMIC_ENDING.search(t.text))

    if not word_before(prev):
        return span
    if patronymic(first) and not patronymic(prev):
        before = prev
    elif (
        patronymic(prev)
        and span.last - span.first == 1
        and not is_first_name(first.text)
        and span.first >= 2
        and span.first - 2 not in taken
        and word_before(tokens[span.first - 2])
        and is_first_name(tokens[span.first - 2].text)
    ):
        # «Святослав Васильевич Дорофеев» where NER began the name at the surname
        before = tokens[span.first - 2]
    else:
        return span
    words = [prev.text] if before is prev else _inflect_name([before, prev])
    return replace(
        span,
        first=before.i,
        start=before.start,
        text=parsed.text[before.start : span.stop],
        normal=" ".join([*words, span.normal]),
    )


def _joined_person_spans(parsed: ParsedText) -> list:
    """NER sometimes cuts one name in two: two adjacent one-word PER spans are one name
    («Артёмом» | «Савченко»), and so are a surname and the first name and patronymic after it,
    as official lists write people («Голубева» | «Светлана Викторовна»; «Русских» left out of
    «Алексей Юрьевич»)."""
    tokens = parsed.tokens
    out = []
    for span in (piece for s in parsed.spans for piece in _split_at_sentences(parsed, s)):
        if span.type != "PER":
            continue
        prev = out[-1] if out else None
        tail = span.last - span.first == 2 and "Patr" in _grammemes(tokens[span.last - 1].text)
        initials = _initials_only(tokens[span.first : span.last])
        before = tokens[span.first - 1] if span.first > 0 else None
        if (
            prev is not None
            and prev.last == span.first
            and prev.last - prev.first == 1
            and (span.last - span.first == 1 or tail or initials)
            and tokens[span.first].sent == tokens[prev.first].sent
        ):
            out[-1] = replace(
                prev,
                last=span.last,
                stop=span.stop,
                text=parsed.text[prev.start : span.stop],
                normal=f"{prev.normal} {span.normal}",
            )
        elif (
            (tail or initials)
            and before is not None
            and (prev is None or prev.last <= before.i)
            and before.sent == tokens[span.first].sent
            and before.capitalized
            and before.is_word
            # «Шапша В. В. — губернатор …»: initials after a word make it a surname (pymorphy
            # knows «Шапша» as a river), unless it is a first name
            and (_surname_like(before.text) or (initials and "Name" not in _grammemes(before.text)))
            and (before.i == 0 or not tokens[before.i - 1].is_word)  # opens the list item
        ):
            out.append(
                replace(
                    span,
                    first=before.i,
                    start=before.start,
                    text=parsed.text[before.start : span.stop],
                    normal=f"{before.text} {span.normal}",
                )
            )
        else:
            out.extend(_split_at_a_case_break(parsed, span))
    return [s for s in (_without_capitals_verb(parsed, s) for s in out) if s is not None]


def _initials_only(tokens: list[Token]) -> bool:
    """«В. В.» cut off «Мазур В. В.», a protocol's way of writing a name: capitals and dots."""
    return all((len(t.text) == 1 and t.text.isupper()) or t.text == "." for t in tokens) and any(
        t.text.isalpha() for t in tokens
    )


def _without_capitals_verb(parsed: ParsedText, span):
    """«НИКОЛАЕВ СОЗВОНИЛСЯ С НИКОЛАЕВЫМ»: in a headline in capitals NER may run a name into the
    verb after it; the name ends before the first word the dictionary knows as a verb."""
    tokens = parsed.tokens[span.first : span.last]
    written = [parsed.text[t.start : t.stop] for t in tokens if t.is_word]
    if not all(w.isupper() and len(w) > 1 for w in written):  # the tokens' own text is case-mended
        return span
    cut = next((k for k, t in enumerate(tokens) if _a_verb(t.text)), None)
    if cut is None:
        return span
    if cut == 0:
        return None
    normal = span.normal.split()
    return replace(
        span,
        last=tokens[cut - 1].i + 1,
        stop=tokens[cut - 1].stop,
        text=parsed.text[span.start : tokens[cut - 1].stop],
        normal=" ".join(normal[:cut]),
    )


def _a_verb(word: str) -> bool:
    """Does the dictionary read the word first as a verb form it knows?"""
    parses = models().vocab.parse(word.lower())
    return bool(parses) and parses[0].is_known and parses[0].tag.POS in ("VERB", "INFN", "PRTS", "GRND")


def _split_at_sentences(parsed: ParsedText, span) -> list:
    """«… — сказал Айсен Николаев.¶Д. Бадмаев …»: NER ran a name across the end of a sentence; each
    sentence's part is a name of its own."""
    tokens = parsed.tokens
    if span.type != "PER" or tokens[span.first].sent == tokens[span.last - 1].sent:
        return [span]
    pieces = []
    start = span.first
    for k in range(span.first + 1, span.last + 1):
        if k == span.last or tokens[k].sent != tokens[start].sent:
            words = [t for t in tokens[start:k] if t.is_word or t.text == "."]
            while words and not words[-1].is_word:
                words.pop()  # the sentence's full stop
            if words:
                first, last = words[0].i, words[-1].i + 1
                text = parsed.text[tokens[first].start : tokens[last - 1].stop]
                pieces.append(
                    replace(
                        span,
                        first=first,
                        last=last,
                        start=tokens[first].start,
                        stop=tokens[last - 1].stop,
                        text=text,
                        normal=text,
                    )
                )
            start = k
    return pieces


def _split_at_a_case_break(parsed: ParsedText, span) -> list:
    """«Хасану Магомадову Кадыров поручил …»: NER ran a dative name into the subject's surname.
    Three words with no patronymic among them, the last in another case than the two before, are
    two people; so are a full name and an initial with a surname after it («Глебом Никитиным С.
    Собянин обсудил …»)."""
    tokens = parsed.tokens
    words = tokens[span.first : span.last]
    initial = next(
        (
            k
            for k in range(2, len(words) - 2)
            if len(words[k].text) == 1
            and words[k].text.isupper()
            and words[k + 1].text == "."
            and words[k - 1].is_word
            and not _PATRONYMIC_ENDING.search(words[k - 1].text)
            and words[k - 1].case is not None
            and words[k - 1].case != words[-1].case
        ),
        None,
    )
    normal = span.normal.split()
    if initial is not None and len(normal) >= 4:
        cut = words[initial]
        return [
            replace(
                span,
                last=cut.i,
                stop=words[initial - 1].stop,
                text=parsed.text[span.start : words[initial - 1].stop],
                normal=" ".join(normal[:initial]),
            ),
            replace(
                span,
                first=cut.i,
                start=cut.start,
                text=parsed.text[cut.start : span.stop],
                normal=" ".join(normal[initial:]),
            ),
        ]
    if len(words) != 3 or not all(t.is_word for t in words) or _PATRONYMIC_ENDING.search(words[1].text):
        return [span]
    cases = [t.case for t in words]
    if not _undeclined_subject_after(tokens, words) and (
        None in cases or cases[0] != cases[1] or cases[1] == cases[2] or "Nom" not in (cases[0], cases[2])
    ):
        return [span]
    normal = span.normal.split()
    if len(normal) != 3:
        return [span]
    first, second = words[:2], words[2:]
    return [
        replace(
            span,
            last=first[-1].i + 1,
            stop=first[-1].stop,
            text=parsed.text[span.start : first[-1].stop],
            normal=" ".join(normal[:2]),
        ),
        replace(
            span,
            first=second[0].i,
            start=second[0].start,
            text=parsed.text[second[0].start : span.stop],
            normal=normal[2],
        ),
    ]


#: surnames that never decline, whatever case the tagger guesses for them («Дрозденко», «Шевченко»)
_NEVER_DECLINED = re.compile(r"^[А-ЯЁ][а-яё]+(?:ко|их|ых|аго|яго)$")


def _undeclined_subject_after(tokens: list[Token], words: list[Token]) -> bool:
    """«С губернатором Санкт-Петербурга Александром Бегловым Дрозденко утвердил план»: a name in
    an oblique case, then a surname that never declines and a finite verb — the verb's subject,
    which the tagger gave the case of the name before it."""
    after = tokens[words[-1].i + 1] if words[-1].i + 1 < len(tokens) else None
    return (
        words[0].case not in (None, "Nom")
        and words[0].case == words[1].case
        and surname_shaped(words[1].text)
        and bool(_NEVER_DECLINED.match(words[2].text))
        and after is not None
        and after.is_finite_verb
    )


def _names_missed_by_ner(
    parsed: ParsedText, covered: set[int], full_surnames: set[str] = frozenset()
) -> list[tuple[PersonName, int, int, str]]:
    """«Имя Фамилия» that NER folded into a place or an organisation («… (Якутия) Айсен Николаев»).

    A capitalised first name known to the dictionary followed by a capitalised word that is
    not itself a first name is read as a name, wherever NER put it.
    """
    found = []
    tokens = parsed.tokens
    alone = _surnames_alone(parsed)
    for t in tokens[:-1]:
        nxt = tokens[t.i + 1]
        if t.i in covered or nxt.i in covered or t.sent != nxt.sent:
            continue
        if not (t.text[:1].isupper() and nxt.text[:1].isupper() and t.text.isalpha() and nxt.text.isalpha()):
            continue
        if _named_after(tokens, t.i) or fold(t.text) in TITLE_WORDS:
            continue
        if (t.lemma, nxt.lemma) in _NOT_PEOPLE:
            continue  # «в ночь на Ивана Купалу»
        first_tags, last_tags = _grammemes(t.text), _grammemes(nxt.text)
        # «волгоградский губернатор Батор Ондар … Ондар назвал …»: a first name the dictionary
        # does not know, after a post, before a surname the text names alone elsewhere
        after_post = t.i > 0 and tokens[t.i - 1].lemma in ROLE_HEADS
        # «… Республики Башкортостан Урал Ишбулатов … Ишбулатов пояснил»: a word the dictionary
        # takes for a place, before a surname in its case that NER names alone elsewhere
        in_its_case = t.case == nxt.case and bool(_SURNAME_IN_ANY_CASE.match(nxt.text))
        named_alone = (after_post or in_its_case) and nxt.text in alone
        # «глава Республики Северная Осетия — Алания Ислам Исмаилов»: right after a post and its
        # region, a word that may be a first name and one shaped as a surname are a name, though
        # the dictionary likes «ислам» better as a noun and «Исмаилов» as a plural of «Исмаил»
        after_posts_place = _after_posts_place(tokens, t.i, covered) and is_first_name(t.text)
        surname_shaped = bool(_MASCULINE_SURNAME.match(nxt.text) or _FEMININE_SURNAME.match(nxt.text))
        if after_posts_place and surname_shaped:
            pass
        elif not named_alone and ("Name" not in first_tags or "Name" in last_tags) or "Geox" in last_tags:
            continue
        if not ("Surn" in last_tags or nxt.pos == "PROPN" or "UNKN" in last_tags):
            continue
        third = tokens[nxt.i + 1] if nxt.i + 1 < len(tokens) else None
        if (
            "Patr" in last_tags
            and third is not None
            and third.i not in covered
            and third.sent == t.sent
            and third.text[:1].isupper()
            and third.text.isalpha()
            and (_MASCULINE_SURNAME.match(third.text) or _FEMININE_SURNAME.match(third.text))
        ):
            # «Святослав Васильевич Дорофеев»: first name, patronymic and surname
            nominative = after_posts_place or t.case == third.case == "Nom"
            words = [t.text, nxt.text, third.text] if nominative else _inflect_name([t, nxt, third])
            found.append(
                (
                    PersonName(first=words[0], middle=words[1], last=words[2]),
                    t.i,
                    third.i + 1,
                    "first name + patronymic + surname pattern",
                )
            )
            covered.update((t.i, nxt.i, third.i))
            continue
        # a surname in the nominative's shape keeps the pair as written: after a post and its
        # place, or where the tagger reads both words as nominatives («Делегацию возглавил Айтал
        # Сивцев», not the genitives of «Айтала» and «Сивец»)
        # («Указом Раиса Татарстана Рустама Минниханова»: a first name with no nominative reading
        # says the pair is in the post's genitive)
        as_written = surname_shaped and (
            (after_posts_place and _may_be_nominative_name(t.text)) or t.case == nxt.case == "Nom"
        )
        words = [t.text, nxt.text] if as_written else _inflect_name([t, nxt])
        found.append(
            (PersonName(first=words[0], last=words[1]), t.i, nxt.i + 1, "first name + surname pattern")
        )
        covered.update((t.i, nxt.i))
    return found + _initials_missed_by_ner(parsed, covered, full_surnames)


def _after_posts_place(tokens: list[Token], k: int, covered: set[int]) -> bool:
    """Does token ``k`` follow a place that follows a post («глава Республики … Алания»)?"""
    j = k - 1
    while j >= 0 and j in covered and tokens[j].sent == tokens[k].sent:
        j -= 1
    return j < k - 1 and j >= 0 and tokens[j].lemma in ROLE_HEADS


def _surnames_alone(parsed: ParsedText) -> set[str]:
    """The words NER tags as a person by themselves («Ондар назвал соглашение …»)."""
    return {parsed.tokens[s.first].text for s in parsed.spans if s.type == "PER" and s.last - s.first == 1}


_LETTER = re.compile(r"^[А-ЯЁ]$")


def _initials_missed_by_ner(
    parsed: ParsedText, covered: set[int], full_surnames: set[str] = frozenset()
) -> list[tuple[PersonName, int, int, str]]:
    """«… глава Республики Саха (Якутия) А. С. Николаев подписали»: initials and a surname in the
    nominative that NER folded into a place. Only a surname already in the nominative is taken;
    an oblique one would need the person's gender, which initials do not give. A word the
    dictionary does not take for a surname is one where the text names the person in full
    elsewhere («Р. Кухарук» … «Руслан Кухарук»)."""
    tokens = parsed.tokens
    found = []
    k = 0
    while k < len(tokens) - 2:
        initials = []
        j = k
        while j + 1 < len(tokens) and _LETTER.match(tokens[j].text) and tokens[j + 1].text == ".":
            initials.append(tokens[j].text + ".")
            j += 2
        surname = tokens[j] if initials and j < len(tokens) and len(initials) <= 2 else None
        if surname is not None and _named_after(tokens, k):
            k = j + 1  # «университета имени Н. Ф. Катанова»: the eponym, initials and all
            continue
        if (
            surname is not None
            and not covered.intersection(range(k, j + 1))
            and surname.sent == tokens[k].sent
            and surname.text.isalpha()
            and surname.capitalized
            and (_surname_like(surname.text) or surname_key(surname.text) in full_surnames)
            and (_MASCULINE_SURNAME.match(surname.text) or surname.case == "Nom")
        ):
            name = PersonName(
                first=initials[0], middle=initials[1] if len(initials) > 1 else "", last=surname.text
            )
            found.append((name, k, j + 1, "initials + surname pattern"))
            covered.update(range(k, j + 1))
            k = j + 1
            continue
        k += 1
    return found


#: endings a surname cannot have in the nominative, and what they come from, by the first
#: name's gender («Андреем Травниковым» → «Травников», «Светланой Горячей» → «Горячая»)
_OBLIQUE_SURNAME = {
    "masc": [
        ("ским", "ский"),
        ("ского", "ский"),
        ("скому", "ский"),
        ("ском", "ский"),
        ("цким", "цкий"),
        ("цкого", "цкий"),
        ("цкому", "цкий"),
        ("овым", "ов"),
        ("евым", "ев"),
        ("ёвым", "ёв"),
        ("иным", "ин"),
        ("ыным", "ын"),
        ("ова", "ов"),
        ("ева", "ев"),
        ("ёва", "ёв"),
        ("ину", "ин"),
        ("ову", "ов"),
        ("еву", "ев"),
        ("ове", "ов"),
        ("еве", "ев"),
        ("ине", "ин"),
        ("ина", "ин"),
        ("ына", "ын"),
    ],
    "femn": [
        ("ской", "ская"),
        ("цкой", "цкая"),
        ("скую", "ская"),
        ("цкую", "цкая"),
        ("овой", "ова"),
        ("евой", "ева"),
        ("ёвой", "ёва"),
        ("иной", "ина"),
        ("ыной", "ына"),
        ("ову", "ова"),
        ("еву", "ева"),
        ("ину", "ина"),
        ("ей", "ая"),
    ],
}


def _nominative_name(words: list[str], written: list[str] = (), nominative: bool = False) -> list[str]:
    """Mend the parts of a name the normaliser left in an oblique case («Андрей Травниковым»,
    «Резеды Яруллиной»), by the endings Russian names take in the person's gender.

    ``written`` is the name as the text writes it; its surname tells the gender where the
    first name is one the dictionary does not know («Резеда», «Эрдэм»). ``nominative`` says the
    written surname is a nominative, so the first name is one too, however it ends («Бату»)."""
    if len(words) < 2:
        return words
    if nominative:
        return words  # «Асият Исмаилова» as written, whatever pymorphy takes «Асият» for
    if (
        len(words) == 2
        and fold(words[0]) in CHINESE_SURNAMES
        and (not written or written[0] == words[0])
        and (given := _chinese_given_name(words[1])) != words[1]
    ):
        return [words[0], given]  # «с Чжан Вэем»: the surname first, as written; the given name declined
    gender = _patronymic_gender(words[1:-1]) or _gender(words[0], (written or words)[-1])
    as_written = written or words
    ends = (as_written[0], as_written[-1])
    if gender is None and all(_MANS_INSTRUMENTAL.search(w) and len(w) > 4 for w in ends):
        # «с председателем … Айдысом Ооржаком», «с министром … Орланом Монгушем»: a man's
        # instrumental, names the dictionary lacks
        return [_MANS_INSTRUMENTAL.sub("", words[0]), *words[1:-1], _MANS_INSTRUMENTAL.sub("", words[-1])]
    first = _first_name_nominative(words[0], gender)
    last = words[-1]
    if (
        gender == "masc"
        and _MANS_INSTRUMENTAL.search(as_written[0])
        and fold(first) != fold(as_written[0])
        and _MANS_INSTRUMENTAL.search(last)
        and len(last) > 4
    ):
        # «с Мергеном Монгушем»: the first name known and declined, the surname in the same case
        return [first, *words[1:-1], _MANS_INSTRUMENTAL.sub("", last)]
    if (
        gender == "masc"
        and fold(first) == fold(as_written[0])
        and len(first) > 4
        and first.endswith("ом")
        and re.search(r"(?:ов|ев|ёв|ин|ын)ым$|[сц]ким$", as_written[-1])
    ):
        # «с министром … Айталом Саввиновым»: the surname's ending says instrumental, so the
        # first name the dictionary lacks is in it too
        first = first[:-2]
    if gender == "femn" and last.endswith("ой") and (adjective := _feminine_adjective(last)):
        return [first, *words[1:-1], adjective]  # «Еленой Полевой» is Елена Полевая, not Полева
    if gender == "femn" and re.search(r"(ов|ев|ёв|ин|ын)$", last):
        return [first, *words[1:-1], last + "а"]  # «Алёна Максимов» was «Алёны Максимовой»
    if gender == "femn" and re.search(r"(ск|цк)ий$", last):
        return [first, *words[1:-1], last[:-2] + "ая"]
    for ending, nominative in _OBLIQUE_SURNAME.get(gender or "", []):
        if last.lower().endswith(ending) and len(last) > len(ending) + 1:  # «Зуеву»: a stem of two
            if ending == "ей" and not any(p.tag.POS == "ADJF" for p in models().vocab.parse(last)):
                continue  # «-ей» marks an adjective-like surname («Горячей»), not «Воробей»
            return [first, *words[1:-1], last[: -len(ending)] + nominative]
    return [first, *words[1:]]


def _chinese_given_name(word: str) -> str:
    """«Вэем» → «Вэй», «Цзиньпином» → «Цзиньпин»: a man's given name after a Chinese surname
    out of the instrumental. No syllable of the transcription ends in «-ом» or «-ем», so those
    endings are surely case endings; the others («-у», «-я») are syllables too and are kept."""
    if len(word) > 3 and word.endswith("ем") and word[-3] in "аэоиуы":
        return word[:-2] + "й"
    if len(word) > 3 and word.endswith("ом"):
        return word[:-2]
    return word


#: a man's instrumental ending where the nominative ends in a hard or a hushing consonant
_MANS_INSTRUMENTAL = re.compile(r"(?<=[жшчщц])ем$|ом$")


def _feminine_adjective(word: str) -> str | None:
    """A surname that is a known adjective («Полевой», «Толстой»), in the feminine nominative."""
    from pymorphy2.analyzer import Parse

    for p in models().vocab.parse(word):
        # «полевой», «толстой» (stressed «-ой»), not «кротовый», whose «Кротовой» is Кротова's
        if p.tag.POS == "ADJF" and p.is_known and "femn" in p.tag and p.normal_form.endswith("ой"):
            form = Parse.inflect(p, {"nomn", "sing", "femn"})
            return _capital(form.word) if form else None
    return None


_MANS_PATRONYMIC = re.compile(r"(?:ович|евич|ич)(?:а|у|ем|е)?$")
_WOMANS_PATRONYMIC = re.compile(r"(?:овн|евн|ичн)(?:а|ы|е|у|ой)$")


def _patronymic_gender(middle: list[str]) -> str | None:
    """«Батор Юрьевич Сангаджиев»: a patronymic tells the gender surely, where a first name the
    dictionary does not know and a surname in «-ева» would mislead."""
    for word in middle:
        if _MANS_PATRONYMIC.search(word):
            return "masc"
        if _WOMANS_PATRONYMIC.search(word):
            return "femn"
    return None


def _gender(first: str, surname: str) -> str | None:
    """The gender of a first name the dictionary knows, else of the surname's written form.

    A surname in «-овой», «-иной» is a woman's whatever the first name («Малике Юсуповой» is
    Малика's dative, not Малик's locative; «Ляйсан Хайруллиной»)."""
    if re.search(r"(ов|ев|ёв|ин|ын)ой$", fold(surname)):
        return "femn"
    # a person's first name is singular: pymorphy's guess at a name it does not know is some
    # evidence («Джамбулата», a man's genitive), a plural reading none, known or guessed
    # («Айаал» as women's plural, «Ильнар» as the genitive plural of «Ильнара»)
    names = [p for p in models().vocab.parse(first) if {"Name", "sing"} <= p.tag.grammemes]
    # a nominative reading first: «Алена» is Алёна, not the genitive of Ален
    names.sort(key=lambda p: p.tag.case != "nomn")
    known = names[0].tag.gender if names else None
    if known:
        return known
    s = fold(surname)
    if re.search(r"(ова|ева|ина|ына|ой|ую|ая|ской|цкой)$", s):
        return "femn"
    if re.search(r"(ов|ев|ин|ын|ым|ому|ого|ский|цкий)$", s):
        return "masc"
    return None


#: first names the dictionary does not know, out of an oblique case, by gender
_OBLIQUE_FIRST = {
    # names in «-ия» first: «Зульфие», «Зульфии», «Зульфией», «Зульфию» are Зульфия's
    "femn": [("ией", "ия"), ("ию", "ия"), ("ии", "ия"), ("ие", "ия")]
    + [("ой", "а"), ("ей", "я"), ("ы", "а"), ("е", "а"), ("у", "а"), ("ю", "я")],
    "masc": [("ом", ""), ("ем", "й"), ("а", ""), ("у", ""), ("е", "")],
}


def _first_name_nominative(word: str, gender: str | None) -> str:
    """«Артёмом» → «Артём», «Резеды» → «Резеда»: a first name to the nominative."""
    from pymorphy2.analyzer import Parse

    names = [
        p
        for p in models().vocab.parse(word)
        if {"Name", "sing"} <= p.tag.grammemes and gender in (None, p.tag.gender)
    ]
    # «Анне Смирновой» is Анна's dative, though the dictionary also knows an undeclined «Анне»:
    # here the name is out of the nominative, so a declined reading wins
    declined = [p for p in names if "Fixd" not in p.tag.grammemes]
    names = declined or names
    if names:
        if any(p.tag.case == "nomn" for p in names):
            return word
        form = Parse.inflect(names[0], {"nomn", "sing"})
        return _capital(form.word) if form else word
    for ending, nominative in _OBLIQUE_FIRST.get(gender or "", []):
        if word.lower().endswith(ending) and len(word) > len(ending) + 2:
            return word[: -len(ending)] + nominative
    return word


def _capital(word: str) -> str:
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


def _inflect_name(tokens: list[Token]) -> list[str]:
    """Each word of a name to the nominative, in the gender of the first name."""
    morph = models().vocab
    out = []
    gender = None
    for t in tokens:
        parses = morph.parse(t.text)
        pick = next(
            (p for p in parses if {"Name", "Surn"} & set(p.tag.grammemes)), parses[0] if parses else None
        )
        if pick is None:
            out.append(t.text)
            continue
        gender = gender or pick.tag.gender
        from pymorphy2.analyzer import Parse

        form = Parse.inflect(
            pick, {"nomn", "sing"} | ({gender} if gender and "Surn" in pick.tag.grammemes else set())
        )
        word = form.word if form else t.text
        out.append(word[:1].upper() + word[1:])
    return out


_SURNAME_ENDINGS = (
    "ов",
    "ев",
    "ёв",
    "ин",
    "ын",
    "ский",
    "цкий",
    "ова",
    "ева",
    "ёва",
    "ина",
    "ына",
    "ская",
    "цкая",
    "енко",
    "ко",
    "ук",
    "юк",
    "ич",
    "их",
    "ых",
    "ян",
    "швили",
    "дзе",
    "ий",
    "ой",
)


def surname_shaped(word: str) -> bool:
    """Is the word a Russian surname by its ending, in any case («Ишбулатов», «Ишбулатовым»)?"""
    return bool(_SURNAME_IN_ANY_CASE.match(word))


_SURNAME_IN_ANY_CASE = re.compile(r"^[А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын)(?:а|у|ым|ой|ом|е)?$")


def _surname_like(word: str) -> bool:
    """Could a lone word be a surname? pymorphy knows it as one, or it ends like Russian surnames do."""
    tags = _grammemes(word)
    if "Surn" in tags:
        return True
    if "Geox" in tags or "Name" in tags or ("inan" in tags and "anim" not in tags):
        return False  # a place, a first name, or a thing («Балаклавой»)
    return word.lower().endswith(_SURNAME_ENDINGS) or "UNKN" in tags


#: endings a man's first name takes in an oblique case after a consonant («Эрдэма», «Эрдэмом»)
_FIRST_NAME_CASE_ENDINGS = ("а", "у", "ом", "ем", "е")


def _declined_first_name(a: PersonName, b: PersonName) -> str | None:
    """The nominative of two first names where one is the other in an oblique case and the
    surnames are written alike («Эрдэма Саая» and «Эрдэм Саая»: an undeclined surname leaves the
    normaliser nothing to tell the case by)."""
    fa, fb = fold(a.first), fold(b.first)
    if not (a.last and fold(a.last) == fold(b.last)):
        return None
    short, long_ = (a.first, fb) if len(fa) < len(fb) else (b.first, fa)
    stem = fold(short)
    if len(stem) >= 3 and any(long_ == stem + ending for ending in _FIRST_NAME_CASE_ENDINGS):
        return short
    return None


def _compatible(a: PersonName, b: PersonName) -> bool:
    """Could two names of one document be the same person?"""
    if a.last and b.last and surname_key(a.last) != surname_key(b.last):
        return False
    if a.first and b.first:
        fa, fb = fold(a.first).rstrip("."), fold(b.first).rstrip(".")
        if len(fa) > 1 and len(fb) > 1 and fa != fb and not _declined_first_name(a, b):
            return False
        if fa[:1] != fb[:1]:
            return False
    if a.middle and b.middle and fold(a.middle)[:1] != fold(b.middle)[:1]:
        return False
    return bool(a.last and b.last) or bool(a.first and b.first)


def _merge(a: PersonName, b: PersonName) -> PersonName:
    """The fuller of each part."""

    def pick(x: str, y: str) -> str:
        return x if len(x.rstrip(".")) >= len(y.rstrip(".")) else y

    # of two spellings of one surname the nominative is the shorter («Максимова», not «Максимовой»)
    last = min((x for x in (a.last, b.last) if x), key=len, default="")
    first = _declined_first_name(a, b) or pick(a.first, b.first)
    return PersonName(first, pick(a.middle, b.middle), last)


def _titled_alike(
    parsed: ParsedText, raw: list, clusters: list[list[int]], options: list[int], at: int
) -> list[int]:
    """Of namesakes, those named with the title that stands before a lone surname at ``at``
    («Губернатор Белов отметил …» after «губернатор Тюменской области Андрей Белов» and «ректор …
    Виктор Белов»): the title word within the few words before or after one of their mentions."""
    tokens = parsed.tokens
    if at == 0 or tokens[at - 1].lemma not in ROLE_HEADS:
        return []
    title = tokens[at - 1].lemma

    def titled(j: int) -> bool:
        first, last = raw[j][1], raw[j][2]
        near = tokens[max(first - 8, 0) : first] + tokens[last : last + 3]
        return any(t.lemma == title and t.sent == tokens[first].sent for t in near)

    return [c for c in options if any(titled(j) for j in clusters[c])]


def _resolve(parsed: ParsedText, raw: list[tuple[PersonName, int, int, str]]):
    """Cluster mentions: full names first, then partial mentions to the nearest compatible one."""
    clusters: list[list[int]] = []
    names: list[PersonName] = []
    full = [i for i, (n, *_rest) in enumerate(raw) if n.has_full_first and n.last]
    for i in full:
        name = raw[i][0]
        for c, cname in enumerate(names):
            if _compatible(cname, name):
                clusters[c].append(i)
                names[c] = _merge(cname, name)
                break
        else:
            clusters.append([i])
            names.append(name)
    for i, (name, first, _last, _rule) in enumerate(raw):
        if i in full:
            continue
        options = [c for c, cname in enumerate(names) if _compatible(cname, name)]
        if name.last and _MASCULINE_SURNAME.match(name.last):
            # «Попов напомнил» is Андрей Попов, not Ирина Попова, however near she was named
            exact = [c for c in options if fold(names[c].last) == fold(name.last)]
            options = exact or options
        if len(options) > 1 and (titled := _titled_alike(parsed, raw, clusters, options, first)):
            options = titled  # «Губернатор Белов» is the governor, not the rector Виктор Белов
        if options:
            # the nearest mention before this one wins; else the nearest after it
            def distance(c: int, pos: int = first) -> tuple[int, int]:
                before = [pos - raw[j][1] for j in clusters[c] if raw[j][1] < pos]
                after = [raw[j][1] - pos for j in clusters[c] if raw[j][1] >= pos]
                return (0, min(before)) if before else (1, min(after))

            c = min(options, key=distance)
            clusters[c].append(i)
        elif name.last:
            clusters.append([i])
            names.append(name)
        elif name.has_full_first and name.middle.endswith("ич") and " " not in name.middle:
            # «Игорь Жданович, первый заместитель председателя облисполкома»: with no one of that
            # first name to refer to, a man's patronymic is a surname, as Belarusian ones are
            clusters.append([i])
            names.append(replace(name, middle="", last=name.middle))
    mentions: list[PersonMention] = []
    persons: list[Person] = []
    order = sorted(range(len(clusters)), key=lambda c: min(raw[j][1] for j in clusters[c]))
    for p, c in enumerate(order):
        ids = []
        for j in sorted(clusters[c], key=lambda j: raw[j][1]):
            name, first, last, rule = raw[j]
            ids.append(len(mentions))
            mentions.append(
                PersonMention(
                    name, first, last, parsed.tokens[first].sent, parsed.span_text(first, last), p, rule
                )
            )
        persons.append(Person(names[c], tuple(ids)))
    mentions.sort(key=lambda m: m.first)
    index = {id(m): k for k, m in enumerate(mentions)}
    persons = [
        Person(pr.name, tuple(sorted(index[id(m)] for m in mentions if m.person == k)))
        for k, pr in enumerate(persons)
    ]
    return mentions, persons
