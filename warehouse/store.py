"""Storage behind one small class: write Parquet, replace rows by key, keep DuckDB views current.

Layout: ``<root>/<table>/part-<uuid>.parquet`` (zstd) and ``<root>/warehouse.duckdb``.

Why this is safe to re-run and to crash:
- a Parquet file becomes visible only by an atomic rename of a finished temp file;
- replacing rows rewrites (atomically) just the files that hold those keys, then adds the new file;
- a batch lands child tables first and ``articles`` last. An article whose row is absent or carries
  an old sha256 is processed again by the next run, and its stale child rows are replaced then, so
  the work completes exactly once.
"""

from __future__ import annotations

import fcntl
import os
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from newsetl.errors import WarehouseError
from newsetl.schemas import ARTICLE_TABLES, TABLES

DB_FILE = "warehouse.duckdb"
_PART_GLOB = "part-*.parquet"


def _sql_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _empty_select(schema: pa.Schema) -> str:
    """A typed, empty SELECT for a table that has no files yet, so its view exists from the start."""
    con = duckdb.connect()
    try:
        rel = con.from_arrow(schema.empty_table())
        cols = ", ".join(f'CAST(NULL AS {t}) AS "{n}"' for n, t in zip(rel.columns, rel.types))
    finally:
        con.close()
    return f"SELECT {cols} WHERE false"


class Warehouse:
    """Parquet tables plus a DuckDB database of views over them."""

    def __init__(self, root: str | Path):
        self.root = Path(root).expanduser().resolve()
        self.db_path = self.root / DB_FILE

    # -- layout -------------------------------------------------------------------------------
    def table_dir(self, name: str) -> Path:
        if name not in TABLES:
            raise WarehouseError(f"unknown table {name!r}; tables are: {', '.join(TABLES)}")
        return self.root / name

    def files(self, name: str) -> list[Path]:
        return sorted(self.table_dir(name).glob(_PART_GLOB))

    def init(self) -> Warehouse:
        for name in TABLES:
            self.table_dir(name).mkdir(parents=True, exist_ok=True)
        return self

    @contextmanager
    def lock(self) -> Iterator[None]:
        """One writer at a time: a second run on the same warehouse fails fast instead of interleaving."""
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.root / ".lock", "w") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise WarehouseError(f"another newsetl run is writing to {self.root}; wait for it to finish") from None
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    # -- reading ------------------------------------------------------------------------------
    def read(self, name: str, columns: list[str] | None = None) -> pa.Table:
        """The whole table (or some columns) as Arrow; an empty table with the schema if none exists."""
        schema = TABLES[name].schema
        files = self.files(name)
        if not files:
            table = schema.empty_table()
        else:
            table = pa.concat_tables([pq.read_table(f, schema=schema) for f in files])
        return table.select(columns) if columns else table

    def article_hashes(self) -> dict[str, str]:
        """article_id → sha256 of what was last loaded: what makes runs incremental."""
        table = self.read("articles", ["article_id", "sha256"])
        return dict(zip(table.column("article_id").to_pylist(), table.column("sha256").to_pylist()))

    def reject_keys(self) -> set[tuple[str, str | None]]:
        table = self.read("rejects", ["reject_id", "sha256"])
        return set(zip(table.column("reject_id").to_pylist(), table.column("sha256").to_pylist()))

    # -- writing ------------------------------------------------------------------------------
    def _write_file(self, name: str, table: pa.Table) -> Path:
        directory = self.table_dir(name)
        directory.mkdir(parents=True, exist_ok=True)
        final = directory / f"part-{uuid.uuid4().hex}.parquet"
        tmp = directory / f".{final.name}.tmp"
        pq.write_table(table, tmp, compression="zstd")
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, final)
        return final

    def delete(self, name: str, keys: Iterable[str]) -> int:
        """Remove the rows whose key is in `keys`, rewriting only the files that hold them."""
        keys = set(keys)
        key = TABLES[name].key
        removed = 0
        if not keys:
            return 0
        wanted = pa.array(sorted(keys), pa.string())
        for path in self.files(name):
            column = pq.read_table(path, columns=[key]).column(key)
            hit = pc.is_in(column, value_set=wanted)
            n_hit = pc.sum(hit).as_py() or 0
            if not n_hit:
                continue
            table = pq.read_table(path, schema=TABLES[name].schema)
            kept = table.filter(pc.invert(pc.is_in(table.column(key), value_set=wanted)))
            if kept.num_rows:
                self._write_file(name, kept)
            path.unlink()
            removed += n_hit
        return removed

    def replace(self, name: str, table: pa.Table, keys: Iterable[str] | None = None) -> None:
        """Replace every row whose key is in `keys` (default: the keys in `table`) by `table`'s rows."""
        schema = TABLES[name].schema
        table = table.select(schema.names).cast(schema)
        if keys is None:
            keys = table.column(TABLES[name].key).to_pylist()
        self.delete(name, keys)
        if table.num_rows:
            self._write_file(name, table)

    def commit_articles(self, tables: dict[str, pa.Table], article_ids: Iterable[str]) -> None:
        """Land one batch: every article table, `articles` last (it is the batch's commit marker)."""
        article_ids = list(article_ids)
        for name in ARTICLE_TABLES:
            self.replace(name, tables.get(name, TABLES[name].schema.empty_table()), article_ids)

    def append(self, name: str, table: pa.Table) -> None:
        self.replace(name, table)

    # -- DuckDB -------------------------------------------------------------------------------
    def view_sql(self) -> list[str]:
        """A view per table over its Parquet files, then the derived views in warehouse/views.sql."""
        statements = []
        for name, spec in TABLES.items():
            if self.files(name):
                pattern = _sql_literal(str(self.table_dir(name) / _PART_GLOB))
                source = f"SELECT * FROM read_parquet({pattern}, union_by_name = true)"
            else:
                source = _empty_select(spec.schema)
            statements.append(f"CREATE OR REPLACE VIEW {name} AS {source}")
        views = resources.files("warehouse").joinpath("views.sql").read_text(encoding="utf-8")
        code = "\n".join(line for line in views.splitlines() if not line.strip().startswith("--"))
        statements.extend(s.strip() for s in code.split(";") if s.strip())
        return statements

    def refresh_views(self) -> Path:
        """(Re)create warehouse.duckdb's views; cheap, and safe to call after every run."""
        self.init()
        con = duckdb.connect(str(self.db_path))
        try:
            for statement in self.view_sql():
                con.execute(statement)
        finally:
            con.close()
        return self.db_path

    def connect(self, read_only: bool = True) -> duckdb.DuckDBPyConnection:
        if not self.db_path.exists():
            raise WarehouseError(f"no warehouse at {self.root}: run `newsetl run PATH --warehouse {self.root}` first")
        return duckdb.connect(str(self.db_path), read_only=read_only)

    def sql(self, query: str, params: dict | None = None) -> pd.DataFrame:
        """Run SQL read-only against the views."""
        con = self.connect(read_only=True)
        try:
            relation = con.sql(query, params=params or None)
            # DDL/DML returns no relation; read-only mode has already refused any write
            return relation.to_arrow_table().to_pandas() if relation is not None else pd.DataFrame()
        finally:
            con.close()

