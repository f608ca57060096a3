"""File discovery and reading of every input format (newsetl.ingest)."""

from __future__ import annotations

import codecs
import hashlib
import json
import time
from datetime import datetime, timezone
from pathlib import Path

import pytest

from newsetl.ingest import (
    SUPPORTED,
    RawArticle,
    Reject,
    article_id,
    discover,
    parse_published_at,
    read_file,
    read_sources,
)
from newsetl.segment import split_paragraphs

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "ingest"
SAMPLE = ROOT / "samples" / "000_91b7de1fc477113f.txt"
SHARED = ROOT.parent / "shared"
DPG = SHARED / "corpora" / "dpg-news-2019" / "articles.jsonl"
UTC = timezone.utc


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_one(path: Path) -> RawArticle:
    articles, rejects = read_file(path)
    assert rejects == []
    assert len(articles) == 1
    return articles[0]


def read_reject(path: Path, **kwargs: int) -> Reject:
    articles, rejects = read_file(path, **kwargs)
    assert articles == []
    assert len(rejects) == 1
    return rejects[0]


def assert_paragraph_offsets(article: RawArticle) -> None:
    for p in split_paragraphs(article.text):
        assert article.text[p.char_start : p.char_end] == p.text


# ------------------------------------------------------------------------------ article_id


def test_article_id_is_stable_and_path_dependent(tmp_path: Path) -> None:
    assert article_id("/data/a.jsonl", "12") == hashlib.sha256(b"/data/a.jsonl\x1f12").hexdigest()[:16]
    assert article_id("/data/a.jsonl", "12") == article_id("/data/a.jsonl", "12")
    assert article_id("/data/a.jsonl", "12") != article_id("/data/b.jsonl", "12")
    assert article_id("/data/a.jsonl", "12") != article_id("/data/a.jsonl", "13")

    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir()
    two.mkdir()
    for folder in (one, two):
        (folder / "bericht.txt").write_text("Een kort bericht.", encoding="utf-8")
    first = read_one(one / "bericht.txt")
    again = read_one(one / "bericht.txt")
    elsewhere = read_one(two / "bericht.txt")
    assert first.article_id == again.article_id
    assert first.article_id != elsewhere.article_id
    assert first.sha256 == elsewhere.sha256  # same bytes, different place


# ------------------------------------------------------------------------------------- txt


def test_read_sample_txt() -> None:
    article = read_one(SAMPLE)
    raw = SAMPLE.read_bytes()
    assert article.source_id == "000_91b7de1fc477113f"
    assert article.source_path == str(SAMPLE.resolve())
    assert article.source_format == "txt"
    assert article.locator == ""
    assert article.sha256 == sha(raw)
    assert article.title is None
    assert article.published_at is None
    assert article.extra == {}
    assert article.text == raw.decode("utf-8").strip()
    assert article.article_id == article_id(str(SAMPLE.resolve()), "000_91b7de1fc477113f")
    paragraphs = split_paragraphs(article.text)
    assert len(paragraphs) == 9
    headings = [p.text for p in paragraphs if p.is_heading]
    assert headings == ["Irak vooraf gewaarschuwd", "Westen veroordeeld Iraanse aanvallen"]
    assert_paragraph_offsets(article)


def test_read_txt_fixture() -> None:
    article = read_one(FIXTURES / "brand_in_haven.txt")
    paragraphs = split_paragraphs(article.text)
    assert [p.text for p in paragraphs if p.is_heading] == ["Rookwolken boven de stad"]
    assert len(paragraphs) == 4
    assert_paragraph_offsets(article)


def test_read_txt_with_utf8_bom_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + b"Kop\r\n\r\nDe tekst van het bericht.\r\n")
    article = read_one(path)
    assert article.text == "Kop\n\nDe tekst van het bericht."
    assert article.sha256 == sha(path.read_bytes())


def test_read_txt_cp1252(tmp_path: Path) -> None:
    path = tmp_path / "oud.txt"
    path.write_bytes(b"De eigenaar van het caf\xe9 zei: \x93We gaan door.\x94\r\n\r\nEinde.")
    assert read_one(path).text == "De eigenaar van het café zei: “We gaan door.”\n\nEinde."


def test_read_txt_utf16(tmp_path: Path) -> None:
    path = tmp_path / "breed.txt"
    path.write_bytes("„Goedemorgen”, zei de burgemeester.".encode("utf-16"))
    assert read_one(path).text == "„Goedemorgen”, zei de burgemeester."


