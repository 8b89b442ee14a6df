"""The ``newsconv`` command: parse arguments, call the API, report errors on one line.

No conversion logic lives here; everything the command does, a script can do through
:mod:`newsconv.api`. Exit codes: 0 success, 1 a conversion failed, 2 a usage error.
"""

from __future__ import annotations

import logging
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from newsconv import __version__, api, forked, registry
from newsconv.diagnostics import Diagnostic, log_diagnostic
from newsconv.errors import NewsconvError, OptionError, OutputError
from newsconv.inputs import is_batch
from newsconv.model import Document
from newsconv.options import BookInfo
from newsconv.output import write_atomic

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Turn news articles into Markdown, PDF, EPUB, JSON, HTML or plain text.\n\n"
    "Run `newsconv convert --help` for every option; `convert` may be left out: "
    "`newsconv article.html --to pdf`.",
    pretty_exceptions_enable=False,
    rich_markup_mode="markdown",
)

_COMMANDS = ("convert", "formats", "schema")
_log = logging.getLogger("newsconv")
#: How many diagnostics of one kind about one input are printed; ``--verbose`` prints all.
REPEATS_SHOWN = 3
#: What messages call standard input (``-``).
STDIN_NAME = "<stdin>"


@dataclass
class _Settings:
    debug: bool = False
    quiet: bool = False
    verbose: bool = False
    extra: dict[str, object] = field(default_factory=dict)


def _fail(error: NewsconvError, settings: _Settings) -> NoReturn:
    if settings.debug:
        raise error
    typer.echo(f"newsconv: error: {error}", err=True)
    raise typer.Exit(error.exit_code)


def _parse_pairs(pairs: list[str]) -> dict[str, object]:
    values: dict[str, object] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise OptionError(f"option {pair!r} is not of the form key=value")
        values[key.strip().replace("-", "_")] = value
    return values


