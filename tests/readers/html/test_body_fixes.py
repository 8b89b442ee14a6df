"""Body extraction on page shapes the reader got wrong: text a furniture rule took from
the article, and furniture it left in."""

from __future__ import annotations

import lxml.html
import pytest
from tests.readers.html.pages import ARTICLE, SENTENCE, read

from newsconv.options import ReadOptions
from newsconv.readers.html import HtmlReader
from newsconv.readers.html.extract import page_census
from newsconv.readers.html.lead import wrapped_paragraph
from newsconv.tree import dump, plain_text


def test_a_tag_link_inside_a_sentence_keeps_its_word() -> None:
    prose = (
        "<p>The builders used <a href='/tags/oak/' rel='tag'>oak</a> beams from the old mill, "
        "and the <a href='/tags/roof/' rel='tag'>roof</a> came from the chapel nearby.</p>"
    )
    tags = "<p><a href='/tags/oak/' rel='tag'>oak</a>, <a href='/t/r' rel='tag'>roofs</a></p>"
    text = plain_text(read(f"{ARTICLE}{prose}{tags}"))
    assert "used oak beams" in text
    assert "the roof came" in text
    assert "roofs" not in text


def test_a_paragraph_box_with_linked_product_names_stays_like_its_peers() -> None:
    box = "<div class='w-{}'><div class='text-box'><p>{}</p></div></div>"
    prose = "".join(box.format(n, f"{SENTENCE} {SENTENCE}") for n in (1, 3))
    linked = box.format(
        2,
        "Small and quiet are the rings from <a href='/shop/a'>Acme „tiny hoop“</a> with a "
        "louder <a href='/shop/b'>cuff „Daisy“</a>",
    )
    text = plain_text(read(ARTICLE + prose + linked))
    assert "Small and quiet" in text


def test_a_subhead_sharing_its_paragraph_with_an_ad_slot_stays() -> None:
    subhead = (
        "<p><strong>A home for the archive</strong><aside class='ad'><script>ad()</script>"
        "</aside></p>"
    )
    text = plain_text(read(f"{ARTICLE}{subhead}<p>Later. {SENTENCE}</p>{ARTICLE}"))
    assert "A home for the archive" in text


def test_two_captioned_pictures_side_by_side_stay() -> None:
    item = (
        "<div class='grid-item'><figure><img src='/{0}.jpg' width='600' height='900'>"
        "<noscript><img src='/{0}.jpg'></noscript><figcaption>{1}</figcaption></figure></div>"
    )
    grid = "<div class='grid'>{}{}</div>".format(
        item.format("a", "The reading room as the architect drew it in 1950."),
        item.format("b", "The same room after the fire, seen from the gallery."),
    )
    text = plain_text(read(f"{ARTICLE}{grid}{ARTICLE}"))
    assert "after the fire" in text


def test_a_labelled_line_of_category_links_is_the_article_s_tags() -> None:
    lines = (
        "<div class='f5'>Categories: <a href='/blog/c/civic'>civic</a></div>"
        "<div class='f5'>Tags: <a href='/blog/t/library'>library</a>, "
        "<a href='/blog/t/council'>council</a></div>"
        "<p>Source: <a href='https://example.org/minutes'>the council's minutes</a></p>"
    )
    text = plain_text(read(f"{ARTICLE}{lines}"))
    assert "Categories" not in text
    assert "Tags" not in text
    assert "Source: the council's minutes" in text


def test_sections_in_boxes_of_the_chosen_box_s_class_join_it() -> None:
    def row(text: str, extra: str = "") -> str:
        deep = f"<div class='col'><div class='inner'><div class='wrap'>{text}</div></div></div>"
        return f"<div class='row builder'{extra}>{deep}</div>"

    rows = (
        row(ARTICLE)
        + row(
            f"<h2>What fits in the bag</h2><p>A towel, a book, sun cream. {SENTENCE} {SENTENCE}</p>"
        )
        + row("<ul><li><a href='/a'>Towels</a></li><li><a href='/b'>Books</a></li></ul>")
    )
    page = f"<div class='menu'><a href='/'>Home</a></div><div class='main'>{rows}</div>"
    text = plain_text(read(page, wrap=False))
    assert "A towel, a book" in text
    assert "Towels" not in text


