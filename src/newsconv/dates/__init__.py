"""Find and parse the dates news pages write, in many languages and styles.

``parse_date("20 мая 2021 06:50")`` and ``find_dates(text)`` understand ISO 8601 and RFC
2822, numeric dates in the order the language uses (``20.05.2021``, ``5/20/2021``), month
names in some twenty languages with their genitive forms, CJK ``2021年5月20日 18時30分``,
the Solar Hijri calendar of Iranian pages (``۱۵ آبان ۱۴۰۲``, ``۱۴۰۲/۰۸/۱۵``),
12-hour clocks, zones (``+0300``, ``GMT+6``, ``EST``) and, given the page's own date,
relative dates ("вчера, 18:30", "2 hours ago", "منذ ساعتين"). A date-time is aware when
the text states a zone and naive otherwise; a date without a time is midnight.

The month names are data compiled into a few regexes, not a general parser: dateutil's
fuzzy parser and dateparser both guess too freely on running text and are far too slow for a
reader that must handle a thousand pages a second.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, tzinfo
from typing import TypeAlias

from dateutil.parser import isoparse

from newsconv.dates.calendars import solar_hijri_date, solar_hijri_year
from newsconv.dates.patterns import (
    MONTH_NUMBERS,
    SOLAR_HIJRI_MONTH_NAMES,
    ago_patterns,
    date_patterns_in,
    relative_day,
)
from newsconv.dates.vocabulary import (
    AM_WORDS,
    PERSIAN_DIGITS,
    PM_WORDS,
    RELATIVE_DAYS,
    SEASONAL_ZONES,
    SOLAR_HIJRI_LANGUAGES,
    UNIT_COUNTS,
    UNIT_SECONDS,
    ZONE_WORDS,
    ZONES,
)

__all__ = ["DateMatch", "counted_in_words", "find_dates", "parse_date", "with_full_offset"]

#: Languages whose numeric dates put the month first (5/20/2021).
_MONTH_FIRST = frozenset({"en", "en-us", "en-ph", "fil"})
_ISO = re.compile(
    r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?"
)
#: A zone offset of three digits after a time ("07:00-500" for -05:00, "+530" for +05:30),
#: as some content systems write it: one digit of hours, two of minutes.
_SHORT_OFFSET = re.compile(r"(:\d\d(?:\.\d+)?)([+-])(\d)(\d\d)$")
_AM = frozenset(word.replace(" ", "") for word in AM_WORDS)
_PM = frozenset(word.replace(" ", "") for word in PM_WORDS)
_SIGNS = str.maketrans({"−": "-"})
#: The zones named in words, by their words without spaces (as :func:`_zone` reads them).
_ZONE_WORDS = {words.replace(" ", ""): hours for words, hours in ZONE_WORDS.items()}
#: The Solar Hijri years a news page may print (AD 1821–2221).
_SOLAR_HIJRI_YEARS = range(1200, 1600)


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date-time found in a text: where it is, what it says, and whether it has a time."""

    start: int
    end: int
    value: datetime
    has_time: bool


def parse_date(
    text: str, *, lang: str | None = None, relative_to: datetime | None = None
) -> datetime | None:
    """The date-time a short string states, or ``None`` when it states none.

    ``lang`` (a BCP 47 tag) decides the order of numeric day and month; ``relative_to``
    (the page's date, or now) lets relative dates and dates without a year resolve.
    """
    text = with_full_offset(text.strip())
    if _ISO.fullmatch(text):
        try:
            return isoparse(text)
        except ValueError:  # a well-formed shape with an impossible value: look further
            pass
    return next((m.value for m in find_dates(text, lang=lang, relative_to=relative_to)), None)


def with_full_offset(text: str) -> str:
    """``text`` with a three-digit zone offset at its end written in four ("-500" as
    "-0500"), which ISO 8601 parsers refuse; read as written, the time lost its zone."""
    return _SHORT_OFFSET.sub(r"\1\g<2>0\3\4", text)


