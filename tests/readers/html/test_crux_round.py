"""Rules from saved news pages no rule had seen (the seventeenth session's round on
chimbori/crux's test pages): an AMP page's pictures, a label for screen readers written
with underscores, a caption printed after its picture's box or in a layout table, a page
laid out as a list of one story, a kicker that is one word of the title, the date in a
story's box of facts, and the follow lines and plugs that close a story."""

from __future__ import annotations

from datetime import datetime

from tests.readers.html.pages import ARTICLE, SENTENCE, page, read

from newsconv.model import Figure, ListBlock, Text
from newsconv.options import ReadOptions
from newsconv.readers.html import HtmlReader
from newsconv.readers.html.metadata import read_metadata
from newsconv.tree import inline_text, plain_text


def _figures(body: str) -> list[Figure]:
    return [block for block in read(body).blocks if isinstance(block, Figure)]


def _read_page(html: str) -> list[Figure]:
    doc = HtmlReader().read(html.encode(), options=ReadOptions(), source="p.html", report=print)
    return [block for block in doc.blocks if isinstance(block, Figure)]


def test_an_amp_page_s_pictures_are_images() -> None:
    picture = (
        "<amp-img src='/court.jpg' alt='The court' width='640' height='360' layout='responsive'>"
        "<amp-img fallback src='/court.png' width='640' height='360'></amp-img>"
        "<noscript><img src='/court.jpg'></noscript></amp-img>"
    )
    body = f"<article><h1>Library funded</h1><figure>{picture}</figure>{ARTICLE}</article>"
    head = "<head><title>Library funded</title></head>"
    html = f"<!doctype html><html amp lang='en'>{head}<body>{body}"
    (found,) = _read_page(html)
    assert found.image.src == "/court.jpg"
    assert found.image.alt == "The court"


def test_an_amp_picture_on_another_page_is_an_unknown_tag() -> None:
    picture = "<amp-img src='/court.jpg'></amp-img>"
    body = f"<article><h1>Library funded</h1>{picture}{ARTICLE}</article>"
    html = f"<!doctype html><html><head><title>Library funded</title></head><body>{body}"
    assert _read_page(html) == []


def test_a_screen_reader_s_label_may_be_named_with_underscores() -> None:
    caption = "<div class='caption'><span class='screen_reader_text'>Image caption </span>"
    text = plain_text(read(f"{caption}Reporters outside the court</div>{ARTICLE}"))
    assert "Image caption" not in text
    assert "Reporters outside the court" in text


def test_a_caption_printed_after_its_picture_s_box_is_its_caption() -> None:
    picture = "<div class='image_container'><img src='/court.jpg' alt='The court'></div>"
    caption = "<div class='caption'>Reporters outside the court</div>"
    (found,) = _figures(f"{ARTICLE}{picture}{caption}{ARTICLE}")
    assert inline_text(found.caption) == "Reporters outside the court"
    text = plain_text(read(f"{ARTICLE}{picture}{caption}{ARTICLE}"))
    assert text.count("Reporters outside the court") == 1


def test_a_paragraph_after_a_picture_is_no_caption_unless_named_one() -> None:
    picture = "<div class='image_container'><img src='/court.jpg' alt='The court'></div>"
    (found,) = _figures(f"{ARTICLE}{picture}<p>Reporters waited outside.</p>{ARTICLE}")
    assert found.caption == ()


def test_a_layout_table_framing_a_picture_is_a_figure() -> None:
    table = (
        "<table class='articleGraphic'><tr><td class='articleGraphicCredit'>Jane Doe</td></tr>"
        "<tr><td class='articleGraphicImage'><img src='/court.jpg' alt='The court'></td></tr>"
        "<tr><td class='articleGraphicCaption'>Reporters outside the court</td></tr></table>"
    )
    (found,) = _figures(f"{table}{ARTICLE}")
    assert inline_text(found.caption) == "Reporters outside the court"
    assert found.credit == (Text("Jane Doe"),)


def test_a_list_laying_out_one_story_is_no_list() -> None:
    empty = "<li class='side-view'><div class='loader'></div></li>"
    half = ARTICLE.index("<p>4.")
    story = (
        "<li class='view'><header><h1>Library funded</h1></header>"
        f"<article>{ARTICLE[:half]}</article><article>{ARTICLE[half:]}</article></li>"
    )
    html = (
        "<!doctype html><html><head><title>Library funded</title></head><body>"
        f"<ul id='pagination'>{empty}{story}{empty}</ul></body></html>"
    )
    doc = HtmlReader().read(html.encode(), options=ReadOptions(), source="p.html", report=print)
    assert not any(isinstance(block, ListBlock) for block in doc.blocks)
    assert SENTENCE in plain_text(doc)


