"""Who wrote an article: its byline, so that a columnist's "ik" can be named.

The author comes from the record when the source gives one (a JSON ``author``, ``byline`` or ``authors``
field, or the author trafilatura reads from an HTML page), else from two title conventions of Dutch papers:
"Moeder. Column Özcan Akyol" (or "Nederlaag. Özcan Akyol Column") and a name in capitals closing the title ("Op
zoek naar nieuwe moraliteit. THEODOR HOLMAN"). Nothing else is guessed: an article without either has no known
author.
"""

from __future__ import annotations

import re
from typing import Any

from newsetl.ingest.records import RawArticle
from newsetl.nlp.first_names import NAME_PARTICLES, is_first_name

_AUTHOR_FIELDS = ("author", "byline", "authors")
# "Column Özcan Akyol", "Column: Sheila Sitalsing": the title names the column's writer after the word
_COLUMN_THEN_NAME = re.compile(r"\b[Cc]olumn:?\s+([^.|]+?)\s*$")
# "Boycot. Nynke de Jong Column", "Tragedie. Marcel Potters | Column", "Syriëgangers. özcan akyol Column": before it
_NAME_THEN_COLUMN = re.compile(r"(?:^|[.!?:]\s+)([^.|]+?)\s*\|?\s*[Cc]olumn\s*$")
# ". THEODOR HOLMAN", ". THOMAS ACDA": two to four words in capitals end the title
_CAPS_NAME = re.compile(r"(?:^|[.!?:]\s+)((?:[A-ZÀ-Þ][A-ZÀ-Þ'’-]+\s+){1,3}[A-ZÀ-Þ][A-ZÀ-Þ'’-]+)\s*$")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _as_name(words: str, capitalised_ok: bool = True) -> str | None:
    """ "özcan akyol" -> "Özcan Akyol", "JAN VAN DER MEER" -> "Jan van der Meer": two to four words that open with
    a known first name (or, with `capitalised_ok`, are all capitalised but for particles: "Nynke de Jong"), written
    as a name; None for anything else ("in Kerkrade en Sittard", "beste lezer")."""
    parts = words.split()
    if not 2 <= len(parts) <= 4 or not all(_WORD.fullmatch(p) for p in parts):
        return None
    capitalised = all(p[:1].isupper() or (0 < k < len(parts) - 1 and p.lower() in NAME_PARTICLES)
                      for k, p in enumerate(parts)) and not any(p.isupper() for p in parts)
    if not (is_first_name(parts[0]) or (capitalised_ok and capitalised)):
        return None
    if parts[-1].lower() in NAME_PARTICLES:
        return None
    out = []
    for k, p in enumerate(parts):
        if 0 < k < len(parts) - 1 and p.lower() in NAME_PARTICLES:
            out.append(p.lower())
        elif p.isupper() or p.islower():
            out.append(p[:1].upper() + p[1:].lower())
        else:
            out.append(p)  # "McDonald", "Van Nistelrooij" as written
    return " ".join(out)


def author_in_title(title: str | None) -> str | None:
    """The writer a title names by the column conventions ("… Column Name", "… Name Column") or a closing name in
    capitals, else None."""
    if not title:
        return None
    title = title.strip()
    for pattern in (_COLUMN_THEN_NAME, _NAME_THEN_COLUMN):
        found = pattern.search(title)
        name = _as_name(found.group(1)) if found else None
        if name:
            return name
    caps = _CAPS_NAME.search(title)
    if caps is None or title.isupper():
        return None
    # a section label in capitals ("DEN HAAG", "BRIEF VAN DE DAG") is no name: a name opens with a first name
    return _as_name(re.sub(r"^COLUMN\s+", "", caps.group(1)), capitalised_ok=False)


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
