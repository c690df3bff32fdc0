"""Write a synthetic corpus of Russian news about regional cooperation, with gold annotations.

    python benchmarks/generate.py OUT_DIR -n 1000 [--seed 0] [--format txt|jsonl]

Why it exists: the hand-annotated corpora (``../shared/corpus``, ``tests/corpus``) hold dozens of
documents. Speed, memory, identity of people across documents and the stability of the figures
need thousands, with a gold annotation that is right by construction — the generator writes the
gold from the same decisions that wrote the text, so it cannot disagree with it.

What it writes follows ``../shared/corpus/README.md``: every federal subject the text names
(official names in any case, short names, nicknames, abbreviations, adjectives in agreement with
their noun, elliptical lists such as «Томская и Новосибирская области»), every named person with
posts and the post's region, cooperation pairs (parties to one agreement, regions taking part
together in one event or meeting; venues are not parties) and АИРР memberships. Regions that
appear only inside the name of an event are ``optional_regions``; the head of Tatarstan who
chairs the АИРР council is an ``optional_membership``. Cities are not regions, except the three
federal cities.

Names are inflected with pymorphy2 through natasha's ``MorphVocab`` (pymorphy2 only imports on
Python 3.11 after ``import natasha``), with small rules where its dictionary guesses wrongly
(surnames of the peoples of Russia, rare first names, regional nicknames such as «Белгородчина»).
Every inflection is cached, so 10,000 documents take seconds, not minutes.

Documents are named ``syn00001``…; each is a headline, a blank line and 2–4 paragraphs of
150–400 words, from seven kinds of story (agreements of two or of several regions, joint events,
delegation visits, АИРР meetings, joins and strategic sessions) and their sentence templates.
Every post — a region's head, its deputies and ministers, the directors of its agencies and the
rectors of its universities, the federal envoys and ministers — has one holder at a time, who
gives way to the next after a term of three to seven years; so, as in the news, the same
people come back in document after document (12,000 documents name some 4,700 people, 32,000
times), and a post's holders follow one another by date. The head of Tatarstan and the АИРР
director are one person each for the whole corpus. No two different people share a name, so
identity across documents can be scored.

Formats: ``txt`` writes ``NAME.txt`` and ``NAME.gold.yaml`` (the dev corpus's YAML), which is what
``../shared/tools/score.py`` reads. ``jsonl`` writes ``corpus.jsonl`` ({"text", "title", "date",
"url"}; the text is the same as the .txt file's, headline included, so the gold applies to it
unchanged) and ``gold.jsonl`` (one gold record per line, keyed by ``url``).

From Python: ``generate(n, seed)`` yields ``(name, text, gold)`` triples.
"""

from __future__ import annotations

import argparse
import csv
import functools
import json
import random
import re
import sys
import time
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from kg.text import MONTHS_GENITIVE

ROOT = Path(__file__).resolve().parent.parent
REGIONS_CSV = ROOT / "ontology" / "regions.csv"
DISTRICTS_CSV = ROOT / "ontology" / "districts.csv"

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
MIN_WORDS, MAX_WORDS = 150, 400
AIRR = "АИРР"
FEDERAL_CITIES = ("RU-MOW", "RU-SPE", "RU-SEV")
CHAIR_REGION = "RU-TA"  # the head of Tatarstan chairs the АИРР council

# Every post has one holder at a time and passes to the next at the end of a term: a corpus of
# twelve years names each post's two to four holders again and again, as the news names its
# governors and ministers. A region has this many deputy heads at once (the first of them is the
# first deputy where the region's title has one).
START = date(2014, 1, 1)  # the corpus's documents are dated over twelve years from here
TERM_DAYS = (3 * 365, 7 * 365)
DEPUTIES_PER_REGION = 4
DEPUTY_MINISTERS = 3
UNIVERSITIES = [
    "государственного университета",
    "государственного технического университета",
    "политехнического университета",
]


# ---------------------------------------------------------------------------------------------
# Morphology
# ---------------------------------------------------------------------------------------------


@functools.cache
def _vocab() -> Any:
    """natasha's MorphVocab, built once; natasha must be imported before pymorphy2 on 3.11."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pymorphy2 imports the deprecated pkg_resources
        import natasha  # noqa: F401  (makes pymorphy2 importable on Python 3.11)
        from natasha import MorphVocab

        return MorphVocab()


@functools.cache
def _base_inflect() -> Callable[[Any, set[str]], Any]:
    """pymorphy2's own ``Parse.inflect``: it takes OpenCorpora grammemes (gent, ablt, loc2…),
    while natasha's override takes UD features, which cannot ask for animacy in adjectives."""
    _vocab()
    from pymorphy2.analyzer import Parse

    return Parse.inflect


def _restore_case(src: str, out: str) -> str:
    """pymorphy2 answers in lower case; give each hyphen-separated part the source's capitals."""
    src_parts, out_parts = src.split("-"), out.split("-")
    if len(src_parts) != len(out_parts):
        return out[:1].upper() + out[1:] if src[:1].isupper() else out
    parts = []
    for s, o in zip(src_parts, out_parts, strict=True):
        if len(s) > 1 and s.isupper():
            parts.append(o.upper())
        elif s[:1].isupper():
            parts.append(o[:1].upper() + o[1:])
        else:
            parts.append(o)
    return "-".join(parts)


def _first_nomn(word: str) -> Any | None:
    """The likeliest nominative reading of a word, whatever its part of speech."""
    for p in _vocab().parse(word):
        if "nomn" in p.tag:
            return p
    return None


def _noun_parse(word: str) -> Any | None:
    """A common-noun or place-name reading; person-name readings mislead on places."""
    found = None
    for p in _vocab().parse(word):
        tag = p.tag
        if tag.POS != "NOUN" or "nomn" not in tag or {"Surn", "Name", "Patr"} & tag.grammemes:
            continue
        if "Abbr" in tag and word[:1].isupper() and not word.isupper():  # «Магас» is also an abbreviation
            continue
        if "inan" in tag:
            return p
        found = found or p
    return found


def _adj_parse(word: str) -> Any | None:
    for p in _vocab().parse(word):
        if p.tag.POS == "ADJF" and "nomn" in p.tag:
            return p
    return None


_NOUN_ENDINGS = {
    "ье": ("е", "я", "ю", "е", "ем", "е"),
    "ия": ("я", "и", "и", "ю", "ей", "и"),
    "я": ("я", "и", "е", "ю", "ей", "е"),
    "ь": ("ь", "и", "и", "ь", "ью", "и"),
}


def _noun_rule(word: str, case: str) -> str:
    """Declension by ending, for place names the dictionary does not know as places."""
    i = CASES.index(case)
    for end, forms in _NOUN_ENDINGS.items():
        if word.endswith(end):
            cut = len(end) - 1 if end in ("ье", "ия") else len(end)
            return word[: len(word) - cut] + forms[i]
    if word.endswith("а"):
        stem = word[:-1]
        gent = "и" if stem[-1:] in "гкхжшчщ" else "ы"
        return stem + ("а", gent, "е", "у", "ой", "е")[i]
    if word[-1:].isalpha() and word[-1:].lower() not in "аеёиоуыэюя" and not word.isupper():
        return word + ("", "а", "у", "", "ом", "е")[i]
    return word


@functools.cache
def inflect_noun(word: str, case: str, plural: bool = False) -> str:
    """One noun (common noun or place name) in a case."""
    if case == "nomn" and not plural:
        return word
    p = _noun_parse(word)
    if p is not None:
        grams = {case, "plur"} if plural else {case}
        if case == "loct" and p.normal_form == "крым":
            grams = {"loc2"}
        got = _base_inflect()(p, grams)
        if got is not None:
            return _restore_case(word, got.word)
    return _noun_rule(word, case)


@functools.cache
def inflect_adj(word: str, case: str, gender: str, plural: bool = False, animate: bool = False) -> str:
    """An adjective agreeing with its noun: case, gender (or plural) and, in the accusative, animacy."""
    p = _adj_parse(word)
    if p is None:
        return word
    grams = {case, "plur"} if plural else {case, gender}
    if case == "accs" and (plural or gender == "masc"):
        grams.add("anim" if animate else "inan")
    got = _base_inflect()(p, grams)
    return _restore_case(word, got.word) if got is not None else word


@functools.cache
def _head(words: tuple[str, ...]) -> int | None:
    """Index of the head noun of a name: the first word that is not an adjective before a noun.

    «Тверская» also reads as a noun (a street), so a word counts as an adjective whenever it has
    an adjective reading and is not last; the last word is the head even when pymorphy2 reads it
    as an adjective («Прииртышье»). Quotes and parentheses end the search.
    """
    for i, w in enumerate(words):
        if w[:1] in '(«"':
            return None
        if i < len(words) - 1 and _adj_parse(w) is not None:
            continue
        return i
    return None


@functools.cache
def phrase_gender(phrase: str) -> str:
    """Gender (masc, femn, neut) or 'plur' of a name's head, for verbs that agree with it."""
    words = tuple(phrase.split(" — ")[0].split())
    h = _head(words)
    if h is None:
        return "masc"
    p = _noun_parse(words[h]) or _first_nomn(words[h])
    if p is None:
        return "neut" if words[h].endswith("ье") else "femn" if words[h].endswith(("а", "я")) else "masc"
    tag = p.tag
    if "plur" in tag or "Pltm" in tag:
        return "plur"
    for g in ("masc", "femn", "neut"):
        if g in tag:
            return g
    return "femn" if "ms-f" in tag else "masc"


def _animate(word: str) -> bool:
    p = _noun_parse(word) or _first_nomn(word)
    return p is not None and "anim" in p.tag


@functools.cache
def inflect_phrase(phrase: str, case: str, plural: bool = False) -> str:
    """A name or post in a case: adjectives agree with the head noun, what follows the head stays.

    «Томская область» → «Томской области», «Республика Саха (Якутия)» → «Республики Саха
    (Якутия)», «генеральный директор» → «генерального директора», «министр экономического
    развития» → «министра экономического развития». After « — » the second name is inflected
    too («Кемеровской области — Кузбасса»), except in «Республика X — Y», where X — Y stays.
    """
    if case == "nomn" and not plural:
        return phrase
    if "«" in phrase:  # a quoted title stays as it is: форум «Регионы — драйверы роста»
        i = phrase.index("«")
        return f"{inflect_phrase(phrase[:i].rstrip(), case, plural)} {phrase[i:]}"
    if " — " in phrase:
        first, rest = phrase.split(" — ", 1)
        words = tuple(first.split())
        if _head(words) == 0 and len(words) > 1:
            return inflect_phrase(first, case, plural) + " — " + rest
        return inflect_phrase(first, case, plural) + " — " + inflect_phrase(rest, case, plural)
    words = tuple(phrase.split())
    h = _head(words)
    if h is None:
        return phrase
    gender = phrase_gender(" ".join(words[: h + 1]))
    animate = _animate(words[h])
    out = [inflect_adj(w, case, gender if gender != "plur" else "masc", plural, animate) for w in words[:h]]
    out.append(inflect_noun(words[h], case, plural))
    out.extend(words[h + 1 :])
    return " ".join(out)


@functools.cache
def agree(adjective: str, noun: str, case: str, plural: bool = False) -> str:
    """A region's adjective with a noun: («томский», «делегация», gent) → «томской делегации»."""
    gender = phrase_gender(noun)
    adj = inflect_adj(adjective, case, gender if gender != "plur" else "masc", plural, _animate(noun))
    return f"{adj} {inflect_phrase(noun, case, plural)}"


# --- people's names ---------------------------------------------------------------------------

_SURNAME_POSSESSIVE = ("ов", "ев", "ёв", "ин", "ын")


@functools.cache
def surname_form(masc: str, female: bool, case: str) -> str:
    """A surname (given in its masculine form) for a man or a woman, in a case.

    By rule rather than by pymorphy2: its dictionary reads many surnames of the peoples of Russia
    as plurals of first names («Цыденов» → «Цыдены»), and the rules are the grammar's own.
    """
    i = CASES.index(case)
    if masc.endswith(_SURNAME_POSSESSIVE):
        if female:
            return masc + ("а", "ой", "ой", "у", "ой", "ой")[i]
        return masc + ("", "а", "у", "а", "ым", "е")[i]
    if masc.endswith(("ский", "цкий", "ой")):
        stem = masc[:-2]
        if female:
            return stem + ("ая", "ой", "ой", "ую", "ой", "ой")[i]
        soft = "и" if masc.endswith("ий") else "ы"
        return stem + (masc[-2:], "ого", "ому", "ого", soft + "м", "ом")[i]
    if female or masc.endswith(("о", "их", "ых", "е", "и", "у", "ю", "э")):
        return masc  # -ко, -ых, -дзе… and women's consonant-final surnames are indeclinable
    if masc[-1] in "бвгдзклмнпрстфх":
        return masc + ("", "а", "у", "а", "ом", "е")[i]
    if masc[-1] in "жшчщц":
        return masc + ("", "а", "у", "а", "ем", "е")[i]
    return masc


