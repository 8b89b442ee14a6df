"""Whitespace collapsing by split and join agrees with the ``\\s+`` substitution it replaced."""

from __future__ import annotations

import re
import sys

import pytest

from newsconv.build import _collapse_spaces, normalize_text

WHITESPACE = "".join(c for c in map(chr, range(sys.maxunicode + 1)) if re.fullmatch(r"\s", c))


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "a",
        " a ",
        "a  b",
        f"{WHITESPACE}a{WHITESPACE}b{WHITESPACE}",
        WHITESPACE,
        "\u200ba b",
    ],
)
def test_collapse_matches_the_regex(text: str) -> None:
    assert _collapse_spaces(text) == re.sub(r"\s+", " ", text)
    assert normalize_text(text) == re.sub(r"\s+", " ", text).strip()


def test_every_regex_space_is_a_split_space() -> None:
    assert len(WHITESPACE) > 20
    assert all(c.isspace() for c in WHITESPACE)
