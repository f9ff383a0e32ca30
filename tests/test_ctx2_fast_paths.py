"""Round-6 shortcuts of :mod:`claimx.context` against the plain code they replace: the
early exit of ``Context._places_in`` and the per-document astral test that lets
``_right_noun`` skip its own. Each must agree with the plain code on any text."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimx import context, lexicon
from claimx.compose import compose
from claimx.context import Context
from claimx.patterns import beyond_bmp
from claimx.scan import scan
from strategies import corpus_sentences

#: swaps or wraps module internals: pure-Python modules only (tests/conftest.py)
pytestmark = pytest.mark.pure

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

#: Digits of the newest scripts: ``\d`` for regex, not for re (all astral).
ASTRAL = "\U00010d40\U0001e4f5\U00011f53"
_PIECES = st.sampled_from(
    ["李家村", "红岩镇", "昭化区", "全镇", "本村", "3个自然村", "自然村", "户", "人", "，", "。", "；",
     "\n", "有", "的", "收入", "达到", "12", "3", "年", "万元", *ASTRAL, *lexicon.RIGHT_METRIC_STOPS[:20]])
texts = st.one_of(st.sampled_from(corpus_sentences()), st.lists(_PIECES, max_size=30).map("".join))


@SETTINGS
@given(texts, st.data())
def test_places_in_is_the_plain_filter(text: str, data: st.DataObject) -> None:
    s = data.draw(st.integers(0, len(text)))
    e = data.draw(st.integers(0, len(text)))
    ctx = Context(text)
    plain = [p for p in ctx.places() if s <= p.start and p.end <= e]
    assert ctx._places_in(s, e) == plain
    # and every span whose ends are at or next to the ends of places
    ends = {0, len(text)} | {k + d for p in ctx.places() for k in (p.start, p.end) for d in (-1, 0, 1)}
    for s in ends:
        for e in ends:
            assert ctx._places_in(s, e) == [p for p in ctx.places() if s <= p.start and p.end <= e], (s, e)


@SETTINGS
@given(texts)
def test_right_noun_without_astral_test_is_the_same(text: str) -> None:
    """Without astral characters the flag changes nothing; with them it is never
    passed False (the whole text is tested)."""
    for k in range(len(text) + 1):
        right = text[k:]
        if not beyond_bmp(right):
            assert context._right_noun(right, False) == context._right_noun(right)
    assert Context(text)._has_astral() == beyond_bmp(text)


@SETTINGS
@given(texts)
def test_attach_is_the_same_with_the_plain_astral_test(text: str) -> None:
    def attach_all(ctx: Context) -> list[tuple[str | None, str | None, str | None]]:
        out, prev, metric = [], None, None
        for d in compose(text, scan(text)):
            r = ctx.attach(d, prev, metric)
            out.append(r)
            prev, metric = d, r[0]
        return out

    plain = Context(text)
    plain._has_astral = lambda: True  # type: ignore[method-assign]
    assert attach_all(Context(text)) == attach_all(plain)


def test_the_astral_flag_matters() -> None:
    """(so the tests above would see a text whose astral digits were ignored)"""
    right = "自然\U00010d45村"
    assert context._right_noun(right) != context._right_noun(right, False)
    assert Context("3个" + right)._has_astral()
