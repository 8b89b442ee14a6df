"""newsconv JSON: identity round trip, schema validity, clear refusals, the CLI surface."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from tests.strategies import documents
from typer.testing import CliRunner

from newsconv import build
from newsconv.cli import app
from newsconv.diagnostics import Collector
from newsconv.errors import ParseError
from newsconv.model import Document, Metadata
from newsconv.options import ReadOptions
from newsconv.readers.json import JsonReader
from newsconv.schema import TAGGED, schema
from newsconv.writers.json import JsonOptions, JsonWriter

PROPERTY = settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
TEXT = '[{"type": "text", "text": "x"}]'
BODY = '{"newsconv-json": "1.0", "metadata": {}, "blocks": [%s]}'
VALIDATOR = jsonschema.Draft202012Validator(schema())


def write_json(doc: Document, indent: int | None = 2) -> str:
    return JsonWriter().render(doc, JsonOptions(indent=indent), Collector())


def read_json(text: str | bytes) -> Document:
    data = text.encode() if isinstance(text, str) else text
    return JsonReader().read(data, options=ReadOptions(), source=None, report=Collector())


@PROPERTY
@given(documents())
def test_json_round_trip_is_the_identity(doc: Document) -> None:
    assert read_json(write_json(doc)) == doc


@PROPERTY
@given(documents())
def test_every_written_document_validates_against_the_schema(doc: Document) -> None:
    VALIDATOR.validate(json.loads(write_json(doc, indent=None)))


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(schema())
    assert schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_output_is_readable_and_keeps_time_zones() -> None:
    aware = datetime(2021, 5, 1, 9, 30, tzinfo=timezone(timedelta(hours=-4)))
    doc = Document(
        Metadata(title="Ünïcode", published=aware, modified=datetime(2021, 5, 2)),
        (build.para("مرحبا"),),
    )
    text = write_json(doc)
    assert text.startswith('{\n  "newsconv-json": "1.0",\n  "metadata": {')
    assert '"Ünïcode"' in text and '"مرحبا"' in text
    assert '"2021-05-01T09:30:00-04:00"' in text and '"2021-05-02T00:00:00"' in text
    assert '"type": "paragraph"' in text
    back = read_json(text)
    assert back.metadata.published is not None and back.metadata.published.utcoffset() == timedelta(
        hours=-4
    )
    assert back.metadata.modified is not None and back.metadata.modified.tzinfo is None


def test_compact_output_is_one_line() -> None:
    assert write_json(Document(Metadata(), ()), indent=None).count("\n") == 1


def test_reader_fills_fields_left_out() -> None:
    item = '[{"type": "paragraph", "children": [{"type": "text", "text": "a"}]}]'
    blocks = f'[{{"type": "rule"}}, {{"type": "list_block", "items": [{item}]}}]'
    text = f'{{"newsconv-json": "1.4", "metadata": {{}}, "blocks": {blocks}}}'
    doc = read_json(text)
    assert doc == Document(Metadata(), (doc.blocks[0], doc.blocks[1]))
    assert doc.blocks[1] == build.normalize_blocks(doc.blocks)[1]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"a": ', "invalid JSON at line 1, column 7"),
        ("[1, 2]", 'not a newsconv JSON document (no "newsconv-json" key at the top)'),
        (
            '{"newsconv-json": "2.0", "metadata": {}, "blocks": []}',
            "written by newsconv-json 2.x; this newsconv reads 1.x",
        ),
        (
            '{"newsconv-json": "1.0", "metadata": {"titel": "x"}, "blocks": []}',
            "invalid newsconv JSON at $.metadata: Additional properties are not allowed",
        ),
        (
            '{"newsconv-json": "1.0", "metadata": {}, "blocks": [{"type": "para"}]}',
            "invalid newsconv JSON at $.blocks[0].type: 'para' is not one of",
        ),
        (
            BODY % '{"type": "heading", "level": 9, "children": []}',
            "invalid newsconv JSON at $.blocks[0].level: 9 is greater than the maximum of 6",
        ),
        (
            BODY % '{"type": "paragraph", "children": [{"type": "text"}]}',
            "invalid newsconv JSON at $.blocks[0].children[0]: 'text' is a required property",
        ),
        (
            '{"newsconv-json": "1.0", "metadata": {"published": "2021-13-01T00:00"}, "blocks": []}',
            "'2021-13-01T00:00' is not a valid date and time",
        ),
    ],
)
def test_reader_refuses_with_one_clear_line(text: str, message: str) -> None:
    with pytest.raises(ParseError) as caught:
        read_json(text)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_schema_names_every_model_field() -> None:
    """A field added to the model must be added to the schema too (additionalProperties)."""
    import dataclasses

    defs = schema()["$defs"]
    for tag, cls in TAGGED.items():
        names = {field.name for field in dataclasses.fields(cls)}
        assert set(defs[tag]["properties"]) == names | {"type"}, tag
    for name, cls in (("metadata", Metadata),):
        assert set(defs[name]["properties"]) == {f.name for f in dataclasses.fields(cls)}


def test_cli_schema_prints_the_schema() -> None:
    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 0
    printed = json.loads(result.output)
    jsonschema.Draft202012Validator.check_schema(printed)
    assert printed == schema()


def test_cli_refuses_another_major_version_on_one_line(tmp_path: Path) -> None:
    source = tmp_path / "future.json"
    source.write_text('{"newsconv-json": "2.1", "metadata": {}, "blocks": []}', "utf-8")
    result = CliRunner().invoke(app, ["convert", str(source), "-o", str(tmp_path / "out.md")])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert lines == [
        f"newsconv: error: {source}: written by newsconv-json 2.x; this newsconv reads 1.x"
    ]
    assert not (tmp_path / "out.md").exists()


def test_deep_nesting_is_a_parse_error() -> None:
    deep = '{"type": "emphasis", "children": [' * 2000 + "]}" * 2000
    with pytest.raises(ParseError, match="nested too deeply"):
        read_json(BODY % f'{{"type": "paragraph", "children": [{deep}]}}')


def test_integral_floats_become_integers() -> None:
    doc = read_json(BODY % ('{"type": "heading", "level": 2.0, "children": ' + TEXT + "}"))
    assert doc.blocks[0].level == 2  # type: ignore[union-attr]
    assert type(doc.blocks[0].level) is int  # type: ignore[union-attr]


def test_json_from_other_tools_is_normalised() -> None:
    children = '[{"type": "text", "text": " a\\n# b "}, {"type": "text", "text": "c"}]'
    doc = read_json(BODY % f'{{"type": "paragraph", "children": {children}}}')
    assert doc.blocks == (build.para("a # b c"),)
