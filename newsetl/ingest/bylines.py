"""Who wrote an article: its byline, so that a columnist's "ik" can be named.

The author comes from the record when the source gives one (a JSON ``author``, ``byline`` or ``authors``
field, or the author trafilatura reads from an HTML page), else from two title conventions of Dutch papers:
"Moeder. Column Özcan Akyol" and a name in capitals closing the title ("Op zoek naar nieuwe moraliteit.
THEODOR HOLMAN"). Nothing else is guessed: an article without either has no known author.
"""

from __future__ import annotations

import re
from typing import Any

from newsetl.ingest.records import RawArticle
from newsetl.nlp.first_names import NAME_PARTICLES, is_first_name

_AUTHOR_FIELDS = ("author", "byline", "authors")
_NAME_WORD = r"[A-ZÀ-Þ][\w'’-]+"
_PARTICLE = r"(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|'t)"
# "Column Özcan Akyol", "Column Sheila Sitalsing": the title names the column's writer
_COLUMN = re.compile(rf"\b[Cc]olumn:?\s+({_NAME_WORD}(?:\s+{_PARTICLE})*(?:\s+{_NAME_WORD}){{1,2}})\s*$")
# ". THEODOR HOLMAN", ". THOMAS ACDA": two to four words in capitals end the title
_CAPS_NAME = re.compile(r"(?:^|[.!?:]\s+)((?:[A-ZÀ-Þ][A-ZÀ-Þ'’-]+\s+){1,3}[A-ZÀ-Þ][A-ZÀ-Þ'’-]+)\s*$")


def _from_capitals(words: str) -> str:
    """ "JAN VAN DER MEER" -> "Jan van der Meer": particles inside a name are written in lower case."""
    parts = words.split()
    out = [p.lower() if p.lower() in NAME_PARTICLES and 0 < k < len(parts) - 1 else p.capitalize()
           for k, p in enumerate(parts)]
    return " ".join(out)


def author_in_title(title: str | None) -> str | None:
    """The writer a title names by the column convention or a closing name in capitals, else None."""
    if not title:
        return None
    title = title.strip()
    column = _COLUMN.search(title)
    if column:
        return column.group(1)
    caps = _CAPS_NAME.search(title)
    if caps is None or title.isupper():
        return None
    name = _from_capitals(re.sub(r"^COLUMN\s+", "", caps.group(1)))
    # a section label in capitals ("DEN HAAG", "BRIEF VAN DE DAG") is no name: a name opens with a first name
    return name if len(name.split()) >= 2 and is_first_name(name.split()[0]) else None


def _field_author(value: Any) -> str | None:
    if isinstance(value, list):
        names = [v.strip() for v in value if isinstance(v, str) and v.strip()]
        return names[0] if len(names) == 1 else None  # several writers: no single "ik"
    if isinstance(value, str) and value.strip() and ";" not in value and " en " not in value:
        return value.strip()
    return None


def author_of(article: RawArticle) -> str | None:
    """The article's one author: from the record's author fields, else from its title."""
    for key in _AUTHOR_FIELDS:
        found = _field_author(article.extra.get(key))
        if found:
            return found
    return author_in_title(article.title)
