"""The public surface: ``newsconv.__all__`` is sorted, complete, importable and nothing private."""

from __future__ import annotations

import types
from importlib import metadata

import pytest

import newsconv

PUBLIC = [name for name in newsconv.__all__ if not name.startswith("__")]


def test_all_is_sorted_without_repeats() -> None:
    assert newsconv.__all__ == sorted(set(newsconv.__all__))


def test_all_lists_every_public_name_the_package_binds() -> None:
    bound = {
        name
        for name in dir(newsconv)
        if not name.startswith("_") and not isinstance(getattr(newsconv, name), types.ModuleType)
    }
    assert bound == set(PUBLIC)


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'reed'"):
        newsconv.reed  # type: ignore[attr-defined]  # noqa: B018


@pytest.mark.parametrize("name", newsconv.__all__)
def test_each_name_imports_from_the_package(name: str) -> None:
    namespace: dict[str, object] = {}
    exec(f"from newsconv import {name}", namespace)
    assert namespace[name] is getattr(newsconv, name)


def test_star_import_gives_exactly_all() -> None:
    namespace: dict[str, object] = {}
    exec("from newsconv import *", namespace)
    assert set(namespace) - {"__builtins__"} == set(newsconv.__all__)


@pytest.mark.parametrize("name", PUBLIC)
def test_nothing_private_or_foreign_leaks(name: str) -> None:
    value = getattr(newsconv, name)
    assert not name.startswith("_")
    assert not isinstance(value, types.ModuleType), f"{name} is a module"
    module = getattr(value, "__module__", "")
    assert module.startswith("newsconv."), f"{name} comes from {module}"
    assert not any(part.startswith("_") for part in module.split(".")), module


def test_version_is_the_installed_distribution_version() -> None:
    assert newsconv.__version__ == metadata.version("newsconv")
