"""Who speaks a quote: the cue and speaker mention for each candidate (``attribute``), tried in order: a cue
right after the quote, any verb plus person after it, words written on something, a cue or colon before
it, and for a partial quote the cues of its sentence; a quote without one takes the speaker introduced in
the sentence before (``sentence_speaker``). Mentions become names through ``speakers.Resolver``."""

from __future__ import annotations

from newsetl.nlp import speech_verbs as sv
from newsetl.nlp.attribution import DETS as _DET_WORDS
from newsetl.nlp.attribution import FIRST_PERSON as _FIRST
from newsetl.nlp.attribution import NAME_PARTICLES, PREPS, PRONOUNS, STOP, Cue, _is_cap, placed, subjectish
from newsetl.nlp.lexicon import (
    HUMAN_PLURAL,
    OFFICIAL_KINDS,
    ORG_NOUNS,
    PERSON_WORDS,
    agent_word,
    demonym,
    person_noun,
    role_noun,
)
from newsetl.nlp.quote_context import DIRECT, PARTIAL, Candidate, Context

# adverbs between an inverted cue verb and its subject: "vindt ook Gerard", "zei bijvoorbeeld Josep Rull"
_FOCUS = frozenset({"ook", "zelfs", "eveneens", "nu", "dan", "bijvoorbeeld", "echter", "immers", "eerder", "later",
                    "nog", "gisteren", "vandaag", "tevens", "wel", "evenwel"})


# prepositions that say what a role is held in: "lijsttrekker voor de Eerste Kamer", "wethouder in Utrecht"
_ROLE_OF = frozenset({"voor", "van", "bij", "namens", "in", "op"})

# (also the writer turning to the reader, "vinden we", "zet je dan maar schrap": annotators never name "we" or
# "je" as a speaker, so a cue with such a subject looks on for one)
_NO_SPEAKER = frozenset({"het", "dat", "dit", "er", "wat", "die", "deze", "zich", "welke", "we", "wij", "je", "jij",
                         "jullie",
                         # object pronouns: "betitelde hem als '…'" is said of him, not by him ("volgens hem" is
                         # a cue word and does not come here)
                         "hem", "hen", "mij", "me", "ons"})


_COLON_WORDS = frozenset(
    "bijvoorbeeld voorbeeld conclusie kortom opmerkelijk resultaat gevolg vraag antwoord reden probleem oplossing "
    "motto boodschap tip advies titel kop thema update wel ook nu dus toen eerst daarna dan maar en of want "
    "citaat quote slogan leus opschrift tekst ondertitel".split()
)


def skippable(tok) -> bool:
    return tok.is_punct or tok.is_space or tok.lower_ in sv.FILLERS


