"""Offline language detection, for inputs that do not say what language they are in."""

from __future__ import annotations

import functools
from typing import Any

#: Below this many letters a guess is closer to noise than to a language.
MIN_LETTERS = 20


@functools.cache
def _identifier() -> Any:
    """py3langid's identifier, loaded on the first guess (its model is tens of megabytes).

    A guess walks a byte automaton and sums a row of weights per feature found, at places
    scattered over those megabytes, which the reader's other work between two pages has
    pushed out of the CPU caches: memory access as much as arithmetic sets the cost. Two
    changes to the model's layout, none to its scores, take a third off each guess in the
    text reader: the weights widen from float16 (which numpy multiplies in software) to
    float32 once, here; and the automaton's tables move into numpy arrays, read through
    memoryviews as cheaply as py3langid's own, whose memory the kernel can map in huge
    pages (far fewer address-translation misses than the default small pages). Each step
    of the walk also reads its state's row offset, which py3langid keeps as a list of
    Python ints scattered over the heap (one more cache miss a byte): an array of the same
    offsets, under half a megabyte, mostly stays in cache.
    """
    import numpy as np
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier
    from py3langid.modelio import load_model

    weights, priors, labels, moves, rows, outputs = load_model(MODEL_DIR / MODEL_FILE)
    identifier = LanguageIdentifier(
        weights.astype(np.float32),
        priors,
        labels,
        np.array(moves, dtype=np.uint32).data,
        np.array(outputs, dtype=np.int32).data,
        norm_probs=True,
        tk_row=rows,
    )
    identifier._rowbase = np.array(identifier._rowbase, dtype=np.uint32).data
    return identifier


def detect_language(text: str, *, sample: int = 5000) -> str | None:
    """The ISO 639-1 code of ``text``'s language, or ``None`` when too short or unsure."""
    head = text[:sample]
    if sum(map(str.isalpha, head)) < MIN_LETTERS:
        return None
    code, probability = _identifier().classify(head)
    return str(code) if probability >= 0.5 else None


#: Languages written right to left, by ISO 639-1 code.
RTL_LANGUAGES = frozenset(
    {"ar", "arc", "dv", "fa", "ha", "he", "iw", "ks", "ku", "ps", "sd", "ug", "ur", "yi"}
)


def direction_of(lang: str | None) -> str | None:
    """``"rtl"`` or ``"ltr"`` for a BCP 47 tag, ``None`` when there is none."""
    if not lang:
        return None
    return "rtl" if lang.split("-")[0].lower() in RTL_LANGUAGES else "ltr"
