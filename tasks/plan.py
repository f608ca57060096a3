"""The incremental step: compare what was read with what the warehouse already holds."""

from __future__ import annotations

from prefect import task
from prefect.cache_policies import NO_CACHE

from newsetl.ingest import RawArticle
from newsetl.plan import Plan, plan_increment
from warehouse import Warehouse


@task(retries=2, retry_delay_seconds=2, cache_policy=NO_CACHE)
def plan_run(articles: list[RawArticle], warehouse_dir: str, force: bool) -> Plan:
    """Keep the articles that are new or changed since the last load (all of them with force)."""
    return plan_increment(articles, Warehouse(warehouse_dir).article_hashes(), force=force)
