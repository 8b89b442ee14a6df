"""Where newsconv keeps what it can always make again, to skip making it on every run.

``NEWSCONV_CACHE_DIR`` names the folder, and set to an empty value turns the cache off;
otherwise it is the platform's user cache folder (``~/.cache/newsconv`` on Linux). Nothing
in it is ever needed: a folder that cannot be read or written only means the work is done
again. Entries are written whole to a temporary name and renamed into place, so a reader
(another newsconv process) never sees half of one.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

__all__ = ["ENVIRONMENT_VARIABLE", "cache_dir", "stored"]

ENVIRONMENT_VARIABLE = "NEWSCONV_CACHE_DIR"


def cache_dir() -> Path | None:
    """The cache folder, or ``None`` when the user turned the cache off."""
    chosen = os.environ.get(ENVIRONMENT_VARIABLE)
    if chosen is not None:
        return Path(chosen) if chosen else None
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("newsconv", appauthor=False))


def stored(name: str, make: Callable[[Path], None]) -> Path | None:
    """The cache entry ``name`` (a folder), made by ``make(folder)`` when missing.

    ``None`` when the cache is off or cannot be written: the caller then does without.
    """
    root = cache_dir()
    if root is None:
        return None
    entry = root / name
    if entry.is_dir():
        return entry
    try:
        root.mkdir(parents=True, exist_ok=True)
        draft = Path(tempfile.mkdtemp(prefix=f".{name}-", dir=root))
    except OSError:
        return None
    try:
        make(draft)
        draft.rename(entry)
    except OSError:  # unwritable, full, or another process was first
        return entry if entry.is_dir() else None
    finally:
        shutil.rmtree(draft, ignore_errors=True)  # gone already once renamed
    return entry
