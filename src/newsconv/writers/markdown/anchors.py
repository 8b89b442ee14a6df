"""Where a link to one of the article's headings points in Markdown.

Markdown writes no heading ids: a renderer makes them from each heading's text, as GitHub
does (lower case, punctuation and symbols dropped, spaces to hyphens, ``-1``, ``-2``, ...
after a repeat; pandoc's ``gfm_auto_identifiers`` and markdown-it's anchors plugin agree).
A link to the page's own anchor (``#History``, ``#id5``) is rewritten to that id, so that
an article's table of contents still leads somewhere.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from newsconv.model import Block, Heading
from newsconv.tree import inline_text, walk_blocks

__all__ = ["gfm_slug", "heading_anchors"]

#: Characters a slug keeps besides letters, digits and combining marks.
_KEPT = frozenset(" -_")


def gfm_slug(text: str) -> str:
    """The id GitHub gives a heading reading ``text`` (before telling repeats apart)."""
    return "".join(
        char
        for char in text.strip().lower()
        if char in _KEPT or unicodedata.category(char)[0] in "LNM"
    ).replace(" ", "-")


def heading_anchors(blocks: tuple[Block, ...], titles: Iterable[str] = ()) -> dict[str, str]:
    """The slug of each heading that has an id of its own, by that id. ``titles`` are
    headings written before the blocks (the title without front matter): their slugs
    count when a repeat is told apart."""
    used: dict[str, int] = {}
    anchors: dict[str, str] = {}

    def unique(text: str) -> str:
        slug = gfm_slug(text)
        count = used.get(slug, 0)
        used[slug] = count + 1
        return f"{slug}-{count}" if count else slug

    for title in titles:
        unique(title)
    for block in walk_blocks(blocks):
        if isinstance(block, Heading):
            slug = unique(inline_text(block.children))
            if block.id is not None:
                anchors.setdefault(block.id, slug)
    return anchors
