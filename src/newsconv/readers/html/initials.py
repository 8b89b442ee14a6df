"""An author's initials signing the story at the end of its last sentence.

German and Austrian news sites close a story with its writer's initials in brackets,
linked to the writer's address: heise online's "… einer schnellen JavaScript-Engine.
(<a href="mailto:heb@ct.de" title="Herbert Braun">heb</a>)". The metadata names the
author; the initials are no words of the story, and a reader would strike them out.
Only a link to an e-mail address is taken, so "(dpa)" or "(sic)" in plain text stay.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lxml.html import HtmlElement

from newsconv.readers.html.datelines import last_text_block
from newsconv.readers.html.textstats import TextStats

if TYPE_CHECKING:
    from newsconv.readers.html.tidy import Judge

__all__ = ["remove_closing_initials"]

#: Initials: a short word of letters, or two parted by a slash ("heb", "jk/dpa").
_INITIALS = re.compile(r"[^\W\d_]{1,5}(?:/[^\W\d_]{1,5})?")
_OPENING = "("
_CLOSING = ")"


def remove_closing_initials(article: HtmlElement, stats: TextStats, judge: Judge) -> None:
    """Remove the bracketed initials linked to an e-mail address that end the article's
    last block of text, with their brackets."""
    last = last_text_block(article, stats)
    links = [] if last is None else list(last.iter("a"))
    if last is None or not links:
        return
    link, holder = links[-1], links[-1].getparent()
    if (
        holder is None
        or not (link.get("href") or "").lower().startswith("mailto:")
        or not _INITIALS.fullmatch(link.text_content().strip())
        or (link.tail or "").strip().rstrip(".") != _CLOSING
        or _words_after(link, last)
    ):
        return
    before = link.getprevious()
    lead = ((holder.text if before is None else before.tail) or "").rstrip()
    if not lead.endswith(_OPENING):
        return
    lead = lead[: -len(_OPENING)]
    if before is None:
        holder.text = lead
    else:
        before.tail = lead
    link.tail = None
    judge.remove(link, "an author's initials closing the story")
    stats.recount(holder)


def _words_after(link: HtmlElement, block: HtmlElement) -> bool:
    """Whether any words follow ``link``'s tail inside ``block``."""
    node = link
    while node is not block:
        for after in node.itersiblings():
            if (after.tail or "").strip() or (
                isinstance(after.tag, str) and after.text_content().strip()
            ):
                return True
        parent = node.getparent()
        if parent is None or parent is block:
            return False
        if (parent.tail or "").strip():
            return True
        node = parent
    return False
