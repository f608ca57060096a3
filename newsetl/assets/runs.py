"""`runs`: one row per flow run with counts, stage timings and versions."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime

import prefect
import pyarrow as pa
import spacy

from newsetl import PIPELINE_VERSION
from newsetl.schemas import RUNS


@dataclass
class RunSummary:
    run_id: str
    flow_name: str
    started_at: datetime
    parameters: dict
    model_name: str | None = None
    model_version: str | None = None
    status: str = "running"
    finished_at: datetime | None = None
    n_files: int = 0
    n_records: int = 0
    n_new: int = 0
    n_changed: int = 0
    n_unchanged: int = 0
    n_loaded: int = 0  # new + changed, plus unchanged ones re-processed with force
    n_rejected: int = 0
    n_paragraphs: int = 0
    n_sentences: int = 0
    n_entities: int = 0
    n_quotes: int = 0
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def duration_s(self) -> float:
        end = self.finished_at or datetime.now(self.started_at.tzinfo)
        return (end - self.started_at).total_seconds()

    @property
    def articles_per_s(self) -> float | None:
        return self.n_loaded / self.duration_s if self.n_loaded and self.duration_s > 0 else None

    def add_counts(self, counts: dict[str, int]) -> None:
        for name, value in counts.items():
            setattr(self, f"n_{name}", getattr(self, f"n_{name}") + value)

    def as_rows(self) -> list[dict[str, object]]:
        """The summary as (metric, value) rows, for the Prefect table artifact and the CLI."""
        return [
            {"metric": "status", "value": self.status},
            {"metric": "files", "value": self.n_files},
            {"metric": "records", "value": self.n_records},
            {"metric": "new articles", "value": self.n_new},
            {"metric": "changed articles", "value": self.n_changed},
            {"metric": "unchanged", "value": self.n_unchanged},
            {"metric": "articles loaded", "value": self.n_loaded},
            {"metric": "rejected inputs", "value": self.n_rejected},
            {"metric": "paragraphs", "value": self.n_paragraphs},
            {"metric": "sentences", "value": self.n_sentences},
            {"metric": "entity mentions", "value": self.n_entities},
            {"metric": "quotes", "value": self.n_quotes},
            {"metric": "seconds", "value": round(self.duration_s, 2)},
            {"metric": "articles/s", "value": round(self.articles_per_s or 0.0, 2)},
            {"metric": "model", "value": f"{self.model_name} {self.model_version}"},
        ]


def build(summary: RunSummary) -> pa.Table:
    row = {
        "run_id": summary.run_id,
        "flow_name": summary.flow_name,
        "status": summary.status,
        "started_at": summary.started_at,
        "finished_at": summary.finished_at or datetime.now(summary.started_at.tzinfo),
        "duration_s": summary.duration_s,
        "n_files": summary.n_files,
        "n_records": summary.n_records,
        "n_new": summary.n_new,
        "n_changed": summary.n_changed,
        "n_unchanged": summary.n_unchanged,
        "n_loaded": summary.n_loaded,
        "n_rejected": summary.n_rejected,
        "n_paragraphs": summary.n_paragraphs,
        "n_sentences": summary.n_sentences,
        "n_entities": summary.n_entities,
        "n_quotes": summary.n_quotes,
        "articles_per_s": summary.articles_per_s,
        "timings": json.dumps({k: round(v, 3) for k, v in summary.timings.items()}, sort_keys=True),
        "parameters": json.dumps(summary.parameters, default=str, sort_keys=True),
        "pipeline_version": PIPELINE_VERSION,
        "model_name": summary.model_name,
        "model_version": summary.model_version,
        "spacy_version": spacy.__version__,
        "prefect_version": prefect.__version__,
    }
    return pa.Table.from_pylist([row], schema=RUNS.schema)
