"""Labels that open a clause (``X:`` or ``X`` and a space before the value) are the metric."""

from __future__ import annotations

import pytest

from claimx import context, extract_claims


@pytest.mark.parametrize(("text", "metrics"), [
    ("农村卫生厕所普及率：88.2%", ["农村卫生厕所普及率"]),
    ("市级以上龙头企业：27家", ["市级以上龙头企业"]),
    ("农村低保对象：1.86万人", ["农村低保对象"]),  # not the count name 人口
    ("第二产业增加值&nbsp;78.9亿元，增长7.5%", ["第二产业增加值", "第二产业增加值"]),
    ("高标准农田：累计建成42.6万亩", ["高标准农田"]),
    ("主要预期目标是：地区生产总值增长5.5%左右", ["地区生产总值"]),  # a noun after the colon
    ("销售额5.2亿元（上年4.6亿元）", ["销售额", "销售额"]),
])
def test_label_metric(text: str, metrics: list[str]) -> None:
    assert [c.metric for c in extract_claims(text)] == metrics


@pytest.mark.parametrize(("text", "metric"), [
    ("归属于上市公司股东的净利润3.12亿元", "归属于上市公司股东的净利润"),
    ("研发投入达4.58亿元，占营业收入的比例为16.0%", "占营业收入的比例"),
    ("平均每个家庭户的人口为2.77人", "家庭户的人口"),
    ("全村贫困户的人均纯收入为8000元", "人均纯收入"),  # not a generic head: unchanged
])
def test_generic_head_keeps_its_modifier(text: str, metric: str) -> None:
    assert extract_claims(text)[-1].metric == metric


@pytest.mark.parametrize(("left", "metric"), [
    ("0—14岁人口为", "0—14岁人口"),
    ("60岁及以上人口为", "60岁及以上人口"),
    ("60岁以上老人", "老人"),  # a head that names the group by itself drops the bracket
])
def test_age_bracket_of_a_generic_head(left: str, metric: str) -> None:
    assert context._strip_left(left) == metric


def test_share_clause_takes_the_previous_metric() -> None:
    claims = extract_claims("男性人口为1952318人，占51.02%；民营企业进出口3206.9亿元，占比超过六成。")
    assert [c.metric for c in claims] == ["男性人口", "男性人口", "民营企业进出口", "民营企业进出口"]


@pytest.mark.parametrize(("left", "metric"), [
    ("本地生产总值为", "本地生产总值"),  # 本地 is a word, not 本 + 地…
    ("其他收入", "其他收入"),
    ("这些项目总投资", "项目总投资"),
    ("该项目总投资", "项目总投资"),
    ("本次活动募集善款", "活动募集善款"),
])
def test_leading_deictic(left: str, metric: str) -> None:
    assert context._strip_left(left) == metric


@pytest.mark.parametrize(("text", "metrics"), [
    # a value in a comparison base measures the same thing as the claim before it
    ("全县户均人口为2.77人，比2010年的3.12人减少0.35人。", ["户均人口"] * 3),
    ("全市常住人口为3826415人，与2010年的3514208人相比。", ["常住人口", "常住人口"]),
    # comparison phrases are never the metric
    ("增速高于全国平均水平约1个百分点。", ["增速"]),
    ("共接待游客1086.3万人次，按可比口径同比增长9.7%。", ["接待游客", "接待游客"]),  # (the adverb 共 ends the subject: round K)
    # a parenthesised aside is skipped
    ("拥有大学（指大专及以上）文化程度的人口为612405人。", ["大学文化程度的人口"]),
])
def test_comparisons_and_asides(text: str, metrics: list[str]) -> None:
    assert [c.metric for c in extract_claims(text)] == metrics


def test_not_below_is_no_comparison() -> None:
    assert context._strip_left("合格率不低于") == "合格率"


@pytest.mark.parametrize(("text", "metric"), [
    ("全县有八成以上的农户种植花椒。", "农户"),
    ("百分之八十五的合作社规模小。", "合作社规模小"),
    ("第三季度访港旅客约1180万人次。", "访港旅客"),  # the ordinal goes with its time
])
def test_share_of_a_group_and_ordinal_times(text: str, metric: str) -> None:
    assert extract_claims(text)[0].metric == metric


@pytest.mark.parametrize(("text", "metrics"), [
    ("新增光伏装机容量46.8万千瓦，累计达到215万千瓦左右。", ["新增光伏装机容量"] * 2),
    # a noun between the claims: the later value is not the earlier metric's, but that noun's
    # (round G: a clause saying where a measure stands names the next value's metric)
    ("平均降雨量186.4毫米，最大降雨量出现在甲地，达412毫米。", ["平均降雨量", "最大降雨量"]),
    ("零售业总销货价值的临时估计为1,024亿港元。", ["零售业总销货价值"]),
])
def test_bare_value_clauses(text: str, metrics: list[str | None]) -> None:
    assert [c.metric for c in extract_claims(text)] == metrics


def test_space_ends_the_noun_after_a_count() -> None:
    claims = extract_claims("临江市接待游客超千万人次 旅游收入同比增长12.4%")
    assert [c.metric for c in claims] == ["接待游客", "旅游收入"]


def test_counted_noun_before_the_count_beats_a_verb_after() -> None:
    claims = extract_claims("带动脱贫人口八千四百余人稳定增收。")
    assert [c.metric for c in claims] == ["脱贫人口"]
    assert [c.metric for c in extract_claims("全镇新建3个自然村活动室。")] == ["自然村活动室"]
