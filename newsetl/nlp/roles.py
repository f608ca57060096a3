"""Roles as speakers, for ``speakers.Resolver``: a role attached to a name ("socioloog Niels Blom", "Rutte,
de premier,") makes a later "de socioloog" that person; a role never attached to a name is the person in
focus ("de verkeerskundige"); a possessed role is someone other than its owner ("zijn advocaat"); and a bare
"de woordvoerder" takes the fuller phrase that brought that person in ("een woordvoerder van de
wooncorporatie")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsetl.entities import name_parts
from newsetl.nlp.attribution import DETS
from newsetl.nlp.first_names import is_first_name
from newsetl.nlp.lexicon import (
    FEMALE_ENDINGS,
    NEWCOMER_ENDINGS,
    NEWCOMER_ROLES,
    PERSON_WORDS,
    ROLE_HINTS,
    agent_word,
    demonym,
    epithet_noun,
    male_form,
    role_noun,
    role_suffix,
    role_word,
    same_office,
    title_of,
)

if TYPE_CHECKING:
    from newsetl.nlp.speakers import Resolver


def collect_roles(r: Resolver) -> list[tuple[int, str, str]]:
    """(char position, role word, canonical PER) for roles attached to person names."""
    doc, view = r.view.doc, r.view
    roles: list[tuple[int, str, str]] = []
    for n in r.names:
        # a surname alone counts when the article only ever uses it ("premier Rutte")
        if n.label != "PER" or (len(name_parts(n.canonical)) < 2 and n.canonical not in r.person_names):
            continue
        # role word(s) right before the name: "socioloog Niels Blom", "De Iraakse premier Adil Abdul-Mahdi"
        k = n.tok_start - 1
        if k >= 0 and role_word(doc[k], view):
            roles.append((n.start, doc[k].lower_, n.canonical))
            if "-" in doc[k].text:
                roles.append((n.start, doc[k].lower_.split("-")[-1], n.canonical))
            # "arts infectieziektebestrijding Helma Ruijs": a role noun before the field word is her role too
            if k >= 1 and doc[k].text.islower() and doc[k - 1].text.islower() and role_noun(doc[k - 1].lower_) \
                    and not role_noun(doc[k].lower_) and role_word(doc[k - 1], view):
                roles.append((n.start, doc[k - 1].lower_, n.canonical))
        # "<role NP>, <Name>,": "De Franse minister van Buitenlandse Zaken, Jean-Yves Le Drian,"
        if k >= 1 and doc[k].text == ",":
            m = k - 1
            head = None
            while m >= 0 and m > k - 10 and not doc[m].is_punct:
                if doc[m].lower_ == "van":
                    head = None
                elif head is None and role_word(doc[m], view):
                    head = doc[m].lower_
                if doc[m].lower_ in DETS:
                    break
                m -= 1
            if head is None and m >= 0 and doc[m].lower_ in DETS and m + 1 < k and role_word(doc[m + 1], view):
                head = doc[m + 1].lower_
            if m >= 0 and doc[m].lower_ in DETS:
                # first noun after the det, skipping adjectives
                for x in range(m + 1, k):
                    if doc[x].lower_ == "van":
                        break
                    if role_word(doc[x], view) and not doc[x].text.endswith(("e", "se")):
                        head = doc[x].lower_
                        break
            if head:
                roles.append((n.start, head, n.canonical))
        # "<Name>, de woordvoerster van het bisdom"
        e = n.tok_end
        # (also "<Name>, mijn chef": the writer's relation names the role too)
        if e + 2 < len(doc) and doc[e].text == "," and doc[e + 1].lower_ in ("de", "het", "mijn", "zijn", "haar", "onze"):
            for x in range(e + 2, min(len(doc), e + 6)):
                if doc[x].is_punct or doc[x].lower_ == "van":
                    break
                if role_word(doc[x], view) and not doc[x].lower_.endswith("e"):
                    roles.append((n.start, doc[x].lower_, n.canonical))
                    break
        # "<Name>, premier van Nederland," / "<Name>, burgemeester sinds 2018": a role word without article
        elif e + 1 < len(doc) and doc[e].text == "," and doc[e + 1].text.islower() \
                and (doc[e + 1].lower_ in ROLE_HINTS or role_suffix(doc[e + 1].lower_)) \
                and role_word(doc[e + 1], view):
            roles.append((n.start, doc[e + 1].lower_, n.canonical))
    return roles


def first_mention(r: Resolver, rest: str, pos: int) -> str | None:
    """"de woordvoerder" -> "een woordvoerder van de wooncorporatie", "de man" -> "een Molukse man in het
    buurthuis": an unnamed person is called by the fuller phrase that first brought them in (outside quotes).
    Only for a bare noun ("de X"), and only when the earlier phrase says more."""
    view, doc = r.view, r.view.doc
    if not view.has_dep or " " in rest or not (role_noun(rest) or rest in PERSON_WORDS or agent_word(rest)):
        return None
    for t in doc[:view.tok_at(max(pos - 1, 0))]:
        if t.idx >= pos or t.lower_ != rest or view.in_quote(t):
            continue
        dets = [c for c in t.children if c.dep_ in ("det", "amod", "nummod") and c.i < t.i]
        if not dets or doc[dets[0].i].lower_ != "een":
            continue
        hi = t.i + 1
        for c in t.children:
            if c.i > t.i and c.dep_ in ("nmod", "obl") and c.i - t.i <= 6:
                hi = max(hi, c.i + 1)
        toks = doc[dets[0].i:hi]
        # (a participle before the noun describes it: "een 23-jarige in India geboren student")
        if any(x.is_punct or (x.pos_ in ("VERB", "AUX") and not (x.i < t.i and "Part" in x.morph.get("VerbForm")))
               or x.lower_ in ("die", "dat", "wat") for x in toks) or len(toks) <= 2:
            continue
        phrase = view.text[toks[0].idx:toks[-1].idx + len(toks[-1].text)]
        return phrase[:1].lower() + phrase[1:]
    return None


def possessed_role(r: Resolver, text: str, span: tuple[int, int] | None) -> tuple[str | None, str]:
    """("zijn", "advocaat") for "zijn advocaat", also when the phrase found was only "advocaat"."""
    words = text.split()
    if span is not None and words and words[0].lower() not in ("zijn", "haar"):
        k = r.view.tok_at(span[0])
        if k > 0 and r.view.doc[k - 1].lower_ in ("zijn", "haar") and r.view.doc[k].idx == span[0]:
            words = [r.view.doc[k - 1].lower_, *words]
    if 2 <= len(words) <= 3 and words[0].lower() in ("zijn", "haar") and all(w.islower() for w in words[1:]) \
            and role_suffix(words[-1]):
        return words[0].lower(), " ".join(words[1:])
    return None, ""


# leaders of a named party, club, company or town: "de voorman van Forum voor Democratie", "de trainer van
# PSV" are the one the article is about (a spokesman or lawyer of one is someone new: NEWCOMER_ROLES)
LEADER_ROLES = frozenset("voorman voorvrouw leider partijleider fractievoorzitter lijsttrekker topman topvrouw "
                         "oprichter trainer coach bondscoach directeur voorzitter bestuursvoorzitter baas ceo".split())
# (not public offices: "vertelt de burgemeester van Nijmegen" after a professor is named brings in the mayor)


def epithet(r: Resolver, rest: str, pos: int, owner: str | None = None) -> str | None:
    """"de verkeerskundige", "De Britse premier": a role never attached to a name refers to the person in
    focus, the one a pronoun there would point to, when that person is named in full. Not for roles that
    bring in someone new ("de woordvoerder", "de rechter") nor for a role with its own complement ("de
    directeur van de school")."""
    words = rest.split()
    # "de nummer 2 (van de partij)": a list position stands for the person in focus
    after = r.view.text[pos + len(rest) + 3:pos + len(rest) + 10]
    listed = bool(re.fullmatch(r"nummer (\d+|één|een|twee|drie)( van (de|het) \w+)?", rest.lower())
                  or (rest.lower() == "nummer" and re.match(r"\s(\d+|één|twee|drie)\b", after)))
    if listed:
        words = ["nummer"]
    led = re.fullmatch(r"(\w+) van ([A-Z][\w-]*(?: (?:voor|van|en) [A-Z][\w-]*| [A-Z][\w-]*)*)", rest)
    if led and led.group(1).lower() in LEADER_ROLES:
        # "aldus de voorman van Forum voor Democratie": the leader of a body named by its name is the person in
        # focus, as a bare epithet is ("de directeur van de school" brings in someone new)
        words = [led.group(1)]
    near = 4  # sentences back (this one included) where the person must be named
    cut = next((k for k, w in enumerate(words) if w.lower() in ("aan", "bij", "in", "uit")), None)
    if cut and 1 <= cut <= 3 and not led and any(a == pos for a, _ in r.sents):
        # "De Nigeriaanse onderzoeker aan de universiteit van York bevestigt", opening the sentence right after
        # the person is named: a role with where they work still refers to them
        words, near = words[:cut], 2
    if not 1 <= len(words) <= 3 or any(w.lower() in ("van", "bij", "in", "uit", "voor") for w in words):
        return None
    role = words[-1].lower()
    if re.match(r"\s*[A-Z]", r.view.text[pos + len(rest) + 3:pos + len(rest) + 6]):
        return None  # "De Nederlandse onderzoeker Jan Smit": a name the NER missed follows
    if (not role.islower() and not words[-1][:1].isupper()) or not (epithet_noun(role) or listed or demonym(words[-1])) \
            or role in NEWCOMER_ROLES \
            or (role.endswith("s") and not role.endswith("us")) or role.endswith(NEWCOMER_ENDINGS) \
            or any(not w.lower().endswith("e") for w in words[:-1]):  # (a plural in -s, not "politicus")
        return None
    gender = "zij" if role.endswith(FEMALE_ENDINGS) or (demonym(words[-1]) and role.endswith("se")) \
        else "hij" if role.endswith("man") or demonym(words[-1]) else None
    person = r.person_before(pos, pronoun=gender)
    if person and not role_noun(role) and not listed and not is_first_name(person.split()[0]):
        return None  # an agent noun only for a person with a known first name, not "Askruisje Nota"
    if not person or person not in r.person_names or len(name_parts(person)) < 2 \
            or not r._agrees(person, gender) or person == owner:
        return None
    # an office the person is known to hold otherwise: "Burgemeester Femke Halsema …, zei de premier"
    held = {h for _, h, c in r.roles if c == person}
    if title_of(role) and any(title_of(h) and title_of(h) != title_of(role) for h in held):
        return None
    # named in the mention's sentence or the three before it, not somewhere further back
    floor = [a for a, _ in r.sents if a <= pos][-near:][0] if r.sents else 0
    return person if any(n.canonical == person and floor <= n.start < pos for n in r.names) else None


def role_holder(r: Resolver, word: str, pos: int) -> str | None:
    if len(word) < 4:
        return None
    best = None
    word = male_form(word)
    for p, role, canonical in r.roles:
        if p >= pos:
            break
        role = male_form(role)
        if role == word or (role.endswith(word) and len(word) >= 5 and same_office(role, word)) \
                or (word.endswith(role) and len(role) >= 5 and same_office(word, role)):
            best = canonical
    return best


def sole_holder(r: Resolver, word: str) -> str | None:
    """The one person the article names with this role anywhere, also after the mention ("volgens zijn
    advocaat … Advocaat Umut Ural"); None when no one or more than one person holds it."""
    holders = {canonical for _, role, canonical in r.roles if role == word}
    return holders.pop() if len(holders) == 1 else None
