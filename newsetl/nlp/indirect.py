"""Indirect (reported) speech without quote marks; opt-in (``indirect=True`` / NEWSETL_INDIRECT_QUOTES).

Patterns, per sentence, outside quote marks:

- "X zegt/stelt/benadrukt … dat <clause>"  -> the clause after "dat" (to the sentence end);
- "Volgens X <clause>"                      -> the rest of the sentence after the speaker;
- "<clause> volgens X <clause>"             -> the whole sentence;
- "<clause>, zegt/aldus X."                 -> the clause before the comma.

The span is the reported clause without final punctuation; cue and speaker come from the same
rules as for direct quotes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsetl.nlp import speech_verbs as sv

if TYPE_CHECKING:
    from newsetl.nlp.quotes import Quote, _Cand, _Context

MIN_WORDS = 3


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (text[a].isspace() or text[a] in ",;:"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ".!?;:,"):
        b -= 1
    return a, b


def indirect_quotes(ctx: "_Context", kept: list["_Cand"]) -> list["Quote"]:
    from newsetl.nlp.quotes import INDIRECT, Quote, _n_words, _speaker_for_cue

    text, doc, view = ctx.text, ctx.doc, ctx.view
    out: list[Quote] = []
    direct = [(c.span.open_pos, c.span.end) for c in kept if c.kind != "partial"]
    for s_lo, s_hi in ctx.sents:
        if text[s_hi - 1 : s_hi] not in (".", "!", "?", "'", '"', "”", "’"):
            continue  # headings
        rng = view.tok_range(s_lo, s_hi)
        if not len(rng):
            continue
        toks = [doc[i] for i in rng]
        for cue in view.cues_in(s_lo, s_hi):
            tok = doc[cue.i]
            span = None
            a = b = None
            if cue.lemma == "volgens":
                span = view.np_after(cue.i + 1, rng.stop)
                if span is None:
                    continue
                if cue.i == rng.start:
                    a, b = doc[span[1] - 1].idx + len(doc[span[1] - 1].text), s_hi
                else:
                    a, b = s_lo, s_hi
            elif cue.lemma == "aldus":
                continue  # "…, aldus X" without marks is handled by the comma pattern below
            else:
                after = [t for t in toks if t.i > max(cue.i, cue.particle_i or cue.i)][:10]
                dat = next((t for t in after if t.lower_ == "dat"), None)
                stop = next((t for t in after if t.text in (".", ";", ":", "?", "!")), None)
                if dat is not None and (stop is None or dat.i < stop.i):
                    a, b = dat.idx + len(dat.text), s_hi
                    span = _speaker_for_cue(ctx, cue, rng.start, dat.i, prefer_after=False)
                elif cue.i > rng.start and doc[cue.i - 1].text == "," and rng.stop - cue.i <= 10:
                    # "<clause>, zegt X."
                    a, b = s_lo, doc[cue.i - 1].idx
                    span = _speaker_for_cue(ctx, cue, cue.i, rng.stop, prefer_after=True)
                else:
                    continue
            if a is None:
                continue
            a, b = _trim(text, a, b)
            if b <= a or _n_words(text[a:b]) < MIN_WORDS:
                continue
            if any(min(b, e) - max(a, s) > 0.5 * (b - a) for s, e in direct):
                continue
            if any(q.char_start == a and q.char_end == b for q in out):
                continue
            mention = speaker = m_start = m_end = None
            if span is not None:
                m_start, m_end = view.span_chars(span)
                mention = text[m_start:m_end]
                speaker = ctx.resolver.resolve(mention, (m_start, m_end), m_start)
            cue_text = cue.text if cue.lemma in sv.CUE_WORDS or cue.particle_i is None else cue.text
            out.append(Quote(text[a:b], a, b, INDIRECT, cue_text, speaker, mention, m_start, m_end))
            break
    return out
