"""Output names: mirror the source's folders, never collide, never leave the output folder.

Names are decided in the parent, in source order, before any article is converted: the
same archive always maps to the same files, which is what lets ``--resume`` skip an item
by looking for its output alone.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path, PurePosixPath
from urllib.parse import unquote

from newsconv.urls import split

#: Characters no common file system accepts in a name (Windows' set is the widest).
_FORBIDDEN = re.compile(r'[\x00-\x1f<>:"/\\|?*]+')
_MAX_PART = 100


def url_name(url: str) -> str:
    """A relative path for a web address: host, then path; a query becomes a short hash."""
    parts = split(url)
    if parts is None:  # malformed (an unclosed IPv6 bracket): named after its text
        return f"page/{slug(url) or 'index'}"
    segments = [unquote(segment) for segment in parts.path.split("/") if segment]
    if not segments or parts.path.endswith("/"):
        segments.append("index")
    if parts.query:
        digest = hashlib.sha1(parts.query.encode("utf-8")).hexdigest()[:8]
        stem = PurePosixPath(segments[-1])
        segments[-1] = f"{stem.stem}-{digest}{stem.suffix}"
    return "/".join([parts.hostname or "page", *segments])


def slug(title: str) -> str:
    """A file name from a title: lower case, words joined by hyphens, any script kept."""
    words = re.findall(r"[^\W_]+", unicodedata.normalize("NFKC", title).casefold())
    return "-".join(words)[:_MAX_PART].strip("-")


def safe_part(part: str) -> str:
    """One path component made safe: no separators, controls, leading dots or huge length."""
    text = unicodedata.normalize("NFC", part)
    text = _FORBIDDEN.sub("_", text).strip(" .")
    return text[:_MAX_PART].rstrip(" .") or "_"


class Namer:
    """Hands out one output path per item under ``root``, unique even on case-blind disks."""

    def __init__(self, root: Path, suffix: str) -> None:
        self.root = root
        self.suffix = suffix
        self._taken: set[str] = set()

    def target(self, name: str) -> Path:
        """The path for the item called ``name``: its folders and stem, with our suffix."""
        parts = [safe_part(part) for part in PurePosixPath(name).parts if part not in ("/", "..")]
        *folders, last = parts or ["article"]
        stem = PurePosixPath(last).stem or last
        folder = "/".join(folders)
        for number in range(1, 1_000_000):
            numbered = stem if number == 1 else f"{stem}-{number}"
            relative = f"{folder}/{numbered}{self.suffix}" if folder else f"{numbered}{self.suffix}"
            if self._claim(relative):
                return self.root.joinpath(*relative.split("/"))
        raise AssertionError(f"no free name for {name!r}")  # a million duplicates of one name

    def _claim(self, relative: str) -> bool:
        """Take ``relative`` unless it is taken, as a file or as a folder another file needs."""
        key = relative.casefold()
        folders = [str(p).casefold() for p in PurePosixPath(relative).parents if str(p) != "."]
        clash = key in self._taken or f"{key}/" in self._taken
        if clash or any(folder in self._taken for folder in folders):
            return False
        self._taken.add(key)
        self._taken.update(f"{folder}/" for folder in folders)
        return True


def inside(root: Path, path: Path) -> bool:
    """Whether ``path``, links resolved, is within ``root`` (a last guard before writing)."""
    return path.resolve().is_relative_to(root.resolve())
