from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal

import pytest

from newsconv.errors import OptionError
from newsconv.options import BookInfo, ReadOptions, WriteOptions, build_options


@dataclass(frozen=True, slots=True)
class Sample(WriteOptions):
    wrap: int = 80
    fragment: bool = False
    css: Path | None = None
    size: Literal["A4", "A5"] = "A4"
    tags: tuple[str, ...] = ()


def test_strings_are_coerced_by_field_type() -> None:
    opts = build_options(
        Sample, {"wrap": "72", "fragment": "yes", "css": "a.css", "size": "A5", "tags": "a, b"}
    )
    assert opts == Sample(72, True, Path("a.css"), "A5", ("a", "b"))


def test_typed_values_pass_through_and_none_clears() -> None:
    assert build_options(Sample, {"fragment": True, "css": "none"}) == Sample(fragment=True)


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"colour": "red"}, "unknown option 'colour'"),
        ({"wrap": "wide"}, "option 'wrap': 'wide' is not a valid int"),
        ({"size": "A3"}, "option 'size' must be one of A4, A5, not 'A3'"),
        ({"fragment": "perhaps"}, "option 'fragment'"),
    ],
)
def test_bad_values_raise_option_error(values: dict[str, object], message: str) -> None:
    with pytest.raises(OptionError, match=message):
        build_options(Sample, values)


def test_base_options() -> None:
    assert build_options(ReadOptions, {"url": "https://x/"}).url == "https://x/"
    book = build_options(BookInfo, {"title": "May", "date": "2021-05-20"})
    assert book.date == date(2021, 5, 20)
