"""The seed gold as a ratchet: the referee's F1 on the seed documents may only go up.

Runs the project's referee (``<repo>/../shared/eval/score.py --json``) against the
current ``claimx`` and compares with the floor stored in ``tests/referee_floor.json``.
Raise the floor each time the score improves; never lower it. Skipped when the referee
is not next to the repository (for example in a fresh clone on another machine).
"""

from __future__ import annotations

from typing import Any

import pytest

from referee_support import TESTS, assert_f1_floor, referee_report

FLOOR = TESTS / "referee_floor.json"


@pytest.fixture(scope="module")
def result() -> dict[str, Any]:
    """The referee's JSON report for the current source tree."""
    return referee_report()


def test_no_offset_errors(result: dict[str, Any]) -> None:
    assert result["offset_errors"] == 0, "claims whose text != input[start:end]"


def test_no_crashes(result: dict[str, Any]) -> None:
    assert result["crashes"] == 0, result.get("crash_messages")


def test_f1_not_below_floor(result: dict[str, Any]) -> None:
    assert_f1_floor(result, FLOOR, "python ../shared/eval/score.py -v")
