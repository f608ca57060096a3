"""Speaker resolution: a speaker mention ("hij", "de premier", "Blom", "Exploitant George ten Brummelhuis
van De Appel") becomes the fullest name in the article.

Names come from the NER, repaired where it is known to fail on flattened DPG text: a heading or role word
glued before a first name is cut off ("Ober Mirek", "in Washington Donald Trump"), two PER pieces joined by
a particle are one name ("George" + "ten" + "Brummelhuis"), all-caps headings and names after a
lower-case article ("tegen de Democraten") are no persons, a name opening with a known first name or
following a role word ("vismijndirecteur Lokerse") is a person whatever its label, and a name in
parentheses ("cirkel 1 (Limbo)") is never a speaker.

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
   named in its sentence or the three before (``Resolver._org_before``; "de gemeente", "de politie" stay);
6. anything else (unnamed speakers: "een commandant van de groepering", "de militie", "de politie") -> the
   phrase as written, with its leading article lowercased.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from newsetl.entities import canonical_names, name_parts, normalize_name, resolve_speaker
from newsetl.nlp import speech_verbs as sv
from newsetl.nlp.attribution import (
    DETS, FIRST_PERSON, NAME_PARTICLES, PREPS, PRONOUNS, ROLE_STOP, STOP, DocView, _adjectival, _glued, _is_cap,
    _is_word,
)
from newsetl.nlp.first_names import gender_of, is_first_name


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
    # "In cirkel 1 (Limbo) ...", "D66 (VVD)": a name in parentheses is a label or aside, never the speaker
    aside: bool = False
    # "Sportwinkelketen Decathlon", "energiebedrijf Eneco": a kind word before the name makes it an organisation
    org_hint: bool = False
    # "premier May": a title before the name makes it a person, whatever the NER says elsewhere
    person_hint: bool = False


class Resolver:
    """Resolves speaker mentions to the fullest name in one article."""

    def __init__(self, view: DocView, sents: list[tuple[int, int]] | None = None):
        self.view = view
        self.sents = sents or [(0, len(view.text))]
        self.names = self._collect_names()
        # heuristic names ("NAME": capitalised runs, bare surnames) count as MISC for the entity rules
        mentions = [(n.text, "MISC" if n.label == "NAME" else n.label) for n in self.names]
        canon = canonical_names(mentions + [(full, "PER") for full in self._shared_surnames()])
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
                if not any(c.isalpha() for c in text) or e.start in covered:
                    continue  # no letters, or already taken by a name extended over it ("George ten" + "Brummelhuis")
                if len(e) > 1 and all(c.isupper() for c in e.text if c.isalpha()) and any(
                        len(t) > 3 and t.is_alpha for t in e):
                    continue  # "ANDER COMMENTAAR", "DE SPEECH VAN BAUDET": an all-caps heading, not a name
                if not any(_is_cap(t) and t.lower_ not in NAME_PARTICLES for t in e) or (
                        len(e) == 1 and e[0].lower_ in _ORDINALS):
                    continue  # "van restaurant", "Tweede" (of "Tweede Kamerlid"): no name
                start, tok_start = e.start_char, e.start
                role_stripped = org_stripped = False
                if tok_start + 3 < e.end and doc[tok_start + 1].text == "-" and not doc[tok_start].whitespace_ \
                        and doc[tok_start + 2].text[:1].islower():
                    tok_start += 3  # "Oud-rechtenstudent Zelensky" split by the tokenizer
                    start = doc[tok_start].idx
                # a role word glued to the name by the NER: "Defensieminister Annegret Kramp-Karrenbauer"
                # right after a lower-case role word the entity starts with the name: "partijleider Kemal" (NOUN)
                after_role = _after_role_word(doc, tok_start)
                while tok_start < e.end - 1 and not is_first_name(doc[tok_start].text) and not (
                        after_role and tok_start == e.start) and (
                    _before_first_name(doc, tok_start)
                    or doc[tok_start].text.lower() in _ROLE_HINTS or _role_suffix(doc[tok_start].text.lower())
                    or (doc[tok_start].lower_ in self._lower_words and doc[tok_start].lower_ not in NAME_PARTICLES
                        and (e.label_ == "PER" or doc[tok_start].lower_ in _KIND_PREFIXES))
                    # ^ "Exploitant George ten Brummelhuis", "Stichting Natuurmonumenten"; not "Boa Bond" (boa's)
                    or doc[tok_start].lower_ in DETS
                    or (view.has_pos and doc[tok_start].pos_ in ("SCONJ", "CCONJ"))  # "Als Verhagen ... uitkomt"
                    or (doc[tok_start].text.islower() and doc[tok_start].lower_ in STOP | PREPS
                        and doc[tok_start].lower_ not in NAME_PARTICLES)  # "Als het aan Klaver ligt"
                    or doc[tok_start].text == "van"  # "De bestuursvoorzitter van de Stichting ...", "van Milieudefensie"
                    or _glued(doc[tok_start])
                    or (view.has_pos and doc[tok_start].pos_ in ("NOUN", "ADJ", "VERB", "ADV", "ADP")
                        and _is_cap(doc[tok_start + 1])
                        # not after "Kamerlid" ("Bente" (NOUN) Becker) nor mid-sentence after a lower-case word
                        # ("hoogleraar strafrecht Henny Sackers"): a capital there starts a name
                        and not role_stripped
                        and not (tok_start > 0 and doc[tok_start - 1].is_alpha and doc[tok_start - 1].text.islower()
                                 and doc[tok_start - 1].lower_ not in STOP | PREPS | DETS | NAME_PARTICLES))
                ):
                    role_stripped = role_stripped or _role_only(doc[tok_start])
                    org_stripped = org_stripped or _org_word(doc[tok_start].lower_)
                    tok_start += 1
                    start = doc[tok_start].idx
                text = view.text[start:e.end_char]
                if not any(_is_cap(t) and t.lower_ not in NAME_PARTICLES for t in doc[tok_start:e.end]):
                    continue  # "Als het aan" (MISC) before "Klaver": nothing of a name is left
                if e.label_ == "PER" and e.end - tok_start == 1 and view.has_pos and doc[tok_start].pos_ in (
                    "ADJ", "ADV", "VERB", "NOUN", "ADP", "DET", "PRON", "NUM", "SCONJ", "CCONJ", "AUX", "INTJ"
                ) and doc[tok_start].lower_ not in _ROLE_HINTS and not (
                        doc[tok_start].pos_ == "NOUN" and _apposed(doc[tok_start])):
                    # a heading word ("Pijnlijk", "Proef", "Als") the NER took for a name; set apart by
                    # commas and colons a capital is a name whatever its tag ("Een van hen, Yassin:")
                    continue
                if e.end - tok_start == 1 and _heading(doc, tok_start):
                    continue  # '…." Grondpatroon Hij weerspreekt …': a subheading glued into the flattened text
                if all(_role_only(t) for t in doc[tok_start:e.end]):
                    continue  # "Tweede Kamerlid", "Minister": a role without a name
                if e.label_ == "PER" and e.end - tok_start == 1 and tok_start > 0 \
                        and doc[tok_start - 1].lower_ in _POSSESSIVES:
                    continue  # "mijn Golfje": a possession, not a person
                end_tok = e.end
                # "Nicole" + "van Lieshout": extend a name over particles and capitalised words
                # "politicoloog Wietse" + "van" + "Engeland" (LOC): after a role word the name goes on
                titled = _after_role_word(doc, tok_start)
                k = end_tok
                while k < len(doc) and doc[k].lower_ in NAME_PARTICLES:
                    k += 1
                # a lone PER/MISC word (never an organisation: "het CDA van Marianne van der Sloot") runs on into
                # a person tagged on its own: "Britt" + "van" + "Ewijck", and "Laila" + "Ait Baali" when that
                # person's first word is no first name ("Nederlander" + "Jan Smit" stays apart)
                lone = e.end - tok_start == 1 and e.label_ in ("PER", "MISC") and doc[tok_start].is_alpha
                joins_person = lone and end_tok < k < len(doc) and _starts_person(doc[k])
                glued_person = lone and k == end_tok < len(doc) and _starts_person(doc[k]) \
                    and not is_first_name(doc[k].text)
                first = is_first_name(doc[tok_start].text) or titled or glued_person or joins_person
                while end_tok < len(doc) and end_tok - tok_start == 1 and (e.label_ == "PER" or first):
                    t2 = doc[end_tok]
                    if _starts_person(t2) and first \
                            and doc[tok_start].whitespace_:
                        end_tok += 1  # "Laila" + "Ait Baali": the NER split one name in two
                        while end_tok < len(doc) and doc[end_tok].ent_iob_ == "I":
                            end_tok += 1
                        break
                    # the next name may be tagged on its own: "George" + "ten" + "Brummelhuis" (both PER)
                    if t2.lower_ in NAME_PARTICLES and end_tok + 1 < len(doc) and _is_cap(doc[end_tok + 1]) \
                            and doc[end_tok + 1].lower_ not in DETS and (
                                doc[end_tok + 1].ent_iob_ != "B" or doc[end_tok + 1].ent_type_ == "PER"
                                or first):  # "Erwin" + "ten" + "Haring van Halfords" (ORG)
                        end_tok += 2
                    elif t2.lower_ in NAME_PARTICLES and end_tok + 2 < len(doc) and doc[end_tok + 1].lower_ in NAME_PARTICLES \
                            and _is_cap(doc[end_tok + 2]) and (doc[end_tok + 2].ent_iob_ != "B" or first):
                        end_tok += 3  # "Ferre" + "van de Nadort", "Thomas" + "van der" + "Knaap" (PER)
                    elif t2.text in ("-",) and end_tok + 1 < len(doc) and _is_cap(doc[end_tok + 1]) and not doc[end_tok].whitespace_:
                        end_tok += 2
                    elif first and _is_cap(t2) and t2.is_alpha and t2.is_sent_start is not True \
                            and (t2.ent_iob_ == "O" or t2.ent_type_ in ("PER", "MISC")) \
                            and t2.lower_ not in DETS | STOP | PREPS | PRONOUNS | FIRST_PERSON:
                        end_tok += 1  # "socioloog Tanja" + "Traag" (untagged, or MISC as an adjective)
                        while end_tok < len(doc) and doc[end_tok].ent_iob_ == "I":
                            end_tok += 1
                        break
                    else:
                        break
                # "Anco Scholte" + "ter" + "Horst" (both PER): a full name runs on over a particle into a name the NER
                # tagged on its own ("van" excepted: "Dominick Woltering van Aventus")
                if end_tok - tok_start >= 2 and e.label_ == "PER" and end_tok + 1 < len(doc) \
                        and doc[end_tok].lower_ in NAME_PARTICLES - {"van"} and doc[end_tok].text.islower() \
                        and doc[end_tok + 1].ent_iob_ == "B" and doc[end_tok + 1].ent_type_ == "PER":
                    end_tok += 2
                    while end_tok < len(doc) and doc[end_tok].ent_iob_ == "I":
                        end_tok += 1
                # "Dominick Woltering van Aventus": two name words then "van" -> the name ends before "van"
                for x in range(tok_start + 2, end_tok):
                    if doc[x].lower_ == "van" and e.label_ == "PER":
                        end_tok = x
                        break
                while end_tok - tok_start > 1 and (doc[end_tok - 1].lower_ in NAME_PARTICLES or doc[end_tok - 1].is_punct):
                    end_tok -= 1  # "Erdogan van"
                end_char = doc[end_tok - 1].idx + len(doc[end_tok - 1].text)
                text = view.text[start:end_char]
                # "Britt" + "van Ewijck", "Laila" + "Ait Baali": a name extended over a person is a person
                label = "PER" if any(_starts_person(doc[x]) for x in range(e.end, end_tok)) else e.label_
                if role_stripped and end_tok - tok_start >= 2 and all(_is_cap(t) or t.lower_ in NAME_PARTICLES
                                                                      for t in doc[tok_start:end_tok]):
                    label = "PER"  # "Lijsttrekker Hagar Roijackers" (tagged MISC): a role before a name makes a person
                if label == "PER" and end_tok - tok_start == 1 and end_tok + 1 < len(doc) \
                        and is_first_name(doc[end_tok].text) and _is_cap(doc[end_tok + 1]):
                    label = "ORG"  # "Woordvoerder van Milieudefensie Anne Knol": the word before a full name is her organisation
                if label == "PER" and end_tok - tok_start == 1 and tok_start > 0 and doc[tok_start - 1].lower_ in (
                        "de", "het") and doc[tok_start - 1].text.islower():
                    label = "MISC"  # "tegen de Democraten": a name after a lower-case article is a group, not a person
                org_hint = org_stripped or (tok_start > 0 and doc[tok_start - 1].text.islower()
                                            and _org_word(doc[tok_start - 1].lower_)) or _org_name(text)
                if org_hint:
                    label = "ORG"
                out.append(_Name(start, end_char, tok_start, end_tok, text, label, org_hint=org_hint))
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
                (_is_cap(doc[m]) and _is_word(doc[m]) and doc[m].lower_ not in DETS | STOP | PRONOUNS | FIRST_PERSON)
                or (doc[m].lower_ in NAME_PARTICLES and m + 1 < n and _is_cap(doc[m + 1]))
                or (doc[m].lower_ in NAME_PARTICLES and m + 2 < n and doc[m + 1].lower_ in NAME_PARTICLES
                    and _is_cap(doc[m + 2]))  # "Ferre van de Nadort"
            ):
                m += 1
            if m - k >= 2 and not any(
                sv.speech_lemma(doc[x].text) for x in range(k, m)
            ) and not all(doc[x].text.isupper() for x in range(k, m) if doc[x].is_alpha):  # "ANDER COMMENTAAR"
                # drop a sentence-initial capitalised non-name ("Volgens Jan Smit" -> "Jan Smit")
                while m - k >= 2 and (doc[k].lower_ in sv.CUE_WORDS or _adjectival(doc[k].text) or _glued(doc[k])
                                      or doc[k].lower_ in NAME_PARTICLES
                                      or (view.has_pos
                                          and doc[k].pos_ in ("SCONJ", "CCONJ", "ADP", "PRON", "DET", "AUX"))
                                      or doc[k].lower_ in _ROLE_HINTS or _role_suffix(doc[k].lower_)
                                      or (_before_first_name(doc, k) and not is_first_name(doc[k].text))
                                      or doc[k].lower_ in _ORDINALS):
                    k += 1
                while m - k >= 2 and _role_suffix(doc[m - 1].lower_) and m < n and _is_cap(doc[m]):
                    m -= 1  # "Wachtlijst Dokter Verhagen": a subheading, then a role before a name
                if m - k >= 2:
                    label = "NAME" if view.has_ents else "PER"
                    out.append(_Name(doc[k].idx, doc[m - 1].idx + len(doc[m - 1].text), k, m,
                                     view.text[doc[k].idx:doc[m - 1].idx + len(doc[m - 1].text)], label))
            k = max(m, k + 1)
        # a bare surname of a person named in full elsewhere is that person ("Blom" of "Niels Blom"), and so is
        # a bare first name ("Ruben verslaat ..." after "Ruben van Erp"; the NER misses such names at sentence start)
        full = {name_parts(n.text)[-1] for n in out if n.label in ("PER", "NAME") and len(name_parts(n.text)) >= 2}
        full |= {n.text.split()[0].casefold() for n in out if n.label == "PER" and len(n.text.split()) >= 2
                 and is_first_name(n.text.split()[0])}
        taken = {i for n in out for i in range(n.tok_start, n.tok_end)}
        for t in doc:
            if t.i in taken or not _is_cap(t) or not _is_word(t) or t.lower_ not in full:
                continue
            k = t.i  # "En Van Egten heeft ..." (untagged): the surname takes its particles along
            while k > 0 and doc[k - 1].lower_ in NAME_PARTICLES and k - 1 not in taken:
                k -= 1
            longer_name = k > 0 and _is_cap(doc[k - 1]) and doc[k - 1].lower_ not in STOP | DETS | PREPS
            # "voor de Bruin": a lower-case "de" after a word is an article, not the start of the name
            article = k > 0 and k < t.i and doc[k - 1].is_alpha and not doc[k - 1].is_sent_end and doc[k].text.islower()
            if longer_name or article:
                continue
            if any(x in taken for x in range(k, t.i)):
                continue
            text = view.text[doc[k].idx:t.idx + len(t.text)]
            out.append(_Name(doc[k].idx, t.idx + len(t.text), k, t.i + 1, text, "PER" if not view.has_ents else "NAME"))
        out.sort(key=lambda x: x.start)
        for n in out:
            n.aside = n.tok_start > 0 and doc[n.tok_start - 1].text == "(" and n.tok_end < len(doc) \
                and doc[n.tok_end].text == ")"
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
            # (a single word only when the NER called it MISC: "vismijndirecteur Lokerse", not "woordvoerder Defensie")
            if n.label != "PER" and n.tok_start > 0 and (len(n.text.split()) >= 2 or n.label == "MISC") \
                    and doc[n.tok_start - 1].text.islower() and _role_word(doc[n.tok_start - 1], view) \
                    and (doc[n.tok_start - 1].lower_ in _ROLE_HINTS or _role_suffix(doc[n.tok_start - 1].lower_)):
                n.label = "PER"
            # "premier May" (tagged LOC as often as not): a title before a one-word name settles that it is a person
            if n.label in ("LOC", "MISC") and n.tok_start > 0 and len(n.text.split()) == 1 \
                    and doc[n.tok_start - 1].lower_ in _TITLES and doc[n.tok_start - 1].text.islower():
                n.label, n.person_hint = "PER", True
            # "Foort Lokerse" (MISC), "Marijke Agterbosch" (ORG): two or three capitalised words opening with a
            # known first name are a person
            words = n.text.split()
            if n.label != "PER" and 2 <= len(words) <= 3 and is_first_name(words[0]) and all(
                    w[:1].isupper() or w.lower() in NAME_PARTICLES for w in words):
                n.label = "PER"
        surnames = {name_parts(n.text)[-1] for n in out if n.label == "PER" and name_parts(n.text)}
        for n in out:
            parts = name_parts(n.text)
            if n.label != "PER" and len(n.text.split()) >= 2 and parts and parts[-1] in surnames and all(
                w[:1].isupper() or w.lower() in NAME_PARTICLES for w in n.text.split()
            ):
                n.label = "PER"
        return out

    def _shared_surnames(self) -> list[str]:
        """ "Peter, Rinke en Marcel Verheul": first names listed before one full name share its surname, so
        "Peter" later in the story is Peter Verheul. Returns those full names ("Peter Verheul", ...)."""
        doc = self.view.doc
        ends = {n.tok_end: n for n in self.names}
        out: list[str] = []
        for m in self.names:
            words = m.text.split()
            if m.label != "PER" or len(words) < 2 or not is_first_name(words[0]) or m.tok_start < 2 \
                    or not any(len(w.rstrip(".")) > 2 for w in words[1:]):
                continue  # "Charlotte en Jan N.": an initial is no family name to share
            joiner = m.tok_start - 1  # "en", then first names separated by commas, read backwards
            if doc[joiner].lower_ != "en":
                continue
            while joiner > 0 and doc[joiner].text in (",", "en") and joiner in ends:
                first = ends[joiner]
                if first.tok_end - first.tok_start != 1 or not is_first_name(first.text):
                    break
                out.append(f"{first.text} {' '.join(words[1:])}")
                joiner = first.tok_start - 1
        return out

    def _collect_roles(self) -> list[tuple[int, str, str]]:
        """(char position, role word, canonical PER) for roles attached to person names."""
        doc, view = self.view.doc, self.view
        roles: list[tuple[int, str, str]] = []
        for n in self.names:
            # a surname alone counts when the article only ever uses it ("premier Rutte")
            if n.label != "PER" or (len(name_parts(n.canonical)) < 2 and n.canonical not in self.person_names):
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
            # "<Name>, premier van Nederland," / "<Name>, burgemeester sinds 2018": a role word without article
            elif e + 1 < len(doc) and doc[e].text == "," and doc[e + 1].text.islower() \
                    and (doc[e + 1].lower_ in _ROLE_HINTS or _role_suffix(doc[e + 1].lower_)) \
                    and _role_word(doc[e + 1], view):
                roles.append((n.start, doc[e + 1].lower_, n.canonical))
        return roles

    # --- the public part --------------------------------------------------------------------

    def names_in(self, a: int, b: int, label: str | None = "PER") -> list[_Name]:
        """Names within chars [a, b), not in parentheses; label "PER" means people (see `person_names`),
        None means all."""
        return [n for n in self.names if n.start >= a and n.end <= b and not n.aside and (
            label is None or (n.canonical in self.person_names if label == "PER" else n.label == label))]

    def _agrees(self, name: str, pronoun: str | None) -> bool:
        """Gender agreement where the first name tells it: "hij" is not "Marijke Agterbosch"."""
        g = gender_of(name)
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

    def person_before(self, pos: int, floor: int = 0, pronoun: str | None = None) -> str | None:
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
                     and self._agrees(n.canonical, pronoun)]
            # within a sentence a name of the right gender beats one of unknown gender ("Clinton ... Al Gore ... ze")
            known = [n for n in cands if gender_of(n.canonical) is not None]
            if pronoun in ("hij", "hem", "zij", "ze", "haar") and known:
                cands = known
            subj = [n for n in cands if view.has_dep and subjectish(doc[n.tok_start:n.tok_end])]
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
            if cands:
                # the last person named there, but not one inside a prepositional phrase ("in een boek van Kafka")
                # when another is not
                free = [n for n in cands if not (n.tok_start > 0 and doc[n.tok_start - 1].text in PREPS | {"van"})]
                return (free or cands)[-1].canonical
            unnamed = self._unnamed_speaker(a, hi)
            if unnamed:
                return unnamed
        return self._person_before_any(pos, floor, pronoun)

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
            if head is not None and (head.lower_ in _ROLE_HINTS or _role_suffix(head.lower_)):
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
                if t.idx >= pos or view.in_quote(t) or not t.dep_.startswith("nsubj") or (view.has_pos and t.pos_ != "NOUN") \
                        or "Number=Plur" not in str(t.morph) or not t.lower_.endswith(_HUMAN_PLURAL):
                    continue  # people only: "zijn aanhangers", not "haar pogingen"
                lo = t.i
                while lo > t.left_edge.i and doc[lo - 1].dep_ in ("det", "amod", "nummod") and not doc[lo - 1].is_punct:
                    lo -= 1
                text = view.text[doc[lo].idx:t.idx + len(t.text)]
                return text[:1].lower() + text[1:]
        return None

    def resolve(self, mention: str, span: tuple[int, int] | None, pos: int) -> str:
        """The speaker for a mention at char pos (see the module docstring for the rules)."""
        words = mention.split()
        # "Agterbosch zelf", "Ook Henk Otten": focus words are no part of the speaker
        while len(words) > 1 and words[-1].lower() in ("zelf", "zelfs", "zich"):  # "de commissie zich"
            words.pop()
        while len(words) > 1 and (words[0].lower() in ("ook", "zelfs", "vooral", "juist", "alleen") or (
                len(words) == 2 and words[1].lower() in PRONOUNS
                and (words[0].lower() in PREPS | {"toen", "tot", "als", "nu"} or words[0][:1].isupper()))):
            words.pop(0)  # "Ook Henk Otten"; "Tot ze", "Grondpatroon Hij": a heading glued before the sentence
        text = " ".join(words).rstrip(".") if not words[-1].endswith("..") else " ".join(words)  # "Max." -> "Max"
        text = text or mention
        low = text.lower()
        if text.startswith("The ") and all(w[:1].isupper() for w in text.split()):
            return text  # an English proper name: "The Stones", "The New York Times"
        if low in PRONOUNS:
            tok = self.view.doc[self.view.tok_at(pos)] if len(self.view.doc) else None
            if tok is not None and tok.lower_ == low and self.view.has_dep and plural_pronoun(tok):
                return self.plural_antecedent(pos) or low  # "ze zeggen": a group, not the last person
            return self.person_before(pos, pronoun=low) or self._person_after(pos, low) or low
        if low in FIRST_PERSON:
            return low
        owner_word, role_words = self._possessed_role(text, span)
        if owner_word:
            # "zijn advocaat" -> "de advocaat van Gerard Sanderink": the role of the person the pronoun points to
            owner = self.person_before(pos, pronoun="hij" if owner_word == "zijn" else "zij")
            if owner:
                return f"de {role_words} van {owner}"
        if " en " in text and span is not None:
            left, right = text.split(" en ", 1)
            known = {name_parts(c)[0] for c, _ in self.entity_names if len(name_parts(c)) == 1}
            # "Jaap van der Laan en Walter Berghorst", "VNO-NCW en MKB-Nederland" (one-word sides: known names only)
            if left[:1].isupper() and right[:1].isupper() and all(
                    len(side.split()) > 1 or (name_parts(side) and name_parts(side)[0] in known
                                              and len(name_parts(side)) == 1) for side in (left, right)):
                a, b = span
                la, rb = a + len(left), b - len(right)
                return f"{self.resolve(left, (a, la), pos)} en {self.resolve(right, (rb, b), pos)}"
            if left[:1].isupper() and right.split()[0] in ("de", "het", "zijn", "haar", "hun"):
                # "Alidjan en de medeorganisatoren van het protest": the person in full, the group as written
                a = span[0]
                return f"{self.resolve(left, (a, a + len(left)), pos)} en {right}"
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
            # names starting inside, or cut by the phrase's start ("Brussee van de techniekinstructeur" of "Wilco Brussee")
            inside = [n for n in self.names if a <= n.start < b or (n.start < a < n.end and n.label == "PER")]
            pers = [n for n in inside if (n.label == "PER" or n.canonical in self.person_names) and len(n.text) > 2]
            if pers and (_POSSESSOR.match(self.view.text[pers[0].end:b]) or (
                    pers[0].text.endswith(("'s", "’s")) and re.match(r"\s+[a-zà-ÿ]", self.view.text[pers[0].end:b]))):
                return text  # "Alyas Karmani's medestudenten": the name owns the speaker, it is not the speaker
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
                words[0].lower() in _ROLE_HINTS or _role_suffix(words[0].lower()) or words[0].lower() in _ORDINALS):
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
        if len(run) == 1 and len(toks) >= 2 and (toks[-2].lower() in _ROLE_HINTS or _role_suffix(toks[-2].lower())):
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
                hit = self._role(cand, pos) if cand else None
                if hit:
                    return hit
            if rest[0].lower() in MEDIA_NOUNS:
                hit = self._medium_before(pos)
                if hit:
                    return hit
            org_noun = _org_noun(rest[0])
            if org_noun:
                hit = self._org_before(org_noun, pos)
                if hit:
                    return hit
        if first.lower() in DETS:
            return " ".join([first.lower()] + ([rest[0]] if rest and rest[0] else []))
        return text

    def _possessed_role(self, text: str, span: tuple[int, int] | None) -> tuple[str | None, str]:
        """("zijn", "advocaat") for "zijn advocaat", also when the phrase found was only "advocaat"."""
        words = text.split()
        if span is not None and words and words[0].lower() not in ("zijn", "haar"):
            k = self.view.tok_at(span[0])
            if k > 0 and self.view.doc[k - 1].lower_ in ("zijn", "haar") and self.view.doc[k].idx == span[0]:
                words = [self.view.doc[k - 1].lower_, *words]
        if 2 <= len(words) <= 3 and words[0].lower() in ("zijn", "haar") and all(w.islower() for w in words[1:]) \
                and _role_suffix(words[-1]):
            return words[0].lower(), " ".join(words[1:])
        return None, ""

    def _medium_before(self, pos: int) -> str | None:
        """"de krant", "de zender": the newspaper or broadcaster the article quoted by name before pos,
        i.e. the last organisation (not a person or place) that was a subject or followed volgens/aldus
        ("volgens The New York Times ... volgens de krant")."""
        doc = self.view.doc
        cands = [n for n in self.names if n.end <= pos and pos - n.start < 2000 and not n.aside
                 and n.label not in ("PER", "LOC") and n.canonical not in self.person_names
                 and not self.view.in_quote(doc[n.tok_start])]
        # a source named with volgens/aldus first (the NER calls many a surname ORG), then a subject
        for strict in (True, False):
            for n in reversed(cands):
                # an English "The" belongs to the name ("The New York Times"); name rules may have cut it off
                the = n.tok_start > 0 and doc[n.tok_start - 1].text == "The"
                k = n.tok_start - 1 - the
                prev = doc[k].lower_ if k >= 0 else ""
                if prev in ("volgens", "aldus") or (not strict and self.view.has_dep
                                                     and subjectish(doc[n.tok_start:n.tok_end])):
                    return f"The {n.text}" if the else n.text if n.text.startswith("The ") else n.canonical
        return None

    def _org_before(self, noun: str, pos: int) -> str | None:
        """"het bedrijf", "de bond", "de partij": the nearest organisation named before pos, outside quotes,
        in the mention's sentence or the three before it, whose kind fits the noun ("het bedrijf" is no
        ministry, party or union; "het ministerie" is a ministry). None when there is none."""
        view, doc = self.view, self.view.doc
        before = [a for a, _ in self.sents if a <= pos]
        floor = before[-4] if len(before) >= 4 else 0
        cands: list[tuple[int, str, str | None]] = []
        # a one-word "person" never named in full nor with a role or first name is often a company the NER
        # took for a person ("Shell wijst erop ... Het bedrijf zegt")
        titled = {n.canonical for n in self.names if n.tok_start > 0
                  and (doc[n.tok_start - 1].lower_ in _ROLE_HINTS or _role_suffix(doc[n.tok_start - 1].lower_))}
        for n in self.names:
            if n.end > pos:
                continue
            brand = n.label == "PER" and len(name_parts(n.canonical)) == 1 and len(n.canonical.split()) == 1 \
                and not is_first_name(n.canonical) and n.canonical not in titled and view.has_dep \
                and any(t.dep_.startswith("nsubj") for t in doc[n.tok_start:n.tok_end])  # the subject only
            if n.aside or (n.canonical in self.person_names and not brand) or view.in_quote(doc[n.tok_start]):
                continue
            # "gemeente Utrecht", "vakbond FNV": a kind word right before the name tells its kind too
            prev = doc[n.tok_start - 1].lower_ if n.tok_start > 0 and doc[n.tok_start - 1].is_alpha else ""
            kind = _org_kind(f"{prev} {n.canonical}" if prev in _KIND_PREFIXES else n.canonical)
            if kind is None and any(c.isdigit() for c in n.canonical):
                continue  # "CO2", "F-35": a substance or product, not an organisation
            if n.label == "ORG" or kind is not None or brand:
                # an organisation by its NER label or by a telling word in its name ("Stichting X")
                cands.append((n.start, n.canonical, kind))
        if view.has_dep and view.has_pos:
            # a one-word proper-noun subject the NER missed: "De nationalistische Lega verwacht ..."
            named = {i for n in self.names for i in range(n.tok_start, n.tok_end)}
            starts = {a for a, _ in self.sents}
            for t in doc[view.tok_at(floor):view.tok_at(max(pos - 1, 0))]:
                if t.i in named or t.idx in starts or t.pos_ not in ("PROPN", "NOUN") or not t.dep_.startswith("nsubj") \
                        or not _is_cap(t) or not _is_word(t) or view.in_quote(t) or t.lower_ in self._lower_words \
                        or is_first_name(t.text) or (t.i > 0 and (_is_cap(doc[t.i - 1]) or doc[t.i - 1].text == "-")) \
                        or (t.i + 1 < len(doc) and _is_cap(doc[t.i + 1])):
                    continue
                person = resolve_speaker(t.text, self.entity_names)[0]
                if person in self.person_names and (len(name_parts(person)) >= 2 or not any(
                        c.dep_ == "det" and c.lower_ in ("de", "het") for c in t.children)):
                    continue  # a person's surname; "de nationalistische Lega" is no person
                cands.append((t.idx, t.text, _org_kind(t.text)))
        for start, name, kind in sorted(cands, reverse=True):
            fits = kind == noun or (kind is None and noun in _ORG_OPEN) or kind in _ORG_FITS.get(noun, ())
            if start >= floor and fits:
                return name
        # further back only a name that says its kind: "de bond" is the "Boa Bond" of the opening paragraph
        return next((name for _, name, kind in sorted(cands, reverse=True) if kind == noun), None)

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


# Nouns for a news medium: "de krant" refers back to the paper named before (The New York Times).
MEDIA_NOUNS = frozenset(
    "krant dagblad weekblad blad tijdschrift zender omroep nieuwszender nieuwssite website site persbureau "
    "nieuwsdienst nieuwsbrief".split()
)
# Generic organisation nouns that refer back to the organisation named before ("het bedrijf" -> Shell).
# "de gemeente", "de politie", "het OM" are names themselves and stay as they are.
_ORG_NOUNS = ("bedrijf", "onderneming", "vakbond", "bond", "partij", "club", "organisatie", "stichting",
              "vereniging", "ministerie")
# nouns that may refer to an organisation whose kind its name does not tell ("Lega", "Ajax", "Shell")
_ORG_OPEN = frozenset("bedrijf onderneming bond partij club organisatie".split())
_ORG_FITS = {
    "bedrijf": ("onderneming",), "onderneming": ("bedrijf",), "bond": ("vakbond",), "vakbond": ("bond",),
    "organisatie": ("stichting", "vereniging", "bond", "vakbond"),
    "club": ("vereniging",), "vereniging": ("club",),
}
# a telling word in an organisation's name gives its kind
_ORG_KIND_WORDS = (
    ("ministerie", "ministerie"), ("vakbond", "vakbond"), ("partij", "partij"), ("stichting", "stichting"),
    ("vereniging", "vereniging"), ("bond", "bond"), ("club", "club"), ("bedrijf", "bedrijf"),
)
_PARTIES = frozenset("vvd cda d66 pvda sp groenlinks pvv christenunie sgp pvdd denk 50plus fvd ja21 volt bbb".split()) \
    | {"forum voor democratie", "partij voor de dieren"}
_UNIONS = frozenset("fnv cnv vcp".split())
_MINISTRIES = frozenset("defensie justitie financiën vws ocw ezk lnv bzk szw".split()) \
    | {"buitenlandse zaken", "binnenlandse zaken", "justitie en veiligheid", "sociale zaken"}
# public bodies: never "het bedrijf", "de partij", "de club" ...
_PUBLIC = ("gemeente", "politie", "provincie", "rechtbank", "kabinet", "kamer", "om", "openbaar ministerie",
           "europese commissie", "europese unie", "eu", "navo", "vn", "regering", "raad", "hof")


# words before a name that give its kind ("gemeente Utrecht", "vakbond FNV", "partij Lega")
_KIND_PREFIXES = frozenset("gemeente provincie ministerie vakbond bond partij club stichting vereniging bedrijf".split())


# heads of compounds that name a kind of company: "sportwinkelketen", "energiebedrijf", "autofabrikant"
_COMPANY_HEADS = ("keten", "bedrijf", "concern", "fabrikant", "producent", "winkel", "bank", "maatschappij",
                  "vervoerder", "retailer", "supermarkt", "uitgeverij", "omroep", "verzekeraar", "webwinkel",
                  "zender", "multinational", "gigant", "platform")


# last words that make a name an organisation ("I&O Research", "Willem van Oranje Scholengroep")
_ORG_HEADS = frozenset(
    "research group groep scholengroep instituut institute institution universiteit university ziekenhuis "
    "gasthuis college hogeschool holding partners media bank fonds foundation stichting vereniging bond "
    "council raad commissie ministerie agency bureau company corporation inc bv nv ltd gmbh".split()
)


def _org_name(name: str) -> bool:
    """ "I&O Research", "Willem van Oranje Scholengroep", "VNO-NCW", "MKB-Nederland": no person's name."""
    words = name.split()
    acronym = any(len(part) >= 2 and part.isalpha() and part.isupper() for part in name.replace("-", " ").split())
    return "&" in name or acronym or (len(words) >= 2 and words[-1].lower().strip(".") in _ORG_HEADS)


