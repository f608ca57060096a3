"""Readers, one per format: each yields RawArticle or Reject for the records of one file."""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import htmldate
import trafilatura
from trafilatura.settings import set_date_params
from trafilatura.xml import xmltotxt

from newsetl.clean import check_not_binary, clean_text, decode
from newsetl.errors import RejectedInput
from newsetl.ingest.dates import parse_published_at
from newsetl.ingest.discover import discover, unsupported_reason
from newsetl.ingest.records import (
    DEFAULT_MAX_BYTES,
    FORMATS,
    RawArticle,
    Reject,
    article_from_record,
    article_id,
    clean_title,
    invalid_json,
    json_type,
    sha256_hex,
)


def _read_txt(path: Path, raw: bytes) -> Iterator[RawArticle | Reject]:
    digest = sha256_hex(raw)
    try:
        text = clean_text(decode(raw))
    except RejectedInput as exc:
        yield Reject(str(path), "", digest, str(exc))
        return
    if not text:
        yield Reject(str(path), "", digest, "empty file (only whitespace)")
        return
    yield RawArticle(
        article_id=article_id(str(path), path.stem),
        source_id=path.stem,
        source_path=str(path),
        source_format="txt",
        locator="",
        sha256=digest,
        title=None,
        text=text,
        published_at=None,
        extra={},
    )


def _read_json(path: Path, raw: bytes) -> Iterator[RawArticle | Reject]:
    digest = sha256_hex(raw)
    try:
        decoded = decode(raw)
        if not decoded.strip():
            raise RejectedInput("empty file (only whitespace)")
        try:
            data = json.loads(decoded)
        except json.JSONDecodeError as exc:
            raise invalid_json(exc) from None
        if isinstance(data, list) and not data:
            raise RejectedInput("empty JSON list: no articles")
        if not isinstance(data, (dict, list)):
            raise RejectedInput(f"JSON must be an article object or a list of them, got {json_type(data)}")
    except RejectedInput as exc:
        yield Reject(str(path), "", digest, str(exc))
        return

    if isinstance(data, dict):
        try:
            yield article_from_record(
                data, path=path, fmt="json", locator="", digest=digest, fallback_id=path.stem, what="file"
            )
        except RejectedInput as exc:
            yield Reject(str(path), "", digest, str(exc))
        return

    first_seen: dict[str, str] = {}
    for i, item in enumerate(data, start=1):
        locator = f"item {i}"
        # A list item has no bytes of its own: hash its canonical JSON so that editing one item
        # changes only that item's hash.
        item_digest = sha256_hex(json.dumps(item, sort_keys=True, ensure_ascii=False).encode("utf-8"))
        try:
            article = article_from_record(
                item,
                path=path,
                fmt="json",
                locator=locator,
                digest=item_digest,
                fallback_id=f"{path.stem}-{i}",
                what="item",
            )
        except RejectedInput as exc:
            yield Reject(str(path), locator, item_digest, str(exc))
            continue
        yield _unless_duplicate(article, first_seen)


def _read_jsonl(path: Path, raw: bytes) -> Iterator[RawArticle | Reject]:
    try:
        if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE)):
            # UTF-16/32 with BOM: decode the whole file; line hashes are then of their UTF-8 form.
            raw = decode(raw).encode("utf-8")
        else:
            check_not_binary(raw)
    except RejectedInput as exc:
        yield Reject(str(path), "", sha256_hex(raw), str(exc))
        return
    raw = raw.removeprefix(codecs.BOM_UTF8)

    first_seen: dict[str, str] = {}
    n_records = 0
    # Split on b"\n" only: U+2028 and friends are legal inside JSON strings.
    for n, line in enumerate(raw.split(b"\n"), start=1):
        line = line.removesuffix(b"\r")
        if not line.strip():
            continue
        n_records += 1
        locator = f"line {n}"
        digest = sha256_hex(line)
        try:
            # Lines are decoded one by one so that one badly encoded line cannot garble the rest.
            try:
                text = line.decode("utf-8")
            except UnicodeDecodeError:
                text = decode(line)
            try:
                record = json.loads(text)
            except json.JSONDecodeError as exc:
                raise invalid_json(exc) from None
            article = article_from_record(
                record,
                path=path,
                fmt="jsonl",
                locator=locator,
                digest=digest,
                fallback_id=f"{path.stem}-line{n}",
                what="line",
            )
        except RejectedInput as exc:
            yield Reject(str(path), locator, digest, str(exc))
            continue
        yield _unless_duplicate(article, first_seen)
    if n_records == 0:
        yield Reject(str(path), "", sha256_hex(raw), "empty file (only blank lines)")


