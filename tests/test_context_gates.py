"""The shortcuts of :mod:`claimx.context` find exactly what the plain scans find.

``Context.times`` and ``_drop_times`` (the metric's time cut) try the time pattern only
before its anchors, ``Context.clause`` finds the commas of a sentence by str.find,
``Context._joint`` asks a cheap ``re`` gate first, and ``find_places`` scans with a pre-filtering suffix regex that also spots the
organisations: each must agree with the plain scan on any text, so a pattern, lexicon or
rule change that breaks their assumptions fails here.
"""

from __future__ import annotations

import re

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimx import context, lexicon
from claimx.context import Context, Place, _comparison_re, _joint_re
from claimx.patterns import alternation, time_expression
from strategies import corpus_sentences

SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])

#: Characters the time and joint patterns care about, and some they do not.
_CHARS = sorted(
    set("".join(lexicon.RELATIVE_TIMES)) | set("".join(lexicon.JOINT_MARKERS))
    | set("年月日号底初末旬份季度以来期间至到截止近过去这今明上本当前后多间-")
    | set("零〇一二两三四五六七八九十0123456789٣\U00010d40个村镇乡社区民委级干等")
    | set("比较同相与和跟从由对按，,。；;\n 的是有增长人户")
)
_WORDS = [*lexicon.RELATIVE_TIMES, *lexicon.JOINT_MARKERS, "2020年", "12月3日", "1-6月", "近3年来",
          "截至2021年底", "3日至5日", "比去年", "3个村", "两镇", "过程期间", "期间", "未来三天", "15日5时"]
#: What may come before a number, the number, and what may follow it, in a time or in a
#: joint count.
_LEADS = ("", "截至", "截止到", "到", "至", "近", "过去", "这", "今", "比", "等", "的", "1-", "2020年", "从", "由")
_NUMBERS = ("3", "12", "2020", "20201", "三", "十二", "二〇二〇", "两")
_TAILS = ("年", "年的", "月", "日", "号", "-", "年来", "年以来", "年多来", "月底", "日至5日", "个村", "镇", "个", "社区")
_NUMBERED = st.tuples(st.sampled_from(_LEADS), st.sampled_from(_NUMBERS), st.sampled_from(_TAILS)).map("".join)
texts = st.one_of(
    st.sampled_from(corpus_sentences()),
    st.lists(st.one_of(st.sampled_from(_CHARS), st.sampled_from(_WORDS), _NUMBERED), max_size=30).map("".join),
)


def _times(text: str, ss: int, se: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in time_expression().finditer(text, ss, se)
            if not _comparison_re().search(text, max(0, m.start() - 4), m.start())
            and text[m.start() - 1 : m.start()] != "占"  # 占全年的: a share's base (a22)
            and not (text[m.start() - 1 : m.start()] in ("从", "由") and text[m.end() : m.end() + 1] == "的")
            and not (m.group().endswith("以来") and text[m.end() : m.end() + 1] == "最")]


@SETTINGS
@given(texts, st.data())
def test_times_are_those_of_the_plain_scan(text: str, data: st.DataObject) -> None:
    ss = data.draw(st.integers(0, len(text)))
    se = data.draw(st.integers(ss, len(text)))
    assert Context(text).times(ss, se) == _times(text, ss, se)


@SETTINGS
@given(texts)
def test_dropped_times_are_those_of_the_plain_sub(text: str) -> None:
    assert context._drop_times(text) == time_expression().sub("", text)


@SETTINGS
@given(texts, st.data())
def test_joint_is_the_plain_search(text: str, data: st.DataObject) -> None:
    s = data.draw(st.integers(0, len(text)))
    e = data.draw(st.integers(s, len(text)))
    assert Context(text)._joint(s, e) == (_joint_re().search(text, s, e) is not None)


@SETTINGS
@given(st.lists(st.sampled_from([*"，,。；;！？!?\n", "村", "3", "年", " "]), max_size=30).map("".join),
       st.data())
def test_clause_and_sentence_are_the_spans_between_stops(text: str, data: st.DataObject) -> None:
    i = data.draw(st.integers(0, len(text)))
    ctx = Context(text)
    for span, stops in ((ctx.clause(i), context._CLAUSE_STOPS), (ctx.sentence(i), context._SENTENCE_STOPS)):
        before = [k for k in range(i) if text[k] in stops]
        after = [k for k in range(i, len(text)) if text[k] in stops]
        assert span == ((before[-1] + 1 if before else 0), (after[0] if after else len(text)))


