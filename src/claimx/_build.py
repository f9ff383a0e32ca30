"""How this copy of claimx was built: which pipeline modules run compiled (mypyc) and
whether any compiled module is older than the Python source beside it.

``setup.py`` compiles the hot path (:data:`COMPILED`) into C extension modules with mypyc
unless ``CLAIMX_PURE=1`` is set or compiling fails. An editable install
(``pip install -e .``) puts them next to their sources in ``src/claimx/``, where Python
imports an extension module before the ``.py`` file of the same name: after editing a
compiled module's source, rebuild (``pip install -e .``) or delete the ``.so`` files, or
the edit has no effect. :func:`stale` finds that case; the pipeline warns about it once.
"""

from __future__ import annotations

import importlib
import os
import warnings

#: The modules ``setup.py`` compiles, in ``claimx``.
COMPILED = ("normalize", "patterns", "scan", "compose", "context", "tables")
#: The top-level module of the compiled code that the modules share (setup.py's group_name).
GROUP = "claimx__mypyc"


def _file(name: str) -> str:
    return str(getattr(importlib.import_module(f"claimx.{name}"), "__file__", "") or "")


def compiled() -> tuple[str, ...]:
    """The pipeline modules imported from compiled extensions (none in a pure install)."""
    return tuple(name for name in COMPILED if not _file(name).endswith(".py"))


def _group_library() -> str:
    """The shared library holding the compiled code (``claimx__mypyc``); each compiled
    module is a small shim importing from it, which a rebuild may leave untouched."""
    import importlib.util

    spec = importlib.util.find_spec(GROUP)
    return str(spec.origin) if spec is not None and spec.origin else ""


def stale() -> tuple[str, ...]:
    """Compiled modules whose ``.py`` source beside them is newer than their build (the
    newer of the module's shim and the shared library)."""
    names = compiled()
    if not names:
        return ()
    library = _group_library()
    built_lib = os.path.getmtime(library) if library else 0.0
    out = []
    for name in names:
        ext = _file(name)
        source = os.path.join(os.path.dirname(ext), f"{name}.py")
        try:
            if os.path.getmtime(source) > max(os.path.getmtime(ext), built_lib):
                out.append(name)
        except OSError:  # no source shipped beside the extension
            continue
    return tuple(out)


def warn_if_stale() -> None:
    """Warn (once per process) when a compiled module is older than its source."""
    names = stale()
    if names:
        warnings.warn(
            f"claimx: the compiled module(s) {', '.join(names)} are older than their .py "
            "sources, so edits to those sources are not in effect. Rebuild with "
            "`pip install -e .`, or delete src/claimx/*.so to run the pure-Python code.",
            RuntimeWarning,
            stacklevel=3,
        )


def describe() -> str:
    """One line for ``claimx --version``: compiled or pure Python."""
    names = compiled()
    if not names:
        return "pure Python"
    if len(names) == len(COMPILED):
        return "compiled with mypyc"
    return f"partly compiled with mypyc ({', '.join(names)})"
