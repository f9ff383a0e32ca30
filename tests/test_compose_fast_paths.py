"""``claimx.compose``'s shortcuts against the plain code: the gates of the tail patterns
(inline in ``_single``) against the bare regex search, and compose() (a from→to tried
only in a text holding a from marker, a range only across a gap a range link can fill,
rates only in a text holding 每) against the plain loop that tries every rule; _from_to's
gate (no from→to gap holds a clause stop) against the plain match."""

from __future__ import annotations

import re

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from claimx import compose as c
from claimx import lexicon
from claimx.normalize import normalize
from claimx.scan import scan
from test_noise_clauses import _corpus

#: swaps or wraps module internals: pure-Python modules only (tests/conftest.py)
pytestmark = pytest.mark.pure


def _plain(text: str) -> list[c.Draft]:
    """compose() as it reads without its shortcuts."""
    drafts: list[c.Draft] = []
    rev = text[::-1]
    i, tokens = 0, scan(text)
    while i < len(tokens):
        tok = tokens[i]
        if i + 1 < len(tokens):
            pair = c._from_to(text, rev, tok, tokens[i + 1]) or c._range(text, tok, tokens[i + 1])
            if pair is not None:
                drafts.append(pair)
                i += 2
                continue
            past = c._from_to_past_times(text, rev, tokens, i)
            if past is not None:
                drafts.append(past[0])
                i = past[1]
                continue
        if c._in_time(text, tok):
            i += 1
            continue
        cs = c._clause_start(rev, tok.start)
        has_new = c._new_verb_re().search(text, cs, tok.start) is not None
        d = c._single(text, tok, has_new, c._prefix_re(), c._verb_re())
        if d is not None and drafts and d.rule == "state" and drafts[-1].rule == "change":
            c._continue_list(text, drafts[-1], d)
        if d is not None:
            drafts.append(d)
        i += 1
    drafts.extend(c._doubles(text))
    for d in drafts:
        c._per_unit(text, rev, d)
    drafts.sort(key=c._START)
    return drafts


PIECES = ["从", "由", "自", "每人", "每年", "每", "3", "25.59", "5万", "三", "%", "元", "万元", "亩", "户",
          "至", "到", "-", "~", "—", "–", "降至", "增加到", "增长", "下降", "新增", "约", "近", "为", "了",
          "，", "。", "、", "和", " ", "翻一番", "年", "近3年来", "人均", "收入", "贫困发生率"]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=16).map("".join)


@settings(max_examples=600, deadline=None)
@given(TEXTS)
@example("贫困发生率从25.59%降至0.85%")
@example("每人获得3至5万元")
@example("由2800元增加到8000元，每人每年增收2000元")
@example("3新增从3%")  # a 新增 between two tokens of one clause (found by hypothesis)
def test_compose_is_the_plain_loop(text: str) -> None:
    assert c.compose(text, scan(text)) == _plain(text)


@pytest.mark.parametrize("text", _corpus()[:400])
def test_compose_is_the_plain_loop_on_the_corpus(text: str) -> None:
    norm = normalize(text).text
    assert c.compose(norm, scan(norm)) == _plain(norm)



class _Everything(frozenset[str]):
    """A set that holds every character and meets every set: a gate that always opens."""

    def __contains__(self, item: object) -> bool:
        return True

    def isdisjoint(self, other: object) -> bool:
        return False


def _ungated(tail: c._TailPattern) -> c._TailPattern:
    return c._TailPattern(tail.pattern, _Everything(), re.compile(""))  # (found in every window)


def _check_gates(text: str) -> None:
    prefix, verb = c._prefix_re(), c._verb_re()
    plain_prefix, plain_verb = _ungated(prefix), _ungated(verb)
    for tok in scan(text):
        for new in (False, True):
            assert c._single(text, tok, new, prefix, verb) == c._single(text, tok, new, plain_prefix, plain_verb)
        window = text[max(0, tok.start - 8) : tok.start]
        for tail in (prefix, verb):
            found, plain = tail.search(window), tail.pattern.search(window)
            assert (found and found.span()) == (plain and plain.span())


@settings(max_examples=600, deadline=None)
@given(TEXTS)
@example("约为3万元")
@example("增长了约 5%")
@example("收入增长3%，下降了5.2个百分点")
def test_single_gates_are_the_plain_search(text: str) -> None:
    _check_gates(text)


def test_single_gates_are_the_plain_search_on_the_corpus() -> None:
    for text in _corpus():
        _check_gates(normalize(text).text)


@pytest.mark.parametrize("verb", [*lexicon.UP_VERBS, *lexicon.DOWN_VERBS, "发展", "变为", "", None, "增长了"])
def test_direction_is_the_lists(verb: str | None) -> None:
    plain = None
    if verb and verb in lexicon.DOWN_VERBS:
        plain = "down"
    elif verb and verb in lexicon.UP_VERBS:
        plain = "up"
    assert c._direction(verb) == plain


def test_between_re_matches_no_clause_stop() -> None:
    """_from_to's gate: a gap holding a clause stop (but the newline) is no from→to gap."""
    stops = c._CLAUSE_STOPS.replace("\n", "")
    source = regex.sub(r"\{\d+(?:,\d+)?\}", "", c._between_re().pattern)  # ({1,2}: no comma)
    assert "\\?" not in source  # (every ? is a quantifier or opens a group)
    for ch in stops:
        assert ch not in source or ch == "?"
        assert regex.match(r"[\s\d]", ch) is None
        assert c._gap_stop().search(f"增长{ch}至") is not None


def _from_to_pairs(text: str) -> list[c.Draft | None]:
    rev, tokens = text[::-1], scan(text)
    return [c._from_to(text, rev, a, b) for k, a in enumerate(tokens) for b in tokens[k + 1 : k + 5]]


@settings(max_examples=300, deadline=None)
@given(TEXTS)
@example("从3%，增长至5%")
@example("贫困发生率从25.59%降至0.85%")
@example("由2800元\n增加到8000元")
def test_from_to_gap_gate_is_the_plain_match(text: str) -> None:
    gated = _from_to_pairs(text)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(c, "_gap_stop", lambda: re.compile("(?!)"))  # a gate that never closes
        assert _from_to_pairs(text) == gated


def test_from_to_gap_gate_is_the_plain_match_on_the_corpus() -> None:
    texts = [normalize(t).text for t in _corpus()]
    gated = [_from_to_pairs(t) for t in texts]
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(c, "_gap_stop", lambda: re.compile("(?!)"))
        assert [_from_to_pairs(t) for t in texts] == gated
