"""The entity rules after the NER (newsetl.nlp.ner_rules), on spacy.blank("nl") docs."""

import pytest
import spacy
from spacy.tokens import Doc, Span

from newsetl.nlp.ner_rules import NER_RULES, ner_rules

NLP = spacy.blank("nl")


def doc_with(words: list[str], ents: list[tuple[int, int, str]]) -> Doc:
    doc = Doc(NLP.vocab, words=words)
    doc.ents = [Span(doc, a, b, label=label) for a, b, label in ents]
    return doc


@pytest.mark.parametrize(
    "words,label",
    [
        (["Adil", "Abdul-Mahdi"], "ORG"),
        (["Diederik", "Samsom"], "LOC"),
        (["Kees", "van", "der", "Staaij"], "ORG"),
        (["Ed", "Nijpels"], "MISC"),
    ],
)
def test_a_name_opening_with_a_known_first_name_becomes_a_person(words, label):
    doc = ner_rules(doc_with(["Volgens", *words, "niet", "."], [(1, 1 + len(words), label)]))
    assert [(e.text, e.label_) for e in doc.ents] == [(" ".join(words), "PER")]


@pytest.mark.parametrize(
    "words,label",
    [
        (["Albert", "Heijn"], "ORG"),  # a company named like a person
        (["Jacob", "Jordaensstraat"], "LOC"),  # a street, a building, a stadium named after someone
        (["Pieter", "Baan", "Centrum"], "ORG"),
        (["Maxima", "MC"], "ORG"),  # an acronym in it
        (["Utrecht", "Centraal"], "LOC"),  # no first name
        (["Peter"], "ORG"),  # one word: the rule needs a surname too
    ],
)
def test_places_companies_and_single_words_keep_their_label(words, label):
    doc = ner_rules(doc_with(["Bij", *words, "."], [(1, 1 + len(words), label)]))
    assert [(e.text, e.label_) for e in doc.ents] == [(" ".join(words), label)]


def test_people_already_labelled_and_other_entities_are_left_alone():
    doc = ner_rules(doc_with(["Mark", "Rutte", "en", "Frankrijk", "."], [(0, 2, "PER"), (3, 4, "LOC")]))
    assert [(e.text, e.label_) for e in doc.ents] == [("Mark Rutte", "PER"), ("Frankrijk", "LOC")]


def test_the_component_is_registered_and_runs_in_a_pipeline():
    nlp = spacy.blank("nl")
    nlp.add_pipe(NER_RULES)
    doc = nlp.make_doc("Volgens Annegret Kramp-Karrenbauer niet .")
    doc.ents = [Span(doc, 1, 3, label="ORG")]
    assert [(e.text, e.label_) for e in nlp.get_pipe(NER_RULES)(doc).ents] == [
        ("Annegret Kramp-Karrenbauer", "PER")]


def test_the_pipeline_runs_the_rule_right_after_the_ner(nlp):
    names = nlp.pipe_names
    assert names.index(NER_RULES) == names.index("ner") + 1


@pytest.mark.parametrize(
    "words,ent,expected",
    [
        (["Het", "Uitvoerend", "Comité", "van", "het", "IOC", "besliste"], (1, 5, "ORG"), ("Uitvoerend Comité", "ORG")),
        (["Na", "124", "Grote", "Prijzen", "vooraleer", "hij", "won"], (2, 5, "MISC"), ("Grote Prijzen", "MISC")),
        # a function word inside the name stays: "Commissie voor Monumenten"
        (["De", "Commissie", "voor", "Monumenten", "besliste"], (1, 4, "ORG"), ("Commissie voor Monumenten", "ORG")),
        # a lower-case noun at the end is no function word: "Buitenlandse zaken" keeps it
        (["Minister", "van", "Buitenlandse", "zaken", "zei"], (2, 4, "ORG"), ("Buitenlandse zaken", "ORG")),
        # a particle cannot end a name, and one word is no person's name: "Jan van" is "Jan", still MISC
        (["Bij", "Jan", "van", "."], (1, 3, "MISC"), ("Jan", "MISC")),
        # trimmed first, then read: "Diederik Samsom van" (LOC) is the person Diederik Samsom
        (["Volgens", "Diederik", "Samsom", "van", "de", "PvdA"], (1, 4, "LOC"), ("Diederik Samsom", "PER")),
    ],
)
def test_a_name_never_ends_in_a_function_word(words, ent, expected):
    doc = ner_rules(doc_with(words, [ent]))
    assert [(e.text, e.label_) for e in doc.ents] == [expected]


@pytest.mark.parametrize(
    "words,pos,ent,expected",
    [
        # a piece of a sentence the model took for a title is no entity at all
        (["Je", "zag", "ook", "in", "Utrecht", "."], ["PRON", "VERB", "ADV", "ADP", "PROPN", "PUNCT"], (0, 4, "MISC"),
         []),
        # one that ends in a name keeps the name
        (["Zo", "zei", "Moon", "gisteren", "."], ["ADV", "VERB", "PROPN", "ADV", "PUNCT"], (0, 3, "MISC"),
         [("Moon", "MISC")]),
        (["Algemeen", "Handelsblad", "wie", "Suze", "Groeneweg", "is"], ["ADJ", "NOUN", "PRON", "PROPN", "PROPN", "AUX"],
         (0, 5, "ORG"), [("Suze Groeneweg", "PER")]),
        # a verb inside a hyphenated name is no verb of a sentence
        (["Moon", "Jae-in", "sprak"], ["PROPN", "PROPN", "VERB"], (0, 2, "PER"), [("Moon Jae-in", "PER")]),
    ],
)
def test_a_piece_of_a_sentence_is_no_entity_but_a_name_ending_it_is(words, pos, ent, expected):
    doc = Doc(NLP.vocab, words=words, pos=pos)
    doc.ents = [Span(doc, *ent)]
    assert [(e.text, e.label_) for e in ner_rules(doc).ents] == expected


