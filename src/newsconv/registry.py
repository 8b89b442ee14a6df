"""Format names ⇄ readers and writers: built-ins by table, third parties by entry point.

Built-ins are listed as ``"module:Class"`` strings and imported on first use, so that
``--to md`` never imports the PDF stack and ``newsconv formats`` is instant (Pygments'
``_mapping`` idea). Plugins register under the entry-point groups ``newsconv.readers`` and
``newsconv.writers``: the entry point's name is the format name, its value the class. A
plugin may not take a built-in's name or alias.
"""

from __future__ import annotations

import functools
import importlib
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import PurePath
from typing import TYPE_CHECKING, Literal

from newsconv.errors import PluginError, UnknownFormatError

if TYPE_CHECKING:  # the protocols bring in the model, which choosing a format never needs
    from newsconv.readers.base import Reader
    from newsconv.writers.base import Writer

Kind = Literal["reader", "writer"]


@dataclass(frozen=True, slots=True)
class FormatSpec:
    name: str
    target: str  # "package.module:Class", imported only when the format is used
    description: str
    aliases: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ()
    plugin: str | None = None  # the distribution that provides it, for third-party formats
    #: For a staged writer whose second stage loads slowly: the ``"module:function"`` that
    #: loads that stage, which a forked child calls while the parent reads (newsconv.forked).
    warm_up: str | None = None

    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


BUILTIN_READERS: tuple[FormatSpec, ...] = (
    FormatSpec(
        "html",
        "newsconv.readers.html:HtmlReader",
        "a saved web page or an article fragment",
        ("htm", "xhtml"),
        (".html", ".htm", ".xhtml", ".shtml"),
    ),
    FormatSpec(
        "mhtml",
        "newsconv.readers.saved:MhtmlReader",
        "a web page Chrome, Edge or Opera saved as one file",
        ("mht",),
        (".mhtml", ".mht"),
    ),
    FormatSpec(
        "webarchive",
        "newsconv.readers.saved:WebArchiveReader",
        "a web page Safari saved as a Web Archive",
        (),
        (".webarchive",),
    ),
    FormatSpec(
        "text",
        "newsconv.readers.text:TextReader",
        "plain text, such as a web page copied as text",
        ("txt", "plain"),
        (".txt", ".text"),
    ),
    FormatSpec(
        "docx",
        "newsconv.readers.docx:DocxReader",
        "a Word document",
        ("word",),
        (".docx",),
    ),
    FormatSpec(
        "md",
        "newsconv.readers.markdown:MarkdownReader",
        "GitHub-flavoured Markdown with YAML front matter",
        ("markdown", "gfm"),
        (".md", ".markdown"),
    ),
    FormatSpec(
        "json",
        "newsconv.readers.json:JsonReader",
        "newsconv's own JSON document format",
        (),
        (".json",),
    ),
)

BUILTIN_WRITERS: tuple[FormatSpec, ...] = (
    FormatSpec(
        "md",
        "newsconv.writers.markdown:MarkdownWriter",
        "GitHub-flavoured Markdown with YAML front matter",
        ("markdown", "gfm"),
        (".md", ".markdown"),
    ),
    FormatSpec(
        "html",
        "newsconv.writers.html:HtmlWriter",
        "a standalone HTML5 page",
        ("htm", "html5"),
        (".html", ".htm"),
    ),
    FormatSpec(
        "txt",
        "newsconv.writers.text:TextWriter",
        "plain text wrapped at 80 columns",
        ("text", "plain"),
        (".txt",),
    ),
    FormatSpec(
        "json",
        "newsconv.writers.json:JsonWriter",
        "newsconv's own JSON document format",
        (),
        (".json",),
    ),
    FormatSpec(
        "pdf",
        "newsconv.writers.pdf:PdfWriter",
        "a typeset PDF (WeasyPrint)",
        (),
        (".pdf",),
        warm_up="newsconv.writers.typeset:prepare",
    ),
    FormatSpec(
        "epub",
        "newsconv.writers.epub:EpubWriter",
        "an EPUB 3 e-book",
        ("epub3",),
        (".epub",),
    ),
)

_GROUPS: dict[Kind, str] = {"reader": "newsconv.readers", "writer": "newsconv.writers"}
_BUILTINS: dict[Kind, tuple[FormatSpec, ...]] = {
    "reader": BUILTIN_READERS,
    "writer": BUILTIN_WRITERS,
}