def test_a_paragraph_beside_an_empty_player_box_is_the_box_s_paragraph() -> None:
    box = (
        "<div class='standfirst'><div class='player-off'></div><p>Libraries, archives, "
        "reading rooms: the district asked its people what they wanted.</p></div>"
    )
    root = lxml.html.fromstring(f"<html><body>{box}<div>{ARTICLE}</div></body></html>")
    standfirst = root.find(".//div")
    assert standfirst is not None
    paragraph = wrapped_paragraph(standfirst, page_census(root))
    assert paragraph is not None
    assert paragraph.tag == "p"


def test_teaser_cards_whose_links_track_the_campaign_go() -> None:
    card = (
        "<div class='next'><h2><a href='/story-{0}.html?utm_source=more&utm_medium=next'>"
        "Another story the site would like you to read, number {0}</a></h2>"
        "<a href='/story-{0}.html?utm_source=more'><img src='/{0}.jpg'></a>"
        "<p>An excerpt of that other story, to make you click: {1} {1}</p>"
        "<h3><a href='/story-{0}.html'>READ THE REST</a></h3></div>"
    )
    cards = "".join(card.format(n, SENTENCE) for n in range(3))
    text = plain_text(read(f"{ARTICLE}<div class='more'>{cards}</div>"))
    assert text.count(SENTENCE) == 6
    assert "Another story" not in text


def test_a_title_naming_the_comments_ends_the_article_with_what_follows() -> None:
    post = f"<p>{SENTENCE}</p><p>{SENTENCE}</p>"
    thread = (
        "<div class='bar'>Comments (2)</div>"
        "<div><h3>#1 by Ann</h3>May 2, 2004<p>Great news for the town, thanks to everyone "
        "on the council, we have waited for so long, finally.</p></div>"
        "<div class='form'><div class='bar'>Write a reply</div><p>Name</p></div>"
    )
    text = plain_text(read(f"<div id='content'>{post}{thread}</div>", wrap=False))
    assert "forty years" in text
    assert "Great news" not in text
    assert "Write a reply" not in text


def test_a_comments_tab_above_the_story_ends_nothing() -> None:
    text = plain_text(read(f"<p>Comments</p>{ARTICLE}"))
    assert text.count("forty years") == 6


def _linked_figure(n: int, href: str) -> str:
    return (
        f"<figure><a href='{href}'><img src='/i/{n}.jpg' alt=''>"
        f"<figcaption><h3>Other story {n}: the mayor resigns</h3>"
        "<p>What the council said.</p></figcaption></a></figure>"
    )


def test_a_figure_whose_picture_and_caption_link_elsewhere_is_a_teaser() -> None:
    own = (
        "<figure><a href='/i/big.jpg'><img src='/i/small.jpg' alt=''></a>"
        "<figcaption>The new library at dusk.</figcaption></figure>"
    )
    shop = "<p><a href='/shop/book'><figure><img src='/i/b.png'><figcaption>Order the book"
    shop += "</figcaption></figure></a></p>"
    teaser = _linked_figure(1, "/news/mayor")
    text = plain_text(read(f"{ARTICLE[:600]}{teaser}{own}{ARTICLE}{shop}"))
    assert "library at dusk" in text
    assert "the mayor resigns" not in text
    assert "Order the book" not in text


def test_three_linked_figures_are_the_article_s_own_picks() -> None:
    picks = "".join(_linked_figure(n, f"/shop/{n}") + f"<p>{SENTENCE}</p>" for n in (1, 2, 3))
    text = plain_text(read(f"{ARTICLE}{picks}"))
    assert text.count("the mayor resigns") == 3


def test_a_price_per_month_with_a_link_to_subscribe_is_the_site_selling_itself() -> None:
    offer = (
        "<div class='box'>From only 2.50 per month you read us without banners. Support "
        "the paper: <a href='https://example.org/abo/'>Find out more</a></div>"
    )
    fare = (
        "<p>A season ticket will cost 30 euro per month, the council says in "
        "<a href='/news/fares'>its plan</a>.</p>"
    )
    text = plain_text(read(f"{ARTICLE}{fare}{offer}{ARTICLE}"))
    assert "season ticket" in text
    assert "without banners" not in text


