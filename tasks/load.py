"""Tasks that write to the warehouse (retried: disks and network shares fail transiently)."""

from __future__ import annotations

import pyarrow as pa
from prefect import task
from prefect.cache_policies import NO_CACHE

from newsetl import progress
from newsetl.assets.rejects import only_new, resolved_rejects
from newsetl.ingest import RawArticle
from warehouse import Warehouse


@task(retries=3, retry_delay_seconds=2, cache_policy=NO_CACHE)
def commit_batch(
    warehouse_dir: str,
    batch: list[RawArticle],
    tables: dict[str, pa.Table],
    entity_table: pa.Table,
    quote_table: pa.Table,
) -> dict[str, int]:
    """Replace the batch's articles in every table, `articles` last; returns row counts."""
    store = Warehouse(warehouse_dir)
    store.commit_articles({**tables, "entities": entity_table, "quotes": quote_table}, [a.article_id for a in batch])
    store.delete("rejects", resolved_rejects(batch))
    progress.advance(len(batch))
    return {
        "paragraphs": tables["paragraphs"].num_rows,
        "sentences": tables["sentences"].num_rows,
        "entities": entity_table.num_rows,
        "quotes": quote_table.num_rows,
    }


@task(retries=3, retry_delay_seconds=2, cache_policy=NO_CACHE)
def record_rejects(warehouse_dir: str, rejects: pa.Table) -> int:
    """Store this run's rejects that are not already recorded; returns how many were added."""
    store = Warehouse(warehouse_dir)
    fresh = only_new(rejects, store.reject_keys())
    store.replace("rejects", fresh)
    return fresh.num_rows


@task(retries=3, retry_delay_seconds=2, cache_policy=NO_CACHE)
def record_run(warehouse_dir: str, run_row: pa.Table) -> None:
    """Append the run's row to `runs` and refresh the DuckDB views."""
    store = Warehouse(warehouse_dir)
    store.append("runs", run_row)
    store.refresh_views()
