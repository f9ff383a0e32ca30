"""The metric reader's shortcuts in ``claimx.context`` against the plain patterns they
stand for (hypothesis): the tail trim walk, the first-character lookaheads, the
time-expression precheck and the digit tests (``\\d`` of re lacks the newest, astral,
digits of regex) must never change a result."""

from __future__ import annotations

import re

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from claimx import context, lexicon
from claimx.patterns import alternation, time_expression

TRIM_WORDS = (lexicon.METRIC_STOP_WORDS + lexicon.UP_VERBS + lexicon.DOWN_VERBS
              + tuple(lexicon.APPROX_PREFIX) + lexicon.METRIC_TRAILING_ADVERBS)
WORDS = sorted(set(TRIM_WORDS + lexicon.RIGHT_METRIC_STOPS + lexicon.RELATIVE_TIMES
                   + lexicon.METRIC_OBJECT_VERBS))
PIECES = st.sampled_from(WORDS) | st.sampled_from(
    list("收入资金面积规模产量基地总大户业年月日号每比较同期0123456789 ·-—\n的了，"))
TEXTS = st.lists(PIECES, max_size=12).map("".join)
SETTINGS = settings(max_examples=400, deadline=None)


@SETTINGS
@given(TEXTS)
def test_trim_tail_is_the_trailing_words_pattern(s: str) -> None:
    pattern = regex.compile(rf"(?:{alternation(TRIM_WORDS)})+$")
    assert context._trim_tail(s) == pattern.sub("", s)


@SETTINGS
@given(TEXTS)
def test_lookahead_changes_no_match(s: str) -> None:
    for led in (context._split_re(), context._right_cut_re()):
        plain = re.compile(led.pattern.partition("])(?:")[2][:-1])  # without the lookahead
        assert led.split(s) == plain.split(s)


@SETTINGS
@given(TEXTS)
def test_every_time_expression_holds_a_mark(s: str) -> None:
    for m in time_expression().finditer(s):
        assert context._time_mark_re().search(m.group())


#: Digits of the newest scripts: ``\d`` for regex, not for re (all astral).
ASTRAL_DIGITS = "\U00010d40\U0001e4f5\U00011f53"
RIGHT_TEXTS = st.lists(PIECES | st.sampled_from([*ASTRAL_DIGITS, "岁以上", "户", "入", "中"]),
                       max_size=12).map("".join)


def _plain_right_noun(right: str) -> str:
    right = right.lstrip()
    if right.startswith("的"):
        right = right[1:]
    if right[:1] in lexicon.RIGHT_METRIC_LEAD_STOPS:
        return ""
    split = context._split_re().search(right)
    end = split.start() if split is not None else len(right)
    cut = regex.compile(rf"\d|{context.right_stop_words()}").search(right, 0, end)
    return right[: min(end if cut is None else cut.start(), 8)]


@SETTINGS
@given(RIGHT_TEXTS)
def test_right_noun_cuts_at_every_digit_of_regex(s: str) -> None:
    assert context._right_noun(s) == _plain_right_noun(s)


def test_astral_digits_are_digits() -> None:
    for d in ASTRAL_DIGITS:
        assert context._strip_left(f"{d}岁以上老人") == "老人"
        assert context._right_noun(f"人口{d}户") == "人口"
        assert context._right_noun(f"{d}户人口") == ""