def speaker_for_cue(ctx: Context, cue: Cue, floor: int, limit: int, prefer_after: bool,
                    quote_pos: int | None = None) -> tuple[int, int] | None:
    """Token span of the speaker of a cue, within tokens [floor, limit). A cue ending a relative clause that
    holds the quote at char `quote_pos` gives the clause's antecedent ("een docent die de kreet '…' schreef")."""
    view = ctx.view
    doc = ctx.doc
    if cue.lemma in sv.CUE_WORDS:
        span = view.np_after(cue.i + 1, limit)
        # "volgens Radio 10-dj Gerard Ekdom" (no verb on the way: "volgens zijn partijgenote neemt Wiebes")
        return extend_to_name(ctx, span, limit, verbs=False) if span is not None else None
    if cue.lemma == "luiden" and cue.i >= 3 and doc[cue.i - 1].lower_ in ("dat", "die") and doc[cue.i - 2].text == ",":
        # "het betwiste wetsartikel 44, dat luidt: '…'": a text quoted speaks itself
        det = next((k for k in range(cue.i - 3, max(floor, cue.i - 9) - 1, -1) if doc[k].lower_ in ("de", "het", "een")
                    and not any(t.is_punct for t in doc[k:cue.i - 2])), None)
        return (det, cue.i - 2) if det is not None else view.np_before(cue.i - 2, floor)
    if cue.lemma in sv.EXPLETIVE:
        return _sounds_from(ctx, cue, limit)
    as_said = _as_said_by(ctx, cue, floor)
    if as_said is not None:
        return as_said
    if cue.lemma == "zeggen" and cue.i >= 2 and doc[cue.i - 1].lower_ == "eigen" and doc[cue.i - 2].lower_ == "naar":
        # "trok GroenLinks naar eigen zeggen …": the clause's own subject, or the phrase the sentence opens with
        root = doc[cue.i]
        while view.has_dep and root.head.i != root.i:
            root = root.head
        span = view.subject_of(root.i)
        if span is None:
            k = floor
            while k < cue.i and (skippable(doc[k]) or doc[k].lower_ in ("zelfs", "ook", "vooral", "juist")):
                k += 1
            span = view.np_after(k, cue.i)
            if span is not None and span[1] + 1 < cue.i and doc[span[1]].lower_ == "als" and _is_cap(doc[span[1] + 1]):
                span = (span[0], view.np_after(span[1] + 1, cue.i)[1]) if view.np_after(span[1] + 1, cue.i) else span
        return span
    if cue.i >= floor + 3 and doc[cue.i - 1].lower_ in ("die", "dat") and doc[cue.i - 2].text == ",":
        # "…, aldus de advocaat-generaal, die vond dat …": a relative pronoun's antecedent speaks
        k = cue.i - 2
        while k > floor and not doc[k - 1].is_punct and doc[k - 1].lower_ not in sv.CUE_WORDS and (
                not view.has_pos or doc[k - 1].pos_ not in ("ADP", "VERB", "AUX", "SCONJ", "CCONJ")):
            k -= 1
        antecedent = (k, cue.i - 2)
        if k < cue.i - 2 and plausible_speaker(ctx, antecedent) and named_or_human(ctx, antecedent):
            return antecedent
    # inverted (verb first): "zegt Woltering", "voegde hij daaraan toe"
    k = cue.i - 1
    while k >= floor and (skippable(doc[k]) or view.in_quote(doc[k])):
        if doc[k].is_punct and doc[k].text in ",:":
            break
        k -= 1
    verb_first = k < floor or doc[k].is_punct or view.in_quote(doc[k]) or doc[k].lower_ in ("dat", "zo")
    if verb_first and k >= floor and doc[k].text == "," and not view.in_quote(doc[k - 1]) and doc[k - 1].text not in "'’\"”":
        # "Zijn opvolger, Quim Torra, noemt …": the comma closes an apposition to a subject the parse puts first
        subj = view.subject_of(cue.i)
        # (an apposition sits between the subject and that comma; in "Nee hoor, zegt Max." nothing does)
        verb_first = subj is None or not (floor <= subj[0] and subj[1] < k and doc[subj[1]].text == ",")
    order = ("after", "before") if (verb_first or prefer_after) else ("subject", "before", "after")
    if not verb_first and not prefer_after and _inverted_subject(ctx, cue, floor, limit):
        order = ("after", "subject", "before")  # "Vol vuur vertelde Klaus Ross", "Gisteren zei hij"
    for way in order:
        if way == "subject":
            span = _fronted_person(ctx, cue) or view.subject_of(cue.i)
            if span is not None and not (floor <= span[0] and span[1] <= limit):
                span = None
            if span is not None:
                span = _title_then_name(ctx, span, min(limit, cue.i))
        else:
            # "vindt ook Gerard", "zegt zelfs de minister": a focus word between the cue and its subject
            skip = 0
            while way == "after" and skip < 2 and cue.i + 1 + skip < len(doc) and doc[cue.i + 1 + skip].lower_ in _FOCUS:
                skip += 1
            span = view.np_after(cue.i + 1 + skip, limit) if way == "after" else view.np_before(cue.i, floor)
            if way == "before" and span is not None:
                span = _joint_before(ctx, cue, span, floor)
            if way == "after" and span is not None and cue.lemma == "citeren":
                # "'…', citeerde persbureau TASS gouverneur Kozjemjako": who is quoted follows who quotes
                quoted = view.np_after(span[1], limit)
                span = quoted if quoted is not None and plausible_speaker(ctx, quoted) else span
            if way == "after" and span is not None:
                span = _joint_speaker(ctx, cue, extend_to_name(ctx, span, limit), limit)
                if cue.lemma in _NAMING and not _person_or_pronoun(ctx, span, heads=True):
                    continue  # "…, noemde de deal '…'", "De markt omschrijft Lashun als '…'": what is named
            if way == "before" and span is not None and doc[span[0]].lower_ in ("de", "het", "een") and span[0] - 1 >= floor:
                # subordinate clause "zoals Netanyahu de vervolging noemt": subject, object, verb
                prev = doc[span[0] - 1]
                if prev.lower_ in ("hij", "zij", "ze", "men"):
                    span = (prev.i, prev.i + 1)
                else:
                    names = [n for n in ctx.resolver.names if n.tok_end == span[0]]
                    if names and names[0].canonical in ctx.resolver.person_names:
                        span = (names[0].tok_start, names[0].tok_end)
        if way != "after" and span is not None and cue.lemma in _NAMING and not _person_or_pronoun(ctx, span):
            # "De huizenmarkt omschrijft Kyryl Lashun als '…'": a thing fronted, the person after the verb
            after = view.np_after(cue.i + 1, limit)
            span = after if after is not None and _person_or_pronoun(ctx, after, heads=True) else span
        if span is not None and not (span[1] - span[0] == 1 and doc[span[0]].lower_ in _NO_SPEAKER) \
                and plausible_speaker(ctx, span) and not span[0] <= cue.i < span[1]:
            return span
    # "een docent die de kreet '…' schreef": in a relative clause the antecedent speaks
    for k in range(cue.i - 1, max(floor, cue.i - 20) if quote_pos is not None else cue.i, -1):
        if view.in_quote(doc[k]) or doc[k].text in "'’\"”‘“„,,":
            continue  # the quote itself: "die de kreet 'Volkert, waar ben je' schreef"
        if doc[k].text in (",", ";", ":") or (view.has_pos and doc[k].pos_ in ("VERB", "AUX")):
            break
        if doc[k].lower_ in ("die", "dat") and k - 1 >= floor and view.has_pos and doc[k - 1].pos_ == "NOUN" \
                and doc[k].idx < quote_pos < doc[cue.i].idx:
            span = view.np_before(k, floor)
            if span is not None and plausible_speaker(ctx, span):
                return span
            break
    # "door te stellen dat": the subject of the clause the cue verb hangs from
    tok = doc[cue.i]
    for _ in range(4):
        subj = view.subject_of(tok.i)
        if subj is not None and view.has_pos and any("Fin" in t.morph.get("VerbForm") for t in doc[subj[0]:subj[1]]):
            subj = None  # "De universiteit van Utrecht schorste vorige week": a clause, not a subject
        if subj is not None and subj[0] >= floor and subj[1] <= limit and not (
            subj[1] - subj[0] == 1 and doc[subj[0]].lower_ in _NO_SPEAKER
        ) and not subj[0] <= cue.i < subj[1]:
            return subj
        if not view.has_dep or tok.head.i == tok.i:
            break
        tok = tok.head
    return None


def _as_said_by(ctx: Context, cue: Cue, floor: int) -> tuple[int, int] | None:
    """ "zoals het OM al aangaf", "zoals Rutte eerder zei": the phrase right after "zoals" speaks."""
    doc, view = ctx.doc, ctx.view
    for j in range(cue.i - 1, max(floor, cue.i - 8) - 1, -1):
        if doc[j].is_punct or view.in_quote(doc[j]):
            return None
        if doc[j].lower_ == "zoals":
            span = view.np_after(j + 1, cue.i)
            if span is None or not all(skippable(t) or t.lower_ in _FOCUS or t.lower_ in ("al", "zelf")
                                       for t in doc[span[1]:cue.i]):
                return None
            return span if plausible_speaker(ctx, span) else None
    return None


# verbs that call something a name: the phrase after the verb is what is named, unless it is a person or a
# pronoun (inverted order: "noemt hij het 'onzin'")
_NAMING = frozenset({"noemen", "omschrijven", "bestempelen", "betitelen", "typeren", "karakteriseren"})


def _person_or_pronoun(ctx: Context, span: tuple[int, int], heads: bool = False) -> bool:
    """The phrase is a pronoun or holds a person's name (with `heads`: opens with one, so "de uitspraken van
    Slob" is no person)."""
    a, b = ctx.view.span_chars(span)
    if ctx.doc[span[0]].lower_ in PRONOUNS | _FIRST:
        return True
    people = [n for n in ctx.resolver.names if n.start < b and a < n.end and n.canonical in ctx.resolver.person_names]
    return bool(people) and (not heads or people[0].start <= a)


def _title_then_name(ctx: Context, span: tuple[int, int], limit: int) -> tuple[int, int]:
    """"Minister Barr belooft" with "Barr" parsed as an adverb: a role ending the subject runs on into the
    capitalised name right after it."""
    doc = ctx.doc
    end = span[1]
    if not role_noun(doc[end - 1].lower_):
        return span
    while end < limit and ((_is_cap(doc[end]) and doc[end].is_alpha) or (
            doc[end].lower_ in NAME_PARTICLES and end + 1 < limit and _is_cap(doc[end + 1]))):
        end += 1
    return (span[0], end)


