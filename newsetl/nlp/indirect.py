"""Indirect (reported) speech without quote marks; opt-in (``indirect=True`` / NEWSETL_INDIRECT_QUOTES).

Patterns, per sentence, outside quote marks:

- "X zegt/stelt/benadrukt … dat <clause>"  -> the clause after "dat" (to the sentence end); between the
  verb and "dat" only a subject, adverbs or a particle ("zegt ook dat", "wees erop dat", "laat weten dat");
- "X zegt <object> te <verb>"               -> the infinitive clause ("zegt geen aanwijzingen te hebben");
- "Volgens X <clause>"                      -> the rest of the sentence after the speaker;
- "<clause> volgens X <clause>"             -> the whole sentence;
- "<clause>, zegt/aldus X."                 -> the clause before the comma (it must have a verb, unless it
  is a short answer opening the sentence: "Kwalijk, vindt Beckerman.");
- "<A>, zegt X, <B>."                       -> the whole sentence (the cue interrupts the reported clause);
- verbs that report only with a content clause (sv.REPORTING: "wil dat", "schat dat", "ziet dat",
  ", weet X"), never "laat zien dat".

The span is the reported clause without final punctuation; a dat-clause ends at the sentence end, or before
", maar"/", terwijl" or the next cue's own dat-clause, so one sentence can hold two. A "dat" clause needs a
speaker (impersonal "Verwacht werd dat …" is no reported speech), and a first-person speaker is the writer,
whose views are not reported speech. Cue and speaker come from the same rules as for direct quotes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsetl.nlp import speech_verbs as sv
from newsetl.nlp.attribution import FIRST_PERSON, NAME_PARTICLES, PRONOUNS, STOP, _is_cap

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsetl.nlp.attribution import Cue
    from newsetl.nlp.quote_context import Candidate, Context
    from newsetl.nlp.quotes import Quote

MIN_WORDS = 3
# what may stand between a speech verb and its "dat": "zegt ook dat", "zei hij dat", "wees erop dat"
_BETWEEN = STOP | PRONOUNS | NAME_PARTICLES | {"er", "erop", "eraan", "daarbij", "bovendien", "zelf", "eerder"}
# verbs too weak or too impersonal for reported speech on their own
_WEAK = sv.EXPLETIVE | {"spreken", "lachen", "zuchten", "zingen", "juichen", "jubelen", "echoën", "noemen", "wijzen"}


_ALL_KINDS = frozenset({"dat", "te", "comma"})
# a subject between the verb and its te-infinitive ("zegt hij geen … te hebben"); object pronouns
# ("zeggen hem niet te kennen") belong to the reported clause
_SUBJECT_PRONOUNS = frozenset({"hij", "zij", "ze", "ik", "wij", "we", "jij", "je", "u", "men"})
_CLAUSE_ENDERS = frozenset({"maar", "terwijl"})
# the writer speaking for themselves or to the reader ("denk je dat …"); the addressed "u" and generic "men"
# stay possible speakers ("U zegt dat …" in an interview reports the interviewee)
_FIRST_PERSON = FIRST_PERSON - {"u", "men"}


def _cues(ctx: Context, s_lo: int, s_hi: int) -> list[Cue]:
    """The sentence's speech cues plus the verbs that report only with a content clause (sv.REPORTING)."""
    from newsetl.nlp.attribution import Cue

    view, doc = ctx.view, ctx.doc
    cues = view.cues_in(s_lo, s_hi)
    seen = {c.i for c in cues}
    for i in view.tok_range(s_lo, s_hi):
        tok = doc[i]
        lemma = sv.REPORTING_FORMS.get(tok.lower_)
        if lemma is None or i in seen or view.in_quote(tok) or view._nominal(tok):
            continue
        if view.has_pos and tok.pos_ not in ("VERB", "AUX") and not (i + 1 < len(doc) and doc[i + 1].lower_ == "dat"):
            continue  # ("schat dat …" is a verb whatever the tagger says)
        cues.append(Cue(i, lemma, tok.text))
    return sorted(cues, key=lambda c: c.i)


