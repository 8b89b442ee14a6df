"""Rules from trafilatura's cached news pages (the twenty-third session, quality35), each
on a small page written here; each test's name says its rule."""

from __future__ import annotations

from tests.readers.html.pages import ARTICLE

from newsconv.model import Document
from newsconv.options import ReadOptions
from newsconv.readers.html import HtmlReader


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
