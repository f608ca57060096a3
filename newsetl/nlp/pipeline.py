"""Load one spaCy pipeline and parse article texts with it, in-process or in worker processes.

The project's own component here keeps sentences inside paragraphs: a blank line in the article
always starts a new sentence, so a subheading never fuses with the body text after it. The model
reads typographic quote marks as their ASCII twins (`model_view`); offsets never change.
"""

from __future__ import annotations

import multiprocessing
import warnings
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache

from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, SENT_START, TAG
from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span

from newsetl.nlp.ner_rules import NER_RULES, opening_role
from newsetl.segment import split_paragraphs

PARAGRAPHS = "newsetl_paragraphs_v1"


_QUOTE_MARKS = frozenset({",,", '"', "'", "``", "“", "”", "„", "‘", "’", "«", "»"})


@Language.component(PARAGRAPHS)
def paragraph_boundaries(doc: Doc) -> Doc:
    """Every paragraph starts a sentence, and a subheading is one sentence; the parser decides the rest.

    The parser may not start a sentence inside a named entity (the NER runs first in the bundled model),
    at a name right after the role word the entity rules cut off it ("Lijsttrekker || Hagar Roijackers")
    or right after an opening quote mark: it learnt boundaries from treebank text with few quotes and
    split "minister || Hugo de Jonge" and ",, || Daar ben ik blij om", cutting speakers off their quotes.
    """
    starts: set[int] = set()
    for paragraph in split_paragraphs(doc.text):
        span = doc.char_span(paragraph.char_start, paragraph.char_end, alignment_mode="expand")
        if span is None:
            continue
        span[0].is_sent_start = True
        starts.add(span.start)
        if paragraph.is_heading:
            for token in span[1:]:
                token.is_sent_start = False
    for token in doc[1:]:
        prev = doc[token.i - 1]
        opening = prev.text in _QUOTE_MARKS and not prev.whitespace_ and (prev.i == 0 or doc[prev.i - 1].whitespace_)
        titled = token.ent_iob_ == "B" and opening_role(prev)
        if token.i not in starts and (token.ent_iob_ == "I" or opening or titled):
            token.is_sent_start = False
    return doc


# The model learnt quotes from ASCII '"' and "'" (CoNLL-2002, LassySmall); typographic marks were
# rare or absent there and come out as MISC entities or one-character sentences. The model therefore
# reads a view of the text with each typographic mark replaced by its ASCII twin, one character for
# one, so every offset and token boundary is unchanged, and the annotations are copied onto a Doc of
# the original text.
_ASCII_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'"})
_COPIED = [HEAD, DEP, TAG, POS, MORPH, LEMMA, ENT_IOB, ENT_TYPE, SENT_START]


# spaCy's Dutch tokenizer exceptions keep abbreviations whole with their period ("vol." for volume, "best."
# for bestuur), but these are also everyday words that end sentences: "hield Boeing vol." lost its particle
# and "… zei ik dat." its sentence end. Counted in the DPG news: each of these stands before a full stop
# far more often as a word than as an abbreviation ("min.", "no.", "jl." stay abbreviations).
WORDS_NOT_ABBREVIATIONS = frozenset("al app bel best dat hand kon me pas pers top u ver vol".split())


def drop_word_abbreviations(nlp: Language) -> Language:
    """Let the tokenizer split the period off words in WORDS_NOT_ABBREVIATIONS (any capitalisation)."""
    rules = nlp.tokenizer.rules or {}
    kept = {k: v for k, v in rules.items() if not (k.endswith(".") and k[:-1].lower() in WORDS_NOT_ABBREVIATIONS)}
    if len(kept) != len(rules):
        nlp.tokenizer.rules = kept
    return nlp


def model_view(text: str) -> str:
    return text.translate(_ASCII_QUOTES)


def restore_text(doc: Doc, text: str) -> Doc:
    """A Doc over `text` with `doc`'s tokens and annotations (`doc` parsed `model_view(text)`)."""
    if doc.text == text:
        return doc
    words = [text[t.idx : t.idx + len(t.text)] for t in doc]
    restored = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])
    return restored.from_array(_COPIED, doc.to_array(_COPIED))


def with_ner_rules(nlp: Language) -> Language:
    """Add the project's entity rules right after the NER (see ``ner_rules``), once."""
    if "ner" in nlp.pipe_names and NER_RULES not in nlp.pipe_names:
        nlp.add_pipe(NER_RULES, after="ner")
    return nlp


