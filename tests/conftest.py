"""Test-suite set-up: the two builds of the pipeline.

``pip install -e .`` compiles the hot path with mypyc (see ``setup.py``); the suite runs
against whatever build is installed. Tests marked ``pure`` swap or wrap a module's
internals to compare a shortcut with the plain code; compiled modules bind their internal
calls at build time, so these tests run only on the pure-Python modules, which
``scripts/check`` tests in a second pass (``CLAIMX_EXPECT_BUILD=pure``).
"""

from __future__ import annotations

import os

import pytest

from claimx import _build

_COMPILED = _build.compiled()


def pytest_configure(config: pytest.Config) -> None:
    stale = _build.stale()
    if stale:
        pytest.exit(
            f"the compiled module(s) {', '.join(stale)} are older than their sources: rebuild "
            "with `pip install -e .` (or delete src/claimx/*.so to test the pure-Python code)",
            returncode=4,
        )
    expected = os.environ.get("CLAIMX_EXPECT_BUILD", "")
    if expected == "pure" and _COMPILED:
        pytest.exit(f"CLAIMX_EXPECT_BUILD=pure, but {', '.join(_COMPILED)} are compiled", returncode=4)
    if expected == "compiled" and len(_COMPILED) != len(_build.COMPILED):
        pytest.exit(f"CLAIMX_EXPECT_BUILD=compiled, but only {_COMPILED or 'none'} are compiled",
                    returncode=4)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not _COMPILED:
        return
    skip = pytest.mark.skip(reason="patches module internals: runs in the pure-Python pass "
                                   "(compiled modules bind their internal calls at build time)")
    for item in items:
        if "pure" in item.keywords:
            item.add_marker(skip)
