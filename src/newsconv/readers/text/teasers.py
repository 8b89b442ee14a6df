"""A teaser for another story set inside the article, as its blurb is signed.

A page sets a box pointing to another of its stories between the article's paragraphs: a
kicker, the other story's headline, and its blurb, after whose last sentence the box
names that story's authors ("… fordert er. Von Markus Balser und Klaus Ott"), the by-word
and the names in a span of their own. The article's own paragraphs never close with a
byline after their last stop, so such a paragraph is the teaser's blurb, and the
headline-like lines right over it are its headline and kicker.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsconv.readers.text.features import SENTENCE, Features, Kind
from newsconv.readers.text.metadata import find_byline

__all__ = ["without_signed_teasers"]

#: How a blurb reads: prose, or as heavy as prose without its closing stop.
_BLURBS = (Kind.GOOD, Kind.NEAR)
#: What ends a sentence before the blurb's byline.
_STOPS = (". ", "! ", "? ", ".” ", ".“ ", '." ')
#: How many headline-like lines over the blurb go with it (a kicker, the headline, and
#: the picture's description a copy prints as text).
_HEAD_LINES = 3
#: A teaser's headline or kicker has at most so many words.
_HEAD_WORDS = 12


def without_signed_teasers(
    texts: Sequence[str], features: Sequence[Features], kept: list[int]
) -> list[int]:
    """``kept`` without the teasers set inside it: a line that goes on after its last
    sentence with a byline naming people, and the kept lines right over it, on the lines
    right over it in the page, that end no sentence and are as short as headlines."""
    teasers: set[int] = set()
    for at, index in enumerate(kept):
        line = features[index]
        if (
            line.terminal
            or line.weight < SENTENCE
            or line.kind not in _BLURBS
            or not _signed(texts[index])
        ):
            continue  # most lines end with a stop or are short: asked no more
        teasers.add(index)
        for above in range(at - 1, max(-1, at - 1 - _HEAD_LINES), -1):
            head = kept[above]
            if head != kept[above + 1] - 1 or features[head].terminal:
                break
            if features[head].words > _HEAD_WORDS:
                break
            teasers.add(head)
    return [index for index in kept if index not in teasers] if teasers else kept


def _signed(text: str) -> bool:
    """Whether ``text`` goes on after its last sentence's stop with a byline, and nothing
    else: "… fordert er. Von Markus Balser und Klaus Ott"."""
    end = max((found + len(stop) for stop in _STOPS if (found := text.rfind(stop)) >= 0), default=0)
    tail = text[end:]
    return bool(end and tail) and find_byline([tail], range(1)) is not None
