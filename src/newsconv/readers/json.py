"""Read newsconv's own JSON back into a document: the exact inverse of the JSON writer.

Checking is the published schema's job: the input is validated against
``schema/document.schema.json`` (so what the reader accepts is exactly what the schema
documents, with no second hand-written validator to drift from it), and the first error
is reported with its JSON path. Decoding is then generic, driven by the dataclass field
types, as encoding is driven by the fields.
"""

from __future__ import annotations

import functools
import json
import types
import typing
from datetime import datetime
from typing import Any, ClassVar, Literal, get_args, get_origin

import jsonschema
from jsonschema.exceptions import best_match

from newsconv import build
from newsconv.diagnostics import Reporter
from newsconv.encoding import decode, without_surrogates
from newsconv.errors import ParseError
from newsconv.limits import recursion_room, too_deep
from newsconv.model import Document
from newsconv.options import ReadOptions
from newsconv.schema import FORMAT_VERSION, TAGGED, VERSION_KEY, schema


@functools.cache
def _validator() -> jsonschema.protocols.Validator:
    return jsonschema.Draft202012Validator(schema())


def _major(version: str) -> str:
    return version.partition(".")[0]


_OURS = _major(FORMAT_VERSION)
#: How deep JSON may nest, checked before the schema's recursive validation: room for the
#: deepest document newsconv takes (:data:`newsconv.limits.MAX_DEPTH`; a quote is two JSON
#: levels deep, a list three), and a bound on the stack the checking needs.
MAX_JSON_DEPTH = 400
#: Python calls per level of JSON that checking (jsonschema: about seven) and decoding make.
_CALLS_PER_LEVEL = 8


def check(data: object) -> None:
    """Raise :class:`ParseError` unless ``data`` is a valid document of a version we read."""
    if not isinstance(data, dict) or VERSION_KEY not in data:
        raise ParseError(f'not a newsconv JSON document (no "{VERSION_KEY}" key at the top)')
    version = data[VERSION_KEY]
    if not isinstance(version, str) or _major(version) != _OURS:
        raise ParseError(
            f"written by {VERSION_KEY} {_major(str(version))}.x; this newsconv reads {_OURS}.x"
        )
    if _depth(data) > MAX_JSON_DEPTH:
        raise ParseError(f"invalid newsconv JSON: nested deeper than {MAX_JSON_DEPTH} levels")
    error = best_match(_validator().iter_errors(data))
    if error is not None:
        raise ParseError(f"invalid newsconv JSON at {error.json_path}: {error.message}")


def _depth(data: object) -> int:
    """How deeply ``data`` nests lists and objects, found without recursion."""
    deepest, stack = 0, [(data, 1)]
    while stack:
        value, level = stack.pop()
        if isinstance(value, (dict, list)):
            deepest = max(deepest, level)
            items = value.values() if isinstance(value, dict) else value
            stack.extend((item, level + 1) for item in items)
    return deepest


def from_json(value: object, hint: Any) -> Any:
    """Build the value of type ``hint`` from (already validated) JSON data."""
    origin, args = get_origin(hint), get_args(hint)
    if origin in (typing.Union, types.UnionType):
        if value is None:
            return None
        concrete = [arg for arg in args if arg is not type(None)]
        if len(concrete) == 1:
            return from_json(value, concrete[0])
        return from_json(value, TAGGED[value["type"]])  # type: ignore[index]
    if origin is tuple:
        items = typing.cast(list[object], value)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(from_json(item, args[0]) for item in items)
        return tuple(from_json(item, arg) for item, arg in zip(items, args, strict=True))
    if hint is datetime:
        return _datetime(typing.cast(str, value))
    if isinstance(hint, type) and hasattr(hint, "__dataclass_fields__"):
        fields = _field_types(hint)
        data = typing.cast(dict[str, object], value)
        return hint(
            **{name: from_json(data[name], fields[name]) for name in fields if name in data}
        )
    if hint is int:  # the schema lets 2.0 pass as an integer
        return int(typing.cast(float, value))
    if hint is str:
        return without_surrogates(typing.cast(str, value))
    if origin is Literal or hint is bool:
        return value
    raise TypeError(f"no JSON decoding for {hint!r}")


@functools.cache
def _field_types(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _datetime(text: str) -> datetime:
    try:  # Python 3.10's fromisoformat does not take "Z"
        return datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith("Z") else text)
    except ValueError as err:
        raise ParseError(f"invalid newsconv JSON: {text!r} is not a valid date and time") from err


def document_from_json(data: object) -> Document:
    """Check ``data`` and turn it into a normalised :class:`Document`.

    What the writer wrote is normalised already and comes back unchanged; JSON written by
    other tools gets the invariants every writer relies on (no line breaks or runs of
    spaces inside text, no adjacent or empty text nodes).
    """
    with recursion_room(_CALLS_PER_LEVEL * MAX_JSON_DEPTH):
        check(data)
        doc = build.normalize(typing.cast(Document, from_json(data, Document)))
    problem = too_deep(doc)
    if problem is not None:
        raise ParseError(f"invalid newsconv JSON: {problem}")
    return doc


class JsonReader:
    name: ClassVar[str] = "json"
    options_type: ClassVar[type[ReadOptions]] = ReadOptions

    def read(
        self, data: bytes, *, options: ReadOptions, source: str | None, report: Reporter
    ) -> Document:
        text, _ = decode(data, declared=options.encoding)
        try:
            return document_from_json(json.loads(text))
        except json.JSONDecodeError as err:
            where = f"line {err.lineno}, column {err.colno}"
            raise ParseError(f"invalid JSON at {where}: {err.msg}") from err
        except RecursionError as err:
            raise ParseError("invalid newsconv JSON: nested too deeply") from err