def test_read_txt_mojibake_is_repaired(tmp_path: Path) -> None:
    path = tmp_path / "mojibake.txt"
    path.write_text("Het CafÃ© aan de Markt is â€œvoorlopigâ€\x9d dicht.", encoding="utf-8")
    assert read_one(path).text == "Het Café aan de Markt is “voorlopig” dicht."


def test_empty_file_is_rejected(tmp_path: Path) -> None:
    for name in ("leeg.txt", "leeg.json", "leeg.jsonl", "leeg.html"):
        path = tmp_path / name
        path.write_bytes(b"")
        assert read_reject(path) == Reject(str(path.resolve()), "", sha(b""), "empty file")


def test_whitespace_only_file_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "spaties.txt"
    path.write_bytes(b" \n\t\n ")
    assert read_reject(path).reason == "empty file (only whitespace)"


def test_binary_file_is_rejected(tmp_path: Path) -> None:
    raw = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"
    for name in ("plaatje.txt", "plaatje.json", "plaatje.jsonl", "plaatje.html"):
        path = tmp_path / name
        path.write_bytes(raw)
        assert read_reject(path) == Reject(str(path.resolve()), "", sha(raw), "binary content, not text")


def test_file_over_the_size_limit_is_rejected_unread(tmp_path: Path) -> None:
    path = tmp_path / "groot.txt"
    path.write_bytes(b"x" * 2049)
    assert read_reject(path, max_bytes=2048) == Reject(str(path.resolve()), "", None, "file larger than 2048 bytes")
    assert read_one(path).text == "x" * 2049  # under the default limit


def test_size_reason_in_mib(tmp_path: Path) -> None:
    path = tmp_path / "groot.jsonl"
    with path.open("wb") as handle:
        handle.truncate(2**20 + 1)  # sparse: the content is never read
    assert read_reject(path, max_bytes=2**20).reason == "file larger than 1 MiB"


# ------------------------------------------------------------------------------------ json


def test_read_json_object() -> None:
    path = FIXTURES / "verkiezingen.json"
    article = read_one(path)
    assert article.source_id == "vk-2023-0117"
    assert article.source_format == "json"
    assert article.locator == ""
    assert article.sha256 == sha(path.read_bytes())
    assert article.title == "Opkomst bij waterschapsverkiezingen hoger dan verwacht"
    assert article.text == (
        "De opkomst bij de waterschapsverkiezingen lag woensdag hoger dan verwacht.\n\n"
        "In sommige gemeenten ging ruim de helft van de kiezers naar de stembus. "
        "‘Dat hadden we niet zien aankomen’, zegt een politicoloog."
    )
    # Naive time is Amsterdam local time: 21:45 CET is 20:45 UTC.
    assert article.published_at == datetime(2023, 3, 15, 20, 45, tzinfo=UTC)
    assert article.extra == {"author": "Redactie Binnenland", "tags": ["verkiezingen", "waterschappen"]}
    json.dumps(article.extra)
    assert_paragraph_offsets(article)


def test_read_json_list() -> None:
    path = FIXTURES / "korte_berichten.json"
    articles, rejects = read_file(path)
    source = str(path.resolve())
    assert [(a.source_id, a.locator, a.title) for a in articles] == [
        ("501", "item 1", "Nieuwe burgemeester Zwolle"),
        ("korte_berichten-2", "item 2", "Zonder id"),
    ]
    assert articles[0].published_at == datetime(2022, 6, 1, tzinfo=UTC)
    assert articles[1].published_at is None
    assert [(r.locator, r.reason) for r in rejects] == [
        ("item 3", "missing or empty 'text' field"),
        ("item 4", "item is not a JSON object (got string)"),
        ("item 5", "duplicate id '501' (first seen at item 1)"),
    ]
    assert all(r.source_path == source and r.sha256 for r in rejects)
    assert len({a.sha256 for a in articles}) == 2


def test_read_json_without_id_uses_file_stem(tmp_path: Path) -> None:
    path = tmp_path / "los_bericht.json"
    path.write_text(json.dumps({"text": "Tekst zonder id.", "published_at": None}), encoding="utf-8")
    article = read_one(path)
    assert article.source_id == "los_bericht"
    assert article.title is None
    assert article.extra == {}


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ('{"id": 1, "text": "a" "b"}', "invalid JSON: Expecting ',' delimiter at line 1 column 23"),
        ('{"id": 1,\n "text": }', "invalid JSON: Expecting value at line 2 column 10"),
        ('{"id": 1, "title": "Alleen een kop"}', "missing or empty 'text' field"),
        ('{"id": 1, "text": "   "}', "missing or empty 'text' field"),
        ('{"id": 1, "text": ["a", "b"]}', "'text' field must be a string, got array"),
        ('{"id": [1], "text": "Tekst."}', "'id' must be a string or an integer, got array"),
        ('"alleen een string"', "JSON must be an article object or a list of them, got string"),
        ("[]", "empty JSON list: no articles"),
    ],
)
def test_bad_json_is_rejected(tmp_path: Path, content: str, reason: str) -> None:
    path = tmp_path / "fout.json"
    path.write_text(content, encoding="utf-8")
    assert read_reject(path) == Reject(str(path.resolve()), "", sha(content.encode()), reason)


