"""Tasks that parse a batch once, then extract entities and quotes from it in parallel."""

from __future__ import annotations

from datetime import datetime

import pyarrow as pa
from prefect import task
from prefect.cache_policies import NO_CACHE

from newsetl.assets import articles, entities, paragraphs, quotes, sentences
from newsetl.assets.common import Lineage, ParsedArticle
from newsetl.ingest import RawArticle
from newsetl.model import model_identity
from newsetl.nlp import pipeline


@task(cache_policy=NO_CACHE)
def describe_model(model: str | None) -> tuple[str, str]:
    """Load the spaCy pipeline once and return its (name, version) for lineage."""
    return model_identity(pipeline.load_pipeline(model))


@task(cache_policy=NO_CACHE)
def parse_batch(batch: list[RawArticle], model: str | None, workers: int) -> list[ParsedArticle]:
    """Run the spaCy pipeline over a batch of articles with nlp.pipe."""
    docs = pipeline.parse([a.text for a in batch], model, workers)
    return [ParsedArticle(article, doc) for article, doc in zip(batch, docs)]


@task(cache_policy=NO_CACHE)
def extract_entities(parsed: list[ParsedArticle], lineage: Lineage) -> pa.Table:
    """Entity mentions of a parsed batch, resolved to canonical names."""
    return entities.build(parsed, lineage)


@task(cache_policy=NO_CACHE)
def extract_quotes(parsed: list[ParsedArticle], lineage: Lineage, indirect: bool) -> pa.Table:
    """Quotes of a parsed batch with cue and speaker."""
    return quotes.build(parsed, lineage, indirect=indirect)


@task(cache_policy=NO_CACHE)
def label_quoted_people(entity_table: pa.Table, quote_table: pa.Table) -> pa.Table:
    """Make the entities that quotes show to be people PER."""
    return entities.label_quoted_people(entity_table, quote_table)


@task(cache_policy=NO_CACHE)
def link_speakers(quote_table: pa.Table, entity_table: pa.Table) -> pa.Table:
    """Join each quote's speaker to an entity of its article."""
    return quotes.link_speakers(quote_table, entity_table)


@task(cache_policy=NO_CACHE)
def build_text_tables(parsed: list[ParsedArticle], lineage: Lineage, ingested_at: datetime) -> dict[str, pa.Table]:
    """The articles, paragraphs and sentences tables of a parsed batch."""
    return {
        "articles": articles.build(parsed, lineage, ingested_at),
        "paragraphs": paragraphs.build(parsed, lineage),
        "sentences": sentences.build(parsed, lineage),
    }
