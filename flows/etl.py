"""The DAG both flows share: read → plan → per batch: parse → (entities ∥ quotes ∥ text tables)
→ label quoted people → link speakers → commit; then record rejects and the run, refresh views, publish a summary."""

from __future__ import annotations

import time
import uuid
from contextlib import contextmanager
from datetime import datetime, timezone

from prefect import unmapped
from prefect.runtime import flow_run

from newsetl import PIPELINE_VERSION, progress
from newsetl.assets import rejects as rejects_asset
from newsetl.assets import runs as runs_asset
from newsetl.assets.common import Lineage
from newsetl.assets.runs import RunSummary
from newsetl.nlp.pipeline import shutdown_workers
from newsetl.plan import batches
from newsetl.settings import Settings
from tasks.ingest import discover_inputs, read_inputs
from tasks.load import commit_batch, record_rejects, record_run
from tasks.nlp import (
    build_text_tables,
    describe_model,
    extract_entities,
    extract_quotes,
    label_quoted_people,
    link_speakers,
    parse_batch,
)
from tasks.plan import plan_run
from tasks.report import publish_summary
from warehouse import Warehouse


@contextmanager
def _timed(summary: RunSummary, stage: str):
    start = time.perf_counter()
    yield
    summary.timings[stage] = summary.timings.get(stage, 0.0) + time.perf_counter() - start


def run_etl(paths: list[str], settings: Settings, flow_name: str, force: bool = False) -> RunSummary:
    """Load the articles under `paths` into the warehouse in `settings`; returns the run summary."""
    store = Warehouse(settings.warehouse).init()
    warehouse_dir = str(store.root)
    model = settings.model or None
    summary = RunSummary(
        run_id=str(flow_run.get_id() or uuid.uuid4()),
        flow_name=flow_name,
        started_at=datetime.now(timezone.utc),
        parameters={"paths": paths, "force": force, **{k: str(v) for k, v in vars(settings).items()}},
    )
    with store.lock():
        try:
            with _timed(summary, "read"):
                files, missing = discover_inputs(paths)
                articles, unreadable = read_inputs(files, settings.max_file_mb * 2**20)
                plan = plan_run(articles, warehouse_dir, force)
            summary.n_files, summary.n_records = len(files), len(articles)
            summary.n_new, summary.n_changed, summary.n_unchanged = plan.n_new, plan.n_changed, plan.n_unchanged
            summary.n_loaded = len(plan.todo)
            rejected = rejects_asset.build(missing + unreadable, summary.run_id, PIPELINE_VERSION, summary.started_at)
            summary.n_rejected = rejected.num_rows
            record_rejects(warehouse_dir, rejected)
            progress.set_total(len(plan.todo))

            if plan.todo:
                with _timed(summary, "model_load"):
                    summary.model_name, summary.model_version = describe_model(model)
                lineage = Lineage(summary.run_id, PIPELINE_VERSION, summary.model_name, summary.model_version)
                all_batches = batches(plan.todo, settings.batch_size)
                # Waves of batches bound memory: parsed docs of one wave are dropped before the next. With
                # parser processes, a wave keeps them all busy while this process extracts and commits.
                wave_size = 1 if settings.workers == 1 else 2 * settings.workers
                with _timed(summary, "nlp_and_load"):
                    for start in range(0, len(all_batches), wave_size):
                        wave = all_batches[start : start + wave_size]
                        parsed = parse_batch.map(wave, unmapped(model), unmapped(settings.workers))
                        found = extract_entities.map(parsed, unmapped(lineage))
                        quotes = extract_quotes.map(parsed, unmapped(lineage), unmapped(settings.indirect_quotes))
                        # the quotes know who is a person before the entity ids are joined to them
                        ents = label_quoted_people.map(found, quotes)
                        linked = link_speakers.map(quotes, ents)
                        texts = build_text_tables.map(parsed, unmapped(lineage), unmapped(summary.started_at))
                        committed = commit_batch.map(unmapped(warehouse_dir), wave, texts, ents, linked)
                        # upstream stages first, so a failure raises its own error, not "upstream not ready"
                        for stage in (parsed, found, quotes, ents, linked, texts):
                            stage.result()
                        for counts in committed.result():
                            summary.add_counts(counts)
            summary.status = "completed"
        except BaseException:
            summary.status = "failed"
            raise
        finally:
            shutdown_workers()
            summary.finished_at = datetime.now(timezone.utc)
            record_run(warehouse_dir, runs_asset.build(summary))
    publish_summary(summary)
    return summary
