"""`paragraphs`: blank-line separated blocks, subheadings flagged."""

from __future__ import annotations

import pyarrow as pa

from newsetl.assets.common import Lineage, ParsedArticle, to_table
from newsetl.schemas import PARAGRAPHS


def build(parsed: list[ParsedArticle], lineage: Lineage) -> pa.Table:
    rows = [
        {
            "article_id": p.article.article_id,
            "paragraph_idx": para.idx,
            "text": para.text,
            "char_start": para.char_start,
            "char_end": para.char_end,
            "is_heading": para.is_heading,
        }
        for p in parsed
        for para in p.paragraphs
    ]
    return to_table(PARAGRAPHS, rows, lineage)
