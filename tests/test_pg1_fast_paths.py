"""Round 13 shortcuts of ``claimx.compose`` against the plain code: ``_single``'s verb-object
rule (增加养老金支出71.3亿元) tried only in a text holding 增加 or 减少, and the rate passes
(每X, 亩均, 一斤…售价) run in one loop over the drafts instead of one loop each."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from claimx import compose as c
from claimx import lexicon
from claimx.normalize import normalize
from claimx.scan import scan
from test_noise_clauses import _corpus

#: swaps or wraps module internals: pure-Python modules only (tests/conftest.py)
pytestmark = pytest.mark.pure


def _with_objects(text: str) -> list[c.Draft]:
    """compose() with the verb-object rule tried before every number."""
    single = c._single

    def every(*args: Any) -> c.Draft | None:
        return single(*args[:5], True)

    mp = pytest.MonkeyPatch()
    mp.setattr(c, "_single", every)
    try:
        return c.compose(text, scan(text))
    finally:
        mp.undo()


def _three_loops(text: str) -> list[c.Draft]:
    """compose() with its rate passes run as three loops over the drafts, one per pass."""
    mp = pytest.MonkeyPatch()
    for name in ("_per_unit", "_per_measure", "_per_area", "_one_price"):
        mp.setattr(c, name, lambda *args: None)
    try:
        drafts = c.compose(text, scan(text))
    finally:
        mp.undo()
    rev = text[::-1]
    if "每" in text:
        for d in drafts:
            if d.unit in lexicon.CURRENCY_UNITS:
                c._per_unit(text, rev, d)
            elif d.unit in lexicon.RATE_NUMERATORS or d.unit == "次":
                c._per_measure(text, d)
    if "亩均" in text:
        for d in drafts:
            if d.tokens and (d.unit in lexicon.CURRENCY_UNITS or d.unit in lexicon.RATE_NUMERATORS):
                c._per_area(text, rev, d)
    if "一" in text and ("售" in text or "卖" in text or "价" in text):
        for d in drafts:
            if d.tokens and d.unit in lexicon.CURRENCY_UNITS:
                c._one_price(text, d)
    return drafts


PIECES = ["增加", "减少", "了", "养老金支出", "碳排放", "约", "3", "71.3", "120万", "五", "亿元", "元", "吨",
          "公斤", "%", "每", "每亩", "每斤", "亩均", "一", "一斤", "猪肉", "售价", "卖", "价", "次", "秒",
          "收入", "产量", "，", "。", "按", "的", "增长", " "]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=14).map("".join)


@settings(max_examples=600, deadline=None)
@given(TEXTS)
@example("增加养老金支出约71.3亿元")
@example("减少碳排放120万吨，每亩收入3元")
@example("亩均收入4500元，一斤猪肉售价15元，每亩产量410公斤")
@example("亩均一斤猪肉售价15元")  # two passes meet one draft: the first one's rate stands
@example("每人一斤猪肉售价15元")
@example("一石大米约售银元五元")  # 一 eight letters before the number
def test_compose_gates_are_the_plain_code(text: str) -> None:
    plain = _with_objects(text)
    assert c.compose(text, scan(text)) == plain
    assert _three_loops(text) == plain


@pytest.mark.parametrize("text", _corpus()[:300])
def test_compose_gates_are_the_plain_code_on_the_corpus(text: str) -> None:
    norm = normalize(text).text
    plain = _with_objects(norm)
    assert c.compose(norm, scan(norm)) == plain
    assert _three_loops(norm) == plain


def test_no_qualifier_reads_exact() -> None:
    """``_single`` stops at the first qualifier rule that finds one (an ``elif`` chain): the
    same as trying each in turn while the value is still exact, as long as no qualifier
    word maps to "exact"."""
    assert "exact" not in set(lexicon.APPROX_PREFIX.values())
