"""Rule-by-rule tests of claimx.check_claims on hand-built claims (no extractor involved).

Each test writes a short document of its own, builds the claims a correct extractor
returns for it, and checks that the rule fires on the planted inconsistency and stays
silent on a consistent look-alike.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from claimx.checks import Finding, check_claims, check_corpus
from claimx.checks.util import Interval, interval_of, precision_unit
from claimx.errors import ClaimxError
from claimx.models import Claim


def mk(text: str, quote: str, nth: int = 0, **fields: object) -> Claim:
    """A claim over the ``nth`` occurrence of ``quote`` in ``text``."""
    pos = -1
    for _ in range(nth + 1):
        pos = text.find(quote, pos + 1)
        assert pos >= 0, f"{quote!r} not in text"
    return Claim(text=quote, start=pos, end=pos + len(quote), **fields)  # type: ignore[arg-type]


def rules(findings: list[Finding]) -> list[str]:
    return [f.rule for f in findings]


# ------------------------------------------------------------------ rate vs counts

RATE_DOC = "青石村共有312户1250人。2019年底，全村低保户40户150人，低保覆盖率为{rate}。"


def _rate_claims(rate: str, value: float) -> tuple[str, list[Claim]]:
    t = RATE_DOC.format(rate=rate)
    return t, [
        mk(t, "312户", after=312, unit="户", metric="户数", place="青石村"),
        mk(t, "1250人", after=1250, unit="人", metric="人口", place="青石村"),
        mk(t, "低保户40户", after=40, unit="户", metric="低保户", place="青石村", time="2019年底"),
        mk(t, "150人", after=150, unit="人", metric="低保户", place="青石村", time="2019年底"),
        mk(t, rate, after=value, unit="%", metric="低保覆盖率", place="青石村", time="2019年底"),
    ]


@pytest.mark.parametrize(("rate", "value"), [("12%", 12.0), ("12.0%", 12.0), ("12.82%", 12.82)])
def test_rate_consistent_with_some_count_pair_is_silent(rate: str, value: float) -> None:
    # 150/1250 = 12.0 %, 40/312 = 12.82 %: either reading is consistent.
    t, claims = _rate_claims(rate, value)
    assert check_claims(claims, text=t) == []


def test_rate_within_one_unit_of_last_digit_is_silent() -> None:
    # 150/1250 = 12.00 %; 12.01 is one unit of the last stated digit away.
    t, claims = _rate_claims("12.01%", 12.01)
    assert check_claims(claims, text=t) == []


def test_rate_that_no_count_pair_gives_is_flagged() -> None:
    t, claims = _rate_claims("14.5%", 14.5)
    findings = check_claims(claims, text=t)
    assert rules(findings) == ["rate_vs_counts"]
    f = findings[0]
    assert f.stated == 14.5
    # one of the two readings (150/1250 = 12 %, 40/312 = 12.82 %) is reported
    assert f.expected is not None and min(abs(f.expected - 12.0), abs(f.expected - 12.82)) < 0.01
    assert {c.text for c in f.claims} >= {"14.5%"}
    assert "14.5" in f.explanation_zh and "14.5" in f.explanation_en


def test_rate_without_population_denominator_is_silent() -> None:
    t = "全镇贷款户466户，获贷率55.94%。"
    claims = [
        mk(t, "466户", after=466, unit="户", metric="贷款户"),
        mk(t, "55.94%", after=55.94, unit="%", metric="获贷率"),
    ]
    assert check_claims(claims, text=t) == []


@pytest.mark.parametrize(("rate", "flag"), [(6.0, False), (8.0, True)])
def test_rate_against_the_total_before_qizhong(rate: float, flag: bool) -> None:
    t = f"柳林村共有农户500户，其中低保户30户，低保率为{rate:g}%。"
    claims = [
        mk(t, "500户", after=500, unit="户", metric="农户", place="柳林村"),
        mk(t, "30户", after=30, unit="户", metric="低保户", place="柳林村"),
        mk(t, f"{rate:g}%", after=rate, unit="%", metric="低保率", place="柳林村"),
    ]
    assert rules(check_claims(claims, text=t)) == (["rate_vs_counts"] if flag else [])


def test_rate_of_another_time_is_not_paired() -> None:
    t = "2018年贫困人口90人，全村人口1000人。2020年贫困发生率为2%。"
    claims = [
        mk(t, "90人", after=90, unit="人", metric="贫困人口", time="2018年"),
        mk(t, "1000人", after=1000, unit="人", metric="人口"),
        mk(t, "2%", after=2, unit="%", metric="贫困发生率", time="2020年"),
    ]
    assert check_claims(claims, text=t) == []


# ------------------------------------------------------------------ stock and flow

STOCK_DOC = "2019年初，全乡有留守儿童300人。当年新增留守儿童25人，返乡团聚40人。2019年底，全乡留守儿童{end}人。"


def _stock_claims(end: int) -> tuple[str, list[Claim]]:
    t = STOCK_DOC.format(end=end)
    return t, [
        mk(t, "300人", after=300, unit="人", metric="留守儿童", time="2019年初"),
        mk(t, "25人", change=25, direction="up", unit="人", metric="新增留守儿童", time="当年"),
        mk(t, "40人", after=40, unit="人", metric="返乡团聚减少", time="当年"),
        mk(t, f"{end}人", after=end, unit="人", metric="留守儿童", time="2019年底"),
    ]


def test_stock_flow_consistent_is_silent() -> None:
    t, claims = _stock_claims(285)  # 300 + 25 − 40
    assert check_claims(claims, text=t) == []


def test_stock_flow_mismatch_is_flagged() -> None:
    t, claims = _stock_claims(295)
    findings = check_claims(claims, text=t)
    assert rules(findings) == ["stock_flow"]
    assert findings[0].expected == 285 and findings[0].stated == 295
    assert len(findings[0].claims) == 4


def test_stock_flow_needs_two_times() -> None:
    t = "全乡有留守儿童300人，新增留守儿童25人，留守儿童295人。"
    claims = [
        mk(t, "300人", after=300, unit="人", metric="留守儿童"),
        mk(t, "25人", change=25, direction="up", unit="人", metric="新增留守儿童"),
        mk(t, "295人", after=295, unit="人", metric="留守儿童"),
    ]
    assert check_claims(claims, text=t) == []


def test_stock_flow_with_unrelated_count_between_is_silent() -> None:
    t = "2019年初有留守儿童300人，新增25人，组织志愿者12人，2019年底留守儿童400人。"
    claims = [
        mk(t, "300人", after=300, unit="人", metric="留守儿童", time="2019年初"),
        mk(t, "25人", change=25, direction="up", unit="人", metric="新增"),
        mk(t, "12人", after=12, unit="人", metric="志愿者"),
        mk(t, "400人", after=400, unit="人", metric="留守儿童", time="2019年底"),
    ]
    assert check_claims(claims, text=t) == []


# ------------------------------------------------------------------ parts vs total


def test_subset_parts_exceeding_total_are_flagged() -> None:
    t = "全村耕地1200亩，其中水田500亩、旱地800亩。"
    claims = [
        mk(t, "1200亩", after=1200, unit="亩", metric="耕地"),
        mk(t, "500亩", after=500, unit="亩", metric="水田"),
        mk(t, "800亩", after=800, unit="亩", metric="旱地"),
    ]
    findings = check_claims(claims, text=t)
    assert rules(findings) == ["parts_vs_total"]
    assert findings[0].expected == 1300 and findings[0].stated == 1200


def test_subset_parts_within_total_are_silent() -> None:
    t = "全村耕地1200亩，其中水田500亩、旱地700亩。"
    claims = [
        mk(t, "1200亩", after=1200, unit="亩", metric="耕地"),
        mk(t, "500亩", after=500, unit="亩", metric="水田"),
        mk(t, "700亩", after=700, unit="亩", metric="旱地"),
    ]
    assert check_claims(claims, text=t) == []


def test_single_part_larger_than_total_is_flagged() -> None:
    t = "合作社吸纳务工人员45人，其中脱贫户52人。"
    claims = [
        mk(t, "45人", after=45, unit="人", metric="务工人员"),
        mk(t, "52人", after=52, unit="人", metric="脱贫户"),
    ]
    assert rules(check_claims(claims, text=t)) == ["parts_vs_total"]


def test_subset_list_stops_at_new_topic() -> None:
    t = "共有党员50人，其中女党员30人，同时发展新党员25人。"
    claims = [
        mk(t, "50人", after=50, unit="人", metric="党员"),
        mk(t, "30人", after=30, unit="人", metric="女党员"),
        mk(t, "25人", after=25, unit="人", metric="发展新党员"),
    ]
    assert check_claims(claims, text=t) == []


def test_sum_signal_mismatch_is_flagged_and_match_is_silent() -> None:
    bad = "道路硬化80万元、饮水工程35万元，合计125万元。"
    good = "道路硬化80万元、饮水工程35万元，合计115万元。"
    for t, total, expect in ((bad, 1250000, ["parts_vs_total"]), (good, 1150000, [])):
        claims = [
            mk(t, "80万元", after=800000, unit="元", metric="道路硬化"),
            mk(t, "35万元", after=350000, unit="元", metric="饮水工程"),
            mk(t, f"{total // 10000}万元", after=total, unit="元", metric="合计"),
        ]
        assert rules(check_claims(claims, text=t)) == expect


def test_sum_within_rounding_is_silent() -> None:
    t = "一期投入1.24万元、二期投入2.37万元，合计3.6万元。"  # 3.61 → 3.6 at one decimal
    claims = [
        mk(t, "1.24万元", after=12400, unit="元", metric="一期投入"),
        mk(t, "2.37万元", after=23700, unit="元", metric="二期投入"),
        mk(t, "3.6万元", after=36000, unit="元", metric="合计"),
    ]
    assert check_claims(claims, text=t) == []


def test_numbers_sharing_a_unit_without_signal_are_not_parts() -> None:
    t = "项目区面积1000亩，其余村组整理土地600亩，新栽果树800亩。"
    claims = [
        mk(t, "1000亩", after=1000, unit="亩", metric="项目区面积"),
        mk(t, "600亩", after=600, unit="亩", metric="整理土地"),
        mk(t, "800亩", after=800, unit="亩", metric="果树"),
    ]
    assert check_claims(claims, text=t) == []


def test_parts_need_text() -> None:
    t = "全村耕地1200亩，其中水田500亩、旱地800亩。"
    claims = [
        mk(t, "1200亩", after=1200, unit="亩", metric="耕地"),
        mk(t, "500亩", after=500, unit="亩", metric="水田"),
        mk(t, "800亩", after=800, unit="亩", metric="旱地"),
    ]
    assert check_claims(claims) == []


# ------------------------------------------------------------------ change vs before/after


def _income(change_text: str, change: float, unit: str = "元") -> tuple[str, list[Claim]]:
    t = f"农民人均收入由6400元增加到9600元，{change_text}。"
    return t, [
        mk(t, "由6400元增加到9600元", before=6400, after=9600, unit="元", direction="up",
           metric="农民人均收入"),
        mk(t, change_text, change=change, unit=unit, direction="up", metric="增收"),
    ]


@pytest.mark.parametrize(
    ("change_text", "change", "unit"),
    [("增收3200元", 3200, "元"), ("增长50%", 50, "%"), ("增长0.5倍", 0.5, "倍")],
)
def test_change_consistent_is_silent(change_text: str, change: float, unit: str) -> None:
    t, claims = _income(change_text, change, unit)
    assert check_claims(claims, text=t) == []


@pytest.mark.parametrize(
    ("change_text", "change", "unit", "expected"),
    [("增收3800元", 3800, "元", 3200), ("增长80%", 80, "%", 50), ("翻了一番", 100, "%", 50)],
)
def test_change_inconsistent_is_flagged(change_text: str, change: float, unit: str,
                                        expected: float) -> None:
    t, claims = _income(change_text, change, unit)
    findings = check_claims(claims, text=t)
    assert rules(findings) == ["change_vs_before_after"]
    assert findings[0].expected == pytest.approx(expected)


def test_doubling_is_consistent() -> None:
    t = "村集体收入由5万元增加到10万元，翻了一番。"
    claims = [
        mk(t, "由5万元增加到10万元", before=50000, after=100000, unit="元", direction="up",
           metric="村集体收入"),
        mk(t, "翻了一番", change=100, unit="%", direction="up", metric="村集体收入"),
    ]
    assert check_claims(claims, text=t) == []


def test_percentage_points_versus_percent() -> None:
    base = "合作医疗参合率从80%提高到90%，{c}。"
    for c, value, unit, expect in (
        ("提高了10个百分点", 10, "百分点", []),
        ("提高了12.5%", 12.5, "%", []),
        ("提高了15个百分点", 15, "百分点", ["change_vs_before_after"]),
        ("提高了10%", 10, "%", ["change_vs_before_after"]),
    ):
        t = base.format(c=c)
        claims = [
            mk(t, "从80%提高到90%", before=80, after=90, unit="%", direction="up", metric="参合率"),
            mk(t, c, change=value, unit=unit, direction="up", metric="参合率"),
        ]
        findings = check_claims(claims, text=t)
        assert rules(findings) == expect, c
    # "10%" where 10 points are meant is a wording slip: a warning, not an error
    assert findings[0].severity == "warning"


def test_change_of_another_metric_is_not_paired() -> None:
    t = "人均收入由6400元增加到9600元，村集体收入增加5万元。"
    claims = [
        mk(t, "由6400元增加到9600元", before=6400, after=9600, unit="元", direction="up",
           metric="人均收入"),
        mk(t, "5万元", change=50000, unit="元", direction="up", metric="村集体收入"),
    ]
    assert check_claims(claims, text=t) == []


# ------------------------------------------------------------------ direction


@pytest.mark.parametrize(
    ("before", "after", "dirn", "flag"),
    [(25, 30, "down", True), (30, 25, "down", False), (30, 25, "up", True), (25, 30, "up", False)],
)
def test_direction_of_from_to(before: float, after: float, dirn: str, flag: bool) -> None:
    t = f"失业率从{before}%变为{after}%。"
    claims = [mk(t, f"从{before}%变为{after}%", before=before, after=after, unit="%",
                 direction=dirn, metric="失业率")]
    assert rules(check_claims(claims, text=t)) == (["direction"] if flag else [])


def test_direction_against_earlier_value_of_same_metric() -> None:
    for value, flag in ((8.5, False), (13.5, True)):
        t = f"2019年全县空置率为12.5%。经过整治，空置率降低为{value}%。"
        claims = [
            mk(t, "12.5%", after=12.5, unit="%", metric="空置率", time="2019年"),
            mk(t, f"降低为{value}%", after=value, unit="%", direction="down", metric="空置率"),
        ]
        assert rules(check_claims(claims, text=t)) == (["direction"] if flag else [])


# ------------------------------------------------------------------ impossible values


def test_share_over_100_is_flagged_but_growth_is_not() -> None:
    t = "全村医保覆盖率达到104%，集体收入增长率为130%，完成率120%。"
    claims = [
        mk(t, "104%", after=104, unit="%", metric="医保覆盖率"),
        mk(t, "130%", after=130, unit="%", metric="集体收入增长率"),
        mk(t, "120%", after=120, unit="%", metric="完成率"),
    ]
    findings = check_claims(claims, text=t)
    assert rules(findings) == ["impossible_value"]
    assert findings[0].claims[0].after == 104


def test_share_of_exactly_100_is_possible() -> None:
    t = "垃圾处理率达100%。"
    claims = [mk(t, "100%", after=100, unit="%", metric="垃圾处理率")]
    assert check_claims(claims, text=t) == []


def test_negative_count_is_flagged_negative_temperature_is_not() -> None:
    t = "该村有-3户未登记，最低气温-12℃。"
    claims = [
        mk(t, "-3户", after=-3, unit="户", metric="未登记"),
        mk(t, "-12℃", after=-12, unit="°C", metric="最低气温"),
    ]
    findings = check_claims(claims, text=t)
    assert rules(findings) == ["impossible_value"]
    assert findings[0].stated == -3


def test_change_verb_with_equal_values_is_flagged() -> None:
    t = "入学率从95%提高到95%。"
    claims = [mk(t, "从95%提高到95%", before=95, after=95, unit="%", direction="up",
                 metric="入学率")]
    assert rules(check_claims(claims, text=t)) == ["impossible_value"]


# ------------------------------------------------------------------ cross_doc


def _doc(value: float, place: str = "青石村", time: str = "2020年") -> tuple[str, list[Claim]]:
    t = f"{time}，{place}人均纯收入{value:g}元。"
    return t, [mk(t, f"{value:g}元", after=value, unit="元", metric="人均纯收入", place=place,
                  time=time)]


def test_cross_doc_contradiction_is_flagged() -> None:
    (_, ca), (_, cb) = _doc(9800), _doc(10800)
    findings = check_corpus({"a.txt": ca, "b.txt": cb})
    assert rules(findings) == ["cross_doc"]
    assert findings[0].docs == ("a.txt", "b.txt")


@pytest.mark.parametrize(
    "other",
    [
        {"value": 9800},
        {"value": 10800, "place": "白沙村"},
        {"value": 10800, "time": "2021年"},
    ],
)
def test_cross_doc_agreeing_or_different_place_or_time_is_silent(other: dict[str, object]) -> None:
    (_, ca), (_, cb) = _doc(9800), _doc(**other)  # type: ignore[arg-type]
    assert check_corpus({"a.txt": ca, "b.txt": cb}) == []


def test_cross_doc_needs_absolute_time() -> None:
    (_, ca), (_, cb) = _doc(9800, time="今年"), _doc(10800, time="今年")
    assert check_corpus({"a.txt": ca, "b.txt": cb}) == []


# ------------------------------------------------------------------ API behaviour


def test_check_claims_rejects_claims_that_do_not_match_text() -> None:
    claim = Claim(after=5.0, unit="户", text="5户", start=0, end=2)
    with pytest.raises(ClaimxError, match="does not match"):
        check_claims([claim], text="全村共有")


def test_check_claims_rejects_non_claims() -> None:
    with pytest.raises(ClaimxError, match=r"list of claimx\.Claim"):
        check_claims([{"after": 1}])  # type: ignore[list-item]


def test_finding_is_frozen_and_serialisable() -> None:
    t = "失业率从25%降至30%。"
    f = check_claims([mk(t, "从25%降至30%", before=25, after=30, unit="%", direction="down",
                         metric="失业率")], text=t)[0]
    with pytest.raises(ValueError):
        f.rule = "cross_doc"  # type: ignore[misc]
    data = json.loads(f.model_dump_json())
    assert data["rule"] == "direction" and data["claims"][0]["start"] == 3
    assert Finding.model_validate(data) == f


def test_public_api_exports() -> None:
    import claimx

    assert claimx.check_claims is check_claims
    assert claimx.check_corpus is check_corpus
    assert claimx.Finding is Finding


# ------------------------------------------------------------------ intervals


def test_precision_unit_reads_the_literal() -> None:
    assert precision_unit(Claim(after=831000, text="83.1万元", start=0, end=6), 831000) == 1000
    assert precision_unit(Claim(after=21.27, text="21.27%", start=0, end=6), 21.27) == pytest.approx(0.01)
    assert precision_unit(Claim(after=300, text="三百人", start=0, end=3), 300) == 1


def test_interval_of_qualifiers() -> None:
    exact = Claim(after=10, text="10户", start=0, end=3)
    assert interval_of(exact, 10) == Interval(10, 10)
    rounded = Claim(after=12000, text="1.2万人", start=0, end=5)
    assert interval_of(rounded, 12000) == Interval(11500, 12500)
    under = Claim(after=10, approx="under", text="不足10户", start=0, end=5)
    assert interval_of(under, 10) == Interval(0.0, 10)


# ------------------------------------------------------------------ own corpus (extractor + checker)

CORPUS = Path(__file__).parent / "corpus" / "checks" / "cases.jsonl"

#: case id -> why the CURRENT extractor cannot support it (strict xfail: a fix is noticed).
CORPUS_XFAIL: dict[str, str] = {}


def _corpus_params() -> list[Any]:
    params = []
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        marks = []
        if case["id"] in CORPUS_XFAIL:
            marks.append(pytest.mark.xfail(reason=CORPUS_XFAIL[case["id"]], strict=True))
        params.append(pytest.param(case, id=case["id"], marks=marks))
    return params


def test_corpus_is_balanced_and_covers_every_rule() -> None:
    cases = [p.values[0] for p in _corpus_params()]
    flags = [c for c in cases if c["expect"] == "flag"]
    assert len(cases) >= 36 and abs(len(flags) - (len(cases) - len(flags))) <= 4
    from claimx.checks import RULES

    assert {c["rule"] for c in flags} == set(RULES)


@pytest.mark.parametrize("case", _corpus_params())
def test_corpus_case(case: dict[str, Any]) -> None:
    """Flag cases get a finding of their rule; consistent look-alikes get no finding at all."""
    findings = check_corpus(case["docs"]) if "docs" in case else check_claims(case["text"])
    found = [f.rule for f in findings]
    if case["expect"] == "flag":
        assert case["rule"] in found, f"missed ({case['note']}); found {found}"
    else:
        assert findings == [], f"false alarm ({case['note']}): {[f.explanation_en for f in findings]}"


@pytest.mark.parametrize("joiner", ["\n", ""])
def test_consistent_corpus_documents_do_not_cross_talk(joiner: str) -> None:
    """All consistent look-alikes in one document (one per line, or one long paragraph):
    numbers from unrelated statements must not be paired into a false alarm."""
    texts = [p.values[0]["text"] for p in _corpus_params()
             if p.values[0]["expect"] == "no_flag" and "text" in p.values[0]]
    findings = check_claims(joiner.join(texts))
    assert findings == [], [f.explanation_en for f in findings]


@pytest.mark.parametrize(
    "module",
    ["claimx.checks", "claimx.checks.util", "claimx.checks.model", "claimx.report"],
)
def test_module_doctests(module: str) -> None:
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(module))
    assert result.failed == 0 and result.attempted > 0
