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
3. ``attribution``: find the cue and speaker: after the quote ("…', zegt X", "aldus X", "zo zegt X",
   "voegde hij daaraan toe"), before it ("X zegt: '…'", "X: '…'"), in the next sentence ("Dat zegt
   X."), in the sentence around a partial quote (the nearest cue before it; a person named "middels"
   or "via" beats a country or organisation as subject). A quote without a cue of its own takes the
   speaker of the quote in the sentence before it (follow-on and interrupted quotes); further away, a
   person introduced in the sentence just before it wins ("Lokale leiders benadrukken … dat …. “…”",
   "Senaatslijsttrekker Henk Otten denkt … . ,,…''"), else the previous quote's speaker (up to eight
   sentences back).
   Sentences are split here on the text (quote-aware; a quote never straddles two sentences), not
   taken from the parser, so the same rules run on a Doc without a parse.
4. Speakers resolve to the fullest name in the article (see ``speakers.Resolver``). A speaker phrase
   that contains a person's name resolves to that person: "een verklaring van het kantoor van Mahdi"
   becomes "Adil Abdul-Mahdi" (the office speaks for him); other unnamed speakers stay as written.
5. With ``indirect=True``, reported speech without marks too: "X zegt dat …", "volgens X …",
   "…, zegt X." (the span is the reported clause).
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_right
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from newsetl.nlp import speech_verbs as sv
from newsetl.nlp.attribution import DETS as _DET_WORDS
from newsetl.nlp.attribution import FIRST_PERSON as _FIRST
from newsetl.nlp.attribution import PREPS, PRONOUNS, STOP, Cue, DocView, _is_cap
from newsetl.nlp.lexicon import person_noun, role_noun
from newsetl.nlp.quote_marks import QuoteSpan, close_mark_end, pair_quotes, paragraphs, sentence_spans
from newsetl.nlp.speakers import Resolver, subjectish

log = logging.getLogger(__name__)

FACTORY = "newsetl_quotes_v1"
DIRECT, PARTIAL, INDIRECT = "direct", "partial", "indirect"

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


@dataclass
class _Cand:
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


class _Context:
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


# --- typing -----------------------------------------------------------------------------------


def _n_words(text: str) -> int:
    return len(_WORDS.findall(text))


def _title_like(content: str) -> bool:
    words = _WORDS.findall(content)
    if not words or len(words) > 6 or content.rstrip()[-1:] in ".!?…,":
        return False
    long_words = [w for w in words if len(w) > 3]
    return bool(long_words) and all(w[0].isupper() for w in long_words) and words[0][0].isupper()


def _has_verb(ctx: _Context, q: QuoteSpan) -> bool | None:
    if not ctx.view.has_pos:
        return None
    return any(t.pos_ in ("VERB", "AUX") for t in ctx.doc[ctx.view.tok_range(q.start, q.end).start:ctx.view.tok_range(q.start, q.end).stop])


def _cue_follows(ctx: _Context, c: _Cand) -> bool:
    """A speech cue (or aldus/volgens) right after the closing mark: "…', zegt X"."""
    a, b = c.after
    toks = [ctx.doc[i] for i in ctx.view.tok_range(a, b)][:4]
    cues = {k.i for k in ctx.view.cues_in(a, b)}
    for t in toks:
        if t.i in cues:
            return True
        if not _skippable(t):
            return False
    return False


