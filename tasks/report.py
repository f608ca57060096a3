"""The run summary, published where people look: a Prefect table artifact."""

from __future__ import annotations

from prefect import task
from prefect.artifacts import create_table_artifact
from prefect.cache_policies import NO_CACHE

from newsetl.assets.runs import RunSummary


@task(cache_policy=NO_CACHE)
def publish_summary(summary: RunSummary) -> None:
    """Publish the run's counts and timings as a table artifact in the Prefect UI."""
    create_table_artifact(
        key="newsetl-run-summary",
        table=summary.as_rows(),
        description=f"newsetl {summary.flow_name} run {summary.run_id}: {summary.n_loaded} articles loaded",
    )
