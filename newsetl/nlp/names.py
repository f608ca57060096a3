"""The names of one article, from the NER, with its known failures on flattened news text repaired (see
the ``speakers`` module docstring): glued headings and role words cut off, split names joined, all-caps
headings and function words dropped, bare surnames and first names of people named in full added, and the
full names implied by "Peter, Rinke en Marcel Verheul"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsetl.entities import name_parts
from newsetl.nlp import speech_verbs as sv
from newsetl.nlp.attribution import (
    DETS,
    ENGLISH_LINKS,
    FIRST_PERSON,
    NAME_PARTICLES,
    PREPS,
    PRONOUNS,
    STOP,
    DocView,
    _adjectival,
    _glued,
    _is_cap,
    _is_word,
)
from newsetl.nlp.first_names import KIN_TITLES, NICKNAME_ADJECTIVES, is_first_name
from newsetl.nlp.lexicon import (
    GENRE_LABELS,
    KIND_PREFIXES,
    MEDIA_NOUNS,
    ORDINALS,
    POSSESSIVES,
    ROLE_HINTS,
    TITLES,
    WORK_NOUNS,
    org_name,
    org_word,
    role_only,
    role_suffix,
    role_word,
)
from newsetl.nlp.ner_rules import opening_role


@dataclass
class Name:
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


_AGED = re.compile(r"\b([A-Z][\w'-]+(?: [A-Z][\w'-]+){0,3}) \((\d{1,3})\)")


def lower_words(doc: Doc) -> set[str]:
    """Words that also occur in lower case in the article are common words, not names ("Exploitant", "Ober")."""
    return {t.text for t in doc if t.text.islower() and len(t.text) > 2}


def collect_names(view: DocView, common: set[str]) -> list[Name]:
    """The names of one article: the NER's, repaired, plus capitalised runs and bare surnames or first
    names of people named in full elsewhere. `common`: the article's `lower_words`."""
    doc = view.doc
    out: list[Name] = []
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
                    len(e) == 1 and e[0].lower_ in ORDINALS):
                continue  # "van restaurant", "Tweede" (of "Tweede Kamerlid"): no name
            start, tok_start = e.start_char, e.start
            role_stripped = org_stripped = False
            if tok_start + 3 < e.end and doc[tok_start + 1].text == "-" and not doc[tok_start].whitespace_ \
                    and doc[tok_start + 2].text[:1].islower():
                tok_start += 3  # "Oud-rechtenstudent Zelensky" split by the tokenizer
                start = doc[tok_start].idx
            # "Zo zei Moon" (MISC): a lower-case verb inside the entity ends what comes before the name
            verbs = [x for x in range(tok_start + 1, e.end - 1) if doc[x].text.islower() and (
                sv.speech_lemma(doc[x].text) or (view.has_pos and doc[x].pos_ in ("VERB", "AUX")))]
            if verbs:
                tok_start = verbs[-1] + 1
                start = doc[tok_start].idx
            # a role word glued to the name by the NER: "Defensieminister Annegret Kramp-Karrenbauer"
            # right after a lower-case role word the entity starts with the name: "partijleider Kemal" (NOUN)
            after_role = after_role_word(doc, tok_start)
            while tok_start < e.end - 1 and not is_first_name(doc[tok_start].text) and not (
                    after_role and tok_start == e.start) and (
                before_first_name(doc, tok_start)
                or doc[tok_start].text.lower() in ROLE_HINTS or role_suffix(doc[tok_start].text.lower())
                or doc[tok_start].lower_ in GENRE_LABELS  # "Interview Hisyar Özsoy": a byline
                or (doc[tok_start].lower_ in common and doc[tok_start].lower_ not in NAME_PARTICLES
                    and (e.label_ == "PER" or doc[tok_start].lower_ in KIND_PREFIXES))
                # ^ "Exploitant George ten Brummelhuis", "Stichting Natuurmonumenten"; not "Boa Bond" (boa's)
                or doc[tok_start].lower_ in DETS
                or (view.has_pos and doc[tok_start].pos_ in ("SCONJ", "CCONJ"))  # "Als Verhagen ... uitkomt"
                or (doc[tok_start].text.islower() and doc[tok_start].lower_ in STOP | PREPS
                    and doc[tok_start].lower_ not in NAME_PARTICLES)  # "Als het aan Klaver ligt"
                or doc[tok_start].text == "van"  # "De bestuursvoorzitter van de Stichting ...", "van Milieudefensie"
                or _glued(doc[tok_start])
                or (agent_noun(doc[tok_start]) and e.end - tok_start >= 3)  # "Mazdaverkoper Song Miao"
                or (re.search(r"(eerde|ende|igde|ige|lijke|ische|iele)$", doc[tok_start].text) is not None
                    and len(doc[tok_start].text) >= 6)  # "Gepensioneerde Jop", "Voormalige X": an adjective
                or (_is_cap(doc[tok_start]) and len(doc[tok_start].text) > 6
                    and doc[tok_start].lower_.endswith(ORG_KIND_ENDINGS))  # "Coalitiepartner D66"
                or (view.has_pos and doc[tok_start].pos_ in ("NOUN", "ADJ", "VERB", "ADV", "ADP")
                    and _is_cap(doc[tok_start + 1])
                    # a word the article never writes in lower case opening a PER entity is a first name the
                    # tagger did not know ("Anissa El Abbassi", "Marlie Zuidgeest"), not a word glued on
                    # (short words only: "Gezondheidszorg Agnès Buzyn", "Onderwijsministers Van Engelshoven")
                    and (e.label_ != "PER" or doc[tok_start].lower_ in common or len(doc[tok_start].text) > 8)
                    # not after "Kamerlid" ("Bente" (NOUN) Becker) nor mid-sentence after a lower-case word
                    # ("hoogleraar strafrecht Henny Sackers"): a capital there starts a name
                    and not role_stripped
                    and not (tok_start > 0 and doc[tok_start - 1].is_alpha and doc[tok_start - 1].text.islower()
                             and doc[tok_start - 1].lower_ not in STOP | PREPS | DETS | NAME_PARTICLES))
            ):
                role_stripped = role_stripped or role_only(doc[tok_start])
                org_stripped = org_stripped or org_word(doc[tok_start].lower_)
                tok_start += 1
                start = doc[tok_start].idx
            # "Reinoud van Vught" with only "Vught" tagged: a known first name and particles before the surname
            if e.label_ == "PER" and tok_start == e.start:
                k = tok_start - 1
                while k > 0 and doc[k].text.islower() and doc[k].lower_ in NAME_PARTICLES and tok_start - k <= 2:
                    k -= 1
                if k < tok_start - 1 and is_first_name(doc[k].text) and _is_cap(doc[k]) and k not in covered:
                    tok_start, start = k, doc[k].idx
            text = view.text[start:e.end_char]
            if not any(_is_cap(t) and t.lower_ not in NAME_PARTICLES for t in doc[tok_start:e.end]):
                continue  # "Als het aan" (MISC) before "Klaver": nothing of a name is left
            if e.label_ == "PER" and e.end - tok_start == 1 and view.has_pos and doc[tok_start].pos_ in (
                "ADJ", "ADV", "VERB", "NOUN", "ADP", "DET", "PRON", "NUM", "SCONJ", "CCONJ", "AUX", "INTJ"
            ) and doc[tok_start].lower_ not in ROLE_HINTS and not (
                    doc[tok_start].pos_ == "NOUN" and apposed(doc[tok_start])):
                # a heading word ("Pijnlijk", "Proef", "Als") the NER took for a name; set apart by
                # commas and colons a capital is a name whatever its tag ("Een van hen, Yassin:")
                continue
            if e.end - tok_start == 1 and heading(doc, tok_start):
                continue  # '…." Grondpatroon Hij weerspreekt …': a subheading glued into the flattened text
            if all(role_only(t) for t in doc[tok_start:e.end]):
                continue  # "Tweede Kamerlid", "Minister": a role without a name
            if e.label_ == "PER" and e.end - tok_start == 1 and tok_start > 0 \
                    and doc[tok_start - 1].lower_ in POSSESSIVES:
                continue  # "mijn Golfje": a possession, not a person
            end_tok = e.end
            # "Nicole" + "van Lieshout": extend a name over particles and capitalised words
            # "politicoloog Wietse" + "van" + "Engeland" (LOC): after a role word the name goes on
            titled = after_role_word(doc, tok_start)
            k = end_tok
            while k < len(doc) and doc[k].lower_ in NAME_PARTICLES:
                k += 1
            # a lone PER/MISC word (never an organisation: "het CDA van Marianne van der Sloot") runs on into
            # a person tagged on its own: "Britt" + "van" + "Ewijck", and "Laila" + "Ait Baali" when that
            # person's first word is no first name ("Nederlander" + "Jan Smit" stays apart)
            lone = e.end - tok_start == 1 and e.label_ in ("PER", "MISC") and doc[tok_start].is_alpha \
                and not (view.has_pos and doc[tok_start].pos_ == "NOUN" and doc[tok_start].lemma_
                         and doc[tok_start].lemma_ != doc[tok_start].lower_)
            # ^ an inflected noun is no first name: "Tegenstanders" + "van Bercow" stays apart
            joins_person = lone and end_tok < k < len(doc) and starts_person(doc[k])
            glued_person = lone and k == end_tok < len(doc) and starts_person(doc[k]) \
                and not is_first_name(doc[k].text)
            # "Anietie" (MISC) + "Ewang" (untagged): a name the NER does not know, given and family name, that it
            # split and mislabelled (not a demonym or adjective: "Amerikaanse", "Brits")
            # ("Aster" + "van Kregten": particles may come between)
            m = end_tok
            while m < len(doc) and m - end_tok < 3 and doc[m].text.islower() and doc[m].lower_ in NAME_PARTICLES:
                m += 1
            nxt = doc[m] if m < len(doc) else None
            unknown_pair = lone and e.label_ == "MISC" and nxt is not None and view.has_pos \
                and nxt.pos_ == "PROPN" and nxt.ent_iob_ == "O" and _is_cap(nxt) and nxt.is_alpha \
                and doc[tok_start].whitespace_ and not doc[tok_start].lower_.endswith(("se", "s", "mmer", "aar", "ers")) \
                and doc[tok_start].lower_ not in common and nxt.lower_ not in common \
                and (m + 1 >= len(doc) or not _is_cap(doc[m + 1]))
            first = is_first_name(doc[tok_start].text) or titled or glued_person or joins_person or unknown_pair
            while end_tok < len(doc) and end_tok - tok_start == 1 and (e.label_ == "PER" or first):
                t2 = doc[end_tok]
                if starts_person(t2) and first \
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
                elif first and _is_cap(t2) and t2.is_alpha \
                        and (t2.is_sent_start is not True or not doc[end_tok - 1].is_punct) \
                        and (t2.ent_iob_ == "O" or t2.ent_type_ in ("PER", "MISC")) \
                        and t2.lower_ not in DETS | PREPS | PRONOUNS | FIRST_PERSON \
                        and (t2.lower_ not in STOP or t2.text[1:].islower()):  # "Jolanda Zondag": a weekday
                    # is written lower case in Dutch, so capitalised after a first name it is a surname
                    end_tok += 1  # "socioloog Tanja" + "Traag" (untagged, or MISC as an adjective; the parser may
                    # even start a sentence there, which no full stop allows)
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
            # "Youth" + "of Climate NL", "Eyes" + "on Animals": an English name the NER cut at a lower-case link word
            english = False
            while end_tok + 1 < len(doc) and doc[end_tok].text in ENGLISH_LINKS and not is_first_name(doc[tok_start].text) \
                    and _is_cap(doc[end_tok - 1]) and _is_cap(doc[end_tok + 1]) and doc[end_tok + 1].is_alpha:
                english = True  # (no person's name has "of" in it: an organisation or movement)
                end_tok += 2
                while end_tok < len(doc) and _is_cap(doc[end_tok]) and (doc[end_tok].is_alpha or doc[end_tok].is_upper):
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
            label = "PER" if any(starts_person(doc[x]) for x in range(e.end, end_tok)) else e.label_
            if unknown_pair and end_tok == m + 1:
                label = "PER"
            if english:
                label = "ORG"
            if role_stripped and end_tok - tok_start >= 2 and all(_is_cap(t) or t.lower_ in NAME_PARTICLES
                                                                  for t in doc[tok_start:end_tok]):
                label = "PER"  # "Lijsttrekker Hagar Roijackers" (tagged MISC): a role before a name makes a person
            if label == "PER" and end_tok - tok_start == 1 and end_tok + 1 < len(doc) \
                    and is_first_name(doc[end_tok].text) and _is_cap(doc[end_tok + 1]):
                label = "ORG"  # "Woordvoerder van Milieudefensie Anne Knol": the word before a full name is her organisation
            if label == "PER" and end_tok - tok_start == 1 and doc[tok_start].lower_.endswith(FIELD_ENDINGS):
                label = "MISC"  # "hoogleraar Koreastudies": a field of study after a role word, not a person
            if label == "PER" and end_tok - tok_start >= 2 and re.search(r"['’]s$", doc[tok_start].text) \
                    and _is_cap(doc[tok_start + 1]):
                label = "MISC"  # "Kylie's Naughty Is The New Nice Metal Lip Kit": something of hers, not a person
            if label == "PER" and end_tok - tok_start == 1 and tok_start > 0 and doc[tok_start - 1].lower_ in (
                    "de", "het") and doc[tok_start - 1].text.islower():
                label = "MISC"  # "tegen de Democraten": a name after a lower-case article is a group, not a person
            kind = doc[tok_start - 1].lower_ if tok_start > 0 and doc[tok_start - 1].text.islower() else ""
            org_hint = org_stripped or org_word(kind) or kind in MEDIA_NOUNS or kind == "partij" or org_name(text)
            if org_hint:
                label = "ORG"  # "de krant Yeni Shafak", "haar nieuwe partij Hayamin Hehadash"
            elif kind in WORK_NOUNS:
                label, org_hint = "MISC", True  # "de serie Judas": a title, never a person
            out.append(Name(start, end_char, tok_start, end_tok, text, label, org_hint=org_hint))
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
            (_is_cap(doc[m]) and _is_word(doc[m])  # ("Schrik In Nederland": a heading, then a sentence)
             and doc[m].lower_ not in DETS | STOP | PREPS | PRONOUNS | FIRST_PERSON)
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
                                  or doc[k].lower_ in ROLE_HINTS or role_suffix(doc[k].lower_)
                                  or doc[k].lower_ in GENRE_LABELS
                                  or (before_first_name(doc, k) and not is_first_name(doc[k].text))
                                  or doc[k].lower_ in ORDINALS):
                k += 1
            while m - k >= 2 and role_suffix(doc[m - 1].lower_) and m < n and _is_cap(doc[m]):
                m -= 1  # "Wachtlijst Dokter Verhagen": a subheading, then a role before a name
            if m - k >= 2:
                label = "NAME" if view.has_ents else "PER"
                out.append(Name(doc[k].idx, doc[m - 1].idx + len(doc[m - 1].text), k, m,
                                 view.text[doc[k].idx:doc[m - 1].idx + len(doc[m - 1].text)], label))
        k = max(m, k + 1)
    # a bare surname of a person named in full elsewhere is that person ("Blom" of "Niels Blom"), and so is
    # a bare first name ("Ruben verslaat ..." after "Ruben van Erp"; the NER misses such names at sentence start)
    full = {_surname_word(n.text) for n in out if n.label in ("PER", "NAME") and len(name_parts(n.text)) >= 2}
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
        out.append(Name(doc[k].idx, t.idx + len(t.text), k, t.i + 1, text, "PER" if not view.has_ents else "NAME"))
    _drop_glued_headings(doc, out)
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
    aged = {m.group(1) for m in _AGED.finditer(view.text) if 12 <= int(m.group(2)) < 120}
    # the NER often mislabels a full name ("Zorgminister Bruno Bruins" as LOC) while labelling its
    # surname PER elsewhere: a multi-word name ending in a person's surname is a person
    for n in out:
        # "nachtburgemeester Marijke Agterbosch" (tagged ORG): a role word before a name makes it a person
        # (a single word only when the NER called it MISC: "vismijndirecteur Lokerse", not "woordvoerder Defensie")
        if n.label != "PER" and n.tok_start > 0 and (len(n.text.split()) >= 2 or n.label == "MISC") \
                and not n.text.lower().endswith(FIELD_ENDINGS) \
                and ((doc[n.tok_start - 1].text.islower() and role_word(doc[n.tok_start - 1], view)
                      and (doc[n.tok_start - 1].lower_ in ROLE_HINTS or role_suffix(doc[n.tok_start - 1].lower_)))
                     or opening_role(doc[n.tok_start - 1])):
            n.label = "PER"
        # "premier May" (tagged LOC as often as not): a title before a one-word name settles that it is a person
        if n.label in ("LOC", "MISC") and n.tok_start > 0 and len(n.text.split()) == 1 \
                and doc[n.tok_start - 1].lower_ in TITLES and doc[n.tok_start - 1].text.islower():
            n.label, n.person_hint = "PER", True
        # "Stanley (19)", "Huguette Debets (35)": a name written with an age in brackets is a person, there and
        # wherever else the article uses it (from 12 up: a toddler "Mia (3)" is talked about, not quoted, and
        # would draw the "ze" of the mother who speaks)
        if n.label != "PER" and any(a == n.text or a.endswith(" " + n.text) for a in aged):
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


