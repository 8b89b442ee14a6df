"""Body lines to blocks: paragraphs, with sub-headings, lists and quotes where they show.

A sub-heading is a short line without closing punctuation that introduces prose; a list is
a run of lines that start with a bullet or a number; a table is a run of rows copied with
their cells; a quote is a line marked with ``>``.
Everything else is a paragraph. Lines come from :mod:`.segment` already normalised
(whitespace collapsed, trimmed, never empty), so they become ``Text`` nodes directly: the
builders would only check that again, at a cost the reader's speed target cannot carry.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsconv.model import Block, Cell, Heading, ListBlock, Paragraph, Quote, Table, Text
from newsconv.readers.text.features import CREDITED_END, Features, Kind

#: A bullet's characters: only lines that start with one are tried against the regex.
_BULLETS = "-*•·‣▪□☆–—"
_BULLET = re.compile(f"^[{_BULLETS}]\\s+")
_NUMBER = re.compile(r"^(?P<n>\d{1,3})[.)]\s+")
_QUOTE = re.compile(r"^>\s?")
#: A sub-heading has at most this many words.
HEADING_WORDS = 12
#: The kinds under plain names, read once (``Kind.GOOD`` is a slow lookup on Python 3.11).
_GOOD = Kind.GOOD
_HEADING_KINDS = (Kind.SHORT, Kind.NEAR)


#: Dashes that open a quote's attribution.
_DASHES = frozenset("-–—―")


def to_blocks(
    texts: Sequence[str], cells: Sequence[tuple[str, ...]], features: Sequence[Features]
) -> tuple[Block, ...]:
    """The blocks of the body, in order; ``cells`` holds each table row's cells (else ``()``)."""
    blocks: list[Block] = []  # appended to: a generator's resumption per block cost more
    index = 0
    while index < len(texts):
        text = texts[index]
        if cells[index]:
            end = index
            while end < len(texts) and cells[end]:
                end += 1
            blocks.append(_table(cells[index:end]))
            index = end
            continue
        marker = None if text[0].isalpha() else _marker(text)  # a letter starts no marker
        if marker:
            end = _list_end(texts, cells, index, ordered=marker.re is _NUMBER)
            blocks.append(_list(texts[index:end], ordered=marker.re is _NUMBER))
            index = end
            continue
        if text[0] == ">":
            blocks.append(Quote((_para(_QUOTE.sub("", text, count=1)),)))
        # Prose, most of a body, is no heading: it is spared the call.
        elif features[index].kind is not _GOOD and _is_heading(text, features, index):
            blocks.append(Heading(2, (Text(text),)))
        else:
            blocks.append(_para(text))
        index += 1
    return tuple(blocks)


def _marker(text: str) -> re.Match[str] | None:
    """A list item's bullet or number; the regexes run only on lines that start like one."""
    first = text[0]
    if first in _BULLETS:
        return _BULLET.match(text)
    return _NUMBER.match(text) if first.isdecimal() else None


def _list_end(
    texts: Sequence[str], cells: Sequence[tuple[str, ...]], start: int, *, ordered: bool
) -> int:
    pattern = _NUMBER if ordered else _BULLET
    end = start
    while end < len(texts) and pattern.match(texts[end]) and not cells[end]:
        end += 1
    return end


def _table(rows: Sequence[tuple[str, ...]]) -> Table:
    return Table(tuple(tuple(Cell((Text(cell),)) for cell in row) for row in rows))


def _list(texts: Sequence[str], *, ordered: bool) -> ListBlock:
    pattern = _NUMBER if ordered else _BULLET
    first = _NUMBER.match(texts[0]) if ordered else None
    items = tuple((_para(pattern.sub("", text, count=1)),) for text in texts)
    return ListBlock(items, ordered=ordered, start=int(first["n"]) if first else 1)


def _para(text: str) -> Paragraph:
    return Paragraph((Text(text),))


def _is_heading(text: str, features: Sequence[Features], index: int) -> bool:
    """Whether the line at ``index`` is a short line that ends no sentence, before prose; a
    caption closed by its credit ("... in Paris. (Photo AFP)") ends one inside its brackets.
    """
    line = features[index]
    return (
        line.kind in _HEADING_KINDS
        and index + 1 < len(features)
        and features[index + 1].kind is _GOOD
        and not line.terminal
        and line.words <= HEADING_WORDS
        and not (text[-1] == ")" and CREDITED_END.search(text))
        and not _attribution(text)
    )


def _attribution(text: str) -> bool:
    """Whether a short line opens the way a quote's attribution does, never a heading:
    with a dash ("— Jane Doe, mayor") or a word in lowercase ("juge Randall Bocock")."""
    return text[0] in _DASHES or text.split(" ", 1)[0].islower()
