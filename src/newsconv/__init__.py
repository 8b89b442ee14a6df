"""newsconv: news articles in, the formats people read and publish out.

The API in one breath::

    import newsconv
    doc = newsconv.read("article.html")
    newsconv.write(doc, "article.pdf")

The names below are imported when first used (PEP 562), so that ``import newsconv.x``
costs only ``x``: the command forks its PDF writer's loader before the API loads
(:mod:`newsconv.launch`).
"""

import importlib as _importlib
import typing as _typing

if _typing.TYPE_CHECKING:
    from newsconv.api import convert as convert
    from newsconv.api import read as read
    from newsconv.api import write as write
    from newsconv.api import write_book as write_book
    from newsconv.diagnostics import Diagnostic as Diagnostic
    from newsconv.errors import NewsconvError as NewsconvError
    from newsconv.model import Document as Document
    from newsconv.model import Metadata as Metadata
    from newsconv.options import BookInfo as BookInfo
    from newsconv.options import ReadOptions as ReadOptions
    from newsconv.options import WriteOptions as WriteOptions

__version__ = "0.1.0"

_HOMES = {
    "convert": "newsconv.api",
    "read": "newsconv.api",
    "write": "newsconv.api",
    "write_book": "newsconv.api",
    "Diagnostic": "newsconv.diagnostics",
    "NewsconvError": "newsconv.errors",
    "Document": "newsconv.model",
    "Metadata": "newsconv.model",
    "BookInfo": "newsconv.options",
    "ReadOptions": "newsconv.options",
    "WriteOptions": "newsconv.options",
}

__all__ = sorted([*_HOMES, "__version__"])


if not _typing.TYPE_CHECKING:  # type checkers see the imports above, and flag typos

    def __getattr__(name: str) -> object:
        home = _HOMES.get(name)
        if home is None:
            raise AttributeError(f"module 'newsconv' has no attribute {name!r}")
        value = getattr(_importlib.import_module(home), name)
        globals()[name] = value  # later lookups skip this function
        return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_HOMES])
