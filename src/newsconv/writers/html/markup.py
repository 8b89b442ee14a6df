"""Small, safe pieces of HTML: escaped text and attributes, elements, ids and URL checks.

Everything that reaches the output passes through :func:`text` or :func:`attrs`, which use
``html.escape`` and drop the characters XML forbids, so the same string is valid HTML and
well-formed XHTML (EPUB content documents are XML).
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from datetime import datetime
from urllib.parse import urlsplit

from newsconv.encoding import xml_safe
from newsconv.model import day_only

#: What browsers strip from the ends of a URL (C0 controls and space) and from inside it.
_URL_EDGES = "".join(map(chr, range(0x21)))
_URL_INSIDE = re.compile("[\t\n\r]")
#: Runs of characters an XML name may not hold (XML 1.0 NameChar, less ":" and "."): EPUB
#: content documents are validated as XML, where ``id`` must be such a name.
_NOT_ID = re.compile(
    "[^-0-9A-Z_a-z\u00b7\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u037d\u037f-\u1fff\u200c\u200d"
    "\u203f\u2040\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd"
    "\U00010000-\U000effff]+"
)

LINK_SCHEMES = frozenset({"http", "https", "mailto"})
IMAGE_SCHEMES = frozenset({"", "http", "https", "data", "file"})

Attrs = Mapping[str, str | int | None]


def text(value: str) -> str:
    """``value`` as element content."""
    return html.escape(xml_safe(value), quote=False)


def attrs(values: Attrs) -> str:
    """`` name="value"`` pairs, in order, leaving out ``None`` values."""
    return "".join(
        f' {name}="{html.escape(xml_safe(str(value)))}"'
        for name, value in values.items()
        if value is not None
    )


def element(tag: str, content: str, values: Attrs | None = None) -> str:
    return f"<{tag}{attrs(values or {})}>{content}</{tag}>"


def void(tag: str, values: Attrs | None = None, *, xhtml: bool = False) -> str:
    """An element without content: ``<br>`` in HTML, ``<br/>`` in XHTML."""
    return f"<{tag}{attrs(values or {})}{'/' if xhtml else ''}>"


def machine_date(when: datetime) -> str:
    """``when`` as a ``<time datetime>`` or ``<meta>`` value: ISO 8601 to the second, or the
    date alone when no time of day is known (a naive midnight)."""
    if day_only(when):
        return when.date().isoformat()
    return when.isoformat(timespec="seconds")


def clean_url(url: str) -> str:
    """``url`` as a browser reads it: no control characters at the ends, no tabs or newlines."""
    return _URL_INSIDE.sub("", url.strip(_URL_EDGES))


def scheme_of(url: str) -> str | None:
    """The lower-case scheme of ``url`` ("" when relative), ``None`` when it cannot be parsed."""
    try:
        return urlsplit(url).scheme.lower()
    except ValueError:
        return None


def safe_href(href: str) -> str | None:
    """``href`` when it may become a link (http(s), mailto or a #fragment), else ``None``."""
    cleaned = clean_url(href)
    if cleaned.startswith("#") or scheme_of(cleaned) in LINK_SCHEMES:
        return cleaned
    return None


def safe_src(src: str) -> str | None:
    """``src`` when it may be an image source (relative, http(s), data: or file:), else ``None``."""
    cleaned = clean_url(src)
    return cleaned if scheme_of(cleaned) in IMAGE_SCHEMES else None


def slug(value: str, *, limit: int = 60) -> str:
    """A readable id from ``value`` that is also an XML name (EPUB ids must be)."""
    words = _NOT_ID.sub("-", xml_safe(value).casefold()).strip("-_")
    result = words[:limit].rstrip("-")
    if result and not (result[0].isalpha() or result[0] == "_"):
        result = f"s-{result}"
    return result


class IdMaker:
    """Hands out unique, prefixed ids in document order (``intro``, ``intro-2``, ...)."""

    def __init__(self, prefix: str = "", reserved: tuple[str, ...] = ()) -> None:
        self.prefix = prefix
        self._seen = set(reserved)

    def make(self, wanted: str, fallback: str = "section") -> str:
        base = slug(wanted) or fallback
        candidate, number = base, 2
        while candidate in self._seen:
            candidate, number = f"{base}-{number}", number + 1
        self._seen.add(candidate)
        return self.prefix + candidate
