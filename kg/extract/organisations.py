"""Organisations: whole names in the nominative, abbreviations tied to full names, legal forms apart.

Known organisations come from ``ontology/organisations.csv``; others are read from the text
(natasha's ORG spans, quoted names after a legal form, the complement of a post). A name
followed by an abbreviation in brackets («Ассоциация инновационных регионов России (АИРР)»)
ties the two.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache

from ..resources import ontology_path
from ..slug import slugify
from ..text import fold
from .gazetteer import gazetteer
from .lexicon import words
from .nlp import ParsedText, Token, lemma_candidates, models, nominative
from .records import Organisation, PlaceMention

#: organisational and legal forms, kept as a property rather than as part of the name
LEGAL_FORMS = words("legal_forms")
LEGAL_FORM_WORDS = words("legal_form_words")
BODY_KINDS = words("body_kinds")
#: words for the country as a whole: not an organisation, not a region
COUNTRY_WORDS = frozenset({"рф", "россия", "российский", "федерация"})
_QUOTED = re.compile(r"«([^«»]*(?:«[^«»]*»[^«»]*)*)»|\"([^\"]+)\"|“([^”]+)”")


@dataclass(frozen=True, slots=True)
class KnownOrg:
    key: str
    name: str
    abbreviations: tuple[str, ...]
    aliases: tuple[str, ...]
    legal_form: str
    region: str
    kind: str


@cache
def known_organisations() -> tuple[dict[str, KnownOrg], dict[str, str], dict[tuple[str, ...], str]]:
    """The lexicon: by key, abbreviation → key, and lemma sequence of each name → key."""
    by_key: dict[str, KnownOrg] = {}
    by_abbr: dict[str, str] = {}
    by_lemmas: dict[tuple[str, ...], str] = {}
    path = ontology_path("organisations.csv")
    if not path.is_file():
        return by_key, by_abbr, by_lemmas
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            split = lambda cell: tuple(x.strip() for x in (cell or "").split(";") if x.strip())  # noqa: E731
            org = KnownOrg(
                row["key"],
                row["name_ru"],
                split(row["abbreviations"]),
                split(row["aliases"]),
                row.get("legal_form", ""),
                row.get("region", ""),
                row.get("kind", ""),
            )
            by_key[org.key] = org
            for abbr in org.abbreviations:
                by_abbr[abbr] = org.key
            for name in (org.name, *org.aliases):
                by_lemmas[name_key(name)] = org.key
    return by_key, by_abbr, by_lemmas


def name_key(name: str) -> tuple[str, ...]:
    """An organisation name as a tuple of lemmas, so that cases do not split identities."""
    name = re.sub(r"\bРФ\b", "Российской Федерации", name)
    words = re.findall(r"\w[\w-]*", fold(name))
    return tuple(min(lemma_candidates(w)) if len(lemma_candidates(w)) else w for w in words)


def association_within(org: Organisation) -> Organisation | None:
    """«Совет Ассоциации инновационных регионов России»: a body whose name ends with a known
    association's name speaks for that association."""
    words = [lemma_candidates(w) for w in re.findall(r"\w[\w-]*", org.name)]
    for known in known_organisations()[0].values():
        if known.kind != "association":
            continue
        for name in (known.name, *known.aliases):
            tail = [lemma_candidates(w) for w in re.findall(r"\w[\w-]*", name)]
            if 0 < len(tail) < len(words) and all(
                a & b for a, b in zip(words[-len(tail) :], tail, strict=True)
            ):
                return from_known(known.key)
    return None


def from_known(key: str) -> Organisation:
    org = known_organisations()[0][key]
    return Organisation(
        key=org.key,
        name=org.name,
        abbreviations=org.abbreviations,
        legal_form=org.legal_form,
        region=org.region or None,
        rule="organisation lexicon",
    )