def _classify(ctx: _Context, c: _Cand, cues_in_sent: list[Cue], near_speech: bool) -> str | None:
    text = ctx.text
    q = c.span
    content = text[q.start:q.end]
    before = text[c.before[0]:c.before[1]].strip()
    after = text[c.after[0]:c.after[1]].strip()
    n = _n_words(content)
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
    if colon_word and colon_word.group(1).lower() in TITLE_NOUNS | _HEADLINE_NOUNS:
        return None  # "met de kop: '…'": a title, not speech
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
        if ctx.view.has_pos:
            toks = [ctx.doc[i] for i in ctx.view.tok_range(q.start, q.end) if ctx.doc[i].is_alpha]
            if toks and all(t.pos_ in ("AUX", "ADP", "PRON", "DET", "SCONJ", "CCONJ") for t in toks):
                return None
        if prev_word and prev_word.group(1).lower() in ("een", "de", "het", "die", "deze", "dit", "dat") and nxt \
                and nxt.group(1).islower() and nxt.group(1) not in _NOT_NOUN:
            return None  # "een 'leuke' dag": a modifier in scare quotes
        speech = [k for k in cues_in_sent if k.lemma not in sv.INDIRECT_ONLY]
        return PARTIAL if speech else None
    if n <= 3:
        return PARTIAL if cues_in_sent else None
    if cues_in_sent or (q.close_pos is not None and (near_speech or n >= 6)):
        return PARTIAL
    return None


# --- attribution ------------------------------------------------------------------------------


_FOCUS = frozenset({"ook", "zelfs", "eveneens", "nu", "dan"})
_NO_SPEAKER = frozenset({"het", "dat", "dit", "er", "wat", "die", "deze", "zich", "welke"})
_COLON_WORDS = frozenset(
    "bijvoorbeeld conclusie kortom opmerkelijk resultaat gevolg vraag antwoord reden probleem oplossing motto "
    "boodschap tip advies titel kop thema update wel ook nu dus toen eerst daarna dan maar en of want".split()
)


def _skippable(tok) -> bool:
    return tok.is_punct or tok.is_space or tok.lower_ in sv.FILLERS


def _speaker_for_cue(ctx: _Context, cue: Cue, floor: int, limit: int, prefer_after: bool) -> tuple[int, int] | None:
    """Token span of the speaker of a cue, within tokens [floor, limit)."""
    view = ctx.view
    doc = ctx.doc
    if cue.lemma in sv.CUE_WORDS:
        return view.np_after(cue.i + 1, limit)
    if cue.lemma in sv.EXPLETIVE:
        return None
    # inverted (verb first): "zegt Woltering", "voegde hij daaraan toe"
    k = cue.i - 1
    while k >= floor and (_skippable(doc[k]) or view.in_quote(doc[k])):
        if doc[k].is_punct and doc[k].text in ",:":
            break
        k -= 1
    verb_first = k < floor or doc[k].is_punct or view.in_quote(doc[k]) or doc[k].lower_ in ("dat", "zo")
    order = ("after", "before") if (verb_first or prefer_after) else ("subject", "before", "after")
    if not verb_first and not prefer_after and _inverted_subject(ctx, cue, floor, limit):
        order = ("after", "subject", "before")  # "Vol vuur vertelde Klaus Ross", "Gisteren zei hij"
    for way in order:
        if way == "subject":
            span = view.subject_of(cue.i)
            if span is not None and not (floor <= span[0] and span[1] <= limit):
                span = None
        else:
            # "vindt ook Gerard", "zegt zelfs de minister": a focus word between the cue and its subject
            skip = 1 if way == "after" and cue.i + 1 < len(doc) and doc[cue.i + 1].lower_ in _FOCUS else 0
            span = view.np_after(cue.i + 1 + skip, limit) if way == "after" else view.np_before(cue.i, floor)
            if way == "after" and span is not None:
                span = _joint_speaker(ctx, cue, _extend_to_name(ctx, span, limit), limit)
            if way == "before" and span is not None and doc[span[0]].lower_ in ("de", "het", "een") and span[0] - 1 >= floor:
                # subordinate clause "zoals Netanyahu de vervolging noemt": subject, object, verb
                prev = doc[span[0] - 1]
                if prev.lower_ in ("hij", "zij", "ze", "men"):
                    span = (prev.i, prev.i + 1)
                else:
                    names = [n for n in ctx.resolver.names if n.tok_end == span[0]]
                    if names and names[0].canonical in ctx.resolver.person_names:
                        span = (names[0].tok_start, names[0].tok_end)
        if span is not None and not (span[1] - span[0] == 1 and doc[span[0]].lower_ in _NO_SPEAKER) \
                and _plausible_speaker(ctx, span) and not span[0] <= cue.i < span[1]:
            return span
    # "door te stellen dat": the subject of the clause the cue verb hangs from
    tok = doc[cue.i]
    for _ in range(4):
        subj = view.subject_of(tok.i)
        if subj is not None and subj[0] >= floor and subj[1] <= limit and not (
            subj[1] - subj[0] == 1 and doc[subj[0]].lower_ in _NO_SPEAKER
        ) and not subj[0] <= cue.i < subj[1]:
            return subj
        if not view.has_dep or tok.head.i == tok.i:
            break
        tok = tok.head
    return None


