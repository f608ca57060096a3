from newsetl.entities import (
    body_named_by,
    canonical_entities,
    canonical_names,
    entity_id,
    normalize_name,
    person_name,
    resolve_speaker,
)


def test_short_mentions_take_the_fullest_name():
    mentions = [("Adil Abdul-Mahdi", "PER"), ("Mahdi", "PER"), ("Qassem Soleimani", "PER"), ("Soleimani", "PER"),
                ("Irak", "LOC")]
    assert canonical_names(mentions) == [
        "Adil Abdul-Mahdi", "Adil Abdul-Mahdi", "Qassem Soleimani", "Qassem Soleimani", "Irak"]


def test_surname_tagged_as_location_joins_the_person():
    assert canonical_entities([("Soleimani", "LOC"), ("Qassem Soleimani", "PER")]) == [
        ("Qassem Soleimani", "PER"), ("Qassem Soleimani", "PER")]


def test_organisations_do_not_absorb_other_labels():
    assert canonical_entities([("Rutte", "PER"), ("kabinet-Rutte", "ORG")]) == [("Rutte", "PER"), ("kabinet-Rutte", "ORG")]


def test_normalize_name_strips_possessive_and_article():
    assert normalize_name("Trump's") == "Trump"
    assert normalize_name("de  Verenigde Staten") == "Verenigde Staten"
    assert normalize_name("De Telegraaf") == "De Telegraaf" and normalize_name("The Guardian") == "The Guardian"


def test_words_glued_before_a_first_name_are_not_part_of_the_person():
    mentions = [("Defensieminister Annegret Kramp-Karrenbauer", "PER"), ("Kramp-Karrenbauer", "PER"),
                ("Washington Donald Trump", "PER"), ("Trump", "PER"), ("Jan Peter Balkenende", "PER")]
    assert canonical_names(mentions) == ["Annegret Kramp-Karrenbauer", "Annegret Kramp-Karrenbauer",
                                         "Donald Trump", "Donald Trump", "Jan Peter Balkenende"]


def test_entity_id_is_stable_and_label_sensitive():
    assert entity_id("Niels Blom", "PER") == entity_id("niels  blom", "PER")
    assert entity_id("Niels Blom", "PER") != entity_id("Niels Blom", "ORG")
    assert len(entity_id("Niels Blom", "PER")) == 16


def test_resolve_speaker_against_article_entities():
    names = [("Niels Blom", "PER"), ("Radboud Universiteit", "ORG")]
    assert resolve_speaker("Blom", names) == ("Niels Blom", entity_id("Niels Blom", "PER"))
    assert resolve_speaker("Niels  blom", names) == ("Niels Blom", entity_id("Niels Blom", "PER"))
    assert resolve_speaker("de militie", names) == ("de militie", None)
    assert resolve_speaker(None, names) == (None, None)


def test_an_unnamed_speaker_never_joins_a_tagged_noun():
    # "Meisje" opened a sentence and the NER tagged it; "een meisje" is nobody in the entities table
    names = [("Meisje", "MISC"), ("Deskundigen", "MISC"), ("AIVD", "ORG")]
    assert resolve_speaker("een meisje", names) == ("een meisje", None)
    assert resolve_speaker("deskundigen", names) == ("deskundigen", None)
    assert resolve_speaker("de AIVD", names) == ("AIVD", entity_id("AIVD", "ORG"))


def test_places_are_not_resolved_by_their_tail():
    assert canonical_names([("Irak", "LOC"), ("Noord-Irak", "LOC"), ("Iraanse", "MISC"), ("pro-Iraanse", "MISC")]) == [
        "Irak", "Noord-Irak", "Iraanse", "pro-Iraanse"]


def test_speaker_phrase_containing_a_person_joins_that_person():
    names = [("Jesse Klaver", "PER"), ("GroenLinks", "ORG"), ("Rutte", "PER")]
    assert resolve_speaker("Jesse Klaver van GroenLinks", names) == ("Jesse Klaver", entity_id("Jesse Klaver", "PER"))
    assert resolve_speaker("Mark Rutte", names) == ("Mark Rutte", entity_id("Rutte", "PER"))


