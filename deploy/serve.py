"""Serve both flows to a Prefect server: nightly on a cron schedule, ad hoc on demand.

    PREFECT_API_URL=http://127.0.0.1:4200/api newsetl serve
"""

from __future__ import annotations

from prefect import serve
from prefect.schedules import Cron

from flows.adhoc import adhoc_flow
from flows.nightly import nightly_flow

NIGHTLY_CRON = "0 2 * * *"
TIMEZONE = "Europe/Amsterdam"


def deployments() -> list:
    """The two deployments, built but not yet served (tests inspect them)."""
    nightly = nightly_flow.to_deployment(
        name="nightly",
        schedules=[Cron(NIGHTLY_CRON, timezone=TIMEZONE)],
        description="Incremental load of NEWSETL_INBOX into NEWSETL_WAREHOUSE, every night at 02:00 Amsterdam time.",
        tags=["newsetl", "nightly"],
        concurrency_limit=1,
    )
    adhoc = adhoc_flow.to_deployment(
        name="adhoc",
        description="Load given paths with given options; trigger it from the UI with the parameter form.",
        tags=["newsetl", "adhoc"],
        concurrency_limit=1,  # runs write one warehouse; the lock would fail a second one anyway
    )
    return [nightly, adhoc]


def serve_deployments() -> None:
    serve(*deployments())


if __name__ == "__main__":
    serve_deployments()
