"""NER scoring on CoNLL-2002-format files: exact-span precision, recall and F1.

Docs are built from the gold words so tokenization always matches the gold.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from newsetl.model.convert import iob2_spans, read_conll2002

Span = tuple[int, int, str]  # (start token, end token exclusive, label)


def _prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "fp": fp, "fn": fn}


def score_spans(gold: Iterable[Iterable[Span]], pred: Iterable[Iterable[Span]]) -> dict[str, Any]:
    """Exact-match span scores over aligned sentences (one collection of spans per sentence).

    Returns {"overall": {...}, "per_label": {LABEL: {...}}}; labels seen in gold or pred appear.
    """
    counts: dict[str, list[int]] = {}  # label -> [tp, fp, fn]
    for g_sent, p_sent in zip(gold, pred, strict=True):
        g, p = set(g_sent), set(p_sent)
        for span in g | p:
            c = counts.setdefault(span[2], [0, 0, 0])
            if span in g and span in p:
                c[0] += 1
            elif span in p:
                c[1] += 1
            else:
                c[2] += 1
    totals = [sum(c[i] for c in counts.values()) for i in range(3)]
    return {
        "overall": _prf(*totals),
        "per_label": {label: _prf(*counts[label]) for label in sorted(counts)},
    }


def predict_spans(nlp: Language, sentences: Sequence[list[str]], batch_size: int = 256) -> list[list[Span]]:
    """Run the pipeline over pre-tokenized sentences and return predicted entity spans."""
    docs = (Doc(nlp.vocab, words=words) for words in sentences)
    return [[(e.start, e.end, e.label_) for e in doc.ents] for doc in nlp.pipe(docs, batch_size=batch_size)]


def evaluate_conll(path: Path, nlp: Language) -> dict[str, Any]:
    """Score `nlp`'s NER on a CoNLL-2002-format file."""
    sentences = list(read_conll2002(Path(path)))
    gold = [iob2_spans(tags) for _, tags in sentences]
    pred = predict_spans(nlp, [words for words, _ in sentences])
    return {"n_sentences": len(sentences), **score_spans(gold, pred)}
