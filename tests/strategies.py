"""Hypothesis strategies and text transforms shared by the property tests.

Everything here is written independently of ``claimx`` (its own numeral formatter, its own
full-width table), so a property test never checks the extractor against itself.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from hypothesis import strategies as st

CORPUS = Path(__file__).parent / "corpus"

# ---------------------------------------------------------------- numerals

CN_DIGITS = "零一二三四五六七八九"
FINANCIAL = str.maketrans("一二三四五六七八九十百千", "壹贰叁肆伍陆柒捌玖拾佰仟")
NUMERAL_CHARS = frozenset("零〇一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟萬億兩半几")
FULLWIDTH = str.maketrans("0123456789.,%-", "０１２３４５６７８９．，％－")


def _group(n: int) -> str:
    """0 < n < 10000 in Chinese numerals, with inner 零 (1005 → 一千零五)."""
    out, gap = "", False
    for size, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d, n = divmod(n, size)
        if d:
            out += ("零" if gap else "") + CN_DIGITS[d] + name
            gap = False
        elif out:
            gap = True
    return out


def chinese(n: int, *, short_ten: bool = True) -> str:
    """A non-negative integer below 10**16 in Chinese numerals.

    >>> chinese(23000000), chinese(105), chinese(12), chinese(100000001)
    ('二千三百万', '一百零五', '十二', '一亿零一')
    """
    if n == 0:
        return "零"
    groups: list[int] = []
    while n:
        n, g = divmod(n, 10000)
        groups.append(g)
    names = ("", "万", "亿", "万亿")
    out, gap = "", False
    for i in range(len(groups) - 1, -1, -1):
        g = groups[i]
        if g == 0:
            gap = bool(out)
            continue
        if out and (gap or g < 1000):
            out += "零"
        out += _group(g) + names[i]
        gap = False
    if short_ten and out.startswith("一十"):
        out = out[1:]
    return out


def financial(n: int) -> str:
    """Financial (capital) numerals: 12000 → 壹万贰仟."""
    return chinese(n, short_ten=False).translate(FINANCIAL)


def with_liang(s: str) -> str:
    """Colloquial 两 for a leading 二 before 千/百/万/亿 (二千三百万 → 两千三百万)."""
    return "两" + s[1:] if s[:1] == "二" and s[1:2] in ("千", "百", "万", "亿") else s


def wan(n: int) -> str:
    """n written with 万: 35000 → 3.5万 (n >= 10000)."""
    return format((Decimal(n) / 10000).normalize(), "f") + "万"


def yi(n: int) -> str:
    """n written with 亿: 120000000 → 1.2亿 (n >= 10**8)."""
    return format((Decimal(n) / 10**8).normalize(), "f") + "亿"


def grouped(n: int) -> str:
    """Arabic digits with thousands separators: 1234567 → 1,234,567."""
    return f"{n:,}"


def fullwidth(s: str) -> str:
    """ASCII digits, point, comma, percent and minus → full-width forms."""
    return s.translate(FULLWIDTH)


# positive integers, biased towards the sizes reports use
integers = st.one_of(
    st.integers(min_value=1, max_value=9999),
    st.integers(min_value=10000, max_value=10**8),
    st.integers(min_value=10**8, max_value=10**12 - 1),
    st.sampled_from([10, 11, 20, 100, 101, 110, 1000, 1001, 1010, 10000, 10001, 100000001]),
)

# every way of writing an integer that must read back as the same value
NUMERAL_FORMS: dict[str, Callable[[int], str]] = {
    "arabic": str,
    "grouped": grouped,
    "chinese": chinese,
    "chinese_liang": lambda n: with_liang(chinese(n)),
    "financial": financial,
    "wan": lambda n: wan(n) if n >= 10000 else str(n),
    "yi": lambda n: yi(n) if n >= 10**8 else str(n),
    "fullwidth": lambda n: fullwidth(str(n)),
}


@st.composite
def written_integers(draw: st.DrawFn) -> tuple[int, str, str]:
    """``(value, form name, surface)``: an integer and one way of writing it."""
    n = draw(integers)
    form = draw(st.sampled_from(sorted(NUMERAL_FORMS)))
    return n, form, NUMERAL_FORMS[form](n)


decimals = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("999999.99"), places=2)

# ---------------------------------------------------------------- sentences

# No digit, no numeral character, no place name, no time word: pure filler.
FILLERS = (
    "会议强调，要切实压实工作责任。",
    "大家纷纷表示，要把好事办好、实事办实。",
    "这项工作得到了群众的广泛好评。",
    "相关负责人介绍了有关情况。",
    "当前正是农忙时节。",
    "村民们脸上洋溢着幸福的笑容。",
    "记者在现场看到，工人们正在紧张施工。",
    "下一步，将继续加大工作力度。",
    "据了解，该项目由上级统筹安排。",
    "他说：“日子越过越红火了。”",
)

METRICS = ("人均收入", "耕地面积", "贫困户", "项目资金", "粮食产量", "道路", "常住人口", "集体收入")
UNITS = ("元", "亩", "户", "吨", "公里", "人", "万元", "亿元", "万人", "%")
CLAIM_TEMPLATES = (
    "{metric}为{n}{unit}。",
    "全村{metric}达到{n}{unit}。",
    "截至目前，{metric}共计{n}{unit}。",
    "{metric}约{n}{unit}。",
    "去年{metric}增加了{n}{unit}。",
)


@lru_cache(maxsize=1)
def corpus_sentences() -> tuple[str, ...]:
    """Positive corpus sentences without HTML or pinyin artifacts (for transform tests)."""
    with open(CORPUS / "positive.jsonl", encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f if line.strip()]
    return tuple(t for t in texts if "<" not in t and "&" not in t and "(" not in t)


@st.composite
def claim_sentences(draw: st.DrawFn) -> str:
    """A simplified sentence that states at least one quantity."""
    if draw(st.booleans()):
        return draw(st.sampled_from(corpus_sentences()))
    template = draw(st.sampled_from(CLAIM_TEMPLATES))
    n = draw(st.one_of(st.integers(1, 99999).map(str), decimals.map(lambda d: format(d, "f"))))
    return template.format(
        metric=draw(st.sampled_from(METRICS)), n=n, unit=draw(st.sampled_from(UNITS))
    )


fillers = st.lists(st.sampled_from(FILLERS), max_size=4).map("".join)

number_tokens = st.one_of(
    st.integers(0, 10**9).map(str),
    decimals.map(lambda d: format(d, "f")),
    integers.map(chinese),
    integers.map(grouped),
    integers.map(lambda n: fullwidth(str(n))),
    st.sampled_from(["3.5万", "1.2亿", "百分之八十", "三分之一", "负3.5%", "零下12℃", "2020年"]),
)
unit_tokens = st.sampled_from(
    ["", "元", "万元", "亩", "户", "人", "%", "％", "个百分点", "公里", "km", "吨", "斤", "个", "℃"]
)
text_chunks = st.one_of(
    st.text(max_size=12),
    st.sampled_from(FILLERS),
    st.sampled_from(
        ["，", "。", "、", "；", "\n", " ", "从", "降至", "增长", "约", "余", "至", "-"]
    ),
    st.sampled_from(["<b>", "</b>", "&nbsp;", "(fā)", "發", "萬", "億", "戶"]),
    st.tuples(number_tokens, unit_tokens).map("".join),
)
texts_with_numbers = st.lists(text_chunks, max_size=16).map("".join)

# ---------------------------------------------------------------- transforms

PINYIN = ("fā", "zhǔn", "lián", "tuō", "pín", "shēng", "jì", "xiàn", "zhèn", "hù", "mǔ", "yè")
DIGITISH = frozenset("0123456789.,０１２３４５６７８９．，")
INLINE_TAGS = ("<b>", "</b>", "<span>", "</span>", "<strong>", "</strong>")
BLOCK_TAGS = ("<br/>", "<p>", "</p>")


def _word(ch: str) -> bool:
    """Digits, points and Latin letters: a tag never splits a run of these (120k<b>g)."""
    return ch in DIGITISH or (ch.isascii() and ch.isalpha())


def is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


@st.composite
def with_pinyin(draw: st.DrawFn, text: str) -> str:
    """Insert pinyin artifacts (``發(fā)``) after some CJK characters that are not numerals."""
    spots = [i for i, ch in enumerate(text) if is_cjk(ch) and ch not in NUMERAL_CHARS]
    if not spots:
        return text
    chosen = draw(st.sets(st.sampled_from(spots), min_size=1, max_size=3))
    out = list(text)
    for i in sorted(chosen, reverse=True):
        out.insert(i + 1, f"({draw(st.sampled_from(PINYIN))})")
    return "".join(out)


@st.composite
def with_html(draw: st.DrawFn, text: str) -> str:
    """Insert tags and entities between characters, never inside a number or a Latin word."""
    spots = [
        i
        for i in range(len(text) + 1)
        if not (0 < i < len(text) and _word(text[i - 1]) and _word(text[i]))
    ]
    chosen = draw(st.lists(st.sampled_from(spots), min_size=1, max_size=3))
    out = text
    for i in sorted(chosen, reverse=True):
        # an inline tag may go anywhere outside a number or a Latin word (<b>120</b>万元);
        # a line break or a space entity only at a clause boundary
        boundary = i in (0, len(text)) or text[i - 1] in "，。；、：,;"
        choices = (*INLINE_TAGS, *BLOCK_TAGS, "&nbsp;") if boundary else INLINE_TAGS
        out = out[:i] + draw(st.sampled_from(choices)) + out[i:]
    return out