_NAME_RULES = {
    "ий": ("ий", "ия", "ию", "ия", "ием", "ии"),
    "й": ("й", "я", "ю", "я", "ем", "е"),
    "ия": ("ия", "ии", "ии", "ию", "ией", "ии"),
    "ья": ("ья", "ьи", "ье", "ью", "ьей", "ье"),
    "я": ("я", "и", "е", "ю", "ей", "е"),
}


def _name_rule(name: str, female: bool, case: str) -> str:
    i = CASES.index(case)
    for end, forms in _NAME_RULES.items():
        if name.endswith(end):
            return name[: -len(end)] + forms[i]
    if name.endswith("а"):
        stem = name[:-1]
        gent = "и" if stem[-1:] in "гкхжшчщ" else "ы"
        return stem + ("а", gent, "е", "у", "ой", "е")[i]
    if name.endswith("ь"):
        if female:
            return name[:-1] + ("ь", "и", "и", "ь", "ью", "и")[i]
        return name[:-1] + ("ь", "я", "ю", "я", "ем", "е")[i]
    if not female and name[-1] not in "аеёиоуыэюя":
        return name + ("", "а", "у", "а", "ом", "е")[i]
    return name  # women's names ending in a consonant (Ляйсан, Асият) do not decline


@functools.cache
def first_name_form(name: str, female: bool, case: str) -> str:
    """A first name in a case: pymorphy2's reading as a name of that gender, else the rules."""
    if case == "nomn":
        return name
    gender = "femn" if female else "masc"
    for p in _vocab().parse(name):
        tag = p.tag
        if "Name" in tag and gender in tag and "nomn" in tag and "sing" in tag:
            got = _base_inflect()(p, {case})
            if got is not None:
                return _restore_case(name, got.word)
    return _name_rule(name, female, case)


@functools.cache
def patronymic_form(patronymic: str, case: str) -> str:
    i = CASES.index(case)
    if patronymic.endswith("на"):
        return patronymic[:-1] + ("а", "ы", "е", "у", "ой", "е")[i]
    return patronymic + ("", "а", "у", "а", "ем", "е")[i]


def person_name(first: str, surname: str, female: bool, case: str, patronymic: str = "") -> str:
    """«Имя [Отчество] Фамилия» in a case; the surname is given in its masculine form."""
    parts = [first_name_form(first, female, case)]
    if patronymic:
        parts.append(patronymic_form(patronymic, case))
    parts.append(surname_form(surname, female, case))
    return " ".join(parts)


def with_preposition(prep: str, phrase: str) -> str:
    """«в» → «во Владивостоке», «с» → «со Смоленской областью», «о» → «об инновациях»."""
    low = phrase.lower()
    vowels = "аеёиоуыэюя"
    if prep == "в" and len(low) > 1 and low[0] in "вф" and low[1] not in vowels:
        prep = "во"
    elif prep == "с" and len(low) > 1 and low[0] in "сзшж" and low[1] not in vowels:
        prep = "со"
    elif prep == "к" and len(low) > 1 and low[0] in "кг" and low[1] not in vowels:
        prep = "ко"
    elif prep == "о" and low[:1] in "аиоуэ":
        prep = "об"
    return f"{prep} {phrase}"


# ---------------------------------------------------------------------------------------------
# The gazetteer
# ---------------------------------------------------------------------------------------------

# Short names and abbreviations the generator leaves out: slang, readings that are also a city
# (Запорожье), a bare «Саха», and abbreviations too short to be unambiguous in running text.
_SKIP_SHORT = {"Питер", "Саха", "Запорожье"}
_SKIP_ABBR = {"РТ", "УР", "РС(Я)", "ХМАО-Югра"}
_SKIP_ADJ = {"питерский"}
# Nicknames used with «на» in the locative (на Кубани, на Урале, на Брянщине).
_ON_PLACES = {"Кубань", "Камчатка", "Ямал", "Сахалин", "Чукотка", "Колыма", "Южный Урал", "Средний Урал"}
_CITY_LOCATIVE = {"Грозный": "Грозном", "Улан-Удэ": "Улан-Удэ"}


@dataclass(frozen=True)
class Region:
    """A federal subject with the surface forms the generator may use for it."""

    code: str
    name: str  # official name as written in news («Республика Татарстан», not «… (Татарстан)»)
    kind: str
    district: str
    capital: str
    short: tuple[str, ...]
    abbr: tuple[str, ...]
    adj: tuple[str, ...]  # unambiguous adjectives only

    @property
    def republic(self) -> bool:
        return self.kind == "республика"

    @property
    def ellipsis_head(self) -> str | None:
        """«область» or «край» when the name is «Adj область», so lists can share the noun."""
        words = self.name.split()
        if len(words) == 2 and words[1] in ("область", "край") and _adj_parse(words[0]) is not None:
            return words[1]
        return None


def _split(cell: str) -> list[str]:
    return [x.strip() for x in cell.split(";") if x.strip()]


@functools.cache
def regions() -> dict[str, Region]:
    """The gazetteer (ontology/regions.csv), read once."""
    out: dict[str, Region] = {}
    with REGIONS_CSV.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row.get("iso") == "no":
                continue  # gold codes are ISO 3166-2 codes, which these subjects lack
            name = re.sub(
                r"\s*\((\w+)\)$",
                lambda m, n=row["name_ru"]: "" if n.split()[-2] == m[1] else m[0],
                row["name_ru"],
            )
            short = tuple(s for s in _split(row["short_names"]) if s not in _SKIP_SHORT and s != name)
            abbr = tuple(a for a in _split(row["abbreviations"]) if a not in _SKIP_ABBR)
            ambiguous = set(_split(row["ambiguous_adjectives"]))
            adj = tuple(a for a in _split(row["adjectives"]) if a not in ambiguous and a not in _SKIP_ADJ)
            out[row["code"]] = Region(
                row["code"], name, row["kind"], row["district"], row["capital_ru"], short, abbr, adj
            )
    return out


@functools.cache
def districts() -> dict[str, str]:
    with DISTRICTS_CSV.open(encoding="utf-8") as fh:
        return {r["code"]: r["name_ru"] for r in csv.DictReader(fh) if r["kind"] == "federal_district"}


def official_name(code: str, case: str = "nomn") -> str:
    """A region's official name in a case (the form the tests spot-check)."""
    return inflect_phrase(regions()[code].name, case)


@functools.cache
def city_locative(city: str) -> str:
    if city in _CITY_LOCATIVE:
        return _CITY_LOCATIVE[city]
    return inflect_phrase(city, "loct")


@functools.cache
def region_locative(phrase: str) -> str:
    """«в Томской области», «на Кубани», «в Крыму», «на Брянщине»."""
    loc = inflect_phrase(phrase, "loct")
    on = phrase in _ON_PLACES or phrase.endswith(("щина", "чина"))
    return with_preposition("на" if on else "в", loc)


# ---------------------------------------------------------------------------------------------
# People: names, posts
# ---------------------------------------------------------------------------------------------


def _names(text: str) -> list[str]:
    """A word list written as running text, to keep the long lists readable."""
    return text.split()


# First names and surnames by group, so that a name and a surname usually go together; a
# region's head is more often of its titular people (see _NAME_WEIGHTS). Real regional heads and
# the people of the dev corpus are left out on purpose.
NAME_GROUPS: dict[str, tuple[list[str], list[str], list[str]]] = {
    "russian": (
        _names("""Александр Алексей Анатолий Андрей Антон Аркадий Артём Борис Вадим Валентин Валерий Василий
        Виктор Виталий Владимир Владислав Всеволод Вячеслав Геннадий Георгий Глеб Григорий Даниил Денис
        Дмитрий Евгений Егор Иван Игорь Илья Кирилл Константин Лев Леонид Максим Марк Михаил Никита
        Николай Олег Павел Пётр Роман Святослав Семён Сергей Станислав Степан Тимофей Фёдор Эдуард Юрий
        Ярослав"""),
        _names("""Анна Алёна Алла Анастасия Валентина Вера Виктория Галина Дарья Евгения Екатерина Елена
        Елизавета Жанна Зоя Инна Ирина Карина Кира Ксения Лариса Лидия Людмила Маргарита Марина Мария Надежда
        Наталья Нина Оксана Олеся Ольга Полина Светлана Софья Тамара Татьяна Ульяна Юлия Яна Алина
        Вероника Диана Кристина Регина Снежана Таисия"""),
        _names("""Иванов Петров Смирнов Кузнецов Попов Васильев Соколов Новиков Фёдоров Морозов Волков
        Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов Орлов Андреев Макаров Никитин Захаров Зайцев
        Соловьёв Борисов Яковлев Григорьев Романов Воробьёв Сергеев Кузьмин Фролов Александров Дмитриев
        Королёв Киселёв Ильин Максимов Поляков Сорокин Виноградов Ковалёв Белов Антонов Тарасов Жуков
        Баранов Филиппов Давыдов Беляев Герасимов Богданов Осипов Сидоров Матвеев Титов Марков Миронов
        Крылов Куликов Карпов Власов Мельников Денисов Гаврилов Тихонов Казаков Афанасьев Данилов
        Савельев Тимофеев Фомин Чернов Абрамов Мартынов Ефимов Щербаков Назаров Калинин Исаев Чернышёв
        Быков Маслов Родионов Коновалов Лазарев Воронин Климов Филатов Пономарёв Голубев Кудрявцев
        Прохоров Наумов Потапов Журавлёв Овчинников Трофимов Леонов Соболев Ермаков Колесников Гончаров
        Емельянов Никифоров Грачёв Котов Гришин Ефремов Архипов Громов Кириллов Малышев Панов Моисеев
        Румянцев Акимов Кондратьев Бирюков Горбунов Анисимов Ерёмин Тихомиров Галкин Лукьянов Михеев
        Скворцов Юдин Белоусов Нестеров Симонов Прокофьев Харитонов Князев Цветков Левин Митрофанов
        Воронцов Широков Рябов Суворов Блинов Зуев Фадеев Покровский Островский Вишневский Высоцкий
        Заболоцкий Троицкий Успенский Рождественский Преображенский Богословский Афонин Бобров Буров
        Вавилов Веселов Гладков Горелов Дьяконов Ершов Жданов Зимин Зотов Игнатьев Каретников Клюев
        Кожевников Комиссаров Корнилов Крюков Кулагин Лаптев Лобанов Лыков Мамонтов Мешков Мухин
        Некрасов Носков Одинцов Окунев Панкратов Пахомов Пестов Пирогов Полозов Пушкарёв Рогов Рыбаков
        Савин Сазонов Самойлов Селезнёв Силин Сотников Спиридонов Сухов Терентьев Третьяков Уваров
        Устинов Фокин Худяков Чистяков Шаров Шилов Шубин Щукин Агафонов Бессонов Вдовин Гущин Дорофеев
        Евдокимов Жилин Зыков Карасёв Лапин Масленников Никонов Овсянников Панфилов Рожков Сычёв Тюрин
        Фирсов Хохлов Шестаков Кудряшов Канев Чупров Рочев Истомин Ложкин Корепанов Ковальчук Мельничук
        Савчук Гайдук Бондаренко Ткаченко Кравченко Коваленко Марченко Руденко Савченко Седых Белых
        Черных Долгих Рыжих Петросян Саркисян Аракелян Оганесян Григорян Шмидт Гофман Келлер Вебер Ким
        Пак Чхеидзе Гогуадзе"""),
    ),
    "tatar": (
        _names("""Айдар Айрат Азат Ильдар Ильнур Ильшат Ирек Марат Наиль Радик Рамиль Ринат Рифат Рустам Фарид
        Салават Тимур Артур Эдуард Руслан"""),
        _names("""Гульнара Альбина Лилия Эльмира Айгуль Диляра Ляйсан Резеда Алсу Регина Алина Венера"""),
        _names("""Хабибуллин Галиев Шайхутдинов Сафин Гарипов Мухаметшин Нуриев Ахметов Зарипов Валиев Садыков
        Хасанов Закиров Файзрахманов Абдуллин Латыпов Мингазов Юсупов Ишмухаметов Исхаков Шарипов
        Галимзянов Гайнуллин Бикбаев Ямалтдинов Сабиров Гатауллин Зиннатуллин Фаттахов Низамов
        Гильмутдинов Хайруллин Камалов Тагиров Султанов Яруллин"""),
    ),
    "caucasus": (
        _names("""Магомед Ахмед Заур Арсен Казбек Мурат Аслан Тамерлан Шамиль Ибрагим Хасан Джамбулат Алан
        Рамазан Руслан Тимур Ислам Артур"""),
        ["Мадина", "Залина", "Фатима", "Зарема", "Асият", "Марьям", "Диана", "Лейла"],
        _names("""Магомедов Гаджиев Алиев Абдулаев Исмаилов Омаров Гасанов Рамазанов Шогенов Кумыков Тамбиев
        Узденов Хетагуров Кокоев Дзгоев Евлоев Мальсагов Тхагушев Хачемизов Бекоев Байрамуков Кучиев
        Гутиев Эльдаров Курбанов Меретуков Хуажев Карданов"""),
    ),
    "siberian": (
        _names("""Айсен Ньургун Баир Булат Батор Алдар Бадма Санджи Айаал Эрдэм Мерген Аюр"""),
        ["Саргылана", "Сардана", "Туяна", "Сэсэг", "Баира", "Айгуль", "Уйгулана"],
        _names("""Гоголев Местников Эверстов Слепцов Винокуров Сивцев Неустроев Охлопков Дашиев Бадмаев
        Цыбиков Доржиев Раднаев Батуев Будаев Аюшеев Очиров Манжиков Бембеев Сангаджиев Монгуш Ондар Саая
        Кужугетов"""),
    ),
}
MALE_NAMES = sorted({n for male, _, _ in NAME_GROUPS.values() for n in male})
FEMALE_NAMES = sorted({n for _, female, _ in NAME_GROUPS.values() for n in female})
SURNAMES = sorted({n for _, _, last in NAME_GROUPS.values() for n in last})
_NAME_WEIGHTS = {  # group weights for people of a region (None: federal)
    "default": {"russian": 0.8, "tatar": 0.08, "caucasus": 0.07, "siberian": 0.05},
    "tatar": {"russian": 0.45, "tatar": 0.5, "caucasus": 0.02, "siberian": 0.03},
    "caucasus": {"russian": 0.35, "tatar": 0.03, "caucasus": 0.6, "siberian": 0.02},
    "siberian": {"russian": 0.45, "tatar": 0.03, "caucasus": 0.02, "siberian": 0.5},
}
_REGION_PEOPLE = {
    "RU-TA": "tatar",
    "RU-BA": "tatar",
    "RU-SA": "siberian",
    "RU-BU": "siberian",
    "RU-KL": "siberian",
    "RU-TY": "siberian",
    "RU-AL": "siberian",
    "RU-DA": "caucasus",
    "RU-IN": "caucasus",
    "RU-KB": "caucasus",
    "RU-KC": "caucasus",
    "RU-SE": "caucasus",
    "RU-CE": "caucasus",
    "RU-AD": "caucasus",
}

