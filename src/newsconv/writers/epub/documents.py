"""The XHTML content documents of an EPUB: chapters, the navigation document, title and cover.

Each is a complete XML document built from escaped pieces (``markup.text``/``attrs``) and
elements the HTML writer already made well-formed, so no parser is needed to write it.
"""

from __future__ import annotations

import textwrap
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from newsconv.model import Direction
from newsconv.writers.html.markup import attrs, element, text, void

XHTML_NS = "http://www.w3.org/1999/xhtml"
EPUB_NS = "http://www.idpf.org/2007/ops"


@dataclass(frozen=True, slots=True)
class NavEntry:
    """One line of the table of contents; ``href`` is ``None`` for a group label."""

    title: str
    href: str | None
    children: tuple[NavEntry, ...] = ()
    language: tuple[tuple[str, str], ...] = ()  # the title's lang and dir, if not the book's


def page(
    title: str,
    body: str,
    *,
    lang: str,
    direction: Direction,
    css: Sequence[str],
    body_attrs: dict[str, str | None] | None = None,
) -> bytes:
    """A complete XHTML content document around ``body`` (already well-formed markup)."""
    links = "\n".join(
        void("link", {"rel": "stylesheet", "type": "text/css", "href": href}, xhtml=True)
        for href in css
    )
    root = attrs(
        {"xmlns": XHTML_NS, "xmlns:epub": EPUB_NS, "lang": lang, "xml:lang": lang, "dir": direction}
    )
    document = (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n'
        f"<html{root}>\n<head>\n"
        f"{void('meta', {'charset': 'utf-8'}, xhtml=True)}\n"
        f"{element('title', text(title))}\n{links}\n</head>\n"
        f"<body{attrs(body_attrs or {})}>\n{body}\n</body>\n</html>\n"
    )
    return document.encode("utf-8")


def nav_body(
    heading: str, entries: Sequence[NavEntry], landmarks: Iterable[tuple[str, str, str]]
) -> str:
    """The navigation document's body: the table of contents, then hidden landmarks.

    ``landmarks`` are ``(epub:type, title, href)``, such as ``("bodymatter", ..., "ch01.xhtml")``.
    """
    toc = element(
        "nav",
        f"\n{element('h1', text(heading))}\n{_nav_list(entries)}\n",
        {"epub:type": "toc", "id": "toc", "role": "doc-toc"},
    )
    marks = "".join(
        element("li", element("a", text(title), {"epub:type": kind, "href": href}))
        for kind, title, href in landmarks
    )
    hidden = element("nav", element("ol", marks), {"epub:type": "landmarks", "hidden": "hidden"})
    return f"{toc}\n{hidden}"


def _nav_list(entries: Sequence[NavEntry]) -> str:
    items = []
    for entry in entries:
        label = (
            element("a", text(entry.title), {"href": entry.href, **dict(entry.language)})
            if entry.href
            else element("span", text(entry.title))
        )
        nested = _nav_list(entry.children) if entry.children else ""
        items.append(element("li", label + nested))
    return element("ol", "\n" + "\n".join(items) + "\n")


def title_page_body(title: str, lines: Sequence[str]) -> str:
    parts = [element("h1", text(title))] + [element("p", text(line)) for line in lines if line]
    return element("section", "\n".join(parts), {"class": "title-page", "epub:type": "titlepage"})


def cover_body(image_href: str, alt: str) -> str:
    image = void("img", {"src": image_href, "alt": alt}, xhtml=True)
    return element("section", image, {"class": "cover", "epub:type": "cover"})


def typographic_cover(
    title: str, lines: Sequence[str], *, lang: str, direction: Direction
) -> bytes:
    """A plain cover as SVG: the title large, then smaller lines (site, date), on white."""
    width = _wrap_width(title)
    title_lines = textwrap.wrap(title, width=width)[:6] or [title[:width]]
    rows = [
        element("text", text(line), {"x": 300, "y": 260 + 66 * number, "class": "title"})
        for number, line in enumerate(title_lines)
    ]
    base = 260 + 66 * len(title_lines) + 60
    rows += [
        element("text", text(line), {"x": 300, "y": base + 40 * number, "class": "line"})
        for number, line in enumerate(line for line in lines if line)
    ]
    style = (
        "text{text-anchor:middle;font-family:serif;fill:#000}"
        ".title{font-size:52px;font-weight:bold}.line{font-size:28px;fill:#333}"
    )
    svg = element(
        "svg",
        "\n".join(
            [
                element("style", style),
                void("rect", {"width": 600, "height": 900, "fill": "#fff"}, xhtml=True),
                void(
                    "rect",
                    {
                        "x": 40,
                        "y": 40,
                        "width": 520,
                        "height": 820,
                        "fill": "none",
                        "stroke": "#000",
                        "stroke-width": 3,
                    },
                    xhtml=True,
                ),
                *rows,
            ]
        ),
        {
            "xmlns": "http://www.w3.org/2000/svg",
            "viewBox": "0 0 600 900",
            "width": 600,
            "height": 900,
            "xml:lang": lang,
            "direction": direction,
        },
    )
    return f'<?xml version="1.0" encoding="utf-8"?>\n{svg}\n'.encode()


def _wrap_width(title: str) -> int:
    """Characters per cover line: wide (CJK) characters take about twice the room."""
    wide = sum(unicodedata.east_asian_width(ch) in "WF" for ch in title)
    return 9 if wide > len(title) / 2 else 18
