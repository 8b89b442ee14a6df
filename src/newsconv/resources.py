"""Which linked files (images, stylesheets, fonts) a writer may load, and loading them.

Readers never fetch. Writers that embed resources (PDF, EPUB) call :func:`fetch` with a
:class:`ResourcePolicy`, usually made by :func:`policy_for`:

- ``data:`` URIs are always allowed (decoded here, size-capped);
- local paths and ``file:`` URLs only when they resolve, symlinks followed, inside
  ``policy.root``, so ``../../secret``, ``/etc/passwd`` and a link out of the folder fail;
- ``http(s)`` only with ``allow_remote`` (time-out, redirect limit and size cap);
- every other scheme is refused.

A refusal raises :class:`~newsconv.errors.ResourceBlocked`; a resource that is allowed but
cannot be had (missing, malformed, too large, a network failure) raises its parent
:class:`~newsconv.errors.ResourceError`, so ``except ResourceError`` catches both.
"""

from __future__ import annotations

import base64
import binascii
import functools
import mimetypes
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING
from urllib.parse import SplitResult, unquote, unquote_to_bytes, urljoin

from newsconv.errors import ResourceBlocked, ResourceError
from newsconv.savedpages import Kind, kind_of, saved_resources
from newsconv.urls import split

if TYPE_CHECKING:  # the PDF typesetter's child loads policies and resources, not the model
    from newsconv.model import Document

if sys.platform == "win32":
    from nturl2path import url2pathname
else:  # what urllib.request does here, without importing HTTP, SSL and e-mail (20 ms)
    url2pathname = unquote

#: Larger than any news photo; stops a hostile page from filling memory.
DEFAULT_MAX_BYTES = 32 * 1024 * 1024
MAX_REDIRECTS = 5
_REMOTE = ("http", "https")


