"""Soft line breaks (round G, ascan): a page wrapped inside its sentences reads as one text."""

from __future__ import annotations

from claimx import extract_claims
from claimx.normalize import normalize

PDF = (
    "白石县水利局2025年度工作总结\n"
    "（三）防汛抗旱取得全面胜利。汛期全县\n"
    "平均降雨量1126毫米，比常年偏多一成\n"
    "五。县防指共发布预警信息48期，转移\n"
    "群众2316人，未发生人员伤亡。\n"
    "（四）河湖长制落实有力。全县设立县、\n"
    "乡、村三级河长412名，全年巡河1.9万\n"
    "余次，清理河道垃圾约850吨，拆除违\n"
    "章建筑23处。\n"
)

NEWS = (
    "前三季度经济运行总体平稳，就业形势稳定\n"
    "国家统计局18日发布数据。\n"
    "前三季度，国内生产总值增长5.2%。\n"
    "分产业看，第一产业增加值增长3.4%\n"
    "第三产业增加值增长5.3%。\n"
)


def test_a_wrapped_page_is_read_through() -> None:
    n = normalize(PDF)
    assert "偏多一成五。" in n.text and "1.9万余次" in n.text
    assert n.text.startswith("白石县水利局2025年度工作总结\n")  # the title keeps its break
    assert n.text.count("\n") == 3  # title, and the two paragraphs
    for i in range(len(n.text)):
        s, e = n.to_original(i, i + 1)
        assert PDF[s:e] == n.text[i] or (n.text[i] == "(" and PDF[s:e] == "（") or (n.text[i] == ")" and PDF[s:e] == "）")
    claims = {c.text: c for c in extract_claims(PDF)}
    assert claims["一成\n五"].change == 15.0
    assert claims["1.9万\n余次"].unit == "次" and claims["1.9万\n余次"].approx == "over"
    assert claims["1126毫米"].time == "汛期"


def test_an_unwrapped_page_keeps_its_breaks() -> None:
    assert normalize(NEWS).text == NEWS
