"""Writing files so that a failure never leaves half a file behind.

Bytes go to a temporary file in the target's own folder (so the rename stays on one file
system), are flushed to disk, then ``os.replace`` puts them in place in one step.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from newsconv.errors import OutputError


def write_atomic(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` all at once; raise :class:`OutputError` on failure."""
    with open_atomic(path) as handle:
        handle.write(data)
    return path


@contextmanager
def open_atomic(path: Path) -> Iterator[BinaryIO]:
    """A file to write ``path`` through: it appears whole when the block ends, else never."""
    folder = path.parent
    if not folder.is_dir():
        raise OutputError("the folder does not exist", where=str(folder))
    if path.is_dir():
        raise OutputError("is a folder, not a file", where=str(path))
    try:
        fd, temp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".part")
    except OSError as err:
        raise OutputError(f"cannot write here ({err.strerror})", where=str(path)) from err
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        Path(temp).replace(path)
    except OSError as err:
        Path(temp).unlink(missing_ok=True)
        raise OutputError(f"cannot write ({err.strerror})", where=str(path)) from err
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
