"""Shared fixtures. Test data is generated here, never copied from ../shared."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
# Flow runs in tests use Prefect's ephemeral mode with a throwaway database, not the user's ~/.prefect; it is
# removed when the test run ends (each run's database is about 9 MB).
if "PREFECT_HOME" not in os.environ:
    os.environ["PREFECT_HOME"] = tempfile.mkdtemp(prefix="newsetl-prefect-")
    atexit.register(shutil.rmtree, os.environ["PREFECT_HOME"], ignore_errors=True)

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SAMPLE = REPO / "samples" / "000_91b7de1fc477113f.txt"
MODEL_DIR = REPO / "models" / "nl_newsetl"


def pytest_collection_modifyitems(config, items):
    """Tests marked `shared` skip cleanly where ../shared is absent (a user's machine)."""
    if SHARED.is_dir():
        return
    skip = pytest.mark.skip(reason=f"needs {SHARED} (developer machines and CI only)")
    for item in items:
        if "shared" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def nlp():
    """The bundled model with the pipeline's own components, loaded once."""
    if not (MODEL_DIR / "config.cfg").exists():
        pytest.skip("the bundled model models/nl_newsetl is missing: run `newsetl model train`")
    from newsetl.nlp.pipeline import load_pipeline

    return load_pipeline(None)


def _rows_warehouse(root: Path):
    """A small warehouse built from hand-written rows: two articles, people, quotes."""
    from newsetl.assets.common import Lineage, to_table
    from newsetl.entities import entity_id
    from newsetl.schemas import ARTICLES, ENTITIES, QUOTES
    from warehouse import Warehouse

    lineage = Lineage("run-1", "0.1.0", "nl_test", "0.0.1")
    now = datetime.now(timezone.utc)
    texts = {
        "a1": "Niels Blom zegt: 'Het werkt.' Blom woont in Nijmegen.",
        "a2": "Mark Rutte sprak met Niels Blom. 'Goed gesprek', aldus Rutte.",
        "a3": "Oud nieuws over Mark Rutte.",
    }
    dates = {"a1": now - timedelta(days=1), "a2": now - timedelta(days=2), "a3": now - timedelta(days=30)}
    articles = to_table(ARTICLES, [
        {"article_id": a, "source_id": a, "source_path": f"/in/{a}.txt", "source_format": "txt", "sha256": a * 8,
         "title": f"Titel {a}", "text": t, "published_at": dates[a], "language": "nl", "language_score": 0.99,
         "n_chars": len(t), "n_paragraphs": 1, "n_sentences": 2, "extra": None, "ingested_at": now}
        for a, t in texts.items()
    ], lineage)

    def mention(article, idx, name, label, canonical):
        start = texts[article].index(name)
        return {"article_id": article, "mention_idx": idx, "text": name, "char_start": start,
                "char_end": start + len(name), "label": label, "sentence_idx": 0, "paragraph_idx": 0,
                "canonical_name": canonical, "entity_id": entity_id(canonical, label)}

    entities = to_table(ENTITIES, [
        mention("a1", 0, "Niels Blom", "PER", "Niels Blom"),
        mention("a1", 1, "Blom", "PER", "Niels Blom"),
        mention("a1", 2, "Nijmegen", "LOC", "Nijmegen"),
        mention("a2", 0, "Mark Rutte", "PER", "Mark Rutte"),
        mention("a2", 1, "Niels Blom", "PER", "Niels Blom"),
        mention("a2", 2, "Rutte", "PER", "Mark Rutte"),
        mention("a3", 0, "Mark Rutte", "PER", "Mark Rutte"),
    ], lineage)

    def quote(article, idx, text, speaker, cue):
        start = texts[article].index(text)
        return {"article_id": article, "quote_idx": idx, "text": text, "char_start": start,
                "char_end": start + len(text), "quote_type": "direct", "cue": cue, "speaker": speaker,
                "speaker_mention": speaker.split()[-1], "speaker_entity_id": entity_id(speaker, "PER"),
                "sentence_idx": 0, "paragraph_idx": 0}

    quotes = to_table(QUOTES, [
        quote("a1", 0, "Het werkt.", "Niels Blom", "zegt"),
        quote("a2", 0, "Goed gesprek", "Mark Rutte", "aldus"),
    ], lineage)
    store = Warehouse(root).init()
    store.commit_articles({"articles": articles, "entities": entities, "quotes": quotes}, list(texts))
    store.refresh_views()
    return store


@pytest.fixture
def small_warehouse(tmp_path):
    return _rows_warehouse(tmp_path / "wh")
