"""Documents a word processor saved as a web page (Google Docs, Word): their title and
subtitle paragraphs, class-drawn bold and italics and redirected links read as a CMS's."""

from __future__ import annotations

import pytest

import newsconv
from newsconv.model import Document, Emphasis, Heading, Link, Strong, Text
from newsconv.readers.html.exports import without_redirect
from newsconv.tree import block_texts

ARCHES = "in two of its three arches and rust in the deck's steel, the council said."
YEARS = "than it was designed for, according to engineers who inspected it in March."
SQUARE = "the shuttle will run every ten minutes from the station to the market square."
GOOGLE_STYLE = (
    '<style type="text/css">.lst-kix_a-0>li:before{content:"\\0025cf  "}'
    ".c0{font-weight:400;font-style:normal}.c2{font-weight:700}.c3{font-style:italic}"
    ".c9{font-weight:700;font-style:italic}.c5{max-width:468pt}"
    ".title{font-size:26pt}.subtitle{color:#666666}</style>"
)
GOOGLE = (
    f"<html><head><meta charset='utf-8'>{GOOGLE_STYLE}</head><body class='c5 doc-content'>"
    '<p class="c1 title" id="h.1"><span class="c0">Council closes the old bridge</span></p>'
    '<p class="c1 subtitle" id="h.2"><span class="c0">Repairs will take two years</span></p>'
    '<p class="c1"><span class="c0">The council voted on Tuesday to close it, citing a </span>'
    f'<span class="c0 c2">survey</span><span class="c0"> {ARCHES}</span></p>'
    '<h1 class="c1" id="h.3"><span class="c0">What happens next</span></h1>'
    '<p class="c1"><span class="c0">The structure was carrying </span><span class="c3 c0">'
    f'far more traffic</span><span class="c0"> {YEARS} See </span><span class="c9">'
    '<a href="https://www.google.com/url?q=https://news.example/report&amp;sa=D&amp;'
    'source=editors&amp;ust=1621500000000000&amp;usg=AOvVaw0">the report</a></span>.</p>'
    f'<p class="c1"><span class="c0">Residents may cross on foot, and {SQUARE}</span></p>'
    "</body></html>"
)
WORD = (
    "<html><head><meta name=Generator content='Microsoft Word 15 (filtered)'>"
    "<style>p.MsoTitle{font-size:28.0pt}</style></head><body lang=EN-GB>"
    "<div class=WordSection1><p class=MsoTitle><span>Council closes the old bridge</span></p>"
    "<p class=MsoSubtitle><span>Repairs to the 1904 structure will take two years</span></p>"
    f"<p class=MsoNormal>The council voted on Tuesday to close it, <b>citing</b> {ARCHES}</p>"
    f"<p class=MsoNormal>The structure was carrying <i>far more traffic</i> {YEARS}</p>"
    f"<p class=MsoNormal>Residents may cross on foot, and {SQUARE}</p></div></body></html>"
)


def read(page: str) -> Document:
    return newsconv.read(page.encode("utf-8"), format="html")


def inlines(doc: Document) -> list[object]:
    return [node for block in doc.blocks for node in getattr(block, "children", ())]


def test_a_google_docs_download_reads_as_the_article_it_is() -> None:
    doc = read(GOOGLE)
    assert doc.metadata.title == "Council closes the old bridge"
    assert doc.metadata.subtitle == "Repairs will take two years"
    assert Heading(1, (Text("What happens next"),), "h.3") in doc.blocks
    nodes = inlines(doc)
    assert Strong((Text("survey"),)) in nodes
    assert Emphasis((Text("far more traffic"),)) in nodes
    link = Link((Text("the report"),), "https://news.example/report")
    assert Strong((Emphasis((link,)),)) in nodes
    assert "Council closes" not in " ".join(t for b in doc.blocks for t in block_texts(b))


def test_a_word_web_page_reads_its_title_and_subtitle() -> None:
    doc = read(WORD)
    assert doc.metadata.title == "Council closes the old bridge"
    assert doc.metadata.subtitle == "Repairs to the 1904 structure will take two years"
    assert Strong((Text("citing"),)) in inlines(doc)


