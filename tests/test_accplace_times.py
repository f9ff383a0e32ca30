"""Time forms of round A (accplace): month ranges, bare months, HK/TW quarters, and a
relative word inside a longer word."""

from __future__ import annotations

import pytest

from claimx import extract_claims


@pytest.mark.parametrize(("text", "time"), [
    ("1月至3月，滨江区完成固定资产投资86.4亿元。", "1月至3月"),
    ("2023年1月至6月，全省新能源汽车产量为42.6万辆。", "2023年1月至6月"),
    ("全市6月失业率为3.4%。", "6月"),
    ("前5月，全市出口增长8%。", "前5月"),
    ("第三季访港旅客约1180万人次。", "第三季"),
    ("2025年第三季零售总额为1024亿港元。", "2025年第三季"),
    ("今年前三季全县工业产值增长8.4%。", "今年前三季"),
    ("今年10月以来全区累计报告病例3426例。", "今年10月以来"),
    ("今年1月至5月，全市出口增长8%。", "今年1月至5月"),
    ("3月份以来，全市出口增长8%。", "3月份以来"),
    ("2024年3月份，全市出口增长8%。", "2024年3月份"),
])
def test_time_forms(text: str, time: str) -> None:
    claims = extract_claims(text)
    assert claims and all(c.time == time for c in claims), [(c.text, c.time) for c in claims]


def test_a_time_is_not_read_inside_a_longer_word() -> None:
    claims = extract_claims("最大降雨量出现在石门镇，达412毫米。")
    assert [c.time for c in claims] == [None]


def test_a_time_is_cut_from_the_metric() -> None:
    assert [c.metric for c in extract_claims("第三季访港旅客约1180万人次。")] == ["访港旅客"]


def test_a_value_inside_a_comparison_base_has_the_base_time() -> None:
    claims = extract_claims("平均每个家庭户的人口为2.77人，比2010年的3.12人减少0.35人。")
    assert [(c.text, c.time) for c in claims] == [("2.77人", None), ("3.12人", "2010年"), ("0.35人", None)]
    claims = extract_claims("常住人口为3826415人，与2010年第六次全国人口普查的3514208人相比。")
    assert [c.time for c in claims] == [None, "2010年"]


def test_the_time_of_a_from_value_is_not_the_time_of_the_sentence() -> None:
    claims = extract_claims("目前，贫困发生率已从2014年的21.3%降至0.5%，各村集体经济收入均超过10万元。")
    assert [c.time for c in claims] == ["目前", "目前"]


def test_an_event_is_a_time() -> None:
    claims = extract_claims("灾情发生后，组织救援力量1800余人，调集冲锋舟46艘。")
    assert [c.time for c in claims] == ["灾情发生后"] * 2


def test_quannian_before_a_target_is_part_of_the_noun() -> None:
    assert [c.time for c in extract_claims("新增就业6812人，完成全年目标的34.1%。")] == [None, None]
    assert [c.time for c in extract_claims("全年实现增加值30亿元。")] == ["全年"]


def test_a_duration_before_a_total_is_the_time() -> None:
    claims = extract_claims("与2010年相比，十年共增加312207人，增长8.88%。")
    assert [(c.text, c.time) for c in claims] == [("312207人", "十年"), ("8.88%", "十年")]


def test_yiqian_is_a_time_only_opening_a_clause() -> None:
    claims = extract_claims("王大姐说：“以前一年收入不到5000元，现在能挣两万多元。”")
    assert [c.time for c in claims] == ["以前", "现在"]
    assert [c.time for c in extract_claims("搬迁以前全村有贫困户30户。")] == [None]


def test_an_event_before_de_names_a_thing() -> None:
    assert [c.time for c in extract_claims("搬迁前，群众居住在海拔1200米以上的高山上。")] == ["搬迁前"]
    assert [c.time for c in extract_claims("在原搬迁后的旧村院新建2个养殖场。")] == [None]