def _org_word(low: str) -> bool:
    return low.isalpha() and low.endswith(_COMPANY_HEADS)


def _org_noun(rest: str) -> str | None:
    """The organisation noun heading a phrase after its article: "bedrijf", "Amerikaanse bedrijf",
    "energiebedrijf" -> "bedrijf"; None for anything else ("partij van Wilders", "gemeente")."""
    words = rest.split()
    if not words or any(not w.isalpha() for w in words) or len(words) > 3 or not words[-1].islower():
        return None
    head = words[-1]
    if any(not w.endswith("e") for w in words[:-1]):
        return None  # adjectives only before the head ("het Amerikaanse bedrijf")
    for noun in _ORG_NOUNS:
        if head == noun or (head.endswith(noun) and len(head) >= len(noun) + 3 and noun != "bond"):
            return "vakbond" if head == "vakbond" else noun
    return None


def _org_kind(name: str) -> str | None:
    low = name.lower()
    if low in _PARTIES:
        return "partij"
    if low in _UNIONS:
        return "vakbond"
    if low in _MINISTRIES:
        return "ministerie"
    if low in _PUBLIC or low.split()[0] in _PUBLIC:
        return "public"
    for word, kind in _ORG_KIND_WORDS:
        if word in low:
            return kind
    return None


