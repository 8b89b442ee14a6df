"""How deeply a document may nest, and the Python stack to go that deep.

Readers build the block tree and writers render it recursively. A document nested deeper
than :data:`MAX_DEPTH` levels of blocks and inlines is refused with a one-line error:
articles stay under twenty, and the HTML reader reads deeper markup as flat text. Code that
walks a document is given stack room for that depth whatever its caller's own depth.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsconv.model import Document

__all__ = ["CALLS_PER_LEVEL", "MAX_DEPTH", "recursion_room", "too_deep"]

MAX_DEPTH = 128
#: Python calls the hungriest writer makes per level (the HTML writer's lists: about seven).
CALLS_PER_LEVEL = 10


def too_deep(doc: Document) -> str | None:
    """Why ``doc`` is too deep to read or write, or ``None`` when it is not."""
    from newsconv import tree  # the model, loaded here: the PDF typesetter only needs room

    levels = tree.depth(doc)
    if levels <= MAX_DEPTH:
        return None
    return f"nested {levels} levels deep; newsconv takes at most {MAX_DEPTH}"


@contextmanager
def recursion_room(calls: int) -> Iterator[None]:
    """Let ``calls`` more nested Python calls run than the current limit allows."""
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(limit + calls)
    try:
        yield
    finally:
        sys.setrecursionlimit(limit)
