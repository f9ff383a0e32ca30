"""Build claimx, compiling its hot path with mypyc when it can.

The extraction stages (normalize, patterns, scan, compose, context, tables) are plain,
fully typed Python; mypyc compiles them to C extension modules, which run the pipeline
≈1.3x faster (see ``benchmarks/README.md``). The Python sources stay the reference: set
``CLAIMX_PURE=1`` to install without compiling, and any failure to compile (no C
compiler, a mypy that rejects the code) falls back to the pure-Python package with a
warning instead of failing the install.
"""

from __future__ import annotations

import ast
import os
import sys

from setuptools import setup


def _compiled_modules() -> list[str]:
    """``COMPILED`` of ``src/claimx/_build.py``: the hot path, compiled together into one
    shared library (``claimx__mypyc``). Read, not imported: claimx needs its dependencies."""
    with open("src/claimx/_build.py", encoding="utf-8") as fh:
        tree = ast.parse(fh.read())
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "COMPILED" for t in node.targets):
            return list(ast.literal_eval(node.value))
    raise RuntimeError("src/claimx/_build.py defines no COMPILED")


def _ext_modules() -> list[object]:
    if os.environ.get("CLAIMX_PURE", "") not in ("", "0"):
        return []
    try:
        from mypyc.build import mypycify

        exts = mypycify([f"src/claimx/{m}.py" for m in _compiled_modules()], opt_level="3", group_name="claimx")  # -> claimx__mypyc (_build.GROUP)
    except (Exception, SystemExit) as exc:  # mypy exits on a type error
        print(f"claimx: not compiling with mypyc ({exc!r}); installing pure Python", file=sys.stderr)
        return []
    for ext in exts:
        ext.optional = True  # a C compiler error leaves the pure-Python module in place
    return list(exts)


if __name__ == "__main__":  # (as setuptools' build backend runs it; a test imports it)
    setup(ext_modules=_ext_modules())
