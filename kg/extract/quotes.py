"""Quotes: what was said in «…», and by whom.

The genre attributes a quote after it («…», — рассказал генеральный директор … Павел Гранков)
or before it (Мезенцев отметил: «…»). The speaker is the first person named right after the
closing mark in the same sentence, else the last one named before the opening mark.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .lexicon import words
from .nlp import ParsedText, Token
from .records import PersonMention, PlaceMention, Post, Quote

_QUOTE = re.compile(r"«((?:[^«»]|«[^«»]*»)+)»")
_SPEECH_VERBS = words("speech_verbs")
_ROLE_HEADS = words("role_heads")
#: titles of a region's head, which name one post: «— сказал глава Прикамья», «… Ил Дархан»
_HEAD_TITLES = frozenset({"глава", "губернатор", "раис", "дархан", "президент"})
#: a head's title that only one region uses, and so names it: the Rais of Tatarstan, Yakutia's Ил Дархан
_TITLES_OF_ONE_REGION = {"раис": "RU-TA", "дархан": "RU-SA"}


def find_quotes(
    parsed: ParsedText,
    mentions: list[PersonMention],
    posts: list[Post] = (),
    places: list[PlaceMention] = (),
) -> list[Quote]:
    """Quoted speech with its speaker where the text names one, by name or by a post only one
    person in the text holds («— сказал глава Прикамья»)."""
    tokens = parsed.tokens
    starts = [t.start for t in tokens]
    quotes = []
    for m in _QUOTE.finditer(parsed.text):
        text = m.group(1).strip()
        if len(text.split()) < 5:
            continue  # a name in quotes («Роснано»), not speech
        at = bisect_left(starts, m.end())
        after = tokens[at : at + 25]
        begin = bisect_left(starts, m.start())
        before = tokens[max(0, begin - 25) : begin]
        speaker = _speaker_after(after, mentions)
        if speaker is None:
            speaker = _speaker_before(before, mentions)
        if speaker is None:
            speaker = _speaker_by_title(after, mentions, posts, places)
        if speaker is None:
            speaker = _speaker_by_pronoun(after, mentions, begin)
        if speaker is None and not _attributed(after):
            continue  # a long quoted name («Агентство … Калужской области»), not speech
        sent = tokens[begin].sent if begin < len(tokens) else 0
        quotes.append(Quote(text=text, speaker=speaker, sent=sent, start=m.start(1), stop=m.end(1)))
    return quotes


def _speaker_after(after: list[Token], mentions: list[PersonMention]) -> int | None:
    """«…», — рассказал генеральный директор … Павел Гранков."""
    if not _attributed(after):
        return None
    stop = next((t.i for t in after if t.text in ".!?" and t.i > after[0].i + 1), after[-1].i + 1)
    return next((pm.person for pm in mentions if after[0].i <= pm.first < stop), None)


def _speaker_by_title(
    after: list[Token], mentions: list[PersonMention], posts: list[Post], places: list[PlaceMention]
) -> int | None:
    """«…», — сказал глава Прикамья: the one person the text gives that post, in the region the
    attribution names (a region's head by any of its titles)."""
    if not _attributed(after) or not posts:
        return None
    stop = next((t.i for t in after if t.text in ".!?" and t.i > after[0].i + 1), after[-1].i + 1)
    if any(after[0].i <= pm.first < stop for pm in mentions):
        return None
    span = [t for t in after if t.i < stop]
    title = next((t.lemma for t in span if t.lemma in _ROLE_HEADS or t.lemma in _HEAD_TITLES), None)
    if title is None:
        return None
    named = {p.code for p in places if p.kind == "region" and span[0].i <= p.first < stop}
    if not named and title in _TITLES_OF_ONE_REGION:
        named = {_TITLES_OF_ONE_REGION[title]}
    if len(named) > 1:
        return None

    def holds(post: Post) -> bool:
        first = post.role.split()[0]
        same = first in _HEAD_TITLES if title in _HEAD_TITLES else first == title
        return same and (not named or post.region in named) and not post.role.startswith("бывш")

    holders = {post.person for post in posts if holds(post)}
    return holders.pop() if len(holders) == 1 else None


def _speaker_by_pronoun(after: list[Token], mentions: list[PersonMention], begin: int) -> int | None:
    """«Сессию открыл губернатор … Александр Моор. «…», — сказал он»: the one named last before
    the quote, in the sentence before it or its own."""
    if not _attributed(after):
        return None
    stop = next((t.i for t in after if t.text in ".!?" and t.i > after[0].i + 1), after[-1].i + 1)
    if not any(t.text.lower() in ("он", "она") for t in after if t.i < stop):
        return None
    sent = after[0].sent
    before = [m for m in mentions if m.first < begin and sent - 2 <= m.sent]
    return before[-1].person if before else None


def _speaker_before(before: list[Token], mentions: list[PersonMention]) -> int | None:
    """Мезенцев отметил: «…»."""
    if not before or before[-1].text != ":" or not any(t.lemma in _SPEECH_VERBS for t in before[-6:]):
        return None
    lead = [pm for pm in mentions if before[0].i <= pm.first < before[-1].i]
    return lead[-1].person if lead else None


def _attributed(after: list[Token]) -> bool:
    """«…», — сказал кто-то: a quote followed by a speech verb, even where the speaker is unnamed."""
    opens = bool(after) and (after[0].text in ",—–-" or (len(after) > 1 and after[1].text in "—–-"))
    return opens and any(t.lemma in _SPEECH_VERBS for t in after[:8])
