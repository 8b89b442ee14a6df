"""WeasyPrint, imported once, without the parts of its import a newsconv PDF never uses.

Two shortcuts, neither of which keeps from WeasyPrint anything it turns out to need:

- **No library search.** WeasyPrint opens Pango, HarfBuzz and fontconfig by trying each
  library's Windows and macOS names before the Linux soname (``libpango-1.0.so.0``). For
  every name that fails to open, cffi asks :func:`ctypes.util.find_library`, which on Linux
  runs ``ldconfig``, ``gcc`` and ``ld`` in turn: some fifteen misses, about 0.3 s. A soname
  is opened by the dynamic loader from the same cache ``ldconfig`` reads, so on Linux the
  search finds nothing the loader would not; it is skipped while WeasyPrint imports, and
  the import runs again with it should a library fail to open.
- **fontTools' subsetter and variable-font instancer load when first used.** WeasyPrint
  imports them for fonts it rarely meets: subsetting when HarfBuzz cannot, and variable
  fonts. With what they import they are some 110 modules and a fifth of the import's
  work, which a forked child (:mod:`newsconv.forked`) would pay before laying out a page.
  Stand-ins take their place while WeasyPrint imports, and import them on first use.
"""

from __future__ import annotations

import ctypes.util
import importlib
import io
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, redirect_stdout
from types import ModuleType

from newsconv.errors import EngineUnavailable

__all__ = ["load_weasyprint"]

#: fontTools modules WeasyPrint imports for fonts it rarely meets, and the functions it
#: takes from them by name: subsetting when HarfBuzz cannot, and variable fonts.
_RARELY_USED = {"fontTools.subset": (), "fontTools.varLib.instancer": ("instantiateVariableFont",)}


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
        try:
            with _without_library_search(), _font_tools_on_first_use():
                return importlib.import_module("weasyprint")
        except (ImportError, OSError):
            pass  # a library only the search finds; or no WeasyPrint, which the next says
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
    """On Linux, make :func:`ctypes.util.find_library` report every name as absent."""
    if not sys.platform.startswith("linux"):
        yield
        return
    search = ctypes.util.find_library
    ctypes.util.find_library = _absent
    try:
        yield
    finally:
        ctypes.util.find_library = search


def _absent(name: str) -> None:
    return None


@contextmanager
def _font_tools_on_first_use() -> Iterator[None]:
    """While WeasyPrint imports, give it stand-ins for :data:`_RARELY_USED`, which import
    the real modules when first used; they leave :data:`sys.modules` afterwards, so anyone
    else importing those modules gets the real ones."""
    stand_ins = {
        name: _stand_in(name, functions)
        for name, functions in _RARELY_USED.items()
        if name not in sys.modules
    }
    sys.modules.update(stand_ins)
    try:
        yield
    finally:
        for name, stand_in in stand_ins.items():
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]


def _stand_in(name: str, functions: tuple[str, ...]) -> ModuleType:
    """A module in place of ``name``: reading an attribute imports the real module and
    reads it there; ``functions`` can be taken by name, and import it when first called.
    A name WeasyPrint takes that is not in ``functions`` just imports the module at once.
    """
    stand_in = ModuleType(name)

    def real() -> ModuleType:
        if sys.modules.get(name) is stand_in:
            del sys.modules[name]
        return importlib.import_module(name)

    def attribute(attribute: str) -> object:  # PEP 562: names the stand-in lacks
        if attribute.startswith("__"):  # the import system asking whether it is a package
            raise AttributeError(attribute)
        return getattr(real(), attribute)

    def forward(function: str) -> Callable[..., object]:
        def call(*args: object, **kwargs: object) -> object:
            real_function: Callable[..., object] = getattr(real(), function)
            return real_function(*args, **kwargs)

        call.__name__ = call.__qualname__ = function
        return call

    stand_in.__getattr__ = attribute  # type: ignore[method-assign]
    for function in functions:
        setattr(stand_in, function, forward(function))
    return stand_in
