"""The extraction pipeline: one document in, an :class:`Extraction` out.

natasha parses the text once; then small stages read the parse, each adding one kind of
record, in an order where each stage needs only what came before it:
places → people → organisations → posts → events → topics → quotes → cooperation → memberships.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..loaders import Document
from .employers import with_bodies_pointed_at, with_organisations_named_before, with_regional_bodies
from .events import find_events
from .heads import with_known_heads
from .memberships import find_memberships, with_all_founders
from .nlp import ParsedText, models
from .organisations import association_within, find_organisations
from .people import find_people
from .places import find_places
from .posts import find_posts, without_repeated_titles
from .quotes import find_quotes
from .records import Extraction, OrgMention
from .relations import find_cooperations, with_interviewees_region
from .topics import find_topics


@dataclass(frozen=True, slots=True)
class DocumentExtraction:
    """A document, its parse and what was read from it."""

    document: Document
    parsed: ParsedText
    extraction: Extraction

    def without_tokens(self) -> DocumentExtraction:
        """The same, with the parse cut to its text and sentences: all that the graph quotes. A
        worker sends this back, a fifth the size to pickle."""
        return DocumentExtraction(self.document, self.parsed.sentences_only(), self.extraction)


class Extractor:
    """Reads documents; the natasha models load once, on first use."""

    def __call__(self, document: Document) -> DocumentExtraction:
        parsed = models().parse(document.text)
        return DocumentExtraction(document, parsed, extract(parsed))

    def map(self, documents):
        for document in documents:
            yield self(document)


def extract(parsed: ParsedText) -> Extraction:
    """Run every stage over one parsed text."""
    ex = Extraction()
    ex.places = find_places(parsed)
    ex.person_mentions, ex.persons = find_people(parsed, ex.places)
    for org, first, last, rule in find_organisations(parsed, ex.places):
        ex.organisations.setdefault(org.key, org)
        ex.org_mentions.append(OrgMention(org.key, first, last, parsed.tokens[first].sent, rule))
    for post, org in find_posts(parsed, ex.person_mentions, ex.places):
        if org is not None:
            ex.organisations.setdefault(org.key, org)
        ex.posts.append(post)
    for org in list(ex.organisations.values()):
        # «Совет Ассоциации инновационных регионов России» speaks for the association itself
        if (association := association_within(org)) is not None:
            ex.organisations.setdefault(association.key, association)
    ex.posts = with_organisations_named_before(ex.posts, ex.org_mentions, ex.organisations)
    ex.posts = with_bodies_pointed_at(ex.posts, parsed, ex.places, ex.org_mentions, ex.organisations)
    ex.posts = with_regional_bodies(ex.posts, parsed, ex.places, ex.org_mentions, ex.organisations)
    ex.posts = with_known_heads(ex.posts, ex.persons)
    ex.posts = with_interviewees_region(ex.posts, parsed)
    ex.posts = without_repeated_titles(ex.posts)
    ex.events = find_events(parsed, ex.person_mentions, ex.places)
    ex.topics = find_topics(parsed)
    ex.quotes = find_quotes(parsed, ex.person_mentions, ex.posts, ex.places)
    ex.cooperations = find_cooperations(
        parsed, ex.places, ex.person_mentions, ex.posts, ex.events, list(ex.organisations.values()), ex.quotes
    )
    ex.memberships = find_memberships(
        parsed,
        ex.places,
        ex.person_mentions,
        ex.posts,
        ex.org_mentions,
        ex.organisations,
        ex.events,
        ex.cooperations,
        ex.quotes,
    )
    ex.cooperations = with_all_founders(ex.cooperations, ex.memberships, parsed)
    return ex
