"""The hand-written JSONL encoder writes exactly what ``json.dumps`` would."""

from __future__ import annotations

import json

import pytest

from claimx import extract_claims
from claimx.io import OUTPUT_COLUMNS, claim_row, jsonl_payload
from claimx.models import Claim

ODD_VALUES = [float("nan"), float("inf"), float("-inf"), -0.0, 1e300, 1e-7, 3, True,
              "引号\"与\\反斜杠\n\u2028\x00", "𠮷"]


def _reference(doc: str, claims: list[Claim]) -> str:
    return "".join(json.dumps(dict(zip(OUTPUT_COLUMNS, (doc, *claim_row(c)), strict=True)),
                              ensure_ascii=False) + "\n" for c in claims)


def test_real_claims_encode_like_json_dumps() -> None:
    claims = extract_claims("贫困发生率从25.59%降至0.85%,全村共有1,100户,人均收入约3.5万元。")
    assert len(claims) == 3
    assert jsonl_payload('doc "1"\n', claims) == _reference('doc "1"\n', claims)


@pytest.mark.parametrize("value", ODD_VALUES, ids=repr)
def test_odd_values_encode_like_json_dumps(value: object) -> None:
    claim = Claim.model_construct(after=value, metric=value if isinstance(value, str) else None,
                                  text="x", start=0, end=1)
    assert jsonl_payload("d", [claim]) == _reference("d", [claim])
    assert json.loads(jsonl_payload("d", [claim]))["doc"] == "d"
