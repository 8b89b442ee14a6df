"""Text measures the heuristic and its diagnostics rely on."""

from __future__ import annotations

import re

import pytest

from newsconv.readers.html import vocabulary as vocab
from newsconv.readers.html.textstats import opening

TEXTS = [
    "",
    "   ",
    "short text",
    "word " * 100,
    " \n\t lead" + " " * 500 + "then words " * 30,
    "x" * 1000,
    "a\u00a0b\u3000c " + "\n" * 300 + "tail",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("chars", [1, 61, 200])
def test_opening_is_the_start_of_the_collapsed_text(text: str, chars: int) -> None:
    assert opening(text, chars) == " ".join(text.split())[:chars]


def test_commas_counts_every_script_s_commas() -> None:
    text = "a, b، c﹐d，e、f﹑g" + ",," * 50  # ﹑ (U+FE51) is not one
    assert vocab.commas(text) == len(re.findall(f"[{vocab.COMMAS}]", text)) == 105
    assert vocab.commas("no commas here.") == 0
