"""A teaser for another story inside the article, its blurb signed after its last stop."""

from __future__ import annotations

from tests.readers.text.pages import STORY, read_page

from newsconv.tree import plain_text

KICKER = "After the crash"
HEADLINE = "This man puts the railway under pressure"
BLURB = (
    "Tom Roe lost his mother in the crash at the old bridge a year ago. The railway must "
    "finally bring its safety systems up to date, he says. By Jane Doe and John Roe"
)


def test_a_teaser_set_inside_the_article_goes_with_its_headline() -> None:
    head = ["Home", "News", "Old bridge to close for two years", "By Jane Doe", "3 March 2021"]
    teaser = [KICKER, HEADLINE, BLURB]
    found = plain_text(read_page([*head, STORY[0], *teaser, *STORY[1:], "About us"]))
    assert all(paragraph in found for paragraph in STORY)
    assert "Tom Roe" not in found and HEADLINE not in found and KICKER not in found


def test_a_blurb_closing_on_a_quote_is_signed_after_it() -> None:
    quoted = (
        "Tom Roe lost his mother in the crash at the old bridge a year ago. “The railway "
        "must finally bring its safety systems up to date,” he says. „Es ist Zeit.“ Von Jane Doe"
    )
    head = ["Home", "News", "Old bridge to close for two years", "By Jane Doe", "3 March 2021"]
    page = [*head, STORY[0], KICKER, HEADLINE, quoted, *STORY[1:], "About us"]
    assert "Tom Roe" not in plain_text(read_page(page))


def test_a_paragraph_that_quotes_a_byline_mid_sentence_stays() -> None:
    # only a byline after the last stop signs a blurb; the article's words may hold "by"
    said = (
        "The report was written by the county's engineers after a survey of all three "
        "arches, and it was published by the council on Monday. It runs to forty pages"
    )
    head = ["Home", "News", "Old bridge to close for two years", "3 March 2021"]
    found = plain_text(read_page([*head, STORY[0], said, *STORY[1:], "About us"]))
    assert said in found
