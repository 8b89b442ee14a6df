"""Text to logical lines: any line ending, invisible characters gone, hard wrapping undone.

A page copied from a browser has one line per block (paragraph, menu item, heading) and
its table rows as cells separated by tabs; a text file written by hand or by a mail client
may wrap each paragraph at a fixed width and mark paragraphs with blank lines or
indentation. Both become the same thing here: one line per paragraph-like unit, whitespace
collapsed (:class:`Lines`).

A browser can also break a line where no block ends: a formula in MathML comes out one
symbol a line, inside the sentence that holds it. Such runs of fragments are joined back
into one line, and into the sentence around them (:func:`_with_fragments_joined`).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from itertools import compress, pairwise
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

from newsconv.build import ZERO_WIDTH
from newsconv.language import text_direction
from newsconv.readers.text.dumps import link_list, without_numbers, without_placeholders
from newsconv.scripts import CJK_LETTER, CJK_RANGES

#: Line breaks other than ``\n``.
BREAKS = "\r\u2028\u2029\x0b\x0c\x85"
#: The zero-width non-joiner and joiner, which spell words in Persian ("می‌گویند"), Indic
#: scripts and emoji sequences: they go only where they join nothing, next to a space, a
#: line's edge or an ASCII character (a stray one in Latin text).
JOINERS = "\u200c\u200d"
_STRAY_JOINER = re.compile(r"[\u200c\u200d](?![^\x00-\x7f\s])|(?<![^\x00-\x7f\s])[\u200c\u200d]")
#: Characters that print as nothing and spell nothing: the zero-width space, the word
#: joiner, the byte order mark and the soft hyphen.
INVISIBLE = "".join(char for char in ZERO_WIDTH if char not in JOINERS) + "\u00ad"
#: The spaces ASCII has besides " " once every line break is a "\n": the tab and the
#: information separators, at which ``str.split`` splits too.
ASCII_SPACES = "\t\x1c\x1d\x1e\x1f"
#: A list item's bullet or number, or a quotation's ``>``. w3m bullets a list inside a list
#: with "□" and one a level deeper with "☆".
MARKER = re.compile(r"(?:[-+*•·‣▪□☆–—>]|\d{1,3}[.)])\s")

#: Wrapped text is at most this wide; longer lines are paragraphs a browser laid out.
MAX_WRAP_WIDTH = 120
#: Rows of similar length narrower than this are a list of short items, not wrapped prose.
MIN_WRAP_WIDTH = 40
#: The wrap column is the length this share of the rows going on (see :func:`_wrap_width`)
#: do not exceed...
WIDTH_QUANTILE = 0.95
#: ...and this share of those longer than half of it end at most this far short of it.
NEAR_EDGE_SHARE, WRAP_SLACK = 0.6, 15
#: Wrapped text has this many times more rows going on (see :func:`_wrap_width`) than rows
#: more than twice the widest column long, at least.
OVER_WIDE_RATIO = 4
#: Fewer rows than this are taken as they come.
MIN_WRAPPED_ROWS = 5
#: ...though as few as this many rows going on in lowercase may tell the column, with the
#: rows under which a capitalised word did not fit (see :func:`_filled`).
FEWEST_TELLING = 2
#: A column breaks a row of a script without spaces anywhere, so its wrapped rows end at
#: most this many columns short of it (a wide character that did not fit, a closing
#: bracket or stop kept off the next row's start)...
UNSPACED_SLACK = 3
#: How far from the middle of the column a centred row may stand: the two halves of its
#: margin differ by a column when the row's length and the column's differ by an odd number.
CENTRED_SLACK = 2
_PAST_ANY_COLUMN = MAX_WRAP_WIDTH + UNSPACED_SLACK
#: A text in a script without spaces shows it in this many characters (its menus at least).
WIDE_SAMPLE = 2000
#: Characters a terminal sets two columns wide (East Asian Wide and Fullwidth): Hangul
#: jamo, CJK punctuation and ideographs, kana, Hangul syllables, fullwidth forms.
_WIDE_CHARS = (
    "\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\ua4cf"
    "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6"
)
_WIDE = re.compile(f"[{_WIDE_CHARS}]")
_WIDE_RUN = re.compile(f"[{_WIDE_CHARS}]+")  # counted by runs: fewer strings to make
#: The same characters by code point, to count a text's at once (none past U+FFFF).
_WIDE_TABLE = np.zeros(0x10000, np.bool_)
for _first, _last in re.findall("(.)-(.)", _WIDE_CHARS):
    _WIDE_TABLE[ord(_first) : ord(_last) + 1] = True
#: How a table row's cells are joined in its text (the corpus's convention).
CELL_SEPARATOR = " | "
#: What ends a sentence (before any closing quotes or brackets).
TERMINALS = frozenset(".!?…。！？;:")
#: A line of at most this many characters is a fragment (a symbol, a variable, a number)
#: unless it is CJK, where two characters make a word, or code's punctuation ("),", "};").
FRAGMENT = 2
#: A run of at least this many fragments is one line: a formula, a row of digits.
FRAGMENT_RUN = 3
#: A paragraph broken into short lines has lines at most this long ("och åkte skidor på
#: isen"); see :func:`_with_broken_paragraphs_joined`.
BROKEN_MAX = 60
#: ...and is this long at most (a dozen such lines).
BROKEN_BLOCK_MAX = 720
#: A line ending in a letter not an ASCII capital over a line starting with a letter: where
#: a paragraph broken into lines may be.
_BROKEN_LINE = re.compile(r"\n(?<=[^\W\d_A-Z]\n)[^\W\d_]")  # led by "\n": 20 times faster
#: What may close a sentence after its stop.
_CLOSERS = "\"'”’»)]"
#: What may follow a block's last row.
_SPACES = frozenset(" \t\n")
#: How a line that goes on with a sentence begins, besides a lowercase letter.
_GOES_ON = frozenset(",.;:!?)]}…%")
#: A row that opens with a link's number, as lynx prints it ("   [72]Headline").
_LINK_OPENS = re.compile(r"[ \t]*\[\d+\]")
#: A row of underscores: a text field of a form ("______"), which lynx also draws a rule
#: with; it holds no text.
_BLANKS = re.compile(r"_{3,}(?: _{3,})*")
#: A line that is only an unfilled slot of the template the page was drawn from
#: ("{{cta}}", "{% block ad %}"): the page's own code, which would end the article's run.
_TEMPLATE_SLOT = re.compile(r"^[ \t]*(?:\{\{[^{}\n]*\}\}|\{%[^{}\n]*%\})[ \t]*$", re.MULTILINE)
#: A digest in hexadecimal (MD5, SHA-1, SHA-256), a row of one token however long.
DIGEST = re.compile(r"[0-9a-fA-F]{32,}")
#: What ends a sentence, Arabic's and Urdu's stops included.
_STOPS = TERMINALS | {"؟", "۔"}
#: Scripts written without spaces, whose rows a column breaks anywhere, by code points: kana,
#: CJK, Hangul (as :data:`newsconv.scripts.CJK`), Tibetan. Thai, Lao, Myanmar and Khmer
#: put spaces between phrases, and the tools break their rows there: a row of them goes
#: on as one of Arabic does.
_UNSPACED = (*CJK_RANGES, (0x0F00, 0x0FFF))
#: Unicode's categories of combining marks.
_MARKS = ("Mn", "Me")


_Search = Callable[[str], Iterator[re.Match[str]]]


class Lines(NamedTuple):
    """The logical lines of a text: each one's text, and the cells of those that are table rows.

    Two parallel containers rather than an object a line: a page has hundreds of lines, and
    making a tuple for each cost as much as cleaning them (the reader must get through a
    thousand pages a second).
    """

    texts: list[str]
    cells: dict[int, tuple[str, ...]]


def segment(text: str) -> Lines:
    """The logical lines of ``text``, in order, without blank ones."""
    text, numbers = link_list(_cleaned(text))
    rows = text.split("\n")
    wrap = _wrap_width(text, rows, numbered=bool(numbers))
    if wrap is not None:  # a text-mode browser's dump, or text written so
        shown = without_placeholders(without_numbers(text, numbers)).split("\n")
        return Lines(_rewrapped(rows, shown, *wrap), {})
    if numbers:
        text = without_numbers(text, numbers)
        rows = text.split("\n")
    if (joined := _with_broken_paragraphs_joined(text)) is not None:
        rows = joined.split("\n")
    ascii_clean = not any(char in text for char in ASCII_SPACES)
    doubled = "  " in text
    return _with_fragments_joined(*_unwrapped(rows, ascii_clean=ascii_clean, doubled=doubled))


def _with_broken_paragraphs_joined(text: str) -> str | None:
    """``text`` with each paragraph set in short lines joined into one line.

    Easy-to-read news and some blogs break every sentence into short lines (``<br>``
    within a paragraph, a blank line between paragraphs): "Två män var ute / och åkte
    skidor på isen / över havet Bottenviken." Copied as text, each line looked like a
    scrap of furniture, and a comment under the story became the article. A block between
    blank lines is such a paragraph when it has two rows or more, each of at most
    :data:`BROKEN_MAX` characters and two words, none a list item; its last row ends a
    sentence; and two other rows stop mid-sentence on a lowercase word (:func:`_open`), or
    one before a row going on in lowercase. Menus (single words, no stop) and labels over a
    sentence ("Read in English / Tech Fix / ¿Por qué…?", capitalised) are no such blocks.
    Only the blocks around a line ending in a letter over one starting with a letter are
    looked at (:data:`_BROKEN_LINE`, found in C), each once. None when no block is such a
    paragraph (most pages), which spares splitting the text again.
    """
    pieces: list[str] = []
    done = 0  # where the text copied into ``pieces`` ends
    seen = 0  # where the last block looked at ends
    while (match := _BROKEN_LINE.search(text, seen)) is not None:
        at = match.start()
        start = text.rfind("\n\n", 0, at)
        start = 0 if start < 0 else start + 2
        end = text.find("\n\n", at)
        end = len(text) if end < 0 else end
        seen = end + 1
        if end - start > BROKEN_BLOCK_MAX:
            continue  # most blocks of a copied page: a menu, a sidebar, the whole page
        while end > start and text[end - 1] in _SPACES:
            end -= 1
        last = end
        while last > start and text[last - 1] in _CLOSERS:
            last -= 1
        if last == start or text[last - 1] not in TERMINALS:
            continue  # the block does not end a sentence
        # Row lengths by a split, not a regex for a long row: that one is tried at every
        # position of every short row, a row's length over again.
        raw = text[start:end].split("\n")
        if max(map(len, raw)) > BROKEN_MAX:
            continue  # the block holds a line of prose
        rows = [row.strip() for row in raw]
        if len(rows) >= 2 and all(rows) and _broken_paragraph(rows):
            pieces += (text[done:start], " ".join(rows))
            done = end
    if not pieces:
        return None
    pieces.append(text[done:])
    return "".join(pieces)


def _broken_paragraph(block: list[str]) -> bool:
    """Whether the rows of ``block`` are one paragraph broken into short lines."""
    if block[-1].rstrip(_CLOSERS)[-1:] not in TERMINALS:
        return False
    opened = goes_on = 0
    for at, row in enumerate(block):
        if len(row) > BROKEN_MAX or " " not in row or MARKER.match(row):
            return False
        if at == len(block) - 1:
            break
        if row.rstrip(_CLOSERS)[-1] in TERMINALS or not _open(row):
            continue  # a sentence's end, or a capitalised word ("… Finland och Sverige")
        opened += 1
        goes_on += _goes_on(block[at + 1])
    return opened >= 2 or (opened == 1 and goes_on == 1)


def _cleaned(text: str) -> str:
    """``text`` with every line break a ``\\n`` and invisible characters gone.

    Most texts hold none of these: ``in`` finds that out many times faster than a regex.
    """
    # One character is found far faster than two: "\n" is everywhere, "\r" seldom anywhere.
    if "\r" in text and "\r\n" in text:
        text = text.replace("\r\n", "\n")
    for char in BREAKS:
        if char in text:
            text = text.replace(char, "\n")
    for char in INVISIBLE:
        if char in text:
            text = text.replace(char, "")
    if "\u200c" in text or "\u200d" in text:
        text = _STRAY_JOINER.sub("", text)
    if "{" in text and ("{{" in text or "{%" in text):  # "{" alone is found far faster
        text = _TEMPLATE_SLOT.sub("", text)
    return text


def _unwrapped(rows: list[str], *, ascii_clean: bool, doubled: bool) -> tuple[Lines, list[int]]:
    """One line per row: the shape of a page copied from a browser; and the indices of the
    lines short enough to be fragments (:data:`FRAGMENT`). ``ascii_clean`` tells that no
    row holds any of :data:`ASCII_SPACES`; ``doubled``, that the text holds two spaces in
    a row somewhere (a broken paragraph's rows joined make none it did not hold).

    Most rows of such a copy are already clean (single spaces, none at either end, no tab
    or other space character): three C-level tests find that out for about half the cost of
    splitting the row and joining it back. Most pages hold no double space at all: one
    search of the text spares each row that test. A quarter of the rows are blank: a
    C-level filter passes them over.
    """
    texts: list[str] = []
    cells: dict[int, tuple[str, ...]] = {}
    short: list[int] = []
    for row in filter(None, rows):
        # Without ASCII_SPACES an ASCII row has no space but " ": ``isascii`` reads a flag
        # where ``isprintable`` looks every character up.
        if (
            ((ascii_clean and row.isascii()) or row.isprintable())
            and not (doubled and "  " in row)
            and row.strip(" ") == row  # no space at either end, in one C-level call
        ):
            if len(row) <= FRAGMENT:
                short.append(len(texts))
            texts.append(row)
        elif "\t" in row and "\t" in row.strip():
            row_cells = tuple(" ".join(cell.split()) for cell in row.split("\t") if cell.strip())
            cells[len(texts)] = row_cells
            texts.append(CELL_SEPARATOR.join(row_cells))
        else:
            text = " ".join(row.split())
            if text:
                if len(text) <= FRAGMENT:
                    short.append(len(texts))
                texts.append(text)
    return Lines(texts, cells), short


def _with_fragments_joined(lines: Lines, short: list[int]) -> Lines:
    """``lines`` with each run of fragments (:data:`FRAGMENT`) that holds a letter made one
    line, and joined to the sentence it sits in.

    A run of :data:`FRAGMENT_RUN` fragments is one line (a formula shown on its own). A
    run whose line before stops mid-sentence (:func:`_open`) and whose line after goes on
    with it (:func:`_goes_on`) is inline, however short: the three are one line. A run
    that ends a sentence joins an open line before it too. Runs without a letter stay as
    they are: a chart's ticks, a pager's numbers, the brackets that close a block of code.
    """
    texts, cells = lines
    spans: list[list[int]] = []  # the lines each new line is made of, [start, stop)
    for start, stop in _fragment_runs(texts, short):
        run = texts[start:stop]
        goes_on = stop < len(texts) and stop not in cells and _goes_on(texts[stop])
        inline = (
            start > 0
            and start - 1 not in cells
            and _open(texts[start - 1])
            and (goes_on or run[-1][-1] in TERMINALS)
        )
        if not any(map(str.isalpha, "".join(run))) or (
            stop - start < FRAGMENT_RUN and not (inline and goes_on)
        ):
            continue
        start, stop = start - inline, stop + goes_on
        if spans and spans[-1][1] > start:  # a line between two formulas of one sentence
            spans[-1][1] = stop
        else:
            spans.append([start, stop])
    if not spans:
        return lines
    joined: list[str] = []
    joined_cells: dict[int, tuple[str, ...]] = {}
    index = 0
    for start, stop in [*spans, [len(texts), len(texts)]]:
        for kept in range(index, start):
            if kept in cells:
                joined_cells[len(joined)] = cells[kept]
            joined.append(texts[kept])
        if start < stop:
            joined.append(" ".join(texts[start:stop]))
        index = stop
    return Lines(joined, joined_cells)


def _fragment_runs(texts: list[str], short: list[int]) -> list[tuple[int, int]]:
    """The runs of fragment lines among the ``short`` ones, as ``(start, stop)``."""
    runs: list[tuple[int, int]] = []
    for index in short:
        if _is_fragment(texts[index]):
            if runs and runs[-1][1] == index:
                runs[-1] = (runs[-1][0], index + 1)
            else:
                runs.append((index, index + 1))
    return runs


def _is_fragment(text: str) -> bool:
    """Whether a line of at most :data:`FRAGMENT` characters is a symbol, a letter or a
    number on a line of its own, not code's ")," nor a CJK word."""
    return (len(text) == 1 or text.isalnum()) and CJK_LETTER.search(text) is None


def _open(text: str) -> bool:
    """Whether a line stops mid-sentence: no stop at its end, and its last word in lowercase
    (or it is a single word, "When"). A heading ends in a capitalised word."""
    last = text.rpartition(" ")[2]
    return text[-1] not in TERMINALS and (last == text or last[0].islower())


def _goes_on(text: str) -> bool:
    """Whether a line goes on with the sentence before it (starts in lowercase or with a comma)."""
    return text[0].islower() or text[0] in _GOES_ON


def _rewrapped(
    rows: list[str], shown: list[str], width: int, measure: Callable[[str], int]
) -> list[str]:
    """Rows joined back into paragraphs: a blank line, an indent or a short row ends one.

    ``rows`` are as the tool wrapped them, link numbers and placeholders in ("[40]21
    checkpoints"): a row is measured so (shortened by its numbers, it would seem to end a
    paragraph). ``shown`` are the same rows without them, and make the text; the word that
    opens a row is measured so, as a link on a row of its own (a list of links) is more
    often than a link that did not fit.
    A list's item wraps under its text, not under its bullet ("  * Item that goes / on
    here"): its rows go on from the text's column (:func:`_indented`). Right-to-left text
    may be set flush right (w3m pads each row up to the column): its indent says nothing.
    """
    lines: list[str] = []
    parts: list[str] = []
    previous = ""  # the last non-blank row, as written
    for row, text in zip(rows, shown, strict=True):
        stripped = text.strip()
        if not stripped:
            _flush(lines, parts)
            continue
        if _BLANKS.fullmatch(stripped):
            continue  # joined to the row above, a form's blank would read as its text
        indent = len(row) - len(row.lstrip())
        indented = (
            _indented(previous, indent)
            and text_direction(stripped) != "rtl"
            and not _centered(previous, indent, stripped, measure)
        )
        if parts and (
            indented
            or _links_column(previous, row, stripped)
            or not _wrapped(previous, stripped, width, measure)
        ):
            _flush(lines, parts)
        parts.append(stripped)
        previous = row.rstrip()
    _flush(lines, parts)
    return lines


def _centered(previous: str, indent: int, text: str, measure: Callable[[str], int]) -> bool:
    """Whether a row indented by ``indent`` is set in the middle of the row above it, which
    stands at the margin: the rest of a centred heading (lynx centres a headline too long
    for a row, its first row full, the rest in the middle of the page), not a new
    paragraph. The rest is at most half as wide: a paragraph indented under a heading
    opens with a row near the column, which may stand near the middle too."""
    width, above = measure(text), measure(previous)
    return (
        len(previous) - len(previous.lstrip()) <= 1
        and 2 * width <= above
        and abs(2 * indent + width - above) <= CENTRED_SLACK
    )


def _links_column(previous: str, row: str, text: str) -> bool:
    """Whether ``row`` (``text`` as shown) is the next of a column of links, one a row
    (teasers' headlines, lynx's "[72]Pēc …" over "[73]Kiberuzbrukumos …"): it opens with a
    link's number, as the row above does, and not in lowercase. Each row may reach the
    column (a headline of 70 characters does), so where they part cannot be told by the
    width; a sentence goes on after a link at a row's start in lowercase."""
    return (
        _LINK_OPENS.match(row) is not None
        and _LINK_OPENS.match(previous) is not None
        and not text[0].islower()
    )


def _indented(previous: str, indent: int) -> bool:
    """Whether a row indented by ``indent`` starts a new paragraph under ``previous``:
    it is indented more, and not to where the text of a list's item starts (after its
    marker and the spaces that follow it: pandoc writes "-   Item")."""
    text = previous.lstrip()
    if indent <= len(previous) - len(text):
        return False
    marker = MARKER.match(text)
    if marker is None:
        return True
    return indent != len(previous) - len(text[marker.end() :].lstrip())


def _flush(lines: list[str], parts: list[str]) -> None:
    """The rows of ``parts`` joined into one line: by a space, but none between two CJK
    characters (CJK writes no spaces; a row broke where the column did). A space inside a
    row is the text's own ("短缺药品保供稳价 全力保障临床用药需求") and stays."""
    if parts:
        joined = [parts[0]]
        for above, part in pairwise(parts):
            joined.append(part if _WIDE.match(part) and _WIDE.match(above[-1]) else f" {part}")
        lines.append(" ".join("".join(joined).split()))
        parts.clear()


def _wrap_width(
    text: str, rows: list[str], *, numbered: bool = False
) -> tuple[int, Callable[[str], int]] | None:
    """The column ``text`` (split into ``rows``) was wrapped at and how a row's width is
    measured, or ``None`` when it was not hard-wrapped.

    Wrapping breaks sentences: the row after a wrapped row goes on in lowercase, and the
    rows it follows end just short of one column, which none of them passes. Those rows
    tell the column, whatever else the text holds: a page dumped by a text-mode browser
    (lynx, w3m) also has menus, and rows it did not wrap (a table's, a long address, a
    line of code). A page copied from a browser has lines of any length, few of which a
    lowercase line follows, and more long paragraphs than wrapped text has long rows.
    Scripts without spaces (CJK, Thai) give no such rows: their column is found from the
    rows another row of the block follows (:func:`_unspaced_width`). Digests give none
    either (a list of SHA-256 sums, each 64 characters long like the next). Widths are
    counted in columns: a CJK character takes two.
    """
    # One token (an address, a digest over a digest that starts with a letter) was not
    # wrapped: no tool breaks a row inside a word.
    going_on = map(str.rstrip, _rows_going_on(text, numbered=numbered))
    rows_on = [row for row in going_on if " " in row.lstrip()]
    ends = sorted(map(_columns, rows_on))
    # asked once: most pages copied from a browser need it, having no column
    wide = not text.isascii() and _holds_wide(text[:WIDE_SAMPLE])
    if (width := _spaced_width(ends, rows, wide=wide)) is not None:
        return width, _columns
    if FEWEST_TELLING <= len(ends) < MIN_WRAPPED_ROWS and not wide:
        # Too few rows go on in lowercase (German capitalises its nouns): the rows whose
        # next word did not fit under the widest of them tell the column too.
        widest = ends[max(0, bisect_right(ends, MAX_WRAP_WIDTH) - 1)]
        if widest >= MIN_WRAP_WIDTH:  # a browser's copy: short lines going on, no column
            ends = sorted(ends + _filled(rows, widest))
            if (width := _spaced_width(ends, rows, wide=wide)) is not None:
                return width, _columns
    # a tool that counts a combining mark as no column (w3m: Thai, Devanagari)
    if (
        _combining_marks().search("".join(rows_on)) is not None  # the few rows going on
        and (width := _spaced_width(sorted(map(_display_columns, rows_on)), rows, wide=wide))
        is not None
    ):
        return width, _display_columns
    # most pages copied from a browser stop here: no wide character
    return _unspaced_width(rows) if wide else None


def _filled(rows: list[str], width: int) -> list[int]:
    """The widths of the rows that end within :data:`WRAP_SLACK` of ``width`` and that the
    next row of their block goes on from in a capital, its first word too long to have fit:
    greedy wrapping's rows, where a sentence broke before a noun or a name."""
    filled = []
    lowest = width - WRAP_SLACK
    # Most rows are far shorter (menus) or blank: their lengths turn them away in C.
    near = compress(range(len(rows) - 1), map(lowest.__le__, map(len, rows)))
    for at in near:
        row = rows[at].rstrip()
        if not lowest <= len(row) <= width:
            continue
        following = rows[at + 1]
        text = following.lstrip()
        if (
            text[:1].isupper()
            and len(following) - len(text) == len(row) - len(row.lstrip())  # one block
            and " " in row.lstrip()
            and len(row) + 1 + len(text.split(maxsplit=1)[0]) > width
        ):
            filled.append(len(row))
    return filled


def _spaced_width(ends: list[int], rows: list[str], *, wide: bool) -> int | None:
    """The column that rows going on at the sorted widths ``ends`` were wrapped at, in a
    text split into ``rows`` (``wide`` when it holds a wide character), or ``None`` when
    they were not (see :func:`_wrap_width`)."""
    if len(ends) < MIN_WRAPPED_ROWS:
        return None
    # The quantile leaves out a row or more going on past the column (a table's); with
    # fewer rows than make one in 1 - WIDTH_QUANTILE, it would leave out the widest row
    # wrapped at it (a short page's paragraphs: "… $230" / "billion allocated …"): the
    # column is then the widest row that any column could have wrapped. A text in a
    # script without spaces is measured by its own rows then, not by a few Latin ones,
    # which it may set in other columns (:func:`_unspaced_width`).
    few = len(ends) * (1 - WIDTH_QUANTILE) < 1
    if few and not wide:
        width = ends[max(0, bisect_right(ends, MAX_WRAP_WIDTH) - 1)]
    else:
        width = ends[int(WIDTH_QUANTILE * (len(ends) - 1))]
    if not MIN_WRAP_WIDTH <= width <= MAX_WRAP_WIDTH:
        return None
    # Of those longer than half the column (not a line of code, nor a list's item)...
    long = bisect_right(ends, width) - bisect_right(ends, width // 2)
    near_edge = bisect_right(ends, width) - bisect_left(ends, width - WRAP_SLACK)
    over_wide = sum(len(row) > 2 * MAX_WRAP_WIDTH for row in rows)
    if (
        long >= MIN_WRAPPED_ROWS
        and near_edge >= NEAR_EDGE_SHARE * long
        and OVER_WIDE_RATIO * over_wide <= len(ends)
    ):
        return width
    return None


def _holds_wide(text: str) -> bool:
    """Whether ``text`` holds a wide character: its UTF-16 code units looked up at once
    (an astral character's surrogates are none), for a third less than a regex that
    tests each character against the ranges."""
    units = np.frombuffer(text.encode("utf-16-le", "surrogatepass"), np.uint16)
    return bool(_WIDE_TABLE.take(units, mode="wrap").any())


def _unspaced_width(rows: list[str]) -> tuple[int, Callable[[str], int]] | None:
    """The column a text in a script without spaces was wrapped at (a w3m or lynx dump of
    a Chinese or Japanese page) and how its rows are measured, or ``None``.

    Such a row breaks anywhere, so the rows another row of the same block follows end
    within :data:`UNSPACED_SLACK` columns of the column, and no row passes it; a browser's
    copy, one line a block, has paragraphs far wider than its menus' rows. w3m counts a
    CJK character two columns, lynx one: both measures are tried. A row is at least as
    many columns as characters and at most twice as many, so the lengths alone turn most
    copies away before any row is measured in columns.
    """
    stripped = list(map(str.rstrip, rows))
    lengths = np.fromiter(map(len, stripped), np.intp, len(stripped))
    going_on = ((lengths[:-1] > 0) & (lengths[1:] > 0)).nonzero()[0]
    shortest = (MIN_WRAP_WIDTH - UNSPACED_SLACK + 1) // 2  # reaches no column in columns
    over_wide = int(np.count_nonzero(lengths > _PAST_ANY_COLUMN))
    may_end = int(np.count_nonzero(lengths[going_on] >= shortest))
    if OVER_WIDE_RATIO * over_wide > may_end or may_end < MIN_WRAPPED_ROWS:
        return None
    measures: list[tuple[Callable[[str], int], npt.NDArray[np.intp]]] = [(len, lengths)]
    # In columns the wrap is at most twice the characters' (its rows are those going on),
    # and the rows longer than that in characters are past it in any case.
    at_most = min(MAX_WRAP_WIDTH, 2 * _quantile(np.sort(lengths[going_on]))) + UNSPACED_SLACK
    if OVER_WIDE_RATIO * int(np.count_nonzero(lengths > at_most)) <= may_end:
        measures.insert(0, (_columns, lengths + _wide_counts(rows)))
    for measure, widths in measures:
        ends = np.sort(widths[going_on])
        width = _quantile(ends)
        if not MIN_WRAP_WIDTH <= width <= MAX_WRAP_WIDTH:
            continue
        near_edge = int(np.count_nonzero(ends >= width - UNSPACED_SLACK))
        past = int(np.count_nonzero(widths > width + UNSPACED_SLACK))
        if near_edge >= MIN_WRAPPED_ROWS and OVER_WIDE_RATIO * past <= near_edge:
            return width, measure
    return None


def _quantile(ends: npt.NDArray[np.intp]) -> int:
    """The width :data:`WIDTH_QUANTILE` of the sorted ``ends`` do not pass."""
    return int(ends[int(WIDTH_QUANTILE * (len(ends) - 1))])


def _wide_counts(rows: list[str]) -> npt.NDArray[np.intp]:
    """How many wide characters each row holds, all rows counted at once."""
    codes = np.frombuffer("\n".join(rows).encode("utf-32-le"), np.uint32)
    wide = _WIDE_TABLE[np.minimum(codes, 0xFFFF)]
    counted = np.concatenate(([0], np.cumsum(wide, dtype=np.intp)))
    breaks = (codes == ord("\n")).nonzero()[0]
    starts = np.concatenate(([0], breaks + 1))
    stops = np.concatenate((breaks, [len(codes)]))
    counts: npt.NDArray[np.intp] = counted[stops] - counted[starts]
    return counts


def _columns(row: str) -> int:
    """How many columns ``row`` takes in a terminal: two for a wide character. A row longer
    than any column in characters is past it in columns too, and is not counted."""
    if row.isascii() or len(row) > _PAST_ANY_COLUMN:
        return len(row)
    return len(row) + sum(map(len, _WIDE_RUN.findall(row)))


def _display_columns(row: str) -> int:
    """How many columns ``row`` takes in a terminal that sets a combining mark (a Thai
    vowel sign, a Devanagari matra) over the letter before it: none for the mark."""
    return _columns(row) - len(_combining_marks().findall(row))


@functools.cache
def _combining_marks() -> re.Pattern[str]:
    """A search for the combining marks (Unicode's Mn and Me), made on first use from
    Python's own Unicode data."""
    marks = "".join(
        char for char in map(chr, range(0x300, 0x10000)) if unicodedata.category(char) in _MARKS
    )
    return re.compile(f"[{re.escape(marks)}]")


def _rows_going_on(text: str, *, numbered: bool = False) -> Iterator[str]:
    """The rows of ``text`` that the next row goes on from: in lowercase, or in a script
    without capitals but with spaces (Arabic, Hebrew, Devanagari) after a row that ends no
    sentence; past a link's number at its start when the text is ``numbered`` (lynx's)."""
    search, numbered_search, lowercase = _row_openings()
    for opening in (numbered_search if numbered else search)(text):
        start = opening.start()
        row = text[text.rfind("\n", 0, start) + 1 : start]
        if opening[0][-1] in lowercase or row.rstrip()[-1:] not in _STOPS:
            yield row


@functools.cache
def _row_openings() -> tuple[_Search, _Search, frozenset[str]]:
    """A search for the line breaks before a row that opens (an indent aside) with a
    lowercase letter or a letter of a script without capitals, of the scripts written with
    spaces; the same past a link's number ("[12]"); and the lowercase letters. Made on
    first use from Python's own Unicode data. One class after the line break keeps the
    search at C speed: most texts have few such rows, and the caseless ones are told
    apart in Python. (The number, looked for in every text, cost a third more.)"""
    chars = np.arange(0x10000, dtype=np.uint32).view("U1")
    spaced = np.ones(len(chars), np.bool_)
    for first, last in _UNSPACED:
        spaced[first : last + 1] = False
    lower = np.char.islower(chars)
    caseless = np.char.isalpha(chars) & ~lower & ~np.char.isupper(chars) & ~np.char.istitle(chars)
    opening = "".join(chars[(lower | caseless) & spaced])
    letters = re.escape(opening)
    search = re.compile(f"\n[ \t]*[{letters}]").finditer
    numbered = re.compile(f"\n[ \t]*(?:\\[\\d+\\])?[{letters}]").finditer
    return search, numbered, frozenset(chars[lower & spaced])


def _wrapped(previous: str, current: str, width: int, measure: Callable[[str], int]) -> bool:
    """Whether ``current`` continues the row ``previous``: its first word did not fit there,
    or, beside a wide character, the row reached the column (:data:`UNSPACED_SLACK`); or
    it goes on in lowercase from a row near the column (:data:`WRAP_SLACK`) that ends in
    a word or a comma, a bracket or a quote aside (a line of code ends otherwise). A tool
    does not always fill a row as far as the next word would go (lynx keeps a link's words
    together), and those are the rows the column was told from."""
    if MARKER.match(current):
        return False
    if _WIDE.match(current) or _WIDE.match(previous[-1]):
        return measure(previous) >= width - UNSPACED_SLACK  # the column broke it anywhere
    first_word = current.split(maxsplit=1)[0]
    length = measure(previous)
    if length + 1 + measure(first_word) > width - 1:
        return True
    last = previous.rstrip(_CLOSERS)[-1:]
    return length >= width - WRAP_SLACK and current[0].islower() and (last.isalpha() or last == ",")