# Endings of plural nouns for people ("aanhangers", "veroordeelden", "deskundigen", "leerlingen", "Kamerleden").
_HUMAN_PLURAL = ("ers", "aars", "eurs", "isten", "anten", "enten", "leden", "genoten", "lingen", "anen", "ieken",
                 "ologen", "kundigen", "mensen", "ouders", "eelden", "vrienden", "vijanden", "ici", "ianen", "kinderen", "vrouwen",
                 "mannen", "fans", "agenten", "artsen", "boeren")
# "Tweede Kamerlid", "Eerste Kamerlid", "Oud-premier": words that open a role, never a name
_ORDINALS = frozenset("eerste tweede derde oud ex voormalig voormalige".split())
_ROLE_HINTS = frozenset(
    "minister premier president burgemeester wethouder woordvoerder woordvoerster directeur voorzitter "
    "socioloog advocaat rechter officier hoogleraar onderzoeker deskundige expert topman topvrouw ceo "
    "docent leraar lerares inspecteur rector decaan "
    "trainer coach leider commandant generaal politicus senator kamerlid fractievoorzitter staatssecretaris "
    "kanselier koning koningin prins prinses paus bisschop pastoor dominee imam columnist columniste schrijver "
    "schrijfster journalist econoom psycholoog historicus politiechef korpschef agent arts dokter chirurg "
    "bestuurder bestuursvoorzitter voorman voorvrouw oprichter eigenaar bewoner jurist wetenschapper "
    "analist diplomaat ambassadeur gouverneur vicepremier zanger zangeres acteur actrice regisseur "
    "bondscoach aanvoerder spits keeper doelman manager secretaris bestuurssecretaris topambtenaar "
    "lijsttrekker partijleider statenlid raadslid gedeputeerde".split()
)
# titles that only ever stand before a person's name ("premier May", not "woordvoerder Defensie")
_TITLES = frozenset({"premier", "president", "minister", "staatssecretaris", "burgemeester", "wethouder",
                     "kamerlid", "senator", "koning", "koningin", "prins", "prinses", "paus", "kanselier",
                     "bondskanselier", "ex-premier", "oud-premier", "vicepremier", "generaal", "dokter", "meneer",
                     "mevrouw"})
