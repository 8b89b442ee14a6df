"""The reader protocol: bytes in, a :class:`~newsconv.model.Document` out."""

from __future__ import annotations

from typing import ClassVar, Protocol

from newsconv.diagnostics import Reporter
from newsconv.model import Document
from newsconv.options import ReadOptions


class Reader(Protocol):
    """Turns the bytes of one input into a document; never prints, never fetches."""

    name: ClassVar[str]
    options_type: ClassVar[type[ReadOptions]]

    def read(
        self, data: bytes, *, options: ReadOptions, source: str | None, report: Reporter
    ) -> Document:
        """Read ``data``; ``source`` names the input in messages (a path or a URL)."""
        ...
