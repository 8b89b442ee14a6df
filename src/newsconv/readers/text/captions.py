"""A picture's caption as a page with a caption toggle prints it when copied as text.

A toggle box prints the caption with its credit and the toggle's label after it ("… at
Emanuel AME Church. Win McNamee/Getty Images hide caption"), then the label that shows
it again and the credit, then the lightbox's copy of the caption alone. The label is the
page's script speaking, never the caption's: a line ending with a label is the toggle's
caption when the caption follows again within a few lines (then the line goes) or when a
label alone stands under it (then the label goes). A sentence ending on the same words
("… chose not to show the caption") has neither.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsconv.readers.toggles import CAPTION_TOGGLE, CAPTION_TOGGLE_LABEL

__all__ = ["toggled_copy", "without_caption_toggles"]

#: A line ending with a caption toggle's label ("... hide caption").
_TOGGLED = re.compile(rf"\s+{CAPTION_TOGGLE_LABEL}$", re.IGNORECASE)
#: How a line ending with a label ends, as cased in print.
_LABEL_ENDS = ("caption", "Caption", "CAPTION")
#: How many lines after a labelled caption its copy may stand (the toggle's label and the
#: credit between them).
_COPY_REACH = 4
#: A caption's copy holds this many characters at least (not a credit or a label).
_COPY_MIN_CHARS = 20


def without_caption_toggles(texts: list[str], kept: list[int]) -> tuple[list[str], list[int]]:
    """``texts`` and ``kept`` without the labelled copies of a caption the page prints
    again, and with the toggle's label cut from a caption printed once."""
    if not any(texts[index].endswith(_LABEL_ENDS) for index in kept):
        return texts, kept  # most pages: no line ends with a caption's toggle (in C)
    texts = list(texts)
    dropped: set[int] = set()
    for at, index in enumerate(kept):
        found = _TOGGLED.search(texts[index])
        if found is None:
            continue
        caption = texts[index][: found.start()]
        later = [i for i in kept[at + 1 : at + 1 + _COPY_REACH] if i - index <= _COPY_REACH + 2]
        if any(len(texts[i]) >= _COPY_MIN_CHARS and caption.startswith(texts[i]) for i in later):
            dropped.add(index)
        elif caption.strip() and _label_under(texts, index):
            texts[index] = caption
    return texts, [index for index in kept if index not in dropped]


def _label_under(texts: list[str], index: int) -> bool:
    """Whether the line under ``index`` is a caption toggle's label alone."""
    under = texts[index + 1].strip() if index + 1 < len(texts) else ""
    return CAPTION_TOGGLE.fullmatch(under) is not None


def toggled_copy(texts: Sequence[str], index: int) -> bool:
    """Whether the line at ``index`` is a caption the page prints again: a line a few lines
    above it (the toggle's label and the credit between) ends with a toggle's label and
    begins with it. Only a picture's caption is printed so."""
    text = texts[index]
    if len(text) < _COPY_MIN_CHARS:
        return False
    for above in range(max(0, index - _COPY_REACH - 2), index):
        line = texts[above]
        found = _TOGGLED.search(line) if line.endswith(_LABEL_ENDS) else None
        if found is not None and line[: found.start()].startswith(text):
            return True
    return False
