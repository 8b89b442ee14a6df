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
