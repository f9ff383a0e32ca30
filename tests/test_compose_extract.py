"""The Claim and Quantity building of ``claimx.extract`` (after compose) against what it
stands for: ``model_construct`` and the offset map's own ``start``/``end``."""

from __future__ import annotations

from typing import Any

import pytest

from claimx import extract_claims, find_quantities
from claimx.extract import _builder
from claimx.models import Claim, Quantity
from claimx.normalize import normalize

CLAIM = {"metric": "贫困发生率", "before": 25.59, "after": 0.85, "change": None, "upper": None,
         "unit": "%", "approx": "exact", "direction": "down", "place": None, "time": "2019年",
         "text": "从25.59%降至0.85%", "start": 5, "end": 18, "rule": "from_to"}
QUANTITY = {"value": 3.0, "upper": 5.0, "unit": "万元", "approx": "about", "start": 0, "end": 5,
            "text": "约3至5万元"}


def _state(obj: Any) -> tuple[Any, ...]:
    return (type(obj), obj.__dict__, obj.__pydantic_fields_set__, obj.__pydantic_extra__,
            obj.__pydantic_private__)


@pytest.mark.parametrize(("model", "values"), [(Claim, CLAIM), (Quantity, QUANTITY)])
def test_builder_is_model_construct(model: Any, values: dict[str, Any]) -> None:
    built = _builder(model)(dict(values))
    assert _state(built) == _state(model.model_construct(**values))
    assert built == model.model_construct(**values)
    other = _builder(model)(dict(values))
    assert other.__pydantic_fields_set__ is not built.__pydantic_fields_set__


TEXTS = ["貧困發(fā)生率從25.59％降至0.85％", "<p>人均收入&nbsp;3000元</p><br>增长&amp;12%",
         "精準(zhǔn)扶貧(pín)3.5萬元，&#x9AD4;重60公斤", "收入为3000元"]


@pytest.mark.parametrize("text", TEXTS)
def test_span_is_start_and_end(text: str) -> None:
    offsets = normalize(text).offsets
    n = len(normalize(text).text)
    for i in range(n + 1):
        for j in range(n + 2):
            assert offsets.span(i, j) == (offsets.start(i), offsets.end(j))


@pytest.mark.parametrize("text", TEXTS)
def test_claim_offsets_are_mapped(text: str) -> None:
    norm = normalize(text)
    for c in extract_claims(text):
        assert c.text == text[c.start : c.end]
    for q in find_quantities(text):
        assert q.text == text[q.start : q.end]
    assert norm.offsets.segments or norm.text == text
