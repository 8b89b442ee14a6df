"""The Solar Hijri calendar Iranian and Afghan pages date their news in ("۱۵ آبان ۱۴۰۲").

Its year starts at the March equinox, so which Gregorian day opens a year, and which years
are leap years, follow the sky rather than a fixed cycle. The breaks below are the years
where the 33-year cycles of the arithmetic approximation change phase: with them the
conversion matches the astronomical calendar Iran uses (the method of Kazimierz Borkowski,
as the jalaali libraries implement it), without tables of equinox times.
"""

from __future__ import annotations

from datetime import date, timedelta

#: Solar Hijri years where the leap-year pattern shifts (Borkowski's jalaali breaks).
_BREAKS = (-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192)
#: The Gregorian year a Solar Hijri year starts in is this many years later.
_EPOCH_GAP = 621


def _div(a: int, b: int) -> int:
    """Division truncated toward zero, as the published method counts."""
    return int(a / b)


def _mod(a: int, b: int) -> int:
    return a - _div(a, b) * b


def _year_start(year: int) -> tuple[date, bool]:
    """The Gregorian day of 1 Farvardin ``year``, and whether ``year`` is a leap year.

    Raises ``ValueError`` outside the years the breaks cover (before AP −60 or after 2191).
    """
    if not _BREAKS[0] < year < _BREAKS[-1]:
        raise ValueError(f"Solar Hijri year {year} out of range")
    leaps, previous, jump = -14, _BREAKS[0], 0
    for brk in _BREAKS[1:]:
        jump = brk - previous
        if year < brk:
            break
        leaps += _div(jump, 33) * 8 + _div(_mod(jump, 33), 4)
        previous = brk
    n = year - previous
    leaps += _div(n, 33) * 8 + _div(_mod(n, 33) + 3, 4)
    if _mod(jump, 33) == 4 and jump - n == 4:
        leaps += 1
    gregorian = year + _EPOCH_GAP
    gregorian_leaps = _div(gregorian, 4) - _div((_div(gregorian, 100) + 1) * 3, 4) - 150
    if jump - n < 6:
        n = n - jump + _div(jump + 4, 33) * 33
    leap = _mod(_mod(n + 1, 33) - 1, 4) == 0
    return date(gregorian, 3, 20 + leaps - gregorian_leaps), leap


def solar_hijri_date(year: int, month: int, day: int) -> date:
    """The Gregorian day of Solar Hijri ``day`` ``month`` ``year``.

    Months 1–6 have 31 days, 7–11 have 30, Esfand (12) 29 or 30 in a leap year; an
    impossible day raises ``ValueError``, as ``datetime`` does.
    """
    start, leap = _year_start(year)
    length = 31 if month <= 6 else 30 if month <= 11 or leap else 29
    if not (1 <= month <= 12 and 1 <= day <= length):
        raise ValueError(f"no day {day}/{month}/{year} in the Solar Hijri calendar")
    before = (month - 1) * 31 if month <= 7 else 186 + (month - 7) * 30
    return start + timedelta(days=before + day - 1)


def solar_hijri_year(day: date) -> int:
    """The Solar Hijri year ``day`` falls in."""
    year = day.year - _EPOCH_GAP
    return year if day >= _year_start(year)[0] else year - 1
