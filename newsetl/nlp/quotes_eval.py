"""Evaluate the quote extractor on the hand-annotated dev set (DPG news articles).

The dev set (tests/devset/quotes_dev.jsonl) has one line per article: ``article_id`` and ``quotes``
with offsets into the raw ``text`` of the DPG JSONL. The articles themselves live in ../shared
(not shipped with the project), so evaluation is skipped when that is absent.

Matching: a predicted and a gold quote match when their overlap is at least half of the LONGER span;
matching is one-to-one (greedy by overlap). Speaker accuracy is measured on matched quotes: strict
(case-insensitive exact resolved name) and lenient (the gold name's last token equals the predicted
speaker's last token).
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

import typer

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DEVSET = REPO_ROOT / "tests" / "devset" / "quotes_dev.jsonl"
DEFAULT_SHARED = REPO_ROOT.parent / "shared"
DPG_ARTICLES = Path("corpora") / "dpg-news-2019" / "articles.jsonl"
TYPES = ("direct", "partial", "indirect")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    quote_type: str
    speaker: str | None


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    speaker_ok: int = 0
    speaker_lenient: int = 0
    matched: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.speaker_ok += other.speaker_ok
        self.speaker_lenient += other.speaker_lenient
        self.matched += other.matched

    def scores(self) -> dict[str, float | int]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f, 4),
            "speaker_accuracy": round(self.speaker_ok / self.matched, 4) if self.matched else 0.0,
            "speaker_accuracy_lenient": round(self.speaker_lenient / self.matched, 4) if self.matched else 0.0,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "matched": self.matched,
        }


def overlap_match(a: Span, b: Span) -> int:
    """Overlap in characters when it is at least half of the longer span, else 0."""
    ov = min(a.end, b.end) - max(a.start, b.start)
    longer = max(a.end - a.start, b.end - b.start)
    return ov if ov > 0 and 2 * ov >= longer else 0


def match(pred: Sequence[Span], gold: Sequence[Span]) -> list[tuple[int, int]]:
    """One-to-one matching of predicted to gold spans, greedily by overlap."""
    pairs = sorted(
        ((overlap_match(p, g), i, j) for i, p in enumerate(pred) for j, g in enumerate(gold)),
        reverse=True,
    )
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for ov, i, j in pairs:
        if ov <= 0:
            break
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out.append((i, j))
    return out


def _norm(name: str | None) -> str:
    return " ".join((name or "").casefold().split()).strip(" .,;:'\"")


def speaker_scores(pred: str | None, gold: str | None) -> tuple[bool, bool]:
    """(strict, lenient) speaker correctness."""
    p, g = _norm(pred), _norm(gold)
    strict = p == g
    lenient = strict or bool(p and g and p.replace("-", " ").split()[-1] == g.replace("-", " ").split()[-1])
    return strict, lenient


def score(pred: Sequence[Span], gold: Sequence[Span], types: Iterable[str] = TYPES) -> dict[str, Counts]:
    """Counts overall ("all") and per gold/predicted type, restricted to `types`."""
    types = tuple(types)
    pred = [p for p in pred if p.quote_type in types]
    gold = [g for g in gold if g.quote_type in types]
    pairs = match(pred, gold)
    out = {key: Counts() for key in ("all", *types)}
    matched_p = {i for i, _ in pairs}
    matched_g = {j for _, j in pairs}
    for i, j in pairs:
        s_ok, s_len = speaker_scores(pred[i].speaker, gold[j].speaker)
        for key in ("all", gold[j].quote_type):
            c = out[key]
            c.tp += 1
            c.matched += 1
            c.speaker_ok += s_ok
            c.speaker_lenient += s_len
        if not s_ok:
            out["all"].errors.append({"kind": "speaker", "pred": pred[i].speaker, "gold": gold[j].speaker,
                                      "start": gold[j].start, "end": gold[j].end})
    for i, p in enumerate(pred):
        if i not in matched_p:
            out["all"].fp += 1
            out[p.quote_type].fp += 1
            out["all"].errors.append({"kind": "fp", "start": p.start, "end": p.end, "type": p.quote_type})
    for j, g in enumerate(gold):
        if j not in matched_g:
            out["all"].fn += 1
            out[g.quote_type].fn += 1
            out["all"].errors.append({"kind": "fn", "start": g.start, "end": g.end, "type": g.quote_type})
    return out


# --- offsets between raw and cleaned text -------------------------------------------------------


class OffsetMap:
    """Maps character offsets of the raw text to the cleaned text (difflib alignment)."""

    def __init__(self, raw: str, clean: str):
        self.identity = raw == clean
        self.raw_to_clean: list[int] = []
        if self.identity:
            return
        table = [0] * (len(raw) + 1)
        matcher = difflib.SequenceMatcher(None, raw, clean, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            for k in range(i1, i2 + 1):
                if tag == "equal":
                    table[k] = j1 + (k - i1)
                else:
                    table[k] = j1 if k == i1 else min(j2, j1 + (k - i1))
        self.raw_to_clean = table

    def __call__(self, offset: int) -> int:
        if self.identity:
            return offset
        return self.raw_to_clean[max(0, min(offset, len(self.raw_to_clean) - 1))]


def _clean(text: str) -> str:
    try:
        from newsetl.clean import clean_text
    except ImportError:
        return text
    return clean_text(text)


# --- running the evaluation -----------------------------------------------------------------------


def load_devset(path: Path) -> list[dict[str, Any]]:
    """The rows of one dev-set file, or of every ``quotes_*.jsonl`` in a folder (pooled, in name order)."""
    if path.is_dir():
        return [row for part in sorted(path.glob("quotes_*.jsonl")) for row in load_devset(part)]
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def load_articles(shared: Path, ids: set[int] | None = None) -> dict[int, dict[str, Any]]:
    out = {}
    with open(shared / DPG_ARTICLES, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            art = json.loads(line)
            if ids is None or art["id"] in ids:
                out[art["id"]] = art
    return out


def _load_nlp(model: str | None):  # returns a spacy.Language
    try:
        from newsetl.nlp.pipeline import load_pipeline

        return load_pipeline(model or None)
    except Exception:  # noqa: BLE001 - the pipeline glue may be absent or changing; the model is enough
        import spacy

        from newsetl.model import resolve_model

        return spacy.load(resolve_model(model))


def _parse(nlp: Any, text: str, model: str | None) -> Any:
    """Parse like the pipeline does (its typographic-quote model view), falling back to nlp(text)."""
    try:
        from newsetl.nlp.pipeline import parse

        return parse([text], model or None)[0]
    except Exception:  # noqa: BLE001 - pipeline glue missing or changing
        return nlp(text)


# The naive baseline the issue quotes for scale: every pair of matching quote marks is a quote.
_MARK_PAIRS = re.compile(r"“([^”“]+)”|„([^”“„]+)[”“]|,,(.+?)''|\"([^\"]+)\"|‘([^’‘]+)’|(?<!\w)'([^']+?)'(?!\w)|«([^»]+)»")


def regex_baseline(text: str) -> list[Span]:
    """Quote-mark pairs found by one regular expression, all typed direct, without speakers."""
    spans = []
    for m in _MARK_PAIRS.finditer(text):
        group = next(i for i in range(1, 8) if m.group(i) is not None)
        spans.append(Span(m.start(group), m.end(group), "direct", None))
    return spans


def evaluate_devset(devset: Path, shared: Path, model: str | None = None, nlp: Any = None,
                    baseline: bool = False) -> dict[str, Any]:
    """Run cleaning + model + extractor on the dev-set articles and score against the gold quotes
    (with `baseline`, score `regex_baseline` instead: no model, no speakers)."""
    from newsetl.ingest.bylines import author_in_title
    from newsetl.nlp.quotes import extract_quotes

    rows = load_devset(devset)
    articles = load_articles(shared, {r["article_id"] for r in rows})
    if not baseline:
        nlp = nlp if nlp is not None else _load_nlp(model)
    has_indirect = any(q["quote_type"] == "indirect" for r in rows for q in r["quotes"])
    totals = {"direct+partial": {k: Counts() for k in ("all", *TYPES)}}
    if has_indirect:
        totals["with_indirect"] = {k: Counts() for k in ("all", *TYPES)}
    per_article = []
    missing = []
    for row in rows:
        art = articles.get(row["article_id"])
        if art is None:
            missing.append(row["article_id"])
            continue
        raw = art["text"]
        clean = _clean(raw)
        omap = OffsetMap(raw, clean)
        gold = [Span(omap(q["char_start"]), omap(q["char_end"]), q["quote_type"], q.get("speaker")) for q in row["quotes"]]
        doc = None if baseline else _parse(nlp, clean, model)
        settings = [("direct+partial", False, ("direct", "partial"))]
        if has_indirect:
            settings.append(("with_indirect", True, TYPES))
        for key, indirect, types in settings:
            if doc is None:
                pred = regex_baseline(clean)
            else:
                pred = [Span(q.char_start, q.char_end, q.quote_type, q.speaker)
                        for q in extract_quotes(doc, indirect=indirect, author=author_in_title(art.get("title")))]
            result = score(pred, gold, types)
            for t, c in result.items():
                totals[key][t].add(c)
            if key == "direct+partial":
                per_article.append({"article_id": row["article_id"], **result["all"].scores(),
                                    "errors": [dict(e, text=clean[e["start"]:e["end"]][:80]) for e in result["all"].errors]})
    report: dict[str, Any] = {"n_articles": len(per_article), "missing_articles": missing}
    for key, by_type in totals.items():
        report[key] = {t: c.scores() for t, c in by_type.items() if t == "all" or c.tp + c.fp + c.fn}
    report["per_article"] = per_article
    return report


app = typer.Typer(help="Quote extractor evaluation.", no_args_is_help=True)


@app.callback()
def _main() -> None:
    """Quote extraction tools."""


@app.command()
def evaluate(
    devset: Annotated[Path, typer.Option(help="Dev set JSONL (article_id + gold quotes), or a folder: all its "
                                              "quotes_*.jsonl pooled (tests/devset for every set).")] = DEFAULT_DEVSET,
    shared: Annotated[Path, typer.Option(help="The shared data directory holding corpora/dpg-news-2019.")] = DEFAULT_SHARED,
    model: Annotated[str | None, typer.Option(help="spaCy pipeline name or path (default: the bundled model).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the full report as JSON.")] = False,
    baseline: Annotated[bool, typer.Option("--regex-baseline", help="Score bare quote-mark pairing instead (no model).")] = False,
) -> None:
    """Score quote extraction (P/R/F1, speaker accuracy, per type) on the hand-annotated dev set."""
    if not (shared / DPG_ARTICLES).exists():
        typer.echo(f"skipped: {shared} not found (the dev-set articles live in {shared / DPG_ARTICLES})")
        raise typer.Exit(0)
    if not devset.exists():
        typer.echo(f"skipped: dev set {devset} not found")
        raise typer.Exit(0)
    report = evaluate_devset(devset, shared, model, baseline=baseline)
    if as_json:
        typer.echo(json.dumps(report, ensure_ascii=False, indent=2))
        return
    typer.echo(f"articles: {report['n_articles']}" + (f" (missing: {report['missing_articles']})" if report["missing_articles"] else ""))
    for key in ("direct+partial", "with_indirect"):
        if key not in report:
            continue
        typer.echo(f"\n{key}")
        typer.echo(f"  {'type':10} {'P':>6} {'R':>6} {'F1':>6} {'spk':>6} {'spk~':>6} {'tp':>4} {'fp':>4} {'fn':>4}")
        for t, s in report[key].items():
            typer.echo(
                f"  {t:10} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} {s['speaker_accuracy']:6.3f} "
                f"{s['speaker_accuracy_lenient']:6.3f} {s['tp']:4d} {s['fp']:4d} {s['fn']:4d}"
            )


if __name__ == "__main__":
    app()
