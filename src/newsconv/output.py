"""Writing files so that a failure never leaves half a file behind.

Bytes go to a temporary file in the target's own folder (so the rename stays on one file
system), are flushed to disk, then ``os.replace`` puts them in place in one step. A device
or a pipe (``-o /dev/stdout``, a FIFO) is written into instead: a rename would replace it
with a file, and there is no half a file to fear in a stream.
"""

from __future__ import annotations

import os
import stat
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
    if _is_stream(path):
        try:
            with path.open("wb") as handle:
                yield handle
        except OSError as err:
            raise OutputError(f"cannot write ({err.strerror})", where=str(path)) from err
        return
    try:
        fd, temp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".part")
    except OSError as err:
        raise OutputError(f"cannot write here ({err.strerror})", where=str(path)) from err
    try:
        os.fchmod(fd, _mode_for(path))
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


def _is_stream(path: Path) -> bool:
    """Whether ``path`` (links followed) is there and neither a file nor a folder."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def _mode_for(path: Path) -> int:
    """The replaced file's mode, else what a plain ``open()`` would give (0666 less umask).

    ``mkstemp`` creates files readable by their owner only, which is right for a temporary
    file but wrong for the output people share.
    """
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
