"""An article as an element tree, ready for the writers that bind pages (PDF and EPUB).

Both render articles with the HTML writer in XHTML mode and then need the same repairs the
web page does not: a ``#fragment`` link whose target is not in the article leads nowhere in
a PDF and is an error in an EPUB, so it is unwrapped; a web address with spaces or other
characters a URL may not hold is percent-encoded. Images are loaded once, under the resource
policy, and named as the writer stores them; one that cannot be had is left out with a
warning and its caption stays. The tree is returned for each writer to finish and serialise.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import quote, urlunsplit

from lxml import etree

from newsconv.diagnostics import Diagnostic, Reporter
from newsconv.errors import ResourceBlocked, ResourceError
from newsconv.model import Document
from newsconv.resources import Resource, ResourcePolicy, fetch
from newsconv.urls import split
from newsconv.writers.html import render_article

#: Characters kept as they are in a URL's path, and in its query and fragment (RFC 3986).
_PATH_SAFE = "/%:@!$&'()*+,;=-._~"
_QUERY_SAFE = _PATH_SAFE + "?"
#: A percent sign that starts no escape (``50%``, ``%zz``): kept, it makes the URL invalid.
_STRAY_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)


def article_tree(
    doc: Document, *, report: Reporter, heading_offset: int = 0, id_prefix: str = ""
) -> etree._Element:
    """``doc``'s ``<article>`` (no namespace) with every link leading somewhere valid."""
    markup = render_article(
        doc, xhtml=True, report=report, heading_offset=heading_offset, id_prefix=id_prefix
    )
    root = etree.fromstring(markup, _PARSER)
    ids = {value for element in root.iter() if (value := element.get("id"))}
    for link in list(root.iter("a")):
        target = _target(link.get("href", ""), ids)
        if target is None or any(outer.tag == "a" for outer in link.iterancestors()):
            unwrap(link)  # it leads nowhere, or it is a link in a link, which HTML forbids
        else:
            link.set("href", target)
    return root


def embed_images(
    tree: etree._Element,
    doc: Document,
    *,
    policy: ResourcePolicy,
    store: Callable[[Resource], str | None],
    report: Reporter,
) -> None:
    """Load every ``<img>`` of ``tree`` and point it at ``store(resource)``.

    ``store`` keeps the resource in the output and returns the name to use for it, or
    ``None`` when the output cannot hold that kind of image. An image that is refused,
    missing or unusable is taken out (its figure's caption stays) and reported.
    """
    where = doc.metadata.source
    for image in list(tree.iter("img")):
        src = image.get("src", "")
        try:
            name = store(load_image(src, doc, policy))
        except ResourceError as err:
            code = "image-blocked" if isinstance(err, ResourceBlocked) else "image-missing"
            report(Diagnostic("warning", code, f"image left out: {err}", where))
            drop_image(image)
            continue
        if name is None:
            message = f"image left out: {_short(src)} is not a format this output can hold"
            report(Diagnostic("warning", "image-unsupported", message, where))
            drop_image(image)
        else:
            image.set("src", name)


def load_image(src: str, doc: Document, policy: ResourcePolicy) -> Resource:
    """Load ``src`` for ``doc``; a web address beside the page's own is also sought beside
    the saved file.

    Readers resolve an image's relative address against the page's URL, but a page saved
    with its images keeps them beside the file: when the network is off, the part of the
    address below the page's folder is tried as a path relative to the saved file.
    """
    try:
        return fetch(src, base=doc.metadata.source, policy=policy)
    except ResourceBlocked:
        folder = (doc.metadata.url or "").rpartition("/")[0] + "/"
        if policy.allow_remote or folder == "/" or not src.startswith(folder):
            raise
        relative = src[len(folder) :].partition("#")[0].partition("?")[0]
        try:
            return fetch(relative, base=doc.metadata.source, policy=policy)
        except ResourceError:
            raise ResourceBlocked(  # the first refusal is the one that explains
                "remote resources are off; use --allow-remote", where=src
            ) from None


def drop_image(image: etree._Element) -> None:
    """Remove ``image``; an inline one leaves its alt text, a figure keeps its caption."""
    parent = image.getparent()
    if parent is None:
        return
    if parent.tag == "figure":
        remove(image)
        if len(parent) == 0 and not (parent.text or "").strip():
            remove(parent)
        return
    alt = image.get("alt", "")
    image.tail = f"{alt}{image.tail or ''}" if alt else image.tail
    remove(image)


def _target(href: str, ids: set[str]) -> str | None:
    """Where a link may point: a fragment of this article, or an absolute web address."""
    if href.startswith("#"):
        return href if href[1:] in ids else None
    return web_address(href)


def web_address(href: str) -> str | None:
    """``href`` with what a URL may not hold (spaces, ``[``, non-ASCII) percent-encoded in its
    path, query and fragment; ``None`` when it is not an absolute address."""
    parts = split(href)
    if parts is None or not parts.scheme:
        return None
    return urlunsplit(
        (
            parts.scheme,
            parts.netloc,
            _quoted(parts.path, _PATH_SAFE),
            _quoted(parts.query, _QUERY_SAFE),
            _quoted(parts.fragment, _QUERY_SAFE),
        )
    )


def _quoted(part: str, safe: str) -> str:
    """``part`` percent-encoded, its escapes kept and a stray ``%`` made ``%25``."""
    return quote(_STRAY_PERCENT.sub("%25", part), safe=safe)


def unwrap(element: etree._Element) -> None:
    """Put ``element``'s text and children in its place, as if its tags were never there."""
    parent = element.getparent()
    if parent is None:
        return
    index = parent.index(element)
    children = list(element)
    _append_text(parent, index, element.text)
    for offset, child in enumerate(children):
        parent.insert(index + 1 + offset, child)
    last = children[-1] if children else None
    if last is not None:
        last.tail = (last.tail or "") + (element.tail or "")
        parent.remove(element)
    else:
        remove(element)


def remove(element: etree._Element) -> None:
    """Take ``element`` out of the tree, keeping the text that follows it."""
    parent = element.getparent()
    if parent is None:
        return
    _append_text(parent, parent.index(element), element.tail)
    parent.remove(element)


def _append_text(parent: etree._Element, index: int, text: str | None) -> None:
    """Add ``text`` where the child at ``index`` of ``parent`` begins."""
    if not text:
        return
    if index == 0:
        parent.text = (parent.text or "") + text
    else:
        before = parent[index - 1]
        before.tail = (before.tail or "") + text


def _short(url: str, limit: int = 80) -> str:
    return url if len(url) <= limit else url[:limit] + "…"
