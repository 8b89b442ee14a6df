"""The ``<meta>`` and ``<link>`` tags of a page, gathered once into a lookup table.

OpenGraph uses ``property``, most others ``name``, microdata ``itemprop``, and some
pages mix them up or list several names in one attribute (``property="og:title
twitter:title"``): every name is a key, lower-cased, and keeps its values in page order.
Dublin Core is spelt ``dc.title``, ``DC:title`` or ``dcterm:title``; all become ``dc.title``
(``dcterms.`` likewise). Parse.ly's JSON ``parsely-page`` is unpacked into
``parsely-title``, ``parsely-pub-date``, ``parsely-author`` and ``parsely-tags``.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable

from lxml.html import HtmlElement

_SPACE = re.compile(r"\s+")
_DUBLIN_CORE = re.compile(r"^(dc|dcterms?)[:.]")
_PARSELY_PAGE = {"title": "title", "pub_date": "pub-date", "author": "author", "tags": "tags"}


class MetaTags:
    """Values of ``<meta>`` tags by name and ``href``s of ``<link>`` tags by ``rel``."""

    def __init__(self, root: HtmlElement) -> None:
        self._values: defaultdict[str, list[str]] = defaultdict(list)
        self._links: defaultdict[str, list[str]] = defaultdict(list)
        for meta in root.iter("meta"):
            value = meta.get("content") or meta.get("value") or meta.get("datetime")
            if value is None or not value.strip():
                continue
            for attr in ("property", "name", "itemprop", "http-equiv"):
                for key in (meta.get(attr) or "").lower().split():
                    self._add(key, value)
        for link in root.iter("link"):
            href = (link.get("href") or "").strip()
            if href:
                for rel in (link.get("rel") or "").lower().split():
                    self._links[rel].append(href)

    def _add(self, key: str, value: str) -> None:
        key = _DUBLIN_CORE.sub(lambda m: "dcterms." if m[1] != "dc" else "dc.", key)
        if key == "parsely-page":
            self._add_parsely(value)
        else:
            self._values[key].append(_SPACE.sub(" ", value).strip())

    def _add_parsely(self, value: str) -> None:
        try:
            page = json.loads(value)
        except ValueError:
            return
        if not isinstance(page, dict):
            return
        for field, name in _PARSELY_PAGE.items():
            found = page.get(field)
            for item in found if isinstance(found, list) else [found]:
                if isinstance(item, str) and item.strip():
                    self._add(f"parsely-{name}", item)

    def first(self, *names: str) -> str | None:
        """The first value of the first name that has one."""
        for name in names:
            values = self._values.get(name)
            if values:
                return values[0]
        return None

    def all(self, *names: str) -> Iterable[str]:
        """Every value of every name, in the order of ``names``."""
        for name in names:
            yield from self._values.get(name, ())

    def link(self, rel: str) -> str | None:
        hrefs = self._links.get(rel)
        return hrefs[0] if hrefs else None


def microdata(root: HtmlElement) -> dict[str, str]:
    """The first value of each ``itemprop`` outside ``<meta>``: its ``content`` or
    ``datetime`` attribute, else its text (``<h1 itemprop="headline">``)."""
    found: dict[str, str] = {}
    for element in root.xpath("//*[@itemprop][not(self::meta)]"):
        value = element.get("content") or element.get("datetime") or element.text_content()
        value = _SPACE.sub(" ", value).strip()
        for prop in element.get("itemprop", "").split():
            if value and prop not in found:
                found[prop] = value
    return found


#: An element's ``class``, ``id``, ``rel`` and ``itemprop``, lower-cased in one string.
Marked = tuple[HtmlElement, str]

_MARK_ATTRS = ("class", "id", "rel", "itemprop")
_MARKS = " | ".join(f"//body//*/@{name}" for name in _MARK_ATTRS)


def marked_elements(root: HtmlElement, words: Iterable[str]) -> list[Marked]:
    """The body's elements whose ``class``, ``id``, ``rel`` or ``itemprop`` contains one of
    ``words`` (lower case, no spaces), with those attributes, in page order. Each field
    filters them by its own pattern; the words only spare it the many unmarked ones."""
    hint = re.compile("|".join(map(re.escape, words)))
    values = root.xpath(_MARKS)
    # One search over all the values: hits are few, and the NULs before one (which
    # lower() keeps) say whose it is.
    joined = "\0".join(values).lower()
    found: dict[HtmlElement, None] = {}
    index = position = 0
    for match in hint.finditer(joined):
        index += joined.count("\0", position, match.start())
        position = match.start()
        found.setdefault(values[index].getparent(), None)
    return [
        (element, " ".join(element.get(name, "") for name in _MARK_ATTRS).lower())
        for element in found
    ]
