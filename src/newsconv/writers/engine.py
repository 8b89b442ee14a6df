"""WeasyPrint, imported once and without the system-wide library search it does not need.

WeasyPrint opens Pango, HarfBuzz and fontconfig by trying each library's Windows and macOS
names before the Linux soname (``libpango-1.0.so.0``). For every name that fails to open,
cffi asks :func:`ctypes.util.find_library`, which on Linux runs ``ldconfig``, ``gcc`` and
``ld`` in turn: some fifteen misses, about 0.3 s, half the import and a fifth of a whole
``newsconv --to pdf`` run. A soname is opened by the dynamic loader from the same cache
``ldconfig`` reads, so on Linux the search finds nothing the loader would not; it is
skipped while WeasyPrint imports, and the import is retried with it should that fail.
"""

from __future__ import annotations

import ctypes.util
import importlib
import io
import sys
from collections.abc import Iterator
from contextlib import contextmanager, redirect_stdout
from types import ModuleType

from newsconv.errors import EngineUnavailable

__all__ = ["load_weasyprint"]


def load_weasyprint() -> ModuleType:
    """The ``weasyprint`` module, imported on first call.

    Raises :class:`EngineUnavailable` when it cannot load (WeasyPrint missing, or Pango and
    its libraries); WeasyPrint's own multi-line advice, which it prints to standard output
    (where a PDF may be going), is kept out of the way.
    """
    loaded = sys.modules.get("weasyprint")
    if loaded is not None:
        return loaded
    with redirect_stdout(io.StringIO()):
        if sys.platform.startswith("linux"):
            try:
                with _without_library_search():
                    return importlib.import_module("weasyprint")
            except OSError:
                pass  # a library only the search can find: import again with it
        try:
            return importlib.import_module("weasyprint")
        except (ImportError, OSError) as err:
            reason = str(err).splitlines()[0] if str(err) else type(err).__name__
            raise EngineUnavailable(
                f"PDF needs WeasyPrint and the Pango library, which did not load ({reason}); "
                "see 'System packages' in the README"
            ) from err


@contextmanager
def _without_library_search() -> Iterator[None]:
    """Make :func:`ctypes.util.find_library` report every name as absent, for a while."""
    search = ctypes.util.find_library
    ctypes.util.find_library = _absent
    try:
        yield
    finally:
        ctypes.util.find_library = search


def _absent(name: str) -> None:
    return None
