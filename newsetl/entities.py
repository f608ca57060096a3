"""Entity resolution: mentions of one entity share a canonical name and a stable ``entity_id``.

Within an article a short mention ("Mahdi", "Soleimani") takes the fullest name it is part of
("Adil Abdul-Mahdi", "Qassem Soleimani"). Across articles and runs, ``entity_id`` is a hash of
label and canonical name, so the same person gets the same id tomorrow and in another article.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

from newsetl.nlp.first_names import KIN_TITLES, NAME_PARTICLES, NICKNAME_ADJECTIVES, is_first_name

# Name parts are compared case-insensitively and split on hyphens too: "Mahdi" is part of "Abdul-Mahdi".
_PART_SPLIT = re.compile(r"[\s\-‐‑–]+")
# Possessive and trailing punctuation the NER may include: "Johnsons" is left alone, "Trump's" is not.
_TRIM = re.compile(r"(?:['’]s)?[\s.,;:!?'\"“”‘’]*$")
# Only a lower-case article is not part of the name: "de politie", but "De Telegraaf", "The Guardian".
_LEADING_ARTICLE = re.compile(r"^(?:de|het|een)\s+")
# words that open an organisation's name and stand for it alone ("de Unie", "Forum")
ORG_OPENERS = frozenset("unie forum partij raad stichting vereniging bond federatie centrum instituut bureau "
                        "commissie dienst college hof fonds genootschap academie agentschap autoriteit inspectie "
                        "coalitie alliantie beweging front liga orde".split())
# "Huyskens van de Bovag", "Jansen van het CDA": a surname, then "van" and the body the person speaks for
_SPEAKS_FOR = re.compile(r"([A-Z][\w'-]+(?: [A-Z][\w'-]+)*) van (?:de |het )?[A-Z][\w&'-]*(?: [A-Z][\w&'-]*)*")


def normalize_name(text: str) -> str:
    """A mention as a name: single spaces, no possessive, no leading lower-case article, not written twice
    (a byline glued to the text: "Lola Shoneyin Lola Shoneyin")."""
    text = " ".join(text.split())
    text = _TRIM.sub("", text)
    return written_once(_LEADING_ARTICLE.sub("", text) or text)


def written_once(name: str) -> str:
    """A name the source wrote twice in a row ("Vader Mehmet Mehmet", a byline "Lola Shoneyin Lola Shoneyin")
    is one name."""
    words = name.split()
    half = len(words) // 2
    return " ".join(words[:half]) if half and len(words) % 2 == 0 and words[:half] == words[half:] else name


def person_name(name: str) -> str:
    """A PER mention without the capitalised words the NER glued in front of a first name:
    "Defensieminister Annegret Kramp-Karrenbauer", "Washington Donald Trump" → the person."""
    words = name.split()
    # (a first name that ends the name is a family name there: "Alexandru Damian", not "Damian")
    for i, word in enumerate(words[1:-1], start=1):
        if is_first_name(word) and not any(is_first_name(w) for w in words[:i]) \
                and words[i - 1].lower() not in KIN_TITLES | NICKNAME_ADJECTIVES | NAME_PARTICLES:
            return " ".join(words[i:])
    return name


def name_parts(name: str) -> list[str]:
    return [p for p in _PART_SPLIT.split(name.casefold()) if p]


def _is_part_of(short: list[str], long: list[str]) -> bool:
    """True when `short` is the tail of `long`: "Soleimani" of "Qassem Soleimani", "Mahdi" of
    "Adil Abdul-Mahdi". A first name is no tail; see `_full_name_of_first_name`."""
    if not short or len(short) >= len(long):
        return False
    n = len(short)
    return long[-n:] == short


def canonical_names(mentions: Sequence[tuple[str, str]]) -> list[str]:
    """For (text, label) mentions of one article, return each mention's canonical name.

    A mention maps to the longest PER name in the article it is the tail of, one that opens with a known
    first name before any other (ties: the most frequent, then the first seen), whatever its own label,
    because the NER often labels a bare surname as LOC or ORG. A bare first name resolves to the one PER full
    name that starts with it ("Ruben" → "Ruben van Erp"). A person tagged with the body they speak for ("Huyskens van de Bovag")
    resolves like the surname alone. A one-word organisation resolves to the one "X van/voor Y" name that
    opens with it ("Unie" → "Unie van Waterschappen"), or the one longer body name that holds it after its
    first word ("Kamer" → "Tweede Kamer"). Other names resolve only to themselves.
    """
    labels = [label for _, label in mentions]
    names = [normalize_name(text) for text, _ in mentions]
    names = [person_name(n) if label == "PER" else n for n, label in zip(names, labels)]
    names = _without_glued_body(names, labels)
    counts: dict[str, int] = {}
    for name in names:
        counts[name.casefold()] = counts.get(name.casefold(), 0) + 1
    first_seen = {}
    for i, name in enumerate(names):
        first_seen.setdefault(name.casefold(), i)
    spokesmen = _spokesmen([n for n, label in zip(names, labels) if label == "PER"],
                           [n for n in names if " " not in n])
    org_fuller = _org_fuller(names, labels)
    # words that open the name of a body ("Rai" of "Rai Vereniging"): no first names, whatever follows them
    org_words = {n.split()[0] for n, lab in zip(names, labels) if lab != "PER" and len(n.split()) >= 2}

    result = []
    for i, (name, label) in enumerate(zip(names, labels)):
        parts = name_parts(name)
        # the NER took the body a person speaks for into the name: match on the surname that opens it
        short = spokesmen.get(name.casefold(), parts)
        best = name
        best_key = (False, len(short), 0, 0)
        for other, other_label in zip(names, labels):
            # Only people are named by a part of their name; "Irak" is not short for "Noord-Irak".
            if other_label != "PER" or label not in ("PER", "LOC", "ORG", "MISC") or other.casefold() in spokesmen:
                continue  # ... and "Bovag" is no part of "Huyskens van de Bovag"
            other_parts = name_parts(other)
            if not _is_part_of(short, other_parts):
                continue
            # a name that opens with a known first name first: "Slot" is "Erwin Slot", not the company "Ten
            # Brinke Slot" the NER also called a person
            key = (is_first_name(other.split()[0]), len(other_parts), counts[other.casefold()],
                   -first_seen[other.casefold()])
            if key > best_key:
                best, best_key = other, key
        if best == name and name.casefold() in spokesmen:
            best = _SPEAKS_FOR.fullmatch(name).group(1)  # "Slob van Onderwijs" … "Slob": named by the surname alone
        if best == name and (label in ("PER", "MISC") or (is_first_name(name) and name.istitle())):
            # a known first name whatever its tag: "Beatrijs" (LOC) after "Beatrijs Ritsema"
            best = _full_name_of_first_name(name, [n for n, lab in zip(names, labels)
                                                   if lab == "PER" and n.casefold() not in spokesmen])
        elif best == name and label in ("LOC", "ORG") and len(name.split()) == 1 and name.istitle() \
                and name not in org_words:
            # an unknown first name the NER took for a place, after the person was named in full ("Gerarde
            # Koks … Gerarde: '…'"): only a full name seen before it, so "Washington" stays a place
            best = _full_name_of_first_name(name, [n for n, lab in zip(names[:i], labels[:i]) if lab == "PER"])
        if best == name and label in ("PER", "MISC") and len(parts) == 1 and len(parts[0]) >= 6:
            # "Pereiro" for "Carlos Pereira", "Elkim" for "Erkim Elkem": a surname misspelt by one letter
            near = {o for o, lab in zip(names, labels) if lab == "PER" and len(name_parts(o)) >= 2
                    and _one_edit(parts[0], name_parts(o)[-1])}
            best = near.pop() if len(near) == 1 else name
        if best == name and label != "PER" and name.casefold() in org_fuller:
            # "Kalitta" after "Kalitta Air", "de Radboud" after "Radboud Universiteit": an organisation's first word
            best = org_fuller[name.casefold()]
        if best == name and label in ("ORG", "MISC") and len(name.split()) == 1 and name.istitle():
            best = body_named_by(name, [n for n, lab in zip(names, labels) if lab in ("ORG", "MISC")]) or name
        if best == name and label in ("ORG", "MISC") and name.casefold() in ORG_OPENERS:
            # "de Unie" after "de Unie van Waterschappen", "Forum" after "Forum voor Democratie"
            fuller = {o.casefold(): o for o, lab in zip(names, labels) if lab in ("ORG", "MISC")
                      and len(o.split()) >= 3 and o.split()[1] in ("van", "voor") and o.split()[0] == name and lab == "ORG"}
            best = next(iter(fuller.values())) if len(fuller) == 1 else name
        result.append(best)
    return result


_NAME_LINKS = frozenset({"van", "voor", "de", "het", "en"})


def body_named_by(word: str, body_names: Sequence[str]) -> str | None:
    """"Kamer" -> "Tweede Kamer", "Commissie" -> "Europese Commissie": the one longer name of a body that holds
    the word after its first word (a name of capitalised words and links: "Hof van Justitie", never "Parool van
    donderdag"); None when the article names no such body or more than one ("Eerste Kamer", "Tweede Kamer")."""
    fuller = {n for n in body_names if word in n.split()[1:] and n.split()[-1][:1].isupper()
              and all(w[:1].isupper() or w in _NAME_LINKS for w in n.split())
              and sum(w.isupper() and len(w) > 1 for w in n.split()) < 2}  # (no heading in capitals)
    return fuller.pop() if len(fuller) == 1 else None


def _without_glued_body(names: list[str], labels: Sequence[str]) -> list[str]:
    """ "Tim Matavz Vitesse" (the NER ran the club into the name: "zette invaller Tim Matavz Vitesse op
    voorsprong"): a person's name of three words or more loses a last word that the article also names on
    its own as something else than a person, when the word before it is the person's surname used alone.
    Likewise a first word so named that is no first name, before a first name ("Ethnos Giorgos Kapopoulos",
    of the paper Ethnos) or before another name used alone, when the NER tagged it ORG ("verwijt Milieudefensie
    Shell …": two bodies run together)."""
    bodies = {n for n, lab in zip(names, labels) if lab != "PER" and len(n.split()) == 1}
    surnames = {n for n, lab in zip(names, labels) if lab == "PER" and len(n.split()) == 1}
    orgs = {n for n, lab in zip(names, labels) if lab == "ORG" and len(n.split()) == 1}
    alone = {n for n in names if len(n.split()) == 1}
    out = []
    for name, label in zip(names, labels):
        words = name.split()
        # (only when the word before it is what the article calls the person: "Matavz", never "Vitesse")
        if label == "PER" and len(words) >= 3 and words[-1] in bodies - surnames and words[-2] in surnames:
            name = " ".join(words[:-1])
        elif label == "PER" and len(words) >= 2 and words[0] in bodies - surnames and not is_first_name(words[0]) and (
                # (a first name the list lacks is often tagged LOC or MISC alone: "Gerarde Koks" … "Gerarde")
                is_first_name(words[1]) or (len(words) == 2 and words[0] in orgs and words[1] in alone)):
            name = " ".join(words[1:])
        out.append(name)
    return out


def _org_fuller(names: Sequence[str], labels: Sequence[str]) -> dict[str, str]:
    """{"kalitta": "Kalitta Air"}: a one-word name the NER tagged ORG somewhere in the article, and the one
    longer name (two or three capitalised words, never tagged PER) that opens with it and that the article
    introduces it with ("Rai Vereniging" first, so a later "Rai Mobiliteitsdiner" is something else)."""
    orgs = {n.casefold() for n, lab in zip(names, labels) if lab == "ORG" and len(n.split()) == 1 and n.istitle()}
    people = {n.casefold() for n, lab in zip(names, labels) if lab == "PER"}
    longer: dict[str, set[str]] = {}
    first = {}
    for n in names:
        if n.casefold() in people:
            continue
        n = re.sub(r"^(?:De|Het) ", "", n)  # "De Radboud Universiteit" opening a sentence
        words = n.split()
        # the name the article introduces it with: "Kalitta Air en Jetblue eisen …", then "Kalitta"
        first.setdefault(words[0].casefold() if words else "", n)
        if 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and words[0].casefold() in orgs:
            longer.setdefault(words[0].casefold(), set()).add(n)
    return {short: full.pop() for short, full in longer.items() if len(full) == 1 and first[short] in full}


def _spokesmen(person_names: Sequence[str], alone: Sequence[str] = ()) -> dict[str, list[str]]:
    """PER names that are a surname and the body the person speaks for ("Schreuders van de Vriendenloterij"),
    casefolded, with the parts of that surname: only where someone in the article has that surname (in full or
    alone, under any label in `alone`: the NER calls a bare surname MISC as often as PER) and the word before
    "van" is no first name, so "Bart van Dijk" stays a name."""
    # (a surname the article names in full, or names alone: "minister Slob van Onderwijs … Slob")
    surnames = {tuple(name_parts(n)[-1:]) for n in [*person_names, *alone] if len(name_parts(n)) >= 2 or " " not in n}
    out = {}
    for name in person_names:
        m = _SPEAKS_FOR.fullmatch(name)
        if m and not is_first_name(m.group(1).split()[0]) and tuple(name_parts(m.group(1))[-1:]) in surnames:
            out[name.casefold()] = name_parts(m.group(1))
    return out


def _one_edit(a: str, b: str) -> bool:
    """True when a and b differ by exactly one substitution, insertion or deletion."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), len(a))
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def _full_name_of_first_name(name: str, person_names: Sequence[str]) -> str:
    """ "Ruben" after "Ruben van Erp": a bare first name stands for the one person in the article
    with that first name. With two such people ("Boris Johnson", "Boris Becker") it stays as is; two full names
    with the same last name are one person ("Yvonne Verheul", "Yvonne van de Bij-Verheul")."""
    parts = name_parts(name)
    # a word not known as a first name still counts when it opens a full name and ends none ("Kim" of
    # "Kim Jong-un", where the family name comes first)
    if not is_first_name(name) and (len(parts) != 1 or len(name.split()) != 1 or any(
            len(name_parts(o)) > 1 and name_parts(o)[-1] == parts[0] for o in person_names)):
        return name
    fuller = {other.casefold(): other for other in person_names
              if len(name_parts(other)) > len(parts) and name_parts(other)[:len(parts)] == parts}
    if len({name_parts(other)[-1] for other in fuller.values()}) == 1:
        # one person by two names: "Yvonne Verheul" and, married, "Yvonne van de Bij-Verheul": the fullest
        return max(fuller.values(), key=lambda other: (len(name_parts(other)), other))
    return name


def canonical_entities(mentions: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """Like `canonical_names`, with the label of the entity each mention resolves to: a bare
    surname the NER called LOC that resolves to a PER full name becomes that PER entity."""
    names = canonical_names(mentions)
    label_of: dict[str, str] = {}
    for (text, label), name in zip(mentions, names):
        own = normalize_name(text)
        if (person_name(own) if label == "PER" else own).casefold() == name.casefold():
            # the fullest form's own label wins; PER first because a person's name outranks a stray tag
            if label_of.get(name.casefold()) != "PER":
                label_of[name.casefold()] = label
    return [(name, label_of.get(name.casefold(), label)) for (_, label), name in zip(mentions, names)]


def entity_id(canonical_name: str, label: str) -> str:
    """Stable id of an entity: the same label and canonical name give the same id in every run."""
    key = f"{label}\x1f{' '.join(name_parts(canonical_name))}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def resolve_speaker(speaker: str | None, entity_names: Sequence[tuple[str, str]]) -> tuple[str | None, str | None]:
    """Map a speaker string to (canonical name, entity_id) using the article's (canonical name, label)
    pairs: exact name match first, then the speaker as the tail of a PER name. Unnamed speakers
    ("de militie": no capitalised word) get no entity id."""
    if not speaker:
        return speaker, None
    if not any(w[:1].isupper() for w in speaker.split()):
        # an unnamed speaker ("een meisje", "deskundigen") is nobody in the entities table, even where the NER
        # tagged the same noun opening a sentence ("Meisje", "Deskundigen", MISC)
        return speaker, None
    parts = name_parts(normalize_name(speaker))
    exact = [(n, lab) for n, lab in entity_names if name_parts(n) == parts]
    if exact:
        name, label = min(exact, key=lambda e: e[1] != "PER")  # (the first PER one, else the first)
        return name, entity_id(name, label)
    people = [(n, lab) for n, lab in entity_names if lab == "PER"]
    tails = [(n, lab) for n, lab in people if _is_part_of(parts, name_parts(n))]
    if tails:
        # a full name that opens with a known first name first (as in `canonical_names`), then the longest
        name, label = max(tails, key=lambda e: (is_first_name(e[0].split()[0]), len(name_parts(e[0]))))
        return name, entity_id(name, label)
    # The speaker phrase holds a person the NER found: "Jesse Klaver van GroenLinks" → Jesse Klaver;
    # "Mark Rutte" when the NER only caught "Rutte" keeps the fuller name but joins to that entity.
    inside = [(n, lab) for n, lab in people if _contains(parts, name_parts(n))]
    if inside:
        name, label = max(inside, key=lambda e: len(name_parts(e[0])))
        shown = speaker if parts[-len(name_parts(name)):] == name_parts(name) else name
        return shown, entity_id(name, label)
    return speaker, None


def _contains(parts: list[str], sub: list[str]) -> bool:
    n = len(sub)
    return 0 < n < len(parts) and any(parts[i : i + n] == sub for i in range(len(parts) - n + 1))
