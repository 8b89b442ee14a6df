"""Text lengths of every element, counted once bottom-up and kept right as nodes go.

The heuristic asks "how much text, how much of it in links" of thousands of elements;
calling ``text_content()`` on each would be quadratic on deep pages. The census
(:mod:`newsconv.readers.html.census`) counts both numbers for the whole body in its one
walk, children before parents; :meth:`TextStats.remove` subtracts a removed subtree from
its ancestors and :meth:`TextStats.recount` counts an element again, so the numbers stay
true without another walk.
"""

from __future__ import annotations

from lxml import etree
from lxml.html import HtmlElement, fragment_fromstring

from newsconv.diagnostics import Diagnostic, Reporter, heeds
from newsconv.encoding import xml_safe
from newsconv.readers.html.vocabulary import BLOCK_TAGS, commas

#: An element's place in its page: how many elements open before it.
_POSITION = etree.XPath("count(preceding::*) + count(ancestor::*)")
#: Elements an editor leaves empty between blocks.
_EMPTY_HOLDERS = frozenset({"p", "div", "span"})


def collapsed(text: str) -> str:
    """``" ".join(text.split())``, the text as a reader sees it, without the list of words
    for most texts: one line of single spaces once its ends are stripped, which says so to
    two scans that allocate nothing (every whitespace character but the ASCII space is
    unprintable to Python)."""
    stripped = text.strip()
    if stripped.isprintable() and "  " not in stripped:
        return stripped
    return " ".join(stripped.split())


class TextStats:
    """Characters, link characters and commas below each element of one tree.

    An element's count is its text's and its children's tails' (whitespace runs collapsed
    as a reader sees them) plus its children's counts; its link count is its whole count
    for an ``<a>``, else its children's link counts. Its commas are those of its
    ``text_content()`` (:func:`~vocabulary.commas`), counted the same way: the scoring and
    the tidy ask them of paragraphs and containers, and counting them in each one's
    serialised text counted a nested one's again at every level.
    """

    __slots__ = ("_chars", "_commas", "_links")

    def __init__(
        self,
        chars: dict[HtmlElement, int],
        links: dict[HtmlElement, int],
        commas: dict[HtmlElement, int],
    ) -> None:
        self._chars = chars
        self._links = links
        self._commas = commas

    def __contains__(self, element: HtmlElement) -> bool:
        return element in self._chars

    def recount(self, element: HtmlElement) -> None:
        """Count ``element`` again from its text, its children's tails and their counts
        (after it gained or lost children or text), and carry the difference up to its
        counted ancestors."""
        chars, links, counted = self._chars, self._links, self._commas
        text = element.text
        total = len(collapsed(text)) if text else 0
        found = commas(text) if text else 0
        linked = 0
        for child in element:
            total += chars.get(child, 0)
            linked += links.get(child, 0)
            found += counted.get(child, 0)
            if tail := child.tail:
                total += len(collapsed(tail))
                found += commas(tail)
        linked = total if element.tag == "a" else linked
        grown, linked = total - chars.get(element, 0), linked - links.get(element, 0)
        more = found - counted.get(element, 0)
        chars[element] = total
        links[element] = links.get(element, 0) + linked
        counted[element] = found
        for ancestor in element.iterancestors():
            if ancestor in chars:
                chars[ancestor] += grown
                linked = grown if ancestor.tag == "a" else linked
                links[ancestor] += linked
                counted[ancestor] += more

    def chars(self, element: HtmlElement) -> int:
        return self._chars.get(element, 0)

    def commas(self, element: HtmlElement) -> int:
        """How many comma-like characters the element's text holds."""
        return self._commas.get(element, 0)

    def pictured(self, element: HtmlElement) -> bool:
        """Whether ``element`` is an image, or holds images and no text."""
        return element.tag == "img" or (
            self.chars(element) == 0 and element.find(".//img") is not None
        )

    def linked(self, element: HtmlElement) -> int:
        """How many of the element's characters sit inside links."""
        return self._links.get(element, 0)

    def link_density(self, element: HtmlElement) -> float:
        """Share of the element's text that sits inside links (0 when it has no text)."""
        total = self._chars.get(element, 0)
        return self._links.get(element, 0) / total if total else 0.0

    def remove(self, element: HtmlElement) -> None:
        """Detach ``element`` (keeping its tail text) and update every ancestor's counts."""
        chars, links = self._chars.get(element, 0), self._links.get(element, 0)
        found = self._commas.get(element, 0)
        for ancestor in element.iterancestors():
            if ancestor in self._chars:
                self._chars[ancestor] -= chars
                self._links[ancestor] -= links
                self._commas[ancestor] -= found
        detach(element)