def _country_word_first(tokens: list[Token]) -> bool:
    """The country named before the body — but «Российские железные дороги», «Российский фонд
    прямых инвестиций»: the adjective begins the body's own name unless it is «Российской
    Федерации»."""
    first = tokens[0]
    if first.lemma not in COUNTRY_WORDS and first.text.lower() not in COUNTRY_WORDS:
        return False
    if first.lemma == "российский" and first.pos == "ADJ":
        return len(tokens) > 1 and tokens[1].lemma == "федерация"
    return True


def _region_in_compound(words: list[Token]) -> str | None:
    """«Технопарк-Мордовия», «Агропарк-Кубань»: a region's one-word name after a hyphen inside a
    word of the body's name, which the place finder, reading whole words, does not see."""
    for t in words:
        head, _, tail = t.text.partition("-")
        if not (head and tail[:1].isupper()):
            continue
        for entry in gazetteer().names.get(fold(tail), []):
            if entry.kind == "region" and len(entry.words) == 1:
                return entry.code
    return None


def resolve(parsed: ParsedText, first: int, last: int, places: list[PlaceMention]) -> Organisation | None:
    """The organisation a token range names, or None when it names only places or the country."""
    tokens = [t for t in parsed.tokens[first:last]]

    def unbalanced(close: str, open_: str) -> bool:
        return sum(t.text == close for t in tokens) > sum(t.text == open_ for t in tokens)

    # «Рослесхоз)», «Ульяновская область) и», «холдинг»»: what closes or goes on past the name
    while tokens and (
        tokens[-1].text in (",", ";", ":", "—", "–", "-", "(", ".")
        or tokens[-1].pos == "CCONJ"
        or (tokens[-1].text == ")" and unbalanced(")", "("))
        or (tokens[-1].text == "»" and unbalanced("»", "«"))
    ):
        tokens.pop()
    if not tokens:
        return None
    while tokens and _country_word_first(tokens):
        tokens = tokens[1:]  # «Президента России в Сибирском федеральном округе»: the country is not the body
    if not tokens or tokens[0].pos == "ADP":
        return None
    place_tokens = {i for p in places for i in range(p.first, p.last)}
    # «[заместитель мэра] Москвы по вопросам экономической политики»: a place, then the post's
    # portfolio — no body at all (but «Агентство Республики Саха по …» is one)
    portfolio = next((k for k, t in enumerate(tokens) if t.i not in place_tokens), None)
    if portfolio and tokens[portfolio].text == "по":
        return None
    region_at = {i: p for p in places if p.kind == "region" for i in range(p.first, p.last)}
    if tokens[0].i in region_at:
        after = region_at[tokens[0].i].last
        if after <= tokens[-1].i and parsed.tokens[after].pos == "ADP":
            # «[постоянный представитель] Республики Башкортостан при Президенте РФ», «[заместитель
            # мэра] Москвы в правительстве Москвы …»: the region, then where the post is held
            return None
    text = parsed.span_text(tokens[0].i, tokens[-1].i + 1)
    words = [t for t in tokens if t.is_word]
    if all(t.i in place_tokens or t.text.lower() in COUNTRY_WORDS or t.lemma in COUNTRY_WORDS for t in words):
        return None
    _, by_abbr, by_lemmas = known_organisations()
    abbr_in_brackets = re.search(r"\(([A-ZА-ЯЁ][A-ZА-ЯЁa-zа-яё.\-]{1,12})\)\s*$", text)
    for abbr in ([abbr_in_brackets.group(1)] if abbr_in_brackets else []) + [w.text for w in words]:
        if abbr in by_abbr:
            return from_known(by_abbr[abbr])
    bare = text[: abbr_in_brackets.start()].strip() if abbr_in_brackets else text
    legal_form, name = split_legal_form(bare, tokens)
    if not name:
        return None
    key = name_key(name)
    if key in by_lemmas:
        return from_known(by_lemmas[key])
    region = next((p.code for p in places if p.kind == "region" and first <= p.first < last), None)
    if region is None and words[0].capitalized:
        # «Мордовский государственный университет», «Чувашский …»: the adjective of a people
        # that opens a body's name is its region's, as before «делегация»
        side = next(
            (gazetteer().side_adjectives[x] for x in words[0].lemmas if x in gazetteer().side_adjectives),
            None,
        )
        region = side[1] if side and side[0] == "region" else None
    if region is None:
        region = _region_in_compound(words)
    abbreviations = (abbr_in_brackets.group(1),) if abbr_in_brackets else ()
    return Organisation(
        key=slugify(" ".join(key)) or slugify(name),
        name=name,
        abbreviations=abbreviations,
        legal_form=legal_form,
        region=region,
        rule="name read from the text",
    )


