"""Whole HTML5 pages: one article, or a book of many with a table of contents.

The page shell is ``templates/page.html``, a ``string.Template`` that only places values;
every value is rendered (and escaped) here. Stylesheets come in a fixed order: the built-in
style, then ``extra_css`` (the PDF writer's print rules), then the user's file, so the user
always has the last word.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from string import Template
from typing import Literal, get_args

from newsconv.diagnostics import Diagnostic, Reporter
from newsconv.errors import OptionError, ResourceError
from newsconv.language import direction_of
from newsconv.model import Document
from newsconv.options import WriteOptions
from newsconv.resources import fetch, policy_for
from newsconv.writers.book import Book, Chapter
from newsconv.writers.html.body import TITLE_ID, Embedder, outline, render_article
from newsconv.writers.html.head import head_tags
from newsconv.writers.html.markup import attrs, element, scheme_of, text, void

Style = Literal["default", "sans", "none"]

#: The stylesheets (in ``writers/css/``) each built-in style is made of, in order.
STYLES: dict[Style, tuple[str, ...]] = {
    "default": ("base", "screen"),
    "sans": ("base", "screen", "sans"),
    "none": (),
}


@dataclass(frozen=True, slots=True)
class HtmlOptions(WriteOptions):
    """How the HTML writer shapes its page.

    ``fragment`` writes the ``<article>`` alone, to paste into another page. ``css`` is the
    user's stylesheet, added after the built-in ``style``. With ``inline_css`` off no
    ``<style>`` element is written at all, and ``css`` is linked by its path instead.
    ``template`` replaces the page shell: a file with ``$html_attrs`` (``lang``/``dir``),
    ``$title``, ``$head`` and ``$body``, like ``writers/templates/page.html``.
    ``embed_images`` puts each image's bytes in the page as a ``data:`` URI, so it stands
    alone; images load under the resource policy (``allow_remote``, ``resource_root``).
    """

    fragment: bool = False
    css: Path | None = None
    style: Style = "default"
    inline_css: bool = True
    template: Path | None = None
    embed_images: bool = False
    allow_remote: bool = False
    resource_root: Path | None = None

    def __post_init__(self) -> None:
        if self.style not in STYLES:
            names = ", ".join(get_args(Style))
            raise OptionError(f"style must be one of {names}, not {self.style!r}")


def builtin_css(*names: str) -> str:
    """The named stylesheets of ``newsconv/writers/css`` (``"base"``, ``"print"``...), joined."""
    folder = resources.files("newsconv.writers").joinpath("css")
    return "\n".join(folder.joinpath(f"{name}.css").read_text("utf-8") for name in names)


def stylesheet(options: HtmlOptions, extra_css: str = "") -> str:
    """All CSS to inline for ``options``: built-in style, ``extra_css``, the user's file."""
    parts = [builtin_css(*STYLES[options.style]), extra_css]
    if options.css is not None:
        parts.append(_read_option_file(options.css, "stylesheet"))
    return "\n".join(part for part in parts if part)


def render_page(
    doc: Document, options: HtmlOptions, *, extra_css: str = "", report: Reporter
) -> str:
    """``doc`` as a standalone HTML5 page, with metadata for crawlers and link previews."""
    meta = doc.metadata
    head = head_tags(meta)
    article = render_article(doc, report=report, embed=_embedder(doc, options, report))
    body = element("main", f"\n{article}\n")
    title = meta.title or meta.site_name or "Article"
    return _page(
        options, extra_css, title=title, lang=meta.lang, direction=meta.dir, head=head, body=body
    )


def render_book_page(
    book: Book, options: HtmlOptions, *, extra_css: str = "", report: Reporter
) -> str:
    """Many articles on one page under the book's ``h1``, after a linked table of contents.

    ``book`` comes from :func:`newsconv.writers.book.plan_book` (order, repeats, groups).
    Each article is an ``<article id="{chapter.id}-article">`` whose title is an ``h2`` with
    id ``{chapter.id}-title``; its headings are prefixed with ``{chapter.id}-`` likewise.
    """
    info = book.info
    articles = "\n".join(
        render_article(
            chapter.doc,
            report=report,
            heading_offset=1,
            id_prefix=f"{chapter.id}-",
            embed=_embedder(chapter.doc, options, report),
        )
        for chapter in book.chapters
    )
    title = element("h1", text(book.title))
    if info.author:
        title += "\n" + element("p", text(info.author), {"class": "byline"})
    parts = [element("header", f"\n{title}\n"), contents(book), element("main", f"\n{articles}\n")]
    head = void("meta", {"name": "author", "content": info.author}) if info.author else ""
    return _page(
        options,
        extra_css,
        title=book.title,
        lang=book.lang,
        direction=book.dir,
        head=head,
        body="\n".join(parts),
    )


