"""MHTML files: the web page a browser saved as one MIME message, and what it saved with it.

Chromium-based browsers save a page as "Webpage, Single File": a ``multipart/related``
message holding the page's HTML first (quoted-printable), then each picture, frame and
stylesheet as a part of its own, named by the address it came from (``Content-Location``).
The MHTML reader reads the page (:func:`saved_page`); writers take its pictures from the file
(:func:`saved_resources`) instead of the network. The standard library's e-mail parser
reads the message, as it reads any MIME; it is imported only when a file is one (the
e-mail package costs 15 ms to import, which the writers' policy check would pay for
every document).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

__all__ = ["SUFFIXES", "SavedPage", "is_mhtml", "saved_page", "saved_resources"]

#: What an MHTML file's name ends with.
SUFFIXES = (".mhtml", ".mht")
_PAGE_TYPE = "text/html"
_WEB = ("http://", "https://")


@dataclass(frozen=True, slots=True)
class SavedPage:
    """The page of an MHTML file: its HTML's bytes and charset, the address it was saved
    from, and when."""

    html: bytes
    charset: str | None
    address: str | None
    saved: datetime | None


def saved_page(data: bytes) -> SavedPage | None:
    """The page ``data`` holds, or ``None`` when it holds no HTML part (or is no MIME)."""
    import email

    message = email.message_from_bytes(data)
    page = next((part for part in message.walk() if part.get_content_type() == _PAGE_TYPE), None)
    if page is None:
        return None
    html = page.get_payload(decode=True)
    return SavedPage(
        html if isinstance(html, bytes) else b"",
        page.get_content_charset(),
        _address(page["Content-Location"]) or _address(message["Snapshot-Content-Location"]),
        _date(message["Date"]),
    )


def saved_resources(data: bytes) -> dict[str, tuple[bytes, str]]:
    """Each part of ``data`` that is no page, by the web address it was saved from: its
    bytes and its declared media type."""
    import email

    message = email.message_from_bytes(data)
    found: dict[str, tuple[bytes, str]] = {}
    for part in message.walk():
        address = _address(part["Content-Location"])
        if address is None or part.is_multipart() or part.get_content_type() == _PAGE_TYPE:
            continue
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes):
            found.setdefault(address, (payload, part.get_content_type()))
    return found


def _address(header: object) -> str | None:
    text = str(header).strip() if header else ""
    return text if text.startswith(_WEB) else None


def _date(header: object) -> datetime | None:
    from email.utils import parsedate_to_datetime

    if not header:
        return None
    try:
        return parsedate_to_datetime(str(header))
    except (TypeError, ValueError):
        return None


def is_mhtml(source: str) -> bool:
    """Whether ``source`` names an MHTML file by its suffix."""
    return source.lower().endswith(SUFFIXES)