@functools.cache
def formats(kind: Kind) -> tuple[FormatSpec, ...]:
    """Built-in formats of ``kind`` followed by those plugins provide."""
    from importlib.metadata import entry_points  # 40 ms: only when plugins are asked for

    builtins = _BUILTINS[kind]
    taken = {name for spec in builtins for name in spec.names()}
    plugins = []
    for point in entry_points(group=_GROUPS[kind]):
        dist = point.dist.name if point.dist is not None else "an unknown distribution"
        if point.name in taken:
            raise PluginError(f"{dist} registers a {kind} named {point.name!r}, which is built in")
        taken.add(point.name)
        description = f"provided by {dist}"
        plugins.append(FormatSpec(point.name, point.value, description, plugin=dist))
    return builtins + tuple(plugins)


def find(kind: Kind, name: str) -> FormatSpec:
    """The spec whose name or alias is ``name`` (case-insensitive).

    Built-ins are looked at first, so that using one never waits on (or fails over) the
    installed plugins.
    """
    wanted = name.lower().lstrip(".")
    for spec in _builtins_then_plugins(kind):
        if wanted in spec.names():
            return spec
    raise UnknownFormatError(f"no {kind} {name!r}; available: {_names(formats(kind))}")


def find_by_suffix(kind: Kind, path: str | os.PathLike[str]) -> FormatSpec | None:
    suffix = PurePath(path).suffix.lower()
    if suffix == ".gz":
        suffix = PurePath(PurePath(path).stem).suffix.lower()
    for spec in _builtins_then_plugins(kind):
        if suffix in spec.suffixes:
            return spec
    return None


def sniff_reader(data: bytes) -> FormatSpec:
    """Guess the reader from the first bytes: JSON, HTML, a saved page (MHTML, Web
    Archive), a Word document, Markdown front matter, or text."""
    if data.startswith(b"bplist00") and b"WebMainResource" in data:
        return find("reader", "webarchive")
    if data.startswith(b"PK\x03\x04") and b"word/" in data[:4096]:
        return find("reader", "docx")
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"{"):
        return find("reader", "json")
    if b"mime-version:" in head and b"multipart/related" in head:
        return find("reader", "mhtml")
    if head.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body", b"<meta")):
        return find("reader", "html")
    if head.startswith(b"<") and any(tag in head for tag in _HTML_TAGS):
        return find("reader", "html")
    if head.startswith((b"---\n", b"---\r\n")):
        return find("reader", "md")
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) and b"<\x00h\x00t\x00m\x00l" in head:
        return find("reader", "html")
    return find("reader", "text")


_HTML_TAGS = (b"<p", b"<div", b"<article", b"<h1", b"<section", b"<title", b"<!--")


def load(spec: FormatSpec) -> object:
    """Import the class behind ``spec`` and return an instance of it."""
    try:
        return load_target(spec.target)()
    except Exception as err:  # a broken plugin is reported, never a crash
        if spec.plugin is None:
            raise
        raise PluginError(f"{spec.name} (from {spec.plugin}) failed to load: {err}") from err


def load_target(target: str) -> Callable[[], object]:
    """The class or function a ``"module:name"`` string names, its module imported."""
    module_name, _, attribute = target.partition(":")
    return getattr(importlib.import_module(module_name), attribute)  # type: ignore[no-any-return]


def reader(
    name: str | None = None,
    *,
    path: str | os.PathLike[str] | None = None,
    data: bytes | None = None,
) -> Reader:
    """The reader named ``name``, else the one for ``path``'s suffix, else sniffed."""
    spec = _choose("reader", name, path)
    if spec is None:
        spec = sniff_reader(data or b"")
    return load(spec)  # type: ignore[return-value]


def writer(name: str | None = None, *, path: str | os.PathLike[str] | None = None) -> Writer:
    """The writer named ``name``, else the one for ``path``'s suffix."""
    return load(writer_spec(name, path=path))  # type: ignore[return-value]


def writer_spec(
    name: str | None = None, *, path: str | os.PathLike[str] | None = None
) -> FormatSpec:
    """The spec of :func:`writer`'s choice, its module not imported yet."""
    spec = _choose("writer", name, path)
    if spec is None:
        where = f" for {path}" if path is not None else ""
        raise UnknownFormatError(
            f"no output format given{where}; use --to with one of {_names(formats('writer'))}"
        )
    return spec


def _choose(kind: Kind, name: str | None, path: str | os.PathLike[str] | None) -> FormatSpec | None:
    if name:
        return find(kind, name)
    if path is not None:
        return find_by_suffix(kind, path)
    return None


def _builtins_then_plugins(kind: Kind) -> Iterator[FormatSpec]:
    yield from _BUILTINS[kind]
    yield from formats(kind)[len(_BUILTINS[kind]) :]


def _names(specs: Iterable[FormatSpec]) -> str:
    return ", ".join(sorted(spec.name for spec in specs))