def test_a_box_named_header_inside_an_article_with_a_standfirst_heads_the_story() -> None:
    head = (
        "<div class='item-header'><h2>Library funded</h2><p>After forty years without one, "
        "the district gets a library: the council voted for it on Tuesday night.</p></div>"
    )
    page_head = "<div class='site-header'><h2>The Daily Town</h2><p>News from home.</p></div>"
    html = (
        "<!doctype html><html><head><title>Library funded</title></head><body>"
        f"{page_head}<article>{head}<div class='entry'>{ARTICLE}</div></article></body></html>"
    )
    doc = HtmlReader().read(html.encode(), options=ReadOptions(), source="p.html", report=print)
    text = plain_text(doc)
    assert "After forty years without one" in text
    assert "News from home" not in text


def test_a_layout_row_s_cell_holding_the_prose_is_the_article() -> None:
    menu = "".join(f"<li><a href='/p{n}'>Page number {n}</a></li>" for n in range(8))
    sidebar = (
        f"<td><b>Menu</b><ul>{menu}</ul><b>Statistics</b><p>Online now: 1, guests: 1</p>"
        "<p>Friends of the site, software and music and more</p></td>"
    )
    post = f"<td><table><tr><td><p>{SENTENCE}</p><p>{SENTENCE}</p></td></tr></table></td>"
    rows = f"<tr><td colspan=2>The Town Blog</td></tr><tr>{sidebar}{post}</tr>"
    text = plain_text(
        read(f"<table>{rows}<tr><td colspan=2>Free site</td></tr></table>", wrap=False)
    )
    assert "forty years" in text
    assert "Online now" not in text


def test_a_noscript_picture_replaces_the_blank_pixel_before_it() -> None:
    # svt.se: a blank GIF, then the photo in <noscript> one wrapper down.
    figure = (
        "<figure><div class='pic'><img alt='' src='data:image/gif;base64,R0lGODlhAQABAAAAACw='>"
        "<div><noscript><img src='https://example.org/photo.jpg' alt='The station'>"
        "</noscript></div></div><figcaption>Passengers wait on the platform.</figcaption>"
        "</figure>"
    )
    doc = read(f"{ARTICLE}{figure}<p>7. {SENTENCE}</p>")
    images = [b.image for b in doc.blocks if getattr(b, "image", None) is not None]
    assert [(image.src, image.alt) for image in images] == [
        ("https://example.org/photo.jpg", "The station")
    ]


def test_a_noscript_picture_leaves_a_real_or_lazy_picture_alone() -> None:
    lazy = (
        "<figure><img src='data:image/gif;base64,R0lGODlhAQABAAAAACw=' "
        "data-src='https://example.org/lazy.jpg'><noscript><img src='https://example.org/"
        "old.jpg'></noscript><figcaption>A lazy picture.</figcaption></figure>"
    )
    doc = read(f"{ARTICLE}{lazy}<p>7. {SENTENCE}</p>")
    images = [b.image.src for b in doc.blocks if getattr(b, "image", None) is not None]
    assert images == ["https://example.org/lazy.jpg"]


def test_labelled_times_over_the_story_are_datelines() -> None:
    # svt.se: "Uppdaterad <time>idag 11:19</time>" and "Publicerad <time>idag 06:56</time>",
    # under a lead photo whose long caption does not begin the article.
    caption = "Passengers on the platforms of the two stations during the morning. " * 2
    head = (
        f"<figure><img src='https://example.org/a.jpg'><figcaption>{caption}</figcaption>"
        "</figure><div><section><span>Uppdaterad</span> <time datetime='2026-03-11T11:19'>"
        "idag 11:19</time></section><section><span>Publicerad</span> "
        "<time datetime='2026-03-11T06:56'>idag 06:56</time></section></div>"
    )
    text = plain_text(read(f"{head}{ARTICLE}"))
    assert "idag" not in text
    assert "Publicerad" not in text
    assert text.count(SENTENCE) == 6


