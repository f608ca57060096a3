"""Find quotation marks in text and pair them into quoted spans; split text into sentences around them.

Works on plain strings, so it needs no parse. Marks come in families that pair with each other:

- double: “ ” „ " ,, '' (“…”, „…”, „…“, "…", ,,…'')
- single: ‘ ’ ‚ ' (‘…’, ‚…’, '…')
- guillemets: « »

Apostrophes inside or before words (zo'n, auto's, d'r, 's avonds, 't, jaren '80) are not marks.
An unclosed quote never runs past its paragraph, and not past its own sentence when the rest of the
paragraph is long (flattened articles are one paragraph). A paragraph that ends inside an open quote
and is followed by a paragraph opening with a mark of the same family continues that quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsetl.nlp.speech_verbs import speech_lemma

DOUBLE, SINGLE, GUIL = "double", "single", "guil"

# How far an unclosed quote may run when the rest of its paragraph is long.
MAX_UNCLOSED_CHARS = 400

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_OPEN_PREV = set("([{—–-/:;") | set("“‘„‚«\"'")
_CLOSE_NEXT = set(",.;:!?)]}—–-…/") | set("”’“‘»\"'")
# elided words are lower case even at a sentence start ("'s Avonds", "'t Is"); "'Er is …" opens a quote
_ELISION = re.compile(r"(?:s|t|n|k|m|r|em|ie|ns)(?![^\W\d_])")
_DECADE = re.compile(r"\d\d(?:s|er|-)?(?!\d|[,.]\d)")
_DECADE_PREV = frozenset(
    "jaren eind begin midden sinds zomer winter lente herfst voorjaar najaar de het van in tot en seizoen wk ek".split()
)
_SENT_END = re.compile(r"[.!?…]+(?P<close>[”’»\"']*)(?P<space>\s+)")
_ABBREVIATIONS = frozenset(
    "dhr mr mevr dr drs ir ing prof bijv o.a ca nr st jl j.l e.d enz m.n incl vs blz afb art etc resp evt z.g.a.n.t.w "
    "a.s d.w.z i.p.v m.b.t t.a.v o.m v.d zg jr sr gen lt kol maj kpt".split()
)


@dataclass(frozen=True)
class Mark:
    pos: int
    length: int
    char: str
    family: str
    can_open: bool
    can_close: bool


@dataclass(frozen=True)
class QuoteSpan:
    """A quoted span: content offsets [start, end) exclude the marks."""

    start: int
    end: int
    open_pos: int
    close_pos: int | None  # None: unclosed, capped
    open_char: str
    continuations: tuple[int, ...] = field(default=())  # positions of re-opening marks of continued paragraphs


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of blank-line separated paragraphs, whitespace trimmed."""
    spans = []
    pos = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _prev_word(text: str, i: int) -> str:
    m = re.search(r"(\w+)\W*$", text[max(0, i - 30) : i])
    return m.group(1).lower() if m else ""


def find_marks(text: str, start: int = 0, end: int | None = None) -> list[Mark]:
    """Candidate quote marks in text[start:end], with whether each can open and/or close a quote."""
    end = len(text) if end is None else end
    marks: list[Mark] = []
    i = start
    while i < end:
        ch = text[i]
        prev = text[i - 1] if i > start else " "
        two = text[i : i + 2]
        if two == ",," and text[i + 2 : i + 3] != ",":
            nxt = text[i + 2] if i + 2 < end else " "
            # (",, Misschien willen …": a stray space after the mark does not stop it opening)
            if (prev.isspace() or prev in _OPEN_PREV) and (not nxt.isspace() or _upper_after_space(text, i + 2, end)):
                marks.append(Mark(i, 2, ",,", DOUBLE, True, False))
            i += 2
            continue
        if two == "''":
            nxt = text[i + 2] if i + 2 < end else " "
            opening = (prev.isspace() or prev in _OPEN_PREV) and not nxt.isspace()
            closing = not prev.isspace() and (nxt.isspace() or nxt in _CLOSE_NEXT or i + 2 >= end)
            if opening or closing:
                marks.append(Mark(i, 2, "''", DOUBLE, opening and not closing, closing))
            i += 2
            continue
        if ch in "“”„\"«»‘’‚'":
            nxt = text[i + 1] if i + 1 < end else " "
            opening = (prev.isspace() or prev in _OPEN_PREV) and not nxt.isspace()
            closing = not prev.isspace() and (nxt.isspace() or nxt in _CLOSE_NEXT or i + 1 >= end)
            if prev.isspace() and nxt in ",;:" and ch in "\"'’”":
                # a stray space before a closing mark, "zeg je paf ', riep ze": no quote opens with a comma
                opening, closing = False, True
            if ch == "„":
                marks.append(Mark(i, 1, ch, DOUBLE, True, False))
            elif ch == "“":
                # opens in “…”; closes in German-style „…“
                marks.append(Mark(i, 1, ch, DOUBLE, not closing or opening, closing))
            elif ch == "”":
                marks.append(Mark(i, 1, ch, DOUBLE, opening and not closing, True))
            elif ch == '"':
                if opening or closing:
                    marks.append(Mark(i, 1, ch, DOUBLE, opening, closing))
                elif prev.isspace() and nxt.isspace():
                    marks.append(Mark(i, 1, ch, DOUBLE, False, True))  # a spaced closing mark: 'klaar. " Daarna
                elif prev in ".!?" and nxt.isupper():
                    # a mark glued between two sentences, 'in Utrecht."Ik ben …': it opens a quote when none is
                    # open and closes one that is ('"Ja."Hij lachte'); pairing decides which
                    marks.append(Mark(i, 1, ch, DOUBLE, True, True))
            elif ch == "«":
                marks.append(Mark(i, 1, ch, GUIL, True, False))
            elif ch == "»":
                marks.append(Mark(i, 1, ch, GUIL, False, True))
            elif ch == "‚":
                if opening:
                    marks.append(Mark(i, 1, ch, SINGLE, True, False))
            elif ch == "‘":
                marks.append(Mark(i, 1, ch, SINGLE, not closing or opening, closing))
            else:  # ' and ’: quote marks or apostrophes
                if prev.isalnum() and nxt.isalnum():
                    pass  # zo'n, auto's, d'r
                elif opening and not closing:
                    rest = text[i + 1 : i + 6]
                    if _ELISION.match(rest) and prev not in "“‘„\"'":
                        pass  # 's avonds, 't, 'n
                    elif _DECADE.match(rest) and _prev_word(text, i) in _DECADE_PREV:
                        pass  # jaren '80
                    else:
                        marks.append(Mark(i, 1, ch, SINGLE, True, False))
                elif closing:
                    marks.append(Mark(i, 1, ch, SINGLE, False, True))
        i += 1
    return marks


