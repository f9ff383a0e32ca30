"""Time rules of round B (accctx2): each a category, checked on sentences written for it."""

from __future__ import annotations

from claimx import extract_claims


def _times(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(c.text, c.metric, c.time) for c in extract_claims(text)]


def test_the_same_quarter_or_month_is_a_time_cut_from_the_metric() -> None:
    assert _times("同季出口货值约52亿元，按年增加3.1%。") == [
        ("52亿元", "出口货值", "同季"), ("3.1%", "出口货值", "同季")]
    assert _times("同月居民消费价格上涨2.1%。")[0][2] == "同月"


def test_a_programme_or_a_line_put_in_service_dates_the_claims_after_it() -> None:
    assert _times("结对工作实施以来，新建道路12公里。")[0][2] == "实施以来"
    assert _times("新大桥建成后，通行时间将缩短20分钟。")[0][2] == "建成后"
    # before 的 it names a thing, not a time
    assert _times("开通后的线路日均客流8万人次。")[0][2] is None


def test_a_from_to_takes_the_date_of_its_to_value() -> None:
    got = _times("全村人均纯收入从2015年的3100元增加到2022年的12800元。")
    assert got[0][2] is not None and "2022年" in got[0][2]
    assert _times("合作社社员由最初的7户发展到现在的136户。")[0][2] == "到现在"
    # a from-to with no date of its own keeps the sentence's time
    assert _times("2023年，客流由8万人次增加到12万人次。")[0][2] == "2023年"


def test_an_roc_year_and_a_run_of_years_are_times() -> None:
    got = _times("縣府114年度總預算案歲出規模為新臺幣280億元。")
    assert got[0][2] == "114年度"
    got = _times("全县粮食产量连续八年稳定在50万吨以上。")
    assert [(text, time) for text, _, time in got] == [("50万吨以上", "连续八年")]