@pytest.mark.parametrize(
    "line",
    [
        # CNN Arabic: the weekday, the date, "last update" and the time with its zone
        "الأحد، 04 آب/اغسطس 2013، آخر تحديث 02:21 (GMT+0400)",
        "Updated Sunday, May 20, 2021 6:50 p.m. ET",
        "Воскресенье, 20 мая 2021, обновлено 06:50",
    ],
)
def test_a_weekday_and_an_updated_label_are_a_dateline_s_words(line: str) -> None:
    text = plain_text(read(f"<p>{line}</p>{ARTICLE}"))
    assert line not in text
    assert text.count(SENTENCE) == 6


@pytest.mark.parametrize(
    "line",
    [
        # KBS World: each date after a label of its own, and no <time>
        "Written: 2023-11-07 15:03:30 / Updated: 2023-11-07 15:30:46",
        "Publié le 7 novembre 2023 à 15h03",
        "Posted 07.11.2023",
    ],
)
def test_a_label_before_each_date_is_a_dateline_s_words(line: str) -> None:
    text = plain_text(read(f"<p>{line}</p>{ARTICLE}"))
    assert line not in text
    assert text.count(SENTENCE) == 6


@pytest.mark.parametrize(
    "line",
    [
        "<em>Updated: 9.45pm</em>",  # an Irish site's, the British way with a dot
        "Aktualisiert 14:30 Uhr",
        "Last updated | 6:09 p.m. ET",
    ],
)
def test_an_updated_label_and_a_time_of_day_are_a_dateline(line: str) -> None:
    text = plain_text(read(f"<p>{line}</p>{ARTICLE}"))
    assert "Updated" not in text and "ktualisiert" not in text
    assert text.count(SENTENCE) == 6


def test_a_time_of_day_alone_or_in_a_sentence_stays() -> None:
    for line in ("9.45pm", "Updated the timetable at 9.45pm"):
        assert line in plain_text(read(f"<p>{line}</p>{ARTICLE}"))


def test_a_line_of_several_words_beside_its_date_is_no_dateline() -> None:
    line = "Council votes on the bridge, 7 November 2023"
    assert line in plain_text(read(f"<p>{line}</p>{ARTICLE}"))


def test_a_sentence_with_a_time_in_it_is_no_dateline() -> None:
    line = "<p>We met <time datetime='2026-03-11'>on Wednesday</time> at the station.</p>"
    text = plain_text(read(f"{line}{ARTICLE}"))
    assert "at the station" in text


def test_a_box_named_for_tags_holding_short_links_is_the_tags() -> None:
    tags = (
        "<div class='TagPills__root'><ul class='TagPills__list'>"
        "<li><a href='/om/trains'>Trains</a></li><li><a href='/om/delays'>Train delays</a></li>"
        "<li><a href='/om/gothenburg'>Gothenburg</a></li></ul></div>"
    )
    text = plain_text(read(f"{ARTICLE}{tags}"))
    assert "Train delays" not in text
    assert text.count(SENTENCE) == 6


def test_a_box_named_like_a_tagline_or_a_stage_stays() -> None:
    links = (
        "<ul class='stage-list'><li><a href='/a'>Act one</a></li><li><a href='/b'>Act two</a>"
        "</li></ul>"
    )
    text = plain_text(read(f"{ARTICLE}{links}<p>7. {SENTENCE}</p>"))
    assert "Act one" in text


