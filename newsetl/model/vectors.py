"""Small static word vectors from the raw Dutch text at hand (PPMI + truncated SVD, numpy only).

No pretrained Dutch vectors may be downloaded, and the unlabelled text is small (~1M tokens),
where count-based PPMI-SVD vectors do about as well as word2vec without another dependency.
Vectors are computed for lowercased words; every cased variant seen in the text points to the
same row, so the table stays small while spaCy's StaticVectors (keyed by ORTH) still finds them.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy as np
import spacy
from spacy.language import Language
from spacy.vectors import Vectors

from newsetl.model.convert import read_conll2002


def _conllu_sentences(path: Path) -> Iterator[list[str]]:
    words: list[str] = []
    for line in path.read_text(encoding="utf8").splitlines():
        if not line.strip():
            if words:
                yield words
            words = []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():
                words.append(cols[1])
    if words:
        yield words


def raw_sentences(shared_dir: Path) -> Iterator[list[str]]:
    """Unlabelled token sequences: news articles plus the words (not labels) of the TRAIN splits."""
    corpora = shared_dir / "corpora"
    articles = corpora / "dpg-news-2019" / "articles.jsonl"
    if articles.exists():
        tokenizer = spacy.blank("nl").tokenizer
        for line in articles.read_text(encoding="utf8").splitlines():
            article = json.loads(line)
            for text in (article.get("title", ""), article.get("text", "")):
                yield [t.text for t in tokenizer(text) if not t.is_space]
    conll = corpora / "conll2002-nl" / "train.conll"
    if conll.exists():
        for words, _ in read_conll2002(conll):
            yield words
    ud = corpora / "ud-dutch" / "nl_lassysmall-ud-train.conllu"
    if ud.exists():
        yield from _conllu_sentences(ud)


def ppmi_svd(
    sentences: Iterable[list[str]], n_words: int = 15000, dim: int = 96, window: int = 3, min_count: int = 2
) -> tuple[list[str], np.ndarray, Counter[str]]:
    """Lowercase vocabulary, vectors (rows L2-normalised) and the cased form counts."""
    sents = [s for s in sentences if s]
    forms: Counter[str] = Counter(w for s in sents for w in s)
    lower: Counter[str] = Counter()
    for form, n in forms.items():
        lower[form.lower()] += n
    vocab = [w for w, n in lower.most_common(n_words) if n >= min_count]
    index = {w: i for i, w in enumerate(vocab)}
    size = len(vocab)
    cooc = np.zeros((size, size), dtype=np.float32)
    for sent in sents:
        ids = np.array([index.get(w.lower(), -1) for w in sent])
        for d in range(1, window + 1):  # symmetric window, nearer words weigh more
            a, b = ids[:-d], ids[d:]
            keep = (a >= 0) & (b >= 0)
            np.add.at(cooc, (a[keep], b[keep]), 1.0 / d)
            np.add.at(cooc, (b[keep], a[keep]), 1.0 / d)
    total = cooc.sum()
    row = cooc.sum(axis=1, keepdims=True)
    col = cooc.sum(axis=0, keepdims=True) ** 0.75  # context distribution smoothing
    with np.errstate(divide="ignore", invalid="ignore"):
        pmi = np.log(cooc * (col.sum() / total) / (row * col / total) + 1e-12)
    ppmi = np.maximum(np.nan_to_num(pmi, nan=0.0, neginf=0.0), 0.0).astype(np.float32)
    del cooc, pmi
    # Randomised truncated SVD (Halko et al.): dense numpy, a few seconds for 15k words.
    rng = np.random.default_rng(0)
    q = ppmi @ rng.standard_normal((size, dim + 16)).astype(np.float32)
    for _ in range(2):
        q, _r = np.linalg.qr(ppmi @ (ppmi.T @ q))
    q, _r = np.linalg.qr(q)
    u, s, _vt = np.linalg.svd(q.T @ ppmi, full_matrices=False)
    vecs = (q @ u[:, :dim]) * np.sqrt(s[:dim])  # symmetric weighting of singular values
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True) + 1e-8
    return vocab, vecs.astype(np.float32), forms


def build_vectors(shared_dir: Path, out_dir: Path, **kwargs: int) -> Path:
    """Train vectors and save them as a blank `nl` pipeline (usable as [initialize] vectors)."""
    vocab, vecs, forms = ppmi_svd(raw_sentences(shared_dir), **kwargs)
    nlp: Language = spacy.blank("nl")
    table = Vectors(strings=nlp.vocab.strings, shape=vecs.shape)
    row_of = {w: i for i, w in enumerate(vocab)}
    for i, word in enumerate(vocab):
        table.add(nlp.vocab.strings.add(word), vector=vecs[i], row=i)
    for form in forms:  # cased variants share their lowercase word's row
        i = row_of.get(form.lower())
        if i is not None and form != vocab[i]:
            table.add(nlp.vocab.strings.add(form), row=i)
    nlp.vocab.vectors = table
    out_dir.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out_dir)
    return out_dir