def shared_surnames(names: list[Name], doc: Doc) -> list[str]:
    """ "Peter, Rinke en Marcel Verheul": first names listed before one full name share its surname, so
    "Peter" later in the story is Peter Verheul. Returns those full names ("Peter Verheul", ...)."""
    ends = {n.tok_end: n for n in names}
    out: list[str] = []
    for m in names:
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


# a capitalised word ending in these, glued before an organisation's name, says what it is ("Wooncorporatie
# Woonpunt", "Coalitiepartner D66", "Oppositiepartij SP")
ORG_KIND_ENDINGS = ("partner", "partij", "corporatie", "organisatie", "bond", "bedrijf", "vereniging", "fractie",
                    "keten", "omroep", "krant", "zender")


def _surname_word(name: str) -> str:
    """The word a bare mention of a full name uses: "blom" of "Niels Blom", "mahdi" of "Adil Abdul-Mahdi";
    a lower-case part is no surname on its own ("Moon Jae-in" is never "In")."""
    last = name.split()[-1]
    part = last.split("-")[-1]
    return (part if part[:1].isupper() else last).casefold()


def agent_noun(token: Token) -> bool:
    """A capitalised compound naming someone by what they do, glued before a name by the NER: "Mazdaverkoper",
    "Syriëganger". Long words only: short ones in -er are often surnames ("Visser", "Bakker")."""
    low = token.lower_
    return _is_cap(token) and token.is_alpha and len(low) >= 9 and not is_first_name(token.text) \
        and low.endswith(("er", "aar", "ier", "ist", "ant"))


