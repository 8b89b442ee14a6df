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

#: An element's ``class``, ``id``, ``rel`` and ``itemprop`` (those it has, in its order),
#: lower-cased and joined by spaces.
Marked = tuple[HtmlElement, str]

_MARK_ATTRS = frozenset({"class", "id", "rel", "itemprop"})


@dataclass(frozen=True, slots=True)
class PageScan:
    """The page's elements of each kind, in page order."""

    metas: list[HtmlElement] = field(default_factory=list)
    links: list[HtmlElement] = field(default_factory=list)
    scripts: list[HtmlElement] = field(default_factory=list)
    bases: list[HtmlElement] = field(default_factory=list)
    #: Elements with an ``itemprop``, ``<meta>`` left out (microdata).
    items: list[HtmlElement] = field(default_factory=list)
    #: Elements with a ``dir`` attribute.
    directed: list[HtmlElement] = field(default_factory=list)
    #: Elements inside ``<body>`` whose class, id, rel or itemprop holds a hint word.
    marked: list[Marked] = field(default_factory=list)


def scan_page(root: HtmlElement, hints: Iterable[str]) -> PageScan:
    """Every element of ``root`` sorted into a :class:`PageScan`; ``hints`` are the words
    (lower case) that make an element of the body ``marked``.

    The loop visits every element of the page, so it is written out with no call per
    element, reads only the attribute values it needs (lxml makes a new string for each
    one), and searches each distinct set of marks once: pages repeat their class names.
    """
    hint = re.compile("|".join(map(re.escape, hints)))
    hinted: dict[str, bool] = {}
    found = PageScan()
    collected = {
        "meta": found.metas,
        "link": found.links,
        "script": found.scripts,
        "base": found.bases,
    }
    items, directed, marked = found.items, found.directed, found.marked
    for part in (root, *root.iterchildren(etree.Element)):
        in_body = part.tag == "body"
        for element in part.iter(etree.Element) if part is not root else (root,):
            tag = element.tag
            if tag in collected:
                collected[tag].append(element)
            keys = element.keys()
            if not keys:
                continue
            if "itemprop" in keys and tag != "meta":
                items.append(element)
            if "dir" in keys:
                directed.append(element)
            # <body> itself is not in the body; most elements with attributes are links
            # and images, which carry no marks
            if in_body and element is not part and not _MARK_ATTRS.isdisjoint(keys):
                marks = " ".join([element.get(key) for key in keys if key in _MARK_ATTRS]).lower()
                if marks not in hinted:
                    hinted[marks] = hint.search(marks) is not None
                if hinted[marks]:
                    marked.append((element, marks))
    return found