PATRONYMICS = [
    ("Александрович", "Александровна"),
    ("Сергеевич", "Сергеевна"),
    ("Владимирович", "Владимировна"),
    ("Николаевич", "Николаевна"),
    ("Викторович", "Викторовна"),
    ("Игоревич", "Игоревна"),
    ("Андреевич", "Андреевна"),
    ("Михайлович", "Михайловна"),
    ("Юрьевич", "Юрьевна"),
    ("Дмитриевич", "Дмитриевна"),
    ("Олегович", "Олеговна"),
    ("Петрович", "Петровна"),
    ("Иванович", "Ивановна"),
    ("Анатольевич", "Анатольевна"),
    ("Ринатович", "Ринатовна"),
    ("Маратович", "Маратовна"),
    ("Геннадьевич", "Геннадьевна"),
    ("Васильевич", "Васильевна"),
]

MINISTRIES = [
    "министр экономического развития",
    "министр промышленности и торговли",
    "министр образования и науки",
    "министр цифрового развития",
    "министр инвестиций",
    "министр сельского хозяйства",
    "министр культуры",
]
ORGS = [  # genitive; a regional organisation is named with its region after it
    ("генеральный директор", "Агентства инновационного развития"),
    ("директор", "Центра инновационного развития"),
    ("руководитель проектного офиса", "Центра инновационного развития"),
    ("генеральный директор", "Корпорации развития"),
    ("директор", "Фонда развития промышленности"),
    ("руководитель", "Центра поддержки экспорта"),
    ("директор", "Центра кластерного развития"),
    ("генеральный директор", "Агентства по привлечению инвестиций"),
]


@dataclass(frozen=True)
class Post:
    """A post as the text gives it: ``role`` is the gold role, ``head`` the words that inflect
    (and those that follow them), ``org`` a fixed genitive complement, ``region`` the region
    named after it (or inside ``org`` when ``region_in_org``)."""

    role: str
    head: str
    region: str | None = None
    org: str = ""
    region_in_org: bool = False
    airr_only: bool = False  # said only in documents about the АИРР
    governor: bool = False  # may be written «томский губернатор»


@dataclass(eq=False)
class Person:
    first: str
    surname: str  # masculine form
    female: bool
    posts: tuple[Post, ...]
    region: str | None
    patronymic: str = ""

    @property
    def name(self) -> str:
        return f"{self.first} {surname_form(self.surname, self.female, 'nomn')}"


def head_role(r: Region) -> str:
    if r.republic:
        return "глава"
    return "мэр" if r.code == "RU-MOW" else "губернатор"


def deputy_role(r: Region) -> str:
    if r.republic:
        return "заместитель председателя правительства"
    if r.code == "RU-MOW":
        return "заместитель мэра"
    return "вице-губернатор" if r.code == "RU-SPE" else "заместитель губернатора"


# ---------------------------------------------------------------------------------------------
# Phrase lists
# ---------------------------------------------------------------------------------------------

MONTHS = MONTHS_GENITIVE  # the month names the extractor reads back

COOP_ADJ = [
    "торгово-экономическом",
    "научно-техническом",
    "культурном",
    "гуманитарном",
    "инвестиционном",
    "социальном",
    "образовательном",
]
SPHERE_ADJ = [
    "торгово-экономической",
    "научно-технической",
    "социальной",
    "культурной",
    "гуманитарной",
    "инвестиционной",
    "образовательной",
    "туристической",
]
TOPICS_GEN = [
    "промышленности",
    "цифровой экономики",
    "образования",
    "здравоохранения",
    "туризма",
    "сельского хозяйства",
    "науки и инноваций",
    "экологии",
    "культуры",
    "энергетики",
    "транспорта и логистики",
    "подготовки кадров",
    "импортозамещения",
]
TOPICS_DAT = [
    "подготовке кадров",
    "развитию туризма",
    "цифровизации промышленности",
    "поддержке экспорта",
    "сохранению культурного наследия",
    "развитию малого бизнеса",
    "экологической безопасности",
]
TOPICS_ACC = [
    "промышленную кооперацию",
    "туризм",
    "цифровую экономику",
    "подготовку кадров",
    "науку и инновации",
    "экспорт",
    "импортозамещение",
    "креативные индустрии",
    "агропромышленный комплекс",
]
OBJECTS = [
    "создание совместных производств",
    "обмен опытом в сфере цифровизации",
    "развитие туристических маршрутов",
    "подготовку инженерных кадров",
    "реализацию совместных инвестиционных проектов",
    "поставки сельскохозяйственной продукции",
    "сотрудничество вузов и научных центров",
    "развитие промышленной кооперации",
    "продвижение продукции местных производителей",
    "обмен делегациями",
    "участие в выставках и ярмарках",
    "поддержку малого и среднего предпринимательства",
    "охрану окружающей среды",
    "сохранение объектов культурного наследия",
    "развитие технопарков и инновационных кластеров",
]
QUOTES = [
    "Наши регионы давно связывают дружба и совместная работа, и сегодня мы выводим её на новый уровень",
    "Соглашение открывает новые возможности для бизнеса, науки и образования обоих регионов",
    "Мы рассчитываем, что уже в этом году предприятия получат первые совместные заказы",
    "У нас общие задачи и во многом общие вызовы, поэтому работать вместе просто необходимо",
    "Сегодня мы закрепляем на бумаге то, что уже работает на практике",
    "Для нас важно, чтобы договорённости не остались на бумаге и превратились в конкретные проекты",
    "Кооперация между регионами — самый короткий путь к технологическому суверенитету",
    "Мы готовы делиться опытом и перенимать лучшие практики коллег",
    "Такие встречи позволяют быстро договариваться и снимать барьеры для совместных проектов",
    "Не сомневаюсь, что наше партнёрство принесёт пользу жителям обоих регионов",
    "Совместные проекты в промышленности и образовании — главный приоритет нашей работы на ближайшие годы",
    "Мы видим большой потенциал для роста товарооборота и взаимных инвестиций",
    "Наши вузы и научные центры уже работают вместе, теперь к ним присоединится и бизнес",
    "Обмен опытом помогает нам быстрее внедрять новые решения в управлении",
    "Это только начало большой совместной работы",
]
AIRR_QUOTES = [
    "Ассоциация остаётся площадкой, где регионы учатся друг у друга и вместе продвигают инновации",
    "Вхождение в ассоциацию даёт нашим компаниям доступ к лучшим практикам и новым рынкам",
    "Положение региона в рейтинге и его динамика служат индикаторами для принятия решений на местах",
    "Стратегическая сессия сплотила представителей передовых регионов в сфере технологического развития",
    "В каждом регионе есть преимущества, на базе которых можно выстроить инновационную экосистему",
    "Мы рассчитываем на обмен опытом с коллегами и на участие в совместных проектах ассоциации",
    "Всех нас объединяет решение важных задач по подготовке кадров и развитию импортозамещающих проектов",
]
INDIRECT = [  # reported speech that fits any of the stories
    "сотрудничество уже приносит конкретные результаты",
    "регионы намерены вместе развивать промышленную кооперацию",
    "первые совместные проекты будут представлены до конца года",
    "стороны рассчитывают заметно увеличить товарооборот",
    "совместная работа поможет удержать молодых специалистов",
    "регионам есть чему поучиться друг у друга",
    "главный ресурс для развития — люди и их компетенции",
    "такие площадки помогают быстрее находить партнёров для совместных проектов",
]
INDIRECT_AGREEMENT = [  # reported speech about an agreement
    "соглашение откроет новые возможности для бизнеса обоих регионов",
    "договорённости позволят быстрее внедрять отечественные технологии",
    "документ закрепляет уже сложившиеся деловые связи",
    "выполнение соглашения будет контролироваться лично руководителями регионов",
]
FILLERS = [
    "Стороны договорились ежегодно подводить итоги совместной работы.",
    "Для координации проектов будет создана совместная рабочая группа.",
    "Первые результаты сотрудничества планируется представить до конца года.",
    "Особое внимание участники уделили подготовке инженерных и рабочих кадров.",
    "Отдельно обсуждались вопросы логистики и транспортной доступности.",
    "Участники также договорились регулярно обмениваться статистикой и аналитическими материалами.",
    "В ближайшие месяцы стороны подготовят перечень приоритетных совместных проектов.",
    "Реализация договорённостей будет финансироваться в том числе за счёт внебюджетных источников.",
    "Эксперты отмечают, что межрегиональная кооперация становится одним из главных инструментов развития экономики.",  # noqa: E501
    "По оценкам аналитиков, такие соглашения помогают малому бизнесу выходить на новые рынки.",
    "Ход выполнения плана мероприятий будет рассматриваться на совместных заседаниях раз в полгода.",
    "Кроме того, обсуждалась возможность проведения совместных выставок и деловых миссий.",
    "Стороны рассчитывают привлечь к реализации проектов крупные промышленные предприятия.",
    "Отдельным направлением станет сотрудничество в сфере высшего образования и науки.",
    "Участники встречи также затронули вопросы поддержки технологического предпринимательства.",
    "По словам организаторов, интерес к подобным форматам работы растёт с каждым годом.",
    "Следующую встречу планируется провести в следующем году.",
    "Ожидается, что к проектам присоединятся институты развития и крупные банки.",
    "Детали договорённостей стороны пообещали раскрыть позднее.",
    "Во время встречи также обсуждались вопросы цифровизации государственного управления.",
]
SESSIONS = [
    "межрегиональная стратегическая сессия",
    "межрегиональное совещание по вопросам промышленной кооперации",
    "межрегиональный форум «Регионы — драйверы роста»",
    "конференция «Инновационные регионы»",
    "рабочая встреча представителей регионов",
    "межрегиональный круглый стол по развитию туризма",
    "выездная сессия проектных офисов",
]
SESSION_TITLES = [
    "Будущее развитие регионов",
    "Технологическое лидерство",
    "Кадры для новой экономики",
    "Регионы — драйверы роста",
    "Экосистема инноваций",
    "Новая промышленность",
]
# (name, region named inside the name → optional, region whose capital hosts it or None)
EVENTS = [
    ("Гайдаровский форум", None, "RU-MOW"),
    ("Восточный экономический форум", None, "RU-PRI"),
    ("Красноярский экономический форум", "RU-KYA", None),
    ("выставка «Иннопром»", None, "RU-SVE"),
    ("форум «Технопром»", None, "RU-NVS"),
    ("Петербургский международный экономический форум", "RU-SPE", None),
    ("Тюменский нефтегазовый форум", "RU-TYU", None),
    ("Российский инвестиционный форум", None, None),
    ("форум «Открытые инновации»", None, "RU-MOW"),
    ("инновационный форум «Инновус»", None, "RU-TOM"),
    ("Кавказский инвестиционный форум", None, None),
    ("Байкальский экономический форум", None, "RU-IRK"),
    ("Международный арктический форум «Арктика — территория диалога»", None, None),
]
ORDINALS_INS = [
    "шестнадцатым",
    "семнадцатым",
    "восемнадцатым",
    "девятнадцатым",
    "двадцатым",
    "двадцать первым",
    "двадцать вторым",
    "двадцать третьим",
    "двадцать четвёртым",
]
NUM_NOM = {2: "Два", 3: "Три", 4: "Четыре"}
NUM_GEN = {2: "двух", 3: "трёх", 4: "четырёх"}


