"""Character ranges of the scripts written without spaces between words.

Chinese and Japanese run their words together and Korean names are a few syllables, so
the readers measure such text in characters, not words: its lengths, wraps, names and
tokens. Each range is a string to put inside a regex's ``[...]``.
"""

from __future__ import annotations

import re

#: Han ideographs: extension A, the unified block and the compatibility ideographs.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: Hiragana and katakana.
KANA = "\u3040-\u30ff"
#: Hangul syllables.
HANGUL = "\uac00-\ud7af"
#: The letters of Chinese, Japanese and Korean text.
CJK = KANA + HAN + HANGUL
#: :data:`CJK` as ranges of code points (first, last), for lookups in tables.
CJK_RANGES = tuple((ord(first), ord(last)) for first, last in re.findall("(.)-(.)", CJK))
#: One letter of :data:`CJK`.
CJK_LETTER = re.compile(f"[{CJK}]")
