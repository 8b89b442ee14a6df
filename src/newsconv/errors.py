"""Every failure a user can cause is a :class:`NewsconvError`.

The hierarchy::

    NewsconvError
    ├── InputError            the input cannot be read as an article
    │   ├── UnreadableInput   missing, a folder, unreadable, too large, a bad URL
    │   ├── DecodingError     bytes that are no text in any encoding
    │   ├── ParseError        malformed JSON/Markdown, another major JSON version
    │   └── NoArticleFound    readable, but no article text in it
    │       └── EmptyInput    no text at all
    ├── FormatError           which reader or writer to use
    │   ├── UnknownFormatError
    │   └── PluginError       a third-party reader or writer failed to load
    ├── OptionError           an option value the component rejects
    ├── OutputError           the result cannot be written where asked
    └── ResourceError         a linked file or URL cannot be loaded: missing, malformed, too big
        └── ResourceBlocked   a linked file or URL the resource policy forbids

Messages say what went wrong and where ("article.html: no article text found"). The CLI
prints ``str(error)`` on one line and exits with ``exit_code``; anything that is not a
``NewsconvError`` is a bug and keeps its traceback.
"""

from __future__ import annotations

from typing import ClassVar


class NewsconvError(Exception):
    """Base of every error newsconv raises on purpose."""

    exit_code: ClassVar[int] = 1

    def __init__(self, message: str, *, where: str | None = None) -> None:
        self.message = message
        self.where = where
        super().__init__(f"{where}: {message}" if where else message)

    def at(self, where: str) -> NewsconvError:
        """The same error, located at ``where`` unless it already names a place."""
        if self.where is None:
            self.where = where
            self.args = (f"{where}: {self.message}",)
        return self


class InputError(NewsconvError):
    """The input cannot be turned into a document."""


class UnreadableInput(InputError):
    """The input is missing, a folder, unreadable, too large or unreachable."""


class DecodingError(InputError):
    """The bytes are not text in any encoding we can find."""


class ParseError(InputError):
    """The input is text but not valid in its format."""


class NoArticleFound(InputError):
    """The input was read but holds no article text."""


class EmptyInput(NoArticleFound):
    """The input holds no text at all: empty, or only whitespace."""

    def __init__(self, *, where: str | None = None) -> None:
        super().__init__("no text in the input (empty or only whitespace)", where=where)


class FormatError(NewsconvError):
    """The reader or writer cannot be chosen or loaded."""

    exit_code: ClassVar[int] = 2


class UnknownFormatError(FormatError):
    """No reader or writer has that name, alias or suffix."""


class PluginError(FormatError):
    """A reader or writer from an entry point failed to load."""


class EngineUnavailable(FormatError):
    """A writer's engine cannot run here: a package or system library it needs is missing."""


class OptionError(NewsconvError):
    """An option has a value its component rejects."""

    exit_code: ClassVar[int] = 2


class OutputError(NewsconvError):
    """The output cannot be written where it was asked to go."""


class ResourceError(NewsconvError):
    """A linked resource cannot be loaded: missing, malformed, too large or unreachable."""


class ResourceBlocked(ResourceError):
    """A linked resource is outside what the resource policy allows."""