def test_digit_stand_in_holds_every_digit() -> None:
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    digits = "".join(regex.findall(r"\d", every))
    assert re.fullmatch(f"{context._DIGIT_STAND_IN}+", digits)


def test_times_and_joint_of_every_numbered_phrase() -> None:
    for lead in _LEADS:
        for number in _NUMBERS:
            for tail in _TAILS:
                for text in (f"全县{lead}{number}{tail}增长", f"{lead}{number}{tail}", f"3{lead}{number}{tail}"):
                    ctx = Context(text)
                    assert ctx.times(0, len(text)) == _times(text, 0, len(text)), text
                    assert context._drop_times(text) == time_expression().sub("", text), text
                    assert ctx._joint(0, len(text)) == (_joint_re().search(text) is not None), text


_PLACE_CHARS = sorted(
    set("".join(lexicon.PLACE_SUFFIXES)) | set("".join(lexicon.ORG_AFTER_PLACE))
    | set("".join(lexicon.NON_PLACE_PREFIXES)) | set("全本该各每此这那其我邻两多的了在到对为把被从向是有、个名位户")
    | set("村民庄级委干长里市场县城区域镇乡亲土省州园超农山城自然“\"「『‘，,。 \n0123一二三十")
    | set("李家红岩广吉昭化徐洼三元五里东北部张王黄草石岭")
    | set("".join(context._BAD_NAME_END.values())) | context._NUMERAL_CHARS
)
_PLACE_WORDS = [*lexicon.PLACE_SUFFIXES, *lexicon.ORG_AFTER_PLACE, *lexicon.NON_PLACE_PREFIXES,
                "委员会", "办公室", "人民政府", "自然村", "一组", "12组", "李家村", "红岩镇", "昭化区",
                "我们", "咱们", "香港", "本港", "东湖"]
#: A boundary, a name of one to four characters, a suffix, and what may follow it.
_NAMED = st.tuples(
    st.sampled_from(("，", "的", "在", "各", "与", "3", "省", "\n", "全", "“")),
    st.lists(st.sampled_from(_PLACE_CHARS), min_size=1, max_size=4).map("".join),
    st.sampled_from(lexicon.PLACE_SUFFIXES),
    st.sampled_from(("", "，", "民", "委", "两委", "一组", "人民政府", "发展", "、县", "长")),
).map("".join)
place_texts = st.one_of(
    st.sampled_from(corpus_sentences()),
    st.lists(st.one_of(st.sampled_from(_PLACE_CHARS), st.sampled_from(_PLACE_WORDS)), max_size=40).map("".join),
    st.lists(st.one_of(_NAMED, st.sampled_from(_PLACE_CHARS)), max_size=12).map("".join),
)


