"""The `newsetl` command as a user types it."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsetl.cli import app
from tests.conftest import MODEL_DIR, SAMPLE

runner = CliRunner()


def test_sql_prints_rows(small_warehouse):
    result = runner.invoke(app, ["sql", "SELECT speaker FROM quotes ORDER BY speaker", "-w", str(small_warehouse.root),
                                 "-f", "csv"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == ["speaker", "Mark Rutte", "Niels Blom"]


def test_sql_errors_are_reported_not_raised(small_warehouse):
    result = runner.invoke(app, ["sql", "SELECT nope FROM quotes", "-w", str(small_warehouse.root)])
    assert result.exit_code == 2 and "nope" in result.output
    result = runner.invoke(app, ["sql", "DELETE FROM runs", "-w", str(small_warehouse.root)])
    assert result.exit_code == 2


def test_sql_without_warehouse_says_what_to_do(tmp_path):
    result = runner.invoke(app, ["sql", "SELECT 1", "-w", str(tmp_path / "none")])
    assert result.exit_code == 2 and "newsetl run" in result.output


def test_query_list_and_run(small_warehouse):
    listing = runner.invoke(app, ["query"])
    assert listing.exit_code == 0 and "quotes_by_person" in listing.output and "--param name=" in listing.output
    result = runner.invoke(app, ["query", "quotes_by_person", "-p", "name=Rutte", "-w", str(small_warehouse.root),
                                 "-f", "json"])
    assert result.exit_code == 0, result.output
    assert [r["quote"] for r in json.loads(result.output)] == ["Goed gesprek"]


def test_settings_reads_environment(monkeypatch):
    monkeypatch.setenv("NEWSETL_WORKERS", "2")
    rows = json.loads(runner.invoke(app, ["settings", "--json"]).output)
    assert {r["env"]: r["value"] for r in rows}["NEWSETL_WORKERS"] == "2"


@pytest.mark.skipif(not (MODEL_DIR / "config.cfg").exists(), reason="bundled model missing")
def test_run_then_query(tmp_path):
    inbox = tmp_path / "in"
    inbox.mkdir()
    (inbox / "sample.txt").write_bytes(SAMPLE.read_bytes())
    (inbox / "notes.docx").write_bytes(b"PK\x03\x04")
    wh = tmp_path / "wh"
    result = runner.invoke(app, ["run", str(inbox), "--warehouse", str(wh), "--no-progress"])
    assert result.exit_code == 0, result.output
    assert "1 articles loaded" in result.output and "1 rejected" in result.output
    again = runner.invoke(app, ["run", str(inbox), "--warehouse", str(wh), "--no-progress"])
    assert again.exit_code == 0 and "0 articles loaded" in again.output and "1 unchanged" in again.output
    count = runner.invoke(app, ["sql", "SELECT count(*) AS n FROM articles", "-w", str(wh), "-f", "csv"])
    assert count.output.splitlines() == ["n", "1"]


def test_run_missing_path_fails_clearly(tmp_path):
    result = runner.invoke(app, ["run", str(tmp_path / "missing"), "--warehouse", str(tmp_path / "wh"), "--no-progress"])
    assert result.exit_code == 2 and "missing" in result.output


@pytest.mark.skipif(not (MODEL_DIR / "config.cfg").exists(), reason="bundled model missing")
def test_force_reprocesses_unchanged_articles(tmp_path):
    inbox = tmp_path / "in"
    inbox.mkdir()
    (inbox / "kort.txt").write_text("'Het regent', zegt weerman Piet Paulusma.", encoding="utf-8")
    wh = str(tmp_path / "wh")
    assert runner.invoke(app, ["run", str(inbox), "-w", wh, "--no-progress"]).exit_code == 0
    forced = runner.invoke(app, ["run", str(inbox), "-w", wh, "--no-progress", "--force"])
    assert forced.exit_code == 0, forced.output
    assert "1 articles loaded" in forced.output and "1 re-processed with --force" in forced.output
    count = runner.invoke(app, ["sql", "SELECT count(*) AS n FROM quotes", "-w", wh, "-f", "csv"])
    assert count.output.splitlines() == ["n", "1"]  # replaced, not duplicated
