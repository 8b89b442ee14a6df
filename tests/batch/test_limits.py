"""Caps: per item, per archive, and on the compression ratio."""

from __future__ import annotations

import io

import pytest

from newsconv.batch.limits import (
    ArchiveLimitExceeded,
    Budget,
    CountingReader,
    Limits,
)
from newsconv.errors import UnreadableInput

MIB = 1 << 20


def test_item_cap_stops_reading_early() -> None:
    stream = io.BytesIO(b"x" * (5 * MIB))
    with pytest.raises(UnreadableInput, match="per-item cap of 2 MiB"):
        Budget(Limits(max_item_bytes=2 * MIB), where="a.zip").read(stream, where="a.zip!x")
    assert stream.tell() <= 3 * MIB  # never read the whole member


def test_ratio_is_measured_on_what_is_actually_expanded() -> None:
    budget = Budget(Limits(max_ratio=10), where="a.zip")
    with pytest.raises(UnreadableInput, match="compression bomb"):
        budget.read(io.BytesIO(b"\0" * (20 * MIB)), where="a.zip!x", compressed=1000)


def test_small_repetitive_items_are_not_bombs() -> None:
    budget = Budget(Limits(max_ratio=10), where="a.zip")
    assert len(budget.read(io.BytesIO(b"\0" * MIB), where="a.zip!x", compressed=100)) == MIB


def test_total_cap_is_an_archive_error() -> None:
    budget = Budget(Limits(max_total_bytes=3 * MIB), where="a.zip")
    budget.read(io.BytesIO(b"x" * (2 * MIB)), where="a.zip!1")
    with pytest.raises(ArchiveLimitExceeded, match="total cap"):
        budget.read(io.BytesIO(b"x" * (2 * MIB)), where="a.zip!2")


def test_stream_ratio_uses_the_compressed_bytes_read() -> None:
    counted = CountingReader(io.BytesIO(b"c" * 1000))
    counted.read(1000)
    budget = Budget(Limits(max_ratio=100), where="a.tar.gz", compressed=counted)
    with pytest.raises(ArchiveLimitExceeded, match="compression bomb"):
        budget.charge(20 * MIB)
