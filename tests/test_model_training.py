"""The training recipe works end to end without ../shared: a tiny model on synthetic sentences."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import spacy

from newsetl.model import model_identity
from newsetl.model.evaluate import evaluate_conll
from newsetl.model.train import train_model

_spec = importlib.util.spec_from_file_location(
    "model_synthetic", Path(__file__).parent / "fixtures" / "model" / "synthetic.py"
)
assert _spec and _spec.loader
synthetic = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(synthetic)

# Tiny networks and few steps: the point is that the recipe runs, not that the model is good.
TINY_UD = {
    "components.tok2vec.model.encode.width": 32,
    "components.tok2vec.model.encode.depth": 1,
    "components.tok2vec.model.embed.rows": "[500,200,200,100]",
    "components.parser.model.hidden_width": 32,
    "components.parser.min_action_freq": 1,
    "training.max_steps": 80,
    "training.eval_frequency": 40,
}
TINY_NER = {
    "components.ner.model.tok2vec.encode.width": 32,
    "components.ner.model.tok2vec.encode.depth": 1,
    "components.ner.model.tok2vec.embed.rows": "[500,200,200,100]",
    "components.ner.model.hidden_width": 32,
    "training.max_steps": 200,
    "training.eval_frequency": 100,
}


def test_train_tiny_model(tmp_path: Path) -> None:
    shared = synthetic.make_shared_dir(tmp_path / "shared")
    out = tmp_path / "nl_newsetl"
    result = train_model(
        shared,
        out,
        build_dir=tmp_path / "build",
        ud_overrides=TINY_UD,
        ner_overrides=TINY_NER,
    )
    assert Path(result["output"]) == out

    nlp = spacy.load(out)
    assert model_identity(nlp) == ("nl_newsetl", "0.1.0")
    assert nlp.meta["license"] == "CC BY-SA 4.0"
    for pipe in ("tok2vec", "morphologizer", "parser", "trainable_lemmatizer", "ner"):
        assert pipe in nlp.pipe_names

    doc = nlp("Jan woont in Amsterdam . Piet leest een boek .")
    assert all(t.pos_ for t in doc)
    assert len(list(doc.sents)) >= 1
    assert all(t.lemma_ for t in doc)

    # It has learnt the training names: most training PER spans are found.
    scores = evaluate_conll(shared / "corpora" / "conll2002-nl" / "train.conll", nlp)
    assert scores["per_label"]["PER"]["f1"] > 0.5, scores
    assert "nl_lassysmall-ud-dev" in result["scores"]


def test_convert_clean_ud_keeps_evaluation_sentences_out_of_training(tmp_path: Path) -> None:
    from spacy.tokens import DocBin

    from newsetl.model.convert import convert_corpora

    shared = synthetic.make_shared_dir(tmp_path / "shared")
    ud = shared / "corpora" / "ud-dutch"
    # the old train file also holds a copy of the first dev sentence, as the real one does
    dev_text = (ud / "nl_lassysmall-ud-dev.conllu").read_text(encoding="utf8")
    first_dev = dev_text.split("\n\n")[0] + "\n\n"
    with (ud / "nl_lassysmall-ud-train.conllu").open("a", encoding="utf8") as fh:
        fh.write(first_dev)

    def sentences(path: Path) -> list[str]:
        vocab = spacy.blank("nl").vocab
        return [s.text for d in DocBin().from_disk(path).get_docs(vocab) for s in d.sents]

    plain = convert_corpora(shared, tmp_path / "plain")
    clean = convert_corpora(shared, tmp_path / "clean", clean_ud=True)
    copied = sentences(clean["nl_lassysmall-ud-dev"])[0]
    assert copied in sentences(plain["ud-train"])
    assert copied not in sentences(clean["ud-train"])
    assert copied not in sentences(clean["nl_lassysmall-ud-dev-unseen"])
    assert len(sentences(clean["nl_lassysmall-ud-dev-unseen"])) < len(sentences(clean["nl_lassysmall-ud-dev"]))
