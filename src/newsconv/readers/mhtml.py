"""MHTML, a web page saved as one file ("Webpage, Single File"), read as its HTML.

The page part of the file (:func:`newsconv.mime.saved_page`) goes to the HTML reader, with
its charset as the declared encoding, the address it was saved from as the page's URL
(unless ``--url`` gives one) and the time it was saved as the capture time, so "2 hours
ago" resolves. The pictures saved with it are the writers' to take, through their resource
policy (:func:`newsconv.resources.policy_for`).
"""

from __future__ import annotations

import dataclasses
from typing import ClassVar

from newsconv.diagnostics import Reporter
from newsconv.errors import UnreadableInput
from newsconv.mime import saved_page
from newsconv.model import Document
from newsconv.options import ReadOptions
from newsconv.readers.html import HtmlReader


class MhtmlReader:
    """Reads the page an MHTML file holds; see the module's docstring."""

    name: ClassVar[str] = "mhtml"
    options_type: ClassVar[type[ReadOptions]] = ReadOptions

    def read(
        self, data: bytes, *, options: ReadOptions, source: str | None, report: Reporter
    ) -> Document:
        page = saved_page(data)
        if page is None:
            raise UnreadableInput("no web page in this MHTML file", where=source)
        if not page.html.strip():
            raise UnreadableInput("the MHTML file's web page is empty", where=source)
        options = dataclasses.replace(
            options,
            url=options.url or page.address,
            declared_encoding=options.declared_encoding or page.charset,
            captured=options.captured or page.saved,
        )
        return HtmlReader().read(page.html, options=options, source=source, report=report)