_OBLIQUE = frozenset({"Gen", "Dat", "Ins", "Loc"})


def split_legal_form(text: str, tokens: list[Token]) -> tuple[str, str]:
    """«АО «Агентство …»» → ("АО", "Агентство …"); an unquoted name goes to the nominative."""
    parts = text.split()
    form = ""
    for n in (2, 1):
        if len(parts) > n and " ".join(parts[:n]) in LEGAL_FORMS:
            form, text = " ".join(parts[:n]), " ".join(parts[n:])
            break
    else:
        if len(parts) > 1 and parts[0].lower() in LEGAL_FORM_WORDS and parts[1].startswith(("«", '"')):
            form, text = parts[0].lower(), " ".join(parts[1:])
    quoted = _QUOTED.fullmatch(text.strip())
    if quoted:
        name = next(g for g in quoted.groups() if g is not None).strip()
        inner = [t for t in tokens if t.is_word]
        if not form and inner and inner[0].case in _OBLIQUE and inner[0].pos in ("NOUN", "PROPN", "ADJ"):
            # «генеральный директор «Академпарка»»: without a legal form before it, a quoted name
            # declines with the post; with one («АО «Академпарк»») it stays as it is
            return form, _capitalise(nominative(inner))
        return form, name
    if form:
        return form, text.strip()
    inner = [t for t in tokens if t.is_word or t.text in '«»"()-–—']
    if inner and inner[0].text not in '«"':
        return form, _capitalise(nominative(tokens))
    return form, text.strip()


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def find_organisations(parsed: ParsedText, places: list[PlaceMention]):
    """Organisation mentions: natasha's ORG spans (widened where they stop short) and known abbreviations.

    Yields (Organisation, first, last, rule).
    """
    tokens = parsed.tokens
    seen: set[int] = set()
    found: list[Organisation] = []
    _, by_abbr, _ = known_organisations()
    for span in parsed.spans:
        if span.type != "ORG":
            continue
        last = _widen(parsed, span.first, span.last, places)
        if last + 2 < len(tokens) and tokens[last].text == "(" and tokens[last + 2].text == ")":
            last += 3
        if _no_name(parsed, span.first, last, places):
            continue
        org = resolve(parsed, span.first, last, places)
        if org is not None and " " not in org.name and not org.abbreviations and org.name[1:].islower():
            org = _antecedent(org, found)  # «Ассоциация», «Правительство»: the one named before
        if org is not None and org.region is None:
            region = _region_before(tokens, span.first, places) or region_where_named_again(
                parsed, org.name, places
            )
            if region:
                org = Organisation(org.key, org.name, org.abbreviations, org.legal_form, region, org.rule)
        if org is not None:
            found.append(org)
            seen.update(range(span.first, last))
            yield org, span.first, last, "natasha NER"
    for tok in tokens:
        if tok.i not in seen and tok.text in by_abbr:
            seen.add(tok.i)
            yield from_known(by_abbr[tok.text]), tok.i, tok.i + 1, "known abbreviation"
    # known names NER missed or took for a place («Северо-Восточному федеральному университету»)
    words = [t for t in tokens if t.is_word]
    w = 0
    while w < len(words):
        match = _known_name_at(words, w)
        if match and not seen.intersection(range(words[w].i, words[w + match[0] - 1].i + 1)):
            n, key = match
            first, last = words[w].i, words[w + n - 1].i + 1
            seen.update(range(first, last))
            yield from_known(key), first, last, "known organisation name"
            w += n
        else:
            w += 1


