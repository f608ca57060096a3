"""What the quote extractor knows about one Doc while it works: the paired quote marks, sentences and
paragraphs (``Context``), and each quotation on its way to becoming a ``Quote`` (``Candidate``)."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc

from newsetl.nlp.attribution import Cue, DocView
from newsetl.nlp.quote_marks import QuoteSpan, close_mark_end, pair_quotes, paragraphs, sentence_spans
from newsetl.nlp.speakers import Resolver

DIRECT, PARTIAL, INDIRECT = "direct", "partial", "indirect"


@dataclass
class Candidate:
    span: QuoteSpan
    kind: str
    sent: int  # index of the sentence the quote opens in
    end_sent: int
    before: tuple[int, int]  # chars of the writer's words before the quote in its sentence
    after: tuple[int, int]
    cue: Cue | None = None
    mention: tuple[int, int] | None = None  # token span
    speaker: str | None = None
    inherited: bool = False


class Context:
    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = doc.text
        self.spans = pair_quotes(self.text)
        self.outer = [(q.open_pos, close_mark_end(self.text, q)) for q in self.spans]
        self.sents = sentence_spans(self.text, self.spans)
        self.sent_starts = [a for a, _ in self.sents]
        self.paras = paragraphs(self.text)
        self.view = DocView(doc, self.outer)
        self.resolver = Resolver(self.view, self.sents)

    def sent_at(self, pos: int) -> int:
        return max(0, bisect_right(self.sent_starts, pos) - 1)

    def para_at(self, pos: int) -> int:
        return max(0, bisect_right([a for a, _ in self.paras], pos) - 1)
