"""One walk over a parsed page that gathers what the metadata and the extractor ask of it.

Each Python walk over a page costs half a parse or more, most of it lxml making a proxy
for every element it visits; the reader used to walk each page about ten times (the
metadata scan, the prune, the text counts, the paragraphs to score, ...). The census
visits every element once, with lxml's ``iterwalk``, which keeps its own stack (so any
depth is safe):

* on the way in, it sorts the element for the metadata (:class:`PageScan`) and, inside
  ``<body>``, asks the :class:`~newsconv.readers.html.prune.Pruner` whether it goes;
  the walk skips ``<head>`` and each subtree the prune removes (half a page's elements),
  whose elements are only sorted for the metadata, in a plain loop;
* on the way out, it counts the element's text, link text and commas from its children's, as
  :class:`~newsconv.readers.html.textstats.TextStats` counts the pruned tree: a pruned
  element counts nothing, and its tail joins the text before it, as
  :func:`~newsconv.readers.html.textstats.detach` will join it.

Nothing is changed during the walk: the metadata reads the page as it came, and the
prune is applied afterwards (:meth:`Census.remove` keeps the counts exact).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from lxml import etree
from lxml.html import HtmlElement

from newsconv.encoding import xml_safe
from newsconv.readers.html import vocabulary as vocab
from newsconv.readers.html.prune import CONDEMNING_ATTRIBUTES, Pruner, suspect_names
from newsconv.readers.html.textstats import TextStats, detach

__all__ = ["Census", "Marked", "PageScan", "take_census"]

#: An element's ``class``, ``id``, ``rel`` and ``itemprop`` (those it has, in its order),
#: lower-cased and joined by spaces.
Marked = tuple[HtmlElement, str]

_MARK_ATTRS = frozenset({"class", "id", "rel", "itemprop"})
#: Tags whose presence in the pruned body means a page, not an article fragment.
CHROME_TAGS = frozenset({"nav", "header", "footer", "aside", "menu"})
#: Kept body elements the scoring reads: paragraphs, and ``div`` elements that may be one.
_SCORED = vocab.SCORED_TAGS | {"div"}


@dataclass(frozen=True, slots=True)
class PageScan:
    """The page's elements of each kind, in page order, before anything is removed."""

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
    #: The page's ``<title>``, ``<h1>``, ``<time>``, ``<p>`` and ``<img>`` elements, which
    #: the title, date, language, direction and lead image readers look through.
    titles: list[HtmlElement] = field(default_factory=list)
    headlines: list[HtmlElement] = field(default_factory=list)
    times: list[HtmlElement] = field(default_factory=list)
    paragraphs: list[HtmlElement] = field(default_factory=list)
    images: list[HtmlElement] = field(default_factory=list)
    #: ``<strong>``, ``<b>``, ``<dt>`` and ``<th>`` elements: the labels of a list of
    #: facts ("<li><strong>Author</strong> Ben Knight</li>"), where an author may be named.
    labels: list[HtmlElement] = field(default_factory=list)


@dataclass(slots=True)
class Census:
    """What the walk found: the metadata's elements and the body as the prune leaves it."""

    scan: PageScan
    #: Characters and link characters of ``<body>`` and every element the prune keeps.
    stats: TextStats
    #: Body elements the prune removes, in page order, with why (``None``: junk, which
    #: goes without a word).
    pruned: list[tuple[HtmlElement, str | None]] = field(default_factory=list)
    #: Kept body elements the scoring reads (:data:`_SCORED`), in page order.
    scored: list[HtmlElement] = field(default_factory=list)
    #: Kept ``<h1>`` and ``<h2>`` elements, which may repeat the title, in page order.
    headings: list[HtmlElement] = field(default_factory=list)
    #: Kept ``<article>`` elements, in page order.
    articles: list[HtmlElement] = field(default_factory=list)
    #: Kept body elements whose class or id names a share or follow bar, in page order.
    shared: list[HtmlElement] = field(default_factory=list)
    #: Kept page furniture (:data:`CHROME_TAGS`).
    chrome: list[HtmlElement] = field(default_factory=list)
    #: Kept elements holding one of :data:`~vocabulary.DIV_BLOCK_TAGS` (see
    #: :func:`~newsconv.readers.html.vocabulary.has_block`).
    blocky: set[HtmlElement] = field(default_factory=set)
    #: Elements taken out after the walk by :meth:`remove`, with their subtrees.
    gone: set[HtmlElement] = field(default_factory=set)
    #: The element that held the heading repeating the title, once the prune took it out:
    #: the title block, where a page may put its lede.
    title_block: HtmlElement | None = None
    #: The first element that followed that heading in the title block, if any: the
    #: headline's place, since what comes after it opens the article.
    after_title: HtmlElement | None = None

    def kept(self, elements: Iterable[HtmlElement]) -> list[HtmlElement]:
        """``elements`` less those :meth:`remove` took out."""
        gone = self.gone
        return [element for element in elements if element not in gone] if gone else [*elements]

    def has_block(self, element: HtmlElement) -> bool:
        """:func:`~newsconv.readers.html.vocabulary.has_block`, from the census."""
        return element in self.blocky

    def remove(self, element: HtmlElement) -> None:
        """Detach a kept ``element`` as :func:`detach` does, and count its ancestors again
        (exactly: its tail may join the text before it)."""
        parent = element.getparent()
        if parent is None:
            return
        self.gone.update(element.iter())
        detach(element)
        self.stats.recount(parent)
        node: HtmlElement | None = parent
        while node is not None and node in self.stats:
            blocky = any(c.tag in vocab.DIV_BLOCK_TAGS or c in self.blocky for c in node)
            if blocky == (node in self.blocky):
                break
            if blocky:
                self.blocky.add(node)
            else:
                self.blocky.discard(node)
            node = node.getparent()