def test_a_list_of_several_stories_stays_a_list() -> None:
    teasers = "".join(
        f"<li><article><h1>Story {n}</h1><p>{SENTENCE}</p></article></li>" for n in (1, 2)
    )
    doc = read(f"{ARTICLE}<ul class='picks'>{teasers}</ul>")
    assert any(isinstance(block, ListBlock) for block in doc.blocks)


def test_a_kicker_of_one_word_of_the_title_repeats_no_title() -> None:
    head = "<title>Mozilla: Vorabversionen von Firefox 5 und 6 veröffentlicht - Golem.de</title>"
    body = (
        "<article><header><h2 class='head1'>Mozilla</h2>"
        "<h1>Vorabversionen von Firefox 5 und 6 veröffentlicht</h1></header>"
        f"<div>{ARTICLE}</div></article>"
    )
    html = f"<!doctype html><html lang='de'><head>{head}</head><body>{body}</body></html>"
    doc = HtmlReader().read(html.encode(), options=ReadOptions(), source="p.html", report=print)
    text = plain_text(doc)
    assert "Vorabversionen" not in text  # the headline, said by the title
    assert not text.startswith("Mozilla")  # and its kicker


def test_the_story_s_box_of_facts_dates_it() -> None:
    facts = (
        "<aside class='asleft'><ul><li><strong>Datum:</strong> <time pubdate datetime="
        "'2011-04-13'>13.4.2011, 22:55</time></li><li><strong>Autor:</strong> "
        "<a rel='author' href='/autor/'>Jens Ihlenfeld</a></li></ul></aside>"
    )
    root = page(
        "<title>Firefox veröffentlicht</title>",
        f"<article><h1>Firefox veröffentlicht</h1>{ARTICLE}{facts}</article>",
        html_attrs="lang='de'",
    )
    assert read_metadata(root, url=None).published == datetime(2011, 4, 13, 22, 55)


def test_a_box_of_other_stories_dates_nothing() -> None:
    teasers = "".join(
        f"<li><time pubdate datetime='2011-04-{day}'>{day}.4.2011</time> <a href='/{day}'>"
        "Another story</a></li>"
        for day in (10, 11)
    )
    root = page(
        "<title>Firefox veröffentlicht</title>",
        f"<article><h1>Firefox veröffentlicht</h1>{ARTICLE}<aside><ul>{teasers}</ul></aside>"
        "</article>",
    )
    assert read_metadata(root, url=None).published is None


def test_a_line_asking_to_follow_the_site_on_one_network_goes_whole() -> None:
    follow = (
        "<p><strong><a href='https://twitter.com/news24'>- FOLLOW News24</a></strong>"
        " on Twitter</p>"
    )
    text = plain_text(read(f"{ARTICLE}{follow}"))
    assert "FOLLOW" not in text
    assert "on Twitter" not in text


def test_a_plug_closing_the_story_goes() -> None:
    plug = (
        "<p><em>Like the Watch? Consider making a </em><a href='/support/'><em>contribution to "
        "support our growth</em></a><em>. You can also follow us </em><a href='https://twitter."
        "com/watch'><em>on Twitter</em></a><em>, like us </em><a href='https://www.facebook.com/"
        "watch'><em>on Facebook</em></a><em>, add us to your </em><a href='/feed/'><em>RSS reader"
        "</em></a><em>, or subscribe to our </em><a href='/digest'><em>daily digest</em></a>"
        "<em>.</em></p>"
    )
    text = plain_text(read(f"{ARTICLE}{plug}"))
    assert "Consider making" not in text
    assert SENTENCE in text


def test_a_story_s_sentence_naming_two_networks_stays() -> None:
    said = (
        "<p>The campaign asked supporters to follow it on <a href='https://twitter.com/camp'>"
        "Twitter</a> and <a href='https://www.facebook.com/camp'>Facebook</a>, where it posts "
        "the council's agenda every week, before the members meet.</p>"
    )
    text = plain_text(read(f"{ARTICLE}{said}{ARTICLE}"))
    assert "The campaign asked supporters" in text


