"""Scoring an extraction against a reference, as the test corpus defines it.

Used by the tests and benchmarks, and useful to anyone comparing extractors: body text is
scored by bag-of-tokens F1 (each CJK ideograph, kana or Hangul syllable is a token; otherwise
a token is a run of letters and digits), titles by whitespace-normalised equality. A looser
title check, :func:`same_headline`, lets a reference that is the page's ``<title>`` (the
headline and the site's name) match the headline alone.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from newsconv.scripts import CJK

_CJK = re.compile(f"([{CJK}])")
_TOKEN = re.compile(r"[^\W_]+")
_SPACE = re.compile(r"\s+")
#: What parts a headline from the site or section name that a page's ``<title>`` adds
#: (whitespace, the ideographic space included, is collapsed to " " first).
HEADLINE_SEPARATORS = frozenset(" |-_—–:@（<＜")
#: Curly quotes and their straight forms: a page may print a headline with either.
_QUOTES = str.maketrans("“”„‟‘’‚‛", "\"\"\"\"''''")


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(_CJK.sub(r" \1 ", text).lower())


@dataclass(frozen=True, slots=True)
class Score:
    precision: float
    recall: float
    f1: float


def token_f1(result: str, reference: str) -> Score:
    """Precision, recall and F1 of ``result``'s tokens against ``reference``'s."""
    got, want = Counter(tokens(result)), Counter(tokens(reference))
    overlap = sum((got & want).values())
    if overlap == 0:
        return Score(0.0, 0.0, 0.0)
    precision = overlap / sum(got.values())
    recall = overlap / sum(want.values())
    return Score(precision, recall, 2 * precision * recall / (precision + recall))


def same_title(result: str | None, reference: str | None) -> bool:
    """Titles match after collapsing all Unicode whitespace; no reference accepts any."""
    if reference is None:
        return True
    if result is None:
        return False
    return _SPACE.sub(" ", result).strip() == _SPACE.sub(" ", reference).strip()


def same_headline(result: str | None, reference: str | None) -> bool:
    """Whether ``result`` is the headline ``reference`` starts with (or all of it).

    A page's ``<title>`` is often the headline with the site or section name after a
    separator ("Headline | Site", "Headline_Section_Site", "Headline（Agency） - Site");
    a reader of the page's visible text can only find the headline. Curly and straight
    quotes count as equal. No reference accepts any result, as in :func:`same_title`.
    """
    if reference is None:
        return True
    if not result:
        return False
    got, want = (_SPACE.sub(" ", text).strip().translate(_QUOTES) for text in (result, reference))
    return bool(got) and (
        want == got or (want.startswith(got) and want[len(got)] in HEADLINE_SEPARATORS)
    )
