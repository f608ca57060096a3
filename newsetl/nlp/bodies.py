"""Bodies as speakers: organisations, media and unnamed bodies resolved for ``speakers.Resolver`` ("het
bedrijf" -> the company named before, "de krant" -> the paper quoted before, "de politie" -> "de politie
Drenthe"), and the article an organisation's name is written with ("de Boa Bond")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsetl.entities import name_parts, resolve_speaker
from newsetl.nlp.attribution import _is_cap, _is_word, subjectish
from newsetl.nlp.first_names import NAME_PARTICLES, is_first_name
from newsetl.nlp.lexicon import KIND_PREFIXES, ORG_FITS, ORG_OPEN, org_kind

if TYPE_CHECKING:
    from newsetl.nlp.speakers import Resolver


def with_article(r: Resolver, name: str) -> str:
    """"de Boa Bond", "het Openbaar Ministerie": a body keeps the article the article writes it with (at
    least as often with as without it); people and places never take one."""
    if not name[:1].isupper() or name in r.person_names or name.startswith("The "):
        return name
    hits = [m.group(1) for m in re.finditer(rf"(\b[Dd]e |\b[Hh]et )?\b{re.escape(name)}\b", r.view.text)]
    written = [h for h in hits if h]
    if written and len(written) * 2 >= len(hits):
        return f"{written[0].strip().lower()} {name}"
    return name


def fuller_form(r: Resolver, noun: str, pos: int, owner_only: bool = False) -> str | None:
    """"de politie" -> "de politie Drenthe", "de tuchtcommissie" -> "de tuchtcommissie van de KNVB", "de
    inspectie" -> "de onderwijsinspectie": the body as named in full earlier in the article (the last such
    mention before pos, outside quotes), a name after the noun first, else a compound ending in it. A name
    given only later counts when the article gives just one ("de politie van Chicago"). With `owner_only`
    (a role noun: "de advocaat"), only "noun van Name" ("de advocaat van Stanley") is a fuller form."""
    if len(noun) < 5:
        return None
    text, doc = r.view.text, r.view.doc
    name = r"[A-Z][\w&-]+(?: [A-Z][\w&-]+)*"
    patterns = [rf"\b[Dd]e ({noun} van (?:(?:de|het) )?{name})", rf"\b[Dd]e ({noun} {name})"]
    if not noun.endswith(("er", "aar")):  # "de Ajaxvoetballer" is no fuller name for "de voetballer"
        patterns.append(rf"\b[Dd]e ([A-Za-zà-ÿ][a-zà-ÿ]{{2,}}{noun})\b")
    for k, pattern in enumerate(patterns[:1] if owner_only else patterns):
        found = [m for m in re.finditer(pattern, text) if not r.view.in_quote(doc[r.view.tok_at(m.start())])]
        before = [m for m in found if m.start() < pos]
        if before:
            return f"de {before[-1].group(1)}"
        if k < 2 and len({m.group(1) for m in found}) == 1:
            return f"de {found[0].group(1)}"  # named only further on, and in one way ("de politie van Chicago")
    return None


def body_with_word(r: Resolver, noun: str) -> str | None:
    """"de vereniging" -> "de Vereniging Innovatieve Geneesmiddelen", "de actiegroepen" -> "de Samenwerkende
    Actiegroepen tegen Laagvliegen": the one body the article names (by the NER or by an acronym it spells out)
    with that word, capitalised, in its name; its longest form when it has several."""
    word = noun.capitalize()
    named = [c for c, label in r.entity_names if label in ("ORG", "MISC", "NAME")] + list(r.acronyms.values())
    bodies = {c for c in named if word in c.split()[-4:] and sum(w[:1].isupper() for w in c.split()) >= 2
              and all(w[:1].isupper() or w in NAME_PARTICLES | _BODY_LINKS for w in c.split())}
    bodies = {b for b in bodies if not any(b != o and b in o for o in bodies)}
    return bodies.pop() if len(bodies) == 1 else None


_BODY_LINKS = frozenset({"de", "het", "en", "voor", "tegen"})


def medium_before(r: Resolver, pos: int) -> str | None:
    """"de krant", "de zender": the newspaper or broadcaster the article quoted by name before pos,
    i.e. the last organisation (not a person or place) that was a subject or followed volgens/aldus
    ("volgens The New York Times ... volgens de krant")."""
    doc = r.view.doc
    cands = [n for n in r.names if n.end <= pos and pos - n.start < 2000 and not n.aside
             and n.label not in ("PER", "LOC") and n.canonical not in r.person_names
             and not r.view.in_quote(doc[n.tok_start])]
    # a source named with volgens/aldus first (the NER calls many a surname ORG), then a subject
    for strict in (True, False):
        for n in reversed(cands):
            # an English "The" belongs to the name ("The New York Times"); name rules may have cut it off
            the = n.tok_start > 0 and doc[n.tok_start - 1].text == "The"
            k = n.tok_start - 1 - the
            prev = doc[k].lower_ if k >= 0 else ""
            if prev in ("volgens", "aldus") or (not strict and r.view.has_dep
                                                 and subjectish(doc[n.tok_start:n.tok_end])):
                return f"The {n.text}" if the else n.text if n.text.startswith("The ") else n.canonical
    return None


def org_before(r: Resolver, noun: str, pos: int) -> str | None:
    """"het bedrijf", "de bond", "de partij": the nearest organisation named before pos, outside quotes,
    in the mention's sentence or the three before it, whose kind fits the noun ("het bedrijf" is no
    ministry, party or union; "het ministerie" is a ministry). None when there is none."""
    view, doc = r.view, r.view.doc
    before = [a for a, _ in r.sents if a <= pos]
    floor = before[-4] if len(before) >= 4 else 0
    cands: list[tuple[int, str, str | None]] = []
    for n in r.names:
        if n.end > pos:
            continue
        # a one-word "person" never named in full nor with a role or first name is often a company the NER
        # took for a person ("Shell wijst erop ... Het bedrijf zegt")
        brand = n.label == "PER" and len(name_parts(n.canonical)) == 1 and len(n.canonical.split()) == 1 \
            and n.canonical not in r.one_word_people and view.has_dep \
            and any(t.dep_.startswith("nsubj") for t in doc[n.tok_start:n.tok_end])  # the subject only
        if n.aside or (n.canonical in r.person_names and not brand) or view.in_quote(doc[n.tok_start]):
            continue
        # "gemeente Utrecht", "vakbond FNV": a kind word right before the name tells its kind too
        prev = doc[n.tok_start - 1].lower_ if n.tok_start > 0 and doc[n.tok_start - 1].is_alpha else ""
        kind = org_kind(f"{prev} {n.canonical}" if prev in KIND_PREFIXES else n.canonical)
        if kind is None and any(c.isdigit() for c in n.canonical):
            continue  # "CO2", "F-35": a substance or product, not an organisation
        if n.label == "ORG" or kind is not None or brand:
            # an organisation by its NER label or by a telling word in its name ("Stichting X")
            cands.append((n.start, n.canonical, kind))
    if view.has_dep and view.has_pos:
        # a one-word proper-noun subject the NER missed: "De nationalistische Lega verwacht ..."
        named = {i for n in r.names for i in range(n.tok_start, n.tok_end)}
        starts = {a for a, _ in r.sents}
        for t in doc[view.tok_at(floor):view.tok_at(max(pos - 1, 0))]:
            if t.i in named or t.idx in starts or t.pos_ not in ("PROPN", "NOUN") or not t.dep_.startswith("nsubj") \
                    or not _is_cap(t) or not _is_word(t) or view.in_quote(t) or t.lower_ in r.lower_words \
                    or is_first_name(t.text) or (t.i > 0 and (_is_cap(doc[t.i - 1]) or doc[t.i - 1].text == "-")) \
                    or (t.i + 1 < len(doc) and _is_cap(doc[t.i + 1])):
                continue
            person = resolve_speaker(t.text, r.entity_names)[0]
            if person in r.person_names and (len(name_parts(person)) >= 2 or not any(
                    c.dep_ == "det" and c.lower_ in ("de", "het") for c in t.children)):
                continue  # a person's surname; "de nationalistische Lega" is no person
            cands.append((t.idx, t.text, org_kind(t.text)))
    for start, name, kind in sorted(cands, reverse=True):
        fits = kind == noun or (kind is None and noun in ORG_OPEN) or kind in ORG_FITS.get(noun, ())
        if start >= floor and fits:
            return name
    # further back only a name that says its kind: "de bond" is the "Boa Bond" of the opening paragraph
    return next((name for _, name, kind in sorted(cands, reverse=True) if kind == noun), None)
