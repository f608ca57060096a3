"""A process-wide progress bar the CLI opens and the commit task advances.

Tasks run in threads of the flow's process, so a module-level bar is visible to them; under a
Prefect worker nobody opens one and `advance` does nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from tqdm import tqdm

_bar: tqdm | None = None


@contextmanager
def progress_bar(enabled: bool = True) -> Iterator[None]:
    global _bar
    _bar = tqdm(total=0, unit="article", desc="newsetl", disable=not enabled, leave=True, dynamic_ncols=True)
    try:
        yield
    finally:
        _bar.close()
        _bar = None


def set_total(total: int) -> None:
    if _bar is not None:
        _bar.total = total
        _bar.refresh()


def advance(n: int) -> None:
    if _bar is not None:
        _bar.update(n)
