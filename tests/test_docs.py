"""The documentation cannot go stale: every command, option, format and public module is covered,
every option the prose mentions exists, and the plugin example in the docs really works."""

from __future__ import annotations

import dataclasses
import importlib.util
import re
import textwrap
from pathlib import Path
from types import ModuleType

import pytest

import newsconv
from newsconv import registry
from newsconv.build import heading, inlines, para
from newsconv.diagnostics import Collector
from newsconv.model import Cell, Document, ListBlock, Metadata, Table
from newsconv.options import WriteOptions

PROJECT = Path(__file__).resolve().parent.parent
DOCS = PROJECT / "docs"
PROSE = [*sorted(DOCS.glob("*.md")), PROJECT / "README.md", PROJECT / "examples" / "README.md"]
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.MULTILINE | re.DOTALL)
OPTION = re.compile(r"(?<![\w-])--[a-z][a-z-]*")


def _load_hooks() -> ModuleType:
    spec = importlib.util.spec_from_file_location("newsconv_docs_hooks", DOCS / "hooks.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


hooks = _load_hooks()


def test_cli_page_has_the_reference_of_every_command_and_no_other() -> None:
    marked = hooks.CLI_MARKER.findall((DOCS / "cli.md").read_text("utf-8"))
    assert sorted(marked) == sorted(hooks.commands())


def test_reference_lists_every_argument_and_option_of_convert() -> None:
    reference = hooks.command_reference("convert")
    command = hooks.commands()["convert"]
    assert "INPUTS..." in reference
    for spelling in hooks.option_names(command):
        assert f"`{spelling}`" in reference
    assert len(hooks.option_names(command)) > 10


def test_an_unknown_command_marker_stops_the_build() -> None:
    from mkdocs.exceptions import PluginError

    with pytest.raises(PluginError, match="no command 'frobnicate'"):
        hooks.on_page_markdown("<!-- cli: frobnicate -->\n")


def _documented_command_lines(text: str) -> list[str]:
    """Command lines that run newsconv, in code blocks and in inline code."""
    code = [body for _, body in FENCE.findall(text)] + re.findall(r"`([^`\n]+)`", text)
    lines = (line.strip().removeprefix("$ ") for block in code for line in block.splitlines())
    return [line for line in lines if line.startswith("newsconv ")]


@pytest.mark.parametrize("page", PROSE, ids=lambda page: page.relative_to(PROJECT).as_posix())
def test_every_option_the_docs_use_exists(page: Path) -> None:
    known = {"--help", "--version"}.union(*map(hooks.option_names, hooks.commands().values()))
    text = page.read_text("utf-8")
    used = {opt for line in _documented_command_lines(text) for opt in OPTION.findall(line)}
    used |= set(re.findall(r"`(--[a-z][a-z-]*)`", text))
    assert used <= known, f"{page.name} mentions unknown options {sorted(used - known)}"


def test_formats_page_has_the_options_of_every_built_in_format() -> None:
    marked = set(hooks.OPTIONS_MARKER.findall((DOCS / "formats.md").read_text("utf-8")))
    built_in = {("reader", spec.name) for spec in registry.BUILTIN_READERS}
    built_in |= {("writer", spec.name) for spec in registry.BUILTIN_WRITERS}
    assert marked == built_in


@dataclasses.dataclass(frozen=True, slots=True)
class _DemoOptions(WriteOptions):
    """``width`` wraps lines, as :func:`textwrap.wrap` does."""

    width: int = 72
    style: str | None = None


class _DemoWriter:
    options_type = _DemoOptions


class _PlainWriter:
    options_type = WriteOptions


def _options_of(monkeypatch: pytest.MonkeyPatch, component: object) -> str:
    spec = registry.FormatSpec("demo", "unused:Unused", "a demo writer")
    monkeypatch.setattr(registry, "find", lambda kind, name: spec)
    monkeypatch.setattr(registry, "load", lambda found: component)
    result: str = hooks.options_reference("writer", "demo")
    return result


def test_options_are_explained_and_tabled_with_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _options_of(monkeypatch, _DemoWriter())
    assert text.startswith("``width`` wraps lines, as `textwrap.wrap` does.")
    assert "| `width` | `int` | `72` |" in text
    assert "| `style` | `str | None` | `None` |" in text


def test_shared_base_options_point_at_the_api(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _options_of(monkeypatch, _PlainWriter())
    assert text == (
        "Options: those every writer takes "
        "([WriteOptions](api.md#newsconv.options.WriteOptions)): none."
    )


def test_api_page_documents_the_module_of_every_public_name() -> None:
    page = (DOCS / "api.md").read_text("utf-8")
    documented = set(re.findall(r"^::: ([\w.]+)", page, re.MULTILINE))
    for name in newsconv.__all__:
        module = getattr(getattr(newsconv, name), "__module__", "newsconv")
        assert module in documented, f"newsconv.{name} lives in {module}, absent from api.md"


def _python_block_defining(page: str, name: str) -> str:
    blocks = [body for lang, body in FENCE.findall(page) if lang == "python"]
    return next(block for block in blocks if f"class {name}" in block)


def test_the_plugin_example_in_the_docs_works() -> None:
    page = (DOCS / "plugins.md").read_text("utf-8")
    assert 'gmi = "newsconv_gemini:GeminiWriter"' in page
    namespace: dict[str, object] = {}
    exec(_python_block_defining(page, "GeminiWriter"), namespace)
    writer = namespace["GeminiWriter"]()  # type: ignore[operator]
    doc = Document(
        Metadata(title="Floods"),
        (
            heading(1, "What changed"),
            para("The floor is higher."),
            ListBlock(((para("A children's room"),), (para("Free printing"),))),
            Table(((Cell(inlines("Total")), Cell(inlines("$2.35m"))),)),
        ),
    )
    notes = Collector()
    text = writer.write(doc, options=WriteOptions(), report=notes).decode("utf-8")
    assert text == textwrap.dedent(
        """\
        # Floods

        ## What changed

        The floor is higher.

        * A children's room
        * Free printing

        Total | $2.35m
        """
    )
    assert [note.code for note in notes.items] == ["table-flattened"]
