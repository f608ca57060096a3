"""Find article files and read them into RawArticle records, or Reject rows that say why not.

Nothing the user points at is silently lost: every file or record either becomes a RawArticle or a
Reject with a short, actionable reason. Only a path that does not exist at all is an error, because
that is a mistake in the command line rather than in the data.
"""

from newsetl.ingest.dates import parse_published_at
from newsetl.ingest.discover import discover
from newsetl.ingest.readers import read_file, read_sources
from newsetl.ingest.records import (
    DEFAULT_MAX_BYTES,
    SUPPORTED,
    RawArticle,
    Reject,
    article_id,
)

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUPPORTED",
    "RawArticle",
    "Reject",
    "article_id",
    "discover",
    "parse_published_at",
    "read_file",
    "read_sources",
]
