"""A section's label opening a byline ("Politik · Jochen Bittner, Tina Hildebrandt").

Magazines print the section over the authors on one line, parted by a bullet or a bar.
Both readers meet the line (the HTML reader inside a byline box, the text reader on a
line of its own) and part it the same way here.
"""

from __future__ import annotations

import re

#: A section's one-word label, then a bullet or bar, then a letter: where the names start.
_SECTION_LEAD = re.compile(r"^([^\W\d_]+)\s*[·•|]\s*(?=[^\W\d_])")


def section_label(text: str) -> tuple[str, str] | None:
    """``text`` parted into a section's one-word label and what follows its bullet or bar
    ("Politik", "Jochen Bittner, Tina Hildebrandt"); None when it opens otherwise."""
    found = _SECTION_LEAD.match(text)
    return (found[1], text[found.end() :]) if found else None