def _joint_speaker(ctx: _Context, cue: Cue, span: tuple[int, int], limit: int) -> tuple[int, int]:
    """ "roepen Alidjan en de medeorganisatoren van het protest": a plural cue verb has a joint subject, so the
    phrase runs on over "en" (with a singular verb, "zegt Rutte en de minister knikt", it does not)."""
    doc = ctx.doc
    if not ctx.view.has_pos or "Plur" not in doc[cue.i].morph.get("Number") or span[1] + 1 >= limit \
            or doc[span[1]].lower_ != "en":
        return span
    more = ctx.view.np_after(span[1] + 1, limit)
    return (span[0], more[1]) if more is not None and more[0] == span[1] + 1 else span


def _extend_to_name(ctx: _Context, span: tuple[int, int], limit: int) -> tuple[int, int]:
    """A speaker phrase the noun-phrase rules cut short runs on to its head: to the person's name in
    "zegt emeritus hoogleraar strafrecht Theo de Roos" (a mis-tagged "hoogleraar" ends the phrase at
    "emeritus"), to the noun in "zegt een goed ingevoerde bron" (the participle ends it at "goed")."""
    doc = ctx.doc
    a, b = ctx.view.span_chars(span)
    if ctx.resolver.names_in(a, b) or doc[span[0]].lower_ in PRONOUNS | _FIRST:
        return span

    def plain_gap(lo: int, hi: int) -> bool:
        return all(t.is_alpha and t.text.islower() and t.lower_ not in STOP | PREPS | _DET_WORDS
                   for t in doc[lo:hi])

    for n in ctx.resolver.names:
        if span[1] <= n.tok_start <= span[1] + 4 and n.tok_end <= limit and not n.aside \
                and n.canonical in ctx.resolver.person_names and plain_gap(span[1], n.tok_start):
            return (span[0], n.tok_end)
    if ctx.view.has_pos and doc[span[0]].lower_ in _DET_WORDS and doc[span[1] - 1].pos_ in ("ADJ", "ADV", "VERB"):
        for k in range(span[1], min(limit, span[1] + 3)):
            if doc[k].pos_ == "NOUN" and plain_gap(span[1], k + 1):
                return (span[0], k + 1)
    return span


