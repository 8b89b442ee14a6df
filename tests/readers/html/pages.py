"""Small pages for the HTML reader's tests, written in the tests themselves."""

from __future__ import annotations

import json

import lxml.html

from newsconv.model import Document
from newsconv.options import ReadOptions
from newsconv.readers.html import HtmlReader

SENTENCE = (
    "The council met on Tuesday evening, and after a long debate, the members agreed to "
    "fund the new library, the first in the district for forty years."
)
#: Six paragraphs of prose: enough for any page to have an article.
ARTICLE = "".join(f"<p>{i}. {SENTENCE}</p>" for i in range(1, 7))


def parse(html: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(html)


def page(head: str = "", body: str = "", *, html_attrs: str = "") -> lxml.html.HtmlElement:
    """A whole page of ``head`` and ``body`` markup, ``html_attrs`` on its ``<html>``."""
    return parse(f"<html {html_attrs}><head>{head}</head><body>{body}</body></html>")


def ld(data: object) -> str:
    """``data`` as a JSON-LD script."""
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def read(body: str, *, wrap: bool = True) -> Document:
    """The HTML reader's document of a page whose article holds ``body`` (or whose
    ``<body>`` is ``body``, unwrapped)."""
    inner = f"<article><h1>Library funded</h1><div class='entry'>{body}</div></article>"
    html = (
        "<!doctype html><html><head><title>Library funded</title></head><body>"
        f"{inner if wrap else body}</body></html>"
    )
    return HtmlReader().read(html.encode(), options=ReadOptions(), source="p.html", report=print)
