"""newsconv: news articles in, the formats people read and publish out.

The API in one breath::

    import newsconv
    doc = newsconv.read("article.html")
    newsconv.write(doc, "article.pdf")
"""

import logging

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

__all__ = [
    "BookInfo",
    "Diagnostic",
    "Document",
    "Metadata",
    "NewsconvError",
    "ReadOptions",
    "WriteOptions",
    "__version__",
    "convert",
    "read",
    "write",
    "write_book",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
