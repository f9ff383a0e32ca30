"""Number forms read by the scanner and composer (round A, accscan): full-width digit
groups, a space before the unit, 三块五, index points, per-10万 rates, age brackets, ranks,
lone 百/千 after 近, bare to-values and differences against a base."""

from __future__ import annotations

import pytest

from claimx import extract_claims
from claimx.normalize import normalize
from claimx.scan import scan


@pytest.mark.parametrize(("text", "folded"), [
    ("１，３２６名", "1,326名"),
    ("１，２３４，５６７元", "1,234,567元"),
    ("３．１，２３４人", "3.1，234人"),  # a decimal part before: a clause comma
    ("２０２４，１２３人", "2024，123人"),  # four digits before
    ("１，２３４５人", "1，2345人"),  # not three after
    ("1，326名", "1，326名"),  # half-width digits
])
def test_full_width_group_commas(text: str, folded: str) -> None:
    assert normalize(text).text == folded


def _values(text: str) -> list[tuple[float, str | None]]:
    return [(t.value, t.unit) for t in scan(normalize(text).text)]


@pytest.mark.parametrize(("text", "want"), [
    ("企业达到 142 家。", [(142.0, "家")]),
    ("2020 年有企业。", [(2020.0, None)]),  # a unitless number: no claim
    ("柑橘三块五一斤。", [(3.5, "元/斤")]),
    ("十二块五毛钱。", [(12.5, "元")]),
    ("三块五花肉。", [(3.0, "块")]),
    ("上证指数报3452.30点。", [(3452.3, "点")]),
    ("上涨15点。", [(15.0, "点")]),
    ("沪指收于3000点。", [(3000.0, "点")]),
    ("上午10点30分开会，8点开始，提出三点意见。", []),
    ("发病率为963.58/10万。", [(963.58, "/10万")]),
    ("为每10万人1245.3。", [(1245.3, "/10万")]),
    ("每10万人中有大学生。", []),
    ("65岁及以上老年人。0—14岁人口。60岁以上老人。", [(0.0, None)]),
    ("年龄在18—35岁之间。", [(18.0, None), (35.0, "岁")]),
    ("居前五位的病种，排名前10名。", []),
    ("另有近百只个股，逾千家企业。", [(100.0, "只"), (1000.0, "家")]),
    ("签约亿元以上项目。", []),
    ("十年共增加。", []),
    ("从5天下降到1天。", [(5.0, "天"), (1.0, "天")]),
])
def test_scan_forms(text: str, want: list[tuple[float, str | None]]) -> None:
    assert _values(text) == want


def _claims(text: str) -> list[dict[str, object]]:
    keys = ("before", "after", "change", "upper", "unit", "approx", "direction")
    return [{k: v for k, v in c.model_dump().items() if k in keys and v is not None} for c in extract_claims(text)]


@pytest.mark.parametrize(("text", "want"), [
    ("贫困发生率从21.3%降至0。", [{"before": 21.3, "after": 0.0, "unit": "%", "approx": "exact", "direction": "down"}]),
    ("收入由38.4万元增加到52。", [{"after": 384000.0, "unit": "元", "approx": "exact"}]),
    ("增速高于全国平均水平约1个百分点。",
     [{"change": 1.0, "unit": "百分点", "approx": "about", "direction": "up"}]),
    ("失业率低于全省0.5个百分点。", [{"change": 0.5, "unit": "百分点", "approx": "exact", "direction": "down"}]),
    ("误差低于1个百分点。", [{"after": 1.0, "unit": "百分点", "approx": "under"}]),
    ("跌幅在0.5%至1%之间。",
     [{"change": 0.5, "upper": 1.0, "unit": "%", "approx": "exact", "direction": "down"}]),
])
def test_compose_forms(text: str, want: list[dict[str, object]]) -> None:
    assert _claims(text) == want
