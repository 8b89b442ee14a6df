"""Rules from the misses earlier rounds left on saved pages no rule was written from (the
eighteenth session): a box named like furniture that holds the story, an author's
initials closing it, a standfirst named as the story's lead, another page's opening that
a "Read more" closes at the story's end, and a credits block that does not open it."""

from __future__ import annotations

import pytest
from tests.readers.html.pages import ARTICLE, SENTENCE, page, read

from newsconv.model import Document
from newsconv.options import ReadOptions
from newsconv.readers.html import HtmlReader
from newsconv.readers.html.metadata import read_metadata
from newsconv.tree import plain_text


def _read(body: str, head: str = "<title>Library funded</title>") -> Document:
    html = f"<!doctype html><html><head>{head}</head><body>{body}</body></html>"
    return HtmlReader().read(html.encode(), options=ReadOptions(), source="p.html", report=print)


def test_a_box_named_like_furniture_that_holds_the_story_is_the_story_s() -> None:
    # Folha de S.Paulo's mobile page: the story, its picture, tags, contact lines and
    # footer are one item of a list named "pagination", the first attempt's furniture.
    menu = "<nav class='menu'><a href='/'>Home</a> <a href='/news'>News</a></nav>"
    story = (
        "<li class='content-news'><header><h1>Library funded</h1></header>"
        "<article><figure><img src='/p.jpg'><figcaption>The new library</figcaption>"
        f"</figure></article><article>{ARTICLE * 3}"
        "<div class='article-stamp'><a href='/print/'>Print edition</a></div></article>"
        "<section class='tags-related-box'><h2>Related topics</h2>"
        "<ul><li><a href='/topics/library'>library</a></li></ul></section>"
        "<p class='talk'>Write to the newsroom - <a href='mailto:desk@example.com'>"
        "desk@example.com</a><br>Trouble with the app? - <a href='mailto:app@example.com'>"
        "app@example.com</a></p><div class='ad-wrapper'><div class='ad-tag'>Advertisement"
        "</div></div><footer class='copyright'><p>Daily Bugle 2017</p></footer></li>"
    )
    doc = _read(f"{menu}<div id='content'><ul id='pagination'>{story}</ul></div>")
    text = plain_text(doc)
    assert text.count(SENTENCE) == 18
    for furniture in ("Print edition", "Related topics", "Write to the newsroom", "Home"):
        assert furniture not in text


def test_a_site_header_holding_the_logo_s_headline_stays_furniture() -> None:
    header = (
        "<div class='header'><h1><a href='/'>Daily Bugle</a></h1>"
        "<p>News from the city since 1900, every morning and every evening.</p></div>"
    )
    doc = _read(f"{header}<article><h2>Library funded</h2>{ARTICLE}</article>")
    text = plain_text(doc)
    assert SENTENCE in text
    assert "Daily Bugle" not in text and "since 1900" not in text


def test_initials_linked_to_an_address_closing_the_story_go() -> None:
    # heise online: "… JavaScript-Engine. (<a href="mailto:heb@ct.de">heb</a>)"
    last = (
        f"<p>{SENTENCE} <span class='sign'>(<a href='mailto:jd@example.com' "
        "title='Jane Doe'>jd</a>)</span></p>"
    )
    text = plain_text(read(ARTICLE + last))
    assert text.rstrip().endswith("forty years.")
    assert "jd" not in text and "(" not in text


@pytest.mark.parametrize(
    ("closing", "shown"),
    [
        ("(<a href='mailto:jd@example.com'>Jane Doe</a>)", "(Jane Doe)"),  # a name
        ("(<a href='/wiki/sic'>sic</a>)", "(sic)"),  # a link to a page
        ("(dpa)", "(dpa)"),  # an agency's credit in plain text
        ("(<a href='mailto:jd@example.com'>jd</a>) More to come.", "(jd) More to come."),
    ],
)
def test_other_brackets_closing_the_story_stay(closing: str, shown: str) -> None:
    text = plain_text(read(f"{ARTICLE}<p>{SENTENCE} {closing}</p>"))
    assert text.rstrip().endswith(f"forty years. {shown}")