_ROLE_SUFFIXES = ("burgemeester", "wethouder", "informateur", "minister", "president", "voorzitter", "woordvoerder", "woordvoerster", "directeur",
                  "leider", "chef", "man", "vrouw", "coach", "trainer", "secretaris", "commissaris", "loog", "icus",
                  "kundige", "lid", "deskundige", "ist")


def subjectish(toks) -> bool:
    """A name that is the subject, or the apposition of one ("informateur Hans Smits wist ...",
    "president Trump, die ..., wakkert ... aan")."""
    return any(t.dep_.startswith("nsubj") or (t.dep_ in ("appos", "flat") and t.head.dep_.startswith("nsubj"))
               for t in toks)


def plural_pronoun(tok: Token) -> bool:
    """ "ze"/"zij" as the subject of a plural finite verb ("scandeerden zij", "ze hebben gezegd")."""
    if tok.lower_ not in ("ze", "zij") or not tok.dep_.startswith("nsubj"):
        return False
    verbs = [tok.head] + [c for c in tok.head.children if c.dep_ in ("aux", "aux:pass", "cop")]
    return any("Number=Plur" in str(v.morph) and "VerbForm=Fin" in str(v.morph) for v in verbs)


def _before_first_name(doc, k: int) -> bool:
    """A capitalised word right before a first name and a surname is no part of the name: a heading word or
    role glued on in flattened text ("Ober Mirek", "Exploitant George ten Brummelhuis", "in Washington
    Donald Trump")."""
    return k + 1 < len(doc) and is_first_name(doc[k + 1].text) and doc[k].lower_ not in NAME_PARTICLES \
        and _is_cap(doc[k + 1])


