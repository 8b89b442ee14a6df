"""The labels of controls a page's script works, as both readers meet them.

A caption toggle ("hide caption", "Toggle caption") shows or hides a picture's caption;
a saved page keeps its label in the caption, a copy as text prints it at the caption's end
or on a line of its own. A show-more control ("mehr anzeigen", "Show more") unfolds a box
or folds it again. Neither label is ever the story's own words.
"""

from __future__ import annotations

import re

__all__ = ["CAPTION_TOGGLE", "CAPTION_TOGGLE_LABEL", "EXPAND_LABELS", "SHOW_MORE_LABELS"]

#: The label of a caption toggle, as a pattern to build on.
CAPTION_TOGGLE_LABEL = r"(?:hide|show|toggle|expand|collapse|close|open)\s+(?:the\s+)?caption"
#: The label (test with ``fullmatch`` for a label alone).
CAPTION_TOGGLE = re.compile(CAPTION_TOGGLE_LABEL, re.IGNORECASE)

#: The labels of a control that unfolds a box, lowercased, alone in their element or on
#: their line: what stands over one is the box, not the story.
EXPAND_LABELS = frozenset({
    "show more", "show all", "see more", "see all", "view more", "view all", "load more",
    "mehr anzeigen", "alle anzeigen", "weitere anzeigen", "mehr zeigen", "mehr laden",
    "afficher plus", "afficher tout", "voir plus", "voir tout", "mostrar más", "ver más",
    "ver todo", "mostrar mais", "ver mais", "mostra di più", "mostra altro", "mostra tutto",
    "toon meer", "visa mer", "pokaż więcej", "показать ещё", "показать еще",
    "показать больше", "показать все", "显示更多", "查看更多", "もっと見る", "さらに表示",
})  # fmt: skip
#: The labels of either control, the one that folds the box again too ("show less").
SHOW_MORE_LABELS = EXPAND_LABELS | {
    "show less", "see less", "weniger anzeigen", "afficher moins", "voir moins",
    "mostrar menos", "ver menos", "mostra meno", "toon minder", "pokaż mniej",
}  # fmt: skip
