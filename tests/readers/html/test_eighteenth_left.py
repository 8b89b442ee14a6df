"""Rules for the misses the eighteenth session's unseen pages left (the nineteenth session):
an ancestor climbs over the story's box only on votes other than the one a ``<section>``
round the story casts with the story's own text; a link right under the headline to a
writer's page on the site names the author; a heading saying the description under pictures
is the subtitle: the pictures take no place among the opening blocks; a desk and a
``<time>`` opening the first paragraph in elements of their own, the standfirst after
them, go (past a picture's caption written without ``<figure>``); a wrapper after the story's box
holding boxes of its kind is opened into them, and a row of unlinked pictures with no
words (screenshots) stays; a picture linked to a writer's page is the author's portrait and
goes; a byline in capitals takes the case the page writes the name in
elsewhere."""

from __future__ import annotations

from tests.readers.html.pages import ARTICLE, SENTENCE, read

from newsconv.model import Document, Figure, InlineImage
from newsconv.options import ReadOptions
from newsconv.readers.html import HtmlReader
from newsconv.tree import plain_text, walk


def _page(body: str, head: str = "") -> Document:
    html = (
        f"<!doctype html><html><head><title>Library funded</title>{head}</head>"
        f"<body>{body}</body></html>"
    )
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


def _authors(doc: Document) -> list[str]:
    return [person.name for person in doc.metadata.authors]


def test_a_link_under_the_headline_to_a_writers_page_names_the_author() -> None:
    meta = (
        "<div class='meta'><a href='/about/editors/ann-lee/'><img src='/ann.jpg'></a>"
        "<a href='/about/editors/ann-lee/'>Ann Lee</a>, <a href='https://x.com/annlee'>@annlee"
        "</a><div>08.18.10</div></div>"
    )
    body = f"<article><header><h1>Library funded</h1>{meta}</header>{_STORY}</article>"
    assert _authors(_page(body)) == ["Ann Lee"]


def test_a_writers_link_after_the_story_names_no_author() -> None:
    others = (
        "<div><h4>Other columnists:</h4><a href='/blog/author/luis-prada/'>Luis Prada</a></div>"
    )
    body = f"<article><h1>Library funded</h1>{_STORY}{others}</article>"
    assert _authors(_page(body)) == []


def test_a_link_under_the_headline_to_a_page_of_the_site_is_no_byline() -> None:
    meta = "<div class='meta'><a href='/topics/ann-lee/'>Ann Lee</a></div>"
    body = f"<article><h1>Library funded</h1>{meta}{_STORY}</article>"
    assert _authors(_page(body)) == []


_DECK = "Libraries prove their worth in a crisis: the council wants one in every district."


def test_a_heading_saying_the_description_under_pictures_is_the_subtitle() -> None:
    head = f"<meta name='description' content='{_DECK}'>"
    opening = (
        "<p class='issue'>Issue 341</p><p><a href='/author/lee/'><img src='/lee.jpg'></a></p>"
        "<figure><img src='/lead.jpg'><figcaption>Photo: Ann Lee</figcaption></figure>"
        f"<h4>{_DECK}</h4>"
    )
    doc = _page(f"<article><h1>Library funded</h1>{opening}{_STORY}</article>", head)
    assert doc.metadata.subtitle == _DECK
    assert _DECK not in plain_text(doc)


_CAPTION = (
    "The old reading room on Tuesday evening, when the council met to decide the library's "
    "fate; the members agreed to fund a new one, the first in the district for forty years, "
    "and the old room will close."
)
_STANDFIRST = "The district gets its first new library in forty years."


def _opening(meta: str) -> str:
    lead = f"<img src='/lead.jpg'><p class='license'><span class='legend'>{_CAPTION}</span></p>"
    return f"<article><h1>Library funded</h1>{lead}<div>{meta}</div>{_STORY}</article>"


