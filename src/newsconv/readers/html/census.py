"""One walk over a parsed page that gathers what the metadata and the extractor ask of it.

Each Python walk over a page costs half a parse or more, most of it lxml making a proxy
for every element it visits; the reader used to walk each page about ten times (the
metadata scan, the prune, the text counts, the paragraphs to score, ...). The census
visits every element once, in one ``iter()`` loop (lxml's own iteration, a fifth of
what ``iterwalk``'s start and end events cost) with a stack of the open elements of its
own (so any depth is safe):

* where an element opens, it sorts it for the metadata (:class:`PageScan`) and, inside
  ``<body>``, asks the :class:`~newsconv.readers.html.prune.Pruner` whether it goes;
  the elements of ``<head>`` and of each subtree the prune removes (half a page's
  elements) are only sorted for the metadata, up to the element after the subtree;
* where it ends (once an element whose parent is not the innermost open one comes, or
  the page ends), it counts the element's text, link text and commas from its children's, as
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
from itertools import chain
from typing import Any

from lxml import etree
from lxml.html import HtmlElement

from newsconv.encoding import xml_safe
from newsconv.readers.html import vocabulary as vocab
from newsconv.readers.html.prune import CONDEMNING_ATTRIBUTES, Pruner, suspect_names
from newsconv.readers.html.textstats import TextStats, collapsed, detach

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
    #: Boxes named like furniture that the prune spared as holding the story
    #: (:func:`~newsconv.readers.html.prune.named_stories`): their names say nothing.
    spared: frozenset[HtmlElement] = frozenset()

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


def _collecting(scan: PageScan) -> dict[str, list[HtmlElement]]:
    """The list of ``scan`` each tag the scan collects goes to."""
    return {
        "meta": scan.metas, "link": scan.links, "script": scan.scripts,
        "base": scan.bases, "title": scan.titles, "h1": scan.headlines,
        "time": scan.times, "p": scan.paragraphs, "img": scan.images,
        "strong": scan.labels, "b": scan.labels, "dt": scan.labels, "th": scan.labels,
    }  # fmt: skip


def take_census(
    root: HtmlElement,
    *,
    hints: Iterable[str] = (),
    pruner: Pruner | None = None,
    scan: bool = True,
) -> Census:
    """Walk the page ``root`` once; ``hints`` are the words (lower case) that make a body
    element ``marked``, and ``pruner`` judges what the prune removes (nothing without one).
    Without ``scan`` the census's :class:`PageScan` holds only the page's ``<h1>``
    elements (a retry of the extraction reads only the prune, the counts and whether a
    box the prune removes holds the headline: :func:`~prune.named_stories`).

    The walk goes through the kept elements of ``<body>``; what lies outside it and the
    subtrees the prune removes are only sorted for the page scan. The loop is written
    out with no call per element where it can be helped, and reads only the attribute
    values it needs (lxml makes a new string for each one). The pruner is asked only
    about elements its verdict may touch: most named elements have only a class or id,
    and :func:`~prune.suspect_names` clears them once per string.
    """
    hints = tuple(hints)
    chars: dict[HtmlElement, int] = {}
    links: dict[HtmlElement, int] = {}
    commas: dict[HtmlElement, int] = {}
    census = Census(PageScan(), TextStats(chars, links, commas))
    if pruner is not None:
        census.spared = pruner.spared
    # Without the scan, what it would sort goes to a page scan nobody reads. Each
    # distinct marks string is searched for the hint words once (pages repeat them).
    sorted_into = census.scan if scan else PageScan()
    collected = _collecting(sorted_into) if scan else {"h1": census.scan.headlines}
    items, directed, marked = sorted_into.items, sorted_into.directed, sorted_into.marked
    body_hint = _hint_words(hints) if hints and scan else None
    hinted: dict[str, bool] = {}
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
    # A frame per open element: [tag, chars counted, link chars, the text being gathered
    # (its own text, or its last kept child's tail), whether it holds a block, commas
    # counted, the element]; a pruned element's is [None, the element]. Plain lists: a
    # frame is made for most elements of the page. The bottom one is the root's, which
    # ``<body>`` ends into.
    stack: list[list[Any]] = [[None, 0, 0, "", False, 0, root]]
    # Past an element whose subtree is only sorted for the page scan (the root itself,
    # ``<head>``, or a pruned one): the element after that subtree, where the walk takes
    # over again, and the hint words that subtree's marks are searched for.
    scanning, stop = True, next(root.iterchildren(etree.Element), None)
    hint: vocab.Words | None = None
    for node in chain(root.iter(etree.Element), (None,)):
        if node is not None:  # sorted for the page scan, whatever the walk does with it
            tag = node.tag
            if tag in collected:
                collected[tag].append(node)
            if scanning and not scan and node is not stop:
                continue  # a census without the scan reads nothing of a subtree it skips
            keys = node.keys()
            if keys:
                if "itemprop" in keys and tag != "meta":
                    items.append(node)
                if "dir" in keys:
                    directed.append(node)
            if scanning and node is not stop:
                if hint is not None and keys and not _MARK_ATTRS.isdisjoint(keys):
                    # most such elements have a class and nothing else: _marks with no call
                    marks = node.get(keys[0]).lower() if len(keys) == 1 else _marks(node, keys)
                    hit = hinted.get(marks)
                    if hit is None:
                        hit = hinted[marks] = hint.search(marks)
                    if hit:
                        marked.append((node, marks))
                continue
        scanning = False
        # The elements ending before this one, innermost first.
        parent = root if node is None else node.getparent()
        while stack[-1][-1] is not parent:
            frame = stack.pop()
            ended = frame[-1]
            if frame[0] is None:  # a pruned element: its tail joins the text before it
                tail = ended.tail
                if tail and tail.strip():
                    stack[-1][3] = xml_safe(f"{stack[-1][3]}{tail}")
                continue
            kind, total, linked, text, holds_block, found, _ = frame
            # Most texts and tails are the indentation between tags: no list to split.
            # Commas as vocab.commas counts them, with no call for an ASCII text.
            if text and not text.isspace():
                total += len(collapsed(text))
                found += text.count(",") if text.isascii() else vocab.commas(text)
            chars[ended] = total
            links[ended] = linked = total if kind == "a" else linked
            commas[ended] = found
            if holds_block:
                blocky.add(ended)
            frame = stack[-1]
            before = frame[3]
            if before and not before.isspace():
                frame[1] += len(collapsed(before))
                frame[5] += before.count(",") if before.isascii() else vocab.commas(before)
            frame[1] += total
            frame[2] += linked
            frame[5] += found
            frame[3] = ended.tail or ""
            if holds_block or kind in vocab.DIV_BLOCK_TAGS:
                frame[4] = True
        if node is None:
            break
        if parent is root:  # <head>, <body> or what follows it
            if node is body:
                stack.append([tag, 0, 0, node.text or "", False, 0, node])
            else:
                scanning, stop, hint = True, _after(node), None
            continue
        # The element's class_and_id, when it has either: most named elements have a
        # class and no id, whose value alone needs no string formatted (written out: a
        # call per kept element costs more than the test).
        if not keys:
            names = ""
        elif "id" in keys:
            names = vocab.class_and_id(node)
        elif "class" in keys:
            names = node.get("class").strip().lower()
        else:
            names = ""
        if keys and body_hint is not None:
            # The hint words hold no space: a hint in the marks is one in the names,
            # unless the element has a rel or itemprop too.
            judged = _marks(node, keys) if "rel" in keys or "itemprop" in keys else names
            hit = hinted.get(judged)
            if hit is None:
                hit = hinted[judged] = body_hint.search(judged)
            if hit:
                marked.append((node, _marks(node, keys)))
        if pruner is not None:
            reason = None
            if tag in vocab.JUNK_TAGS or (
                keys
                and (not CONDEMNING_ATTRIBUTES.isdisjoint(keys) or (names and suspect_names(names)))
                and (reason := pruner.reason(node, tag, keys, names)) is not None
            ):
                pruned.append((node, reason))
                stack.append([None, node])
                scanning, stop, hint = True, _after(node), body_hint
                continue
        if names and vocab.names_share(names):
            shared.append(node)
        if tag in listed:
            for found in listed[tag]:
                found.append(node)
        stack.append([tag, 0, 0, node.text or "", False, 0, node])
    return census


def _after(node: HtmlElement) -> HtmlElement | None:
    """The first element after the subtree of ``node`` in page order (``None`` at the
    end of the page)."""
    while node is not None:
        following = node.getnext()
        while following is not None and not isinstance(following.tag, str):
            following = following.getnext()  # a comment or a processing instruction
        if following is not None:
            return following
        node = node.getparent()
    return None


@functools.lru_cache(maxsize=8)
def _hint_words(hints: tuple[str, ...]) -> vocab.Words:
    return vocab.Words(*hints)


def _marks(node: HtmlElement, keys: list[str]) -> str:
    """The element's :data:`Marked` string."""
    if len(keys) == 1 and keys[0] in _MARK_ATTRS:  # most elements: a class and nothing else
        value: str = node.get(keys[0])
        return value.lower()
    return " ".join([node.get(key) for key in keys if key in _MARK_ATTRS]).lower()
