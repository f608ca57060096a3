"""The project's Dutch spaCy pipeline: where it lives and how to load it.

No Dutch pipeline can be installed from the network, so the project ships its own
(`models/nl_newsetl`, rebuilt by `newsetl model train`).
"""

from __future__ import annotations

import functools
from pathlib import Path

import spacy
from spacy.language import Language

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_MODEL_DIR = REPO_ROOT / "models" / "nl_newsetl"

__all__ = [
    "DEFAULT_MODEL_DIR",
    "REPO_ROOT",
    "ModelNotFoundError",
    "load_model",
    "model_identity",
    "resolve_model",
]


class ModelNotFoundError(Exception):
    """The requested spaCy pipeline could not be loaded."""


def resolve_model(name_or_path: str | None) -> str:
    """None or "" -> the bundled default model directory; anything else is passed through."""
    if not name_or_path:
        return str(DEFAULT_MODEL_DIR)
    return str(name_or_path)


@functools.lru_cache(maxsize=4)
def load_model(name_or_path: str | None = None) -> Language:
    """Load (once per process) a spaCy pipeline by package name or path."""
    target = resolve_model(name_or_path)
    try:
        return spacy.load(target)
    except (OSError, ValueError) as exc:  # spaCy raises OSError E050 for unknown names/paths
        raise ModelNotFoundError(
            f"Cannot load spaCy pipeline {target!r}: {exc}. "
            "Run `newsetl model train`, or pass --model with an installed spaCy pipeline."
        ) from exc


def model_identity(nlp: Language) -> tuple[str, str]:
    """(name, version) of a pipeline, e.g. ("nl_newsetl", "0.1.0"), as spaCy packages name themselves."""
    meta = nlp.meta
    return f"{meta.get('lang', nlp.lang)}_{meta.get('name', 'pipeline')}", str(meta.get("version", "0.0.0"))