def _joint_before(ctx: Context, cue: Cue, span: tuple[int, int], floor: int) -> tuple[int, int]:
    """ "Junqueras en zijn kompanen noemen …": before a plural cue verb a phrase after "en" has a partner."""
    doc = ctx.doc
    if not ctx.view.has_pos or "Plur" not in doc[cue.i].morph.get("Number") or span[0] - 2 < floor \
            or doc[span[0] - 1].lower_ != "en":
        return span
    if doc[cue.i].pos_ not in ("VERB", "AUX"):
        return span  # "deed minister van Justitie en Veiligheid X uitspraken": a plural noun cue has no partner
    names = [n for n in ctx.resolver.names if n.tok_end == span[0] - 1 and n.tok_start >= floor
             and n.canonical in ctx.resolver.person_names]
    return (names[0].tok_start, span[1]) if names else span


def _joint_speaker(ctx: Context, cue: Cue, span: tuple[int, int], limit: int) -> tuple[int, int]:
    """ "roepen Alidjan en de medeorganisatoren van het protest": a plural cue verb has a joint subject, so the
    phrase runs on over "en" (with a singular verb, "zegt Rutte en de minister knikt", it does not)."""
    doc = ctx.doc
    if not ctx.view.has_pos or "Plur" not in doc[cue.i].morph.get("Number") or span[1] + 1 >= limit \
            or doc[span[1]].lower_ != "en":
        return span
    more = ctx.view.np_after(span[1] + 1, limit)
    return (span[0], more[1]) if more is not None and more[0] == span[1] + 1 else span


def extend_to_name(ctx: Context, span: tuple[int, int], limit: int, verbs: bool = True) -> tuple[int, int]:
    """A speaker phrase the noun-phrase rules cut short runs on to its head: to the person's name in
    "zegt emeritus hoogleraar strafrecht Theo de Roos" (a mis-tagged "hoogleraar" ends the phrase at
    "emeritus"), to the noun in "zegt een goed ingevoerde bron" (the participle ends it at "goed")."""
    doc = ctx.doc
    for n in ctx.resolver.names:
        # "concludeert de Onderzoeksraad voor de Veiligheid": the phrase stops at "voor", the name runs on
        if span[0] <= n.tok_start < span[1] < n.tok_end <= limit and not n.aside and not any(
                t.is_punct or t.is_sent_start for t in doc[span[1]:n.tok_end]):
            span = (span[0], n.tok_end)
            break
    a, b = ctx.view.span_chars(span)
    if ctx.resolver.names_in(a, b) or doc[span[0]].lower_ in PRONOUNS | _FIRST:
        return span

    def plain_gap(lo: int, hi: int) -> bool:
        # "FvD-woordvoerder en toekomstig senator Jeroen de Vries": roles joined by "en" still lead to the name
        return all((t.is_alpha or "-" in t.text) and t.text.islower() and (t.lower_ not in STOP | PREPS | _DET_WORDS
                                                          or (t.lower_ == "en" and t.i < hi - 1))
                   and (verbs or t.pos_ not in ("VERB", "AUX")) and t.lower_ != "van"  # "de woordvoerder van X"
                   for t in doc[lo:hi])

    def role_of(lo: int, hi: int) -> bool:
        # "lijsttrekker voor de Eerste Kamer Paul Rosenmöller": a role, what it is the role in, then the name
        return role_noun(doc[lo - 1].lower_) and doc[lo].lower_ in _ROLE_OF and all(
            not t.is_punct and t.pos_ not in ("VERB", "AUX") for t in doc[lo:hi])

    def apposed(n) -> bool:
        # "de asielwoordvoerder in de Kamer, Jasper van Dijk, is …": the name set off by commas after the role
        comma = n.tok_start - 1
        return doc[comma].text == "," and n.tok_end < len(doc) and doc[n.tok_end].text == "," \
            and role_noun(doc[span[1] - 1].lower_) and (comma == span[1] or role_of(span[1], comma))

    for n in ctx.resolver.names:
        if span[1] <= n.tok_start <= span[1] + 6 and n.tok_end <= limit and not n.aside \
                and n.canonical in ctx.resolver.person_names and (
                    (n.tok_start <= span[1] + 4 and plain_gap(span[1], n.tok_start))
                    or (n.tok_start > span[1] and (role_of(span[1], n.tok_start) or apposed(n)))):
            return (span[0], n.tok_end)
    if ctx.view.has_pos and doc[span[0]].lower_ in _DET_WORDS and doc[span[1] - 1].pos_ in ("ADJ", "ADV", "VERB"):
        for k in range(span[1], min(limit, span[1] + 3)):
            # (an adjective used as a noun counts: "een goed ingevoerde crimineel", tagged ADJ as the object)
            if (doc[k].pos_ == "NOUN" or (doc[k].pos_ == "ADJ" and doc[k].dep_ in ("nsubj", "obj", "appos"))) \
                    and plain_gap(span[1], k + 1):
                return (span[0], k + 1)
    return span


def _fronted_person(ctx: Context, cue: Cue) -> tuple[int, int] | None:
    """A person's name alone before the verb at the start of a sentence is its subject ("Van Lindert juicht de
    concurrentie toe": the parse may read a capitalised "Van" as a preposition and make the object the subject)."""
    doc = ctx.doc
    for n in ctx.resolver.names:
        if n.tok_end != cue.i or n.canonical not in ctx.resolver.person_names or n.aside:
            continue
        k = n.tok_start
        while k > max(0, n.tok_start - 3) and doc[k - 1].lower_ in NAME_PARTICLES:
            k -= 1  # the name rules leave a capitalised particle that opens a sentence out: "Van Lindert"
        if doc[k].is_sent_start or (k > 0 and doc[k - 1].text in ".:;!?"):
            return k, n.tok_end
    return None


def _inverted_subject(ctx: Context, cue: Cue, floor: int, limit: int) -> bool:
    """Verb-second order with the subject after the verb: a subject pronoun or a person's name follows the
    cue, and what stands before it is no person, pronoun or determiner phrase ("Vol vuur vertelde Klaus
    Ross", "Gisteren zei hij"; not "De minister vertelde Jan ...")."""
    view, doc = ctx.view, ctx.doc
    skip = 0  # "Dat vermoeden spreekt ook officier van justitie X uit": a focus word before the subject
    while skip < 2 and cue.i + 1 + skip < len(doc) and doc[cue.i + 1 + skip].lower_ in _FOCUS:
        skip += 1
    after = view.np_after(cue.i + 1 + skip, limit)
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


