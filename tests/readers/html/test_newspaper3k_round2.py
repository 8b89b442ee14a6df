"""Rules from the second set of newspaper3k's test pages (the nineteenth session): a
``datePublished`` inside an ``ItemList``'s entries is a teaser's, not the story's; a
picture whose only words are an author's name is the writer's portrait, not the story's;
"More from Example.com:" over a list of links is a "read also" box; a tag stating only the
day takes the time a later tag gives on that day."""

from __future__ import annotations

from tests.readers.html.pages import ARTICLE, SENTENCE, read

from newsconv.model import Document, Figure, InlineImage
from newsconv.options import ReadOptions
from newsconv.readers.html import HtmlReader
from newsconv.tree import plain_text


def _read(head: str, body: str) -> Document:
    html = f"<!doctype html><html><head>{head}</head><body>{body}</body></html>"
    return HtmlReader().read(html.encode(), options=ReadOptions(), source="p.html", report=print)


def _pictures(doc: Document) -> list[str]:
    """The src of every picture the body shows, figure or inline."""
    found = [block.image.src for block in doc.blocks if isinstance(block, Figure)]
    for block in doc.blocks:
        stack = list(getattr(block, "children", ()))
        while stack:
            node = stack.pop()
            if isinstance(node, InlineImage):
                found.append(node.src)
            stack.extend(getattr(node, "children", ()))
    return found


def test_a_date_in_an_item_lists_entries_is_no_date_of_the_story() -> None:
    teaser = (
        "<ul itemscope itemtype='http://schema.org/ItemList'><li itemprop='itemListElement'>"
        "<h3><a href='/other'>This year, do not mistake sales for profit</a></h3>"
        "<meta itemprop='datePublished' content='2015-01-01T19:03:05Z'></li></ul>"
    )
    body = (
        "<article><h1>Library funded</h1><time itemprop='datePublished' "
        f"datetime='2014-12-16T11:45-05:00'>December 16, 2014</time>{ARTICLE}</article>"
        f"<aside>{teaser}</aside>"
    )
    doc = _read("<title>Library funded</title>", body)
    assert doc.metadata.published is not None
    assert doc.metadata.published.date().isoformat() == "2014-12-16"


def test_the_bylines_portrait_goes_with_the_byline() -> None:
    byline = (
        "<div class='article-info'><a class='byline' href='/people/janedoe/'>"
        "<img class='author_image' src='/jane.jpg' alt='Jane-doe-56747d0f8c'>"
        "<span class='author_name'>By Jane Doe</span></a></div>"
    )
    head = "<title>Library funded</title><meta name='author' content='Jane Doe'>"
    doc = _read(head, f"<article><h1>Library funded</h1>{byline}{ARTICLE}</article>")
    assert [a.name for a in doc.metadata.authors] == ["Jane Doe"]
    assert "/jane.jpg" not in " ".join(_pictures(doc))
    assert SENTENCE in plain_text(doc)


def test_a_mug_shot_captioned_with_the_authors_name_goes() -> None:
    mug = "<figure><img src='/mug.jpg' alt=''><figcaption>Jane Doe</figcaption></figure>"
    scene = (
        "<figure><img src='/hall.jpg' alt=''><figcaption>Jane Doe at the hall</figcaption></figure>"
    )
    head = "<title>Library funded</title><meta name='author' content='Jane Doe'>"
    doc = _read(head, f"<article><h1>Library funded</h1>{ARTICLE}{mug}{scene}{ARTICLE}</article>")
    shown = " ".join(_pictures(doc))
    assert "/mug.jpg" not in shown
    assert "/hall.jpg" in shown


_LINKS = "".join(
    f"<li><a href='/story-{n}'>Growth: one thing your startup must do, number {n}</a></li>"
    for n in range(3)
)


def test_more_from_a_source_over_a_list_of_links_goes() -> None:
    text = plain_text(read(f"{ARTICLE}<p>More from Example.com:&#160;</p><ul>{_LINKS}</ul>"))
    assert SENTENCE in text
    assert "More from" not in text
    assert "startup" not in text


def test_a_sentence_announcing_a_list_of_links_stays() -> None:
    lead = "<p>Read more about the plan in the council's own reports:</p>"
    text = plain_text(read(f"{ARTICLE}{lead}<ul>{_LINKS}</ul>"))
    assert "council's own reports" in text
    assert "startup" in text


def test_a_tag_stating_the_day_takes_the_time_a_later_one_gives_that_day() -> None:
    head = (
        "<title>Library funded</title><meta name='dc.date' content='2014-12-16'>"
        "<meta name='DC.date.issued' content='2014-12-16T11:45:18-05:00'>"
    )
    doc = _read(head, f"<article><h1>Library funded</h1>{ARTICLE}</article>")
    assert doc.metadata.published is not None
    assert doc.metadata.published.isoformat() == "2014-12-16T11:45:18-05:00"
