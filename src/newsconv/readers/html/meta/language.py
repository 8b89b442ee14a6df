"""A page's language and writing direction: declared where possible, else inferred.

The language comes from ``<html lang>`` (or ``xml:lang``), a ``content-language`` or
``og:locale`` meta tag, or JSON-LD ``inLanguage``, normalised to BCP 47 case (``en-GB``).
A declaration counts only when it is a well-formed tag of a language Python's locale
table knows: older CMSs write a charset there (``content="utf-8"``), or a name
(``English``). A page that declares none has its paragraphs' language detected, and one
whose text stands in no ``<p>`` (a blog of ``<div>`` lines, bare text) its body's. The
direction is the ``dir`` most paragraphs sit in, since sites set it on ``<body>`` or on
the article's container as often as on ``<html>``; else the language's.
"""

from __future__ import annotations

import functools
import locale
import re
from collections import Counter
from collections.abc import Iterable
from typing import cast

from lxml import etree
from lxml.html import HtmlElement

from newsconv.language import detect_language, direction_of
from newsconv.model import Direction
from newsconv.readers.html import vocabulary as vocab

#: Enough of the page's paragraphs to tell its language when it does not say.
SAMPLE = 2000
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
#: Beyond this many elements setting ``dir``, walking up from each paragraph is cheaper.
_FEW_SETTERS = 16
#: RFC 5646's well-formed tag: language (with extended subtags), script, region, variants,
#: extensions and a private use part, each optional after the language.
_TAG = re.compile(
    r"(?P<language>[a-z]{2,3})(?:-[a-z]{3}){0,3}(?:-[a-z]{4})?(?:-(?:[a-z]{2}|\d{3}))?"
    r"(?:-(?:[a-z\d]{5,8}|\d[a-z\d]{3}))*(?:-[a-wyz\d](?:-[a-z\d]{2,8})+)*"
    r"(?:-x(?:-[a-z\d]{1,8})+)?",
    re.IGNORECASE,
)


def page_language(
    root: HtmlElement,
    *declared: str | None,
    text: str | None = None,
    paragraphs: Iterable[HtmlElement] = (),
) -> str | None:
    """The page's language: ``<html lang>``, else the first of ``declared`` (from meta
    tags or JSON-LD), else detected from ``text`` or the page's ``paragraphs``, else from
    the text of its ``<body>`` when those are too few to tell."""
    for value in (root.get("lang"), root.get(_XML_LANG), *declared):
        if value and (tag := language_tag(value)):
            return tag
    found = detect_language((text or _paragraph_sample(paragraphs))[:SAMPLE])
    body = root.find("body")
    return found or (detect_language(_body_sample(body)) if body is not None else None)


def language_tag(value: str) -> str | None:
    """``value`` (the first of a list) as a BCP 47 tag in its usual case, or ``None`` when
    it is not a well-formed tag of a known language."""
    code = value.strip().replace("_", "-").split(",")[0].strip()
    found = _TAG.fullmatch(code)
    if found is None or found["language"].lower() not in _known_languages():
        return None
    language, _, rest = code.partition("-")
    return f"{language.lower()}-{rest}" if rest else language.lower()


@functools.cache
def _known_languages() -> frozenset[str]:
    """The ISO 639 codes of the languages in Python's locale table (``en`` of
    ``en_US.ISO8859-1``): some two hundred, made once a process."""
    return frozenset(
        re.split(r"[_.@]", name, maxsplit=1)[0].lower() for name in locale.locale_alias.values()
    )


def _paragraph_sample(paragraphs: Iterable[HtmlElement]) -> str:
    """The paragraphs joined by spaces, read only as far as ``SAMPLE`` needs."""
    parts: list[str] = []
    length = -1
    for paragraph in paragraphs:
        parts.append(paragraph.text_content())
        length += len(parts[-1]) + 1
        if length >= SAMPLE:
            break
    return " ".join(parts)


def _body_sample(body: HtmlElement) -> str:
    """The shown texts of ``body`` joined by spaces, read only as far as ``SAMPLE`` needs."""
    parts: list[str] = []
    length = 0
    walk = etree.iterwalk(body, events=("start", "end"))
    for event, node in walk:
        if event == "start" and node.tag in vocab.JUNK_TAGS:
            walk.skip_subtree()  # its end still comes, with its tail
            continue
        text = node.text if event == "start" else node.tail
        if text and not text.isspace() and (event == "start" or node is not body):
            parts.append(text)
            length += len(text)
            if length >= SAMPLE:
                break
    return " ".join(parts)[:SAMPLE]


def page_direction(
    root: HtmlElement,
    lang: str | None,
    directed: Iterable[HtmlElement],
    paragraphs: list[HtmlElement],
) -> Direction | None:
    """The ``dir`` most of the page's ``paragraphs`` are in, else the ``<body>``'s or the
    page's, else the direction of ``lang``. ``directed`` are the page's elements with a
    ``dir`` attribute."""
    tally = _paragraph_directions(paragraphs, directed)
    (most, count), *_ = tally.most_common(1) or [(None, 0)]
    if most is not None and count * 2 > tally.total():
        return most
    body = root.find("body")
    declared = (body is not None and _dir(body)) or _dir(root)
    return declared or cast("Direction | None", direction_of(lang))


def _paragraph_directions(
    paragraphs: list[HtmlElement], directed: Iterable[HtmlElement]
) -> Counter[Direction | None]:
    """How many paragraphs sit in each direction: the nearest ``dir`` around a paragraph
    (its own included) sets it. Counted per element that sets one (a page has few) rather
    than by walking up from every paragraph."""
    setters = [element for element in directed if _dir(element)]
    if len(setters) > _FEW_SETTERS:
        return Counter(_inherited(p) for p in paragraphs)
    below = {element: sum(1 for _ in element.iter("p")) for element in setters}
    tally: Counter[Direction | None] = Counter({None: len(paragraphs)})
    for element, count in below.items():
        outer = next((a for a in element.iterancestors() if a in below), None)
        tally[_dir(element)] += count  # its paragraphs move from the outer direction to its own
        tally[_dir(outer) if outer is not None else None] -= count
    return tally


def _dir(element: HtmlElement) -> Direction | None:
    value = element.get("dir", "").strip().lower()
    return cast(Direction, value) if value in ("rtl", "ltr") else None


def _inherited(element: HtmlElement) -> Direction | None:
    return _dir(element) or next(filter(None, map(_dir, element.iterancestors())), None)
