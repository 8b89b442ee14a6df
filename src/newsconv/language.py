"""Offline language detection, for inputs that do not say what language they are in."""

from __future__ import annotations

import functools
import math
import re
import shutil
import unicodedata
from collections import Counter
from itertools import islice
from pathlib import Path
from typing import Any, NamedTuple

from newsconv.cache import stored

#: Below this many letters a guess is closer to noise than to a language.
MIN_LETTERS = 20
#: How many bits of a step (see :func:`_laid_out`) the next row's offset takes.
_OFFSET_BITS = 32
_OFFSET_MASK = (1 << _OFFSET_BITS) - 1


class _Model(NamedTuple):
    """py3langid's model, laid out for guessing fast (see :func:`_laid_out`): weights a
    feature and a language, priors, labels, the byte automaton's steps, the offset it
    starts from and the length of its longest path (see :func:`_reach`), and the columns
    of labels that appear twice (``srl`` is ``sr``) with the first column of each."""

    weights: Any
    priors: Any
    labels: list[str]
    steps: Any
    start: int
    reach: int
    first_columns: Any
    alias_columns: Any


@functools.cache
def _model() -> _Model:
    """py3langid's model, loaded on the first guess of a process.

    A guess walks a byte automaton and sums a row of weights per feature found, at places
    scattered over tens of megabytes, which the reader's other work between two pages has
    pushed out of the CPU caches: memory access as much as arithmetic sets the cost. The
    model's layout therefore changes, none of its scores: the weights widen from float16
    (which numpy multiplies in software) to float32; the automaton is one table of steps
    (:func:`_laid_out`), a byte costing one read where py3langid's lists cost three.

    py3langid ships the model compressed: decompressing and laying it out takes most of a
    second, so the laid-out arrays are kept in newsconv's cache (:mod:`newsconv.cache`),
    and later runs map them from there in a few milliseconds, reading only the pages
    their guesses touch.
    """
    import numpy as np

    arrays = _model_arrays()
    labels = arrays["labels"].tolist()
    first: dict[str, int] = {}
    aliases = [(first.setdefault(label, at), at) for at, label in enumerate(labels)]
    aliases = [(at, alias) for at, alias in aliases if at != alias]
    return _Model(
        arrays["weights"],
        arrays["priors"],
        labels,
        arrays["steps"].view(np.int64),  # numpy indexes with int64 as it is, not uint64
        int(arrays["start"][0]),
        int(arrays["reach"][0]),
        np.array([at for at, _ in aliases], dtype=np.intp),
        np.array([alias for _, alias in aliases], dtype=np.intp),
    )


#: What the laid-out model is made of, saved as one ``.npy`` file each.
_ARRAYS = ("weights", "priors", "labels", "steps", "start", "reach")
#: Changes whenever :func:`_laid_out` does, so that an older cache entry is not read.
_LAYOUT_VERSION = 3


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
    """The model's arrays, the automaton made one table of steps.

    py3langid moves from a state on a byte to the state in a table row (``moves``), finds
    that state's row in a list and its feature (or -1) in another. Here a step, by the
    row's offset plus the byte, holds both of what the state it reaches leads to: its
    row's offset in the low :data:`_OFFSET_BITS` bits, its feature plus one (0 for none)
    above them. ``start`` is the first state's row offset.
    """
    import numpy as np
    from py3langid.modelio import load_model

    weights, priors, labels, moves, rows, outputs = load_model(model)
    moves = np.asarray(moves)  # over py3langid's array's buffer: indices, not copied
    offsets = np.array(rows, dtype=np.uint64) << np.uint64(8)
    steps = (np.array(outputs, dtype=np.int64) + 1).astype(np.uint64)[moves]
    steps <<= np.uint64(_OFFSET_BITS)
    steps |= offsets[moves]
    return {
        "weights": weights.astype(np.float32),
        "priors": priors,
        "labels": np.array(labels),
        "steps": steps,
        "start": offsets[:1],
        "reach": np.array([_reach(moves, np.asarray(rows))]),
    }


