"""Speaker resolution: a speaker mention ("hij", "de premier", "Blom", "Exploitant George ten Brummelhuis
van De Appel") becomes the fullest name in the article.

Names come from the NER (``names``; the role and organisation words are in ``lexicon``), repaired where
it is known to fail on flattened DPG text: a heading or role word glued before a first name is cut off
("Ober Mirek", "in Washington Donald Trump"), two PER pieces joined by a particle are one name ("George" +
"ten" + "Brummelhuis"), all-caps headings and names after a lower-case article ("tegen de Democraten") are
no persons, a name opening with a known first name or following a role word ("vismijndirecteur Lokerse")
is a person whatever its label, and a name in parentheses ("cirkel 1 (Limbo)") is never a speaker.

Resolution of a speaker mention (see ``Resolver.resolve``):

1. a pronoun (hij, zij, ze, ...) -> going back sentence by sentence, the subject person (or a name in
   apposition to the subject: "informateur Hans Smits"), else the last person named, outside quotes; a
   person whose first name has the other gender is skipped (first_names), and within one sentence a name
   of the right gender beats one of unknown gender; a sentence whose speech cue has an unnamed speaker
   ("Een woordvoerder van de ILT meldt") gives that speaker; a plural "ze"/"zij" (plural verb) is the
   plural subject before it ("zijn aanhangers"), never a single person;
2. a phrase containing a person's name ("de Republikeinse leider Mitch McConnell", "een verklaring van
   het kantoor van Mahdi") -> that person's fullest name in the article;
3. a phrase that is an entity name ("het RIVM") -> the entity name ("RIVM"); coordinated names ("VNO-NCW
   en MKB-Nederland") resolve side by side;
4. a bare surname, also after a role word ("vismijndirecteur Lokerse") -> the full name
   (newsetl.entities.resolve_speaker);
5. a definite role noun ("de socioloog", "de minister") -> the person that role was attached to earlier
   ("socioloog Niels Blom", "De Franse minister ..., Jean-Yves Le Drian,", "Rutte, de premier,", "Remco
   Breuker, hoogleraar Koreastudies"); a news medium ("de krant") -> the paper quoted by name before
   ("volgens The New York Times"); a generic organisation noun ("het bedrijf", "de bond", "de partij", "de
   club", "het ministerie", "de mensenrechtenorganisatie") -> the nearest organisation of a fitting kind
   named in its sentence or the three before (``bodies.org_before``; "de gemeente", "de politie" stay);
6. an unnamed body ("de politie", "de inspectie") -> its fullest form earlier in the article ("de politie
   Drenthe", "de onderwijsinspectie"); a role never attached to a name ("de verkeerskundige") -> the person
   in focus, named in full in the last four sentences (``roles.epithet``; not for spokespeople, judges,
   lawyers and other roles that bring in someone new);
7. anything else (unnamed speakers: "een commandant van de groepering", "de militie", "de politie") -> the
   phrase as written, with its leading article lowercased.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from newsetl.entities import (
    ORG_OPENERS,
    body_named_by,
    canonical_names,
    name_parts,
    normalize_name,
    resolve_speaker,
    written_once,
)
from newsetl.nlp import speech_verbs as sv
from newsetl.nlp.attribution import (
    DETS,
    FIRST_PERSON,
    NAME_PARTICLES,
    PREPS,
    PRONOUNS,
    DocView,
    _is_cap,
    placed,
    subjectish,
)
from newsetl.nlp.bodies import body_with_word, fuller_form, medium_before, org_before, with_article
from newsetl.nlp.first_names import gender_of, is_first_name
from newsetl.nlp.lexicon import (
    COLLECTIVES,
    FEMALE_ENDINGS,
    FEMALE_WORDS,
    HUMAN_PLURAL,
    KIN,
    MALE_WORDS,
    MEDIA_NOUNS,
    MY,
    OFFICIAL_KINDS,
    ORDINALS,
    PERSON_WORDS,
    ROLE_HINTS,
    TITLES,
    agent_word,
    demonym,
    epithet_noun,
    org_noun,
    role_noun,
    role_suffix,
    statement_noun,
)
from newsetl.nlp.names import ORG_KIND_ENDINGS, Name, acronyms, collect_names, lower_words, shared_surnames
from newsetl.nlp.roles import (
    LEADER_ROLES,
    collect_roles,
    epithet,
    first_mention,
    possessed_role,
    role_holder,
    sole_holder,
)

# --- speaker resolution -----------------------------------------------------------------------

_LATTER = frozenset({"die laatste", "de laatste", "deze laatste", "laatstgenoemde", "de laatstgenoemde"})
_BRACKETED = re.compile(r"\s*\([^()]*\)$")  # a party or age after a name: "Kathalijne Buitenweg (GroenLinks)"



# Street names the NER reads as people ("Van Egmondkade"); not "dijk", "laan" or "weg", which end surnames too
# ("Verdijk", "Verlaan", "Hogeweg").
_STREET_ENDINGS = ("straat", "kade", "gracht", "singel", "plein", "steeg", "dreef", "boulevard")


def is_street(name: str) -> bool:
    """A street name the NER may read as a person ("Van Egmondkade"); "-weg" and "-laan" are not caught."""
    last = name.split()[-1].lower() if name.split() else ""
    return any(last.endswith(e) and len(last) > len(e) + 2 for e in _STREET_ENDINGS)

class Resolver:
    """Resolves speaker mentions to the fullest name in one article."""

    def __init__(self, view: DocView, sents: list[tuple[int, int]] | None = None):
        self.view = view
        self.sents = sents or [(0, len(view.text))]
        self.lower_words = lower_words(view.doc)
        self.names = collect_names(view, self.lower_words)
        # heuristic names ("NAME": capitalised runs, bare surnames) count as MISC for the entity rules
        mentions = [(n.text, "MISC" if n.label == "NAME" else n.label) for n in self.names]
        canon = canonical_names(mentions + [(full, "PER") for full in shared_surnames(self.names, view.doc)])
        for n, c in zip(self.names, canon):
            n.canonical = c
        self.entity_names = list(dict.fromkeys((n.canonical, n.label) for n in self.names))
        votes: dict[str, list[float]] = {}
        for n in self.names:
            v = votes.setdefault(n.canonical, [0, 0, 0])
            # MISC counts half against PER: the NER calls a bare surname MISC in "het besluit van Trump",
            # far less often LOC or ORG unless it is one
            weight = 100 if n.org_hint or n.person_hint else 0.5 if n.label == "MISC" else 1
            v[0 if n.label == "PER" else 2 if n.label == "NAME" else 1] += weight
        # one word called PER once is as often a club, party or product ("Feyenoord", "D66", "FvD"): it is a
        # person only as a first name or after a title or role word somewhere ("mevrouw Borgmeijer")
        doc = view.doc
        self.one_word_people = one_word_people = {
            n.canonical for n in self.names if is_first_name(n.canonical) or (
                n.tok_start > 0 and (doc[n.tok_start - 1].lower_ in TITLES or role_noun(doc[n.tok_start - 1].lower_)))}
        # a person when the NER calls it PER at least as often as anything else ("Aventus" is ORG 3x, PER 2x)
        # full names with a PER mention are people however often their surname was called LOC
        # "Forum voor Democratie": a lower-case word other than a particle makes no person's name
        self.person_names = {c for c, (per, other, name) in votes.items()
                             if ((per and (per >= other or len(name_parts(c)) >= 2))
                                 or (not per and not other and name and len(name_parts(c)) >= 2))
                             and not any(w.islower() and w not in NAME_PARTICLES for w in c.split())
                             and (len(name_parts(c)) >= 2 or per >= 2 or c in one_word_people)
                             and not is_street(c)}
        self.roles = collect_roles(self)
        self.acronyms = acronyms(view.text)
        self._written_as: dict[str, str] = {}
        self._genders: dict[str, str] | None = None


    # --- the public part --------------------------------------------------------------------

    def names_in(self, a: int, b: int, label: str | None = "PER") -> list[Name]:
        """Names within chars [a, b), not in parentheses; label "PER" means people (see `person_names`),
        None means all."""
        return [n for n in self.names if n.start >= a and n.end <= b and not n.aside and (
            label is None or (n.canonical in self.person_names if label == "PER" else n.label == label))]

    def gender(self, name: str) -> str | None:
        """"m", "f" or None: from the first name, else from a noun the article puts before the name ("haar ex-man
        Jackson Musoni", "mevrouw Borgmeijer"; a name with both kinds of noun stays unknown)."""
        g = gender_of(name)
        if g is not None:
            return g
        if self._genders is None:
            said: dict[str, set[str]] = {}
            doc = self.view.doc
            for n in self.names:
                word = doc[n.tok_start - 1].lower_ if n.tok_start > 0 else ""
                if word in MALE_WORDS or word in FEMALE_WORDS:
                    said.setdefault(n.canonical, set()).add("m" if word in MALE_WORDS else "f")
            self._genders = {c: gs.pop() for c, gs in said.items() if len(gs) == 1}
        return self._genders.get(name)

    def _agrees(self, name: str, pronoun: str | None) -> bool:
        """Gender agreement where the first name or the article tells it: "hij" is not "Marijke Agterbosch"."""
        g = self.gender(name)
        if g is None or pronoun is None:
            return True
        if pronoun in ("hij", "hem"):
            return g == "m"
        if pronoun in ("zij", "ze", "haar"):
            return g == "f"
        return True

    def _person_after(self, pos: int, pronoun: str) -> str | None:
        """A pronoun with nobody before it points forward ("Hij kreeg 'veel steunbetuigingen' … Freek de Jonge
        onderbrak …"): the first person named in its own or the next sentence."""
        ends = [b for _, b in self.sents if b > pos][:2]
        limit = ends[-1] if ends else len(self.view.text)
        doc = self.view.doc
        starts = {a for a, _ in self.sents}
        for n in self.names:
            # the subject that opens a sentence, not "een statement over Baudet" on the way
            opens = n.start in starts or (self.view.has_dep and subjectish(doc[n.tok_start:n.tok_end]))
            if pos < n.start < limit and opens and n.canonical in self.person_names and not n.aside \
                    and not self.view.in_quote(doc[n.tok_start]) and self._agrees(n.canonical, pronoun):
                return n.canonical
        return None

    def person_before(self, pos: int, floor: int = 0, pronoun: str | None = None, depth: int = 0) -> str | None:
        """The person a pronoun at pos refers to: going back sentence by sentence (at most three), a
        person that is a subject there, else the last person named there; outside quotes. A person
        whose first name has the other gender is skipped. A sentence without a person whose speech
        cue has an unnamed speaker ("Een woordvoerder van de ILT meldt ...") gives that speaker: it
        is the most recent speaker, so "volgens hem" in the next sentence is him."""
        view, doc = self.view, self.view.doc
        sents = [(a, b) for a, b in self.sents if a < pos][-4:]
        for k, (a, b) in enumerate(reversed(sents)):
            hi = min(b, pos)
            cands = [n for n in self.names_in(a, hi) if not view.in_quote(doc[n.tok_start])
                     and self._agrees(n.canonical, pronoun) and not placed(doc, n.tok_start)]
            # within a sentence a name of the right gender beats one of unknown gender ("Clinton ... Al Gore ... ze")
            known = [n for n in cands if self.gender(n.canonical) is not None]
            if pronoun in ("hij", "hem", "zij", "ze", "haar") and known:
                cands = known
            subj = [n for n in cands if view.has_dep and subjectish(doc[n.tok_start:n.tok_end])]
            if k == 0 and pronoun in ("hem", "haar") and subj:
                # "Fred Ros mocht volgens hem ruim 4 ton houden": an object pronoun is never its own clause's
                # subject, so the person is looked for further back
                cands = [n for n in cands if n not in subj]
                subj = []
            chained_from = False  # the same pronoun is a subject there: it points where that one points
            if view.has_dep and pronoun in ("hij", "zij", "ze") and depth < 3:
                # "Helemaal onhandig vindt hij het dat Sanders … . '…', zegt hij.": the same pronoun as the main
                # subject there is the same person, not a name after it (in a subordinate clause, even when the
                # parse hangs that name on the main verb too)
                same = [t for t in doc[view.tok_at(a):view.tok_at(max(hi - 1, a)) + 1] if t.idx < hi and _main_clause(t)
                        and t.dep_.startswith("nsubj") and t.lower_ in _PRONOUN_CLASS[pronoun] and not view.in_quote(t)]
                before = [n for n in subj if same and n.tok_start < same[0].i
                          and any(_main_clause(t) for t in doc[n.tok_start:n.tok_end])]
                chained_from = bool(same)
                chained = self.person_before(same[0].idx, floor, pronoun, depth + 1) if same and not before else None
                if chained in self.person_names:
                    return chained
            if subj:
                return subj[-1].canonical
            if view.has_dep:
                # a proper-noun subject the NER missed or mislabelled
                for t in reversed([doc[i] for i in view.tok_range(a, hi)]):
                    if t.dep_.startswith("nsubj") and t.pos_ == "PROPN" and _is_cap(t) and not view.in_quote(t) \
                            and t.i > view.tok_at(a):
                        name, _ = resolve_speaker(t.text, self.entity_names)
                        if name and name in self.person_names and self._agrees(name, pronoun):
                            return name
            if pronoun in ("hij", "zij", "ze") and not known and not chained_from:
                # "En maandag werd een 21-jarige vrouw aangehouden. '…', riep ze": a subject that says it is a woman
                # (a man) beats a name that does not say
                gendered = self._person_subject(a, hi, pronoun, explicit=True)
                if gendered:
                    return gendered
            if cands:
                # the last person named there, but not one inside a prepositional phrase ("in een boek van Kafka")
                # when another is not
                free = [n for n in cands if not (n.tok_start > 0 and doc[n.tok_start - 1].text in PREPS | {"van"})]
                return (free or cands)[-1].canonical
            unnamed = self._unnamed_speaker(a, hi)
            if unnamed:
                return unnamed
        found = self._person_before_any(pos, floor, pronoun)
        # nobody named at all: an unnamed person as a subject not far back ("een dame … zei ze")
        return found or next((p for a, b in reversed(sents) if (p := self._person_subject(a, min(b, pos), pronoun))), None)

    def _person_subject(self, a: int, b: int, pronoun: str | None, explicit: bool = False) -> str | None:
        """An unnamed person as the subject in chars [a, b), outside quotes ("Ergens boog een dame zich over
        mijn tafeltje. '…', zei ze." -> "een dame"), agreeing with the pronoun (`explicit`: a noun of the
        pronoun's sex, "vrouw" for "ze"); resolved like any mention."""
        view, doc = self.view, self.view.doc
        if not view.has_dep or pronoun not in ("hij", "zij", "ze"):
            return None
        for t in doc[view.tok_at(a):view.tok_at(max(b - 1, a)) + 1]:
            if t.idx >= b or not t.dep_.startswith("nsubj") or not t.text.islower() or view.in_quote(t) \
                    or "Number=Plur" in str(t.morph) or not (t.lower_ in PERSON_WORDS or epithet_noun(t.lower_)):
                continue
            if _disagrees(t.lower_, pronoun) or (explicit and not _agrees_by_sex(t.lower_, pronoun)):
                continue
            dets = [c for c in t.children if c.dep_ in ("det", "amod", "nummod", "nmod:poss") and c.i < t.i]
            writers = bool(dets) and dets[0].lower_ in MY and t.lower_ in KIN
            if not dets or (dets[0].lower_ not in ("de", "het", "een", "die", "deze") and not writers):
                continue  # bare nouns: not a phrase that names someone ("mijn moeder" does: the writer's mother)
            lo, hi = doc[dets[0].i].idx, t.idx + len(t.text)
            resolved = self.resolve(view.text[lo:hi], (lo, hi), lo)
            span = view.np_after(dets[0].i, len(doc))
            if resolved == view.text[lo:hi] and span and span[1] > t.i + 1:
                # nobody named by it: the whole phrase it heads ("een 21-jarige vrouw uit Nijmegen")
                hi = max(hi, view.span_chars(span)[1])
                return self.resolve(view.text[lo:hi], (lo, hi), lo)
            return resolved
        return None

    def _unnamed_antecedent(self, pos: int, pronoun: str) -> str | None:
        """Last resort for a pronoun no named person and no subject accounts for: the nearest person described
        by a noun in its sentence or the two before, in any role ("Ik sprak die dag een leraar van groep 7. Zij
        zei" -> "een leraar van groep 7"), agreeing with the pronoun; resolved like any mention."""
        view, doc = self.view, self.view.doc
        if not view.has_pos or pronoun not in ("hij", "zij", "ze", "plural"):
            return None
        starts = [a for a, _ in self.sents if a <= pos]
        lo = starts[-3:][0] if starts else 0
        for t in reversed(doc[view.tok_at(lo):view.tok_at(max(pos - 1, lo)) + 1]):
            low = t.lower_
            if t.idx >= pos or t.pos_ != "NOUN" or not t.text.islower() or view.in_quote(t):
                continue
            if pronoun == "plural":
                # "drie veroordeelden …. Ze voerden aan": people in the plural, in any role
                if "Number=Plur" not in str(t.morph) or not low.endswith(HUMAN_PLURAL):
                    continue
            elif "Number=Plur" in str(t.morph) or not (low in PERSON_WORDS or low in KIN or epithet_noun(low)):
                continue
            if _disagrees(low, pronoun):
                continue
            k = t.i
            while k > 0 and (doc[k - 1].pos_ in ("ADJ", "NUM") or doc[k - 1].dep_ == "amod") \
                    and not doc[k - 1].is_punct and (doc[k - 1].text.islower() or doc[k - 1].lower_.endswith("e")):
                k -= 1
            counted = pronoun == "plural" and doc[k].like_num  # "drie veroordeelden"
            writers = k > 0 and doc[k - 1].lower_ in MY and low in KIN
            if not counted and not writers and (
                    k == 0 or doc[k - 1].lower_ not in ("de", "het", "een", "die", "deze", "haar", "zijn")):
                continue  # a bare noun names no one; "mijn moeder" is the writer's mother (see quotes._as_author)
            k = k if counted else k - 1
            span = view.np_after(k, len(doc)) or (k, t.i + 1)
            a, b = view.span_chars(span)
            return self.resolve(view.text[a:b], (a, b), a)
        return None

    def _unnamed_speaker(self, a: int, b: int) -> str | None:
        """A person described by a role as the subject of a speech cue in chars [a, b) ("Een woordvoerder van
        de ILT meldt"), resolved like any mention, so "de minister" becomes the minister named before. (Any
        main-clause subject, "De agent was ...", was tried: with this parser it picks subordinate subjects.)"""
        view, doc = self.view, self.view.doc
        if not view.has_dep:
            return None
        verbs = [doc[c.i] for c in view.cues_in(a, b) if c.lemma not in sv.CUE_WORDS and c.lemma not in sv.EXPLETIVE]
        for verb in verbs:
            span = view.subject_of(verb.i)
            if span is None:
                # the parser lost the verb ("meldt" as a noun): a phrase that opens the sentence right before it
                span = view.np_before(verb.i, view.tok_at(a))
                if span is None or span[0] != view.tok_at(a) or span[1] != verb.i:
                    continue
            if view.span_chars(span)[1] > b:
                continue
            toks = doc[span[0]:span[1]]
            if toks[0].lower_ not in ("een", "de", "het", "die", "deze"):
                continue
            head = next((t for t in toks if t.dep_.startswith("nsubj")), None) or next(
                (t for t in toks if role_noun(t.lower_)), None)
            if head is not None and (head.lower_ in ROLE_HINTS or role_suffix(head.lower_)):
                lo, hi = view.span_chars(span)
                return self.resolve(view.text[lo:hi], (lo, hi), lo)
        return None

    def _person_before_any(self, pos: int, floor: int = 0, pronoun: str | None = None) -> str | None:
        for label in ("PER", "NAME"):
            cands = [n for n in self.names if n.label == label and floor <= n.start and n.end <= pos and not n.aside
                     and not self.view.in_quote(self.view.doc[n.tok_start]) and self._agrees(n.canonical, pronoun)]
            if not cands:
                continue
            if self.view.has_dep:
                # a subject among the last few mentions beats an object named later
                recent = [n for n in cands[-3:] if n.start >= cands[-1].start - 300]
                subj = [n for n in recent if subjectish(self.view.doc[n.tok_start:n.tok_end])]
                if subj:
                    return subj[-1].canonical
            return cands[-1].canonical
        return None

    def plural_antecedent(self, pos: int) -> str | None:
        """For a plural "ze"/"zij" at pos: the plural noun subject of one of the two sentences before it
        ("Zijn aanhangers waren door het dolle heen. Minutenlang scandeerden zij ..." -> "zijn aanhangers")."""
        view, doc = self.view, self.view.doc
        if not view.has_dep:
            return None
        for a, b in [(a, b) for a, b in self.sents if a < pos][-3:][::-1]:
            for t in doc[view.tok_at(a):view.tok_at(min(b, pos) - 1) + 1]:
                if t.idx >= pos or view.in_quote(t) or not t.dep_.startswith("nsubj"):
                    continue
                joint = self._joint_people(t)
                if joint:
                    return joint  # "Manager Trudy Snippert en gedragswetenschapper Anneke Hofsté … Ze vertellen"
                if view.has_pos and t.pos_ != "NOUN":
                    continue
                # "een groep van negentien Molukse jongeren": a group of people is plural too
                members = [c for c in t.children if c.dep_ == "nmod" and c.i > t.i and c.lower_.endswith(HUMAN_PLURAL)
                           and any(x.lower_ == "van" for x in c.children)] if t.lower_ in COLLECTIVES else []
                if not members and t.lower_ not in GATHERINGS and (
                        "Number=Plur" not in str(t.morph) or not t.lower_.endswith(HUMAN_PLURAL)):
                    continue  # people only: "zijn aanhangers", "de groep", not "haar pogingen"
                lo, end = t.i, (members[0] if members else t)
                while lo > t.left_edge.i and doc[lo - 1].dep_ in ("det", "amod", "nummod") and not doc[lo - 1].is_punct:
                    lo -= 1
                text = view.text[doc[lo].idx:end.idx + len(end.text)]
                return text[:1].lower() + text[1:]
        return None

    def _joint_people(self, subject: Token) -> str | None:
        """People named in full and joined by "en" in a subject phrase, as one speaker ("Trudy Snippert en
        Anneke Hofsté"); None unless there are two or more. A relative clause or apposition set off by commas
        ends the phrase ("…, die de privacy van hun cliënten willen beschermen, …")."""
        doc = self.view.doc
        lo, hi = subject.left_edge.i, subject.right_edge.i + 1
        hi = next((k for k in range(subject.i, hi) if doc[k].text == ","), hi)
        people = [n for n in self.names if lo <= n.tok_start and n.tok_end <= hi and n.canonical in self.person_names
                  and len(name_parts(n.canonical)) >= 2]
        if len(people) < 2 or not any(doc[k].lower_ == "en" for k in range(people[-2].tok_end, people[-1].tok_start)):
            return None
        named = list(dict.fromkeys(n.canonical for n in people))
        return None if len(named) < 2 else ", ".join(named[:-1]) + " en " + named[-1]

    def resolve(self, mention: str, span: tuple[int, int] | None, pos: int) -> str:
        """The speaker for a mention at char pos (see the module docstring for the rules)."""
        found = written_once(self._resolve(mention, span, pos))
        # an acronym the article spells out: "NCTV" -> "de Nationaal Coördinator Terrorismebestrijding en Veiligheid"
        found = self.acronyms.get(normalize_name(found), found)
        if found.casefold() in ORG_OPENERS:
            # "de Unie" after "de Unie van Waterschappen" (the NER may have tagged "Unie" alone)
            fuller = set(re.findall(rf"\b{found} (?:van|voor) (?:de |het )?[A-Z][\w-]+(?: [A-Z][\w-]+)*",
                                    self.view.text))
            found = fuller.pop() if len(fuller) == 1 else found
        # the article a body is written with is looked up in the whole text: once per name
        if found not in self._written_as:
            self._written_as[found] = with_article(self, found)
        return self._written_as[found]

    def _resolve(self, mention: str, span: tuple[int, int] | None, pos: int) -> str:
        words = mention.split()
        # "Agterbosch zelf", "Ook Henk Otten": focus words are no part of the speaker
        while len(words) > 1 and words[-1].lower() in ("zelf", "zelfs", "zich"):  # "de commissie zich"
            words.pop()
        while len(words) > 1 and (words[0].lower() in ("ook", "zelfs", "vooral", "juist", "alleen") or (
                len(words) == 2 and words[1].lower() in PRONOUNS
                and (words[0].lower() in PREPS | {"toen", "tot", "als", "nu"} or words[0][:1].isupper()))):
            words.pop(0)  # "Ook Henk Otten"; "Tot ze", "Grondpatroon Hij": a heading glued before the sentence
        text = " ".join(words).rstrip(".") if not words[-1].endswith("..") else " ".join(words)  # "Max." -> "Max"
        text = _BRACKETED.sub("", text) or text  # "Kathalijne Buitenweg (GroenLinks)": the party is no part of her
        text = text or mention
        head, sep, _ = text.partition(" met ")
        if sep and any(w[:1].isupper() for w in head.split()[1:]):
            text = head  # "de Democratische Partij met een verklaring": what it came with does not speak
        low = text.lower()
        if text.startswith("The ") and all(w[:1].isupper() for w in text.split()):
            return text  # an English proper name: "The Stones", "The New York Times"
        if low in PRONOUNS:
            tok = self.view.doc[self.view.tok_at(pos)] if len(self.view.doc) else None
            if tok is not None and tok.lower_ == low and self.view.has_dep and plural_pronoun(tok):
                # "ze zeggen": a group, not the last person
                return self.plural_antecedent(pos) or self._unnamed_antecedent(pos, "plural") or low
            return self.person_before(pos, pronoun=low) or self._person_after(pos, low) \
                or self._unnamed_antecedent(pos, low) or low
        if low in FIRST_PERSON:
            return low
        if low in _LATTER:
            # "zei die laatste": the person named last before, not the subject in focus
            named = [n.canonical for n in self.names if n.end <= pos and n.canonical in self.person_names]
            return named[-1] if named else text
        if span is not None:
            # an apposition names the speaker: "De Franse minister van Buitenlandse Zaken, Jean-Yves Le Drian,", "Zijn
            # opvolger, Quim Torra,"
            after = self.view.text[span[1]:span[1] + 3]
            if after.startswith(","):
                nxt = [n for n in self.names if span[1] < n.start <= span[1] + 3 and n.canonical in self.person_names]
                if nxt and self.view.text[nxt[0].end:nxt[0].end + 1] in (",", ")"):
                    return nxt[0].canonical
        owner_word, role_words = possessed_role(self, text, span)
        if owner_word:
            # "zijn advocaat" -> "de advocaat van Gerard Sanderink": the role of the person the pronoun points to
            owner = self.person_before(pos, pronoun="hij" if owner_word == "zijn" else "zij")
            owner = owner if owner in self.person_names else None
            named = sole_holder(self, role_words) if " " not in role_words else None
            if named and named != owner:
                return named  # "volgens zijn advocaat … Advocaat Umut Ural": the one lawyer the article names
            # whose it is unnamed ("een Bosschenaar … Zijn advocaat"): the role, as the article goes on to call it
            return f"de {role_words} van {owner}" if owner else f"de {role_words}"
        spelled = [full for full in self.acronyms.values() if normalize_name(full) == normalize_name(text)]
        if spelled:
            return spelled[0]  # one name with "en" in it ("Transport en Logistiek Nederland (TLN)"), no pair
        # "Helma Ruijs van het Rijksinstituut voor Volksgezondheid en Milieu (RIVM)": the "en" of a body's name
        in_name = any(" en " in full and normalize_name(full) in text for full in self.acronyms.values())
        if " en " in text and span is not None and not in_name:
            left, right = text.split(" en ", 1)
            known = {name_parts(c)[0] for c, _ in self.entity_names if len(name_parts(c)) == 1}
            # "Jaap van der Laan en Walter Berghorst", "VNO-NCW en MKB-Nederland" (one-word sides: known names only)
            # ("Bos en Van der Meer": a surname of a person named in full counts as known too)
            if left[:1].isupper() and right[:1].isupper() and all(
                    len(side.split()) > 1 or (name_parts(side) and len(name_parts(side)) == 1 and (
                        name_parts(side)[0] in known
                        or resolve_speaker(side, self.entity_names)[0] in self.person_names))
                    for side in (left, right)):
                a, b = span
                la, rb = a + len(left), b - len(right)
                return f"{self.resolve(left, (a, la), pos)} en {self.resolve(right, (rb, b), pos)}"
            if left[:1].isupper() and right.split()[0] in ("de", "het", "zijn", "haar", "hun"):
                # "Alidjan en de medeorganisatoren van het protest": the person in full, the group as written
                a = span[0]
                return f"{self.resolve(left, (a, a + len(left)), pos)} en {right}"
        said = re.fullmatch(r"(?:[a-zà-ÿ-]+ )*?([a-zà-ÿ-]+) van ((?:(?:de|het) )?[A-Z].*)",
                            text, flags=re.IGNORECASE)
        if said and said.group(1).islower() and statement_noun(said.group(1)):
            # "de halsstarrige houding van Europa", "schattingen van Rijkswaterstaat": the owner speaks
            owner = said.group(2)
            at = span[1] - len(owner) if span is not None and self.view.text[span[0]:span[1]].endswith(owner) else None
            return self.resolve(owner, (at, span[1]) if at is not None else None, pos)
        indefinite = low.split(" ", 1)[0] in ("een", "enkele", "sommige")
        if span is not None:
            a, b = span
            # names starting inside, or cut by the phrase's start ("Brussee van de techniekinstructeur" of "Wilco Brussee")
            inside = [n for n in self.names if a <= n.start < b or (n.start < a < n.end and n.label == "PER")]
            pers = [n for n in inside if (n.label == "PER" or n.canonical in self.person_names) and len(n.text) > 2]
            if pers and (_POSSESSOR.match(self.view.text[pers[0].end:b]) or (
                    pers[0].text.endswith(("'s", "’s")) and re.match(r"\s+[a-zà-ÿ]", self.view.text[pers[0].end:b]))):
                # "Bolsius' woordvoerder": the name owns the speaker, it is not the speaker
                owned = re.sub(r"^['’]s?\s+", "", self.view.text[pers[0].end:b].strip())
                named = re.fullmatch(r"[a-zà-ÿ-]+ ([A-Z][\w'-]*(?: [A-Z][\w'-]*)*)", owned)
                if named:  # "Biemans' vrouw Maaike": the one named after the relation
                    return resolve_speaker(named.group(1), self.entity_names)[0] or named.group(1)
                return f"de {owned} van {pers[0].canonical}" if re.fullmatch(r"[a-zà-ÿ-]+", owned) else text
            # "de woordvoerder van burgemeester Bolsius": someone's relation or aide, named through them
            aide = re.match(r"(de|het|een) ([a-zà-ÿ-]+) van (?:[a-zà-ÿ-]+ )?", text)
            if pers and aide and aide.group(2) in LEADER_ROLES:
                # "de voorman van Forum voor Democratie" (a party the NER took for a person): the leader in focus
                hit = epithet(self, text.split(" ", 1)[1], pos)
                if hit:
                    return hit
            if pers and aide and pers[0].start == a + aide.end() and (
                    role_noun(aide.group(2)) or aide.group(2) in KIN | PERSON_WORDS):
                return f"{aide.group(1).lower()} {aide.group(2)} van {pers[0].canonical}"
            if pers:
                return pers[0].canonical
            bare = normalize_name(text)
            for n in inside if not indefinite else ():
                if n.label != "PER" and low.startswith("de ") and " " not in n.text \
                        and (agent_word(n.text.lower()) or demonym(n.text)):
                    continue  # "zegt de Amsterdammer" (MISC, ORG): where the person in focus is from, not a name
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
        genitive = re.fullmatch(r"([A-Z][\w-]+?)s ([a-zà-ÿ-]+)", text)
        if genitive and (role_noun(genitive.group(2)) or genitive.group(2) in KIN | PERSON_WORDS):
            # "Vermeulens raadsman": a surname with the genitive s owns the role, as "Bolsius' woordvoerder" does
            owner, _ = resolve_speaker(genitive.group(1), self.entity_names)
            if owner in self.person_names:
                return f"de {genitive.group(2)} van {owner}"
        bare = normalize_name(text)
        words = bare.split()
        while len(words) >= 2 and words[0][:1].isupper() and words[1][:1].isupper() and (
                words[0].lower() in ROLE_HINTS or role_suffix(words[0].lower()) or words[0].lower() in ORDINALS
                or (len(words[0]) > 6 and words[0].lower().endswith(ORG_KIND_ENDINGS))):  # "Wooncorporatie Woonpunt"
            words = words[1:]  # "Minister Bijleveld" -> "Bijleveld"
            bare = " ".join(words)
        if words and all(w[:1].isupper() or w.lower() in NAME_PARTICLES for w in words):
            resolved, _ = resolve_speaker(bare, self.entity_names)
            if resolved and (resolved != bare or len(words) < len(normalize_name(text).split())):
                return resolved
            # "zegt Max.": a first name the article uses for someone named in full resolves as its mentions did
            same = [n.canonical for n in self.names if n.text == bare and n.start < pos and n.canonical != bare]
            if len(words) == 1 and same and same[-1] in self.person_names:
                return same[-1]
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
        if len(run) == 1 and len(toks) >= 2 and (toks[-2].lower() in ROLE_HINTS or role_suffix(toks[-2].lower())):
            # "vismijndirecteur Lokerse": a role word before a surname of a person named in full
            resolved, _ = resolve_speaker(run[0], self.entity_names)
            if resolved and resolved in self.person_names and len(name_parts(resolved)) >= 2:
                return resolved
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
                hit = role_holder(self, cand, pos) if cand else None
                if hit:
                    return hit
            hit = epithet(self, rest[0], pos) if first.lower() in ("de", "het") else None
            if hit:
                return hit
            if span is not None and " van " in rest[0] and role_head and first.lower() == "de":
                # "de president van de Verenigde Staten": an office of a place is its holder in the article
                owner = [n for n in self.names if span[0] + len(text.split(" van ")[0]) < n.start < span[1]]
                hit = epithet(self, role_head, pos) if owner and all(n.label == "LOC" for n in owner) else None
                # (only someone the article gives that office: "president Trump")
                if hit and re.search(rf"\b{re.escape(role_head)} (?:\w+ )?{re.escape(hit.split()[-1])}\b",
                                     self.view.text, flags=re.IGNORECASE):
                    return hit
            hit = first_mention(self, rest[0], pos) if first.lower() == "de" else None
            if hit:
                return hit
            if first.lower() == "de" and rest[0].lower() in ("man", "vrouw"):
                # "antwoordde de vrouw": the person in focus, when her first name says she is one
                person = self.person_before(pos, pronoun="hij" if rest[0].lower() == "man" else "zij")
                if person and self.gender(person) == ("m" if rest[0].lower() == "man" else "f"):
                    return person
            if rest[0].lower() in MEDIA_NOUNS and first.lower() != "deze":  # "deze krant" is the paper itself
                hit = medium_before(self, pos)
                if hit:
                    return hit
            kind_noun = org_noun(rest[0])
            if kind_noun:
                hit = org_before(self, kind_noun, pos)
                if hit:
                    return hit
        if first.lower() in ("de", "het") and rest and re.fullmatch(r"[a-zà-ÿ]+", rest[0]):
            hit = fuller_form(self, rest[0], pos, owner_only=role_noun(rest[0]))
            if hit:
                return hit
            hit = body_with_word(self, rest[0]) if not role_noun(rest[0]) and rest[0] not in PERSON_WORDS | KIN else None
            if hit:
                return hit
        if first.lower() in ("zijn", "haar") and rest:
            # "Volgens zijn partijgenote": someone else than the one "zijn" points to, in focus there
            owner = self.person_before(pos, pronoun="hij" if first.lower() == "zijn" else "zij")
            hit = epithet(self, rest[0], pos, owner=owner) if owner else None
            if hit:
                return hit
        example = re.fullmatch(r"(?:een|de) [a-zà-ÿ-]+ als ([A-Z][\w&'-]*(?: [A-Z][\w&'-]*)*)", text)
        if example:  # "een partij als GroenLinks": the one named as the example
            return example.group(1)
        described = re.fullmatch(r"([a-zà-ÿ-]+) ([A-Z][\w&'-]*(?: [A-Z][\w&'-]*)*)", rest[0]) if rest else None
        if first.lower() in ("de", "het") and described and described.group(1) not in OFFICIAL_KINDS \
                and described.group(2) not in self.person_names \
                and any(n.text == described.group(2) for n in self.names):
            return described.group(2)  # "het kankerinstituut Iarc": the name, not what the writer calls it
        if first.lower() in ("de", "het") and rest and re.fullmatch(r"[A-Z][a-zà-ÿ]+", rest[0]):
            # "het Hof", "de Commissie" untagged: the one body the article names in full with that word
            hit = body_named_by(rest[0], [c for c, lab in self.entity_names if lab in ("ORG", "MISC")])
            if hit:
                return hit
        if first.lower() in DETS:
            return " ".join([first.lower()] + ([rest[0]] if rest and rest[0] else []))
        return text


def _disagrees(noun: str, pronoun: str) -> bool:
    """A person noun of the other gender than the pronoun: "hij" is no "dame", "ze" no "jongen"."""
    female = noun.endswith(FEMALE_ENDINGS) or noun in ("dame", "meisje", "studente", "moeder", "dochter", "zus")
    male = noun.endswith("man") or noun in ("heer", "jongen", "vader", "zoon", "broer")
    return (pronoun == "hij" and female) or (pronoun in ("zij", "ze") and male)


def _agrees_by_sex(noun: str, pronoun: str) -> bool:
    """A person noun that says the sex the pronoun has: "vrouw" for "ze", "man" for "hij" (one that disagrees
    with the other pronoun, or a word for a man or a woman)."""
    return noun in (MALE_WORDS if pronoun == "hij" else FEMALE_WORDS) or _disagrees(noun, "ze" if pronoun == "hij" else "hij")


# singular nouns for a gathering of people that a plural "ze" can point back to ("De groep luistert. … ze")
GATHERINGS = frozenset("groep gezelschap delegatie menigte publiek klas".split())

_PRONOUN_CLASS = {"hij": ("hij",), "zij": ("zij", "ze"), "ze": ("zij", "ze")}


def _main_clause(t: Token) -> bool:
    """A token whose head is the sentence's main verb (or a verb coordinated with it)."""
    head = t.head
    return head.dep_ == "ROOT" or (head.dep_ in ("conj", "parataxis") and head.head.dep_ == "ROOT")


def plural_pronoun(tok: Token) -> bool:
    """ "ze"/"zij" as the subject of a plural finite verb ("scandeerden zij", "ze hebben gezegd")."""
    if tok.lower_ not in ("ze", "zij") or not tok.dep_.startswith("nsubj"):
        return False
    verbs = [tok.head] + [c for c in tok.head.children if c.dep_ in ("aux", "aux:pass", "cop")]
    return any("Number=Plur" in str(v.morph) and "VerbForm=Fin" in str(v.morph) for v in verbs)


# what follows a possessor name inside a speaker phrase: "'s medestudenten", "’ zus"
_POSSESSOR = re.compile(r"^(?:['’]s?)\s+[a-zà-ÿ]")


