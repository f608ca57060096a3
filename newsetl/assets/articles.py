"""`articles`: one row per article, the cleaned text every span offset points into."""

from __future__ import annotations

import json
from datetime import datetime

import pyarrow as pa

from newsetl.assets.common import Lineage, ParsedArticle, to_table
from newsetl.clean import detect_language
from newsetl.schemas import ARTICLES


def build(parsed: list[ParsedArticle], lineage: Lineage, ingested_at: datetime) -> pa.Table:
    rows = []
    for p in parsed:
        a = p.article
        language, score = detect_language(a.text)
        rows.append(
            {
                "article_id": a.article_id,
                "source_id": a.source_id,
                "source_path": a.source_path,
                "source_format": a.source_format,
                "sha256": a.sha256,
                "title": a.title,
                "text": a.text,
                "published_at": a.published_at,
                "language": language,
                "language_score": score,
                "n_chars": len(a.text),
                "n_paragraphs": len(p.paragraphs),
                "n_sentences": len(p.sentence_spans),
                "extra": json.dumps(a.extra, ensure_ascii=False, default=str, sort_keys=True) if a.extra else None,
                "ingested_at": ingested_at,
            }
        )
    return to_table(ARTICLES, rows, lineage)
