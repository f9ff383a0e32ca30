"""Place and time rules of round A (accplace): each a category, checked on sentences
written for it."""

from __future__ import annotations

from claimx import extract_claims


def _places(text: str) -> list[tuple[str, str | None]]:
    return [(c.text, c.place) for c in extract_claims(text)]


def test_a_place_first_named_later_is_not_the_place_of_earlier_claims() -> None:
    text = ("零售总额按年上升4.6%\n"
            "统计处公布，零售总额为1024亿元，按年上升4.6%。\n"
            "旅客约1180万人次。\n"
            "失业率为3.1%。观塘区商场租金下跌8%。")
    got = _places(text)
    assert [p for _, p in got[:-1]] == [None] * (len(got) - 1)
    assert got[-1] == ("8%", "观塘区")


def test_a_time_before_a_name_is_not_part_of_it() -> None:
    for text, place in (("前三季度海州市外贸企业达到9218家。", "海州市"),
                        ("2024年南屏市报告病例9216例。", "南屏市"),
                        ("3月白石市空气优良率为90%。", "白石市"),
                        ("第三季海州市出口增长5%。", "海州市"),
                        ("2024年日喀则市人口增长3%。", "日喀则市"),
                        ("1号线万州区客流增长3%。", "万州区")):
        assert _places(text)[0][1] == place, text


def test_a_common_noun_or_a_verb_is_not_a_place_name() -> None:
    for text in ("预计后市指数将震荡，成交额约1.28万亿元。", "全年实施省市重点项目326个。",
                 "工业区厂房出租率为96.4%。", "保护区面积达到1200平方公里。"):
        assert [p for _, p in _places(text)] == [None] * len(_places(text)), text
    assert _places("河南省市场监督管理局投入30万元。")[0][1] == "河南省"
