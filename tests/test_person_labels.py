"""The first-name rule after the NER (newsetl.nlp.person_labels), on spacy.blank("nl") docs."""

import pytest
import spacy
from spacy.tokens import Doc, Span

from newsetl.nlp.person_labels import PERSON_LABELS, person_labels

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
    doc = person_labels(doc_with(["Volgens", *words, "niet", "."], [(1, 1 + len(words), label)]))
    assert [(e.text, e.label_) for e in doc.ents] == [(" ".join(words), "PER")]


@pytest.mark.parametrize(
    "words,label",
    [
        (["Albert", "Heijn"], "ORG"),  # a company named like a person
        (["Jacob", "Jordaensstraat"], "LOC"),  # a street, a building, a stadium named after someone
        (["Pieter", "Baan", "Centrum"], "ORG"),
        (["Maxima", "MC"], "ORG"),  # an acronym in it
        (["Jan", "van"], "MISC"),  # a particle cannot end a name
        (["Utrecht", "Centraal"], "LOC"),  # no first name
        (["Peter"], "ORG"),  # one word: the rule needs a surname too
    ],
)
def test_places_companies_and_single_words_keep_their_label(words, label):
    doc = person_labels(doc_with(["Bij", *words, "."], [(1, 1 + len(words), label)]))
    assert [(e.text, e.label_) for e in doc.ents] == [(" ".join(words), label)]


def test_people_already_labelled_and_other_entities_are_left_alone():
    doc = person_labels(doc_with(["Mark", "Rutte", "en", "Frankrijk", "."], [(0, 2, "PER"), (3, 4, "LOC")]))
    assert [(e.text, e.label_) for e in doc.ents] == [("Mark Rutte", "PER"), ("Frankrijk", "LOC")]


def test_the_component_is_registered_and_runs_in_a_pipeline():
    nlp = spacy.blank("nl")
    nlp.add_pipe(PERSON_LABELS)
    doc = nlp.make_doc("Volgens Annegret Kramp-Karrenbauer niet .")
    doc.ents = [Span(doc, 1, 3, label="ORG")]
    assert [(e.text, e.label_) for e in nlp.get_pipe(PERSON_LABELS)(doc).ents] == [
        ("Annegret Kramp-Karrenbauer", "PER")]


def test_the_pipeline_runs_the_rule_right_after_the_ner(nlp):
    names = nlp.pipe_names
    assert names.index(PERSON_LABELS) == names.index("ner") + 1