class _RepeatLimit(logging.Filter):
    """Lets through the first :data:`REPEATS_SHOWN` diagnostics of one code about one
    input and counts the rest: a front page with forty remote images makes three
    warnings and a count, not forty lines."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: Counter[tuple[str | None, str]] = Counter()

    def filter(self, record: logging.LogRecord) -> bool:
        diagnostic = getattr(record, "diagnostic", None)
        if not isinstance(diagnostic, Diagnostic):
            return True
        key = (diagnostic.where, diagnostic.code)
        self.seen[key] += 1
        return self.seen[key] <= REPEATS_SHOWN

    def hidden(self) -> Iterator[Diagnostic]:
        """One warning for each kind of diagnostic that was held back, with how many."""
        for (where, code), count in self.seen.items():
            if count > REPEATS_SHOWN:
                more = count - REPEATS_SHOWN
                yield Diagnostic("warning", code, f"{more} more like this (-v shows all)", where)


def _configure_logging(settings: _Settings) -> _RepeatLimit | None:
    """Diagnostics to stderr, at the level the settings ask for; the limit on repeats
    that was set (none under ``--verbose``), for the command to report at its end."""
    level = (
        logging.ERROR if settings.quiet else logging.INFO if settings.verbose else logging.WARNING
    )
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("newsconv: %(levelname)s: %(message)s"))
    limit = None if settings.verbose else _RepeatLimit()
    if limit:
        handler.addFilter(limit)
    _log.handlers[:] = [handler]
    _log.setLevel(level)
    _log.propagate = False
    return limit


def _version(value: bool) -> None:
    if value:
        typer.echo(f"newsconv {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    """Turn news articles into Markdown, PDF, EPUB, JSON, HTML or plain text."""


@app.command()
def convert(
    inputs: Annotated[
        list[str],
        typer.Argument(help="Files, URLs, or - for standard input.", show_default=False),
    ],
    to: Annotated[
        str | None,
        typer.Option("--to", "-t", help="Output format (md, pdf, epub, json, html, txt)."),
    ] = None,
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            help="Output file, a folder for a batch, or - for standard output. Default: the "
            "input's name with the format's suffix, in the current folder.",
        ),
    ] = None,
    from_format: Annotated[
        str | None, typer.Option("--from", "-f", help="Input format (default: guessed).")
    ] = None,
    url: Annotated[
        str | None,
        typer.Option(help="The page's address: resolves relative links, canonical URL."),
    ] = None,
    encoding: Annotated[
        str | None, typer.Option(help="Read the input in this encoding (default: detected).")
    ] = None,
    title: Annotated[
        str | None,
        typer.Option(help="Book title, for many articles (default: the site they share)."),
    ] = None,
    author: Annotated[str | None, typer.Option(help="Book author, for many articles.")] = None,
    fragment: Annotated[
        bool | None, typer.Option("--fragment", help="HTML: the article alone, no page around it.")
    ] = None,
    css: Annotated[
        Path | None, typer.Option(help="PDF/EPUB/HTML: your own stylesheet, added last.")
    ] = None,
    page_size: Annotated[str | None, typer.Option(help="PDF: A4, Letter, A5 or ereader.")] = None,
    style: Annotated[str | None, typer.Option(help="PDF/EPUB/HTML: a built-in style.")] = None,
    allow_remote: Annotated[
        bool | None,
        typer.Option(
            "--allow-remote",
            help="PDF/EPUB (and HTML with -O embed_images=true): fetch remote images.",
        ),
    ] = None,
    resource_root: Annotated[
        Path | None,
        typer.Option(
            help="PDF/EPUB/HTML: the folder local images may come from (default: the input's)."
        ),
    ] = None,
    write_option: Annotated[
        list[str] | None,
        typer.Option("--option", "-O", help="A writer option as key=value (repeatable)."),
    ] = None,
    read_option: Annotated[
        list[str] | None,
        typer.Option("--read-option", "-R", help="A reader option as key=value (repeatable)."),
    ] = None,
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs", "-j", min=0, help="Batch: worker processes (0: every core; 1: no pool)."
        ),
    ] = 0,
    glob: Annotated[
        str | None,
        typer.Option(
            help="Batch: which files of a folder or archive are articles, e.g. '*.html' "
            "(default: every file a reader knows by its suffix)."
        ),
    ] = None,
    as_list: Annotated[
        bool,
        typer.Option("--list", help="Batch: the inputs are files naming a path or URL a line."),
    ] = False,
    report: Annotated[
        Path | None,
        typer.Option(help="Batch: record each item's outcome in this .jsonl or .csv file."),
    ] = None,
    resume: Annotated[
        bool,
        typer.Option("--resume", help="Batch: skip items whose output file already exists."),
    ] = False,
    keep_going: Annotated[
        bool,
        typer.Option(
            "--keep-going/--fail-fast",
            help="Batch: try every item and list the failures at the end, or start nothing "
            "new after the first failure. Either way the exit code is 1 if any item failed.",
        ),
    ] = True,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print errors only.")] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Also say what was dropped and why.")
    ] = False,
    debug: Annotated[bool, typer.Option(help="Show a traceback on errors.")] = False,
) -> None:
    """Convert articles: one input to one output, or a batch.

    A folder, an archive (.zip, .tar*, .warc, .warc.gz, .jsonl), a --list file or several
    inputs make a batch: one file per article under -o DIR, JSON Lines (--to json with
    -o - or -o FILE.jsonl), or one book (--to epub/pdf with -o FILE).
    """
    settings = _Settings(debug=debug, quiet=quiet, verbose=verbose)
    limit = _configure_logging(settings)
    try:
        read_options = _parse_pairs(read_option or [])
        read_options.update(_given(url=url, encoding=encoding))
        write_options = _parse_pairs(write_option or [])
        write_options.update(
            _given(
                fragment=fragment,
                css=css,
                page_size=page_size,
                style=style,
                allow_remote=allow_remote,
                resource_root=resource_root,
            )
        )
        book = BookInfo(**_given(title=title, author=author))  # type: ignore[arg-type]
        if is_batch(inputs, as_list=as_list):
            forked.drop_head_start()  # the workers load their own writers
            from newsconv.batch.api import BatchOptions
            from newsconv.batch.console import BatchRequest, run_request

            options = BatchOptions(
                jobs=jobs,
                glob=glob,
                as_list=as_list,
                resume=resume,
                fail_fast=not keep_going,
                from_format=from_format,
                read_options=tuple(read_options.items()),
                write_options=tuple(write_options.items()),
            )
            request = BatchRequest(tuple(inputs), output, to, options, book, report, quiet)
            raise typer.Exit(run_request(request))
        _convert(inputs[0], to, output, from_format, read_options, write_options, fork=not debug)
    except NewsconvError as error:
        _fail(error, settings)
    finally:
        for diagnostic in limit.hidden() if limit else ():
            _log.warning("%s", diagnostic)


def _given(**values: object) -> dict[str, object]:
    """The options the user actually set, so components keep their own defaults."""
    return {key: value for key, value in values.items() if value is not None}


def _convert(
    source: str,
    to: str | None,
    output: str | None,
    from_format: str | None,
    read_options: dict[str, object],
    write_options: dict[str, object],
    *,
    fork: bool = True,
) -> None:
    to_stdout = output == "-"
    spec = registry.writer_spec(to, path=None if to_stdout or output is None else output)
    if fork and spec.warm_up is not None and forked.can_fork():
        with forked.writer_for(spec) as writer:
            doc = _read(source, from_format, read_options)
            data = writer.write(doc, write_options, log_diagnostic)
        suffix = spec.suffixes[0]
    else:
        loaded = registry.writer(spec.name)  # a plugin that fails to load fails before the read
        doc = _read(source, from_format, read_options)
        data = api.write(doc, to=loaded.name, options=write_options)
        suffix = loaded.suffix
    if to_stdout or (output is None and source == "-"):
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    target = Path(output) if output else _default_target(source, suffix)
    write_atomic(target, data)
    _log.info("wrote %s", target)


def _read(source: str, from_format: str | None, options: dict[str, object]) -> Document:
    """The article at ``source``: a file, a URL, or ``-``, standard input."""
    if source == "-":
        data = sys.stdin.buffer.read()
        return api.read(data, format=from_format, options=options, name=STDIN_NAME)
    return api.read(source, format=from_format, options=options)


def _default_target(source: str, suffix: str) -> Path:
    stem = Path(source.rstrip("/").rsplit("/", 1)[-1] or "article").stem or "article"
    target = Path.cwd() / f"{stem}{suffix}"
    if source not in ("-",) and Path(source).resolve() == target.resolve():
        raise OutputError("the output would replace the input; name another with -o", where=source)
    return target


@app.command()
def formats() -> None:
    """List the input and output formats, built-in and from plugins."""
    try:
        kinds = {kind: registry.formats(kind) for kind in ("reader", "writer")}
        width = max(len(spec.name) for specs in kinds.values() for spec in specs)
        for kind, heading in (("reader", "Input formats"), ("writer", "Output formats")):
            typer.echo(f"{heading}:")
            for spec in kinds[kind]:
                aliases = f" (also {', '.join(spec.aliases)})" if spec.aliases else ""
                suffixes = " ".join(spec.suffixes)
                line = f"  {spec.name:<{width}} {spec.description}{aliases}  {suffixes}"
                typer.echo(line.rstrip())
    except NewsconvError as error:
        _fail(error, _Settings())


@app.command()
def schema() -> None:
    """Print the JSON Schema of newsconv's JSON format."""
    text = resources.files("newsconv.schema").joinpath("document.schema.json").read_text("utf-8")
    typer.echo(text, nl=not text.endswith("\n"))


def main(argv: list[str] | None = None) -> None:
    """Entry point: ``newsconv FILE ...`` is short for ``newsconv convert FILE ...``."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] not in _COMMANDS and args[0] not in ("--help", "-h", "--version"):
        args.insert(0, "convert")
    app(args=args, prog_name="newsconv")
