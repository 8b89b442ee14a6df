"""Rules for the misses the eighteenth session's unseen pages left (the nineteenth session):
an ancestor climbs over the story's box only on votes other than the one a ``<section>``
round the story casts with the story's own text."""

from __future__ import annotations

from tests.readers.html.pages import SENTENCE

from newsconv.model import Document
from newsconv.options import ReadOptions
from newsconv.readers.html import HtmlReader
from newsconv.tree import plain_text


def _page(body: str, head: str = "") -> Document:
    html = f"<!doctype html><html><head><title>Library funded</title>{head}</head><body>{body}</body></html>"
    return HtmlReader().read(html.encode(), options=ReadOptions(), source="p.html", report=print)


_STORY = "".join(f"<p>{i}. {SENTENCE} {SENTENCE}</p>" for i in range(1, 9))


def test_a_section_round_the_story_and_its_column_lifts_no_frame_over_it() -> None:
    teasers = "".join(
        f"<article class='teaser'><p>Teaser {i}: a short blurb, with a comma, about another "
        "story.</p></article>"
        for i in range(4)
    )
    body = (
        "<div class='frame'><ol class='crumbs main'><li><a href='/'>Home</a></li>"
        "<li><a href='/weird'>Weird World</a></li></ol>"
        "<section class='main-module last'><div class='column'><article><section class='body'>"
        f"<h1>Library funded</h1><section>{_STORY}</section></section></article>"
        "<div class='panel'><h4>More by Ann Lee:</h4><ul><li><a href='/a'>Five more libraries,"
        f" ranked</a></li></ul></div>{teasers}</div></section></div>"
    )
    text = plain_text(_page(body))
    assert text.startswith("1. The council met")
    assert "Weird World" not in text
    assert "Teaser" not in text
