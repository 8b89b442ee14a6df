"""Body lines to blocks: the paragraphs the reader makes without the dataclasses' __init__."""

from __future__ import annotations

import dataclasses

import pytest

from newsconv.model import Paragraph, Text
from newsconv.readers.text.blocks import _para


def test_a_paragraph_made_fast_is_the_one_the_constructor_makes() -> None:
    made = _para("Die Straße ist gesperrt.")
    expected = Paragraph((Text("Die Straße ist gesperrt."),))
    assert made == expected
    assert hash(made) == hash(expected)
    assert repr(made) == repr(expected)
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.children = ()  # type: ignore[misc]
