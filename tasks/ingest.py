"""Tasks that read the input files."""

from __future__ import annotations

from pathlib import Path

from prefect import task
from prefect.cache_policies import NO_CACHE

from newsetl import ingest
from newsetl.ingest import RawArticle, Reject


@task(retries=2, retry_delay_seconds=2, cache_policy=NO_CACHE)
def discover_inputs(paths: list[str]) -> tuple[list[Path], list[Reject]]:
    """List the article files under the given paths; unusable ones become rejects."""
    return ingest.discover(paths)


@task(retries=2, retry_delay_seconds=2, cache_policy=NO_CACHE)
def read_inputs(files: list[Path], max_bytes: int) -> tuple[list[RawArticle], list[Reject]]:
    """Read, decode and clean every file into articles and rejects."""
    articles: list[RawArticle] = []
    rejects: list[Reject] = []
    for path in files:
        found, bad = ingest.read_file(path, max_bytes)
        articles.extend(found)
        rejects.extend(bad)
    return articles, rejects
