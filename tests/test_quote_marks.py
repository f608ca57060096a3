"""Pairing quote marks into spans (no model needed): exact spans for every mark type and edge case."""

from __future__ import annotations

import random

import pytest

from newsetl.nlp.quote_marks import find_marks, pair_quotes, paragraphs, sentence_spans


def texts(text: str) -> list[str]:
    return [text[q.start : q.end] for q in pair_quotes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hij zei: “Het is klaar.” Toen ging hij.", ["Het is klaar."]),
        ("Hij zei: „Het is klaar”, en ging.", ["Het is klaar"]),
        ("Hij zei: „Het is klaar“, en ging.", ["Het is klaar"]),
        ("Hij zei: ‘Het is klaar’, en ging.", ["Het is klaar"]),
        ("Hij zei: ‚Het is klaar’, en ging.", ["Het is klaar"]),
        ("Hij zei: 'Het is klaar', en ging.", ["Het is klaar"]),
        ('Hij zei: "Het is klaar", en ging.', ["Het is klaar"]),
        ("Hij zei: «Het is klaar», en ging.", ["Het is klaar"]),
        ("Hij zei: ,,Het is klaar'', en ging.", ["Het is klaar"]),
        ("Hij zei: ,,Het is klaar.\" Daarna niets.", ["Het is klaar."]),
        # a typo mixing conventions: the double apostrophe closes the single one
        ("Hij zei: 'Het is klaar'', en ging. Daarna niets.", ["Het is klaar"]),
        ("Eerst 'een' en dan “twee” en ‘drie’.", ["een", "twee", "drie"]),
        # typos from the wire: a mark glued to the sentence before, a space after ",,"
        ('Hij ging naar Knollendam."We kochten er honderd," vertelt Gray. Verder.', ["We kochten er honderd,"]),
        ('"Ja."Hij lachte. "Nee," zei ze.', ["Ja.", "Nee,"]),
        ("Clement: ,, Misschien willen zij betalen.\" Om kennis te vergroten.", ["Misschien willen zij betalen."]),
        ("Dat kost 5,, 6 euro of meer.", []),
        # a stray space before a closing mark: no quote opens with a comma
        ("'Zeg dan paf ', riep ze tot afschuw van velen. Daarna niets.", ["Zeg dan paf"]),
        ('Hij zei "nee ", en ging. Toen kwam "ja".', ["nee", "ja"]),
    ],
)
def test_every_mark_type_pairs(text, expected):
    assert texts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Met zo'n driehonderd auto's reed hij 's avonds naar d'r huis.",
        "Het is 't mooiste wat er is, zei 'n man.",
        "In de jaren '90 en sinds '80 ging het goed.",
        "Het café in 's-Hertogenbosch is van Thomas' vader.",
    ],
)
def test_apostrophes_in_words_are_not_marks(text):
    assert pair_quotes(text) == []


def test_apostrophes_inside_a_quote_do_not_close_it():
    text = "Ze zei: 'Het was 's avonds druk met zo'n tien auto's.' Daarna ging ze."
    assert texts(text) == ["Het was 's avonds druk met zo'n tien auto's."]


def test_nested_quotes_give_the_outer_span_only():
    text = "Hij zei: “Ze noemde het ‘onzin’ en liep weg.” Einde."
    assert texts(text) == ["Ze noemde het ‘onzin’ en liep weg."]


def test_multi_sentence_quote_is_one_span():
    text = "“Onze vergelding zal hard zijn. Dat is een belofte”, aldus de commandant."
    assert texts(text) == ["Onze vergelding zal hard zijn. Dat is een belofte"]


def test_paragraph_continuation_is_one_quote():
    text = "Hij vertelde: “Het was een mooie tijd.\n\n“Maar nu is het klaar”, zei hij.\n\nEinde."
    (q,) = pair_quotes(text)
    assert text[q.start : q.end] == "Het was een mooie tijd.\n\n“Maar nu is het klaar"
    assert q.continuations == (text.index("\n\n“") + 2,)