# plural nouns for what is said (objects of a speech verb, never its speaker)
_SAID_THINGS = frozenset("dingen woorden zinnen leuzen teksten zaken kreten uitspraken opmerkingen".split())


# plurals of sources and bodies that speak without an article: "volgens bronnen", "zeggen actiegroepen"
_SOURCE_PLURALS = ("bronnen", "groepen", "partijen", "bedrijven", "scholen", "landen", "instanties", "diensten",
                   "kranten", "media", "bonden", "kerken", "clubs", "fracties", "gemeenten", "ziekenhuizen")


def plausible_speaker(ctx: Context, span: tuple[int, int]) -> bool:
    """A speaker phrase has a determiner, a pronoun, a capitalised word or a noun head ("stevig" has none)."""
    toks = list(ctx.doc[span[0]:span[1]])
    if len(toks) == 1 and ctx.view.has_pos and (toks[0].pos_ in ("ADV", "SCONJ", "CCONJ") or (
            # (the tagger calls some surnames ADJ: "Agterbosch zelf noemt het")
            toks[0].pos_ == "ADJ" and ctx.resolver.resolve(toks[0].text, None, toks[0].idx)
            not in ctx.resolver.person_names) or (
            toks[0].pos_ == "NUM" and toks[0].text.islower())) and not any(
            n.tok_start == toks[0].i for n in ctx.resolver.names):
        return False  # "Tenslotte opperen de twee eurolanden", "Natuurlijk denk je", "die een nulletje of drie …"
    if toks and toks[-1].text in _SAID_THINGS:  # lower-case only: "minister van Sociale Zaken" speaks
        return False  # "hoorde hem dingen zeggen als: '…'", "riepen leuzen als '…'": what is said, not who
    if any(t.lower_ in PRONOUNS or t.lower_ in _FIRST or t.lower_ in _DET_WORDS or _is_cap(t) for t in toks):
        return True
    if len(toks) == 1 and toks[0].text.islower() and not toks[0].lower_.endswith(("en", "s", "ers")):
        return False  # a bare singular word ("vaag", "foto"): a speaker takes an article, a name or a plural
    if len(toks) == 1 and toks[0].text.islower() and ctx.view.has_pos and toks[0].pos_ == "NOUN" \
            and not toks[0].lower_.endswith(HUMAN_PLURAL) and not person_noun(toks[0].lower_) \
            and not toks[0].lower_.endswith(("s",) + _SOURCE_PLURALS):
        return False  # a bare plural of things ("Kondigde maatregelen aan ('…')"): people are "critici", "artsen"
    if toks[-1].text.islower() and not toks[-1].lower_.endswith(("en", "s", "ers")) and not person_noun(
            toks[-1].lower_) and not any(t.like_num for t in toks):
        return False  # "zegt groot respect te hebben": a bare singular with its adjective ("ruim 30 procent" speaks)
    if ctx.view.has_pos:
        return toks[-1].pos_ in ("NOUN", "PROPN", "X")
    return len(toks) == 1 and toks[0].lower_.endswith(("en", "s", "ers")) and toks[0].lower_ not in STOP


def _np_before_colon(ctx: Context, colon_char: int, floor_char: int) -> tuple[int, int] | None:
    view = ctx.view
    j = view.tok_at(colon_char)
    floor = view.tok_at(floor_char)
    if j - 1 > floor and (ctx.doc[j - 1].text == ")" or ctx.doc[j].text.startswith(")")):
        # "Maarten Groothuizen (D66): '…'" (the tokenizer may keep "):" as one token): the party in brackets
        # describes the speaker before it
        opening = next((k for k in range(j - 1, max(floor, j - 8) - 1, -1) if ctx.doc[k].text == "("), None)
        j = opening if opening is not None else j
    span = view.np_before(j, floor)
    doc = ctx.doc
    joint = False
    if span is not None and span[0] - 2 > floor and doc[span[0] - 1].lower_ == "en" and doc[span[0] - 2].text == ")":
        # "Anissa El Abbassi (23) en Maryam Belkadi (23): '…'": two people, each with an age, speak together
        opening = next((k for k in range(span[0] - 3, max(floor, span[0] - 8) - 1, -1) if doc[k].text == "("), None)
        first = view.np_before(opening, floor) if opening is not None else None
        a, b = view.span_chars(first) if first is not None else (0, 0)
        if first is not None and ctx.resolver.names_in(a, b):
            span, joint = (first[0], span[1]), True
    if span is None:
        return None
    a, b = span
    toks = ctx.doc[a:b]
    if b - a > 8 and not joint:
        return None
    # "Bruins: '…'", "De woordvoerder van de politie: '…'": the phrase is all there is before the colon
    # (after a conjunction at most); in "In cirkel 2 treffen we Boris Johnson: '…'" it is an object, no speaker
    lead = [t for t in ctx.doc[floor:a] if not (t.is_punct or t.is_space or t.lower_ in ("en", "maar", "ook", "of", "dan"))]
    if lead:
        return None
    if len(toks) <= 3 and toks[-1].lower_ in _COLON_WORDS and toks[0].lower_ in _DET_WORDS:
        return None  # "Een voorbeeld:", "De conclusie:": the writer's lead-in, not who speaks
    if len(toks) == 1 and toks[0].lower_ not in PRONOUNS:
        t = toks[0]
        known = ctx.resolver.names_in(t.idx, t.idx + len(t.text), None) or (
            ctx.resolver.resolve(t.text, None, t.idx) in ctx.resolver.person_names)
        if t.lower_ in _COLON_WORDS or not _is_cap(t):
            return None  # "Bijvoorbeeld:", "realistisch:"
        if not known and ctx.view.has_pos and t.pos_ not in ("PROPN", "X", "NOUN"):
            return None
    return span


INDEFINITE_PEOPLE = frozenset("iemand iedereen niemand men velen sommigen anderen".split())
# word classes that never speak, whatever the parse made of them
NO_SPEAKER_POS = frozenset({"NUM", "VERB", "AUX", "ADV", "ADP", "SCONJ", "CCONJ", "ADJ", "DET", "INTJ"})