def _inverted_subject(ctx: _Context, cue: Cue, floor: int, limit: int) -> bool:
    """Verb-second order with the subject after the verb: a subject pronoun or a person's name follows the
    cue, and what stands before it is no person, pronoun or determiner phrase ("Vol vuur vertelde Klaus
    Ross", "Gisteren zei hij"; not "De minister vertelde Jan ...")."""
    view, doc = ctx.view, ctx.doc
    after = view.np_after(cue.i + 1, limit)
    if after is None:
        return False
    first = doc[after[0]]
    a, b = view.span_chars(after)
    person_after = first.lower_ in ("hij", "zij", "ze") or bool(ctx.resolver.names_in(a, b))
    before = view.np_before(cue.i, floor)
    if before is None:
        return person_after
    ba, bb = view.span_chars(before)
    btoks = doc[before[0]:before[1]]
    # "Dat achterlopen vindt de CDA-vrouw 'onverstandig'": a fronted demonstrative phrase naming no person
    # is the object; a role noun after the verb is the subject
    demonstrative = ("dat", "dit", "die", "deze")
    fronted = (btoks[0].lower_ in demonstrative and len(btoks) > 1) or (
        before[0] - 1 >= floor and doc[before[0] - 1].lower_ in demonstrative)
    if fronted and not ctx.resolver.names_in(ba, bb) \
            and not any(role_noun(t.lower_) for t in btoks) and (
                person_after or (first.lower_ in ("de", "het") and role_noun(doc[after[1] - 1].lower_))):
        return True
    if not person_after:
        return False
    return not (ctx.resolver.names_in(ba, bb) or any(
        t.lower_ in PRONOUNS or t.lower_ in _FIRST or t.lower_ in _DET_WORDS for t in btoks))


def _plausible_speaker(ctx: _Context, span: tuple[int, int]) -> bool:
    """A speaker phrase has a determiner, a pronoun, a capitalised word or a noun head ("stevig" has none)."""
    toks = list(ctx.doc[span[0]:span[1]])
    if any(t.lower_ in PRONOUNS or t.lower_ in _FIRST or t.lower_ in _DET_WORDS or _is_cap(t) for t in toks):
        return True
    if len(toks) == 1 and toks[0].text.islower() and not toks[0].lower_.endswith(("en", "s", "ers")):
        return False  # a bare singular word ("vaag", "foto"): a speaker takes an article, a name or a plural
    if ctx.view.has_pos:
        return toks[-1].pos_ in ("NOUN", "PROPN", "X")
    return len(toks) == 1 and toks[0].lower_.endswith(("en", "s", "ers")) and toks[0].lower_ not in STOP


def _np_before_colon(ctx: _Context, colon_char: int, floor_char: int) -> tuple[int, int] | None:
    view = ctx.view
    j = view.tok_at(colon_char)
    floor = view.tok_at(floor_char)
    span = view.np_before(j, floor)
    if span is None:
        return None
    a, b = span
    toks = ctx.doc[a:b]
    if b - a > 8:
        return None
    # "Bruins: '…'", "De woordvoerder van de politie: '…'": the phrase is all there is before the colon
    # (after a conjunction at most); in "In cirkel 2 treffen we Boris Johnson: '…'" it is an object, no speaker
    lead = [t for t in ctx.doc[floor:a] if not (t.is_punct or t.is_space or t.lower_ in ("en", "maar", "ook", "of", "dan"))]
    if lead:
        return None
    if len(toks) == 1 and toks[0].lower_ not in PRONOUNS:
        t = toks[0]
        known = ctx.resolver.names_in(t.idx, t.idx + len(t.text), None) or (
            ctx.resolver.resolve(t.text, None, t.idx) in ctx.resolver.person_names)
        if t.lower_ in _COLON_WORDS or not _is_cap(t):
            return None  # "Bijvoorbeeld:", "realistisch:"
        if not known and ctx.view.has_pos and t.pos_ not in ("PROPN", "X", "NOUN"):
            return None
    return span


def _verb_then_person(ctx: _Context, c: _Cand) -> tuple[int, int] | None:
    """ "'…', wierp Rob Jetten de VVD voor de voeten", "'…', grijnst hij": any finite verb right after a direct
    quote's comma, with a person or a subject pronoun after it, introduces the speaker."""
    view, doc = ctx.view, ctx.doc
    if c.kind != DIRECT or not view.has_pos:
        return None
    toks = [doc[i] for i in view.tok_range(*c.after)]
    lead = 1 if toks and toks[0].text == "," else 0
    if len(toks) <= lead or not (lead or ctx.text[c.span.end - 1:c.span.end] == ","):
        return None
    verb = toks[lead]
    if verb.pos_ != "VERB" or not verb.text.islower() or "Fin" not in verb.morph.get("VerbForm"):
        return None
    span = view.np_after(verb.i + 1, toks[-1].i + 1)
    if span is None:
        return None
    span = _extend_to_name(ctx, span, toks[-1].i + 1)
    a, b = view.span_chars(span)
    if doc[span[0]].lower_ in ("hij", "zij", "ze") or any(
            n.canonical in ctx.resolver.person_names for n in ctx.resolver.names_in(a, b, None)):
        return span
    return None


