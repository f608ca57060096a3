"""Indirect (reported) speech on parsed docs: the verbs that report only with a content clause, cues
inserted into the reported clause, short answers, and sentences holding two reported clauses.

Texts are written for these tests; each checks the span (text) and, where it matters, the speaker.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsetl.nlp.quotes import extract_quotes

MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "nl_newsetl"


@pytest.fixture(scope="module")
def indirect():
    """text -> [(text, speaker)] of the indirect quotes the bundled model's parse gives."""
    if not (MODEL_DIR / "config.cfg").exists():
        pytest.skip("the bundled model models/nl_newsetl is missing: run `newsetl model train`")
    from newsetl.nlp.pipeline import parse

    def run(text: str) -> list[tuple[str, str | None]]:
        quotes = extract_quotes(parse([text])[0], indirect=True)
        return [(q.text, q.speaker) for q in quotes if q.quote_type == "indirect"]

    return run


def test_wants_and_estimates_with_a_dat_clause_are_reported(indirect):
    assert indirect("Wethouder Karin de Wit wil dat de parkeertarieven in het centrum volgend jaar omlaag gaan.") == [
        ("de parkeertarieven in het centrum volgend jaar omlaag gaan", "Karin de Wit")]
    assert indirect("De brandweer schat dat er ruim tweehonderd woningen zijn beschadigd.") == [
        ("er ruim tweehonderd woningen zijn beschadigd", "de brandweer")]
    assert indirect("De politie vermoedt dat de brand in de schuur is aangestoken.") == [
        ("de brand in de schuur is aangestoken", "de politie")]


def test_shows_is_not_reported(indirect):
    text = "De cijfers laten zien dat het aantal ongelukken daalt."
    assert indirect(text) == []


def test_seeing_is_not_saying(indirect):
    # a perception, not a report (the dev sets' annotators left "X ziet dat …" out twice as often as in)
    assert indirect("De burgemeester ziet dat de wijk steeds verder verloedert.") == []


def test_the_writers_own_view_is_not_reported_speech(indirect):
    text = "Als ik zeg dat de trein vaak te laat is, dan bedoel ik niet dat de machinisten schuld hebben."
    assert indirect(text) == []


def test_the_writer_turning_to_the_reader_is_not_reported_speech(indirect):
    # "we" and "je" of the writer and reader are no speakers: annotators never name them
    assert indirect("Goed om te onthouden: we vinden onszelf van nature aardiger dan de rest.") == []
    assert indirect("Natuurlijk denk je dat het bij jou nooit misgaat.") == []


def test_a_cue_inside_the_reported_clause_gives_the_whole_sentence(indirect):
    text = ("Bas Kuiper leidt al twintig jaar de haven. "
            "Het aantal schepen, zegt Kuiper, is dit jaar met een derde gegroeid.")
    assert indirect(text) == [("Het aantal schepen, zegt Kuiper, is dit jaar met een derde gegroeid", "Bas Kuiper")]


def test_a_short_answer_before_the_cue_is_reported(indirect):
    text = "Sandra Bakker kreeg de brief van de gemeente pas na een maand. Kwalijk, vindt Bakker."
    assert indirect(text) == [("Kwalijk", "Sandra Bakker")]


def test_a_te_infinitive_right_after_the_verb(indirect):
    assert indirect("Johan M. zegt te zijn opgeleid tot lasser.") == [("te zijn opgeleid tot lasser", "Johan M")]
    # coordinated with an earlier verb: the te-clause is the later verb's, with the shared subject
    assert indirect("Johan M. ontkende alles en zegt te zijn opgeleid tot lasser.") == [
        ("te zijn opgeleid tot lasser", "Johan M")]


def test_two_reported_clauses_in_one_sentence(indirect):
    text = ("CDA en ChristenUnie vinden dat het leven zo lang mogelijk beschermd moet worden, de liberalen "
            "van VVD en D66 menen dat mensen zelf over hun levenseinde mogen beslissen.")
    found = [t for t, _ in indirect(text)]
    assert found == ["het leven zo lang mogelijk beschermd moet worden",
                     "mensen zelf over hun levenseinde mogen beslissen"]


def test_a_coordinated_dat_clause_after_maar_stays_in_the_quote(indirect):
    text = "Minister Van Dam erkende dat hij fouten heeft gemaakt, maar dat hij er veel van heeft geleerd."
    assert [t for t, _ in indirect(text)] == ["hij fouten heeft gemaakt, maar dat hij er veel van heeft geleerd"]


def test_a_cue_after_zo_and_a_speaker_with_a_relative_clause(indirect):
    text = ("Het aantal inbraken in de binnenstad is dit jaar met een kwart gedaald, zo meldt een woordvoerder "
            "van de politie Utrecht, die de cijfers gisteren naar buiten bracht na een lang onderzoek.")
    assert [t for t, _ in indirect(text)] == ["Het aantal inbraken in de binnenstad is dit jaar met een kwart gedaald"]


def test_volgens_with_a_bare_pronoun_inside_the_clause(indirect):
    text = "De beslissing was volgens hen gebaseerd op juridische bezwaren tegen de benoeming."
    assert [t for t, _ in indirect(text)] == [
        "De beslissing was volgens hen gebaseerd op juridische bezwaren tegen de benoeming"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("In korte tijd vertrokken twee topmanagers. Het blinde vertrouwen van de eigenaar leidde tot hun vertrek, "
     "vertellen betrokkenen.", "betrokkenen"),
    ("De wet belemmert de minister niet om een eigen beslissing te nemen, zegt ook hoogleraar gezondheidsrecht "
     "Martin Buijsen van de Erasmus Universiteit.", "Martin Buijsen"),
])
def test_the_speaker_after_a_comma_cue_when_the_noun_phrase_rules_find_none(indirect, text, speaker):
    assert [s for _, s in indirect(text)] == [speaker]


def test_a_role_held_somewhere_then_the_name_is_the_person(indirect):
    # "volgens lijsttrekker voor de Eerste Kamer Paul Rosenmöller": the phrase runs on past what the role is in
    assert indirect("De partij wint zetels. Maar volgens lijsttrekker voor de Eerste Kamer Paul Rosenmöller kan het "
                    "kabinet niet om de partij heen.") == [
        ("Maar volgens lijsttrekker voor de Eerste Kamer Paul Rosenmöller kan het kabinet niet om de partij heen",
         "Paul Rosenmöller")]



def test_plural_ze_after_two_people_named_together_is_both_of_them(indirect):
    assert indirect("Jan de Vries en Piet Mulder zijn boos. Ze zeggen dat het plan niet deugt.") == [
        ("het plan niet deugt", "Jan de Vries en Piet Mulder")]
