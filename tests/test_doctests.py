"""The examples in docstrings are tests too, so they cannot go stale."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import newsstruct

MODULES = sorted(
    info.name for info in pkgutil.walk_packages(newsstruct.__path__, "newsstruct.")
    if not info.name.endswith("__main__")
)


@pytest.mark.parametrize("name", ["newsstruct", *MODULES])
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