def _fem(verb: str) -> str:
    """Past tense for a woman: «подписал» → «подписала», «провёл» → «провела»."""
    if verb.endswith("ёл"):
        return verb[:-2] + "ела"
    if verb.endswith("ся"):
        return verb[:-2] + "ась"
    return verb + "а"


_PAST = {  # masc, femn, neut, plur — for verbs agreeing with a region or an event
    "вошёл": ("вошёл", "вошла", "вошло", "вошли"),
    "стал": ("стал", "стала", "стало", "стали"),
    "присоединился": ("присоединился", "присоединилась", "присоединилось", "присоединились"),
    "подписал": ("подписал", "подписала", "подписало", "подписали"),
    "прошёл": ("прошёл", "прошла", "прошло", "прошли"),
    "принял": ("принял", "приняла", "приняло", "приняли"),
    "собрал": ("собрал", "собрала", "собрало", "собрали"),
}


def past(verb: str, gender: str) -> str:
    return _PAST[verb][("masc", "femn", "neut", "plur").index(gender)]


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " и " + items[-1]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


# ---------------------------------------------------------------------------------------------
# One document: mentions are rendered through it, so the gold records what the text says
# ---------------------------------------------------------------------------------------------


class _Retry(Exception):
    """The plan came out too long; draw another."""


@dataclass
class _Doc:
    rng: random.Random
    day: date
    airr: bool = False  # a document about the association: say the chair's АИРР post
    regions: dict[str, None] = field(default_factory=dict)
    optional: dict[str, None] = field(default_factory=dict)
    persons: dict[Person, list[str]] = field(default_factory=dict)
    introduced: set[Person] = field(default_factory=set)
    in_body: set[str] = field(default_factory=set)  # regions already named in the body
    airr_named: bool = False
    used: set[str] = field(default_factory=set)
    done: set[tuple[int, str]] = field(default_factory=set)  # (template, arguments) already said
    body: bool = False
    pairs: list[tuple[str, str]] = field(default_factory=list)
    members: dict[str, None] = field(default_factory=dict)
    optional_members: dict[str, None] = field(default_factory=dict)
    pars: list[list[tuple[str, bool]]] = field(default_factory=list)
    # sentences kept in reserve to lengthen the text: (paragraph, template, arguments)
    extras: list[tuple[int, Callable[..., str], tuple[Any, ...]]] = field(default_factory=list)

    # --- regions ---

    def R(self, code: str, case: str = "nomn", style: str = "auto") -> str:  # noqa: N802
        """Name a region in a case. The first mention in the body is the official name; later
        ones vary between official, short name and abbreviation. ``style``: auto, official,
        short (short where there is one), head (a headline: short names preferred), subject
        (a form whose gender a verb can agree with)."""
        r = regions()[code]
        self.regions[code] = None
        form = r.name
        roll = self.rng.random()
        if style == "head" or (style == "short" and r.short):
            if r.short and roll < 0.75:
                form = self.rng.choice(r.short)
        elif style in ("auto", "subject") and code in self.in_body:
            if r.short and roll < 0.5:
                form = self.rng.choice(r.short)
            elif r.abbr and roll < 0.6 and style == "auto":
                return self.rng.choice(r.abbr)
        if style in ("subject", "head") and (form == "Марий Эл" or form in r.abbr):
            form = r.name
        if self.body:
            self.in_body.add(code)
        return inflect_phrase(form, case)

    def R_subject(self, code: str, verb: str, style: str = "subject") -> tuple[str, str]:  # noqa: N802
        """A region as the subject of a past-tense verb, with the verb agreeing with its form."""
        name = self.R(code, "nomn", style)
        return name, past(verb, phrase_gender(name))

    def R_loc(self, code: str) -> str:  # noqa: N802
        """«в Томской области», «на Кубани»."""
        r = regions()[code]
        self.regions[code] = None
        form = r.name
        if code in self.in_body and r.short and self.rng.random() < 0.5:
            form = self.rng.choice(r.short)
        if self.body:
            self.in_body.add(code)
        return region_locative(form)

    def RA(self, code: str, noun: str, case: str, plural: bool = False) -> str:  # noqa: N802
        """A noun with the region's adjective («томская делегация») or, without one, its genitive."""
        r = regions()[code]
        if r.adj and (code in self.in_body or not self.body) and self.rng.random() < 0.6:
            self.regions[code] = None
            return agree(self.rng.choice(r.adj), noun, case, plural)
        return f"{inflect_phrase(noun, case, plural)} {self.R(code, 'gent')}"

    def R_list(self, codes: list[str], case: str, style: str = "auto") -> str:  # noqa: N802
        """Several regions; regions named «Adj область/край» for the first time share the noun:
        «Новосибирская, Томская и Калужская области»."""
        groups: dict[str, list[str]] = {}
        order: list[tuple[str, str]] = []  # ("g", head) or ("r", code)
        for code in codes:
            head = regions()[code].ellipsis_head
            if style != "head" and head and code not in self.in_body:
                if head not in groups:
                    groups[head] = []
                    order.append(("g", head))
                groups[head].append(code)
            else:
                order.append(("r", code))
        parts: list[str] = []
        for kind, key in order:
            if kind == "r":
                parts.append(self.R(key, case, style))
                continue
            members = groups[key]
            if len(members) == 1 or self.rng.random() < 0.2:
                parts.extend(self.R(c, case, "official") for c in members)
                continue
            gender = phrase_gender(key)
            adjs = [inflect_adj(regions()[c].name.split()[0], case, gender) for c in members]
            for c in members:
                self.regions[c] = None
                if self.body:
                    self.in_body.add(c)
            parts.append(f"{_join(adjs)} {inflect_noun(key, case, plural=True)}")
        return _join(parts)

    def city(self, code: str) -> str:
        """«в Иркутске»: a capital as venue. A city is not its region, except the federal cities."""
        r = regions()[code]
        if code in FEDERAL_CITIES:
            self.regions[code] = None
            if self.body:
                self.in_body.add(code)
        return with_preposition("в", city_locative(r.capital))

    def airr_name(self, case: str) -> str:
        """The association: its full name with the abbreviation first, «АИРР» or «ассоциация» after."""
        if not self.airr_named:
            self.airr_named = True
            return inflect_phrase("Ассоциация инновационных регионов России", case) + " (АИРР)"
        if self.rng.random() < 0.6:
            return AIRR
        return inflect_phrase("ассоциация", case)

    # --- people ---

    def _note(self, code: str) -> None:
        """Record that the text names a region (and, in the body, that later mentions may vary)."""
        self.regions[code] = None
        if self.body:
            self.in_body.add(code)

    def _post(self, post: Post, case: str, region_in_post: bool) -> str:
        """A post in a case: «губернатора Томской области», «томского губернатора», «директора
        Центра инновационного развития Калужской области»; without the region when the sentence
        names it next to the person («Томскую делегацию возглавил губернатор …»)."""
        r = regions()[post.region] if post.region else None
        if post.governor and r and r.adj and region_in_post and self.rng.random() < 0.2:
            self._note(r.code)
            return agree(self.rng.choice(r.adj), post.head, case)
        head = post.head
        if r and not region_in_post and head == "глава":
            head = "глава республики"
        parts = [inflect_phrase(head, case)]
        if post.org:
            org = post.org
            parts.append(org.replace("{AIRR}", self.airr_name("gent")) if "{AIRR}" in org else org)
        if r and post.region_in_org:
            self._note(r.code)
        elif r and region_in_post:
            parts.append(self.R(r.code, "gent"))
        return " ".join(parts)

    def P(self, p: Person, case: str = "nomn", style: str = "auto", region_in_post: bool = True) -> str:  # noqa: N802
        """Name a person. The first mention gives the posts and the full name; later ones use the
        surname, the name, initials or post and surname. Roles and region go to the gold."""
        roles = self.persons.setdefault(p, [])
        posts = [post for post in p.posts if self.airr or not post.airr_only]
        if p not in self.introduced or style == "full":
            self.introduced.add(p)
            text = ", ".join(self._post(post, case, region_in_post) for post in posts)
            for post in posts:
                if post.role not in roles:
                    roles.append(post.role)
            patr = p.patronymic if self.rng.random() < 0.12 else ""
            return f"{text} {person_name(p.first, p.surname, p.female, case, patr)}"
        if style == "name":
            return person_name(p.first, p.surname, p.female, case)
        roll = self.rng.random()
        if roll < 0.45:
            return surname_form(p.surname, p.female, case)
        if roll < 0.7:
            return person_name(p.first, p.surname, p.female, case)
        if roll < 0.85:
            return f"{p.first[0]}. {surname_form(p.surname, p.female, case)}"
        post = posts[-1]
        return f"{inflect_phrase(post.head, case)} {surname_form(p.surname, p.female, case)}"

    def P_list(self, people: list[Person], case: str) -> str:  # noqa: N802
        return _join([self.P(p, case) for p in people])

    def pick(self, options: list[str]) -> str:
        """A phrase not yet used in this document (quotes and reported speech do not repeat)."""
        fresh = [o for o in options if o not in self.used]
        choice = self.rng.choice(fresh or options)
        self.used.add(choice)
        return choice

    @staticmethod
    def v(p: Person, verb: str) -> str:
        """A past-tense verb agreeing with the person's gender."""
        return _fem(verb) if p.female else verb

    # --- facts ---

    def cooperate(self, codes: list[str]) -> None:
        for i, a in enumerate(codes):
            for b in codes[i + 1 :]:
                if a != b and (a, b) not in self.pairs and (b, a) not in self.pairs:
                    self.pairs.append((a, b))

    def member(self, code: str) -> None:
        self.members[code] = None

    # --- text ---

    def date_text(self, year: bool = True) -> str:
        d = self.day
        return f"{d.day} {MONTHS[d.month - 1]} {d.year} года" if year else f"{d.day} {MONTHS[d.month - 1]}"

    def _state(self) -> tuple[int, ...]:
        return (
            len(self.regions),
            len(self.optional),
            len(self.introduced),
            sum(len(r) for r in self.persons.values()),
            int(self.airr_named),
        )

    def add(self, par: int, template: Callable[..., str], *args: Any) -> None:
        """Render a sentence into paragraph ``par``; it may be dropped later only if it named
        nothing new (no region, person, role or first mention of the association)."""
        while len(self.pars) <= par:
            self.pars.append([])
        self.done.add((id(template), repr(args)))
        before = self._state()
        text = template(self, *args)
        self.pars[par].append((_cap(text), self._state() == before))


def _words(text: str) -> int:
    return len(re.findall(r"\w[\w-]*", text))


# ---------------------------------------------------------------------------------------------
# Sentence templates. Each takes the document and the actors and returns one sentence; every
# region and person in it is named through the document, so the gold follows the text.
# ---------------------------------------------------------------------------------------------

T = Callable[..., str]


def _spheres(d: _Doc) -> str:
    return _join(d.rng.sample(SPHERE_ADJ, d.rng.randint(2, 4))) + " сферах"


def _coop_adj(d: _Doc) -> str:
    return _join(d.rng.sample(COOP_ADJ, d.rng.randint(1, 3)))


def _objects(d: _Doc) -> str:
    return _join(d.rng.sample(OBJECTS, d.rng.randint(2, 3)))


def _topic(d: _Doc) -> str:
    return d.rng.choice(TOPICS_GEN)


def _in(d: _Doc, code: str) -> str:
    """«в Республику Татарстан», «во Владимирскую область» (direction, accusative)."""
    return with_preposition("в", d.R(code, "accs"))


def _with(d: _Doc, phrase: str) -> str:
    return with_preposition("с", phrase)


def _side(d: _Doc, code: str) -> tuple[str, str]:
    """«Томская сторона предложила» or, without an adjective, «представители Хакасии предложили»."""
    r = regions()[code]
    if r.adj and d.rng.random() < 0.7:
        d._note(code)
        return agree(d.rng.choice(r.adj), "сторона", "nomn"), "предложила"
    return f"представители {d.R(code, 'gent')}", "предложили"


