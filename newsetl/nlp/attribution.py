"""Cues and speakers: find the speech verb (or aldus/volgens) near a quote, the noun phrase of its
speaker, and resolve that mention to the fullest name in the article.

Everything works on a Doc with or without annotations. Token patterns come first (they are robust to
parse errors); the dependency parse (nsubj of the cue verb) is a fallback, POS tags refine noun-phrase
boundaries, and NER provides the names. Without NER, runs of capitalised words stand in for names.

Resolution of a speaker mention (see ``Resolver.resolve``):

1. a pronoun (hij, zij, ze, ...) -> the most recent person named before it, outside quotes, preferring
   full (multi-word) names;
2. a phrase containing a person's name ("de Republikeinse leider Mitch McConnell", "een verklaring van
   het kantoor van Mahdi") -> that person's fullest name in the article;
3. a phrase that is an entity name ("het RIVM") -> the entity name ("RIVM");
4. a bare surname -> the full name (newsetl.entities.resolve_speaker);
5. a definite role noun ("de socioloog", "de minister") -> the person that role was attached to earlier
   ("socioloog Niels Blom", "De Franse minister ..., Jean-Yves Le Drian,");
6. anything else (unnamed speakers: "een commandant van de groepering", "de militie") -> the phrase as
   written, with its leading article lowercased.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsetl.entities import canonical_names, name_parts, normalize_name, resolve_speaker
from newsetl.nlp import speech_verbs as sv

PRONOUNS = frozenset({"hij", "zij", "ze", "hem", "haar", "die", "deze"})
FIRST_PERSON = frozenset({"ik", "wij", "we", "jij", "je", "u", "men", "jullie"})
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
NAME_PARTICLES = frozenset("van de der den ter ten 't von la le du da di del dos bin al el ibn mc".split())
ROLE_STOP = STOP | DETS | PREPS | FIRST_PERSON | PRONOUNS
_WORD = re.compile(r"[^\W\d_][\w'’\-.]*", re.UNICODE)


def _is_cap(token: Token) -> bool:
    t = token.text
    return bool(t) and t[0].isupper() and any(c.isalpha() for c in t)


def _glued(token: Token) -> bool:
    """A token that cannot start a name: a role compound ("Oud-rechtenstudent", "Labour-leider") or the end
    of the previous sentence glued on by the NER ("VS." in "in de VS. Van Dam zegt")."""
    t = token.text
    if "-" in t and t.rsplit("-", 1)[1][:1].islower():
        return True
    return t.endswith(".") and len(t.rstrip(".")) > 1


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
                    tok.i > 0 and self.doc[tok.i - 1].lower_ in DETS)):
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
                if not found:
                    lemma = sv.speech_lemma(tok.text, self.lemma(tok))
                    # the base alone is a cue only when it is a speech verb itself ("riep", not "voegde")
                    if lemma is not None and (lemma not in sv.PARTICLES or sv.SURFACE.get(tok.lower_) == lemma):
                        out.append(Cue(tok.i, lemma, tok.text))
                continue
            lemma = sv.speech_lemma(tok.text, self.lemma(tok))
            if lemma is not None and not self._nominal(tok) and not self._passive(tok):
                out.append(Cue(tok.i, lemma, tok.text))
        return out

    def _nominal(self, tok: Token) -> bool:
        """A verb form used as a noun or name: "het schrijven", "via Twitter"."""
        prev = self.doc[tok.i - 1] if tok.i > 0 else None
        if prev is not None and prev.lower_ in ("het", "de", "een", "via"):
            return True
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
        as_det = first.lower_ in DETS and nxt0 is not None and _is_word(nxt0) and nxt0.lower_ not in STOP | PREPS
        if (first.lower_ in PRONOUNS or first.lower_ in FIRST_PERSON) and not as_det:
            return (i, i + 1)
        if first.lower_ in ("dat", "wat", "of"):
            return None
        if first.lower_ == "het" and (i + 1 >= limit or not _is_word(doc[i + 1]) or doc[i + 1].lower_ in STOP | PREPS):
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
            elif state in ("name", "noun") and low == "van" and nxt is not None and (nxt.lower_ in DETS or _is_cap(nxt)):
                state = "van"
            elif low in NAME_PARTICLES and nxt is not None and _is_cap(nxt) and state in ("start", "name", "noun", "van"):
                state = "particle"
            elif _is_cap(t) and (_is_word(t) or re.fullmatch(r"[\w&.'’\-]+", t.text)):
                if self.has_pos and t.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "CCONJ") and state != "start":
                    break
                state = "name" if not _adjectival(t.text) or state == "name" else "adj"
            elif _is_word(t) and low not in STOP and low not in PREPS and not (
                sv.speech_lemma(t.text) and state in ("name", "noun")
            ):
                if state in ("name", "noun"):
                    break
                if self.has_pos and t.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ", "PRON") and state != "start":
                    break
                if self.has_pos and t.pos_ not in ("NOUN", "ADJ", "PROPN", "NUM", "X", "DET") and (
                        nxt is not None and _is_word(nxt) and nxt.lower_ not in STOP | PREPS | DETS):
                    break  # a tagged adverb or verb with more words after it: not the head of a speaker phrase
                if self.has_pos:
                    state = "adj" if t.pos_ == "ADJ" else "noun"
                else:
                    state = "adj" if (low.endswith("e") and nxt is not None and _is_word(nxt)
                                      and nxt.lower_ not in STOP | PREPS) else "noun"
            elif t.like_num and state in ("start", "det"):
                state = "det"
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
            if sv.speech_lemma(t.text, self.lemma(t)) and not _is_cap(t):
                break
            start = m
            m -= 1
        if start is None:
            return None
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
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubj:pass") and not self.in_quote(child):
                lo, hi = child.left_edge.i, child.right_edge.i + 1
                for m in range(child.i + 1, hi):
                    t = self.doc[m]
                    if t.text in (",", "(", ":") or self.in_quote(t) or t.dep_ in ("acl:relcl", "acl"):
                        hi = m
                        break
                for m in range(child.i - 1, lo - 1, -1):
                    t = self.doc[m]
                    if t.text in (",", ")", ":") or self.in_quote(t):
                        lo = m + 1
                        break
                while lo < hi and (self.doc[lo].lower_ in STOP or self.doc[lo].is_punct):
                    lo += 1  # "Ook een badmeester"
                if any(t.pos_ in ("VERB", "AUX", "SCONJ") or t.lower_ in ("dat", "die", "wat") for t in self.doc[lo:hi]) \
                        and hi - lo > 1:
                    continue  # a clause, not a speaker
                if hi - lo <= 14 and hi > lo:
                    return (lo, hi)
        return None

    def span_chars(self, span: tuple[int, int]) -> tuple[int, int]:
        a, b = span
        return self.doc[a].idx, self.doc[b - 1].idx + len(self.doc[b - 1].text)


# --- speaker resolution -----------------------------------------------------------------------


@dataclass
class _Name:
    start: int
    end: int
    tok_start: int
    tok_end: int
    text: str
    label: str
    canonical: str = ""


class Resolver:
    """Resolves speaker mentions to the fullest name in one article."""

    def __init__(self, view: DocView, sents: list[tuple[int, int]] | None = None):
        self.view = view
        self.sents = sents or [(0, len(view.text))]
        self.names = self._collect_names()
        # heuristic names ("NAME": capitalised runs, bare surnames) count as MISC for the entity rules
        canon = canonical_names([(n.text, "MISC" if n.label == "NAME" else n.label) for n in self.names])
        for n, c in zip(self.names, canon):
            n.canonical = c
        self.entity_names = list(dict.fromkeys((n.canonical, n.label) for n in self.names))
        votes: dict[str, list[int]] = {}
        for n in self.names:
            v = votes.setdefault(n.canonical, [0, 0, 0])
            v[0 if n.label == "PER" else 2 if n.label == "NAME" else 1] += 1
        # a person when the NER calls it PER at least as often as anything else ("Aventus" is ORG 3x, PER 2x)
        # full names with a PER mention are people however often their surname was called LOC
        self.person_names = {c for c, (per, other, name) in votes.items()
                             if (per and (per >= other or len(name_parts(c)) >= 2))
                             or (not per and not other and name and len(name_parts(c)) >= 2)}
        self.roles = self._collect_roles()

    def _collect_names(self) -> list[_Name]:
        view, doc = self.view, self.view.doc
        # words that also occur in lower case are common words, not names ("Exploitant", "Ober")
        self._lower_words = {t.text for t in doc if t.text.islower() and len(t.text) > 2}
        out: list[_Name] = []
        covered: set[int] = set()
        if view.has_ents:
            for e in doc.ents:
                text = e.text
                if not any(c.isalpha() for c in text):
                    continue
                start, tok_start = e.start_char, e.start
                if tok_start + 3 < e.end and doc[tok_start + 1].text == "-" and not doc[tok_start].whitespace_ \
                        and doc[tok_start + 2].text[:1].islower():
                    tok_start += 3  # "Oud-rechtenstudent Zelensky" split by the tokenizer
                    start = doc[tok_start].idx
                # a role word glued to the name by the NER: "Defensieminister Annegret Kramp-Karrenbauer"
                while tok_start < e.end - 1 and (
                    doc[tok_start].text.lower() in _ROLE_HINTS or _role_suffix(doc[tok_start].text.lower())
                    or (doc[tok_start].lower_ in self._lower_words and doc[tok_start].lower_ not in NAME_PARTICLES)
                    or doc[tok_start].lower_ in DETS
                    or _glued(doc[tok_start])
                    or (view.has_pos and doc[tok_start].pos_ in ("NOUN", "ADJ", "VERB", "ADV", "ADP")
                        and _is_cap(doc[tok_start + 1]))
                ):
                    tok_start += 1
                    start = doc[tok_start].idx
                text = view.text[start:e.end_char]
                if e.label_ == "PER" and e.end - tok_start == 1 and view.has_pos and doc[tok_start].pos_ in (
                    "ADJ", "ADV", "VERB", "NOUN", "ADP", "DET", "PRON", "NUM"
                ) and doc[tok_start].lower_ not in _ROLE_HINTS:
                    continue  # a heading word ("Pijnlijk", "Proef") the NER took for a name
                end_tok = e.end
                # "Nicole" + "van Lieshout": extend a name over particles and capitalised words
                while end_tok < len(doc) and e.label_ == "PER" and end_tok - tok_start == 1:
                    t2 = doc[end_tok]
                    if t2.lower_ in NAME_PARTICLES and end_tok + 1 < len(doc) and _is_cap(doc[end_tok + 1]) \
                            and doc[end_tok + 1].lower_ not in DETS and doc[end_tok + 1].ent_iob_ != "B":
                        end_tok += 2
                    elif t2.lower_ in NAME_PARTICLES and end_tok + 2 < len(doc) and doc[end_tok + 1].lower_ in NAME_PARTICLES \
                            and _is_cap(doc[end_tok + 2]) and doc[end_tok + 2].ent_iob_ != "B":
                        end_tok += 3  # "Ferre" + "van de Nadort"
                    elif t2.text in ("-",) and end_tok + 1 < len(doc) and _is_cap(doc[end_tok + 1]) and not doc[end_tok].whitespace_:
                        end_tok += 2
                    else:
                        break
                # "Dominick Woltering van Aventus": two name words then "van" -> the name ends before "van"
                for x in range(tok_start + 2, end_tok):
                    if doc[x].lower_ == "van" and e.label_ == "PER":
                        end_tok = x
                        break
                while end_tok - tok_start > 1 and (doc[end_tok - 1].lower_ in NAME_PARTICLES or doc[end_tok - 1].is_punct):
                    end_tok -= 1  # "Erdogan van"
                end_char = doc[end_tok - 1].idx + len(doc[end_tok - 1].text)
                text = view.text[start:end_char]
                out.append(_Name(start, end_char, tok_start, end_tok, text, e.label_))
                covered.update(range(e.start, end_tok))
                continue
                covered.update(range(e.start, e.end))
        # capitalised runs (two words or more) the NER missed are names too
        k = 0
        n = len(doc)
        while k < n:
            t = doc[k]
            if k in covered or not _is_cap(t) or not _is_word(t) or t.lower_ in DETS | PREPS | STOP:
                k += 1
                continue
            m = k + 1
            while m < n and (m not in covered or (m > k and doc[m - 1].lower_ in NAME_PARTICLES)) and (
                (_is_cap(doc[m]) and _is_word(doc[m]) and doc[m].lower_ not in DETS | STOP)
                or (doc[m].lower_ in NAME_PARTICLES and m + 1 < n and _is_cap(doc[m + 1]))
                or (doc[m].lower_ in NAME_PARTICLES and m + 2 < n and doc[m + 1].lower_ in NAME_PARTICLES
                    and _is_cap(doc[m + 2]))  # "Ferre van de Nadort"
            ):
                m += 1
            if m - k >= 2 and not any(
                sv.speech_lemma(doc[x].text) for x in range(k, m)
            ):
                # drop a sentence-initial capitalised non-name ("Volgens Jan Smit" -> "Jan Smit")
                while m - k >= 2 and (doc[k].lower_ in sv.CUE_WORDS or _adjectival(doc[k].text) or _glued(doc[k])
                                      or doc[k].lower_ in _ROLE_HINTS or _role_suffix(doc[k].lower_)):
                    k += 1
                if m - k >= 2:
                    label = "NAME" if view.has_ents else "PER"
                    out.append(_Name(doc[k].idx, doc[m - 1].idx + len(doc[m - 1].text), k, m,
                                     view.text[doc[k].idx:doc[m - 1].idx + len(doc[m - 1].text)], label))
            k = max(m, k + 1)
        # a bare surname of a person named in full elsewhere is that person ("Blom" of "Niels Blom")
        full = {name_parts(n.text)[-1] for n in out if n.label in ("PER", "NAME") and len(name_parts(n.text)) >= 2}
        taken = {i for n in out for i in range(n.tok_start, n.tok_end)}
        for t in doc:
            if t.i in taken or not _is_cap(t) or not _is_word(t) or t.lower_ not in full:
                continue
            if t.i > 0 and (doc[t.i - 1].lower_ in NAME_PARTICLES or _is_cap(doc[t.i - 1])):
                continue
            out.append(_Name(t.idx, t.idx + len(t.text), t.i, t.i + 1, t.text, "PER" if not view.has_ents else "NAME"))
        out.sort(key=lambda x: x.start)
        for n in out:
            # "Ilse Zaal van D66", "Dominick Woltering van Aventus": two name words, then "van" + organisation
            words = n.text.split()
            if len(words) >= 4 and "van" in words[2:-1] and words[0][:1].isupper() and words[1][:1].isupper():
                cut = words.index("van", 2)
                n.text = " ".join(words[:cut])
                n.end = n.start + len(n.text)
                n.tok_end = view.tok_at(n.end - 1) + 1
        # the NER often mislabels a full name ("Zorgminister Bruno Bruins" as LOC) while labelling its
        # surname PER elsewhere: a multi-word name ending in a person's surname is a person
        for n in out:
            # "nachtburgemeester Marijke Agterbosch" (tagged ORG): a role word before a name makes it a person
            if n.label != "PER" and n.tok_start > 0 and len(n.text.split()) >= 2 and _role_word(doc[n.tok_start - 1], view) \
                    and (doc[n.tok_start - 1].lower_ in _ROLE_HINTS or _role_suffix(doc[n.tok_start - 1].lower_)):
                n.label = "PER"
        surnames = {name_parts(n.text)[-1] for n in out if n.label == "PER" and name_parts(n.text)}
        for n in out:
            parts = name_parts(n.text)
            if n.label != "PER" and len(n.text.split()) >= 2 and parts and parts[-1] in surnames and all(
                w[:1].isupper() or w.lower() in NAME_PARTICLES for w in n.text.split()
            ):
                n.label = "PER"
        return out

    def _collect_roles(self) -> list[tuple[int, str, str]]:
        """(char position, role word, canonical PER) for roles attached to person names."""
        doc, view = self.view.doc, self.view
        roles: list[tuple[int, str, str]] = []
        for n in self.names:
            if n.label != "PER" or len(name_parts(n.canonical)) < 2:
                continue
            # role word(s) right before the name: "socioloog Niels Blom", "De Iraakse premier Adil Abdul-Mahdi"
            k = n.tok_start - 1
            if k >= 0 and _role_word(doc[k], view):
                roles.append((n.start, doc[k].lower_, n.canonical))
                if "-" in doc[k].text:
                    roles.append((n.start, doc[k].lower_.split("-")[-1], n.canonical))
            # "<role NP>, <Name>,": "De Franse minister van Buitenlandse Zaken, Jean-Yves Le Drian,"
            if k >= 1 and doc[k].text == ",":
                m = k - 1
                head = None
                while m >= 0 and m > k - 10 and not doc[m].is_punct:
                    if doc[m].lower_ == "van":
                        head = None
                    elif head is None and _role_word(doc[m], view):
                        head = doc[m].lower_
                    if doc[m].lower_ in DETS:
                        break
                    m -= 1
                if head is None and m >= 0 and doc[m].lower_ in DETS and m + 1 < k and _role_word(doc[m + 1], view):
                    head = doc[m + 1].lower_
                if m >= 0 and doc[m].lower_ in DETS:
                    # first noun after the det, skipping adjectives
                    for x in range(m + 1, k):
                        if doc[x].lower_ == "van":
                            break
                        if _role_word(doc[x], view) and not doc[x].text.endswith(("e", "se")):
                            head = doc[x].lower_
                            break
                if head:
                    roles.append((n.start, head, n.canonical))
            # "<Name>, de woordvoerster van het bisdom"
            e = n.tok_end
            if e + 2 < len(doc) and doc[e].text == "," and doc[e + 1].lower_ in ("de", "het"):
                for x in range(e + 2, min(len(doc), e + 6)):
                    if doc[x].is_punct or doc[x].lower_ == "van":
                        break
                    if _role_word(doc[x], view) and not doc[x].lower_.endswith("e"):
                        roles.append((n.start, doc[x].lower_, n.canonical))
                        break
        return roles

    # --- the public part --------------------------------------------------------------------

    def names_in(self, a: int, b: int, label: str | None = "PER") -> list[_Name]:
        """Names within chars [a, b); label "PER" means people (see `person_names`), None means all."""
        return [n for n in self.names if n.start >= a and n.end <= b and (
            label is None or (n.canonical in self.person_names if label == "PER" else n.label == label))]

    def person_before(self, pos: int, floor: int = 0) -> str | None:
        """The person a pronoun at pos refers to: going back sentence by sentence (at most three), a
        person that is a subject there, else the last person named there; outside quotes."""
        view, doc = self.view, self.view.doc
        sents = [(a, b) for a, b in self.sents if a < pos][-4:]
        for k, (a, b) in enumerate(reversed(sents)):
            hi = min(b, pos)
            cands = [n for n in self.names if a <= n.start and n.end <= hi and n.canonical in self.person_names
                     and not view.in_quote(doc[n.tok_start])]
            subj = [n for n in cands if view.has_dep and any(t.dep_.startswith("nsubj") for t in doc[n.tok_start:n.tok_end])]
            if subj:
                return subj[-1].canonical
            if view.has_dep:
                # a proper-noun subject the NER missed or mislabelled
                for t in reversed([doc[i] for i in view.tok_range(a, hi)]):
                    if t.dep_.startswith("nsubj") and t.pos_ == "PROPN" and _is_cap(t) and not view.in_quote(t) \
                            and t.i > view.tok_at(a):
                        name, _ = resolve_speaker(t.text, self.entity_names)
                        if name and name in self.person_names:
                            return name
            if cands:
                # the earlier of the last sentence's persons is more often its topic
                return cands[-1].canonical
        return self._person_before_any(pos, floor)

    def _person_before_any(self, pos: int, floor: int = 0) -> str | None:
        for label in ("PER", "NAME"):
            cands = [n for n in self.names if n.label == label and floor <= n.start and n.end <= pos
                     and not self.view.in_quote(self.view.doc[n.tok_start])]
            if not cands:
                continue
            if self.view.has_dep:
                # a subject among the last few mentions beats an object named later
                recent = [n for n in cands[-3:] if n.start >= cands[-1].start - 300]
                subj = [n for n in recent if any(t.dep_.startswith("nsubj") for t in self.view.doc[n.tok_start:n.tok_end])]
                if subj:
                    return subj[-1].canonical
            return cands[-1].canonical
        return None

    def resolve(self, mention: str, span: tuple[int, int] | None, pos: int) -> str:
        """The speaker for a mention at char pos (see the module docstring for the rules)."""
        text = " ".join(mention.split())
        low = text.lower()
        if text.startswith("The ") and all(w[:1].isupper() for w in text.split()):
            return text  # an English proper name: "The Stones", "The New York Times"
        if low in PRONOUNS:
            return self.person_before(pos) or low
        if low in FIRST_PERSON:
            return low
        if " en " in text and span is not None:
            left, right = text.split(" en ", 1)
            if left[:1].isupper() and right[:1].isupper() and len(left.split()) > 1 and len(right.split()) > 1:
                a, b = span
                la, rb = a + len(left), b - len(right)
                return f"{self.resolve(left, (a, la), pos)} en {self.resolve(right, (rb, b), pos)}"
        indefinite = low.split(" ", 1)[0] in ("een", "enkele", "sommige")
        if span is not None:
            # an apposition names the speaker: "De Franse minister van Buitenlandse Zaken, Jean-Yves Le Drian,"
            after = self.view.text[span[1]:span[1] + 3]
            if after.startswith(","):
                nxt = [n for n in self.names if span[1] < n.start <= span[1] + 3 and n.canonical in self.person_names]
                if nxt and self.view.text[nxt[0].end:nxt[0].end + 1] in (",", ")"):
                    return nxt[0].canonical
        if span is not None:
            a, b = span
            inside = [n for n in self.names if a <= n.start < b]
            pers = [n for n in inside if (n.label == "PER" or n.canonical in self.person_names) and len(n.text) > 2]
            if pers:
                return pers[0].canonical
            bare = normalize_name(text)
            for n in inside if not indefinite else ():
                if name_parts(n.text) == name_parts(bare) or name_parts(n.canonical) == name_parts(bare):
                    return n.canonical
            # a surname inside the phrase ("het kantoor van Mahdi"), whatever the NER called it
            per_names = {c for c, lab in self.entity_names if lab == "PER"}
            for n in inside:
                if n.canonical in per_names and len(name_parts(n.canonical)) >= 2:
                    return n.canonical
            doc = self.view.doc
            for t in doc[self.view.tok_at(a):self.view.tok_at(b - 1) + 1]:
                if _is_cap(t) and t.idx > a and t.lower_ not in DETS:
                    resolved, _ = resolve_speaker(t.text, self.entity_names)
                    if resolved in per_names and len(name_parts(resolved)) >= 2:
                        return resolved
        bare = normalize_name(text)
        words = bare.split()
        while len(words) >= 2 and words[0][:1].isupper() and words[1][:1].isupper() and (
                words[0].lower() in _ROLE_HINTS or _role_suffix(words[0].lower())):
            words = words[1:]  # "Minister Bijleveld" -> "Bijleveld"
            bare = " ".join(words)
        if words and all(w[:1].isupper() or w.lower() in NAME_PARTICLES for w in words):
            resolved, _ = resolve_speaker(bare, self.entity_names)
            if resolved and (resolved != bare or len(words) < len(normalize_name(text).split())):
                return resolved
            if len(words) == 1:
                # the NER may have missed the person's label: a 2-3 word capitalised name ending in it
                longer = [c for c, lab in self.entity_names if lab != "LOC" and 2 <= len(c.split()) <= 3
                          and name_parts(c)[-1] == words[0].lower() and all(w[:1].isupper() for w in c.split())]
                if len(set(longer)) == 1:
                    return longer[0]
        # a name-like run at the end of a lower-case phrase: "partijleider Ilse Zaal"
        toks = text.split()
        run: list[str] = []
        for w in reversed(toks):
            if (w[:1].isupper() and any(ch.isalpha() for ch in w)) or (run and w.lower() in NAME_PARTICLES - {"van"}):
                run.insert(0, w)
            else:
                break
        if len(run) >= 2 and len(run) < len(toks) and toks[len(toks) - len(run) - 1].lower() not in PREPS | DETS | {"van"} \
                and toks[0].lower() not in ("een",):
            name = " ".join(run)
            resolved, _ = resolve_speaker(name, self.entity_names)
            return resolved or name
        first, *rest = text.split(" ", 1) if " " in text else (text, "")
        if first.lower() in ("de", "het", "deze", "die") and rest:
            head_words = [w.lower() for w in rest[0].split() if w.lower() != "van"]
            head = next((w for w in head_words if not w.endswith("e") or w == head_words[-1]), None)
            role_head = rest[0].split(" van ")[0].split()[-1].lower() if rest[0].split() else None
            for cand in (role_head, head):
                hit = self._role(cand, pos) if cand else None
                if hit:
                    return hit
        if first.lower() in DETS:
            return " ".join([first.lower()] + ([rest[0]] if rest and rest[0] else []))
        return text

    def _role(self, word: str, pos: int) -> str | None:
        if len(word) < 4:
            return None
        best = None
        for p, role, canonical in self.roles:
            if p >= pos:
                break
            if role == word or (role.endswith(word) and len(word) >= 5) or (word.endswith(role) and len(role) >= 5):
                best = canonical
        return best


_ROLE_HINTS = frozenset(
    "minister premier president burgemeester wethouder woordvoerder woordvoerster directeur voorzitter "
    "socioloog advocaat rechter officier hoogleraar onderzoeker deskundige expert topman topvrouw ceo "
    "trainer coach leider commandant generaal politicus senator kamerlid fractievoorzitter staatssecretaris "
    "kanselier koning koningin prins prinses paus bisschop pastoor dominee imam columnist columniste schrijver "
    "schrijfster journalist econoom psycholoog historicus politiechef korpschef agent arts dokter chirurg "
    "bestuurder bestuursvoorzitter voorman voorvrouw oprichter eigenaar bewoner jurist wetenschapper "
    "analist diplomaat ambassadeur gouverneur vicepremier zanger zangeres acteur actrice regisseur "
    "bondscoach aanvoerder spits keeper doelman manager secretaris bestuurssecretaris topambtenaar".split()
)
_ROLE_SUFFIXES = ("burgemeester", "wethouder", "informateur", "minister", "president", "voorzitter", "woordvoerder", "woordvoerster", "directeur",
                  "leider", "chef", "man", "vrouw", "coach", "trainer", "secretaris", "commissaris", "loog", "icus",
                  "kundige", "lid", "deskundige")


def _role_suffix(word: str) -> bool:
    return any(word.endswith(s) and len(word) > len(s) + 1 for s in _ROLE_SUFFIXES) or word in _ROLE_HINTS


def _role_word(token: Token, view: DocView) -> bool:
    low = token.lower_
    if not _is_word(token) or low in ROLE_STOP or low in NAME_PARTICLES:
        return False
    if sv.speech_lemma(token.text, view.lemma(token)) or sv.base_lemma(token.text):
        return False
    if view.has_pos and token.pos_ not in ("NOUN", "PROPN", "X"):
        return low in _ROLE_HINTS or _role_suffix(low)
    if _is_cap(token):
        return low in _ROLE_HINTS or _role_suffix(low)
    return True
