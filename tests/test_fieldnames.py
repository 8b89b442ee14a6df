"""Other tools' names for the model's metadata fields, shared by front matter and JSON Lines."""

from __future__ import annotations

from dataclasses import fields

import pytest

from newsconv.fieldnames import ALIASES, field_name
from newsconv.model import Metadata


def test_every_alias_names_a_field_of_the_model() -> None:
    assert set(ALIASES.values()) <= {field.name for field in fields(Metadata)}


@pytest.mark.parametrize(
    ("key", "name"),
    [
        ("Author", "authors"),
        ("date_publish", "published"),
        ("sitename", "site_name"),
        ("Title", "title"),
        ("layout", "layout"),
    ],
)
def test_field_names(key: str, name: str) -> None:
    assert field_name(key) == name
