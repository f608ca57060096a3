"""Paragraphs of cleaned article text, with character offsets and subheading flags.

Offsets point into the exact string passed in, so ``text[p.char_start:p.char_end] == p.text``
always holds; downstream spans (sentences, entities, quotes) are located through them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Paragraph:
    idx: int
    char_start: int
    char_end: int
    text: str
    is_heading: bool


# A blank line (possibly holding spaces, for text that skipped clean_text) separates paragraphs.
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n\s*")

HEADING_MAX_WORDS = 12
HEADING_MAX_CHARS = 100
# Quote marks used in Dutch (and English/French-style) news: “ ” „ ‘ ’ ‚ « » ‹ › " '.
QUOTE_MARKS = "\"'“”„‘’‚«»‹›"
# A paragraph ending like a sentence (or a closing quote) is body text, not a subheading.
_SENTENCE_FINAL = ".!?:;…" + QUOTE_MARKS


def is_heading(paragraph_text: str) -> bool:
    """True for a single short line without sentence-final punctuation that does not open a quote.

    Position rules (the last paragraph of an article is never a heading) are applied by
    ``split_paragraphs``, which knows the context.
    """
    line = paragraph_text.strip()
    if not line or "\n" in line:
        return False
    if len(line) > HEADING_MAX_CHARS or len(line.split()) > HEADING_MAX_WORDS:
        return False
    if line[0] in QUOTE_MARKS or line[-1] in _SENTENCE_FINAL:
        return False
    # Separator lines ("***", "---") and bare numbers are not headings.
    return any(ch.isalpha() for ch in line)


def split_paragraphs(text: str) -> list[Paragraph]:
    """Blank-line separated paragraphs of ``text``; single newlines stay inside their paragraph."""
    spans: list[tuple[int, int]] = []
    start = 0
    for separator in _BLANK_LINE.finditer(text):
        spans.append((start, separator.start()))
        start = separator.end()
    spans.append((start, len(text)))

    trimmed: list[tuple[int, int]] = []
    for begin, end in spans:
        chunk = text[begin:end]
        stripped = chunk.strip()
        if not stripped:
            continue
        begin += len(chunk) - len(chunk.lstrip())
        trimmed.append((begin, begin + len(stripped)))

    last = len(trimmed) - 1
    return [
        Paragraph(
            idx=i,
            char_start=begin,
            char_end=end,
            text=text[begin:end],
            is_heading=i != last and is_heading(text[begin:end]),
        )
        for i, (begin, end) in enumerate(trimmed)
    ]
