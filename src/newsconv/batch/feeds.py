"""RSS and Atom feeds read as a batch: one article an entry.

A feed holds what a site published last, each entry with its title, address, dates,
authors, categories and text: whole (RSS's ``content:encoded``, Atom's ``content``) or a
summary (``description``, ``summary``). Each entry becomes an article whose HTML is read
as a fragment, with the entry's fields as its metadata hints and the feed's title as the
site. Only the file is read: an entry that carries a summary gives the summary, and its
link is not followed.

RSS 2.0, RSS 1.0 (RDF) and Atom are told apart by their elements' local names, so any
namespace prefix serves. lxml parses the feed as it parses pages, with no DTD, no entity
from outside and no network, and recovers what it can of a broken file.
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from pathlib import Path

from lxml import etree
from lxml.html import fragment_fromstring

from newsconv.batch.items import Entry, Item, Unreadable
from newsconv.batch.limits import Limits
from newsconv.batch.naming import slug, url_name
from newsconv.errors import UnreadableInput

__all__ = ["feed_entries"]

#: The root elements of the three kinds of feed, by local name.
FEED_ROOTS = frozenset({"rss", "feed", "RDF"})

_Element = etree._Element
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def feed_entries(path: Path, limits: Limits) -> Iterator[Entry]:
    """The entries of the feed at ``path``, in its order (newest first, as feeds list)."""
    try:
        limits.check_item(path.stat().st_size, where=str(path))
        root = etree.fromstring(path.read_bytes(), _parser())
    except OSError as err:
        yield Unreadable(str(path), f"cannot read ({err.strerror})")
        return
    except etree.XMLSyntaxError as err:
        yield Unreadable(str(path), f"not a feed ({err})")
        return
    except UnreadableInput as err:
        yield Unreadable(str(path), err.message)
        return
    if root is None or etree.QName(root).localname not in FEED_ROOTS:
        yield Unreadable(str(path), "not an RSS or Atom feed")
        return
    channel = _channel(root)
    site = _text(_child(channel, "title"))
    lang = root.get(_XML_LANG) or _text(_child(channel, "language"))
    for number, entry in enumerate(root.iter("{*}item", "{*}entry"), 1):
        yield _item(entry, f"{path}#{number}", f"{path.stem}-{number}", site, lang)


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, recover=True, huge_tree=False
    )


def _channel(root: _Element) -> _Element:
    """Where the feed's own title and language are: RSS's ``channel``, else the root."""
    channel = _child(root, "channel")
    return root if channel is None else channel


def _item(entry: _Element, where: str, fallback: str, site: str | None, lang: str | None) -> Entry:
    content = _html(_first(entry, "encoded", "content"))
    summary = _html(_first(entry, "description", "summary"))
    body = content or summary
    if not body:
        return Unreadable(where, "an entry with no text (no content, description or summary)")
    title = _text(_child(entry, "title"))
    url = _link(entry)
    hints = [
        ("title", title),
        *(("authors", name) for name in _authors(entry)),
        ("published", _text(_first(entry, "pubDate", "published", "date", "issued"))),
        ("modified", _text(_child(entry, "updated"))),
        *(("tags", tag) for tag in _categories(entry)),
        ("description", summary and content and _plain(summary)),
        ("site_name", site),
        ("lang", lang),
    ]
    return Item(
        source=where,
        name=url_name(url) if url else slug(title or "") or fallback,
        data=body.encode("utf-8"),
        format="html",
        url=url,
        hints=tuple((key, value) for key, value in hints if value),
    )


def _child(element: _Element | None, name: str) -> _Element | None:
    """``element``'s first child of local name ``name``, whatever its namespace."""
    return None if element is None else element.find(f"{{*}}{name}")


def _first(element: _Element, *names: str) -> _Element | None:
    return next((found for name in names if (found := _child(element, name)) is not None), None)


def _text(element: _Element | None) -> str | None:
    text = " ".join(_words(element)) if element is not None else ""
    return text or None


def _words(element: _Element) -> list[str]:
    return "".join(str(piece) for piece in element.itertext()).split()


def _html(element: _Element | None) -> str | None:
    """An entry's text as HTML: RSS escapes it, Atom says how (``text``, ``html`` or
    ``xhtml``, whose markup is the element's own children)."""
    if element is None:
        return None
    kind = element.get("type", "html")
    if kind == "xhtml" or (kind.endswith("xml") and len(element)):
        inner = "".join(etree.tostring(child, encoding="unicode") for child in element)
        return inner or None
    text = (element.text or "").strip()
    if not text:
        return None
    return f"<p>{html.escape(text)}</p>" if kind == "text" else text


def _plain(fragment: str) -> str | None:
    """A summary's words without its markup, for the description."""
    return (
        " ".join(fragment_fromstring(fragment, create_parent="div").text_content().split()) or None
    )


def _link(entry: _Element) -> str | None:
    """The entry's page: Atom's ``alternate`` link, RSS's ``link``, or a permalink ``guid``."""
    for link in entry.iterfind("{*}link"):
        href = link.get("href")
        if href and link.get("rel", "alternate") == "alternate":
            return href.strip()
        if not href and (text := _text(link)):
            return text
    guid = _child(entry, "guid")
    if guid is not None and guid.get("isPermaLink", "true") == "true":
        return _text(guid)
    return None


def _authors(entry: _Element) -> Iterator[str]:
    """Atom's ``author/name``, Dublin Core's ``creator``, or RSS's ``author`` (an address,
    with the name in brackets: "desk@news.example (Ann Lee)")."""
    for author in entry.iterfind("{*}author"):
        name = _text(_child(author, "name")) if len(author) else _text(author)
        if name and "(" in name and name.endswith(")") and "@" in name:
            name = name[name.index("(") + 1 : -1].strip()
        if name:
            yield name
    for creator in entry.iterfind("{*}creator"):
        if name := _text(creator):
            yield name


def _categories(entry: _Element) -> Iterator[str]:
    for category in entry.iterfind("{*}category"):
        if term := category.get("term") or _text(category):
            yield term
