"""Caps that keep a hostile archive from exhausting memory or disk: sizes and ratios.

A member's declared size can lie, so every read is bounded by what is actually
decompressed, and a whole archive is charged for every byte it expands to (skipped
members included) against the compressed bytes read from disk: a zip or gzip bomb trips
the ratio cap long before it fills memory.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import IO, BinaryIO

from newsconv.errors import UnreadableInput

MIB = 1024 * 1024

#: Below this many expanded bytes the ratio is not checked: small, very repetitive
#: members (an empty page, a list of links) compress extremely well and are harmless.
RATIO_GRACE_BYTES = 8 * MIB


@dataclass(frozen=True, slots=True)
class Limits:
    """How much one item and one archive may expand to, and how much they may compress.

    Real news pages are a few megabytes at most and compress 5-20 times; the defaults leave
    ample room for those while refusing bombs.
    """

    max_item_bytes: int = 64 * MIB
    max_total_bytes: int = 16 * 1024 * MIB
    max_ratio: float = 200.0

    def check_item(self, size: int, *, where: str) -> None:
        """Refuse an item whose (declared or actual) size is over the per-item cap."""
        if size > self.max_item_bytes:
            raise UnreadableInput(
                f"larger than the per-item cap of {self.max_item_bytes // MIB} MiB", where=where
            )

    def check_ratio(self, expanded: int, compressed: int, *, where: str) -> None:
        """Refuse data that expands more than ``max_ratio`` times (past a small grace)."""
        if expanded > RATIO_GRACE_BYTES and expanded > self.max_ratio * max(compressed, 1):
            raise UnreadableInput(
                f"expands more than {self.max_ratio:g} times (a compression bomb?)", where=where
            )


class CountingReader:
    """A read-only file wrapper that counts the bytes read through it (compressed input)."""

    def __init__(self, raw: BinaryIO) -> None:
        self._raw = raw
        self.count = 0

    def read(self, size: int = -1) -> bytes:
        data = self._raw.read(size)
        self.count += len(data)
        return data

    def readable(self) -> bool:
        return True

    def close(self) -> None:
        self._raw.close()


class ArchiveLimitExceeded(UnreadableInput):
    """The archive as a whole is over a cap: nothing more is read from it."""


class Budget:
    """The running total of bytes an archive has expanded to, checked after every read."""

    def __init__(
        self, limits: Limits, *, where: str, compressed: CountingReader | None = None
    ) -> None:
        self.limits = limits
        self._where = where
        self._compressed = compressed
        self.expanded = 0

    def charge(self, size: int) -> None:
        """Add ``size`` expanded bytes; raise when the archive as a whole is over a cap."""
        self.expanded += size
        if self.expanded > self.limits.max_total_bytes:
            cap = self.limits.max_total_bytes // MIB
            raise ArchiveLimitExceeded(
                f"expands past the total cap of {cap} MiB", where=self._where
            )
        if self._compressed is not None:
            try:
                self.limits.check_ratio(self.expanded, self._compressed.count, where=self._where)
            except UnreadableInput as err:
                raise ArchiveLimitExceeded(err.message, where=self._where) from err

    def read(self, stream: IO[bytes], *, where: str, compressed: int | None = None) -> bytes:
        """All of ``stream``, refused once past the per-item cap or ``compressed`` x ratio."""
        chunks: list[bytes] = []
        size = 0
        while chunk := stream.read(MIB):
            size += len(chunk)
            self.limits.check_item(size, where=where)
            if compressed is not None:
                self.limits.check_ratio(size, compressed, where=where)
            self.charge(len(chunk))
            chunks.append(chunk)
        return b"".join(chunks)
