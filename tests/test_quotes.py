"""The quote extractor: typing, attribution and speaker resolution.

Unit tests run on `spacy.blank("nl")` docs (the token-pattern fallback must work without a parse);
the bundled-model tests check the same behaviour on parsed docs, including the sample article's
eight quotations. The dev-set test needs ../shared and skips without it.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
import spacy

from newsetl.nlp.quotes import FACTORY, Quote, extract_quotes

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures" / "quotes"
SAMPLE = REPO / "samples" / "000_91b7de1fc477113f.txt"
MODEL_DIR = REPO / "models" / "nl_newsetl"
SHARED = REPO.parent / "shared"

BLANK = spacy.blank("nl")


def fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def blank(text: str) -> list[Quote]:
    return extract_quotes(BLANK(text))


def rows(quotes: list[Quote]) -> list[tuple[str, str, str | None]]:
    return [(q.quote_type, q.text, q.speaker) for q in quotes]


@pytest.fixture(scope="module")
def parsed():
    """text -> Doc with the bundled model, as the pipeline parses (model loaded once)."""
    if not (MODEL_DIR / "config.cfg").exists():
        pytest.skip("the bundled model models/nl_newsetl is missing: run `newsetl model train`")
    from newsetl.nlp.pipeline import parse

    return lambda text: parse([text])[0]


# --- invariants -------------------------------------------------------------------------------------


def check_offsets(text: str, quotes: list[Quote]) -> None:
    for q in quotes:
        assert text[q.char_start : q.char_end] == q.text
        assert q.text == q.text.strip() and q.text
        assert text[q.char_start - 1] in "'\"“”„‘’‚«»,\n" or q.quote_type == "indirect"
        if q.speaker_mention is not None:
            assert text[q.speaker_start : q.speaker_end] == q.speaker_mention
        else:
            assert q.speaker_start is None and q.speaker_end is None


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.txt")))
def test_offsets_point_into_the_text(name):
    text = fixture(name)
    check_offsets(text, extract_quotes(BLANK(text), indirect=True))


def test_quote_is_a_frozen_dataclass():
    (q,) = blank("“Dit is klaar”, zegt Jan Smit.")
    with pytest.raises(dataclasses.FrozenInstanceError):
        q.text = "x"  # type: ignore[misc]
    assert [f.name for f in dataclasses.fields(Quote)] == [
        "text", "char_start", "char_end", "quote_type", "cue", "speaker", "speaker_mention", "speaker_start",
        "speaker_end",
    ]


@pytest.mark.parametrize(
    "text",
    ["", "   ", "'", "“”", "'''''", ",,", "„„„ “ ” ’’ ‘", "Zo'n 'auto's' 's avonds '", "\n\n“\n\n“\n\n", "a" * 5000 + " '"],
)
def test_odd_input_never_crashes(text):
    quotes = extract_quotes(BLANK(text), indirect=True)
    check_offsets(text, quotes)


# --- marks and types ------------------------------------------------------------------------------


def test_all_mark_types_and_apostrophes():
    assert rows(blank(fixture("marks.txt"))) == [
        ("direct", "Dit is een feestdag voor de hele stad", "Anna de Vries"),
        ("direct", "Eindelijk kunnen de kinderen hier weer zwemmen", "Pieter Bakker"),
        ("direct", "Het heeft veel te lang geduurd", "Karin Smit"),
        ("direct", "We hebben er zin in.", "een badmeester"),
        ("partial", "een nieuw begin", "een persbericht"),
        ("direct", "Het was 't mooiste feest ooit", "Jan Peters"),
    ]


def test_paragraph_continuation_and_unbalanced_marks():
    text = fixture("continuation.txt")
    quotes = blank(text)
    assert rows(quotes) == [
        (
            "direct",
            ("Ik heb veel gezien in Den Haag. Het was een mooie tijd.\n\n“Maar ik ben blij dat ik nu meer tijd heb "
             "voor mijn kleinkinderen"),
            "Karel van Dam",
        ),
        # unclosed: stops at the end of its paragraph, the next paragraph is not swallowed
        ("direct", "Niemand gaat hier naar huis voordat alles is besproken.", None),
    ]
    # the stray ' of "een 'groot verlies" opens nothing
    assert not any("partijgenoot" in q.text or "verlies" in q.text for q in quotes)


def test_partial_quotes_need_a_speaker_and_scare_quotes_and_titles_are_dropped():
    assert rows(blank(fixture("partial.txt"))) == [
        ("partial", "deze roekeloze en gevaarlijke aanvallen", "Boris Johnson"),
        ("partial", "spiraal", "Annegret Kramp-Karrenbauer"),
        ("partial", "absurd", "Hugo de Jonge"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Het gezin ging naar de 'Efteling' en at pannenkoeken.",
        "De film 'De Gelukkige Huisvrouw' draait deze week.",
        "Ze keken naar 'Zondag met Lubach' op televisie.",
        "Hij vond het een 'leuke' dag.",
        "Duizenden mensen liepen mee in de 'Mars van twintig miljoen' door de hoofdstad.",
        "Ze lazen in de klas uit 'Achttien geboden voor de vreedzame en beschaafde demonstrant' van Labter.",
        "Normen over wie het meeste geld 'hoort' te verdienen, concludeert Blom.",
    ],
)
def test_scare_quotes_and_titles_are_not_quotes(text):
    assert blank(text) == []


@pytest.mark.parametrize(
    "text",
    [
        'Het kostte veel geld. "Het was een doodlopende straat," zei Wiebes daar later over.',
        "Het kostte veel geld. ,,Het was een doodlopende straat,'' zei Wiebes daar later over.",
        "Het kostte veel geld. ‘Het was een doodlopende straat’ zei Wiebes daar later over.",
    ],
)
def test_comma_inside_the_marks_or_no_comma_is_still_direct(text):
    assert rows(blank(text)) == [("direct", text[text.index("Het was") : text.index("straat") + 6]
                                  + ("," if "straat," in text else ""), "Wiebes")]


def test_a_quoted_subheading_is_not_a_quote():
    text = "Het kabinet zit vast.\n\n“We gaan door”\n\n“We gaan door”, zegt Mark Rutte. Hij lacht."
    assert rows(blank(text)) == [("direct", "We gaan door", "Mark Rutte")]


def test_direct_quote_after_colon_and_with_terminal_punctuation():
    quotes = blank("De minister was duidelijk. Jan Smit zei: 'Dit gaat niet door.'")
    assert rows(quotes) == [("direct", "Dit gaat niet door.", "Jan Smit")]
    assert quotes[0].cue == "zei"


# --- attribution ------------------------------------------------------------------------------------


ATTRIBUTION = [
    ("direct", "Stellen met een traditionele rolverdeling zijn het meest tevreden", "concludeert", "Niels Blom", "Blom"),
    ("direct", "Dat had ik niet verwacht.", None, "Niels Blom", None),  # follow-on quote
    ("direct", "Als de vrouw meer gaat verdienen, daalt de tevredenheid", "zegt", "Niels Blom", "de socioloog"),
    ("direct", "maar dat effect is klein.", "zegt", "Niels Blom", "de socioloog"),  # interrupted quote
    ("direct", "Dit onderzoek bevestigt wat we al lang vermoedden.", "reageert", "Maria Jansen", "Hoogleraar Maria Jansen"),
    ("direct", "Het is een belangrijk proefschrift.", None, "Maria Jansen", "Jansen"),  # "Jansen: '…'"
    ("direct", "We moeten hier verder naar kijken", "vertelt", "de burgemeester van Nijmegen", "de burgemeester van Nijmegen"),
    ("direct", "Het is een mooi resultaat", "zegt", "Maria Jansen", "Jansen"),  # "zo zegt"
    ("direct", "De cijfers liegen niet.", "zegt", "Niels Blom", "Blom"),  # "'…' Dat zegt Blom."
    ("direct", "Ik ben erg trots op het werk", "voegde toe", "Niels Blom", "hij"),  # separable verb, pronoun
]


def attribution_rows(quotes: list[Quote]) -> list[tuple]:
    return [(q.quote_type, q.text, q.cue, q.speaker, q.speaker_mention) for q in quotes]


def test_attribution_patterns_without_a_parse():
    assert attribution_rows(blank(fixture("attribution.txt"))) == ATTRIBUTION


def test_unnamed_speakers_keep_their_noun_phrase():
    assert [(q.speaker, q.cue) for q in blank(fixture("unnamed.txt"))] == [
        ("een commandant van de groepering", "aldus"),
        ("de politie", "aldus"),
    ]


@pytest.mark.parametrize("after, speaker", [
    ("jubelt een FvD'er in de zaal.", "een FvD'er in de zaal"),
    ("zegt een bewoner uit Zwolle.", "een bewoner uit Zwolle"),
    ("zegt een agent in een verklaring.", "een agent"),  # a medium, not where the speaker is
    ("zegt de agent in de zaal.", "de agent"),  # only an unnamed (indefinite) speaker is placed
])
def test_an_unnamed_speaker_keeps_the_place_that_identifies_it(after, speaker):
    (q,) = blank(f"“Nu de rest van Nederland nog”, {after}")
    assert q.speaker == speaker


def test_speaker_phrase_at_sentence_start_gets_a_lowercase_article():
    (q,) = blank("Het bleef onrustig. De militie liet weten: “We gaan door.”")
    assert (q.speaker, q.speaker_mention, q.cue) == ("de militie", "De militie", "liet weten")


def test_subject_before_the_verb_and_role_noun_resolution():
    text = (
        "De Iraakse premier Adil Abdul-Mahdi sprak het parlement toe. "
        "“Wij willen geen oorlog”, zei de premier. “Irak blijft neutraal”, aldus Mahdi."
    )
    assert [(q.text, q.speaker) for q in blank(text)] == [
        ("Wij willen geen oorlog", "Adil Abdul-Mahdi"),
        ("Irak blijft neutraal", "Adil Abdul-Mahdi"),
    ]


def test_indirect_speech_is_opt_in():
    text = fixture("indirect.txt")
    assert blank(text) == []
    quotes = extract_quotes(BLANK(text), indirect=True)
    assert [(q.quote_type, q.text, q.cue, q.speaker) for q in quotes] == [
        ("indirect", "het kabinet volgende week met nieuwe maatregelen komt", "zegt", "Hugo de Jonge"),
        ("indirect", "is de situatie in de ziekenhuizen zorgelijk", "Volgens", "Hugo de Jonge"),
        ("indirect", "Het kabinet heeft veel te laat ingegrepen", "zegt", "Jesse Klaver"),
    ]


# --- the spaCy component -------------------------------------------------------------------------


def test_component_sets_doc_extension_and_is_configurable():
    nlp = spacy.blank("nl")
    nlp.add_pipe(FACTORY)
    assert nlp.get_pipe_meta(FACTORY).default_config == {"indirect": False}
    doc = nlp(fixture("indirect.txt") + " “Dat klopt”, zegt Klaver.")
    assert [(q.quote_type, q.speaker) for q in doc._.quotes] == [("direct", "Jesse Klaver")]
    nlp2 = spacy.blank("nl")
    nlp2.add_pipe(FACTORY, config={"indirect": True})
    assert {q.quote_type for q in nlp2(fixture("indirect.txt"))._.quotes} == {"indirect"}


# --- with the bundled model ----------------------------------------------------------------------


SAMPLE_QUOTES = [
    ("direct", "Onze vergelding zal niet minder zijn dan die van Iran. Dat is een belofte", "een commandant van de groepering"),
    ("direct", "We starten gezamenlijk een oorlog tegen de Amerikaanse aanwezigheid in onze regio", "de militie"),
    (
        "direct",
        "De regio Koerdistan steunt de-escalatie en stuurt aan op een dialoog en een diplomatieke oplossing voor de situatie.",
        "Lokale leiders",
    ),
    (
        "direct",
        ("We kregen een officiële verbale boodschap van Iran dat de Iraanse reactie op de liquidatie van Qassem "
         "Soleimani was begonnen of snel van start zou gaan"),
        "Adil Abdul-Mahdi",
    ),
    (
        "direct",
        ("En dat de aanval beperkt zou zijn tot plaatsen waar het Amerikaanse leger zich bevindt in Irak, zonder "
         "specifiek te benoemen om welke locaties het ging."),
        "Adil Abdul-Mahdi",
    ),
    ("partial", "deze roekeloze en gevaarlijke aanvallen", "Boris Johnson"),
    ("partial", "spiraal", "Annegret Kramp-Karrenbauer"),
    ("direct", "Frankrijk zal daaraan blijven werken en is in contact met alle partijen", "Jean-Yves Le Drian"),
]


def test_sample_article_eight_quotes_with_model(parsed):
    text = SAMPLE.read_text(encoding="utf-8")
    quotes = extract_quotes(parsed(text))
    assert rows(quotes) == SAMPLE_QUOTES
    check_offsets(text, quotes)
    by_text = {q.text[:10]: q for q in quotes}
    assert by_text["Onze vergel"[:10]].cue == "aldus"
    assert by_text["We kregen "].speaker_mention == "een verklaring van het kantoor van Mahdi"
    assert (by_text["Frankrijk "].cue, by_text["Frankrijk "].speaker_mention) == ("voegde toe", "hij")


def test_sample_article_without_a_parse_gives_the_same_quotes():
    assert rows(blank(SAMPLE.read_text(encoding="utf-8"))) == SAMPLE_QUOTES


def test_sample_article_indirect_with_model(parsed):
    quotes = extract_quotes(parsed(SAMPLE.read_text(encoding="utf-8")), indirect=True)
    indirect = [(q.text, q.speaker) for q in quotes if q.quote_type == "indirect"]
    assert ("de-escalatie van de spanningen nu van het allergrootste belang is", "Jean-Yves Le Drian") in indirect
    assert len([q for q in quotes if q.quote_type != "indirect"]) == 8


def test_attribution_patterns_with_model(parsed):
    quotes = extract_quotes(parsed(fixture("attribution.txt")))
    assert [(q.text, q.speaker) for q in quotes] == [(r[1], r[3]) for r in ATTRIBUTION]


@pytest.mark.parametrize("name", ["marks.txt", "partial.txt", "unnamed.txt", "continuation.txt"])
def test_fixtures_with_model_match_the_fallback(parsed, name):
    text = fixture(name)
    assert rows(extract_quotes(parsed(text))) == rows(blank(text))


# --- dev set (../shared only) ---------------------------------------------------------------------


@pytest.mark.shared
def test_devset_floor(parsed):
    from newsetl.nlp.quotes_eval import DEFAULT_DEVSET, DPG_ARTICLES, evaluate_devset

    if not (SHARED / DPG_ARTICLES).exists() or not DEFAULT_DEVSET.exists():
        pytest.skip(f"needs {SHARED / DPG_ARTICLES} and the dev set")
    report = evaluate_devset(DEFAULT_DEVSET, SHARED)
    scores = report["direct+partial"]["all"]
    assert scores["f1"] >= 0.85, scores
    assert scores["speaker_accuracy_lenient"] >= 0.55, scores


# --- speaker resolution rules (newsetl.nlp.speakers) ------------------------------------------------
#
# Rules that need NER or a parse run on blank-tokenised docs with hand-set annotations, so they test the
# rule and not the (changing) bundled model.


def with_ents(text: str, ents: list[tuple[str, str]]) -> spacy.tokens.Doc:
    """A blank doc with the given (surface, label) entities (first occurrence of each surface)."""
    doc = BLANK(text)
    spans = []
    for surface, label in ents:
        k = text.index(surface)
        spans.append(doc.char_span(k, k + len(surface), label=label))
    doc.ents = spans
    return doc


def with_parse(text: str, arcs: dict[int, tuple[str, int]], morph: dict[int, str] | None = None,
               pos: list[str] | None = None, ents: list[tuple[int, int, str]] = ()) -> spacy.tokens.Doc:
    """A blank-tokenised doc with a partial dependency parse: `arcs` maps token -> (dep, head); every
    other token is its own root. Optional morphology per token, POS for all tokens, token-span entities."""
    from spacy.tokens import Doc, Span

    toks = BLANK(text)
    n = len(toks)
    heads = [arcs[i][1] if i in arcs else i for i in range(n)]
    deps = [arcs[i][0] if i in arcs else "ROOT" for i in range(n)]
    doc = Doc(BLANK.vocab, words=[t.text for t in toks], spaces=[bool(t.whitespace_) for t in toks],
              heads=heads, deps=deps, pos=pos, morphs=[(morph or {}).get(i, "") for i in range(n)])
    doc.ents = [Span(doc, a, b, label=lab) for a, b, lab in ents]
    assert doc.text == text
    return doc


def speakers(doc) -> list[str | None]:
    return [q.speaker for q in extract_quotes(doc)]


def test_a_word_glued_before_a_first_name_is_no_part_of_the_name():
    assert speakers(BLANK(
        "Exploitant George ten Brummelhuis zei in januari al haar advies op te volgen. "
        "“Marijke mag ook een gedicht plaatsen.”"
    )) == ["George ten Brummelhuis"]
    assert speakers(BLANK(
        "In Washington Donald Trump zei dat hij Brazilië wil helpen. “Dat zou zeer goed zijn voor onze landen.”"
    )) == ["Donald Trump"]
    assert speakers(BLANK("Ook Tweede Kamerlid Theo Hiddema sprak zich uit: “Ik zie tekeningen van Baudet.”")) \
        == ["Theo Hiddema"]


def test_pronoun_skips_a_person_of_the_other_gender():
    text = "Marijke Agterbosch opende gisteren de kiosk. Peter de Vries keek toe. “Het is prachtig”, zei {}."
    assert speakers(BLANK(text.format("ze"))) == ["Marijke Agterbosch"]
    assert speakers(BLANK(text.format("hij"))) == ["Peter de Vries"]


def test_a_name_in_parentheses_is_never_the_speaker():
    doc = with_ents(
        "James Bloodworth schrijft in Foreign Policy over de hel. “Het is daar erg.” "
        "In cirkel 1 (Limbo) zitten de kiezers. “Ze blijven daar tot maart.”",
        [("James Bloodworth", "PER"), ("Limbo", "PER")],
    )
    assert speakers(doc) == ["James Bloodworth", "James Bloodworth"]


def test_an_all_caps_heading_is_not_a_person():
    doc = with_ents("ANDER NIEUWS Het weer wordt beter. “Morgen schijnt de zon.”", [("ANDER NIEUWS", "PER")])
    assert speakers(doc) == [None]


def test_role_word_before_a_surname_and_first_name_make_a_person():
    # the NER calls both mentions MISC; "Kees" and "vismijndirecteur" make them the person Kees Lokerse
    doc = with_ents(
        "De vismijn wordt verkocht. “Het blijft een veiling”, aldus vismijndirecteur Lokerse. "
        "Kees Lokerse leidt de vismijn al jaren.",
        [("Lokerse", "MISC"), ("Kees Lokerse", "MISC")],
    )
    assert speakers(doc) == ["Kees Lokerse"]


def test_de_krant_is_the_newspaper_quoted_before():
    doc = with_ents(
        "Het is volgens The New York Times onwaarschijnlijk dat het verdrag blijft. En dan is het volgens de "
        "krant aan het Congres: ‘De belofte om miljarden te besteden was onderdeel van de deal.’",
        [("The New York Times", "ORG"), ("Congres", "ORG")],
    )
    assert speakers(doc) == ["The New York Times"]
    # "deze krant" is the paper the article appears in, never the one quoted before
    doc = with_ents(
        "Het is volgens The New York Times onwaarschijnlijk dat het verdrag blijft. ‘De belofte om miljarden te "
        "besteden was onderdeel van de deal’, schreef deze krant eind 2015.",
        [("The New York Times", "ORG")],
    )
    assert speakers(doc) == ["deze krant"]


def test_inverted_subject_after_the_cue():
    assert speakers(BLANK("Vol vuur vertelde Klaus Ross over zijn kliniek: “Dat was een mooi moment.”")) \
        == ["Klaus Ross"]


def test_volgens_at_sentence_start_governs_a_partial_quote():
    assert speakers(BLANK("Volgens bronnen sprak de kapitein van het schip 'gebrekkig Duits' via de marifoon.")) \
        == ["bronnen"]


def test_focus_words_and_one_word_coordinated_speakers():
    from newsetl.nlp.quote_context import Context

    text = "Nachtburgemeester Marijke Agterbosch is blij. Ook VNO-NCW en MKB-Nederland zijn blij."
    doc = with_ents(text, [("Marijke Agterbosch", "PER"), ("VNO-NCW", "ORG"), ("MKB-Nederland", "PER")])
    resolver = Context(doc).resolver
    pos = text.index("Ook")
    assert resolver.resolve("Agterbosch zelf", None, pos) == "Marijke Agterbosch"
    a = text.index("VNO-NCW")
    b = text.index(" zijn blij")
    assert resolver.resolve("VNO-NCW en MKB-Nederland", (a, b), a) == "VNO-NCW en MKB-Nederland"


def test_pronoun_after_an_unnamed_speaker_is_that_speaker():
    # "Een woordvoerder van de ILT meldt ..." is the latest speaker; the Edelweiss Express is no antecedent
    text = ("De Edelweiss Express voer op de Waal. Een woordvoerder van de ILT meldt dat het schip nog niet droog "
            "ligt. “We kijken daarna naar de schade”, zegt hij.")
    arcs = {8: ("det", 9), 9: ("nsubj", 13), 10: ("case", 12), 11: ("det", 12), 12: ("nmod", 9),
            32: ("nsubj", 31)}
    doc = with_parse(text, arcs, ents=[(1, 3, "PER"), (12, 13, "ORG")])
    assert speakers(doc) == ["een woordvoerder van de ILT"]
    # the parser took "meldt" for a noun in a flat name: the phrase that opens the sentence before it still speaks
    arcs = {8: ("det", 9), 10: ("case", 12), 11: ("det", 12), 12: ("nmod", 9), 13: ("flat", 12), 32: ("nsubj", 31)}
    doc = with_parse(text, arcs, ents=[(1, 3, "PER"), (12, 13, "ORG")])
    assert speakers(doc) == ["een woordvoerder van de ILT"]


def test_plural_ze_is_a_group_not_the_last_person():
    text = ("Marijke de Vries bezocht de wedstrijd. Haar aanhangers waren door het dolle heen. "
            "Minutenlang scandeerden zij: “Bibi, de koning van Israël.”")
    arcs = {7: ("det", 8), 8: ("nsubj", 9), 17: ("nsubj", 16)}
    morph = {8: "Number=Plur", 9: "Number=Plur|VerbForm=Fin", 16: "Number=Plur|Tense=Past|VerbForm=Fin"}
    doc = with_parse(text, arcs, morph, ents=[(0, 3, "PER")])
    assert speakers(doc) == ["haar aanhangers"]
    morph[16] = "Number=Sing|Tense=Past|VerbForm=Fin"  # "scandeerde zij": one person
    assert speakers(with_parse(text.replace("scandeerden", "scandeerde"), arcs, morph, ents=[(0, 3, "PER")])) \
        == ["Marijke de Vries"]


def test_a_name_in_apposition_to_the_subject_introduces_the_next_quote():
    text = ("In Noord-Holland wist informateur Hans Smits, door Forum aangesteld, na vijf dagen genoeg. "
            "“De kans op overeenstemming is zeer gering.”")
    arcs = {3: ("nsubj", 2), 4: ("appos", 3), 5: ("flat", 4), 8: ("obl", 9)}
    doc = with_parse(text, arcs, ents=[(4, 6, "PER"), (8, 9, "PER")])
    assert speakers(doc) == ["Hans Smits"]


def test_a_named_object_before_a_colon_speaks_unless_someone_else_is_the_subject():
    text = "Die opstelling bevreemdt Van der Laan: “De gemeente bemoeit zich er niet mee.”"
    doc = with_parse(text, {1: ("nsubj", 2), 3: ("obj", 2), 4: ("flat", 3), 5: ("flat", 3)}, ents=[(3, 6, "PER")])
    assert speakers(doc) == ["Van der Laan"]
    text = "In cirkel 2 treffen we Boris Johnson: “Als er iemand werd overmand door lust, was hij het.”"
    doc = with_parse(text, {4: ("nsubj", 3), 5: ("obj", 3), 6: ("flat", 5)}, ents=[(5, 7, "PER")])
    assert speakers(doc) == [None]


def test_a_speaker_phrase_cut_short_by_a_tag_runs_on_to_its_head():
    text = "“Ik ken jongens die elke maand kilo's invoeren”, zegt een goed ingevoerde bron."
    pos = ["PUNCT", "PRON", "VERB", "NOUN", "PRON", "DET", "NOUN", "NOUN", "VERB", "PUNCT", "PUNCT", "VERB", "DET",
           "ADV", "VERB", "NOUN", "PUNCT"]
    assert speakers(with_parse(text, {}, pos=pos)) == ["een goed ingevoerde bron"]
    text = "“De moord telt mee”, zegt emeritus hoogleraar strafrecht Theo de Roos."
    pos = ["PUNCT", "DET", "NOUN", "VERB", "ADP", "PUNCT", "PUNCT", "VERB", "NOUN", "ADP", "NOUN", "PROPN", "PROPN",
           "PROPN", "PUNCT"]
    assert speakers(with_parse(text, {}, pos=pos, ents=[(11, 14, "PER")])) == ["Theo de Roos"]


def test_pronoun_prefers_a_name_of_known_gender_in_the_same_sentence():
    text = "Hillary Clinton sprak gisteren met Tonny Eyk. “Ik stop ermee”, zei {}."
    assert speakers(BLANK(text.format("ze"))) == ["Hillary Clinton"]
    assert speakers(BLANK(text.format("hij"))) == ["Tonny Eyk"]


def test_speaker_phrase_before_the_verb_runs_on_over_van_de():
    assert speakers(BLANK("De woordvoerder van de politie reageerde: “Het is rustig in de stad.”")) \
        == ["de woordvoerder van de politie"]


def test_an_organisation_tagged_as_person_before_a_full_name_is_not_the_speaker():
    text = "Woordvoerder van Milieudefensie Anne Knol is blij. “De belasting beperkt het aantal auto's.”"
    doc = with_ents(text, [("van Milieudefensie", "PER"), ("Anne Knol", "PER")])
    assert speakers(doc) == ["Anne Knol"]


def test_a_name_after_via_or_op_before_a_colon_is_a_medium_not_the_speaker():
    text = "De Amerikaanse president Trump liet er via Twitter geen twijfel over bestaan: “Daar komt een einde aan!”"
    assert speakers(with_ents(text, [("Trump", "MISC"), ("Twitter", "PER")])) == ["Trump"]


@pytest.mark.parametrize("text, ents, expected", [
    ("Premier Mark Rutte sprak in Den Haag met de pers. ‘Zo gaat het niet’, zei de premier.",
     [("Mark Rutte", "PER"), ("Den Haag", "LOC")], "Mark Rutte"),
    ("Burgemeester Femke Halsema opende de brug. ‘Dit is een mooie dag’, aldus de burgemeester.",
     [("Femke Halsema", "PER")], "Femke Halsema"),
    # apposition, with and without an article
    ("Mark Rutte, de premier, sprak in Den Haag. ‘Zo gaat het niet’, zei de premier.",
     [("Mark Rutte", "PER"), ("Den Haag", "LOC")], "Mark Rutte"),
    ("Mark Rutte, premier van Nederland, sprak in Den Haag. ‘Zo gaat het niet’, zei de premier.",
     [("Mark Rutte", "PER"), ("Den Haag", "LOC")], "Mark Rutte"),
    ("Femke Halsema, burgemeester sinds 2018, opende de brug. ‘Dit is een mooie dag’, aldus de burgemeester.",
     [("Femke Halsema", "PER")], "Femke Halsema"),
    # a compound role ending in the role noun, glued to the name by the NER
    ("Defensieminister Ank Bijleveld bezocht de kazerne. ‘Het gaat goed’, zei de minister.",
     [("Defensieminister Ank Bijleveld", "PER")], "Ank Bijleveld"),
    # the role of another person is no antecedent; no one introduced with the role keeps the noun phrase
    ("Burgemeester Femke Halsema opende de brug. ‘Zo gaat het niet’, zei de premier.",
     [("Femke Halsema", "PER")], "de premier"),
    ("Het kabinet vergaderde lang. ‘Zo gaat het niet’, zei de premier.", [], "de premier"),
])
def test_a_role_noun_refers_back_to_the_person_introduced_with_that_role(text, ents, expected):
    assert speakers(with_ents(text, ents)) == [expected]


@pytest.mark.parametrize("text, ents, expected", [
    ("Shell maakte gisteren de cijfers bekend. ‘Het was een goed jaar’, zegt het bedrijf.",
     [("Shell", "ORG")], "Shell"),
    ("Philips schrapt banen. ‘Het is een pijnlijke stap’, zegt het Nederlandse technologiebedrijf.",
     [("Philips", "ORG")], "Philips"),
    ("Vakbond FNV eist meer loon. ‘Dit is te weinig’, zegt de bond.", [("FNV", "ORG")], "FNV"),
    ("Ajax won zondag met 3-0 van PSV. ‘We zijn heel blij’, laat de club weten.",
     [("Ajax", "ORG"), ("PSV", "ORG")], "PSV"),
    ("De VVD presenteerde het verkiezingsprogramma. ‘Dit is een goed plan’, zegt de partij.",
     [("VVD", "ORG")], "de VVD"),  # written with its article, as the article writes it
    # a telling word in or before the name makes an organisation of a name the NER called MISC (the name
    # itself loses "Stichting", a word that also occurs in lower case)
    ("Stichting Natuurmonumenten koopt grond. ‘Zo beschermen we de natuur’, zegt de stichting.",
     [("Stichting Natuurmonumenten", "MISC")], "Natuurmonumenten"),
    ("Het kabinet en Defensie praten verder. ‘We blijven in gesprek’, meldt het ministerie.",
     [("Defensie", "ORG")], "Defensie"),
    # the organisation must be of a fitting kind: a municipality is no company, a party no ministry
    ("De gemeente Utrecht bouwt een brug. ‘Het werk loopt op schema’, zegt het bedrijf.",
     [("gemeente Utrecht", "ORG")], "het bedrijf"),
    ("De VVD stelde vragen. ‘We zoeken het uit’, meldt het ministerie.", [("VVD", "ORG")], "het ministerie"),
    # no organisation, one too far back, or a noun that is a name itself: the phrase stays
    ("Het regent al dagen. ‘Dit is goed voor Italië’, zegt de partij.", [("Italië", "LOC")], "de partij"),
    ("Ajax won. Het weer was slecht. De wind waaide hard. Er viel regen. Het was koud. "
     "‘We zijn blij’, zegt de club.", [("Ajax", "ORG")], "de club"),
    ("Shell maakte de cijfers bekend. ‘Het was rustig’, zegt de politie.", [("Shell", "ORG")], "de politie"),
    # a person is no organisation
    ("Mark Rutte sprak met de pers. ‘Zo gaat het niet’, zegt de partij.", [("Mark Rutte", "PER")], "de partij"),
])
def test_a_generic_organisation_noun_refers_back_to_the_organisation_named_before(text, ents, expected):
    assert speakers(with_ents(text, ents)) == [expected]


def test_an_organisation_subject_the_ner_missed_is_the_antecedent_of_de_partij():
    # "Lega" is tagged PER once and not at all in the second sentence; as the subject after "de
    # nationalistische" it is an organisation, and "de partij" refers back to it
    text = ("Lega won de verkiezingen. De nationalistische Lega verwacht veel van de hervorming. "
            "‘Er komen banen bij’, zegt de partij.")
    pos = ["PROPN", "VERB", "DET", "NOUN", "PUNCT", "DET", "ADJ", "NOUN", "VERB", "ADV", "ADP", "DET", "NOUN",
           "PUNCT", "PUNCT", "ADV", "VERB", "NOUN", "ADP", "PUNCT", "PUNCT", "VERB", "DET", "NOUN", "PUNCT"]
    arcs = {0: ("nsubj", 1), 5: ("det", 7), 6: ("amod", 7), 7: ("nsubj", 8), 22: ("det", 23), 23: ("nsubj", 21)}
    assert speakers(with_parse(text, arcs, pos=pos, ents=[(0, 1, "PER")])) == ["Lega"]
    # without the article it may be a person's name: the phrase stays
    text2 = text.replace("De nationalistische Lega", "Zondag zei Lega, dat hij")
    assert "Lega" not in speakers(BLANK(text2))


def test_a_one_word_subject_the_ner_called_a_person_can_be_het_bedrijf():
    # "Shell" is tagged PER, but a one-word name never named in full, with a first name or a role is taken
    # for the company when it is the subject; as an object, or with a role word before it, it is not
    text = "Shell wijst op de klimaatdoelen. ‘We doen al veel’, zegt het bedrijf."
    arcs = {0: ("nsubj", 1), 14: ("det", 15), 15: ("nsubj", 13)}
    assert speakers(with_parse(text, arcs, ents=[(0, 1, "PER")])) == ["Shell"]
    assert speakers(with_parse(text, {14: ("det", 15), 15: ("nsubj", 13)}, ents=[(0, 1, "PER")])) \
        == ["het bedrijf"]
    text = "Topman Shell wijst op de klimaatdoelen. ‘We doen al veel’, zegt het bedrijf."
    arcs = {1: ("nsubj", 2), 15: ("det", 16), 16: ("nsubj", 14)}
    assert speakers(with_parse(text, arcs, ents=[(1, 2, "PER")])) == ["het bedrijf"]


def test_a_name_with_digits_is_no_organisation_for_het_bedrijf():
    text = "Shell pompt olie op, een bron van CO2. ‘We doen al veel’, zegt het bedrijf."
    assert speakers(with_ents(text, [("Shell", "ORG"), ("CO2", "ORG")])) == ["Shell"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role owned by a pronoun is that person's role
        ("Gerard Sanderink stapt naar de rechter. Zijn advocaat noemt de berichten 'pure stemmingmakerij'.",
         ("partial", "pure stemmingmakerij", "noemt", "de advocaat van Gerard Sanderink")),
        # less common speech verbs of the lexicon
        (",,Het duurt maar en duurt maar'', motiveert Jan Huzen zijn oproep.",
         ("direct", "Het duurt maar en duurt maar", "motiveert", "Jan Huzen")),
        ("Tijdens de voorstelling declameert de verteller: 'Dit is het begin van een nieuw verhaal.'",
         ("direct", "Dit is het begin van een nieuw verhaal.", "declameert", "de verteller")),
    ],
)
def test_possessed_roles_and_rarer_speech_verbs(text, expected):
    assert [(q.quote_type, q.text, q.cue, q.speaker) for q in blank(text)] == [expected]


def test_a_role_subject_of_the_sentence_before_speaks_a_quote_without_cue(parsed):
    text = ("Staatssecretaris Stientje van Veldhoven bezocht maandag de werkplaats in Utrecht. Zelf weigert de "
            "staatssecretaris daarom de vlag uit te hangen. ,,Het zou fantastisch nieuws voor de reiziger zijn.\" "
            "De vraag is hoe het verder moet.")
    assert [(q.text, q.speaker_mention, q.speaker) for q in extract_quotes(parsed(text))] == [
        ("Het zou fantastisch nieuws voor de reiziger zijn.", "de staatssecretaris", "Stientje van Veldhoven")]


@pytest.mark.parametrize(("word", "plausible"), [("vaag", False), ("foto", False), ("getuigen", True), ("Rutte", True)])
def test_a_bare_singular_word_is_no_speaker(word, plausible):
    from newsetl.nlp.attribute import plausible_speaker
    from newsetl.nlp.quote_context import Context

    doc = BLANK(f"Het doet {word} denken aan 'iets anders'.")
    assert plausible_speaker(Context(doc), (2, 3)) is plausible


def test_a_name_in_apposition_before_a_colon_speaks():
    text = "De chauffeurs zijn boos. Een van hen, Yassin: “Ik werk bijna een jaar via Uber.” Ook Riaz Alidjan is boos."
    doc = with_parse(text, {}, ents=[(9, 10, "PER"), (22, 24, "PER")])
    assert speakers(doc) == ["Yassin"]


def test_a_fronted_demonstrative_object_is_no_speaker():
    # the parser makes "achterlopen" the subject; a role noun after the verb is the one who holds the view
    text = "Dat achterlopen vindt de CDA-vrouw ‘onverstandig en onterecht’."
    doc = with_parse(text, {0: ("det", 1), 1: ("nsubj", 2), 3: ("det", 4), 4: ("obj", 2)},
                     pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT", "ADJ", "CCONJ", "ADJ", "PUNCT", "PUNCT"])
    assert [(q.quote_type, q.speaker) for q in extract_quotes(doc)] == [("partial", "de CDA-vrouw")]
    # a demonstrative phrase naming a person is the subject: "Deze minister vindt het plan 'onzin'"
    text = "Deze minister vindt het plan ‘onverstandig en onterecht’."
    doc = with_parse(text, {0: ("det", 1), 1: ("nsubj", 2), 3: ("det", 4), 4: ("obj", 2)},
                     pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT", "ADJ", "CCONJ", "ADJ", "PUNCT", "PUNCT"])
    assert [(q.quote_type, q.speaker) for q in extract_quotes(doc)] == [("partial", "deze minister")]


def test_a_partial_quote_takes_the_cue_before_it_and_names_in_a_pp_are_no_antecedent():
    text = ("Brigitte van Egten stapte naar de rechter. En Van Egten heeft het gevoel dat ze in een boek van Kafka "
            "is beland. Ze eist dat Sanderink alle ‘smaad en laster’ rectificeert bij iedereen aan wie hij het verhaal verteld heeft.")
    toks = BLANK(text)
    at = {t.text: t.i for t in toks}
    ents = [(0, 3, "PER"), (at["Kafka"], at["Kafka"] + 1, "PER"), (at["Sanderink"], at["Sanderink"] + 1, "PER")]
    # Van Egten's second mention is untagged and preceded by its particle; "Ze" is the subject of "eist"
    arcs = {at["Ze"]: ("nsubj", at["eist"])}
    doc = with_parse(text, arcs, ents=ents)
    assert [(q.quote_type, q.cue, q.speaker_mention, q.speaker) for q in extract_quotes(doc)] == [
        ("partial", "eist", "Ze", "Brigitte van Egten")]


def test_a_person_named_only_as_an_example_does_not_take_the_next_quote():
    text = ("Pianist Jorn Swart speelt in een trio. “Ik hou van Bach”, zegt hij. De eerste cd bevat titels als "
            "Feldmania. “Thuis werd veel naar klassieke muziek geluisterd.”")
    toks = BLANK(text)
    at = {t.text: t.i for t in toks}
    doc = with_parse(text, {}, ents=[(1, 3, "PER"), (at["Feldmania"], at["Feldmania"] + 1, "PER")])
    assert speakers(doc) == ["Jorn Swart", "Jorn Swart"]


@pytest.mark.parametrize("after, speaker", [
    ("staat op het plakkaat links.", "het plakkaat"),
    ("stond in een dreigbrief aan de wegenbouwer.", "een dreigbrief"),
    ("staat er.", None),  # no text named that it stands on
])
def test_written_words_are_spoken_by_what_they_stand_on(after, speaker):
    (q,) = blank(f"Er werd met verf gegooid. ‘Porno is vleeshandel’, {after}")
    assert q.speaker == speaker


@pytest.mark.parametrize("text", [
    "Met “we zijn toch gekke Henkie niet”-verhalen kom je er niet, zegt hij.",
    "Met “we zijn toch gekke Henkie niet”- verhalen kom je er niet, zegt hij.",
    "‘Geen visie, geen lef en geen dynamiek’, zo luidde de kop boven een artikel in januari.",
    "‘Empower your skin’, luidt de leuze van een nieuwe gezichtscrème.",
    "‘Kabinet valt over stikstof’, kopte de krant.",
    "‘Aan de slag voor de klas’, heet het convenant.",
    "Scholen zetten in op wat in jargon heet: 'duurzame inzetbaarheid'. Dat kost geld.",
])
def test_compounds_headlines_and_slogans_are_not_quotes(text):
    assert blank(text) == []


def test_a_dash_after_a_quote_is_punctuation_not_a_compound():
    (q,) = blank("Hij sprak de woorden ‘Het is volbracht’ - met een lichte Twentse tongval, zei hij.")
    assert q.text == "Het is volbracht"


def test_a_partial_quote_goes_to_the_subject_not_the_last_name_before_it():
    text = ("Petro Porosjenko spande een rechtszaak aan tegen Igor Kolomoisky ‘om Oekraïne te beschermen tegen "
            "aanvallen van de oligarch’.")
    toks = BLANK(text)
    at = {t.text: t.i for t in toks}
    doc = with_parse(text, {1: ("nsubj", 2), at["Kolomoisky"]: ("obl", 2)},
                     ents=[(0, 2, "PER"), (at["Igor"], at["Kolomoisky"] + 1, "PER")])
    assert [(q.quote_type, q.speaker) for q in extract_quotes(doc)] == [("partial", "Petro Porosjenko")]


def test_a_possessor_name_is_not_the_speaker():
    text = "“Zijn jullie voor of tegen ons?”, vroegen Alyas Karmani's medestudenten in Glasgow."
    toks = BLANK(text)
    at = {t.text: t.i for t in toks}
    doc = with_parse(text, {}, ents=[(at["Alyas"], at["Alyas"] + 2, "PER")])
    assert speakers(doc) == ["de medestudenten van Alyas Karmani"]


def test_a_subject_hung_on_the_auxiliary_still_speaks():
    text = "Rome heeft altijd gesteld dat Pius XII ‘achter de schermen druk uitoefende om erger te voorkomen’."
    at = {t.text: t.i for t in BLANK(text)}
    arcs = {0: ("nsubj", 1), 1: ("aux", 3), 2: ("advmod", 3), 4: ("mark", at["uitoefende"]),
            5: ("nsubj", at["uitoefende"]), at["uitoefende"]: ("ccomp", 3)}
    doc = with_parse(text, arcs, ents=[(0, 1, "LOC"), (5, 7, "PER")])
    assert [(q.quote_type, q.cue, q.speaker) for q in extract_quotes(doc)] == [("partial", "gesteld", "Rome")]


def test_a_person_speaking_in_the_sentence_before_beats_a_party():
    text = ("Forum zelf heeft niet gereageerd, maar Kamerlid Theo Hiddema zei dat hij geschrokken is. "
            "“Ik zie tekeningen van Baudet met een uniform.”")
    toks = BLANK(text)
    at = {t.text: t.i for t in toks}
    arcs = {0: ("nsubj", at["gereageerd"]), at["Theo"]: ("nsubj", at["zei"]), at["Hiddema"]: ("flat", at["Theo"])}
    doc = with_parse(text, arcs, ents=[(0, 1, "ORG"), (at["Theo"], at["Theo"] + 2, "PER")])
    assert speakers(doc) == ["Theo Hiddema"]


def test_a_person_named_only_through_a_relative_does_not_take_the_next_quote():
    text = ("‘Die vind ik overdreven’, zegt Elsje. De vriendin van Ome Ed roert in haar soep. "
            "‘Daar zeggen mensen nog steeds u tegen elkaar.’")
    toks = BLANK(text)
    at = {t.text: t.i for t in toks}
    arcs = {at["vriendin"]: ("nsubj", at["roert"]), at["Ome"]: ("nmod", at["vriendin"])}
    doc = with_parse(text, arcs, ents=[(at["Elsje"], at["Elsje"] + 1, "PER"), (at["Ome"], at["Ome"] + 2, "PER")])
    assert speakers(doc) == ["Elsje", "Elsje"]


def test_any_finite_verb_right_after_a_quote_introduces_the_person_after_it():
    # "werpen … voor de voeten" is no speech verb in the lexicon; the inverted verb + person still attributes
    text = "“Dijkhoff is bang”, wierp D66-fractieleider Rob Jetten zijn collega voor de voeten. D66 zweeg."
    pos = ["PUNCT", "PROPN", "AUX", "ADJ", "PUNCT", "PUNCT", "VERB", "NOUN", "PROPN", "PROPN", "DET", "NOUN", "ADP",
           "DET", "NOUN", "PUNCT", "PROPN", "VERB", "PUNCT"]
    doc = with_parse(text, {}, morph={6: "Tense=Past|VerbForm=Fin"}, pos=pos,
                     ents=[(1, 2, "PER"), (8, 10, "PER"), (16, 17, "PER")])
    assert [(q.speaker_mention, q.speaker) for q in extract_quotes(doc)] == [("D66-fractieleider Rob Jetten", "Rob Jetten")]
    # a verb with no person after it says nothing about who spoke
    text = "“Dijkhoff is bang”, wierp het debat een nieuwe vraag voor de voeten."
    pos = ["PUNCT", "PROPN", "AUX", "ADJ", "PUNCT", "PUNCT", "VERB", "DET", "NOUN", "DET", "ADJ", "NOUN", "ADP",
           "DET", "NOUN", "PUNCT"]
    doc = with_parse(text, {}, morph={6: "Tense=Past|VerbForm=Fin"}, pos=pos, ents=[(1, 2, "PER")])
    assert [q.speaker_mention for q in extract_quotes(doc)] == [None]


def test_a_speech_verb_form_after_a_preposition_is_a_noun():
    from newsetl.nlp.attribution import DocView

    doc = BLANK("D66 versterkte dat beeld, met verwijten aan het adres van de VVD. Jetten verwijt de VVD niets.")
    assert [c.text for c in DocView(doc, []).cues_in(0, len(doc.text))] == ["verwijt"]


def test_a_teacher_subject_of_a_cue_is_the_he_that_follows():
    text = ("In januari werd de docent geschorst omdat hij de profeet Mohammed beledigd zou hebben. De docent heeft "
            "ontkend dat te hebben gezegd. ‘Ik heb respect voor andere gelovigen’, zei hij.")
    toks = BLANK(text)
    at = {t.text: t.i for t in toks}
    d2 = next(t.i for t in toks if t.text == "De")
    arcs = {d2: ("det", d2 + 1), d2 + 1: ("nsubj", at["ontkend"]), at["zei"] + 1: ("nsubj", at["zei"])}
    doc = with_parse(text, arcs, ents=[(at["Mohammed"], at["Mohammed"] + 1, "PER")])
    assert speakers(doc) == ["de docent"]


@pytest.mark.parametrize("after, speaker", [
    ("vindt ook Gerard de Gleuvenglijder.", "Gerard de Gleuvenglijder"),
    ("zegt zelfs Jan Smit.", "Jan Smit"),
    ("zei bijvoorbeeld Josep Rull.", "Josep Rull"),
    ("zegt ook nog Jan Smit.", "Jan Smit"),
])
def test_a_focus_word_between_the_cue_and_the_speaker_is_skipped(after, speaker):
    (q,) = blank(f"Hij wacht. ‘U is de beste beleefdheidsvorm’, {after}")
    assert q.speaker == speaker


def test_a_plural_cue_verb_has_a_joint_speaker():
    text = "“Laten we horen wat hij te zeggen heeft”, roepen Alidjan en de medeorganisatoren van het protest."
    toks = BLANK(text)
    at = {t.text: t.i for t in toks}
    pos = ["PROPN" if t.text == "Alidjan" else "VERB" if t.text == "roepen" else "X" for t in toks]
    doc = with_parse(text, {}, morph={at["roepen"]: "Number=Plur|VerbForm=Fin"}, pos=pos,
                     ents=[(at["Alidjan"], at["Alidjan"] + 1, "PER")])
    assert speakers(doc) == ["Alidjan en de medeorganisatoren van het protest"]
    # a singular verb has one subject: the phrase stops at "en"
    doc = with_parse(text.replace("roepen", "roept"), {}, morph={at["roepen"]: "Number=Sing|VerbForm=Fin"},
                     pos=pos, ents=[(at["Alidjan"], at["Alidjan"] + 1, "PER")])
    assert speakers(doc) == ["Alidjan"]


@pytest.mark.parametrize("first, speaker", [
    ("Initiatiefnemer Lilianne Ploumen ziet dat anders.", "Lilianne Ploumen"),  # the subject two sentences back
    ("Na vier finales, met Lilianne Ploumen op het veld, moet de beker worden gewonnen.", None),  # a name on the way
])
def test_a_quote_with_nobody_before_it_goes_to_a_person_speaking_two_sentences_back(first, speaker):
    text = f"{first} Zo geldt de wet alleen voor grote bedrijven. ,,De gegevens kunnen anoniem worden.''"
    toks = BLANK(text)
    at = {t.text: t.i for t in toks}
    arcs = {at["Ploumen"]: ("flat", at["Lilianne"]), at["wet"]: ("nsubj", at["geldt"])}
    if speaker:
        arcs[at["Lilianne"]] = ("nsubj", at["ziet"])
    else:
        arcs[at["Lilianne"]] = ("obl", at["finales"])
    doc = with_parse(text, arcs, ents=[(at["Lilianne"], at["Lilianne"] + 2, "PER")])
    assert speakers(doc) == [speaker]


def test_a_role_subject_before_a_colon_speaks():
    text = "De directeur is verbaasd over de opkomst: “Het is voor het eerst dat er zoveel ouders zijn.”"
    toks = BLANK(text)
    at = {t.text: t.i for t in toks}
    doc = with_parse(text, {at["De"]: ("det", at["directeur"]), at["directeur"]: ("nsubj", at["verbaasd"])})
    assert speakers(doc) == ["de directeur"]


def test_a_surname_initial_keeps_its_period_in_the_speaker():
    text = "“Ik heb jaren weggegooid”, zegt Yago R. in het interview."
    at = {t.text: t.i for t in BLANK(text)}
    doc = with_parse(text, {}, ents=[(at["Yago"], at["Yago"] + 2, "PER")])
    assert speakers(doc) == ["Yago R."]


def test_words_standing_in_a_document_are_spoken_by_its_author():
    text = "‘De kans op een aanslag blijft reëel’, staat in het nieuwe Dreigingsbeeld van de NCTV."
    at = {t.text: t.i for t in BLANK(text)}
    doc = with_parse(text, {}, ents=[(at["NCTV"], at["NCTV"] + 1, "ORG")])
    assert speakers(doc) == ["de NCTV"]


def test_a_lead_quote_before_anyone_is_named_goes_to_the_first_person_named_after_it():
    text = ("Er wordt gewerkt aan verbetering, maar ‘het blijft levende have, helemaal nul zal het nooit worden.’ "
            "Als Bart van Dijk zijn hand "
            "uitsteekt, komt het kalf overeind. Het dier is vier dagen oud.")
    at = {t.text: t.i for t in BLANK(text)}
    doc = with_parse(text, {}, ents=[(at["Bart"], at["Bart"] + 3, "PER")])
    assert speakers(doc) == ["Bart van Dijk"]
    named_before = "Piet Bakker kijkt toe. " + text
    at = {t.text: t.i for t in BLANK(named_before)}
    doc = with_parse(named_before, {}, ents=[(0, 2, "PER"), (at["Bart"], at["Bart"] + 3, "PER")])
    assert speakers(doc) != ["Bart van Dijk"]  # someone named before: not a lead quote


def test_one_of_a_group_speaks_for_itself():
    assert speakers(BLANK("Sterker nog, een van de experts zegt: ‘Het is voorbij, dat weet iedereen.’")) \
        == ["een van de experts"]


def _tagged(text: str, tags: dict[str, str], arcs_by_word: dict[str, tuple[str, str]]):
    """with_parse on `text` with POS by word (default X) and arcs given as word -> (dep, head word)."""
    toks = BLANK(text)
    at = {t.text: t.i for t in toks}
    arcs = {at[w]: (dep, at[head]) for w, (dep, head) in arcs_by_word.items()}
    return with_parse(text, arcs, pos=[tags.get(t.text, "X") for t in toks])


def test_a_group_capitalised_only_to_open_the_sentence_is_written_lower_case():
    text = "Deskundigen stellen: ‘De toetscultuur is doorgeslagen, dat zien we overal.’"
    doc = _tagged(text, {"Deskundigen": "NOUN", "stellen": "VERB"}, {"Deskundigen": ("nsubj", "stellen")})
    assert speakers(doc) == ["deskundigen"]


def test_a_number_opening_the_sentence_is_no_speaker():
    text = "Dertig was hij toen ze hem vroegen. ‘Vier jaar later verloren we een zetel, dat deed pijn.’"
    doc = _tagged(text, {"Dertig": "NUM", "vroegen": "VERB", "hij": "PRON", "was": "AUX"},
                  {"Dertig": ("nsubj", "vroegen")})
    assert speakers(doc) == [None]


def test_a_person_named_inside_the_quote_is_not_its_speaker():
    text = ("Studiebegeleidster Daniëlle de Boer gaf Daisy Mertens op voor de competitie. "
            ",,Zij is het soort leraar dat we nodig hebben. Ik zou meer Mertensen willen, echt waar.''")
    at = {t.text: t.i for t in BLANK(text)}
    doc = with_parse(text, {at["Mertens"]: ("flat", at["Daisy"]), at["Daisy"]: ("nsubj", at["gaf"])},
                     ents=[(at["Daniëlle"], at["Daniëlle"] + 3, "PER"), (at["Daisy"], at["Daisy"] + 2, "PER")])
    assert speakers(doc) == ["Daisy Mertens"]  # "Mertensen" is no name of hers
    doc = with_parse(text.replace("Mertensen", "Mertens"), {at["Mertens"]: ("flat", at["Daisy"]),
                     at["Daisy"]: ("nsubj", at["gaf"])},
                     ents=[(at["Daniëlle"], at["Daniëlle"] + 3, "PER"), (at["Daisy"], at["Daisy"] + 2, "PER")])
    assert speakers(doc) == ["Daniëlle de Boer"]


def test_a_pronoun_with_nobody_named_points_to_an_unnamed_person_subject():
    text = "Ergens boog een dame zich over mijn tafeltje. ‘Nou, schrijf toch maar iets voor mij op’, zei ze."
    doc = _tagged(text, {"dame": "NOUN", "boog": "VERB", "een": "DET", "zei": "VERB", "ze": "PRON"},
                  {"dame": ("nsubj", "boog"), "een": ("det", "dame"), "ze": ("nsubj", "zei")})
    assert speakers(doc) == ["een dame"]
    doc = _tagged(text.replace("een dame", "een heer"), {"heer": "NOUN", "boog": "VERB", "een": "DET", "zei": "VERB"},
                  {"heer": ("nsubj", "boog"), "een": ("det", "heer"), "ze": ("nsubj", "zei")})
    assert speakers(doc) == ["ze"]  # "ze" is no man


def test_the_same_pronoun_as_a_main_subject_is_the_same_person_not_a_name_in_a_subordinate_clause():
    text = ("Carlos Pereira kijkt toe. Helemaal onhandig vindt hij het dat Bernie Sanders zwijgt. "
            "‘Die linkse Democraten moeten hun mond houden over Venezuela’, zegt hij.")
    toks = BLANK(text)
    idx = [t.i for t in toks]
    word = {i: t.text for i, t in zip(idx, toks)}

    def at(w: str, n: int = 0) -> int:
        return [i for i in idx if word[i] == w][n]

    arcs = {at("Carlos"): ("nsubj", at("kijkt")), at("Pereira"): ("flat", at("Carlos")),
            at("hij"): ("nsubj", at("vindt")), at("zwijgt"): ("ccomp", at("vindt")),
            at("Bernie"): ("nsubj", at("zwijgt")), at("Sanders"): ("flat", at("Bernie")),
            at("hij", 1): ("nsubj", at("zegt"))}
    doc = with_parse(text, arcs, ents=[(at("Carlos"), at("Carlos") + 2, "PER"), (at("Bernie"), at("Bernie") + 2, "PER")])
    assert speakers(doc) == ["Carlos Pereira"]


def test_a_word_tagged_as_a_verb_before_a_name_is_its_role():
    text = ",,Onzin, dat is echt onzin'', riep verdachte Anouar A. tegen de rechtbank."
    doc = _tagged(text, {"verdachte": "VERB", "riep": "VERB", "Anouar": "PROPN", "A.": "PROPN"}, {})
    assert speakers(doc) == ["Anouar A."]


def test_an_unnamed_person_is_called_by_the_phrase_that_brought_them_in():
    text = ("Een woordvoerder van de wooncorporatie legt het uit. ‘Je zet geen gezin in een studio, dat gaat niet’, "
            "aldus de woordvoerder.")
    toks = BLANK(text)
    at = {t.text: t.i for t in toks}
    ws = [t.i for t in toks if t.text == "woordvoerder"]
    arcs = {at["Een"]: ("det", ws[0]), ws[0]: ("nsubj", at["legt"]), at["wooncorporatie"]: ("nmod", ws[0]),
            at["van"]: ("case", at["wooncorporatie"])}
    doc = with_parse(text, arcs)
    assert speakers(doc) == ["een woordvoerder van de wooncorporatie"]


def test_someone_introduced_after_the_previous_quote_beats_its_speaker():
    text = ("‘We gaan winnen, dat weet ik zeker’, zegt Maria Goodwin. Bill Bolton is sceptisch over de kandidaat. "
            "Die kreeg veel geld binnen. ‘Ik betwijfel of hij echt zal doorbreken, dat zie ik niet.’")
    at = {t.text: t.i for t in BLANK(text)}
    arcs = {at["Maria"]: ("nsubj", at["zegt"]), at["Goodwin"]: ("flat", at["Maria"]),
            at["Bill"]: ("nsubj", at["sceptisch"]), at["Bolton"]: ("flat", at["Bill"])}
    doc = with_parse(text, arcs, ents=[(at["Maria"], at["Maria"] + 2, "PER"), (at["Bill"], at["Bill"] + 2, "PER")])
    assert speakers(doc) == ["Maria Goodwin", "Bill Bolton"]


def test_a_manner_word_after_the_cue_is_no_speaker():
    # the tagger calls "stoïcijns" a noun; the speaker is the subject of the first conjunct
    text = "Klaas Dijkhoff wacht even en zegt stoïcijns: ‘Ik heb helemaal geen akkoord.’"
    doc = _tagged(text, {"Klaas": "PROPN", "Dijkhoff": "PROPN", "wacht": "VERB", "zegt": "VERB",
                         "stoïcijns": "NOUN"},
                  {"Klaas": ("nsubj", "wacht"), "Dijkhoff": ("flat", "Klaas"), "zegt": ("conj", "wacht"),
                   "stoïcijns": ("obj", "zegt")})
    doc.ents = [doc.char_span(0, len("Klaas Dijkhoff"), label="PER")]
    assert speakers(doc) == ["Klaas Dijkhoff"]


def test_roles_joined_by_en_lead_on_to_the_name():
    text = ("‘Onze afdeling inkoop heeft goede zaken gedaan’, zegt bijvoorbeeld FvD-woordvoerder en toekomstig "
            "senator Jeroen de Vries.")
    doc = BLANK(text)
    k = text.index("Jeroen")
    doc.ents = [doc.char_span(k, k + len("Jeroen de Vries"), label="PER")]
    assert speakers(doc) == ["Jeroen de Vries"]


def test_in_a_debate_report_the_name_before_tegen_speaks():
    text = ("Rob Jetten en Jesse Klaver debatteerden. Jetten tegen Klaver: ,,De wereld vraagt moeilijke keuzes, "
            "kan u die maken?''")
    doc = with_ents(text, [("Rob Jetten", "PER"), ("Jesse Klaver", "PER")])
    k = text.index("Jetten tegen")
    doc.ents = [*doc.ents, doc.char_span(k, k + 6, label="PER"), doc.char_span(k + 13, k + 19, label="PER")]
    assert speakers(doc) == ["Rob Jetten"]


def test_a_comma_closing_an_apposition_does_not_make_the_cue_verb_come_first():
    text = "Zijn opvolger, Quim Torra, noemt de rechtszaak nu al een 'farce'."
    at = {t.text: t.i for t in BLANK(text)}
    doc = with_parse(text, {at["Zijn"]: ("det", at["opvolger"]), at["opvolger"]: ("nsubj", at["noemt"]),
                            at["de"]: ("det", at["rechtszaak"]), at["rechtszaak"]: ("obj", at["noemt"])},
                     pos=["DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "DET", "NOUN", "ADV", "ADV",
                          "DET", "PUNCT", "X", "PUNCT", "PUNCT"],
                     ents=[(at["Quim"], at["Quim"] + 2, "PER")])
    assert speakers(doc) == ["Quim Torra"]


def test_people_joined_by_en_before_a_plural_verb_speak_together():
    text = "Oriol Junqueras zit vast. Junqueras en zijn kompanen noemen zichzelf 'politieke gevangenen'."
    toks = BLANK(text)
    at = {t.text: t.i for t in toks}
    j2 = [t.i for t in toks if t.text == "Junqueras"][1]
    doc = with_parse(text, {}, morph={at["noemen"]: "Number=Plur|VerbForm=Fin"},
                     pos=["VERB" if t.text == "noemen" else "X" for t in toks],
                     ents=[(0, 2, "PER"), (j2, j2 + 1, "PER")])
    assert speakers(doc) == ["Oriol Junqueras en zijn kompanen"]


def test_two_surnames_joined_by_en_resolve_side_by_side():
    from newsetl.nlp.quote_context import Context

    text = "Wouter Bos en Tom van der Meer schreven een boek. Bos en Van der Meer bepleiten een variant."
    doc = with_ents(text, [("Wouter Bos", "PER"), ("Tom van der Meer", "PER")])
    k = text.index("Bos en Van")
    doc.ents = [*doc.ents, doc.char_span(k, k + 3, label="LOC"), doc.char_span(k + 7, k + 19, label="PER")]
    resolver = Context(doc).resolver
    assert resolver.resolve("Bos en Van der Meer", (k, k + 19), k) == "Wouter Bos en Tom van der Meer"


def test_an_untagged_verb_after_the_quote_with_a_full_name_after_it_introduces_the_speaker():
    # the tagger calls "sust" an adjective; the name after it still marks the verb
    text = "Ed Nijpels is voorzitter. ‘Het zal veel minder gaan kosten’, sust Pieter Winsemius."
    toks = BLANK(text)
    tags = {"Ed": "PROPN", "Nijpels": "PROPN", "is": "AUX", "voorzitter": "NOUN", "sust": "ADJ", "Pieter": "PROPN",
            "Winsemius": "PROPN", "zal": "AUX", "gaan": "VERB", "kosten": "VERB"}
    k = next(t.i for t in toks if t.text == "Pieter")
    doc = with_parse(text, {}, pos=[tags.get(t.text, "PUNCT" if t.is_punct else "X") for t in toks],
                     ents=[(0, 2, "PER"), (k, k + 2, "PER")])
    assert speakers(doc) == ["Pieter Winsemius"]


def test_one_of_a_group_after_the_cue_speaks():
    text = ("Vier militairen werden opgepakt omdat ze lid waren van een verboden groep. "
            "‘Als we genoeg van ons in het leger krijgen’, suggereerde een van hen, ‘dan zitten we goed.’")
    toks = BLANK(text)
    doc = with_parse(text, {}, pos=["VERB" if t.text == "suggereerde" else "X" for t in toks],
                     morph={t.i: "VerbForm=Fin" for t in toks if t.text == "suggereerde"})
    assert speakers(doc) == ["een van hen", "een van hen"]


def test_de_dienst_is_the_service_named_before():
    text = ("Het fenomeen is weer in beeld bij de AIVD. In een brochure constateert de dienst een 'lichte opleving' "
            "van extreem-rechts.")
    doc = with_ents(text, [("AIVD", "ORG")])
    assert speakers(doc) == ["de AIVD"]


def test_a_kinship_word_before_a_first_name_is_part_of_the_name():
    text = "Ome Ed staat achter de bar. ‘Het is hier altijd druk’, zegt Ome Ed tevreden."
    doc = with_ents(text, [("Ome Ed", "PER")])
    k = text.rindex("Ome Ed")
    doc.ents = [*doc.ents, doc.char_span(k, k + 6, label="PER")]
    assert speakers(doc) == ["Ome Ed"]


def test_volgens_runs_on_over_a_role_to_the_name():
    text = "Volgens Radio 10-dj Gerard Ekdom is de kracht van het lied de 'geweldige melodie'."
    doc = BLANK(text)
    k = text.index("Gerard")
    doc.ents = [doc.char_span(text.index("Radio"), text.index(" Gerard"), label="ORG"),
                doc.char_span(k, k + len("Gerard Ekdom"), label="PER")]
    assert speakers(doc) == ["Gerard Ekdom"]


@pytest.mark.parametrize("verb", ["sneert", "hekelt", "moppert", "smaalde"])
def test_manner_of_speaking_verbs_are_cues(verb):
    (q,) = blank(f"Hij wacht. ‘Dit is een schandaal van de eerste orde’, {verb} Jan Smit.")
    assert (q.cue, q.speaker) == (verb, "Jan Smit")


def test_a_body_keeps_its_seat_but_not_a_place_of_speaking():
    (q,) = blank("Onbekenden stalen een hoofd. ‘Dit is een diep verdrietige dag’, meldt de Anglicaanse Kerk in Ierland.")
    assert q.speaker == "de Anglicaanse Kerk in Ierland"
    (q,) = blank("‘Dit is een diep verdrietige dag voor ons allen’, schrijft het NRC Handelsblad in het commentaar.")
    assert q.speaker == "NRC Handelsblad"


def test_one_of_a_group_as_subject_speaks_not_the_addressee():
    text = ("Johan Dessing legt zijn plan uit. Een van de ambtenaren in de zaal staat op en richt zich tot Dessing. "
            ",,Wij kunnen dat allemaal voor u regelen.''")
    toks = BLANK(text)
    at = {t.text: t.i for t in toks}
    een = at["Een"]
    arcs = {een: ("nsubj", at["staat"]), een + 1: ("case", een + 3), een + 2: ("det", een + 3),
            een + 3: ("nmod", een), at["richt"]: ("conj", at["staat"]), at["Johan"]: ("nsubj", at["legt"])}
    pos = ["NOUN" if t.text == "ambtenaren" else "NUM" if t.text == "Een" else "VERB" if t.text in (
        "staat", "richt", "legt") else "X" for t in toks]
    d = [t.i for t in toks if t.text == "Dessing"][1]
    doc = with_parse(text, arcs, pos=pos, ents=[(0, 2, "PER"), (d, d + 1, "PER")])
    assert speakers(doc) == ["een van de ambtenaren"]


def test_an_accusation_is_a_cue_but_not_in_the_passive():
    (q,) = blank("De crisis groeit. Luigi Di Maio beschuldigt kritische buitenlandse instellingen van 'inmenging'.")
    assert (q.cue, q.speaker) == ("beschuldigt", "Luigi Di Maio")
    quotes = blank("Jan Smit wordt beschuldigd van 'ketterij en erger'.")
    assert all(q.speaker != "Jan Smit" for q in quotes)


def test_a_first_name_alone_resolves_as_its_earlier_mentions():
    text = "Max Kloosterman leidt de cursus. Max vertelt. Nee hoor, zegt Max. ‘Het is aan mensen zelf om te kiezen.’"
    doc = BLANK(text)
    spans = [doc.char_span(0, 15, label="PER")]
    for k in [i for i in range(len(text)) if text.startswith("Max ", i) or text.startswith("Max.", i)][1:]:
        spans.append(doc.char_span(k, k + 3, label="PER") or doc.char_span(k, k + 4, label="PER"))
    doc.ents = [sp for sp in spans if sp is not None]
    assert speakers(doc) == ["Max Kloosterman"]


def test_a_capitalised_adjective_before_a_first_name_is_no_part_of_it():
    text = "Gepensioneerde Jop, trots: ‘Geen grammetje vlees gegeten!’"
    doc = BLANK(text)
    doc.ents = [doc.char_span(0, len("Gepensioneerde Jop"), label="PER")]
    assert speakers(doc) == ["Jop"]


def test_a_name_with_an_apposition_before_the_colon_speaks():
    text = ("Max vertelt over de cursus. Walt, verantwoordelijk voor de inrichting van een kantoor: "
            "‘Het is complex, dat zeker.’")
    doc = BLANK(text)
    doc.ents = [doc.char_span(0, 3, label="PER"), doc.char_span(text.index("Walt"), text.index("Walt") + 4,
                                                                 label="MISC")]
    assert speakers(doc) == ["Walt"]


def test_a_plural_pronoun_can_point_back_to_a_group():
    text = ("De groep luistert aandachtig. Na afloop moeten ze het woord noemen dat opkomt: 'walgelijk' en "
            "'kansloos'.")
    toks = BLANK(text)
    at = {t.text: t.i for t in toks}
    doc = with_parse(text, {at["De"]: ("det", at["groep"]), at["groep"]: ("nsubj", at["luistert"]),
                            at["ze"]: ("nsubj", at["moeten"])},
                     morph={at["moeten"]: "Number=Plur|VerbForm=Fin"},
                     pos=["NOUN" if t.text == "groep" else "PRON" if t.text == "ze" else "VERB" if t.text in (
                         "luistert", "moeten", "noemen") else "X" for t in toks])
    assert set(speakers(doc)) == {"de groep"}


@pytest.mark.parametrize("after", ["zegt Bolsius' woordvoerder.", "aldus de woordvoerder van burgemeester Bolsius."])
def test_an_aide_is_named_through_the_person(after):
    text = f"Lucas Bolsius is burgemeester. ‘De clausule is van tafel’, {after}"
    doc = with_ents(text, [("Lucas Bolsius", "PER")])
    k = text.rindex("Bolsius")
    doc.ents = [*doc.ents, doc.char_span(k, k + 7, label="PER")]
    assert speakers(doc) == ["de woordvoerder van Lucas Bolsius"]


def test_in_a_relative_clause_holding_the_quote_the_antecedent_speaks():
    text = ("De universiteit schorste vorige week een docent die de kreet 'Volkert, waar ben je' schreef onder "
            "een bericht.")
    toks = BLANK(text)
    tags = {"universiteit": "NOUN", "schorste": "VERB", "docent": "NOUN", "die": "PRON", "kreet": "NOUN",
            "schreef": "VERB", "bericht": "NOUN", "De": "DET", "een": "DET", "de": "DET"}
    doc = with_parse(text, {}, pos=[tags.get(t.text, "PUNCT" if t.is_punct else "X") for t in toks])
    assert speakers(doc) == ["een docent"]


def test_a_present_participle_after_the_article_stays_in_the_speaker_phrase():
    text = ("Hillary Clinton en Donald Trump zijn rivalen. Donald Trump reageert. ‘Ik doe niet mee’, aldus de "
            "verlossende woorden van Clinton maandag.")
    toks = BLANK(text)
    tags = {"verlossende": "VERB", "woorden": "NOUN", "reageert": "VERB", "doe": "VERB", "zijn": "AUX"}
    c = [t.i for t in toks if t.text == "Clinton"][1]
    d = [t.i for t in toks if t.text == "Donald"][1]
    doc = with_parse(text, {d: ("nsubj", d + 2)}, pos=[tags.get(t.text, "X") for t in toks],
                     ents=[(0, 2, "PER"), (3, 5, "PER"), (d, d + 2, "PER"), (c, c + 1, "PER")])
    assert speakers(doc) == ["Hillary Clinton"]


def test_a_speech_cue_two_sentences_back_names_the_speaker_however_the_parse_attached_it():
    text = ("Jan Hamming is burgemeester. De gemeenten voeren een lobby, zegt Hamming. Ook op andere gebieden "
            "is de samenwerking goed. ‘We hebben elkaar nodig om het evenwicht te bewaren.’")
    toks = BLANK(text)
    at = {t.text: t.i for t in toks}
    h = [t.i for t in toks if t.text == "Hamming"][1]
    doc = with_parse(text, {h: ("obj", at["zegt"]), at["gemeenten"]: ("nsubj", at["voeren"])},
                     pos=["VERB" if t.text in ("zegt", "voeren") else "NOUN" if t.text == "gemeenten" else "X"
                          for t in toks], ents=[(0, 2, "PER"), (h, h + 1, "PER")])
    assert speakers(doc)[-1] == "Jan Hamming"


def test_the_noun_of_a_thinking_verb_is_no_cue():
    text = "Hij pleit voor een bestuurslaag die bindende besluiten kan nemen."
    toks = BLANK(text)
    at = {t.text: t.i for t in toks}
    doc = with_parse(text, {at["bindende"]: ("amod", at["besluiten"]), at["besluiten"]: ("obj", at["nemen"])},
                     pos=["ADJ" if t.text == "bindende" else "NOUN" if t.text == "besluiten" else "VERB"
                          if t.text in ("pleit", "nemen") else "X" for t in toks])
    from newsetl.nlp.attribution import DocView

    assert [c.lemma for c in DocView(doc, []).cues_in(0, len(text))] == ["pleiten"]


@pytest.mark.parametrize("verb, joint", [("blijven realistisch", True), ("zullen elkaar tegenkomen", False)])
def test_a_person_joined_to_the_subject_by_en_speaks_along(verb, joint):
    text = f"Maar Marloes Borgman van Rijkswaterstaat en Christian Holterman {verb}. ‘Sluipverkeer komt er.’"
    toks = BLANK(text)
    at = {t.text: t.i for t in toks}
    arcs = {at["Marloes"]: ("nsubj", at[verb.split()[0]]), at["Borgman"]: ("flat", at["Marloes"]),
            at["Christian"]: ("conj", at["Marloes"]), at["Holterman"]: ("flat", at["Christian"])}
    doc = with_parse(text, arcs, pos=["PROPN" if t.text[:1].isupper() else "X" for t in toks],
                     ents=[(at["Marloes"], at["Marloes"] + 2, "PER"), (at["Christian"], at["Christian"] + 2, "PER")])
    expected = "Marloes Borgman en Christian Holterman" if joint else "Marloes Borgman"
    assert speakers(doc) == [expected]


def test_naar_eigen_zeggen_is_the_claim_of_the_phrase_the_sentence_opens_with():
    text = ("Zelfs een partij als GroenLinks, die op social media leunt, trok dit keer naar eigen zeggen 'slechts' "
            "50 duizend euro uit.")
    doc = with_ents(text, [("GroenLinks", "ORG")])
    assert speakers(doc) == ["GroenLinks"]


def test_a_text_that_reads_a_quote_speaks_it_itself():
    text = ("De partijen zetten grote vraagtekens bij het betwiste wetsartikel 44, dat luidt: "
            "'De politie kan persoonsgegevens verwerken.'")
    doc = with_ents(text, [])
    assert speakers(doc) == ["het betwiste wetsartikel 44"]


def test_a_pronoun_that_names_nobody_between_two_quotes_leaves_the_words_with_the_speaker():
    text = ("‘Wij willen af van die kleine flutcontracten’, zegt cao-coördinator Zakaria Boufangacha van FNV. "
            "Ze leiden bovendien tot stress. ‘Mensen moeten banen stapelen.’")
    doc = with_ents(text, [("Zakaria Boufangacha", "PER"), ("FNV", "ORG")])
    assert speakers(doc) == ["Zakaria Boufangacha", "Zakaria Boufangacha"]


def test_a_surname_with_a_genitive_s_names_the_aide_through_the_person():
    text = "Willem Vermeulen ging in beroep. ‘Dan zijn we zo weer twee jaar verder’, zei Vermeulens raadsman."
    toks = BLANK(text)
    doc = with_parse(text, {}, pos=["NOUN" if t.text == "raadsman" else "VERB" if t.text == "zei" else "X" for t in toks],
                     ents=[(0, 2, "PER")])
    assert speakers(doc) == ["de raadsman van Willem Vermeulen"]


@pytest.mark.parametrize("label", ["ORG", "PER"])
def test_the_leader_of_a_named_party_is_the_person_in_focus(label):
    text = ("Thierry Baudet mengde zich in de discussie. ‘Het is een van de allerstomste voornemens’, aldus de "
            "voorman van Forum voor Democratie.")
    doc = with_ents(text, [("Thierry Baudet", "PER"), ("Forum voor Democratie", label)])
    assert speakers(doc) == ["Thierry Baudet"]


@pytest.mark.parametrize("role", ["de trainer van PSV", "de directeur van Philips"])
def test_the_head_of_a_named_club_or_company_is_the_person_in_focus(role):
    text = (f"Mark van Bommel is voorbereid op een aanvallend Ajax. ‘Ik verwacht dat ze ons onder druk zetten’, "
            f"zegt {role}.")
    doc = with_ents(text, [("Mark van Bommel", "PER"), ("Ajax", "ORG"), (role.split()[-1], "ORG")])
    assert speakers(doc) == ["Mark van Bommel"]


def test_a_spokesman_of_a_named_club_is_someone_new():
    text = "Mark van Bommel is voorbereid op Ajax. ‘We zijn er klaar voor’, zegt de woordvoerder van PSV."
    doc = with_ents(text, [("Mark van Bommel", "PER"), ("Ajax", "ORG"), ("PSV", "ORG")])
    assert speakers(doc) == ["de woordvoerder van PSV"]


def test_a_name_the_source_wrote_twice_in_a_row_is_one_name():
    text = "‘Niemand had dit zien aankomen’, zegt vader Mehmet Mehmet."
    doc = with_ents(text, [("Mehmet Mehmet", "PER")])
    assert speakers(doc) == ["Mehmet"]


def test_a_place_the_ner_took_for_a_person_does_not_speak():
    text = ("Roel Clement vertelt over de akkers. Deze grondbewerking is nog niet bekend in agrarisch Zeeland. "
            "‘We hebben met verschillende akkerbouwers gesproken.’")
    doc = with_ents(text, [("Roel Clement", "PER"), ("Zeeland", "PER")])
    assert speakers(doc) == ["Roel Clement"]


def test_an_unnamed_person_a_speech_cue_brings_in_takes_over_from_the_previous_speaker():
    text = ("‘Deze jongen is allesbehalve fris’, aldus een politiebron. Een bekende zegt dat Gökmen T. vooral "
            "bekendstaat als instabiel. ‘Er waren periodes dat hij zich vroom gedroeg.’")
    toks = BLANK(text)
    pos = ["ADJ" if t.text == "bekende" else "DET" if t.text in ("Een", "een") else "VERB" if t.text == "zegt"
           else "PROPN" if t.text in ("Gökmen", "T.") else "X" for t in toks]
    at = {t.text: t.i for t in toks}
    doc = with_parse(text, {at["Gökmen"]: ("nsubj", at["bekendstaat"])}, pos=pos,
                     ents=[(at["Gökmen"], at["T."] + 1, "PER")])
    assert speakers(doc) == ["een politiebron", "een bekende"]


def test_the_writer_citing_someone_passes_the_words_on_to_them():
    text = ("Columnist Jan van der Meulen is niet mild. Zo schrijft hij in zijn column van 14 maart en ik citeer: "
            "‘Eric de Bie is een bedachte reclamenaam.’")
    doc = with_ents(text, [("Jan van der Meulen", "PER")])
    assert speakers(doc) == ["Jan van der Meulen"]


def test_an_article_before_a_quantifier_stays_in_the_speaker_phrase():
    text = "Een andere bron zegt dat T. tot alles in staat was. ‘Hij is al eens uit een flat gesprongen.’"
    assert speakers(with_ents(text, [])) == ["een andere bron"]


def test_a_bare_noun_after_van_ending_the_phrase_is_part_of_the_title():
    text = "‘In elke zaak maken we een eigen afweging’, erkende de officier van justitie."
    assert speakers(with_ents(text, [])) == ["de officier van justitie"]


def test_an_interviewers_question_naming_someone_leaves_the_answer_with_the_interviewee():
    text = ("‘Er komen nieuwe politieke actoren’, zegt Hisyar Özsoy. Wie? Oud-president Abdullah Gül? "
            "‘Inderdaad, die. Maar het meest kansrijk acht ik Ali Babacan.’")
    doc = with_ents(text, [("Hisyar Özsoy", "PER"), ("Abdullah Gül", "PER"), ("Ali Babacan", "PER")])
    assert speakers(doc) == ["Hisyar Özsoy", "Hisyar Özsoy"]


def test_a_role_subject_runs_on_into_the_name_the_parse_left_out():
    text = "Minister Barr belooft vanwege het ‘publieke belang’ veel openbaar te maken."
    toks = BLANK(text)
    at = {t.text: t.i for t in toks}
    doc = with_parse(text, {at["Minister"]: ("nsubj", at["belooft"]), at["Barr"]: ("advmod", at["belooft"])},
                     pos=["NOUN" if t.text == "Minister" else "ADV" if t.text == "Barr" else "VERB"
                          if t.text in ("belooft", "maken") else "X" for t in toks],
                     ents=[(at["Barr"], at["Barr"] + 1, "MISC")])
    assert speakers(doc) == ["Barr"]


def test_a_role_with_where_they_work_right_after_the_name_refers_to_that_person():
    text = ("Ini Dele-Adedeji kent het gebied. De Nigeriaanse onderzoeker aan de universiteit van York bevestigt dat "
            "het om land draait. ‘De droogte drijft de nomaden naar het zuiden.’")
    doc = with_ents(text, [("Ini Dele-Adedeji", "PER"), ("York", "LOC")])
    from newsetl.nlp.quote_context import Context

    mention = "De Nigeriaanse onderzoeker aan de universiteit van York"
    a = text.index(mention)
    assert Context(doc).resolver.resolve(mention, (a, a + len(mention)), a) == "Ini Dele-Adedeji"


def test_one_of_a_group_after_van_stays_in_the_speaker_phrase():
    text = "‘Er is iets aan de hand in Frankrijk’, zegt de vriendin van een van de jongens."
    assert speakers(with_ents(text, [("Frankrijk", "LOC")])) == ["de vriendin van een van de jongens"]


def test_a_longer_question_addressing_the_interviewee_as_u_leaves_the_answer_with_them():
    text = ("‘Het is het eerlijke verhaal’, zegt Rob Jetten. Weet u daar coalitiepartner VVD van premier "
            "Mark Rutte al van te overtuigen, nu de verkiezingen in maart naderen? ‘Ik hoop het.’")
    doc = with_ents(text, [("Rob Jetten", "PER"), ("Mark Rutte", "PER")])
    assert speakers(doc) == ["Rob Jetten", "Rob Jetten"]


def test_three_answered_questions_are_needed_for_an_interview():
    # one question answered is no interview: the quote after it goes by the usual rules (the subject of
    # the sentence before)
    text = ("Wethouder Anna de Graaf wil meer woningen bouwen. Gaat dat lukken?\n\n"
            "Bouwer Piet Mulder van Bouwbedrijf Mulder twijfelt.\n\n‘Het Rijk betaalt niet mee.’")
    doc = with_ents(text, [("Anna de Graaf", "PER"), ("Piet Mulder", "PER")])
    assert speakers(doc) == ["Piet Mulder"]


# Speaker rules on the bundled model's parse: (case, text, the speakers of its quotes in order). Texts are
# written for these tests after patterns in real news.
PARSED_SPEAKERS = [
    # three questions answered make it an interview; the interviewer's turns quote a committee, and a
    # fronted object ("Zenuwen zegt ze niet te hebben") takes the subject's place in the parse
    ("interview-answers",
     "Wethouder Anna de Graaf wil meer woningen bouwen in de stad. ‘We moeten nu doorpakken’, zegt De Graaf.\n\n"
     "Gaat dat lukken?\n\n‘Ja, als het Rijk meebetaalt.’\n\n"
     "Vorig jaar oordeelde een Kamercommissie nog dat de plannen te duur waren.\n\n"
     "‘Nee, die cijfers waren oud.’\n\n"
     "Zenuwen zegt ze niet te hebben. Wel is ze nieuwsgierig naar het debat.\n\n‘Ik heb er zin in.’\n\n"
     "Heeft u geoefend voor het debat?\n\n‘Een beetje.’\n\n"
     "Moeten de bewoners niet gewoon meebeslissen?\n\n‘Dat doen ze al.’", ["Anna de Graaf"] * 6),
    # Baudet is named more often, but De Jonge is the one the article quotes by name; an answer after the
    # writer's statement ("Baudet lacht erom.") is his too
    ("interviewee-quoted-by-name",
     "Cabaretier Freek de Jonge maakt zich zorgen over Thierry Baudet. ‘Hij speelt met vuur’, zegt De Jonge. "
     "Baudet won de verkiezingen in maart. Is Baudet gevaarlijk? ‘Dat weet ik niet.’ "
     "Wat vindt u van Baudet als debater? ‘Hij is goed.’ Stemt u ooit op Baudet? ‘Nooit.’ "
     "Baudet lacht erom. ‘Laat hem maar lachen.’", ["Freek de Jonge"] * 5),
    # the interview opens with a question and an answer before anyone is quoted by a cue, and the writer
    # says what the protesters think ("Ze vinden dat …") before an answer: the answers stay the director's
    ("interview-first-answers",
     "Taxichauffeurs protesteerden gisteren bij het hoofdkantoor, blijkt uit een gesprek met directeur "
     "Thijs Emondts. Hoe is het om boze chauffeurs voor de deur te hebben? ‘Dat is indrukwekkend.’ "
     "Ze vinden dat de commissie te hoog is. ‘Die commissie is al jaren hetzelfde.’ "
     "Is een stop bespreekbaar? ‘Nee.’ Wat vindt u van het protest? ‘Ik begrijp het wel.’ "
     "Spreken de chauffeurs voor iedereen? ‘Dat denk ik niet.’", ["Thijs Emondts"] * 5),
    # "een goed ingevoerde crimineel": the parse tags "crimineel" ADJ (the object of "zegt")
    ("adjective-as-noun",
     "Nederland is een distributieland. ,,Veel coke gaat meteen naar Engeland'', zegt een goed ingevoerde "
     "crimineel. Ook de politie ziet dat.", ["een goed ingevoerde crimineel"]),
    # "Een voorbeeld: '…'" introduces what the person quoted just before says
    ("lead-in-colon",
     "De uitslag voorspelt veel, zegt onderzoeker Yvonne Gispen van ProDemos. 'Trends zie je vaak terug.' "
     "Een voorbeeld: 'Het CDA is minder populair onder scholieren dan in de rest van Nederland.'",
     ["Yvonne Gispen", "Yvonne Gispen"]),
    # one name with "en" in it, spelled out by its acronym
    ("acronym-with-en",
     "Volgens Transport en Logistiek Nederland (TLN) is het 'een onbegrijpelijk besluit' van de gemeente. "
     "Volgens TLN is het raar. \"De tank zit vol diesel.\"", ["Transport en Logistiek Nederland"] * 2),
    # "X, role, noemde de deal '…'": the phrase after a naming verb is what is named
    ("naming-verb-object",
     "De vorige asielwoordvoerder van de fractie, Sharon Gesthuizen, noemde de deal die de EU in 2016 met "
     "Turkije sloot nog 'smerig'. Zij diende vaak moties in.", ["Sharon Gesthuizen"]),
    # a thing fronted, the person after the naming verb
    ("naming-verb-fronted",
     "Kyryl Lashun woont in Utrecht. De Nederlandse huizenmarkt omschrijft Kyryl Lashun als 'intens'.",
     ["Kyryl Lashun"]),
    ("role-then-apposed-name",
     "De partij verandert niet. Volgens de asielwoordvoerder in de Kamer, Jasper van Dijk, is er geen "
     "sprake van een andere koers. \"Wel zijn Lilian en ik ons standpunt meer gaan uitwerken.\"",
     ["Jasper van Dijk"]),
    # "riepen leuzen als '…'": the slogans are what the protesters shouted
    ("what-is-said", "Betogers zongen en riepen leuzen als 'Geen vijfde mandaat, Bouteflika'.", ["betogers"]),
    # "zegt de Amsterdammer" right after Michel Verbeek is named (the NER tags "Amsterdammer" MISC)
    ("inhabitant-noun",
     "Het postkantoor krijgt een nieuwe invulling. Michel Verbeek begint er met zijn partner een ijssalon. "
     ",,Eind april willen we open\", zegt de Amsterdammer.", ["Michel Verbeek"]),
    # "Name (Party): '…'" (the tokenizer keeps "):" as one token) and "Name (Party) zei …"
    ("party-in-brackets",
     "Het debat was fel. Maarten Groothuizen (D66): 'De minister moet alles op alles zetten.' Kathalijne "
     "Buitenweg (GroenLinks) zei dat ze de rapporten 'schaamtevol' had gelezen.",
     ["Maarten Groothuizen", "Kathalijne Buitenweg"]),
    # "'…', citeerde persbureau TASS gouverneur Kozjemjako": who is quoted follows who quotes
    ("cited-person",
     ",,Het besluit is genomen om alle dieren te laten gaan'', citeerde Russisch persbureau TASS gouverneur "
     "Oleg Kozjemjako. Eind maart luidde een alarm.", ["Oleg Kozjemjako"]),
    # "zei die laatste": the person named last, not the subject
    ("the-latter",
     "\"Mijn beste vriend\", noemde Alexis Tsipras zijn collega Zoran Zaev van Noord-Macedonië. "
     "\"We schrijven geschiedenis\", zei die laatste.", ["Alexis Tsipras", "Zoran Zaev"]),
    # "Stanley (19)": a name written with an age is a person, so "hij" can point back to it (the NER calls
    # the later "Stanley" a place)
    ("name-with-age",
     "Stanley (19) staat terecht in Rotterdam. Met de vriend van zijn zus gaat hij naar Antwerpen. ,,Ik wist "
     "niet wat erin zat'', legt hij uit. Stanley lijkt de ernst niet te beseffen.", ["Stanley"]),
    # "benadrukt de Engelse": where the person in focus is from, as a noun
    ("demonym-epithet",
     "Sarah Adams woont al jaren in Florida. Ze runt er een bedrijf. ,,We creëren banen voor Amerikanen\", "
     "benadrukt de Engelse. Kor Mulder kreeg veel vragen.", ["Sarah Adams"]),
    # "Tenslotte opperen de twee grootste eurolanden …": an adverb capitalised at the sentence start never speaks,
    # and a number after the article counts the speakers, it does not end the phrase
    ("no-adverb-speaker",
     "Tenslotte opperen de twee grootste eurolanden in het document toch weer dat de begroting een "
     "'stabiliserende functie' moet hebben.", ["de twee grootste eurolanden"]),
    # the "en" inside a body's name spelled out by its acronym joins no two speakers
    ("en-inside-a-body",
     "Er zijn veel uitbraken. ,,We verwachten importgevallen'', verklaart arts infectieziektebestrijding Helma Ruijs "
     "van het Rijksinstituut voor Volksgezondheid en Milieu (RIVM).", ["Helma Ruijs"]),
    # "Naam (23) en Naam (23): '…'": two people with their ages speak together; "Anissa" and "Marlie", first
    # names the tagger does not know, stay part of the names
    ("two-with-ages",
     "Buurtbewoners hebben geen bezwaren. Anissa El Abbassi (23) en Maryam Belkadi (23): \"We zien ze vooral "
     "vaak heen en weer lopen met tasjes.\"", ["Anissa El Abbassi en Maryam Belkadi"]),
    ("unknown-first-name",
     "Details willen de zes beleggers nog niet geven. \"Daarvoor is het nog te vroeg\", zegt Marlie Zuidgeest van "
     "NN Investment Partners. \"Maar het klopt.\"", ["Marlie Zuidgeest", "Marlie Zuidgeest"]),
    # a name with an age is a person even when the NER calls the phrase ORG and a role word opens it, and a
    # numeral ("een nulletje of drie") never speaks
    ("age-after-role-and-numeral",
     "Voor de Enschedeër Giovanni Imbrogiano (53) zou het een ramp zijn. Hij is het mikpunt van zijn collega's, "
     "die een nulletje of drie voorspellen. \"De hele tijd plagerijen, in de hoop dat ik hap.\"",
     ["Giovanni Imbrogiano"]),
    # the parser starts a sentence inside "Tanja Traag" (no full stop there), and "de sociologe" is her role
    ("name-split-by-the-parser",
     "Het Centraal Bureau voor de Statistiek presenteert cijfers. Socioloog Tanja Traag van het CBS reageert "
     "stellig: ,,Mijn zoon kan zo opdreunen hoeveel calorieën ergens in zitten.'' Het aandeel jongeren met "
     "overgewicht stijgt. ,,Het is zeker niet de norm,'' betoogt de sociologe.", ["Tanja Traag", "Tanja Traag"]),
    ("fraction-is-party",
     "LokaalHengelo neemt het Cornelisse kwalijk dat hij op eigen titel handelde. De fractie noemt het plan "
     "'onzorgvuldig en ongepast'.", ["LokaalHengelo"]),
    # "vol." ends the sentence as a particle, not as spaCy's abbreviation of "volume"
    ("particle-before-full-stop",
     "Airbus haalde honderden orders binnen. 'Wij gaan ook een nieuw vliegtuig maken', hield Boeing vol. Dat "
     "standpunt sneuvelde snel.", ["Boeing"]),
    # the parse reads the capitalised "Van" as a preposition and makes the object the subject: a person's name
    # alone before the verb that opens the sentence is who speaks
    ("fronted-name-with-particle",
     "Directeur Michel van Lindert van Fastned ziet de markt groeien. Pionier Tesla zit ook niet stil en bouwt aan "
     "een indrukwekkend netwerk van superchargers. Van Lindert juicht de keiharde concurrentie alleen maar toe. "
     "\"Gezien de verwachte groei heb je al die partijen straks hard nodig.\"", ["Michel van Lindert"]),
    # "groot respect" is what he says he has, not who says it: a bare singular with an adjective never speaks
    ("bare-singular-object",
     "Wethouder Bas van Wakeren reageert op de petitie. Hij nodigt de initiatiefnemers uit voor een gesprek en zegt "
     "groot respect te hebben voor 'allemaal Hengeloërs die het beste voor hebben met de stad'.", ["Bas van Wakeren"]),
    # "zijn advocaat" of an unnamed man is the one lawyer the article names, even when it names him later
    ("possessed-role-named-later",
     "Een 52-jarige Enschedeër wordt in Dubai vastgehouden. Hij zit volgens zijn advocaat al weken in de cel. \"En "
     "ik weet nog steeds niet waarvan hij wordt verdacht.\" Advocaat Umut Ural stond de man in het verleden in "
     "Nederland bij.", ["Umut Ural"]),
    # "de sociologe" is the person introduced as "socioloog", however far back and whoever came in between
    ("female-form-of-a-role",
     "Socioloog Tanja Traag van het CBS reageert stellig: ,,Mijn zoon kan zo opdreunen hoeveel calorieën ergens in "
     "zitten.'' Het aandeel jongeren met overgewicht stijgt. Dat blijkt uit de Gezondheidsmonitor. Onder ouderen is "
     "het aandeel stabiel. Minister Hugo de Jonge noemt de cijfers zorgelijk. Hij wil een suikertaks. ,,Het is zeker "
     "niet de norm,'' betoogt de sociologe.", ["Tanja Traag", "Tanja Traag"]),
    # "politicus" is one politician (a Latin singular in -us), not a plural in -s
    ("latin-singular-epithet",
     "De Hongaarse premier Viktor Orbán voert ook vanaf de kansel campagne voor de Europese verkiezingen. \"De "
     "christelijke cultuur is de bron van alle macht\", zei de rechts-nationalistische politicus gisteren in "
     "Boedapest.", ["Viktor Orbán"]),
    # a role compound in -agent opening the sentence is no part of the name
    ("role-compound-before-name",
     "De gemeente en de politie werden regelmatig gebeld. Wijkagent Frie van Rijsbergen spreekt van baldadigheid, "
     "mogelijk brandstichting: ,,Dit had vreselijk mis kunnen gaan als het vuur was overgeslagen.''",
     ["Frie van Rijsbergen"]),
    # "de politie", "de advocaat": the body or role as the article names it in full, even when that comes later
    ("unnamed-body-named-in-full-later",
     "Na lang onderzoek meldde de politie: 'Er zijn twee verdachten opgepakt.' Het korps, de politie van Chicago, "
     "zoekt nog getuigen.", ["de politie van Chicago"]),
    ("unnamed-role-owned-later",
     "De jongen stond gisteren voor de rechter. De advocaat vreest dat Stanley een moeizaam leven zal krijgen. ,,Hij "
     "kan gemakkelijk slachtoffer worden van verkeerde mensen.'' De rechter spreekt hem vrij. De advocaat van Stanley "
     "is opgelucht.", ["de advocaat van Stanley"]),
    # a participle the tagger calls a verb, inside the phrase's "van" part, is an adjective ("bejaarde")
    ("participle-inside-the-owner",
     "Het verbod leidt tot boosheid. 'Mijn cliënt vreest echt voor zijn leven', zegt de advocaat van een bejaarde "
     "man, die de zitting volgt.", ["de advocaat van een bejaarde man"]),
    # "de Kamer" is the one chamber the article names in full
    ("body-by-its-last-word",
     "Minister Van Nieuwenhuizen sprak gisteren met de Tweede Kamer over Schiphol. 'Dit besluit is niet goed "
     "onderbouwd', oordeelt de Kamer.", ["de Tweede Kamer"]),
    # "het OM" is the prosecution, not the expletive "het" before the preposition "om"
    ("acronym-spelling-a-preposition",
     "Ruben stond in het raadhuis te luisteren. 'Van een strafbaar feit is geen sprake', concludeert het OM.",
     ["het OM"]),
    # a fronted object, the verb, a focus word, then the subject: "Dat vermoeden spreekt ook officier … uit"
    ("focus-word-before-inverted-subject",
     "De rechter zegt dat de politie een heel ander vermoeden heeft opgeschreven. Dat vermoeden spreekt ook officier "
     "van justitie Emi Verhoeven-Ivankovic uit. ,,Ik vraag me heel erg af wat er was gebeurd.''",
     ["Emi Verhoeven-Ivankovic"]),
    # what someone said or counted speaks for its owner: "volgens satellietgegevens van de NASA"
    ("statement-of-an-owner",
     "De bossen groeien weer. Volgens satellietgegevens van de NASA is de aarde sinds 2000 'een stuk groener' "
     "geworden. De files worden langer. Volgens schattingen van Rijkswaterstaat is de extra reistijd 'ongeveer vijf "
     "minuten'.", ["de NASA", "Rijkswaterstaat"]),
    # "in Lagos" is a place, whatever the NER calls it: no antecedent for "zij"
    ("pronoun-skips-a-placed-name",
     "Veel schrijvers zijn doorgebroken, meent de Nigeriaanse schrijver Lola Shoneyin. Voor het grote "
     "literatuurfestival Aké in Lagos laat zij als organisator vele Afrikaanse auteurs uit het Westen overkomen. 'Ze "
     "willen heel graag wat terugdoen voor thuis, een workshop geven, met lezers praten.'", ["Lola Shoneyin"]),
    # two speakers in one sentence, each with a speech verb ("reppen van" is one)
    ("second-verb-of-speech-in-a-sentence",
     "Minister Wiebes en premier Rutte maakten bekend dat het kabinet een heffing wil. Rutte sprak over 'een vorm "
     "van CO2-heffing' en Wiebes repte van 'een verstandige' CO2-heffing.", ["Rutte", "Wiebes"]),
    # verbs for how something is put or answered introduce speech too
    ("manner-of-speaking-verbs",
     "Links-extremisten laten vaker van zich horen. ,,Links kan niet zonder rechts, maar rechts kan wel zonder "
     "links'', verwoordt een ingewijde de dynamiek. Wethouder Anna de Vries kreeg kritiek. ,,Dat is onzin'', "
     "countert De Vries.", ["een ingewijde", "Anna de Vries"]),
    # "Citaat:" leads in what is quoted; it is no speaker
    ("lead-in-word-before-a-colon",
     "Columnist Rudy Schreijnders las het stuk in Het Parool van zaterdag. Citaat: 'De wethouder zit wel met een "
     "probleem.'", ["Rudy Schreijnders"]),
    # an unnamed speaker keeps what places or describes them, not how they said it
    ("unnamed-speaker-with-its-description",
     "Op de boot is het druk. \"Ik zit economy class,\" zegt een man naast me. ,,Het is hier geen café'', zegt een "
     "vrouw met haar hondje op de arm. 'We stellen een onderzoek in', meldt een politiewoordvoerder in een reactie.",
     ["een man naast me", "een vrouw met haar hondje op de arm", "een politiewoordvoerder"]),
    # an office of a place is the one who holds it in the article, as the bare office is
    ("office-of-a-place",
     "Donald Trump en Kim Jong-un schrijven elkaar brieven. De president van de Verenigde Staten schrijft: ,,Ik keek "
     "er erg naar uit.'' Later prees president Trump de brieven nog eens.", ["Donald Trump"]),
    # a role before the field word that precedes a name is that person's role too
    ("role-before-a-field-word",
     ",,We verwachten importgevallen'', verklaart arts infectieziektebestrijding Helma Ruijs van het RIVM. Het gaat om "
     "mensen die in het buitenland mazelen oplopen. ,,Er zijn 5000 gevallen'', vertelt de arts.",
     ["Helma Ruijs", "Helma Ruijs"]),
    # a pronoun no named person accounts for points back to a person described by a noun, in any role
    ("pronoun-to-an-unnamed-person",
     "Ik sprak die dag een leraar van groep 7. Zij zei: ,,De voorbereiding vraagt meer.'' Het was de Nederlandse "
     "documentairemaker bij mij die het wist. 'De muziek is beter', stelde hij vast. We namen een taxi bij een "
     "innemende taxichauffeur. Thuis gaf hij me een munt: 'Een Schotse traditie.'",
     ["een leraar van groep 7", "de Nederlandse documentairemaker", "een innemende taxichauffeur"]),
    # in an interview printed as questions and answers, the "u" the interviewer quotes is the interviewee
    ("interviewer-quotes-the-interviewee",
     "Wethouder Anna de Graaf wil meer woningen bouwen. ‘We moeten doorpakken’, zegt De Graaf.\n\n"
     "Gaat dat lukken?\n\n‘Ja, als het Rijk meebetaalt.’\n\nIs het Rijk dan zo zuinig?\n\n‘Nee, maar het is traag.’\n\n"
     "Waarom is de discussie ‘gevoelig’, zoals u dat zegt?\n\n‘Omdat iedereen een huis wil.’",
     ["Anna de Graaf"] * 5),
    # a country or body as the subject speaks a partial quote, not the person named in its object; a person
    # through whom it speaks still does
    ("body-subject-of-a-partial-quote",
     "President Donald Trump erkende de Golan als Israëlisch. Syrië ziet het besluit van Trump als een 'aanval op "
     "de soevereiniteit en territoriale integriteit' van het land. Duitsland riep, middels minister Heiko Maas, op "
     "tot 'terughoudendheid'.", ["Syrië", "Heiko Maas"]),
    # two people joined by "en" as the subject speak a partial quote together, also with a clause after them
    ("joint-subject-of-a-partial-quote",
     "De ruzie in Rotterdam heeft een voorgeschiedenis. Paul Rosenmöller en Pieter Duisenberg, die als informateurs "
     "het college van zes partijen vormden, toonden zich vorig jaar al geschrokken van de 'weerstand, blokkades en "
     "aversie' in de Rotterdamse gemeenteraad. Ze adviseerden de verhoudingen te normaliseren en het 'open, "
     "inhoudelijke debat' de ruimte te geven.", ["Paul Rosenmöller en Pieter Duisenberg"] * 2),
    # a plural pronoun that no subject accounts for points back to people counted in any role
    ("plural-pronoun-to-counted-people",
     "Een rechter in Texas gaf drie veroordeelden gisteren gelijk. Ze voerden aan dat haar een 'verlengstuk van de "
     "ziel' is.",
     ["drie veroordeelden"]),
    # "de vrouw" / "de man" with nobody brought in that way is the person in focus whose first name agrees
    ("the-woman-is-the-person-in-focus",
     "Tegen de vrouw die Thierry Baudet bedreigde, is een taakstraf geëist. De 21-jarige Mila van den B. moet 180 uur "
     "werken. \"Het was een grap\", antwoordde de vrouw.", ["Mila van den B."]),
    # "<Name>, mijn chef": a role in an apposition with a possessive is that person's role too
    ("role-in-a-possessive-apposition",
     "Er zijn optredens van auteurs als Henk Spaan en Thomas van Aalten en, kijk nou toch eens aan, Frenk der "
     "Nederlanden, mijn chef. Hij leest een column voor. De chef: \"Dit is toch ook leuk voor de mensen hier.\"",
     ["Frenk der Nederlanden"]),
    # "de man" is called by the phrase that brought him in, a participle before the noun included
    ("first-mention-with-a-participle",
     "Op de stoep staat een bejaarde man met een rollator. Zijn dochter is boos. De man zelf wil daar ook nog wel "
     "iets over kwijt. 'Ik laat me niet doodrijden', zegt de man.", ["een bejaarde man met een rollator"]),
    # "officier van justitie" is one title, whatever follows it
    ("title-with-van",
     "De rechtszaak begon vrijdag. 'Het is relevant voor de beeldvorming', zei de officier van justitie vrijdag in de "
     "rechtszaak tegen verdachte Jos B.", ["de officier van justitie"]),
    # "Erdogan" is a surname here, no first name that would make "Erdogan van Turkije" one person's name
    ("surname-before-van-and-a-country",
     "De AKP verloor in Istanbul. President Erdogan reageerde boos. Hij wijt de nederlaag aan wat hij "
     "'georganiseerde misdaad' noemt. Volgens Erdogan van Turkije ging het om 'spookkiezers'.", ["Erdogan"] * 2),
    # "weten" and "geven" attribute only right after the quote ("weet hij niet" is no speech)
    ("verbs-that-attribute-only-after-a-quote",
     "Arts Helma Ruijs weet niet hoe vaak het voorkomt. ,,Een hersenontsteking is zeldzaam'', weet Ruijs. ,,Het is "
     "een ingrijpend middel'', geeft de politie als reactie. ,,U bent geen robot'', geeft Ruijs de artsen mee. "
     "Churchill sprak over Europa. ,,Het was alsof hij een scheet had gelaten'', herinnert een politicus uit die tijd "
     "zich.", ["Helma Ruijs", "de politie", "Helma Ruijs", "een politicus uit die tijd"]),
    # an age written with digits belongs to the unnamed speaker's phrase
    ("age-in-digits",
     "De snorfietsers gingen in beroep. \"Ik laat me niet doodrijden,\" zei een 81-jarige man.",
     ["een 81-jarige man"]),
    # a participle used as a noun is the speaker ("de verdachte"); so is whoever's reply the quote was
    ("participle-noun-and-whose-reply",
     "De zitting begon om tien uur. \"Ze begonnen weer te dansen!'', beklaagde de verdachte zich. \"Ik geloof u "
     "niet\", was het weerwoord van de rechter. 'Geen commentaar', luidde de reactie van minister Jan de Vries. "
     "Het debat ging over het klimaat. ,,We moeten vooroplopen'', is het standpunt van Rob Jetten. Het recht "
     "geschiedde niet. 'Ieder het zijne geven', was volgens Plato het wezen van rechtvaardigheid.",
     ["de verdachte", "de rechter", "Jan de Vries", "Rob Jetten", "Plato"]),
    # a direct quote nobody speaks yet goes to the one person named in full just before it, not when two are
    ("only-person-before",
     "De leerlingen leren van hun fouten. Zoals de 13-jarige Gwen Bogaart. Haar vinger schiet de lucht in. "
     ",,Ik dacht dat ik het wist.''",
     ["Gwen Bogaart"]),
    ("only-person-before-not-two",
     "Het team van Piet de Vries speelt tegen het team van Klaas Jansen. Er wordt gejuicht. ,,Het gaat hier altijd "
     "zo.''",
     [None]),
    # a partial quote with no cue and no name: the writer's clause's subject, when it can speak
    ("partial-quote-clause-subject",
     "Het kabinet wil prostitutie beter regelen. De ChristenUnie zoekt naar een oplossing waarbij 'zo min "
     "mogelijk slachtoffers vallen'. Ze wil dat het plan 'zo snel mogelijk wordt uitgevoerd'.",
     ["de ChristenUnie", "de ChristenUnie"]),
    # before a colon, with no person named: the clause's subject when the NER names it ("Kalitta bijt terug:")
    ("colon-after-a-named-subject",
     "KLM reageert fel. 'De discriminatie bestaat niet.' Kalitta bijt terug: 'Van de 554 vluchten waren er veel "
     "te laat.' Het Nederlands Dagblad is milder over de politieke keuzes: 'Verschrikkelijk, dat dit gebeurt.'",
     ["KLM", "Kalitta", "het Nederlands Dagblad"]),
    # a board's title runs on over "van" ("het college van bestuur", "de raad van commissarissen")
    ("board-titles-with-van",
     "De rotonde is gevaarlijk. 'We verzoeken met nadruk om een analyse', schrijft het college van bestuur in een "
     "brief. ,,Het moet anders'', zegt de raad van commissarissen.",
     ["het college van bestuur", "de raad van commissarissen"]),
    # "klinkt het in/bij X": X speaks, but "in koor" is a manner; "zo maant X" is a cue, "zes maanden" is not
    ("sounds-from-a-circle",
     "Forum groeit snel. 'Baudet is erger dan Fortuyn', klinkt het in linkse kringen. 'Nee!', klinkt het in koor. "
     "De uitkering gaat zes maanden 'mee' naar het buitenland. ,,Trek aan de noodrem'', zo maant Kamerlid Jasper "
     "van Dijk.",
     ["linkse kringen", "linkse kringen", "Jasper van Dijk"]),
    # a body with an article ("het bedrijf") who speaks in the sentence before gives the next quote its speaker;
    # a court named by its seat keeps its kind word ("het gerechtshof Amsterdam", not "Amsterdam")
    ("body-subject-before-a-quote",
     "Avonturiers die naar Mars willen hoeven niet te wanhopen, zegt het bedrijf dat die reis zou verzorgen. "
     "'Alleen de financieringstak is failliet, we werken aan een oplossing.' Slecht nieuws dus.\n\n"
     "Een veroordeling van de vader is niet mogelijk, oordeelde het gerechtshof Amsterdam destijds. In dat arrest "
     "staat: 'Het hof constateert dat uit het dossier niets blijkt.' De zaak is gesloten.",
     ["het bedrijf", "het gerechtshof Amsterdam"]),
    # a bare plural of things after the verb is no speaker ("maatregelen"); a bare plural of sources is
    ("bare-plurals",
     "Minister Sander Dekker zocht naar damage control. Hij erkende dat er veel is misgegaan ('een reeks fouten'). "
     "Kondigde maatregelen aan ('we veranderen protocollen'). En kwam met excuses.\n\n"
     "Het kabinet twijfelt. 'Dit is een veel te groot risico', zeggen bronnen.",
     ["Sander Dekker", "Sander Dekker", "bronnen"]),
    # "zoals X al aangaf": X speaks; a participle used as an adjective ("besloten clubjes") is no cue
    ("as-said-by-and-adjectival-participle",
     "Het zijn 'smakeloze' uitlatingen zoals het OM al aangaf in de zaak tegen de docent. Minister Bruno le Maire "
     "viel Hoekstra aan. Hij 'geeft de voorkeur aan eerlijk zijn', boven de tactiek om via aparte besloten clubjes "
     "iets te bereiken.", ["het OM", "Bruno le Maire"]),
    # a name in an enumeration is one of several mentioned, not who speaks next
    ("name-in-a-list-is-no-speaker",
     "'Dit wordt een grote mars', zegt Pelle Berting van Greenpeace. De organisatie loopt mee met Milieudefensie, "
     "Oxfam Novib en vakbond FNV. 'Daar zetten we op in.'", ["Pelle Berting"] * 2),
    # a quote in the lead, before anyone is named, is the one whom the next quote's cue names
    ("lead-quote-before-the-first-name",
     "Heel Arnhem moet in 2050 van het gas af. Een aantal wijken loopt zich al warm. 'Ik hoop dat we op tijd zijn.' "
     "In het clubhuis van de tennisclub gaat het over isolatie en warmtepompen. Het is druk.\n\n"
     "'Het kan echt', zegt voorzitter Herman Velvis.", ["Herman Velvis"] * 2),
    # a speech cue right before a quote hands the floor to its subject, a body's spokesman too, but a thing
    # as the subject ("vindt een veldleeuwerik prachtig") does not take it from the person
    ("cue-before-hands-the-floor",
     "'We zijn de vertegenwoordiger van de industrie', zegt directeur Steven van Eijck. We begrijpen dat niet "
     "iedere automobilist hierop zit te wachten, voegt een woordvoerder van de Rai daaraan toe. 'Maar we willen "
     "naar nul verkeersslachtoffers.' Van de heidevelden is weinig over. Ook Frank Berendse vindt een veldleeuwerik "
     "prachtig. 'Het zou jammer zijn als we die kwijtraken.'",
     ["Steven van Eijck", "een woordvoerder van de Rai", "Frank Berendse"]),
    # "OM" in capitals is the public prosecutor, not the preposition "om" (which would make the verb a noun), and
    # the object pronoun after the verb is whom it is said of
    ("acronym-before-cue",
     "Het OM betitelde hem toen nog als 'leugenaar' en nu zou hij ineens betrouwbaar zijn.", ["het OM"]),
    # "…, die vond dat …": the relative pronoun's antecedent speaks; "advocaat-generaal" is a person
    ("relative-antecedent",
     "Het vertrouwen in de politie is door deze zaak aangetast, aldus de advocaat-generaal, die vond dat er van "
     "deze zaak 'een signaal' moet uitgaan. Zij achtte de agenten schuldig.", ["de advocaat-generaal"]),
    # a teaser quote under the headline that no rule attributes goes to the first voice the article quotes, however
    # far on; a quote after someone has spoken is not guessed that way (tests/fixtures/quotes/continuation.txt)
    ("first-voice",
     "De tatoeagezaak Sailors and Crooks figureert in nieuwe filmpjes van de Voedsel- en Warenautoriteit. Het is een "
     "waardering voor de hoge cijfers bij inspecties. \"We zijn heel trots.\"\n\nDe films staan sinds deze week "
     "online.\n\nHet eerste filmpje gaat over handhygiëne.\n\nHanden worden gewassen voordat handschoenen worden "
     "aangetrokken.\n\nDe zaak bestaat zeven jaar.\n\n,,Wij werden gekozen omdat alles altijd perfect is'', zegt "
     "eigenaar Gerrit Grootenhaar.", ["Gerrit Grootenhaar", "Gerrit Grootenhaar"]),
    # a cue-less partial quote in a clause whose subject is a body standing for one named before ("de dienst"):
    # the body, not the person quoted last
    ("partial-body-subject",
     "De AIVD waarschuwt voor terugkeerders. ,,Die zouden er kunnen zitten'', stelt directeur Dick Schoof. De "
     "dienst houdt er in elk geval rekening mee dat 'gedetineerde jihadisten een belangrijk onderdeel vormen van "
     "de beweging'. Of dat klopt?", ["Dick Schoof", "de AIVD"]),
    # a name that ends in s is no genitive when it acts ("Mertens ziet '…'"), so it beats the previous sentence's
    # "volgens"; "Trumps" owns the words, the subject speaks
    ("name-ending-in-s",
     "Advocaat Peter Mertens vraagt vrijspraak. Volgens de raadslieden is er niets overgebleven. Mertens ziet "
     "'apert onvoldoende aanknopingspunten in het dossier voor witwassen'. Het geschuif is te verklaren.", ["Peter Mertens"]),
    # a noun before a name tells the person's sex where the first name does not: "haar ex-man Jackson Musoni" is
    # not "ze"
    ("gender-from-a-noun",
     "De Nederlands-Rwandese Huguette Debets spant een zaak aan. Vijf dagen na de crash stond Debets in een veld "
     "tussen de brokstukken van het vliegtuig waarin haar ex-man Jackson Musoni (31) zat. \"Je kunt je niet "
     "voorstellen hoe het eruit ziet\", zegt ze.", ["Huguette Debets"]),
    # "het pensioenfonds": the one body the article names with that word in its name (here through its acronym)
    ("body-word-in-a-name",
     "Bij werknemers van Vérian is onrust ontstaan over een brief van hun pensioenfonds. Dat is Pensioenfonds Zorg "
     "en Welzijn (PFZW). 'Uw werkgever betaalt de premie niet meer', schrijft het pensioenfonds.",
     ["Pensioenfonds Zorg en Welzijn"]),
    # a heading glued to the sentence makes the parse take the object for the cue's subject ("vindt een
    # veldleeuwerik"): the person named as the subject takes the floor, not the previous speaker
    ("cue-with-a-thing-as-subject",
     "'Het is een ramp voor de vogels', zegt Frits Mohren. 'En we hebben al zo weinig.' Subsidie gedreven "
     "Vooropgesteld: ook Frank Berendse, emeritus hoogleraar ecologie en natuurbeheer, vindt een veldleeuwerik die "
     "boven de heide zweeft prachtig. 'Het zou ontzettend jammer zijn als we die zeldzame ecosystemen kwijtraken.'",
     ["Frits Mohren", "Frits Mohren", "Frank Berendse"]),
    # the parse hangs "voor" on "Berlijn", past the verb: the subject still ends before its verb
    ("subject-cut-at-its-verb",
     "Stuttgart is voorloper. De regering in Berlijn vreest voor 'massale protesten' van gefrustreerde burgers. "
     "'Weg met de Groenen!', roept de 75-jarige Klaus Maier.", ["de regering in Berlijn", "Klaus Maier"]),
    # an object pronoun is not its own clause's subject: "volgens hem" is the lawyer, not Fred Ros
    ("object-pronoun-not-its-subject",
     "Advocaat Sander Janssen trekt de verklaringen in twijfel. Janssen wijst op hun financiële belangen. Fred Ros "
     "mocht volgens hem ruim 4 ton crimineel geld houden. ,,Alleen het feit dat zij al dat geld mogen houden, geeft "
     "hen een prikkel.''", ["Sander Janssen"]),
    # the entity rules cut "Lijsttrekker" off the name; a capitalised role opening the sentence makes it a person
    ("opening-role",
     "Rond de exitpoll brengt lijsttrekker Maarten Everling een flitsbezoek aan de provincietoren. Hij baalt, zegt "
     "hij. ,,Jammer. We hebben hard gewerkt.'' Het luidste gejuich van de avond komt van het grote "
     "GroenLinks-gezelschap midden in de gezellig volle Bois-le-duc zaal, waar op een groot scherm (heel) langzaam "
     "maar zeker meer uitslagen binnenkomen. Lijsttrekker Hagar Roijackers straalt. ,,Ik ben blij en trots dat zo "
     "veel Brabanders hebben gekozen voor een groener, gezonder en socialer Brabant.''",
     ["Maarten Everling", "Hagar Roijackers"]),
    # "ze" after a subject that says it is a woman, over a man's name of unknown sex further back; the phrase
    # it heads is the speaker. Not when the same pronoun is a subject in between: it points where that one does
    ("sex-of-subject",
     "De afgelopen dagen waren er meer bedreigingen aan het adres van Charlie Chaplin. De universiteit schorste "
     "vorige week een docent. En maandag nog werd een 21-jarige vrouw uit Nijmegen aangehouden voor het scanderen "
     "van bedreigende leuzen. 'Als je hem dood wil schieten, zeg je paf', riep ze tot grote afschuw van veel "
     "politici.", ["een 21-jarige vrouw uit Nijmegen"]),
    ("sex-of-subject-chained",
     "Van een druk hoofd heeft de 80-jarige Joke Petermeijer uit Bergen op Zoom nooit last op weg naar het "
     "stemlokaal. Het is altijd CDA en dat zal het blijven. Misschien is een andere, lager geplaatste vrouw wel "
     "geschikter, maar ze vindt het niet aan haar om dat te bepalen. 'Het zal wel mijn gezagsgetrouwe inborst "
     "zijn', zegt ze.", ["Joke Petermeijer"]),
    # where someone is from, capitalised before the name, is a role the article can call them by
    ("demonym-role",
     "Voor de Enschedeër Giovanni Imbrogiano (53) zou het een ramp zijn als Ajax wint. Even heeft de Enschedeër "
     "dat gecompenseerd door in zijn huis een soort voetbalcafé in te richten. \"Ik sla geen wedstrijd over,\" "
     "zegt de Enschedeër.", ["Giovanni Imbrogiano"]),
    ("demonym-subject",
     "Voor de Enschedeër Giovanni Imbrogiano (53) zou het een ramp zijn als Ajax wint. Zijn vader werkte bij "
     "Vredestein. Italiaanse Tukkers zaten in het clubgebouw van Tutti Noi. Maar dat is voorbij; de vergrijzing "
     "binnen Tutti Noi heeft z'n tol geëist. Bijna iedereen kijkt nu thuis. Even heeft de Enschedeër dat "
     "gecompenseerd door in zijn huis een soort voetbalcafé in te richten. \"Ik sla geen wedstrijd over.\"",
     ["Giovanni Imbrogiano"]),
    ("genitive-s",
     "Donald Trump stuurt troepen. De Syrische regering noemt het besluit een voorbeeld van Trumps 'cowboy-politiek "
     "van de ergste soort'.", ["de Syrische regering"]),
]


@pytest.mark.parametrize("text,expected", [case[1:] for case in PARSED_SPEAKERS],
                         ids=[case[0] for case in PARSED_SPEAKERS])
def test_speakers_on_the_bundled_models_parse(parsed, text, expected):
    assert [q.speaker for q in extract_quotes(parsed(text))] == expected


def test_a_word_or_two_in_quote_marks_in_the_writers_own_opinion_is_a_scare_quote():
    # the writer does not quote himself in his own sentence; someone else's two words after "volgens" are quoted
    assert blank("Volgens mij zijn extra buitenlessen onmisbaar voor 'werkgeluk'. Dat is zo.") == []
    (q,) = blank("Volgens de minister zijn extra buitenlessen onmisbaar voor 'echt werkgeluk'. Dat is zo.")
    assert (q.quote_type, q.speaker) == ("partial", "de minister")


@pytest.mark.parametrize("text", ["Het is lastig als je al overhaast 'ja' had gezegd.",
                                  "Zo onderdruk je je eerste neiging ('ja, natuurlijk') en denk je na."])
def test_a_word_or_two_after_a_speech_verb_that_names_nobody_is_no_quote(text):
    assert extract_quotes(BLANK(text)) == []


def test_more_verbs_of_speaking_are_cues(parsed):
    doc = parsed("'Dat is heel ernstig', vaart socioloog Ignacio Sánchez-Cuenca uit. 'We krijgen geen eerlijk proces', "
                 "somberde Oriol Junqueras. Informateur Paul Rosenmöller adviseerde om het 'open, inhoudelijke debat' "
                 "de ruimte te geven.")
    assert [(q.cue, q.speaker) for q in extract_quotes(doc)] == [
        ("vaart uit", "Ignacio Sánchez-Cuenca"), ("somberde", "Oriol Junqueras"),
        ("adviseerde", "Paul Rosenmöller")]


def test_an_opinion_verb_takes_up_one_quoted_verdict(parsed):
    """"vindt X 'historisch'": one quoted adjective as the verdict of "vinden" is a partial quote; an attribute
    ("de 'naamloze' Hinault") or a noun ("vindt 'duurzaamheid' belangrijk") stays a scare quote."""
    doc = parsed("PvdA-europarlementariër Paul Tang vindt de uitspraak van het parlement 'historisch'. Een "
                 "buurtbewoner vond het 'onprettig' dat ze daar stonden. Zij vonden dat de 'naamloze' Bernard "
                 "Hinault te snel won. Hij vindt 'duurzaamheid' belangrijk.")
    assert [(q.text, q.quote_type, q.cue, q.speaker) for q in extract_quotes(doc)] == [
        ("historisch", "partial", "vindt", "Paul Tang"), ("onprettig", "partial", "vond", "een buurtbewoner")]


def test_ze_after_the_writers_mother_is_her(parsed):
    """"mijn moeder … zegt ze" in a column: the pronoun is the writer's mother, written out with the byline."""
    doc = parsed("Mijn moeder scheldt ons al uit als er een vlekje op de jas van Mia zit. Dan zegt ze dingen als: "
                 ",,Jullie zorgen helemaal niet goed voor dat meisje.'' Ik zwijg dan maar.")
    assert [q.speaker for q in extract_quotes(doc, author="Ayla Demir")] == ["de moeder van Ayla Demir"]


