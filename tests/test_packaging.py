"""Packaging: the wheel ships ``py.typed``, the version lives in one place, and
``import claimx`` stays cheap (no heavy or optional dependency imported)."""

from __future__ import annotations

import importlib.metadata
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import claimx

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel built from a copy of the committed layout (the work tree stays clean),
    pure Python (``CLAIMX_PURE=1``: the compiled build is the README's install)."""
    src = tmp_path_factory.mktemp("src")
    for name in ("pyproject.toml", "README.md", "setup.py"):
        shutil.copy(ROOT / name, src / name)
    shutil.copytree(
        ROOT / "src", src / "src",
        ignore=shutil.ignore_patterns("__pycache__", "*.egg-info", "*.so", "*.pyd"),
    )
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--quiet", "-w", str(out), str(src)],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        env={**os.environ, "CLAIMX_PURE": "1"},
    )  # fmt: skip
    assert proc.returncode == 0, f"pip wheel failed:\n{proc.stdout}\n{proc.stderr}"
    wheels = list(out.glob("claimx-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


def test_wheel_contains_py_typed(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "claimx/py.typed" in names
    assert "claimx/__init__.py" in names
    assert not any(n.startswith("tests/") for n in names)
    assert not any(n.endswith((".so", ".pyd")) for n in names), "CLAIMX_PURE=1 compiles nothing"


def test_wheel_version_is_the_package_version(wheel: Path) -> None:
    assert wheel.name.startswith(f"claimx-{claimx.__version__}-")
    with zipfile.ZipFile(wheel) as zf:
        meta = next(n for n in zf.namelist() if n.endswith(".dist-info/METADATA"))
        text = zf.read(meta).decode("utf-8")
    assert f"\nVersion: {claimx.__version__}\n" in text
    assert "console_scripts" in zf_entry_points(wheel)


def zf_entry_points(wheel: Path) -> str:
    """The ``entry_points.txt`` of a wheel, or '' when it has none."""
    with zipfile.ZipFile(wheel) as zf:
        for n in zf.namelist():
            if n.endswith(".dist-info/entry_points.txt"):
                return zf.read(n).decode("utf-8")
    return ""


def test_version_is_defined_in_one_place() -> None:
    tomllib = pytest.importorskip("tomllib")
    assert claimx.__version__ == importlib.metadata.version("claimx")
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in pyproject["project"], "the version lives in claimx.__version__ only"
    assert "version" in pyproject["project"]["dynamic"]
    dynamic = pyproject["tool"]["setuptools"]["dynamic"]["version"]
    assert dynamic == {"attr": "claimx.__version__"}
    assert re.fullmatch(r"\d+\.\d+\.\d+(?:\.dev\d+|a\d+|b\d+|rc\d+)?", claimx.__version__)


def test_changelog_mentions_the_version() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## [{claimx.__version__}]" in changelog


HEAVY = ("regex", "cn2an", "opencc", "pyarrow", "dask", "pandas", "distributed", "numpy")


def test_import_claimx_does_not_import_heavy_dependencies() -> None:
    code = "import sys, json, claimx; print(json.dumps(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    loaded = set(json.loads(out))
    heavy = sorted(m for m in loaded if m.split(".")[0] in HEAVY)
    assert heavy == [], f"import claimx imported {heavy}; import them inside functions"


def test_setup_compiles_the_modules_build_names() -> None:
    """setup.py reads the list of compiled modules from ``claimx._build`` (one list)."""
    import runpy

    from claimx import _build

    ns = runpy.run_path(str(ROOT / "setup.py"), run_name="setup_under_test")
    assert ns["_compiled_modules"]() == list(_build.COMPILED)
    for name in _build.COMPILED:
        assert (ROOT / "src" / "claimx" / f"{name}.py").is_file()


def test_build_describes_itself() -> None:
    from claimx import _build

    compiled = _build.compiled()
    assert set(compiled) <= set(_build.COMPILED)
    assert _build.stale() == ()  # (conftest stops the run before this when any is stale)
    if not compiled:
        assert _build.describe() == "pure Python"
    elif len(compiled) == len(_build.COMPILED):
        assert _build.describe() == "compiled with mypyc"
    else:
        assert _build.describe().startswith("partly compiled with mypyc (")


def test_setup_builds_the_group_build_looks_for() -> None:
    from claimx import _build

    group = _build.GROUP.removesuffix("__mypyc")
    assert f'group_name="{group}"' in (ROOT / "setup.py").read_text(encoding="utf-8")
