"""The warehouse: Parquet tables under one directory, and a DuckDB file with views over them."""

from warehouse.store import Warehouse

__all__ = ["Warehouse"]
