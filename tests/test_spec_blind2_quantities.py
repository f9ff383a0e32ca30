"""``find_quantities`` against ``corpus/spec_blind2_quantities.jsonl``: texts and every
number + unit they hold, in order, written blind from the spec by someone who had not seen
claimx's code or output (see ``corpus/spec_blind2.md``).

Each quantity must agree on value (relative tolerance 1e-6), unit, approx and upper, and
``text[start:end] == q.text``. Known failures are listed in :data:`XFAIL` (strict)."""

from __future__ import annotations

import json
import math
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from claimx import find_quantities

CASES = [
    json.loads(line)
    for line in (Path(__file__).parent / "corpus" / "spec_blind2_quantities.jsonl").read_text(
        encoding="utf-8").splitlines()
    if line.strip()
]

#: id -> reason, for the cases claimx is known to get wrong (run as strict xfails).
XFAIL: dict[str, str] = {}


def _unit(u: str | None) -> str | None:
    return None if u is None else unicodedata.normalize("NFKC", u)


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-6)


def _params() -> list[Any]:
    out = []
    for case in CASES:
        marks = []
        if case["id"] in XFAIL:
            marks = [pytest.mark.xfail(reason=XFAIL[case["id"]], strict=True)]
        out.append(pytest.param(case, id=case["id"], marks=marks))
    return out


def test_the_suite_is_there() -> None:
    assert len(CASES) >= 60
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids))
    assert set(XFAIL) <= set(ids), "stale XFAIL entries"


@pytest.mark.parametrize("case", _params())
def test_find_quantities(case: dict[str, Any]) -> None:
    text: str = case["text"]
    got = find_quantities(text)
    for q in got:
        assert text[q.start : q.end] == q.text, f"offset error {q.text!r} [{q.start}:{q.end}]"
    want = case["quantities"]
    got_desc = [(q.text, q.value, q.unit, q.approx, q.upper) for q in got]
    assert len(got) == len(want), f"{text!r}: want {want}, got {got_desc}"
    for w, q in zip(want, got, strict=True):
        ok = (
            _same(float(w["value"]), q.value)
            and _unit(w["unit"]) == _unit(q.unit)
            and w["approx"] == q.approx
            and _same(None if w["upper"] is None else float(w["upper"]), q.upper)
        )
        assert ok, f"{text!r}: want {w}, got {got_desc}"
