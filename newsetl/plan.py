"""Incremental planning: which articles are new, changed or unchanged since the last load."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from newsetl.ingest import RawArticle

T = TypeVar("T")


@dataclass
class Plan:
    todo: list[RawArticle] = field(default_factory=list)
    n_new: int = 0
    n_changed: int = 0
    n_unchanged: int = 0


def plan_increment(articles: Sequence[RawArticle], known: dict[str, str], force: bool = False) -> Plan:
    """Keep what is new or whose raw bytes changed (sha256); `force` reprocesses everything."""
    plan = Plan()
    seen: set[str] = set()
    for article in articles:
        if article.article_id in seen:  # the same record reached twice in one run
            continue
        seen.add(article.article_id)
        previous = known.get(article.article_id)
        if previous is None:
            plan.n_new += 1
        elif previous != article.sha256:
            plan.n_changed += 1
        elif not force:
            plan.n_unchanged += 1
            continue
        plan.todo.append(article)
    return plan


def batches(items: Sequence[T], size: int) -> list[list[T]]:
    """Split into lists of at most `size`, keeping order."""
    return [list(items[i : i + size]) for i in range(0, len(items), size)]