def test_unclosed_quote_stops_at_its_paragraph():
    text = "De voorzitter sloot af. “Niemand gaat naar huis.\n\nDe volgende alinea is geen citaat. “Ook niet."
    spans = pair_quotes(text)
    assert [text[q.start : q.end] for q in spans] == ["Niemand gaat naar huis.", "Ook niet."]
    assert all(q.close_pos is None for q in spans)


def test_unclosed_quote_in_a_flattened_article_stops_at_its_sentence():
    rest = " ".join(["Daarna volgde een lange beschrijving van de gebeurtenissen in de stad."] * 12)
    text = f"Hij begon. “Dit sluit nooit af. {rest}"
    (q,) = pair_quotes(text)
    assert text[q.start : q.end] == "Dit sluit nooit af."


def test_ambiguous_stray_mark_mid_sentence_is_ignored():
    text = "Een partijgenoot sprak van een 'groot verlies. Niemand kan hem vervangen. 'Echt niet', zei hij."
    assert texts(text) == ["Echt niet"]


def test_unclosed_quote_ends_at_the_next_opening_mark_of_its_family():
    text = "Hij zei: 'Dit sluit nooit. 'Dit wel', zei hij."
    spans = pair_quotes(text)
    assert [(text[q.start : q.end], q.close_pos is None) for q in spans] == [("Dit sluit nooit.", True), ("Dit wel", False)]


def test_closing_mark_without_opening_is_ignored():
    assert texts("Dit is klaar” en verder niets. Hij zei ‘ja’.") == ["ja"]


def test_random_marks_never_crash_and_stay_in_bounds():
    rng = random.Random(7)
    alphabet = list("ab cd.\n'\"“”„‘’‚«»,") + ["''", ",,", "\n\n"]
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80)))
        for q in pair_quotes(text):
            assert 0 <= q.start < q.end <= len(text)
        for a, b in sentence_spans(text, pair_quotes(text)):
            assert 0 <= a < b <= len(text)


def test_marks_report_open_and_close_roles():
    marks = find_marks("Hij zei 'ja' en ,,nee''.")
    assert [(m.char, m.can_open, m.can_close) for m in marks] == [
        ("'", True, False),
        ("'", False, True),
        (",,", True, False),
        ("''", False, True),
    ]


def test_sentences_never_split_inside_a_quote_and_split_after_it():
    text = "“Eerste zin. Tweede zin.” Dat zegt Jan. Daarna ‘iets. Meer’, zei ze."
    sents = [text[a:b] for a, b in sentence_spans(text, pair_quotes(text))]
    assert sents == ["“Eerste zin. Tweede zin.”", "Dat zegt Jan.", "Daarna ‘iets. Meer’, zei ze."]


def test_paragraphs_are_trimmed_blocks():
    text = "Kop\n\nEen alinea.\n\n\n  Nog een.  "
    assert [text[a:b] for a, b in paragraphs(text)] == ["Kop", "Een alinea.", "Nog een."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an interrupted quote whose first part holds a nested quote of the same mark
        ("'Het is geen kwestie van 'je bent vrouw dus je stemt links', zegt hij, 'maar van werk.' Daarna niets.",
         ["Het is geen kwestie van 'je bent vrouw dus je stemt links", "maar van werk."]),
        ("‘Dit is het eerste deel’, zegt Hox, ‘en dit het tweede.’", ["Dit is het eerste deel", "en dit het tweede."]),
        # without a speech verb between them the marks stay nested
        ("'Hij noemde het 'raar', echt, 'heel raar' zelfs.' Klaar.",
         ["Hij noemde het 'raar', echt, 'heel raar' zelfs."]),
    ],
)
def test_a_mark_before_a_speech_cue_closes_the_outer_quote(text, expected):
    assert [text[q.start : q.end] for q in pair_quotes(text)] == expected


def test_an_unclosed_quote_stops_before_the_writers_colon_intro_to_the_next():
    # the second quote is introduced by "Burgemeester Nol Kleijngeld:", which is the writer's, not the first quote's
    text = (",,Als de tijd rijp is krijgt de boom weer zijn plek. Burgemeester Nol Kleijngeld: ,,Wij laten ons "
            "niet tarten.\"")
    assert [text[q.start:q.end] for q in pair_quotes(text)] == [
        "Als de tijd rijp is krijgt de boom weer zijn plek.", "Wij laten ons niet tarten."]
