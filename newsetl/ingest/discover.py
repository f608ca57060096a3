"""Find the article files under the paths a user gives; unusable ones become Rejects."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from newsetl.ingest.records import EXPECTED, FORMATS, Reject


def unsupported_reason(path: Path) -> str:
    if not path.suffix:
        return f"file has no extension ({EXPECTED})"
    return f"unsupported file type '{path.suffix}' ({EXPECTED})"


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
            elif resolved.suffix.lower() in FORMATS:
                files.append(resolved)
            else:
                rejects.append(Reject(str(resolved), "", None, unsupported_reason(resolved)))
    return files, rejects
