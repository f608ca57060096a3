"""Publication dates as timezone-aware UTC datetimes, from the many ways feeds write them."""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any
from zoneinfo import ZoneInfo

from dateutil import parser as dateutil_parser

# Naive timestamps in Dutch news feeds are local time.
LOCAL_TZ = ZoneInfo("Europe/Amsterdam")


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
