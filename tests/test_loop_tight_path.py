"""The tight path of ``claimx.scan.scan`` (an Arabic numeral and a unit no rule reads)
against the plain loop it shortcuts: with no unit on the tight path, every match takes the
plain loop."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from claimx import lexicon, scan
from claimx.normalize import normalize
from test_noise_clauses import TEXTS, _corpus

#: swaps or wraps module internals: pure-Python modules only (tests/conftest.py)
pytestmark = pytest.mark.pure

# numerals, units on and off the tight path, and what the rules around them read
PIECES = ["1", "3", "12", "2,500", "83.1", "1,100", "123456", "12345678901234567890123456789012345678901",
          "٣٤", "\U00010d45", "万", "亿", "千", "百", "十", "余", "多", "元", "万元", "个", "人", "户", "名",
          "亩", "公里", "km2", "倍", "%", "个百分点", "岁", "家", "口", "块", "点", "分", "位", "吨", "年",
          "左右", "以上", "以下", "/公斤", "/10万", "一斤", "每", "每招用", "补贴", "民", "级", "条", "第",
          "A", "#", ".", ",", "-", "，", "。", "负", "零下", "三", "5", "前", "居", "天下降", " "]
PIECE_TEXTS = st.lists(st.sampled_from(PIECES), max_size=14).map("".join)


def _plain(text: str) -> list[scan.Token]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(scan, "_tight_units", lambda: frozenset())
        return scan.scan(text)


def test_tight_units_are_read_by_no_rule() -> None:
    tight = scan._tight_units()
    assert tight and "元" in tight and "倍" in tight and None in tight
    assert not tight & (scan._SPECIAL_UNITS | scan._CONTEXT_UNITS | scan._digit_units())
    assert tight <= set(lexicon.UNITS) | {"倍", None}


@settings(max_examples=800, deadline=None)
@given(PIECE_TEXTS | TEXTS)
@example("每招用1人补贴2000元, 每安置1户补贴2000元, 每村1户")
@example("#3元, №5吨, .3亩, 共3亩, #3, .5, 3余, 3万余, 963.58/10万, 3/4, 每10万人1245.3, 12左右, 5万")
@example("3条条道路, 5天下降到1天, A3元, 第3个, 3余万元, 3.5万多元, 1,100万元左右")
@example("123456789012345678901234567890123456789012元, 12345678元")
@example("2,500\U00010d45点")  # a Garay digit Python has no value for (found by hypothesis)
@example("3个以上个, 5条左右条, 2吨以下吨, 7亩多亩")  # the unit's end, before its qualifier
def test_tight_path_is_the_plain_loop(text: str) -> None:
    assert scan.scan(text) == _plain(text)


def test_tight_path_on_the_corpus() -> None:
    texts = [normalize(t).text for t in _corpus()]
    assert sum(len(scan.scan(t)) for t in texts) > 100
    for text in texts:
        assert scan.scan(text) == _plain(text), text


def test_a_digit_python_has_no_value_for_is_no_claim_and_no_crash() -> None:
    """``regex`` knows decimal digits newer than Python's Unicode (Garay 𐵅); ``float()``
    does not, so a number holding one is no claim, and reading it never raises."""
    from claimx import extract_claims, find_quantities

    for text in ("2,500\U00010d45点", "上涨2,500\U00010d45点", "3\U00010d45元", "\U00010d45\U00010d41点"):
        assert extract_claims(text) == []
        assert find_quantities(text) == []