def _after_role_word(doc, k: int) -> bool:
    """Token k follows a lower-case role word: "partijleider Kemal", "politicoloog Wietse"."""
    return k > 0 and doc[k - 1].text.islower() and (doc[k - 1].lower_ in _ROLE_HINTS or _role_suffix(doc[k - 1].lower_))


def _starts_person(token: Token) -> bool:
    """The first token of an entity the NER tagged PER."""
    return token.ent_iob_ == "B" and token.ent_type_ == "PER" and _is_cap(token)


def _apposed(token: Token) -> bool:
    """ "Een van hen, Yassin: '…'": a name set after a comma and before a colon or comma."""
    doc = token.doc
    return 0 < token.i < len(doc) - 1 and doc[token.i - 1].text == "," and doc[token.i + 1].text in (":", ",")


def _heading(doc, k: int) -> bool:
    """A lone capitalised word between the end of one sentence and the capitalised function word that opens
    the next is a subheading: '… klinken." Grondpatroon Hij weerspreekt …', "Papiertje Tot ze …"."""
    if k + 1 >= len(doc) or not _is_cap(doc[k + 1]) or doc[k + 1].lower_ not in DETS | PREPS | STOP | PRONOUNS:
        return False
    return k == 0 or doc[k - 1].text in (".", "!", "?", '"', "”", "'", "’", "''") or doc[k - 1].is_sent_end is True


