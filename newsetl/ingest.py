"""Find article files and read them into RawArticle records, or Reject rows that say why not.

Nothing the user points at is silently lost: every file or record either becomes a RawArticle or a
Reject with a short, actionable reason. Only a path that does not exist at all is an error, because
that is a mistake in the command line rather than in the data.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import htmldate
import trafilatura
from dateutil import parser as dateutil_parser
from trafilatura.settings import set_date_params
from trafilatura.xml import xmltotxt

from newsetl.clean import check_not_binary, clean_text, decode
from newsetl.errors import RejectedInput

SUPPORTED = {".txt", ".json", ".jsonl", ".html", ".htm"}
_FORMATS = {".txt": "txt", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".html": "html", ".htm": "html"}
_EXPECTED = "expected .txt, .json, .jsonl, .html"
DEFAULT_MAX_BYTES = 50 * 2**20
# Naive timestamps in Dutch news feeds are local time.
LOCAL_TZ = ZoneInfo("Europe/Amsterdam")
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
    return hashlib.sha256(f"{source_path}\x1f{source_id}".encode("utf-8")).hexdigest()[:16]


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# --------------------------------------------------------------------------------------------
# Discovery


def _unsupported_reason(path: Path) -> str:
    if not path.suffix:
        return f"file has no extension ({_EXPECTED})"
    return f"unsupported file type '{path.suffix}' ({_EXPECTED})"


def _skipped_name(name: str) -> bool:
    # Hidden files (.DS_Store, .git/) and editor backups (article.txt~) are never articles.
    return name.startswith(".") or name.endswith("~")


def _walk(root: Path, rejects: list[Reject]) -> list[Path]:
    def unreadable(exc: OSError) -> None:
        where = str(Path(exc.filename or root).resolve())
        rejects.append(Reject(where, "", None, f"cannot read directory: {exc.strerror}"))

    found: list[Path] = []
    # Symlinked directories are not followed: they can loop, and their target is usually also given.
    for dirpath, dirnames, filenames in os.walk(root, onerror=unreadable):
        dirnames[:] = sorted(d for d in dirnames if not _skipped_name(d))
        found.extend(Path(dirpath, name) for name in filenames if not _skipped_name(name))
    return sorted(found)


def discover(paths: Sequence[str | Path]) -> tuple[list[Path], list[Reject]]:
    """Resolve the given files and directories to a sorted-per-argument, duplicate-free file list.

    Files named directly are always considered (an unsupported one becomes a Reject); directories
    are walked recursively, skipping hidden entries and ``~`` backups.
    """
    files: list[Path] = []
    rejects: list[Reject] = []
    seen: set[Path] = set()
    for given in paths:
        path = Path(given).expanduser()
        if not path.exists():
            raise FileNotFoundError(f"input path does not exist: {given}")
        candidates = _walk(path, rejects) if path.is_dir() else [path]
        for candidate in candidates:
            resolved = candidate.resolve()
            if resolved in seen:
                continue
            seen.add(resolved)
            if not resolved.is_file():
                rejects.append(Reject(str(resolved), "", None, "not a regular file"))
            elif resolved.suffix.lower() in _FORMATS:
                files.append(resolved)
            else:
                rejects.append(Reject(str(resolved), "", None, _unsupported_reason(resolved)))
    return files, rejects


# --------------------------------------------------------------------------------------------
# Dates


class _DutchParserInfo(dateutil_parser.parserinfo):
    """dateutil's English names plus Dutch month and weekday names ("5 maart 2024")."""

    MONTHS = [
        ("Jan", "January", "januari"),
        ("Feb", "February", "februari"),
        ("Mar", "March", "maart", "mrt"),
        ("Apr", "April", "april"),
        ("May", "mei"),
        ("Jun", "June", "juni"),
        ("Jul", "July", "juli"),
        ("Aug", "August", "augustus"),
        ("Sep", "Sept", "September", "september"),
        ("Oct", "October", "oktober", "okt"),
        ("Nov", "November", "november"),
        ("Dec", "December", "december"),
    ]
    WEEKDAYS = [
        ("Mon", "Monday", "maandag", "ma"),
        ("Tue", "Tuesday", "dinsdag", "di"),
        ("Wed", "Wednesday", "woensdag", "wo"),
        ("Thu", "Thursday", "donderdag", "do"),
        ("Fri", "Friday", "vrijdag", "vr"),
        ("Sat", "Saturday", "zaterdag", "za"),
        ("Sun", "Sunday", "zondag", "zo"),
    ]


_PARSER_INFO = _DutchParserInfo(dayfirst=True)  # Dutch writes 05-03-2024 for 5 March
_FOUR_DIGIT_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
# dateutil fills missing fields from a default; parsing with two different defaults shows which
# fields the string really had (no silent "today" for a string without a day or year).
_DEFAULT_A = datetime(2000, 1, 1, 0, 0)
_DEFAULT_B = datetime(2001, 2, 2, 1, 1)


def _as_utc(value: datetime) -> datetime:
    if value.tzinfo is None:
        value = value.replace(tzinfo=LOCAL_TZ)
    return value.astimezone(timezone.utc)


def _midnight_utc(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=timezone.utc)