def _unless_duplicate(article: RawArticle, first_seen: dict[str, str]) -> RawArticle | Reject:
    """The article, or a Reject when its id already came earlier in the same file."""
    if article.source_id in first_seen:
        reason = f"duplicate id '{article.source_id}' (first seen at {first_seen[article.source_id]})"
        return Reject(article.source_path, article.locator, article.sha256, reason)
    first_seen[article.source_id] = article.locator
    return article


def _html_date_params() -> dict[str, Any]:
    # Built per call: trafilatura's defaults carry today's date as the latest plausible date, which
    # would go stale in a long-running worker. The output format asks for the time of day too.
    return {**set_date_params(), "outputformat": "%Y-%m-%dT%H:%M:%S%z"}


# htmldate pads a date without time to midnight *without* a zone; that is a date-only value.
_PADDED_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})T00:00:00$")
_HTML_EXTRA_FIELDS = ("author", "sitename", "url", "hostname", "description", "categories", "tags")


def _html_date(value: str | None) -> datetime | None:
    if not value:
        return None
    padded = _PADDED_DATE.match(value)
    return parse_published_at(padded.group(1) if padded else value)


def _read_html(path: Path, raw: bytes) -> Iterator[RawArticle | Reject]:
    digest = sha256_hex(raw)
    try:
        html = decode(raw)
    except RejectedInput as exc:
        yield Reject(str(path), "", digest, str(exc))
        return
    document = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, date_extraction_params=_html_date_params()
    )
    if document is None or document.body is None:
        yield Reject(str(path), "", digest, "no main text found in HTML")
        return

    title = clean_title(document.title)
    # Each top-level element of trafilatura's main-content tree is one paragraph; xmltotxt renders
    # it the way trafilatura's own text output does (list items on their own lines, <br> kept).
    blocks = [clean_text(xmltotxt(element, False)) for element in document.body]
    blocks = [b for b in blocks if b]
    if blocks and title and document.body[0].tag == "head" and blocks[0] == title:
        blocks = blocks[1:]  # the <h1> repeats the title, which has its own column
    text = clean_text("\n\n".join(blocks))
    if not text:
        yield Reject(str(path), "", digest, "no main text found in HTML")
        return

    published_at = _html_date(document.date)
    if published_at is None:
        published_at = _html_date(htmldate.find_date(html, **_html_date_params()))
    extra = {name: getattr(document, name) for name in _HTML_EXTRA_FIELDS if getattr(document, name, None)}
    yield RawArticle(
        article_id=article_id(str(path), path.stem),
        source_id=path.stem,
        source_path=str(path),
        source_format="html",
        locator="",
        sha256=digest,
        title=title,
        text=text,
        published_at=published_at,
        extra=extra,
    )


_READERS = {"txt": _read_txt, "json": _read_json, "jsonl": _read_jsonl, "html": _read_html}


def _size_limit(max_bytes: int) -> str:
    return f"{max_bytes // 2**20} MiB" if max_bytes % 2**20 == 0 else f"{max_bytes} bytes"


def read_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[list[RawArticle], list[Reject]]:
    """Read one file by its extension into articles and rejects (never raises for bad content)."""
    path = Path(path).resolve()
    source_path = str(path)
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        return [], [Reject(source_path, "", None, unsupported_reason(path))]
    try:
        if path.stat().st_size > max_bytes:
            return [], [Reject(source_path, "", None, f"file larger than {_size_limit(max_bytes)}")]
        with path.open("rb") as handle:
            raw = handle.read(max_bytes + 1)  # the file may have grown since stat()
    except OSError as exc:
        return [], [Reject(source_path, "", None, f"cannot read file: {exc.strerror or exc}")]
    if len(raw) > max_bytes:
        return [], [Reject(source_path, "", None, f"file larger than {_size_limit(max_bytes)}")]
    if not raw:
        return [], [Reject(source_path, "", sha256_hex(raw), "empty file")]

    articles: list[RawArticle] = []
    rejects: list[Reject] = []
    for item in _READERS[fmt](path, raw):
        (articles if isinstance(item, RawArticle) else rejects).append(item)
    return articles, rejects


def read_sources(
    paths: Sequence[str | Path], max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[list[RawArticle], list[Reject]]:
    """Discover and read every file under ``paths``: all articles, and all rejects (discovery first)."""
    files, rejects = discover(paths)
    articles: list[RawArticle] = []
    for path in files:
        file_articles, file_rejects = read_file(path, max_bytes)
        articles.extend(file_articles)
        rejects.extend(file_rejects)
    return articles, rejects