def contents(book: Book) -> str:
    """The table of contents: chapters, under their group labels if any, with their sections."""
    lists = []
    for label, chapters in book.groups():
        items = "".join(f"\n{element('li', _toc_entry(book, chapter))}" for chapter in chapters)
        listing = element("ol", items + "\n")
        lists.append(element("li", text(label) + listing) if label else listing)
    if any(chapter.group for chapter in book.chapters):
        body = element("ol", "".join(f"\n{item}" for item in lists) + "\n")
    else:
        body = "\n".join(lists)
    return element("nav", f"\n{body}\n", {"class": "contents", "aria-label": "Contents"})


def _toc_entry(book: Book, chapter: Chapter) -> str:
    """A chapter's title linked to its ``h2``, then its top-level sections (``h3``)."""
    prefix = f"{chapter.id}-"
    # The title's own language and direction go on a span: on the link they would also
    # govern the leader and page number print.css adds after it (WeasyPrint then lays a
    # right-to-left leader over a left-to-right title, and sets its dots in the title's face).
    language = book.title_language(chapter)
    title = element("span", text(chapter.title), language) if language else text(chapter.title)
    link = element("a", title, {"href": f"#{prefix}{TITLE_ID}"})
    entries = outline(chapter.doc, heading_offset=1, id_prefix=prefix)
    sections = [entry for entry in entries if entry.level == 3]
    if not sections:
        return link
    items = "".join(
        f"\n{element('li', element('a', text(entry.text), {'href': '#' + entry.id}))}"
        for entry in sections
    )
    return link + element("ol", items + "\n")


def _embedder(doc: Document, options: HtmlOptions, report: Reporter) -> Embedder | None:
    """With ``embed_images``, a function giving each image's ``data:`` URI; a resource that
    cannot be had keeps its address and is reported."""
    if not options.embed_images:
        return None
    policy = policy_for(doc, allow_remote=options.allow_remote, resource_root=options.resource_root)

    @functools.cache
    def embed(src: str) -> str:
        if scheme_of(src) == "data":
            return src
        try:
            return fetch(src, base=doc.metadata.source, policy=policy).data_uri()
        except ResourceError as err:
            message = f"image kept as a link, not embedded: {err}"
            report(Diagnostic("warning", "image-not-embedded", message, doc.metadata.source))
            return src

    return embed


def _style(options: HtmlOptions, extra_css: str) -> str:
    if not options.inline_css:
        if options.css is None:
            return ""
        return void("link", {"rel": "stylesheet", "href": options.css.as_posix()})
    css = stylesheet(options, extra_css)
    return element("style", "\n" + css.replace("</", "<\\/") + "\n") if css else ""


def _page(
    options: HtmlOptions,
    extra_css: str,
    *,
    title: str,
    lang: str | None,
    direction: str | None,
    head: str,
    body: str,
) -> str:
    """Fill the page shell (built in, or the user's ``template``) with rendered parts."""
    style = _style(options, extra_css)
    fields = {
        "html_attrs": attrs({"lang": lang, "dir": direction or direction_of(lang)}),
        "title": text(title),
        "head": "\n".join(part for part in (head, style) if part),
        "body": body,
    }
    if options.template is None:
        return _builtin_template().substitute(fields)
    shell = Template(_read_option_file(options.template, "template"))
    try:
        return shell.substitute(fields)
    except KeyError as err:
        known = ", ".join(f"${name}" for name in fields)
        message = f"unknown placeholder ${err.args[0]} (a template may use {known})"
        raise OptionError(message, where=str(options.template)) from err
    except ValueError as err:
        raise OptionError(f"bad placeholder: {err}", where=str(options.template)) from err


@functools.cache
def _builtin_template() -> Template:
    shell = resources.files("newsconv.writers").joinpath("templates/page.html")
    return Template(shell.read_text("utf-8"))


def _read_option_file(path: Path, what: str) -> str:
    """The text of a file an option names (a stylesheet, a template)."""
    try:
        return path.read_text("utf-8")
    except FileNotFoundError as err:
        raise OptionError(f"no such {what}", where=str(path)) from err
    except (OSError, UnicodeDecodeError) as err:
        raise OptionError(f"cannot read the {what} ({err})", where=str(path)) from err
