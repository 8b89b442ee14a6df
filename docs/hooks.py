"""mkdocs hook: reference tables are rendered from the code, so they cannot drift from it.

A page asks for a table with a marker on a line of its own:

- ``<!-- cli: convert -->``: a command's usage line, help text and every argument and option;
- ``<!-- options: writer pdf -->``: the fields of a reader's or writer's options class.

An unknown name stops the build (``mkdocs build --strict`` in CI).
"""

from __future__ import annotations

import dataclasses
import re
import typing

import typer
from mkdocs.exceptions import PluginError
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

from newsconv import registry
from newsconv.cli import app
from newsconv.errors import NewsconvError

CLI_MARKER = re.compile(r"^<!-- cli: ([\w-]+) -->$", re.MULTILINE)
OPTIONS_MARKER = re.compile(r"^<!-- options: (reader|writer) ([\w-]+) -->$", re.MULTILINE)
_MODULE_PREFIX = re.compile(r"\b[a-z_]+\.")


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
    if param.default not in (None, False, ()):
        meaning += f" Default: `{param.default}`."
    return f"| {spellings}{value} | {meaning} |"


def options_reference(kind: registry.Kind, name: str) -> str:
    """Markdown table of the options a built-in or installed reader or writer takes."""
    try:
        component = registry.load(registry.find(kind, name))
    except NewsconvError as err:
        raise PluginError(f"docs: {err}") from err
    cls = component.options_type  # type: ignore[attr-defined]
    hints = typing.get_type_hints(cls)
    rows = [
        f"| `{field.name}` | `{_type_name(hints[field.name])}` | `{field.default!r}` |"
        for field in dataclasses.fields(cls)
    ]
    if not rows:
        return f"The {name} {kind} takes no options."
    return "\n".join(["| Option | Type | Default |", "| --- | --- | --- |", *rows])


def _type_name(hint: object) -> str:
    if isinstance(hint, type):
        return hint.__name__
    return _MODULE_PREFIX.sub("", str(hint))
