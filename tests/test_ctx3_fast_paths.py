"""Round-8 shortcuts of :mod:`claimx.context` against the plain code they replace. Each
must agree with the plain code on any text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimx import context, lexicon
from claimx.patterns import time_expression
from strategies import corpus_sentences

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

#: Digits of the newest scripts: ``\d`` for regex, not for re (all astral).
ASTRAL = "\U00010d40\U0001e4f5\U00011f53"


_TIME_CHARS = sorted(set("".join(lexicon.RELATIVE_TIMES + lexicon.EVENT_TIMES))
                     | set("年月日季度号份底初末旬以来期间至到截止近过去这今前第连续0123456789一二三十〇零-—~的"))
_TIME_WORDS = [*lexicon.RELATIVE_TIMES, *lexicon.EVENT_TIMES, "2020年", "12月3日", "1-6月", "3年来", "年均", "每年"]
time_texts = st.one_of(st.sampled_from(corpus_sentences()),
                       st.lists(st.one_of(st.sampled_from(_TIME_CHARS), st.sampled_from(_TIME_WORDS)), max_size=20)
                       .map("".join))


def _starts_no_time(text: str, k: int) -> bool:
    """The shortcut of ``_time_spans``: no time expression starts at ``k``."""
    return text[k] in context._TIME_ANCHOR_CHARS and not text.startswith(context._anchor_words(), k)


@SETTINGS
@given(time_texts)
def test_no_time_starts_on_a_bare_anchor(text: str) -> None:
    for k in range(len(text)):
        if _starts_no_time(text, k):
            assert time_expression().match(text, k) is None, (text, k)
            assert time_expression().match(text, k, k + 12) is None, (text, k)


def test_no_time_starts_on_a_bare_anchor_brute_force() -> None:
    # every anchor with every one or two characters of the time alphabet after it
    for a in context._TIME_ANCHOR_CHARS:
        for b in ["", *_TIME_CHARS]:
            for c in ["", *_TIME_CHARS]:
                for text in (a + b + c, "3" + a + b + c, "，" + a + b + c):
                    k = text.index(a)
                    if _starts_no_time(text, k):
                        assert time_expression().match(text, k) is None, text
    for w in (*lexicon.RELATIVE_TIMES, *lexicon.EVENT_TIMES):
        for k in range(len(w)):
            if _starts_no_time(w, k):
                assert time_expression().match(w, k) is None, (w, k)


_LABEL_PIECES = st.one_of(st.sampled_from([":", " ", "\u3000", "\t", "\n", "■", "•", "_", "3", "a", *"农村卫生厕所普及率为达"]),
                          st.sampled_from([*lexicon.RIGHT_METRIC_STOPS, *lexicon.UP_VERBS, "月人均补助标准"]))
label_texts = st.one_of(st.sampled_from(corpus_sentences()), st.lists(_LABEL_PIECES, max_size=30).map("".join))


def _plain_gate(left: str) -> bool:
    """The test ``_strip_left`` made before ``_clause_label``."""
    return ":" in left or left[-1:].isspace()


_label_gate = context._may_hold_label


@SETTINGS
@given(label_texts)
def test_no_label_where_the_gate_says_none(text: str) -> None:
    for k in range(len(text)):
        left = text[k:]
        if _plain_gate(left) and not _label_gate(left):
            assert context._clause_label(left) == "", left
            assert context._label_re().match(left) is None, left


def test_label_gate_cases() -> None:
    for sep in (":", " ", ": ", " : ", "\u3000", "\t"):
        for tail in range(9):
            left = "农村卫生厕所普及率" + sep + "达" * tail
            if _plain_gate(left) and not _label_gate(left):
                assert context._label_re().match(left) is None, left


def test_space_is_the_space_of_re() -> None:
    import re
    space = re.compile(r"\s")
    assert all((space.match(chr(c)) is not None) == chr(c).isspace() for c in range(0x110000))


def test_isdecimal_is_the_digit_of_regex_below_astral() -> None:
    import regex
    digit = regex.compile(r"\d")
    assert all((digit.match(chr(c)) is not None) == chr(c).isdecimal() for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF)


_LEAD_PIECES = st.sampled_from([*sorted(context._time_lead_chars()), *"0123456789٣年月日季比的", *ASTRAL, "\U0001d7d8", "\U00020000"])


@SETTINGS
@given(st.lists(_LEAD_PIECES, max_size=25).map("".join), st.data())
def test_lead_start_is_the_backward_match(text: str, data: st.DataObject) -> None:
    k = data.draw(st.integers(0, len(text)))
    pos = data.draw(st.integers(0, k))
    assert context._lead_start(text, pos, k) == context._time_lead_re().match(text, pos, k).start(), (text, pos, k)


def test_lead_start_cases() -> None:
    for text in ("截至2020年", "近3年来", "1-6月", "比上年", "3\U00010d40年", "\U00010d403年", "年", "收入年均", "٣月"):
        for k in range(len(text) + 1):
            for pos in range(k + 1):
                assert context._lead_start(text, pos, k) == context._time_lead_re().match(text, pos, k).start(), text
