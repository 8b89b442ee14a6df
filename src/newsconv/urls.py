"""Joining and splitting the URLs documents carry, malformed ones included.

urllib raises ``ValueError`` on some addresses (an unclosed IPv6 bracket: ``http://[::1``);
a bad link or image address must cost that address, never the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone
from urllib.parse import SplitResult, urljoin, urlsplit

#: The part of an address after its host that urljoin gives back as written: a path
#: without parameters, a query and a fragment each only when non-empty, and nothing
#: urllib strips or splits on (whitespace, control characters).
_TAIL = r"(?:/[^?#;\x00-\x20\x7f]*)?(?:\?[^#\x00-\x20\x7f]+)?(?:#[^\x00-\x20\x7f]+)?"
#: An absolute web address that urljoin returns unchanged, whatever the base.
_ABSOLUTE = re.compile(r"https?://[^/?#\x00-\x20\x7f]+" + _TAIL)
#: A path on the base's own host (one leading slash) that urljoin puts after the base's
#: origin unchanged; dot segments are ruled out separately.
_ON_HOST = re.compile(r"(?=/)(?!//)" + _TAIL)


#: An address in a web archive that replays pages by the time they were captured (the
#: Wayback Machine, and the archives on its software or on pywb: arquivo.pt, the UK Web
#: Archive, ...): the capture's 14-digit UTC timestamp, maybe a replay flag (``id_``,
#: ``im_``), then the original address, whose ``//`` the archive may have cut to ``/``.
_ARCHIVED = re.compile(
    r"https?://[^/?#]+/(?:[^?#]*/)?(\d{14})(?:[a-z]{2}_)?/(https?):/{1,2}(.+)", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Archived:
    """A web archive's ``address`` for a page: the page's own address, and when the
    archive saved it."""

    address: str
    original: str
    captured: datetime


def archived(url: str) -> Archived | None:
    """The original address and the capture time in a web archive's address, if it is one."""
    found = _ARCHIVED.fullmatch(url)
    if found is None:
        return None
    try:
        captured = datetime.strptime(found[1], "%Y%m%d%H%M%S").replace(tzinfo=timezone.utc)
    except ValueError:  # not a time ("20151399...")
        return None
    return Archived(url, f"{found[2].lower()}://{found[3]}", captured)


def join(base: str | None, url: str) -> str:
    """``url`` resolved against ``base``, or as written when either cannot be parsed."""
    if not base:
        return url
    try:
        return urljoin(base, url)
    except ValueError:
        return url


def split(url: str) -> SplitResult | None:
    """``url``'s parts, or ``None`` when it cannot be parsed."""
    try:
        return urlsplit(url)
    except ValueError:
        return None


class Resolver:
    """:func:`join` against one base, for the many links of one page.

    Each distinct address is resolved once. A page links hundreds of paths on its own
    site (``/wiki/Page``), and ``urljoin`` parses both addresses again on every call;
    such a path, when it holds nothing urljoin would rewrite, is the base's origin
    followed by the path, exactly what urljoin returns for it, and an absolute address
    it would not rewrite comes back as it is.
    """

    __slots__ = ("_base", "_origin", "_resolved")

    def __init__(self, base: str | None) -> None:
        self._base = base
        parts = split(base) if base else None
        plain = parts is not None and parts.scheme in ("http", "https") and parts.netloc
        self._origin = f"{parts.scheme}://{parts.netloc}" if plain and parts else None
        self._resolved: dict[str, str] = {}

    def __call__(self, url: str) -> str:
        resolved = self._resolved.get(url)
        if resolved is None:
            resolved = self._resolved[url] = self._resolve(url)
        return resolved

    def _resolve(self, url: str) -> str:
        if _ABSOLUTE.fullmatch(url):
            return url
        if self._origin is not None and _ON_HOST.fullmatch(url) and "/." not in url:
            return self._origin + url
        return join(self._base, url)
