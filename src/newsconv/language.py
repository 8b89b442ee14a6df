"""Offline language detection, for inputs that do not say what language they are in."""

from __future__ import annotations

import functools
from typing import Any

#: Below this many letters a guess is closer to noise than to a language.
MIN_LETTERS = 20


@functools.cache
def _identifier() -> Any:
    # py3langid loads a model of a few megabytes: only do it when a guess is needed.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


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
