"""Metadata that follows what the reader sees: the headline over the article, the byline
and date beside it, not a trail's, a teaser's, a comment's or a quoted post's."""

from __future__ import annotations

from tests.readers.html.pages import ld, page

from newsconv.readers.html.metadata import read_metadata


def _og(prop: str, value: str) -> str:
    return f'<meta property="{prop}" content="{value}">'


def test_a_breadcrumb_h1_is_not_the_headline() -> None:
    head = (
        "<title>Short SEO headline here | Magazine</title>"
        + ld({"@type": "NewsArticle", "headline": "Short SEO headline here"})
        + _og("og:title", "The longer headline the article shows")
    )
    body = (
        '<div class="breadcrumb"><ol><li><a href="/">Home</a></li>'
        "<li><h1>Short SEO headline here</h1></li></ol></div>"
        "<main><header><h2>The longer headline the article shows</h2></header>"
        "<p>Text of the article, long enough to be one.</p></main>"
    )
    assert read_metadata(page(head, body), url=None).title == (
        "The longer headline the article shows"
    )


def test_a_cut_title_takes_the_headings_dashes() -> None:
    head = "<title>Mystery bag - every woman needs a secret! - Ann Berg - Lady Blog</title>"
    head += _og("og:site_name", "Ann Berg - Lady Blog")
    body = "<article><h1>Mystery bag – every woman needs a secret!</h1><p>Text.</p></article>"
    title = read_metadata(page(head, body), url=None).title
    assert title == "Mystery bag – every woman needs a secret!"


def test_a_stated_title_takes_the_headings_case_not_its_marks() -> None:
    head = ld({"@type": "Article", "name": "T-distributed embedding"})
    head += "<title>t-distributed embedding - Wiki</title>"
    meta = read_metadata(page(head, "<h1>t-distributed embedding</h1>"), url=None)
    assert meta.title == "t-distributed embedding"
    stated = "Pills &quot;burned her up&quot;"
    head = _og("og:title", stated) + _og("twitter:title", stated)
    meta = read_metadata(page(head, "<h1>Pills “burned her up”</h1>"), url=None)
    assert meta.title == 'Pills "burned her up"'
    meta = read_metadata(page(head, "<h1>Pills &quot;burned her up&quot;¶</h1>"), url=None)
    assert meta.title == 'Pills "burned her up"'
    meta = read_metadata(page(head, "<h1>PILLS &quot;BURNED HER UP&quot;</h1>"), url=None)
    assert meta.title == 'Pills "burned her up"'
    head = "<title>Debt collection abroad | Law Firm</title>"
    meta = read_metadata(page(head, "<h1>DEBT COLLECTION ABROAD</h1>"), url=None)
    assert meta.title == "Debt collection abroad"


def test_without_an_h1_an_h2_shows_which_part_of_the_title_is_the_headline() -> None:
    head = "<title>Jane's Digital Home | Our long road to the new release</title>"
    body = (
        '<div id="content"><h2>Our long road to the new release</h2><p>Text.</p></div>'
        '<div id="sidebar"><h2>Categories</h2></div>'
    )
    meta = read_metadata(page(head, body), url=None)
    assert meta.title == "Our long road to the new release"


def test_an_h2_alone_is_no_title() -> None:
    meta = read_metadata(page("", "<h2>Page being edited</h2><p>Text.</p>"), url=None)
    assert meta.title is None
