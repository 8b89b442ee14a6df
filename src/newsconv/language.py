"""Offline language detection, for inputs that do not say what language they are in."""

from __future__ import annotations

import functools
import re
import shutil
from pathlib import Path
from typing import Any

from newsconv.cache import stored

#: Below this many letters a guess is closer to noise than to a language.
MIN_LETTERS = 20


@functools.cache
def _identifier() -> Any:
    """py3langid's identifier, loaded on the first guess of a process.

    A guess walks a byte automaton and sums a row of weights per feature found, at places
    scattered over tens of megabytes, which the reader's other work between two pages has
    pushed out of the CPU caches: memory access as much as arithmetic sets the cost. The
    model's layout therefore changes, none of its scores: the weights widen from float16
    (which numpy multiplies in software) to float32; the automaton's tables and each
    state's row offset (a list of Python ints in py3langid, one more cache miss a byte)
    move into numpy arrays.

    py3langid ships the model compressed: decompressing and laying it out takes most of a
    second, so the laid-out arrays are kept in newsconv's cache (:mod:`newsconv.cache`),
    and later runs map them from there in a few milliseconds, reading only the pages
    their guesses touch.
    """
    from py3langid.langid import LanguageIdentifier

    arrays = _model_arrays()
    identifier = LanguageIdentifier(
        arrays["weights"],
        arrays["priors"],
        arrays["labels"].tolist(),
        arrays["moves"].data,
        arrays["outputs"].data,
        norm_probs=True,
        tk_row=(),  # the offsets below replace the list py3langid would build from it
    )
    identifier._rowbase = arrays["row_offsets"].data
    return identifier


#: What the laid-out model is made of, saved as one ``.npy`` file each.
_ARRAYS = ("weights", "priors", "labels", "moves", "outputs", "row_offsets")
#: Changes whenever :func:`_laid_out` does, so that an older cache entry is not read.
_LAYOUT_VERSION = 1


def _model_arrays() -> dict[str, Any]:
    import numpy as np
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    model = MODEL_DIR / MODEL_FILE
    stat = model.stat()
    name = f"langid-{_LAYOUT_VERSION}-{stat.st_size}-{stat.st_mtime_ns}"
    entry = stored(name, lambda folder: _save(_laid_out(model), folder))
    if entry is not None:
        try:
            # Plain arrays over the mapping: a ``np.memmap``'s indexing runs a Python method.
            return {
                key: np.asarray(np.load(entry / f"{key}.npy", mmap_mode="r")) for key in _ARRAYS
            }
        except (OSError, ValueError):  # damaged: do without it, and let the next run remake it
            shutil.rmtree(entry, ignore_errors=True)
    return _laid_out(model)


def _laid_out(model: Path) -> dict[str, Any]:
    import numpy as np
    from py3langid.modelio import load_model

    weights, priors, labels, moves, rows, outputs = load_model(model)
    return {
        "weights": weights.astype(np.float32),
        "priors": priors,
        "labels": np.array(labels),
        "moves": np.array(moves, dtype=np.uint32),
        "outputs": np.array(outputs, dtype=np.int32),
        "row_offsets": np.array(rows, dtype=np.uint32) << 8,
    }


def _save(arrays: dict[str, Any], folder: Path) -> None:
    import numpy as np

    for key in _ARRAYS:
        np.save(folder / f"{key}.npy", arrays[key], allow_pickle=False)


def detect_language(text: str, *, sample: int = 5000) -> str | None:
    """The ISO 639-1 code of ``text``'s language, or ``None`` when too short or unsure."""
    head = text[:sample]
    if sum(map(str.isalpha, head)) < MIN_LETTERS:
        return None
    code, probability = _identifier().classify(head)
    return str(code) if probability >= 0.5 else None


#: Languages written right to left when the tag names no script, by ISO 639 code. Hausa
#: and Kurmanji Kurdish ("ku") are written in Latin letters today; Sorani is "ckb".
RTL_LANGUAGES = frozenset(
    {"ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ps", "sd", "syr", "ug", "ur", "yi"}
)
#: Scripts written right to left, by ISO 15924 code: a tag's script subtag (``ku-Arab``)
#: decides over its language.
RTL_SCRIPTS = frozenset({"adlm", "arab", "hebr", "nkoo", "rohg", "syrc", "thaa"})


#: Letters of the scripts written right to left (Hebrew to Arabic Extended, their
#: presentation forms, Hanifi Rohingya, Adlam).
_RTL_LETTER = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010d00-\U00010d3f\U0001e900-\U0001e95f]"
)
_LETTER = re.compile(r"[^\W\d_]")


def text_direction(text: str) -> str | None:
    """``"rtl"`` when most of the letters of ``text`` are in a right-to-left script,
    ``"ltr"`` when most are not, ``None`` when it has no letters: the direction of a
    paragraph in another language than its page's (an Arabic quote in an English story)."""
    letters = len(_LETTER.findall(text))
    if not letters:
        return None
    return "rtl" if 2 * len(_RTL_LETTER.findall(text)) > letters else "ltr"


def direction_of(lang: str | None) -> str | None:
    """``"rtl"`` or ``"ltr"`` for a BCP 47 tag, ``None`` when there is none."""
    if not lang:
        return None
    language, *subtags = lang.lower().replace("_", "-").split("-")
    scripts = [tag for tag in subtags if len(tag) == 4 and tag.isalpha()]
    if scripts:
        return "rtl" if scripts[0] in RTL_SCRIPTS else "ltr"
    return "rtl" if language in RTL_LANGUAGES else "ltr"
