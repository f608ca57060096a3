"""`newsetl model ...`: inspect, evaluate and rebuild the Dutch spaCy pipeline."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from newsetl.model import ModelNotFoundError, load_model, model_identity, resolve_model

app = typer.Typer(help="The Dutch spaCy pipeline: show it, score its NER, or rebuild it.", no_args_is_help=True)

ModelOpt = Annotated[
    str | None,
    typer.Option("--model", "-m", help="spaCy pipeline name or path (default: the bundled models/nl_newsetl)."),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]


def _load(model: str | None):
    try:
        return load_model(model)
    except ModelNotFoundError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(1) from exc


def _model_path(nlp: Any, model: str | None) -> str:
    """A directory spacy.load accepts: the given path, or where an installed package lives."""
    target = resolve_model(model)
    if Path(target).exists():
        return str(Path(target).resolve())
    path = getattr(nlp, "_path", None)
    return str(path) if path else target


@app.command()
def info(model: ModelOpt = None, as_json: JsonOpt = False) -> None:
    """Show the pipeline's name, version, path, components and labels."""
    nlp = _load(model)
    name, version = model_identity(nlp)
    meta = nlp.meta
    data = {
        "name": name,
        "version": version,
        "path": _model_path(nlp, model),
        "pipeline": list(nlp.pipe_names),
        "lang": nlp.lang,
        "spacy_version": meta.get("spacy_version", ""),
        "license": meta.get("license", ""),
        "ner_labels": list(nlp.get_pipe("ner").labels) if "ner" in nlp.pipe_names else [],
        "performance": meta.get("performance", {}),
    }
    if as_json:
        typer.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    for key in ("name", "version", "path", "lang", "license", "spacy_version"):
        typer.echo(f"{key}: {data[key]}")
    typer.echo(f"pipeline: {', '.join(data['pipeline'])}")
    typer.echo(f"ner_labels: {', '.join(data['ner_labels'])}")
    for key, value in data["performance"].items():
        typer.echo(f"  {key}: {value:.4f}" if isinstance(value, float) else f"  {key}: {value}")


@app.command()
def evaluate(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="CoNLL-2002 file: INDEX TOKEN IOB2.")],
    model: ModelOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Score NER on a CoNLL-2002-format file (exact spans; P/R/F overall and per label), as the pipeline runs it:
    the model's NER plus the project's entity rules after it (newsetl.nlp.ner_rules)."""
    from newsetl.model.evaluate import evaluate_conll  # imported here: keeps `info` fast
    from newsetl.nlp.pipeline import with_ner_rules

    nlp = with_ner_rules(_load(model))
    result = {"model": "{}-{}".format(*model_identity(nlp)), **evaluate_conll(file, nlp)}
    if as_json:
        typer.echo(json.dumps(result, indent=2))
        return
    typer.echo(f"model: {result['model']}  sentences: {result['n_sentences']}")
    typer.echo(f"{'label':<8}{'P':>8}{'R':>8}{'F1':>8}{'tp':>7}{'fp':>7}{'fn':>7}")
    rows = [*result["per_label"].items(), ("overall", result["overall"])]
    for label, s in rows:
        typer.echo(
            f"{label:<8}{s['precision']:>8.4f}{s['recall']:>8.4f}{s['f1']:>8.4f}{s['tp']:>7}{s['fp']:>7}{s['fn']:>7}"
        )


@app.command()
def train(
    shared: Annotated[
        Path | None,
        typer.Option(help="Directory with corpora/ (default: <repo>/../shared)."),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(help="Where to write the pipeline (default: models/nl_newsetl)."),
    ] = None,
    clean_ud: Annotated[
        bool,
        typer.Option(
            "--clean-ud",
            help="Drop the old LassySmall train file's copies of dev/test sentences and map it to the current "
            "UD scheme (better parser; not yet the shipped recipe, see models/MODEL_CARD.md).",
        ),
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """Rebuild the pipeline from the shared corpora (about an hour on 2 cores)."""
    from newsetl.model import DEFAULT_MODEL_DIR
    from newsetl.model.train import SharedDataMissingError, train_model

    try:
        result = train_model(shared, output or DEFAULT_MODEL_DIR, clean_ud=clean_ud)
    except SharedDataMissingError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(2) from exc
    load_model.cache_clear()  # a model loaded earlier in this process is now stale
    typer.echo(json.dumps(result, indent=2) if as_json else f"Model written to {result['output']}")
