"""Writer protocols and the base class shared by the text-producing writers."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from typing import ClassVar, Generic, Protocol, TypeVar, runtime_checkable

from newsconv.diagnostics import Reporter
from newsconv.model import Document
from newsconv.options import BookInfo, WriteOptions


class Writer(Protocol):
    """Serialises one document to the bytes of a file."""

    name: ClassVar[str]
    media_type: ClassVar[str]
    suffix: ClassVar[str]
    options_type: ClassVar[type[WriteOptions]]

    def write(self, doc: Document, *, options: WriteOptions, report: Reporter) -> bytes: ...


@runtime_checkable
class BookWriter(Writer, Protocol):
    """A writer that can also bind many documents into one book (EPUB, PDF)."""

    def write_book(
        self,
        docs: Sequence[Document],
        *,
        book: BookInfo,
        options: WriteOptions,
        report: Reporter,
    ) -> bytes: ...


class Job(Protocol):
    """The slow stage of a :class:`StagedWriter`'s work, picklable to run in another process."""

    def run(self, report: Reporter) -> bytes: ...


@runtime_checkable
class StagedWriter(Writer, Protocol):
    """A writer whose slow stage needs nothing of the model (PDF: WeasyPrint's layout).

    ``write`` is ``compose(...).run(report)``; :mod:`newsconv.forked` runs the two stages in
    two processes, loading the second stage's code while the first reads the article.
    """

    def compose(self, doc: Document, *, options: WriteOptions, report: Reporter) -> Job: ...


OptionsT = TypeVar("OptionsT", bound=WriteOptions)


class TextWriter(ABC, Generic[OptionsT]):
    """A writer whose output is text: subclasses ``render`` a string, encoded once here."""

    name: ClassVar[str]
    media_type: ClassVar[str]
    suffix: ClassVar[str]
    options_type: ClassVar[type[WriteOptions]] = WriteOptions

    def write(self, doc: Document, *, options: WriteOptions, report: Reporter) -> bytes:
        return self.render(doc, options, report).encode("utf-8")  # type: ignore[arg-type]

    @abstractmethod
    def render(self, doc: Document, options: OptionsT, report: Reporter) -> str:
        """The output as text."""
