"""The ``newsconv`` command's first step: a head start for a slow writer, then the CLI.

A one-file PDF run waits on WeasyPrint's import in a forked child (:mod:`newsconv.forked`).
Forking once the CLI has loaded (typer, click, the API: about a tenth of a second) puts that
tenth on the run's critical path; so this module, which imports next to nothing, reads the
output format off the command line, forks the child at once, and only then loads the CLI.
The reading here is only a guess: the CLI parses the arguments as always and takes the
child over only when it wants the very writer the child loads; otherwise the child is
stopped and nothing else changes.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from newsconv import forked, registry
from newsconv.errors import NewsconvError

__all__ = ["main", "wanted_output"]

#: Arguments after which the command does not convert, or converts without a child.
_NO_HEAD_START = frozenset({"formats", "schema", "--help", "-h", "--version", "--debug"})
#: The options read here, under their long names.
_LONG_NAMES = {"-t": "--to", "-o": "--output"}


def main() -> None:
    """Entry point of the ``newsconv`` console script."""
    args = sys.argv[1:]
    to, output = wanted_output(args)
    path = None if output in (None, "-") else output
    if (to or path) and not _NO_HEAD_START.intersection(args):
        try:
            spec = registry.writer_spec(to, path=path)
        except NewsconvError:
            spec = None  # the CLI reports it, in its own words
        if spec is not None:
            forked.give_head_start(spec)
    try:
        from newsconv.cli import main as cli_main

        cli_main(args)
    finally:
        forked.drop_head_start()


def wanted_output(args: Sequence[str]) -> tuple[str | None, str | None]:
    """The ``--to`` and ``--output`` values of a command line, in click's spellings:
    ``--to pdf``, ``--to=pdf``, ``-t pdf``, ``-tpdf`` (the last one given wins)."""
    values: dict[str, str | None] = {"--to": None, "--output": None}
    tokens = iter(args)
    for token in tokens:
        if token == "--":
            break
        if token.startswith("--"):
            name, equals, attached = token.partition("=")
            value = attached if equals else None
        else:
            name, value = _LONG_NAMES.get(token[:2], ""), token[2:] or None
        if name in values:
            values[name] = value if value is not None else next(tokens, None)
    return values["--to"], values["--output"]
