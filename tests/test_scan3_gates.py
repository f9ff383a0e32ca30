"""The gates of round 7 against the plain code: the per-text gate of the 成 alternative of
:func:`claimx.patterns.quantity_for`, and the from-marker gate of ``compose()``."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from claimx import compose, lexicon, patterns
from claimx.normalize import normalize
from claimx.scan import scan
from test_compose_fast_paths import TEXTS as COMPOSE_TEXTS
from test_compose_fast_paths import _plain as plain_compose
from test_noise_clauses import TEXTS, _corpus

#: swaps or wraps module internals: pure-Python modules only (tests/conftest.py)
pytestmark = pytest.mark.pure

#: The 成 alternative of quantity() as plainly written (with regex's digits).
_CHENG = patterns._stdlib(r"(?:[一二两三四五六七八九]|\d(?:\.\d)?)成[一二三四五六七八九]?")

CHENG_PIECES = ["成", "七成", "七成五", "3成", "3.5成", "完成", "成为", "一", "两", "十", "5", ".", "٣", "\U00010d45",
                "\U0001f600", "x", " ", "，", "百", "增长", "任务"]
CHENG_TEXTS = st.lists(st.sampled_from(CHENG_PIECES), max_size=10).map("".join)


def _check_cheng(text: str) -> None:
    if _CHENG.search(text):
        assert patterns._cheng_head(text), text


@settings(max_examples=500, deadline=None)
@given(CHENG_TEXTS | TEXTS | st.text(max_size=12))
@example("完成3成")
@example("约\U00010d45成")
@example("٣成")
@example("完成任务两成")
def test_cheng_gate_keeps_every_cheng_match(text: str) -> None:
    _check_cheng(text)


def test_cheng_gate_on_the_corpus() -> None:
    for text in _corpus():
        _check_cheng(normalize(text).text)


def test_cheng_gate_drops_the_alternative() -> None:
    # without a 成 numeral the lean pattern has no 成 alternative, and with one it has
    assert "成[" not in patterns.quantity_for("完成任务3个").pattern
    assert "成[" in patterns.quantity_for("完成任务的七成五").pattern
    assert re.search("成", patterns.quantity().pattern)


# compose() calls _from_to only with a from marker starting in its window (_FROM_GATE
# characters before the from-value): against the plain loop, which tries every pair
FROM_TEXTS = [f"{m}{'收入' * (k // 2)}{'人' * (k % 2)}{a}元增加到{b}{u}" for m in lexicon.FROM_MARKERS
              for k in range(16) for a, b in (("2800", "8000"), ("3.5", "12")) for u in ("元", "", "，")]


@pytest.mark.parametrize("text", FROM_TEXTS)
def test_from_gate_is_the_plain_loop(text: str) -> None:
    assert compose.compose(text, scan(text)) == plain_compose(text)


@settings(max_examples=400, deadline=None)
@given(COMPOSE_TEXTS)
@example("由3元增加到8元，从5元增加到9元由")
def test_from_gate_in_any_company(text: str) -> None:
    assert compose.compose(text, scan(text)) == plain_compose(text)


WORD_PIECES = ["分", "之", "分之", "三分之一", "地址", "地", "址", "男子", "女子", "男", "女", "子", "http", "www.", "h",
               "w", "ww", ":", "100米", "12", "，", "。", "共3户"]
WORD_TEXTS = st.lists(st.sampled_from(WORD_PIECES), max_size=12).map("".join)


@settings(max_examples=500, deadline=None)
@given(WORD_TEXTS | st.text(max_size=10))
@example("之分")
@example("分之")
def test_char_after_is_in(text: str) -> None:
    assert patterns._char_after(text, "分", "之") == ("分之" in text)


def test_gate_keys_are_in_their_gates() -> None:
    # a key found nowhere in the text means the gate is not there either
    gates = {g for _name, gs, _p in patterns._NOISE for g in gs or ()}
    for gate, key in patterns._GATE_KEYS.items():
        assert gate in gates and key and key in gate, gate
    for _name, keyed, *_ in patterns._plan():
        for key, g in keyed or ():
            assert key in g


@settings(max_examples=300, deadline=None)
@given(WORD_TEXTS | TEXTS)
@example("地址:某路12号,男子100米")
def test_keyed_gates_are_the_plain_gates(text: str) -> None:
    plain = tuple((name, None if gs is None else tuple(("", g) for _key, g in gs), *rest)
                  for name, gs, *rest in patterns._plan())
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(patterns, "_plan", lambda: plain)
        expected = patterns.noise_spans(text)
    assert patterns.noise_spans(text) == expected