@pytest.mark.parametrize(
    "lead",
    [
        "<h2 class='lead'>{}</h2>",  # SIC Notícias
        "<p class='article-lead'>{}</p>",  # polizeiticker.ch
        "<p class='headline__lead'>{}</p>",  # the Aargauer Zeitung
        "<p class='deck'>{}</p>",
    ],
)
def test_a_lead_named_so_under_the_headline_is_the_subtitle(lead: str) -> None:
    said = "The mayor says the money comes from the city's reserves."
    body = f"<h1>Library funded</h1>{lead.format(said)}{ARTICLE}"
    meta = read_metadata(page("<title>Library funded</title>", body), url=None)
    assert meta.subtitle == said


@pytest.mark.parametrize(
    "lead",
    [
        "<p class='lead'>{}</p>",  # Bootstrap's style for a body paragraph
        "<div class='upper-deck'>{}</div>",  # a kicker over the headline (Ars Technica)
        "<figure class='image__lede'><img src='/p.jpg'><figcaption>{}</figcaption></figure>",
        "<article class='has-lead'><h3>Other story</h3><p>{}</p></article>",  # a teaser
        "<div class='leading-tight'>{}</div>",  # a utility class of line spacing
    ],
)
def test_other_elements_named_lead_or_deck_are_no_subtitle(lead: str) -> None:
    said = "The mayor says the money comes from the city's reserves."
    body = f"{lead.format(said)}<h1>Library funded</h1>{ARTICLE}"
    meta = read_metadata(page("<title>Library funded</title>", body), url=None)
    assert meta.subtitle is None


def test_a_box_closed_by_read_more_at_the_story_s_end_is_another_page_s() -> None:
    # Courrier international: a notice on the newspaper the story was translated from.
    notice = (
        "<div class='box-source'><div class='title'>Source of the article</div>"
        "<div class='infos'><img src='/logo.png' alt='Logo'> <span>The Daily Planet</span>"
        "<div class='text'><p>The paper of record of Metropolis, founded in 1938, and read "
        "by more people than any other in the state.</p><p>It has won many prizes, and its "
        "reporters are known in every country of the world.</p></div>"
        "<a href='/notice/the-daily-planet'>Read more</a></div></div>"
    )
    text = plain_text(read(ARTICLE + notice))
    assert text.count(SENTENCE) == 6
    for shown in ("Source of the article", "Daily Planet", "paper of record", "Read more"):
        assert shown not in text


def test_a_section_closed_by_learn_more_inside_the_page_stays() -> None:
    section = (
        "<div class='feature'><h2>Themes</h2><p>Make the browser match your style, and "
        "choose from thousands of themes with one click.</p>"
        "<a href='/themes/'>Learn more</a></div>"
    )
    half = ARTICLE.index("<p>4.")
    text = plain_text(read(ARTICLE[:half] + section + ARTICLE[half:]))
    assert "Make the browser match your style" in text


def test_a_credits_block_between_headline_and_story_does_not_open_it() -> None:
    # Folha de S.Paulo: the author's name over a job title, in a box named "credits".
    header = (
        "<header><h1>Library funded</h1><div class='credits'><p><b>JANE DOE</b><br>"
        "DEPUTY EDITOR OF THE CITY DESK AND THE MAGAZINE</p></div>"
        "<div class='summary'><p>The mayor says the money comes from the city's reserves, "
        "not from a new tax.</p></div></header>"
    )
    text = plain_text(_read(f"<div class='page'>{header}<article>{ARTICLE}</article></div>"))
    assert "JANE DOE" not in text and "DEPUTY EDITOR" not in text
    assert text.startswith("The mayor says")
