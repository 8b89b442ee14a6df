"""Small pages for the HTML reader's tests, written in the tests themselves."""

from __future__ import annotations

import json

import lxml.html


def parse(html: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(html)


def page(head: str = "", body: str = "", *, html_attrs: str = "") -> lxml.html.HtmlElement:
    """A whole page of ``head`` and ``body`` markup, ``html_attrs`` on its ``<html>``."""
    return parse(f"<html {html_attrs}><head>{head}</head><body>{body}</body></html>")


def ld(data: object) -> str:
    """``data`` as a JSON-LD script."""
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'