def test_the_writers_ik_is_the_author_when_the_byline_is_known(parsed):
    doc = parsed("Wethouder Anna de Vries kwam langs. 'Ik ken je alleen van de televisie', zei De Vries. 'Dat is een "
                 "andere Turk, mevrouw', antwoordde ik. 'Wanneer ga je eens echt werk zoeken?', vroeg mijn moeder.")
    assert [q.speaker for q in extract_quotes(doc)] == ["Anna de Vries", "ik", "mijn moeder"]
    assert [q.speaker for q in extract_quotes(doc, author="Özcan Akyol")] == [
        "Anna de Vries", "Özcan Akyol", "de moeder van Özcan Akyol"]


def test_the_quotes_table_names_the_writer_from_the_records_byline(parsed):
    from newsetl.assets import quotes as quotes_asset
    from newsetl.assets.common import Lineage, ParsedArticle
    from newsetl.ingest.records import RawArticle

    text = "Bij de kassa vroeg de caissière of ik een tasje wilde. 'Nee, dank u', zei ik."
    article = RawArticle("a1", "1", "in.jsonl", "jsonl", "line 1", "0" * 64, "Tasje", text, None,
                         {"author": "Nynke de Jong"})
    table = quotes_asset.build([ParsedArticle(article, parsed(text))], Lineage("run-1", "0.1.0", None, None))
    assert table.column("speaker").to_pylist() == ["Nynke de Jong"]
    assert table.column("speaker_mention").to_pylist() == ["ik"]


