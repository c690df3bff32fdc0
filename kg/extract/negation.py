"""Negation: whether a sentence puts a verb under «не», and whether it denies that someone came.

Both the reading of places («оба региона» must skip a region that did not come) and of relations
(a region that stayed away took no part) ask this, so it lives apart from either.
"""

from __future__ import annotations

from .nlp import ParsedText

#: verbs of coming to an event, sending someone or joining in: under «не», the region stayed away
ATTENDING = frozenset(
    {
        "приехать",
        "прибыть",
        "направить",
        "прислать",
        "подключиться",
        "подключаться",
        "приезжать",
        "участвовать",
        "присутствовать",
        "явиться",
        "представить",
        "смочь",
    }
)
#: verbs of taking part («приняли участие», «принимали участие», «участвовали»)
TAKE_PART = frozenset({"принять", "принимать", "участвовать"})


def negated(parsed: ParsedText, sent: int, verbs: frozenset[str]) -> bool:
    """«округ пока не входит в ассоциацию»: one of the verbs under «не» — or a short participle
    with «не» after it («Иркутская область представлена не была»)."""
    s = parsed.sentences[sent]
    tokens = parsed.tokens[s.first : s.last]

    def under_ne(k: int) -> bool:
        before = {x.lemma for x in tokens[max(0, k - 2) : k]}
        participle = tokens[k].feats.get("VerbForm") == "Part"
        after = {x.lemma for x in tokens[k + 1 : k + 3]} if participle else set()
        return "не" in before | after

    return any(t.lemma in verbs and under_ne(k) for k, t in enumerate(tokens))


#: verbs of bringing a region into a project, and of meaning to
_BRINGING_IN = frozenset({"привлекать", "привлечь", "подключать", "подключить"})
_MEANING_TO = frozenset({"планировать", "собираться", "намереваться"})


#: verbs of managing to do something: under «не», what they govern did not happen
_MANAGING = frozenset({"удаться", "смочь", "суметь", "получиться"})


#: gatherings one may be absent from
_GATHERINGS = frozenset({"сессия", "заседание", "совещание", "собрание", "форум", "встреча", "конференция"})


def stayed_away(parsed: ParsedText, sent: int) -> bool:
    """«делегация в Уфу не приехала», «своего представителя не направил», «участия в заседании не
    принимали», «от участия отказалась»: does the sentence deny that someone came or took part?"""
    s = parsed.sentences[sent]
    lemmas = {t.lemma for t in parsed.tokens[s.first : s.last]}
    # «от участия отказалась», «отказался от поездки»: declining is not coming either
    declined = "отказаться" in lemmas and lemmas & {"участие", "поездка", "визит", "приглашение"}
    # «Республику Алтай к проекту привлекать не планируют»: not brought in
    left_out = lemmas & _BRINGING_IN and negated(parsed, sent, _BRINGING_IN | _MEANING_TO)
    # «подключиться орловским коллегам не удалось», «приехать не смогли»
    failed = lemmas & ATTENDING and negated(parsed, sent, _MANAGING)
    # «А вот Курской области на сессии не было»: no one of it at the gathering
    absent = bool(lemmas & _GATHERINGS) and negated(parsed, sent, frozenset({"быть"}))
    return (
        absent
        or bool(left_out)
        or bool(failed)
        or negated(parsed, sent, ATTENDING)
        or ("участие" in lemmas and negated(parsed, sent, TAKE_PART))
        or bool(declined)
    )