def _clause_end(ctx: Context, later: list[Cue], dat_i: int, s_hi: int) -> int:
    """Where a dat-clause ends: at the sentence end, or at the comma before the next speech cue or
    before "maar"/"terwijl" ("CDA vindt dat A, de VVD meent dat B"; "zei dat A, maar de vraag is …")."""
    doc = ctx.doc
    # the next cue that opens a dat-clause of its own ("…, de liberalen menen dat …")
    nxt = next((c.i for c in later if c.lemma not in sv.CUE_WORDS
                and any(t.lower_ == "dat" for t in doc[c.i + 1 : min(len(doc), c.i + 6)])), None)
    last = ctx.view.tok_range(dat_i, s_hi).stop
    commas = [t.i for t in doc[dat_i + 1 : last] if t.text in (",", ";")]
    before_next = max((i for i in commas if nxt is not None and i < nxt), default=None)
    for i in commas:
        if before_next is not None and i < before_next:
            continue  # inside the clause: only the comma right before the next cue's clause ends it
        ender = i + 2 < len(doc) and doc[i + 1].lower_ in _CLAUSE_ENDERS and doc[i + 2].lower_ != "dat" \
            and not doc[i + 2].is_quote
        if i == before_next or doc[i].text == ";" or ender:
            return doc[i].idx
    return s_hi


def _resumed_after(ctx: Context, cue_i: int, stop: int) -> int | None:
    """ "<A>, zegt X, <B>.": the token where the reported clause resumes after the inserted cue, or None
    when what follows the speaker is about the speaker ("zegt X, een ondernemer die …", ", en maakt …")."""
    doc, view = ctx.doc, ctx.view
    if not view.has_pos:
        return None
    comma = next((t.i for t in doc[cue_i + 1 : min(stop, cue_i + 8)] if t.text == ","), None)
    if comma is None or comma + 2 >= stop:
        return None
    first = doc[comma + 1]
    if first.pos_ in ("VERB", "AUX"):
        return first.i
    if first.pos_ == "CCONJ" and doc[comma + 2].pos_ not in ("VERB", "AUX"):
        return first.i
    return None


def _short_reply(ctx: Context, cue: Cue, rng: range, clause: list) -> bool:
    """ "Ach, zegt Sanderink." / "Kwalijk, vindt Beckerman.": a verbless answer of at most four words
    opening the sentence, and after the verb only the speaker."""
    doc = ctx.doc
    words = [t for t in clause if t.is_alpha]
    if not 1 <= len(words) <= 4 or cue.lemma in sv.CUE_WORDS or cue.lemma in sv.REPORTING:
        return False
    end = next((t.i for t in doc[cue.i + 1 : rng.stop] if t.text in (",", ".", "!", "?")), rng.stop)
    return 1 <= end - cue.i - 1 <= 4 and not doc[cue.i + 1].is_punct


def _after_comma(doc: Doc, i: int, lo: int) -> bool:
    """The cue follows the reported clause's comma, maybe after a filler: "…, meldt X" / "…, zo meldt X"."""
    if i - 1 > lo and doc[i - 1].lower_ in sv.FILLERS:
        i -= 1
    return i > lo and doc[i - 1].text == ","


def _speaker_end(doc: Doc, i: int, stop: int) -> int:
    """Where the speaker phrase after a cue ends: before a relative or appositive clause set off by a comma
    ("…, meldt een woordvoerder namens het team, dat zich …"), else at the sentence end."""
    return next((t.i for t in doc[i + 1 : stop] if t.text == ","), stop)


_NOT_SPEAKER_START = frozenset({"ook", "onder", "meer", "zelfs", "nog", "dan", "nu", "eerder", "later"})


