"""Rules from the misses quality35 and quality37 left on trafilatura's cached news pages
read as HTML (quality39, the twenty-third session): a lead picture box's text that
repeats the picture's ``alt`` is its caption, not the article's opening; a paragraph of
only an icon and a link to another story is a related story's link; the credit of a
picture with no file goes with it."""

from __future__ import annotations

import pytest
from tests.readers.html.pages import ARTICLE, SENTENCE, read

from newsconv.tree import dump, plain_text

CAPTION = "The island of Redonda, once thought doomed by goats and rats."


def _lead_box(text: str) -> str:
    """A headline, then a lead picture box that names no caption, then the body."""
    return (
        "<div class='head'><h1>Library funded</h1></div>"
        f"<div class='img-large'><a><img src='/isle.jpg' alt='{CAPTION} '></a>"
        f"<div class='img-cont'><div class='img-cont-copy'>{text}</div></div></div>"
        f"<div class='article-body'>{ARTICLE}</div>"
    )


def test_a_lead_boxs_text_repeating_its_pictures_alt_does_not_open_the_article() -> None:
    text = plain_text(read(_lead_box(CAPTION), wrap=False))
    assert "Redonda" not in text
    assert SENTENCE in text


def test_a_lead_boxs_other_prose_still_opens_the_article() -> None:
    standfirst = "The rocky island, stripped of its flora by goats, makes a quick comeback."
    text = plain_text(read(_lead_box(standfirst), wrap=False))
    assert text.index(standfirst) < text.index(SENTENCE)


RELATED = "Museum director and his wife die in a helicopter accident"


def _body(paragraph: str) -> str:
    return f"{ARTICLE}{paragraph}{ARTICLE}"


def test_a_paragraph_of_an_icon_and_a_link_to_another_story_goes() -> None:
    related = (
        f"<p><span class='icon'><svg><path d='M1 1'/></svg></span><a href='/b'>{RELATED}</a></p>"
    )
    text = plain_text(read(_body(related)))
    assert "helicopter" not in text
    assert SENTENCE in text


@pytest.mark.parametrize(
    "paragraph",
    [
        f"<p><a href='/b'>{RELATED}</a></p>",  # no icon
        f"<p><span class='icon'></span>Read: <a href='/b'>{RELATED}</a></p>",  # words beside
        f"<p><span class='icon'></span><a href='#notes'>{RELATED}</a></p>",  # within the page
    ],
)
def test_a_link_without_an_icon_or_with_words_beside_it_stays(paragraph: str) -> None:
    assert "helicopter" in plain_text(read(_body(paragraph)))


def _picture_box(img: str, caption: str) -> str:
    box = f"<div class='image'><a href='/x'>{img}</a><div class='caption'>{caption}</div></div>"
    return ARTICLE + box + ARTICLE


def test_the_credit_of_a_picture_with_no_file_goes_with_it() -> None:
    text = plain_text(read(_picture_box("<img alt=''>", "© Photo: REUTERS / ANN LEE")))
    assert "REUTERS" not in text
    assert SENTENCE in text


def test_the_caption_of_a_picture_with_no_file_stays() -> None:
    caption = "The mayor opens the library on Tuesday. © Photo: REUTERS / ANN LEE"
    assert "The mayor opens" in plain_text(read(_picture_box("<img alt=''>", caption)))


def test_the_credit_of_a_shown_picture_stays_its_credit() -> None:
    doc = read(_picture_box("<img src='/l.jpg' alt=''>", "© Photo: REUTERS / ANN LEE"))
    assert "REUTERS" in dump(doc)