@dataclass(frozen=True, slots=True)
class ResourcePolicy:
    """Where resources may come from: a local folder (``None``: nowhere), the network, and
    what the input saved with its page (the pictures of an MHTML file or a Web Archive, by
    the web address each was saved from: part of the file the user gave, so always
    allowed)."""

    root: Path | None = None
    allow_remote: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float = 20.0
    saved: Mapping[str, tuple[bytes, str]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Resource:
    """Loaded bytes, their media type, and where they came from (after redirects)."""

    data: bytes
    media_type: str
    url: str

    def data_uri(self) -> str:
        """The bytes as a ``data:`` URI, for a file that must stand alone."""
        return f"data:{self.media_type};base64,{base64.b64encode(self.data).decode('ascii')}"


def policy_for(
    doc: Document, *, allow_remote: bool = False, resource_root: Path | None = None
) -> ResourcePolicy:
    """The policy for ``doc``: files under ``resource_root``, else its source's own folder;
    and what its source saved with its page when that is one file (MHTML, Web Archive)."""
    source = _source_file(doc.metadata.source)
    root = resource_root if resource_root is not None else source_folder(doc.metadata.source)
    return ResourcePolicy(root=root, allow_remote=allow_remote, saved=_saved_with(source))


def source_folder(source: str | None) -> Path | None:
    """The folder of ``source`` when it names a local file (not a URL, ``-`` or ``<bytes>``)."""
    path = _source_file(source)
    return None if path is None else path.parent


def _source_file(source: str | None) -> Path | None:
    """The local file ``source`` names, if it names one."""
    if not source or source == "-" or source.startswith("<"):
        return None
    parts = split(source)
    if parts is None:  # a malformed URL (http://[::1/) names no file
        return None
    if parts.scheme == "file":
        return _file_path(source)
    return Path(source) if parts.scheme == "" else None


def _saved_with(source: Path | None) -> Mapping[str, tuple[bytes, str]]:
    """What ``source`` saved with its page when it is a page saved as one file (MHTML, a
    Web Archive); nothing for other files, or when it can no longer be read."""
    kind = None if source is None else kind_of(source.name)
    if source is None or kind is None:
        return {}
    try:
        stat = source.stat()
    except OSError:
        return {}
    return _saved_in(source, kind, stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=4)
def _saved_in(
    source: Path, kind: Kind, mtime_ns: int, size: int
) -> Mapping[str, tuple[bytes, str]]:
    """The resources the saved file ``source`` holds as it is now (its time and size key
    the cache): a writer asks for a document's policy more than once (an EPUB for its
    chapter and for its lead picture), and parsing the file is the cost."""
    try:
        data = source.read_bytes()
    except OSError:
        return {}
    return MappingProxyType(saved_resources(data, kind))


def fetch(url: str, *, base: str | None = None, policy: ResourcePolicy) -> Resource:
    """Load ``url`` if ``policy`` allows it.

    A relative ``url`` resolves against ``base`` (a local path or a ``file:``/``http(s):``
    URL, usually ``doc.metadata.source``), or against ``policy.root`` when ``base`` is None.
    """
    url = url.strip()
    if (saved := policy.saved.get(url)) is not None:
        return _saved(url, *saved, policy)
    parts = _split(url)
    if parts.scheme == "" and parts.netloc:  # protocol-relative: //cdn.example/a.png
        scheme = _scheme(base) if base else ""
        return _remote(f"{scheme if scheme in _REMOTE else 'https'}:{url}", policy)
    match parts.scheme:
        case "data":
            return _data(url, policy)
        case "http" | "https":
            return _remote(url, policy)
        case "file":
            return _local(_file_path(url), url, policy)
        case "":
            return _relative(url, base, policy)
        case scheme:
            raise ResourceBlocked(f"{scheme}: addresses are not allowed", where=_short(url))


def sniff_media_type(data: bytes) -> str | None:
    """The image type ``data`` starts like (PNG, JPEG, GIF, WebP, AVIF, SVG), else ``None``."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[4:8] == b"ftyp" and {b"avif", b"avis"} & _brands(data):
        return "image/avif"
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"<") and b"<svg" in head:
        return "image/svg+xml"
    return None


def _brands(data: bytes) -> set[bytes]:
    """The major and compatible brands of an ISO media ``ftyp`` box (AVIF, HEIF, MP4)."""
    size = min(int.from_bytes(data[:4], "big"), len(data), 256)
    return {data[8:12]} | {data[i : i + 4] for i in range(16, size - 3, 4)}


def _media_type(data: bytes, declared: str | None, name: str) -> str:
    """Magic bytes first; then what the source declared; then the name's suffix."""
    declared = declared.split(";")[0].strip().lower() if declared else None
    return (
        sniff_media_type(data)
        or declared
        or mimetypes.guess_type(name)[0]
        or "application/octet-stream"
    )


def _relative(url: str, base: str | None, policy: ResourcePolicy) -> Resource:
    if base is not None and _scheme(base) in _REMOTE:
        return _remote(urljoin(base, url), policy)
    if base is not None:
        folder = _file_path(base).parent if _scheme(base) == "file" else Path(base).parent
    elif policy.root is not None:
        folder = policy.root
    else:
        raise ResourceBlocked("local files are not allowed; use --resource-root", where=url)
    return _local(folder / url2pathname(_split(url).path), url, policy)


def _local(path: Path, url: str, policy: ResourcePolicy) -> Resource:
    if policy.root is None:
        raise ResourceBlocked("local files are not allowed; use --resource-root", where=url)
    try:
        resolved = path.resolve(strict=True)  # follows every symlink on the way
    except FileNotFoundError as err:
        raise ResourceError("no such file", where=url) from err
    except (OSError, RuntimeError) as err:
        raise ResourceError(f"cannot resolve {path}: {err}", where=url) from err
    root = policy.root.resolve()
    if not resolved.is_relative_to(root):
        raise ResourceBlocked(f"outside {root}; use --resource-root to allow it", where=url)
    try:
        if not resolved.is_file():
            raise ResourceError("not a file", where=url)
        if resolved.stat().st_size > policy.max_bytes:
            raise ResourceError(_too_large(policy), where=url)
        data = resolved.read_bytes()
    except OSError as err:
        raise ResourceError(f"cannot read ({err.strerror})", where=url) from err
    return Resource(data, _media_type(data, None, resolved.name), resolved.as_uri())


def _saved(url: str, data: bytes, declared: str, policy: ResourcePolicy) -> Resource:
    if len(data) > policy.max_bytes:
        raise ResourceError(_too_large(policy), where=url)
    return Resource(data, _media_type(data, declared, _split(url).path), url)


def _data(url: str, policy: ResourcePolicy) -> Resource:
    """Decode a ``data:[<type>][;base64],<payload>`` URI (RFC 2397)."""
    header, comma, payload = url[len("data:") :].partition(",")
    if not comma:
        raise ResourceError("malformed data: URI (no comma)", where=_short(url))
    params = [param.strip() for param in header.split(";")]
    encoded = params[-1].lower() == "base64"
    estimate = len(payload) * 3 // 4 if encoded else len(payload) // 3
    if estimate > policy.max_bytes:
        raise ResourceError(_too_large(policy), where=_short(url))
    if encoded:
        try:
            data = base64.b64decode("".join(unquote(payload).split()), validate=True)
        except (binascii.Error, ValueError) as err:
            raise ResourceError("malformed data: URI (bad base64)", where=_short(url)) from err
    else:
        data = unquote_to_bytes(payload)
    if len(data) > policy.max_bytes:
        raise ResourceError(_too_large(policy), where=_short(url))
    declared = params[0] if "/" in params[0] else "text/plain"
    return Resource(data, _media_type(data, declared, ""), url)


def _remote(url: str, policy: ResourcePolicy) -> Resource:
    if not policy.allow_remote:
        raise ResourceBlocked("remote resources are off; use --allow-remote", where=url)
    import httpx  # only writers that really fetch pay for importing it

    from newsconv import __version__

    headers = {"User-Agent": f"newsconv/{__version__}"}
    try:
        with (
            httpx.Client(
                timeout=policy.timeout,
                follow_redirects=True,
                max_redirects=MAX_REDIRECTS,
                headers=headers,
            ) as client,
            client.stream("GET", url) as response,
        ):
            response.raise_for_status()
            data = bytearray()
            for chunk in response.iter_bytes():
                data += chunk
                if len(data) > policy.max_bytes:
                    raise ResourceError(_too_large(policy), where=url)
            declared = response.headers.get("content-type")
            final = str(response.url)
    except httpx.HTTPStatusError as err:
        raise ResourceError(f"HTTP {err.response.status_code}", where=url) from err
    except httpx.TooManyRedirects as err:
        raise ResourceError(f"more than {MAX_REDIRECTS} redirects", where=url) from err
    except (httpx.HTTPError, httpx.InvalidURL) as err:
        raise ResourceError(f"cannot fetch ({err})", where=url) from err
    return Resource(bytes(data), _media_type(bytes(data), declared, _split(final).path), final)


def _split(url: str) -> SplitResult:
    parts = split(url)
    if parts is None:
        raise ResourceError("malformed address", where=_short(url))
    return parts


def _scheme(url: str) -> str:
    return _split(url).scheme


def _file_path(url: str) -> Path:
    parts = _split(url)
    if parts.netloc not in ("", "localhost"):
        raise ResourceBlocked(f"file: URL on another host {parts.netloc!r}", where=url)
    return Path(url2pathname(parts.path))


def _too_large(policy: ResourcePolicy) -> str:
    return f"larger than {policy.max_bytes} bytes"


def _short(url: str, limit: int = 60) -> str:
    """``url`` cut for a message (a data: URI may be megabytes long)."""
    return url if len(url) <= limit else url[:limit] + "…"