def _written_on(ctx: _Context, c: _Cand) -> tuple[int, int] | None:
    """ "'…', staat op het plakkaat" / "stond in een dreigbrief": the thing the words are written on speaks."""
    view, doc = ctx.view, ctx.doc
    toks = [doc[i] for i in view.tok_range(*c.after)]
    words = [t for t in toks if not t.is_punct]
    if len(words) < 3 or not all(t.text == "," for t in toks[:toks.index(words[0])]) \
            or words[0].lower_ not in ("staat", "stond", "staan", "stonden") or words[1].lower_ not in ("op", "in"):
        return None
    span = view.np_after(words[2].i, toks[-1].i + 1)
    return span if span is not None and doc[span[0]].lower_ in _DET_WORDS else None


def _attribute(ctx: _Context, c: _Cand, cands: list[_Cand]) -> None:
    view, doc, text = ctx.view, ctx.doc, ctx.text
    q = c.span
    # 1. a cue right after the quote: "…', zegt X" / ", aldus X" / ", zo zegt X"
    a_lo, a_hi = c.after
    if a_hi > a_lo:
        toks = [doc[i] for i in view.tok_range(a_lo, a_hi)]
        limit = toks[-1].i + 1 if toks else 0
        cues = view.cues_in(a_lo, a_hi)
        # a partial quote takes a cue further on only when none comes before it in the sentence: in "Ze eist
        # dat Sanderink alle 'smaad' rectificeert bij wie hij het verteld heeft" she speaks, not he
        far_ok = c.kind == PARTIAL and not view.cues_in(ctx.sents[c.sent][0] if ctx.sents else 0, q.open_pos)
        for cue in cues:
            between = [t for t in toks if t.i < cue.i]
            if all(_skippable(t) for t in between) or far_ok:
                span = _speaker_for_cue(ctx, cue, toks[0].i, limit, prefer_after=True)
                if span is not None or c.kind == DIRECT:
                    c.cue, c.mention = cue, span
                    if span is not None:
                        return
                    break
            # "'…', Jansen zegt"/"'…', de minister reageert" (rare): subject first after the quote
            if len(between) <= 6 and all(not t.is_punct or t.text == "," for t in between):
                span = view.np_before(cue.i, toks[0].i)
                if span is not None and all(_skippable(t) for t in doc[toks[0].i:span[0]]):
                    c.cue, c.mention = cue, span
                    return
            break
    # 1a. a verb the lexicon lacks, right after the quote, with a person after it; 1b. words written on something
    if a_hi > a_lo and c.mention is None:
        c.mention = _verb_then_person(ctx, c) or _written_on(ctx, c)
        if c.mention is not None:
            return
    # 2. a cue before the quote in its sentence: "X zegt: '…'", "X: '…'", partial quotes
    b_lo, b_hi = c.before
    before_text = text[b_lo:b_hi].rstrip()
    if c.kind == DIRECT and before_text:
        cues = view.cues_in(b_lo, b_hi)
        if cues:
            cue = cues[-1]
            span = _speaker_for_cue(ctx, cue, view.tok_at(b_lo), view.tok_at(q.open_pos), prefer_after=False)
            if span is not None or c.cue is None:
                c.cue, c.mention = cue, span
            if span is not None:
                return
        if before_text.endswith(":"):
            span = _np_before_colon(ctx, b_lo + len(before_text) - 1, b_lo)
            if span is None:
                # "…, maar hij is realistisch: '…'": the last person or pronoun in the clause
                clause = [doc[i] for i in view.tok_range(b_lo, b_hi) if not view.in_quote(doc[i])]
                # an object only when nobody else is the subject: "Die opstelling bevreemdt Van der Laan: '…'"
                # is Van der Laan's, in "In cirkel 2 treffen we Boris Johnson: '…'" the writer presents a name
                # ("liet er via Twitter geen twijfel over bestaan:": a name after via/op is a medium)
                names = [n for n in ctx.resolver.names_in(b_lo, b_hi) if not view.in_quote(doc[n.tok_start])
                         and not (n.tok_start > 0 and doc[n.tok_start - 1].lower_ in ("op", "via"))]
                animate = [t for t in clause if t.dep_.startswith("nsubj") and (
                    t.lower_ in ("hij", "zij", "ze", "ik", "we", "wij") or any(n.tok_start <= t.i < n.tok_end for n in names))]
                if view.has_dep and animate:
                    names = [n for n in names if subjectish(doc[n.tok_start:n.tok_end])]
                prons = [t for t in clause if t.lower_ in ("hij", "zij", "ze")
                         and (not view.has_dep or t.dep_.startswith("nsubj"))]
                best = max([(n.tok_start, (n.tok_start, n.tok_end)) for n in names]
                           + [(t.i, (t.i, t.i + 1)) for t in prons], default=None)
                span = best[1] if best else None
            if span is not None:
                c.mention = span
                return
    if c.kind == PARTIAL:
        s_lo, s_hi = ctx.sents[c.sent]
        s_hi = max(s_hi, ctx.sents[c.end_sent][1])
        cues = view.cues_in(s_lo, s_hi)
        # the cue nearest before the quote governs it, else the first after; skip cues without a subject
        before_cues = [k for k in cues if doc[k.i].idx < q.open_pos][::-1]
        after_cues = [k for k in cues if doc[k.i].idx >= q.open_pos]
        # "Volgens bronnen sprak de kapitein 'gebrekkig Duits'": a sentence opened by "volgens X" is X's claim
        opening = [k for k in before_cues if k.lemma == "volgens" and all(
            _skippable(t) for t in doc[view.tok_at(s_lo):k.i])]
        for cue in opening + before_cues + after_cues:
            span = _speaker_for_cue(ctx, cue, view.tok_at(s_lo), view.tok_range(s_lo, s_hi).stop, prefer_after=False)
            if c.cue is None:
                c.cue = cue
            if span is not None:
                c.cue, c.mention = cue, span
                break
        # a named person in the sentence beats a non-person subject ("Duitsland riep, middels minister X, …")
        pers = [n for n in ctx.resolver.names_in(s_lo, s_hi, None)
                if n.canonical in ctx.resolver.person_names and not view.in_quote(doc[n.tok_start])]
        via = [n for n in pers if n.tok_start > 0 and doc[max(0, n.tok_start - 3):n.tok_start].text.lower().split()
               and set(doc[max(0, n.tok_start - 3):n.tok_start].text.lower().split()) & {"middels", "via", "namens", "monde"}]
        pers = [n for n in pers if not n.text.endswith(("s", "'s", "’s")) or n in via]  # "Trumps 'cowboy-politiek'"
        if pers and (c.mention is None or via):
            pers = via or pers
            if c.mention is None or doc[c.mention[0]].lower_ not in PRONOUNS:
                full = [n for n in pers if len(n.canonical.split()) >= 2] or pers
                before_p = [n for n in full if n.start < q.open_pos]
                # the subject before the quote, not the last name on the way ("Porosjenko spande een rechtszaak
                # aan tegen Kolomoisky 'om …'")
                subj = [n for n in before_p if view.has_dep and subjectish(doc[n.tok_start:n.tok_end])]
                n = subj[-1] if subj else before_p[-1] if before_p else full[0]
                c.mention = (n.tok_start, n.tok_end)
        if c.mention is not None:
            return
    # 3. the next sentence names the speaker: "'…' Dat zegt X."
    if c.end_sent + 1 < len(ctx.sents) and text[c.after[0]:c.after[1]].strip() in ("", ".", "!", "?"):
        n_lo, n_hi = ctx.sents[c.end_sent + 1]
        first = [doc[i] for i in view.tok_range(n_lo, n_hi)][:4]
        if first and first[0].lower_ in ("dat", "dit", "zo", "aldus", "dat", "die", "deze") and ctx.para_at(n_lo) == ctx.para_at(q.open_pos):
            cues = [k for k in view.cues_in(n_lo, n_hi) if k.i <= first[-1].i]
            if cues and not any(a <= n_lo < b for a, b in ctx.outer):
                cue = cues[0]
                span = _speaker_for_cue(ctx, cue, first[0].i, view.tok_range(n_lo, n_hi).stop, prefer_after=True)
                if span is not None:
                    c.cue, c.mention = cue, span
                    return