@pytest.mark.parametrize("text", [
    "'Nee zeggen is lastig', zegt psycholoog Thijs Launspach. Maar onderuit komen terwijl je al overhaast 'ja' had "
    "gezegd, dát is pas lastig.",
    "'Het onderzoek is geheim', zegt advocaat Jan de Boer. Wat verteld is aan een 'grand jury', een groep burgers, "
    "is meestal geheim.",
])
def test_a_word_or_two_that_only_follows_a_quote_is_a_scare_quote(parsed, text):
    # no speech verb takes the short fragment up; it would only inherit the speaker before it
    assert [q.quote_type for q in extract_quotes(parsed(text))] == ["direct"]



def test_an_internal_error_keeps_the_quotations_in_marks_without_speakers(monkeypatch, caplog):
    """A bug in the rules must not cost an article its quotes: the quote-mark pairs come back, unattributed."""
    from newsetl.nlp import quotes as quotes_module

    def broken(doc, indirect):
        raise RuntimeError("a rule broke")

    monkeypatch.setattr(quotes_module, "_extract", broken)
    text = "'Dit is een hele zin met woorden', zegt Piet de Vries. Het is 'vreemd' en “zeker niet normaal zo”."
    with caplog.at_level("ERROR", logger="newsetl.nlp.quotes"):
        found = extract_quotes(spacy.blank("nl")(text))
    assert [(q.text, q.quote_type, q.speaker, q.cue) for q in found] == [
        ("Dit is een hele zin met woorden", "direct", None, None),
        ("zeker niet normaal zo", "direct", None, None),
    ]
    assert all(text[q.char_start:q.char_end] == q.text for q in found)
    assert "keeping its quotations in quote marks" in caplog.text