# ----------------------------------------------------------------------------------- jsonl


def test_read_jsonl_good_and_bad_lines() -> None:
    path = FIXTURES / "nieuws.jsonl"
    lines = path.read_bytes().split(b"\n")
    articles, rejects = read_file(path)
    source = str(path.resolve())

    assert [(a.source_id, a.locator) for a in articles] == [
        ("1", "line 1"),
        ("nieuws-line7", "line 7"),
        ("8", "line 8"),
    ]
    assert all(a.source_format == "jsonl" and a.source_path == source for a in articles)
    assert [a.sha256 for a in articles] == [sha(lines[0]), sha(lines[6]), sha(lines[7])]
    first, no_id, haven = articles
    assert first.title == "Treinverkeer hersteld"
    assert first.published_at == datetime(2021, 11, 2, tzinfo=UTC)
    assert first.extra == {"section": "binnenland"}
    assert first.article_id == article_id(source, "1")
    assert no_id.published_at is None
    assert no_id.extra == {"published_at_raw": "gisteravond laat"}
    assert haven.published_at == datetime(2021, 11, 3, 7, 15, tzinfo=UTC)
    assert haven.text.startswith("De haven van Rotterdam")
    assert "„Dat komt door de zwakke wereldhandel”" in haven.text

    assert rejects == [
        Reject(source, "line 3", sha(lines[2]), "invalid JSON: Expecting ',' delimiter at line 1 column 58"),
        Reject(source, "line 4", sha(lines[3]), "missing or empty 'text' field"),
        Reject(source, "line 5", sha(lines[4]), "duplicate id '1' (first seen at line 1)"),
        Reject(source, "line 6", sha(lines[5]), "line is not a JSON object (got array)"),
    ]


def test_jsonl_with_bom_crlf_and_a_cp1252_line(tmp_path: Path) -> None:
    path = tmp_path / "gemengd.ndjson"
    good = json.dumps({"id": 1, "text": "Eén goede regel."}, ensure_ascii=False).encode("utf-8")
    legacy = b'{"id": 2, "text": "Caf\xe9 \x93De Zon\x94 sluit."}'
    path.write_bytes(codecs.BOM_UTF8 + good + b"\r\n" + legacy + b"\r\n\r\n")
    articles, rejects = read_file(path)
    assert rejects == []
    assert [a.text for a in articles] == ["Eén goede regel.", "Café “De Zon” sluit."]
    assert [a.sha256 for a in articles] == [sha(good), sha(legacy)]
    assert {a.source_format for a in articles} == {"jsonl"}


def test_jsonl_utf16(tmp_path: Path) -> None:
    path = tmp_path / "breed.jsonl"
    lines = [json.dumps({"id": i, "text": f"Bericht {i}: „ja”."}, ensure_ascii=False) for i in (1, 2)]
    path.write_bytes("\n".join(lines).encode("utf-16"))
    articles, rejects = read_file(path)
    assert rejects == []
    assert [(a.locator, a.text) for a in articles] == [("line 1", "Bericht 1: „ja”."), ("line 2", "Bericht 2: „ja”.")]
    assert [a.sha256 for a in articles] == [sha(line.encode("utf-8")) for line in lines]


