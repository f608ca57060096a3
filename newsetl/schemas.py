"""Every warehouse table's Parquet schema, declared once.

Each table has a ``key``: the column whose values identify the rows one unit of work replaces.
Re-processing an article deletes every row with its ``article_id`` before the new rows land, which
is what makes runs idempotent and a changed file replace its article's rows.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa

TS = pa.timestamp("us", tz="UTC")

LINEAGE = [
    pa.field("run_id", pa.string(), nullable=False),
    pa.field("pipeline_version", pa.string(), nullable=False),
    pa.field("model_name", pa.string()),
    pa.field("model_version", pa.string()),
]

SPAN = [
    pa.field("text", pa.string(), nullable=False),
    pa.field("char_start", pa.int32(), nullable=False),
    pa.field("char_end", pa.int32(), nullable=False),
]


@dataclass(frozen=True)
class Table:
    name: str
    schema: pa.Schema
    key: str
    description: str


ARTICLES = Table(
    "articles",
    pa.schema(
        [
            pa.field("article_id", pa.string(), nullable=False),
            pa.field("source_id", pa.string(), nullable=False),
            pa.field("source_path", pa.string(), nullable=False),
            pa.field("source_format", pa.string(), nullable=False),
            pa.field("sha256", pa.string(), nullable=False),
            pa.field("title", pa.string()),
            pa.field("text", pa.string(), nullable=False),
            pa.field("published_at", TS),
            pa.field("language", pa.string()),
            pa.field("language_score", pa.float32()),
            pa.field("n_chars", pa.int32(), nullable=False),
            pa.field("n_paragraphs", pa.int32(), nullable=False),
            pa.field("n_sentences", pa.int32(), nullable=False),
            pa.field("extra", pa.string()),
            pa.field("ingested_at", TS, nullable=False),
            *LINEAGE,
        ]
    ),
    key="article_id",
    description="One row per article: cleaned text (all span offsets point into it) and its provenance.",
)

PARAGRAPHS = Table(
    "paragraphs",
    pa.schema(
        [
            pa.field("article_id", pa.string(), nullable=False),
            pa.field("paragraph_idx", pa.int32(), nullable=False),
            *SPAN,
            pa.field("is_heading", pa.bool_(), nullable=False),
            *LINEAGE,
        ]
    ),
    key="article_id",
    description="Blank-line separated blocks of an article; subheadings are flagged, not merged into the body.",
)

SENTENCES = Table(
    "sentences",
    pa.schema(
        [
            pa.field("article_id", pa.string(), nullable=False),
            pa.field("sentence_idx", pa.int32(), nullable=False),
            pa.field("paragraph_idx", pa.int32(), nullable=False),
            *SPAN,
            pa.field("is_heading", pa.bool_(), nullable=False),
            pa.field("n_tokens", pa.int32(), nullable=False),
            *LINEAGE,
        ]
    ),
    key="article_id",
    description="Sentences from the spaCy pipeline; never cross a paragraph boundary.",
)

ENTITIES = Table(
    "entities",
    pa.schema(
        [
            pa.field("article_id", pa.string(), nullable=False),
            pa.field("mention_idx", pa.int32(), nullable=False),
            *SPAN,
            pa.field("label", pa.string(), nullable=False),
            pa.field("sentence_idx", pa.int32(), nullable=False),
            pa.field("paragraph_idx", pa.int32(), nullable=False),
            pa.field("canonical_name", pa.string(), nullable=False),
            pa.field("entity_id", pa.string(), nullable=False),
            *LINEAGE,
        ]
    ),
    key="article_id",
    description="Named-entity mentions; mentions of one entity share canonical_name and entity_id.",
)

QUOTES = Table(
    "quotes",
    pa.schema(
        [
            pa.field("article_id", pa.string(), nullable=False),
            pa.field("quote_idx", pa.int32(), nullable=False),
            *SPAN,
            pa.field("quote_type", pa.string(), nullable=False),
            pa.field("cue", pa.string()),
            pa.field("speaker", pa.string()),
            pa.field("speaker_mention", pa.string()),
            pa.field("speaker_entity_id", pa.string()),
            pa.field("sentence_idx", pa.int32(), nullable=False),
            pa.field("paragraph_idx", pa.int32(), nullable=False),
            *LINEAGE,
        ]
    ),
    key="article_id",
    description="Quotations (direct, partial, and optionally indirect) with cue and resolved speaker.",
)

REJECTS = Table(
    "rejects",
    pa.schema(
        [
            pa.field("reject_id", pa.string(), nullable=False),
            pa.field("source_path", pa.string(), nullable=False),
            pa.field("locator", pa.string(), nullable=False),
            pa.field("sha256", pa.string()),
            pa.field("reason", pa.string(), nullable=False),
            pa.field("rejected_at", TS, nullable=False),
            pa.field("run_id", pa.string(), nullable=False),
            pa.field("pipeline_version", pa.string(), nullable=False),
        ]
    ),
    key="reject_id",
    description="Input that could not be used, with the reason; one row per file or JSONL line.",
)

RUNS = Table(
    "runs",
    pa.schema(
        [
            pa.field("run_id", pa.string(), nullable=False),
            pa.field("flow_name", pa.string(), nullable=False),
            pa.field("status", pa.string(), nullable=False),
            pa.field("started_at", TS, nullable=False),
            pa.field("finished_at", TS, nullable=False),
            pa.field("duration_s", pa.float64(), nullable=False),
            pa.field("n_files", pa.int32(), nullable=False),
            pa.field("n_records", pa.int32(), nullable=False),
            pa.field("n_new", pa.int32(), nullable=False),
            pa.field("n_changed", pa.int32(), nullable=False),
            pa.field("n_unchanged", pa.int32(), nullable=False),
            pa.field("n_loaded", pa.int32(), nullable=False),
            pa.field("n_rejected", pa.int32(), nullable=False),
            pa.field("n_paragraphs", pa.int32(), nullable=False),
            pa.field("n_sentences", pa.int32(), nullable=False),
            pa.field("n_entities", pa.int32(), nullable=False),
            pa.field("n_quotes", pa.int32(), nullable=False),
            pa.field("articles_per_s", pa.float64()),
            pa.field("timings", pa.string(), nullable=False),
            pa.field("parameters", pa.string(), nullable=False),
            pa.field("pipeline_version", pa.string(), nullable=False),
            pa.field("model_name", pa.string()),
            pa.field("model_version", pa.string()),
            pa.field("spacy_version", pa.string(), nullable=False),
            pa.field("prefect_version", pa.string(), nullable=False),
        ]
    ),
    key="run_id",
    description="One row per flow run: counts, stage timings (JSON) and versions.",
)

TABLES: dict[str, Table] = {t.name: t for t in (ARTICLES, PARAGRAPHS, SENTENCES, ENTITIES, QUOTES, REJECTS, RUNS)}
# Child tables land before `articles`: an article row is the commit marker of its batch (see warehouse.store).
ARTICLE_TABLES = ("paragraphs", "sentences", "entities", "quotes", "articles")
