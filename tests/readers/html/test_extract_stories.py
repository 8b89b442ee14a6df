"""Which story of a page is its own: boxes with headlines of their own, streams of stories."""

from __future__ import annotations

from newsconv.model import Document
from newsconv.options import ReadOptions
from newsconv.readers.html import HtmlReader
from newsconv.tree import plain_text

SENTENCE = (
    "The council met on Tuesday evening, and after a long debate, the members agreed to "
    "fund the new library, the first in the district for forty years."
)
OTHER = (
    "The launch went ahead on Friday morning, and after a long countdown, the rocket "
    "cleared the tower, the first flight from the coast in twenty years."
)


def read(body: str, title: str = "Library funded") -> Document:
    html = f"<!doctype html><html><head><title>{title}</title></head><body>{body}</body></html>"
    return HtmlReader().read(html.encode(), options=ReadOptions(), source="p.html", report=print)


def test_a_box_opening_with_its_own_headline_is_not_the_story_below_it() -> None:
    """A side tray before the post greets readers under an <h1> of its own; the post,
    split by its editor into many small blocks, is the page's story."""
    welcome = (
        "Welcome, dear readers, to a blog about travel, food, and fashion, written for "
        "women who know that the best years, the freest ones, are only now beginning."
    )

    def nested(inner: str) -> str:  # a site builder's grid: layout, row, column, block
        return f"<div class='layout'><div class='row'><div class='col'>{inner}</div></div></div>"

    tray = nested(f"<div class='block'><h1>Hello and welcome</h1><p>{welcome}</p></div>")
    blocks = "".join(
        nested(f"<div class='block'><p>{i}. {SENTENCE}</p><p>{SENTENCE}</p></div>")
        for i in range(3)
    )
    post = f"<article><h2>Library funded</h2><div class='inner'>{blocks}</div></article>"
    text = plain_text(read(tray + post))
    assert text.count(SENTENCE) == 6
    assert welcome not in text


def test_the_first_of_a_stream_of_stories_is_the_page_s_own() -> None:
    """Some sites print the next stories in full under the page's own, each an <article>
    beside it; their headers go as furniture, and a longer one scores best."""

    def story(name: str, sentence: str, count: int) -> str:
        paragraphs = "".join(f"<p>{i}. {sentence}</p>" for i in range(count))
        return (
            f"<article class='item' id='{name}'><header class='item-header'><h2>{name}</h2>"
            f"</header><div class='item-body'>{paragraphs}</div></article>"
        )

    stream = story("Library funded", SENTENCE, 6) + story("Rocket clears the tower", OTHER, 9)
    text = plain_text(read(f"<h1>Latest stories</h1><div class='list'>{stream}</div>"))
    assert text.count(SENTENCE) == 6
    assert OTHER not in text
