"""Fetching an article page from the web, for ``newsconv https://site/article``.

Only the command line and :func:`newsconv.read` fetch, and only the page itself: readers
never fetch, and images are the resource policy's business. A fetch is bounded in time,
redirects and size, and every way it can fail is an
:class:`~newsconv.errors.UnreadableInput` naming the URL. The server's ``charset`` comes
back with the bytes, because it outranks what the page says about itself.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime, timezone
from email.message import Message
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

import httpx

from newsconv import __version__
from newsconv.errors import UnreadableInput

USER_AGENT = f"newsconv/{__version__} (+https://pypi.org/project/newsconv/)"
_ACCEPT = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.1"

#: Media types that are a page to read, and the reader each one goes to.
READABLE_TYPES = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "text",
}


@dataclass(frozen=True, slots=True)
class FetchLimits:
    """How long, how far and how much a fetch may take before it is given up."""

    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    total_timeout: float = 120.0
    max_redirects: int = 5
    max_bytes: int = 50 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched page: its bytes, where it ended up after redirects, what the server said
    it is (``media_type`` lower-case without parameters, ``charset`` as given), and when
    (the server's ``Date``, else this machine's clock): what "yesterday" means on the page."""

    data: bytes
    url: str
    media_type: str | None
    charset: str | None
    captured: datetime

    @property
    def format(self) -> str | None:
        """The reader the media type calls for, or ``None`` to sniff the bytes."""
        return READABLE_TYPES.get(self.media_type or "")


def fetch_url(url: str, *, limits: FetchLimits | None = None) -> Fetched:
    """GET ``url`` and return the page, or raise :class:`UnreadableInput` saying why not."""
    limits = limits or FetchLimits()
    if urlsplit(url).scheme not in ("http", "https"):
        raise UnreadableInput("only http and https URLs can be fetched", where=url)
    timeout = httpx.Timeout(limits.read_timeout, connect=limits.connect_timeout)
    try:
        with (
            httpx.Client(
                follow_redirects=True,
                max_redirects=limits.max_redirects,
                timeout=timeout,
                headers={"User-Agent": USER_AGENT, "Accept": _ACCEPT},
            ) as client,
            client.stream("GET", url) as response,
        ):
            return _receive(response, url, limits)
    except httpx.TooManyRedirects as err:
        raise UnreadableInput(f"more than {limits.max_redirects} redirects", where=url) from err
    except httpx.ConnectTimeout as err:
        message = f"no connection within {limits.connect_timeout:g} s"
        raise UnreadableInput(message, where=url) from err
    except httpx.TimeoutException as err:
        message = f"timed out: no data for {limits.read_timeout:g} s"
        raise UnreadableInput(message, where=url) from err
    except httpx.UnsupportedProtocol as err:
        raise UnreadableInput("redirected to a URL that is not http or https", where=url) from err
    except httpx.HTTPError as err:
        raise UnreadableInput(f"cannot fetch ({_describe(err)})", where=url) from err
    except httpx.InvalidURL as err:
        raise UnreadableInput(f"not a valid URL ({err})", where=url) from err


def _receive(response: httpx.Response, url: str, limits: FetchLimits) -> Fetched:
    if response.is_error:
        raise UnreadableInput(f"HTTP {response.status_code} {response.reason_phrase}", where=url)
    media_type, charset = _content_type(response.headers.get("content-type"))
    if media_type is not None and media_type not in READABLE_TYPES:
        raise UnreadableInput(f"not a web page or text ({media_type})", where=url)
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limits.max_bytes:
        raise _too_large(url, limits)
    chunks: list[bytes] = []
    size, deadline = 0, time.monotonic() + limits.total_timeout
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > limits.max_bytes:
            raise _too_large(url, limits)
        if time.monotonic() > deadline:
            raise UnreadableInput(f"took longer than {limits.total_timeout:g} s", where=url)
        chunks.append(chunk)
    captured = _server_date(response.headers.get("date")) or datetime.now(timezone.utc)
    return Fetched(b"".join(chunks), str(response.url), media_type, charset, captured)


def _server_date(value: str | None) -> datetime | None:
    try:
        return parsedate_to_datetime(value) if value else None
    except (TypeError, ValueError):  # a malformed header is no date
        return None


def _content_type(header: str | None) -> tuple[str | None, str | None]:
    """``text/html; charset="koi8-r"`` → ``("text/html", "koi8-r")``."""
    if not header:
        return None, None
    message = Message()
    message["content-type"] = header
    charset = message.get_param("charset")
    return message.get_content_type(), charset if isinstance(charset, str) else None


def _too_large(url: str, limits: FetchLimits) -> UnreadableInput:
    cap = limits.max_bytes
    size = f"{cap >> 20} MiB" if cap >= 1 << 20 else f"{cap} bytes"
    return UnreadableInput(f"larger than {size}", where=url)


def _describe(err: httpx.HTTPError) -> str:
    return str(err) or type(err).__name__
