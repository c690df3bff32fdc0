"""The natasha adapter: text in, the project's own token and span records out.

natasha runs once per document (segmentation, morphology, NER); its syntax parser runs only on
the sentences a rule asks about (:meth:`ParsedText.head`). Nothing natasha makes leaves this
module: :func:`adapt` converts it into :class:`ParsedText`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache, cached_property, lru_cache
from typing import Any

from ..text import fold


@dataclass(frozen=True, slots=True, eq=False)
class Token:
    """One word or punctuation mark with its morphology; ``i`` is its index in the document."""

    i: int
    text: str
    start: int
    stop: int
    pos: str
    feats: dict[str, str]
    lemma: str
    sent: int

    @property
    def is_word(self) -> bool:
        return self.pos not in ("PUNCT", "SYM") and any(ch.isalnum() for ch in self.text)

    @property
    def lemmas(self) -> frozenset[str]:
        """Every dictionary form of the word, the tagger's lemma among them."""
        return lemma_candidates(self.text) | {self.lemma}

    @property
    def case(self) -> str | None:
        return self.feats.get("Case")

    @property
    def capitalized(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_finite_verb(self) -> bool:
        """A verb in a personal form: what makes a clause a clause («подписали», not «подписав»)."""
        return self.pos == "VERB" and self.feats.get("VerbForm") == "Fin"


@dataclass(frozen=True, slots=True)
class Sentence:
    i: int
    start: int
    stop: int
    first: int  # index of its first token
    last: int  # index one past its last token
    para: int = 0  # the paragraph it stands in (0 is the headline where there is one)


@dataclass(frozen=True, slots=True)
class NerSpan:
    """A natasha NER span (PER, LOC, ORG) over tokens ``[first, last)``; ``normal`` is natasha's
    nominative for a person's name and the text as written for the others."""

    type: str
    start: int
    stop: int
    first: int
    last: int
    text: str
    normal: str


@dataclass(frozen=True, slots=True)
class ParsedText:
    text: str
    tokens: list[Token]
    sentences: list[Sentence]
    spans: list[NerSpan]
    #: each parsed sentence's heads, by sentence index: filled on demand by :meth:`head`
    _heads: dict[int, tuple[int, ...]] = field(default_factory=dict, repr=False, compare=False)

    def head(self, i: int) -> int:
        """The index of the token that token ``i`` depends on in the syntax tree, -1 for a root.

        A sentence is parsed the first time a rule asks about one of its words. Few rules need
        the tree, and parsing every sentence took a third of natasha's time on a document.
        """
        sent = self.sentences[self.tokens[i].sent]
        heads = self._heads.get(sent.i)
        if heads is None:
            words = [t.text for t in self.tokens[sent.first : sent.last]]
            heads = self._heads[sent.i] = models().heads(words)
        k = heads[i - sent.first]
        return -1 if k < 0 else sent.first + k

    def sentences_only(self) -> ParsedText:
        return ParsedText(self.text, [], self.sentences, [])

    def sentence_text(self, sent: int) -> str:
        s = self.sentences[sent]
        return self.text[s.start : s.stop]

    def span_text(self, first: int, last: int) -> str:
        """The original text from token ``first`` to token ``last - 1``."""
        return self.text[self.tokens[first].start : self.tokens[last - 1].stop]


class Models:
    """natasha's models, loaded once per process (about a second)."""

    def __init__(self) -> None:
        import warnings

        with warnings.catch_warnings():
            # pymorphy2 imports pkg_resources, which warns of its own deprecation on every run
            warnings.simplefilter("ignore", UserWarning)
            self._load()

    def _load(self) -> None:
        import natasha  # noqa: F401  (patches pymorphy2 before any use of it)
        from natasha import (
            MorphVocab,
            NewsEmbedding,
            NewsMorphTagger,
            NewsNERTagger,
            Segmenter,
        )

        self.segmenter = Segmenter()
        self.vocab = MorphVocab()
        emb = NewsEmbedding()
        self.morph = NewsMorphTagger(emb)
        self.ner = NewsNERTagger(emb)
        self._emb = emb

    @cached_property
    def syntax(self) -> Any:
        from natasha import NewsSyntaxParser

        return NewsSyntaxParser(self._emb)

    def heads(self, words: list[str]) -> tuple[int, ...]:
        """Each word's head as an index into ``words`` (-1 for the root) in one sentence's tree."""
        markup = next(iter(self.syntax.map([words])))
        return tuple(int(t.head_id) - 1 for t in markup.tokens)

    def parse(self, text: str) -> ParsedText:
        """Parse the whole text in one pass (the models batch its sentences), with every
        paragraph closed as a sentence: a headline without a full stop must not run into the lead."""
        from natasha import Doc

        doc = Doc(_uncapitalised(_closed_paragraphs(_spaced_hyphens(text))))
        doc.segment(self.segmenter)
        doc.tag_morph(self.morph)
        doc.tag_ner(self.ner)
        starts = [m.start() for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
        return adapt(text, [(0, doc)], self, starts)


_OPEN_END = re.compile(r"(?<=[^\s.!?…])\n")
_SPACED_HYPHEN = re.compile(r"(?<=[ \t\u00a0])-(?=[ \t\u00a0])")


def _spaced_hyphens(text: str) -> str:
    """«Губернаторы … - Александр Моор, … -»: a hyphen between spaces is a dash typed on a
    keyboard that has none, and the rules read it as «—». The same length, so every offset holds."""
    return _SPACED_HYPHEN.sub("—", text)


def _closed_paragraphs(text: str) -> str:
    """«Заголовок\n\nТекст» → «Заголовок.\nТекст»: the same length, so every offset holds."""
    return _OPEN_END.sub(".", text)


_CAPS_RUN = re.compile(r"\b[А-ЯЁ]{2,}(?:[\s-]+[А-ЯЁ]{2,})+\b")


def _uncapitalised(text: str) -> str:
    """«ГУБЕРНАТОР ТОМСКОЙ ОБЛАСТИ ВЛАДИМИР МАЗУР» → «Губернатор Томской Области Владимир Мазур».

    The models were trained on ordinary case and misread runs of capitals; title case keeps
    every offset. Short words stay as they are: they are abbreviations («ХМАО», «АИРР»).
    """

    def title(match: re.Match[str]) -> str:
        return re.sub(r"[А-ЯЁ]{5,}", lambda w: w.group()[0] + w.group()[1:].lower(), match.group())

    return _CAPS_RUN.sub(title, text)


@cache
def models() -> Models:
    return Models()


def adapt(text: str, parts: list[tuple[int, Any]], m: Models, para_starts: list[int] = ()) -> ParsedText:
    """natasha's Docs (each with its offset into the text) → ParsedText with document-wide
    indices; ``para_starts`` says where each paragraph begins."""
    from bisect import bisect_right

    tokens: list[Token] = []
    sentences: list[Sentence] = []
    raw_spans = []
    for offset, doc in parts:
        for sent in doc.sents:
            # «в неё входят республики …; Алтайский, Красноярский и Пермский края; …»: the segmenter
            # ends a sentence at a semicolon, which only joins the parts of one
            joined = bool(sentences) and tokens[-1].text == ";" and tokens[-1].stop <= sent.start + offset
            s_i = len(sentences) - 1 if joined else len(sentences)
            first = sentences[-1].first if joined else len(tokens)
            for tok in sent.tokens:
                feats = tok.feats or {}
                tokens.append(
                    Token(
                        i=len(tokens),
                        text=tok.text,
                        start=tok.start + offset,
                        stop=tok.stop + offset,
                        pos=tok.pos or "X",
                        feats=dict(feats),
                        lemma=_lemma(m.vocab, tok.text, tok.pos, tuple(feats.items())),
                        sent=s_i,
                    )
                )
            if joined:
                prev = sentences.pop()
                sentences.append(Sentence(s_i, prev.start, sent.stop + offset, first, len(tokens), prev.para))
                continue
            para = max(0, bisect_right(para_starts, sent.start + offset) - 1) if para_starts else 0
            sentences.append(Sentence(s_i, sent.start + offset, sent.stop + offset, first, len(tokens), para))
        raw_spans += [(offset, span) for span in doc.spans]
    starts = {t.start: t.i for t in tokens}
    stops = {t.stop: t.i for t in tokens}
    spans = []
    for offset, span in raw_spans:
        if span.start + offset not in starts or span.stop + offset not in stops:
            continue
        if span.type == "PER":  # only names are read in their normal form: 2 ms a document saved
            span.normalize(m.vocab)
        start, stop = span.start + offset, span.stop + offset
        spans.append(
            NerSpan(
                span.type,
                start,
                stop,
                starts[start],
                stops[stop] + 1,
                span.text,
                span.normal or span.text,
            )
        )
    return ParsedText(text, _titles_before_places(tokens, m), sentences, spans)


#: words that name a post and are also first names: «Раис» (and «Раиса») is both
_TITLES_AND_NAMES = frozenset({"раис"})


def _titles_before_places(tokens: list[Token], m: Models) -> list[Token]:
    """«Раиса Татарстана», «Раису Республики Татарстан»: before the name of a region the word is
    the title of the head of Tatarstan, which the tagger reads as the name Раиса. Before a
    surname («Раиса Белова») it stays a name."""
    from .gazetteer import gazetteer  # the gazetteer reads names through this module

    names = gazetteer().names
    out = list(tokens)
    for k, tok in enumerate(tokens[:-1]):
        nxt = tokens[k + 1]
        if not tok.capitalized or tok.lemma in _TITLES_AND_NAMES or not nxt.capitalized:
            continue
        title = lemma_candidates(tok.text) & _TITLES_AND_NAMES
        region_next = nxt.lemma == "республика" or any(
            e.kind == "region" for lemma in nxt.lemmas for e in names.get(lemma, ())
        )
        if title and region_next:
            parse = next(p for p in m.vocab.parse(tok.text.lower()) if fold(p.normal_form) in title)
            feats = {**tok.feats, "Case": _UD_CASES.get(parse.tag.case or "", "Nom")}
            out[k] = replace(tok, lemma=fold(parse.normal_form), pos="NOUN", feats=feats)
    return out


#: pymorphy's (OpenCorpora's) cases by natasha's (Universal Dependencies') names, and back
_OC_CASES = {"Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct", "Nom": "nomn"}
_UD_CASES = {oc: ud for ud, oc in _OC_CASES.items()}


@lru_cache(maxsize=100_000)
def _lemma(vocab: Any, text: str, pos: str | None, feats: tuple[tuple[str, str], ...]) -> str:
    """natasha's lemma of a tagged word, folded. News repeats its words, and natasha scores every
    pymorphy parse against the tags on each call: remembering the answer saves a tenth of a parse."""
    lemma = fold(vocab.lemmatize(text, pos, dict(feats)) or text)
    if lemma in _TITLES_READ_AS_NAMES and text[:1].islower():
        return _TITLES_READ_AS_NAMES[lemma]  # «раису Татарстана» is the Rais's dative, not Раиса's
    return lemma


#: titles whose oblique forms are also a woman's name: written in lower case they are the title
_TITLES_READ_AS_NAMES = {"раиса": "раис"}


@lru_cache(maxsize=200_000)
def lemma_candidates(word: str) -> frozenset[str]:
    """Every dictionary form pymorphy offers for a word, plus the word itself (lower, ё→е).

    Matching names against this set, rather than one guessed lemma, keeps rare proper
    names («Приангарья», «Югры») matchable when the tagger picks an odd parse.
    """
    w = fold(word)
    forms = {w}
    for form in models().vocab(w):
        forms.add(fold(form.normal))
    return frozenset(forms)


@cache
def genitive(noun: str) -> str | None:
    """A noun's genitive singular, as a title takes its body's kind («руководитель агентства»)."""
    from pymorphy2.analyzer import Parse

    parse = next((p for p in models().vocab.parse(noun) if p.tag.POS == "NOUN"), None)
    form = Parse.inflect(parse, {"gent", "sing"}) if parse else None
    return form.word if form else None


#: natasha's part of speech → pymorphy's (the tagger calls some participles adjectives, and back)
_POS = {"NOUN": {"NOUN"}, "PROPN": {"NOUN"}, "ADJ": {"ADJF", "PRTF"}, "VERB": {"PRTF", "ADJF"}}


def nominative(tokens: list[Token], singular: bool = False, oblique_head: bool = False) -> str:
    """A name or role phrase in the nominative: the first noun and the words before it are inflected.

    Russian names of posts and organisations put their head first, so «генерального директора»
    → «генеральный директор», «заместителя губернатора» → «заместитель губернатора», «Центра
    инновационного развития Томской области» → «Центр инновационного развития Томской области».
    """
    if not tokens:
        return ""
    # a participle already in the nominative heads the phrase («исполняющий обязанности …»)
    head = next(
        (
            k
            for k, t in enumerate(tokens)
            if t.is_word and (t.pos in ("NOUN", "PROPN") or (t.pos == "VERB" and t.case == "Nom"))
        ),
        None,
    )
    if head and _stands_for_a_noun(tokens[0], tokens[1]):
        head = 0
    if head is None:
        return _join(tokens, [t.text for t in tokens])
    morph = models().vocab
    noun = _inflect(morph, tokens[head], None, singular and tokens[head].pos != "VERB", force=oblique_head)
    gender = None
    parse = _best_parse(morph, tokens[head])
    if parse is not None:
        gender = parse.tag.gender
    words = []
    for k, t in enumerate(tokens):
        if k == head:
            words.append(noun)
        elif k < head and t.pos in ("ADJ", "VERB") and t.case not in (None, "Nom"):
            words.append(_inflect(morph, t, gender, singular))
        elif k < head and t.pos == "ADJ" and t.case is None and tokens[head].case not in (None, "Nom"):
            # «Западно-Сибирского инновационного центра»: the tagger leaves compounds without a
            # case; they agree with their noun
            words.append(_inflect(morph, t, gender, singular, force=True))
        else:
            words.append(t.text)
    return _join(tokens, words)


#: endings of the participles that name posts («заведующей», «уполномоченной», «управляющего»)
_PARTICIPLE = re.compile(r"(?:щ|нн)(?:ий|ая|ей|ую|его|ему|им|ем|ой|ого|ому)$")


def _stands_for_a_noun(first: Token, second: Token) -> bool:
    """«заведующей лабораторией», «уполномоченной по правам человека»: a participle that the
    next word does not agree with stands for a noun and heads the phrase, as «заведующий»
    does where the tagger calls it a noun."""
    return (
        first.pos in ("ADJ", "VERB")
        and first.case is not None
        and _PARTICIPLE.search(first.text.lower()) is not None
        and (
            second.pos == "ADP" or (second.pos in ("NOUN", "PROPN") and second.case not in (None, first.case))
        )
    )


def _join(tokens: list[Token], words: list[str]) -> str:
    out = [words[0]]
    for k in range(1, len(tokens)):
        out.append(" " * min(1, tokens[k].start - tokens[k - 1].stop) + words[k])
    return "".join(out)


def _best_parse(morph: Any, tok: Token) -> Any:
    want = _POS.get(tok.pos, set())
    case = _OC_CASES.get(tok.case or "")
    parses = morph.parse(tok.text)
    for p in parses:
        if p.tag.POS in want and (case is None or p.tag.case == case):
            return p
    for p in parses:
        if p.tag.POS in want:
            return p
    return None


def _inflect(morph: Any, tok: Token, gender: str | None, singular: bool, force: bool = False) -> str:
    """One word to the nominative, keeping its capitalisation.

    ``force`` inflects a word the tagger left without a case («врио губернатора»).
    """
    if tok.case in (None, "Nom") and not force and not (singular and tok.feats.get("Number") == "Plur"):
        return tok.text
    if tok.lemma in _TITLES_READ_AS_NAMES.values():
        return tok.lemma  # «раису»: the title, whose parses the name outnumbers
    # a capital inside a word marks an abbreviation («УУНиТ»); one after a hyphen does not
    # («Западно-Сибирского», «ИТ-парка»). An abbreviation with a case ending loses the ending
    # («КАМАЗа» → «КАМАЗ»).
    last = tok.text.rsplit("-", 1)[-1]
    ending = re.fullmatch(r"([A-ZА-ЯЁ]{2,})([а-яё]{1,2})", last)
    if ending and tok.case not in (None, "Nom"):
        return tok.text[: len(tok.text) - len(ending.group(2))]
    if (
        tok.text.isupper()
        or not tok.text.isalpha()
        and "-" not in tok.text
        or any(c.isupper() for c in last[1:])
    ):
        return tok.text  # abbreviations and codes do not decline here
    first, hyphen, rest = tok.text.partition("-")
    if (
        hyphen
        and first[:1].isupper()
        and rest[:1].isupper()
        and tok.pos in ("NOUN", "PROPN")
        and tok.case not in (None, "Nom")
        and not morph.word_is_known(tok.text.lower())  # «Санкт-Петербурга» declines as one word
    ):
        # «Технопарка-Мордовия»: the noun before the hyphen declines, the name after it does not
        from pymorphy2.analyzer import Parse

        oc_case = _OC_CASES.get(tok.case or "")
        for p in morph.parse(first):
            if p.tag.POS == "NOUN" and p.tag.case == oc_case and (nom := Parse.inflect(p, {"nomn"})):
                return first[:1] + nom.word[1:] + hyphen + rest
        return tok.text
    parse = _best_parse(morph, tok)
    if parse is None:
        return tok.text
    grammemes = {"nomn"}
    if singular or tok.feats.get("Number") != "Plur":
        grammemes.add("sing")
        if gender and parse.tag.POS in ("ADJF", "PRTF"):
            grammemes.add(gender)
    from pymorphy2.analyzer import Parse

    form = Parse.inflect(parse, grammemes)  # natasha's subclass expects UD names; these are OpenCorpora's
    if form is None:
        return tok.text
    return _same_case(form.word, tok.text)


def _same_case(word: str, like: str) -> str:
    """Give ``word`` the capitals of ``like``, part by part: «северо-восточный» → «Северо-Восточный»."""
    if like.isupper() and len(like) > 1:
        return word.upper()
    parts, models_ = word.split("-"), like.split("-")
    if len(parts) != len(models_):
        return word[:1].upper() + word[1:] if like[:1].isupper() else word
    return "-".join(
        p[:1].upper() + p[1:] if m[:1].isupper() else p for p, m in zip(parts, models_, strict=True)
    )
