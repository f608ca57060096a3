"""`quotes`: who said what; speakers are linked to `entities` once both are built."""

from __future__ import annotations

import pyarrow as pa

from newsetl.assets.common import Lineage, ParsedArticle, to_table
from newsetl.assets.entities import names_by_article
from newsetl.entities import resolve_speaker
from newsetl.ingest.bylines import author_of
from newsetl.nlp.quotes import extract_quotes
from newsetl.schemas import QUOTES


def build(parsed: list[ParsedArticle], lineage: Lineage, indirect: bool = False) -> pa.Table:
    rows = []
    for p in parsed:
        for idx, quote in enumerate(extract_quotes(p.doc, indirect=indirect, author=author_of(p.article))):
            rows.append(
                {
                    "article_id": p.article.article_id,
                    "quote_idx": idx,
                    "text": quote.text,
                    "char_start": quote.char_start,
                    "char_end": quote.char_end,
                    "quote_type": quote.quote_type,
                    "cue": quote.cue,
                    "speaker": quote.speaker,
                    "speaker_mention": quote.speaker_mention,
                    "speaker_entity_id": None,
                    "sentence_idx": p.sentence_idx(quote.char_start),
                    "paragraph_idx": p.paragraph_idx(quote.char_start),
                }
            )
    return to_table(QUOTES, rows, lineage)


def link_speakers(quotes: pa.Table, entities: pa.Table) -> pa.Table:
    """Fill `speaker_entity_id` from the article's entities. The speaker text stays as the extractor
    resolved it: it reads the whole article, while entity names are only as good as the NER."""
    names = names_by_article(entities)
    ids = [
        resolve_speaker(speaker, names.get(article_id, []))[1]
        for article_id, speaker in zip(quotes.column("article_id").to_pylist(), quotes.column("speaker").to_pylist())
    ]
    column = quotes.schema.get_field_index("speaker_entity_id")
    return quotes.set_column(column, QUOTES.schema.field("speaker_entity_id"), pa.array(ids, pa.string()))
