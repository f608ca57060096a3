"""What every table builder shares: lineage columns, the parsed-article record, span lookup."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import asdict, dataclass, field
from typing import Any

import pyarrow as pa
from spacy.tokens import Doc

from newsetl.ingest import RawArticle
from newsetl.nlp.pipeline import sentences
from newsetl.schemas import Table
from newsetl.segment import Paragraph, split_paragraphs


@dataclass(frozen=True)
class Lineage:
    run_id: str
    pipeline_version: str
    model_name: str | None
    model_version: str | None


@dataclass
class ParsedArticle:
    """An article with its parse; sentence and paragraph lookups are computed once, here."""

    article: RawArticle
    doc: Doc
    paragraphs: list[Paragraph] = field(init=False)
    sentence_spans: list = field(init=False)

    def __post_init__(self) -> None:
        if self.doc.text != self.article.text:
            raise ValueError(f"doc text differs from article {self.article.article_id}'s text: offsets would be wrong")
        self.paragraphs = split_paragraphs(self.article.text)
        self.sentence_spans = sentences(self.doc)
        self._paragraph_starts = [p.char_start for p in self.paragraphs]
        self._sentence_starts = [s.start_char for s in self.sentence_spans]

    def paragraph_idx(self, char: int) -> int:
        return max(bisect_right(self._paragraph_starts, char) - 1, 0)

    def sentence_idx(self, char: int) -> int:
        return max(bisect_right(self._sentence_starts, char) - 1, 0)


def to_table(spec: Table, rows: list[dict[str, Any]], lineage: Lineage | None = None) -> pa.Table:
    """Rows (dicts) to an Arrow table of exactly `spec`'s schema, lineage columns filled in."""
    if lineage is not None:
        extra = asdict(lineage)
        rows = [{**row, **extra} for row in rows]
    return pa.Table.from_pylist(rows, schema=spec.schema)