def _upper_after_space(text: str, i: int, end: int) -> bool:
    """text[i] is a space (or tab) followed by an upper-case letter before `end`."""
    return text[i : i + 1] in (" ", "\t") and text[i + 1 : i + 2].isupper() and i + 1 < end


def _closes(opener: Mark, closer: Mark) -> bool:
    if opener.family != closer.family or not closer.can_close:
        return False
    if closer.char == "“":
        return opener.char in ("„", ",,", "“") and (opener.char != "“" or not closer.can_open)
    if closer.char == "‘":
        return opener.char == "‚"
    return True


def _sentence_before(text: str, pos: int) -> bool:
    """True when pos starts a sentence: after . ! ? : (and closing marks) or at a paragraph start."""
    before = text[max(0, pos - 4):pos]
    return not before.strip() or bool(re.search(r"[.!?:…][”’»\"']*\s*$", before)) or "\n" in before


def _sentence_cap(text: str, pos: int, para_end: int) -> int:
    """Where an unclosed quote opened at pos stops: paragraph end, or its sentence end when that is far."""
    if para_end - pos <= MAX_UNCLOSED_CHARS:
        return para_end
    m = _SENT_END.search(text, pos, para_end)
    return m.start() + 1 if m else min(para_end, pos + MAX_UNCLOSED_CHARS)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_INTERRUPTION = re.compile(
    r"[ \t]*,[ \t]*((?:[^\W\d_][\w'’\-]*[ \t]+){1,4}?[^\W\d_][\w'’\-]*)[ \t]*,[ \t]*(?=,,|[‘’'\"“”„‚«])")


def _interrupts(text: str, mark: Mark) -> bool:
    """A closing mark followed by ", <speech verb> <speaker>," and an opening mark of the same family."""
    m = _INTERRUPTION.match(text, mark.pos + mark.length, min(len(text), mark.pos + mark.length + 60))
    if not m or not any(speech_lemma(w) for w in m.group(1).split()):
        return False
    nxt = find_marks(text, m.end(), min(len(text), m.end() + 2))
    return bool(nxt) and nxt[0].pos == m.end() and nxt[0].can_open and nxt[0].family == mark.family


def _before_colon_intro(text: str, opener: Mark, mark: Mark) -> int:
    """Where an unclosed quote ends when the next opening mark follows a writer's colon intro: before that
    sentence (",,Eerste zin. Burgemeester Nol Kleijngeld: ,,Tweede." gives "Eerste zin."); else at the mark."""
    head = text[opener.pos + opener.length:mark.pos].rstrip()
    if not head.endswith(":"):
        return mark.pos
    ends = [m.end() for m in re.finditer(r"[.!?…][”’\"']*(?=\s+[A-Z])", head)]
    return opener.pos + opener.length + ends[-1] if ends else mark.pos


