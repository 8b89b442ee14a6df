"""Rules from quality36's seven pages of trafilatura's test cache read as HTML, and from
phys.org's (quality37, the twenty-third session): a date the ``<title>`` sets apart
states the page's day, where a teaser's dated box further down does not; a show-more
toggle's label goes; a box's blurb ending with a colon over the list of links it
introduced goes with the list; a lead named for its text ("leadText") is the standfirst;
a tag link beside a dash, a bracket or a quotation mark in a sentence is the sentence's
words; a box shown on paper only goes; a line of only a copyright mark, a year and a name
goes."""

from __future__ import annotations

from datetime import datetime

import pytest
from tests.readers.html.pages import ARTICLE, SENTENCE, page, read

from newsconv.readers.html.metadata import read_metadata
from newsconv.tree import plain_text

#: A dated teaser for another story, in a box under the article.
TEASER = (
    "<div class='col related'><a href='/b'><h2>Wine regions move north"
    "<span class='date'>01.08.2019</span></h2><p>A teaser.</p></a></div>"
)


def _published(title: str, body: str = TEASER) -> datetime | None:
    html = page(f"<title>{title}</title>", f"<h1>Wine tasted</h1>{ARTICLE}{body}")
    return read_metadata(html, url=None).published


@pytest.mark.parametrize(
    "title", ["Wine tasted | Culture | DW | 10.06.2013", "10.06.2013 - Wine tasted"]
)
def test_a_date_the_title_sets_apart_is_the_pages_day_not_a_teasers(title: str) -> None:
    assert _published(title) == datetime(2013, 6, 10)


def test_a_date_inside_a_part_of_the_title_states_nothing() -> None:
    assert _published("Wine tasted on 10.06.2013 | DW", "") is None


def test_the_titles_day_takes_the_time_the_byline_gives_that_day() -> None:
    byline = "<p class='date'>10.06.2013, 14:30</p>"
    assert _published("Wine tasted | DW | 10.06.2013", byline + TEASER) == datetime(
        2013, 6, 10, 14, 30
    )


@pytest.mark.parametrize("label", ["mehr anzeigen", "Show more", "Afficher plus ▼"])
def test_a_show_more_toggles_label_goes(label: str) -> None:
    toggle = f"<div class='collapse-trigger'><span>{label}</span></div>"
    text = plain_text(read(ARTICLE + toggle + ARTICLE))
    assert label.split()[0] not in text
    assert SENTENCE in text


def test_a_sentence_asking_to_show_more_stays() -> None:
    asked = "<p>Show more of the town's history, the mayor told the council.</p>"
    assert "Show more of the town" in plain_text(read(ARTICLE + asked + ARTICLE))


def _magazine_box(blurb: str) -> str:
    links = "".join(
        f"<li><a href='/tr/{i}'>Another story of the issue, {i}</a></li>" for i in "abc"
    )
    listed = f"<ul class='textbox-list'>{links}</ul>"
    return f"<div class='inline-textbox'><p class='synopsis'>{blurb}</p>{listed}</div>"


def test_a_boxs_blurb_over_its_removed_list_of_links_goes() -> None:
    blurb = (
        "This story is from issue 7/2019 of the Review. The issue is on sale from June 20"
        " in shops and in our online store. Highlights of the issue:"
    )
    text = plain_text(read(ARTICLE + _magazine_box(blurb) + ARTICLE))
    assert "Highlights of the issue" not in text
    assert "This story is from issue" not in text
    assert SENTENCE in text


def test_a_boxs_blurb_not_ending_with_a_colon_stays() -> None:
    blurb = (
        "This story is from issue 7/2019 of the Review. The issue is on sale from June 20"
        " in shops and in our online store, with its highlights listed below."
    )
    assert "This story is from issue" in plain_text(read(ARTICLE + _magazine_box(blurb) + ARTICLE))


@pytest.mark.parametrize(
    "deck",
    [
        "<h2 class='article-header-leadText'>{}</h2>",
        "<p class='c-leadtext'>{}</p>",
        "<p class='story-lead-text'>{}</p>",
    ],
)
def test_a_lead_named_for_its_text_is_the_standfirst(deck: str) -> None:
    lead = "In the coming months the district will open its first library in forty years."
    doc = read(deck.format(lead) + ARTICLE)
    assert doc.metadata.subtitle == lead
    assert lead not in plain_text(doc)


def test_a_box_named_for_a_leading_text_elsewhere_is_no_standfirst() -> None:
    box = "<p class='leadtextarea'>In the coming months the district will open a library.</p>"
    assert read(box + ARTICLE).metadata.subtitle is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The flint dates from before modern humans—<a rel='tag' href='/tags/carbon+dating/'>"
        "carbon dating</a> showed it to be 50,000 years old.",
        "The flint was dated (<a rel='tag' href='/tags/carbon+dating/'>carbon dating</a>"
        " showed it) to 50,000 years ago.",
        "The lab called it “<a rel='tag' href='/tags/carbon+dating/'>carbon dating</a> at"
        " scale”, and it dated the flint.",
    ],
)
def test_a_tag_link_beside_a_dash_bracket_or_quote_in_a_sentence_stays(sentence: str) -> None:
    text = plain_text(read(ARTICLE + f"<p>{sentence}</p>" + ARTICLE))
    assert "carbon dating" in text


def test_tag_links_set_apart_by_bars_still_go() -> None:
    line = (
        "<p>More on <a rel='tag' href='/tags/fossils/'>fossils</a> | "
        "<a rel='tag' href='/tags/tools/'>tools</a></p>"
    )
    text = plain_text(read(ARTICLE + line + ARTICLE))
    assert "fossils" not in text
    assert "tools" not in text


_CITATION = "<p>Citation: Library funded (2019, October 22) retrieved 20 January 2020</p>"


@pytest.mark.parametrize(
    "names", ["d-none d-print-block", "visible-print-block", "show-for-print", "u-only-print"]
)
def test_a_box_shown_on_paper_only_goes(names: str) -> None:
    text = plain_text(read(ARTICLE + f"<div class='{names}'>{_CITATION}</div>"))
    assert "Citation" not in text
    assert SENTENCE in text


@pytest.mark.parametrize("names", ["d-none d-print-block d-lg-block", "blueprint-note"])
def test_a_box_shown_on_some_screen_stays(names: str) -> None:
    text = plain_text(read(ARTICLE + f"<div class='{names}'>{_CITATION}</div>"))
    assert "Citation" in text


@pytest.mark.parametrize("line", ["© 2019 Science Network", "Copyright 2011 Gazette.com"])
def test_a_line_of_only_a_copyright_mark_a_year_and_a_name_goes(line: str) -> None:
    text = plain_text(read(ARTICLE + f"<p class='note'>{line}</p>"))
    assert line not in text
    assert SENTENCE in text


def test_a_pictures_credit_with_a_year_stays() -> None:
    figure = (
        "<figure><img src='https://example.com/library.jpg'><figcaption>The new library"
        " <span class='credit'>© 2019 Jane Roe</span></figcaption></figure>"
    )
    assert "2019 Jane Roe" in str(read(ARTICLE + figure + ARTICLE).blocks)
