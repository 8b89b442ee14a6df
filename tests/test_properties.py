"""Markdown round-trip properties over generated documents (pandoc's fixpoint test).

With ``r = read_md ∘ write_md``:

- ``r(r(d)) == r(d)``: one trip reaches what Markdown can hold, and later trips keep it;
- the plain text of ``r(d)`` is that of ``d`` once the constructs Markdown cannot carry
  are mapped the way the writer maps them (:func:`markdown_view`);
- the metadata survives the trip unchanged, but for nested links in the lead image's
  caption and credit;
- wrapping lines (``wrap``) changes nothing the reader sees.

What Markdown cannot carry, and how :func:`markdown_view` maps it:

- a table becomes a GFM grid (:func:`newsconv.writers.markdown.gfm_grid`: spans expanded,
  rows padded, only the first row a header row, an all-empty header row dropped), and a
  table with no rows left disappears;
- a link inside a link keeps its text but is no link any more;
- heading ids and the sizes of images in the body are lost (plain text is unaffected);
- the title takes ``#``, so body levels start at ``##`` and a level 6 becomes a 5.
"""

from __future__ import annotations

from dataclasses import replace

from hypothesis import HealthCheck, example, given, settings
from tests.strategies import documents, metadata

from newsconv import build
from newsconv.diagnostics import Collector
from newsconv.model import (
    STYLED_INLINES,
    Block,
    Document,
    Figure,
    Heading,
    Inline,
    Link,
    ListBlock,
    Metadata,
    Paragraph,
    Quote,
    Table,
    Text,
)
from newsconv.readers.markdown import read_markdown
from newsconv.tree import plain_text
from newsconv.writers.markdown import MarkdownOptions, MarkdownWriter, gfm_grid

#: The deepest body level Markdown holds: ``######``, as the title takes ``#``.
MAX_LEVEL = 5

PROPERTY = settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def trip(doc: Document, *, wrap: int | None = None) -> Document:
    text = MarkdownWriter().render(doc, MarkdownOptions(wrap=wrap), Collector())
    return read_markdown(text, Collector())


def markdown_view(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """``blocks`` with tables reshaped as GFM reshapes them (see the module docstring)."""
    out: list[Block] = []
    for block in blocks:
        match block:
            case Quote(children, attribution):
                block = Quote(markdown_view(children), attribution)
            case ListBlock(items, ordered, start):
                block = ListBlock(tuple(markdown_view(item) for item in items), ordered, start)
            case Table():
                block = gfm_grid(block)
            case Heading(level, children, anchor) if level > MAX_LEVEL:
                block = Heading(MAX_LEVEL, children, anchor)
        kept = build.normalize_block(block)
        if kept is not None:
            out.append(kept)
    return tuple(out)


def unnest_links(nodes: tuple[Inline, ...], *, in_link: bool = False) -> tuple[Inline, ...]:
    out: list[Inline] = []
    for node in nodes:
        if isinstance(node, Link):
            kids = unnest_links(node.children, in_link=True)
            if in_link:
                out.extend(kids)
            else:
                out.append(replace(node, children=kids))
        elif isinstance(node, STYLED_INLINES):
            out.append(type(node)(unnest_links(node.children, in_link=in_link)))
        else:
            out.append(node)
    return build.inlines(out)


@PROPERTY
@given(documents())
def test_markdown_round_trip_is_a_fixpoint(doc: Document) -> None:
    once = trip(doc)
    assert trip(once) == once


@PROPERTY
@given(documents())
def test_markdown_round_trip_keeps_the_text(doc: Document) -> None:
    assert plain_text(trip(doc)) == plain_text(markdown_view(doc.blocks))


@PROPERTY
@given(metadata())
def test_metadata_survives_the_markdown_round_trip(meta: Metadata) -> None:
    expected = meta
    if meta.image is not None:
        figure = meta.image
        image = Figure(figure.image, unnest_links(figure.caption), unnest_links(figure.credit))
        expected = replace(meta, image=image)
    assert trip(Document(meta, ())).metadata == expected


@PROPERTY
@given(documents())
# a break right after "---" made it a rule: the first line of a broken text is a line start
@example(Document(Metadata(), (Paragraph((Text("*"),)), Paragraph((Text("--- **</i>"),)))))
def test_wrapping_changes_nothing_the_reader_sees(doc: Document) -> None:
    assert trip(doc, wrap=12) == trip(doc)