def test_a_bare_first_name_joins_the_one_person_with_that_first_name():
    mentions = [("Ruben van Erp", "PER"), ("Ruben", "PER"), ("Ruben", "MISC")]
    assert canonical_names(mentions) == ["Ruben van Erp"] * 3
    # two people share the first name: it stays as written; a word that is no first name is never widened
    mentions = [("Boris Johnson", "PER"), ("Boris Becker", "PER"), ("Boris", "PER"), ("Nederland", "LOC"),
                ("Nederland Zingt", "PER")]
    assert canonical_names(mentions) == ["Boris Johnson", "Boris Becker", "Boris", "Nederland", "Nederland Zingt"]


def test_a_word_that_opens_one_full_name_and_ends_none_joins_it():
    # "Kim" is no first name the list knows (it is used for both genders), but it opens "Kim Jong-un"
    assert canonical_names([("Kim Jong-un", "PER"), ("Kim", "PER"), ("Moon Jae-in", "PER"), ("Moon", "PER")]) == [
        "Kim Jong-un", "Kim Jong-un", "Moon Jae-in", "Moon Jae-in"]
    # a surname of someone else stays as it is: "Jansen" ends "Piet Jansen" and opens "Jansen Boekhouding"
    assert canonical_names([("Piet Jansen", "PER"), ("Jansen Boekhouding", "PER"), ("Jansen", "PER")])[2] == "Piet Jansen"


def test_a_word_opening_one_organisation_name_stands_for_it():
    mentions = [("Unie van Waterschappen", "ORG"), ("Unie", "ORG"), ("Koolmees van Sociale Zaken", "ORG"),
                ("Koolmees", "ORG")]
    # only words that open organisation names ("Unie", "Forum", "Raad") do; "Koolmees" is a minister
    assert canonical_names(mentions) == ["Unie van Waterschappen", "Unie van Waterschappen",
                                         "Koolmees van Sociale Zaken", "Koolmees"]
    two = [("Raad van State", "ORG"), ("Raad van Europa", "ORG"), ("Raad", "ORG")]
    assert canonical_names(two)[-1] == "Raad"  # which council is unclear


def test_a_surname_misspelt_by_one_letter_joins_the_one_full_name_it_is_near():
    mentions = [("Carlos Pereira", "PER"), ("Pereiro", "PER"), ("Erdogans", "MISC"), ("Recep Tayyip Erdogan", "PER")]
    assert canonical_names(mentions) == ["Carlos Pereira", "Carlos Pereira", "Recep Tayyip Erdogan",
                                         "Recep Tayyip Erdogan"]
    two = [("Piet Jansen", "PER"), ("Kees Janssens", "PER"), ("Janssen", "PER")]
    assert canonical_names(two)[-1] == "Janssen"  # near two people: left alone


def test_a_known_first_name_tagged_as_a_place_is_the_person_named_in_full():
    mentions = [("Beatrijs Ritsema", "PER"), ("Beatrijs", "LOC"), ("AD", "ORG"), ("Ad Melkert", "PER")]
    assert canonical_names(mentions) == ["Beatrijs Ritsema", "Beatrijs Ritsema", "AD", "Ad Melkert"]


def test_a_person_tagged_with_the_body_they_speak_for_is_the_person():
    mentions = [("Margriet Schreuders", "PER"), ("Vriendenloterij", "ORG"),
                ("Schreuders van de Vriendenloterij", "PER"), ("Jan van Dijk", "PER")]
    assert canonical_names(mentions) == ["Margriet Schreuders", "Vriendenloterij", "Margriet Schreuders",
                                         "Jan van Dijk"]
    # without the person named in full, the phrase stays as the NER found it
    assert canonical_names([("Huyskens van de Bovag", "PER")]) == ["Huyskens van de Bovag"]
    # ... unless the article names the person by the surname alone too
    assert canonical_names([("Slob van Onderwijs", "PER"), ("Slob", "PER")]) == ["Slob", "Slob"]