def test_jsonl_keeps_unicode_line_separators_inside_strings(tmp_path: Path) -> None:
    path = tmp_path / "scheiding.jsonl"
    path.write_text(json.dumps({"id": 1, "text": "Een\u2028twee"}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert read_one(path).text == "Een\ntwee"


def test_jsonl_with_only_blank_lines_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "leeg.jsonl"
    path.write_bytes(b"\n  \n\n")
    assert read_reject(path).reason == "empty file (only blank lines)"


def test_jsonl_bad_date_kept_raw(tmp_path: Path) -> None:
    path = tmp_path / "datum.jsonl"
    records = [
        {"id": 1, "text": "Tekst.", "published_at": "32-13-2020"},
        {"id": 2, "text": "Tekst.", "published_at": "maart"},
        {"id": 3, "text": "Tekst.", "published_at": {"jaar": 2020}},
    ]
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    articles, rejects = read_file(path)
    assert rejects == []
    assert [a.published_at for a in articles] == [None, None, None]
    assert [a.extra["published_at_raw"] for a in articles] == ["32-13-2020", "maart", {"jaar": 2020}]


# ------------------------------------------------------------------------------------ html


def test_read_html_extracts_main_text_title_and_date() -> None:
    path = FIXTURES / "gemeente_fietsenstalling.html"
    article = read_one(path)
    assert article.source_id == "gemeente_fietsenstalling"
    assert article.source_format == "html"
    assert article.sha256 == sha(path.read_bytes())
    assert article.title == "Gemeente opent grootste fietsenstalling van de regio"
    assert article.published_at == datetime(2024, 3, 5, 13, 32, tzinfo=UTC)  # 14:32 +01:00
    paragraphs = split_paragraphs(article.text)
    assert len(paragraphs) == 5
    assert paragraphs[0].text.startswith("De gemeente heeft dinsdag bij het station")
    assert [p.text for p in paragraphs if p.is_heading] == ["Kritiek van winkeliers"]
    assert paragraphs[-1].text == (
        "De gemeente laat weten dat een tegemoetkoming wordt onderzocht. Een besluit volgt voor de zomer."
    )
    assert "„een mijlpaal voor de binnenstad”" in article.text
    boilerplate_bits = ("cookies", "Word abonnee", "Alle rechten", "Lees ook", "Parkeertarieven", "Privacy", "Home")
    for boilerplate in boilerplate_bits:
        assert boilerplate not in article.text
    assert article.extra["author"] == "Sanne de Vries"
    assert article.extra["sitename"] == "Dagblad De Polder"
    json.dumps(article.extra)
    assert_paragraph_offsets(article)


def test_html_date_only_is_midnight_utc(tmp_path: Path) -> None:
    path = tmp_path / "kort.htm"
    path.write_text(
        '<html><head><title>Markt verhuist</title><meta property="article:published_time" content="2023-09-14">'
        "</head><body><article><p>De weekmarkt verhuist vanaf oktober naar het Stationsplein, "
        "meldt de gemeente.</p></article></body></html>",
        encoding="utf-8",
    )
    article = read_one(path)
    assert article.title == "Markt verhuist"
    assert article.text == "De weekmarkt verhuist vanaf oktober naar het Stationsplein, meldt de gemeente."
    assert article.published_at == datetime(2023, 9, 14, tzinfo=UTC)
    assert article.source_format == "html"


def test_html_without_main_text_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "menu.html"
    path.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    assert read_reject(path).reason == "no main text found in HTML"


# ------------------------------------------------------------------------------- discover


def make_tree(root: Path) -> None:
    (root / "b").mkdir(parents=True)
    (root / "a").mkdir()
    (root / ".git").mkdir()
    (root / "a" / "twee.txt").write_text("Twee.", encoding="utf-8")
    (root / "a" / "een.jsonl").write_text('{"id": 1, "text": "Een."}\n', encoding="utf-8")
    (root / "b" / "drie.HTML").write_text("<html><body><p>Drie.</p></body></html>", encoding="utf-8")
    (root / "b" / "rapport.pdf").write_bytes(b"%PDF-1.4")
    (root / "b" / "LEESMIJ").write_text("geen extensie", encoding="utf-8")
    (root / "b" / "twee.txt~").write_text("backup", encoding="utf-8")
    (root / ".verborgen.txt").write_text("verborgen", encoding="utf-8")
    (root / ".git" / "config.txt").write_text("git", encoding="utf-8")


def test_discover_walks_sorted_and_skips_hidden_and_backups(tmp_path: Path) -> None:
    make_tree(tmp_path)
    files, rejects = discover([tmp_path])
    root = tmp_path.resolve()
    assert files == [root / "a" / "een.jsonl", root / "a" / "twee.txt", root / "b" / "drie.HTML"]
    expected = "(expected .txt, .json, .jsonl, .html)"
    assert rejects == [
        Reject(str(root / "b" / "LEESMIJ"), "", None, f"file has no extension {expected}"),
        Reject(str(root / "b" / "rapport.pdf"), "", None, f"unsupported file type '.pdf' {expected}"),
    ]


def test_discover_takes_named_files_and_deduplicates(tmp_path: Path) -> None:
    make_tree(tmp_path)
    root = tmp_path.resolve()
    hidden = tmp_path / ".verborgen.txt"
    files, rejects = discover([tmp_path / "a" / "twee.txt", tmp_path, hidden, tmp_path / "a" / ".." / "a" / "twee.txt"])
    assert files == [
        root / "a" / "twee.txt",
        root / "a" / "een.jsonl",
        root / "b" / "drie.HTML",
        root / ".verborgen.txt",
    ]
    assert len(rejects) == 2


def test_discover_rejects_unsupported_named_file(tmp_path: Path) -> None:
    path = tmp_path / "rapport.pdf"
    path.write_bytes(b"%PDF-1.4")
    assert discover([path]) == (
        [],
        [Reject(str(path.resolve()), "", None, "unsupported file type '.pdf' (expected .txt, .json, .jsonl, .html)")],
    )


def test_discover_missing_path_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match=r"input path does not exist: .*bestaat-niet"):
        discover([tmp_path / "bestaat-niet"])


def test_supported_extensions() -> None:
    assert {".txt", ".json", ".jsonl", ".html", ".htm"} == SUPPORTED


def test_read_sources_over_a_tree(tmp_path: Path) -> None:
    make_tree(tmp_path)
    articles, rejects = read_sources([tmp_path])
    assert [(a.source_format, a.text) for a in articles] == [("jsonl", "Een."), ("txt", "Twee."), ("html", "Drie.")]
    assert [Path(r.source_path).name for r in rejects] == ["LEESMIJ", "rapport.pdf"]
    again, _ = read_sources([tmp_path])
    assert [a.article_id for a in again] == [a.article_id for a in articles]


def test_read_sources_over_the_fixtures() -> None:
    articles, rejects = read_sources([FIXTURES])
    assert len(articles) == 8  # html 1, txt 1, json list 2, json object 1, jsonl 3
    assert len(rejects) == 7  # json list 3, jsonl 4
    assert len({a.article_id for a in articles}) == len(articles)
    for article in articles:
        assert_paragraph_offsets(article)
        assert article.published_at is None or article.published_at.tzinfo == UTC


def test_unreadable_file_is_rejected(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "geheim.txt"
    path.write_text("geheim", encoding="utf-8")

    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", refuse)  # chmod 000 does not stop root, who runs CI here
    assert read_reject(path) == Reject(str(path.resolve()), "", None, "cannot read file: Permission denied")


# ---------------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-04-11", datetime(2019, 4, 11, tzinfo=UTC)),
        ("20190411", datetime(2019, 4, 11, tzinfo=UTC)),
        ("2019-04-11T10:00:00Z", datetime(2019, 4, 11, 10, tzinfo=UTC)),
        ("2019-04-11 10:00", datetime(2019, 4, 11, 8, tzinfo=UTC)),  # CEST, naive
        ("2019-01-11T10:00:00", datetime(2019, 1, 11, 9, tzinfo=UTC)),  # CET, naive
        ("2024-03-05T14:32:00+0100", datetime(2024, 3, 5, 13, 32, tzinfo=UTC)),
        ("Tue, 05 Mar 2024 14:32:00 +0100", datetime(2024, 3, 5, 13, 32, tzinfo=UTC)),
        ("05-03-2024", datetime(2024, 3, 5, tzinfo=UTC)),  # day first, as written in Dutch
        ("5 maart 2024", datetime(2024, 3, 5, tzinfo=UTC)),
        ("dinsdag 5 maart 2024, 14:32", datetime(2024, 3, 5, 13, 32, tzinfo=UTC)),
        (1546300800, datetime(2019, 1, 1, tzinfo=UTC)),
        (1546300800000, datetime(2019, 1, 1, tzinfo=UTC)),
        ("maart 2024", None),
        ("14:32", None),
        ("gisteren", None),
        ("", None),
        (None, None),
        (True, None),
        ([2024, 3, 5], None),
    ],
)
def test_parse_published_at(value: object, expected: datetime | None) -> None:
    assert parse_published_at(value) == expected


# --------------------------------------------------------------------------- real corpus


@pytest.mark.shared
@pytest.mark.skipif(not DPG.exists(), reason="../shared is not available")
def test_dpg_corpus_loads() -> None:
    started = time.perf_counter()
    articles, rejects = read_sources([DPG])
    elapsed = time.perf_counter() - started
    n_lines = sum(1 for line in DPG.read_bytes().split(b"\n") if line.strip())
    assert len(articles) + len(rejects) == n_lines
    assert {r.reason for r in rejects} <= {"missing or empty 'text' field"}
    assert all(a.published_at is not None for a in articles)
    assert len({a.article_id for a in articles}) == len(articles)
    assert elapsed < 60
