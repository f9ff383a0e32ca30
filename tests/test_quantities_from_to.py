"""``find_quantities`` returns both values of a from→to, each on its own span (asb2)."""

from __future__ import annotations

import pytest

from claimx import extract_claims, find_quantities

CASES = [
    ("贫困发生率从25.59%降至0.85%。", [(25.59, "%", "exact", "25.59%"), (0.85, "%", "exact", "0.85%")]),
    ("人均收入由2800元增加到8000元", [(2800.0, "元", "exact", "2800元"), (8000.0, "元", "exact", "8000元")]),
    ("补贴由每月1850元提高至每月1980元", [(1850.0, "元/月", "exact", "1850元"), (1980.0, "元/月", "exact", "1980元")]),
    ("参保人数从约3万人增加到5万余人", [(30000.0, "人", "about", "3万人"), (50000.0, "人", "over", "5万余人")]),
    ("失业率从5.2降至4.8%", [(5.2, "%", "exact", "5.2"), (4.8, "%", "exact", "4.8%")]),
    ("水位从15日2时的42.36米涨至16日6时的47.91米", [(42.36, "米", "exact", "42.36米"), (47.91, "米", "exact", "47.91米")]),
    ("营业额从１２万元增至２０万元", [(120000.0, "元", "exact", "１２万元"), (200000.0, "元", "exact", "２０万元")]),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_from_to_gives_two_quantities(text: str, want: list[tuple[float, str, str, str]]) -> None:
    got = find_quantities(text)
    assert [(q.value, q.unit, q.approx, q.text) for q in got] == want
    for q in got:
        assert text[q.start : q.end] == q.text
    # the claim still holds both, as before and after, on one span
    (claim,) = extract_claims(text)
    assert (claim.before, claim.after) == (want[0][0], want[1][0])


@pytest.mark.parametrize("text", ["补助标准为3至5万元", "本期培训300到400人", "价格在2亿～3亿元之间"])
def test_a_range_stays_one_quantity(text: str) -> None:
    (q,) = find_quantities(text)
    assert q.upper is not None and q.upper > q.value
