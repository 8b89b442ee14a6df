"""The text census: a page counted at once and a huge input counted in pieces agree."""

from __future__ import annotations

import pytest

from newsconv.readers.text import census
from newsconv.readers.text.census import take_census

LINES = [
    "The U.S. Senate voted, 52 to 48, on Tuesday.",
    "Über 3 Städte | Berlin • Köln",
    "東京都は火曜日、古い橋を閉鎖した。",
    "e.g. an @handle, a #tag and well-known words",
    "x",
    "A.B.C. News",
]


@pytest.mark.parametrize("piece", [1, 2, 7, 50])
def test_counting_in_pieces_gives_the_counts_of_one_go(
    piece: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = take_census(LINES)
    monkeypatch.setattr(census, "PIECE", piece)
    pieces = take_census(LINES)
    assert [row.tolist() for row in pieces] == [row.tolist() for row in whole]
