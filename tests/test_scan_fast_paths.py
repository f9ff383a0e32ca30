"""The scanner's shortcuts in ``claimx.scan`` and ``claimx.patterns`` against what they
stand for."""

from __future__ import annotations

import itertools
import re

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from claimx import lexicon, patterns, scan
from claimx.patterns import quantity
from test_noise_clauses import TEXTS


def test_groups_in_pattern_order() -> None:
    # scan() unpacks m.groups() by position
    for wide, fractions, seconds in itertools.product((False, True), repeat=3):
        pattern = patterns._quantity(wide=wide, fractions=fractions, seconds=seconds)
        assert tuple(pattern.groupindex) == scan._GROUPS
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


NUMERAL_PIECES = [*PIECES, "百分之", "千分之", "三分之一", "1/3", "3分之2", "七成五", "12秒34", "1分55秒32",
                  "\U00010d40\U00010d41", "\U0001f600", "倍", "余", "多", "万元", "个百分点", "百分点", "km²",
                  "元五角", "每公斤", "左右", "以上", "一", "二", "十", "点五"]
NUMERAL_TEXTS = st.lists(st.sampled_from(NUMERAL_PIECES), max_size=14).map("".join)


@settings(max_examples=500, deadline=None)
@given(NUMERAL_TEXTS)
@example("百分之\U00010d45")
@example("\U0001f600\U00010d45\U00010d46万元")
def test_quantity_for_finds_what_quantity_finds(text: str) -> None:
    def found(pattern: re.Pattern[str]) -> list[tuple[object, ...]]:
        return [(m.span(), m.groups()) for m in pattern.finditer(text)]

    assert found(patterns.quantity_for(text)) == found(quantity())


def test_units_by_first_character_match_like_the_alternation() -> None:
    words = ["倍", *sorted(set(lexicon.UNITS), key=lambda w: (-len(w), w))]
    plain = re.compile(f"(?:{'|'.join(map(re.escape, words))})")
    grouped = re.compile(f"(?:{patterns._by_first_char(sorted(words, key=lambda w: w[0]))})")
    for w in words:
        for tail in ("", "钱", "点", "²", "次", "学校"):
            assert plain.match(w + tail)[0] == grouped.match(w + tail)[0]  # type: ignore[index]
