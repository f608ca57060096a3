"""Indirect (reported) speech without quote marks; opt-in (``indirect=True`` / NEWSETL_INDIRECT_QUOTES).

Patterns, per sentence, outside quote marks:

- "X zegt/stelt/benadrukt … dat <clause>"  -> the clause after "dat" (to the sentence end); between the
  verb and "dat" only a subject, adverbs or a particle ("zegt ook dat", "wees erop dat", "laat weten dat");
- "X zegt <object> te <verb>"               -> the infinitive clause ("zegt geen aanwijzingen te hebben");
- "Volgens X <clause>"                      -> the rest of the sentence after the speaker;
- "<clause> volgens X <clause>"             -> the whole sentence;
- "<clause>, zegt/aldus X."                 -> the clause before the comma (it must have a verb).

The span is the reported clause without final punctuation. A "dat" clause needs a speaker (impersonal
"Verwacht werd dat …" is no reported speech). Cue and speaker come from the same rules as for direct quotes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsetl.nlp import speech_verbs as sv
from newsetl.nlp.attribution import NAME_PARTICLES, PRONOUNS, STOP, _is_cap

if TYPE_CHECKING:
    from newsetl.nlp.quote_context import Candidate, Context
    from newsetl.nlp.quotes import Quote

MIN_WORDS = 3
# what may stand between a speech verb and its "dat": "zegt ook dat", "zei hij dat", "wees erop dat"
_BETWEEN = STOP | PRONOUNS | NAME_PARTICLES | {"er", "erop", "eraan", "daarbij", "bovendien", "zelf", "eerder"}
# verbs too weak or too impersonal for reported speech on their own
_WEAK = sv.EXPLETIVE | {"spreken", "lachen", "zuchten", "zingen", "juichen", "jubelen", "echoën", "noemen", "wijzen"}


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (text[a].isspace() or text[a] in ",;:"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ".!?;:,"):
        b -= 1
    return a, b


def indirect_quotes(ctx: Context, kept: list[Candidate]) -> list[Quote]:
    from newsetl.nlp.attribute import speaker_for_cue
    from newsetl.nlp.quote_context import INDIRECT
    from newsetl.nlp.quotes import Quote, n_words

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
            span = None
            a = b = None
            need_speaker = False
            if cue.lemma == "volgens":
                span = view.np_after(cue.i + 1, rng.stop)
                if span is None:
                    continue
                if cue.i == rng.start:
                    a, b = doc[span[1] - 1].idx + len(doc[span[1] - 1].text), s_hi
                else:
                    a, b = s_lo, s_hi
            elif cue.lemma in _WEAK and cue.lemma not in ("noemen",):
                continue
            else:
                last = max(cue.i, cue.particle_i or cue.i)
                after = [t for t in toks if t.i > last]
                stop = next((t.i for t in after if t.text in (".", ";", ":", "?", "!")), rng.stop)
                dat = None
                for t in after[:5]:
                    if t.lower_ == "dat":
                        dat = t
                        break
                    if not (t.lower_ in _BETWEEN or _is_cap(t) or t.text == "-" or t.i == cue.particle_i):
                        break
                if dat is None and view.has_pos:
                    # "stelt het ministerie van defensie dat", "verklaarde tegenover de rechter dat": a
                    # subordinating "dat" (not the relative pronoun of "noemt een merk dat") further on
                    dat = next((t for t in after[:14] if t.lower_ == "dat" and t.pos_ == "SCONJ" and t.i < stop
                                and not any(x.text == "," for x in doc[last + 1:t.i])), None)
                te = next((t for t in after if t.lower_ == "te" and t.i < stop), None)
                comma_cue = cue.i > rng.start and doc[cue.i - 1].text == "," and rng.stop - cue.i <= 14
                if dat is not None and cue.lemma not in sv.CUE_WORDS:
                    a, b = dat.idx + len(dat.text), s_hi
                    span = speaker_for_cue(ctx, cue, rng.start, dat.i, prefer_after=False)
                    need_speaker = True
                elif comma_cue:
                    # "<clause>, zegt X." / "<clause>, aldus X."
                    a, b = s_lo, doc[cue.i - 1].idx
                    clause = [t for t in toks if t.i < cue.i - 1]
                    if view.has_pos and not any(t.pos_ in ("VERB", "AUX") for t in clause):
                        continue  # "Maar gisteren, op de eerste dag van zijn proces, sprak Ross."
                    span = speaker_for_cue(ctx, cue, cue.i, rng.stop, prefer_after=True)
                elif te is not None and cue.lemma not in sv.CUE_WORDS and cue.lemma not in sv.INDIRECT_ONLY:
                    # "X zegt geen aanwijzingen te hebben", "bekende hij zijn diploma te hebben vervalst"
                    start = last + 1
                    while start < stop and (doc[start].lower_ in PRONOUNS or doc[start].lower_ in STOP):
                        start += 1
                    if start >= te.i:
                        continue
                    a, b = doc[start].idx, doc[stop - 1].idx + len(doc[stop - 1].text) if stop > start else s_hi
                    span = speaker_for_cue(ctx, cue, rng.start, start, prefer_after=False)
                    need_speaker = True
                else:
                    continue
            if a is None:
                continue
            a, b = _trim(text, a, b)
            if b <= a or n_words(text[a:b]) < MIN_WORDS:
                continue
            if any(min(b, e) - max(a, s) > 0.5 * (b - a) for s, e in direct):
                continue
            if any(q.char_start == a and q.char_end == b for q in out):
                continue
            if need_speaker and span is None:
                continue
            mention = speaker = m_start = m_end = None
            if span is not None:
                m_start, m_end = view.span_chars(span)
                mention = text[m_start:m_end]
                speaker = ctx.resolver.resolve(mention, (m_start, m_end), m_start)
            out.append(Quote(text[a:b], a, b, INDIRECT, cue.text, speaker, mention, m_start, m_end))
            break
    out.extend(_dat_zei(ctx, out, direct))
    return out


def _dat_zei(ctx: Context, found: list[Quote], direct: list[tuple[int, int]]) -> list[Quote]:
    """"X. Dat zei Y": the sentence before a "Dat zegt/zei/meldt Y" sentence is reported speech."""
    from newsetl.nlp.attribute import speaker_for_cue
    from newsetl.nlp.quote_context import INDIRECT
    from newsetl.nlp.quotes import Quote, n_words

    text, doc, view = ctx.text, ctx.doc, ctx.view
    out = []
    for k in range(1, len(ctx.sents)):
        n_lo, n_hi = ctx.sents[k]
        rng = view.tok_range(n_lo, n_hi)
        first = [doc[i] for i in rng][:3]
        if not first or first[0].lower_ not in ("dat", "dit", "zo") or ctx.para_at(n_lo) != ctx.para_at(ctx.sents[k - 1][0]):
            continue
        cues = [c for c in view.cues_in(n_lo, n_hi) if c.i <= first[-1].i and c.lemma not in sv.CUE_WORDS]
        if not cues:
            continue
        p_lo, p_hi = ctx.sents[k - 1]
        a, b = _trim(text, p_lo, p_hi)
        if n_words(text[a:b]) < MIN_WORDS or any(min(b, e) - max(a, s) > 0 for s, e in direct):
            continue
        if any(q.char_start < b and a < q.char_end for q in found):
            continue
        span = speaker_for_cue(ctx, cues[0], first[0].i, rng.stop, prefer_after=True)
        if span is None:
            continue
        m_start, m_end = view.span_chars(span)
        mention = text[m_start:m_end]
        speaker = ctx.resolver.resolve(mention, (m_start, m_end), m_start)
        out.append(Quote(text[a:b], a, b, INDIRECT, cues[0].text, speaker, mention, m_start, m_end))
    return out