def test_a_desk_and_a_time_glued_to_the_standfirst_go() -> None:
    meta = (
        "<p class='meta'><em><a href='mailto:desk@example.org'>Red.</a> / </em><em><time "
        "datetime='2023-10-31T10:38:50+01:00'>31.10.2023</time></em>\t"
        f"<strong>&nbsp;{_STANDFIRST} {SENTENCE}</strong></p>"
    )
    text = plain_text(_page(_opening(meta)))
    assert "Red." not in text
    assert "31.10.2023" not in text
    assert f"{_STANDFIRST} {SENTENCE}" in text
    assert _CAPTION in text


def test_a_time_opening_a_sentence_stays() -> None:
    meta = (
        "<p><time datetime='2023-10-31T10:38:50+01:00'>31.10.2023</time> — the council voted,"
        f" <strong>{_STANDFIRST}</strong> {SENTENCE}</p>"
    )
    assert "31.10.2023 — the council voted" in plain_text(_page(_opening(meta)))


def _images(doc: Document) -> list[str]:
    """The pictures the body shows, as figures or in its lines."""
    figures = [block.image.src for block in doc.blocks if isinstance(block, Figure)]
    return figures + [node.src for node in walk(doc) if isinstance(node, InlineImage)]


def _continued_story(row: str) -> str:
    return (
        "<div class='page'><header><h1>Library funded</h1></header><div class='flush'>"
        "<div class='block top'><figure><img src='/lead.jpg'></figure></div>"
        f"<div class='block first'><div class='text'>{_STORY}</div></div>"
        "<div class='js-gate'><div class='block later'><div class='text'><p><br><br></p>"
        f"{row}</div></div><div class='block last'><div class='text'><p><em>Disclosure: the "
        "council's library fund also pays for this newspaper's reading room, which it "
        "rents.</em></p></div></div></div></div></div>"
    )


def test_pictures_in_the_storys_next_block_inside_a_wrapper_are_kept() -> None:
    row = (
        "<div style='text-align:center'><img src='/a.jpg'><img src='/b.jpg'><img src='/c.jpg'>"
        "</div>"
    )
    assert _images(_page(_continued_story(row))) == ["/a.jpg", "/b.jpg", "/c.jpg"]


def test_a_row_of_linked_pictures_there_goes() -> None:
    row = "".join(f"<a href='/story-{i}'><img src='/{i}.jpg'></a>" for i in "abc")
    assert _images(_page(_continued_story(f"<div>{row}</div>"))) == []


def test_a_row_of_unlinked_screenshots_in_the_story_stays() -> None:
    row = "<div><img src='/a.png'><img src='/b.png'></div>"
    assert _images(read(f"{ARTICLE}{row}{ARTICLE}")) == ["/a.png", "/b.png"]


def test_a_byline_in_capitals_takes_the_case_the_page_writes_the_name_in() -> None:
    box = "<div class='bio'><p>Angus MacIntyre covers the council for the paper.</p></div>"
    body = (
        f"<article><h1>Library funded</h1><p class='byline'>By ANGUS MACINTYRE</p>{_STORY}"
        f"</article>{box}"
    )
    assert _authors(_page(body)) == ["Angus MacIntyre"]


def test_a_picture_linked_to_a_writers_page_is_the_authors_portrait() -> None:
    portrait = "<p><a href='/author/lee/'><img src='/lee-100x100.png'></a></p>"
    assert _images(read(f"{portrait}{ARTICLE}")) == []


def test_a_portrait_linked_to_its_full_size_stays() -> None:
    portrait = (
        "<p><a href='/graphics/author/lee.jpg'><img src='/graphics/author/lee-425.jpg'></a></p>"
    )
    assert _images(read(f"{portrait}{ARTICLE}")) == ["/graphics/author/lee-425.jpg"]


def test_a_wrapper_of_other_stories_in_boxes_of_the_storys_kind_stays_shut() -> None:
    blurb = "A new bridge opens over the river next spring, the council said, after years of delay."
    more = (
        "<div class='more'><h3>More stories</h3>"
        f"<div class='block teaser'><p>{blurb}</p></div></div>"
    )
    page = _continued_story("").replace("<div class='js-gate'>", f"{more}<div class='js-gate'>")
    assert blurb not in plain_text(_page(page))