class _Scanner:
    """Sorts the elements of a page into a :class:`PageScan`.

    ``hint`` finds the words that make a body element :attr:`PageScan.marked`; each
    distinct string is searched once (pages repeat their class names).
    """

    __slots__ = ("collected", "directed", "hint", "hinted", "items", "marked")

    def __init__(self, scan: PageScan, hint: vocab.Words | None) -> None:
        self.collected = {
            "meta": scan.metas, "link": scan.links, "script": scan.scripts,
            "base": scan.bases, "title": scan.titles, "h1": scan.headlines,
            "time": scan.times, "p": scan.paragraphs, "img": scan.images,
            "strong": scan.labels, "b": scan.labels, "dt": scan.labels, "th": scan.labels,
        }  # fmt: skip
        self.items, self.directed, self.marked = scan.items, scan.directed, scan.marked
        self.hint = hint
        self.hinted: dict[str, bool] = {}

    def see(self, node: HtmlElement, tag: object, keys: list[str], in_body: bool) -> str:
        """Sort ``node`` (with attribute names ``keys``); returns its
        :func:`~vocabulary.class_and_id` when it is inside ``<body>``, else ``""``."""
        if tag in self.collected:
            self.collected[tag].append(node)
        if not keys:
            return ""
        if "itemprop" in keys and tag != "meta":
            self.items.append(node)
        if "dir" in keys:
            self.directed.append(node)
        if not in_body:
            return ""
        names = _names(node, keys)
        if self.hint is not None:
            # The hint words hold no space: a hint in the marks is one in the names,
            # unless the element has a rel or itemprop too.
            judged = _marks(node, keys) if "rel" in keys or "itemprop" in keys else names
            hinted = self.hinted.get(judged)
            if hinted is None:
                hinted = self.hinted[judged] = self.hint.search(judged)
            if hinted:
                self.marked.append((node, _marks(node, keys)))
        return names

    def see_below(self, node: HtmlElement, in_body: bool) -> None:
        """:meth:`see` every element below ``node``, a subtree the walk skips.

        These are half a page's elements, and nothing needs their names: one loop sorts
        them with no call per element, and looks for the hint words in their marks.
        """
        collected, items, directed, marked = self.collected, self.items, self.directed, self.marked
        hint, hinted = (self.hint, self.hinted) if in_body else (None, {})
        for element in node.iterdescendants():
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
            if hint is None or _MARK_ATTRS.isdisjoint(keys):
                continue
            marks = _marks(element, keys)
            found = hinted.get(marks)
            if found is None:
                found = hinted[marks] = hint.search(marks)
            if found:
                marked.append((element, marks))