# endings of fields of study and work ("Koreastudies", "Bedrijfskunde", "Rechtswetenschappen", "Sociologie")
FIELD_ENDINGS = ("studies", "kunde", "wetenschap", "wetenschappen", "logie", "economie", "geschiedenis")


def _drop_glued_headings(doc: Doc, names: list[Name]) -> None:
    """'…." Twarres Hartkamp trekt …': a subheading glued before the surname of a person the article names in full
    with a first name ("Emile Hartkamp") is no part of the name; the name starts at the surname."""
    firsts: dict[str, set[str]] = {}
    for n in names:
        words = n.text.split()
        if n.label in ("PER", "NAME") and len(words) >= 2 and is_first_name(words[0]):
            firsts.setdefault(words[-1], set()).add(words[0])
    for n in names:
        words = n.text.split()
        k = n.tok_start
        opens = k == 0 or doc[k - 1].text in ".!?\"'”’" or doc[k].is_sent_start is True
        if n.label in ("PER", "NAME") and len(words) == 2 and n.tok_end - k == 2 and opens \
                and words[1] in firsts and not is_first_name(words[0]) and words[0] not in firsts[words[1]] \
                and words[0].lower() not in NAME_PARTICLES:  # "Van Oosterhout" is the surname
            n.tok_start, n.start, n.text = k + 1, doc[k + 1].idx, words[1]


