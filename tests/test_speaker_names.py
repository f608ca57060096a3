"""Which NER spans the speaker resolver accepts as people, on hand-annotated Docs.

The Docs carry exactly the (imperfect) POS tags and entity spans the bundled model produced on real news,
so each test pins one repair of an NER error without depending on the model itself.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsetl.nlp.attribution import DocView
from newsetl.nlp.speakers import Resolver

NLP = spacy.blank("nl")


def resolver(tokens: list[tuple[str, str, str]]) -> Resolver:
    """tokens: (word, POS, IOB entity tag such as "B-PER" or "O"); a space after every word but punctuation."""
    words = [w for w, _, _ in tokens]
    spaces = [i + 1 < len(words) and words[i + 1] not in ".,:;" for i in range(len(words))]
    doc = Doc(NLP.vocab, words=words, spaces=spaces, pos=[p for _, p, _ in tokens], ents=[e for _, _, e in tokens])
    return Resolver(DocView(doc, []))


def names(r: Resolver) -> list[tuple[str, str]]:
    return [(n.text, n.label) for n in r.names]


def test_a_role_without_a_name_is_no_person():
    r = resolver([("maar", "CCONJ", "O"), ("Tweede", "NUM", "B-PER"), ("Kamerlid", "NOUN", "I-PER"),
                  ("Theo", "PROPN", "B-PER"), ("Hiddema", "PROPN", "I-PER"), ("sprak", "VERB", "O"),
                  (".", "PUNCT", "O")])
    assert names(r) == [("Theo Hiddema", "PER")]
    assert r.person_names == {"Theo Hiddema"}


def test_a_role_stripped_from_a_misc_span_makes_it_a_person():
    r = resolver([("Lijsttrekker", "NOUN", "B-MISC"), ("Hagar", "PROPN", "I-MISC"), ("Roijackers", "NOUN", "I-MISC"),
                  ("straalt", "VERB", "O"), (".", "PUNCT", "O")])
    assert names(r) == [("Hagar Roijackers", "PER")]


def test_function_words_and_possessions_are_no_names():
    r = resolver([("Als", "SCONJ", "B-PER"), ("ik", "PRON", "O"), ("mijn", "DET", "O"), ("Golfje", "PROPN", "B-PER"),
                  ("parkeer", "VERB", "O"), (",", "PUNCT", "O"), ("kijkt", "VERB", "O"), ("Jan", "PROPN", "B-PER"),
                  ("Smit", "PROPN", "I-PER"), (".", "PUNCT", "O")])
    assert names(r) == [("Jan Smit", "PER")]


def test_a_capitalised_run_does_not_start_with_a_conjunction():
    # "Voordat de Brabantse VVD-voorman terugkeert": no entity, but a capitalised run the fallback would take
    r = resolver([("Voordat", "SCONJ", "O"), ("de", "DET", "O"), ("Brabantse", "ADJ", "O"),
                  ("VVD-voorman", "NOUN", "O"),
                  ("terugkeert", "VERB", "O"), (",", "PUNCT", "O"), ("zegt", "VERB", "O"), ("hij", "PRON", "O"),
                  (".", "PUNCT", "O")])
    assert names(r) == []


def test_surnames_ending_like_a_role_stay_names():
    r = resolver([("Hoffman", "PROPN", "B-PER"), ("zegt", "VERB", "O"), ("het", "PRON", "O"), (".", "PUNCT", "O")])
    assert names(r) == [("Hoffman", "PER")]


def test_a_company_word_before_a_name_makes_an_organisation_whatever_the_ner_says():
    r = resolver([("Sportwinkelketen", "NOUN", "B-PER"), ("Decathlon", "PROPN", "I-PER"), ("verkoopt", "VERB", "O"),
                  ("het", "DET", "O"), (".", "PUNCT", "O"), ("Decathlon", "PROPN", "B-PER"), ("zwijgt", "VERB", "O"),
                  (".", "PUNCT", "O")])
    assert [n.label for n in r.names] == ["ORG", "PER"]
    assert "Decathlon" not in r.person_names  # one telling kind word outweighs the NER's votes


@pytest.mark.parametrize("kind,label", [("krant", "ORG"), ("partij", "ORG"), ("serie", "MISC")])
def test_a_medium_party_or_work_noun_before_a_name_makes_it_no_person(kind, label):
    # "de krant Yeni Shafak", "haar partij Hayamin Hehadash", "de serie Judas", even where the NER says PER
    r = resolver([("Hij", "PRON", "O"), ("leest", "VERB", "O"), ("de", "DET", "O"), (kind, "NOUN", "O"),
                  ("Yeni", "PROPN", "B-PER"), ("Shafak", "PROPN", "I-PER"), (".", "PUNCT", "O")])
    assert names(r) == [("Yeni Shafak", label)]
    assert "Yeni Shafak" not in r.person_names


def test_an_organisation_noun_finds_its_named_organisation_further_back():
    words = [("De", "DET", "B-MISC"), ("Boa", "PROPN", "I-MISC"), ("Bond", "PROPN", "I-MISC"), ("eist", "VERB", "O"),
             ("meer", "ADV", "O"), (".", "PUNCT", "O")]
    words += [("Het", "PRON", "O"), ("regent", "VERB", "O"), (".", "PUNCT", "O")] * 5  # far beyond three sentences
    r = resolver(words + [("de", "DET", "O"), ("bond", "NOUN", "O"), ("schrijft", "VERB", "O"), (".", "PUNCT", "O")])
    sents = []
    start = 0
    for t in r.view.doc:
        if t.text == ".":
            sents.append((start, t.idx + 1))
            start = t.idx + 2
    r.sents = sents
    pos = r.view.text.rindex("de bond")
    assert r.resolve("de bond", (pos, pos + 7), pos) == "de Boa Bond"  # as the article writes it


def test_a_role_given_to_a_bare_surname_resolves_a_later_role_noun():
    r = resolver([("Alle", "DET", "O"), ("ogen", "NOUN", "O"), ("op", "ADP", "O"), ("premier", "NOUN", "O"),
                  ("Rutte", "PROPN", "B-PER"), (".", "PUNCT", "O"), ("Later", "ADV", "O"), ("zei", "VERB", "O"),
                  ("de", "DET", "O"), ("premier", "NOUN", "O"), ("het", "PRON", "O"), (".", "PUNCT", "O")])
    pos = r.view.text.index("de premier")
    assert r.resolve("de premier", (pos, pos + 10), pos) == "Rutte"


def test_a_capitalised_role_opening_the_sentence_is_no_part_of_the_name():
    r = resolver([("Pianist", "PROPN", "B-PER"), ("Jorn", "PROPN", "I-PER"), ("Swart", "PROPN", "I-PER"),
                  ("speelt", "VERB", "O"), (".", "PUNCT", "O")])
    assert names(r) == [("Jorn Swart", "PER")]


def test_a_first_name_and_a_surname_tagged_apart_are_one_person():
    r = resolver([("Fatima", "PROPN", "B-MISC"), ("Ait", "PROPN", "B-PER"), ("Baali", "PROPN", "I-PER"),
                  ("loopt", "VERB", "O"),
                  (",", "PUNCT", "O"), ("zegt", "VERB", "O"), ("Erwin", "PROPN", "B-PER"), ("ten", "ADP", "O"),
                  ("Haring", "NOUN", "B-ORG"), ("van", "ADP", "I-ORG"), ("Halfords", "PROPN", "I-ORG"),
                  (".", "PUNCT", "O")])
    assert names(r)[:2] == [("Fatima Ait Baali", "PER"), ("Erwin ten Haring", "PER")]


def test_a_subheading_glued_to_the_next_sentence_is_no_name():
    r = resolver([("klinken", "VERB", "O"), (".", "PUNCT", "O"), ("Grondpatroon", "PROPN", "B-PER"),
                  ("Hij", "PRON", "O"),
                  ("weerspreekt", "VERB", "O"), ("het", "PRON", "O"), (".", "PUNCT", "O")])
    assert names(r) == []


def test_a_heading_word_before_a_pronoun_mention_is_dropped():
    r = resolver([("Sigrid", "PROPN", "B-PER"), ("Loos", "PROPN", "I-PER"), ("leert", "VERB", "O"), (".", "PUNCT", "O"),
                  ("Papiertje", "NOUN", "O"), ("Tot", "ADP", "O"), ("ze", "PRON", "O"), ("slaagt", "VERB", "O"),
                  (".", "PUNCT", "O")])
    pos = r.view.text.index("Tot ze")
    assert r.resolve("Tot ze", (pos, pos + 6), pos) == "Sigrid Loos"


def test_organisation_words_in_a_name_outweigh_a_person_label():
    r = resolver([("onderzoek", "NOUN", "O"), ("van", "ADP", "O"), ("I&O", "PROPN", "B-PER"),
                  ("Research", "PROPN", "I-PER"),
                  ("en", "CCONJ", "O"), ("de", "DET", "O"), ("Willem", "PROPN", "B-PER"), ("van", "ADP", "I-PER"),
                  ("Oranje", "PROPN", "I-PER"), ("Scholengroep", "PROPN", "I-PER"), (".", "PUNCT", "O")])
    assert [n.label for n in r.names] == ["ORG", "ORG"]
    assert r.person_names == set()


def test_after_a_role_word_a_name_runs_on_over_a_particle():
    r = resolver([("politicoloog", "NOUN", "O"), ("Wietse", "ADJ", "B-MISC"), ("van", "ADP", "O"),
                  ("Engeland", "PROPN", "B-LOC"), ("zegt", "VERB", "O"), ("het", "PRON", "O"), (".", "PUNCT", "O")])
    assert names(r) == [("Wietse van Engeland", "PER")]


def test_a_pronoun_with_nobody_before_it_points_to_the_person_opening_the_next_sentence():
    r = resolver([("Hij", "PRON", "O"), ("kreeg", "VERB", "O"), ("kritiek", "NOUN", "O"), ("over", "ADP", "O"),
                  ("Thierry", "PROPN", "B-PER"), ("Baudet", "PROPN", "I-PER"), (".", "PUNCT", "O"),
                  ("Freek", "PROPN", "B-PER"), ("de", "ADP", "I-PER"), ("Jonge", "PROPN", "I-PER"),
                  ("sprak", "VERB", "O"),
                  (".", "PUNCT", "O")])
    text = r.view.text
    r.sents = [(0, text.index(".") + 1), (text.index("Freek"), len(text))]
    assert r.resolve("Hij", (0, 3), 0) == "Freek de Jonge"


def test_particles_lead_a_first_name_to_a_surname_tagged_apart():
    r = resolver([("stelt", "VERB", "O"), ("Britt", "PROPN", "B-MISC"), ("van", "ADP", "O"),
                  ("Ewijck", "PROPN", "B-PER"),
                  (".", "PUNCT", "O"), ("Fractievoorzitter", "NOUN", "B-PER"), ("Thomas", "PROPN", "I-PER"),
                  ("van", "ADP", "O"), ("der", "ADP", "O"), ("Knaap", "PROPN", "B-PER"), ("zegt", "VERB", "O"),
                  ("het", "PRON", "O"), (".", "PUNCT", "O")])
    assert names(r) == [("Britt van Ewijck", "PER"), ("Thomas van der Knaap", "PER")]


def test_an_organisation_keeps_its_person_apart():
    r = resolver([("het", "DET", "O"), ("CDA", "PROPN", "B-ORG"), ("van", "ADP", "O"), ("Marianne", "PROPN", "B-PER"),
                  ("van", "ADP", "I-PER"), ("der", "ADP", "I-PER"), ("Sloot", "PROPN", "I-PER"), (".", "PUNCT", "O")])
    assert names(r) == [("CDA", "ORG"), ("Marianne van der Sloot", "PER")]


def test_hyphenated_first_names_and_names_after_a_role_word_stay_whole():
    r = resolver([("studiegenoot", "NOUN", "O"), ("Anne-Marije", "PROPN", "B-MISC"), ("Smits", "PROPN", "B-PER"),
                  ("lacht", "VERB", "O"), (",", "PUNCT", "O"), ("partijleider", "NOUN", "O"),
                  ("Kemal", "NOUN", "B-PER"),
                  ("Kilicdaroglu", "PROPN", "I-PER"), ("zwijgt", "VERB", "O"), (".", "PUNCT", "O")])
    assert names(r) == [("Anne-Marije Smits", "PER"), ("Kemal Kilicdaroglu", "PER")]


def test_a_lone_name_word_before_a_surname_tagged_apart_joins_it_but_a_nationality_does_not():
    r = resolver([("Laila", "PROPN", "B-MISC"), ("Ait", "PROPN", "B-PER"), ("Baali", "PROPN", "I-PER"),
                  ("loopt", "VERB", "O"), (",", "PUNCT", "O"), ("de", "DET", "O"), ("Nederlander", "PROPN", "B-MISC"),
                  ("Jan", "PROPN", "B-PER"), ("Smit", "PROPN", "I-PER"), ("ook", "ADV", "O"), (".", "PUNCT", "O")])
    assert names(r) == [("Laila Ait Baali", "PER"), ("Nederlander", "MISC"), ("Jan Smit", "PER")]


def test_hyphenated_surnames_stay_people_and_acronyms_are_organisations():
    r = resolver([("aldus", "ADV", "O"), ("Sánchez-Cuenca", "PROPN", "B-PER"), (",", "PUNCT", "O"),
                  ("en", "CCONJ", "O"),
                  ("VNO-NCW", "PROPN", "B-PER"), ("en", "CCONJ", "O"), ("MKB-Nederland", "PROPN", "B-PER"),
                  ("over", "ADP", "O"), ("Volkert", "PROPN", "B-PER"), ("van", "ADP", "I-PER"), ("der", "ADP", "I-PER"),
                  ("G.", "PROPN", "I-PER"), (".", "PUNCT", "O")])
    assert names(r) == [("Sánchez-Cuenca", "PER"), ("VNO-NCW", "ORG"), ("MKB-Nederland", "ORG"),
                        ("Volkert van der G.", "PER")]


def test_a_first_name_runs_on_into_an_untagged_surname_and_a_role_keeps_the_first_name():
    r = resolver([("socioloog", "NOUN", "O"), ("Tanja", "PROPN", "B-PER"), ("Traag", "ADJ", "B-MISC"),
                  ("verklaart", "VERB", "O"), ("het", "PRON", "O"), (",", "PUNCT", "O"), ("zegt", "VERB", "O"),
                  ("Kamerlid", "NOUN", "B-PER"), ("Bente", "NOUN", "I-PER"), ("Becker", "PROPN", "I-PER"),
                  (".", "PUNCT", "O")])
    assert names(r) == [("Tanja Traag", "PER"), ("Bente Becker", "PER")]


def test_a_capital_after_a_lower_case_noun_starts_a_name_but_not_after_a_conjunction():
    r = resolver([("hoogleraar", "NOUN", "O"), ("strafrecht", "NOUN", "O"), ("Henny", "NOUN", "B-PER"),
                  ("Sackers", "PROPN", "I-PER"), ("en", "CCONJ", "O"), ("minister", "NOUN", "O"), ("van", "ADP", "O"),
                  ("Zorg", "PROPN", "O"), ("en", "CCONJ", "O"), ("Gezondheidszorg", "NOUN", "B-PER"),
                  ("Agnès", "PROPN", "I-PER"), ("Buzyn", "PROPN", "I-PER"), (".", "PUNCT", "O")])
    assert [n for n in names(r) if n[1] == "PER"] == [("Henny Sackers", "PER"), ("Agnès Buzyn", "PER")]


@pytest.mark.parametrize(("noun", "expected"), [("vrienden", "zijn vrienden"), ("handen", None)])
def test_a_plural_pronoun_points_back_to_people_only(noun, expected):
    words = ["Zijn", noun, "waren", "blij", ".", "Toen", "riepen", "ze", "iets", "."]
    doc = Doc(NLP.vocab, words=words, spaces=[True, True, True, False, True, True, True, True, False, False],
              pos=["DET", "NOUN", "AUX", "ADJ", "PUNCT", "ADV", "VERB", "PRON", "PRON", "PUNCT"],
              heads=[1, 3, 3, 3, 3, 6, 6, 6, 6, 6],
              deps=["det", "nsubj", "cop", "ROOT", "punct", "advmod", "ROOT", "nsubj", "obj", "punct"],
              morphs=["", "Number=Plur", "", "", "", "", "Number=Plur|VerbForm=Fin", "", "", ""])
    r = Resolver(DocView(doc, []))
    text = doc.text
    r.sents = [(0, text.index(".") + 1), (text.index("Toen"), len(text))]
    assert r.plural_antecedent(text.index(" ze ") + 1) == expected


def test_a_bare_first_name_the_ner_missed_is_the_person_named_in_full():
    # "Ruben van Erp zegt het. Ruben (NOUN, no entity) verslaat ...": the sentence-initial first name is him
    r = resolver([("Ruben", "PROPN", "B-PER"), ("van", "ADP", "I-PER"), ("Erp", "PROPN", "I-PER"), ("zegt", "VERB", "O"),
                  ("het", "PRON", "O"), (".", "PUNCT", "O"), ("Ruben", "NOUN", "O"), ("verslaat", "VERB", "O"),
                  ("raadsvergaderingen", "NOUN", "O"), (".", "PUNCT", "O")])
    assert [(n.text, n.canonical) for n in r.names] == [("Ruben van Erp", "Ruben van Erp"), ("Ruben", "Ruben van Erp")]


def test_a_name_set_apart_by_a_comma_and_a_colon_is_kept_whatever_its_tag():
    # "Een van hen, Yassin:" (tagged NOUN); a lone capitalised NOUN elsewhere is still a heading word
    r = resolver([("Een", "NUM", "O"), ("van", "ADP", "O"), ("hen", "PRON", "O"), (",", "PUNCT", "O"),
                  ("Yassin", "NOUN", "B-PER"), (":", "PUNCT", "O"), ("Proef", "NOUN", "B-PER"), ("gaat", "VERB", "O"),
                  (".", "PUNCT", "O")])
    assert names(r) == [("Yassin", "PER")]


def test_a_surname_the_ner_also_calls_misc_stays_a_person():
    # "Trump" tagged PER twice and MISC three times ("het besluit van Trump"): MISC counts half against PER
    words = []
    for label in ("PER", "MISC", "PER", "MISC", "MISC"):
        words += [("Trump", "PROPN", f"B-{label}"), ("sprak", "VERB", "O"), (".", "PUNCT", "O")]
    assert "Trump" in resolver(words).person_names
    # a name the NER calls a place as often as a person is no person
    words = []
    for label in ("PER", "LOC", "LOC"):
        words += [("Aventus", "PROPN", f"B-{label}"), ("groeit", "VERB", "O"), (".", "PUNCT", "O")]
    assert "Aventus" not in resolver(words).person_names


def test_conjunctions_and_prepositions_glued_before_a_name_are_stripped():
    r = resolver([("Tim", "PROPN", "B-PER"), ("Verhagen", "PROPN", "I-PER"), ("opereert", "VERB", "O"), (".", "PUNCT", "O"),
                  ("Als", "SCONJ", "B-PER"), ("Verhagen", "PROPN", "I-PER"), ("uitkomt", "VERB", "O"), (",", "PUNCT", "O"),
                  ("Als", "SCONJ", "B-MISC"), ("het", "PRON", "I-MISC"), ("aan", "ADP", "I-MISC"),
                  ("Klaver", "PROPN", "B-PER"), ("ligt", "VERB", "O"), (".", "PUNCT", "O")])
    assert [(n.text, n.canonical) for n in r.names] == [
        ("Tim Verhagen", "Tim Verhagen"), ("Verhagen", "Tim Verhagen"), ("Klaver", "Klaver")]


def test_a_subheading_and_a_role_before_a_name_are_no_name():
    # "… staat. Wachtlijst Dokter Verhagen heeft 'geen idee'": the subheading and the role are not a person
    r = resolver([("Tim", "PROPN", "B-PER"), ("Verhagen", "PROPN", "I-PER"), ("wacht", "VERB", "O"), (".", "PUNCT", "O"),
                  ("Wachtlijst", "NOUN", "O"), ("Dokter", "NOUN", "O"), ("Verhagen", "PROPN", "B-PER"),
                  ("weet", "VERB", "O"), ("het", "PRON", "O"), (".", "PUNCT", "O")])
    assert [n.text for n in r.names] == ["Tim Verhagen", "Verhagen"]


def test_an_all_caps_heading_is_no_name_whatever_its_label():
    r = resolver([("DE", "DET", "B-MISC"), ("SPEECH", "NOUN", "I-MISC"), ("VAN", "ADP", "I-MISC"),
                  ("BAUDET", "PROPN", "I-MISC"), ("Zijn", "DET", "O"), ("boodschap", "NOUN", "O"), ("is", "AUX", "O"),
                  ("simpel", "ADJ", "O"), (".", "PUNCT", "O"), ("VNO-NCW", "PROPN", "B-ORG"), ("zwijgt", "VERB", "O"),
                  (".", "PUNCT", "O")])
    assert names(r) == [("VNO-NCW", "ORG")]


def test_a_full_name_runs_on_over_a_particle_into_a_surname_tagged_apart():
    r = resolver([("Anco", "PROPN", "B-PER"), ("Scholte", "PROPN", "I-PER"), ("ter", "ADP", "O"),
                  ("Horst", "PROPN", "B-PER"), ("schat", "VERB", "O"), (".", "PUNCT", "O"),
                  ("Jan", "PROPN", "B-PER"), ("Smit", "PROPN", "I-PER"), ("van", "ADP", "O"), ("Shell", "PROPN", "B-PER"),
                  ("zwijgt", "VERB", "O"), (".", "PUNCT", "O")])
    assert [n.text for n in r.names][:2] == ["Anco Scholte ter Horst", "Jan Smit"]


def test_a_speaker_phrase_cut_inside_a_name_resolves_to_that_person():
    r = resolver([("Advocaat", "NOUN", "O"), ("Wilco", "PROPN", "B-PER"), ("Brussee", "PROPN", "I-PER"), ("van", "ADP", "O"),
                  ("de", "DET", "O"), ("docent", "NOUN", "O"), ("noemt", "VERB", "O"), ("het", "PRON", "O"),
                  (".", "PUNCT", "O")])
    text = r.view.text
    a = text.index("Brussee")
    b = text.index(" noemt")
    assert r.resolve(text[a:b], (a, b), a) == "Wilco Brussee"
    assert r.resolve("de commissie zich", None, 0) == "de commissie"


def test_common_dutch_first_names_tell_gender_and_surnames_that_are_first_names_do_not_split_names():
    from newsetl.entities import canonical_names
    from newsetl.nlp.first_names import gender_of

    assert gender_of("Brigitte van Egten") == "f" and gender_of("Nel Nienhuis") == "f"
    assert gender_of("Anco Scholte ter Horst") == "m" and gender_of("Ron Meyer") == "m"
    # "Philippe" and "Horst" are left out: as surnames they would cut "Édouard Philippe" to "Philippe"
    assert canonical_names([("Édouard Philippe", "PER"), ("Philippe", "PER")]) == ["Édouard Philippe"] * 2


def test_first_names_listed_before_a_full_name_share_its_surname():
    r = resolver([("Peter", "PROPN", "B-PER"), (",", "PUNCT", "O"), ("Rinke", "PROPN", "B-PER"), ("en", "CCONJ", "O"),
                  ("Marcel", "PROPN", "B-PER"), ("Verheul", "PROPN", "I-PER"), ("lachen", "VERB", "O"),
                  (".", "PUNCT", "O"), ("Peter", "PROPN", "B-PER"), ("vertelt", "VERB", "O"), (".", "PUNCT", "O"),
                  ("Charlotte", "PROPN", "B-PER"), ("en", "CCONJ", "O"), ("Jan", "PROPN", "B-PER"), ("N.", "PROPN", "I-PER"),
                  ("zwijgen", "VERB", "O"), (".", "PUNCT", "O")])
    assert [(n.text, n.canonical) for n in r.names] == [
        ("Peter", "Peter Verheul"), ("Rinke", "Rinke Verheul"), ("Marcel Verheul", "Marcel Verheul"),
        ("Peter", "Peter Verheul"), ("Charlotte", "Charlotte"), ("Jan N.", "Jan N")]


def test_a_title_before_a_one_word_name_makes_a_person_whatever_the_ner_says_elsewhere():
    words = []
    for _ in range(4):
        words += [("May", "PROPN", "B-LOC"), ("zwijgt", "VERB", "O"), (".", "PUNCT", "O")]
    words += [("premier", "NOUN", "O"), ("May", "PROPN", "B-LOC"), ("spreekt", "VERB", "O"), (".", "PUNCT", "O")]
    assert "May" in resolver(words).person_names
    assert "May" not in resolver(words[:-4] + [("de", "DET", "O"), ("May", "PROPN", "B-LOC"), (".", "PUNCT", "O")]).person_names


def _epithet_resolver(role_words: list[str]) -> Resolver:
    """"Dat zegt Peter van der Knaap. Volgens <role words> is het zo." with sentences set."""
    r = resolver([("Dat", "PRON", "O"), ("zegt", "VERB", "O"), ("Peter", "PROPN", "B-PER"), ("van", "ADP", "I-PER"),
                  ("der", "ADP", "I-PER"), ("Knaap", "PROPN", "I-PER"), (".", "PUNCT", "O"), ("Volgens", "ADP", "O"),
                  ("de", "DET", "O"), *[(w, "NOUN", "O") for w in role_words], ("is", "AUX", "O"), ("het", "PRON", "O"),
                  ("zo", "ADV", "O"), (".", "PUNCT", "O")])
    text = r.view.text
    r.sents = [(0, text.index(".") + 1), (text.index("Volgens"), len(text))]
    return r


@pytest.mark.parametrize("role_words, expected", [
    (["verkeerskundige"], "Peter van der Knaap"),                   # an epithet for the person in focus
    (["Britse", "premier"], "Peter van der Knaap"),                 # adjectives before it too
    (["woordvoerder"], "de woordvoerder"),                          # a spokesperson is someone new
    (["partijwoordvoerder"], "de partijwoordvoerder"),
    (["onderzoekers"], "de onderzoekers"),                          # a plural is a group
    (["directeur", "van", "de", "school"], "de directeur van de school"),  # its own complement
    (["uitvinder"], "Peter van der Knaap"),                         # an agent noun, for a known first name
    (["nummer"], "de nummer"),                                      # a word in -er that names no person
])
def test_a_role_never_given_to_a_name_is_an_epithet_for_the_person_in_focus(role_words, expected):
    r = _epithet_resolver(role_words)
    mention = " ".join(["de", *role_words])
    pos = r.view.text.index(mention)
    assert r.resolve(mention, (pos, pos + len(mention)), pos) == expected


def test_an_epithet_agrees_in_gender_with_the_person():
    r = _epithet_resolver(["bewindsvrouw"])
    pos = r.view.text.index("de bewindsvrouw")
    assert r.resolve("de bewindsvrouw", (pos, pos + 15), pos) == "de bewindsvrouw"  # Peter is a man


def test_no_epithet_when_a_name_the_ner_missed_follows_the_role():
    r = _epithet_resolver(["verkeerskundige", "Jan", "Smit"])
    pos = r.view.text.index("de verkeerskundige")
    assert r.resolve("de verkeerskundige", (pos, pos + 18), pos) == "de verkeerskundige"


@pytest.mark.parametrize("intro, mention, expected", [
    (["de", "politie", "Drenthe"], "de politie", "de politie Drenthe"),
    (["de", "tuchtcommissie", "van", "de", "KNVB"], "de tuchtcommissie", "de tuchtcommissie van de KNVB"),
    (["de", "onderwijsinspectie"], "de inspectie", "de onderwijsinspectie"),
    (["de", "Ajaxvoetballer"], "de voetballer", "de voetballer"),  # a person noun: no body's name
    (["de", "brandweer"], "de politie", "de politie"),              # nothing fuller
])
def test_a_body_resolves_to_its_fullest_form_earlier_in_the_article(intro, mention, expected):
    words = ["Volgens", *intro, "is", "het", "rustig", ".", "Later", "meldt", *mention.split(), "meer", "."]
    r = resolver([(w, "PROPN" if w[:1].isupper() and w not in ("Volgens", "Later") else "NOUN", "O") for w in words])
    pos = r.view.text.rindex(mention)
    assert r.resolve(mention, (pos, pos + len(mention)), pos) == expected


def test_an_agent_noun_glued_before_a_name_is_no_part_of_it():
    r = resolver([("aldus", "ADV", "O"), ("Mazdaverkoper", "PROPN", "B-PER"), ("Song", "PROPN", "I-PER"),
                  ("Miao", "PROPN", "I-PER"), (".", "PUNCT", "O"), ("Groenteboer", "PROPN", "B-PER"),
                  ("Hoogendijk", "PROPN", "I-PER"), (".", "PUNCT", "O")])
    # a name of two words is never cut to one: the first may be a first name the list lacks
    assert names(r) == [("Song Miao", "PER"), ("Groenteboer Hoogendijk", "PER")]


def test_a_possessed_epithet_is_someone_else_than_the_possessor():
    r = resolver([("Eric", "PROPN", "B-PER"), ("Wiebes", "PROPN", "I-PER"), ("lacht", "VERB", "O"), (".", "PUNCT", "O"),
                  ("Dat", "PRON", "O"), ("zegt", "VERB", "O"), ("Dilan", "PROPN", "B-PER"),
                  ("Yesilgöz", "PROPN", "I-PER"), (".", "PUNCT", "O"), ("Volgens", "ADP", "O"), ("zijn", "DET", "O"),
                  ("partijgenote", "NOUN", "O"), ("klopt", "VERB", "O"), ("het", "PRON", "O"), (".", "PUNCT", "O")])
    text = r.view.text
    dots = [i for i, ch in enumerate(text) if ch == "."]
    r.sents = [(0, dots[0] + 1), (dots[0] + 2, dots[1] + 1), (dots[1] + 2, len(text))]
    pos = text.index("zijn partijgenote")
    assert r.resolve("zijn partijgenote", (pos, pos + 17), pos) == "Dilan Yesilgöz"


def test_acronyms_spelled_out_in_the_article_keep_their_article():
    from newsetl.nlp.names import acronyms

    text = ("De Nationaal Coördinator Terrorismebestrijding en Veiligheid (NCTV) waarschuwt. Lodewijk Asscher (PvdA) "
            "en het ministerie van Landbouw, Natuur en Voedselkwaliteit (LNV) reageren.")
    assert acronyms(text) == {"NCTV": "de Nationaal Coördinator Terrorismebestrijding en Veiligheid",
                              "LNV": "het ministerie van Landbouw, Natuur en Voedselkwaliteit"}


def test_an_acronym_is_defined_by_the_body_not_the_person_before_it():
    from newsetl.nlp.names import acronyms

    text = "Volgens Helma Ruijs van het Rijksinstituut voor Volksgezondheid en Milieu (RIVM) is het zo."
    assert acronyms(text) == {"RIVM": "het Rijksinstituut voor Volksgezondheid en Milieu"}


def test_an_acronym_speaker_resolves_to_the_name_spelled_out():
    r = resolver([("Het", "DET", "O"), ("Centraal", "PROPN", "B-ORG"), ("Planbureau", "PROPN", "I-ORG"),
                  ("(CPB)", "PUNCT", "O"), ("rekent", "VERB", "O"),
                  (".", "PUNCT", "O"), ("Volgens", "ADP", "O"), ("het", "DET", "O"), ("CPB", "PROPN", "B-ORG"),
                  ("groeit", "VERB", "O"), ("het", "PRON", "O"), (".", "PUNCT", "O")])
    pos = r.view.text.rindex("het CPB")
    assert r.resolve("het CPB", (pos, pos + 7), pos) == "het Centraal Planbureau"


def test_a_verb_inside_an_entity_ends_what_comes_before_the_name_and_a_lower_case_part_is_no_surname():
    r = resolver([("Moon", "PROPN", "B-PER"), ("Jae-in", "PROPN", "I-PER"), ("lacht", "VERB", "O"), (".", "PUNCT", "O"),
                  ("In", "ADP", "O"), ("Seoul", "PROPN", "B-LOC"), ("regent", "VERB", "O"), (".", "PUNCT", "O"),
                  ("Zo", "ADV", "B-MISC"), ("zei", "VERB", "I-MISC"), ("Moon", "PROPN", "I-MISC"), (":", "PUNCT", "O")])
    assert names(r) == [("Moon Jae-in", "PER"), ("Seoul", "LOC"), ("Moon", "MISC")]
    pos = r.view.text.rindex("Moon")
    assert r.resolve("Moon", (pos, pos + 4), pos) == "Moon Jae-in"


def test_what_a_body_came_with_does_not_speak():
    r = resolver([("Later", "ADV", "O"), ("kwam", "VERB", "O"), ("de", "DET", "O"), ("Democratische", "PROPN", "B-ORG"),
                  ("Partij", "PROPN", "I-ORG"), ("met", "ADP", "O"), ("een", "DET", "O"), ("verklaring", "NOUN", "O"),
                  (".", "PUNCT", "O")])
    mention = "de Democratische Partij met een verklaring"
    pos = r.view.text.index(mention)
    assert r.resolve(mention, (pos, pos + len(mention)), pos) == "de Democratische Partij"


@pytest.mark.parametrize("words, name, expected", [
    (["De", "Boa", "Bond", "eist", "het", ".", "Dat", "meldt", "Boa", "Bond", "."], "Boa Bond", "de Boa Bond"),
    (["Shell", "eist", "het", ".", "Dat", "meldt", "de", "Shell", "."], "Shell", "de Shell"),  # as often with as without
    (["Shell", "eist", "het", ".", "Shell", "meldt", "de", "cijfers", "."], "Shell", "Shell"),
])
def test_a_body_keeps_the_article_the_article_writes_it_with(words, name, expected):
    tags = [("B-ORG" if w in ("Boa", "Shell") else "I-ORG" if w == "Bond" else "O") for w in words]
    r = resolver([(w, "PROPN" if w[:1].isupper() else "VERB", tag) for w, tag in zip(words, tags)])
    pos = r.view.text.rindex(name)
    assert r.resolve(name, (pos, pos + len(name)), pos) == expected


def test_a_word_opening_an_organisation_name_resolves_to_it_even_when_tagged_alone():
    words = ["De", "Unie", "van", "Waterschappen", "schat", "het", ".", "Dat", "denkt", "de", "Unie", "."]
    r = resolver([(w, "PROPN" if w[:1].isupper() else "VERB", "B-ORG" if w == "Unie" else "O") for w in words])
    pos = r.view.text.rindex("de Unie")
    assert r.resolve("de Unie", (pos, pos + 7), pos) == "de Unie van Waterschappen"


def test_a_possessed_role_of_someone_unnamed_is_the_role():
    r = resolver([("Een", "DET", "O"), ("Bosschenaar", "NOUN", "O"), ("werd", "AUX", "O"), ("betrapt", "VERB", "O"),
                  (".", "PUNCT", "O"), ("Zijn", "DET", "O"), ("advocaat", "NOUN", "O"), ("denkt", "VERB", "O"),
                  ("het", "PRON", "O"), (".", "PUNCT", "O")])
    pos = r.view.text.index("Zijn advocaat")
    assert r.resolve("Zijn advocaat", (pos, pos + 13), pos) == "de advocaat"


def test_a_list_position_is_an_epithet_and_a_kind_word_glued_before_an_organisation_is_cut():
    r = _epithet_resolver(["nummer", "2", "van", "de", "partij"])
    mention = "de nummer 2 van de partij"
    pos = r.view.text.index(mention)
    assert r.resolve(mention, (pos, pos + len(mention)), pos) == "Peter van der Knaap"
    r = resolver([("Coalitiepartner", "PROPN", "B-PER"), ("D66", "PROPN", "I-PER"), ("reageert", "VERB", "O"),
                  (".", "PUNCT", "O")])
    assert names(r) == [("D66", "PER")]


def test_a_name_with_a_lower_case_word_other_than_a_particle_is_no_person():
    r = resolver([("Forum", "PROPN", "B-PER"), ("voor", "ADP", "I-PER"), ("Democratie", "PROPN", "I-PER"),
                  ("en", "CCONJ", "O"), ("Jan", "PROPN", "B-PER"), ("van", "ADP", "I-PER"), ("Dijk", "PROPN", "I-PER"),
                  (".", "PUNCT", "O")])
    assert r.person_names == {"Jan van Dijk"}


@pytest.mark.parametrize("words, expected", [
    (["het", "kankerinstituut", "Iarc"], "Iarc"),                    # what the writer calls it: the name alone
    (["de", "politie", "Drenthe"], "de politie Drenthe"),            # a kind word that is part of the name
])
def test_a_body_described_before_its_name_is_its_name(words, expected):
    tags = ["O", "O", "B-ORG"]
    r = resolver([("Volgens", "ADP", "O"), *[(w, "NOUN", t) for w, t in zip(words, tags)], ("klopt", "VERB", "O"),
                  ("het", "PRON", "O"), (".", "PUNCT", "O")])
    mention = " ".join(words)
    pos = r.view.text.index(mention)
    assert r.resolve(mention, (pos, pos + len(mention)), pos) == expected


def test_a_plural_pronoun_points_back_to_a_group_of_people():
    words = ["Een", "groep", "van", "negentien", "jongeren", "sloeg", "alarm", ".", "Toen", "riepen", "ze", "iets", "."]
    doc = Doc(NLP.vocab, words=words, spaces=[True] * 6 + [False, True, True, True, True, False, False],
              pos=["DET", "NOUN", "ADP", "NUM", "NOUN", "VERB", "NOUN", "PUNCT", "ADV", "VERB", "PRON", "PRON", "PUNCT"],
              heads=[1, 5, 4, 4, 1, 5, 5, 5, 9, 9, 9, 9, 9],
              deps=["det", "nsubj", "case", "nummod", "nmod", "ROOT", "obj", "punct", "advmod", "ROOT", "nsubj", "obj",
                    "punct"],
              morphs=["", "Number=Sing", "", "", "Number=Plur", "", "", "", "", "Number=Plur|VerbForm=Fin", "", "", ""])
    r = Resolver(DocView(doc, []))
    text = doc.text
    r.sents = [(0, text.index(".") + 1), (text.index("Toen"), len(text))]
    assert r.plural_antecedent(text.index(" ze ") + 1) == "een groep van negentien jongeren"


def test_a_name_after_an_institution_word_is_no_person():
    from newsetl.nlp.quote_context import Context

    text = "Ze vertrok bij behandelcentrum Idris. Hij zei dat hij bang was."
    doc = spacy.blank("nl")(text)
    k = text.index("Idris")
    doc.ents = [doc.char_span(k, k + 5, label="PER")]
    assert "Idris" not in Context(doc).resolver.person_names


def _names_of(text: str, ents: list[tuple[str, str]]) -> set[str]:
    from newsetl.nlp.quote_context import Context

    doc = spacy.blank("nl")(text)
    spans = []
    for surface, label in ents:
        k = text.index(surface)
        spans.append(doc.char_span(k, k + len(surface), label=label))
    doc.ents = spans
    return Context(doc).resolver.person_names


def test_a_capitalised_weekday_after_a_first_name_is_a_surname():
    assert _names_of("Dat zegt woordvoerder Jolanda Zondag van Talis.", [("Jolanda", "PER")]) == {"Jolanda Zondag"}


def test_a_first_name_and_particles_before_a_tagged_surname_join_it():
    assert _names_of("Heel erg privé, noemt Reinoud van Vught ze.", [("Vught", "PER")]) == {"Reinoud van Vught"}


def test_a_possessive_name_before_more_capitals_is_something_of_theirs():
    text = "Kylie Jenner verkoopt Kylie's Naughty Is The New Nice Metal Lip Kit via Kylie Cosmetics."
    names = _names_of(text, [("Kylie Jenner", "PER"), ("Kylie's Naughty Is The New Nice Metal Lip Kit", "PER"),
                             ("Kylie Cosmetics", "PER")])
    assert names == {"Kylie Jenner"}


def test_a_field_of_study_after_a_role_word_is_no_person():
    names = _names_of("Remco Breuker, hoogleraar Koreastudies, legt het uit.",
                      [("Remco Breuker", "PER"), ("Koreastudies", "MISC")])
    assert names == {"Remco Breuker"}


def test_a_name_of_either_gender_still_starts_a_name():
    text = "Dat zei prominent Conservatief Andrea Leadsom in het Lagerhuis."
    assert _names_of(text, [("Conservatief Andrea Leadsom", "PER")]) == {"Andrea Leadsom"}


def test_an_inflected_noun_before_van_and_a_name_is_no_first_name():
    from spacy.tokens import Doc

    from newsetl.nlp.quote_context import Context

    words = ["Tegenstanders", "van", "John", "Bercow", "betichten", "hem", "."]
    doc = Doc(spacy.blank("nl").vocab, words=words, pos=["NOUN", "ADP", "PROPN", "PROPN", "VERB", "PRON", "PUNCT"],
              lemmas=["tegenstander", "van", "John", "Bercow", "betichten", "hem", "."],
              ents=["B-MISC", "O", "B-PER", "I-PER", "O", "O", "O"])
    assert Context(doc).resolver.person_names == {"John Bercow"}


def test_one_word_called_a_person_once_needs_a_first_name_or_a_title_to_be_one():
    from newsetl.nlp.quote_context import Context

    text = ("D66 wil meer windmolens. Volgens Rob Jetten kan het sneller. Ook mevrouw Borgmeijer en Jop deden mee, "
            "net als Feyenoord.")
    doc = NLP(text)
    doc.ents = [doc.char_span(text.index(name), text.index(name) + len(name), label="PER")
                for name in ("D66", "Rob Jetten", "Borgmeijer", "Jop", "Feyenoord")]
    # the NER's one PER for a party or a club makes no person; a full name, a title or a first name does
    assert Context(doc).resolver.person_names == {"Rob Jetten", "Borgmeijer", "Jop"}


def test_a_member_of_a_body_is_no_part_of_the_name():
    text = "Ook HvA'er Harko van den Hende, die onderzoek doet, mist urgentie."
    assert _names_of(text, [("HvA'er Harko", "PER"), ("den Hende", "PER")]) == {"Harko van den Hende"}


def test_a_subheading_glued_before_a_known_surname_is_no_part_of_the_name():
    text = ("De producer Emile Hartkamp werkte mee. Het is aandoenlijk.\" Twarres Hartkamp trekt een parallel. "
            "Van Oosterhout en Bob van Oosterhout.")
    names = _names_of(text, [("Emile Hartkamp", "PER"), ("Twarres Hartkamp", "PER"), ("Van Oosterhout", "PER"),
                             ("Bob van Oosterhout", "PER")])
    assert names == {"Emile Hartkamp", "Bob van Oosterhout"}


def test_a_name_after_a_school_word_is_an_organisation():
    text = "Als interim-rector van de islamitische middelbare school Ibn Ghaldoun zag Jan Beenen het."
    assert _names_of(text, [("Ibn Ghaldoun", "PER"), ("Jan Beenen", "PER")]) == {"Jan Beenen"}


@pytest.mark.parametrize("subject", ["40 procent van de sociaal-liberalen", "Ruim een kwart van de vleeseters",
                                     "Meer dan de helft van de woningeigenaren"])
def test_a_share_of_a_group_keeps_its_number(subject):
    from newsetl.nlp.attribution import DocView

    words = subject.split() + ["vindt", "dat"]
    pos = ["NUM" if w.isdigit() else "ADV" if w in ("Ruim", "Meer", "dan") else "DET" if w.lower() in ("de", "een")
           else "ADP" if w == "van" else "VERB" if w == "vindt" else "SCONJ" if w == "dat" else "NOUN" for w in words]
    doc = Doc(spacy.blank("nl").vocab, words=words, pos=pos)
    assert DocView(doc, []).np_before(len(words) - 2, 0) == (0, len(words) - 2)


def test_a_genre_label_before_a_name_is_a_byline_word():
    text = "Özsoy zei het al. Ik geloof niet dat dat ongegrond optimisme is. Interview Hisyar Özsoy"
    assert _names_of(text, [("Özsoy", "PER"), ("Interview Hisyar Özsoy", "PER")]) == {"Hisyar Özsoy"}


def test_an_unknown_name_the_ner_split_and_mislabelled_is_a_person():
    from newsetl.nlp.quote_context import Context

    words = ["Kortom", ".", "Anietie", "Ewang", "van", "HRW", "doet", "onderzoek", "."]
    doc = Doc(spacy.blank("nl").vocab, words=words,
              pos=["ADV", "PUNCT", "NOUN", "PROPN", "ADP", "PROPN", "VERB", "NOUN", "PUNCT"],
              ents=["O", "O", "B-MISC", "O", "O", "B-ORG", "O", "O", "O"])
    assert Context(doc).resolver.person_names == {"Anietie Ewang"}


def test_an_english_name_cut_at_its_link_word_is_one_organisation():
    from newsetl.nlp.quote_context import Context

    text = "Volgens Youth of Climate NL en het International Agency for Research on Cancer is het zo."
    doc = spacy.blank("nl")(text)
    doc.ents = [doc.char_span(text.index("Youth"), text.index("Youth") + 5, label="PER"),
                doc.char_span(text.index("Climate NL"), text.index("Climate NL") + 10, label="PER")]
    names = {n.text: n.label for n in Context(doc).resolver.names}
    assert names.get("Youth of Climate NL") == "ORG"
    assert "Youth" not in Context(doc).resolver.person_names


def test_an_unknown_name_split_over_a_particle_is_a_person():
    from newsetl.nlp.quote_context import Context

    words = ["Om", "de", "tafel", "Aster", "van", "Kregten", ",", "onderzoeker", ",", "is", "overtuigd", "."]
    doc = Doc(spacy.blank("nl").vocab, words=words,
              pos=["ADP", "DET", "NOUN", "NOUN", "ADP", "PROPN", "PUNCT", "NOUN", "PUNCT", "AUX", "ADJ", "PUNCT"],
              ents=["O", "O", "O", "B-MISC", "O", "O", "O", "O", "O", "O", "O", "O"])
    assert Context(doc).resolver.person_names == {"Aster van Kregten"}


def test_compound_roles_are_roles():
    from newsetl.nlp.lexicon import role_noun

    # "Politierechter Roos van den Munckhof": the role opens the phrase, so it is no part of the name
    for word in ("politierechter", "kinderrechter", "strafadvocaat", "hoofdofficier", "bijzonder-hoogleraar",
                 "landbouweconoom", "marktonderzoeker", "clubbestuurder", "teammanager"):
        assert role_noun(word), word
    for word in ("mensen", "bomen", "rechten", "manege"):
        assert not role_noun(word), word


def test_an_acronym_spelled_out_after_a_capitalised_sentence_opener():
    from newsetl.nlp.names import acronyms

    # "Volgens" opens the sentence and the capitalised run; the name starts at the acronym's first letter
    assert acronyms("Volgens Transport en Logistiek Nederland (TLN) is het besluit onbegrijpelijk.") == {
        "TLN": "Transport en Logistiek Nederland"}


def test_first_names_give_gender_and_words_that_are_dutch_or_family_names_stay_out():
    from newsetl.nlp.first_names import gender_of, is_first_name

    assert gender_of("Lucien de Graaf") == "m" and gender_of("Nicki Pouw-Verweij") is None
    assert gender_of("Miranda Schell") == "f" and gender_of("Stephen Biegun") == "m"
    # "Wil je …", "Toon aan …", "Lindsey Graham": a Dutch word or a common family name is no first name
    for word in ("Wil", "Toon", "Job", "Dan", "Les", "Graham", "Abdullah", "Kim"):
        assert not is_first_name(word), word


def test_female_role_words_map_to_the_male_form_and_other_words_stay():
    from newsetl.nlp.lexicon import male_form

    assert [male_form(w) for w in ("sociologe", "woordvoerster", "directrice", "kunstenares", "specialiste",
                                   "advocate", "socioloog", "rechter", "ate")] == [
        "socioloog", "woordvoerder", "directeur", "kunstenaar", "specialist", "advocaat", "socioloog", "rechter", "ate"]


@pytest.mark.parametrize("word,expected", [("taxichauffeur", True), ("regisseur", True), ("uitvinder", True),
                                           ("humeur", False), ("interieur", False), ("winter", False)])
def test_agent_nouns_name_a_person_by_what_they_do(word, expected):
    from newsetl.nlp.lexicon import agent_word

    assert agent_word(word) is expected


def test_street_names_are_no_people_but_surnames_ending_like_streets_are() -> None:
    from newsetl.nlp.speakers import is_street

    assert is_street("Van Egmondkade") and is_street("Diederik van Havertstraat") and is_street("Keizersgracht")
    assert not any(is_street(n) for n in ("Jan van Dijk", "Anne Verlaan", "Piet Hogeweg", "Kade", "Max Verdijk"))
