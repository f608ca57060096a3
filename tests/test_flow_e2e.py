"""End to end: real Prefect flow runs, real Parquet, real DuckDB, the bundled spaCy model.

The inbox is generated here: the bundled sample, articles written for these tests, and bad input.
"""

from __future__ import annotations

import json
import shutil

import pyarrow.parquet as pq
import pytest

from tests.conftest import MODEL_DIR, SAMPLE

pytestmark = pytest.mark.skipif(not (MODEL_DIR / "config.cfg").exists(), reason="bundled model missing")

RUTTE = """Premier spreekt

Premier Mark Rutte wil dat de kosten omlaag gaan. 'We moeten dit samen doen', zei Rutte dinsdag in Den Haag.

De oppositie is kritisch. "Dit plan is niet doordacht en kost te veel geld", aldus Jesse Klaver van GroenLinks.
"""
DOCTORS = [
    {"id": "h1", "title": "Artsen waarschuwen", "published_at": "2026-11-20",
     "text": "Huisartsen in Utrecht slaan alarm. 'De wachtlijsten worden elke week langer', zegt huisarts Anne de Vries.",
     "section": "binnenland"},
    {"id": "h2", "title": "Ziekenhuis breidt uit", "published_at": "2026-11-21T08:30:00+01:00",
     "text": "Het UMC Utrecht opent een nieuwe vleugel. Directeur Piet Jansen: 'Hiermee helpen we duizend patiënten extra.'"},
]


