"""Every example in README.md and docs/*.md is executed here, and so are the doctests of
the claimx modules.

- ```python blocks containing ``>>>`` run through :mod:`doctest`; other ```python blocks
  run with ``exec``. Each block is self-contained (its own imports).
- ```console blocks: each ``$ claimx …`` line runs in a shell, in a temporary directory,
  and its output is compared with the lines below it (doctest's ``...`` ellipsis allowed).
  ```bash blocks: each line starting with ``claimx `` runs and must exit 0.
- A code block whose info string carries ``title="NAME"`` (e.g. ```text title="report.txt")
  is written to a file NAME in that temporary directory first, so commands can read it.

A block that needs a claimx module which does not exist yet is marked
``xfail(strict=True)``; the mark disappears by itself once the module lands.
"""

from __future__ import annotations

import doctest
import importlib
import importlib.util
import os
import pkgutil
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

import claimx

ROOT = Path(__file__).resolve().parent.parent
DOC_FILES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
FENCE = re.compile(
    r"^(?P<indent> *)```(?P<info>[^\n`]*)\n(?P<body>.*?)^(?P=indent)```[ \t]*$", re.M | re.S
)
TITLE = re.compile(r'title="([^"]+)"')
OPTIONFLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


@dataclass(frozen=True)
class Block:
    """One fenced code block of a markdown file."""

    path: Path
    line: int
    lang: str
    info: str
    body: str

    @property
    def id(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line}"


def _blocks(path: Path) -> list[Block]:
    text = path.read_text(encoding="utf-8")
    out = []
    for m in FENCE.finditer(text):
        info = m.group("info").strip()
        lang = info.split()[0].lower() if info else ""
        indent = len(m.group("indent"))
        body = "\n".join(line[indent:] for line in m.group("body").splitlines()) + "\n"
        line = text.count("\n", 0, m.start()) + 1
        out.append(Block(path, line, lang, info, body))
    return out


ALL_BLOCKS = [b for p in DOC_FILES for b in _blocks(p)]
PY_BLOCKS = [b for b in ALL_BLOCKS if b.lang in ("python", "py", "pycon")]
CLI_BLOCKS = [
    b
    for b in ALL_BLOCKS
    if (b.lang == "console" and re.search(r"^\$ claimx\b", b.body, re.M))
    or (b.lang in ("bash", "sh", "shell") and re.search(r"^claimx\b", b.body, re.M))
]


