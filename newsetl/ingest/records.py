"""The records ingestion produces: RawArticle, Reject, and how a JSON object becomes an article."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from newsetl.clean import clean_text
from newsetl.errors import RejectedInput
from newsetl.ingest.dates import parse_published_at

SUPPORTED = {".txt", ".json", ".jsonl", ".html", ".htm"}
FORMATS = {".txt": "txt", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".html": "html", ".htm": "html"}
EXPECTED = "expected .txt, .json, .jsonl, .html"
DEFAULT_MAX_BYTES = 50 * 2**20
_CORE_FIELDS = ("id", "title", "text", "published_at")


@dataclass(frozen=True)
class RawArticle:
    article_id: str
    source_id: str
    source_path: str
    source_format: str
    locator: str
    sha256: str
    title: str | None
    text: str
    published_at: datetime | None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Reject:
    source_path: str
    locator: str
    sha256: str | None
    reason: str


def article_id(source_path: str, source_id: str) -> str:
    """Stable id of one record: the same file path and source id always give the same id."""
    return hashlib.sha256(f"{source_path}\x1f{source_id}".encode()).hexdigest()[:16]


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def clean_title(value: Any) -> str | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None
    title = " ".join(clean_text(value).split())  # a title is one line
    return title or None


def _record_source_id(record: dict[str, Any], fallback: str) -> str:
    value = record.get("id")
    if value is None or (isinstance(value, str) and not value.strip()):
        return fallback
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise RejectedInput(f"'id' must be a string or an integer, got {json_type(value)}")
    return str(value).strip()


def article_from_record(
    record: Any, *, path: Path, fmt: str, locator: str, digest: str, fallback_id: str, what: str
) -> RawArticle:
    """One JSON object to a RawArticle; raises RejectedInput with the reason when it is unusable."""
    if not isinstance(record, dict):
        raise RejectedInput(f"{what} is not a JSON object (got {json_type(record)})")
    source_id = _record_source_id(record, fallback_id)
    raw_text = record.get("text")
    if raw_text is not None and not isinstance(raw_text, str):
        raise RejectedInput(f"'text' field must be a string, got {json_type(raw_text)}")
    text = clean_text(raw_text or "")
    if not text:
        raise RejectedInput("missing or empty 'text' field")

    extra = {k: v for k, v in record.items() if k not in _CORE_FIELDS}
    title = clean_title(record.get("title"))
    if title is None and record.get("title") not in (None, ""):
        extra["title_raw"] = record["title"]
    raw_date = record.get("published_at")
    published_at = parse_published_at(raw_date)
    if published_at is None and raw_date not in (None, ""):
        extra["published_at_raw"] = raw_date  # a bad date is worth keeping, not worth a reject

    source_path = str(path)
    return RawArticle(
        article_id=article_id(source_path, source_id),
        source_id=source_id,
        source_path=source_path,
        source_format=fmt,
        locator=locator,
        sha256=digest,
        title=title,
        text=text,
        published_at=published_at,
        extra=extra,
    )


def json_type(value: Any) -> str:
    names = {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}
    return names.get(type(value), "number")


def invalid_json(exc: json.JSONDecodeError) -> RejectedInput:
    return RejectedInput(f"invalid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}")
