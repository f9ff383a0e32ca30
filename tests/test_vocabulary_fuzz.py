"""Any mix of the vocabulary's own words, numbers and odd characters: extraction never
raises and every span maps back. The lexicon's words are where the rules meet, so
random mixes of them reach the rare branches (a unit read from elsewhere, a rate after a
decimal form, digits Python has no value for) that plain random text seldom does."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from claimx import extract_claims, find_quantities, lexicon

WORDS = sorted({*lexicon.UNITS, *lexicon.UP_VERBS, *lexicon.DOWN_VERBS, *lexicon.RELATIVE_TIMES[:40],
                *lexicon.APPROX_PREFIX, *lexicon.APPROX_SUFFIX, *lexicon.RATE_DENOMINATORS})
ODD = ["从", "由", "至", "到", "每", "比", "较", "的", "，", "。", "；", "：", ":", " ", "\n", "（", "）", "(",
       ")", "“", "”", "、", "分之", "百分之", "成", "倍", "点", "分", "秒", "米", "/", "10万", "-", "—", "+",
       "号", "第", "年", "月", "日", "村", "镇", "县", "\U00010d45", "\U00010d40", "５", "٣", "𝟘", "\u3000",
       "&nbsp;", "<p>", "(fā)", "貧", "萬", "點", "二", "十", "百", "千", "万", "亿", "零", "两", "三块五",
       "7米86", "4分30秒"]
NUMBERS = ["1", "2,500", "3.5", "24", "0", "12345678", "1,100", "99.9", "400", "2023"]
MIXES = st.lists(st.sampled_from(WORDS + ODD + NUMBERS), min_size=1, max_size=14).map("".join)


@settings(max_examples=1500, deadline=None)
@given(MIXES)
@example("辆次199.9上半年7米86/亩0条千瓦时压缩400")  # a rate check read a unit end never set
@example("2,500\U00010d45点")  # a digit Python has no value for, before 点
def test_extraction_of_vocabulary_mixes_never_raises(text: str) -> None:
    for c in extract_claims(text):
        assert text[c.start : c.end] == c.text
    for q in find_quantities(text):
        assert text[q.start : q.end] == q.text
