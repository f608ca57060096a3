"""The pipeline's own spaCy glue, on spacy.blank("nl") docs with exact expected spans."""

import spacy
from spacy.tokens import Doc

from newsetl.nlp.pipeline import PARAGRAPHS, drop_word_abbreviations, model_view, restore_text, sentences


def test_paragraphs_start_sentences_and_headings_stay_whole():
    nlp = spacy.blank("nl")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe(PARAGRAPHS)
    doc = nlp("Eerste alinea zonder punt\n\nTussenkop. Met punt midden\n\nLaatste zin. Nog een.")
    # the middle paragraph is a subheading (one short line, no final punctuation): the sentencizer's
    # split after "Tussenkop." is undone; the first paragraph is not fused with the second
    assert [s.text for s in sentences(doc)] == [
        "Eerste alinea zonder punt", "Tussenkop. Met punt midden", "Laatste zin.", "Nog een."]


def test_no_sentence_starts_inside_a_name_or_right_after_an_opening_quote():
    nlp = spacy.blank("nl")
    component = nlp.add_pipe(PARAGRAPHS)
    doc = nlp.make_doc("Minister Hugo de Jonge zei: ,,Daar ben ik blij om.'' Klaar Jan Smit .\n\nNieuw")
    # "Hugo de Jonge" and "Jan Smit", as the NER (which runs first) and the entity rules find them
    doc.ents = [doc.char_span(9, 22, label="PER"), doc.char_span(59, 67, label="PER")]
    doc = component(doc)
    starts = {t.text: t.is_sent_start for t in doc}
    assert starts["de"] is False and starts["Jonge"] is False  # inside the name
    assert starts["Hugo"] is False  # right after the role word the entity rules cut off the name
    assert starts["Jan"] is None  # the parser decides: an entity start may still start a sentence
    assert starts["Daar"] is False  # after the opening ',,' (no space between them)
    assert starts["Klaar"] is None  # after the closing "''" the parser decides
    assert starts["Nieuw"] is True  # a new paragraph


def test_sentences_drop_whitespace_and_attach_stray_quote_marks():
    nlp = spacy.blank("nl")
    words = ["“", "Het", "werkt", ".", "”", "zei", "hij", ".", "\n\n", "Nieuw", "."]
    spaces = [False, True, False, False, True, True, False, False, False, False, False]
    starts = [True, False, False, False, True, True, False, False, False, True, False]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, sent_starts=starts)
    assert [s.text for s in sentences(doc)] == ["“Het werkt.”", "zei hij.", "Nieuw."]
    # an opening mark split off on its own joins the sentence after it
    doc = Doc(nlp.vocab, words=words, spaces=spaces, sent_starts=[True, True] + starts[2:])
    assert [s.text for s in sentences(doc)] == ["“Het werkt.”", "zei hij.", "Nieuw."]
    # a closing mark never crosses a blank line
    doc = Doc(nlp.vocab, words=["Zin", ".", "\n\n", "”"], spaces=[False] * 4, sent_starts=[True, False, False, True])
    assert [s.text for s in sentences(doc)] == ["Zin.", "”"]


def test_model_view_keeps_offsets_and_restore_copies_annotations():
    text = "„Kom maar”, zei ‘Jan’ «nu»."
    view = model_view(text)
    assert len(view) == len(text) and view == "\"Kom maar\", zei 'Jan' \"nu\"."
    nlp = spacy.blank("nl")
    parsed = nlp(view)
    parsed.ents = [parsed.char_span(view.index("Jan"), view.index("Jan") + 3, label="PER")]
    restored = restore_text(parsed, text)
    assert restored.text == text
    assert [(e.text, e.label_, e.start_char) for e in restored.ents] == [("Jan", "PER", text.index("Jan"))]


def test_a_pipeline_without_parser_or_ner_degrades_with_a_warning(tmp_path):
    import pytest

    from newsetl.nlp.pipeline import load_pipeline, parse
    from newsetl.nlp.quotes import extract_quotes

    spacy.blank("nl").to_disk(tmp_path / "blank")
    with pytest.warns(UserWarning) as caught:
        nlp = load_pipeline(str(tmp_path / "blank"))
    messages = [str(w.message) for w in caught]
    assert any("no parser" in m for m in messages) and any("no NER" in m for m in messages)
    assert "sentencizer" in nlp.pipe_names
    text = "Kop boven het stuk\n\n'We gaan door', zegt Piet Jansen. Hij lacht."
    (doc,) = parse([text], str(tmp_path / "blank"))
    assert [s.text for s in sentences(doc)] == ["Kop boven het stuk", "'We gaan door', zegt Piet Jansen.", "Hij lacht."]
    assert [q.text for q in extract_quotes(doc)] == ["We gaan door"]


def test_everyday_words_lose_their_abbreviation_exception_and_real_abbreviations_keep_it():
    nlp = spacy.blank("nl")
    assert [t.text for t in nlp("Boeing hield vol.")][-1] == "vol."  # spaCy's exception: "vol." (volume)
    drop_word_abbreviations(nlp)
    assert [t.text for t in nlp("Boeing hield vol. Zo zei ik dat. Vol. 3 duurt 10 min. of zo")] == [
        "Boeing", "hield", "vol", ".", "Zo", "zei", "ik", "dat", ".", "Vol", ".", "3", "duurt", "10", "min.", "of",
        "zo"]
