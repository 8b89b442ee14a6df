"""The article's summary, a list of sentences over its byline, as lynx and w3m print it."""

from __future__ import annotations

import pytest
from tests.readers.text.pages import STORY, paragraphs, read_page

from newsconv.tree import plain_text

POINTS = [
    "Rivals of the railway fear that the new timetable planned by the ministry will put "
    "them at a great disadvantage.",
    "Passengers would not only gain from the plan either, and the climate targets could be "
    "met better with more competition.",
]
BIO = (
    "Jane Doe joined the Daily Paper in 2001. She studied economics in Cologne, covered "
    "energy and the environment from the capital, and has written about the railways and "
    "the roads since 2016, when she moved to the parliament team."
)


@pytest.mark.parametrize("bullet", ["* ", "• "])
def test_a_list_of_sentences_over_the_byline_opens_the_body(bullet: str) -> None:
    head = ["Home", "Business", "3 March 2021", "Coach company attacks the railway"]
    summary = [*(f"{bullet}{point}" for point in POINTS), bullet.strip()]
    byline = ["By Jane Doe, Berlin", "Jane Doe", BIO, "* Follow on Twitter", "* Send an e-mail"]
    story = [*STORY, *paragraphs(4, "timetable")]
    found = plain_text(read_page([*head, *summary, *byline, *story, "About us"]))
    assert all(point in found for point in POINTS)
    assert found.index(POINTS[1]) < found.index(STORY[0])


def test_a_list_of_links_over_the_byline_stays_out() -> None:
    head = ["Home", "Business", "3 March 2021", "Coach company attacks the railway"]
    links = ["* Timetable", "* Coaches", "* Railway"]
    byline = ["By Jane Doe, Berlin", "Jane Doe", BIO]
    found = plain_text(read_page([*head, *links, *byline, *STORY, *paragraphs(4, "rail")]))
    assert "Coaches" not in found
