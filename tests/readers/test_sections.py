"""The section's label both readers part from a byline's names."""

from __future__ import annotations

import pytest

from newsconv.readers.sections import section_label


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Politik · Jochen Bittner, Tina Hildebrandt",
            ("Politik", "Jochen Bittner, Tina Hildebrandt"),
        ),
        ("Kultur|Anna Berg", ("Kultur", "Anna Berg")),
        ("Sport • Jan Kowalski", ("Sport", "Jan Kowalski")),
    ],
)
def test_a_one_word_label_and_a_bullet_part_the_names(text: str, expected: tuple[str, str]) -> None:
    assert section_label(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Jochen Bittner, Tina Hildebrandt",  # no label
        "Jane Doe | Staff Writer",  # two words before the bar: a name, not a label
        "Politik · 5 min read",  # no letter after the bullet
        "2024 · Jane Doe",
    ],
)
def test_other_lines_have_no_label(text: str) -> None:
    assert section_label(text) is None