def detach(element: HtmlElement) -> None:
    """Remove ``element`` from its parent but keep the text that follows it (less any
    character XML forbids: lxml keeps a page's ``&#x1;`` in the tree but refuses to set it)."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    if tail and tail.strip():
        previous = element.getprevious()
        if previous is not None:
            previous.tail = xml_safe((previous.tail or "") + tail)
        else:
            parent.text = xml_safe((parent.text or "") + tail)
    parent.remove(element)


def holds_blocks(element: HtmlElement) -> bool:
    """Whether a child of ``element`` is a block (a container's; a paragraph's are not)."""
    return any(child.tag in BLOCK_TAGS for child in element)


def ends_container(element: HtmlElement) -> bool:
    """Whether nothing but line breaks, comments and empty paragraphs follows ``element``
    in its container."""
    return not (element.tail or "").strip() and all(
        _nothing(after) and not (after.tail or "").strip() for after in element.itersiblings()
    )


def _nothing(element: HtmlElement) -> bool:
    """Whether ``element`` shows nothing: a line break, a comment, an empty paragraph (an
    editor's leftover ``<p></p>``)."""
    tag = element.tag
    if not isinstance(tag, str):
        return True
    return tag == "br" or (
        tag in _EMPTY_HOLDERS and not len(element) and not (element.text or "").strip()
    )


def sibling_element(element: HtmlElement, *, before: bool = False) -> HtmlElement | None:
    """The element after ``element`` among its siblings (before it, with ``before``),
    comments and processing instructions skipped."""
    step = HtmlElement.getprevious if before else HtmlElement.getnext
    sibling = step(element)
    while sibling is not None and not isinstance(sibling.tag, str):
        sibling = step(sibling)
    return sibling


def markup_free(text: str) -> str:
    """``text`` without the tags that a CMS sometimes writes, escaped, into an attribute
    (an image's ``alt="<span>Nintendo</span>"``, a description's ``<a href=…>how to stop
    spending</a>``): their text, as a page would show it."""
    if "<" not in text or ">" not in text:
        return text
    return str(fragment_fromstring(text, create_parent="div").text_content())


def shown_text(element: HtmlElement) -> str:
    """The text of ``element`` as a reader sees it: its whitespace runs collapsed."""
    return collapsed(element.text_content())


def wording(element: HtmlElement) -> str:
    """:func:`shown_text` lowercased: what the word lists are matched against."""
    return shown_text(element).lower()


def within(element: HtmlElement, container: HtmlElement) -> bool:
    """Whether ``element`` lies below ``container`` (elements compare by identity)."""
    return any(ancestor is container for ancestor in element.iterancestors())


def precedes(first: HtmlElement, second: HtmlElement) -> bool:
    """Whether ``first`` comes before ``second`` in the page and does not hold it."""
    if within(second, first):
        return False
    return float(_POSITION(first)) < float(_POSITION(second))  # type: ignore[arg-type]


def text_around(element: HtmlElement, container: HtmlElement, stats: TextStats) -> tuple[int, int]:
    """How much of ``container``'s text comes before ``element`` and how much after it."""
    before = after = 0
    for node in (element, *element.iterancestors()):
        if node is container:
            break
        before += sum(map(stats.chars, node.itersiblings(preceding=True)))
        after += sum(map(stats.chars, node.itersiblings()))
    return before, after


def describe(element: HtmlElement) -> str:
    """``<div class="share">``: how a removed element is named in a diagnostic."""
    attrs = "".join(
        f' {name}="{value[:40]}"' for name in ("id", "class") if (value := element.get(name))
    )
    return f"<{element.tag}{attrs}>"


#: How much of a removed element's text a diagnostic quotes.
QUOTED_CHARS = 60


def report_removal(report: Reporter, element: HtmlElement, reason: str) -> None:
    """Tell the reporter what was dropped, why, and how its text began (if it listens:
    the quote serialises the removed subtree's text)."""
    if not heeds(report, "info"):
        return
    text = opening(element.text_content(), QUOTED_CHARS + 1)
    start = f": {text[:QUOTED_CHARS]!r}{'…' if len(text) > QUOTED_CHARS else ''}" if text else ""
    report(
        Diagnostic("info", "removed-boilerplate", f"removed {describe(element)} ({reason}){start}")
    )


def opening(text: str, chars: int) -> str:
    """The first ``chars`` characters of ``text`` with its whitespace collapsed (fewer
    when it is shorter), collapsing only as much of it as that takes: a removed subtree
    can be most of a page, and a diagnostic quotes its start."""
    end = 2 * chars
    while True:
        head = " ".join(text[:end].split())
        if len(head) > chars or end >= len(text):
            return head[:chars]
        end *= 2  # mostly whitespace so far: take more, then look again
