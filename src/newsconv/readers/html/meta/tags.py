"""The ``<meta>`` and ``<link>`` tags of a page, gathered once into a lookup table.

OpenGraph uses ``property``, most others ``name``, microdata ``itemprop``, and some
pages mix them up or list several names in one attribute (``property="og:title
twitter:title"``): every name is a key, lower-cased, and keeps its values in page order.
Dublin Core is spelt ``dc.title``, ``DC:title`` or ``dcterm:title``; all become ``dc.title``
(``dcterms.`` likewise). Parse.ly's JSON ``parsely-page`` is unpacked into
``parsely-title``, ``parsely-pub-date``, ``parsely-author`` (from ``author`` or ``authors``)
and ``parsely-tags``.
"""

from __future__ import annotations

import html
import json
import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator

from lxml.html import HtmlElement

from newsconv.build import normalize_text
from newsconv.readers.html import vocabulary as vocab
from newsconv.readers.html.census import Marked
from newsconv.readers.html.textstats import shown_text

_DUBLIN_CORE = re.compile(r"^(dc|dcterms?)[:.]")
#: Parse.ly's ``parsely-page`` fields and the names they are kept under: ``authors``, a
#: list, is the later form of ``author``.
_PARSELY_PAGE = {
    "title": "title", "pub_date": "pub-date", "author": "author", "authors": "author",
    "tags": "tags",
}  # fmt: skip
#: Entities escaped once more than HTML undoes are rare past two or three.
_MAX_UNESCAPES = 4
#: A line break's escape a CMS wrote out before the break it stands for ("\\n" and a
#: new line), or at the end.
_ESCAPED_BREAK = re.compile(r"\\[nr](?=[\r\n]|$)")
#: Elements whose tag links are the site's (a sidebar's, a menu's), not the article's; a
#: ``<footer>`` is not one of them: an article's own footer is where blogs list its tags.
_FURNITURE = ("aside", "nav")
#: The longest link text that is still one tag rather than a sentence.
_LONGEST_TAG = 60
#: A box named for the article's tags or categories ("entry-tags", "post-categories").
_TAG_BOX = re.compile(r"(?:^|[\s_-])(?:tags|categories)(?:$|[\s_-])")
#: A box linking to more tag pages than this is the site's index of them, not the article's,
#: and so is a sidebar's widget ("widget categories", WordPress's).
_MOST_TAGS, _WIDGET = 24, "widget"
#: A link's path step to a tag's or category's page on the site ("/tag/dams/",
#: "/category/news/"), which a box of tags holds and its other links do not.
_TAXONOMY_PATH = re.compile(r"/(?:tags?|categor(?:y|ies))/[^/?#\s]")
#: What the page scan must hint at to keep ``rel="tag"`` links and boxes of tag links.
TAG_HINTS = ("tag", "categories")


#: The attributes naming a ``<meta>`` tag's value; :data:`_NAMES` less microdata's.
_ATTRIBUTES = ("property", "name", "itemprop", "http-equiv")
_NAMES = ("property", "name", "http-equiv")
#: The ``itemprop`` of an ``ItemList``'s entries: a teaser's, never the story's.
_LIST_ENTRY = "itemListElement"
#: What a page's template prints for a variable it was given no value for.
_NO_VALUES = frozenset({"null", "undefined", "none", "nan"})


def no_value(value: str) -> bool:
    """Whether ``value`` is a template's print of an empty variable ("null", "undefined"),
    as in ``<meta name="news_keywords" content="null,Sudan">``: no value at all."""
    return len(value) < 10 and value.strip().lower() in _NO_VALUES


def _own(meta: HtmlElement) -> bool:
    """Whether a microdata ``<meta itemprop>`` may describe the page: the item it describes
    (the nearest element with ``itemscope``) is no list's item of its own, a teaser's (a
    "Most popular" list of ``NewsArticle`` items, each with its ``datePublished``, under the
    story), nor is the meta in one of an ``ItemList``'s entries (``<li
    itemprop="itemListElement">``, with no scope of its own). An item that is a property
    of another (``<li itemprop="author" itemscope>`` in a byline's list) belongs to that
    one, and the story's own item may hold lists."""
    entry = False
    for ancestor in meta.iterancestors():
        if ancestor.get("itemscope") is None:
            entry = entry or ancestor.get("itemprop") == _LIST_ENTRY
            continue
        if ancestor.get("itemprop", _LIST_ENTRY) != _LIST_ENTRY:
            return True
        return (
            not entry and ancestor.tag != "li" and next(ancestor.iterancestors("li"), None) is None
        )
    return True


