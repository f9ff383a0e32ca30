"""The windows of the noise probes (``claimx.patterns._window``): a branch searched only in
the window of its probe's matches finds what it finds in the whole text."""

from __future__ import annotations

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from claimx import patterns
from claimx.normalize import normalize
from test_noise_clauses import AROUND, NOISE, _corpus

# what the probes look for, cut and joined by clause stops
PIECES = [*NOISE, *AROUND, "2020年", "2020 年 5", "年", "3号", "号", "12号文件", "3A", "A", "3+4", "+", "1.2.3", ".",
          "1+x", "5", "12345", ",", "。", ",", "。", "3", "民国", "9年级", "100米跑", "男子", "12日至", "1999-3"]
WINDOW_TEXTS = st.lists(st.sampled_from(PIECES), max_size=20).map("".join)
STOPS = "".join(patterns._CLAUSE_STOPS)


def _probe_windows(text: str) -> dict[str, tuple[int, int]]:
    """What noise_spans finds for each probe: its window, _NO_HIT if it finds nothing."""
    windows: dict[str, tuple[int, int]] = {}
    patterns._joint_probes(text, windows)
    for branches in patterns._noise_branches().values():
        for _b, probe, _long in branches:
            if probe is not None and probe.pattern not in windows:
                windows[probe.pattern] = patterns._probe_window(probe, text)
    return windows


def _check(text: str) -> None:
    windows = _probe_windows(text)
    for name, branches in patterns._noise_branches().items():
        for k, (branch, probe, _long) in enumerate(branches):
            if probe is None:
                continue
            # the premise of _window: a match of the branch (from any start) has a probe
            # match that starts in it or at its end with no stop before, and no probe
            # match holds a stop
            starts = [m.start() for m in probe.finditer(text)]
            for m in regex.finditer(branch.pattern, text, regex.VERBOSE, overlapped=True):
                s, e = m.span()
                assert any(s <= p <= e and not any(c in text[s:p] for c in STOPS) for p in starts), (name, k, text)
            for m in probe.finditer(text):
                assert not any(c in m.group() for c in STOPS), (name, k, text)
            # the window holds every match
            window = windows[probe.pattern]
            whole = patterns._branch_spans([branch], text)
            assert patterns._branch_spans([branch], text, [window]) == whole, (name, k, text, window)
            if window == patterns._NO_HIT:
                assert not whole, (name, k, text)
        # and all branches at once, each in its window
        live = [(b, (0, len(text)) if probe is None else windows[probe.pattern]) for b, probe, _long in branches]
        assert patterns._branch_spans([b for b, _ in live], text, [w for _, w in live]) == \
            patterns._branch_spans([b for b, _ in live], text), (name, text)


@settings(max_examples=400, deadline=None)
@given(WINDOW_TEXTS)
@example("3+4,5。1+2")
@example("12号,3号文件。")
@example("共3A,5b。2020 年 5月")
def test_a_branch_in_its_window_finds_what_it_finds_everywhere(text: str) -> None:
    _check(text)


def test_windows_on_the_corpus() -> None:
    for text in _corpus():
        _check(normalize(text).text)


def test_window() -> None:
    text = "a1,b2。c3,d4"
    assert patterns._window(text, 4, 4) == (3, 6)  # the clause, its stop after
    assert patterns._window(text, 1, 7) == (0, 9)
    assert patterns._window(text, 10, 10) == (9, 11)  # no stop after: to the end