def find_dates(
    text: str, *, lang: str | None = None, relative_to: datetime | None = None
) -> Iterator[DateMatch]:
    """Every date-time in ``text``, in order; where matches overlap the longest wins."""
    found: list[DateMatch] = []
    for pattern in date_patterns_in(text):
        for match in pattern.finditer(text):
            value = _absolute(match, lang, relative_to)
            if value is not None:
                found.append(_date_match(match, value))
    if relative_to is not None:
        for match in relative_day().finditer(text):
            found.append(_date_match(match, _relative_day(match, relative_to)))
        for pattern in ago_patterns():
            for match in pattern.finditer(text):
                ago = _ago(match)
                if ago is not None:
                    found.append(DateMatch(match.start(), match.end(), relative_to - ago, True))
    found.sort(key=lambda m: (m.start, m.start - m.end))
    end = -1
    for candidate in found:
        if candidate.start >= end:
            end = candidate.end
            yield candidate


def counted_in_words(text: str) -> bool:
    """Whether ``text`` counts a time back with no digit ("منذ ساعتين", two hours ago): the
    one relative date a reader that looks for dates on lines with digits would pass over."""
    return any(_ago(match) for match in ago_patterns()[0].finditer(text))


def _ago(match: re.Match[str]) -> timedelta | None:
    """How long ago "N units ago" says, or ``None`` for a unit without the number it needs."""
    unit = match["unit"].lower()
    count = int(match["n"]) if match["n"] is not None else UNIT_COUNTS.get(unit)
    return None if count is None else timedelta(seconds=count * UNIT_SECONDS[unit])


def _date_match(match: re.Match[str], value: datetime) -> DateMatch:
    groups = match.groupdict()
    has_time = any(groups.get(name) is not None for name in ("H", "hh", "pH"))
    return DateMatch(match.start(), match.end(), value, has_time)


Groups: TypeAlias = dict[str, str | None]


def _number(groups: Groups, name: str) -> int:
    """The integer a group holds (any script's digits); 0 when the group took no part."""
    return int(groups.get(name) or 0)


def _absolute(
    match: re.Match[str], lang: str | None, relative_to: datetime | None
) -> datetime | None:
    groups = match.groupdict()
    day, month = _day_month(groups, lang)
    calendar = _solar_hijri_day if _in_solar_hijri(groups, lang) else _gregorian_day
    try:
        stated = calendar(groups["y"], day, month, relative_to)
        return None if stated is None else _at_time(stated, groups, None)
    except ValueError:  # 31 April, 25:00 and the like
        return None


def _in_solar_hijri(groups: Groups, lang: str | None) -> bool:
    """Whether a date is in the Solar Hijri calendar: named with one of its months, or
    numeric with a four-digit year of its era in Persian digits or on a page in
    a language that counts years so."""
    name = groups.get("mon")
    if name:
        return " ".join(name.lower().split()) in SOLAR_HIJRI_MONTH_NAMES
    year = groups.get("y") or ""
    if len(year) != 4 or int(year) not in _SOLAR_HIJRI_YEARS:
        return False
    return year[0] in PERSIAN_DIGITS or (lang or "").lower().split("-")[0] in SOLAR_HIJRI_LANGUAGES


def _gregorian_day(
    text: str | None, day: int, month: int, relative_to: datetime | None
) -> datetime | None:
    year = _year(text, day, month, relative_to)
    return None if year is None else datetime(year, month, day)


def _solar_hijri_day(
    text: str | None, day: int, month: int, relative_to: datetime | None
) -> datetime | None:
    """The Gregorian midnight of a Solar Hijri date; for a date without a year, the latest
    not after ``relative_to``."""
    if text is not None:
        year = int(text)
        if year not in _SOLAR_HIJRI_YEARS:  # "۱۵ آبان 2023" mixes two calendars
            return None
    elif relative_to is None:
        return None
    else:
        year = solar_hijri_year(relative_to.date())
        if solar_hijri_date(year, month, day) > relative_to.date() + timedelta(days=1):
            year -= 1
    return datetime.combine(solar_hijri_date(year, month, day), datetime.min.time())


def _day_month(groups: Groups, lang: str | None) -> tuple[int, int]:
    name = groups.get("mon")
    if name:
        # Case-insensitive matching also takes "ſeptember" (long s), which lower() keeps:
        # no month, and month 0 makes the caller's datetime() refuse the match.
        return _number(groups, "d"), MONTH_NUMBERS.get(" ".join(name.lower().split()), 0)
    if groups.get("a"):
        first, second = _number(groups, "a"), _number(groups, "b")
        month_first = groups["sep"] != "." and (lang or "").lower() in _MONTH_FIRST
        day, month = (second, first) if month_first else (first, second)
        return (month, day) if month > 12 >= day else (day, month)
    return _number(groups, "d"), _number(groups, "m")


