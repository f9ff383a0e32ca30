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


def test_a_count_inside_the_whole_place_is_not_a_joint_mention() -> None:
    got = _places("青岚县通报。此次灾害造成全县14个乡镇12.6万人受灾，因灾死亡3人。")
    assert [p for _, p in got] == ["青岚县"] * 3


def test_a_list_of_names_ending_in_deng_is_joint() -> None:
    assert _places("白石市通报。五道口村、三里河等重点流域治理项目完成投资约12.6亿元。") == [("12.6亿元", None)]


def test_a_village_before_minsu_is_a_place() -> None:
    got = _places("临江市通报。千岛湖畔的七里村民宿入住率达95%以上。")
    assert [p for _, p in got] == ["七里村"]


def test_a_paragraph_opening_on_two_places_in_contrast_sets_no_place() -> None:
    text = ("南屏市通报。\n分地区看，城关区报告发病率最高，为每10万人1245.3；清溪县最低，为每10万人612.8。"
            "分年龄看，5岁以下儿童报告病例11208例，占全部病例的23.9%。")
    got = dict(_places(text))
    assert got["11208例"] == got["23.9%"] == "南屏市"


def test_an_organisation_of_the_document_place_is_a_first_mention() -> None:
    text = "工作简报\n青山县人民政府办公室编\n全县粮食产量增长5%。\n青山县新建公路30公里。"
    assert [p for _, p in _places(text)] == ["青山县", "青山县"]
