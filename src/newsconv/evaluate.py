"""Scoring an extraction against a reference, as the test corpus defines it.

Used by the tests and benchmarks, and useful to anyone comparing extractors: body text is
scored by bag-of-tokens F1 (each CJK ideograph, kana or Hangul syllable is a token; otherwise
a token is a run of letters and digits), titles by whitespace-normalised equality.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

_CJK = re.compile("([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af])")
_TOKEN = re.compile(r"[^\W_]+")
_SPACE = re.compile(r"\s+")


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