def _apposed_opener(ctx: Context, clause: list) -> tuple[int, int] | None:
    """ "Walt, verantwoordelijk voor de inrichting: '…'", "Maai, ambtenaar, is optimistischer: '…'": a name
    opening the clause with an apposition after it (the NER often misses such bare first names)."""
    doc = ctx.doc
    words = [t for t in clause if not t.is_punct and not t.is_space]
    if not words:
        return None
    first = words[0]
    names = [n for n in ctx.resolver.names if n.tok_start == first.i]
    end = names[0].tok_end if names else first.i + 1
    if end >= len(doc) or doc[end].text != "," or not _is_cap(first) or not first.is_alpha \
            or first.lower_ in STOP | _DET_WORDS | PRONOUNS | _FIRST | ctx.resolver.lower_words:
        return None
    if not names and ctx.view.has_pos and first.pos_ not in ("PROPN", "NOUN", "X"):
        return None
    # the apposition describes the name: no finite verb before the next comma ("Toegegeven, het is …:")
    for t in doc[end + 1:clause[-1].i + 1]:
        if t.text in (",", ":"):
            break
        if ctx.view.has_pos and "Fin" in t.morph.get("VerbForm"):
            return None
    return (first.i, end)


def _role_subject(ctx: Context, clause: list) -> tuple[int, int] | None:
    """ "De directeur is verbaasd over de opkomst: '…'", "toen een vriendin appte: '…'": a person named by a
    role or relation as the clause's subject."""
    if not ctx.view.has_dep:
        return None
    for t in clause:
        if t.dep_.startswith("nsubj") and t.text.islower() and (
                role_noun(t.lower_) or person_noun(t.lower_) or t.lower_ in PERSON_WORDS):
            det = next((d for d in t.children if d.dep_ == "det" and d.i < t.i and d.lower_ in _DET_WORDS), None)
            if det is not None:
                return det.i, t.i + 1
    return None


def _verb_then_person(ctx: Context, c: Candidate) -> tuple[int, int] | None:
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
    # "'…', sust Pieter Winsemius.": a lower-case word the tagger missed as a verb, then a name ending the clause
    untagged = verb.text.islower() and verb.is_alpha and verb.lower_ not in STOP | PREPS | _DET_WORDS \
        and verb.i + 1 < len(doc) and _is_cap(doc[verb.i + 1])
    if not untagged and (verb.pos_ != "VERB" or not verb.text.islower() or "Fin" not in verb.morph.get("VerbForm")):
        return None
    span = view.np_after(verb.i + 1, toks[-1].i + 1)
    k = verb.i + 1
    if k + 2 <= toks[-1].i and doc[k].lower_ in ("een", "één") and doc[k + 1].lower_ == "van":
        # "suggereerde een van hen", "zei een van de agenten": one of a group (np_after stops at "van")
        end = k + 2
        while end <= toks[-1].i and end < k + 6 and not doc[end].is_punct \
                and doc[end].lower_ not in ("die", "dat", "wat", "welke", "met") and doc[end].pos_ not in ("VERB", "AUX"):
            end += 1
        span = (k, end)
    if span is None:
        return None
    span = extend_to_name(ctx, span, toks[-1].i + 1)
    a, b = view.span_chars(span)
    person = any(n.canonical in ctx.resolver.person_names for n in ctx.resolver.names_in(a, b, None))
    if untagged and verb.pos_ != "VERB":
        ends = span[1] >= len(doc) or doc[span[1]].text in (".", ",", "!", "?")
        return span if person and ends and all(_is_cap(t) or t.lower_ in NAME_PARTICLES for t in doc[span[0]:span[1]]) \
            else None
    # "suggereerde een van hen": one of a group
    one_of = span[1] - span[0] >= 3 and doc[span[0]].lower_ in ("een", "één") and doc[span[0] + 1].lower_ == "van"
    if doc[span[0]].lower_ in ("hij", "zij", "ze") or person or one_of:
        return span
    return None


def _sounds_from(ctx: Context, cue: Cue, limit: int) -> tuple[int, int] | None:
    """ "'…', klinkt het in linkse kringen" / "klinkt het bij de vakbond": the circle it sounds from speaks.

    Not "klinkt het in koor": a single lower-case word after the preposition is a manner, not a speaker."""
    doc, k = ctx.doc, cue.i + 1
    if k + 2 >= limit or doc[k].lower_ != "het" or doc[k + 1].lower_ not in ("in", "bij", "uit", "vanuit", "binnen"):
        return None
    span = ctx.view.np_after(k + 2, limit)
    if span is None or (span[1] - span[0] == 1 and not _is_cap(doc[span[0]])):
        return None
    return extend_to_name(ctx, span, limit)


def _words_after(ctx: Context, c: Candidate) -> list:
    """The words of the writer's clause right after the quote, when only commas stand between (else none)."""
    toks = [ctx.doc[i] for i in ctx.view.tok_range(*c.after)]
    words = [t for t in toks if not t.is_punct]
    return words if words and all(t.text == "," for t in toks[:toks.index(words[0])]) else []


def _written_on(ctx: Context, c: Candidate) -> tuple[int, int] | None:
    """ "'…', staat op het plakkaat" / "stond in een dreigbrief": the thing the words are written on speaks."""
    view, doc = ctx.view, ctx.doc
    words = _words_after(ctx, c)
    if len(words) < 3 or words[0].lower_ not in ("staat", "stond", "staan", "stonden") or words[1].lower_ not in ("op", "in"):
        return None
    span = view.np_after(words[2].i, view.tok_range(*c.after).stop)
    if span is None or doc[span[0]].lower_ not in _DET_WORDS:
        return None
    # "staat in het nieuwste Dreigingsbeeld van de NCTV": a document's author speaks, not the document
    of = [t.i for t in doc[span[0]:span[1]] if t.lower_ == "van"]
    if of and of[-1] + 1 < span[1] and any(_is_cap(t) for t in doc[of[-1] + 1:span[1]]):
        return of[-1] + 1, span[1]
    return span


# nouns for a reply, verdict or stance: "'…', was het weerwoord van de rechter", "luidde de reactie van Shell"
_ANSWER_NOUNS = frozenset("antwoord reactie weerwoord repliek commentaar conclusie oordeel verweer uitleg verklaring "
                          "boodschap advies devies analyse standpunt mening visie slotsom samenvatting motto credo "
                          "waarschuwing belofte".split())


def _answer_of(ctx: Context, c: Candidate) -> tuple[int, int] | None:
    """ "'…', was het antwoord van X" / "luidde de reactie van X" / "was volgens X het wezen van …": X speaks."""
    words = _words_after(ctx, c)
    if len(words) >= 3 and words[0].lower_ in ("was", "is", "waren", "zijn") and words[1].lower_ == "volgens" \
            and words[2].i == words[1].i + 1:
        start = words[2].i
    elif len(words) >= 5 and words[0].lower_ in ("was", "is", "luidde", "luidt") and words[1].lower_ in ("het", "de") \
            and words[2].lower_ in _ANSWER_NOUNS and words[3].lower_ == "van" and words[4].i == words[3].i + 1:
        start = words[4].i
    else:
        return None
    limit = ctx.view.tok_range(*c.after).stop
    span = ctx.view.np_after(start, limit)
    return extend_to_name(ctx, span, limit) if span is not None else None