def before_first_name(doc, k: int) -> bool:
    """A capitalised word right before a first name and a surname is no part of the name: a heading word or
    role glued on in flattened text ("Ober Mirek", "Exploitant George ten Brummelhuis", "in Washington
    Donald Trump")."""
    return k + 1 < len(doc) and is_first_name(doc[k + 1].text) and doc[k].lower_ not in NAME_PARTICLES \
        and doc[k].lower_ not in KIN_TITLES | NICKNAME_ADJECTIVES and _is_cap(doc[k + 1])


def after_role_word(doc, k: int) -> bool:
    """Token k follows a lower-case role word: "partijleider Kemal", "politicoloog Wietse"."""
    return k > 0 and doc[k - 1].text.islower() and (doc[k - 1].lower_ in ROLE_HINTS or role_suffix(doc[k - 1].lower_))


def starts_person(token: Token) -> bool:
    """The first token of an entity the NER tagged PER."""
    return token.ent_iob_ == "B" and token.ent_type_ == "PER" and _is_cap(token)


def apposed(token: Token) -> bool:
    """ "Een van hen, Yassin: '…'": a name set after a comma and before a colon or comma."""
    doc = token.doc
    return 0 < token.i < len(doc) - 1 and doc[token.i - 1].text == "," and doc[token.i + 1].text in (":", ",")


