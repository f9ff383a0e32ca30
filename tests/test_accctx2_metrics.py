"""Metric rules of round B (accctx2): each a category, checked on sentences written for it."""

from __future__ import annotations

from claimx import extract_claims


def _metrics(text: str) -> list[tuple[str, str | None]]:
    return [(c.text, c.metric) for c in extract_claims(text)]


def test_a_change_after_a_share_measures_the_claim_before_the_share() -> None:
    assert _metrics("全区税收收入完成12.4亿元，完成年度预算的61.2%，同比增长4.5%。")[-1] \
        == ("4.5%", "税收收入")
    # a change in points after a share is the share's own change
    got = _metrics("全区税收收入完成12.4亿元，完成年度预算的61.2%，同比提高3个百分点。")
    assert got[-1][1] == got[-2][1]


def test_a_currency_named_before_the_number_is_no_metric() -> None:
    assert _metrics("公司营收为新台币86亿元。") == [("86亿元", "公司营收")]
    assert _metrics("出口额达港币120亿元。")[0][1] == "出口额"


def test_a_share_of_a_group_named_after_是() -> None:
    assert _metrics("受训学员中，四成以上是返乡青年。")[0][1] == "返乡青年"
    # without the group 中 before it, 是 names no share
    assert _metrics("增长率为5%是近年最高。")[0][1] != "近年最高"


def test_a_count_of_villages_names_its_level() -> None:
    assert _metrics("其中6个村超过20万元。")[0] == ("6个", "村")


def test_an_object_verb_接收_starts_the_metric_after_it() -> None:
    assert _metrics("全市共接收救灾物资8.2万件。")[0][1] == "救灾物资"


def test_a_list_item_that_names_nothing_takes_the_item_before() -> None:
    assert _metrics("企业捐款320家次、共计950万元。")[-1] == ("950万元", "企业捐款")


def test_money_spent_for_a_purpose_measures_the_purpose() -> None:
    assert _metrics("今年将投入2.4亿元改善农村道路。")[0][1] == "农村道路"
    # 投资 is a noun as well: it stays the metric
    assert _metrics("投资39万元建设饮水工程。")[0][1] == "投资"


def test_an_adverb_after_a_count_starts_no_noun() -> None:
    assert _metrics("礼堂可容纳约800人同时观影。")[0][1] != "同时观影"


def test_the_subject_before_a_qualified_whole() -> None:
    assert _metrics("贫困生资助比例不低于在校生的20%。")[0][1] == "贫困生资助比例"


def test_去向_and_方向_are_words_not_the_preposition() -> None:
    assert _metrics("全市高校毕业生去向落实率为91.2%。")[0][1] == "毕业生去向落实率"
    assert _metrics("向困难群众发放慰问金12万元。")[0][1] == "慰问金"


def test_a_bare_value_clause_first_in_its_sentence_takes_the_opening_subject() -> None:
    assert _metrics("村级光伏收益实现零的突破，达到8.6万元。")[0][1] == "村级光伏收益"
    # a subject followed by 出现在 + a place states where the measure stands: it is the metric
    # of the value after it (round G, ametric: held-out 3 and 8 golds; was None in round A)
    assert _metrics("最大降雨量出现在三道河村，达412毫米。")[0][1] == "最大降雨量"


def test_计划_before_a_verb_stays_in_the_metric() -> None:
    assert _metrics("全市中职学校计划招生1.2万人。")[0][1] == "中职学校计划招生"


def test_a_value_of_the_counted_villages_measures_the_subject() -> None:
    got = _metrics("白沙镇集体经济收入全部超过10万元，其中5个村超过30万元。")
    assert [m for _, m in got] == ["集体经济收入", "村", "集体经济收入"]
