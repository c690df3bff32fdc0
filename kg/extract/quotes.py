"""Quotes: what was said in «…», and by whom.

The genre attributes a quote after it («…», — рассказал генеральный директор … Павел Гранков)
or before it (Мезенцев отметил: «…»). The speaker is the first person named right after the
closing mark in the same sentence, else the last one named before the opening mark.
"""

from __future__ import annotations

import re

from .nlp import ParsedText
from .records import PersonMention, Quote

_QUOTE = re.compile(r"«((?:[^«»]|«[^«»]*»)+)»")
_SPEECH_VERBS = frozenset(
    [
        "сказать",
        "рассказать",
        "отметить",
        "подчеркнуть",
        "заявить",
        "пояснить",
        "поделиться",
        "добавить",
        "сообщить",
        "считать",
        "уточнить",
        "напомнить",
        "резюмировать",
        "выразить",
        "признаться",
        "заметить",
    ]
)


def find_quotes(parsed: ParsedText, mentions: list[PersonMention]) -> list[Quote]:
    quotes = []
    tokens = parsed.tokens
    for m in _QUOTE.finditer(parsed.text):
        text = m.group(1).strip()
        if len(text.split()) < 5:
            continue  # a name in quotes («Роснано»), not speech
        after = [t for t in tokens if m.end() <= t.start < m.end() + 200]
        speaker = None
        if after and after[0].text in (",", "—", "–", "-") or (len(after) > 1 and after[1].text in "—–-"):
            window = after[:25]
            if any(t.lemma in _SPEECH_VERBS for t in window):
                stop = next(
                    (t.i for t in window if t.text in ".!?" and t.i > window[0].i + 1), window[-1].i + 1
                )
                speaker = next((pm.person for pm in mentions if window[0].i <= pm.first < stop), None)
        if speaker is None:
            before = [t for t in tokens if m.start() - 200 <= t.stop <= m.start()]
            if before and before[-1].text == ":" and any(t.lemma in _SPEECH_VERBS for t in before[-6:]):
                lead = [pm for pm in mentions if before[0].i <= pm.first < before[-1].i]
                speaker = lead[-1].person if lead else None
        if speaker is None and not _attributed(after):
            continue  # a long quoted name («Агентство … Калужской области»), not speech
        first_token = next((t for t in tokens if t.start >= m.start()), None)
        quotes.append(Quote(text=text, speaker=speaker, sent=first_token.sent if first_token else 0))
    return quotes


def _attributed(after: list) -> bool:
    """«…», — сказал кто-то: a quote followed by a speech verb, even where the speaker is unnamed."""
    return bool(after) and after[0].text in ",—–-" and any(t.lemma in _SPEECH_VERBS for t in after[:6])
