"""newsconv's JSON format: its version, its node tags, and its JSON Schema.

Shared by the JSON writer and the JSON reader, which know nothing of each other. Blocks
and inlines carry a ``"type"`` tag derived from the class name (``ListBlock`` →
``"list_block"``); ``document.schema.json`` beside this module describes the format.
"""

from __future__ import annotations

import functools
import json
import re
from importlib import resources
from typing import Any, get_args

from newsconv.model import Block, Inline

#: The format version written; readers accept any minor version of the same major.
FORMAT_VERSION = "1.0"
VERSION_KEY = "newsconv-json"


def type_tag(cls: type) -> str:
    """``ListBlock`` → ``"list_block"``: the class name in snake case."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", cls.__name__).lower()


#: Node classes that carry a ``"type"`` tag, by tag: the members of the two closed unions.
TAGGED: dict[str, type] = {type_tag(cls): cls for cls in (*get_args(Block), *get_args(Inline))}


@functools.cache
def schema() -> dict[str, Any]:
    """The JSON Schema of the format, as shipped in the package."""
    text = resources.files(__name__).joinpath("document.schema.json").read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded
