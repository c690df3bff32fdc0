"""``kg explain``: every mention in a document, what it was linked to, and which rule decided."""

from __future__ import annotations

from .extract import Extractor
from .extract.gazetteer import gazetteer
from .loaders import Document


def explain_document(document: Document) -> str:
    dx = Extractor()(document)
    ex, parsed = dx.extraction, dx.parsed
    gaz = gazetteer()
    lines = [f"# {document.title or document.url}", "", "## Places"]
    for p in ex.places:
        notes = [
            n
            for n, on in (
                ("venue", p.venue),
                ("inside an event's or a district's name", p.in_event_name),
                ("inside a proper name", p.in_proper_name),
            )
            if on
        ]
        lines.append(
            f"  «{p.text}» → {p.kind} {p.code} ({gaz.label(p.kind, p.code)}) — {p.rule}"
            + (f" [{', '.join(notes)}]" if notes else "")
        )
    lines += ["", "## People"]
    for k, person in enumerate(ex.persons):
        said = ", ".join(f"«{ex.person_mentions[m].text}»" for m in person.mentions)
        lines.append(f"  {person.name.display}: {said} — {ex.person_mentions[person.mentions[0]].rule}")
        for post in ex.posts:
            if post.person == k:
                org = ex.organisations[post.organisation].name if post.organisation else "—"
                lines.append(
                    f"    post «{post.role}», organisation {org}, region {post.region or '—'}"
                    f" — {post.rule}" + (f"; region: {post.region_rule}" if post.region_rule else "")
                )
    lines += ["", "## Organisations"]
    for org in ex.organisations.values():
        extra = ", ".join(x for x in (org.legal_form, org.region or "", "/".join(org.abbreviations)) if x)
        lines.append(f"  {org.name}" + (f" ({extra})" if extra else "") + f" — {org.rule}")
    lines += ["", "## Events"]
    for e in ex.events:
        chair = ex.persons[e.chair].name.display if e.chair is not None else "—"
        lines.append(
            f"  {e.kind}: {e.name}; place {e.location[1] if e.location else '—'}; date {e.date or '—'};"
            f" chair {chair}; sentences {', '.join(str(s + 1) for s in e.sents)}"
        )
    lines += ["", "## Cooperation"]
    for c in ex.cooperations:
        lines.append(f"  {c.kind}: {' + '.join(c.parties)} — {c.rule}")
        for s in c.sents[:3]:
            lines.append(f"    «{' '.join(parsed.sentence_text(s).split())}»")
    lines += ["", "## Memberships"]
    for m in ex.memberships:
        lines.append(f"  {m.region} in {ex.organisations[m.organisation].name} — {m.rule}")
    lines += ["", "## Quotes"]
    for q in ex.quotes:
        who = ex.persons[q.speaker].name.display if q.speaker is not None else "unattributed"
        lines.append(f"  {who}: «{q.text[:100]}{'…' if len(q.text) > 100 else ''}»")
    return "\n".join(lines)
