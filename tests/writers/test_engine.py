"""WeasyPrint is imported without ctypes' library search, and with it when it is needed.

Each test runs in a new interpreter: the test process may have imported WeasyPrint already.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from textwrap import dedent

import pytest

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the search is skipped on Linux only"
)


def run_python(code: str, *, path: Path | None = None) -> str:
    env = dict(os.environ)
    if path is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(path), env.get("PYTHONPATH", "")])
    result = subprocess.run(
        [sys.executable, "-c", dedent(code)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_weasyprint_loads_without_searching_for_libraries() -> None:
    output = run_python(
        """
        import ctypes.util

        searched = []
        search = ctypes.util.find_library

        def recording(name):
            searched.append(name)
            return search(name)

        ctypes.util.find_library = recording
        from newsconv.writers.engine import load_weasyprint

        weasyprint = load_weasyprint()
        assert ctypes.util.find_library is recording, "the search was not put back"
        assert load_weasyprint() is weasyprint
        print(len(searched), weasyprint.HTML(string="<p>x</p>").write_pdf()[:5])
        """
    )
    assert output.split() == ["0", "b'%PDF-'"]


def test_a_library_only_the_search_finds_is_imported_with_it(tmp_path: Path) -> None:
    fake = tmp_path / "weasyprint"
    fake.mkdir()
    (fake / "__init__.py").write_text(
        dedent(
            """
            import ctypes.util

            if ctypes.util.find_library("c") is None:
                raise OSError("cannot load library 'c'")
            FOUND = ctypes.util.find_library("c")
            """
        )
    )
    output = run_python(
        """
        from newsconv.writers.engine import load_weasyprint

        print(load_weasyprint().FOUND)
        """,
        path=tmp_path,
    )
    assert output.startswith("libc.so")


def test_without_pango_the_command_says_so_on_one_line(tmp_path: Path) -> None:
    fake = tmp_path / "weasyprint"
    fake.mkdir()
    (fake / "__init__.py").write_text(
        'print("-----\\nWeasyPrint could not import some external libraries.\\n-----")\n'
        "raise OSError(\"cannot load library 'libpango-1.0-0': error 0x7e\")\n"
    )
    page = Path(__file__).parent.parent.parent / "examples" / "library-reopens.html"
    target = tmp_path / "out.pdf"
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(tmp_path), os.environ.get("PYTHONPATH", "")]),
    }
    code = "import sys; from newsconv.cli import main; main(sys.argv[1:])"
    result = subprocess.run(
        [sys.executable, "-c", code, str(page), "--to", "pdf", "-o", str(target)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("newsconv: error: PDF needs WeasyPrint and the Pango library")
    assert "libpango-1.0-0" in result.stderr
    assert list(tmp_path.iterdir()) == [fake]


def test_font_tools_rarely_needed_parts_load_when_first_used() -> None:
    output = run_python(
        """
        import sys
        from newsconv.writers.engine import load_weasyprint

        weasyprint = load_weasyprint()
        fonts = sys.modules["weasyprint.pdf.fonts"]
        skipped = ["fontTools.subset", "fontTools.varLib", "fontTools.varLib.instancer"]
        print([name for name in skipped if name in sys.modules])
        print(weasyprint.HTML(string="<p>x</p>").write_pdf()[:5])
        print([name for name in skipped if name in sys.modules])

        import fontTools.subset
        assert fonts.subset.Options is fontTools.subset.Options
        try:
            fonts.instantiateVariableFont(object(), {})
        except TypeError:  # the real function's complaint about its argument
            print("fontTools.varLib.instancer" in sys.modules)
        from fontTools.varLib.instancer import instantiateVariableFont
        print(instantiateVariableFont.__module__)
        """
    )
    assert output.splitlines() == [
        "[]",
        "b'%PDF-'",
        "[]",
        "True",
        "fontTools.varLib.instancer",
    ]


def test_a_weasyprint_wanting_more_of_font_tools_gets_it(tmp_path: Path) -> None:
    fake = tmp_path / "weasyprint"
    fake.mkdir()
    (fake / "__init__.py").write_text(
        "from fontTools.varLib.instancer import OverlapMode, instantiateVariableFont\n"
    )
    output = run_python(
        """
        import sys
        from newsconv.writers.engine import load_weasyprint

        weasyprint = load_weasyprint()
        print(weasyprint.OverlapMode.__module__, weasyprint.instantiateVariableFont.__module__)
        print(sys.modules["fontTools.varLib.instancer"].__file__.endswith(".py"))
        """,
        path=tmp_path,
    )
    assert output.split() == ["fontTools.varLib.instancer", "newsconv.writers.engine", "True"]
