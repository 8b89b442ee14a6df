"""The HTML writer, and the HTML the PDF and EPUB writers build on.

Stable API for other writers:

- :class:`HtmlOptions`: ``fragment``, ``css``, ``style`` ("default", "sans", "none"),
  ``inline_css``, ``template``.
- :func:`render_article` ``(doc, *, xhtml=False, report, heading_offset=0, id_prefix="")``:
  the ``<article>`` element; ``xhtml=True`` gives well-formed XML for EPUB content documents.
- :func:`render_page` ``(doc, options, *, extra_css="", report)``: a standalone HTML5 page
  with ``<meta>``, OpenGraph and schema.org JSON-LD, CSS inlined.
- :func:`render_book_page` ``(book, options, *, extra_css="", report)``: many articles (a
  :class:`~newsconv.writers.book.Book` from ``plan_book``) on one page with a linked table
  of contents; ids are ``{chapter.id}-title`` and ``{chapter.id}-{heading slug}``.
- :func:`outline`: the headings of a document with the ids ``render_article`` gives them.
- :func:`builtin_css` ``("base", "screen", ...)``: the package's stylesheets by name;
  :func:`stylesheet` ``(options, extra_css)``: built-in style, extra CSS, the user's file.

Smaller pieces for writers that assemble their own pages: ``markup`` (``text``, ``attrs``,
``element``, ``void``, ``machine_date``: escaped, XML-safe strings), ``head.head_tags``
(``<meta>``, OpenGraph, JSON-LD), ``page.contents`` (a book's ``<nav>``) and
``body.TITLE_ID`` (the title's id, after the prefix).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from newsconv.diagnostics import Reporter
from newsconv.model import Document
from newsconv.options import BookInfo, WriteOptions
from newsconv.writers import base
from newsconv.writers.book import plan_book
from newsconv.writers.html.body import ArticleRenderer, OutlineEntry, outline, render_article
from newsconv.writers.html.page import (
    HtmlOptions,
    builtin_css,
    render_book_page,
    render_page,
    stylesheet,
)

__all__ = [
    "ArticleRenderer",
    "HtmlOptions",
    "HtmlWriter",
    "OutlineEntry",
    "builtin_css",
    "outline",
    "render_article",
    "render_book_page",
    "render_page",
    "stylesheet",
]


class HtmlWriter(base.TextWriter[HtmlOptions]):
    """A standalone HTML5 page (or the bare ``<article>`` with ``fragment``)."""

    name: ClassVar[str] = "html"
    media_type: ClassVar[str] = "text/html"
    suffix: ClassVar[str] = ".html"
    options_type: ClassVar[type[WriteOptions]] = HtmlOptions

    def render(self, doc: Document, options: HtmlOptions, report: Reporter) -> str:
        if options.fragment:
            return render_article(doc, report=report) + "\n"
        return render_page(doc, options, report=report)

    def write_book(
        self,
        docs: Sequence[Document],
        *,
        book: BookInfo,
        options: WriteOptions,
        report: Reporter,
    ) -> bytes:
        """Many articles as one page, with a table of contents (one-file HTML book)."""
        assert isinstance(options, HtmlOptions)
        page = render_book_page(plan_book(docs, book, report), options, report=report)
        return page.encode("utf-8")