def _plain_find_places(text: str) -> list[Place]:
    """find_places as it reads without the suffix pattern's pre-filters: every suffix
    of the bare alternation, every check in Python, the organisation by its own regex."""
    places: list[Place] = []
    last_end = 0
    org = context._org_re()
    non_place, relative_times = set(lexicon.NON_PLACE_PREFIXES), set(lexicon.RELATIVE_TIMES)
    for m in re.finditer(alternation(lexicon.PLACE_SUFFIXES), text):
        s, me = m.span()
        suf = m.group()
        if suf == "组" and text.startswith("村民小", s - 3):  # 第三村民小组 (a22)
            after = me + 1 if text[me : me + 1] in context._OPEN_QUOTES else me
            j = context._villagers_group(text, s, last_end) if s >= last_end else -1
            if j >= 0:
                places.append(Place(j, me, text[j:me], org.match(text, after) is not None))
                last_end = me
            continue
        if suf == "组":  # a numbered group of 该村, 本村, 此村; a named group (张家组, 东风一组)
            g = re.search(r"[该本此]村([一二三四五六七八九十0-9]{1,2})$", text[max(0, s - 4) : s])
            after = me + 1 if text[me : me + 1] in context._OPEN_QUOTES else me
            if g and s >= last_end:
                places.append(Place(s - len(g.group(1)), me, g.group(1) + suf, org.match(text, after) is not None))
                last_end = me
            elif not g and s >= 2 and text[me : me + 1] not in lexicon.GROUP_WORD_STARTS and (
                    (text[s - 1] == "家" and text[s - 2] in lexicon.GROUP_SURNAMES)
                    or (s >= 3 and text[s - 1] in "一二三四五六七八九十"
                        and context._is_cjk(text[s - 2]) and context._is_cjk(text[s - 3]))):
                j = context._named_group(text, s, last_end, places, frozenset(non_place))
                if j >= 0:
                    places.append(Place(j, me, text[j:me], org.match(text, after) is not None))
                    last_end = me
            continue
        if s < last_end or s == 0 or text[s - 1] in context._DEICTIC:
            continue
        nxt = text[me : me + 2]
        if nxt[:1] and nxt[0] in context._WORD_AFTER_ALL.get(suf, "长里") \
                and not text.startswith(context._WORD_AFTER_EXCEPT.get(suf, ()), me):
            continue
        if nxt[:1] == "、" and nxt[1:] and nxt[1] in "省市县区镇乡村":
            continue
        if nxt[:1] == "长" and suf in lexicon.TITLE_LEVELS and nxt[1:] and nxt[1] in lexicon.TITLE_WORD_STARTS:
            continue  # 县长期: 长期, no title
        after = me + 1 if text[me : me + 1] in context._OPEN_QUOTES else me  # 村“两委”
        is_org = org.match(text, after) is not None
        j = context._name_start(text, s, last_end)
        if suf[0] == "自":  # 黔东南苗族侗族自治州: the name holds its ethnic groups (as find_places)
            j = context._autonomous_start(text, s, last_end, j)
        name = text[j:s]
        if len(suf) == 1 and nxt[:1] == "长" and not context._title_name(text, j, name):
            continue  # 担任县长, 王县长 (round G)
        if name in context._PRONOUN_NAMES:
            continue
        if len(name) < 2 or name in non_place or (len(name) == 3 and (name[1:] in non_place or name[:2] in non_place)) \
                or context._not_a_name(text, j, name, frozenset(non_place)):
            if is_org:
                last_end = me
            continue
        if context._common_noun(text, j, name, suf, is_org, frozenset(relative_times)):
            continue
        if (name[-1] in context._BAD_NAME_END.get(suf, "") and context._bad_end(text, j, name, suf)) \
                or name in relative_times \
                or name[0] in "级" or (name[-1] in context._NUMERAL_CHARS
                                      and not context._numbered_village(text, j, name, suf)):
            continue
        if j and text[j - 1] in context._OPEN_QUOTES and text[me : me + 1] in context._CLOSE_QUOTES:
            continue
        if name[-1] == "进" and name[-2:] not in lexicon.INTO_NAMES:
            continue  # 维权进社区 (round G)
        if suf in "省市县区镇乡" and text.startswith(lexicon.TEAM_WORDS, me) and not text.startswith("队伍", me):
            last_end = me
            continue  # 江北区队: a team (round G)
        if (name[-1] in context._NARROW_LEVELS and name[-2] in context._LEVEL_CHARS) or (
                places and places[-1].end == j and suf in context._WIDE_LEVELS
                and places[-1].name[-1] in context._NARROW_LEVELS):
            continue
        last_end = me
        g = regex.match(r"[一二三四五六七八九十\d]{1,3}组", text[me : me + 5]) if suf == "村" else None
        if g:
            places.append(Place(j, me + g.end(), name + suf + g.group(), is_org))
            last_end = me + g.end()
        else:
            places.append(Place(j, me, name + suf, is_org))
    if len(places) > 1 and "地区" in text:  # 阿里地区普兰县: a prefecture (as find_places)
        context._prefectures(text, places)
    return context._with_bare_places(text, places)


@settings(SETTINGS, max_examples=1000)
@given(place_texts)
def test_suffix_prefilter_changes_no_place(text: str) -> None:
    assert context.find_places(text) == _plain_find_places(text)


@pytest.mark.parametrize("text", [
    "该村三组有农户40户。", "本村12组新建道路3条。", "此村2组和该村五组各有30户。",
    "红岩镇广吉村三组", "专家组一行", "村民小组", "该村十一组", "督导一组来到该村一组",
    "张家组有农户23户。", "东风一组有农户28户。", "红旗村张家组有农户23户。", "督导一组有成员5人。",
    "，第一组有20户", "工作二组有农户8户", "老王家组织了活动", "分成三组共有30户",
])
def test_suffix_prefilter_on_numbered_groups(text: str) -> None:
    """The suffix pattern's one leading class serves a numbered group (该村三组) too."""
    assert context.find_places(text) == _plain_find_places(text)
    if text.startswith(("该村三组", "本村12组")):
        assert [p.name for p in context.find_places(text)][-1:] in (["三组"], ["12组"])


def test_bare_gate_holds_a_character_of_every_bare_place() -> None:
    """:func:`context._with_bare_places` skips a text :func:`context._bare_gate_re` finds nothing in."""
    assert all(context._bare_gate_re().search(name) for name in lexicon.BARE_PLACES)
