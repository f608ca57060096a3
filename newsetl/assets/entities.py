"""`entities`: NER mentions, each with its article-level canonical name and stable entity_id."""

from __future__ import annotations

import pyarrow as pa

from newsetl.assets.common import Lineage, ParsedArticle, to_table
from newsetl.entities import canonical_entities, entity_id
from newsetl.schemas import ENTITIES


def build(parsed: list[ParsedArticle], lineage: Lineage) -> pa.Table:
    rows = []
    for p in parsed:
        # a mention without a letter or digit ("”") is a tagging error, not a name
        ents = [e for e in p.doc.ents if any(ch.isalnum() for ch in e.text)]
        resolved = canonical_entities([(e.text, e.label_) for e in ents])
        for idx, (ent, (name, label)) in enumerate(zip(ents, resolved)):
            rows.append(
                {
                    "article_id": p.article.article_id,
                    "mention_idx": idx,
                    "text": ent.text,
                    "char_start": ent.start_char,
                    "char_end": ent.end_char,
                    "label": ent.label_,
                    "sentence_idx": p.sentence_idx(ent.start_char),
                    "paragraph_idx": p.paragraph_idx(ent.start_char),
                    "canonical_name": name,
                    "entity_id": entity_id(name, label),
                }
            )
    return to_table(ENTITIES, rows, lineage)
