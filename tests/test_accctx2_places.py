"""Place rules of round B (accctx2): each a category, checked on sentences written for it."""

from __future__ import annotations

from claimx import extract_claims
from claimx.context import find_places


def _names(text: str) -> list[str]:
    return [p.name for p in find_places(text)]


def test_a_verb_a_deictic_or_a_people_group_never_starts_a_place_name() -> None:
    assert _names("县政府将预算案报请县议会审议") == []
    assert _names("新辟社区巴士线路8条") == []
    assert _names("本届省运动会设置40个大项") == []
    assert _names("柳江市华侨社区活动中心") == ["柳江市"]


def test_a_list_of_levels_or_an_area_inside_a_place_is_no_place() -> None:
    assert _names("全市12个乡镇村已通公交") == []
    assert _names("青山镇工业区产值增长8%") == ["青山镇"]
    got = extract_claims("全县9个乡镇市新建公厕27座。")
    assert [(c.metric, c.place) for c in got][-1] == ("新建公厕", None)
    assert _names("重庆市九龙坡区卫健委") == ["重庆市", "九龙坡区"]


def test_an_organisation_and_a_conjunction_do_not_end_a_name() -> None:
    assert _names("平江市总工会和市妇联共募集善款") == ["平江市"]
    assert _names("太和县和平江市") == ["太和县", "平江市"]


def test_a_quoted_nickname_is_a_label() -> None:
    assert _names("这里曾是有名的“光棍村”") == []


def test_a_place_before_城乡_is_still_a_place() -> None:
    assert extract_claims("长宁县城乡居民养老保险参保率达到98%")[0].place == "长宁县"


def test_a_count_of_villages_after_其中_is_a_part_of_the_place() -> None:
    got = extract_claims("白沙镇集体经济收入全部超过10万元，其中5个村超过30万元。")
    assert {c.place for c in got} == {"白沙镇"}


def test_a_deictic_of_the_documents_level_takes_the_document_place() -> None:
    text = ("青川县旅游收入增长\n"
            "青川县今年接待游客320万人次。\n"
            "前三季度，白水乡民宿入住率为65%；全县农家乐营业额增长12%。县内茶园面积约3000亩。")
    got = {c.text: c.place for c in extract_claims(text)}
    assert got["65%"] == "白水乡"
    assert got["3000亩"] == "青川县"