def _sentence_speaker(ctx: _Context, sent: int) -> tuple[Cue | None, tuple[int, int], bool] | None:
    """Who speaks in a sentence, judged from outside its quotes: the subject of a speech cue, or a
    person as the sentence's subject. Returns (cue, token span, is_person)."""
    if sent < 0 or sent >= len(ctx.sents):
        return None
    p_lo, p_hi = ctx.sents[sent]
    view, doc = ctx.view, ctx.doc
    rng = view.tok_range(p_lo, p_hi)
    found = []
    for cue in view.cues_in(p_lo, p_hi):
        if cue.lemma in sv.EXPLETIVE:
            continue
        span = _speaker_for_cue(ctx, cue, rng.start, rng.stop, prefer_after=False)
        if span is None:
            span = view.subject_of(cue.i)
        if span is not None and doc[span[0]].lower_ not in ("het", "dat", "dit", "er", "wat"):
            a, b = view.span_chars(span)
            resolved = ctx.resolver.resolve(ctx.text[a:b], (a, b), a)
            found.append((cue, span, resolved in ctx.resolver.person_names))
    if found:
        # "Forum zelf heeft niet gereageerd, maar Kamerlid Theo Hiddema sprak …": a person speaking beats a party
        return next((f for f in found if f[2]), found[0])
    persons = [n for n in ctx.resolver.names_in(p_lo, p_hi) if not view.in_quote(doc[n.tok_start])]
    for n in persons:
        if view.has_dep and subjectish(doc[n.tok_start:n.tok_end]):
            return None, (n.tok_start, n.tok_end), True

    def pronoun_subject() -> tuple[None, tuple[int, int], bool] | None:
        """ "Haar rooster krijgt ze twee weken van tevoren. '…'": a pronoun subject that resolves to a person."""
        for t in doc[rng.start:rng.stop]:
            if t.lower_ in ("hij", "zij", "ze") and not view.in_quote(t) and (
                    not view.has_dep or t.dep_.startswith("nsubj")):
                if ctx.resolver.person_before(t.idx) in ctx.resolver.person_names:
                    return None, (t.i, t.i + 1), True
        return None

    # with a parse, the pronoun subject beats a name elsewhere in the sentence ("Nu doceert hij aan de
    # Willem van Oranje Scholengroep. '…'"); without one it is only the last resort
    found = pronoun_subject() if view.has_dep else None
    if found is not None:
        return found
    # "Zelf weigert de staatssecretaris de vlag uit te hangen. '…'": a role subject naming a known person
    for t in doc[rng.start:rng.stop]:
        if view.has_dep and t.dep_.startswith("nsubj") and not view.in_quote(t) and t.text.islower() \
                and any(c.dep_ == "det" and c.lower_ in ("de", "het") for c in t.children):
            span = (t.i - 1 if t.i > 0 and doc[t.i - 1].lower_ in ("de", "het") else t.i, t.i + 1)
            a, b = view.span_chars(span)
            if ctx.resolver.resolve(f"de {t.text}", (a, b), a) in ctx.resolver.person_names:
                return None, span, True
    for n in persons:
        if n.tok_start <= rng.start + 2:
            return None, (n.tok_start, n.tok_end), True
    # the one person named there ("Dan is het woord aan Ineke Teijmant."), unless only as an example
    # ("titels als Feldmania en Hindemith") or as whose relative or agent someone else is ("De vriendin van
    # Ome Ed roert in haar soep.")
    if len({n.canonical for n in persons}) == 1 and not (
            persons[0].tok_start > 0 and doc[persons[0].tok_start - 1].lower_ in ("als", "zoals")) and not (
            persons[0].tok_start > 1 and doc[persons[0].tok_start - 1].lower_ == "van"
            and person_noun(doc[persons[0].tok_start - 2].lower_)):
        n = persons[0]
        return None, (n.tok_start, n.tok_end), True
    return None if view.has_dep else pronoun_subject()


