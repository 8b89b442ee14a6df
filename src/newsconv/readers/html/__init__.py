"""The HTML reader: a saved web page or an article fragment to a document.

decode (browser order) → parse (lxml) → metadata (from the whole page) → extract (the
article's subtree, DOM to DOM) → convert (DOM to model blocks). Each step is its own
module; this one only ties them together and decides that a page with no text left has
no article.
"""

from __future__ import annotations

import re
from typing import ClassVar

import lxml.html
from lxml.etree import ParserError
from lxml.html import HtmlElement

from newsconv.diagnostics import Reporter
from newsconv.errors import NoArticleFound
from newsconv.model import Document
from newsconv.options import ReadOptions
from newsconv.readers.html.convert import to_blocks
from newsconv.readers.html.decode import decode_html
from newsconv.readers.html.extract import extract
from newsconv.readers.html.metadata import base_url, read_metadata
from newsconv.tree import plain_text

__all__ = ["HtmlReader", "parse"]

#: lxml refuses a ``str`` that still carries an XML encoding declaration; it is decoded.
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*>")


class HtmlReader:
    """Reads a whole saved page (keeping only its article) or an article fragment."""

    name: ClassVar[str] = "html"
    options_type: ClassVar[type[ReadOptions]] = ReadOptions

    def read(
        self, data: bytes, *, options: ReadOptions, source: str | None, report: Reporter
    ) -> Document:
        text = decode_html(data, override=options.encoding)
        root = parse(text)
        metadata = read_metadata(root, url=options.url)
        base = base_url(root, options.url)
        article = extract(root, reparse=lambda: parse(text), title=metadata.title, report=report)
        blocks = to_blocks(article, base_url=base)
        if not plain_text(blocks).strip():
            raise NoArticleFound("no article text found", where=source)
        return Document(metadata, blocks)


def parse(text: str) -> HtmlElement:
    """The page as an lxml tree with ``<html>`` and ``<body>``, however broken the markup."""
    text = _XML_DECLARATION.sub("", text, count=1).replace("\x00", "")
    try:
        return lxml.html.document_fromstring(text)
    except ParserError as err:  # only an empty document gets here
        raise NoArticleFound("no article text found (the page is empty)") from err
