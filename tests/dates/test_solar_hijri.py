"""Dates in the Solar Hijri calendar, which Iranian and Afghan news pages print."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from newsconv.dates import parse_date
from newsconv.dates.calendars import solar_hijri_date, solar_hijri_year

PAGE = datetime(2023, 11, 6, 12, 0)


@pytest.mark.parametrize(
    ("solar", "gregorian"),
    [
        ((1384, 6, 15), date(2005, 9, 6)),
        ((1357, 11, 22), date(1979, 2, 11)),
        ((1402, 1, 1), date(2023, 3, 21)),
        ((1402, 8, 25), date(2023, 11, 16)),
        ((1402, 12, 22), date(2024, 3, 12)),
        ((1403, 1, 1), date(2024, 3, 20)),  # after a leap year the year starts a day early
        ((1403, 12, 30), date(2025, 3, 20)),  # the 30th of Esfand, in a leap year only
        ((1404, 8, 10), date(2025, 11, 1)),
    ],
)
def test_a_solar_hijri_day_is_its_gregorian_day(
    solar: tuple[int, int, int], gregorian: date
) -> None:
    assert solar_hijri_date(*solar) == gregorian
    assert solar_hijri_year(gregorian) == solar[0]


def test_the_solar_hijri_years_follow_each_other_without_gap() -> None:
    for year in range(1250, 1550):
        start, following = solar_hijri_date(year, 1, 1), solar_hijri_date(year + 1, 1, 1)
        last = solar_hijri_date(year, 12, 30 if (following - start).days == 366 else 29)
        assert last + timedelta(days=1) == following
        assert solar_hijri_year(start - timedelta(days=1)) == year - 1


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("۱۵ آبان ۱۴۰۲", None, datetime(2023, 11, 6)),  # IRNA, Hamshahri
        ("چهارشنبه ۱۵ آبان ۱۴۰۲ - ۱۲:۳۰", None, datetime(2023, 11, 6, 12, 30)),
        ("۱۵ آبان ۱۴۰۲ ساعت ۱۲:۳۰", None, datetime(2023, 11, 6, 12, 30)),
        ("۱۴۰۲/۰۸/۱۵ - ۱۲:۳۰", None, datetime(2023, 11, 6, 12, 30)),  # Tasnim, Mehr
        ("۱۴۰۲-۰۸-۱۵ ۱۲:۳۰", None, datetime(2023, 11, 6, 12, 30)),
        ("1402/08/15", "fa-IR", datetime(2023, 11, 6)),  # ASCII digits on a Persian page
        ("۲۵ شهريور ۱۴۰۲", None, datetime(2023, 9, 16)),  # typed with the Arabic yeh
        ("۶ نوامبر ۲۰۲۳", None, datetime(2023, 11, 6)),  # Gregorian months stay Gregorian
    ],
)
def test_solar_hijri_dates_are_read(text: str, lang: str | None, want: datetime) -> None:
    assert parse_date(text, lang=lang) == want


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("1402/08/15", None),  # ASCII digits and no language: no calendar says so
        ("١٤٤٥/٠٤/٢٢", "ar"),  # Arabic-Indic digits: a lunar Hijri year
        ("۳۰ اسفند ۱۴۰۲", None),  # 1402 is no leap year
    ],
)
def test_dates_not_in_the_solar_hijri_calendar_are_not_converted(
    text: str, lang: str | None
) -> None:
    assert parse_date(text, lang=lang) is None


def test_a_solar_hijri_date_without_a_year_is_the_latest_before_the_page() -> None:
    assert parse_date("۱۵ آبان", relative_to=PAGE) == datetime(2023, 11, 6)
    assert parse_date("۲۰ اسفند", relative_to=PAGE) == datetime(2023, 3, 11)
    assert parse_date("۱۵ آبان") is None
