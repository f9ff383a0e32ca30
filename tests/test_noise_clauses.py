"""The noise patterns scanned only in the clauses around some numerals find, over those
numerals, exactly what a scan of the whole text finds (``noise_spans(text, near=...)``).

That holds while no noise match runs over a clause stop and no look-around reads past one
(see ``claimx.patterns._CLAUSE_STOPS``); a new noise pattern that breaks it shows here.
"""

from __future__ import annotations

import json
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimx import patterns
from claimx.normalize import normalize
from claimx.patterns import noise_spans
from strategies import CORPUS

_NUMERAL = re.compile(r"[\d一二三四五六七八九十百千万零〇]+")

# noise of every kind, and what may stand around it
NOISE = [
    "“四个不摘、三个不能”", "“1+N”模式", "「三个一」", "‘两不愁’", '"1315"', "一心一意", "五湖四海",
    "2020年12月5日", "2020 年 5 月", "二〇二〇年", "2020-11-10", "2019/3/4", "90年代", "5-6月",
    "三月五日", "12日至", "10:30", "8时30分", "9点许", "0839-1234567", "(010)12345678", "12345678",
    "13812345678", "400-123-4567", "A1-2", "ICP12345", "3km2", "1.2.3", "510812199001011234",
    "蜀ICP备12345号-1", "〔2021〕8号", "12号文件", "3号楼2单元", "第3届", "第 12 条", "地址:某路12号,",
    "男子100米", "400米接力", "民国3年", "9年义务教育", "3+4=7", "5 × 6", "3+A", "www.a.cn/1,2",
    "a@b.cn", "“不忘、3个”", "ab-12", "X.12", "Ab·1", "10:30",
]
AROUND = [*",。,。、;:!?“”()（） \n-/.·", "共", "的", "3户", "12", "五", "万元", "年", "号", "米"]
TEXTS = st.lists(st.sampled_from(NOISE) | st.sampled_from(AROUND), max_size=30).map("".join)


def _corpus() -> list[str]:
    texts = [json.loads(line)["text"] for line in (CORPUS / "positive.jsonl").read_text().splitlines()
             if line.strip()]
    texts += [line for line in (CORPUS / "negative.txt").read_text().splitlines()
              if line.strip() and not line.startswith("#")]
    return texts


def _check(text: str) -> None:
    text = normalize(text).text
    whole = noise_spans(text)
    for m in _NUMERAL.finditer(text):  # each numeral alone: the smallest window around it
        a, b = m.span()
        blocked = [any(s < b and a < e for s, e in spans) for spans in (whole, noise_spans(text, near=[(a, b)]))]
        assert blocked[0] == blocked[1], (text, text[a:b], a)


def test_corpus_sentences() -> None:
    for text in _corpus():
        _check(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_noise_in_any_company(text: str) -> None:
    _check(text)


def _plain_clauses(text: str, near: list[tuple[int, int]]) -> tuple[str, list[int], list[int]]:
    """patterns._clauses as plainly written: per span the clauses from its start's to its
    end's, windows that touch or overlap merged, each piece with the stops around it."""
    stops = [i for i, c in enumerate(text) if c in patterns._CLAUSE_STOPS]
    windows: list[tuple[int, int]] = []
    for ns, ne in near:
        a = max((i + 1 for i in stops if i < ns), default=0)
        b = min((i for i in stops if i >= ne), default=len(text))
        if windows and a <= windows[-1][1] + 1:
            windows[-1] = (windows[-1][0], max(windows[-1][1], b))
        else:
            windows.append((a, b))
    pieces, starts, shifts, at = [], [], [], 0
    for a, b in windows:
        a, b = max(a - 1, 0), min(b + 1, len(text))
        pieces.append(text[a:b])
        starts.append(at)
        shifts.append(a - at)
        at += b - a
    return "".join(pieces), starts, shifts


@st.composite
def _text_and_spans(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]]]:
    text = draw(st.text(alphabet="ab1,。", max_size=20))
    cuts = sorted(set(draw(st.lists(st.integers(0, len(text)), max_size=8))))
    spans = [(a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=False) if a < b]
    return text, spans


@settings(max_examples=500, deadline=None)
@given(_text_and_spans())
def test_clauses_are_the_plain_clauses(case: tuple[str, list[tuple[int, int]]]) -> None:
    text, spans = case
    assert patterns._clauses(text, spans) == _plain_clauses(text, spans), case
