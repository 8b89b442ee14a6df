"""Wrapping text to a width in terminal columns, for scripts with and without spaces.

East Asian wide characters take two columns and combining marks none. Text without wide
characters goes through ``textwrap``; text with them through a greedy wrapper that may break
between two wide characters but never inside a Latin word or a Korean one (Korean spaces
its words, and breaks lines between them), and that keeps closing punctuation off the
start of a line and opening brackets off its end (kinsoku).
"""

from __future__ import annotations

import re
import textwrap
import unicodedata

from newsconv.build import ZERO_WIDTH

#: Closing punctuation that must not start a line (kinsoku): it stays with what precedes it.
_NO_LINE_START = frozenset("、。，．・：；？！）」』】〕〉》ー…‥々ゝゞ,.!?:;)]}")
#: Opening brackets that must not end a line: they stay with what follows them.
_NO_LINE_END = frozenset("（「『【〔〈《")
_ZERO_WIDTH = frozenset(ZERO_WIDTH)
#: The blocks that hold every East Asian wide or fullwidth character (checked against the
#: Unicode database): a fast test that sends Latin, Cyrillic, Arabic... text to textwrap.
MAYBE_WIDE = re.compile(
    "[\u1100-\u115f\u231a-\u23ff\u25fd\u25fe\u2600-\u27bf\u2b00-\u2bff\u2e80-\ua4cf"
    "\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe10-\ufe6f\uff00-\uffe6"
    "\U00016fe0-\U0001b2ff\U0001f000-\U0001faff\U00020000-\U0003fffd]"
)


def _in_word(char: str) -> bool:
    """Whether ``char`` belongs to a word that spaces delimit: a narrow character or Hangul
    (syllables, jamo, and the bracketed and circled ones, "㈜"), unlike Chinese and
    Japanese, which break between any two."""
    return (
        char_width(char) == 1
        or "\uac00" <= char <= "\ud7a3"
        or "\u1100" <= char <= "\u11ff"
        or "\u3130" <= char <= "\u318f"
        or "\u3200" <= char <= "\u321e"
        or "\u3260" <= char <= "\u327e"
    )


def char_width(char: str) -> int:
    """Terminal columns ``char`` takes: 2 for East Asian wide, 0 for combining marks."""
    if unicodedata.combining(char) or char in _ZERO_WIDTH:
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def display_width(text: str) -> int:
    return sum(map(char_width, text))


def wrap(text: str, width: int, *, subsequent_indent: str = "") -> list[str]:
    """``text`` in lines of at most ``width`` columns (0: one line per hard break).

    Hard breaks (``\\n`` from line-break inlines) are kept. Latin text goes through
    ``textwrap``; text with wide characters through :func:`_wrap_wide`, which may break
    between two wide characters. Words longer than a line are never split.
    """
    lines: list[str] = []
    for segment in text.split("\n"):
        indent = subsequent_indent if lines else ""
        if not width or not segment:
            lines.append(indent + segment)
        elif MAYBE_WIDE.search(segment):
            lines += _wrap_wide(segment, width, indent, subsequent_indent)
        else:
            lines += textwrap.wrap(
                segment,
                width,
                initial_indent=indent,
                subsequent_indent=subsequent_indent,
                break_long_words=False,
                break_on_hyphens=False,
            ) or [indent]
    return lines


def _wrap_wide(segment: str, width: int, first_indent: str, indent: str) -> list[str]:
    """Greedy wrapping by display width, breaking at spaces or between wide characters."""
    lines: list[str] = []
    line, used, space = first_indent, display_width(first_indent), False
    fresh = True  # nothing but the indent on the line yet
    for token in _tokens(segment):
        if token == " ":
            space = True
            continue
        gap = " " if space and not fresh else ""
        size = display_width(gap + token)
        if not fresh and used + size > width:
            lines.append(line)
            line, used, gap = indent, display_width(indent), ""
            size = display_width(token)
        line, used, space, fresh = line + gap + token, used + size, False, False
    lines.append(line)
    return lines


def _tokens(segment: str) -> list[str]:
    """Spaces, words (Latin, Korean), and single wide characters (closing punctuation kept
    attached)."""
    tokens: list[str] = []
    for char in segment:
        previous = tokens[-1] if tokens else " "
        if char == " ":
            tokens.append(" ")
        elif previous != " " and (
            char_width(char) == 0
            or char in _NO_LINE_START
            or previous[-1] in _NO_LINE_END
            or (_in_word(char) and _in_word(previous[-1]))
        ):
            tokens[-1] = previous + char
        else:
            tokens.append(char)
    return tokens