# Headlines of agreements between two regions.
H_PAIR: list[T] = [
    lambda d, a, b: f"{d.R(a, style='head')} и {d.R(b, style='head')} подписали соглашение о сотрудничестве",
    lambda d, a, b: (
        f"{d.R(a, style='head')} и {d.R(b, style='head')} договорились о сотрудничестве в сфере {_topic(d)}"
    ),
    lambda d, a, b: f"{d.R(a, style='head')} и {d.R(b, style='head')} утвердили план совместной работы",
    lambda d, a, b: f"{d.R(a, style='head')} и {d.R(b, style='head')} обновили соглашение о сотрудничестве",
    lambda d, a, b: (
        f"{d.R(a, style='head')} и {d.R(b, style='head')} будут вместе развивать {d.rng.choice(TOPICS_ACC)}"
    ),
    lambda d, a, b: (
        f"Между {d.R(a, 'ablt', 'head')} и {d.R(b, 'ablt', 'head')} подписано соглашение о партнёрстве"
    ),
    lambda d, a, b: f"{d.R(a, style='head')} и {d.R(b, style='head')} расширят сотрудничество",
]

# Leads of agreements between two regions: pa and pb sign for a and b.
L_PAIR: list[T] = [
    lambda d, a, b, pa, pb: (
        f"{d.date_text()} {d.P(pa)} и {d.P(pb)} подписали соглашение о {_coop_adj(d)} сотрудничестве."
    ),
    lambda d, a, b, pa, pb: (
        f"{d.city(a)} {d.date_text(False)} {d.P(pa)} и {d.P(pb)} подписали соглашение "
        f"о сотрудничестве между {d.R(a, 'ablt')} и {d.R(b, 'ablt')}."
    ),
    lambda d, a, b, pa, pb: (
        f"Правительства {d.R(a, 'gent')} и {d.R(b, 'gent')} заключили соглашение о "
        f"{_coop_adj(d)} сотрудничестве. Документ подписали {d.P(pa)} и {d.P(pb)}."
    ),
    lambda d, a, b, pa, pb: (
        f"{d.date_text()} {d.P(pa)} и {d.P(pb)} утвердили план мероприятий по "
        "реализации соглашения о сотрудничестве двух регионов."
    ),
    lambda d, a, b, pa, pb: (
        f"Соглашение о {_coop_adj(d)} сотрудничестве подписано {d.date_text(False)}. "
        f"Со стороны {d.R(a, 'gent')} документ {d.v(pa, 'подписал')} {d.P(pa, region_in_post=False)}, "
        f"со стороны {d.R(b, 'gent')} — {d.P(pb, region_in_post=False)}."
    ),
    lambda d, a, b, pa, pb: (
        f"{d.date_text()} {d.P(pa)} и {d.P(pb)} подписали новую редакцию соглашения "
        f"о сотрудничестве в {_spheres(d)}."
    ),
    lambda d, a, b, pa, pb: (
        f"{d.date_text()} {d.city(b)} состоялась встреча {d.P(pa, 'gent')} и "
        f"{d.P(pb, 'gent')}, по итогам которой регионы заключили соглашение о сотрудничестве."
    ),
    lambda d, a, b, pa, pb: (
        f"{d.date_text()} {d.P(pa)} {d.v(pa, 'провёл')} переговоры "
        f"{_with(d, d.P(pb, 'ablt'))}; по их итогам стороны подписали соглашение о сотрудничестве."
    ),
]

# Details of an agreement between a and b (both already named).
D_PAIR: list[T] = [
    lambda d, a, b: f"Документ предусматривает {_objects(d)}.",
    lambda d, a, b: (
        f"Соглашение заключено сроком на {d.rng.choice(['три года', 'пять лет', 'шесть лет'])} и "
        f"заменяет документ {d.day.year - d.rng.randint(5, 10)} года."
    ),
    lambda d, a, b: (
        f"Как пояснили в пресс-службе правительства {d.R(a, 'gent')}, совместная работа "
        f"затронет {_objects(d)}."
    ),
    lambda d, a, b: f"Об этом сообщили в пресс-службе правительства {d.R(b, 'gent')}.",
    lambda d, a, b: f"Церемония прошла во время визита {d.RA(a, 'делегация', 'gent')} {_in(d, b)}.",
    lambda d, a, b: f"{_cap(d.RA(a, 'компания', 'nomn', True))} уже поставляют продукцию {_in(d, b)}.",
    lambda d, a, b: (
        f"Товарооборот между {d.R(a, 'ablt')} и {d.R(b, 'ablt')} по итогам "
        f"{d.day.year - 1} года составил {d.rng.randint(3, 95)} млрд рублей."
    ),
    lambda d, a, b: f"Кроме того, регионы намерены вместе развивать {d.rng.choice(TOPICS_ACC)}.",
    lambda d, a, b: f"Стороны договорились о сотрудничестве в {_spheres(d)}.",
    lambda d, a, b: f"{_cap(d.RA(b, 'вуз', 'nomn', True))} готовы принимать студентов из {d.R(a, 'gent')}.",
    lambda d, a, b: (
        f"{_cap(d.R_loc(a))} рассчитывают, что соглашение поможет местным предприятиям выйти на новые рынки."
    ),
    lambda d, a, b: (
        f"Для {d.R(a, 'gent')} это уже {d.rng.randint(5, 30)}-е соглашение о межрегиональном сотрудничестве."
    ),
    lambda d, a, b: "{} {} создать совместный фонд поддержки технологических стартапов.".format(*_side(d, b)),
    lambda d, a, b: (
        f"По данным правительства {d.R(b, 'gent')}, в регионе работают более "
        f"{d.rng.randint(2, 40) * 10} предприятий, заинтересованных в кооперации."
    ),
    lambda d, a, b: (
        f"Соглашение также предусматривает участие компаний из {d.R(a, 'gent')} в выставках, "
        f"которые проходят {d.R_loc(b)}."
    ),
    lambda d, a, b: f"Особое внимание стороны намерены уделить {d.rng.choice(TOPICS_DAT)}.",
    lambda d, a, b: (
        f"План мероприятий включает более {d.rng.randint(2, 9) * 10} пунктов — от обмена "
        "опытом в сфере ЖКХ до совместных научных исследований."
    ),
]

# Quotes and reported speech of a person already introduced.
Q_ANY: list[T] = [
    lambda d, p: f"«{d.pick(QUOTES)}», — {d.v(p, 'отметил')} {d.P(p)}.",
    lambda d, p: f"По словам {d.P(p, 'gent')}, {d.pick(INDIRECT)}.",
    lambda d, p: f"{_cap(d.P(p))} {d.v(p, 'подчеркнул')}, что {d.pick(INDIRECT)}.",
    lambda d, p: f"«{d.pick(QUOTES)}», — {d.v(p, 'сказал')} {d.P(p)}, отвечая на вопросы журналистов.",
    lambda d, p: f"«{d.pick(QUOTES)}», — {d.v(p, 'написал')} {d.P(p)} в своём телеграм-канале.",
]
Q_AGREEMENT: list[T] = [
    *Q_ANY,
    lambda d, p: f"«{d.pick(QUOTES)}», — {d.v(p, 'заявил')} {d.P(p)} после церемонии подписания.",
    lambda d, p: f"По словам {d.P(p, 'gent')}, {d.pick(INDIRECT_AGREEMENT)}.",
    lambda d, p: (
        f"{_cap(d.P(p))} {d.v(p, 'добавил')}, что до конца квартала правительства подготовят "
        "план мероприятий по реализации документа."
    ),
    lambda d, p: f"{_cap(d.P(p))} {d.v(p, 'назвал')} соглашение важным шагом для развития обоих регионов.",
]

# Background: another agreement of a with c — a cooperation pair of its own.
B_PRIOR: list[T] = [
    lambda d, a, c: "Ранее {} {} аналогичное соглашение {}.".format(
        *d.R_subject(a, "подписал"), _with(d, d.R(c, "ablt"))
    ),
    lambda d, a, c: (
        f"В {d.day.year - d.rng.randint(1, 4)} году {d.R(a, 'nomn', 'subject')} и "
        f"{d.R(c, 'nomn', 'subject')} подписали программу совместных действий в сфере {_topic(d)}."
    ),
]

# Background: a region only mentioned, not acting with the parties.
B_MENTION: list[T] = [
    lambda d, c: f"Похожая программа с {d.day.year - d.rng.randint(2, 6)} года действует {d.R_loc(c)}.",
    lambda d, c: f"По данным организаторов, аналогичный центр уже несколько лет работает {d.R_loc(c)}.",
    lambda d, c: f"Раньше других подобную практику внедрили {d.R_loc(c)}.",
    lambda d, c: (
        f"По объёму инвестиций в инновации лидирует {d.R(c, 'nomn', 'official')}, отмечают аналитики."
    ),
]

# Background on the two regions' ties, naming nothing new.
B_TIES: list[T] = [
    lambda d: f"Первое соглашение между регионами было подписано в {d.day.year - d.rng.randint(6, 15)} году.",
    lambda d: f"В прошлом году регионы провели более {d.rng.randint(2, 9) * 5} совместных мероприятий.",
    lambda d: (
        "Объём взаимной торговли за последние пять лет вырос почти "
        f"{d.rng.choice(['в полтора раза', 'в два раза', 'на треть'])}."
    ),
    lambda d: "Регионы связывают давние деловые и культурные связи, а также прямое авиасообщение.",
    lambda d: "В регионах уже работают совместные предприятия в машиностроении и пищевой промышленности.",
]

# A federal official present (no region).
FED_PRESENT: list[T] = [
    lambda d, f: f"В церемонии {d.v(f, 'принял')} участие {d.P(f)}.",
    lambda d, f: f"На встрече {d.v(f, 'присутствовал')} {d.P(f)}.",
]

# A second official of a region present at the signing.
ALSO_PRESENT: list[T] = [
    lambda d, p: f"В подписании также {d.v(p, 'участвовал')} {d.P(p)}.",
    lambda d, p: (
        f"Со стороны {d.R(p.region, 'gent')} в переговорах {d.v(p, 'участвовал')} также "
        f"{d.P(p, region_in_post=False)}."
    ),
]

# Agreements between three or four regions.
H_MULTI: list[T] = [
    lambda d, cs: f"{d.R_list(cs, 'nomn', 'head')} подписали соглашение о межрегиональном сотрудничестве",
    lambda d, cs: f"{NUM_NOM[len(cs)]} региона договорились о совместной работе в сфере {_topic(d)}",
    lambda d, cs: f"{d.R_list(cs, 'nomn', 'head')} объединят усилия в сфере {_topic(d)}",
    lambda d, cs: f"Регионы подписали меморандум о развитии {_topic(d)}",
]
L_MULTI: list[T] = [
    lambda d, cs, ps: (
        f"{d.date_text()} {d.R_list(cs, 'nomn')} подписали соглашение о {_coop_adj(d)} "
        f"сотрудничестве. Документ подписали {d.P_list(ps, 'nomn')}."
    ),
    lambda d, cs, ps: (
        f"{d.date_text()} {d.P_list(ps, 'nomn')} подписали меморандум о создании "
        f"межрегионального кластера в сфере {_topic(d)}."
    ),
    lambda d, cs, ps: (
        f"Представители {d.R_list(cs, 'gent')} подписали соглашение о сотрудничестве в "
        f"{_spheres(d)}. Подписи под документом поставили {d.P_list(ps, 'nomn')}."
    ),
]
D_MULTI: list[T] = [
    lambda d, cs: f"Документ предусматривает {_objects(d)}.",
    lambda d, cs: f"Стороны договорились о сотрудничестве в {_spheres(d)}.",
    lambda d, cs: f"Координировать работу будет правительство {d.R(cs[0], 'gent')}.",
    lambda d, cs: (
        "Участники соглашения намерены создать единую площадку для обмена опытом и совместной "
        "работы с федеральными институтами развития."
    ),
    lambda d, cs: (
        f"Первые совместные проекты {NUM_GEN[len(cs)]} регионов будут представлены уже в следующем году."
    ),
    lambda d, cs: "{} {} включить в план мероприятий {}.".format(*_side(d, cs[1]), _objects(d)),
    lambda d, cs: (
        f"Ранее {d.R(cs[0], 'nomn', 'subject')} и {d.R(cs[-1], 'nomn', 'subject')} уже реализовали "
        f"несколько совместных проектов в сфере {_topic(d)}."
    ),
    lambda d, cs: f"Особое внимание участники намерены уделить {d.rng.choice(TOPICS_DAT)}.",
]


def _session(d: _Doc) -> tuple[str, str, str]:
    """An unnamed session: its name, «прошла/прошёл/прошло» and «в которой/в котором»."""
    name = d.rng.choice(SESSIONS)
    gender = phrase_gender(name)
    return name, past("прошёл", gender), "в которой" if gender == "femn" else "в котором"


