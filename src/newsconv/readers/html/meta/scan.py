"""One walk over a page, collecting every element the metadata reader looks at.

Separate XPath queries for ``<meta>``, ``<link>``, JSON-LD scripts, ``itemprop``, ``dir``
and the class names that hint at a byline or a date each walked the whole tree, and
libxml2's ``//`` is slower than a plain walk: one Python pass measured twice as fast as
the queries together.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from lxml import etree
from lxml.html import HtmlElement

#: An element's ``class``, ``id``, ``rel`` and ``itemprop``, lower-cased in one string.
Marked = tuple[HtmlElement, str]

_MARK_ATTRS = ("class", "id", "rel", "itemprop")


@dataclass(frozen=True, slots=True)
class PageScan:
    """The page's elements of each kind, in page order."""

    metas: list[HtmlElement] = field(default_factory=list)
    links: list[HtmlElement] = field(default_factory=list)
    scripts: list[HtmlElement] = field(default_factory=list)
    #: Elements with an ``itemprop``, ``<meta>`` left out (microdata).
    items: list[HtmlElement] = field(default_factory=list)
    #: Elements with a ``dir`` attribute.
    directed: list[HtmlElement] = field(default_factory=list)
    #: Elements inside ``<body>`` whose class, id, rel or itemprop holds a hint word.
    marked: list[Marked] = field(default_factory=list)


def scan_page(root: HtmlElement, hints: Iterable[str]) -> PageScan:
    """Every element of ``root`` sorted into a :class:`PageScan`; ``hints`` are the words
    (lower case) that make an element of the body ``marked``."""
    hint = re.compile("|".join(map(re.escape, hints)))
    found = PageScan()
    _visit(root, found, hint, inside=False)
    for part in root.iterchildren(etree.Element):
        inside = part.tag == "body"
        _visit(part, found, hint, inside=False)
        for element in part.iterdescendants(etree.Element):
            _visit(element, found, hint, inside=inside)
    return found


def _visit(element: HtmlElement, found: PageScan, hint: re.Pattern[str], *, inside: bool) -> None:
    tag = element.tag
    if tag == "meta":
        found.metas.append(element)
    elif tag == "link":
        found.links.append(element)
    elif tag == "script":
        found.scripts.append(element)
    keys = element.keys()
    if not keys:
        return
    if "itemprop" in keys and tag != "meta":
        found.items.append(element)
    if "dir" in keys:
        found.directed.append(element)
    if inside:
        marks = " ".join([element.get(name, "") for name in _MARK_ATTRS]).lower()
        if hint.search(marks):
            found.marked.append((element, marks))
