"""``parse_number`` against ``corpus/spec_blind_parse.jsonl``: numeral strings and their
values (or ``"error": true``), written blind from the spec by someone who had not seen
claimx's code (see ``corpus/spec_blind.md``)."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

from claimx import NumberParseError, parse_number

CASES = [
    json.loads(line)
    for line in (Path(__file__).parent / "corpus" / "spec_blind_parse.jsonl").read_text(
        encoding="utf-8").splitlines()
    if line.strip()
]


def test_the_suite_is_there() -> None:
    assert len(CASES) >= 40
    assert all(("value" in c) != ("error" in c) for c in CASES)


@pytest.mark.parametrize("case", CASES, ids=[repr(c["input"]) for c in CASES])
def test_parse_number(case: dict[str, Any]) -> None:
    if case.get("error"):
        with pytest.raises(NumberParseError):
            parse_number(case["input"])
    else:
        assert math.isclose(parse_number(case["input"]), float(case["value"]), rel_tol=1e-9)
