"""Rules from trafilatura's cached news pages (the twenty-third session, quality35), each
on a small page written here; each test's name says its rule."""

from __future__ import annotations

from tests.readers.html.pages import ARTICLE

from newsconv.model import Document, Figure
from newsconv.options import ReadOptions
from newsconv.readers.html import HtmlReader
from newsconv.tree import inline_text, plain_text


def _read(body: str, head: str = "<title>Library funded</title>") -> Document:
    html = f"<!doctype html><html><head>{head}</head><body>{body}</body></html>"
    return HtmlReader().read(html.encode(), options=ReadOptions(), source="p.html", report=print)


def test_a_teaser_card_s_subtitle_inside_its_link_is_no_standfirst() -> None:
    card = (
        "<aside><p>Most read</p><a href='/shows/morning/episode-12' class='teaser-link'>"
        "<div class='teaser-title'>The council's plans</div>"
        "<div class='teaser-link-text-subtitle'>The Morning Show with Ann Lee and guests</div>"
        "</a></aside>"
    )
    doc = _read(f"<article><h1>Library funded</h1>{ARTICLE}</article>{card}")
    assert doc.metadata.subtitle is None


def _lead(figure: str, og_image: str) -> tuple[str, str, str]:
    """The lead image's file, caption and credit when the page announces ``og_image`` and
    shows ``figure`` under its headline."""
    head = f"<title>Library funded</title><meta property='og:image' content='{og_image}'>"
    doc = _read(f"<article><h1>Library funded</h1>{figure}{ARTICLE}</article>", head)
    lead = doc.metadata.image
    assert lead is not None
    return lead.image.src, inline_text(lead.caption), inline_text(lead.credit)


def test_an_image_service_s_renditions_of_one_picture_are_one_lead_image() -> None:
    shown = "https://img.example.com/image/lib.1.3919259/640x360?v=2"
    figure = (
        f"<figure><img src='{shown}' alt='The new library'>"
        "<figcaption>The new library.</figcaption></figure>"
    )
    src, caption, _ = _lead(figure, "https://img.example.com/image/lib.1.3919259/1200x675?v=1")
    assert (src, caption) == (shown, "The new library.")


def test_a_size_named_file_in_a_dated_folder_is_not_another_size_of_it() -> None:
    figure = (
        "<figure><img src='https://example.com/2019/640x360.jpg'>"
        "<figcaption>A map.</figcaption></figure>"
    )
    src, caption, _ = _lead(figure, "https://example.com/2019/1200x675.jpg")
    assert (src, caption) == ("https://example.com/2019/1200x675.jpg", "")


def test_the_lead_picture_s_caption_is_found_under_any_lazy_loader_s_attribute() -> None:
    figure = (
        "<figure><img src='data:image/gif;base64,R0lGODlhAQABAAAAACw=' "
        "data-dejavu-src='https://example.com/img/library-838.jpg'>"
        "<figcaption>The reading room</figcaption></figure>"
    )
    _, caption, _ = _lead(figure, "https://example.com/img/library-838.jpg")
    assert caption == "The reading room"


def test_a_separator_between_the_lead_caption_and_its_credit_goes() -> None:
    figure = (
        "<figure><img src='https://example.com/img/library.jpg'><figcaption>"
        "<span>The reading room</span><span class='bullet'>&bull;</span>"
        "<span class='copyright'>Getty</span></figcaption></figure>"
    )
    _, caption, credit = _lead(figure, "https://example.com/img/library.jpg")
    assert (caption, credit) == ("The reading room", "Getty")


def test_a_time_line_under_a_deck_set_in_a_paragraph_goes() -> None:
    deck = (
        "<p>The first new library in the district for forty years opens its doors in spring,"
        " with a reading room for two hundred people and a café on its roof.</p>"
    )
    when = "<p class='date'><time datetime='1787631836352'>24 de agosto, 2026 - 23h23</time></p>"
    doc = _read(f"<article><h1>Library funded</h1>{deck}{when}{ARTICLE}</article>")
    text = plain_text(doc)
    assert "23h23" not in text
    assert "forty years opens its doors" in text


def test_a_picture_whose_only_image_is_its_noscript_copy_shows_that_copy() -> None:
    figure = (
        "<div class='photo'><picture><noscript><img src='https://example.com/img/reading-room.jpg'"
        " width='885' height='590' alt='The reading room'></noscript></picture>"
        "<div class='photo__copy'>The reading room, which seats two hundred people.</div></div>"
    )
    doc = _read(f"<article><h1>Library funded</h1>{ARTICLE}{figure}{ARTICLE}</article>")
    figures = [block for block in doc.blocks if isinstance(block, Figure)]
    assert [f.image.src for f in figures] == ["https://example.com/img/reading-room.jpg"]


def test_a_date_set_at_the_end_of_the_standfirst_stays_out_of_it_and_of_the_body() -> None:
    deck = (
        "<div class='story-deck'><h2>The first new library in the district for forty years"
        " opens in the spring.<span class='story-date'>Monday, 6 January 2020</span></h2></div>"
    )
    doc = _read(f"<article><h1>Library funded</h1>{deck}{ARTICLE}</article>")
    subtitle = "The first new library in the district for forty years opens in the spring."
    assert doc.metadata.subtitle == subtitle
    assert "opens in the spring" not in plain_text(doc)


def test_a_toolbar_of_icons_with_one_labelled_button_goes() -> None:
    toolbar = (
        "<ul class='actions'><li title='Mail'></li><li title='Print'></li><li title='Share'></li>"
        "<li><a href='#feedback'>Feedback</a></li></ul>"
    )
    doc = _read(f"<article><h1>Library funded</h1>{toolbar}{ARTICLE}</article>")
    assert "Feedback" not in plain_text(doc)


def test_a_list_of_the_story_s_with_short_items_stays() -> None:
    listing = "<ul><li>Reading room</li><li>Café</li><li>Roof garden</li></ul>"
    doc = _read(f"<article><h1>Library funded</h1>{ARTICLE}{listing}{ARTICLE}</article>")
    assert "Roof garden" in plain_text(doc)
