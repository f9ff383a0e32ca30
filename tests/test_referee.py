"""The seed gold as a ratchet: the referee's F1 on the seed documents may only go up.

Runs the project's referee (``<repo>/../shared/eval/score.py --json``) against the
current ``claimx`` and compares with the floor stored in ``tests/referee_floor.json``.
Raise the floor each time the score improves; never lower it. Skipped when the referee
is not next to the repository (for example in a fresh clone on another machine).
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
FLOOR = TESTS / "referee_floor.json"


@pytest.fixture(scope="module")
def result() -> dict[str, Any]:
    """The referee's JSON report for the current source tree."""
    if not SCORE.is_file():
        pytest.skip(f"referee not found at {SCORE} (it lives outside the repository)")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(REPO / "src"), env.get("PYTHONPATH", "")) if p
    )
    proc = subprocess.run(
        [sys.executable, str(SCORE), "--json"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, f"score.py exited {proc.returncode}: {proc.stderr[-2000:]}"
    report: dict[str, Any] = json.loads(proc.stdout)
    return report


def test_no_offset_errors(result: dict[str, Any]) -> None:
    assert result["offset_errors"] == 0, "claims whose text != input[start:end]"


def test_no_crashes(result: dict[str, Any]) -> None:
    assert result["crashes"] == 0, result.get("crash_messages")


def test_f1_not_below_floor(result: dict[str, Any]) -> None:
    floor = json.loads(FLOOR.read_text(encoding="utf-8"))["f1"]
    f1 = result["f1"] or 0.0
    assert f1 >= floor, (
        f"referee F1 {f1:.4f} fell below the floor {floor} in {FLOOR.name}; "
        "run `python ../shared/eval/score.py -v` to see the new misses"
    )
