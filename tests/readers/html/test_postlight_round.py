"""Rules from saved news pages no rule had seen (the fifteenth session's last round): a
deck between the headline and the date line, lines a template makes like a removed
pointer, a closing stamp, a stock-quote widget in a sentence, a newsletter's line, a
picture's file name left in its place, a credit under the picture, the headline's video,
a title opened by a separator, the social tags' shorter headline, co-authors one a list
item, and a naive time that the page's words give a zone."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from tests.readers.html.pages import ARTICLE, SENTENCE, page, read

from newsconv.dates import find_dates
from newsconv.model import Figure, Text
from newsconv.readers.html.metadata import read_metadata
from newsconv.tree import inline_text, plain_text


def _figures(body: str) -> list[Figure]:
    return [block for block in read(body).blocks if isinstance(block, Figure)]


def _meta(prop: str, value: str) -> str:
    return f'<meta property="{prop}" content="{value}">'


def test_a_date_line_under_a_long_deck_is_a_dateline() -> None:
    deck = "<h2>A glorious world, built with care, is not enough to keep the viewers coming</h2>"
    date = "<h5><time datetime='2016-11-18'>November 18, 2016</time></h5>"
    text = plain_text(read(f"{deck}{date}{ARTICLE}"))
    assert "November 18, 2016" not in text
    assert SENTENCE in text


def test_a_line_made_like_a_removed_pointer_goes_too() -> None:
    related = (
        "<p><a href='/2016/11/21/strike/'><span class='inStoryHeading'>Related: Airport workers"
        " plan a strike</span></a></p>"
    )
    promo = (
        "<p><a href='https://app.example.com/'><span class='inStoryHeading'>Get up-to-the-minute"
        " updates: Download our app</span></a></p>"
    )
    other = "<p><a href='/report.pdf'><span class='source'>The council's full report</span></a></p>"
    text = plain_text(read(f"{ARTICLE}{related}{ARTICLE}{promo}{ARTICLE}{other}{ARTICLE}"))
    assert "Related:" not in text
    assert "Download our app" not in text
    assert "The council's full report" in text  # made otherwise: a link the story gives


def test_a_closing_stamp_with_its_source_goes() -> None:
    stamp = (
        "<div class='storytimestamp'><span class='cnnStorySource'>CNNMoney (New York)</span> "
        "<span class='cnnDateStamp'>First published November 29, 2016: 3:33 AM ET</span></div>"
    )
    assert "First published" not in plain_text(read(ARTICLE + stamp))


def test_a_closing_sentence_naming_a_date_stays() -> None:
    last = (
        "<div class='note'>The vote is set for <span class='meetingDate'>November 29, 2016"
        "</span>, the council said after a long evening.</div>"
    )
    assert "The vote is set for" in plain_text(read(ARTICLE + last))


def test_a_stock_quote_widget_in_a_sentence_is_not_a_word() -> None:
    para = (
        "<p>Apple Watch <span class='ticker' data-symbol='aapl'><a href='/q/aapl'>aapl</a>"
        "<span class='change'></span></span> users may be big fans of the assistant, and "
        "United Airlines (<a href='/quote?symb=UAL'>UAL</a>) said it was ready.</p>"
    )
    text = plain_text(read(ARTICLE + para + ARTICLE))
    assert "Apple Watch users may be big fans" in text
    assert "United Airlines (UAL) said" in text


def test_a_newsletter_s_line_is_a_sign_up_prompt() -> None:
    promo = (
        "<p style='text-align:center'><em><a href='/getdatasheet/'>Get Data Sheet</a>, </em>"
        "Fortune<em>'s technology newsletter</em></p>"
    )
    said = "<p>The city's <a href='/history/'>first newsletter</a> ran for years.</p>"
    text = plain_text(read(ARTICLE + promo + ARTICLE + said + ARTICLE))
    assert "Get Data Sheet" not in text
    assert "first newsletter ran for years" in text


def test_a_pointer_set_in_italics_is_a_pointer() -> None:
    pointer = (
        "<p><em>For more, read: <a href='/2016/12/14/resort/'>This Las Vegas Resort Is "
        "Installing a Speaker in Every Room</a></em></p>"
    )
    note = "<p><em>Correction: an earlier version misnamed the <a href='/lib'>library</a>.</em></p>"
    text = plain_text(read(ARTICLE + pointer + ARTICLE + note + ARTICLE))
    assert "For more, read" not in text
    assert "Correction: an earlier version" in text


def test_a_block_that_is_a_picture_s_file_name_goes() -> None:
    stand_in = "<div><span class='resimg' data-image='/p.jpg'>cash and cards.jpg</span></div>"
    named = "<p>Save the chart as the file below.</p><p>chart.png</p>"
    text = plain_text(read(stand_in + ARTICLE + named))
    assert "cash and cards.jpg" not in text
    assert "chart.png" in text  # one word: a name the text gives


def test_a_picture_and_caption_in_one_wrapper_are_a_figure() -> None:
    box = (
        "<div class='asset'><span class='photo'><a href='/big.jpg'><img src='/p.jpg' "
        "alt='Jake Frith of AGs office.jpg'></a><span class='photo-data'><span class='caption'>"
        "Jake Frith talks about the investigation.</span></span></span></div>"
    )
    (found,) = _figures(box + ARTICLE)
    assert inline_text(found.caption) == "Jake Frith talks about the investigation."
    assert found.image.alt == ""  # a file's name describes nothing


def test_a_caption_named_as_a_credit_is_the_credit() -> None:
    cover = (
        "<div class='cover'><div class='image'><img src='/p.jpg'></div>"
        "<div class='photo-credit'>Warner Bros.</div></div>"
    )
    described = (
        "<div class='cover'><div class='image'><img src='/q.jpg'></div>"
        "<div class='photo-credit'>People wait in the cold along the parade's route.</div></div>"
    )
    first, second = _figures(cover + ARTICLE + described)
    assert first.caption == () and first.credit == (Text("Warner Bros."),)
    assert "People wait in the cold" in inline_text(second.caption)


def test_an_opening_video_captioned_with_the_headline_goes() -> None:
    video = (
        "<figure class='video'><img src='/v.jpg' alt='The council in session'>"
        "<figcaption>WATCH Library funded after a long debate</figcaption></figure>"
    )
    body = f"<h1>Library funded after a long debate</h1>{video}{ARTICLE}"
    doc = read(body, wrap=False)
    assert not [b for b in doc.blocks if isinstance(b, Figure)]
    photo = video.replace("WATCH Library funded after a long debate", "Members vote on Tuesday")
    assert [b for b in read(body.replace(video, photo), wrap=False).blocks if isinstance(b, Figure)]


def test_a_title_opened_by_a_separator_loses_it() -> None:
    head = "<title>\n» Certains rêvent de Matt Duchene à Ottawa|Mathias Brunet</title>"
    body = f"<h1>Certains rêvent de Matt Duchene à Ottawa</h1>{ARTICLE}"
    assert read_metadata(page(head, body), url=None).title == (
        "Certains rêvent de Matt Duchene à Ottawa"
    )


def test_a_title_ending_a_quotation_keeps_its_closing_guillemet() -> None:
    # Volksstimme: the whole headline is a quotation in Swiss guillemets.
    head = "<title>«Gute Löhne alleine reichen nicht»</title>"
    body = f"<h1>«Gute Löhne alleine reichen nicht»</h1>{ARTICLE}"
    assert read_metadata(page(head, body), url=None).title == "«Gute Löhne alleine reichen nicht»"


def test_the_social_tags_shorter_headline_yields_to_the_page_s() -> None:
    short = "Clinton: Putin's Involvement in Hack Stems From Grudge"
    whole = "Hillary Clinton: Putin's Alleged Involvement in Democratic Hack Stems From Grudge"
    head = (
        f"<title>{whole} - ABC News</title>"
        + _meta("og:title", short)
        + f'<meta name="twitter:title" content="{short}">'
    )
    teaser = f"<aside><article><h1><a href='/other'>{short}</a></h1></article></aside>"
    body = f"<article><h1>{whole}</h1>{ARTICLE}</article>{teaser}"
    assert read_metadata(page(head, body), url=None).title == whole


def test_co_authors_one_a_list_item_are_all_read() -> None:
    byline = (
        "<ul class='authors'><li><div rel='author' id='JaneDoe' class='author has-bio'>"
        "Jane Doe</div><div class='author-overlay'>"
        "<a href='https://twitter.com/intent/user?screen_name=jdoe'>Follow on Twitter</a> "
        "<a href='/author/jane_doe'>More from Jane</a></div></li>"
        "<li><div rel='author' id='JohnRoe' class='author has-bio'>John Roe</div></li>"
        "<li><div rel='author' id='AnnSmith' class='author'>Ann Smith</div></li></ul>"
    )
    body = f"<article><h1>Library funded</h1>{byline}{ARTICLE}</article>"
    meta = read_metadata(page("<title>Library funded</title>", body), url=None)
    assert [a.name for a in meta.authors] == ["Jane Doe", "John Roe", "Ann Smith"]


def test_a_naive_stated_time_takes_the_zone_the_page_writes() -> None:
    head = '<meta name="date" content="2016-11-29 03:33:08">'
    stamp = "<div class='storytimestamp'>First published November 29, 2016: 3:33 AM ET</div>"
    other = "<div class='storytimestamp'>November 29, 2016: 8:18 AM ET</div>"
    meta = read_metadata(page(head, f"<h1>Strike</h1>{other}{ARTICLE}{stamp}"), url=None)
    assert meta.published == datetime(2016, 11, 29, 3, 33, 8, tzinfo=timezone(timedelta(hours=-5)))
    unzoned = read_metadata(page(head, f"<h1>Strike</h1>{ARTICLE}"), url=None)
    assert unzoned.published == datetime(2016, 11, 29, 3, 33, 8)


def test_a_colon_joins_a_date_to_its_time() -> None:
    (found,) = find_dates("November 29, 2016: 3:33 AM ET")
    assert found.value == datetime(2016, 11, 29, 3, 33, tzinfo=timezone(timedelta(hours=-5)))
    (year,) = find_dates("On May 3, 2016: 12 people were hurt")
    assert year.value == datetime(2016, 5, 3)


def test_a_src_holding_a_srcset_s_list_gives_its_first_file() -> None:
    box = (
        "<div class='wp-caption'><img src='/a.jpg 650w, /a.jpg?w=171 171w' alt=''>"
        "<p class='wp-media-credit'>Getty Image</p></div>"
    )
    (found,) = _figures(box + ARTICLE)
    assert found.image.src == "/a.jpg"
    assert found.credit == (Text("Getty Image"),)
