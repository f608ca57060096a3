"""The library of analysis queries in warehouse/queries/*.sql, runnable by name.

Parameters are DuckDB named parameters (``$name``); the first comment line of a file is its help.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

import pandas as pd

from newsetl.errors import NewsetlError
from warehouse.store import Warehouse

DEFAULTS: dict[str, object] = {"days": 7, "limit": 20}
_PARAM = re.compile(r"\$([a-z_]+)")


@dataclass(frozen=True)
class Query:
    name: str
    sql: str

    @property
    def help(self) -> str:
        first = self.sql.lstrip().splitlines()[0]
        return first.removeprefix("--").strip()

    @property
    def params(self) -> list[str]:
        return sorted(set(_PARAM.findall(self.sql)))


def queries() -> dict[str, Query]:
    folder = resources.files("warehouse").joinpath("queries")
    found = {}
    for entry in folder.iterdir():
        if entry.name.endswith(".sql"):
            name = entry.name.removesuffix(".sql")
            found[name] = Query(name, entry.read_text(encoding="utf-8"))
    return dict(sorted(found.items()))


def run_query(warehouse: Warehouse, query_name: str, /, **params: object) -> pd.DataFrame:
    """Run a named query with its parameters (defaults from DEFAULTS)."""
    library = queries()
    if query_name not in library:
        raise NewsetlError(f"no query named {query_name!r}; available: {', '.join(library)}")
    query = library[query_name]
    values = {p: params.get(p, DEFAULTS.get(p)) for p in query.params}
    missing = [p for p, v in values.items() if v is None]
    if missing:
        raise NewsetlError(f"query {query_name!r} needs --param {missing[0]}=VALUE")
    return warehouse.sql(query.sql, values)
