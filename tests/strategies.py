"""Hypothesis strategies for *normalised* documents, for property tests of every component.

The stable API, meant to be imported by any test::

    from tests.strategies import blocks, documents, inlines, metadata

- ``documents()``: a :class:`~newsconv.model.Document` with metadata and a body.
- ``blocks()``: a normalised tuple of blocks (every block type, nested quotes and lists).
- ``inlines()``: a normalised tuple of inlines (every inline type, nested).
- ``metadata()``: :class:`~newsconv.model.Metadata` with every field exercised, dates both
  time-zone aware (fixed offsets) and naive, and a lead image.

Everything goes through :mod:`newsconv.build`, so the model invariants hold (no empty or
adjacent ``Text``, whitespace collapsed, nothing empty where the builders drop it). Text
mixes Latin, right-to-left (Arabic, Hebrew) and CJK scripts with the characters and line
starts that mean something in Markdown, HTML and YAML (``* _ # | [ ] \\ ` < > ~ &amp;``,
``1.``, ``- ``, ``---``, ...). Characters no text format can carry are left out:
surrogates, control characters (tab and newline are whitespace and collapse anyway),
private-use and unassigned code points. Inline code is one line; code blocks have no tabs
or carriage returns.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from hypothesis import strategies as st

from newsconv import build
from newsconv.model import (
    STYLED_INLINES,
    Block,
    Cell,
    Code,
    CodeBlock,
    Document,
    Figure,
    Heading,
    Image,
    Inline,
    InlineImage,
    LineBreak,
    Link,
    ListBlock,
    Metadata,
    Paragraph,
    Person,
    Quote,
    Rule,
    Table,
    Text,
)

__all__ = ["blocks", "documents", "inlines", "metadata"]

#: Fragments that are markup somewhere: Markdown line starts and inline syntax, entities,
#: HTML, plus words in several scripts and directions.
FRAGMENTS = (
    "*", "**", "_", "__", "#", "##", "|", "[", "]", "[x]: /u", "\\", "`", "``", "<", ">", "<b>",
    "</i>", "<!--", "~", "~~", "&amp;", "&#42;", "&", ";", "!", "![", "(", ")", "1.", "2)", "-",
    "+", "---", "===", "***", "—", "Table:", ":", '"', "'", "{", "}", "=", "$", "\u00a0",
    "word", "news", "a", "Z9", "مرحبا بالعالم", "שלום", "新闻报道", "日本語", "한국어", "😀", "é",
)  # fmt: skip

#: Starts of lines that open a block in Markdown, put first in a text on purpose.
LINE_STARTS = (
    "# ", "###### ", "- ", "+ ", "* ", "1. ", "2) ", "> ", "---", "===", "***", "___", "~~~",
    "```", "<div>", "<!-- ", "[a]: ", "| a |", "— ", "Table: ",
)  # fmt: skip

_CHARS = st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Co", "Cn"))
_RAW = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(_CHARS, min_size=1, max_size=4), st.just(" ")),
    min_size=1,
    max_size=4,
).map("".join)


def texts() -> st.SearchStrategy[str]:
    """Non-empty text with whitespace collapsed and trimmed, as in metadata and captions."""
    start = st.one_of(st.just(""), st.just(""), st.sampled_from(LINE_STARTS))
    return st.builds(str.__add__, start, _RAW).map(build.normalize_text).filter(bool)


def _urls() -> st.SearchStrategy[str]:
    path = st.text(st.one_of(st.sampled_from("abc/._-~%?=&#()<> \\\"'*[]"), _CHARS), max_size=12)
    base = st.sampled_from(("https://example.com/", "http://x.org/a?b=1&amp;c", "img/", "", "#"))
    return st.builds(str.__add__, base, path)


def _code_text(*, lines: bool) -> st.SearchStrategy[str]:
    alphabet = st.one_of(st.sampled_from("` ~\\<>*_"), _CHARS)
    line = st.text(alphabet, max_size=12)
    if not lines:
        return line.filter(bool)
    return st.lists(
        st.one_of(line, st.sampled_from(("```", "~~~", "    indented", "", "> q"))), max_size=4
    ).map("\n".join)


def _leaf_inlines() -> st.SearchStrategy[Inline]:
    return st.one_of(
        texts().map(Text),
        st.just(Text(" ")),
        _code_text(lines=False).map(Code),
        st.just(LineBreak()),
        st.builds(InlineImage, _urls(), st.one_of(st.just(""), texts())),
    )


def _raw_inlines() -> st.SearchStrategy[list[Inline]]:
    def extend(children: st.SearchStrategy[Inline]) -> st.SearchStrategy[Inline]:
        kids = st.lists(children, min_size=1, max_size=3).map(tuple)
        styled = st.one_of(*(kids.map(cls) for cls in STYLED_INLINES))
        links = st.builds(Link, kids, _urls(), st.one_of(st.none(), texts()))
        return st.one_of(styled, links)

    node = st.recursive(_leaf_inlines(), extend, max_leaves=3)
    return st.lists(node, min_size=1, max_size=3)


def inlines() -> st.SearchStrategy[tuple[Inline, ...]]:
    """A normalised, non-empty inline sequence."""
    return _raw_inlines().map(build.inlines).filter(bool)


def _images() -> st.SearchStrategy[Image]:
    size = st.one_of(st.none(), st.integers(1, 4000))
    return st.builds(Image, _urls(), st.one_of(st.just(""), texts()), size, size)


def figures() -> st.SearchStrategy[Figure]:
    optional = st.one_of(st.just(()), inlines())
    return st.builds(Figure, _images(), optional, optional)


def _cells() -> st.SearchStrategy[Cell]:
    span = st.sampled_from((1, 1, 1, 2))
    plain = texts().map(lambda text: (Text(text),))
    content = st.one_of(st.just(()), plain, plain, inlines())
    return st.builds(Cell, content, st.booleans(), span, span)


def _tables() -> st.SearchStrategy[Table]:
    row = st.lists(_cells(), min_size=1, max_size=3).map(tuple)
    rows = st.lists(row, min_size=1, max_size=3).map(tuple)
    return st.builds(Table, rows, st.one_of(st.just(()), inlines()))


def _leaf_blocks() -> st.SearchStrategy[Block]:
    languages = st.one_of(st.none(), st.sampled_from(("python", "c++", "js x", "a`b")))
    return st.one_of(
        inlines().map(Paragraph),
        st.builds(Heading, st.integers(1, 6), inlines(), st.one_of(st.none(), st.just("h-1"))),
        figures(),
        _tables(),
        st.builds(CodeBlock, _code_text(lines=True), languages),
        st.just(Rule()),
    )


def blocks() -> st.SearchStrategy[tuple[Block, ...]]:
    """A normalised, non-empty block sequence with nested quotes and lists."""

    def extend(children: st.SearchStrategy[Block]) -> st.SearchStrategy[Block]:
        body = st.lists(children, min_size=1, max_size=3).map(tuple)
        quotes = st.builds(Quote, body, st.one_of(st.just(()), inlines()))
        items = st.lists(body, min_size=1, max_size=3).map(tuple)
        lists = st.builds(ListBlock, items, st.booleans(), st.integers(0, 10**9 - 1))
        return st.one_of(quotes, lists)

    node = st.recursive(_leaf_blocks(), extend, max_leaves=3)
    return st.lists(node, min_size=1, max_size=3).map(build.normalize_blocks).filter(bool)


def _datetimes() -> st.SearchStrategy[datetime]:
    offsets = st.integers(-14 * 60, 14 * 60).map(lambda m: timezone(timedelta(minutes=m)))
    return st.datetimes(
        min_value=datetime(1900, 1, 1),
        max_value=datetime(2100, 1, 1),
        timezones=st.one_of(st.none(), offsets),
    )


def metadata() -> st.SearchStrategy[Metadata]:
    """Metadata with every field optional but often set."""
    maybe = st.one_of(st.none(), texts())
    return st.builds(
        Metadata,
        title=maybe,
        subtitle=maybe,
        authors=st.lists(st.builds(Person, texts(), st.one_of(st.none(), _urls())), max_size=3).map(
            tuple
        ),
        published=st.one_of(st.none(), _datetimes()),
        modified=st.one_of(st.none(), _datetimes()),
        site_name=maybe,
        url=st.one_of(st.none(), _urls()),
        lang=st.one_of(st.none(), st.sampled_from(("en", "ar", "he", "zh-Hans", "ru", "ja"))),
        dir=st.sampled_from((None, "ltr", "rtl")),
        description=maybe,
        tags=st.lists(texts(), max_size=3).map(tuple),
        image=st.one_of(st.none(), figures()),
        source=maybe,
        extra=st.lists(st.tuples(texts(), texts()), max_size=3).map(tuple),
    )


def documents() -> st.SearchStrategy[Document]:
    """A whole normalised document (the body may be empty, as a reader may leave it)."""
    body = st.one_of(st.just(()), blocks())
    return st.builds(Document, metadata(), body)