def _resolve(ctx: _Context, c: _Cand) -> None:
    if c.mention is None:
        return
    a, b = ctx.view.span_chars(c.mention)
    c.speaker = ctx.resolver.resolve(ctx.text[a:b], (a, b), a)


def _candidates(ctx: _Context) -> list[_Cand]:
    text = ctx.text
    cands: list[_Cand] = []
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
        cands.append(_Cand(q, "", s, e, (lo, q.open_pos), (qend, hi)))
    return cands


def _extract(doc: Doc, indirect: bool) -> list[Quote]:
    ctx = _Context(doc)
    text = ctx.text
    cands = _candidates(ctx)
    kept: list[_Cand] = []
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
        _attribute(ctx, c, kept)
        _resolve(ctx, c)
    # follow-on quotes: no cue of their own -> the speaker introduced in the sentence before, or the
    # previous quote's speaker
    prev: _Cand | None = None
    for c in kept:
        if c.mention is None:
            near_prev = prev is not None and c.sent - prev.end_sent <= 2
            if prev is not None and c.sent - prev.end_sent <= 1 and ctx.para_at(c.span.open_pos) == ctx.para_at(prev.span.open_pos):
                c.speaker, c.inherited = prev.speaker, True  # "'…', zegt X. '…'"
                prev = c
                continue
            sig = _sentence_speaker(ctx, c.sent - 1) if ctx.para_at(ctx.sents[max(0, c.sent - 1)][0]) >= ctx.para_at(c.span.open_pos) - 1 else None
            if sig is not None and (sig[2] or not near_prev):
                c.cue, c.mention = sig[0], sig[1]
                _resolve(ctx, c)
            elif prev is not None and ctx.para_at(c.span.open_pos) - ctx.para_at(prev.span.open_pos) <= 2 \
                    and c.sent - prev.end_sent <= 8:
                c.speaker, c.inherited = prev.speaker, True
        if c.speaker:
            prev = c
    quotes = [_to_quote(ctx, c) for c in kept]
    if indirect:
        from newsetl.nlp.indirect import indirect_quotes

        quotes.extend(indirect_quotes(ctx, kept))
        quotes.sort(key=lambda x: (x.char_start, x.char_end))
    return quotes


def _to_quote(ctx: _Context, c: _Cand) -> Quote:
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
        speaker=c.speaker,
        speaker_mention=mention,
        speaker_start=start,
        speaker_end=end,
    )


def extract_quotes(doc: Doc, indirect: bool = False) -> list[Quote]:
    """Quotations in a Doc (parsed or not), in text order. Never raises on odd input."""
    if not any(not t.is_space for t in doc):
        return []
    try:
        return _extract(doc, indirect)
    except Exception:  # quote extraction degrades, never takes the pipeline down
        log.exception("quote extraction failed on a document of %d characters", len(doc.text))
        return []


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
