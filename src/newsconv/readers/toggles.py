"""A picture's caption toggle ("hide caption", "Toggle caption"), as both readers meet it.

A page's script shows or hides a caption with a labelled control printed after the
caption's words; a saved page keeps the label in the caption, a copy as text prints it at
the caption's end or on a line of its own. It is never the caption's own text.
"""

from __future__ import annotations

import re

__all__ = ["CAPTION_TOGGLE", "CAPTION_TOGGLE_LABEL"]

#: The label of a caption toggle, as a pattern to build on.
CAPTION_TOGGLE_LABEL = r"(?:hide|show|toggle|expand|collapse|close|open)\s+(?:the\s+)?caption"
#: The label (test with ``fullmatch`` for a label alone).
CAPTION_TOGGLE = re.compile(CAPTION_TOGGLE_LABEL, re.IGNORECASE)