def test_a_page_no_word_processor_saved_keeps_its_markup() -> None:
    """A news page's ``p.title`` is a teaser's, its spans' classes are its own (and its
    ``<h1>`` the title)."""
    page = GOOGLE.replace("doc-content", "story").replace(".lst-kix_a-0", ".menu")
    doc = read(page)
    assert Strong((Text("survey"),)) not in inlines(doc)
    assert doc.metadata.title == "What happens next"


@pytest.mark.parametrize(
    ("url", "target"),
    [
        (
            "https://www.google.com/url?q=https://a.example/x%3Fy%3D1&sa=D",
            "https://a.example/x?y=1",
        ),
        ("https://www.google.co.uk/url?q=mailto:desk@a.example&sa=D", "mailto:desk@a.example"),
        (
            "https://www.google.com/url?q=javascript:alert(1)",
            "https://www.google.com/url?q=javascript:alert(1)",
        ),
        ("https://www.google.com/search?q=bridge", "https://www.google.com/search?q=bridge"),
        (
            "https://a.example/url?q=https://b.example/",
            "https://a.example/url?q=https://b.example/",
        ),
    ],
)
def test_a_google_redirect_gives_its_target_and_nothing_else(url: str, target: str) -> None:
    assert without_redirect(url) == target


@pytest.mark.parametrize(
    ("markup", "drawn"),
    [
        ('<span style="font-weight: 700">cracks</span>', Strong((Text("cracks"),))),
        (
            '<span style="FONT-WEIGHT:bold;font-style:italic">cracks</span>',
            Strong((Emphasis((Text("cracks"),)),)),
        ),
        ('<span style="font-style: italic">cracks</span>', Emphasis((Text("cracks"),))),
        ('<b style="font-weight:normal">cracks</b>', None),
        ('<b style="color:red">cracks</b>', Strong((Text("cracks"),))),
        ('<span style="font-family: arial; font-weight: 400">cracks</span>', None),
    ],
)
def test_inline_styles_draw_bold_and_italic_as_the_page_shows_them(
    markup: str, drawn: object
) -> None:
    """Text pasted from a word processor into a CMS keeps its emphasis in ``style``."""
    story = f"The survey found deep {markup} in two of its three arches, the council said."
    (paragraph,) = read(f"<article><h1>Bridge</h1><p>{story}</p></article>").blocks
    children = getattr(paragraph, "children", ())
    assert drawn in children if drawn else all(isinstance(node, Text) for node in children)


def test_a_google_redirect_pasted_into_a_cms_gives_its_target() -> None:
    redirect = "https://www.google.com/url?q=https://news.example/report&amp;sa=D&amp;ust=16"
    story = f'The survey found <a href="{redirect}">deep cracks</a> in two of its three arches.'
    (paragraph,) = read(f"<article><h1>Bridge</h1><p>{story}</p></article>").blocks
    assert Link((Text("deep cracks"),), "https://news.example/report") in paragraph.children  # type: ignore[union-attr]


def test_a_google_document_published_to_the_web_reads_as_its_download() -> None:
    """The page around it (banners, "Updated automatically every 5 minutes") goes, and its
    ``<title>``, the file's name, gives way to the document's title."""
    document = GOOGLE[GOOGLE.index("<body") : GOOGLE.index("</body>")].replace("<body", "<div")
    page = (
        "<html><head><title>bridge draft v2 - Google Docs</title></head><body>"
        '<div id="banners"><div id="publish-banner">Published using Google Docs '
        '<a href="https://support.google.com/docs">Learn more</a></div><div id="title-banner">'
        "<div>bridge draft v2</div><span>Updated automatically every 5 minutes</span></div></div>"
        f'<div id="contents">{GOOGLE_STYLE}{document}</div></div>'
        '<div id="footer">Published by <a href="https://docs.google.com">Google Docs</a></div>'
        "</body></html>"
    )
    doc = read(page)
    assert doc.metadata.title == "Council closes the old bridge"
    assert Strong((Text("survey"),)) in inlines(doc)
    text = newsconv.write(doc, to="txt").decode()
    assert "Updated automatically" not in text and "Published by" not in text