def parse_published_at(value: Any) -> datetime | None:
    """A timezone-aware UTC datetime from a feed value, or None when it cannot be read.

    Date-only values mean midnight UTC; naive date-times are Europe/Amsterdam local time; numbers
    are Unix timestamps (seconds, or milliseconds when too large for seconds).
    """
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        seconds = value / 1000 if abs(value) > 1e11 else value
        try:
            return datetime.fromtimestamp(seconds, tz=timezone.utc)
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        if len(text) <= 10 and "T" not in text and ":" not in text:
            return _midnight_utc(date.fromisoformat(text))
        return _as_utc(datetime.fromisoformat(text))
    except ValueError:
        pass
    try:  # RFC 2822, as in RSS: "Tue, 05 Mar 2024 14:32:00 +0100"
        return _as_utc(parsedate_to_datetime(text))
    except (TypeError, ValueError, IndexError):
        pass
    if not _FOUR_DIGIT_YEAR.search(text):
        return None
    try:
        a = dateutil_parser.parse(text, parserinfo=_PARSER_INFO, default=_DEFAULT_A)
        b = dateutil_parser.parse(text, parserinfo=_PARSER_INFO, default=_DEFAULT_B)
    except (ValueError, OverflowError):
        return None
    if a.date() != b.date():
        return None  # day, month or year missing
    if a.hour != b.hour:
        return _midnight_utc(a.date())  # no time of day given
    return _as_utc(a)


# --------------------------------------------------------------------------------------------
# Records


def _clean_title(value: Any) -> str | None:
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
        raise RejectedInput(f"'id' must be a string or an integer, got {_json_type(value)}")
    return str(value).strip()


def _article_from_record(
    record: Any, *, path: Path, fmt: str, locator: str, digest: str, fallback_id: str, what: str
) -> RawArticle:
    """One JSON object to a RawArticle; raises RejectedInput with the reason when it is unusable."""
    if not isinstance(record, dict):
        raise RejectedInput(f"{what} is not a JSON object (got {_json_type(record)})")
    source_id = _record_source_id(record, fallback_id)
    raw_text = record.get("text")
    if raw_text is not None and not isinstance(raw_text, str):
        raise RejectedInput(f"'text' field must be a string, got {_json_type(raw_text)}")
    text = clean_text(raw_text or "")
    if not text:
        raise RejectedInput("missing or empty 'text' field")

    extra = {k: v for k, v in record.items() if k not in _CORE_FIELDS}
    title = _clean_title(record.get("title"))
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


def _json_type(value: Any) -> str:
    names = {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}
    return names.get(type(value), "number")


def _invalid_json(exc: json.JSONDecodeError) -> RejectedInput:
    return RejectedInput(f"invalid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}")


# --------------------------------------------------------------------------------------------
# Readers, one per format: each yields RawArticle or Reject for the records of one file.


def _read_txt(path: Path, raw: bytes) -> Iterator[RawArticle | Reject]:
    digest = _sha256(raw)
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
    digest = _sha256(raw)
    try:
        decoded = decode(raw)
        if not decoded.strip():
            raise RejectedInput("empty file (only whitespace)")
        try:
            data = json.loads(decoded)
        except json.JSONDecodeError as exc:
            raise _invalid_json(exc) from None
        if isinstance(data, list) and not data:
            raise RejectedInput("empty JSON list: no articles")
        if not isinstance(data, (dict, list)):
            raise RejectedInput(f"JSON must be an article object or a list of them, got {_json_type(data)}")
    except RejectedInput as exc:
        yield Reject(str(path), "", digest, str(exc))
        return

    if isinstance(data, dict):
        try:
            yield _article_from_record(
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
        item_digest = _sha256(json.dumps(item, sort_keys=True, ensure_ascii=False).encode("utf-8"))
        try:
            article = _article_from_record(
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
        if article.source_id in first_seen:
            reason = f"duplicate id '{article.source_id}' (first seen at {first_seen[article.source_id]})"
            yield Reject(str(path), locator, item_digest, reason)
            continue
        first_seen[article.source_id] = locator
        yield article


def _read_jsonl(path: Path, raw: bytes) -> Iterator[RawArticle | Reject]:
    try:
        if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE)):
            # UTF-16/32 with BOM: decode the whole file; line hashes are then of their UTF-8 form.
            raw = decode(raw).encode("utf-8")
        else:
            check_not_binary(raw)
    except RejectedInput as exc:
        yield Reject(str(path), "", _sha256(raw), str(exc))
        return
    raw = raw.removeprefix(codecs.BOM_UTF8)

    first_seen: dict[str, int] = {}
    n_records = 0
    # Split on b"\n" only: U+2028 and friends are legal inside JSON strings.
    for n, line in enumerate(raw.split(b"\n"), start=1):
        line = line.removesuffix(b"\r")
        if not line.strip():
            continue
        n_records += 1
        locator = f"line {n}"
        digest = _sha256(line)
        try:
            # Lines are decoded one by one so that one badly encoded line cannot garble the rest.
            try:
                text = line.decode("utf-8")
            except UnicodeDecodeError:
                text = decode(line)
            try:
                record = json.loads(text)
            except json.JSONDecodeError as exc:
                raise _invalid_json(exc) from None
            article = _article_from_record(
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
        if article.source_id in first_seen:
            reason = f"duplicate id '{article.source_id}' (first seen at line {first_seen[article.source_id]})"
            yield Reject(str(path), locator, digest, reason)
            continue
        first_seen[article.source_id] = n
        yield article
    if n_records == 0:
        yield Reject(str(path), "", _sha256(raw), "empty file (only blank lines)")



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
    digest = _sha256(raw)
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

    title = _clean_title(document.title)
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
    fmt = _FORMATS.get(path.suffix.lower())
    if fmt is None:
        return [], [Reject(source_path, "", None, _unsupported_reason(path))]
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
        return [], [Reject(source_path, "", _sha256(raw), "empty file")]

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
