"""Running the project's referee (``<repo>/../shared/eval/score.py``) from the tests.

Shared by the ratchet tests on the seed gold and on the held-out sets: each runs the
referee on some gold with ``claimx`` from this source tree and keeps F1 above a floor
stored next to the gold (raise it when the score improves, never lower it).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
SCORE = REPO.parent / "shared" / "eval" / "score.py"


def run_referee(
    *args: str, gold: Path | None = None, docs: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the referee with ``args`` (and ``--gold``/``--docs`` when given); skip the
    calling test when the referee is not next to the repository."""
    if not SCORE.is_file():
        pytest.skip(f"referee not found at {SCORE} (it lives outside the repository)")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(REPO / "src"), env.get("PYTHONPATH", "")) if p
    )
    where = [*(["--gold", str(gold)] if gold else []), *(["--docs", str(docs)] if docs else [])]
    return subprocess.run(
        [sys.executable, str(SCORE), *where, *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def referee_report(gold: Path | None = None, docs: Path | None = None) -> dict[str, Any]:
    """The referee's ``--json`` report."""
    proc = run_referee("--json", gold=gold, docs=docs)
    assert proc.returncode == 0, f"score.py exited {proc.returncode}: {proc.stderr[-2000:]}"
    report: dict[str, Any] = json.loads(proc.stdout)
    return report


def assert_f1_floor(report: dict[str, Any], floor_file: Path, rerun: str) -> None:
    """F1 must not fall below the floor in ``floor_file``; ``rerun`` says how to see why."""
    floor = json.loads(floor_file.read_text(encoding="utf-8"))["f1"]
    f1 = report["f1"] or 0.0
    assert f1 >= floor, (
        f"referee F1 {f1:.4f} fell below the floor {floor} in {floor_file.name}; "
        f"run `{rerun}` to see the new misses"
    )
