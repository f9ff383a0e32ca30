"""The per-text gates of :func:`claimx.patterns.quantity_for` (round 7) against the plain
alternatives they leave out."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from claimx import patterns
from claimx.normalize import normalize
from test_noise_clauses import TEXTS, _corpus

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