def test_a_teaser_s_microdata_in_a_list_dates_nothing() -> None:
    teaser = (
        "<ul class='most-popular'><li itemscope itemtype='http://schema.org/NewsArticle'>"
        "<a href='/other/'><h3 itemprop='headline'>Another story</h3></a>"
        "<meta itemprop='datePublished' content='2016-09-13T06:00:00'></li></ul>"
    )
    stamp = "<time itemprop='datePublished' datetime='2016-09-13T12:22:51'>Sep 13, 2016</time>"
    root = page(
        "<title>Library funded</title>",
        f"<article><h1>Library funded</h1><p>{stamp}</p>{ARTICLE}</article>{teaser}",
    )
    assert read_metadata(root, url=None).published == datetime(2016, 9, 13, 12, 22, 51)


def test_a_date_under_a_headline_in_a_layout_list_is_read() -> None:
    story = (
        "<header class='meta'><h1>Library funded</h1><h2 class='date'>30/01/2017 02h02</h2>"
        f"</header><article>{ARTICLE}</article>"
    )
    root = page(
        "<title>Library funded</title>",
        f"<ul id='pagination'><li class='side-view'></li><li class='view'>{story}</li></ul>",
        html_attrs="lang='pt-br'",
    )
    assert read_metadata(root, url=None).published == datetime(2017, 1, 30, 2, 2)


def test_the_story_s_own_microdata_may_sit_in_a_list() -> None:
    byline = (
        "<ul class='byline'><li><span itemprop='author'>Jane Doe</span> <meta "
        "itemprop='datePublished' content='2017-01-18T23:00:00-08:00'></li></ul>"
    )
    root = page(
        "<title>Library funded</title>",
        f"<article itemscope itemtype='http://schema.org/NewsArticle'><h1>Library funded</h1>"
        f"{byline}{ARTICLE}</article>",
    )
    published = read_metadata(root, url=None).published
    assert published is not None
    assert published.isoformat() == "2017-01-18T23:00:00-08:00"


def test_a_card_of_one_story_in_a_list_of_cards_stays_a_list() -> None:
    card = f"<ul class='card'><li><article><h1>Story</h1><p>{SENTENCE}</p></article></li></ul>"
    doc = read(f"{ARTICLE}<ul class='picks'><li>{card}</li><li>{card}</li></ul>")
    lists = [block for block in doc.blocks if isinstance(block, ListBlock)]
    assert lists
    assert all(isinstance(item[0], ListBlock) for item in lists[0].items)


def test_a_caption_s_credit_takes_the_separator_before_it() -> None:
    figure = (
        "<div class='media'><img src='/pi.png' alt='Pi'></div>"
        "<div class='media-caption'>Raspberry Pi in schools - Image: Raspberry Pi Foundation</div>"
    )
    (found,) = _figures(f"{ARTICLE}{figure}{ARTICLE}")
    assert inline_text(found.caption) == "Raspberry Pi in schools"
    assert found.credit == (Text("Image: Raspberry Pi Foundation"),)


def test_a_byline_s_person_item_in_a_list_may_date_the_story() -> None:
    byline = (
        "<ul><li itemprop='author' itemscope itemtype='http://schema.org/Person'>"
        "<span itemprop='name'>Jane Doe</span><meta itemprop='datePublished' "
        "content='2017-01-18T23:00:00-08:00'></li></ul>"
    )
    root = page(
        "<title>Library funded</title>",
        f"<article itemscope><h1>Library funded</h1>{byline}{ARTICLE}</article>",
    )
    published = read_metadata(root, url=None).published
    assert published is not None
    assert published.isoformat() == "2017-01-18T23:00:00-08:00"


def test_a_deck_heading_saying_the_description_is_the_subtitle() -> None:
    deck = "Disruptive companies talk a good game about sharing, but the riches stay with them"
    head = f"<title>The sharing economy is a lie</title><meta name='description' content='{deck}'>"
    body = (
        "<header><h2 class='kicker'>tech</h2></header><div class='story'><h1>The sharing economy"
        f" is a lie</h1><h2>{deck}</h2><div class='body'>{ARTICLE}</div></div>"
    )
    html = f"<!doctype html><html lang='en'><head>{head}</head><body>{body}</body></html>"
    doc = HtmlReader().read(html.encode(), options=ReadOptions(), source="p.html", report=print)
    assert doc.metadata.subtitle == deck
    assert deck not in plain_text(doc)
    assert plain_text(doc).startswith("1. ")
