"""Rules from newspaper3k's test pages, first set (the nineteenth session): a grid of
teaser cards that is all links goes however many commas its blurbs hold; a box named for
related or popular stories is furniture though its name also holds an article's word;
Parse.ly's ``authors`` list names the authors; a byline inside a card's link signs another
story; a paragraph framing a picture and its caption is a figure; a second ``<h1>`` that
repeats the title goes; a share button's icon is no picture, and a lazy box's
``<noscript>`` picture is."""

from __future__ import annotations

from tests.readers.html.pages import ARTICLE, SENTENCE, ld, page, read

from newsconv.model import Figure, Paragraph, Person
from newsconv.readers.html.metadata import read_metadata
from newsconv.tree import images, inline_text, plain_text

BLURB = (
    "Recently spending a week in the mountains, I stuck to some of my favorite gear, "
    "places, trails, huts, cafés, shops and inns, but also, for once, tried new things, "
    "which, as it turned out, were worth it"
)


def _card(n: int, byline: str = "by Josh Rubin") -> str:
    return (
        f"<a href='/travel/story-{n}'><div class='read feature'>"
        f"<div class='title'>A week in the mountains, part {n}</div>"
        f"<div class='author'>{byline}</div><div class='description'>{BLURB}</div></div></a>"
    )


def test_a_grid_of_teaser_cards_goes_whatever_its_commas() -> None:
    grid = "".join(_card(n) for n in range(4))
    cards = f"<div class='features related' id='more_content'>{grid}</div>"
    body = f"<div class='text'>{ARTICLE}{cards}</div>"
    text = plain_text(read(body))
    assert SENTENCE in text
    assert "A week in the mountains" not in text


def test_a_related_articles_box_is_furniture() -> None:
    items = "".join(
        f"<li><a href='/news/{n}'>MI5 fears a new attack on the power grid, part {n}</a></li>"
        for n in range(6)
    )
    box = f"<section class='related-articles'><header>More on this</header><ul>{items}</ul>"
    box += "</section>"
    text = plain_text(read(f"{ARTICLE}{box}"))
    assert "More on this" not in text
    assert "MI5" not in text


def test_a_story_body_that_is_also_named_related_stays() -> None:
    text = plain_text(read(f"<div class='story-body related'>{ARTICLE}</div>"))
    assert SENTENCE in text


def test_parsely_authors_list_names_the_authors() -> None:
    page_json = '{"title": "x", "authors": ["April P. Bernard"]}'
    head = f"<meta name='parsely-page' content='{page_json}'>"
    meta = read_metadata(page(head), url=None)
    assert meta.authors == (Person("April P. Bernard"),)


def test_a_byline_inside_a_card_link_signs_another_story() -> None:
    body = f"<div class='text'>{ARTICLE}</div>{_card(1)}"
    meta = read_metadata(page("<title>Library funded</title>", body), url=None)
    assert meta.authors == ()


def test_a_paragraph_framing_a_picture_and_its_caption_is_a_figure() -> None:
    photo = (
        "<section class='photo'><p><img src='/nurse.jpg' alt=''>"
        "<meta itemprop='image' content='/nurse.jpg'>"
        "<span class='caption'>ISOLATION: Roads were shut as she arrived</span></p></section>"
    )
    doc = read(f"{ARTICLE}{photo}{ARTICLE}")
    figures = [block for block in doc.blocks if isinstance(block, Figure)]
    assert [inline_text(figure.caption) for figure in figures] == [
        "ISOLATION: Roads were shut as she arrived"
    ]


def test_a_second_headline_repeating_the_title_goes() -> None:
    body = (
        "<h1 id='page-title'>Library funded</h1>"
        f"<article><header><h1 class='node-title'>Library funded</h1></header>{ARTICLE}</article>"
    )
    doc = read(body, wrap=False)
    assert doc.metadata.title == "Library funded"
    assert "Library funded" not in plain_text(doc)


def test_a_share_buttons_icon_is_no_picture_and_a_lazy_boxs_noscript_picture_is() -> None:
    photo = (
        "<div class='image-wrapper'><span class='image lazy-image'><div class='pad'>"
        "<span data-src='/books.png'></span><noscript><img alt='' src='/books.png'></noscript>"
        "</div></span><div class='image-controls'><a class='custom-pinterest-button' "
        "href='http://pinterest.com/pin/create/button/?url=x'>"
        "<img alt='Pin it' src='/pin_it.png'></a>"
        "</div></div>"
    )
    shown = list(images(read(f"{photo}{ARTICLE}")))
    assert any(src.endswith("/books.png") for src in shown)
    assert not any("pin_it" in src for src in shown)


def test_a_portrait_beside_a_byline_in_a_paragraph_is_no_figure() -> None:
    portrait = "<p><img class='autorenbild' src='/authors/patt.jpg'> <i>Von Jennifer Patt</i></p>"
    doc = read(f"{portrait}{ARTICLE}")
    assert not any(isinstance(block, Figure) for block in doc.blocks)


def test_json_ld_keywords_are_unescaped_as_its_texts_are() -> None:
    head = ld({"@type": "NewsArticle", "headline": "x", "keywords": ["Parenting &amp; Adoption"]})
    meta = read_metadata(page(head), url=None)
    assert meta.tags == ("Parenting & Adoption",)


def test_a_picture_box_opening_a_paragraph_is_a_figure_before_it() -> None:
    opening = (
        "<p><strong><span class='image-container'><span class='image'>"
        "<img src='/su-24.jpg' alt='Russian Su-24'><span class='source'>REUTERS</span>"
        "<span class='caption'>A Sukhoi Su-24 drops flares</span></span></span>"
        "The UK may review its air defenses.</strong></p>"
    )
    figure, first = read(f"{opening}{ARTICLE}").blocks[:2]
    assert isinstance(figure, Figure)
    assert inline_text(figure.caption) == "A Sukhoi Su-24 drops flares"
    assert inline_text(figure.credit) == "REUTERS"
    assert isinstance(first, Paragraph)
    assert inline_text(first.children) == "The UK may review its air defenses."