def _write_inbox(root):
    inbox = root / "inbox"
    (inbox / "sub").mkdir(parents=True)
    shutil.copy(SAMPLE, inbox / "iran.txt")
    (inbox / "sub" / "rutte.txt").write_text(RUTTE, encoding="utf-8")
    lines = [json.dumps(DOCTORS[0], ensure_ascii=False), "{not json", json.dumps(DOCTORS[1], ensure_ascii=False),
             json.dumps({"id": "h3", "title": "Leeg"})]
    (inbox / "zorg.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (inbox / "empty.txt").write_bytes(b"")
    (inbox / "image.txt").write_bytes(bytes(range(256)) * 8)
    (inbox / "report.pdf").write_bytes(b"%PDF-1.4 not supported")
    return inbox


def _table(wh, name):
    return pq.read_table(wh / name).to_pylist() if list((wh / name).glob("part-*.parquet")) else []


@pytest.fixture(scope="module")
def loaded(tmp_path_factory):
    from flows.adhoc import adhoc_flow

    root = tmp_path_factory.mktemp("e2e")
    inbox = _write_inbox(root)
    wh = root / "wh"
    summary = adhoc_flow(paths=[str(inbox)], warehouse=str(wh))
    return root, inbox, wh, summary


def test_first_run_loads_good_input_and_records_bad(loaded):
    _, _inbox, wh, summary = loaded
    assert summary.status == "completed"
    assert (summary.n_new, summary.n_changed, summary.n_unchanged) == (4, 0, 0)
    articles = {a["source_id"]: a for a in _table(wh, "articles")}
    assert set(articles) == {"iran", "rutte", "h1", "h2"}
    assert articles["h1"]["title"] == "Artsen waarschuwen" and json.loads(articles["h1"]["extra"])["section"] == "binnenland"
    assert articles["iran"]["language"] == "nl"
    reasons = {(r["source_path"].rsplit("/", 1)[-1], r["locator"]): r["reason"] for r in _table(wh, "rejects")}
    assert set(reasons) == {("zorg.jsonl", "line 2"), ("zorg.jsonl", "line 4"), ("empty.txt", ""), ("image.txt", ""),
                            ("report.pdf", "")}
    assert "JSON" in reasons[("zorg.jsonl", "line 2")] and "text" in reasons[("zorg.jsonl", "line 4")]
    assert "empty" in reasons[("empty.txt", "")] and "binary" in reasons[("image.txt", "")]


def test_every_span_points_into_the_article_text(loaded):
    _, _, wh, _ = loaded
    texts = {a["article_id"]: a["text"] for a in _table(wh, "articles")}
    for name in ("paragraphs", "sentences", "entities", "quotes"):
        rows = _table(wh, name)
        assert rows, name
        for row in rows:
            assert texts[row["article_id"]][row["char_start"] : row["char_end"]] == row["text"], (name, row)
            assert row["run_id"] and row["pipeline_version"] and row["model_name"] == "nl_newsetl"


def test_headings_are_not_body_sentences(loaded):
    _, _, wh, _ = loaded
    iran = next(a["article_id"] for a in _table(wh, "articles") if a["source_id"] == "iran")
    headings = [s["text"] for s in _table(wh, "sentences") if s["article_id"] == iran and s["is_heading"]]
    assert headings == ["Irak vooraf gewaarschuwd", "Westen veroordeeld Iraanse aanvallen"]
    sentences = [s["text"] for s in _table(wh, "sentences") if s["article_id"] == iran]
    assert not any("gewaarschuwd De Iraakse" in s or s.startswith("Irak vooraf gewaarschuwd ") for s in sentences)


def test_quotes_join_to_entities(loaded):
    from warehouse import Warehouse

    store = Warehouse(loaded[2])
    rows = store.sql(
        "SELECT q.speaker, s.canonical_name, s.label FROM quotes q JOIN entity_summary s "
        "ON s.entity_id = q.speaker_entity_id WHERE q.speaker = 'Mark Rutte'"
    ).to_dict("records")
    # the entity is "Mark Rutte", or "Rutte" where the NER caught only the surname
    assert rows and all(r["canonical_name"].endswith("Rutte") and r["label"] == "PER" for r in rows)
    orphans = store.sql("SELECT count(*) AS n FROM quotes q WHERE speaker_entity_id IS NOT NULL AND NOT EXISTS "
                        "(SELECT 1 FROM entity_summary s WHERE s.entity_id = q.speaker_entity_id)")
    assert orphans["n"][0] == 0


def test_second_run_adds_and_changes_nothing(loaded):
    from flows.adhoc import adhoc_flow

    _, inbox, wh, _ = loaded
    before = {name: sorted(map(str, _table(wh, name))) for name in ("articles", "sentences", "entities", "quotes", "rejects")}
    summary = adhoc_flow(paths=[str(inbox)], warehouse=str(wh))
    assert (summary.n_new, summary.n_changed, summary.n_unchanged) == (0, 0, 4)
    after = {name: sorted(map(str, _table(wh, name))) for name in before}
    assert after == before
    assert len(_table(wh, "runs")) == 2


def test_changed_file_replaces_its_rows_only(loaded):
    from flows.adhoc import adhoc_flow

    _, inbox, wh, _ = loaded
    first_run = {a["source_id"]: a["run_id"] for a in _table(wh, "articles")}
    (inbox / "sub" / "rutte.txt").write_text(RUTTE.replace("samen doen", "echt samen doen"), encoding="utf-8")
    summary = adhoc_flow(paths=[str(inbox)], warehouse=str(wh))
    assert (summary.n_new, summary.n_changed, summary.n_unchanged) == (0, 1, 3)
    articles = {a["source_id"]: a for a in _table(wh, "articles")}
    assert len(articles) == 4 and "echt samen doen" in articles["rutte"]["text"]
    assert articles["rutte"]["run_id"] != first_run["rutte"] and articles["iran"]["run_id"] == first_run["iran"]
    rutte_quotes = [q["text"] for q in _table(wh, "quotes") if q["article_id"] == articles["rutte"]["article_id"]]
    assert "We moeten dit echt samen doen" in rutte_quotes and "We moeten dit samen doen" not in rutte_quotes


def test_fixed_input_clears_its_reject(loaded):
    from flows.adhoc import adhoc_flow

    _, inbox, wh, _ = loaded
    (inbox / "empty.txt").write_text("Een kort bericht uit Amsterdam over het weer van morgen.", encoding="utf-8")
    summary = adhoc_flow(paths=[str(inbox)], warehouse=str(wh))
    assert summary.n_new == 1
    assert not [r for r in _table(wh, "rejects") if r["source_path"].endswith("empty.txt")]


def test_crash_before_commit_marker_is_completed_exactly_once(tmp_path, monkeypatch):
    from flows.adhoc import adhoc_flow
    from warehouse import store as store_module

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "rutte.txt").write_text(RUTTE, encoding="utf-8")
    wh = tmp_path / "wh"
    original = store_module.Warehouse.replace

    def crash_on_articles(self, name, table, keys=None):
        if name == "articles":
            raise OSError("disk full (simulated)")
        return original(self, name, table, keys)

    monkeypatch.setattr(store_module.Warehouse, "replace", crash_on_articles)
    with pytest.raises(OSError, match="simulated"):
        adhoc_flow(paths=[str(inbox)], warehouse=str(wh))
    monkeypatch.undo()
    assert _table(wh, "articles") == []
    assert _table(wh, "sentences")  # child rows landed before the crash, invisible to the increment
    summary = adhoc_flow(paths=[str(inbox)], warehouse=str(wh))
    assert summary.n_new == 1
    sentences = _table(wh, "sentences")
    assert len(sentences) == len({(s["article_id"], s["sentence_idx"]) for s in sentences})
    assert {s["run_id"] for s in sentences} == {summary.run_id}
    runs = _table(wh, "runs")
    assert sorted(r["status"] for r in runs) == ["completed", "failed"]


def test_a_failing_stage_fails_the_run_with_its_own_error(tmp_path, monkeypatch):
    from flows.adhoc import adhoc_flow
    from newsetl.nlp import pipeline

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "rutte.txt").write_text(RUTTE, encoding="utf-8")

    def broken_parse(texts, model=None, workers=1):
        raise RuntimeError("parser exploded (simulated)")

    monkeypatch.setattr(pipeline, "parse", broken_parse)
    with pytest.raises(RuntimeError, match="parser exploded"):
        adhoc_flow(paths=[str(inbox)], warehouse=str(tmp_path / "wh"))
    runs = _table(tmp_path / "wh", "runs")
    assert [r["status"] for r in runs] == ["failed"] and _table(tmp_path / "wh", "articles") == []
