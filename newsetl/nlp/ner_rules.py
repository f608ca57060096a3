"""A spaCy component after the NER: eight rules that fix what the statistical model gets wrong by its letters.

* A name holds no verb or pronoun in lower case: "Je zag ook in", "Vorig jaar werd een" (MISC) are pieces of a
  sentence the model took for a title and are dropped, "Zo zei Moon" keeps the name that ends it (about 300 of
  the 24,000 entities in the DPG articles).
* A capitalised function word alone is no name ("Waarom", "Tijdens", "Daarop": spaCy's Dutch stop words, less
  known first names), and a preposition or conjunction opening the sentence is no part of one ("Onder
  Nederlanders" -> "Nederlanders"; "Door de crisis" holds none and is dropped).
* A name does not open with a role: "Trainer Nard Kwast", "Oppositieleider Daviz Simango", "Kamerlid De Groot"
  (capitalised because they open a sentence) lose the role word, so the entity is the person's name and joins
  the same person elsewhere. Not "Gedeputeerde Staten" (a body) or "Prinses Beatrixlaan" (a street).
* A name never ends in a function word: "Uitvoerend Comité van het", "Grote Prijzen vooraleer" lose the
  trailing words ("van", "het", "vooraleer"); the entity keeps its label.
* A word that opens a sentence and that the same text also writes in lower case is a common noun, not a name:
  "Meisje", "Deskundigen", "Vrouwen" (MISC) opening a sentence, "een meisje" elsewhere. A word the text also
  writes capitalised inside a sentence or inside a longer name stays ("Bos" of "Peter Bos" beside "het bos").
* A name that opens with a known first name is a person. The NER labels names it has not seen by their letters,
  and Dutch news is full of them: "Adil Abdul-Mahdi" and "Annegret Kramp-Karrenbauer" came out ORG, "Diederik
  Samsom" LOC, "Ed Nijpels" MISC. A first name from ``first_names`` followed by capitalised name words
  (particles allowed) makes the span PER, unless its last word names a place or a thing ("Jacob
  Jordaensstraat", "Pieter Baan Centrum", "Fanny Blankers Koen-stadion") or the name is a company's ("Albert
  Heijn").
* A country's or continent's name is a place (``countries``: CLDR's Dutch names): "Israël" (PER), "Iran" (MISC)
  become LOC, and one the NER missed is added as LOC unless a capitalised word joins it to a longer name
  ("Radio Nederland Wereldomroep").

Measured on CoNLL-2002 dev and on the DPG articles: see models/MODEL_CARD.md ("NER").
"""

from __future__ import annotations

from spacy.lang.nl.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsetl.nlp.countries import country_names, country_words
from newsetl.nlp.first_names import NAME_PARTICLES, is_first_name
from newsetl.nlp.lexicon import ROLE_ENDINGS, ROLE_HINTS, TITLES

# v3: countries; v2: function words, common nouns opening a sentence, openers and roles before a name (v1: the
# other three rules)
NER_RULES = "newsetl_ner_rules_v3"

# words that end no name: articles, prepositions, conjunctions, auxiliaries (by word, so a pipeline without a
# tagger gets the same answer)
_FUNCTION_WORDS = frozenset(
    "de het een van voor in op met aan bij uit tot te en of maar dat die wat als vooraleer voordat nadat omdat "
    "is was zijn waren wordt werd heeft hebben had moet moeten kan kunnen zal zullen wil willen".split()
)
# last words (or their endings) that make a name a place, building, event or thing named after someone; not
# endings that Dutch surnames share ("Groeneweg", "Middelhof", "Van der Laan", "Verbrugge")
_THING_ENDINGS = (
    "straat", "plein", "plantsoen", "singel", "kade", "gracht", "steeg", "dreef", "bankje", "stadion", "arena",
    "lied", "centrum", "ziekenhuis", "college", "lyceum", "museum", "prijs", "fonds", "stichting", "tunnel",
    "theater",
)
# companies, brands and events named like a person (Dutch news): never relabelled
_NAMED_LIKE_PEOPLE = frozenset({"albert heijn", "jan linders", "hans anders", "dirk van den broek",
                                "roland garros", "jet aviation"})


