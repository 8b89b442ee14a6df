"""Month names written in words, in the languages whose tables came last."""

from __future__ import annotations

from datetime import datetime

import pytest

from newsconv.dates import parse_date


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("18 հունվարի 2018 - 15:01 AMT", "hy", datetime(2018, 1, 18, 15, 1)),
        ("5 Μαΐου 2019, 10:00", "el", datetime(2019, 5, 5, 10, 0)),
        ("3 Μάιος 2020", "el", datetime(2020, 5, 3)),
        ("18 ოქტომბერს 2018", "ka", datetime(2018, 10, 18)),
        ("2018. január 18. 15:01", "hu", datetime(2018, 1, 18, 15, 1)),
        ("18 tháng 12, 2018", "vi", datetime(2018, 12, 18)),
        ("۱۸ ژانویه ۲۰۱۸", "fa", datetime(2018, 1, 18)),
        ("18 בינואר 2018", "he", datetime(2018, 1, 18)),
        ("18 ΙΑΝΟΥΑΡΙΟΥ 2018", "el", datetime(2018, 1, 18)),  # capitals drop the accent
        # languages listed before, kept by these cases
        ("12 Eylül 2019 14:05", "tr", datetime(2019, 9, 12, 14, 5)),
        ("18 січня 2018", "uk", datetime(2018, 1, 18)),
        ("18 stycznia 2018", "pl", datetime(2018, 1, 18)),
        ("18. ledna 2018", "cs", datetime(2018, 1, 18)),
        ("18 ianuarie 2018", "ro", datetime(2018, 1, 18)),
        ("18 Januari 2018", "id", datetime(2018, 1, 18)),
    ],
)
def test_a_month_written_in_words_is_read(text: str, lang: str, expected: datetime) -> None:
    assert parse_date(text, lang=lang) == expected


def test_a_one_digit_vietnamese_month_is_not_the_start_of_a_two_digit_one() -> None:
    assert parse_date("1 tháng 1, 2020", lang="vi") == datetime(2020, 1, 1)
    assert parse_date("1 tháng 11, 2020", lang="vi") == datetime(2020, 11, 1)