def _reach(moves: Any, rows: Any) -> int:
    """How many bytes the longest of the shortest paths from the automaton's start (state
    0) to its states takes; ``moves`` gives the state each byte leads to from each row,
    ``rows`` the row of each state.

    The automaton is Aho-Corasick's: its state after a byte stands for the longest end of
    the text read so far that begins a feature, which the shortest path to that state
    spells out. Whatever came before, the last ``reach`` bytes therefore lead to the same
    state from the start (see :func:`_steps`).
    """
    import numpy as np

    table = moves.reshape(-1, 256)
    seen = np.zeros(len(rows), dtype=bool)
    frontier = np.zeros(1, dtype=np.intp)
    depth = -1
    while frontier.size:
        seen[frontier] = True
        depth += 1
        reached = np.unique(table[rows[frontier]])
        frontier = reached[~seen[reached]]
    return depth


def _save(arrays: dict[str, Any], folder: Path) -> None:
    import numpy as np

    for key in _ARRAYS:
        np.save(folder / f"{key}.npy", arrays[key], allow_pickle=False)


def detect_language(text: str, *, sample: int = 5000) -> str | None:
    """The ISO 639-1 code of ``text``'s language, or ``None`` when too short or unsure."""
    head = text[:sample]
    # Letters are counted only up to MIN_LETTERS: a sample is mostly letters, and testing
    # each of thousands of characters cost more than the guess on a short one.
    if len(list(islice(filter(str.isalpha, head), MIN_LETTERS))) < MIN_LETTERS:
        return None
    code, probability = _classify(head)
    return code if probability >= 0.5 else None


def _classify(text: str) -> tuple[str, float]:
    """The likeliest language of ``text`` and its probability, as py3langid's
    ``LanguageIdentifier.classify`` (with ``norm_probs``) gives them, to the last bit."""
    import numpy as np

    model = _model()
    data = _encoded(text)
    features, counts = _features(_steps(model, data))
    if features.size:
        scores = np.log1p(counts.astype(np.float32)) @ model.weights[features - 1] + model.priors
    else:  # every language alike
        scores = np.zeros(len(model.labels), np.float32)
    scores *= 1.0 / math.sqrt(len(data) or 1)  # keeps the softmax calibrated across lengths
    np.exp(scores - scores.max(), out=scores)
    scores /= scores.sum()
    scores[model.first_columns] += scores[model.alias_columns]
    scores[model.alias_columns] = 0.0
    best = int(scores.argmax())
    return model.labels[best], float(scores[best])


def _encoded(text: str) -> bytes:
    """``text`` as py3langid's model reads it: NFC in UTF-8, lowercased if all capitals."""
    if text.isupper():
        text = text.lower()
    return unicodedata.normalize("NFC", text).encode("utf8", errors="surrogatepass")


def _steps(model: _Model, data: bytes) -> Any:
    """The step the automaton takes on each byte of ``data``, from its start.

    The state a byte leads to depends only on the :attr:`_Model.reach` bytes up to it
    (see :func:`_reach`), so the steps on all the bytes are found together, by as many
    lookups of a whole array, rather than by a Python loop turn per byte. The offset of
    each byte's state starts at the start's and takes the byte ``lag`` places back at
    each round; the bytes near the beginning have fewer before them to take.
    """
    import numpy as np

    codes = np.frombuffer(data, dtype=np.uint8).astype(np.intp)
    size = len(codes)
    offsets = np.full(size, model.start, dtype=np.intp)
    steps = offsets
    for lag in range(min(model.reach, size) - 1, -1, -1):
        steps = model.steps[offsets[lag:] + codes[: size - lag]]
        offsets[lag:] = steps & _OFFSET_MASK
    return steps


def _features(steps: Any) -> tuple[Any, Any]:
    """The features (plus one) that ``steps`` find, in the order they are first found
    (the scores' float sums follow it), and how often each is found.

    A ``Counter`` keeps that order and counts in C: a sample's hundred-odd features cost
    it a few microseconds, where ``np.unique`` sorts them, and then they are sorted back
    into the order found (some fifteen numpy calls, 10 µs more a page)."""
    import numpy as np

    found = Counter((steps[steps > _OFFSET_MASK] >> _OFFSET_BITS).tolist())
    return (
        np.fromiter(found.keys(), np.intp, len(found)),
        np.fromiter(found.values(), np.intp, len(found)),
    )


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