def attribute(ctx: Context, c: Candidate, cands: list[Candidate]) -> None:
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
            if all(skippable(t) for t in between) or far_ok:
                span = speaker_for_cue(ctx, cue, toks[0].i, limit, prefer_after=True, quote_pos=q.open_pos)
                if span is not None or c.kind == DIRECT:
                    c.cue, c.mention = cue, span
                    if span is not None:
                        return
                    break
            # "'…', Jansen zegt"/"'…', de minister reageert" (rare): subject first after the quote
            if len(between) <= 6 and all(not t.is_punct or t.text == "," for t in between):
                span = view.np_before(cue.i, toks[0].i)
                if span is not None and all(skippable(t) for t in doc[toks[0].i:span[0]]):
                    c.cue, c.mention = cue, span
                    return
            break
    # 1a. a verb the lexicon lacks, right after the quote, with a person after it; 1b. words written on something
    if a_hi > a_lo and c.mention is None:
        c.mention = _verb_then_person(ctx, c) or _written_on(ctx, c) or _answer_of(ctx, c)
        if c.mention is not None:
            return
    # 2. a cue before the quote in its sentence: "X zegt: '…'", "X: '…'", partial quotes
    b_lo, b_hi = c.before
    before_text = text[b_lo:b_hi].rstrip()
    if c.kind == DIRECT and before_text:
        cues = view.cues_in(b_lo, b_hi)
        if len(cues) >= 2 and cues[-1].lemma == "citeren" and doc[cues[-1].i - 1].lower_ in _FIRST:
            cues = cues[:-1]  # "Zo schrijft hij in zijn column, en ik citeer: '…'": the writer quotes him
        if cues:
            cue = cues[-1]
            span = speaker_for_cue(ctx, cue, view.tok_at(b_lo), view.tok_at(q.open_pos), prefer_after=False,
                                   quote_pos=q.open_pos)
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
                # "Jetten tegen Klaver: '…'" (debate reports): the one before "tegen" speaks
                addressed = [n for n in names if n.tok_end < len(doc) and doc[n.tok_end].lower_ == "tegen"]
                best = (0, (addressed[-1].tok_start, addressed[-1].tok_end)) if addressed else best
                opener = _apposed_opener(ctx, clause)
                best = (0, opener) if opener is not None else best
                span = best[1] if best else _role_subject(ctx, clause)
                if span is None:  # "Kalitta bijt terug: '…'", "Het Nederlands Dagblad is milder: '…'"
                    span = _clause_subject(ctx, c, b_lo, ("PER", "ORG", "MISC"))
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
            skippable(t) for t in doc[view.tok_at(s_lo):k.i])]
        for cue in opening + before_cues + after_cues:
            span = speaker_for_cue(ctx, cue, view.tok_at(s_lo), view.tok_range(s_lo, s_hi).stop, prefer_after=False,
                                   quote_pos=q.open_pos)
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
        named = pers
        pers = [n for n in pers if not _genitive(ctx, n) or n in via]  # "Trumps 'cowboy-politiek'"
        if pers and (c.mention is None or via):
            pers = via or pers
            if c.mention is None or doc[c.mention[0]].lower_ not in PRONOUNS:
                full = [n for n in pers if len(n.canonical.split()) >= 2] or pers
                before_p = [n for n in full if n.start < q.open_pos]
                # the subject before the quote, not the last name on the way ("Porosjenko spande een rechtszaak
                # aan tegen Kolomoisky 'om …'")
                subj = [n for n in before_p if view.has_dep and subjectish(doc[n.tok_start:n.tok_end])]
                # a body or country as the subject beats a person named in its object ("Syrië ziet het besluit
                # van Trump als een '…'"), unless the person is how it speaks ("middels minister X")
                body = [m for m in ctx.resolver.names_in(s_lo, q.open_pos, None) if view.has_dep and not via
                        and m.canonical not in ctx.resolver.person_names and m.label in ("ORG", "LOC")
                        and subjectish(doc[m.tok_start:m.tok_end]) and not view.in_quote(doc[m.tok_start])]
                if not subj and body and all(m.tok_start < n.tok_start for m in body[:1] for n in before_p):
                    subj = before_p = full = [body[0]]
                n = subj[-1] if subj else before_p[-1] if before_p else full[0]
                c.mention = (n.tok_start, n.tok_end)
                # "Bos en Van der Meer bepleiten …": two people joined by "en" as the subject speak together
                joined = [m for m in named if m.tok_end + 1 == n.tok_start and doc[m.tok_end].lower_ == "en"]
                if joined and subj and n in subj:
                    c.mention = (joined[0].tok_start, n.tok_end)
                # ("Paul Rosenmöller en Pieter Duisenberg, die …, toonden zich": the first is the subject's head)
                second = [m for m in named if n.tok_end + 1 == m.tok_start and doc[n.tok_end].lower_ == "en"]
                if second and subj and n in subj and not joined:
                    c.mention = (n.tok_start, second[0].tok_end)
        if c.mention is None:
            c.mention = _clause_subject(ctx, c, s_lo)
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
                span = speaker_for_cue(ctx, cue, first[0].i, view.tok_range(n_lo, n_hi).stop, prefer_after=True)
                if span is not None:
                    c.cue, c.mention = cue, span
                    return


