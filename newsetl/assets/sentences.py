"""`sentences`: the parser's sentences, never crossing a paragraph."""

from __future__ import annotations

import pyarrow as pa

from newsetl.assets.common import Lineage, ParsedArticle, to_table
from newsetl.schemas import SENTENCES


def build(parsed: list[ParsedArticle], lineage: Lineage) -> pa.Table:
    rows = []
    for p in parsed:
        for idx, sent in enumerate(p.sentence_spans):
            paragraph = p.paragraphs[p.paragraph_idx(sent.start_char)]
            rows.append(
                {
                    "article_id": p.article.article_id,
                    "sentence_idx": idx,
                    "paragraph_idx": paragraph.idx,
                    "text": sent.text,
                    "char_start": sent.start_char,
                    "char_end": sent.end_char,
                    "is_heading": paragraph.is_heading,
                    "n_tokens": sum(not t.is_space for t in sent),
                }
            )
    return to_table(SENTENCES, rows, lineage)
