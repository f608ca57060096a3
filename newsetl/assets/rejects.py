"""`rejects`: input that could not be used, and why. Nothing the user gave is silently lost."""

from __future__ import annotations

import hashlib
from datetime import datetime

import pyarrow as pa

from newsetl.ingest import RawArticle, Reject
from newsetl.schemas import REJECTS


def reject_id(source_path: str, locator: str) -> str:
    return hashlib.sha256(f"{source_path}\x1f{locator}".encode()).hexdigest()[:16]


def build(rejects: list[Reject], run_id: str, pipeline_version: str, rejected_at: datetime) -> pa.Table:
    rows = [
        {
            "reject_id": reject_id(r.source_path, r.locator),
            "source_path": r.source_path,
            "locator": r.locator,
            "sha256": r.sha256,
            "reason": r.reason,
            "rejected_at": rejected_at,
            "run_id": run_id,
            "pipeline_version": pipeline_version,
        }
        for r in rejects
    ]
    return pa.Table.from_pylist(rows, schema=REJECTS.schema)


def only_new(table: pa.Table, known: set[tuple[str, str | None]]) -> pa.Table:
    """Drop rejects already recorded for the same input bytes, so a re-run adds nothing."""
    keep = [(rid, sha) not in known for rid, sha in zip(table.column("reject_id").to_pylist(), table.column("sha256").to_pylist())]
    return table.filter(pa.array(keep, pa.bool_()))


def resolved_rejects(loaded: list[RawArticle]) -> list[str]:
    """Reject ids that loading these articles makes obsolete: a fixed file or JSONL line."""
    ids = {reject_id(a.source_path, a.locator) for a in loaded} | {reject_id(a.source_path, "") for a in loaded}
    return sorted(ids)
