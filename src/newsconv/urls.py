"""Joining and splitting the URLs documents carry, malformed ones included.

urllib raises ``ValueError`` on some addresses (an unclosed IPv6 bracket: ``http://[::1``);
a bad link or image address must cost that address, never the article.
"""

from __future__ import annotations

import re
from urllib.parse import SplitResult, urljoin, urlsplit

#: A path on the base's own host that none of urljoin's rules change: one leading slash,
#: no query, fragment, parameters, whitespace or control characters (urllib drops or
#: splits on those). Dot segments are ruled out separately.
_PLAIN_PATH = re.compile(r"/[^/?#;\x00-\x20\x7f][^?#;\x00-\x20\x7f]*")


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
    followed by the path, exactly what urljoin returns for it.
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
        if self._origin is not None and _PLAIN_PATH.fullmatch(url) and "/." not in url:
            return self._origin + url
        return join(self._base, url)