def test_an_organisations_first_word_stands_for_the_name_it_was_introduced_with():
    mentions = [("Kalitta Air", "MISC"), ("Jetblue", "ORG"), ("Kalitta", "ORG"), ("Kalitta", "LOC")]
    assert canonical_names(mentions) == ["Kalitta Air", "Jetblue", "Kalitta Air", "Kalitta Air"]
    # introduced as "Rai Vereniging": a later "Rai Congres" is something else, and "Rai" stays itself
    mentions = [("Rai", "ORG"), ("Rai Vereniging", "ORG"), ("Rai Congres", "MISC")]
    assert canonical_names(mentions)[0] == "Rai"


def test_an_unknown_first_name_tagged_as_a_place_is_the_person_named_before():
    mentions = [("Gerarde Koks", "PER"), ("Markt", "LOC"), ("Gerarde", "LOC")]
    assert canonical_names(mentions) == ["Gerarde Koks", "Markt", "Gerarde Koks"]
    # not before the person is named, and not a word that opens the name of a body
    assert canonical_names([("Gerarde", "LOC"), ("Gerarde Koks", "PER")])[0] == "Gerarde"
    assert canonical_names([("Rai Vereniging", "ORG"), ("Rai Mobiliteitsdiner", "PER"), ("Rai", "LOC")])[2] == "Rai"


def test_a_nickname_adjective_stays_with_the_first_name():
    # "Schele Joop", "Lange Frans": no word glued before a name, as "Defensieminister Annegret …" is
    assert person_name("Schele Joop") == "Schele Joop"
    assert person_name("Defensieminister Annegret Kramp-Karrenbauer") == "Annegret Kramp-Karrenbauer"


def test_a_body_the_ner_ran_into_a_persons_name_is_cut_off():
    # "zette invaller Tim Matavz Vitesse op voorsprong": the club is named on its own too, and the article calls
    # him "Matavz"; "Recep Tayyip Erdogan" keeps its last word although the NER also tags "Erdogan" as a place
    mentions = [("Tim Matavz Vitesse", "PER"), ("Vitesse", "MISC"), ("Matavz", "PER")]
    assert canonical_names(mentions) == ["Tim Matavz", "Vitesse", "Tim Matavz"]
    mentions = [("Recep Tayyip Erdogan", "PER"), ("Erdogan", "LOC"), ("Erdogan", "PER")]
    assert canonical_names(mentions) == ["Recep Tayyip Erdogan"] * 3


def test_a_first_name_after_a_particle_is_part_of_the_family_name():
    # "Riet" is a first name too, but in "Jurrie ter Riet" it follows "ter"
    assert person_name("Jurrie ter Riet") == "Jurrie ter Riet"
    assert canonical_names([("Jurrie ter Riet", "PER"), ("Ter Riet", "MISC")]) == ["Jurrie ter Riet"] * 2


def test_a_name_written_twice_in_a_row_is_one_name():
    # a byline glued to the text: "Lola Shoneyin Lola Shoneyin"
    assert canonical_names([("Lola Shoneyin Lola Shoneyin", "PER"), ("Shoneyin", "PER")]) == ["Lola Shoneyin"] * 2


def test_a_first_name_that_ends_a_name_is_the_family_name():
    # "Damian" is a first name, but in "Alexandru Damian" it is the family name: nothing is glued before it
    assert person_name("Alexandru Damian") == "Alexandru Damian"
    assert person_name("Washington Donald Trump") == "Donald Trump"


