"""Web pages a browser saved as one file, and the pictures it saved with them.

- **MHTML** ("Webpage, Single File" in Chrome, Edge, Opera): a MIME ``multipart/related``
  message, the page's HTML first (quoted-printable), then each picture, frame and
  stylesheet as a part of its own, named by the address it came from
  (``Content-Location``). The standard library's e-mail parser reads it, as any MIME.
- **Web Archive** (Safari's "Save As" default): a binary property list holding the page
  (``WebMainResource``: its bytes, text encoding and address) and each picture
  (``WebSubresources``). The standard library's ``plistlib`` reads it.

The readers read the page (:func:`saved_page`); writers take its pictures from the file
(:func:`saved_resources`) instead of the network. The parsers are imported only for such a
file: the e-mail package alone costs 15 ms, which the writers' policy check would pay for
every document.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

__all__ = ["Kind", "SavedPage", "kind_of", "saved_page", "saved_resources"]

Kind = Literal["mhtml", "webarchive"]
#: What such a file's name ends with.
SUFFIXES: dict[str, Kind] = {".mhtml": "mhtml", ".mht": "mhtml", ".webarchive": "webarchive"}
_PAGE_TYPE = "text/html"
_WEB = ("http://", "https://")


@dataclass(frozen=True, slots=True)
class SavedPage:
    """The page of a saved file: its HTML's bytes and charset, the address it was saved
    from, and when (MHTML says; a Web Archive does not)."""

    html: bytes
    charset: str | None
    address: str | None
    saved: datetime | None


def kind_of(name: str) -> Kind | None:
    """Which kind of saved page a file is by its name, if it is one."""
    lowered = name.lower()
    return next((kind for suffix, kind in SUFFIXES.items() if lowered.endswith(suffix)), None)


def saved_page(data: bytes, kind: Kind) -> SavedPage | None:
    """The page ``data`` holds, or ``None`` when it holds none (or is no such file)."""
    return _mhtml_page(data) if kind == "mhtml" else _archive_page(data)


def saved_resources(data: bytes, kind: Kind) -> dict[str, tuple[bytes, str]]:
    """What ``data`` saved besides its page, by the web address each came from: the
    bytes and the declared media type."""
    return _mhtml_resources(data) if kind == "mhtml" else _archive_resources(data)


# --- MHTML -----------------------------------------------------------------------------


def _mhtml_page(data: bytes) -> SavedPage | None:
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


def _mhtml_resources(data: bytes) -> dict[str, tuple[bytes, str]]:
    import email

    found: dict[str, tuple[bytes, str]] = {}
    for part in email.message_from_bytes(data).walk():
        address = _address(part["Content-Location"])
        if address is None or part.is_multipart() or part.get_content_type() == _PAGE_TYPE:
            continue
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes):
            found.setdefault(address, (payload, part.get_content_type()))
    return found


def _date(header: object) -> datetime | None:
    from email.utils import parsedate_to_datetime

    if not header:
        return None
    try:
        return parsedate_to_datetime(str(header))
    except (TypeError, ValueError):
        return None


# --- Web Archive -----------------------------------------------------------------------


def _archive_page(data: bytes) -> SavedPage | None:
    main = _archive(data).get("WebMainResource")
    if not isinstance(main, dict) or not isinstance(html := main.get("WebResourceData"), bytes):
        return None
    charset = main.get("WebResourceTextEncodingName")
    return SavedPage(
        html,
        charset if isinstance(charset, str) else None,
        _address(main.get("WebResourceURL")),
        None,
    )


def _archive_resources(data: bytes) -> dict[str, tuple[bytes, str]]:
    found: dict[str, tuple[bytes, str]] = {}
    resources = _archive(data).get("WebSubresources")
    for resource in resources if isinstance(resources, list) else []:
        if not isinstance(resource, dict):
            continue
        address = _address(resource.get("WebResourceURL"))
        payload, media = resource.get("WebResourceData"), resource.get("WebResourceMIMEType")
        if address is not None and isinstance(payload, bytes):
            found.setdefault(address, (payload, media if isinstance(media, str) else ""))
    return found


def _archive(data: bytes) -> dict[str, Any]:
    """The archive's top dictionary, or an empty one when ``data`` is no property list."""
    import plistlib

    try:
        top = plistlib.loads(data)
    except Exception:  # plistlib raises InvalidFileException, ValueError, TypeError, …
        return {}
    return top if isinstance(top, dict) else {}


def _address(value: object) -> str | None:
    text = str(value).strip() if value else ""
    return text if text.startswith(_WEB) else None
