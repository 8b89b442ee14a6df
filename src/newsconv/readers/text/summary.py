"""The article's summary: a list of sentences a page prints over the byline.

Some pages open the article with its points as a bulleted list of whole sentences between
the headline and the byline ("* Bahn-Konkurrenten wie Flixbus fürchten …", "* Auch für
Passagiere …"). A browser's copy prints them as paragraphs, which the body's run takes
in; lynx and w3m print them as a list's items, which the run leaves with the head when
the byline block (the author's name, their bio, the share links) parts them from the
story. They are the article's: a list of sentences right over the byline, under the
headline, is no menu and no teaser (those are links, not sentences).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from newsconv.readers.text.features import CHROME_KINDS, MARKER_STARTS, SENTENCE, Features

__all__ = ["summary_over"]

#: A summary has at least so many points.
MIN_POINTS = 2


def summary_over(
    texts: Sequence[str],
    features: Sequence[Features],
    headline: int,
    used: Collection[int],
    kept: Sequence[int],
) -> list[int]:
    """The lines of the summary over the body's first line, when the body starts under
    the headline at ``headline`` and a line the metadata ``used`` (the byline or the date)
    stands between them: at least :data:`MIN_POINTS` list items right over that line
    (chrome aside, an empty bullet), each a sentence as heavy as prose; else none."""
    if headline < 0 or not kept:
        return []
    signed = max((index for index in used if headline < index < kept[0]), default=-1)
    points: list[int] = []
    for index in range(signed - 1, headline, -1):
        line, text = features[index], texts[index]
        if text[:1] in MARKER_STARTS and line.terminal and line.weight >= SENTENCE:
            points.append(index)
        elif points or line.kind not in CHROME_KINDS:
            break
    return points[::-1] if len(points) >= MIN_POINTS else []