def test_a_surname_joins_the_full_name_that_opens_with_a_first_name_over_a_longer_one():
    # the NER called the company "Ten Brinke Slot" and the party "Blauw en Wit van Gantz" people too
    mentions = [("Ten Brinke Slot", "PER"), ("Erwin Slot", "PER"), ("Slot", "PER"), ("Wit van Gantz", "PER"),
                ("Benny Gantz", "PER"), ("Gantz", "PER")]
    assert canonical_names(mentions) == [
        "Ten Brinke Slot", "Erwin Slot", "Erwin Slot", "Wit van Gantz", "Benny Gantz", "Benny Gantz"]
    assert resolve_speaker("Slot", [("Ten Brinke Slot", "PER"), ("Erwin Slot", "PER")])[0] == "Erwin Slot"


def test_a_word_that_ends_one_body_name_stands_for_it():
    # "de Kamer" after "de Tweede Kamer" is the same body; with both chambers named it stays ambiguous
    assert canonical_names([("Tweede Kamer", "ORG"), ("Kamer", "ORG")]) == ["Tweede Kamer", "Tweede Kamer"]
    assert canonical_names([("Tweede Kamer", "ORG"), ("Eerste Kamer", "ORG"), ("Kamer", "ORG")])[2] == "Kamer"
    # a name with a lower-case word or a heading in capitals is no fuller name of a body
    assert body_named_by("Parool", ["Parool van donderdag"]) is None
    assert body_named_by("Vereniging", ["REACTIE VERENIGING Vereniging Innovatieve"]) is None
    assert body_named_by("Hof", ["Europees Hof van Justitie"]) == "Europees Hof van Justitie"


def _tables(mentions, quoted):
    """Tiny entities and quotes tables of one article: mentions as (text, label, canonical name), quotes as
    (speaker, speaker_mention)."""
    from newsetl.assets.common import Lineage, to_table
    from newsetl.schemas import ENTITIES, QUOTES

    lineage = Lineage("run-1", "0.1.0", None, None)
    entities = to_table(ENTITIES, [
        {"article_id": "a1", "mention_idx": i, "text": text, "char_start": 10 * i, "char_end": 10 * i + len(text),
         "label": label, "sentence_idx": i, "paragraph_idx": 0, "canonical_name": name,
         "entity_id": entity_id(name, label)}
        for i, (text, label, name) in enumerate(mentions)], lineage)
    quotes = to_table(QUOTES, [
        {"article_id": "a1", "quote_idx": i, "text": "Het is voorbij.", "char_start": 100 + 20 * i,
         "char_end": 115 + 20 * i, "quote_type": "direct", "cue": "zei", "speaker": speaker,
         "speaker_mention": mention, "speaker_entity_id": None, "sentence_idx": 5 + i, "paragraph_idx": 1}
        for i, (speaker, mention) in enumerate(quoted)], lineage)
    return entities, quotes


def test_quoted_as_person_by_pronoun_or_role():
    from newsetl.assets.entities import quoted_as_person

    assert quoted_as_person("Daviz Simango", "hij")
    assert quoted_as_person("Daviz Simango", "oppositieleider Daviz Simango")
    assert quoted_as_person("Joop Hox", "Statisticus Joop")
    assert not quoted_as_person("Defensie", "woordvoerder Defensie")  # a spokesperson speaks for a body
    assert not quoted_as_person("Shell", "Shell")  # a name alone says nothing
    assert not quoted_as_person("de militie", "ze")  # unnamed: nothing to label
    assert not quoted_as_person("Daviz Simango", None)


