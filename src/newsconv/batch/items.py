"""What sources yield: an article to convert, or a member that could not be taken out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePosixPath

from newsconv import registry


@dataclass(frozen=True, slots=True)
class Item:
    """One article, small enough to hand to a worker process.

    ``name`` is a relative POSIX path (``2021/05/story.html``): the output mirrors it, and
    its suffix picks the reader as for a single file. The bytes are in ``data`` when they
    came out of an archive; otherwise ``location`` is a file path or URL the worker loads
    itself, so the parent never holds them.
    """

    source: str
    name: str
    data: bytes | None = None
    location: str | None = None
    format: str | None = None
    url: str | None = None
    captured: datetime | None = None
    hints: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Unreadable:
    """A member a source found but refused or could not read: it becomes a failed outcome."""

    source: str
    error: str


Entry = Item | Unreadable


def unsafe_name(name: str) -> str | None:
    """Why a member name may not be used as a path (absolute, ``..``, NUL), or None."""
    posix = name.replace("\\", "/")
    if "\0" in posix:
        return "a member name with a NUL character"
    if posix.startswith("/") or (len(posix) > 1 and posix[1] == ":"):
        return "an absolute member name"
    if ".." in PurePosixPath(posix).parts:
        return "a member name that climbs out with '..'"
    return None


def clean_name(name: str) -> str:
    """``name`` as a relative POSIX path without ``./`` or empty parts."""
    parts = [part for part in name.replace("\\", "/").split("/") if part not in ("", ".")]
    return "/".join(parts)


def wanted(name: str, glob: str | None) -> bool:
    """Whether ``name`` is an article: it matches ``glob``, or by default a reader's suffix."""
    path = PurePosixPath(name)
    if any(part.startswith(".") for part in path.parts):
        return False
    if glob is not None:
        return path.match(glob)
    return path.suffix.lower() in reader_suffixes()


def reader_suffixes() -> frozenset[str]:
    """The suffixes that make a file an article by default: every reader's."""
    return frozenset(suffix for spec in registry.formats("reader") for suffix in spec.suffixes)
