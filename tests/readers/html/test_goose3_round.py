"""Rules from goose3's test pages (the twentieth session), each on a small page written
here; each test's name says its rule."""

from __future__ import annotations

import pytest
from tests.readers.html.pages import ARTICLE, SENTENCE

from newsconv.model import Document, Figure
from newsconv.options import ReadOptions
from newsconv.readers.html import HtmlReader
from newsconv.tree import images, inline_text, plain_text


def _read(body: str, head: str = "<title>Library funded</title>") -> Document:
    html = f"<!doctype html><html><head>{head}</head><body>{body}</body></html>"
    return HtmlReader().read(html.encode(), options=ReadOptions(), source="p.html", report=print)


_PITCH = "Join our readers who get the council's news delivered to their inbox every week."


@pytest.mark.parametrize(
    "box",
    [
        # a share box over the headline, its pitch named a subtitle
        f"<div class='flyout'><p class='flyout-subtitle'>{_PITCH}</p></div><h1>Library funded</h1>",
        # a newsletter form after the story, its pitch named a subtitle
        f"<h1>Library funded</h1><form><div id='form5-subtitle'>{_PITCH}</div></form>",
        # a footer's teaser, its linked headline named a subtitle
        f"<h1>Library funded</h1><div class='footer_subtitle'><a href='/x'>{_PITCH}</a></div>",
    ],
)
def test_a_standfirst_stands_under_the_headline_in_words_of_its_own(box: str) -> None:
    doc = _read(f"<article>{box}{ARTICLE}</article>")
    assert doc.metadata.subtitle is None


def test_the_standfirst_under_the_headline_is_the_subtitle() -> None:
    deck = "<p class='subtitle'>The first new library in the district for forty years.</p>"
    doc = _read(f"<article><h1>Library funded</h1>{deck}{ARTICLE}</article>")
    assert doc.metadata.subtitle == "The first new library in the district for forty years."


def test_a_deck_heading_the_subtitle_repeats_leaves_the_body() -> None:
    deck = "The first new library in the district for forty years opens in the spring"
    byline = "<p class='author'>By <a href='/bios/jane-doe-1.html'>Jane Doe</a></p>"
    doc = _read(f"<article><h1>Library funded</h1><h2>{deck}</h2>{byline}{ARTICLE}</article>")
    assert doc.metadata.subtitle == deck
    assert deck not in plain_text(doc)


def test_a_row_of_one_word_buttons_goes_at_any_length() -> None:
    words = ["Inspiring", "Greedy", "Typical", "Scary", "Outrageous", "Amazing", "Innovative"]
    panel = "".join(f"<a href='#' title='{word}'>{word}<br></a>" for word in words)
    doc = _read(
        f"<article><h1>Library funded</h1><div class='panel'>{panel}</div>{ARTICLE}</article>"
    )
    assert "Outrageous" not in plain_text(doc)


def test_a_flyout_panel_is_furniture() -> None:
    flyout = (
        "<div class='util-bar-flyout ugc-flyout'><p>Sign in now to share your story.</p>"
        "<h2>Verifying your credentials...</h2><p>Please wait.</p></div>"
    )
    doc = _read(f"<article>{flyout}<h1>Library funded</h1>{ARTICLE}</article>")
    assert "credentials" not in plain_text(doc)
    assert "Sign in now" not in plain_text(doc)


def test_an_addthis_box_is_a_share_bar() -> None:
    box = (
        "<div class='addthis_toolbox addthis_default_style'><strong>Share this</strong>"
        "<a class='addthis_button_facebook_like'></a><a class='addthis_button_tweet'></a></div>"
    )
    doc = _read(f"<article><h1>Library funded</h1>{box}{ARTICLE}</article>")
    assert "Share this" not in plain_text(doc)


def test_a_line_break_parts_the_time_from_the_day() -> None:
    header = "<header><small class='post-time'>1:26 pm ET<br/>Jun 3, 2014</small>"
    doc = _read(f"<article>{header}<h1>Library funded</h1></header>{ARTICLE}</article>")
    assert doc.metadata.published is not None
    assert doc.metadata.published.isoformat() == "2014-06-03T13:26:00-04:00"


@pytest.mark.parametrize(
    ("address", "day"),
    [
        ("https://example.com/2011/08/24/library-funded/", "2011-08-24"),
        ("https://example.com/news/2015/3/8", "2015-03-08"),
        ("https://example.com/2011/02/31/library-funded/", None),  # no such day
        ("https://example.com/story/2011/library-funded/", None),  # a year alone
    ],
)
def test_a_page_stating_no_date_is_dated_by_its_address(address: str, day: str | None) -> None:
    head = f"<title>Library funded</title><link rel='canonical' href='{address}'>"
    doc = _read(f"<article><h1>Library funded</h1>{ARTICLE}</article>", head)
    published = doc.metadata.published
    assert (published.date().isoformat() if published else None) == day