def _year(text: str | None, day: int, month: int, relative_to: datetime | None) -> int | None:
    """The year as written, or for a date without one the latest not after ``relative_to``."""
    if text is not None:
        year = int(text)
        if len(text) == 2:
            year += 2000 if year < 70 else 1900
        return year if 1800 <= year <= 2200 else None
    if relative_to is None:
        return None
    year = relative_to.year
    try:
        stated = datetime(year, month, day)
    except ValueError:
        return None
    return year - 1 if stated.date() > relative_to.date() + timedelta(days=1) else year


def _at_time(day: datetime, groups: Groups, default_zone: tzinfo | None) -> datetime:
    """``day`` at the time of day and zone ``groups`` state, if any."""
    if groups.get("H") is not None:
        hour = _twelve_hour(_number(groups, "H"), groups["ap"] or groups["ap2"])
        minute, second = _number(groups, "M"), _number(groups, "S")
    elif groups.get("hh") is not None:
        hour, minute, second = _twelve_hour(_number(groups, "hh"), groups["ap3"]), 0, 0
    elif groups.get("pH") is not None:
        hour = _twelve_hour(_number(groups, "pH"), groups["pap"])
        minute, second = _number(groups, "pM"), 0
    else:
        return day.replace(tzinfo=default_zone)
    local = day.replace(hour=hour, minute=minute, second=second)
    zone = _zone(groups.get("z") or groups.get("pz") or groups.get("zw"), local)
    return local.replace(tzinfo=zone or default_zone)


def _twelve_hour(hour: int, marker: str | None) -> int:
    if marker is None:
        return hour
    word = re.sub(r"\s+", "", marker).lower()
    if word in _PM and hour < 12:
        return hour + 12
    if word in _AM and hour == 12:
        return 0
    return hour


def _zone(text: str | None, local: datetime) -> tzinfo | None:
    """The zone ``text`` names, for a clock reading ``local`` (which decides a seasonal
    zone's offset)."""
    if text is None:
        return None
    text = text.translate(_SIGNS).replace(" ", "")
    name = text.rstrip("+-0123456789:").lower()
    offset = text[len(name) :]
    if name in SEASONAL_ZONES:
        hours = SEASONAL_ZONES[name] + _us_summer_time(local)
    elif name in _ZONE_WORDS:
        hours = _ZONE_WORDS[name]
    else:
        hours = ZONES.get(name, 0.0) if name else 0.0
    if offset:
        sign = -1 if offset[0] == "-" else 1
        digits = offset[1:].replace(":", "")
        if len(digits) <= 2:
            hours += sign * int(digits)
        else:
            hours += sign * (int(digits[:-2]) + int(digits[-2:]) / 60)
    return timezone.utc if hours == 0 else timezone(timedelta(hours=hours))


def _us_summer_time(local: datetime) -> bool:
    """Whether US summer time is in force at the clock reading ``local``: from 2:00 on the
    second Sunday of March to the first Sunday of November since 2007, from the first
    Sunday of April to the last of October before."""
    year = local.year
    if year >= 2007:
        start, end = _sunday(year, 3, 2), _sunday(year, 11, 1)
    else:
        start, end = _sunday(year, 4, 1), _sunday(year, 11, 1) - timedelta(days=7)
    return start <= local.replace(tzinfo=None) < end


def _sunday(year: int, month: int, nth: int) -> datetime:
    """2:00 on the ``nth`` Sunday of ``month``."""
    first = datetime(year, month, 1)
    return first + timedelta(days=(6 - first.weekday()) % 7 + 7 * (nth - 1), hours=2)


def _relative_day(match: re.Match[str], relative_to: datetime) -> datetime:
    offset = RELATIVE_DAYS[match["rel"].lower()]
    day = datetime.combine(relative_to.date() + timedelta(days=offset), datetime.min.time())
    return _at_time(day, match.groupdict(), relative_to.tzinfo)
