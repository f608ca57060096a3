"""Cues and speaker phrases: find the speech verb (or aldus/volgens) near a quote and the noun phrase of
its speaker. Resolving that phrase to a name lives in ``speakers`` (``Resolver``).

Everything works on a Doc with or without annotations. Token patterns come first (they are robust to
parse errors); the dependency parse (nsubj of the cue verb) is a fallback, POS tags refine noun-phrase
boundaries, and NER provides the names. Without NER, runs of capitalised words stand in for names.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsetl.nlp import speech_verbs as sv
from newsetl.nlp.first_names import NAME_PARTICLES

PRONOUNS = frozenset({"hij", "zij", "ze", "hem", "haar", "die", "deze"})
FIRST_PERSON = frozenset({"ik", "wij", "we", "jij", "je", "u", "men", "jullie"})
# "een van de experts", "twee van de daders": one or some of a group
PARTITIVES = frozenset("een één geen twee drie vier enkele sommige velen veel".split())

DETS = frozenset(
    "de het een deze die dit dat zijn haar hun ons onze mijn jullie diens enkele sommige veel vele alle beide "
    "twee drie vier vijf tal meerdere verschillende andere zo'n elke iedere ieder".split()
)
PREPS = frozenset(
    "in op aan bij tegen met voor na tijdens over door uit naar om onder tussen via vanuit namens middels zonder "
    "per sinds rond tot binnen buiten achter naast tegenover volgens aldus ten te vanaf richting jegens dankzij".split()
)
STOP = frozenset(
    "ook nog al wel niet later eerder vandaag gisteren morgen gisteravond vanochtend vanmorgen vanmiddag vanavond "
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag desgevraagd daarbij daarover daaraan daarop er "
    "zich toen dan nu zo echter immers bovendien tevens vervolgens verder daarna inmiddels eens ooit steeds altijd "
    "nooit meteen direct opnieuw weer slechts alleen enkel vooral vaak zelf zelfs hierover erover erbij en of "
    "maar want omdat als toe af dat wat waar wie hoe waarom is was zijn waren wordt werd heeft had hebben "
    "kan kon zal zou wil wilde moet moest mag mocht gaat ging komt kwam staat stond blijkt bleek lijkt "
    "onlangs recent afgelopen vorige volgende deze week jaar maand dag avond ochtend middag nacht tevreden "
    "lachend sarcastisch stellig kortom bijvoorbeeld namelijk trouwens overigens wellicht misschien "
    "nadrukkelijk vandaar daarom dus zegt zei weleens zoals keer vorig zelf".split()
)
ROLE_STOP = STOP | DETS | PREPS | FIRST_PERSON | PRONOUNS
_WORD = re.compile(r"[^\W\d_][\w'’\-.]*", re.UNICODE)
_AGE_ADJ = re.compile(r"\d+-[^\W\d_]+")


def _is_cap(token: Token) -> bool:
    t = token.text
    return bool(t) and t[0].isupper() and any(c.isalpha() for c in t)


# nouns of a share after a number ("40 procent"), and words that make a number approximate ("ruim een kwart")
QUANTITY_NOUNS = frozenset("procent % miljoen duizend honderd".split())
APPROXIMATORS = frozenset("ruim bijna ongeveer circa zo'n krap nauwelijks".split())
SHARE_NOUNS = frozenset("helft kwart derde vijfde tiende meerderheid minderheid deel".split())
# lower-case words inside English names: "International Agency for Research on Cancer", "Youth of Climate NL"
ENGLISH_LINKS = frozenset({"for", "of", "on", "and", "the"})


def _glued(token: Token) -> bool:
    """A token that cannot start a name: a role compound ("Oud-rechtenstudent", "Labour-leider", "HvA'er") or the end
    of the previous sentence glued on by the NER ("VS." in "in de VS. Van Dam zegt")."""
    t = token.text
    if "-" in t and t.rsplit("-", 1)[1][:1].islower():
        return True
    if re.fullmatch(r"[A-Z][\w-]*['’]ers?", t):
        return True  # a member of a body: "HvA'er Harko van den Hende", "PvdA'er Lodewijk Asscher"
    return t.endswith(".") and len(t.rstrip(".")) > 1


def _acronym(token: Token) -> bool:
    """A word in capitals ("OM", "IN"): a name, not the preposition it spells ("Het OM eist", "Het OM zegt")."""
    return len(token.text) > 1 and token.text.isupper()


def _adjectival(word: str) -> bool:
    """A capitalised adjective of place or origin ("Franse", "Iraakse", "Belgische"), not a name ("Jesse")."""
    return word.lower().endswith(("nse", "tse", "kse", "dse", "gse", "ese", "sche", "rse", "lse", "mse", "pse", "fse"))


def _is_word(token: Token) -> bool:
    return bool(_WORD.fullmatch(token.text))


@dataclass(frozen=True)
class Cue:
    i: int  # token index of the verb or cue word
    lemma: str
    text: str  # surface form, with a separated particle: "voegde toe"
    particle_i: int | None = None


@dataclass(frozen=True)
class Mention:
    start: int  # char offsets
    end: int
    text: str
    tok_start: int
    tok_end: int


_PASSIVE_AUX = frozenset({"werd", "werden", "wordt", "worden", "geworden"})
# titles that run on over "van" whatever follows them ("zei de officier van justitie vrijdag")
_TITLES_WITH_VAN = frozenset({("officier", "justitie"), ("kamer", "koophandel"), ("rechter", "instructie"),
                              ("college", "bestuur"), ("raad", "bestuur"), ("raad", "commissarissen"),
                              ("raad", "toezicht"), ("hof", "beroep"), ("commissaris", "politie")})
_NOT_VERB = frozenset({"NOUN", "ADJ", "DET", "ADP", "PRON", "CCONJ", "SCONJ", "NUM", "PUNCT", "ADV", "INTJ", "SYM"})


class DocView:
    """Annotation flags and helpers over one Doc."""

    def __init__(self, doc: Doc, quote_char_spans: list[tuple[int, int]]):
        self.doc = doc
        self.text = doc.text
        self.has_pos = doc.has_annotation("POS")
        self.has_lemma = doc.has_annotation("LEMMA")
        self.has_dep = doc.has_annotation("DEP")
        self.has_ents = doc.has_annotation("ENT_IOB")
        self.starts = [t.idx for t in doc]
        self.quote_spans = sorted(quote_char_spans)  # (outer start, outer end) incl. marks
        self._quote_starts = [a for a, _ in self.quote_spans]

    def tok_at(self, char: int) -> int:
        """Index of the token containing (or starting after) char."""
        k = bisect_right(self.starts, char) - 1
        if k < 0:
            return 0
        t = self.doc[k]
        if char >= t.idx + len(t.text) and k + 1 < len(self.doc):
            return k + 1
        return k

    def tok_range(self, a: int, b: int) -> range:
        """Tokens fully or partly inside chars [a, b)."""
        if b <= a or not len(self.doc):
            return range(0)
        i = self.tok_at(a)
        j = bisect_right(self.starts, b - 1)
        return range(i, max(i, j))

    def in_quote(self, token: Token) -> bool:
        c = token.idx
        k = bisect_right(self._quote_starts, c) - 1
        # spans are outermost, so at most the last one starting before c can contain it
        return k >= 0 and self.quote_spans[k][0] <= c < self.quote_spans[k][1]

    def lemma(self, token: Token) -> str | None:
        return token.lemma_ if self.has_lemma and token.lemma_ else None

    # --- cues -----------------------------------------------------------------------------------

    def cues_in(self, a: int, b: int) -> list[Cue]:
        """Speech verbs and cue words in chars [a, b), outside quotes."""
        toks = [t for t in (self.doc[i] for i in self.tok_range(a, b)) if not self.in_quote(t)]
        out: list[Cue] = []
        used: set[int] = set()
        for k, tok in enumerate(toks):
            low = tok.lower_
            if tok.i in used:
                continue
            if low in sv.CUE_WORDS:
                out.append(Cue(tok.i, low, tok.text))
                continue
            if low in sv.AMBIGUOUS and ((self.has_pos and tok.pos_ in _NOT_VERB) or (
                    tok.i > 0 and self.doc[tok.i - 1].lower_ in DETS and not self._pronoun_then_verb(tok))) \
                    and not self._verb_then_pronoun_after_quote(tok):
                continue  # "een vraag", "het stel", "bekend": a noun or adjective here, no cue
            base = sv.base_lemma(tok.text, self.lemma(tok))
            if base is not None and self._nominal(tok):
                continue
            if base is not None:
                particles = sv.PARTICLES[base]
                found = False
                for m in range(k + 1, min(len(toks), k + 12)):
                    p = toks[m]
                    if p.text in (",", ".", ";", ":", "!", "?") and m > k + 1:
                        break  # the particle stays in the verb's clause
                    if p.lower_ in particles and self._particle_ok(p):
                        lemma = particles[p.lower_]
                        out.append(Cue(tok.i, lemma, f"{tok.text} {p.text}", p.i))
                        used.add(p.i)
                        found = True
                        break
                if not found and low in sv.AFTER_QUOTE and self._right_after_quote(tok):
                    out.append(Cue(tok.i, sv.AFTER_QUOTE[low], tok.text))
                elif not found:
                    lemma = sv.speech_lemma(tok.text, self.lemma(tok))
                    # the base alone is a cue only when it is a speech verb itself ("riep", not "voegde")
                    if lemma is not None and (lemma not in sv.PARTICLES or sv.SURFACE.get(tok.lower_) == lemma):
                        out.append(Cue(tok.i, lemma, tok.text))
                continue
            if low in sv.AFTER_QUOTE and self._right_after_quote(tok):
                out.append(Cue(tok.i, sv.AFTER_QUOTE[low], tok.text))
                continue
            lemma = sv.speech_lemma(tok.text, self.lemma(tok))
            if lemma is not None and not self._nominal(tok) and not self._passive(tok):
                out.append(Cue(tok.i, lemma, tok.text))
        return [c for c in out if not self._idiom(c)]

    def _idiom(self, cue: Cue) -> bool:
        """A speech verb in a set phrase that says nothing: "de vergrijzing heeft z'n tol geëist", "het vraagt
        veel geduld" (its object within the clause, either side of the verb)."""
        objects = sv.IDIOM_OBJECTS.get(cue.lemma)
        if not objects:
            return False
        lo, hi = max(0, cue.i - 6), min(len(self.doc), cue.i + 7)
        near = [t for t in self.doc[lo:hi] if not t.is_punct or t.i == cue.i]
        return any(t.lower_ in objects and not self.in_quote(t) for t in near)

    def _pronoun_then_verb(self, tok: Token) -> bool:
        """"Dat stellen de Dierenbescherming en …", "burgers die stellen dat …": after a pronoun (not an
        article) a finite verb is the verb, though the word also names a noun ("de stellen")."""
        prev = self.doc[tok.i - 1]
        return self.has_pos and prev.pos_ == "PRON" and tok.pos_ == "VERB" and "Fin" in tok.morph.get("VerbForm")

    def _verb_then_pronoun_after_quote(self, tok: Token) -> bool:
        """"'…', antwoord ik dan": right after a quote and its comma, a word with a subject pronoun after it is the
        verb, whatever the tagger says."""
        nxt = self.doc[tok.i + 1] if tok.i + 1 < len(self.doc) else None
        return nxt is not None and nxt.lower_ in ("ik", "hij", "zij", "ze", "we", "wij", "je", "jij", "u") \
            and self._right_after_quote(tok)

    def _right_after_quote(self, tok: Token) -> bool:
        """The verb opens the clause right after a closing quote and its comma: "'…', weet Ruijs"."""
        return tok.i >= 2 and self.doc[tok.i - 1].text == "," and self.in_quote(self.doc[tok.i - 2])

    def _nominal(self, tok: Token) -> bool:
        """A verb form used as a noun or name: "het schrijven", "via Twitter"."""
        prev = self.doc[tok.i - 1] if tok.i > 0 else None
        # a finite form stays a verb: "wannéér hij het zei", "toen het bekendmaakte", "De een vond het mooi"
        finite = self.has_pos and tok.pos_ in ("VERB", "AUX") and "Fin" in tok.morph.get("VerbForm")
        if prev is not None and prev.lower_ in ("het", "de", "een", "via") and not finite:
            return True
        if prev is not None and prev.lower_ in PREPS and prev.lower_ != "te" and not _acronym(prev) and not finite:
            return True  # "met verwijten aan het adres van de VVD": a noun after a preposition, whatever its tag
        if self.has_pos and tok.pos_ == "NOUN" and prev is not None and (prev.pos_ in ("ADJ", "DET", "NUM") or prev.dep_ == "amod") \
                and prev.text.islower() and tok.dep_ in ("obj", "nsubj", "obl", "nmod", "conj") \
                and sv.speech_lemma(tok.text, self.lemma(tok)) in sv.INDIRECT_ONLY:
            # "die bindende besluiten kan nemen": a noun with its modifier (unlike "een dringende oproep", the
            # noun of a thinking verb reports nothing)
            return True
        nxt = self.doc[tok.i + 1] if tok.i + 1 < len(self.doc) else None
        if self.has_pos and prev is not None and nxt is not None and prev.pos_ in ("ADJ", "DET") \
                and nxt.pos_ == "NOUN" and nxt.text.islower() and "Part" in tok.morph.get("VerbForm"):
            return True  # a participle as an adjective between its article or adjective and a noun: "aparte besloten clubjes"
        # a capitalised word mid-sentence is a name ("via Twitter"), not a verb
        return _is_cap(tok) and prev is not None and not prev.is_punct and not prev.is_space and not self.in_quote(prev)

    def _passive(self, tok: Token) -> bool:
        """A participle in a passive clause ("werden destijds genoemd"): its subject is no speaker."""
        if not tok.lower_.startswith("ge") and tok.lower_ not in sv.PARTICIPLES:
            return False
        window = self.doc[max(0, tok.i - 6):tok.i]
        return any(t.lower_ in _PASSIVE_AUX for t in window)

    def _particle_ok(self, p: Token) -> bool:
        if p.lower_ == "weten":
            return True
        if self.has_dep and p.dep_ == "compound:prt":
            return True
        nxt = self.doc[p.i + 1] if p.i + 1 < len(self.doc) else None
        return nxt is None or nxt.is_punct or nxt.lower_ in ("dat", "en", "maar", "of", "want") or nxt.is_space

    # --- noun phrases ---------------------------------------------------------------------------

    def np_after(self, i: int, limit: int) -> tuple[int, int] | None:
        """Token span of the noun phrase starting at token i (not past token `limit`)."""
        doc = self.doc
        if i >= min(limit, len(doc)):
            return None
        first = doc[i]
        nxt0 = doc[i + 1] if i + 1 < min(limit, len(doc)) else None
        # ("het OM": an acronym is a name, whatever lower-case word it spells)
        as_det = first.lower_ in DETS and nxt0 is not None and _is_word(nxt0) and (
            nxt0.lower_ not in STOP | PREPS or nxt0.text.isupper()) \
            and not (first.lower_ in PRONOUNS and self.has_pos and nxt0.pos_ in ("ADV", "ADP", "VERB", "AUX"))
        # ("volgens haar terug": "haar" is the pronoun, not the article of "terug")
        if (first.lower_ in PRONOUNS or first.lower_ in FIRST_PERSON) and not as_det:
            return (i, i + 1)
        if first.lower_ in ("dat", "wat", "of"):
            return None
        if first.lower_ == "het" and (i + 1 >= limit or not _is_word(doc[i + 1]) or (
                doc[i + 1].lower_ in STOP | PREPS and not doc[i + 1].text.isupper())):
            return None  # expletive: "klinkt het"
        end = i
        state = "start"
        k = i
        while k < min(limit, len(doc), i + 14):
            t = doc[k]
            low = t.lower_
            nxt = doc[k + 1] if k + 1 < len(doc) and k + 1 < limit else None
            if t.is_space or self.in_quote(t):
                break
            if t.is_punct:
                if t.text in ("-", "'", "’") and state in ("name", "noun") and nxt is not None and _is_word(nxt):
                    k += 1
                    continue
                break
            if state in ("start", "van") and low in DETS:
                state = "det"
            elif low == "en" and state == "name" and nxt is not None and _is_cap(nxt) and _is_word(nxt):
                state = "particle"  # "Jaap van der Laan en Walter Berghorst", "B en W"
            elif (state in ("name", "noun") or (state == "det" and k > i and doc[k - 1].lower_ in ("een", "één")
                                                and doc[k - 2].lower_ == "van")) \
                    and low == "van" and nxt is not None and (nxt.lower_ in DETS or _is_cap(nxt)):
                state = "van"  # (also "de vriendin van een van de jongens": one of them)
            elif state == "noun" and low == "van" and nxt is not None and nxt.is_alpha and nxt.text.islower() \
                    and nxt.lower_ not in STOP | PREPS | DETS and (
                        (k + 2 < min(limit, len(doc)) and _is_cap(doc[k + 2]))
                        or k + 2 >= min(limit, len(doc)) or doc[k + 2].text in (".", ",", ";", "!", "?")
                        or (doc[k + 2].like_num and k + 3 < len(doc) and doc[k + 3].text in (".", ",", ";"))
                        or (doc[k - 1].lower_, nxt.lower_) in _TITLES_WITH_VAN):
                # "de woordvoerder van burgemeester Bolsius": a role before the owner's name; "erkende de officier
                # van justitie.": a bare noun ending the phrase is part of the title
                state = "van"
            elif state == "noun" and low == "naast" and first.lower_ == "een" and nxt is not None \
                    and nxt.lower_ in ("me", "mij"):
                end = k + 2  # "zegt een man naast me": the writer's neighbour
                break
            elif state in ("name", "noun") and low in _PLACING_PREPS and nxt is not None and (
                    (first.lower_ == "een" and (nxt.lower_ in ("de", "het", "een", "die", "deze", "zijn", "haar", "hun")
                                                or (_is_cap(nxt) and _is_word(nxt)))
                     # (not how it is said: "zegt een woordvoerder in een reactie", "met een knipoog")
                     and not (k + 2 < len(doc) and doc[k + 2].lower_ in _HOW_SAID))
                    or (first.text in ("de", "het") and state == "name" and low == "in" and _is_cap(nxt)
                        and _is_word(nxt) and nxt.lower_ not in DETS)):
                # an unnamed speaker placed or described: "een bewoner uit Zwolle", "een FvD'er in de zaal", "een
                # vrouw met haar hondje op de arm"; a body with its seat: "de Anglicaanse Kerk in Ierland"
                state = "van"
            elif low in NAME_PARTICLES and nxt is not None and _is_cap(nxt) and state in ("start", "name", "noun", "van"):
                state = "particle"
            elif low in ENGLISH_LINKS and state == "name" and nxt is not None and _is_cap(nxt):
                state = "particle"  # an English name: "het International Agency for Research on Cancer"
            elif _is_cap(t) and (_is_word(t) or re.fullmatch(r"[\w&.'’\-]+", t.text)):
                # right after an article a capitalised word is a name or noun whatever its tag ("een FvD'er" as ADP)
                if self.has_pos and t.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "CCONJ") \
                        and state not in ("start", "det"):
                    break
                state = "name" if not _adjectival(t.text) or state == "name" else "adj"
            elif _is_word(t) and low not in STOP and low not in PREPS and not (
                sv.speech_lemma(t.text) and state in ("name", "noun")
            ) and not (t.like_num and state in ("start", "det")):  # "de twee grootste eurolanden": a count
                if state == "name" and (doc[k - 1].text.endswith(("'s", "’s")) or doc[k - 1].text in ("'", "’") or (
                        # "Vermeulens raadsman", "Amsterdams wethouder Ivens": a genitive s or a place's adjective
                        k - 1 == i and doc[k - 1].text.endswith("s") and self.has_pos and t.pos_ == "NOUN")) \
                        and t.text.islower() \
                        and (not self.has_pos or t.pos_ in ("NOUN", "ADJ")):
                    state = "noun"  # "Alyas Karmani's medestudenten": the name owns the phrase's head
                    end = k + 1
                    k += 1
                    continue
                if state in ("name", "noun"):
                    break
                if state in ("adj", "det") and self.has_pos and t.pos_ == "VERB" and nxt is not None \
                        and nxt.pos_ == "NOUN" and (state == "adj" or t.lower_.endswith("ende") or k - 1 > i):
                    # a participle used as an adjective after a modifier: "een goed ingevoerde bron" (right after
                    # the article only a present participle: "aldus de verlossende woorden van Clinton", but in
                    # "beloofde het verdeelde land" that is an object; inside the phrase any: "van een bejaarde man")
                    end = k + 1
                    k += 1
                    continue
                if state == "det" and self.has_pos and t.pos_ == "VERB" and low.endswith("e") and (
                        nxt is None or not _is_word(nxt) or nxt.lower_ == "zich"):
                    # a participle used as a noun ends the phrase: "zei de verdachte.", "aldus de betrokkene,",
                    # "beklaagde de verdachte zich"
                    end = k + 1
                    break
                if self.has_pos and t.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ", "PRON") and state != "start":
                    break
                if state == "det" and self.has_pos and t.pos_ == "ADV" and nxt is not None and _is_word(nxt) \
                        and nxt.lower_ not in STOP | PREPS | DETS:
                    state = "adj"  # "een goed ingevoerde bron": an adverb inside the phrase
                    k += 1
                    continue
                if self.has_pos and t.pos_ not in ("NOUN", "ADJ", "PROPN", "NUM", "X", "DET") and (
                        nxt is not None and _is_word(nxt) and nxt.lower_ not in STOP | PREPS | DETS) and not (
                        state == "start" and _is_cap(nxt) and t.pos_ == "VERB"):
                    # a tagged adverb or verb with more words after it: not the head of a speaker phrase (but
                    # "riep verdachte Anouar A.": a word the tagger took for a verb before a name is its role)
                    break
                if self.has_pos:
                    state = "adj" if t.pos_ == "ADJ" else "noun"
                else:
                    state = "adj" if (low.endswith("e") and nxt is not None and _is_word(nxt)
                                      and nxt.lower_ not in STOP | PREPS) else "noun"
            elif _AGE_ADJ.fullmatch(t.text) and state in ("start", "det", "adj"):
                state = "adj"  # "een 81-jarige man", "de 34-jarige Amsterdammer": an age written with digits
            elif t.like_num and state in ("start", "det"):
                state = "det"
            elif t.like_num and state == "noun" and k >= 2 and doc[k - 2].lower_ == "van":
                state = "name"  # "een leraar van groep 7": the number names the group
            else:
                break
            end = k + 1
            k += 1
        while end > i and (doc[end - 1].lower_ in DETS | NAME_PARTICLES | {"van"} or doc[end - 1].is_punct):
            end -= 1
        if end <= i:
            return None
        if all(doc[m].lower_ in DETS for m in range(i, end)):
            return None
        if self.has_pos and all(doc[m].text.islower() and doc[m].pos_ in ("ADJ", "ADV") for m in range(i, end)):
            return None  # "zegt hij er kortaf": a manner word is no speaker
        if self.has_pos and end == i + 1 and first.text.islower() and "Plur" not in first.morph.get("Number") \
                and (end >= len(doc) or doc[end].is_punct):
            return None  # "en zegt stoïcijns:": a bare singular word is a manner word the tagger took for a noun
        return (i, end)

    def np_before(self, j: int, floor: int) -> tuple[int, int] | None:
        """Token span of the noun phrase ending just before token j (not before token `floor`)."""
        doc = self.doc
        k = j - 1
        while k >= floor and doc[k].is_space:
            k -= 1
        if k < floor:
            return None
        if doc[k].text == "," and k - 1 > floor:
            # "De Franse minister van Buitenlandse Zaken, Jean-Yves Le Drian, stelde": the apposition is a name;
            # "Henk Otten, lijsttrekker voor Forum in de senaat, stelt": the name before the apposition
            m = k - 1
            while m > floor and (_is_cap(doc[m]) or doc[m].text == "-" or doc[m].lower_ in NAME_PARTICLES):
                m -= 1
            if m < k - 1 and doc[m].text == "," and _is_cap(doc[m + 1]):
                return (m + 1, k)
            c = k - 1
            while c > floor and c > k - 12 and doc[c].text != "," and not self.in_quote(doc[c]):
                c -= 1
            if c > floor and doc[c].text == "," and _is_cap(doc[c - 1]):
                e = c
                m = c - 1
                while m >= floor and (_is_cap(doc[m]) or doc[m].text == "-" or doc[m].lower_ in NAME_PARTICLES):
                    m -= 1
                if e - (m + 1) >= 1 and (e - (m + 1) >= 2 or m < floor or not doc[m].is_alpha or doc[m].lower_ in STOP):
                    return (m + 1, e)
            return None
        while k > floor and doc[k].lower_ in ("zelf", "zelfs", "ook", "nu", "dan", "echter"):
            k -= 1  # "Mirek zelf verklaarde"
        last = doc[k]
        if last.lower_ in PRONOUNS or last.lower_ in FIRST_PERSON:
            return (k, k + 1)
        start = None
        m = k
        while m >= floor and m > k - 12:
            t = doc[m]
            low = t.lower_
            if self.in_quote(t) or t.is_space:
                break
            if t.is_punct:
                if t.text in ("-", "'", "’") and start is not None and m - 1 >= floor and _is_word(doc[m - 1]):
                    m -= 1
                    continue
                if t.text == ")" :
                    # skip a parenthetical "(VVD)"
                    o = m
                    while o >= floor and doc[o].text != "(" and o > m - 6:
                        o -= 1
                    if o >= floor and doc[o].text == "(":
                        m = o - 1
                        continue
                break
            if low in DETS and low not in ("die", "dat"):
                start = m
                if m - 1 >= floor and low not in ("de", "het", "een") and doc[m - 1].lower_ in ("de", "het", "een"):
                    start = m - 1  # "Een andere bron", "de beide ministers": an article before the quantifier
                if m - 2 >= floor and doc[m - 1].lower_ == "van" and doc[m - 2].lower_ in PARTITIVES:
                    start = m - 2  # "een van de experts zegt": one of them
                    break
                if m - 2 >= floor and doc[m - 1].text == "van" and _is_word(doc[m - 2]) and not _is_cap(doc[m - 2]) \
                        and doc[m - 2].lower_ not in STOP | PREPS | DETS and (not self.has_pos or doc[m - 2].pos_ == "NOUN"):
                    m -= 1  # "De bestuursvoorzitter van de Stichting ...": the phrase goes on before "van de"
                    continue
                break
            if low in PREPS and low != "van":
                break
            if low == "van":
                if start is None:
                    break
                start = m
                m -= 1
                continue
            if low in NAME_PARTICLES and start is not None and _is_cap(doc[m + 1]):
                start = m
                m -= 1
                continue
            if low in STOP or low in PRONOUNS or low in FIRST_PERSON or not _is_word(t):
                break
            if self.has_pos and t.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM", "X") and not _is_cap(t):
                break
            if sv.speech_lemma(t.text, self.lemma(t)) and not _is_cap(t) and not (
                    # "Een bekende zegt": the form of "bekennen" is a noun after the article here
                    self.has_pos and t.pos_ in ("ADJ", "NOUN") and m - 1 >= floor and doc[m - 1].lower_ in DETS):
                break
            start = m
            m -= 1
        if start is None:
            return None
        # a share of a group: "40 procent van de sociaal-liberalen", "Ruim een kwart van de vleeseters", "Meer dan
        # de helft van de woningeigenaren" (survey reports: the number is who speaks)
        if start - 1 >= floor and doc[start - 1].like_num and doc[start].lower_ in QUANTITY_NOUNS:
            start -= 1
        share = doc[start].like_num or (start + 1 <= k and doc[start].lower_ in ("de", "een")
                                        and doc[start + 1].lower_ in SHARE_NOUNS)
        if share and start - 1 >= floor and doc[start - 1].lower_ in APPROXIMATORS:
            start -= 1
        elif share and start - 2 >= floor and doc[start - 1].lower_ == "dan" and doc[start - 2].lower_ in ("meer", "minder"):
            start -= 2
        # a noun phrase right after a preposition is an object, not a subject
        prev = doc[start - 1] if start - 1 >= 0 else None
        if prev is not None and prev.lower_ in PREPS:
            return None
        while start <= k and doc[start].lower_ == "van":
            start += 1
        return (start, k + 1) if start <= k else None

    def subject_of(self, verb_i: int) -> tuple[int, int] | None:
        """nsubj of a verb in the parse, as a token span cut at commas and outside quotes."""
        if not self.has_dep:
            return None
        verb = self.doc[verb_i]
        # the parser sometimes hangs the subject on the auxiliary: "Rome(nsubj→heeft) heeft altijd gesteld"
        auxes = [c for c in verb.children if c.dep_ in ("aux", "aux:pass") and c.i < verb_i]
        for child in [*verb.children, *(c for a in auxes for c in a.children)]:
            if child.dep_ in ("nsubj", "nsubj:pass") and not self.in_quote(child):
                lo, hi = child.left_edge.i, child.right_edge.i + 1
                for m in range(child.i + 1, hi):
                    t = self.doc[m]
                    # "de Partij met een verklaring waarin ze …": a relative clause ends the phrase
                    # (the verb itself ends it: "De regering in Berlijn vreest voor …" with "voor" hung on "Berlijn")
                    if t.text in (",", "(", ":") or self.in_quote(t) or t.dep_ in ("acl:relcl", "acl") or m == verb_i \
                            or (t.lower_.startswith("waar") and t.lower_ not in ("waar", "waarheid")):
                        hi = m
                        break
                for m in range(child.i - 1, lo - 1, -1):
                    t = self.doc[m]
                    if t.text in (",", ")", ":") or self.in_quote(t):
                        lo = m + 1
                        break
                while lo < hi and (self.doc[lo].lower_ in STOP or self.doc[lo].is_punct) \
                        and not (self.doc[lo].lower_ in ("zijn", "haar", "hun", "mijn", "onze") and lo + 1 < hi):
                    lo += 1  # "Ook een badmeester" (but "Zijn opvolger" keeps its possessive)
                if lo >= 2 and self.doc[lo - 1].lower_ == "van" and self.doc[lo - 2].lower_ in PARTITIVES:
                    lo -= 2  # "een van de experts": one of them speaks, not all
                if any(t.pos_ in ("VERB", "AUX", "SCONJ") or t.lower_ in ("dat", "die", "wat") for t in self.doc[lo:hi]) \
                        and hi - lo > 1:
                    continue  # a clause, not a speaker
                if hi - lo <= 14 and hi > lo:
                    return (lo, hi)
        return None

    def span_chars(self, span: tuple[int, int]) -> tuple[int, int]:
        a, b = span
        return self.doc[a].idx, self.doc[b - 1].idx + len(self.doc[b - 1].text)


def subjectish(toks) -> bool:
    """A name that is the subject, or the apposition of one ("informateur Hans Smits wist ...",
    "president Trump, die ..., wakkert ... aan")."""
    return any(t.dep_.startswith("nsubj") or (t.dep_ in ("appos", "flat") and t.head.dep_.startswith("nsubj"))
               for t in toks)


_PLACING = ("in", "naar", "vanuit")
# prepositions that place or describe an unnamed speaker after its noun ("een man op de markt")
_PLACING_PREPS = frozenset({"uit", "in", "bij", "op", "met"})
_HOW_SAID = frozenset("reactie verklaring interview brief toelichting persbericht gesprek mail e-mail tweet video "
                      "knipoog glimlach zucht lach".split())


def placed(doc: Doc, k: int) -> bool:
    """A name after "in"/"naar", maybe with an adjective between, is a place the NER took for a person ("bekend in
    agrarisch Zeeland")."""
    before = [t.lower_ for t in doc[max(0, k - 2):k]]
    return bool(before) and (before[-1] in _PLACING
                             or (len(before) == 2 and before[0] in _PLACING and before[1].isalpha()
                                 and doc[k - 1].text.islower()))