def pair_quotes(text: str) -> list[QuoteSpan]:
    """Pair quote marks into quoted spans (outermost only), in text order."""
    paras = paragraphs(text)
    found: list[QuoteSpan] = []
    carried: Mark | None = None  # an open quote continued from the previous paragraph
    carried_conts: list[int] = []
    for p_idx, (p_start, p_end) in enumerate(paras):
        marks = find_marks(text, p_start, p_end)
        stack: list[Mark] = []
        conts: list[int] = []
        if carried is not None:
            if marks and marks[0].pos == p_start and marks[0].can_open and marks[0].family == carried.family:
                stack.append(carried)
                conts = carried_conts + [marks[0].pos]
                marks = marks[1:]
            carried, carried_conts = None, []
        for mark in marks:
            idx = next((k for k in range(len(stack) - 1, -1, -1) if _closes(stack[k], mark)), None)
            if idx is None and mark.char == "''" and mark.can_close:
                # a typo mixing two conventions, "'Het is onbegrijpelijk'', stelt X": the double apostrophe closes
                # the single one (else the quote would run to the paragraph's end)
                idx = next((k for k in range(len(stack) - 1, -1, -1) if stack[k].char == "'"), None)
            if idx is not None and mark.can_close and _interrupts(text, mark):
                # "'Het is geen kwestie van 'je stemt links', zegt hij, 'maar …'": a mark before ", zegt hij, '"
                # closes the outermost quote of its family (the quote is interrupted, not nested)
                idx = next(k for k in range(len(stack)) if _closes(stack[k], mark))
            prefer_open = mark.can_open and (not mark.can_close or idx is None)
            if idx is not None and not prefer_open:
                opener = stack[idx]
                del stack[idx:]
                s = opener.pos + opener.length
                start, end = _trim(text, s, mark.pos)
                if end > start:
                    found.append(QuoteSpan(start, end, opener.pos, mark.pos, opener.char,
                                           tuple(conts) if not stack and conts else ()))
                if not stack:
                    conts = []
            elif mark.can_open:
                same = next((k for k in range(len(stack) - 1, -1, -1) if stack[k].family == mark.family), None)
                if same is not None and mark.family != GUIL and _sentence_before(text, mark.pos):
                    # an opening mark of the same family at a sentence start while one is still open: the
                    # earlier quote was never closed; it ends here ("'Eerste zin. 'Tweede', zei hij.")
                    opener = stack[same]
                    del stack[same:]
                    start, end = _trim(text, opener.pos + opener.length, _before_colon_intro(text, opener, mark))
                    if end > start and (opener.char not in ("'", '"') or _sentence_before(text, opener.pos)):
                        found.append(QuoteSpan(start, end, opener.pos, None, opener.char, ()))
                stack.append(mark)
        if stack:
            opener = stack[0]
            nxt = paras[p_idx + 1] if p_idx + 1 < len(paras) else None
            if nxt is not None:
                first = find_marks(text, nxt[0], min(nxt[1], nxt[0] + 3))
                if first and first[0].pos == nxt[0] and first[0].can_open and first[0].family == opener.family:
                    carried, carried_conts = opener, conts
                    continue
            cap = _sentence_cap(text, opener.pos, p_end)
            start, end = _trim(text, opener.pos + opener.length, cap)
            # an unclosed quote counts only when its mark is unambiguous or starts a sentence
            starts_sentence = opener.pos == p_start or re.search(r"[.!?:]\s*$", text[max(p_start, opener.pos - 3) : opener.pos])
            if end > start and (opener.char not in ("'", '"') or starts_sentence):
                found.append(QuoteSpan(start, end, opener.pos, None, opener.char, tuple(conts)))
    # continuation spans were recorded starting at the carried opener; drop contained (nested) quotes
    found.sort(key=lambda q: (q.start, -q.end))
    outer: list[QuoteSpan] = []
    for q in found:
        if outer and q.start >= outer[-1].start and q.end <= outer[-1].end:
            continue
        outer.append(q)
    return outer


def close_mark_end(text: str, q: QuoteSpan) -> int:
    """Offset just after the closing mark (or the content end for an unclosed quote)."""
    if q.close_pos is None:
        return q.end
    return q.close_pos + (2 if text[q.close_pos : q.close_pos + 2] in ("''",) else 1)


def sentence_spans(text: str, quotes: list[QuoteSpan]) -> list[tuple[int, int]]:
    """Sentences as (start, end) offsets: never across a paragraph, never splitting inside a quote."""
    inside = [(q.open_pos, q.end) for q in quotes]
    out = []
    for p_start, p_end in paragraphs(text):
        s = p_start
        for m in _SENT_END.finditer(text, p_start, p_end):
            cut = m.end("close")
            nxt = text[m.end() : m.end() + 1]
            if not nxt or not (nxt.isupper() or nxt.isdigit() or nxt in "“‘„‚«\"'(-–" or text[m.end():m.end() + 2] == ",,"):
                continue
            if any(a < m.start() + 1 < b or a < cut <= b for a, b in inside):
                continue
            if m.group("close") == "" and text[m.start()] == ".":
                word = re.search(r"([\w.]+)$", text[s : m.start()])
                if word and (word.group(1).lower() in _ABBREVIATIONS or re.fullmatch(r"[A-Z]", word.group(1))):
                    continue
            if cut > s:
                out.append(_trim(text, s, cut))
            s = m.end()
        if p_end > s:
            out.append(_trim(text, s, p_end))
    return [(a, b) for a, b in out if b > a]
