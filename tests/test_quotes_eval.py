"""Dev-set scoring: span matching, speaker scores, offset mapping and the CLI's skip path."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsetl.nlp.quotes_eval import (
    OffsetMap,
    Span,
    app,
    match,
    overlap_match,
    regex_baseline,
    score,
    speaker_scores,
)


def test_overlap_must_cover_half_of_the_longer_span():
    gold = Span(0, 100, "direct", "A")
    assert overlap_match(Span(0, 50, "direct", None), gold) == 50
    assert overlap_match(Span(0, 49, "direct", None), gold) == 0
    assert overlap_match(Span(60, 200, "direct", None), gold) == 0
    assert overlap_match(Span(100, 120, "direct", None), gold) == 0


def test_matching_is_one_to_one():
    gold = [Span(0, 10, "direct", "A")]
    pred = [Span(0, 10, "direct", "A"), Span(1, 10, "direct", "A")]
    assert match(pred, gold) == [(0, 0)]
    result = score(pred, gold, ("direct", "partial"))
    assert (result["all"].tp, result["all"].fp, result["all"].fn) == (1, 1, 0)


def test_speaker_scores_strict_and_lenient():
    assert speaker_scores("niels blom", "Niels Blom") == (True, True)
    assert speaker_scores("Blom", "Niels Blom") == (False, True)
    assert speaker_scores("Sylvia R", "Sylvia R.") == (True, True)
    assert speaker_scores(None, "Niels Blom") == (False, False)
    assert speaker_scores(None, None) == (True, True)


def test_scores_per_type_and_restricted_types():
    gold = [Span(0, 10, "direct", "A"), Span(20, 30, "partial", "B"), Span(40, 50, "indirect", "C")]
    pred = [Span(0, 10, "direct", "A"), Span(20, 30, "partial", "X")]
    result = score(pred, gold, ("direct", "partial"))
    assert result["all"].scores()["f1"] == 1.0
    assert result["all"].scores()["speaker_accuracy"] == 0.5
    assert result["partial"].speaker_ok == 0
    with_indirect = score(pred, gold)
    assert with_indirect["indirect"].fn == 1


def test_offset_map_follows_cleaning():
    raw = "  Hij  zei:\r\n'Ja.'"
    clean = "Hij zei:\n'Ja.'"
    omap = OffsetMap(raw, clean)
    start = raw.index("Ja")
    assert clean[omap(start) : omap(start + 3)] == "Ja."
    assert OffsetMap("abc", "abc")(2) == 2


def test_cli_skips_cleanly_without_shared(tmp_path):
    result = CliRunner().invoke(app, ["evaluate", "--shared", str(tmp_path / "nope")])
    assert result.exit_code == 0
    assert result.output.startswith("skipped:") and "not found" in result.output


@pytest.mark.filterwarnings("ignore::UserWarning")
def test_cli_reports_json_on_a_tiny_devset(tmp_path):
    corpus = tmp_path / "corpora" / "dpg-news-2019"
    corpus.mkdir(parents=True)
    text = "Het regende. 'Dat is jammer', zegt Jan Smit."
    (corpus / "articles.jsonl").write_text(json.dumps({"id": 1, "title": "t", "text": text}) + "\n", encoding="utf-8")
    start = text.index("Dat")
    gold = {"article_id": 1, "quotes": [{"char_start": start, "char_end": start + len("Dat is jammer"),
                                         "quote_type": "direct", "cue": "zegt", "speaker": "Jan Smit",
                                         "speaker_mention": "Jan Smit"}]}
    devset = tmp_path / "dev.jsonl"
    devset.write_text(json.dumps(gold) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", "--devset", str(devset), "--shared", str(tmp_path), "--model",
                                      "blank:nl", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["direct+partial"]["all"]["f1"] == 1.0
    assert report["direct+partial"]["all"]["speaker_accuracy"] == 1.0


def test_regex_baseline_pairs_every_mark_type_and_skips_apostrophes():
    text = "Hij zei: “Dat klopt.” Zij: ‘Nee’, en ,,ja'' of \"misschien\" of 's avonds 'oké' of «non»."
    found = [text[s.start:s.end] for s in regex_baseline(text)]
    assert found == ["Dat klopt.", "Nee", "ja", "misschien", "oké", "non"]
    assert all(s.quote_type == "direct" and s.speaker is None for s in regex_baseline(text))


@pytest.mark.filterwarnings("ignore::UserWarning")
def test_a_devset_folder_pools_every_set_in_it(tmp_path):
    corpus = tmp_path / "corpora" / "dpg-news-2019"
    corpus.mkdir(parents=True)
    texts = {1: "Het regende. 'Dat is jammer', zegt Jan Smit.", 2: "'Wij gaan door', zei Anna de Vries. Einde."}
    (corpus / "articles.jsonl").write_text(
        "".join(json.dumps({"id": k, "title": "t", "text": v}) + "\n" for k, v in texts.items()), encoding="utf-8")
    sets = tmp_path / "sets"
    sets.mkdir()
    for k, (quote, speaker) in {1: ("Dat is jammer", "Jan Smit"), 2: ("Wij gaan door", "Anna de Vries")}.items():
        start = texts[k].index(quote)
        row = {"article_id": k, "quotes": [{"char_start": start, "char_end": start + len(quote), "quote_type": "direct",
                                            "cue": None, "speaker": speaker, "speaker_mention": None}]}
        (sets / f"quotes_set{k}.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    (sets / "notes.jsonl").write_text("not a dev set\n", encoding="utf-8")  # only quotes_*.jsonl count
    result = CliRunner().invoke(app, ["evaluate", "--devset", str(sets), "--shared", str(tmp_path), "--model",
                                      "blank:nl", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["n_articles"] == 2
    assert report["direct+partial"]["all"]["tp"] == 2
