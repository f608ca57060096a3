import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from newsetl.errors import WarehouseError
from newsetl.schemas import TABLES
from warehouse import Warehouse


def _runs_row(run_id):
    from datetime import datetime, timezone

    from newsetl.assets.runs import RunSummary, build

    return build(RunSummary(run_id=run_id, flow_name="test", started_at=datetime.now(timezone.utc), parameters={}))


def test_views_exist_before_any_data(tmp_path):
    store = Warehouse(tmp_path / "wh")
    store.refresh_views()
    for name in TABLES:
        assert store.sql(f"SELECT count(*) AS n FROM {name}")["n"][0] == 0
    assert store.sql("SELECT count(*) AS n FROM entity_summary")["n"][0] == 0


def test_replace_rewrites_only_files_holding_the_keys(small_warehouse):
    store = small_warehouse
    before = store.files("entities")
    assert len(before) == 1
    kept = store.read("entities").filter(pa.compute.not_equal(store.read("entities").column("article_id"), "a1"))
    store.replace("entities", kept.slice(0, 0), keys=["a1"])
    after = store.read("entities")
    assert sorted(set(after.column("article_id").to_pylist())) == ["a2", "a3"]
    assert after.num_rows == 4
    assert not any(p.exists() for p in before)  # the old file was replaced, not edited in place


def test_commit_is_idempotent(small_warehouse):
    store = small_warehouse
    tables = {name: store.read(name) for name in ("articles", "entities", "quotes")}
    snapshot = {name: t.sort_by("article_id").to_pylist() for name, t in tables.items()}
    store.commit_articles(tables, ["a1", "a2", "a3"])
    assert {name: store.read(name).sort_by("article_id").to_pylist() for name in tables} == snapshot


def test_half_written_files_are_invisible(small_warehouse):
    store = small_warehouse
    # what a crash in the middle of a write leaves behind: a temp file, never a part-* file
    pq.write_table(store.read("quotes"), store.table_dir("quotes") / ".part-crashed.parquet.tmp")
    assert store.sql("SELECT count(*) AS n FROM quotes")["n"][0] == 2
    assert store.read("quotes").num_rows == 2


def test_rows_are_cast_to_the_declared_schema(tmp_path):
    store = Warehouse(tmp_path).init()
    store.append("runs", _runs_row("r1"))
    store.append("runs", _runs_row("r2"))
    table = store.read("runs")
    assert table.schema == TABLES["runs"].schema
    assert sorted(table.column("run_id").to_pylist()) == ["r1", "r2"]


def test_lock_refuses_a_second_writer(tmp_path):
    store = Warehouse(tmp_path)
    with store.lock(), pytest.raises(WarehouseError, match="another newsetl run"), Warehouse(tmp_path).lock():
        pass
    with store.lock():  # released
        pass


def test_sql_is_read_only(small_warehouse):
    with pytest.raises(Exception, match="read-only"):
        small_warehouse.sql("CREATE TABLE x AS SELECT 1")


def test_entity_summary_view(small_warehouse):
    rows = small_warehouse.sql(
        "SELECT canonical_name, label, mention_count, article_count FROM entity_summary ORDER BY canonical_name"
    ).to_dict("records")
    assert rows == [
        {"canonical_name": "Mark Rutte", "label": "PER", "mention_count": 3, "article_count": 2},
        {"canonical_name": "Niels Blom", "label": "PER", "mention_count": 3, "article_count": 2},
        {"canonical_name": "Nijmegen", "label": "LOC", "mention_count": 1, "article_count": 1},
    ]
    joined = small_warehouse.sql(
        "SELECT q.speaker, s.canonical_name FROM quotes q JOIN entity_summary s ON s.entity_id = q.speaker_entity_id "
        "ORDER BY 1"
    ).to_dict("records")
    assert joined == [{"speaker": "Mark Rutte", "canonical_name": "Mark Rutte"},
                      {"speaker": "Niels Blom", "canonical_name": "Niels Blom"}]


def test_missing_warehouse_says_what_to_do(tmp_path):
    with pytest.raises(WarehouseError, match="newsetl run"):
        Warehouse(tmp_path / "nope").sql("SELECT 1")


def test_a_bare_surname_points_to_the_one_full_name_across_articles(small_warehouse):
    from newsetl.entities import entity_id

    store = small_warehouse
    a3 = [r for r in store.read("entities").to_pylist() if r["article_id"] == "a3"]
    extra = [dict(a3[0], mention_idx=10 + k, text=name, canonical_name=name, label=label,
                  entity_id=entity_id(name, label))
             for k, (name, label) in enumerate([("Rutte", "PER"), ("Blom", "LOC"), ("Jansen", "PER")])]
    # append replaces an article's rows: land a3's mentions plus the new ones
    store.append("entities", pa.Table.from_pylist(a3 + extra, schema=TABLES["entities"].schema))
    rows = store.sql("SELECT canonical_name, label, coalesce(same_as_entity_id, '') AS same_as_entity_id "
                     "FROM entity_summary ORDER BY 1, 2").to_dict("records")
    same = {(r["canonical_name"], r["label"]): r["same_as_entity_id"] for r in rows}
    assert same[("Rutte", "PER")] == entity_id("Mark Rutte", "PER")
    assert same[("Blom", "LOC")] == ""  # only people are merged
    assert same[("Jansen", "PER")] == ""  # no full name to point to
    assert same[("Mark Rutte", "PER")] == ""


def test_an_entity_takes_the_label_of_its_full_name_mentions(small_warehouse):
    from newsetl.entities import entity_id

    store = small_warehouse
    a3 = [r for r in store.read("entities").to_pylist() if r["article_id"] == "a3"]
    eid = entity_id("Adil Abdul-Mahdi", "PER")
    # the NER called the bare surname LOC twice and the full name PER once: the full name's label wins
    extra = [dict(a3[0], mention_idx=10 + k, text=text, canonical_name="Adil Abdul-Mahdi", label=label, entity_id=eid)
             for k, (text, label) in enumerate([("Mahdi", "LOC"), ("Adil Abdul-Mahdi", "PER"), ("Mahdi", "LOC")])]
    store.append("entities", pa.Table.from_pylist(a3 + extra, schema=TABLES["entities"].schema))
    row = store.sql("SELECT label, mention_count FROM entity_summary WHERE canonical_name = 'Adil Abdul-Mahdi'")
    assert row.to_dict("records") == [{"label": "PER", "mention_count": 3}]
