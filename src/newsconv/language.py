"""Offline language detection, for inputs that do not say what language they are in.

Google's CLD2 (through pycld2), the detector Chromium used for years: its tables are
compiled in, so the first guess of a process costs as little as the next (py3langid, used
before, spent about a second of every such run decompressing and converting a 68 MB
model), and a guess on a page's sample takes about 0.1 ms.
"""

from __future__ import annotations

import re

import pycld2

#: Below this many letters a guess is closer to noise than to a language.
MIN_LETTERS = 20

#: What CLD2 refuses as "invalid UTF-8": control characters (tab and line breaks aside),
#: surrogates and noncharacters. They carry no language, and become spaces.
_REFUSED = re.compile(
    "[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef"
    + "".join(chr(plane << 16 | 0xFFFE) + chr(plane << 16 | 0xFFFF) for plane in range(17))
    + "]"
)
#: CLD2's older codes for languages ISO 639-1 has since renamed.
_RENAMED = {"iw": "he", "jw": "jv"}


def detect_language(text: str, *, sample: int = 5000) -> str | None:
    """The language of ``text`` as a BCP 47 tag (``"ru"``, ``"zh-Hant"``), or ``None``
    when the text is too short or CLD2 is unsure."""
    head = text[:sample]
    if sum(map(str.isalpha, head)) < MIN_LETTERS:
        return None
    reliable, _, guesses = pycld2.detect(_REFUSED.sub(" ", head), bestEffort=True)
    code = str(guesses[0][1])
    if not reliable or code == "un":
        return None
    return _RENAMED.get(code, code)


#: Languages written right to left when the tag names no script, by ISO 639 code. Hausa
#: and Kurmanji Kurdish ("ku") are written in Latin letters today; Sorani is "ckb".
RTL_LANGUAGES = frozenset(
    {"ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ps", "sd", "syr", "ug", "ur", "yi"}
)
#: Scripts written right to left, by ISO 15924 code: a tag's script subtag (``ku-Arab``)
#: decides over its language.
RTL_SCRIPTS = frozenset({"adlm", "arab", "hebr", "nkoo", "rohg", "syrc", "thaa"})


def direction_of(lang: str | None) -> str | None:
    """``"rtl"`` or ``"ltr"`` for a BCP 47 tag, ``None`` when there is none."""
    if not lang:
        return None
    language, *subtags = lang.lower().replace("_", "-").split("-")
    scripts = [tag for tag in subtags if len(tag) == 4 and tag.isalpha()]
    if scripts:
        return "rtl" if scripts[0] in RTL_SCRIPTS else "ltr"
    return "rtl" if language in RTL_LANGUAGES else "ltr"
