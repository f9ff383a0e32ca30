"""The scanner's shortcuts in ``claimx.scan`` and ``claimx.patterns`` against what they
stand for."""

from __future__ import annotations

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from claimx import patterns, scan
from claimx.patterns import quantity
from test_noise_clauses import TEXTS


def test_groups_in_pattern_order() -> None:
    # scan() unpacks m.groups() by position
    assert tuple(quantity().groupindex) == scan._GROUPS
    assert quantity().groupindex["unit"] == scan._UNIT


# pieces that make or break runs of digits, and what may end a match inside one
PIECES = ["1", "12", "123", "0839", "123456", "1234567", "12345678", "13812345678", "٣٤٥", "\U00010d45",
          "秒", "分", "12秒34", "1分5秒", "km2", "m2", "3km2", ",", ".", "-", " ", "(", ")", "万", "元",
          "个", "人民", "ICP", "备", "号", "第", "一", "百分之", "分之", "成", "年", "负", "零下", "X"]
RUN_TEXTS = st.lists(st.sampled_from(PIECES), max_size=14).map("".join)
LONG = regex.compile(rf"\d{{{patterns.LONG_RUN}}}")


@settings(max_examples=500, deadline=None)
@given(RUN_TEXTS)
@example("共3km2123456")
@example("用时12秒3456789")
def test_scan_sees_every_long_run(text: str) -> None:
    seen: list[bool] = []

    def spy(text: str, near: list[tuple[int, int]], long_runs: bool = True) -> list[tuple[int, int]]:
        seen.append(long_runs)
        return patterns.noise_spans(text, near, long_runs)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(scan, "noise_spans", spy)
        scan.scan(text)
    assert not seen or seen[0] or not LONG.search(text)


@settings(max_examples=300, deadline=None)
@given(RUN_TEXTS | TEXTS)
def test_long_run_branches_need_a_long_run(text: str) -> None:
    if LONG.search(text):
        return
    for name, branches in patterns._noise_branches().items():
        for k, (branch, _probe, long) in enumerate(branches):
            assert long == ((name, k) in patterns._LONG_RUN_BRANCHES)
            assert not (long and branch.search(text)), (name, k, text)
