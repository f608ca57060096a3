"""Load one spaCy pipeline and parse article texts with it, in-process or in worker processes.

The project's own component here keeps sentences inside paragraphs: a blank line in the article
always starts a new sentence, so a subheading never fuses with the body text after it.
"""

from __future__ import annotations

import logging
import multiprocessing
import warnings
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span

log = logging.getLogger(__name__)

PARAGRAPHS = "newsetl_paragraphs_v1"


@Language.component(PARAGRAPHS)
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every blank line; leave every other boundary to the parser."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.is_space and "\n\n" in previous.text and not token.is_space:
            token.is_sent_start = True
    return doc


@lru_cache(maxsize=4)
def load_pipeline(model: str | None = None) -> Language:
    """The configured spaCy pipeline plus the paragraph rule; warns (not fails) on missing parts."""
    from newsetl.model import load_model  # the bundled-model lookup lives with the model code

    nlp = load_model(model)
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
    """The doc's sentences without surrounding whitespace; whitespace-only sentences are dropped."""
    result = []
    for sent in doc.sents:
        start, end = sent.start, sent.end
        while start < end and doc[start].is_space:
            start += 1
        while end > start and doc[end - 1].is_space:
            end -= 1
        if end > start:
            result.append(doc[start:end])
    return result


# -- parsing --------------------------------------------------------------------------------------

_worker_model: str | None = None


def _init_worker(model: str | None) -> None:
    global _worker_model
    _worker_model = model
    load_pipeline(model)


def _parse_in_worker(texts: list[str]) -> bytes:
    nlp = load_pipeline(_worker_model)
    docs = DocBin(store_user_data=False)
    for doc in nlp.pipe(texts):
        docs.add(doc)
    return docs.to_bytes()


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
        docs = list(nlp.pipe(texts))
    else:
        pool = _pool(model, workers)
        docs = list(DocBin().from_bytes(pool.submit(_parse_in_worker, list(texts)).result()).get_docs(nlp.vocab))
    for doc in docs:
        # the tok2vec tensor is the biggest part of a Doc and nothing downstream reads it
        doc.tensor = doc.tensor[:0]
    return docs
