"""Corpus conversion: CoNLL-2002 (IOB2) and CoNLL-U into spaCy DocBin files.

CoNLL-2002 as shipped here is `INDEX<TAB>TOKEN<TAB>IOB2-TAG`, which is not the
column layout spaCy's `conll_ner` converter expects, so it is read here.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.tokens import Doc, DocBin, Span
from spacy.training.converters import conllu_to_docs
from spacy.vocab import Vocab

from newsetl.model.harmonise import argument_pairs, drop_sentences, harmonise, read_conllu, write_conllu

Sentence = tuple[list[str], list[str]]  # (words, IOB2 tags)


def read_conll2002(path: Path) -> Iterator[Sentence]:
    """Yield (words, tags) per sentence from a CoNLL-2002-style file.

    Tolerant of `-DOCSTART-` lines, of space-separated columns and of files
    with or without the leading index column: the token is the second-to-last
    column and the tag the last one.
    """
    words: list[str] = []
    tags: list[str] = []
    with Path(path).open(encoding="utf8") as fh:
        for raw in fh:
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip():
                if words:
                    yield words, tags
                words, tags = [], []
                continue
            cols = line.split("\t") if "\t" in line else line.split()
            if cols[0] == "-DOCSTART-" or (len(cols) > 1 and cols[1] == "-DOCSTART-"):
                continue
            if len(cols) < 2:
                raise ValueError(f"{path}: cannot read line {line!r}")
            words.append(cols[-2])
            tags.append(cols[-1].strip())
    if words:
        yield words, tags


def iob2_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """Token spans (start, end, label) from IOB2 tags; a stray I- opens a span (IOB1 leniency)."""
    spans: list[tuple[int, int, str]] = []
    start: int | None = None
    label = ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, lab = tag.partition("-")
        if start is not None and (prefix != "I" or lab != label):
            spans.append((start, i, label))
            start = None
        if prefix == "B" or (prefix == "I" and start is None):
            start, label = i, lab
    return spans


def conll2002_docs(path: Path, vocab: Vocab) -> Iterator[Doc]:
    """One Doc per sentence with gold entities set (sentence boundaries marked)."""
    for words, tags in read_conll2002(path):
        doc = Doc(vocab, words=words)
        doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in iob2_spans(tags)]
        for i, token in enumerate(doc):
            token.is_sent_start = i == 0
        yield doc


# The LassySmall train file comes from an older UD release that still used `flat:name` for
# multi-word names; current UD Dutch (LassySmall dev/test, Alpino) uses plain `flat`. The mapping is
# one-to-one, so harmonising it costs nothing and lets the parser emit the current label.
DEPREL_MAP = {"flat:name": "flat"}


def conllu_docs(path: Path, n_sents: int = 10, text: str | None = None) -> Iterator[Doc]:
    """Docs of `n_sents` sentences each, so the parser learns sentence boundaries."""
    text = Path(path).read_text(encoding="utf8") if text is None else text
    for doc in conllu_to_docs(text, n_sents=n_sents, no_print=True):
        for token in doc:
            if token.dep_ in DEPREL_MAP:
                token.dep_ = DEPREL_MAP[token.dep_]
        yield doc


def _sentences(path: Path) -> list:
    return list(read_conllu(path.read_text(encoding="utf8")))


def old_train_conllu(train: Path, held: list[Path], current: list[Path]) -> str:
    """The older-release train file without any sentence of the `held` files, mapped to the current scheme."""
    arguments = argument_pairs(s for p in current for s in _sentences(p))
    kept = drop_sentences(_sentences(train), (s for p in held for s in _sentences(p)))
    return write_conllu((c, harmonise(rows, arguments)) for c, rows in kept)


def ud_train_docs(ud: Path, clean: bool) -> list[Doc]:
    """UD training docs: LassySmall train (an older release) plus LassySmall test (current release).

    The test file teaches the parser and tagger today's scheme (obl:arg, nmod:poss, PROPN only for real
    names). Plain (`clean=False`, the recipe of the shipped model): both files as they are. Clean: the
    old train file holds 618 sentences of current dev and 791 of test, so its copies of every evaluation
    sentence (LassySmall dev and test, Alpino dev and test) are dropped, and the rest is mapped to the
    current scheme (newsetl/model/harmonise.py); test is then trained on once, in its current annotation.
    """
    old, current = ud / "nl_lassysmall-ud-train.conllu", ud / "nl_lassysmall-ud-test.conllu"
    docs: list[Doc] = []
    if old.exists() and clean:
        held = [ud / f"{name}.conllu" for name in
                ("nl_lassysmall-ud-dev", "nl_lassysmall-ud-test", "nl_alpino-ud-dev", "nl_alpino-ud-test")]
        text = old_train_conllu(old, [p for p in held if p.exists()], [current] if current.exists() else [])
        docs += conllu_docs(old, text=text)
    elif old.exists():
        docs += conllu_docs(old)
    if current.exists():
        docs += conllu_docs(current)
    return docs


def write_docbin(docs: Iterable[Doc], out: Path) -> int:
    """Write docs to a .spacy file; returns the number of docs written."""
    db = DocBin(store_user_data=False)
    n = 0
    for doc in docs:
        db.add(doc)
        n += 1
    out.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(out)
    return n


def convert_corpora(shared_dir: Path, build_dir: Path, clean_ud: bool = False) -> dict[str, Path]:
    """Convert every corpus the model needs; returns name -> .spacy path.

    `clean_ud` builds the UD training set without the old train file's copies of evaluation sentences
    and with the old file mapped to the current annotation scheme (see `ud_train_docs`).
    """
    conll = shared_dir / "corpora" / "conll2002-nl"
    ud = shared_dir / "corpora" / "ud-dutch"
    vocab = Vocab()
    out: dict[str, Path] = {}
    for split in ("train", "dev"):
        path = build_dir / f"ner-{split}.spacy"
        write_docbin(conll2002_docs(conll / f"{split}.conll", vocab), path)
        out[f"ner-{split}"] = path
    for name in (
        "nl_lassysmall-ud-train",
        "nl_lassysmall-ud-dev",
        "nl_lassysmall-ud-test",
        "nl_alpino-ud-dev",
        "nl_alpino-ud-test",
    ):
        src = ud / f"{name}.conllu"
        if not src.exists():
            continue
        path = build_dir / f"{name}.spacy"
        write_docbin(conllu_docs(src), path)
        out[name] = path
    dev, old = ud / "nl_lassysmall-ud-dev.conllu", ud / "nl_lassysmall-ud-train.conllu"
    if dev.exists() and old.exists():
        # Dev sentences the old train file does not hold: the only honest dev score of a plain-recipe model.
        name = "nl_lassysmall-ud-dev-unseen"
        unseen = drop_sentences(_sentences(dev), _sentences(old))
        write_docbin(conllu_docs(dev, text=write_conllu(unseen)), build_dir / f"{name}.spacy")
        out[name] = build_dir / f"{name}.spacy"
    path = build_dir / "ud-train.spacy"
    write_docbin(ud_train_docs(ud, clean_ud), path)
    out["ud-train"] = path
    return out