def test_a_common_noun_opening_a_sentence_is_no_name():
    # "Meisje" opens a sentence, and the text writes "meisje" in lower case too
    words = ["Een", "meisje", "belde", ".", "Meisje", "zei", "niets", "."]
    doc = ner_rules(doc_with(words, [(4, 5, "MISC")]))
    assert [e.text for e in doc.ents] == []


@pytest.mark.parametrize(
    "words,ents",
    [
        # "Bos" is also a name in the text: "Peter Bos" (a longer entity) ...
        (["Peter", "Bos", "wandelt", "in", "het", "bos", ".", "Bos", "zei", "niets", "."], [(0, 2, "PER"), (7, 8, "PER")]),
        # ... or capitalised inside a sentence
        (["Ik", "zag", "Bos", "in", "het", "bos", ".", "Bos", "zei", "niets", "."], [(7, 8, "PER")]),
        # no lower-case "meisje" anywhere: the model's call stands
        (["Meisje", "zei", "niets", "."], [(0, 1, "MISC")]),
        # not opening a sentence
        (["Een", "meisje", "belde", "met", "Meisje", "."], [(4, 5, "MISC")]),
    ],
)
def test_a_word_also_used_as_a_name_or_inside_a_sentence_stays(words, ents):
    doc = ner_rules(doc_with(words, ents))
    assert [(e.start, e.end, e.label_) for e in doc.ents] == ents


@pytest.mark.parametrize(
    "words,label,name",
    [
        (["Trainer", "Nard", "Kwast"], "PER", "Nard Kwast"),
        (["Oppositieleider", "Daviz", "Simango"], "MISC", "Daviz Simango"),
        (["Kamerlid", "De", "Groot"], "PER", "De Groot"),
        (["Premier", "Rutte"], "PER", "Rutte"),
        # no role: a body, a street, a company whose first word ends like a role, a first name
        (["Gedeputeerde", "Staten"], "ORG", "Gedeputeerde Staten"),
        (["Prinses", "Beatrixlaan"], "LOC", "Prinses Beatrixlaan"),
        (["Goldman", "Sachs"], "ORG", "Goldman Sachs"),
        (["Rob", "Jetten"], "PER", "Rob Jetten"),
    ],
)
def test_a_role_opening_a_sentence_is_no_part_of_the_name(words, label, name):
    doc = ner_rules(doc_with([*words, "zei", "niets", "."], [(0, len(words), label)]))
    assert [e.text for e in doc.ents] == [name]


@pytest.mark.parametrize(
    "words,ent,expected",
    [
        (["Waarom", "zou", "je", "?"], (0, 1, "LOC"), []),  # a function word alone
        (["Tijdens", "het", "debat", "."], (0, 1, "MISC"), []),
        (["OM", "eist", "straf", "."], (0, 1, "ORG"), ["OM"]),  # in capitals: a name
        (["Ben", "zei", "niets", "."], (0, 1, "PER"), ["Ben"]),  # a first name
        (["Onder", "Nederlanders", "is", "het", "populair", "."], (0, 2, "MISC"), ["Nederlanders"]),
        (["Over", "de", "Europese", "Unie", "zei", "hij", "niets", "."], (0, 4, "ORG"), ["Europese Unie"]),
        (["Door", "de", "crisis", "viel", "het", "stil", "."], (0, 3, "MISC"), []),  # no name left
        (["Sinds", "2012", "is", "het", "stil", "."], (0, 2, "MISC"), []),
        (["De", "Telegraaf", "meldt", "het", "."], (0, 2, "ORG"), ["De Telegraaf"]),  # an article may open a name
    ],
)
def test_function_words_alone_or_opening_the_sentence_are_no_names(words, ent, expected):
    doc = ner_rules(doc_with(words, [ent]))
    assert [e.text for e in doc.ents] == expected


@pytest.mark.parametrize(
    "words,label",
    [
        (["Israël"], "PER"),
        (["Iran"], "MISC"),
        (["Sierra", "Leone"], "PER"),
        (["Verenigde", "Staten"], "ORG"),
        (["Europa"], "PER"),  # continents too
        (["Birma"], "MISC"),  # CLDR's "Myanmar (Birma)": either name
    ],
)
def test_a_country_or_continent_is_a_place(words, label):
    doc = ner_rules(doc_with(["Volgens", *words, "niet", "."], [(1, 1 + len(words), label)]))
    assert [(e.text, e.label_) for e in doc.ents] == [(" ".join(words), "LOC")]


def test_a_country_the_ner_missed_is_added_unless_it_is_part_of_a_longer_name():
    words = ["Hij", "vloog", "van", "Saoedi-Arabië", "naar", "Verenigde", "Staten", "met", "Radio", "Nederland",
             "Wereldomroep", "en", "Jan", "."]
    doc = ner_rules(doc_with(words, [(12, 13, "PER")]))
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Saoedi-Arabië", "LOC"), ("Verenigde Staten", "LOC"), ("Jan", "PER")]


def test_names_that_only_contain_a_country_or_are_organisations_keep_their_label():
    words = ["De", "Europese", "Unie", "en", "Air", "France", "en", "de", "Verenigde", "Naties", "."]
    doc = ner_rules(doc_with(words, [(1, 3, "ORG"), (4, 6, "ORG"), (8, 10, "ORG")]))
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Europese Unie", "ORG"), ("Air France", "ORG"), ("Verenigde Naties", "ORG")]
