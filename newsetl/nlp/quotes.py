"""Quote extraction for Dutch news: who said what.

``extract_quotes(doc)`` returns the article's quotations as ``Quote`` rows; the spaCy component
``newsetl_quotes_v1`` (config ``{"indirect": False}``) stores them in ``doc._.quotes``.

Steps (each module is readable on its own):

1. ``quote_marks``: pair quote marks into spans (apostrophes, unbalanced marks, paragraph continuation).
2. here: type each span. ``direct`` when it stands as a sentence of its own (nothing of the writer's
   before it, or a colon / an interrupting cue clause), ``partial`` when it is a fragment inside the
   writer's sentence and there is evidence of speech (a speech cue in the sentence, a named person, a
   longer fragment next to other quotes). Scare quotes and titles are dropped: single words without a
   speech cue, verbs in quotes ("wie het meeste geld 'hoort' te verdienen"), short capitalised names.
3. ``attribute`` (on the noun-phrase and cue helpers of ``attribution``): find the cue and speaker: after the quote ("…', zegt X", "aldus X", "zo zegt X",
   "voegde hij daaraan toe"), before it ("X zegt: '…'", "X: '…'"), in the next sentence ("Dat zegt
   X."), in the sentence around a partial quote (the nearest cue before it; a person named "middels"
   or "via" beats a country or organisation as subject). A quote without a cue of its own takes the
   speaker of the quote in the sentence before it (follow-on and interrupted quotes); further away, a
   person introduced in the sentence just before it wins ("Lokale leiders benadrukken … dat …. “…”",
   "Senaatslijsttrekker Henk Otten denkt … . ,,…''"), else the previous quote's speaker (up to eight
   sentences back); with no quote before it, a person named in full as the subject two or three
   sentences back.
   Sentences are split on the text, quote-aware (``quote_context``; a quote never straddles two
   sentences), not taken from the parser, so the same rules run on a Doc without a parse.
4. Speakers resolve to the fullest name in the article (see ``speakers.Resolver``). A speaker phrase
   that contains a person's name resolves to that person: "een verklaring van het kantoor van Mahdi"
   becomes "Adil Abdul-Mahdi" (the office speaks for him); other unnamed speakers stay as written.
5. With ``indirect=True``, reported speech without marks too: "X zegt dat …", "volgens X …",
   "…, zegt X." (the span is the reported clause).
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc

from newsetl.entities import name_parts
from newsetl.nlp import speech_verbs as sv
from newsetl.nlp.attribute import (
    attribute,
    interview_question,
    named_or_human,
    resolve_speaker_of,
    sentence_speaker,
    skippable,
)
from newsetl.nlp.attribution import PREPS, PRONOUNS, Cue, subjectish
from newsetl.nlp.lexicon import MY
from newsetl.nlp.quote_context import DIRECT, PARTIAL, Candidate, Context
from newsetl.nlp.quote_marks import QuoteSpan, close_mark_end, pair_quotes

log = logging.getLogger(__name__)

FACTORY = "newsetl_quotes_v1"

if not Doc.has_extension("quotes"):
    Doc.set_extension("quotes", default=None)

# Nouns that announce a title, not speech: "de film 'Green Book'".
TITLE_NOUNS = frozenset(
    "film boek roman programma serie tv-serie lied liedje nummer album single plaat titel krant tijdschrift blad "
    "campagne actie project operatie documentaire musical voorstelling tentoonstelling expositie show app rubriek "
    "hashtag slogan motto thema bijnaam spel game festival podcast column "
    "merk product opera toneelstuk gedicht talkshow".split()
)
_HEADLINE_NOUNS = frozenset("kop krantenkop tekst opschrift titel ondertitel motto slogan leus leuze".split())
_HEADLINE_AFTER = re.compile(r"[,\s]*(?:zo\s+)?(kopt|kopte|koppen|kopten|heet|heette|heten|heetten|luidt|luidde)\b(.{0,30})")
_NAMING = frozenset("heet heten heette heetten geheten genoemd".split())
_NOT_NOUN = frozenset("is was zijn waren wordt werd te en of maar want dat die als van".split()) | PREPS
_WORDS = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")


@dataclass(frozen=True)
class Quote:
    text: str
    char_start: int
    char_end: int
    quote_type: str
    cue: str | None
    speaker: str | None
    speaker_mention: str | None
    speaker_start: int | None
    speaker_end: int | None


# --- typing -----------------------------------------------------------------------------------


def n_words(text: str) -> int:
    return len(_WORDS.findall(text))


def _title_like(content: str) -> bool:
    words = _WORDS.findall(content)
    if not words or len(words) > 6 or content.rstrip()[-1:] in ".!?…,":
        return False
    long_words = [w for w in words if len(w) > 3]
    return bool(long_words) and all(w[0].isupper() for w in long_words) and words[0][0].isupper()


def _has_verb(ctx: Context, q: QuoteSpan) -> bool | None:
    if not ctx.view.has_pos:
        return None
    return any(t.pos_ in ("VERB", "AUX") for t in ctx.doc[ctx.view.tok_range(q.start, q.end).start:ctx.view.tok_range(q.start, q.end).stop])


def _cue_follows(ctx: Context, c: Candidate) -> bool:
    """A speech cue (or aldus/volgens) right after the closing mark: "…', zegt X"."""
    a, b = c.after
    toks = [ctx.doc[i] for i in ctx.view.tok_range(a, b)][:4]
    cues = {k.i for k in ctx.view.cues_in(a, b)}
    for t in toks:
        if t.i in cues:
            return True
        if not skippable(t):
            return False
    return False


def _classify(ctx: Context, c: Candidate, cues_in_sent: list[Cue], near_speech: bool) -> str | None:
    text = ctx.text
    q = c.span
    content = text[q.start:q.end]
    before = text[c.before[0]:c.before[1]].strip()
    after = text[c.after[0]:c.after[1]].strip()
    n = n_words(content)
    terminal = content.rstrip()[-1:] in ".!?…" or after[:1] in (".", "!", "?")
    prev_q_in_sent = c.before[0] > ctx.sents[c.sent][0]
    cue_clause_before = prev_q_in_sent and before.startswith(",") and before.endswith(",")
    starts_upper = content[:1].isupper() or content[:1].isdigit() or content[:3] == "..."
    if n == 0:
        return None
    p_lo, p_hi = ctx.paras[ctx.para_at(q.open_pos)]
    if p_lo == q.open_pos and p_hi == close_mark_end(text, q) and not terminal and n <= 12:
        return None  # a quoted subheading ("“We gaan door”" as a paragraph of its own) is not a quote
    if re.match(r"[-‐‑](\w|\s+[a-z])", text[close_mark_end(text, q):close_mark_end(text, q) + 4]):
        return None  # '"we zijn toch gekke Henkie niet"-verhalen': the quoted words are part of a compound
    # "'…', zo luidde de kop", "'…', kopte de krant", "'…', heet het convenant": a headline or a name
    headline = _HEADLINE_AFTER.match(after)
    if headline and (headline.group(1).startswith(("kop", "he"))
                     or set(_WORDS.findall(headline.group(2).lower())) & _HEADLINE_NOUNS):
        return None
    colon_word = re.search(r"(\w[\w-]*)\s*:$", before)
    if colon_word and colon_word.group(1).lower() in TITLE_NOUNS | _HEADLINE_NOUNS | _NAMING:
        return None  # "met de kop: '…'", "wat in jargon heet: '…'": a title or a term, not speech
    sentence_initial = before == "" or before.endswith(":") or cue_clause_before
    if sentence_initial:
        if after == "" or after[:1] in ",.!?;–—-" or terminal or q.close_pos is None \
                or content.rstrip()[-1:] == "," or _cue_follows(ctx, c):  # '"Het was mooi," zei hij'
            if not (before == "" and after == "" and n <= 6 and not terminal and _title_like(content)
                    and not cues_in_sent):
                return DIRECT
        # "'Lexiteers' zijn ...": the quoted words are part of the writer's sentence
    elif starts_upper and terminal and n >= 3 and (before.endswith(",") or cues_in_sent):
        return DIRECT  # "zei hij 'Dat klopt niet.'"
    elif starts_upper and n >= 3 and (content.rstrip()[-1:] in ",.!?…" or after[:1] == ",") and _cue_follows(ctx, c):
        return DIRECT  # a heading glued to the sentence in flattened text: "Helmplicht 'Gemiddeld …,' zegt Gray"
    # a fragment inside the writer's sentence: partial quote or scare quote / title
    prev_word = re.search(r"(\w[\w-]*)\W*$", text[max(0, q.open_pos - 40):q.open_pos])
    if prev_word and prev_word.group(1).lower() in TITLE_NOUNS:
        return None
    if _title_like(content) and not (n >= 4 and cues_in_sent):
        return None
    if content[:1].isupper() and not terminal and not cues_in_sent and not before.endswith(","):
        return None  # "de 'Mars van 20 miljoen'", "het boek 'Achttien geboden voor …'": a title or name
    if n == 1:
        nxt = re.match(r"\W*(\w+)", text[close_mark_end(text, q):close_mark_end(text, q) + 20])
        if nxt and nxt.group(1).lower() == "te":
            return None  # "wie het meeste geld 'hoort' te verdienen"
        toks = [ctx.doc[i] for i in ctx.view.tok_range(q.start, q.end) if ctx.doc[i].is_alpha] if ctx.view.has_pos else []
        if ctx.view.has_pos:
            if toks and all(t.pos_ in ("AUX", "ADP", "PRON", "DET", "SCONJ", "CCONJ") for t in toks):
                return None
        if prev_word and prev_word.group(1).lower() in ("een", "de", "het", "die", "deze", "dit", "dat") and nxt \
                and nxt.group(1).islower() and nxt.group(1) not in _NOT_NOUN:
            return None  # "een 'leuke' dag": a modifier in scare quotes
        # "vindt de uitspraak 'historisch'": an opinion verb takes up one quoted word when that is its verdict,
        # a predicative adjective (not a noun it would only label, "vindt 'duurzaamheid' belangrijk", nor an
        # attribute, "vonden dat de 'naamloze' Hinault won")
        after_word = next((t for t in ctx.doc[toks[-1].i + 1:toks[-1].i + 3] if not t.is_punct), None) if toks else None
        verdict = bool(toks) and toks[-1].pos_ == "ADJ" and toks[-1].dep_ != "amod" \
            and not (after_word is not None and after_word.pos_ in ("NOUN", "PROPN"))
        speech = [k for k in cues_in_sent if k.lemma not in sv.INDIRECT_ONLY or (k.lemma == "vinden" and verdict)]
        return PARTIAL if speech else None
    if n <= 3:
        return PARTIAL if cues_in_sent else None
    if cues_in_sent or (q.close_pos is not None and (near_speech or n >= 6)):
        return PARTIAL
    return None


# --- attribution ------------------------------------------------------------------------------


def _candidates(ctx: Context) -> list[Candidate]:
    text = ctx.text
    cands: list[Candidate] = []
    n = len(ctx.spans)
    for k, q in enumerate(ctx.spans):
        s = ctx.sent_at(q.open_pos)
        s_lo = ctx.sents[s][0] if ctx.sents else 0
        qend = close_mark_end(text, q)
        e = ctx.sent_at(max(q.open_pos, qend - 1))
        e_hi = max(ctx.sents[e][1], qend) if ctx.sents else len(text)
        lo = s_lo
        if k > 0 and ctx.outer[k - 1][1] > s_lo and ctx.outer[k - 1][1] <= q.open_pos:
            lo = ctx.outer[k - 1][1]
        hi = e_hi
        if k + 1 < n and qend <= ctx.spans[k + 1].open_pos < e_hi:
            hi = ctx.spans[k + 1].open_pos
        cands.append(Candidate(q, "", s, e, (lo, q.open_pos), (qend, hi)))
    return cands


def _extract(doc: Doc, indirect: bool) -> list[Quote]:
    ctx = Context(doc)
    text = ctx.text
    cands = _candidates(ctx)
    kept: list[Candidate] = []
    for k, c in enumerate(cands):
        s_lo, s_hi = ctx.sents[c.sent] if ctx.sents else (0, len(text))
        s_hi = max(s_hi, ctx.sents[c.end_sent][1]) if ctx.sents else s_hi
        cues_in_sent = ctx.view.cues_in(s_lo, s_hi)
        near = any(abs(o.sent - c.sent) <= 1 and o is not c for o in cands if o.kind in ("", DIRECT, PARTIAL))
        kind = _classify(ctx, c, cues_in_sent, near)
        if kind is None:
            continue
        c.kind = kind
        kept.append(c)
    for c in kept:
        attribute(ctx, c, kept)
        resolve_speaker_of(ctx, c)
    # follow-on quotes: no cue of their own -> the speaker introduced in the sentence before, or the
    # previous quote's speaker
    interviewee = _interviewee(ctx, kept) if _qa_interview(ctx, kept) else None
    prev: Candidate | None = None
    for c in kept:
        if interviewee is not None and (_answers_question(ctx, c) or (
                prev is not None and prev.speaker and _answers_turn(ctx, c))) \
                and (c.mention is None or ctx.sent_at(ctx.doc[c.mention[0]].idx) < c.sent):
            # an interview printed as questions and answers: whoever the question names or quotes ("In 2011
            # oordeelde een Kamercommissie nog dat …?"), the answer is the interviewee's (not the previous
            # quote's speaker: one wrong guess, "Zenuwen zegt hij niet te hebben", would run on to the end)
            c.cue = c.mention = None
            c.speaker, c.inherited = interviewee, True
            prev = c
            continue
        if c.mention is None:
            near_prev = prev is not None and c.sent - prev.end_sent <= 2
            # "'…', zegt X. '…'" (but not over a sentence that gives the floor to someone else: "'…', aldus een
            # politiebron. Een bekende zegt dat T. instabiel is. '…'")
            between = sentence_speaker(ctx, c.sent - 1) if prev is not None and c.sent - 1 > prev.end_sent else None
            if prev is not None and c.sent - prev.end_sent <= 1 and ctx.para_at(c.span.open_pos) == ctx.para_at(prev.span.open_pos) \
                    and not (between is not None and between[0] is not None):
                c.speaker, c.inherited = prev.speaker, True
                prev = c
                continue
            if prev is not None and c.sent - prev.end_sent <= 6 and all(
                    interview_question(ctx, k) for k in range(prev.end_sent + 1, c.sent)):
                c.speaker, c.inherited = prev.speaker, True  # "'…' Wie? Oud-president Abdullah Gül? '…'": the answer
                prev = c
                continue
            sig = sentence_speaker(ctx, c.sent - 1) if ctx.para_at(ctx.sents[max(0, c.sent - 1)][0]) >= ctx.para_at(c.span.open_pos) - 1 else None
            # (an unnamed person counts when a speech cue brings them in: "Een bekende zegt dat …. '…'")
            # (a speech cue with whoever can speak as its subject hands them the floor: "…, zei Ticketmaster. '…'")
            if sig is not None and (sig[2] or not near_prev or (sig[0] is not None and named_or_human(ctx, sig[1]))):
                c.cue, c.mention = sig[0], sig[1]
                resolve_speaker_of(ctx, c)
                if sig[0] is None and near_prev and prev.speaker and c.speaker and c.speaker.lower() in PRONOUNS:
                    # "'…', zegt Zakaria Boufangacha. Ze leiden tot stress. '…'": a pronoun that names nobody here
                    # is the contracts talked about, and the words go on being his
                    c.speaker, c.mention, c.inherited = prev.speaker, None, True
                elif sig[0] is None and _named_in_quote(ctx, c):
                    _other_person(ctx, c, c.sent - 1)
            elif prev is not None and ctx.para_at(c.span.open_pos) - ctx.para_at(prev.span.open_pos) <= 2 \
                    and c.sent - prev.end_sent <= 8:
                # someone introduced after the previous quote ("Bill Bolton is sceptisch … . '…'") beats its speaker
                _earlier_speaker(ctx, c, after=prev.end_sent)
                if c.speaker is None:
                    c.speaker, c.inherited = prev.speaker, True
            else:
                _earlier_speaker(ctx, c)
                if c.speaker is None:
                    _only_person_before(ctx, c)
                if c.speaker is None:
                    _lead_speaker(ctx, c, kept)
        if interviewee is not None and c.speaker == "u":
            c.speaker = interviewee  # "zoals u dat zegt": the interviewer speaks to the interviewee
        if c.speaker:
            prev = c
    _first_voice(kept)
    # a word or two in quote marks that no speech verb takes up is a scare quote after all ("overhaast 'ja' had
    # gezegd", "een 'grand jury'"): it would only inherit the speaker of the quote before it
    # (so is one after a speech verb that names nobody: "'nee' zeggen is lastig")
    # (and so is one in the writer's own opinion: "Volgens mij zijn … onmisbaar voor 'werkgeluk'"; a writer does
    # not quote himself in his own sentence)
    kept = [c for c in kept if not (c.kind == PARTIAL and n_words(text[c.span.start:c.span.end]) <= 2 and (
        c.cue is None or c.inherited or c.speaker is None or c.speaker.lower() in _WRITER))]
    quotes = [_to_quote(ctx, c) for c in kept]
    if indirect:
        from newsetl.nlp.indirect import indirect_quotes

        quotes.extend(indirect_quotes(ctx, kept))
        quotes.sort(key=lambda x: (x.char_start, x.char_end))
    return quotes


def _turn_before(ctx: Context, c: Candidate) -> str | None:
    """The writer's sentence right before a quote that opens its own sentence (None if there is none, or if
    that sentence is quoted words)."""
    if c.kind == PARTIAL or c.sent == 0 or ctx.text[c.before[0]:c.before[1]].strip():
        return None
    lo, hi = ctx.sents[c.sent - 1]
    if any(a <= lo < b or a < hi <= b for a, b in ctx.outer):
        return None
    return ctx.text[lo:hi].rstrip()


def _answers_question(ctx: Context, c: Candidate) -> bool:
    """The quote opens its sentence right after a question outside quotes (an interviewer's)."""
    turn = _turn_before(ctx, c)
    return turn is not None and turn.endswith("?")


def _answers_turn(ctx: Context, c: Candidate) -> bool:
    """In an interview: the quote opens its sentence after the writer's words (a question, or a statement the
    interviewer puts to the interviewee), not after a colon that hands the floor to someone."""
    turn = _turn_before(ctx, c)
    return turn is not None and not turn.endswith(":")


# Answers after questions it takes to call an article an interview printed as questions and answers.
QA_MIN_ANSWERS = 3


def _qa_interview(ctx: Context, kept: list[Candidate]) -> bool:
    return sum(_answers_question(ctx, c) for c in kept) >= QA_MIN_ANSWERS


def _interviewee(ctx: Context, kept: list[Candidate]) -> str | None:
    """The person named in full who is quoted by name most often (a speech cue or "X: '…'"), else the one
    the article names most often."""
    def person(name: str | None) -> bool:
        return name in ctx.resolver.person_names and len(name_parts(name)) >= 2

    quoted = Counter(c.speaker for c in kept if c.mention is not None and person(c.speaker))
    named = Counter(n.canonical for n in ctx.resolver.names if person(n.canonical))
    counts = quoted or named
    return counts.most_common(1)[0][0] if counts else None


def _earlier_speaker(ctx: Context, c: Candidate, after: int = -1) -> None:
    """A quote nobody speaks yet: a person speaking two or three sentences back (after sentence `after`, where
    the previous quote ends), in its paragraph or the one before ("Initiatiefnemer Lilianne Ploumen ziet dat
    anders. Zo geldt de wet … . ,,…''")."""
    for back in (2, 3):
        k = c.sent - back
        if k <= after or k < 0 or ctx.para_at(ctx.sents[k][0]) < ctx.para_at(c.span.open_pos) - 1:
            return
        sig = sentence_speaker(ctx, k)
        # further back only a subject counts, not a name on the way ("… nu met superster Ronaldo op het veld …")
        # (the speaker of a speech cue counts however the parse attached it: "…, zegt Hamming.")
        if sig is not None and sig[2] and (sig[0] is not None or not ctx.view.has_dep
                                           or subjectish(ctx.doc[sig[1][0]:sig[1][1]])):
            c.cue, c.mention = sig[0], sig[1]
            resolve_speaker_of(ctx, c)
            # a person named in full only: a group, a party or an unresolved pronoun is too far a guess
            if c.speaker not in ctx.resolver.person_names or len(name_parts(c.speaker)) < 2:
                c.cue = c.mention = c.speaker = None
            return


def _only_person_before(ctx: Context, c: Candidate, back: int = 4) -> None:
    """A direct quote nobody speaks yet, with exactly one person named in full in the `back` sentences before it
    (its paragraph or the one before): that person ("Zoals de 13-jarige Gwen Bogaart. Haar vinger schiet de
    lucht in. ,,…''"). With two or more named, or none, it stays open."""
    if c.kind != DIRECT:
        return
    para = ctx.para_at(c.span.open_pos)
    people: set[str] = set()
    for k in range(max(0, c.sent - back), c.sent):
        lo, hi = ctx.sents[k]
        if ctx.para_at(lo) < para - 1:
            continue
        # ("de Amerikaanse Breitbart", "de Nederlandse Voedsel- en Warenautoriteit": the NER's PER, no person)
        people |= {n.canonical for n in ctx.resolver.names_in(lo, hi) if not ctx.view.in_quote(ctx.doc[n.tok_start])
                   and n.canonical in ctx.resolver.person_names and ctx.doc[n.tok_start].pos_ != "ADJ"
                   and not n.canonical.endswith("-") and not _after_preposition(ctx.doc, n.tok_start)}
    if len(people) == 1 and len(name_parts(next(iter(people)))) >= 2:
        c.speaker, c.inherited = people.pop(), True


def _after_preposition(doc: Doc, i: int) -> bool:
    """A name in a prepositional phrase ("met superster Ronaldo op het veld") is on the way, not in focus;
    "zoals de 13-jarige Gwen Bogaart" is not such a phrase."""
    k = i - 1
    while k >= max(0, i - 3) and doc[k].text[:1].islower() and doc[k].lower_ not in PREPS \
            and (not doc[k].pos_ or doc[k].pos_ in ("DET", "ADJ", "NUM", "NOUN")):
        k -= 1
    return k >= 0 and (doc[k].pos_ == "ADP" or doc[k].lower_ in PREPS) and doc[k].lower_ != "zoals"


def _named_in_quote(ctx: Context, c: Candidate) -> bool:
    """The speaker found is named inside the quote itself ("Ik zou meer Daisy's willen"): people rarely
    speak of themselves by name, so the sentence before more likely presents someone talking about them."""
    if not c.speaker or c.speaker not in ctx.resolver.person_names:
        return False
    words = {w.casefold().removesuffix("'s") for w in re.findall(r"[\w']+", ctx.text[c.span.start:c.span.end])}
    return any(len(p) >= 3 and p[:1].isupper() and p.casefold() in words for p in c.speaker.split())


def _other_person(ctx: Context, c: Candidate, sent: int) -> None:
    """Another person named in full in sentence `sent`, outside quotes, when there is exactly one."""
    lo, hi = ctx.sents[sent]
    others = {n.canonical for n in ctx.resolver.names_in(lo, hi) if n.canonical != c.speaker
              and not ctx.view.in_quote(ctx.doc[n.tok_start]) and len(name_parts(n.canonical)) >= 2}
    if len(others) == 1:
        c.speaker, c.mention = others.pop(), None


def _lead_speaker(ctx: Context, c: Candidate, cands: list[Candidate]) -> None:
    """A quote before anyone is named, as in a feature's lead ("…, maar 'het blijft levende have.' Als Bart van
    Dijk (53) zijn hand …"): the first person named in full in the next two sentences, outside quotes, else the
    person named in full whom a speech cue gives the next quote, within three paragraphs ("'We zijn heel
    trots.' … ,,…'', zegt eigenaar Gerrit Grootenhaar"): the one the article goes on to interview."""
    r, doc = ctx.resolver, ctx.doc
    before = [n for n in r.names_in(0, c.span.open_pos) if not ctx.view.in_quote(doc[n.tok_start])]
    if before or c.end_sent + 1 >= len(ctx.sents):
        return
    lo, hi = ctx.sents[c.end_sent + 1][0], ctx.sents[min(c.end_sent + 2, len(ctx.sents) - 1)][1]
    for n in r.names_in(lo, hi):
        if not ctx.view.in_quote(doc[n.tok_start]) and len(name_parts(n.canonical)) >= 2:
            c.speaker = n.canonical
            return
    para = ctx.para_at(c.span.open_pos)
    nxt = next((o for o in cands if o.span.open_pos > c.span.open_pos), None)
    if c.kind == DIRECT and nxt is not None and ctx.para_at(nxt.span.open_pos) <= para + 3 and nxt.cue is not None \
            and nxt.speaker in r.person_names and len(name_parts(nxt.speaker)) >= 2:
        c.speaker, c.inherited = nxt.speaker, True


def _first_voice(kept: list[Candidate]) -> None:
    """Direct quotes that open an article before anyone is quoted by name, and that no rule could attribute
    (a teaser under the headline: "'We zijn heel trots.' … ,,…'', zegt eigenaar Gerrit Grootenhaar"), go to
    whoever the article quotes first: the one it is about. Once someone has spoken, an unattributed quote stays
    unattributed rather than guessed."""
    for c in kept:
        if c.speaker is not None:
            return
        if c.kind != DIRECT:
            continue
        # (a voice quoted in full: a partial quote on the way is someone's word for it, "vreest voor 'massale
        # protesten'")
        first = next((o for o in kept if o.kind == DIRECT and o.speaker and o.speaker.lower() not in PRONOUNS | _WRITER),
                     None)
        if first is not None:
            c.speaker, c.inherited = first.speaker, True


def _with_initial_period(text: str, speaker: str | None) -> str | None:
    """"Yago R." as written: names are matched without final periods, but a surname's initial keeps its own."""
    if speaker and re.search(r"\S [A-Z]$", speaker) and f"{speaker}." in text:
        return f"{speaker}."
    return speaker


def _to_quote(ctx: Context, c: Candidate) -> Quote:
    q = c.span
    mention = start = end = None
    if c.mention is not None and not c.inherited:
        start, end = ctx.view.span_chars(c.mention)
        mention = ctx.text[start:end]
    return Quote(
        text=ctx.text[q.start:q.end],
        char_start=q.start,
        char_end=q.end,
        quote_type=c.kind,
        cue=c.cue.text if c.cue is not None and not c.inherited else None,
        speaker=_with_initial_period(ctx.text, c.speaker),
        speaker_mention=mention,
        speaker_start=start,
        speaker_end=end,
    )


# the writer speaking in the first person: a columnist's or reporter's "ik"
_WRITER = frozenset({"ik", "mij", "me"})


def extract_quotes(doc: Doc, indirect: bool = False, author: str | None = None) -> list[Quote]:
    """Quotations in a Doc (parsed or not), in text order; with the article's `author` known (its byline),
    the writer's own "ik" is that author. Never raises on odd input."""
    if not any(not t.is_space for t in doc):
        return []
    try:
        quotes = _extract(doc, indirect)
    except Exception:  # quote extraction degrades, never takes the pipeline down
        log.exception("quote extraction failed on a document of %d characters: keeping its quotations in quote "
                      "marks without speakers", len(doc.text))
        return _marks_only(doc.text)
    if author:
        quotes = [replace(q, speaker=_as_author(q.speaker, author)) for q in quotes]
    return quotes


# Fewer words than this in quote marks are more often a scare quote or a title than a quotation, and with the
# rules out of the way nothing tells them apart.
_MARKS_ONLY_MIN_WORDS = 4


def _marks_only(text: str) -> list[Quote]:
    """The fallback when the rules fail on a document: every quote-mark pair of a few words or more, as a
    direct quote without cue or speaker (rather than losing the article's quotations altogether)."""
    return [Quote(text[q.start:q.end], q.start, q.end, DIRECT, None, None, None, None, None)
            for q in pair_quotes(text) if n_words(text[q.start:q.end]) >= _MARKS_ONLY_MIN_WORDS]


def _as_author(speaker: str | None, author: str) -> str | None:
    """The writer's "ik" is the author, and "mijn moeder" is "de moeder van" the author."""
    low = (speaker or "").lower()
    if low in _WRITER:
        return author
    head, _, rest = low.partition(" ")
    if head in MY and rest and rest.isalpha():
        return f"de {rest} van {author}"
    return speaker


class QuoteExtractor:
    """spaCy component: sets ``doc._.quotes``."""

    def __init__(self, indirect: bool = False):
        self.indirect = indirect

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = extract_quotes(doc, indirect=self.indirect)
        return doc


@Language.factory(FACTORY, default_config={"indirect": False})
def make_quote_extractor(nlp: Language, name: str, indirect: bool = False) -> QuoteExtractor:
    return QuoteExtractor(indirect=indirect)