# Joint events: cs take part; ev is the venue phrase; ps speak for cs.
H_EVENT: list[T] = [
    lambda d, cs: f"Делегации {d.R_list(cs, 'gent', 'head')} обсудили {d.rng.choice(TOPICS_ACC)}",
    lambda d, cs: f"{NUM_NOM[len(cs)]} региона представили совместные проекты",
    lambda d, cs: f"{d.R_list(cs, 'nomn', 'head')} обсудили межрегиональное сотрудничество",
    lambda d, cs: f"Регионы договорились развивать {d.rng.choice(TOPICS_ACC)} вместе",
]
L_EVENT: list[T] = [
    lambda d, cs, ev, ps: "{0} {1} {3} {2}, {4} приняли участие делегации {5}.".format(
        d.date_text(), ev, *_session(d), d.R_list(cs, "gent")
    ),
    lambda d, cs, ev, ps: (
        f"{_cap(ev)} {d.date_text(False)} состоялась рабочая встреча представителей "
        f"{d.R_list(cs, 'gent')}. В ней участвовали {d.P_list(ps, 'nomn')}."
    ),
    lambda d, cs, ev, ps: (
        f"{d.date_text()} {ev} собрались представители {d.R_list(cs, 'gent')}: "
        f"{d.P_list(ps, 'nomn')} обсудили {_objects(d)}."
    ),
]
D_EVENT: list[T] = [
    lambda d, cs: f"Участники обсудили {_objects(d)}.",
    lambda d, cs: (
        f"На полях встречи {d.R(cs[0], 'nomn', 'subject')} и {d.R(cs[1], 'nomn', 'subject')} "
        f"представили совместный проект в сфере {_topic(d)}."
    ),
    lambda d, cs: f"Следующую встречу участники договорились провести {d.city(cs[-1])}.",
    lambda d, cs: f"По итогам встречи регионы подготовят дорожную карту по развитию {_topic(d)}.",
    lambda d, cs: f"Всего в мероприятии приняли участие более {d.rng.randint(5, 40) * 10} человек.",
    lambda d, cs: "Модераторами дискуссий выступили эксперты ведущих вузов страны.",
    lambda d, cs: (
        f"{_cap(d.RA(cs[1], 'делегация', 'nomn'))} представила опыт создания регионального технопарка."
    ),
    lambda d, cs: f"Особое внимание участники уделили {d.rng.choice(TOPICS_DAT)}.",
    lambda d, cs: "Итоги работы будут направлены в профильные федеральные министерства.",
]

# Delegation visits: a visits b.
H_VISIT: list[T] = [
    lambda d, a, b: f"{_cap(d.RA(a, 'делегация', 'nomn'))} посетила {d.R(b, 'accs', 'head')}",
    lambda d, a, b: f"{d.R(a, style='head')} и {d.R(b, style='head')} обсудили {d.rng.choice(TOPICS_ACC)}",
    lambda d, a, b: f"{d.R(b, style='head')} и {d.R(a, style='head')} наметили совместные проекты",
]


def _who_came(p: Person) -> str:
    return "которая прибыла" if p.female else "который прибыл"


L_VISIT: list[T] = [
    lambda d, a, b, pa, pb: (
        f"{d.date_text()} делегация {d.R(a, 'gent')} во главе "
        f"{_with(d, d.P(pa, 'ablt', region_in_post=False))} посетила {d.R(b, 'accs')}. "
        f"Гостей {d.v(pb, 'принял')} {d.P(pb)}."
    ),
    lambda d, a, b, pa, pb: (
        f"{_cap(d.RA(a, 'делегация', 'nomn'))} во главе "
        f"{_with(d, d.P(pa, 'ablt', region_in_post=False))} провела переговоры "
        f"{_with(d, d.P(pb, 'ablt'))} {d.city(b)}."
    ),
    lambda d, a, b, pa, pb: (
        f"{d.date_text()} {d.P(pb)} {d.v(pb, 'встретился')} "
        f"{_with(d, d.P(pa, 'ablt'))}, {_who_came(pa)} {_in(d, b)} с рабочим визитом."
    ),
]
D_VISIT: list[T] = [
    lambda d, a, b: f"Стороны обсудили {_objects(d)} и подписали дорожную карту совместных проектов.",
    lambda d, a, b: f"Гости побывали на предприятиях {d.R(b, 'gent')} и в местном технопарке.",
    lambda d, a, b: (
        f"{_cap(d.RA(a, 'компания', 'nomn', True))} заинтересованы в поставках оборудования {_in(d, b)}."
    ),
    lambda d, a, b: f"По итогам визита регионы договорились о сотрудничестве в сфере {_topic(d)}.",
    lambda d, a, b: (
        f"Программа визита включала посещение промышленных предприятий и научных центров {d.R(b, 'gent')}."
    ),
    lambda d, a, b: (
        f"{_cap(d.RA(a, 'делегация', 'nomn'))} также провела встречи с представителями делового сообщества."
    ),
    lambda d, a, b: "По итогам переговоров стороны подписали протокол о намерениях.",
    lambda d, a, b: "{} {} гостям принять участие в региональном инвестиционном форуме.".format(*_side(d, b)),
]

# The association.
H_AIRR_MEETING: list[T] = [
    lambda d, cs, p: "Члены АИРР подвели итоги года",
    lambda d, cs, p: (
        f"{_cap(p.posts[-1].head)} {d.R(cs[0], 'gent', 'head')} {d.v(p, 'принял')} участие в собрании АИРР"
    ),
    lambda d, cs, p: f"Совет Ассоциации инновационных регионов России обсудил {d.rng.choice(TOPICS_ACC)}",
    lambda d, cs, p: "Инновационные регионы определили приоритеты на следующий год",
]
D_AIRR_MEETING: list[T] = [
    lambda d, cs: f"На заседании также утвердили план работы на {d.day.year} год.",
    lambda d, cs: (
        "Участники заслушали доклады о реализации совместных проектов и о работе с федеральными "
        "институтами развития."
    ),
    lambda d, cs: f"Следующее заседание пройдёт {d.city(cs[-1])}.",
    lambda d, cs: "Отдельно обсудили подготовку ежегодного рейтинга инновационного развития регионов.",
]
H_AIRR_JOIN: list[T] = [
    lambda d, x: "{} {} членом АИРР".format(*d.R_subject(x, "стал", "head")),
    lambda d, x: "{} {} в Ассоциацию инновационных регионов России".format(*d.R_subject(x, "вошёл", "head")),
    lambda d, x: "{} {} к АИРР".format(*d.R_subject(x, "присоединился", "head")),
    lambda d, x: "АИРР пополнилась новым участником",
]
L_AIRR_JOIN: list[T] = [
    lambda d, x, px: "{} {} {} в {}, сообщили в пресс-службе ассоциации.".format(
        d.date_text(), *d.R_subject(x, "вошёл", "official"), d.airr_name("accs")
    ),
    lambda d, x, px: (
        f"Совет {d.airr_name('gent')} на заседании {d.date_text(False)} принял "
        f"{d.R(x, 'accs', 'official')} в число участников объединения."
    ),
    lambda d, x, px: (
        f"{d.date_text()} {d.P(px)} {d.v(px, 'подписал')} заявление о вступлении "
        f"{d.R(x, 'gent')} в {d.airr_name('accs')}."
    ),
]
D_AIRR_JOIN: list[T] = [
    lambda d, x: (
        f"{_cap(d.RA(x, 'компания', 'nomn', True))} получат доступ к совместным проектам и "
        "программам поддержки участников объединения."
    ),
    lambda d, x: f"Заявку {d.R(x, 'gent')} Совет ассоциации рассмотрел на очередном заседании.",
    lambda d, x: (
        f"Теперь {d.R(x, 'nomn', 'subject')} сможет участвовать в рейтингах и совместных проектах ассоциации."
    ),
    lambda d, x: (
        f"{_cap(d.R_loc(x))} рассчитывают, что участие в ассоциации поможет привлечь инвестиции "
        "в высокотехнологичные отрасли."
    ),
    lambda d, x: (
        "В регионе работают технопарк, несколько инновационных кластеров и центр поддержки "
        "предпринимательства."
    ),
]
AIRR_BACKGROUND: list[T] = [
    lambda d: (
        f"{_cap(d.airr_name('nomn'))} создана в 2010 году; её участники обмениваются опытом в "
        "развитии и внедрении инноваций."
    ),
    lambda d: (
        "Главными задачами объединения названы продвижение интересов его участников и обмен опытом "
        "в развитии и внедрении инноваций."
    ),
    lambda d: (
        "В период пандемии ассоциация направляла в федеральное правительство предложения по "
        "преодолению экономических последствий коронавируса."
    ),
    lambda d: (
        "Среди новых продуктов ассоциации — линейка рейтингов регионов, в том числе рейтинг "
        "медиаактивности регионов в сфере инноваций."
    ),
    lambda d: "Ассоциация объединяет регионы с высоким уровнем инновационной активности.",
]
D_AIRR_SESSION: list[T] = [
    lambda d, cs: "Делегаты также ознакомились с работой местного технопарка и IT-парка.",
    lambda d, cs: "По итогам сессии участники подготовят предложения для федеральных министерств.",
    lambda d, cs: f"Участники обсудили {_objects(d)}.",
    lambda d, cs: (
        "Эксперты рассмотрели общую проблематику на федеральном и региональном уровнях, а также "
        "вопросы дальнейшего взаимодействия регионов между собой."
    ),
    lambda d, cs: f"Особое внимание участники уделили {d.rng.choice(TOPICS_DAT)}.",
    lambda d, cs: f"{_cap(d.RA(cs[0], 'команда', 'nomn'))} представила проект в сфере {_topic(d)}.",
]


# ---------------------------------------------------------------------------------------------
# The corpus: people and documents
# ---------------------------------------------------------------------------------------------

SCENARIOS = {
    "pair": 28,
    "multi": 10,
    "event": 16,
    "visit": 12,
    "airr_meeting": 14,
    "airr_join": 10,
    "airr_session": 10,
}