def sentence_speaker(ctx: Context, sent: int) -> tuple[Cue | None, tuple[int, int], bool] | None:
    """Who speaks in a sentence, judged from outside its quotes: the subject of a speech cue, or a
    person as the sentence's subject. Returns (cue, token span, is_person)."""
    if sent < 0 or sent >= len(ctx.sents):
        return None
    p_lo, p_hi = ctx.sents[sent]
    view, doc = ctx.view, ctx.doc
    rng = view.tok_range(p_lo, p_hi)
    found = []
    cues = [k for k in view.cues_in(p_lo, p_hi) if k.lemma not in sv.EXPLETIVE]
    if interview_question(ctx, sent) and (not cues or _addresses_interviewee(ctx, rng)):
        return None  # "'…' Wie? Oud-president Abdullah Gül? '…'": an interviewer's question names whom it asks about
    for cue in view.cues_in(p_lo, p_hi):
        if cue.lemma in sv.EXPLETIVE:
            continue
        span = speaker_for_cue(ctx, cue, rng.start, rng.stop, prefer_after=False)
        if span is None:
            span = view.subject_of(cue.i)
        # (a bare "het"/"dat" names nobody; "het bedrijf" does)
        if span is not None and not (span[1] - span[0] == 1 and doc[span[0]].lower_ in ("het", "dat", "dit", "er", "wat")):
            a, b = view.span_chars(span)
            resolved = ctx.resolver.resolve(ctx.text[a:b], (a, b), a)
            found.append((cue, span, resolved in ctx.resolver.person_names))
    if found and any(f[2] or named_or_human(ctx, f[1]) for f in found):
        # "Forum zelf heeft niet gereageerd, maar Kamerlid Theo Hiddema sprak …": a person speaking beats a party
        return next((f for f in found if f[2]), found[0])
    # "Ook Frank Berendse, emeritus hoogleraar, vindt een veldleeuwerik prachtig": where the cue's speaker is a
    # thing (a parse gone wrong), a person named as the subject is looked for below; the thing only as a last resort
    thing = found[0] if found else None
    # "Een bekende zegt dat T. instabiel is": a person after a speech cue whose speaker was not found is talked
    # about in what is said, not the one saying it
    persons = [n for n in ctx.resolver.names_in(p_lo, p_hi) if not view.in_quote(doc[n.tok_start])
               and not any(k.i < n.tok_start and any(t.lower_ in ("dat", "of") for t in doc[k.i + 1:n.tok_start])
                           for k in cues)]
    for n in persons:
        if view.has_dep and subjectish(doc[n.tok_start:n.tok_end]):
            # "Marloes Borgman van Rijkswaterstaat en Christian Holterman van BAM blijven realistisch": a person
            # joined by "en" to the subject speaks along
            joined = [m for m in persons if n.tok_end < m.tok_start <= n.tok_end + 5
                      and "en" in {t.lower_ for t in doc[n.tok_end:m.tok_start]}
                      and not any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in doc[n.tok_end:m.tok_start])
                      and (m.tok_start > 0 and doc[m.tok_start].dep_ == "conj")
                      # "X en Y zullen elkaar tegenkomen": a sentence about the two of them, not their joint words
                      and not any(t.lower_ == "elkaar" for t in doc[rng.start:rng.stop])]
            return None, (n.tok_start, joined[0].tok_end if joined else n.tok_end), True

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
    # "Zelf weigert de staatssecretaris de vlag uit te hangen. '…'": a role subject naming a known person (also
    # where the person is from: "Even heeft de Enschedeër dat gecompenseerd")
    for t in doc[rng.start:rng.stop]:
        det = next((c for c in t.children if c.dep_ == "det" and c.lower_ in ("de", "het") and c.i < t.i), None) \
            if view.has_dep and t.dep_.startswith("nsubj") and not view.in_quote(t) and (
                t.text.islower() or demonym(t.text) or agent_word(t.lower_)) else None
        if det is not None:
            span = (det.i, t.i + 1)  # "De Maastrichtse hoogleraar"
            a, b = view.span_chars(span)
            if ctx.resolver.resolve(ctx.text[a:b], (a, b), a) in ctx.resolver.person_names:
                return None, span, True
    for n in persons:
        if n.tok_start <= rng.start + 2:
            return None, (n.tok_start, n.tok_end), True
    # "Een van de ambtenaren in de zaal staat op en richt zich tot Dessing. '…'": an unnamed person as the
    # subject speaks, not the one the sentence names as addressee
    unnamed = _unnamed_person_subject(ctx, rng)
    if unnamed is not None:
        return None, unnamed, True
    # the one person named there ("Dan is het woord aan Ineke Teijmant."), unless only as an example
    # ("titels als Feldmania en Hindemith") or as whose relative or agent someone else is ("De vriendin van
    # Ome Ed roert in haar soep.")
    if len({n.canonical for n in persons}) == 1 and not (
            persons[0].tok_start > 0 and doc[persons[0].tok_start - 1].lower_ in ("als", "zoals")) and not (
            persons[0].tok_start > 1 and doc[persons[0].tok_start - 1].lower_ == "van"
            and person_noun(doc[persons[0].tok_start - 2].lower_)) and not placed(doc, persons[0].tok_start) \
            and not _listed(doc, persons[0]):
        n = persons[0]
        return None, (n.tok_start, n.tok_end), True
    if thing is not None:
        return thing
    return None if view.has_dep else pronoun_subject()


def _listed(doc, n) -> bool:
    """A name in an enumeration ("met Milieudefensie, Oxfam Novib en vakbond FNV"): one of several named, no speaker."""
    before = doc[n.tok_start - 1].text if n.tok_start > 0 else ""
    after = doc[n.tok_end:n.tok_end + 2]
    return before == "," or (len(after) == 2 and after[0].text in (",", "en") and _is_cap(after[1]))


def interview_question(ctx: Context, sent: int) -> bool:
    """A short question outside quotes, shortly after one quote and right before the next: the interviewer's, in an
    interview printed as questions and answers."""
    if sent < 0 or sent >= len(ctx.sents):
        return False
    doc, view = ctx.doc, ctx.view
    rng = view.tok_range(*ctx.sents[sent])
    last = next((t for t in reversed(doc[rng.start:rng.stop]) if not t.is_space), None)
    if last is None or last.text != "?" or view.in_quote(last):
        return False
    # (a longer one when it addresses the interviewee as "u": "Weet u daar VVD en CDA al van te overtuigen?")
    if (len(rng) > 15 and not (_addresses_interviewee(ctx, rng) and len(rng) <= 40)) or rng.start == 0 or rng.stop >= len(doc):
        return False
    after = next((t for t in doc[rng.stop:rng.stop + 2] if not t.is_space), None)
    opens = after is not None and (after.is_quote or view.in_quote(after))
    answered = any(view.in_quote(t) for t in doc[max(0, rng.start - 30):rng.start])
    return opens and answered


def _addresses_interviewee(ctx: Context, rng: range) -> bool:
    """The formal "u"/"uw" outside quotes: the writer speaking to the one interviewed."""
    return any(t.lower_ in ("u", "uw") and not ctx.view.in_quote(t) for t in ctx.doc[rng.start:rng.stop])


def _genitive(ctx: Context, n) -> bool:
    """The name owns what follows ("Trumps 'cowboy-politiek'", "Rutte's plan"), it does not act: a genitive s the
    name has nowhere else in the article. A name that ends in s ("Van der Plas ziet '…'", "Mertens") acts."""
    if n.text.endswith(("'s", "’s")):
        return True
    if not n.text.endswith("s"):
        return False
    stem = n.text[:-1]
    return any(m.text == stem or m.text.endswith(" " + stem) for m in ctx.resolver.names) \
        or (n.canonical != n.text and n.canonical.endswith(stem))