def take_census(
    root: HtmlElement,
    *,
    hints: Iterable[str] = (),
    pruner: Pruner | None = None,
    scan: bool = True,
) -> Census:
    """Walk the page ``root`` once; ``hints`` are the words (lower case) that make a body
    element ``marked``, and ``pruner`` judges what the prune removes (nothing without one).
    Without ``scan`` the census leaves its :class:`PageScan` empty (a retry of the
    extraction reads only the prune and the counts).

    The walk goes through the kept elements of ``<body>``; what lies outside it and the
    subtrees the prune removes are only sorted for the page scan, in a plain loop. The
    walk's own loop is written out with no call per element where it can be helped, and
    reads only the attribute values it needs (lxml makes a new string for each one). The
    pruner is asked only about elements its verdict may touch: most named elements have
    only a class or id, and :func:`~prune.suspect_names` clears them once per string.
    """
    hints = tuple(hints)
    chars: dict[HtmlElement, int] = {}
    links: dict[HtmlElement, int] = {}
    commas: dict[HtmlElement, int] = {}
    census = Census(PageScan(), TextStats(chars, links, commas))
    scanner = _Scanner(census.scan, _hint_words(hints) if hints else None) if scan else None
    pruned, blocky, shared = census.pruned, census.blocky, census.shared
    # The lists each kept tag goes to (an <h2> is both scored and a title heading).
    listed: dict[str, tuple[list[HtmlElement], ...]] = {
        **dict.fromkeys(_SCORED, (census.scored,)),
        **dict.fromkeys(CHROME_TAGS, (census.chrome,)),
        "article": (census.articles,),
        "h1": (census.headings,),
        "h2": (census.scored, census.headings),
    }
    body = root.find("body")
    in_body = False
    # A frame per open kept element: [tag, chars counted, link chars, the text being
    # gathered (its own text, or its last kept child's tail), whether it holds a block,
    # commas counted].
    # Plain lists: a frame is made for most elements of the page.
    stack: list[list[Any]] = []
    walk = etree.iterwalk(root, events=("start", "end"))
    for event, node in walk:
        if event == "start":
            tag = node.tag
            keys = node.keys()
            if scanner is not None:
                names = scanner.see(node, tag, keys, in_body)
            else:
                names = _names(node, keys) if in_body and keys else ""
            if not in_body:
                if node is body:
                    in_body = True
                    stack.append([tag, 0, 0, node.text or "", False, 0])
                elif node is not root:  # <head>, or what follows <body>
                    if scanner is not None:
                        scanner.see_below(node, False)
                    walk.skip_subtree()
                continue
            if pruner is not None:
                reason = None
                if tag in vocab.JUNK_TAGS or (
                    keys
                    and (
                        not CONDEMNING_ATTRIBUTES.isdisjoint(keys)
                        or (names and suspect_names(names))
                    )
                    and (reason := pruner.reason(node, tag, keys, names)) is not None
                ):
                    pruned.append((node, reason))
                    if scanner is not None:
                        scanner.see_below(node, True)
                    walk.skip_subtree()
                    stack.append(_PRUNED)
                    continue
            if names and vocab.names_share(names):
                shared.append(node)
            if tag in listed:
                for found in listed[tag]:
                    found.append(node)
            stack.append([tag, 0, 0, node.text or "", False, 0])
        elif in_body:
            frame = stack.pop()
            if frame is _PRUNED:
                tail = node.tail
                if tail and tail.strip():
                    stack[-1][3] = xml_safe(f"{stack[-1][3]}{tail}")
                continue
            tag, total, linked, text, holds_block, found = frame
            # Most texts and tails are the indentation between tags: no list to split.
            # Commas as vocab.commas counts them, with no call for an ASCII text.
            if text and not text.isspace():
                total += len(" ".join(text.split()))
                found += text.count(",") if text.isascii() else vocab.commas(text)
            chars[node] = total
            links[node] = linked = total if tag == "a" else linked
            commas[node] = found
            if holds_block:
                blocky.add(node)
            if node is body:
                in_body = False
                continue
            frame = stack[-1]
            before = frame[3]
            if before and not before.isspace():
                frame[1] += len(" ".join(before.split()))
                frame[5] += before.count(",") if before.isascii() else vocab.commas(before)
            frame[1] += total
            frame[2] += linked
            frame[5] += found
            frame[3] = node.tail or ""
            if holds_block or tag in vocab.DIV_BLOCK_TAGS:
                frame[4] = True
    return census


#: The frame of a pruned element: its end only passes its tail on.
_PRUNED: list[Any] = []


@functools.lru_cache(maxsize=8)
def _hint_words(hints: tuple[str, ...]) -> vocab.Words:
    return vocab.Words(*hints)


def _names(node: HtmlElement, keys: list[str]) -> str:
    """The element's :func:`~vocabulary.class_and_id`, when it has either (most named
    elements have a class and no id: its value alone, with no string to format)."""
    if "id" in keys:
        return vocab.class_and_id(node)
    if "class" in keys:
        value: str = node.get("class")
        return value.strip().lower()
    return ""


def _marks(node: HtmlElement, keys: list[str]) -> str:
    """The element's :data:`Marked` string."""
    if len(keys) == 1 and keys[0] in _MARK_ATTRS:  # most elements: a class and nothing else
        value: str = node.get(keys[0])
        return value.lower()
    return " ".join([node.get(key) for key in keys if key in _MARK_ATTRS]).lower()
