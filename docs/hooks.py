"""mkdocs hook: reference tables are rendered from the code, so they cannot drift from it.

A page asks for a table with a marker on a line of its own:

- ``<!-- cli: convert -->``: a command's usage line, help text and every argument and option;
- ``<!-- options: writer pdf -->``: the fields of a reader's or writer's options class.

An unknown name stops the build (``mkdocs build --strict`` in CI).
"""

from __future__ import annotations

import dataclasses
import inspect
import re
import types
import typing

import typer
from mkdocs.exceptions import PluginError
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

from newsconv import registry
from newsconv.cli import app
from newsconv.errors import NewsconvError
from newsconv.options import ReadOptions, WriteOptions

CLI_MARKER = re.compile(r"^<!-- cli: ([\w-]+) -->$", re.MULTILINE)
OPTIONS_MARKER = re.compile(r"^<!-- options: (reader|writer) ([\w-]+) -->$", re.MULTILINE)
_MODULE_PREFIX = re.compile(r"\b[a-z_]+\.")
_ROLE = re.compile(r":[a-z]+:`")  # reST roles such as :func:`x`, shown as plain code


def on_page_markdown(markdown: str, **_: object) -> str:
    """mkdocs event: replace each marker with the table it names."""
    markdown = CLI_MARKER.sub(lambda match: command_reference(match.group(1)), markdown)
    return OPTIONS_MARKER.sub(
        lambda match: options_reference(match.group(1), match.group(2)),  # type: ignore[arg-type]
        markdown,
    )


def commands() -> dict[str, TyperCommand]:
    """The app's commands by name, as the command line sees them."""
    group = typer.main.get_command(app)
    assert isinstance(group, TyperGroup)
    return {name: cmd for name, cmd in group.commands.items() if isinstance(cmd, TyperCommand)}


def command_reference(name: str) -> str:
    """Markdown for one command: usage, help, then a table of its parameters."""
    command = commands().get(name)
    if command is None:
        raise PluginError(f"docs: no command {name!r} in newsconv.cli (have {sorted(commands())})")
    params = [p for p in command.params if isinstance(p, (TyperArgument, TyperOption))]
    arguments = [p for p in params if isinstance(p, TyperArgument)]
    usage = " ".join(["newsconv", name, "[OPTIONS]", *map(_argument_usage, arguments)])
    lines = [f"```text\n{usage}\n```", "", command.help or ""]
    if params:
        lines += ["", "| Argument or option | Meaning |", "| --- | --- |", *map(_row, params)]
    return "\n".join(lines)


def option_names(command: TyperCommand) -> set[str]:
    """Every ``--long`` and ``-s`` spelling the command accepts."""
    return {
        spelling
        for param in command.params
        if isinstance(param, TyperOption)
        for spelling in (*param.opts, *param.secondary_opts)
    }


def _argument_usage(param: TyperArgument) -> str:
    text = (param.name or "").upper()
    return f"{text}..." if param.nargs == -1 else text


def _row(param: TyperArgument | TyperOption) -> str:
    meaning = (param.help or "").replace("|", "\\|")
    if isinstance(param, TyperArgument):
        return f"| `{_argument_usage(param)}` | {meaning} |"
    spellings = ", ".join(f"`{spelling}`" for spelling in (*param.opts, *param.secondary_opts))
    value = "" if param.is_flag else " *VALUE*"
    if param.multiple and "repeatable" not in meaning:
        meaning += " Repeatable."
    if param.is_flag and param.secondary_opts and param.default is True:
        meaning += f" Default: `{param.opts[0]}`."  # an on/off pair: name the spelling
    elif param.default not in (None, False, ()):
        meaning += f" Default: `{param.default}`."
    return f"| {spellings}{value} | {meaning} |"


def options_reference(kind: registry.Kind, name: str) -> str:
    """Markdown for the options a built-in or installed reader or writer takes.

    A component with its own options class gets that class's docstring and a table of its
    fields; one that takes only the shared base options gets a line pointing at them.
    """
    try:
        component = registry.load(registry.find(kind, name))
    except NewsconvError as err:
        raise PluginError(f"docs: {err}") from err
    cls: type[ReadOptions | WriteOptions] = component.options_type  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)
    if cls in (ReadOptions, WriteOptions):
        names = ", ".join(f"`{field.name}`" for field in fields) or "none"
        anchor = f"api.md#newsconv.options.{cls.__name__}"
        return f"Options: those every {kind} takes ([{cls.__name__}]({anchor})): {names}."
    hints = typing.get_type_hints(cls)
    rows = [
        f"| `{field.name}` | `{_type_name(hints[field.name])}` | `{field.default!r}` |"
        for field in fields
    ]
    table = ["| Option | Type | Default |", "| --- | --- | --- |", *rows] if rows else []
    return "\n".join([_ROLE.sub("`", inspect.getdoc(cls) or ""), "", *table])


def _type_name(hint: object) -> str:
    """A type as its annotation reads: ``str | None``, ``Path``, ``Literal['a', 'b']``."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return " | ".join(map(_type_name, typing.get_args(hint)))
    if isinstance(hint, type):
        return "None" if hint is type(None) else hint.__name__
    return _MODULE_PREFIX.sub("", str(hint))