#: the words of posts: a span that opens with one names a post, not a body
_POST_WORDS = words("role_heads")


def _no_name(parsed: ParsedText, first: int, last: int, places: list[PlaceMention]) -> bool:
    """Is natasha's ORG span no organisation's name? A span with a finite verb in it («Кузбасс
    объединят усилия»), adjectives without their noun («Северо-Кавказского молодёжного»), or
    common words capitalised only because they open the sentence («IT-компании обеих республик»,
    «Выездное заседание») — unless the organisation lexicon knows them."""
    tokens = parsed.tokens[first:last]
    words = [t for t in tokens if t.is_word]
    if not words or any(t.text in '«"' for t in tokens):
        return False
    if any(t.is_finite_verb for t in words):
        return True
    if words[0].lemma in _POST_WORDS:
        return True  # «Главы Якутии», «Председателя Правительства Удмуртской Республики»: a post
    if all(t.pos == "ADJ" or t.feats.get("VerbForm") == "Part" for t in words):
        return True
    _, by_abbr, by_lemmas = known_organisations()
    place_tokens = {i for p in places for i in range(p.first, p.last)}
    opens = first == parsed.sentences[words[0].sent].first
    # «Уральский федеральный университет»: an adjective made from a place's name keeps its
    # capital at a sentence's start too
    of_a_place = re.search(r"[сц]к(?:ий|ая|ое|ие|ого|ой|ому|им|ом|их|ую)$", words[0].text) or any(
        part[:1].isupper() for part in words[0].text.split("-")[1:]
    )
    return (
        opens
        and not of_a_place
        and words[0].pos != "PROPN"
        and not words[0].text.isupper()
        and words[0].i not in place_tokens
        and all(t.text.islower() for t in words[1:])
        and not any(t.text in by_abbr for t in words)
        and name_key(" ".join(t.text for t in words)) not in by_lemmas
    )


def _region_before(tokens: list[Token], first: int, places: list[PlaceMention]) -> str | None:
    """«Ставропольский агрохолдинг «Степные просторы»», «красноярская торговая сеть «…»»: a
    region adjective and the kind of body before a quoted name say where the body is; so does a
    region in the genitive after the kind («учреждение Тульской области «Центр …»»)."""
    by_last = {p.last - 1: p for p in places if p.kind == "region" and p.rule.startswith("adjective")}
    k = first - 1
    if k >= 0 and tokens[k].text == "«":
        k -= 1
        genitive = next(
            (
                p
                for p in places
                if p.kind == "region" and p.last - 1 == k and not p.rule.startswith("adjective")
            ),
            None,
        )
        if genitive and genitive.first > 0 and tokens[genitive.first - 1].text.islower():
            return genitive.code
    kinds = 0
    while k >= 0 and kinds < 2 and tokens[k].is_word and tokens[k].text.islower() and k not in by_last:
        kinds += 1
        k -= 1
    return by_last[k].code if kinds and k in by_last else None


def region_where_named_again(parsed: ParsedText, name: str, places: list[PlaceMention]) -> str | None:
    """«Ставропольский агрохолдинг «Степные просторы» …», then «директор «Степных просторов»»:
    natasha may tag only a later mention of a name; the mention with a region adjective before it
    says where the body is."""
    sets = [lemma_candidates(w) for w in name.split()]
    in_text = [t for t in parsed.tokens if t.is_word]
    for w in range(len(in_text) - len(sets) + 1):
        if all(sets[k] & in_text[w + k].lemmas for k in range(len(sets))):
            region = _region_before(parsed.tokens, in_text[w].i, places)
            if region:
                return region
    return None


#: collegial bodies a chairman heads: «Совет ассоциации … его председатель» is «председатель совета»
_COLLEGIAL = frozenset({"совет", "комиссия", "правление", "президиум"})


