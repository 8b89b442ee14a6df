"""newsconv's own JSON: the document model, derived field by field from the dataclasses.

The shape is not written per node type: :func:`to_json` walks any dataclass by its fields,
so a field added to the model appears here unchanged (pandoc's derived ``ToJSON``).
Blocks and inlines carry a ``"type"`` tag (``"paragraph"``, ``"list_block"``, ...) because
a sequence may hold any of them; other objects (metadata, images, cells, people) sit at
fixed places and need none. Every field is written, defaults included, so consumers never
need to know the defaults. Datetimes are ISO 8601 and keep their zone (a naive one stays
naive). The top level carries ``"newsconv-json"``, the format version; tags, version and
schema live in :mod:`newsconv.schema`.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import datetime
from typing import ClassVar

from newsconv.diagnostics import Reporter
from newsconv.errors import OptionError
from newsconv.model import Document
from newsconv.options import WriteOptions
from newsconv.schema import FORMAT_VERSION, TAGGED, VERSION_KEY, type_tag
from newsconv.writers.base import TextWriter

JsonValue = None | bool | int | str | list["JsonValue"] | dict[str, "JsonValue"]


def to_json(value: object) -> JsonValue:
    """``value`` (a model object, or a tuple/str/int/datetime inside one) as JSON data."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out: dict[str, JsonValue] = {}
        if type(value) in TAGGED.values():
            out["type"] = type_tag(type(value))
        for field in dataclasses.fields(value):
            out[field.name] = to_json(getattr(value, field.name))
        return out
    if isinstance(value, tuple):
        return [to_json(item) for item in value]
    if isinstance(value, datetime):
        return value.isoformat()
    if value is None or isinstance(value, (bool, int, str)):
        return value
    raise TypeError(f"cannot encode {type(value).__name__} as newsconv JSON")


def document_to_json(doc: Document) -> dict[str, JsonValue]:
    """The whole document, version first."""
    return {
        VERSION_KEY: FORMAT_VERSION,
        "metadata": to_json(doc.metadata),
        "blocks": to_json(doc.blocks),
    }


@dataclasses.dataclass(frozen=True, slots=True)
class JsonOptions(WriteOptions):
    """``indent``: spaces per level (``None`` writes one compact line)."""

    indent: int | None = 2

    def __post_init__(self) -> None:
        if self.indent is not None and not 0 <= self.indent <= 16:
            raise OptionError(f"option 'indent' must be between 0 and 16, not {self.indent}")


class JsonWriter(TextWriter[JsonOptions]):
    name: ClassVar[str] = "json"
    media_type: ClassVar[str] = "application/json"
    suffix: ClassVar[str] = ".json"
    options_type: ClassVar[type[WriteOptions]] = JsonOptions

    def render(self, doc: Document, options: JsonOptions, report: Reporter) -> str:
        separators = (",", ": ") if options.indent is not None else (",", ":")
        data = document_to_json(doc)
        text = json.dumps(data, ensure_ascii=False, indent=options.indent, separators=separators)
        return text + "\n"
