"""One settings object, read from environment variables prefixed ``NEWSETL_``.

Every setting is declared once in ``SETTINGS`` (name, default, help); ``newsetl settings`` prints
that table, and the README is generated from the same source of truth.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from newsetl.errors import ConfigError

PREFIX = "NEWSETL_"


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("warehouse", "data/warehouse", "Warehouse directory: Parquet tables and warehouse.duckdb live here."),
    Setting("inbox", "data/inbox", "Directory the nightly flow reads new and changed articles from."),
    Setting("model", "", "spaCy pipeline name or path; empty means the bundled model (models/nl_newsetl)."),
    Setting("batch_size", 64, "Articles per batch: the unit of work mapped over Prefect tasks and committed at once."),
    Setting("workers", 1, "Parser processes; 1 parses in the flow's own process."),
    Setting("indirect_quotes", False, "Also extract indirect (reported) speech without quote marks: 'X zegt dat ...'."),
    Setting("max_file_mb", 50, "Files larger than this many MiB are rejected instead of read."),
)


@dataclass(frozen=True)
class Settings:
    warehouse: Path
    inbox: Path
    model: str
    batch_size: int
    workers: int
    indirect_quotes: bool
    max_file_mb: int

    def with_overrides(self, **overrides: Any) -> Settings:
        """Return a copy with the non-None overrides applied (CLI flags and flow parameters)."""
        given = {k: v for k, v in overrides.items() if v is not None}
        return _validate(replace(self, **{k: _coerce(k, v) for k, v in given.items()}))


def _coerce(name: str, value: Any) -> Any:
    kind = {f.name: f.type for f in fields(Settings)}[name]
    try:
        if kind == "Path":
            return Path(value).expanduser()
        if kind == "int":
            return int(value)
        if kind == "bool":
            if isinstance(value, bool):
                return value
            text = str(value).strip().lower()
            if text in {"1", "true", "yes", "on"}:
                return True
            if text in {"0", "false", "no", "off", ""}:
                return False
            raise ValueError(value)
        return str(value)
    except ValueError:
        raise ConfigError(f"{PREFIX}{name.upper()}={value!r} is not a valid {kind}") from None


def _validate(settings: Settings) -> Settings:
    if settings.batch_size < 1:
        raise ConfigError(f"{PREFIX}BATCH_SIZE must be at least 1, got {settings.batch_size}")
    if settings.workers < 1:
        raise ConfigError(f"{PREFIX}WORKERS must be at least 1, got {settings.workers}")
    return settings


def load_settings(environ: dict[str, str] | None = None, **overrides: Any) -> Settings:
    """Settings from defaults, then ``NEWSETL_*`` environment variables, then explicit overrides."""
    env = os.environ if environ is None else environ
    values = {s.name: _coerce(s.name, env.get(PREFIX + s.name.upper(), s.default)) for s in SETTINGS}
    return _validate(Settings(**values)).with_overrides(**overrides)
