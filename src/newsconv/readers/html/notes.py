"""The notes an article's references point to, printed outside its container.

A CMS may print an article's notes in a block of their own, apart from the body (SPIP's
``div.notes`` after the "read also" box): the extractor leaves the block out, and the
references in the text ("1", "[2]" linked to ``#nb4-2``) lead nowhere. The smallest block
that holds every note they point to joins the article at its end, when notes are most of
its text, after the tidy (which would take a note that is mostly a URL for a box of
links).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from lxml import etree
from lxml.html import HtmlElement

from newsconv.readers.html.textstats import TextStats

__all__ = ["notes_outside"]

#: A reference's mark: a number or asterisks, maybe in brackets.
_MARK = re.compile(r"[\[(]?(?:\d{1,3}|\*{1,3})[\])]?")
#: Links to a place in the page (the XPath filters them in C, not link by link).
_IN_PAGE_LINKS = etree.XPath(".//a[starts-with(@href, '#') and string-length(@href) > 1]")
#: The element with the id (or name) ``$name``, a list of one or none.
_ONE_NAMED = etree.XPath("(.//*[@id = $name or @name = $name])[1]")
#: The elements with one of the ids (or an old page's ``<a name>``) in ``$names``, which
#: holds each between spaces: one pass in C over the page, whatever their number.
_NAMED = etree.XPath(
    ".//*[(@id and contains($names, concat(' ', @id, ' ')))"
    " or (@name and contains($names, concat(' ', @name, ' ')))]"
)
#: More references than this are a wiki's, not a CMS's notes printed apart.
MAX_NOTES = 100
#: The notes hold this share of the block's text at least.
MIN_NOTES_SHARE = 0.75


def notes_outside(article: HtmlElement, page: HtmlElement, stats: TextStats) -> list[HtmlElement]:
    """The block of ``page`` (which no longer holds ``article``) holding the notes that
    the references of ``article`` point to, if any."""
    targets = _note_targets(article)
    first = next(targets, None)
    if first is None or _ONE_NAMED(article, name=first):
        return []  # most pages: no notes, or notes in the article (a wiki's references)
    names = [first, *itertools.islice(targets, MAX_NOTES)]
    if len(names) > MAX_NOTES:
        return []  # a wiki's references, whose notes are not a block of their own
    found = _named(page, names)
    if not found:
        return []
    block = _holding_all(found)
    if block is None or block.tag in ("body", "html"):
        return []
    noted = sum(stats.chars(node) for node in found)
    return [block] if noted >= MIN_NOTES_SHARE * stats.chars(block) > 0 else []


def _note_targets(article: HtmlElement) -> Iterator[str]:
    """The ids the note references of ``article`` point to, in page order."""
    links = _IN_PAGE_LINKS(article)
    return (
        str(link.get("href"))[1:]
        for link in (links if isinstance(links, list) else [])
        if isinstance(link, HtmlElement) and _MARK.fullmatch(link.text_content().strip())
    )


def _named(root: HtmlElement, names: list[str]) -> list[HtmlElement]:
    """The elements below ``root`` whose id (or name) is one of ``names`` (which hold no
    space: they come from links)."""
    found = _NAMED(root, names=f" {' '.join(names)} ")
    return (
        [node for node in found if isinstance(node, HtmlElement)] if isinstance(found, list) else []
    )


def _holding_all(nodes: list[HtmlElement]) -> HtmlElement | None:
    """The smallest element holding all of ``nodes`` (the node itself when there is one)."""
    first, *rest = nodes
    lines = [{node, *node.iterancestors()} for node in rest]
    for candidate in (first, *first.iterancestors()):
        if all(candidate in line for line in lines):
            return candidate
    return None
