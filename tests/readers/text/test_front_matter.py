"""A text dump that states its metadata at its head, as YAML front matter (trafilatura's
text output, a Hugo or pandoc source saved as .txt) or labelled lines (Jina Reader): the
metadata is read from it, the text after it as a page copied as text."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from tests.readers.text.pages import STORY, texts
from tests.readers.text.pages import read_text as read

from newsconv.model import Person
from newsconv.readers.text.stated import stated_head


def test_the_front_matter_states_the_metadata_and_the_text_gives_the_body() -> None:
    page = (
        "---\ntitle: Bridge closes to cars\nauthor: Ann Lee; Bo Chen\nsitename: Daily News\n"
        'date: "2021-05-20"\nfingerprint: ad82cb5db0bea6e6\n---\n'
        "Bridge closes to cars\n" + "\n".join(STORY) + "\n"
    )
    doc = read(page)
    meta = doc.metadata
    assert meta.title == "Bridge closes to cars"
    assert meta.authors == (Person("Ann Lee"), Person("Bo Chen"))
    assert meta.site_name == "Daily News"
    assert meta.published == datetime(2021, 5, 20)
    assert meta.lang == "en"
    assert ("fingerprint", "ad82cb5db0bea6e6") in meta.extra
    assert texts(doc) == STORY


def test_what_the_front_matter_leaves_out_is_still_found_in_the_text() -> None:
    page = "---\ntitle: Bridge closes to cars\n---\n20 May 2021\n\n" + "\n\n".join(STORY)
    doc = read(page)
    assert doc.metadata.title == "Bridge closes to cars"
    assert doc.metadata.published == datetime(2021, 5, 20)
    assert texts(doc) == STORY


@pytest.mark.parametrize(
    "opening",
    [
        "---\nNote: the council meets again in June.\n---\n",  # a rule, a line, a rule
        "---\n[not yaml\n---\n",
        "---\nJust a line between rules\n---\n",
    ],
)
def test_dashes_round_lines_that_name_no_metadata_are_text(opening: str) -> None:
    doc = read(opening + "\n\n".join(STORY))
    assert doc.metadata.title is None or "---" not in doc.metadata.title
    assert texts(doc)[-len(STORY) :] == STORY


def test_a_reader_services_labelled_lines_state_the_metadata() -> None:
    """Jina Reader's head: the ``<title>`` (which gives way to the headline it decorates),
    the address, the time with its zone, then the content."""
    page = (
        "Title: Bridge closes to cars - Daily News\n\nURL Source: https://news.example/bridge\n\n"
        "Published Time: 2021-05-20T06:50:00+02:00\n\nMarkdown Content:\n"
        "Bridge closes to cars\n=====================\n\n" + "\n\n".join(STORY) + "\n"
    )
    meta = read(page).metadata
    assert meta.title == "Bridge closes to cars"
    assert meta.url == "https://news.example/bridge"
    assert meta.published == datetime(2021, 5, 20, 6, 50, tzinfo=timezone(timedelta(hours=2)))
    assert texts(read(page)) == STORY


def test_labelled_dates_are_read_as_pages_print_them() -> None:
    page = "Title: Bridge closes to cars\nDate: May 20, 2021, 6:50 a.m.\n\n" + "\n\n".join(STORY)
    assert read(page).metadata.published == datetime(2021, 5, 20, 6, 50)


@pytest.mark.parametrize(
    "opening",
    [
        "Title: Bridge closes to cars\n\n",  # one label is a line of the page
        "From: Ann Lee\nSubject: Bridge\nDate: 2021-05-20\n\n",  # a mail's head names neither
        "Date: 2021-05-20\nAuthor: Ann Lee\n\n",  # no title, no address
    ],
)
def test_too_few_labels_leave_the_text_to_the_reader(opening: str) -> None:
    assert stated_head(opening + "\n\n".join(STORY)) is None


def test_a_web_archives_banner_names_the_page_and_when_it_was_saved() -> None:
    archive = "https://web.archive.org/web/20210520065000/https://news.example/bridge"
    page = f"\n The Wayback Machine - {archive}\n118 captures\n\n" + "\n\n".join(STORY)
    doc = read(page)
    assert doc.metadata.url == "https://news.example/bridge"
    assert ("archived_at", archive) in doc.metadata.extra
    assert ("captured", "2021-05-20T06:50:00+00:00") in doc.metadata.extra
    assert texts(doc) == STORY
    plain = read("https://news.example/bridge\n\n" + "\n\n".join(STORY))
    assert plain.metadata.url is None  # an address that is no archive's states nothing