# names of bodies that open with a role word
_ROLE_NAMED_BODIES = frozenset({"gedeputeerde staten"})


def opening_role(token: Token) -> bool:
    """A capitalised role or title ("Trainer", "Oppositieleider", "Kamerlid"); endings that surnames share
    ("-man", "-vrouw": "Goldman") do not count, nor a known first name."""
    low = token.lower_
    return token.is_title and not is_first_name(token.text) and (
        low in ROLE_HINTS or low in TITLES or low.endswith(ROLE_ENDINGS))


# prepositions and conjunctions that open a sentence, never a name ("Onder Nederlanders", "Als De Gaulle")
_SENTENCE_OPENERS = frozenset(
    "onder over door na sinds tussen rond als tijdens zonder want behalve terwijl zoals vanuit naar om volgens "
    "dankzij tegen binnen buiten nadat toen omdat hoewel maar dus ook of en bij uit tot met".split()
)


def name_start(span: Span) -> int | None:
    """The token index where the name really starts: after a role word that opens it ("Trainer Nard Kwast"), or
    after a preposition or conjunction opening the sentence and any article after it ("Onder Nederlanders",
    "Over de Europese Unie"); None when no capitalised word is left ("Door de crisis", "Sinds 2012")."""
    doc = span.doc
    if len(span) >= 2 and span[0].is_title and span[0].lower_ in _SENTENCE_OPENERS:
        k = span.start + 1
        while k < span.end - 1 and doc[k].lower_ in ("de", "het", "een") and doc[k].is_lower:
            k += 1
        return k if doc[k].text[:1].isupper() else None
    if (len(span) >= 2 and opening_role(span[0]) and span[1].text[:1].isupper()
            and not span[-1].lower_.endswith((*_THING_ENDINGS, "laan")) and span.text.lower() not in _ROLE_NAMED_BODIES):
        return span.start + 1
    return span.start


def function_word(span: Span) -> bool:
    """One capitalised Dutch function word (spaCy's Dutch stop words) that is no first name: "Waarom", "Tijdens",
    "Daarop" opening a sentence. (Not in capitals: "OM", "ALS" are names.)"""
    return len(span) == 1 and span[0].is_title and span[0].lower_ in STOP_WORDS and not is_first_name(span[0].text)


def name_end(span: Span) -> int:
    """The token index where the name really ends: before any trailing lower-case function words."""
    end = span.end
    while end - span.start >= 2 and span.doc[end - 1].is_lower and span.doc[end - 1].lower_ in _FUNCTION_WORDS:
        end -= 1
    return end


def person_by_first_name(span: Span) -> bool:
    """The span reads as a person's name: a known first name, then capitalised words or particles."""
    words = [t.text for t in span]
    if len(words) < 2 or not is_first_name(words[0]) or not words[0][:1].isupper():
        return False
    if any(w.isupper() and len(w) > 1 for w in words):
        return False  # "Maxima MC", "Jan ANWB": an acronym is no part of a person's name
    if not all(w[:1].isupper() or (0 < k < len(words) - 1 and w.lower() in NAME_PARTICLES)
               for k, w in enumerate(words)):
        return False
    return not (words[-1].lower().endswith(_THING_ENDINGS) or span.text.lower() in _NAMED_LIKE_PEOPLE)


def clause_end(span: Span) -> int | None:
    """The index after the last lower-case verb, auxiliary or pronoun in the span (by the tagger, a word of its
    own: not "in" of "Moon Jae-in"), or None when it has none."""
    doc = span.doc
    hits = [t.i for t in span[1:] if t.is_lower and t.pos_ in ("VERB", "AUX", "PRON") and doc[t.i - 1].whitespace_]
    return hits[-1] + 1 if hits else None