class _Generator:
    """Draws documents one after another; keeps the people, so that some recur."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.codes = list(regions())
        self.names: set[tuple[str, str]] = set()
        self.terms: dict[tuple[str, ...], list[tuple[date, Person | None]]] = {}  # a post's holders
        self.day = START  # the date of the document being written
        self._chair: Person | None = None
        self._director: Person | None = None

    # --- people ---

    def _name(self, female: bool, avoid: set[str], region: str | None) -> tuple[str, str]:
        """A name no other person of the corpus has, with a surname not in ``avoid``: first from the
        group drawn for the region, then (when that group's names run out) from any group."""
        rng = self.rng
        weights = _NAME_WEIGHTS[_REGION_PEOPLE.get(region or "", "default")]
        group = rng.choices(list(weights), weights=list(weights.values()))[0]
        male, fem, last_names = NAME_GROUPS[group]
        for attempt in range(2000):
            if attempt == 50:
                male, fem, last_names = MALE_NAMES, FEMALE_NAMES, SURNAMES
            first = rng.choice(fem if female else male)
            last = rng.choice(last_names)
            key = (first, surname_form(last, female, "nomn"))
            if key not in self.names and last not in avoid:
                self.names.add(key)
                return first, last
        raise RuntimeError("no unused name left")  # pragma: no cover - 60,000+ combinations

    def new_person(
        self, posts: tuple[Post, ...], region: str | None, avoid: set[str], female: bool | None = None
    ) -> Person:
        rng = self.rng
        female = rng.random() < 0.3 if female is None else female
        first, last = self._name(female, avoid, region)
        patr = rng.choice(PATRONYMICS)[1 if female else 0]
        return Person(first, last, female, posts, region, patr)

    def holder(self, post: tuple[str, ...], make: Callable[[], Person]) -> Person:
        """Who holds ``post`` on the document's day. Its terms are laid out as far as the day
        asks (the first began up to a term before the corpus), each held by one person made
        by ``make`` when a document first needs them."""
        terms = self.terms.setdefault(post, [])
        if not terms:
            terms.append((START - timedelta(days=self.rng.randint(0, TERM_DAYS[1])), None))
        while terms[-1][0] <= self.day:
            terms.append((terms[-1][0] + timedelta(days=self.rng.randint(*TERM_DAYS)), None))
        for i, (end, person) in enumerate(terms[1:], start=1):
            if self.day < end:
                if person is None:
                    person = make()
                    terms[i] = (end, person)
                return person
        raise AssertionError("the terms reach past the day")  # pragma: no cover

    def chair(self) -> Person:
        """The head of Tatarstan, chair of the АИРР council: one person for the whole corpus."""
        if self._chair is None:
            posts = (
                Post("председатель совета", "председатель", org="Совета {AIRR}", airr_only=True),
                Post("глава", "глава", CHAIR_REGION),
            )
            self._chair = self.new_person(posts, CHAIR_REGION, set(), female=False)
        return self._chair

    def director(self) -> Person:
        """The association's director: one person for the whole corpus."""
        if self._director is None:
            self._director = self.new_person((Post("директор", "директор", org="{AIRR}"),), None, set())
        return self._director

    def official(self, code: str, kind: str, avoid: set[str]) -> Person:
        """Who speaks for region ``code`` on the document's day: its head, a deputy, a minister, a
        director or a rector, each post held by one person at a time."""
        if code == CHAIR_REGION and kind == "head":
            return self.chair()
        r = regions()[code]
        rng = self.rng
        if kind == "minister" and code in FEDERAL_CITIES:
            kind = "deputy"
        if kind == "rector" and not r.adj:
            kind = "org"
        if kind == "head":
            post = Post(head_role(r), head_role(r), code, governor=head_role(r) == "губернатор")
            slot: tuple[str, ...] = (code, post.role)
        elif kind == "deputy":
            seat = rng.randrange(DEPUTIES_PER_REGION)
            role = deputy_role(r)
            if role == "заместитель губернатора" and seat == 0:
                role = "первый заместитель губернатора"
            post = Post(role, role, code)
            slot = (code, "deputy", str(seat))
        elif kind == "minister":
            role = rng.choice(MINISTRIES)
            post = Post(role, role, code)
            slot = (code, role)
        elif kind == "rector":
            what = rng.choice(UNIVERSITIES)
            adj = inflect_adj(_cap(r.adj[UNIVERSITIES.index(what) % len(r.adj)]), "gent", "masc")
            post = Post("ректор", "ректор", code, org=f"{adj} {what}", region_in_org=True)
            slot = (code, "ректор", what)
        else:
            role, org = rng.choice(ORGS)
            post = Post(role, role, code, org=org)
            slot = (code, role, org)
        return self.holder(slot, lambda: self.new_person((post,), code, avoid))

    def federal(self, district_of: str, avoid: set[str]) -> Person:
        """A federal official: the President's envoy to the district of ``district_of``, a deputy
        minister, a minister or a department director — posts without a region."""
        rng = self.rng
        roll = rng.random()
        if roll < 0.35:
            district = districts()[regions()[district_of].district]
            post = Post(
                "полномочный представитель",
                "полномочный представитель",
                org=f"Президента России {with_preposition('в', inflect_phrase(district, 'loct'))}",
            )
        elif roll < 0.6:
            post = Post(
                "заместитель министра экономического развития",
                "заместитель министра экономического развития",
                org="Российской Федерации",
            )
        elif roll < 0.8:
            post = Post("министр промышленности и торговли", "министр промышленности и торговли", org="РФ")
        else:
            post = Post(
                "директор департамента",
                "директор департамента регионального развития",
                org="Минэкономразвития России",
            )
        slot = ("RU", post.role, post.org)  # the envoy's post names the district
        if 0.35 <= roll < 0.6:  # the ministry has several deputies at once
            slot += (str(rng.randrange(DEPUTY_MINISTERS)),)
        return self.holder(slot, lambda: self.new_person((post,), None, avoid))

    # --- documents ---

    def _regions(self, k: int, must: list[str], exclude: set[str]) -> list[str]:
        out = list(must)
        while len(out) < k:
            c = self.rng.choice(self.codes)
            if c not in out and c not in exclude:
                out.append(c)
        return out

    def _people(self, codes: list[str], weights: list[float], avoid: set[str] | None = None) -> list[Person]:
        """One official per region, of a kind drawn with ``weights`` (head, deputy, minister,
        organisation, rector)."""
        kinds = ["head", "deputy", "minister", "org", "rector"]
        avoid = set() if avoid is None else avoid
        out: list[Person] = []
        for code in codes:
            p = self.official(code, self.rng.choices(kinds, weights=weights)[0], avoid)
            avoid.add(p.surname)
            out.append(p)
        return out

    def document(self) -> tuple[str, dict[str, Any], str]:
        """(text, gold, ISO date) of one new document."""
        while True:
            day = START + timedelta(days=self.rng.randrange(12 * 365))
            self.day = day
            d = _Doc(self.rng, day)
            try:
                kind = self.rng.choices(list(SCENARIOS), weights=list(SCENARIOS.values()))[0]
                getattr(self, f"_w_{kind}")(d)
                surnames = [p.surname for p in d.persons]
                if len(surnames) != len(set(surnames)):
                    raise _Retry  # «Петров сказал» must say which Петров
                text = self._finish(d)
            except _Retry:
                continue
            return text, _gold(d), day.isoformat()

    # Each writer below fills the paragraphs of d and states the facts (cooperation, membership).

    def _w_pair(self, d: _Doc) -> None:
        rng = self.rng
        a, b = self._regions(2, [], set())
        if rng.random() < 0.5:
            a, b = b, a
        pa, pb = self._people([a, b], [75, 12, 10, 3, 0])
        heads = all(p.posts[-1].role == head_role(regions()[p.posts[-1].region or a]) for p in (pa, pb))
        if heads and rng.random() < 0.15:
            d.add(
                0,
                lambda d_: (
                    f"{_cap(pa.posts[-1].head)} {d_.R(a, 'gent', 'head')} и {pb.posts[-1].head} "
                    f"{d_.R(b, 'gent', 'head')} подписали соглашение"
                ),
            )
        else:
            d.add(0, lambda d_: rng.choice(H_PAIR)(d_, a, b))
        d.body = True
        d.add(0, lambda d_: rng.choice(L_PAIR)(d_, a, b, pa, pb))
        d.cooperate([a, b])
        details = rng.sample(D_PAIR, len(D_PAIR))
        details, spare = details[: rng.randint(3, 5)], details[6:]
        d.extras += [(1, t, (a, b)) for t in spare] + [(2, t, (p,)) for t in Q_ANY[:3] for p in (pa, pb)]
        d.add(0, details[0], a, b)
        if rng.random() < 0.3:
            second = self.official(
                rng.choice([a, b]), rng.choice(["deputy", "minister", "org"]), {pa.surname, pb.surname}
            )
            d.add(0, rng.choice(ALSO_PRESENT), second)
        if rng.random() < 0.3:
            fed = self.federal(a, {p.surname for p in d.persons})
            d.add(0, rng.choice(FED_PRESENT), fed)
        for t in details[1:]:
            d.add(1, t, a, b)
        speakers = [pa, pb] if rng.random() < 0.7 else [rng.choice([pa, pb])]
        speakers += [rng.choice([pa, pb])] if rng.random() < 0.4 else []
        for p, t in zip(speakers, rng.sample(Q_AGREEMENT, len(speakers)), strict=True):
            d.add(2, t, p)
        d.add(3, rng.choice(B_TIES))
        extra = rng.random()
        if extra < 0.3:
            c = self._regions(3, [a, b], set())[2]
            d.add(3, rng.choice(B_PRIOR), a, c)
            d.cooperate([a, c])
        elif extra < 0.55:
            c = self._regions(3, [a, b], set())[2]
            d.add(3, rng.choice(B_MENTION), c)

    def _w_multi(self, d: _Doc) -> None:
        rng = self.rng
        codes = self._regions(rng.randint(3, 4), [], set())
        rng.shuffle(codes)
        people = self._people(codes, [70, 15, 10, 5, 0])
        d.add(0, lambda d_: rng.choice(H_MULTI)(d_, codes))
        d.body = True
        d.add(0, lambda d_: rng.choice(L_MULTI)(d_, codes, people))
        d.cooperate(codes)
        details = rng.sample(D_MULTI, len(D_MULTI))
        for t in details[:3]:
            d.add(1, t, codes)
        d.extras += [(1, t, (codes,)) for t in details[3:]] + [(2, Q_ANY[1], (p,)) for p in people]
        n_quotes = rng.randint(2, 3)
        for p, t in zip(rng.sample(people, n_quotes), rng.sample(Q_AGREEMENT, n_quotes), strict=True):
            d.add(2, t, p)
        if rng.random() < 0.3:
            fed = self.federal(codes[0], {p.surname for p in people})
            d.add(2, rng.choice(FED_PRESENT), fed)

    def _venue(self, codes: list[str], budget: int) -> str:
        """Where an event takes place: a participant's capital, a named forum (whose name may hold
        an optional region) or another region's capital. ``budget`` is how many more regions the
        document may name (a federal city as venue is a region named)."""
        rng = self.rng
        roll = rng.random()
        if roll < 0.4:
            return rng.choice(codes)
        if roll < 0.75:
            for _ in range(10):
                name, opt, host = rng.choice(EVENTS)
                if opt in codes or (host in FEDERAL_CITIES and host not in codes and budget < 1):
                    continue
                return f"event:{name}:{opt or ''}:{host or ''}"
        c = rng.choice(self.codes)
        if c in FEDERAL_CITIES and c not in codes and budget < 1:
            return codes[0]
        return c

    def _venue_text(self, d: _Doc, venue: str) -> str:
        """«в Томске» or «в рамках Гайдаровского форума в Москве»."""
        if not venue.startswith("event:"):
            return d.city(venue)
        _, name, opt, host = venue.split(":")
        prep = self.rng.choice(["в рамках", "на полях", "на площадке", "во время"])
        text = f"{prep} {inflect_phrase(name, 'gent')}"
        if opt:
            d.optional[opt] = None
        if host and self.rng.random() < 0.5:
            text += " " + d.city(host)
        return text

    def _w_event(self, d: _Doc) -> None:
        rng = self.rng
        k = rng.choice([2, 3, 3, 4])
        codes = self._regions(k, [], set())
        rng.shuffle(codes)
        people = self._people(codes, [30, 20, 20, 20, 10])
        venue = self._venue(codes, 4 - k)
        d.add(0, lambda d_: rng.choice(H_EVENT)(d_, codes))
        d.body = True
        d.add(0, lambda d_: rng.choice(L_EVENT)(d_, codes, self._venue_text(d_, venue), people))
        d.cooperate(codes)
        for p in people:
            if p not in d.introduced:
                d.add(
                    0,
                    lambda d_, p=p: (
                        f"{_cap(d_.RA(p.region, 'делегация', 'accs'))} "
                        f"{d_.v(p, 'возглавил')} {d_.P(p, region_in_post=False)}."
                    ),
                )
        details = rng.sample(D_EVENT, len(D_EVENT))
        for t in details[:3]:
            d.add(1, t, codes)
        d.extras += [(1, t, (codes,)) for t in details[3:]] + [(2, Q_ANY[2], (p,)) for p in people]
        n_quotes = min(len(people), rng.randint(2, 3))
        for p, t in zip(rng.sample(people, n_quotes), rng.sample(Q_ANY, n_quotes), strict=True):
            d.add(2, t, p)

    def _w_visit(self, d: _Doc) -> None:
        rng = self.rng
        a, b = self._regions(2, [], set())
        if rng.random() < 0.5:
            a, b = b, a
        pa = self._people([a], [10, 50, 30, 10, 0])[0]
        pb = self._people([b], [60, 25, 15, 0, 0], {pa.surname})[0]
        d.add(0, lambda d_: rng.choice(H_VISIT)(d_, a, b))
        d.body = True
        d.add(0, lambda d_: rng.choice(L_VISIT)(d_, a, b, pa, pb))
        d.cooperate([a, b])
        details = rng.sample(D_VISIT, len(D_VISIT))
        for t in details[:3]:
            d.add(1, t, a, b)
        d.extras += [(1, t, (a, b)) for t in details[3:]] + [(2, Q_ANY[1], (p,)) for p in (pa, pb)]
        for p, t in zip([pa, pb], rng.sample(Q_ANY, 2), strict=True):
            d.add(2, t, p)
        d.add(3, rng.choice(B_TIES))
        if rng.random() < 0.35:
            c = self._regions(3, [a, b], set())[2]
            d.add(3, rng.choice(B_MENTION), c)

    def _w_airr_meeting(self, d: _Doc) -> None:
        rng = self.rng
        d.airr = True
        chair = self.chair()
        with_chair = rng.random() < 0.75
        moscow = rng.random() < 0.5
        exclude = ({CHAIR_REGION} if with_chair else set()) | ({"RU-MOW"} if moscow else set())
        least = 1 if with_chair else 2
        room = 4 - (1 if with_chair else 0) - (1 if moscow else 0)
        k = rng.randint(least, max(least, min(3, room)))
        codes = self._regions(k, [], exclude)
        people = self._people(codes, [70, 30, 0, 0, 0], {chair.surname})
        d.add(0, lambda d_: rng.choice(H_AIRR_MEETING)(d_, codes, people[0]))
        d.body = True
        meeting, of_meeting = rng.choice(
            [
                ("ежегодное общее собрание членов", "собрания"),
                ("заседание Совета", "заседания"),
                ("общее собрание членов", "собрания"),
            ]
        )

        def where(d_: _Doc) -> str:
            return d_.city("RU-MOW") + " " if moscow else ""

        if with_chair:
            d.add(
                0,
                lambda d_: (
                    f"{d_.date_text()} {d_.P(chair)} {d_.v(chair, 'провёл')} "
                    f"{where(d_)}{meeting} {d_.airr_name('gent')}."
                ),
            )
            took = "участвовали" if len(people) > 1 else d.v(people[0], "участвовал")
            d.add(0, lambda d_: f"В работе {of_meeting} {took} {d_.P_list(people, 'nomn')}.")
            d.optional_members[CHAIR_REGION] = None
            d.cooperate(codes + [CHAIR_REGION])
        else:
            d.add(
                0,
                lambda d_: (
                    f"{d_.date_text()} {where(d_)}прошло {meeting} {d_.airr_name('gent')}. "
                    f"В нём приняли участие {d_.P_list(people, 'nomn')}."
                ),
            )
            d.cooperate(codes)
        for c in codes:
            d.member(c)
        d.add(
            1,
            lambda d_: (
                f"Участники обсудили итоги {d_.day.year - 1} года и определили приоритеты "
                f"ассоциации на {d_.day.year} год."
            ),
        )
        details = rng.sample(D_AIRR_MEETING, len(D_AIRR_MEETING))
        for t in details[:2]:
            d.add(1, t, codes)
        background = rng.sample(AIRR_BACKGROUND, len(AIRR_BACKGROUND))
        d.add(3, background[0])
        d.extras += [(1, t, (codes,)) for t in details[2:]] + [(3, t, ()) for t in background[1:]]
        d.extras += [(2, Q_ANY[2], (p,)) for p in people]
        if rng.random() < 0.6:
            director = self.director()
            d.add(2, lambda d_: f"«{d_.pick(AIRR_QUOTES)}», — {d_.v(director, 'сказал')} {d_.P(director)}.")
        p = rng.choice(people)
        d.add(2, lambda d_: f"«{d_.pick(AIRR_QUOTES)}», — {d_.v(p, 'отметил')} {d_.P(p)}.")

    def _w_airr_join(self, d: _Doc) -> None:
        rng = self.rng
        d.airr = True
        with_chair = rng.random() < 0.6
        exclude = {CHAIR_REGION} if with_chair else set()
        x = self._regions(1, [], exclude)[0]
        n_listed = rng.randint(0 if with_chair else 1, 4 - 1 - (1 if with_chair else 0))
        listed = self._regions(1 + n_listed, [x], exclude)[1:]
        px = self._people([x], [70, 20, 10, 0, 0], {self.chair().surname})[0]
        d.add(0, lambda d_: rng.choice(H_AIRR_JOIN)(d_, x))
        d.body = True
        d.add(0, lambda d_: rng.choice(L_AIRR_JOIN)(d_, x, px))
        d.member(x)
        d.add(0, lambda d_: f"Регион стал {rng.choice(ORDINALS_INS)} участником объединения.")
        details = rng.sample(D_AIRR_JOIN, len(D_AIRR_JOIN))
        for t in details[:2]:
            d.add(1, t, x)
        d.extras += [(1, t, (x,)) for t in details[2:]]
        if listed:
            verb = "входит" if len(listed) == 1 else "входят"
            d.add(1, lambda d_: f"В ассоциацию уже {verb} {d_.R_list(listed, 'nomn')}.")
            for c in listed:
                d.member(c)
        if with_chair:
            chair = self.chair()
            goal = rng.choice(
                [
                    "укреплению технологического суверенитета страны",
                    "развитию инноваций",
                    "обмену опытом между регионами",
                ]
            )
            d.add(
                2,
                lambda d_: (
                    f"По словам {d_.P(chair, 'gent')}, присоединение {d_.R(x, 'gent')} поможет {goal}."
                ),
            )
            d.optional_members[CHAIR_REGION] = None
        d.add(2, lambda d_: f"«{d_.pick(AIRR_QUOTES)}», — {d_.v(px, 'отметил')} {d_.P(px)}.")
        background = rng.sample(AIRR_BACKGROUND, len(AIRR_BACKGROUND))
        d.add(3, background[0])
        d.extras += [(3, t, ()) for t in background[1:]] + [(2, Q_ANY[2], (px,))]

    def _w_airr_session(self, d: _Doc) -> None:
        rng = self.rng
        d.airr = True
        k = rng.randint(2, 3)
        codes = self._regions(k, [], set())
        rng.shuffle(codes)
        people = self._people(codes, [5, 20, 30, 40, 5])
        host = rng.choice(codes)
        total = rng.randint(k + 3, 15)
        heads = [
            lambda d_: f"Стратегическая сессия АИРР прошла {d_.city(host)}",
            lambda d_: f"Регионы АИРР обсудили {rng.choice(TOPICS_ACC)}",
            lambda d_: "Участники АИРР провели стратегическую сессию",
        ]
        d.add(0, rng.choice(heads))
        d.body = True
        d.add(
            0,
            lambda d_: (
                f"Представители {total} регионов — участников {d_.airr_name('gent')} провели "
                f"{d_.city(host)} стратегическую сессию «{rng.choice(SESSION_TITLES)}»."
            ),
        )
        d.add(0, lambda d_: f"В работе сессии участвовали {d_.P_list(people, 'nomn')}.")
        for c in codes:
            d.member(c)
        d.cooperate(codes)
        details = rng.sample(D_AIRR_SESSION, len(D_AIRR_SESSION))
        for t in details[:2]:
            d.add(1, t, codes)
        d.extras += [(1, t, (codes,)) for t in details[2:]] + [(2, Q_ANY[1], (p,)) for p in people]
        for p in rng.sample(people, 2):
            d.add(
                2, lambda d_, p=p: f"«{d_.pick(AIRR_QUOTES + QUOTES)}», — {d_.v(p, 'рассказал')} {d_.P(p)}."
            )
        background = rng.sample(AIRR_BACKGROUND, len(AIRR_BACKGROUND))
        d.add(3, background[0])
        d.extras += [(3, t, ()) for t in background[1:]]

    def _finish(self, d: _Doc) -> str:
        """Headline, blank line, 2–4 paragraphs of 150–400 words: the writer's reserve sentences
        are added up to a length drawn for the document, then generic fillers if still short;
        sentences that named nothing new are dropped if too long."""
        rng = self.rng
        target = rng.randint(170, 330)
        rng.shuffle(d.extras)
        head_words = _words(d.pars[0][0][0])
        while d.extras and sum(_words(s) for p in d.pars for s, _ in p) - head_words < target:
            par, template, args = d.extras.pop()
            if (id(template), repr(args)) in d.done:
                continue
            while par < 3 and len(d.pars) > par and len(d.pars[par]) >= 5:
                par += 1  # a paragraph of at most five sentences; the rest goes further down
            if len(d.pars) <= par or len(d.pars[par]) < 5:
                d.add(par, template, *args)
        headline = d.pars[0].pop(0)[0]
        pars = [p for p in d.pars if p]
        fillers = rng.sample(FILLERS, len(FILLERS))

        def count() -> int:
            return sum(_words(s) for p in pars for s, _ in p)

        while len(pars) < 2 or count() < MIN_WORDS:
            if not fillers:
                raise _Retry
            s = fillers.pop()
            if len(pars) < 4 and (len(pars) < 2 or rng.random() < 0.25):
                pars.append([(s, True)])
            else:
                rng.choice(pars[1:]).append((s, True))
        while count() > MAX_WORDS:
            for p in reversed(pars):
                drop = [i for i, (_, ok) in enumerate(p) if ok]
                if drop and (len(p) > 1 or len(pars) > 2):
                    p.pop(drop[-1])
                    break
            else:
                raise _Retry
            pars = [p for p in pars if p]
        if len(pars) > 4:
            raise _Retry
        if len(pars) == 4 and rng.random() < 0.3:  # not every story has a background paragraph
            pars[2:] = [pars[2] + pars[3]]
        body = "\n\n".join(" ".join(s for s, _ in p) for p in pars)
        return f"{headline.rstrip('.')}\n\n{body}\n"


def _gold(d: _Doc) -> dict[str, Any]:
    """The gold record, in the shape of the dev corpus's YAML."""
    optional = [c for c in d.optional if c not in d.regions]
    reg = list(d.regions)
    persons = []
    for p, roles in d.persons.items():
        item: dict[str, Any] = {"name": p.name, "roles": roles}
        if p.region and any(post.region for post in p.posts):
            item["region"] = p.region
        persons.append(item)
    pairs = [[a, b] for a, b in d.pairs if a in d.regions and b in d.regions]
    all_pairs = len(reg) * (len(reg) - 1) // 2
    coop: Any = "clique" if len(reg) >= 3 and len(pairs) == all_pairs else pairs
    gold: dict[str, Any] = {"regions": reg}
    if optional:
        gold["optional_regions"] = optional
    gold["persons"] = persons
    gold["cooperation"] = coop
    gold["memberships"] = [[c, AIRR] for c in d.members if c not in d.optional_members]
    if d.optional_members:
        gold["optional_memberships"] = list(d.optional_members)
    return gold


def gold_yaml(gold: dict[str, Any]) -> str:
    """The gold as YAML in the dev corpus's flow style (no YAML library needed to write it)."""

    def flow(items: list[str]) -> str:
        return "[" + ", ".join(items) + "]"

    lines = [f"regions: {flow(gold['regions'])}"]
    if gold.get("optional_regions"):
        lines.append(f"optional_regions: {flow(gold['optional_regions'])}")
    if gold["persons"]:
        lines.append("persons:")
        for p in gold["persons"]:
            item = f"name: {p['name']}, roles: {flow(p['roles'])}"
            if p.get("region"):
                item += f", region: {p['region']}"
            lines.append(f"  - {{{item}}}")
    else:
        lines.append("persons: []")
    coop = gold["cooperation"]
    if coop == "clique":
        lines.append("cooperation: clique")
    elif coop:
        lines.append("cooperation:")
        lines.extend(f"  - {flow(pair)}" for pair in coop)
    else:
        lines.append("cooperation: []")
    if gold["memberships"]:
        lines.append("memberships:")
        lines.extend(f"  - {flow(m)}" for m in gold["memberships"])
    else:
        lines.append("memberships: []")
    if gold.get("optional_memberships"):
        lines.append(f"optional_memberships: {flow(gold['optional_memberships'])}")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------------
# API and command line
# ---------------------------------------------------------------------------------------------

URL_BASE = "https://news.example.org/regions/"


def documents(n: int, seed: int = 0) -> Iterator[dict[str, Any]]:
    """n documents as records: name, text, title, date, url, gold."""
    gen = _Generator(seed)
    width = max(5, len(str(n)))
    for i in range(1, n + 1):
        name = f"syn{i:0{width}d}"
        text, gold, day = gen.document()
        yield {
            "name": name,
            "text": text,
            "title": text.split("\n", 1)[0],
            "date": day,
            "url": URL_BASE + name,
            "gold": gold,
        }


def generate(n: int, seed: int = 0) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """n documents as (name, text, gold); the same seed gives the same corpus."""
    for doc in documents(n, seed):
        yield doc["name"], doc["text"], doc["gold"]


def write(out: Path, n: int, seed: int = 0, fmt: str = "txt") -> int:
    """Write the corpus to ``out``; returns the number of documents written."""
    out.mkdir(parents=True, exist_ok=True)
    count = 0
    if fmt == "txt":
        for doc in documents(n, seed):
            (out / f"{doc['name']}.txt").write_text(doc["text"], encoding="utf-8")
            (out / f"{doc['name']}.gold.yaml").write_text(gold_yaml(doc["gold"]), encoding="utf-8")
            count += 1
        return count
    with (
        (out / "corpus.jsonl").open("w", encoding="utf-8") as texts,
        (out / "gold.jsonl").open("w", encoding="utf-8") as golds,
    ):
        for doc in documents(n, seed):
            record = {"text": doc["text"], "title": doc["title"], "date": doc["date"], "url": doc["url"]}
            texts.write(json.dumps(record, ensure_ascii=False) + "\n")
            golds.write(json.dumps({"url": doc["url"], **doc["gold"]}, ensure_ascii=False) + "\n")
            count += 1
    return count


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("out", type=Path, help="directory to write into (created if missing)")
    ap.add_argument("-n", type=int, default=100, help="number of documents (default 100)")
    ap.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    ap.add_argument(
        "--format",
        choices=("txt", "jsonl"),
        default="txt",
        help="txt: NAME.txt + NAME.gold.yaml; jsonl: corpus.jsonl + gold.jsonl",
    )
    a = ap.parse_args(argv)
    if a.n < 0:
        ap.error("-n must be ≥ 0")
    start = time.perf_counter()
    count = write(a.out, a.n, a.seed, a.format)
    print(f"generate: {count} documents in {a.out} ({time.perf_counter() - start:.1f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
