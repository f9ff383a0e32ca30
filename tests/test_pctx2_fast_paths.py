"""Shortcuts of :mod:`claimx.context` (round 11) against the plain code they stand for:
`Context.attach` looks for 分别 in a claim's clause, and keeps the claims of a
sentence for the pairing of `Context._distributed`, only when its sentence holds 分别."""

from __future__ import annotations

import pathlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimx import context, extract, extract_claims
from claimx.normalize import normalize

#: swaps or wraps module internals: pure-Python modules only (tests/conftest.py)
pytestmark = pytest.mark.pure

SETTINGS = settings(max_examples=300, deadline=None)
_ROOT = pathlib.Path(__file__).resolve().parent

#: Lists after 分别 (pairing with the subjects or the claims before), and claims around them.
_APART = [
    "城镇和农村居民人均可支配收入分别为45000元和21000元，分别增长5.1%和6.3%。",
    "粮食、蔬菜产量分别达到120万吨、80万吨，其中小麦60万吨。",
    "甲村、乙村、丙村分别有贫困户12户、15户和9户；全镇共有贫困户36户。",
    "收入3.2亿元，支出2.1亿元，同比分别上升8.3%和9.8%。另有项目5个。",
    "进口12亿元，出口15亿元。增幅分别为8.3%和9.8%，总额27亿元。",
    "对东盟、欧盟、美国分别进出口120亿元、90亿元和80亿元。",
]


class _Plain(context.Context):
    """A context that looks for 分别 in every clause (the code before the shortcut)."""

    @property  # type: ignore[override]
    def _last_apart(self) -> bool:
        return True

    @_last_apart.setter
    def _last_apart(self, value: bool) -> None:
        pass


def _claims(text: str) -> list[str]:
    return [repr(c) for c in extract_claims(text)]


def _corpus_texts() -> list[str]:
    out = list(_APART)
    for p in sorted((_ROOT / "corpus").rglob("*")):
        if p.is_file() and p.suffix in (".txt", ".md", ".jsonl", ".json") and "分别" in p.read_text(errors="ignore"):
            out.extend(line for line in p.read_text(errors="ignore").splitlines() if "分别" in line)
    return out[:400]


def test_apart_gate_matches_the_plain_search(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _corpus_texts()
    fast = [_claims(t) for t in texts]
    monkeypatch.setattr(extract, "Context", _Plain)
    assert [_claims(t) for t in texts] == fast
    assert len(texts) > len(_APART) and any(fast)


@SETTINGS
@given(st.lists(st.sampled_from(list("分别和、，。；为增长下降5%万元户人收入产量村镇")), max_size=40).map("".join))
def test_apart_gate_on_generated_text(text: str) -> None:
    fast = _claims(text)
    original = extract.Context
    extract.Context = _Plain  # type: ignore[misc]
    try:
        assert _claims(text) == fast
    finally:
        extract.Context = original  # type: ignore[misc]


def test_normalized_text_is_what_the_gate_sees() -> None:
    assert "分别" in normalize("甲、乙分别为5户和6户").text


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        ("收入3.2亿元，支出2.1亿元，同比分别上升8.3%和9.8%。另有项目5个。", ["收入", "支出", "收入", "支出", "项目"]),
        ("进口12亿元，出口15亿元，增幅分别为8.3%和9.8%。", ["进口", "出口", "进口增幅", "出口增幅"]),
    ],
)
def test_claims_before_apart_are_listed(text: str, metrics: list[str]) -> None:
    # the claims of a sentence holding 分别 are kept for pairing (the list is kept only then)
    assert [c.metric for c in extract_claims(text)] == metrics
