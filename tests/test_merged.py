"""One rule merges a second source of metadata into a reader's: fill in, or override."""

from __future__ import annotations

from datetime import datetime

from newsconv.model import Metadata, Person, merged

FOUND = Metadata(
    title="Headline from the page",
    authors=(Person("Ann Lee"),),
    extra=(("image_caption", "A harbour"), ("captured", "2020-01-01T00:00:00")),
)
OTHER = Metadata(
    title="Headline stated",
    authors=(Person("Bo Chen"),),
    published=datetime(2021, 5, 20, 6, 50),
    tags=("harbours",),
    extra=(("captured", "2021-05-21T00:00:00"), ("feed", "Daily")),
)


def test_filling_keeps_what_the_reader_found_and_adds_the_rest() -> None:
    result = merged(FOUND, OTHER, other_wins=False)
    assert result.title == "Headline from the page"
    assert result.authors == (Person("Ann Lee"),)
    assert result.published == datetime(2021, 5, 20, 6, 50)
    assert result.tags == ("harbours",)
    assert result.extra == (
        ("image_caption", "A harbour"),
        ("captured", "2020-01-01T00:00:00"),
        ("feed", "Daily"),
    )


def test_overriding_takes_every_field_the_other_source_knows() -> None:
    result = merged(FOUND, OTHER, other_wins=True)
    assert result.title == "Headline stated"
    assert result.authors == (Person("Bo Chen"),)
    assert result.extra == (
        ("image_caption", "A harbour"),
        ("captured", "2021-05-21T00:00:00"),
        ("feed", "Daily"),
    )


def test_an_empty_source_changes_nothing_either_way() -> None:
    assert merged(FOUND, Metadata(), other_wins=False) == FOUND
    assert merged(FOUND, Metadata(), other_wins=True) == FOUND
