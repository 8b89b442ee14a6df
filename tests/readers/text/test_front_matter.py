"""A text dump that opens with YAML front matter (trafilatura's text output with its
metadata, a Hugo or pandoc source saved as .txt): the metadata is read from it, the
text after it as a page copied as text."""

from __future__ import annotations

from datetime import datetime

import pytest
from tests.readers.text.pages import STORY, texts
from tests.readers.text.pages import read_text as read

from newsconv.model import Person


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