def unnamed_person(ctx: Context, span: tuple[int, int]) -> bool:
    """An article and a noun for a person, or an adjective used as one: "een woordvoerder", "Een bekende"."""
    doc = ctx.doc
    first, head = doc[span[0]], doc[span[1] - 1]
    if first.lower_ not in _DET_WORDS or span[1] - span[0] < 2 or not head.text.islower():
        return False
    return _human(head.lower_, plural=True) or (ctx.view.has_pos and head.pos_ == "ADJ" and head.lower_.endswith("e"))


def _clause_subject(ctx: Context, c: Candidate, s_lo: int,
                    labels: tuple[str, ...] = ("PER", "ORG")) -> tuple[int, int] | None:
    """A quote with no cue and no person named before it: the subject of the writer's clause before it, when
    it can speak: an NER name with one of `labels`, or a person described ("De ChristenUnie zoekt naar een
    oplossing waarbij '…'", "De dienst houdt er rekening mee dat '…'")."""
    view, doc = ctx.view, ctx.doc
    if not view.has_dep:
        return None
    for t in (doc[i] for i in view.tok_range(s_lo, c.span.open_pos)):
        if t.dep_.startswith("nsubj") and not view.in_quote(t) and t.head.dep_ == "ROOT":
            span = view.subject_of(t.head.i)
            if span is None:
                return None
            # a name the NER found or a person described; a capital alone is no name here ("Zaterdagmiddag
            # klinken de woorden '…'", "Mobiliteit is belangrijker want '…'")
            named = any(n.tok_start < span[1] and span[0] < n.tok_end and n.label in labels
                        for n in ctx.resolver.names_in(s_lo, c.span.open_pos, None))
            if doc[span[1] - 1].idx < c.span.open_pos and (named or unnamed_person(ctx, span) or _body(ctx, span)):
                return span
            return None
    return None


def _body(ctx: Context, span: tuple[int, int]) -> bool:
    """An article and a noun for an organisation that stands for one named in the article: "de dienst" (the
    AIVD), "de partij", "de gemeente", "het ministerie"."""
    doc = ctx.doc
    first, head = doc[span[0]], doc[span[1] - 1]
    return span[1] - span[0] == 2 and first.lower_ in ("de", "het") and head.text.islower() \
        and (head.lower_ in ORG_NOUNS or head.lower_ in OFFICIAL_KINDS)


def named_or_human(ctx: Context, span: tuple[int, int]) -> bool:
    """The phrase can be who speaks: a pronoun, a name ("Ticketmaster", "een woordvoerder van de Rai"), or a
    person described ("een woordvoerder"), not a thing ("een veldleeuwerik", "het geschuif met tonnen")."""
    toks = list(ctx.doc[span[0]:span[1]])
    if len(toks) == 1 and toks[0].lower_ in ("hij", "zij", "ze"):
        return True
    if any(_is_cap(t) for t in toks[1:]) or (_is_cap(toks[0]) and toks[0].lower_ not in _DET_WORDS):
        return True
    head = next((t for t in toks if t.i + 1 < span[1] and ctx.doc[t.i + 1].lower_ == "van"), toks[-1])
    return unnamed_person(ctx, (span[0], head.i + 1))


def _human(word: str, plural: bool) -> bool:
    """A noun for a person ("agent", "vrouw"), or with `plural` for people ("experts", "ambtenaren")."""
    if person_noun(word) or word in PERSON_WORDS:
        return True
    if "-" in word:  # "advocaat-generaal", "oud-wethouder": a person noun in the compound
        return any(len(part) > 3 and (person_noun(part) or part in PERSON_WORDS) for part in word.split("-"))
    return plural and len(word) >= 5 and (word.endswith(("isten", "kundigen", "ambtenaren", "medewerkers"))
                                          or word in ("agenten", "artsen", "bewoners", "leden"))


def _unnamed_person_subject(ctx: Context, rng: range) -> tuple[int, int] | None:
    """The subject of a sentence's main verb when it is one of a group of people: "Een van de ambtenaren in de
    zaal"."""
    view, doc = ctx.view, ctx.doc
    if not view.has_dep:
        return None
    for t in doc[rng.start:rng.stop]:
        if not t.dep_.startswith("nsubj") or view.in_quote(t) or t.head.dep_ != "ROOT":
            continue
        head, plural = t, False
        if t.lower_ in ("een", "één"):  # "een van de ambtenaren"
            head = next((c for c in t.children if c.dep_ == "nmod" and c.pos_ == "NOUN"
                         and doc[c.i - 2].lower_ == "van"), t)
            plural = head is not t
        if not plural:
            continue  # "een vrouw", "de scholier" as subject are as often someone the next quote talks about
        span = view.subject_of(t.head.i)
        if span is None or not span[0] <= t.i < span[1] or not _human(head.lower_, plural) \
                or not head.text.islower() or view.cues_in(*view.span_chars((rng.start, rng.stop))):
            continue
        a, b = view.span_chars(span)
        if not ctx.resolver.names_in(a, b, None):
            return span
    return None


def resolve_speaker_of(ctx: Context, c: Candidate) -> None:
    if c.mention is None:
        return
    view, doc, r = ctx.view, ctx.doc, ctx.resolver
    lo, hi = c.mention
    a, b = view.span_chars(c.mention)
    speaker = r.resolve(ctx.text[a:b], (a, b), a)
    first = doc[lo]
    opens = lo == 0 or doc[lo - 1].text in ".!?:;\"'“”„‘’" or doc[lo - 1].is_space
    if hi - lo == 1 and speaker == first.text and view.has_pos and opens and speaker not in r.person_names:
        if first.pos_ in NO_SPEAKER_POS and first.lower_ not in PRONOUNS | _FIRST \
                and not any(n.tok_start <= lo < n.tok_end for n in r.names):
            # "Dertig was hij toen ze hem vroegen", "Hebt u een déjà vu?": a number, verb or adverb opening the
            # sentence that the parse made a subject is no speaker; the quote is left to the follow-on rules
            c.mention = c.cue = None
            return
        if first.pos_ in ("NOUN", "PRON") and (first.lower_ in r.lower_words or first.lower_ in INDEFINITE_PEOPLE
                                               or first.lower_.endswith(HUMAN_PLURAL)):
            speaker = speaker.lower()  # "Iemand zei me", "Deskundigen stellen": capitalised only to open the sentence
    c.speaker = speaker
