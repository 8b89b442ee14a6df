"""The census's page scan, the per-setter direction count and the lazy following-text
walk match what they replaced."""

from __future__ import annotations

from collections import Counter

import lxml.html
import pytest
from lxml.html import HtmlElement

from newsconv.readers.html.census import PageScan, take_census
from newsconv.readers.html.meta import when
from newsconv.readers.html.meta.language import (
    SAMPLE,
    _inherited,
    _paragraph_directions,
    _paragraph_sample,
)

PAGE = """<html dir="ltr" class="author-page"><head><title>Page</title>
<meta name="author" content="A"><meta itemprop="datePublished" content="2020-01-01">
<link rel="canonical" href="https://x.example/a"><base href="https://x.example/">
<script type="application/ld+json">{}</script></head>
<body class="byline-body"><div class="Article-ByLine" dir="rtl">By Maya Okafor</div>
<span itemprop="name">Maya</span><a rel="tag" href="/t">Tag</a>
<p class="dek">Deck</p><p class="plain">Text</p>
<h1>Head</h1><time>Then</time><img src="a.png">
<meta itemprop="dateModified" content="2020-01-02" class="date"></body></html>"""


def scan_page(root: HtmlElement, hints: tuple[str, ...]) -> PageScan:
    return take_census(root, hints=hints).scan


def test_scan_sorts_every_element_in_page_order() -> None:
    root = lxml.html.document_fromstring(PAGE)
    found = scan_page(root, ("byline", "dek", "date", "tag"))
    assert [m.get("name") or m.get("itemprop") for m in found.metas] == [
        "author", "datePublished", "dateModified",
    ]  # fmt: skip
    assert [link.get("rel") for link in found.links] == ["canonical"]
    assert len(found.scripts) == 1
    assert [base.get("href") for base in found.bases] == ["https://x.example/"]
    assert [e.tag for e in found.items] == ["span"]  # <meta itemprop> is not microdata
    assert [e.tag for e in found.directed] == ["html", "div"]
    # Inside <body> only, <body> itself left out; matched case-insensitively; a rel
    # alone is a mark too.
    marks = [marks for _, marks in found.marked]
    assert marks == ["article-byline", "tag", "dek", "datemodified date"]
    assert [p.get("class") for p in found.paragraphs] == ["dek", "plain"]
    assert [t.text for t in found.titles] == ["Page"]
    assert [e.text for e in (*found.headlines, *found.times)] == ["Head", "Then"]
    assert [img.get("src") for img in found.images] == ["a.png"]


DIRECTED = [
    '<html dir="ltr"><body><div dir="rtl"><p>a</p><p>b</p>'
    '<section dir="LTR "><p>c</p><div dir="auto"><p>d</p></div></section></div>'
    "<p>e</p></body></html>",
    '<html><body><p>a</p><div dir="rtl"><p dir="ltr">b</p><p>c</p></div></body></html>',
    '<html><body dir="rtl">'
    + "".join(
        f'<div dir="{"ltr" if i % 3 else "rtl"}"><p>{i}</p><span dir="rtl">s</span></div>'
        for i in range(20)
    )
    + "</body></html>",  # more setters than the per-setter count takes
    "<html><body><p>a</p></body></html>",
]


@pytest.mark.parametrize("html", DIRECTED)
def test_paragraph_directions_match_walking_up_from_each_paragraph(html: str) -> None:
    root = lxml.html.document_fromstring(html)
    expected = Counter(_inherited(p) for p in root.iter("p"))
    got = _paragraph_directions(list(root.iter("p")), scan_page(root, ("x",)).directed)
    assert +got == +expected and got.total() == expected.total()


@pytest.mark.parametrize("count", [0, 1, 59, 60, 61, 200])
def test_language_sample_stops_once_it_has_enough(count: int) -> None:
    paragraphs = [f"paragraph {i:03} " + "x" * 36 for i in range(count)]  # 50 chars each
    root = lxml.html.document_fromstring(
        "<html><body>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>"
    )
    sample = _paragraph_sample(root.iter("p"))
    assert sample[:SAMPLE] == " ".join(paragraphs)[:SAMPLE]
    assert len(sample) < SAMPLE + 60


FOLLOWING = [
    """<html><body><div><header><h1 id="s">Title</h1> after title
    <p>By <b>Ann</b> on <time>May 5</time>.</p></header>
    <ul><li>Menu 1</li></ul> tail of list
    <figure><img src="x"><figcaption>Caption 2019</figcaption></figure>
    <div>Body <table><tr><td>Cell</td></tr></table> more <aside>Aside<p>deep</p></aside> end</div>
    </div><footer>Foot</footer> last</body></html>""",
    """<html><body><aside><h1 id="s">Inside an aside</h1> hidden tail <p>hidden</p></aside>
    <p>Shown <span> </span>text</p></body></html>""",
    """<html><body><h1 id="s">Last</h1></body></html>""",
    """<html><body><h1 id="s">T</h1><!-- note --> after note<div>a<!-- inner -->b</div>
    <?pi data?> after pi</body></html>""",
]


@pytest.mark.parametrize("html", FOLLOWING)
def test_following_texts_match_the_xpath_they_replaced(html: str) -> None:
    start = lxml.html.document_fromstring(html).get_element_by_id("s")  # comments kept
    asides = " or ".join(f"ancestor::{tag}" for tag in when._ASIDE)
    expected = start.xpath(f"following::text()[normalize-space()][not({asides})]")
    assert list(when._following_texts(start)) == [str(text) for text in expected]