def _module_exists(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ImportError:
        return False


def _missing_modules(code: str) -> list[str]:
    """The claimx modules a code block needs that cannot be imported (not built yet)."""
    lazy: dict[str, str] = getattr(claimx, "_LAZY", {})
    needed: set[str] = set()
    for m in re.finditer(r"from claimx(?:\.(\w+))? import \(?([\w ,\n]+)\)?", code):
        if m.group(1):
            needed.add(f"claimx.{m.group(1)}")
        else:
            for name in re.split(r"[\s,]+", m.group(2).strip()):
                if name in lazy:
                    needed.add(lazy[name])
                elif name and not hasattr(claimx, name):
                    needed.add(f"claimx.{name}")
    for m in re.finditer(r"\bclaimx\.(\w+)", code):
        name = m.group(1)
        if name in lazy:
            needed.add(lazy[name])
        elif not hasattr(claimx, name):
            needed.add(f"claimx.{name}")
    return sorted(n for n in needed if not _module_exists(n))


def _param(value: object, name: str, missing: list[str]) -> object:
    """A pytest param, xfail(strict=True) while a module it needs does not exist yet."""
    marks = []
    if missing:
        marks.append(pytest.mark.xfail(reason=f"not built yet: {', '.join(missing)}", strict=True))
    return pytest.param(value, id=name, marks=marks)


@pytest.mark.parametrize("block", [_param(b, b.id, _missing_modules(b.body)) for b in PY_BLOCKS])
def test_python_example(block: Block) -> None:
    if ">>>" in block.body:
        parser = doctest.DocTestParser()
        test = parser.get_doctest(block.body, {}, block.id, str(block.path), block.line)
        runner = doctest.DocTestRunner(optionflags=OPTIONFLAGS)
        report = _Collector()
        runner.run(test, out=report)
        assert runner.failures == 0, f"{block.id}: doctest failed\n{report.text}"
    else:
        exec(compile(block.body, block.id, "exec"), {"__name__": "__docs__"})


class _Collector:
    """Collects doctest's failure report so the assertion can show it."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def __call__(self, s: str) -> None:
        self.parts.append(s)

    @property
    def text(self) -> str:
        return "".join(self.parts)


#: Sub-commands implemented in a module of their own.
SUBCOMMAND_MODULES = {"check": "claimx._cli_check"}


def _cli_missing(block: Block) -> list[str]:
    """The modules a CLI block needs that do not exist yet."""
    needed = "import claimx.cli\n"
    for sub, module in SUBCOMMAND_MODULES.items():
        if re.search(rf"^(?:\$ )?claimx {sub}\b", block.body, re.M):
            needed += f"import {module}\n"
    return _missing_modules(needed)


def _claimx_bin_dir() -> Path:
    """The directory holding the ``claimx`` console script of this environment."""
    here = Path(sys.executable).parent
    if (here / "claimx").exists():
        return here
    found = shutil.which("claimx")
    return Path(found).parent if found else here


def _write_titled_files(path: Path, workdir: Path) -> None:
    for b in _blocks(path):
        m = TITLE.search(b.info)
        if m and b.lang not in ("console", "bash", "sh", "shell"):
            target = workdir / m.group(1)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(b.body, encoding="utf-8")


def _console_steps(block: Block) -> list[tuple[str, str | None]]:
    """(command, expected output or None) for each command of a block.

    Every ``$`` command of a console block runs (``cat``/``wc`` lines check files written by
    claimx); in a bash block only the lines starting with ``claimx`` run."""
    steps: list[tuple[str, str | None]] = []
    if block.lang == "console":
        cmd: str | None = None
        expected: list[str] = []
        for line in [*block.body.splitlines(), "$ "]:
            if line.startswith("$ "):
                if cmd is not None:
                    steps.append((cmd, "\n".join(expected) + "\n" if expected else None))
                cmd, expected = line[2:].strip(), []
            else:
                expected.append(line)
    else:
        steps = [
            (line.strip(), None) for line in block.body.splitlines() if line.startswith("claimx")
        ]
    return steps


@pytest.mark.parametrize("block", [_param(b, b.id, _cli_missing(b)) for b in CLI_BLOCKS])
def test_cli_example(block: Block, tmp_path: Path) -> None:
    _write_titled_files(block.path, tmp_path)
    env = dict(os.environ)
    env["PATH"] = f"{_claimx_bin_dir()}{os.pathsep}{env.get('PATH', '')}"
    env["NO_COLOR"] = "1"
    checker = doctest.OutputChecker()
    for cmd, expected in _console_steps(block):
        proc = subprocess.run(
            cmd,
            shell=True,
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=300,
            stdin=subprocess.DEVNULL,
        )
        assert proc.returncode == 0, f"{block.id}: `{cmd}` exited {proc.returncode}\n{proc.stderr}"
        if expected is not None:
            got = proc.stdout
            assert checker.check_output(expected, got, OPTIONFLAGS), (
                f"{block.id}: `{cmd}` printed\n{got}\nexpected\n{expected}"
            )


def test_doc_blocks_were_found() -> None:
    """Guard against the parser silently finding nothing."""
    assert any(b.path.name == "README.md" for b in PY_BLOCKS)


def _claimx_modules() -> list[str]:
    names = ["claimx"]
    for info in pkgutil.walk_packages(claimx.__path__, "claimx."):
        names.append(info.name)
    return sorted(names)


def _module_param(module_name: str) -> object:
    module = importlib.import_module(module_name)
    tests = doctest.DocTestFinder().find(module)
    source = "".join(ex.source for t in tests for ex in t.examples)
    return _param(module_name, module_name, _missing_modules(source))


@pytest.mark.parametrize("module_name", [_module_param(m) for m in _claimx_modules()])
def test_module_doctests(module_name: str) -> None:
    module = importlib.import_module(module_name)
    result = doctest.testmod(module, optionflags=OPTIONFLAGS, verbose=False, report=True)
    assert result.failed == 0, f"{result.failed} doctest(s) failed in {module_name}"


README_SETUP = re.compile(r"^python3 -m venv \.venv && .*$", re.M)


def test_ci_runs_the_readme_commands() -> None:
    """.ci/run runs exactly the README's set-up command and its test command."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    setup = README_SETUP.findall(readme)
    assert len(setup) == 1, "README must show exactly one set-up command"
    assert setup[0] in ci
    assert "bash scripts/check" in readme
    assert "bash scripts/check" in ci


def test_every_doc_page_is_in_the_site_nav() -> None:
    """A page missing from ``mkdocs.yml``'s nav would be built but unreachable."""
    yaml = pytest.importorskip("yaml")
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))

    def pages(nav: object) -> set[str]:
        if isinstance(nav, str):
            return {nav}
        if isinstance(nav, list):
            return set().union(*(pages(item) for item in nav))
        if isinstance(nav, dict):
            return set().union(*(pages(v) for v in nav.values()))
        return set()

    on_disk = {p.name for p in (ROOT / "docs").glob("*.md")}
    assert on_disk <= pages(config["nav"]), on_disk - pages(config["nav"])