def test_entities_quoted_as_people_become_per_before_speakers_are_linked():
    from newsetl.assets.entities import label_quoted_people
    from newsetl.assets.quotes import link_speakers

    # the NER never saw "Daviz": LOC in full, ORG as a bare surname; the quote resolver took "hij" for him
    entities, quotes = _tables(
        [("Daviz Simango", "LOC", "Daviz Simango"), ("Simango", "ORG", "Daviz Simango"), ("Beira", "LOC", "Beira"),
         ("KLM", "ORG", "KLM")],
        [("Daviz Simango", "hij"), ("KLM", "KLM")])
    labelled = label_quoted_people(entities, quotes)
    assert labelled.column("label").to_pylist() == ["PER", "PER", "LOC", "ORG"]
    simango = entity_id("Daviz Simango", "PER")
    assert labelled.column("entity_id").to_pylist()[:2] == [simango, simango]
    assert labelled.column("entity_id").to_pylist()[2:] == entities.column("entity_id").to_pylist()[2:]
    assert labelled.schema == entities.schema
    linked = link_speakers(quotes, labelled)
    assert linked.column("speaker_entity_id").to_pylist() == [simango, entity_id("KLM", "ORG")]
    # no quote says so: the table comes back as it was
    assert label_quoted_people(entities, quotes.slice(1)).equals(entities)


def test_a_surname_with_the_body_it_speaks_for_resolves_to_the_surname_tagged_anything():
    # "Minister Koolmees van Sociale Zaken" lost its role to the entity rules; the bare "Koolmees" came out MISC
    assert canonical_names([("Koolmees", "MISC"), ("Koolmees van Sociale Zaken", "PER")]) == ["Koolmees"] * 2


def test_a_first_name_with_two_full_names_of_one_surname_is_one_person():
    # maiden and married name: the bare first name takes the fullest; two surnames stay apart
    mentions = [("Yvonne Verheul", "PER"), ("Yvonne van de Bij-Verheul", "PER"), ("Yvonne", "PER")]
    assert canonical_names(mentions)[2] == "Yvonne van de Bij-Verheul"
    assert canonical_names([("Boris Johnson", "PER"), ("Boris Becker", "PER"), ("Boris", "PER")])[2] == "Boris"


def test_a_body_run_into_the_front_of_a_name_is_cut_off():
    # "verwijt Milieudefensie Shell tijd te rekken": two bodies the NER ran together and called a person
    assert canonical_names([("Milieudefensie", "ORG"), ("Milieudefensie Shell", "PER"), ("Shell", "PER")]) == [
        "Milieudefensie", "Shell", "Shell"]
    # "Ethnos Maria Kapopoulos van het dagblad Ethnos": the paper before a first name
    assert canonical_names([("Ethnos Maria Kapopoulos", "PER"), ("Ethnos", "ORG")])[0] == "Maria Kapopoulos"
    # a first name the list lacks, tagged LOC on its own, stays the person's
    assert canonical_names([("Gerarde Koks", "PER"), ("Gerarde", "LOC")]) == ["Gerarde Koks", "Gerarde Koks"]


def test_parties_as_written_are_organisations_in_the_table():
    import spacy
    from spacy.tokens import Span

    from newsetl.assets.common import Lineage, ParsedArticle
    from newsetl.assets.entities import build, table_label
    from newsetl.ingest.records import RawArticle

    # the NER took the party for a person; the entities table gives it and its id the ORG label
    text = "Volgens D66 niet ."
    doc = spacy.blank("nl")(text)
    for token in doc:
        token.is_sent_start = token.i == 0
    doc.ents = [Span(doc, 1, 2, label="PER")]
    article = RawArticle("a1", "1", "in.txt", "txt", "", "0" * 64, None, text, None, {})
    table = build([ParsedArticle(article, doc)], Lineage("run-1", "0.1.0", None, None))
    assert table.column("label").to_pylist() == ["ORG"]
    assert table.column("entity_id").to_pylist() == [entity_id("D66", "ORG")]
    assert table_label("Forum voor Democratie", "PER") == "ORG"
    assert table_label("Forum", "PER", frozenset({"Forum voor Democratie"})) == "ORG"
    assert table_label("Forum", "PER") == "PER"  # no party named in full: the model's call stands
    assert table_label("D66", "PER") == "ORG"
    assert table_label("PvdA", "MISC") == "ORG"
    assert table_label("Denk", "MISC") == "MISC"  # the verb opening a sentence, not the party "DENK"
    assert table_label("Jesse Klaver", "PER") == "PER"
