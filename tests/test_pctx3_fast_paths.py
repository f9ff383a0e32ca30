"""Round-12 shortcuts of :mod:`claimx.context` against the plain code they replace. Each
must agree with the plain code on any text:

- ``_joint_re`` looks for the count and the place of its count branch before its long
  lookbehinds (zero-width tests at one position: their order changes no match);
- ``Context._joint_of`` asks the gate of ``Context._joint`` but not its search, whose
  match is the first of the ``finditer`` after it;
- ``Context._route_in_headline`` searches for a route only in a headline holding 至 or —;
- ``Context._stops`` reuses the sentence stops for ``_FULL_STOPS`` in a text without ；/;;
- ``_strip_left`` returns a phrase of at most ``_METRIC_MAX`` characters without
  ``_metric_cut`` (which returns it whole).
"""

from __future__ import annotations

import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimx import context, lexicon
from claimx.context import Context
from strategies import corpus_sentences

SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_NUMERALS = ("3", "12", "٣", "\U00010d40", "三", "十二", "两", "二十")
_JOINT_PIECES = [*lexicon.JOINT_MARKERS, *context._JOINT_PLACES, *lexicon.REACH_VERBS, *_NUMERALS,
                 "个", "全县", "全市共有", "其中", "辖", "下辖", "辖有", "等", "了", "民", "委", "县", "街道",
                 "，", "。", "、", "和", "村", "光明二村", "八一村", "甲", "乙"]
joint_texts = st.one_of(st.sampled_from(corpus_sentences()),
                        st.lists(st.sampled_from(_JOINT_PIECES), max_size=25).map("".join))


def _plain_joint_re() -> regex.Pattern[str]:
    """``_joint_re`` without the count looked for first (the pattern before round 12)."""
    ahead = rf"(?=(?:\d+|[{context._JOINT_NUMERALS}]+)个?(?:{'|'.join(context._JOINT_PLACES)}))"
    pattern = context._joint_re().pattern
    assert pattern.count(ahead) == 1
    return regex.compile(pattern.replace(ahead, ""))


@SETTINGS
@given(joint_texts, st.data())
def test_joint_pattern_finds_what_the_plain_pattern_finds(text: str, data: st.DataObject) -> None:
    s = data.draw(st.integers(0, len(text)))
    e = data.draw(st.integers(s, len(text)))
    plain = _plain_joint_re()
    assert [m.span() for m in context._joint_re().finditer(text, s, e)] \
        == [m.span() for m in plain.finditer(text, s, e)], text
    assert (context._joint_re().search(text, s, e) is None) == (plain.search(text, s, e) is None), text


def test_joint_pattern_on_every_count() -> None:
    plain = _plain_joint_re()
    for lead in ("", "全县", "全市共有", "其中", "辖", "下辖9个村", "深入", "覆盖了", "等", "甲"):
        for n in _NUMERALS:
            for unit in ("", "个"):
                for place in (*context._JOINT_PLACES, "县", "村民", "镇委"):
                    text = f"{lead}{n}{unit}{place}，"
                    assert [m.span() for m in context._joint_re().finditer(text)] \
                        == [m.span() for m in plain.finditer(text)], text


@SETTINGS
@given(joint_texts, st.data())
def test_joint_of_is_the_plain_test(text: str, data: st.DataObject) -> None:
    s = data.draw(st.integers(0, len(text)))
    e = data.draw(st.integers(s, len(text)))
    ctx = Context(text)
    places = [p for p in ctx.places() if s <= p.start and p.end <= e]
    plain = ctx._joint(s, e) and any(not any(p.start <= m.start() and m.end() <= p.end for p in places)
                                     for m in context._joint_re().finditer(text, s, e))
    assert ctx._joint_of(s, e, places) == plain, text


_ROUTE_PIECES = [*lexicon.ROUTE_NOUNS, "至", "—", "-", "云岭", "盘江", "甲村", "乙村", "延伸", "直通",
                 "\n", "，", "。", "公路", "高速", "建设"]
route_texts = st.one_of(st.sampled_from(corpus_sentences()),
                        st.lists(st.sampled_from(_ROUTE_PIECES), max_size=20).map("".join))


@SETTINGS
@given(route_texts)
def test_route_gate_is_the_plain_search(text: str) -> None:
    nl = text.find("\n")
    end = nl if nl > 0 else len(text)
    assert Context(text)._route_in_headline(nl) == (context._route_re().search(text, 0, end) is not None), text


def test_route_gate_on_routes() -> None:
    for text in ("云岭至盘江高速公路建设", "甲村—乙村公路\n全长3公里", "公路延伸至乡村大道", "\n云岭至盘江公路"):
        nl = text.find("\n")
        end = nl if nl > 0 else len(text)
        assert Context(text)._route_in_headline(nl) == (context._route_re().search(text, 0, end) is not None)


@SETTINGS
@given(st.lists(st.sampled_from([*context._SENTENCE_STOPS, "，", "村", "3", " "]), max_size=30).map("".join))
def test_stops_are_the_stop_characters(text: str) -> None:
    ctx = Context(text)
    for stops in (context._FULL_STOPS, "\n", context._SENTENCE_STOPS):
        assert ctx._stops(stops) == [k for k, c in enumerate(text) if c in stops], (text, stops)


@SETTINGS
@given(st.text(max_size=context._METRIC_MAX))
def test_a_short_metric_phrase_is_cut_to_itself(phrase: str) -> None:
    assert context._metric_cut(phrase) == phrase


_NAME_PIECES = [*lexicon.RELATIVE_TIMES[:40], *lexicon.GENERIC_PLACE_LEADS, "年度", "季度", "城", "即", "智慧", "卫生",
                "甲", "乙", "山", "今年度", "新建", "三四线"]


@SETTINGS
@given(st.lists(st.sampled_from(_NAME_PIECES), min_size=1, max_size=4).map("".join),
       st.sampled_from(sorted(lexicon.PLACE_SUFFIXES)), st.booleans(), st.sampled_from(["", "，", "即", "建成"]))
def test_common_noun_holds_only_where_find_places_asks(name: str, suf: str, is_org: bool, before: str) -> None:
    # find_places calls _common_noun only for 市, 社区 or a name with a time word
    text = before + name + suf
    _, relative_times = context._word_sets()
    if not (suf in ("市", "社区") or name[-2:] in ("年度", "季度") or name[:2] in relative_times):
        assert not context._common_noun(text, len(before), name, suf, is_org, relative_times), text
