"""Ad-hoc runs: paths and options as typed parameters (a form in the Prefect UI)."""

from __future__ import annotations

from prefect import flow
from prefect.task_runners import ThreadPoolTaskRunner

from flows.etl import run_etl
from newsetl.assets.runs import RunSummary
from newsetl.settings import load_settings


@flow(name="newsetl-adhoc", log_prints=True, task_runner=ThreadPoolTaskRunner(max_workers=4))
def adhoc_flow(
    paths: list[str],
    warehouse: str | None = None,
    model: str | None = None,
    workers: int | None = None,
    batch_size: int | None = None,
    indirect_quotes: bool | None = None,
    force: bool = False,
) -> RunSummary:
    """Load article files or directories into the warehouse.

    Args:
        paths: Files (.txt, .json, .jsonl, .html) or directories to read recursively.
        warehouse: Warehouse directory; default NEWSETL_WAREHOUSE.
        model: spaCy pipeline name or path; default the bundled Dutch model.
        workers: Parser processes; default NEWSETL_WORKERS.
        batch_size: Articles per batch; default NEWSETL_BATCH_SIZE.
        indirect_quotes: Also extract reported speech without quote marks.
        force: Re-process articles even when unchanged.
    """
    settings = load_settings(
        warehouse=warehouse, model=model, workers=workers, batch_size=batch_size, indirect_quotes=indirect_quotes
    )
    return run_etl(paths, settings, flow_name="adhoc", force=force)