@lru_cache(maxsize=4)
def load_pipeline(model: str | None = None) -> Language:
    """The configured spaCy pipeline plus the paragraph rule; warns (not fails) on missing parts."""
    from newsetl.model import load_model  # the bundled-model lookup lives with the model code

    nlp = with_ner_rules(drop_word_abbreviations(load_model(model)))
    if PARAGRAPHS in nlp.pipe_names:
        return nlp
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS, before="parser")
    elif "senter" in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS, after="senter")
    else:
        warnings.warn(
            f"spaCy pipeline {model or 'default'!r} has no parser or senter: sentences come from a rule-based "
            "sentencizer and quote attribution falls back to token patterns",
            stacklevel=2,
        )
        nlp.add_pipe("sentencizer")
        nlp.add_pipe(PARAGRAPHS, after="sentencizer")
    if "ner" not in nlp.pipe_names:
        warnings.warn(f"spaCy pipeline {model or 'default'!r} has no NER: the entities table stays empty", stacklevel=2)
    return nlp


def sentences(doc: Doc) -> list[Span]:
    """The doc's sentences without surrounding whitespace; whitespace-only sentences are dropped, and
    a sentence of punctuation alone (a quote mark the parser split off) joins its neighbour within
    the paragraph: the closing mark of '… belofte.”' belongs to the sentence before it."""
    spans: list[tuple[int, int]] = []
    for sent in doc.sents:
        start, end = sent.start, sent.end
        while start < end and doc[start].is_space:
            start += 1
        while end > start and doc[end - 1].is_space:
            end -= 1
        if end > start:
            spans.append((start, end))
    merged: list[tuple[int, int]] = []
    i = 0
    while i < len(spans):
        start, end = spans[i]
        if not any(t.is_alpha or t.is_digit for t in doc[start:end]):
            opening = doc[start].is_left_punct and not doc[start].is_right_punct
            if merged and not opening and _same_paragraph(doc, merged[-1][1], start):
                merged[-1] = (merged[-1][0], end)
                i += 1
                continue
            if i + 1 < len(spans) and _same_paragraph(doc, end, spans[i + 1][0]):
                spans[i + 1] = (start, spans[i + 1][1])
                i += 1
                continue
        merged.append((start, end))
        i += 1
    return [doc[start:end] for start, end in merged]


def _same_paragraph(doc: Doc, end: int, start: int) -> bool:
    """No blank line between token `end - 1` and token `start`."""
    return "\n\n" not in doc[end - 1 : start + 1].text


# -- parsing --------------------------------------------------------------------------------------

_worker_model: str | None = None


def _init_worker(model: str | None) -> None:
    global _worker_model
    _worker_model = model
    load_pipeline(model)


def _parse_in_worker(texts: list[str]) -> bytes:
    nlp = load_pipeline(_worker_model)
    docs = DocBin(store_user_data=False)
    for doc in _pipe(nlp, texts):
        docs.add(doc)
    return docs.to_bytes()


# Articles per nlp.pipe minibatch: whole news articles are long, and the network's activations for a
# large minibatch cost far more memory than they save time (64 articles: ~0.5 GB more at peak).
PIPE_BATCH = 8


def _pipe(nlp: Language, texts: Sequence[str]) -> list[Doc]:
    docs = nlp.pipe((model_view(t) for t in texts), batch_size=PIPE_BATCH)
    return [restore_text(doc, text) for doc, text in zip(docs, texts)]


_POOLS: dict[tuple[str | None, int], ProcessPoolExecutor] = {}


def _pool(model: str | None, workers: int) -> ProcessPoolExecutor:
    """One pool of parser processes per (model, workers), each loading the model once."""
    key = (model, workers)
    if key not in _POOLS:
        # spawn, not fork: the flow process runs threads and an event loop that must not be copied.
        _POOLS[key] = ProcessPoolExecutor(
            workers, mp_context=multiprocessing.get_context("spawn"), initializer=_init_worker, initargs=(model,)
        )
    return _POOLS[key]


def shutdown_workers() -> None:
    """Stop the parser processes (called at the end of a flow run)."""
    while _POOLS:
        _, pool = _POOLS.popitem()
        pool.shutdown(cancel_futures=True)


def parse(texts: Sequence[str], model: str | None = None, workers: int = 1) -> list[Doc]:
    """Parse texts once with `nlp.pipe`; with workers > 1 the batch goes to a pool of parser processes."""
    nlp = load_pipeline(model)
    if workers <= 1:
        docs = _pipe(nlp, texts)
    else:
        pool = _pool(model, workers)
        docs = list(DocBin().from_bytes(pool.submit(_parse_in_worker, list(texts)).result()).get_docs(nlp.vocab))
    for doc in docs:
        # the tok2vec tensor is the biggest part of a Doc and nothing downstream reads it
        doc.tensor = doc.tensor[:0]
    return docs
