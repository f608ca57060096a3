"""The `newsetl` command: run the pipeline, query the warehouse, manage the model, serve flows."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from newsetl.errors import NewsetlError

# Prefect reads these at import; set them before any prefect import (the CLI imports it lazily).
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

app = typer.Typer(help="Who said what about whom in Dutch news: article files → Prefect → Parquet → DuckDB.",
                  no_args_is_help=True, pretty_exceptions_enable=False)

WarehouseOpt = Annotated[Path | None, typer.Option("--warehouse", "-w", help="Warehouse directory (default: NEWSETL_WAREHOUSE).")]


def _fail(error: Exception) -> None:
    typer.secho(f"error: {error}", fg="red", err=True)
    raise typer.Exit(2)


def _quiet_prefect(verbose: bool) -> None:
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "INFO" if verbose else "WARNING")


def _print_summary(summary) -> None:
    forced = summary.n_loaded - summary.n_new - summary.n_changed
    unchanged = f"{summary.n_unchanged} unchanged" + (f" ({forced} re-processed with --force)" if forced else "")
    typer.echo(
        f"run {summary.run_id} {summary.status}: {summary.n_loaded} articles loaded "
        f"({summary.n_new} new, {summary.n_changed} changed), {unchanged}, {summary.n_rejected} rejected; "
        f"{summary.n_sentences} sentences, {summary.n_entities} entity mentions, {summary.n_quotes} quotes "
        f"in {summary.duration_s:.1f}s"
    )


@app.command()
def run(
    paths: Annotated[list[str], typer.Argument(help="Article files (.txt .json .jsonl .html) or directories.")],
    warehouse: WarehouseOpt = None,
    workers: Annotated[int | None, typer.Option(help="Parser processes (default: NEWSETL_WORKERS).")] = None,
    model: Annotated[str | None, typer.Option(help="spaCy pipeline name or path (default: the bundled model).")] = None,
    batch_size: Annotated[int | None, typer.Option(help="Articles per batch.")] = None,
    indirect_quotes: Annotated[bool | None, typer.Option("--indirect-quotes/--no-indirect-quotes", help="Extract reported speech too.")] = None,
    force: Annotated[bool, typer.Option(help="Re-process unchanged articles.")] = False,
    progress_bar: Annotated[bool, typer.Option("--progress/--no-progress", help="Show a progress bar.")] = True,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show Prefect's task logs.")] = False,
) -> None:
    """Load articles into the warehouse (a Prefect flow run; no server needed)."""
    _quiet_prefect(verbose)
    from flows.adhoc import adhoc_flow
    from newsetl import progress

    try:
        with progress.progress_bar(enabled=progress_bar and sys.stderr.isatty()):
            summary = adhoc_flow(
                paths=list(paths),
                warehouse=str(warehouse) if warehouse else None,
                model=model,
                workers=workers,
                batch_size=batch_size,
                indirect_quotes=indirect_quotes,
                force=force,
            )
    except (NewsetlError, FileNotFoundError) as error:
        _fail(error)
    _print_summary(summary)


@app.command()
def nightly(
    inbox: Annotated[Path | None, typer.Option(help="Inbox directory (default: NEWSETL_INBOX).")] = None,
    warehouse: WarehouseOpt = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False,
) -> None:
    """Run the nightly incremental flow once, now."""
    _quiet_prefect(verbose)
    from flows.nightly import nightly_flow

    try:
        summary = nightly_flow(inbox=str(inbox) if inbox else None, warehouse=str(warehouse) if warehouse else None)
    except (NewsetlError, FileNotFoundError) as error:
        _fail(error)
    _print_summary(summary)


def _store(warehouse: Path | None):
    from newsetl.settings import load_settings
    from warehouse import Warehouse

    return Warehouse(warehouse or load_settings().warehouse)


def _show(frame, fmt: str) -> None:
    if fmt == "csv":
        typer.echo(frame.to_csv(index=False), nl=False)
    elif fmt == "json":
        typer.echo(frame.to_json(orient="records", date_format="iso", force_ascii=False))
    else:
        import pandas as pd

        with pd.option_context("display.max_rows", 200, "display.max_columns", 50, "display.width", 200,
                               "display.max_colwidth", 80):
            typer.echo(frame.to_string(index=False) if len(frame) else "(no rows)")


FormatOpt = Annotated[str, typer.Option("--format", "-f", help="table, csv or json.")]


@app.command()
def sql(query: Annotated[str, typer.Argument(help="SQL over the views: articles, paragraphs, sentences, entities, quotes, rejects, runs, entity_summary, quotes_enriched.")],
        warehouse: WarehouseOpt = None, fmt: FormatOpt = "table") -> None:
    """Run SQL read-only against the warehouse's DuckDB views."""
    try:
        _show(_store(warehouse).sql(query), fmt)
    except NewsetlError as error:
        _fail(error)
    except Exception as error:  # DuckDB's own errors (syntax, unknown column) are the user's to fix
        if type(error).__module__.startswith("duckdb") or type(error).__module__.startswith("_duckdb"):
            _fail(error)
        raise


@app.command()
def query(
    name: Annotated[str | None, typer.Argument(help="Query name; omit to list them.")] = None,
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="NAME=VALUE, repeatable.")] = None,
    warehouse: WarehouseOpt = None,
    fmt: FormatOpt = "table",
) -> None:
    """Run a named analysis query from warehouse/queries (e.g. most_quoted)."""
    from warehouse.queries import queries, run_query

    if name is None:
        for q in queries().values():
            params = " ".join(f"--param {p}=…" for p in q.params)
            typer.echo(f"{q.name:28} {q.help} {params}".rstrip())
        return
    values = {}
    for item in param or []:
        key, sep, value = item.partition("=")
        if not sep:
            _fail(NewsetlError(f"--param expects NAME=VALUE, got {item!r}"))
        values[key] = value
    try:
        _show(run_query(_store(warehouse), name, **values), fmt)
    except NewsetlError as error:
        _fail(error)


@app.command()
def views(warehouse: WarehouseOpt = None) -> None:
    """Recreate warehouse.duckdb's views (after moving the warehouse directory)."""
    typer.echo(_store(warehouse).refresh_views())


@app.command()
def settings(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Show every setting: environment variable, current value, default and help."""
    from newsetl.settings import PREFIX, SETTINGS, load_settings

    current = vars(load_settings())
    rows = [{"env": PREFIX + s.name.upper(), "value": str(current[s.name]), "default": str(s.default), "help": s.help}
            for s in SETTINGS]
    if as_json:
        typer.echo(json.dumps(rows, indent=2))
        return
    for row in rows:
        typer.echo(f"{row['env']:26} = {row['value']:<20} (default {row['default']!r}) {row['help']}")


@app.command()
def serve() -> None:
    """Serve the nightly (02:00 Europe/Amsterdam) and ad-hoc deployments to a Prefect server."""
    from deploy.serve import serve_deployments

    serve_deployments()


def _mount_subapps() -> None:
    from newsetl.model.cli import app as model_app

    app.add_typer(model_app, name="model", help="Train, inspect and evaluate the spaCy model.")
    try:
        from newsetl.nlp.quotes_eval import app as quotes_app
    except ImportError:  # pragma: no cover - while the quote evaluation is not installed
        return
    app.add_typer(quotes_app, name="quotes", help="Evaluate quote extraction on the dev set.")


_mount_subapps()

if __name__ == "__main__":  # pragma: no cover
    app()