def test_short_boxes_after_the_story_s_dated_footer_are_the_site_s() -> None:
    # svt.se's shape: the <article> holds the lead, then a box with the body and its
    # footer (author, dates), then the newsroom's note on how it works.
    footer = (
        "<footer><ul class='authors'><li>Julia Hill</li></ul><p>Published "
        "<time datetime='2026-03-11T06:56'>11 March 2026</time></p></footer>"
    )
    box = (
        "<section><h1>How we work</h1><p>Our news must be accurate and impartial. What we "
        "publish must be true and relevant. <a href='/how'>Read more about how we work.</a>"
        "</p></section>"
    )
    body = "".join(f"<p>{i}. {SENTENCE}</p>" for i in range(1, 5))
    story = (
        "<main><article class='TextArticle__root'><h1>Library funded</h1>"
        f"<div class='Lead__root'><p>0. {SENTENCE}</p></div><div class='TextArticle__main'>"
        f"<div class='Stack TextArticle__body'><div class='InlineText__root'>{body}</div>"
        "<figure><img src='https://example.org/a.jpg'><figcaption>The new library."
        f"</figcaption></figure></div>{footer}</div>{box}</article></main>"
    )
    text = plain_text(read(story, wrap=False))
    assert "How we work" not in text
    assert "accurate and impartial" not in text
    assert text.count(SENTENCE) == 5


def test_a_footer_over_the_story_does_not_end_it() -> None:
    footer = "<footer><p>Published <time datetime='2026-03-11'>11 March 2026</time></p></footer>"
    text = plain_text(read(f"{footer}<section>{ARTICLE}</section>"))
    assert text.count(SENTENCE) == 6


def test_a_date_alone_closing_the_article_is_a_dateline() -> None:
    # 8sidor.se: the agency's signature, then <p class="date"> under the text.
    closing = "<p>8 SIDOR/TT</p><div class='row'><div><p class='date'>17 mars 2026</p></div></div>"
    text = plain_text(read(f"{ARTICLE}{closing}"))
    assert "17 mars 2026" not in text
    assert "8 SIDOR/TT" in text


def test_a_date_ending_the_last_sentence_stays() -> None:
    last = "<p>The library opens on <span>17 March 2026</span></p>"
    text = plain_text(read(f"{ARTICLE}{last}"))
    assert "17 March 2026" in text


def test_a_closing_line_that_only_signs_the_story_names_its_author() -> None:
    # cleveland.com: "-- By Michael Russell" closes the story, and no byline is above it.
    doc = read(f"{ARTICLE}<p>-- By Michael Russell</p>")
    assert [person.name for person in doc.metadata.authors] == ["Michael Russell"]
    assert "Michael Russell" not in plain_text(doc)
    assert plain_text(doc).count(SENTENCE) == 6


def test_a_broadcaster_s_sign_off_on_the_last_line_names_the_reporter() -> None:
    """KBS WORLD closes a radio report's transcript with the reporter and the station, on
    the last line of its last paragraph; a sentence naming a station stays no signature."""
    last = f"<p>{SENTENCE}<br>Max Lee, KBS World Radio News.</p>"
    doc = read(ARTICLE + last)
    assert [person.name for person in doc.metadata.authors] == ["Max Lee"]
    assert plain_text(doc).count(SENTENCE) == 7
    quoted = f"<p>{SENTENCE}<br>The mayor told the council, and then the local news.</p>"
    assert read(ARTICLE + quoted).metadata.authors == ()


def test_a_signature_above_a_closing_picture_goes_too() -> None:
    # donga.com: "최윤호 기자 uknow@donga.com" closes the text, an advert's picture under it.
    advert = "<p><strong><img src='https://example.org/ad.gif' alt='Advert'></strong></p>"
    doc = read(f"{ARTICLE}<p>최윤호 기자 uknow@donga.com</p>{advert}")
    assert [person.name for person in doc.metadata.authors] == ["최윤호"]
    assert "uknow@donga.com" not in plain_text(doc)
    assert plain_text(doc).count(SENTENCE) == 6


def test_a_closing_sentence_opening_with_by_is_no_signature() -> None:
    doc = read(f"{ARTICLE}<p>By the way, the library opens in May.</p>")
    assert doc.metadata.authors == ()
    assert "By the way" in plain_text(doc)


def test_short_lines_over_a_paragraph_saying_the_title_go_with_it() -> None:
    # Sohu: the source and the place, then the headline as a paragraph, then the story.
    head = (
        "<p>来源: 搜狐政务</p><figure><img src='https://example.org/a.jpg'></figure>"
        "<p>发布于：北京市</p><p>Library funded</p>"
    )
    doc = read(f"<article>{head}{ARTICLE}</article>")
    assert plain_text(doc).startswith(f"1. {SENTENCE}")
    assert "a.jpg" in dump(doc)


