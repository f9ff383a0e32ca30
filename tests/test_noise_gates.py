"""The gates of the noise branches (``claimx.patterns._BRANCH_GATES``): a branch matches
only in a text that holds one of its gates."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from claimx import patterns
from claimx.normalize import normalize
from test_noise_clauses import _corpus
from test_noise_windows import PIECES

GATE_PIECES = [*PIECES, "1999-3-4", "2020/5/6", "2020.5", "5月", "三月", "12日至", "5号到", "10:30", "8时30分", "9点5分",
               "8时许", "9点前", "400 123 4567", "800-123-4567", "1.2.3", "110101199001011234", "110101200001011234",
               "〔2021〕8号", "第3届", "400米接力", "9年制", "3+x", "3 + 4"]


def _check(text: str) -> None:
    for name, branches in patterns._noise_branches().items():
        for k, (branch, _probe, _long) in enumerate(branches):
            gates = patterns._BRANCH_GATES.get((name, k))
            if gates is not None and branch.search(text):
                assert any(g in text for g in gates), (name, k, text)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(GATE_PIECES), max_size=12).map("".join))
@example("1999-3-4,2020/5/6,5月三月,12日至5号到,10:30,8时30分,8时许,9点前,400 123 4567,1.2.3,〔2021〕8号,第3届")
def test_a_branch_matches_only_where_a_gate_is(text: str) -> None:
    _check(text)


def test_gates_on_the_corpus() -> None:
    for text in _corpus():
        _check(normalize(text).text)


def test_every_gated_branch_exists() -> None:
    branches = patterns._noise_branches()
    for name, k in patterns._BRANCH_GATES:
        assert k < len(branches[name]), (name, k)
