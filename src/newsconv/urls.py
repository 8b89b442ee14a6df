"""Joining and splitting the URLs documents carry, malformed ones included.

urllib raises ``ValueError`` on some addresses (an unclosed IPv6 bracket: ``http://[::1``);
a bad link or image address must cost that address, never the article.
"""

from __future__ import annotations

from urllib.parse import SplitResult, urljoin, urlsplit


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
