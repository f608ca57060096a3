"""The nightly run: everything new or changed in the configured inbox."""

from __future__ import annotations

from prefect import flow
from prefect.task_runners import ThreadPoolTaskRunner

from flows.etl import run_etl
from newsetl.assets.runs import RunSummary
from newsetl.settings import load_settings


@flow(name="newsetl-nightly", log_prints=True, task_runner=ThreadPoolTaskRunner(max_workers=4))
def nightly_flow(inbox: str | None = None, warehouse: str | None = None) -> RunSummary:
    """Incrementally load the inbox: unchanged articles are skipped, changed ones replaced.

    Args:
        inbox: Directory of article files; default NEWSETL_INBOX.
        warehouse: Warehouse directory; default NEWSETL_WAREHOUSE.
    """
    settings = load_settings(inbox=inbox, warehouse=warehouse)
    return run_etl([str(settings.inbox)], settings, flow_name="nightly")
