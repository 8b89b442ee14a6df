"""MHTML, a web page saved as one file ("Webpage, Single File"), read as its HTML.

Chromium-based browsers save a page as a MIME ``multipart/related`` message: the page's
HTML first, quoted-printable, then each image, frame and stylesheet as a part of its own.
The first ``text/html`` part is the page and goes to the HTML reader, with its charset as
the declared encoding, its ``Content-Location`` as the page's address (unless ``--url``
gives one) and the message's ``Date`` as when it was saved (so "2 hours ago" resolves).
The other parts are never read: writers load a page's pictures by their addresses, under
the same rules as for a page saved as HTML. The standard library's e-mail parser reads
the message, as it reads any MIME.
"""

from __future__ import annotations

import dataclasses
import email
from datetime import datetime
from email.message import Message
from email.utils import parsedate_to_datetime
from typing import ClassVar

from newsconv.diagnostics import Reporter
from newsconv.errors import UnreadableInput
from newsconv.model import Document
from newsconv.options import ReadOptions
from newsconv.readers.html import HtmlReader

#: The page's content type among the message's parts.
_PAGE_TYPE = "text/html"


class MhtmlReader:
    """Reads the page an MHTML file holds; see the module's docstring."""

    name: ClassVar[str] = "mhtml"
    options_type: ClassVar[type[ReadOptions]] = ReadOptions

    def read(
        self, data: bytes, *, options: ReadOptions, source: str | None, report: Reporter
    ) -> Document:
        message = email.message_from_bytes(data)
        page = _page(message)
        if page is None:
            raise UnreadableInput("no web page in this MHTML file", where=source)
        html = page.get_payload(decode=True)
        if not isinstance(html, bytes) or not html.strip():
            raise UnreadableInput("the MHTML file's web page is empty", where=source)
        options = dataclasses.replace(
            options,
            url=options.url or _address(page, message),
            declared_encoding=options.declared_encoding or page.get_content_charset(),
            captured=options.captured or _saved(message),
        )
        return HtmlReader().read(html, options=options, source=source, report=report)


def _page(message: Message) -> Message | None:
    """The message's first HTML part: the page (a frame's page comes after it)."""
    return next((part for part in message.walk() if part.get_content_type() == _PAGE_TYPE), None)


def _address(page: Message, message: Message) -> str | None:
    """Where the page was saved from: its part's location, else the snapshot's."""
    for header in (page["Content-Location"], message["Snapshot-Content-Location"]):
        if header and str(header).strip().startswith(("http://", "https://")):
            return str(header).strip()
    return None


def _saved(message: Message) -> datetime | None:
    """When the browser saved the page, from the message's ``Date``."""
    date = message["Date"]
    if not date:
        return None
    try:
        return parsedate_to_datetime(str(date))
    except (TypeError, ValueError):
        return None