def test_a_permalink_after_the_story_opens_another_post() -> None:
    quote = "I am not really nervous anymore, I have done this about a million times now."
    teaser = (
        "<div id='more'><h2>The Latest on Our Blog</h2><div class='post'>"
        "<a rel='bookmark' href='/2011/08/24/quote-of-the-day/'><img src='/l.jpg'></a>"
        f"<blockquote><p>{quote}</p></blockquote><p>A pitcher, after another win.</p></div></div>"
    )
    story = "<a rel='bookmark' href='/2011/08/24/library-funded/'>Library funded</a>"
    doc = _read(f"<div><h1>{story}</h1>{ARTICLE}{teaser}</div>")
    text = plain_text(doc)
    assert "6. The council met" in text
    assert "nervous" not in text
    assert "The Latest" not in text


def test_a_portrait_linked_to_the_writers_biography_goes() -> None:
    portrait = "<p><a href='/bios/jane-doe-3025.html'><img src='/headshots/jane_doe.jpg'></a></p>"
    byline = "<p class='author'>By <a href='/bios/jane-doe-3025.html'>Jane Doe</a></p>"
    doc = _read(f"<article><h1>Library funded</h1>{byline}{portrait}{ARTICLE}</article>")
    assert "jane_doe.jpg" not in " ".join(images(doc))


def test_links_to_share_addresses_are_share_buttons() -> None:
    row = (
        "<ul class='essb_links'><li><a href='http://www.facebook.com/sharer/sharer.php?u=x'>"
        "Facebook</a></li><li><a href='#'>Twitter</a></li><li>"
        "<a href='http://www.linkedin.com/shareArticle?mini=true&amp;url=x'>LinkedIn</a></li>"
        "<li><a href='javascript:void(0);'>E-mail</a></li></ul>"
    )
    doc = _read(f"<article><h1>Library funded</h1>{ARTICLE}{row}</article>")
    assert "LinkedIn" not in plain_text(doc)


def test_a_list_set_right_inside_a_list_keeps_its_items() -> None:
    steps = (
        "<ol><ul><li>Consider the placements in the other half.</li>"
        "<li>Then all others.</li></ul></ol>"
    )
    doc = _read(f"<article><h1>Library funded</h1>{ARTICLE}{steps}<p>{SENTENCE}</p></article>")
    assert "Consider the placements in the other half." in plain_text(doc)


def test_a_list_of_linked_headlines_goes_with_its_title() -> None:
    box = (
        "<div class='further'><div class='section_title'><p>Further reading</p></div>"
        "<ul><ul><li><h4><a href='/news/1/investors'>Investors call the rules unfit</a></h4></li>"
        "<li><h4><a href='/news/2/banks'>Banks favour the new rules</a></h4></li></ul></ul></div>"
    )
    doc = _read(f"<article><h1>Library funded</h1><p>{SENTENCE}</p>{box}{ARTICLE}</article>")
    text = plain_text(doc)
    assert "Banks favour" not in text
    assert "Further reading" not in text


def test_a_picture_with_a_credit_beside_its_caption_is_a_figure() -> None:
    box = (
        "<div class='enhMed'><img src='/marines.jpg' alt='Marines'>"
        "<div class='credit'>US Navy / Getty Images</div>"
        "<div class='caption'>Marines board a helicopter on Thursday.</div></div>"
    )
    doc = _read(f"<article><h1>Library funded</h1><p>{SENTENCE}</p>{box}{ARTICLE}</article>")
    figure = next(block for block in doc.blocks if isinstance(block, Figure))
    assert inline_text(figure.caption) == "Marines board a helicopter on Thursday."
    assert inline_text(figure.credit) == "US Navy / Getty Images"


def test_a_picture_asking_to_follow_the_site_on_its_network_goes() -> None:
    banner = (
        "<p><a href='http://www.facebook.com/ExampleNews'>"
        "<img src='/fb-like.gif' alt='Like Example News on Facebook'></a></p>"
    )
    doc = _read(f"<article><h1>Library funded</h1>{ARTICLE}{banner}</article>")
    assert "fb-like.gif" not in " ".join(images(doc))


@pytest.mark.parametrize(
    ("shown", "kept"),
    [("", False), ("<p><img src='/img/logo_example_white.gif'> A caption.</p>", True)],
)
def test_a_logo_announced_as_the_picture_is_none_unless_the_page_shows_it(
    shown: str, kept: bool
) -> None:
    head = (
        "<title>Library funded</title>"
        "<meta property='og:image' content='https://example.com/img/logo_example_white.gif'>"
    )
    doc = _read(f"<article><h1>Library funded</h1>{shown}{ARTICLE}</article>", head)
    assert (doc.metadata.image is not None) == kept


def test_a_description_holding_a_links_markup_reads_as_its_words() -> None:
    head = (
        "<title>Library funded</title><meta name='description' content='The council agreed. "
        "For more on &lt;a href=&quot;/x&quot;&gt;libraries&lt;/a&gt;, read on.'>"
    )
    doc = _read(f"<article><h1>Library funded</h1>{ARTICLE}</article>", head)
    assert doc.metadata.description == "The council agreed. For more on libraries, read on."