def _phrase_after(ctx: Context, cue_i: int, stop: int) -> tuple[int, int] | None:
    """ "…, vertellen betrokkenen." / "…, aldus een geëmotioneerde Van Egten.": the words between the cue and
    the end of the speaker phrase, when the noun-phrase rules found none (a bare plural, an adjective before a
    name), without "ook"/"onder meer"; at most eight words, with a noun or name among them."""
    doc, view = ctx.doc, ctx.view
    if not view.has_pos:
        return None
    start, end = cue_i + 1, _speaker_end(doc, cue_i, stop)
    while end > start and doc[end - 1].is_punct:
        end -= 1
    while start < end and doc[start].lower_ in _NOT_SPEAKER_START:
        start += 1
    words = doc[start:end]
    # (a bare plural the tagger took for a verb, "vertellen betrokkenen", still names the speakers)
    if not 1 <= len(words) <= 8 or not (any(t.pos_ in ("NOUN", "PROPN") for t in words) or words[-1].pos_ == "VERB") \
            or any(t.is_punct and t.text not in ("-", "'") for t in words) or words[0].lower_ in _FIRST_PERSON:
        return None
    return (start, end)


def _bare_source(ctx: Context, i: int, stop: int) -> tuple[int, int] | None:
    """ "volgens hen", "volgens experts": a bare pronoun or plural noun the noun-phrase rules leave out."""
    doc, view = ctx.doc, ctx.view
    if i >= stop or not view.has_pos or doc[i].pos_ not in ("PRON", "NOUN", "PROPN") or doc[i].lower_ in _FIRST_PERSON:
        return None
    end = i + 1
    while end < stop and doc[end].pos_ == "PROPN":
        end += 1
    return (i, end)


def _speaker_before(ctx: Context, cue: Cue, lo: int, hi: int) -> tuple[int, int] | None:
    """The speaker of a cue whose clause follows it; a verb coordinated with an earlier one shares its
    subject ("Johan M. ontkende alles en zegt te …")."""
    from newsetl.nlp.attribute import speaker_for_cue
    from newsetl.nlp.attribution import Cue

    span = speaker_for_cue(ctx, cue, lo, hi, prefer_after=False)
    tok = ctx.doc[cue.i]
    if span is None and ctx.view.has_dep and tok.dep_ == "conj" and lo <= tok.head.i < tok.i:
        span = speaker_for_cue(ctx, Cue(tok.head.i, cue.lemma, tok.head.text), lo, tok.head.i, prefer_after=False)
    return span


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (text[a].isspace() or text[a] in ",;:"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ".!?;:,"):
        b -= 1
    return a, b


