"""More shortcuts of :mod:`claimx.context` against the plain code they stand for
(hypothesis): the time pattern run by the standard re (:func:`context._plain_time_re`)
on the texts :func:`context._plain_reads_times` accepts, and the class of the comparison
markers' first characters that gates the comparison search of `Context.times`, and the
class that gates the words after a place suffix in :func:`context._suffix_re`."""

from __future__ import annotations

import re

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from claimx import context, lexicon
from claimx.patterns import time_expression
from test_context_gates import _CHARS, place_texts, texts
from test_context_gates import _times as _plain_times

SETTINGS = settings(max_examples=500, deadline=None)

#: Characters on which re and regex may read the time pattern differently: an astral
#: digit (Garay, known to regex only), the spaces of re's ``\s`` only, before 以前.
_ODD = ["\U00010d45", "\U00010d45月", "1\U00010d45日", "3\U00010d45年来", "\x1c", "\x1f", "\x1c以前", "，以前", " 以前", "\u3000以前", "\U00010d452020年"]
odd_texts = st.lists(st.one_of(st.sampled_from(_CHARS), st.sampled_from(_ODD)), max_size=30).map("".join)

_BMP = "".join(chr(c) for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF)


def test_plain_time_pattern_is_the_time_pattern() -> None:
    pattern = time_expression()
    assert pattern.flags & ~(regex.VERBOSE | regex.UNICODE | regex.VERSION0) == 0
    assert context._plain_time_re().pattern == pattern.pattern


def test_re_and_regex_classes_differ_only_where_the_check_looks() -> None:
    assert set(re.findall(r"\d", _BMP)) == set(regex.findall(r"\d", _BMP))
    assert set(re.findall(r"\s", _BMP)) - set(regex.findall(r"\s", _BMP)) == set(context._RE_ONLY_SPACES)
    assert set(regex.findall(r"\s", _BMP)) <= set(re.findall(r"\s", _BMP))
    assert not context._plain_reads_times("2020年\U00010d45")
    assert not context._plain_reads_times("2020年\x1c以前")
    assert context._plain_reads_times("2020年 以前") and context._plain_reads_times("2020")


@SETTINGS
@given(texts | odd_texts)
def test_plain_matches_are_those_of_regex(text: str) -> None:
    if not context._plain_reads_times(text):
        return
    plain, pattern = context._plain_time_re(), time_expression()
    for p in range(len(text) + 1):
        for end in (len(text), p + 3):
            m, n = plain.match(text, p, end), pattern.match(text, p, end)
            assert (m and (m.span(), m.group())) == (n and (n.span(), n.group())), (text, p)


@SETTINGS
@given(texts | odd_texts, st.data())
def test_plain_time_spans_are_those_of_regex(text: str, data: st.DataObject) -> None:
    ss = data.draw(st.integers(0, len(text)))
    se = data.draw(st.integers(ss, len(text)))
    plain = context._plain_reads_times(text)
    assert context._time_spans(text, ss, se, plain) == context._time_spans(text, ss, se)
    assert context._drop_times(text, True, plain) == context._drop_times(text, True)
    assert context.Context(text)._plain_times() == plain


def test_comparison_heads_are_the_markers_first_characters() -> None:
    heads = context._comparison_heads()
    firsts = {w[0] for w in lexicon.COMPARISON_MARKERS}
    for c in set(_BMP[:0x3000]) | set(_CHARS) | {chr(c) for c in range(0x4E00, 0xA000)}:
        assert (heads.fullmatch(c) is not None) == (c in firsts), c


def test_times_after_every_comparison_marker() -> None:
    for marker in lexicon.COMPARISON_MARKERS:
        for text in (f"收入{marker}2020年增长", f"{marker}去年同期", f"{marker}上年底的3个"):
            assert context.Context(text).times(0, len(text)) == _plain_times(text, 0, len(text)), text


def _ungated_suffix_re() -> re.Pattern[str]:
    """:func:`context._suffix_re` without the class that gates the words after a suffix."""
    pattern = context._suffix_re().pattern
    gate = re.search(r"\(\?!\(\?=\[[^\]]*\]\)\(\?:", pattern)
    assert gate is not None and pattern.count(gate.group()) == 1
    return re.compile(pattern.replace(gate.group(), "(?!(?:"))


#: A suffix followed by each character a word after it may start with.
_AFTER_TEXTS = st.lists(st.one_of(
    st.sampled_from(lexicon.PLACE_SUFFIXES),
    st.sampled_from(sorted(set("".join(context._WORD_AFTER_ALL.values())) | set("长里、民宿城乡李家红岩"))),
    st.sampled_from(("民宿", "城乡", "、县", "，"))), max_size=20).map("".join)


@settings(SETTINGS, max_examples=800)
@given(place_texts | _AFTER_TEXTS)
def test_word_after_gate_changes_no_suffix_match(text: str) -> None:
    plain = _ungated_suffix_re()
    assert [(m.span(), m.lastindex) for m in context._suffix_re().finditer(text)] \
        == [(m.span(), m.lastindex) for m in plain.finditer(text)]


def test_word_after_gate_after_every_suffix() -> None:
    plain = _ungated_suffix_re()
    chars = set("".join(context._WORD_AFTER_ALL.values())) | set("长里、，的")
    for suffix in lexicon.PLACE_SUFFIXES:
        for c in chars:
            for text in (f"李家{suffix}{c}", f"红岩{suffix}{c}县", f"李家{suffix}{c}宿"):
                assert [(m.span(), m.lastindex) for m in context._suffix_re().finditer(text)] \
                    == [(m.span(), m.lastindex) for m in plain.finditer(text)], text