def test_a_finite_verb_after_het_or_a_preposition_stays_a_cue(parsed):
    """"het noemen" is a noun; "wanneer hij het zei" is a verb (a finite form after "het")."""
    from newsetl.nlp.attribution import DocView

    doc = parsed("Het ging over wanneer hij het zei. Het noemen van namen is taboe.")
    assert [c.lemma for c in DocView(doc, []).cues_in(0, len(doc.text))] == ["zeggen"]


def test_a_word_that_is_also_a_noun_is_a_cue_after_a_pronoun(parsed):
    """"de stellen" (couples) is a noun; "Dat stellen de Dierenbescherming en …" and "die stellen dat" are verbs."""
    from newsetl.nlp.attribution import DocView

    doc = parsed("Dat stellen de Dierenbescherming en Eyes on Animals in een rapport. De stellen waren tevreden.")
    assert [c.lemma for c in DocView(doc, []).cues_in(0, len(doc.text))] == ["stellen"]


@pytest.mark.parametrize("text", [
    "De aanslag heeft vier levens geëist. 'Het is verschrikkelijk.'",
    "De vergrijzing binnen de club heeft z'n tol geëist. 'Bijna iedereen kijkt nu thuis.'",
    "Maar dat vraagt forse investeringen. 'Dat gaan we doen.'",
])
def test_a_speech_verb_in_a_set_phrase_is_no_cue(text):
    # "eiste vier levens", "vraagt investeringen": nothing is said, so the quote has no cue there
    (q,) = blank(text)
    assert q.cue is None


def test_a_word_after_a_quote_with_a_pronoun_after_it_is_the_verb(parsed):
    # the tagger calls "antwoord" a noun; right after the quote and before "ik" it is the cue, and "ik" the columnist
    text = ("Wel zie ik Statenleden afgunstig kijken als ik mijn auto voor de deur zet. ,,Zo zie je maar weer dat de "
            "pers het belangrijkste is\", antwoord ik dan pesterig. Ik heb eens nagedacht.")
    (q,) = extract_quotes(parsed(text), author="Ernst Jan Rozendaal")
    assert (q.cue, q.speaker) == ("antwoord", "Ernst Jan Rozendaal")
