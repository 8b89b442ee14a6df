"""The document model: the one contract between readers and writers.

Every node is a frozen, slotted dataclass holding tuples, so documents are immutable,
hashable and comparable. ``Block`` and ``Inline`` are closed unions: writers ``match`` on
them and end with ``assert_never`` so that a type checker flags a writer that misses a case
when the model grows. This module does no I/O and imports nothing outside the standard
library; helpers that walk the tree live in :mod:`newsconv.tree`, builders that normalise
in :mod:`newsconv.build`.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import datetime, time
from typing import Literal, TypeAlias

# --- inlines -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Text:
    """A run of text; never empty, never next to another ``Text`` (see ``build``)."""

    text: str


@dataclass(frozen=True, slots=True)
class Emphasis:
    children: tuple[Inline, ...]


@dataclass(frozen=True, slots=True)
class Strong:
    children: tuple[Inline, ...]


@dataclass(frozen=True, slots=True)
class Strikeout:
    children: tuple[Inline, ...]


@dataclass(frozen=True, slots=True)
class Superscript:
    children: tuple[Inline, ...]


@dataclass(frozen=True, slots=True)
class Subscript:
    children: tuple[Inline, ...]


@dataclass(frozen=True, slots=True)
class Code:
    text: str


@dataclass(frozen=True, slots=True)
class Link:
    children: tuple[Inline, ...]
    href: str
    title: str | None = None


@dataclass(frozen=True, slots=True)
class LineBreak:
    """A hard line break inside a paragraph (poetry, addresses, bylines)."""


@dataclass(frozen=True, slots=True)
class InlineImage:
    src: str
    alt: str = ""


Inline: TypeAlias = (
    Text
    | Emphasis
    | Strong
    | Strikeout
    | Superscript
    | Subscript
    | Code
    | Link
    | LineBreak
    | InlineImage
)

#: Inline containers whose only field is ``children``: handy for generic code.
STYLED_INLINES: tuple[type[Emphasis | Strong | Strikeout | Superscript | Subscript], ...] = (
    Emphasis,
    Strong,
    Strikeout,
    Superscript,
    Subscript,
)

# --- blocks --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Paragraph:
    children: tuple[Inline, ...]


@dataclass(frozen=True, slots=True)
class Heading:
    """A section heading inside the article; level 1 is the highest *inside* the body."""

    level: int
    children: tuple[Inline, ...]
    id: str | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    """A block quotation or pull quote; ``attribution`` names who said it, when known."""

    children: tuple[Block, ...]
    attribution: tuple[Inline, ...] = ()


@dataclass(frozen=True, slots=True)
class ListBlock:
    """A bulleted or numbered list; each item is a sequence of blocks."""

    items: tuple[tuple[Block, ...], ...]
    ordered: bool = False
    start: int = 1


@dataclass(frozen=True, slots=True)
class Image:
    src: str
    alt: str = ""
    width: int | None = None
    height: int | None = None


@dataclass(frozen=True, slots=True)
class Figure:
    """An image with its caption and the credit (photographer, agency) kept apart."""

    image: Image
    caption: tuple[Inline, ...] = ()
    credit: tuple[Inline, ...] = ()


@dataclass(frozen=True, slots=True)
class Cell:
    children: tuple[Inline, ...]
    header: bool = False
    colspan: int = 1
    rowspan: int = 1


@dataclass(frozen=True, slots=True)
class Table:
    rows: tuple[tuple[Cell, ...], ...]
    caption: tuple[Inline, ...] = ()


@dataclass(frozen=True, slots=True)
class CodeBlock:
    text: str
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Rule:
    """A thematic break between parts of an article."""


Block: TypeAlias = Paragraph | Heading | Quote | ListBlock | Figure | Table | CodeBlock | Rule

# --- metadata and the document -------------------------------------------------------

Direction: TypeAlias = Literal["ltr", "rtl"]


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Metadata:
    """What is known about an article besides its body.

    Dates are ``datetime`` objects, time-zone aware when the source states a zone and naive
    otherwise; a date without a time of day is midnight. ``extra`` holds any further
    key/value pairs a reader found, like pandoc's open ``Meta`` map but kept hashable.
    """

    title: str | None = None
    subtitle: str | None = None
    authors: tuple[Person, ...] = ()
    published: datetime | None = None
    modified: datetime | None = None
    site_name: str | None = None
    url: str | None = None
    lang: str | None = None
    dir: Direction | None = None
    description: str | None = None
    tags: tuple[str, ...] = ()
    image: Figure | None = None
    source: str | None = None
    extra: tuple[tuple[str, str], ...] = ()


def merged(base: Metadata, other: Metadata, *, other_wins: bool) -> Metadata:
    """``base`` with what ``other`` knows: in the fields ``base`` leaves empty, or in every
    field when ``other_wins``. ``extra`` keeps the pairs of both, the winner's for a key
    both name. One rule for every second source of metadata: a batch's hints and a Word
    document's properties fill in, a text's stated head overrides."""
    known = {
        field.name: value
        for field in fields(Metadata)
        if field.name != "extra"
        and (value := getattr(other, field.name)) not in (None, ())
        and (other_wins or getattr(base, field.name) in (None, ()))
    }
    winner, loser = (other, base) if other_wins else (base, other)
    named = {key for key, _ in winner.extra}
    kept = tuple(pair for pair in loser.extra if pair[0] not in named)
    extra = kept + winner.extra if other_wins else winner.extra + kept
    return replace(base, **known, extra=extra)


def day_only(when: datetime) -> bool:
    """Whether ``when`` gives a day and no time of day: a naive midnight, as
    :class:`Metadata` writes a date without its time."""
    return when.tzinfo is None and when.time() == time()


@dataclass(frozen=True, slots=True)
class Document:
    metadata: Metadata
    blocks: tuple[Block, ...]