def test_a_paragraph_saying_the_title_after_the_story_began_stays() -> None:
    long_line = f"<p>{SENTENCE}</p>"
    doc = read(f"<article>{long_line}<p>Library funded</p>{ARTICLE}</article>")
    assert "Library funded" in plain_text(doc)


def test_an_opening_paragraph_saying_the_title_goes() -> None:
    # epaper.zeit.de: <p class="title"> opens the article's content, the section and the
    # authors in a box above it.
    story = (
        "<div class='article'><div class='article__author'>Politik · Jochen Bittner, "
        "Tina Hildebrandt</div><div class='article__content'><p class='title'>Library "
        f"funded</p>{ARTICLE}</div></div>"
    )
    doc = read(story, wrap=False)
    assert not plain_text(doc).startswith("Library funded")
    assert plain_text(doc).count(SENTENCE) == 6
    assert [person.name for person in doc.metadata.authors] == [
        "Jochen Bittner",
        "Tina Hildebrandt",
    ]


def test_a_paragraph_longer_than_the_title_stays() -> None:
    text = plain_text(read(f"<p>Library funded, the council says.</p>{ARTICLE}"))
    assert text.startswith("Library funded, the council says.")


def test_a_heading_over_a_box_the_prune_removed_goes_with_it() -> None:
    """The prune takes out a list named "related"; the heading over it, left ending its
    section, titles nothing."""
    links = "".join(f"<li><a href='/n/{i}'>Another story number {i}</a></li>" for i in range(4))
    heading = "<h2>Articles from our partner</h2>"
    box = f"<section class='more'>{heading}<ul class='related'>{links}</ul></section>"
    text = plain_text(read(f"{ARTICLE}{box}"))
    assert text.count(SENTENCE) == 6
    assert "Articles from our partner" not in text


def test_a_heading_with_text_after_the_removed_box_stays() -> None:
    ad = "<div class='ad-slot'>Advertisement</div>"
    section = f"<section><h2>The new reading room</h2>{ad}<p>{SENTENCE}</p></section>"
    text = plain_text(read(f"{ARTICLE}{section}"))
    assert "The new reading room" in text
    assert text.count(SENTENCE) == 7


def test_a_link_to_the_front_page_after_the_last_sentence_goes() -> None:
    """A CMS appends "back to the home page" to every story's last paragraph; a link the
    sentence ends with, or one to another page, stays."""
    home = f"<p>{SENTENCE} <a href='//www.news.example/?from=1'>Back to the home page</a></p>"
    text = plain_text(read(ARTICLE + home))
    assert "Back to the home page" not in text
    assert text.count(SENTENCE) == 7
    cited = "<p>The plans are on <a href='https://www.council.example/'>the council's site</a></p>"
    assert "the council's site" in plain_text(read(ARTICLE + cited))
    other = f"<p>{SENTENCE} <a href='/library/plans'>See the plans</a></p>"
    assert "See the plans" in plain_text(read(ARTICLE + other))


def test_a_list_of_one_word_links_is_a_menu() -> None:
    """A site's sections listed under the story go with their heading; a table of
    contents (links to the page's own sections) and a list of sources stay."""
    sections = ("All", "Home", "World", "Business", "Sport")
    menu = "".join(f"<li><a href='/genre/{i}'>{name}</a></li>" for i, name in enumerate(sections))
    box = f"<section><h2>Browse by section</h2><ul>{menu}</ul></section>"
    text = plain_text(read(ARTICLE + box))
    assert "Business" not in text
    assert "Browse by section" not in text
    contents = "".join(f"<li><a href='#part-{i}'>Part {i}</a></li>" for i in range(1, 6))
    assert "Part 3" in plain_text(read(f"<ul>{contents}</ul>{ARTICLE}"))
    sources = "".join(
        f"<li><a href='https://example.org/report-{i}'>Library census report {i}</a></li>"
        for i in range(1, 6)
    )
    assert "Library census report 2" in plain_text(read(f"{ARTICLE}<ul>{sources}</ul>"))
