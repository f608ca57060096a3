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


def conllu_docs(path: Path, n_sents: int = 10) -> Iterator[Doc]:
    """Docs of `n_sents` sentences each, so the parser learns sentence boundaries."""
    text = Path(path).read_text(encoding="utf8")
    for doc in conllu_to_docs(text, n_sents=n_sents, no_print=True):
        for token in doc:
            if token.dep_ in DEPREL_MAP:
                token.dep_ = DEPREL_MAP[token.dep_]
        yield doc


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


def convert_corpora(shared_dir: Path, build_dir: Path) -> dict[str, Path]:
    """Convert every corpus the model needs; returns name -> .spacy path."""
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
    # UD training set: LassySmall train (an older release) plus LassySmall test (current release,
    # so the parser and tagger also see today's label scheme: obl:arg, nmod:poss, PROPN only for
    # real names). Never dev: LassySmall dev and Alpino dev/test stay held out for evaluation.
    train_files = [ud / f"nl_lassysmall-ud-{split}.conllu" for split in ("train", "test")]
    path = build_dir / "ud-train.spacy"
    write_docbin((doc for src in train_files if src.exists() for doc in conllu_docs(src)), path)
    out["ud-train"] = path
    return out
