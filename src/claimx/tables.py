"""Pipe tables (``| 县区 | 地区生产总值 |`` over ``|---|---|``, ``项目 | 调整前 | 调整后``): the
cells of a row and the header of its block (docs/decisions.md, round G).

>>> t = "| 指标 | 单位 | 完成 |\\n|---|---|---|\\n| 新建高标准农田 | 万亩 | 3.5 |"
>>> ls = t.rfind("\\n") + 1
>>> [t[a:b].strip() for a, b in cell_spans(t, ls, len(t))], header_cells(t, ls)
(['新建高标准农田', '万亩', '3.5'], ['指标', '单位', '完成'])
"""

from __future__ import annotations

import functools
import re

from claimx import patterns

__all__ = ["cell_spans", "header_cells"]

#: How many lines above a row its header is looked for.
_MAX_ROWS = 200
#: What ends a sentence written before a table on the same line.
_SENTENCE_ENDS = ("。", "！", "？", "；", "!", "?", ";")


def cell_spans(t: str, ls: int, le: int) -> list[tuple[int, int]]:
    """The cells of the table line ``t[ls:le]`` split on ``|`` (the empty ones outside a
    leading or trailing ``|`` dropped, as are a sentence ended before the first ``|`` on the
    same line, ``…责任。|指标|单位|``, and a stop after the last, ``|62.5|。``), as spans of ``t``."""
    spans, pos = [], ls
    while True:
        k = t.find("|", pos, le)
        if k < 0:
            spans.append((pos, le))
            break
        spans.append((pos, k))
        pos = k + 1
    if spans and (not t[spans[0][0] : spans[0][1]].strip()
                  or (len(spans) > 1 and t[spans[0][0] : spans[0][1]].rstrip().endswith(_SENTENCE_ENDS))):
        spans = spans[1:]
    if spans and (t[spans[-1][0] : spans[-1][1]].strip() or "。") in _SENTENCE_ENDS:
        spans = spans[:-1]  # (nothing, or the stop of the sentence the table ends: ``|62.5|。``)
    return spans


@functools.lru_cache(maxsize=1)
def _separator_re() -> re.Pattern[str]:
    """The rule under a Markdown table's header: ``|---|:---:|``."""
    return re.compile(r"[ \t]*\|?(?:[ \t]*:?-{2,}:?[ \t]*\|)+(?:[ \t]*:?-{2,}:?[ \t]*)?")


def _cells_text(t: str, ls: int, le: int) -> list[str]:
    aside = patterns.aside()
    return [aside.sub("", t[a:b]).strip() for a, b in cell_spans(t, ls, le)]


def header_cells(t: str, ls: int) -> list[str]:
    """The header of the table block holding the row that starts at ``ls``: the line above
    the block's ``|---|`` separator, else the block's first line when it holds no digit;
    parenthesised notes dropped. Empty when there is none."""
    top = k = ls
    for _ in range(_MAX_ROWS):
        if k == 0:
            break
        pe = k - 1
        ps = t.rfind("\n", 0, pe) + 1
        if t.find("|", ps, pe) < 0:
            break
        if _separator_re().fullmatch(t, ps, pe):
            if ps == 0:
                return []
            return _cells_text(t, t.rfind("\n", 0, ps - 1) + 1, ps - 1)
        top = k = ps
    if top < ls:
        te = t.find("\n", top)
        if not any(c.isdecimal() for c in t[top:te]):
            return _cells_text(t, top, te)
    return []