def name_after_clause(span: Span) -> Span | None:
    """A span that holds a piece of a sentence keeps only the name that ends it ("Zo zei Moon" -> "Moon",
    "Algemeen Handelsblad wie Suze Groeneweg" -> "Suze Groeneweg"); None when no name ends it ("Je zag ook in")."""
    start = clause_end(span)
    if start is None:
        return span
    tail = span.doc[start:span.end]
    if len(tail) and tail[0].text[:1].isupper() and all(
            t.text[:1].isupper() or t.lower_ in NAME_PARTICLES for t in tail):
        return tail
    return None


# what can stand before the first word of a sentence (the NER runs before the parser: no sentence starts yet)
_OPENERS = frozenset('. ! ? : ; " \' ” “ „ ‘ ’ ( - – —'.split()) | {",,", "``"}


def _opens_sentence(token: Token) -> bool:
    return token.i == 0 or token.nbor(-1).is_space or token.nbor(-1).text in _OPENERS


def common_nouns(doc: Doc) -> set[str]:
    """Lower-cased words the doc writes in lower case and never capitalised inside a sentence or a longer name."""
    lower = {t.text for t in doc if t.is_lower and t.is_alpha}
    named = {t.lower_ for ent in doc.ents if len(ent) > 1 for t in ent}
    named |= {t.lower_ for t in doc if t.is_title and not _opens_sentence(t)}
    return lower - named


def _joined(doc: Doc, start: int, end: int) -> bool:
    """A capitalised word runs into doc[start:end] (not one opening a sentence): it is part of a longer name."""
    before = start > 0 and doc[start - 1].is_title and not _opens_sentence(doc[start - 1])
    return before or (end < len(doc) and doc[end].text[:1].isupper())


def missed_countries(doc: Doc, ents: list[Span]) -> list[Span]:
    """Country names (``countries``) outside `ents` and not part of a longer name, as LOC spans."""
    taken = {i for ent in ents for i in range(ent.start, ent.end)}
    words = country_words()
    found = []
    i = 0
    while i < len(doc):
        for name in words.get(doc[i].text, ()):
            end = i + len(name)
            if (tuple(t.text for t in doc[i:end]) == name and taken.isdisjoint(range(i, end))
                    and not _joined(doc, i, end)):
                found.append(Span(doc, i, end, label="LOC"))
                i = end - 1
                break
        i += 1
    return found


def _label(span: Span, label: str) -> str:
    """PER for a name that reads as a person's, LOC for a country's, else the NER's label."""
    if label != "LOC" and span.text in country_names():
        return "LOC"
    if label != "PER" and person_by_first_name(span):
        return "PER"
    return label


@Language.component(NER_RULES)
def ner_rules(doc: Doc) -> Doc:
    """Drop entities that are pieces of a sentence, function words or a common noun opening a sentence, trim an
    opening preposition or role and trailing function words off the others, relabel as PER those that read as
    a person's name and as LOC countries, and add the countries the NER missed."""
    ents = []
    changed = False
    nouns: set[str] | None = None
    for ent in doc.ents:
        if function_word(ent):
            changed = True
            continue
        if len(ent) == 1 and ent[0].is_title and _opens_sentence(ent[0]):
            nouns = common_nouns(doc) if nouns is None else nouns
            if ent[0].lower_ in nouns:
                changed = True
                continue
        named = name_after_clause(ent)
        start = name_start(named) if named is not None else None
        if named is None or start is None:
            changed = True
            continue
        end = name_end(named)
        label = _label(doc[start:end], ent.label_)
        if start != ent.start or end != ent.end or label != ent.label_:
            ent = Span(doc, start, end, label=label)
            changed = True
        ents.append(ent)
    added = missed_countries(doc, ents)
    if changed or added:
        doc.ents = sorted(ents + added, key=lambda span: span.start)
    return doc
