"""Pictures whose box holds more than a picture and one caption (the twenty-second
session's round on postlight/parser's fixtures): a box printing its caption and credit
twice, the page's copy and its lightbox's, and a credit set in a row of its own under the
picture's wrapper."""

from __future__ import annotations

import pytest
from tests.readers.html.pages import ARTICLE, SENTENCE, read

from newsconv.model import Document, Figure, Paragraph
from newsconv.tree import inline_text, plain_text


def _figures(html: str) -> list[Figure]:
    return _figures_of(read(html))


def _figures_of(doc: Document) -> list[Figure]:
    return [block for block in doc.blocks if isinstance(block, Figure)]


#: A box printing its caption and credit twice (the page's copy and its lightbox's), the
#: credit also inside the caption's words.
_PRINTED_TWICE = (
    "<div class='bucket'><div class='credit-caption'><div class='caption'><p>The suspect"
    " is escorted from the police station. <b class='credit'>Jane Roe/AP</b></p></div>"
    "<span class='credit'>Jane Roe/AP</span></div><div class='measure'><div><img"
    " src='https://example.com/roof.jpg' alt=''></div></div><div class='lightbox'><p"
    " class='caption'>The suspect is escorted from the police station.</p><span"
    " class='credit'>Jane Roe/AP</span></div></div>"
)
#: An aside of a picture, its caption and its credit, nested in wrappers of one.
_ASIDE = (
    "<div class='asset'><div class='wrap'><section class='bucket'><aside class='single-photo'>"
    "<div class='image-wrap'><img src='https://example.com/form.jpg' alt='A form'><span"
    " class='toggle'></span><meta itemprop='name' content='A form'></div><p"
    " class='image-credit-wrap'><span class='js-caption-wrapper'><span class='cutline'>The"
    " screening form the patient filled out.</span><meta itemprop='copyrightHolder'"
    " content=''><span class='credit'>(Photo: Jane Roe, AP)</span></span></p></aside>"
    "</section></div></div>"
)


@pytest.mark.parametrize(
    ("box", "caption", "credit"),
    [
        (_PRINTED_TWICE, "The suspect is escorted from the police station.", "Jane Roe/AP"),
        (_ASIDE, "The screening form the patient filled out.", "(Photo: Jane Roe, AP)"),
    ],
)
def test_a_box_of_a_picture_and_only_its_captions_is_one_figure(
    box: str, caption: str, credit: str
) -> None:
    doc = read(f"{ARTICLE}{box}{ARTICLE}")
    [figure] = _figures_of(doc)
    assert inline_text(figure.caption).strip() == caption
    assert inline_text(figure.credit) == credit
    assert plain_text(doc).count(caption) == 1


def test_a_box_with_words_no_caption_holds_is_no_figure() -> None:
    box = (
        "<div class='bucket'><div><img src='https://example.com/roof.jpg' alt=''></div>"
        "<p class='caption'>The suspect is escorted from the police station.</p>"
        f"<p>{SENTENCE}</p><p>The trial opens in January, the court said.</p></div>"
    )
    doc = read(f"{ARTICLE}{box}")
    assert "The trial opens in January" in plain_text(doc)


def test_a_credit_in_a_row_under_the_picture_is_its_credit() -> None:
    lead = (
        "<div class='media-wrapper'><div class='media'><img src='https://example.com/film.png'"
        " width='1600' height='900'></div></div><div class='row'><div class='columns credit'>"
        " Warner Bros. </div></div>"
    )
    doc = read(f"{lead}{ARTICLE}")
    [figure] = _figures_of(doc)
    assert inline_text(figure.credit) == "Warner Bros."
    assert not any(
        isinstance(b, Paragraph) and inline_text(b.children).strip() == "Warner Bros."
        for b in doc.blocks
    )


def test_an_author_line_under_the_picture_is_no_credit() -> None:
    lead = (
        "<div class='media'><img src='https://example.com/film.png' width='1600'"
        " height='900'></div><div class='row'><div class='author-credit'>Jane Roe</div></div>"
    )
    [figure] = _figures(f"{lead}{ARTICLE}")
    assert not figure.credit
