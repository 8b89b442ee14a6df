"""When the page was saved anchors the dates a text copy writes relative to it."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from tests.samples import RELATIVE_DATE_PAGE as PAGE

import newsconv
from newsconv.errors import OptionError

MSK = timezone(timedelta(hours=3))


def read(**options: object) -> newsconv.Document:
    return newsconv.read(PAGE.encode(), format="text", options=options)


def test_yesterday_counts_from_when_the_page_was_saved() -> None:
    doc = read(captured=datetime(2021, 5, 20, 9, 0, tzinfo=MSK))
    assert doc.metadata.title == "Мост закроют для машин на два года"
    assert doc.metadata.published == datetime(2021, 5, 19, 18, 30, tzinfo=MSK)
    assert "вчера" not in newsconv.write(doc, to="txt").decode()


def test_without_an_anchor_a_relative_date_is_not_guessed() -> None:
    assert read().metadata.published is None


def test_the_anchor_comes_from_the_command_line_as_iso_8601() -> None:
    published = read(captured="2021-05-20T09:00:00+03:00").metadata.published
    assert published == datetime(2021, 5, 19, 18, 30, tzinfo=MSK)
    with pytest.raises(OptionError, match="captured"):
        read(captured="the day before")
