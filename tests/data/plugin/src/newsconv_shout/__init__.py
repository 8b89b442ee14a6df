"""A third-party format for the plugin tests: upper-case plain text, one line per paragraph."""

from newsconv.build import para
from newsconv.model import Document, Metadata
from newsconv.options import ReadOptions, WriteOptions
from newsconv.tree import plain_text


class ShoutWriter:
    name = "shout"
    media_type = "text/plain"
    suffix = ".shout"
    options_type = WriteOptions

    def write(self, doc, *, options, report):
        return plain_text(doc).upper().encode("utf-8")


class ShoutReader:
    name = "shout"
    options_type = ReadOptions

    def read(self, data, *, options, source, report):
        lines = data.decode("utf-8").split("\n\n")
        return Document(Metadata(), tuple(para(line.lower()) for line in lines if line))