def heading(doc, k: int) -> bool:
    """A lone capitalised word between the end of one sentence and the capitalised function word that opens
    the next is a subheading: '… klinken." Grondpatroon Hij weerspreekt …', "Papiertje Tot ze …"."""
    if k + 1 >= len(doc) or not _is_cap(doc[k + 1]) or doc[k + 1].lower_ not in DETS | PREPS | STOP | PRONOUNS:
        return False
    return k == 0 or doc[k - 1].text in (".", "!", "?", '"', "”", "'", "’", "''") or doc[k - 1].is_sent_end is True


_SPELLED_OUT = re.compile(
    r"\b(?:([Dd]e|[Hh]et) )?((?:ministerie|college|raad|inspectie|commissie|dienst|bureau) van )?"
    r"((?:[A-Z][\w'-]*)(?:,? (?:[A-Z][\w'-]*|en|voor|van|der|op|in|tegen|de|het))*) \(([A-Z][A-Za-z]{1,6})\)")


def acronyms(text: str) -> dict[str, str]:
    """{"NCTV": "de Nationaal Coördinator Terrorismebestrijding en Veiligheid"} for every "Full Name (ACR)" in
    the text whose acronym letters occur in order in the name, starting with its first letter (so "Lodewijk
    Asscher (PvdA)" is no definition). The name keeps the article it was written with."""
    out: dict[str, str] = {}
    for m in _SPELLED_OUT.finditer(text):
        det, head, name, acr = m.group(1), m.group(2) or "", m.group(3).rstrip(","), m.group(4)
        letters = acr.lower()
        words = name.split()
        while not det and not head and len(words) > 2 and words[0][0].lower() != letters[0]:
            words.pop(0)  # "Volgens Transport en Logistiek Nederland (TLN)": a capitalised sentence opener
        name = " ".join(words)
        if name.split()[0].lower() in ("de", "het", "en") or len(name.split()) < 2 or not _spells(name, letters) \
                or acr in out:
            continue
        words = name.split()
        # the tightest tail that still spells it: "Helma Ruijs van het Rijksinstituut voor Volksgezondheid en
        # Milieu (RIVM)" defines "het Rijksinstituut voor …", not the person who works there
        for k in range(len(words) - 2, 0, -1):
            tail = " ".join(words[k:])
            if words[k][:1].isupper() and _spells(tail, letters):
                det = words[k - 1] if words[k - 1].lower() in ("de", "het") else ""
                name, head = tail, ""
                break
        out[acr] = f"{det.lower()} {head}{name}" if det else f"{head}{name}"
    return out


def _spells(name: str, letters: str) -> bool:
    """The name starts with the acronym's first letter and holds the others in order ("RIVM" in
    "Rijksinstituut voor Volksgezondheid en Milieu")."""
    rest = iter(name.lower()[1:])
    return name[:1].lower() == letters[0] and all(ch in rest for ch in letters[1:])
