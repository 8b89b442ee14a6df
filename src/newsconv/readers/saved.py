"""Web pages a browser saved as one file (MHTML, Safari's Web Archive), read as their HTML.

The file's page (:func:`newsconv.savedpages.saved_page`) goes to the HTML reader, with its
charset as the declared encoding, the address it was saved from as the page's URL (unless
``--url`` gives one) and, for MHTML, the time it was saved as the capture time, so "2 hours
ago" resolves. The pictures saved with it are the writers' to take, through their resource
policy (:func:`newsconv.resources.policy_for`).
"""

from __future__ import annotations

import dataclasses
from typing import ClassVar

from newsconv.diagnostics import Reporter
from newsconv.errors import UnreadableInput
from newsconv.model import Document
from newsconv.options import ReadOptions
from newsconv.readers.html import HtmlReader
from newsconv.savedpages import Kind, saved_page


class _SavedPageReader:
    """Reads the page a saved file of :attr:`kind` holds; see the module's docstring."""

    name: ClassVar[str]
    kind: ClassVar[Kind]
    label: ClassVar[str]
    options_type: ClassVar[type[ReadOptions]] = ReadOptions

    def read(
        self, data: bytes, *, options: ReadOptions, source: str | None, report: Reporter
    ) -> Document:
        page = saved_page(data, self.kind)
        if page is None:
            raise UnreadableInput(f"no web page in this {self.label}", where=source)
        if not page.html.strip():
            raise UnreadableInput(f"the {self.label}'s web page is empty", where=source)
        options = dataclasses.replace(
            options,
            url=options.url or page.address,
            declared_encoding=options.declared_encoding or page.charset,
            captured=options.captured or page.saved,
        )
        return HtmlReader().read(page.html, options=options, source=source, report=report)


class MhtmlReader(_SavedPageReader):
    name = "mhtml"
    kind = "mhtml"
    label = "MHTML file"


class WebArchiveReader(_SavedPageReader):
    name = "webarchive"
    kind = "webarchive"
    label = "Web Archive"