_ROLE_ENDINGS = ("burgemeester", "wethouder", "minister", "president", "voorzitter", "woordvoerder", "woordvoerster",
                 "directeur", "leider", "secretaris", "commissaris", "kamerlid", "statenlid", "raadslid")
_POSSESSIVES = frozenset("mijn m'n zijn z'n haar hun onze ons jullie uw je".split())


def _role_only(token: Token) -> bool:
    """A word that can open a role but never be a name: "Tweede", "Kamerlid", "Oud-premier"."""
    low = token.lower_
    # only the unmistakable role endings: "-man", "-vrouw", "-chef" also end surnames (Hoffman, Kaufman)
    return low in _ORDINALS or low in _ROLE_HINTS or low.split("-")[-1] in _ROLE_HINTS or (
        low.endswith(_ROLE_ENDINGS) and not is_first_name(token.text))


# what follows a possessor name inside a speaker phrase: "'s medestudenten", "’ zus"
_POSSESSOR = re.compile(r"^(?:['’]s?)\s+[a-zà-ÿ]")


def _role_suffix(word: str) -> bool:
    return any(word.endswith(s) and len(word) > len(s) + 1 for s in _ROLE_SUFFIXES) or word in _ROLE_HINTS


def role_noun(word: str) -> bool:
    """A lower-case noun naming a person by role: "minister", "CDA-vrouw", "woordvoerster"."""
    return word in _ROLE_HINTS or _role_suffix(word)


_KIN = frozenset({
    "vriend", "vriendin", "vader", "moeder", "zoon", "dochter", "broer", "zus", "zuster", "oom", "tante", "neef",
    "nicht", "opa", "oma", "echtgenoot", "echtgenote", "partner", "weduwe", "weduwnaar", "buurman", "buurvrouw",
    "collega", "kind", "kinderen", "ouders", "familie",
})


def person_noun(word: str) -> bool:
    """A role or a relative: someone described through another person ("de vriendin van Ome Ed")."""
    return word in _KIN or role_noun(word)


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