class MetaTags:
    """Values of ``<meta>`` tags by name and ``href``s of ``<link>`` tags by ``rel``. A
    name's values are unescaped and normalised when it is first asked for: the metadata
    reads a few of a page's names (``viewport``, the app ids and the like go unread)."""

    def __init__(self, metas: Iterable[HtmlElement], links: Iterable[HtmlElement]) -> None:
        self._raw: defaultdict[str, list[str]] = defaultdict(list)
        self._values: dict[str, list[str]] = {}
        self._links: defaultdict[str, list[str]] = defaultdict(list)
        for meta in metas:
            value = meta.get("content") or meta.get("value") or meta.get("datetime")
            if value is None or not value.strip() or no_value(value):
                continue
            for attr in _ATTRIBUTES if meta.get("itemprop") is None or _own(meta) else _NAMES:
                for key in (meta.get(attr) or "").lower().split():
                    self._add(key, value)
        for link in links:
            href = (link.get("href") or "").strip()
            if href:
                for rel in (link.get("rel") or "").lower().split():
                    self._links[rel].append(href)

    @classmethod
    def of(cls, root: HtmlElement) -> MetaTags:
        """The tags of the page ``root``."""
        return cls(root.iter("meta"), root.iter("link"))

    def _add(self, key: str, value: str) -> None:
        if key.startswith("dc"):  # the one family spelt several ways
            key = _DUBLIN_CORE.sub(lambda m: "dcterms." if m[1] != "dc" else "dc.", key)
        if key == "parsely-page":
            self._add_parsely(value)
        else:
            self._raw[key].append(value)

    def _add_parsely(self, value: str) -> None:
        try:
            page = json.loads(value)
        except ValueError:
            return
        if not isinstance(page, dict):
            return
        for field, name in _PARSELY_PAGE.items():
            found = page.get(field)
            for item in found if isinstance(found, list) else [found]:
                if isinstance(item, str) and item.strip():
                    self._add(f"parsely-{name}", item)

    def _read(self, name: str) -> list[str]:
        """The values of ``name``, one at least, unescaped and normalised (once)."""
        values = self._values.get(name)
        if values is None:
            raw = self._raw[name]
            values = self._values[name] = [normalize_text(unescaped(value)) for value in raw]
        return values

    def first(self, *names: str) -> str | None:
        """The first value of the first name that has one."""
        for name in names:
            if name in self._raw:
                return self._read(name)[0]
        return None

    def all(self, *names: str) -> Iterable[str]:
        """Every value of every name, in the order of ``names``."""
        for name in names:
            if name in self._raw:
                yield from self._read(name)

    def link(self, rel: str) -> str | None:
        hrefs = self._links.get(rel)
        return hrefs[0] if hrefs else None


def microdata(elements: Iterable[HtmlElement], props: Collection[str]) -> dict[str, str]:
    """The first value of each of the ``itemprop`` names ``props`` among ``elements`` (the
    page's, ``<meta>`` left out): its ``content`` or ``datetime`` attribute, else its text
    (``<h1 itemprop="headline">``). Only an element naming a prop still wanted is read: an
    ``articleBody`` would serialise the whole article."""
    found: dict[str, str] = {}
    for element in elements:
        named = [prop for prop in element.get("itemprop", "").split() if prop in props]
        if all(prop in found for prop in named):
            continue
        value = element.get("content") or element.get("datetime") or element.text_content()
        value = normalize_text(value)
        for prop in named:
            if value and prop not in found:
                found[prop] = value
    return found


def unescaped(text: str) -> str:
    """``text`` with HTML entities decoded until none is left: CMSs escape their metadata
    once too often (``&amp;bdquo;``, ``Science &amp;amp; Health``), after the parser
    has decoded one round. A line break's escape written out before the break itself
    (``attraktiv\\n`` and a new line) is the break."""
    if "\\" in text:
        text = _ESCAPED_BREAK.sub(" ", text)
    for _ in range(_MAX_UNESCAPES):
        if "&" not in text:
            break
        decoded = html.unescape(text)
        if decoded == text:
            break
        text = decoded
    return text


def _tag_box(marks: str) -> bool:
    """Whether an element's ``marks`` name a box of the article's tags or categories (tested
    for the words first, in C: most marked elements are a byline's or a date's)."""
    return (
        ("tags" in marks or "categories" in marks)
        and _TAG_BOX.search(marks) is not None
        and _WIDGET not in marks
    )


def rel_tags(marked: Iterable[Marked]) -> Iterator[str]:
    """The texts of the article's tag links (``<a rel="tag">``, WordPress's ``rel="category
    tag"``) among the page's ``marked`` elements, and of the links to the site's tag and
    category pages in a box named for them (``<p class="entry-tags">``, with no ``rel``),
    those of a sidebar or menu left out."""
    for element, marks in marked:
        if element.tag == "a":
            if not vocab.is_tag_link(element):
                continue
            links: Iterable[HtmlElement] = (element,)
        elif _tag_box(marks):
            links = [a for a in element.iter("a") if _TAXONOMY_PATH.search(a.get("href") or "")]
            if len(links) > _MOST_TAGS:  # an index of all the site's categories
                continue
        else:
            continue
        for link in links:
            text = shown_text(link)
            if (
                0 < len(text) <= _LONGEST_TAG
                and next(link.iterancestors(*_FURNITURE), None) is None
            ):
                yield text