@pytest.mark.parametrize(
    ("keywords", "tags"),
    [
        ("council, votes, to, fund, a, new, library, local", ()),
        ("Libraries, Council budget, Elections", ("Libraries", "Council budget", "Elections")),
    ],
)
def test_keywords_cutting_the_title_into_words_are_no_tags(
    keywords: str, tags: tuple[str, ...]
) -> None:
    head = (
        "<title>Council Votes To Fund A New Library</title>"
        f"<meta name='keywords' content='{keywords}'>"
    )
    doc = _read(f"<article><h1>Council Votes To Fund A New Library</h1>{ARTICLE}</article>", head)
    assert doc.metadata.tags == tags


def test_a_pictures_address_as_its_alt_describes_nothing() -> None:
    figure = (
        "<p><img src='http://img.example.com/munn.jpg' alt='http://img.example.com/munn.jpg'></p>"
    )
    doc = _read(f"<article><h1>Library funded</h1>{figure}{ARTICLE}</article>")
    pictures = [block.image for block in doc.blocks if isinstance(block, Figure)]
    assert [picture.alt for picture in pictures] == [""]


def test_a_picture_shown_twice_in_a_row_stays_once() -> None:
    picture = "<div class='media'><img src='/shot.png' alt='The interview'></div>"
    copy = f"<div class='copy'>{picture}{ARTICLE}</div>"
    doc = _read(f"<article><h1>Library funded</h1>{picture}{copy}</article>")
    assert [block.image.src for block in doc.blocks if isinstance(block, Figure)] == ["/shot.png"]


def test_a_definition_list_whose_term_is_a_picture_is_a_figure() -> None:
    caption = (
        "<dl class='wp-caption'><dt><img src='/council.jpg'></dt><dd>The council met.</dd></dl>"
    )
    doc = _read(f"<article><h1>Library funded</h1>{caption}{ARTICLE}</article>")
    figure = next(block for block in doc.blocks if isinstance(block, Figure))
    assert figure.image.src == "/council.jpg"
    assert inline_text(figure.caption) == "The council met."


def test_links_resolve_against_og_url_when_the_canonical_names_another_host() -> None:
    head = (
        "<title>Library funded</title>"
        "<link rel='canonical' href='https://first-publisher.example/story/1.html'>"
        "<meta property='og:url' content='https://www.example.com/story/2.html'>"
    )
    body = (
        f"<article><h1>Library funded</h1><p><img src='/images/council.jpg'></p>{ARTICLE}</article>"
    )
    doc = _read(body, head)
    assert list(images(doc)) == ["https://www.example.com/images/council.jpg"]


@pytest.mark.parametrize(
    ("hrefs", "kept"),
    [(("?print=true", "#page"), False), (("#history", "#budget"), True)],
)
def test_a_list_of_links_to_the_page_itself_is_its_tools(
    hrefs: tuple[str, str], kept: bool
) -> None:
    tools = (
        f"<ul><li><a href='{hrefs[0]}'>Imprimer</a></li><li><a href='{hrefs[1]}'>Haut</a></li></ul>"
    )
    doc = _read(f"<article><h1>Library funded</h1>{ARTICLE}{tools}</article>")
    assert ("Imprimer" in plain_text(doc)) == kept


def test_a_standfirst_named_in_spanish_with_two_decks_is_the_subtitle() -> None:
    first, second = (
        "La biblioteca abrirá en primavera con fondos nuevos",
        "El pleno aprobó la obra por unanimidad",
    )
    decks = f"<div id='subtitulo_noticia'><h2>{first}</h2><h2>{second}</h2></div>"
    doc = _read(f"<article><h1>Library funded</h1>{decks}{ARTICLE}</article>")
    assert doc.metadata.subtitle == f"{first}\n{second}"
    assert first not in plain_text(doc)


@pytest.mark.parametrize(("line", "kept"), [("", False), (f"{SENTENCE} ", True)])
def test_a_logo_linked_to_a_front_page_goes_unless_it_stands_in_a_line(
    line: str, kept: bool
) -> None:
    logo = (
        f"<p>{line}<a href='http://www.partner.example/?from=us'><img src='/partner.jpg'></a></p>"
    )
    doc = _read(f"<article><h1>Library funded</h1>{logo}{ARTICLE}</article>")
    assert ("/partner.jpg" in " ".join(images(doc))) == kept


def test_a_header_holding_only_a_linked_name_is_a_masthead() -> None:
    header = "<header class='page'><a href='/signal-strength/'>Signal Strength</a></header>"
    lead = "<p><img src='/lead.jpg' alt='The council'></p>"
    doc = _read(f"<div class='post'>{header}{lead}{ARTICLE}</div>")
    assert "Signal Strength" not in plain_text(doc)


def test_a_box_of_links_to_tag_pages_is_the_tags_whatever_its_name() -> None:
    names = [f"City Council Budget Committee Hearing {n}" for n in range(1, 9)]
    tags = ", ".join(f"<a href='/tag/hearing-{n}'>{name}</a>" for n, name in enumerate(names))
    box = f"<div class='more'><b>Read More:</b> {tags}, <a href='/local'>Local News</a></div>"
    doc = _read(f"<article><h1>Library funded</h1>{box}{ARTICLE}</article>")
    assert "Budget Committee" not in plain_text(doc)