@cache
def head_kind(name: str) -> str | None:
    """The kind noun an organisation's name opens with, past its adjectives («Ассоциация
    инновационных регионов России», «тюменское Агентство …», «Совет ассоциации»), as its lemma;
    None where the first noun is no kind of body. A title says it: «директор ассоциации»."""
    for word in name.split():
        if not word[:1].isalpha():
            continue
        parses = models().vocab.parse(word.lower())
        if parses and parses[0].tag.POS == "NOUN" and parses[0].tag.case == "nomn":
            kinds = lemma_candidates(word) & (BODY_KINDS | _COLLEGIAL)
            return min(kinds) if kinds else None
    return None


def kind_where_named(parsed: ParsedText, name: str) -> str | None:
    """«пензенским технопарком «Яблочков»», then «директор «Яблочкова»»: the kind of body the
    text names right before the quoted name somewhere, as its lemma."""
    sets = [lemma_candidates(w) for w in name.split()]
    tokens = parsed.tokens
    for k in range(2, len(tokens) - len(sets) + 1):
        kind = tokens[k - 2]
        if (
            tokens[k - 1].text == "«"
            and kind.lemma in BODY_KINDS
            and kind.text.islower()
            and all(sets[j] & tokens[k + j].lemmas for j in range(len(sets)))
        ):
            return kind.lemma
    return None


@cache
def _name_index() -> dict[str, list[tuple[tuple[frozenset[str], ...], str]]]:
    """First lemma → (lemma sets of each word of a known name or alias, key); longest names first."""
    index: dict[str, list[tuple[tuple[frozenset[str], ...], str]]] = {}
    for key, org in known_organisations()[0].items():
        for name in (org.name, *org.aliases):
            words = re.findall(r"\w[\w-]*", name)
            if len(words) < 2:
                continue  # one-word names are too often ordinary words
            sets = tuple(lemma_candidates(x) for x in words)
            for lemma in sets[0]:
                index.setdefault(lemma, []).append((sets, key))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))
    return index


def _known_name_at(words: list[Token], w: int) -> tuple[int, str] | None:
    lemmas = words[w].lemmas
    candidates = sorted(
        {e for lemma in lemmas for e in _name_index().get(lemma, [])}, key=lambda e: -len(e[0])
    )
    for sets, key in candidates:
        span = words[w : w + len(sets)]
        if len(span) == len(sets) and all(sets[k] & t.lemmas for k, t in enumerate(span)):
            return len(sets), key
    return None


def _antecedent(org: Organisation, found: list[Organisation]) -> Organisation | None:
    """A one-word generic name refers back to the last organisation whose name starts with it."""
    head = name_key(org.name)[:1]
    for earlier in reversed(found):
        if name_key(earlier.name)[:1] == head:
            return earlier
    return None


def _widen(parsed: ParsedText, first: int, last: int, places: list[PlaceMention]) -> int:
    """Where natasha's ORG span stops short of the name: an open quote, «России», a region in the genitive.

    «АО «Агентство инновационного развития» …», «Ассоциации инновационных регионов» + «России»,
    «Центра инновационного развития» + «Томской области» are each one name.
    """
    tokens = parsed.tokens
    sent = tokens[first].sent
    opened = sum(t.text == "«" for t in tokens[first:last]) - sum(t.text == "»" for t in tokens[first:last])
    start, closed = last, None
    while opened > 0 and last < len(tokens) and tokens[last].sent == sent:
        opened += (tokens[last].text == "«") - (tokens[last].text == "»")
        last += 1
        if tokens[last - 1].text == "»":
            closed = last
    if opened > 0:
        # «АУ «Технопарк «Якутия» Туйаара Находкина»: nested quotes that close once end the
        # name at the last closing quote, not at the sentence's end
        last = closed or start
    place_end = {p.first: p.last for p in places if p.kind == "region" and not p.venue}
    while last < len(tokens) and tokens[last].sent == sent:
        if tokens[last].lemma in COUNTRY_WORDS or tokens[last].text.lower() in COUNTRY_WORDS:
            last += 1
        elif last in place_end and tokens[last].case == "Gen":
            last = place_end[last]
        else:
            break
    return last
