"""Round-13 shortcuts of :mod:`claimx.context` against the plain code they replace. Each
must agree with the plain code on any text:

- ``find_places`` tests a sports team (江北区队, 南湖区代表队) only when the character after
  the suffix opens one of ``lexicon.TEAM_WORDS`` (``_TEAM_FIRST``), and reads that character
  and whether a title's 长 follows (清滨县长) once per match;
- ``Context.metric_of`` asks ``_table_cell`` only for a value between the first and the
  last line holding a ``|`` (``_table_lo``, ``_table_hi``): a line outside is no row;
- ``Context._whole_level`` collects the places of the level named before the sentence
  first and tests the clause only when there is exactly one;
- ``_prefectures`` cuts the gap between two places only when its length and the first
  place's level can make a prefecture.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimx import context, lexicon
from claimx.context import Context
from strategies import corpus_sentences

SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_PLACE_PIECES = [*lexicon.TEAM_WORDS, "队伍", "江北", "南湖", "清滨", "区", "县", "市", "镇", "乡", "村",
                 "长", "长期", "副", "担任", "王", "获得", "金牌", "，", "。", "和", "“", "”", "于田", "一组"]
place_texts = st.one_of(st.sampled_from(corpus_sentences()),
                        st.lists(st.sampled_from(_PLACE_PIECES), max_size=20).map("".join))


def test_team_gate_holds_every_team_word() -> None:
    assert {w[0] for w in lexicon.TEAM_WORDS} <= context._TEAM_FIRST
    assert context._TEAM_WORDS == lexicon.TEAM_WORDS


@SETTINGS
@given(place_texts)
def test_team_gate_turns_down_no_team(text: str) -> None:
    # the gate: wherever a team word starts, its first character is in _TEAM_FIRST
    for k in range(len(text) + 1):
        if text.startswith(lexicon.TEAM_WORDS, k):
            assert text[k : k + 1] in context._TEAM_FIRST, text


def test_teams_and_titles() -> None:
    areas: list[context.Place] = []
    places = context.find_places("江北区代表队和南湖区队获得金牌，清滨县长选举，担任县长，江北区队伍建设", areas)
    assert [p.name for p in places] == ["清滨县", "江北区"]
    assert [a.name for a in areas] == ["江北区", "南湖区", "长"]


_TABLE_PIECES = ["|", "| ", "\n", "地区", "产值", "12", "3.5", "同比增长", "单位", "亿元", "合计", "，", "。", "---"]
table_texts = st.lists(st.sampled_from(_TABLE_PIECES), max_size=30).map("".join)


@SETTINGS
@given(table_texts)
def test_no_table_row_outside_the_table_lines(text: str) -> None:
    ctx = Context(text)
    for i in range(len(text)):
        if ctx._tables is not None and ctx._table_lo <= i <= ctx._table_hi:
            continue
        ls = text.rfind("\n", 0, i) + 1
        le = text.find("\n", i)
        assert ctx._table_row(ls, le if le >= 0 else len(text)) is None, (text, i)


def _plain_whole_level(ctx: Context, ss: int, se: int, place: str | None) -> str | None:
    """``Context._whole_level`` as written in round G."""
    text = ctx.text
    m = context._whole_level_re().search(text, ss, se)
    if m is None:
        return place
    lvl, k = m.group(1), m.start()
    if place is not None and place[-1] == lvl and not place.endswith("社区"):
        return place
    cs = ctx._clause_in(k, (ss, se))[0]
    if k > cs and not any(cs <= t[0] and t[1] == k for t in ctx.times(ss, se)):
        return place
    names = {p.name for p in ctx.places()
             if p.start < ss and p.name[-1] == lvl and not p.name.endswith("社区")}
    return names.pop() if len(names) == 1 else place


_LEVEL_PIECES = ["全市", "本县", "全区", "全市场", "江北区", "南湖市", "清滨县", "东风社区", "桃源镇", "四季度",
                 "2024年", "高于", "平均水平", "产值", "增长", "12亿元", "，", "。", "；", "\n"]
level_texts = st.one_of(st.sampled_from(corpus_sentences()),
                        st.lists(st.sampled_from(_LEVEL_PIECES), max_size=30).map("".join))


@SETTINGS
@given(level_texts, st.sampled_from([None, "南湖市", "江北区", "清滨县", "东风社区", "桃源镇"]))
def test_whole_level_is_the_plain_rule(text: str, place: str | None) -> None:
    fast, plain = Context(text), Context(text)
    for ss, se in {fast.sentence(i) for i in range(len(text))}:
        assert fast._whole_level(ss, se, place) == _plain_whole_level(plain, ss, se, place), (text, ss)


def _plain_prefectures(text: str, places: list[context.Place]) -> None:
    """``_prefectures`` as written in round G."""
    k = 1
    while k < len(places):
        a, b = places[k - 1], places[k]
        gap = text[a.end : b.start]
        if a.name.endswith(("省", "自治区")) and 4 <= len(gap) <= 6 and gap.endswith("地区") \
                and all(map(context._is_cjk, gap)) and not any(c in context._FUNCTION_CHARS for c in gap[1:]):
            places.insert(k, context.Place(a.end, b.start, gap))
            k += 1
        k += 1


_PREFECTURE_PIECES = ["新疆维吾尔自治区", "四川省", "和田地区", "阿坝地区", "沿海地区", "于田县", "江北区", "南湖市",
                      "的", "和", "地区", "甲乙", "，", "12"]
prefecture_texts = st.one_of(st.sampled_from(corpus_sentences()),
                             st.lists(st.sampled_from(_PREFECTURE_PIECES), max_size=20).map("".join))


@SETTINGS
@given(prefecture_texts)
def test_prefectures_is_the_plain_rule(text: str) -> None:
    places = Context(text).places()
    plain, fast = list(places), list(places)
    _plain_prefectures(text, plain)
    context._prefectures(text, fast)
    assert fast == plain, text
