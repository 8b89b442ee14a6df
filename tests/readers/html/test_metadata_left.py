"""Metadata the rounds on unseen pages left (the eighteenth session): a byline printed in
capitals written as people write names (the rules: ``tests/readers/test_namecase.py``), an
agency's line under the byline, a deck between the headline and the byline, a section at
the end of ``<title>`` taken for the site, a publication named only in PRISM's tags, a lazy
lead picture's credit, a name in a box of credits with no by-word, a blog's portrait
labelled as its author, and a video's headline under its poster."""

from __future__ import annotations

from tests.readers.html.pages import ARTICLE, page, read

from newsconv.model import Figure
from newsconv.options import ReadOptions
from newsconv.readers.html import HtmlReader
from newsconv.readers.html.metadata import read_metadata
from newsconv.tree import inline_text, plain_text


def test_a_byline_in_capitals_names_the_author_as_written() -> None:
    body = f"<h1>Library funded</h1><div class='byline'>By SHAWN POGATCHNIK</div>{ARTICLE}"
    meta = read_metadata(page("<title>Library funded</title>", body), url=None)
    assert [person.name for person in meta.authors] == ["Shawn Pogatchnik"]


def test_the_agency_line_under_the_byline_goes_with_it() -> None:
    body = (
        "<div class='byline'>By Ann Lee</div><div class='source'>The Associated Press</div>"
        f"{ARTICLE}"
    )
    text = plain_text(read(body))
    assert "Associated Press" not in text
    assert text.startswith("1. The council")


def test_a_source_line_away_from_the_byline_stays() -> None:
    body = f"{ARTICLE}<p class='source'>The Associated Press contributed to this report.</p>"
    assert "contributed to this report" in plain_text(read(body))


def _deck_page(deck: str) -> str:
    return (
        "<div class='story'><h1>Library funded</h1>"
        f"{deck}<p class='byline'><span class='author'>Ann Lee</span></p>"
        f"<div class='entry-content'>{ARTICLE}</div></div>"
    )


def test_the_text_between_headline_and_byline_is_the_subtitle() -> None:
    deck = "<p class='intro'>Latest data suggest a long effort will be needed.</p>"
    doc = read(_deck_page(deck), wrap=False)
    assert doc.metadata.subtitle == "Latest data suggest a long effort will be needed."
    assert "Latest data" not in plain_text(doc)


def test_a_label_between_headline_and_byline_is_no_subtitle() -> None:
    doc = read(_deck_page("<p class='kicker'>Breaking news</p>"), wrap=False)
    assert doc.metadata.subtitle is None


_LOGO = (
    "<div id='branding'><h1><a href='http://www.example-news.com'>"
    "<img src='l.png' alt='{}'></a></h1></div>"
)


def test_a_section_ending_the_title_is_no_site_when_the_logo_names_the_site() -> None:
    body = _LOGO.format("ExampleNews.com") + f"<h1>Irish premier resigns as leader</h1>{ARTICLE}"
    meta = read_metadata(
        page("<title>Irish premier resigns as leader - Europe</title>", body), url=None
    )
    assert meta.title == "Irish premier resigns as leader"
    assert meta.site_name == "ExampleNews.com"


def test_a_logo_not_naming_its_host_leaves_the_titles_site() -> None:
    body = _LOGO.format("Home") + f"<h1>Irish premier resigns as leader</h1>{ARTICLE}"
    meta = read_metadata(
        page("<title>Irish premier resigns as leader - The Daily</title>", body), url=None
    )
    assert meta.site_name == "The Daily"


def test_a_publication_named_in_prism_tags_is_the_site() -> None:
    head = (
        "<title>Fukushima set for clean-up : Nature News</title>"
        "<meta name='dc.title' content='Fukushima set for clean-up'>"
        "<meta name='prism.publicationName' content='Nature News'>"
    )
    meta = read_metadata(page(head, f"<h1>Fukushima set for clean-up</h1>{ARTICLE}"), url=None)
    assert meta.site_name == "Nature News"


