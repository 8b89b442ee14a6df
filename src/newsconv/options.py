"""Options: one small frozen dataclass per reader and writer, validated once at the edge.

Components declare ``options_type``; the API and the CLI build it from plain values with
:func:`build_options`, which coerces strings by the dataclass field types, so no reader or
writer carries command-line code (and no shared 39-field bag grows, as pandoc's did).
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal, TypeVar, get_args, get_origin

from newsconv.errors import OptionError


@dataclasses.dataclass(frozen=True, slots=True)
class ReadOptions:
    """Options every reader understands.

    ``url`` is where the input lives on the web: relative links resolve against it and it
    becomes the canonical URL when the page names none. ``encoding`` overrides detection.
    ``declared_encoding`` is the charset a web server sent with the page (set by
    :func:`newsconv.read` when it fetches); it outranks what the page itself declares.
    ``captured`` is when the page was saved or fetched (set from the server's clock when
    newsconv fetches, from a WARC record's date in a batch): "yesterday, 18:30", "2 hours
    ago" and dates written without a year count from it. Without it they are not guessed.
    """

    url: str | None = None
    encoding: str | None = None
    declared_encoding: str | None = None
    captured: datetime | None = None


@dataclasses.dataclass(frozen=True, slots=True)
class WriteOptions:
    """Options every writer understands (none yet); writers subclass it."""


@dataclasses.dataclass(frozen=True, slots=True)
class BookInfo:
    """What a book of many articles is called and how its chapters are ordered.

    Without a ``title``, a book is named after the site all its articles come from (a
    feed's, a site's archive), else "Articles"."""

    title: str | None = None
    author: str | None = None
    lang: str | None = None
    sort: Literal["date", "input"] = "date"
    group_by: Literal["none", "date", "site"] = "none"
    date: date | None = None


OptionsT = TypeVar("OptionsT")


def build_options(cls: type[OptionsT], values: Mapping[str, object]) -> OptionsT:
    """Make ``cls`` from ``values``, coercing strings to the declared field types.

    Raises :class:`OptionError` for an unknown name or a value of the wrong shape.
    """
    hints = typing.get_type_hints(cls)
    known = {field.name for field in dataclasses.fields(cls)}  # type: ignore[arg-type]
    unknown = sorted(set(values) - known)
    if unknown:
        names = ", ".join(sorted(known)) or "none"
        raise OptionError(f"unknown option {unknown[0]!r} (this component takes: {names})")
    kwargs = {name: _coerce(name, value, hints[name]) for name, value in values.items()}
    try:
        return cls(**kwargs)
    except (TypeError, ValueError) as err:
        raise OptionError(str(err)) from err


def _coerce(name: str, value: object, hint: Any) -> object:
    if not isinstance(value, str):
        return value
    origin, args = get_origin(hint), get_args(hint)
    if origin in (typing.Union, types.UnionType):
        if value.lower() in ("", "none") and type(None) in args:
            return None
        concrete = [arg for arg in args if arg is not type(None)]
        return _coerce(name, value, concrete[0])
    if origin is Literal:
        if value not in args:
            choices = ", ".join(map(str, args))
            raise OptionError(f"option {name!r} must be one of {choices}, not {value!r}")
        return value
    if origin is tuple:
        return tuple(part.strip() for part in value.split(",") if part.strip())
    converters: dict[Any, Any] = {
        bool: _to_bool,
        int: int,
        float: float,
        Path: Path,
        date: date.fromisoformat,
        datetime: _to_datetime,
    }
    convert = converters.get(hint)
    if convert is None:
        return value
    try:
        return convert(value)
    except ValueError as err:
        raise OptionError(f"option {name!r}: {value!r} is not a valid {hint.__name__}") from err


def _to_datetime(value: str) -> datetime:
    """ISO 8601, ``Z`` included (which ``datetime.fromisoformat`` reads only from 3.11)."""
    from dateutil.parser import isoparse  # 25 ms: paid only when a date option is given

    return isoparse(value)


def _to_bool(value: str) -> bool:
    lowered = value.lower()
    if lowered in ("1", "true", "yes", "on"):
        return True
    if lowered in ("0", "false", "no", "off"):
        return False
    raise ValueError(value)
