"""Exact-span NER scoring and CoNLL-2002 reading, on tiny hand-made inputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from typer.testing import CliRunner

from newsetl.model import DEFAULT_MODEL_DIR, ModelNotFoundError, load_model, model_identity, resolve_model
from newsetl.model.convert import iob2_spans, read_conll2002
from newsetl.model.evaluate import evaluate_conll, score_spans


def test_score_spans_exact_numbers() -> None:
    gold = [[(0, 1, "PER"), (3, 5, "LOC")], [(0, 2, "ORG")]]
    pred = [[(0, 1, "PER"), (3, 4, "LOC")], [(0, 2, "ORG"), (4, 5, "MISC")]]
    s = score_spans(gold, pred)
    # tp: PER, ORG; fp: LOC(3,4), MISC; fn: LOC(3,5)
    assert s["overall"] == {"precision": 0.5, "recall": 2 / 3, "f1": pytest.approx(4 / 7), "tp": 2, "fp": 2, "fn": 1}
    assert s["per_label"]["PER"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "tp": 1, "fp": 0, "fn": 0}
    assert s["per_label"]["LOC"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "tp": 0, "fp": 1, "fn": 1}
    assert s["per_label"]["MISC"]["fp"] == 1 and s["per_label"]["MISC"]["precision"] == 0.0
    assert set(s["per_label"]) == {"PER", "LOC", "ORG", "MISC"}


def test_score_spans_label_mismatch_counts_twice() -> None:
    s = score_spans([[(0, 2, "PER")]], [[(0, 2, "ORG")]])
    assert (s["overall"]["tp"], s["overall"]["fp"], s["overall"]["fn"]) == (0, 1, 1)
    assert s["overall"]["f1"] == 0.0


def test_score_spans_empty() -> None:
    s = score_spans([[]], [[]])
    assert s["overall"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "tp": 0, "fp": 0, "fn": 0}
    assert s["per_label"] == {}


def test_iob2_spans() -> None:
    assert iob2_spans(["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-ORG"]) == [
        (0, 2, "PER"),
        (3, 4, "LOC"),
        (4, 5, "LOC"),
        (5, 6, "ORG"),  # stray I- opens a span
    ]
    assert iob2_spans(["O", "O"]) == []


def test_read_conll2002_tolerant(tmp_path: Path) -> None:
    path = tmp_path / "x.conll"
    path.write_text(
        "-DOCSTART- -X- O\n\n0\tJan\tB-PER\n1\twoont\tO\n\nPiet B-PER\nJansen I-PER\nlacht O\n\n\n",
        encoding="utf8",
    )
    assert list(read_conll2002(path)) == [
        (["Jan", "woont"], ["B-PER", "O"]),
        (["Piet", "Jansen", "lacht"], ["B-PER", "I-PER", "O"]),
    ]


def _rule_nlp() -> spacy.language.Language:
    """A blank Dutch pipeline whose entity ruler tags 'Jan' as PER and 'Gent' as LOC."""
    nlp = spacy.blank("nl")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "PER", "pattern": "Jan"}, {"label": "LOC", "pattern": "Gent"}])
    return nlp


def test_evaluate_conll_uses_gold_tokens(tmp_path: Path) -> None:
    path = tmp_path / "dev.conll"
    path.write_text(
        "0\tJan\tB-PER\n1\twoont\tO\n2\tin\tO\n3\tGent\tB-ORG\n\n0\tMarie\tB-PER\n1\tslaapt\tO\n",
        encoding="utf8",
    )
    result = evaluate_conll(path, _rule_nlp())
    assert result["n_sentences"] == 2
    o = result["overall"]
    assert (o["tp"], o["fp"], o["fn"]) == (1, 1, 2)
    assert o["precision"] == 0.5 and o["recall"] == pytest.approx(1 / 3)
    assert result["per_label"]["PER"]["recall"] == 0.5


def test_evaluate_cli_json(tmp_path: Path) -> None:
    from newsetl.model.cli import app

    model_dir = tmp_path / "nl_rules"
    nlp = _rule_nlp()
    nlp.meta["name"] = "rules"
    nlp.to_disk(model_dir)
    path = tmp_path / "dev.conll"
    path.write_text("0\tJan\tB-PER\n1\tlacht\tO\n", encoding="utf8")
    result = CliRunner().invoke(app, ["evaluate", str(path), "--model", str(model_dir), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["n_sentences"] == 1
    assert data["overall"]["f1"] == 1.0
    assert data["per_label"]["PER"]["tp"] == 1

    info = CliRunner().invoke(app, ["info", "--model", str(model_dir), "--json"])
    assert info.exit_code == 0, info.output
    meta = json.loads(info.output)
    assert meta["name"] == "nl_rules" and meta["pipeline"] == ["entity_ruler"]
    assert Path(meta["path"]) == model_dir.resolve()


def test_resolve_and_missing_model(tmp_path: Path) -> None:
    assert resolve_model(None) == str(DEFAULT_MODEL_DIR)
    assert resolve_model("nl_other") == "nl_other"
    with pytest.raises(ModelNotFoundError, match="newsetl model train"):
        load_model(str(tmp_path / "nope"))


def test_model_identity() -> None:
    nlp = spacy.blank("nl")
    nlp.meta.update({"name": "newsetl", "version": "0.1.0"})
    assert model_identity(nlp) == ("nl_newsetl", "0.1.0")