def test_a_lazy_lead_pictures_credit_is_kept_without_its_label() -> None:
    head = "<title>Library funded</title><meta property='og:image' content='http://x.org/up/lib-690.jpg'>"
    body = (
        "<h1>Library funded</h1><figure><img src='data:image/gif;base64,R0lGOD' "
        "data-src='http://x.org/up/lib-690.jpg'><figcaption><span class='caption-text'>"
        "The new library</span> <span class='credit'><span class='hideFromView'>Credit</span>"
        f" PHOTOGRAPH BY ANN LEE</span></figcaption></figure>{ARTICLE}"
    )
    image = read_metadata(page(head, body), url=None).image
    assert image is not None
    assert inline_text(image.caption) == "The new library"
    assert inline_text(image.credit) == "PHOTOGRAPH BY ANN LEE"


def _credits(box: str) -> list[str]:
    body = f"<header><h1>Library funded</h1>{box}</header>{ARTICLE}"
    meta = read_metadata(page("<title>Library funded</title>", body), url=None)
    return [person.name for person in meta.authors]


def test_a_bold_name_over_a_job_title_in_the_credits_is_the_author() -> None:
    box = (
        "<div class='credits'><p><b>MARIANA VERSOLATO</b><br>EDITORA-ADJUNTA DE COTIDIANO</p></div>"
    )
    assert _credits(box) == ["Mariana Versolato"]


def test_bold_words_in_a_line_of_credits_name_no_author() -> None:
    box = "<div class='credits'><p><b>Photos</b> courtesy of the city archive</p></div>"
    assert _credits(box) == []


def test_a_pictures_credit_under_the_headline_names_no_author() -> None:
    box = "<div class='credit'><img src='p.jpg'><b>Ann Lee</b><br>Staff</div>"
    assert _credits(box) == []


def test_a_players_footer_under_its_poster_is_the_caption() -> None:
    player = (
        "<div class='player'><div class='vidplayer'><a href='/video/strike'>"
        "<img src='poster.jpg' width='780' height='439' alt=''></a></div>"
        "<div class='vidFooter'><div class='headline'>Airport employees vote to strike</div>"
        "</div></div>"
    )
    html = (
        "<html><head><title>Workers strike</title></head><body><main><h1>Workers strike</h1>"
        f"<article>{player}{ARTICLE}</article></main><footer>Contact us</footer></body></html>"
    )
    doc = HtmlReader().read(html.encode(), options=ReadOptions(), source="p.html", report=print)
    figure = doc.blocks[0]
    assert isinstance(figure, Figure)
    assert inline_text(figure.caption) == "Airport employees vote to strike"


def _pictured(images: str) -> list[str]:
    body = f"<h1>Library funded</h1>{ARTICLE}<div class='widget'>{images}</div>"
    meta = read_metadata(page("<title>Library funded</title>", body), url=None)
    return [person.name for person in meta.authors]


def test_a_blogs_portrait_labelled_as_its_author_names_the_author() -> None:
    assert _pictured("<img class='bloggerImg' src='b.jpg' alt='Mathias Brunet - Auteur'>") == [
        "Mathias Brunet"
    ]


def test_portraits_of_several_authors_name_none() -> None:
    images = "<img src='a.jpg' alt='Ann Lee - Author'><img src='b.jpg' alt='Bo Chan - Author'>"
    assert _pictured(images) == []


def test_a_picture_of_a_person_without_the_label_names_no_author() -> None:
    assert _pictured("<img src='a.jpg' alt='Mathias Brunet - Montreal'>") == []


def test_a_lead_pictures_caption_ending_in_its_credit_is_parted_as_the_body_parts_it() -> None:
    head = "<title>Library funded</title><meta property='og:image' content='http://x.org/lib.jpg'>"
    body = (
        "<h1>Library funded</h1><figure><img src='http://x.org/lib.jpg'><figcaption>"
        f"The new library. Photo: Ann Lee</figcaption></figure>{ARTICLE}"
    )
    image = read_metadata(page(head, body), url=None).image
    assert image is not None
    assert inline_text(image.caption) == "The new library."
    assert inline_text(image.credit) == "Photo: Ann Lee"