def indirect_quotes(ctx: Context, kept: list[Candidate]) -> list[Quote]:
    from newsetl.nlp.attribute import extend_to_name, speaker_for_cue
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
        cues = _cues(ctx, s_lo, s_hi)
        for n_cue, cue in enumerate(cues):
            span = None
            a = b = None
            need_speaker = short = False
            kinds = sv.REPORTING[cue.lemma][1] if cue.lemma in sv.REPORTING else _ALL_KINDS
            if cue.lemma == "volgens":
                span = view.np_after(cue.i + 1, rng.stop)
                span = extend_to_name(ctx, span, rng.stop, verbs=False) if span \
                    else _bare_source(ctx, cue.i + 1, rng.stop)
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
                if dat is not None and cue.lemma in sv.REPORTING and view.has_pos and "det" in (dat.pos_.lower(), dat.dep_):
                    dat = None  # "wil dat geld niet geven": a determiner, not a conjunction
                if dat is None and view.has_pos and cue.lemma not in sv.REPORTING:
                    # "stelt het ministerie van defensie dat", "verklaarde tegenover de rechter dat": a
                    # subordinating "dat" (not the relative pronoun of "noemt een merk dat") further on
                    dat = next((t for t in after[:14] if t.lower_ == "dat" and t.pos_ == "SCONJ" and t.i < stop
                                and not any(x.text == "," for x in doc[last + 1:t.i])), None)
                te = next((t for t in after if t.lower_ == "te" and t.i < stop), None)
                comma_cue = _after_comma(doc, cue.i, rng.start) and _speaker_end(doc, cue.i, rng.stop) - cue.i <= 14
                resumed = _resumed_after(ctx, cue.i, rng.stop) if comma_cue else None
                if dat is not None and cue.lemma not in sv.CUE_WORDS and "dat" in kinds:
                    a, b = dat.idx + len(dat.text), _clause_end(ctx, cues[n_cue + 1:], dat.i, s_hi)
                    span = _speaker_before(ctx, cue, rng.start, dat.i)
                    need_speaker = True
                elif comma_cue and "comma" in kinds:
                    # "<clause>, zegt X." / "<clause>, aldus X." / "<clause>, zegt X, <rest of the clause>."
                    a, b = s_lo, (s_hi if resumed is not None else doc[cue.i - 1].idx)
                    clause = [t for t in toks if t.i < cue.i - 1 or (resumed is not None and t.i >= resumed)]
                    reply = _short_reply(ctx, cue, rng, clause)
                    if view.has_pos and not any(t.pos_ in ("VERB", "AUX") for t in clause) and not reply:
                        continue  # "Maar gisteren, op de eerste dag van zijn proces, sprak Ross."
                    span = speaker_for_cue(ctx, cue, cue.i, resumed or rng.stop, prefer_after=True) \
                        or _phrase_after(ctx, cue.i, resumed or rng.stop)
                    # a one-word answer ("Kwalijk, vindt Beckerman.") only counts with someone to say it
                    short = need_speaker = resumed is None and reply
                elif te is not None and cue.lemma not in sv.CUE_WORDS and "te" in kinds and cue.lemma not in sv.INDIRECT_ONLY:
                    # "X zegt geen aanwijzingen te hebben", "bekende hij zijn diploma te hebben vervalst",
                    # "zegt te zijn opgeleid tot lasser" (thinking verbs stay out: "dacht gestemd te hebben",
                    # "hoopt ze een opstand te voorkomen" are mostly the writer's reading of someone's plans)
                    start = last + 1
                    while start < te.i and (doc[start].lower_ in _SUBJECT_PRONOUNS or doc[start].lower_ in STOP):
                        start += 1
                    if start > te.i or any(t.pos_ in ("VERB", "AUX") or t.lower_ in ("en", "maar", "of")
                                           for t in doc[start : te.i] if view.has_pos):
                        continue  # "ontkende alles en zegt te …": the te-clause belongs to the later verb
                    a, b = doc[start].idx, doc[stop - 1].idx + len(doc[stop - 1].text) if stop > start else s_hi
                    span = _speaker_before(ctx, cue, rng.start, start)
                    need_speaker = True
                else:
                    continue
            if a is None:
                continue
            a, b = _trim(text, a, b)
            if b <= a or (n_words(text[a:b]) < MIN_WORDS and not short):
                continue
            if any(min(b, e) - max(a, s) > 0.5 * (b - a) for s, e in direct):
                continue
            if any(min(b, q.char_end) - max(a, q.char_start) > 0.5 * (b - a) for q in out):
                continue  # the same clause reached through a second cue
            if need_speaker and span is None:
                continue
            if span is not None and doc[span[0] : span[1]].text.lower() in _FIRST_PERSON:
                continue  # the writer's own view ("Als ik zeg dat …", "we zien dat …") is not reported speech
            mention = speaker = m_start = m_end = None
            if span is not None:
                m_start, m_end = view.span_chars(span)
                mention = text[m_start:m_end]
                speaker = ctx.resolver.resolve(mention, (m_start, m_end), m_start)
            out.append(Quote(text[a:b], a, b, INDIRECT, cue.text, speaker, mention, m_start, m_end))
            if b >= s_hi - 1:
                break  # the clause runs to the sentence end: a later cue sits inside it
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
