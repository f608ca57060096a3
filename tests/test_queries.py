import pytest

from newsetl.errors import NewsetlError
from warehouse.queries import queries, run_query


def test_library_lists_every_query_with_help():
    library = queries()
    assert set(library) == {"most_mentioned_people", "most_quoted", "quotes_by_person", "co_occurring_entities"}
    assert all(q.help for q in library.values())


def test_most_mentioned_people_this_week(small_warehouse):
    rows = run_query(small_warehouse, "most_mentioned_people").to_dict("records")
    # a3 (30 days old) is outside the week: Rutte has 2 mentions this week, not 3
    assert rows == [{"person": "Niels Blom", "mentions": 3, "articles": 2},
                    {"person": "Mark Rutte", "mentions": 2, "articles": 1}]
    assert run_query(small_warehouse, "most_mentioned_people", days=60)["mentions"].tolist() == [3, 3]


def test_most_mentioned_people_counts_a_bare_surname_for_its_full_name(small_warehouse):
    import pyarrow as pa

    from newsetl.entities import entity_id
    from newsetl.schemas import TABLES

    a1 = [r for r in small_warehouse.read("entities").to_pylist() if r["article_id"] == "a1"]  # this week
    row = dict(a1[0], mention_idx=9, text="Rutte", canonical_name="Rutte", entity_id=entity_id("Rutte", "PER"))
    # append replaces an article's rows: land a1's mentions plus the bare surname
    small_warehouse.append("entities", pa.Table.from_pylist(a1 + [row], schema=TABLES["entities"].schema))
    rows = run_query(small_warehouse, "most_mentioned_people").to_dict("records")
    assert rows == [{"person": "Mark Rutte", "mentions": 3, "articles": 2},
                    {"person": "Niels Blom", "mentions": 3, "articles": 2}]


def test_most_quoted(small_warehouse):
    rows = run_query(small_warehouse, "most_quoted")[["speaker", "quotes"]].to_dict("records")
    assert rows == [{"speaker": "Mark Rutte", "quotes": 1}, {"speaker": "Niels Blom", "quotes": 1}]


def test_quotes_by_person_matches_surname(small_warehouse):
    frame = run_query(small_warehouse, "quotes_by_person", name="Blom")
    assert frame["quote"].tolist() == ["Het werkt."]
    assert run_query(small_warehouse, "quotes_by_person", name="Mark Rutte")["quote"].tolist() == ["Goed gesprek"]
    with pytest.raises(NewsetlError, match="--param name="):
        run_query(small_warehouse, "quotes_by_person")


def test_co_occurring_entities(small_warehouse):
    rows = run_query(small_warehouse, "co_occurring_entities").to_dict("records")
    pairs = {frozenset((r["entity_a"], r["entity_b"])): r["shared_articles"] for r in rows}
    assert pairs == {frozenset({"Niels Blom", "Nijmegen"}): 1, frozenset({"Mark Rutte", "Niels Blom"}): 1}


def test_unknown_query(small_warehouse):
    with pytest.raises(NewsetlError, match="available"):
        run_query(small_warehouse, "nope")
