"""Scan: candidate quantities (number + multiplier + unit + qualifier) in normalised text.

Noise (dates, phones, codes, ordinals, idioms, slogans, names) is dropped here, so later
stages only see numbers that measure something.

>>> [(t.value, t.unit, t.approx) for t in scan("投入资金4000余万元,建成3座桥。")]
[(40000000.0, '元', 'over'), (3.0, '座', 'exact')]
"""

from __future__ import annotations

import bisect
import functools
import re
import string
from dataclasses import dataclass
from decimal import Decimal

import regex

from claimx import lexicon
from claimx.errors import NumberParseError
from claimx.numbers import cn_value, parse_number, with_multiplier
from claimx.patterns import CLAUSE_STOPS, LONG_RUN, RANGE_CHARS, noise_spans, quantity, quantity_for

__all__ = ["Token", "scan"]

_PLACE_CHARS = lexicon.NUMERAL_NAME_ENDS
_RANGE_CHARS = frozenset(RANGE_CHARS)
_MAX_NUMERAL = 40  # longer runs of digits are codes or junk, never quantities
#: What a quantity cannot follow: an ASCII letter or digit (a code: A3, 12-3), an ordinal
#: mark or a decimal point.
_NOT_BEFORE = frozenset(string.ascii_letters + string.digits + "第#№.")
_COUNT_WORDS = lexicon.COUNT_WORDS
_ORDINAL_UNITS = lexicon.ORDINAL_UNITS


@dataclass(slots=True, init=False)
class Token:
    """One quantity in the normalised text: ``[start, end)`` covers number, unit and
    qualifiers; ``num_start``/``num_end`` the numeral itself.

    (``__init__`` is written out, as dataclasses would write it: mypyc compiles it, while
    the one dataclasses makes at run time stays interpreted, ten times as slow a call.)"""

    start: int
    end: int
    num_start: int
    num_end: int
    value: float
    unit: str | None
    approx: str = "exact"
    upper: float | None = None
    chinese: bool = False
    raw_unit: str = ""
    rate: str | None = None
    mult: str = ""

    def __init__(self, start: int, end: int, num_start: int, num_end: int, value: float, unit: str | None,
                 approx: str = "exact", upper: float | None = None, chinese: bool = False, raw_unit: str = "",
                 rate: str | None = None, mult: str = "") -> None:
        self.start = start
        self.end = end
        self.num_start = num_start
        self.num_end = num_end
        self.value = value
        self.unit = unit
        self.approx = approx
        self.upper = upper
        self.chinese = chinese
        self.raw_unit = raw_unit
        self.rate = rate
        self.mult = mult


_JIAO = {c: i for i, c in enumerate("零一二三四五六七八九")} | {
    c: i + 1 for i, c in enumerate("壹贰叁肆伍陆柒捌玖")}


def _arabic(ar: str, mult: str) -> float:
    """An Arabic numeral (``1,100``, ``83.1``) times its multiplier characters (``万``).

    The same float as ``float(with_multiplier(Decimal(...), mult))``: a product that is a
    whole number of at most 28 digits (Decimal's precision: its product is exact too) is
    computed with integers, and ``float()`` rounds an exact value the same from either."""
    digits = ar.replace(",", "")
    if not mult:
        return float(digits)
    whole, _, frac = digits.partition(".")
    factor = 1
    for c in mult:
        factor *= lexicon.MULTIPLIERS[c]
    scale = 10 ** len(frac)
    if len(whole) + len(frac) <= 28 and not factor % scale:
        return float(int(whole + frac) * (factor // scale))
    return float(with_multiplier(Decimal(digits), mult))


def _chinese(num: str, m2: str | None) -> float:
    """The value of a Chinese numeral (``num``), times the multiplier after 余/多 (``m2``)."""
    if all(c in lexicon.MULTIPLIERS for c in num):  # 百, 千万: multipliers alone
        cv = float(functools.reduce(lambda a, c: a * lexicon.MULTIPLIERS[c], num, 1))
    else:
        cv = cn_value(num)
    if m2:
        cv = float(with_multiplier(Decimal(str(cv)), m2))
    return cv


def _value(m: re.Match[str]) -> tuple[float, bool]:
    """The value of the numeral group of a match of ``quantity()``, and whether it is
    written in Chinese numerals."""
    ar = m["ar"]
    if ar:
        v = with_multiplier(Decimal(ar.replace(",", "")), m["arm"] or "")
        if m["ar2"]:
            v += with_multiplier(Decimal(m["ar2"].replace(",", "")), m["ar2m"])  # 2亿1,600万
        if m["m2"]:
            v = with_multiplier(v, m["m2"])
        return float(v), False
    num = m["num"]
    chinese = not any(c.isdigit() for c in num)
    if m["sec"]:  # 12秒34, 1分55秒32, 4分30秒: a race time in seconds; 7米86: 7.86 米
        if "米" in num:
            whole, frac = num.split("米")
            return float(Decimal(f"{whole}.{frac}")), False
        hours, _, num = num.rpartition("小时")  # 2小时31分47秒
        minutes, _, rest = num.rpartition("分")
        whole, frac = rest.split("秒")
        return float(Decimal(f"{whole}.{frac or 0}") + 60 * int(minutes or 0) + 3600 * int(hours or 0)), False
    if m["cheng"]:  # 七成五 → 75 %
        head, _, tail = num.partition("成")
        v = Decimal(str(parse_number(head))) * 10 + (
            Decimal(tail) / 10 if tail.isdigit() else Decimal(5) if tail == "半" else Decimal(_JIAO[tail]) if tail else 0)  # 4成58: .458; 一成半: 15 (ah16)
        return float(v), chinese
    if m["cn"]:
        return _chinese(num, m["m2"]), True
    return parse_number(num), chinese


def _jiao(m: re.Match[str]) -> Decimal:
    """``伍角`` (and ``伍角叁分``) after 元, or ``五``/``五毛`` after 块 (``三块五``), as a
    fraction of a yuan."""
    j = m["jiao"]
    if not j:
        return Decimal(0)
    v = Decimal(_JIAO[j[0]]) / 10
    if j.endswith("分"):
        v += Decimal(_JIAO[j[2]]) / 100
    return v


def _unit(m: re.Match[str], text: str, raw: str | None, numeral: str | None) -> tuple[str | None, str]:
    """Canonical unit of a match of ``quantity()``, or None (with the written form); ``raw``
    is its unit group, ``numeral`` its Chinese or Arabic numeral group."""
    if not numeral:  # the other numeral alternatives carry their own unit
        if m["pct"]:
            return ("%" if m["pct"] == "百分之" else "‰"), ""
        if m["frac"] or m["cheng"]:
            return "%", ""
        if m["sec"]:
            return ("米", "米") if "米" in m["sec"] else ("秒", "秒")
    if not raw:
        return None, ""
    if raw not in _CONTEXT_UNITS:
        return lexicon.UNITS.get(raw, raw), raw
    after = text[m.end("unit") : m.end("unit") + 4]
    before = text[max(0, m.start() - 4) : m.start()]
    if raw == "日":  # 逗留时间为1.3日, 为期3日: a duration; else a day of the month (a22)
        if (numeral and "." in numeral) or text[max(0, m.start() - 6) : m.start()].endswith(lexicon.DURATION_DAY_LEADS):
            return "日", raw
        return None, ""
    if raw == "家":
        if before.endswith(lexicon.BUSINESS_HOUSEHOLDS):
            return "家", raw  # 经营户2300余家: businesses (ah19m)
        if any(after.startswith(n) for n in lexicon.HOUSEHOLD_NOUNS) or any(
                before.endswith(n) for n in lexicon.HOUSEHOLD_NOUNS):
            return "户", raw
        return "家", raw
    if raw == "口":
        if any(after.startswith(n) for n in lexicon.PEOPLE_OBJECT_NOUNS) or any(
                before.endswith(n) for n in lexicon.PEOPLE_OBJECT_NOUNS):
            return "口", raw
        return "人", raw
    if raw == "块":
        if m["jiao"]:  # 三块五: N.M 元, like 叁佰元伍角
            return "元", raw
        for q in _KUAI_AFTER:  # 50块左右, 三千多块钱: a qualifier between 块 and what tells
            if after.startswith(q):
                after = text[m.end("unit") + len(q) : m.end("unit") + len(q) + 4]
                if len(q) == 2 and after[:1] != "的":
                    return "元", raw  # 50块左右就能吃好: a counted noun would follow 的
                break
        if not after or not ("\u4e00" <= after[0] <= "\u9fff") or after[0] in "一每钱":
            return ("块" if after[:1] != "钱" and _kuai_counted(text, m.start()) else "元"), raw
        return "块", raw
    return lexicon.UNITS.get(raw, raw), raw


def _kuai_counted(text: str, s: int) -> bool:
    """Whether a noun counted in 块 (:data:`claimx.lexicon.KUAI_NOUNS`) is named before ``s``
    in its clause (``银幕总数达到8.96万块``): the 块 then counts them."""
    head = text[max(0, s - 12) : s]
    for c in _STOPS:
        head = head.rpartition(c)[2]
    for n in lexicon.KUAI_NOUNS:
        i = head.rfind(n)
        if i >= 0 and not any(c in _KUAI_MONEY for c in head[i + len(n) :]):
            return True
    return False


_KUAI_MONEY = lexicon.KUAI_MONEY_CHARS


_CURRENCY_CODES = lexicon.CURRENCY_CODES
_CODE_LAST = frozenset(" DRYPB$")


def _currency_code(text: str, s: int) -> tuple[int, str] | None:
    """An ISO currency code right before a number (``USD 6,500``, ``EUR980``): the start
    of the code and the currency; not inside a longer Latin word."""
    k = s - 1 if text[s - 1] == " " else s
    for code, unit in _CURRENCY_CODES.items():
        c = k - len(code)
        if c >= 0 and text.startswith(code, c) and not (c and text[c - 1].isascii() and text[c - 1].isalpha()):
            return c, unit
    return None


_SPAN_UNITS = lexicon.SPAN_UNITS
_SPAN_ENDS = lexicon.RECORD_WORDS


def _near_span(text: str, s: int, e: int) -> bool:
    """``近三个月低点``, ``近5年新高``: a period after 近 before a record word is part of a
    time phrase (§4b), no claim."""
    return s > 0 and text[s - 1] == "近" and text.startswith(_SPAN_ENDS, e)


_PAIR_UNITS = lexicon.PAIR_UNITS


#: The qualifiers that may stand between 块 and the word that tells what 块 counts
#: (``50块左右``), longest first.
_KUAI_AFTER = tuple(sorted(lexicon.APPROX_SUFFIX, key=len, reverse=True))
_CONTEXT_UNITS = frozenset({"家", "口", "块", "日"})  # units read differently by their neighbours
#: The groups of :func:`claimx.patterns.quantity_for`, in order (``scan`` unpacks
#: ``m.groups()``).
_GROUPS = ("neg", "num", "sec", "ar", "arm", "ar2", "cn", "q1", "m2", "unit", "jiao", "den", "q2")
_UNIT = _GROUPS.index("unit") + 1


@functools.lru_cache(maxsize=1)
def _digit_units() -> frozenset[str | None]:
    """The units that end in a digit (``km2``): a run of digits can go on after them."""
    return frozenset(u for u in lexicon.UNITS if regex.fullmatch(r"\d", u[-1]))


@functools.lru_cache(maxsize=1)
def _tight_units() -> frozenset[str | None]:
    """The units that take the tight path of :func:`scan` after a plain Arabic numeral:
    all but those a rule reads (:data:`_SPECIAL_UNITS`, :data:`_CONTEXT_UNITS`) and those
    that end in a digit (:func:`_digit_units`); and None (no unit)."""
    return frozenset({*lexicon.UNITS, "倍", None}) - _SPECIAL_UNITS - _CONTEXT_UNITS - _digit_units()


def _is_cjk_at(text: str, i: int) -> bool:
    return i < len(text) and "\u4e00" <= text[i] <= "\u9fff"


def _class_number(text: str, s: int) -> bool:
    """Whether the number at ``s`` before 班 names a school class (``初三1班``, ``三年级2班``,
    ``高一(3)班``): after a grade (级, a Chinese numeral) or a bracket (ah16)."""
    return bool(s) and text[s - 1] in "级一二三四五六七八九(（"


def _is_name(text: str, end: int, unit: str) -> bool:
    """A Chinese numeral inside a place name: ``三元村``, ``五里桥``; ``unit`` is the unit
    group, ending at ``end``."""
    if unit in _COUNT_WORDS:
        return False
    tail = text[end : end + 3]
    return bool(tail[:1] in _PLACE_CHARS and tail[:1]) or (any(c in "市县区镇乡村省" for c in tail[1:3])
            and all(_is_cjk_at(text, k) for k in range(end, end + 2)))


_PER_BASE_UNITS = lexicon.PER_BASE_UNITS
_PER_MONEY_WINDOW = 16


def _per_verb(text: str, s: int) -> bool:
    """Whether 每 and a verb of one or two characters stand right before ``s`` and a money
    amount follows in the clause: ``每招用1人补贴2000元``, ``每安置1名奖励500元`` (``每村1人``
    with no amount is a count)."""
    k = text.rfind("每", max(0, s - 3), s)
    if k < 0 or not all("\u4e00" <= c <= "\u9fff" and c not in "一二两三四五六七八九十每有是为"
                        for c in text[k + 1 : s]):
        return False
    tail = text[s : s + _PER_MONEY_WINDOW]  # a money amount follows in the clause
    cut = min((i for i in map(tail.find, _STOPS) if i >= 0), default=len(tail))
    return "元" in tail[:cut]


_AGE_UNITS = lexicon.AGE_UNITS
#: Denominators that after 一 make an adverb as often (股价12元一度涨停: "at one point";
#: 100元一分钟内抢光: "within a minute"): a rate only after / or 每.
_ADVERB_DENS = frozenset({"度", "分钟"})
#: Denominators that make a rate when written 每X right after a physical measure
#: (``5830立方米每秒``, ``80公里每小时``): a flow or a speed; ``每天`` there starts the
#: next phrase as often (``骑行20公里每天坚持``).
_PER_TIME_DENS = frozenset({"秒", "小时"})
#: Units read by their context in scan() below: ages, 人 (of a rate's base), 点 and 分
#: (index points, points of a score), 位 and 名 (of a rank).
_SPECIAL_UNITS = frozenset({"岁", "周岁", "人", "点", "分", "位", "名", "股", "级"})
#: What follows the base of a per-population rate: the rate (a digit), 中 (每10万人中), 口.
_BASE_NEXT = frozenset("0123456789中口")
_RANK_HEADS = lexicon.RANK_HEADS
_LONE_MULT_LEADS = lexicon.LONE_MULTIPLIER_LEADS


@functools.lru_cache(maxsize=1)
def _two_char_verbs() -> frozenset[str]:
    """The change verbs of two characters: a unit blocker that starts one does not make a
    word with the unit (5天下降到1天 is not 天下)."""
    return frozenset(v for v in lexicon.UP_VERBS + lexicon.DOWN_VERBS if len(v) == 2)


@functools.lru_cache(maxsize=1)
def _per_population_re() -> re.Pattern[str]:
    """The base of a per-population rate after a number: ``/10万``, ``/万人``, ``/十万``."""
    return re.compile(r"/(?P<base>(?:1|10|100)?万|十万|百万)(?:人口|人)?(?![\d.万亿])")


def _age_group(text: str, s: int, ue: int, q2: str | None) -> bool:
    """Whether an age (unit ending at ``ue``) bounds a group named after it: ``60岁以上老人``,
    ``65岁及以上人口``, ``0—14岁人口`` (the upper end of a range before a noun)."""
    if q2 in ("以上", "以下"):
        return _is_cjk_at(text, ue + 2)
    after = text[ue : ue + 3]
    if after in ("及以上", "及以下"):
        return _is_cjk_at(text, ue + 3)
    return (s > 1 and text[s - 1] in _RANGE_CHARS and text[s - 2].isdigit() and _is_cjk_at(text, ue)
            and (after[:1] not in "之的" or text.startswith(_SHARE_AFTER_AGE, ue)))


_SHARE_AFTER_AGE = lexicon.SHARE_AFTER_AGE


_STOPS = CLAUSE_STOPS
_PHASE_HEADS = lexicon.PHASE_HEADS
#: After N类: a noun and right away a number (八类严重暴力犯罪案件23起): N类 names a category.
_CATEGORY_NAME = re.compile(r"[\u4e00-\u9fff]{2,10}\d")
_HALF_UNITS = lexicon.HALF_UNITS


def _half_unit(text: str, ue: int) -> str:
    """The unit written after 个半 at ``ue`` (``小时`` of ``3个半小时``), or ""."""
    if not text.startswith("半", ue):
        return ""
    for h in _HALF_UNITS:
        if text.startswith(h, ue + 1):
            return h
    return ""


def _whole_unit(text: str, ue: int) -> str:
    """The unit written after 个 (or 个多) at ``ue``: ``小时`` of ``两个小时``, ``多小时`` of
    ``两个多小时``, ``多月`` of ``3个多月``, or "" (ah19m)."""
    k = ue + 1 if text.startswith("多", ue) else ue
    for h in _HALF_UNITS:
        if text.startswith(h, k) and (k > ue or h != "月"):
            nxt = text[k + len(h) : k + len(h) + 1]  # 一个小时二十分钟: one time, not read here
            return "" if nxt and (nxt.isdigit() or nxt in "一二两三四五六七八九十半") else text[ue:k] + h
    return ""


_INDEX_WINDOW = 30


def _score_lead(text: str, s: int) -> bool:
    """Whether an integer before 分 at ``s`` is the points of a score by what precedes it
    (ah17): a score word and 为/是/达/： (``满分为100分``, ``分数线为61分``, ``成绩为81分``),
    or the previous item of a ``、``-list that ends in 分 (``82.5分、81分``)."""
    head = text[max(0, s - 6) : s]
    if head.endswith("分、"):
        return True
    if head and head[-1] in "为是达：:" and head[:-1].endswith(lexicon.SCORE_LEADS + lexicon.SCORE_LABELS):
        return True
    return _score_near(text, s)


_SCORE_WINDOW = 50


def _score_near(text: str, s: int) -> bool:
    """Whether a score label (``分数线``, ``总分``, ``控制线``) stands at most _SCORE_WINDOW
    characters before ``s`` (a21): then ``N分`` is the points of a score (``即540分以上``,
    ``比上年提高8分``, ``特长生降低20分录取``); not the minute of a clock (``9时30分``)."""
    if s and text[s - 1] in "时点:：":
        return False
    window = text[max(0, s - _SCORE_WINDOW) : s]
    return any(w in window for w in lexicon.SCORE_LABELS + lexicon.SCORE_LINES)


def _magnitude(text: str, s: int, ue: int, ar: str) -> bool:
    """Whether an Arabic number before 级 is an earthquake's magnitude (ah17): a decimal
    (``5.2级``, ``3.8级``: a level or grade is a whole number), or a whole number after
    ``M``/``震级``/``里氏`` or before ``地震``/``余震``; ``Ⅲ级响应``, ``3级医院`` stay no claims."""
    if "." in ar:
        return True
    return text[max(0, s - 2) : s].endswith(("M", "震级", "里氏")) or text.startswith(("地震", "余震"), ue)


def _index_points(text: str, s: int, ar: str | None, arm: str | None) -> bool:
    """Whether a number ``ar`` (starting at ``s``) before 点 is an index level or move: an
    Arabic numeral with a decimal part (``3452.30点``), or right after a verb of an index
    move (``上涨15点``), or above 24 (no clock time) right after a verb of its level
    (``收于3000点``) or with an index name earlier in its clause (``深证成指报11234点``,
    ``指数将在3300点至3500点``)."""
    if not ar:
        return False
    if "." in ar:
        return True
    look = text[max(0, s - 3) : s].rstrip("了去约近逾超")
    if look[-1:] in lexicon.POINT_VERB_ENDS:
        return True
    if not arm:
        digits = ar.replace(",", "")
        # (a digit newer than Python's Unicode, Garay 𐵀…, has no float: no claim either)
        if not digits.isdecimal() or float(digits) <= 24:
            return False
    if look.endswith(lexicon.INDEX_LEVEL_VERBS):
        return True
    head = text[max(0, s - _INDEX_WINDOW) : s]
    cut = max(map(head.rfind, _STOPS))
    head = head[cut + 1 :]
    return any(name in head for name in lexicon.INDEX_NAMES)


def scan(text: str) -> list[Token]:
    """All candidate quantities of a normalised text, in order, noise removed."""
    # the fields of each token, in field order: a Token is made only for the rows that
    # are not noise (a third of them is, on report text)
    rows: list[tuple[int, int, int, int, float, str | None, str, None, bool, str, str | None, str]] = []
    append = rows.append
    blockers, units, range_chars, not_before = lexicon.UNIT_BLOCKERS, lexicon.UNITS, _RANGE_CHARS, _NOT_BEFORE
    digit_units = _digit_units()
    runs: list[tuple[int, int]] = []  # spans that overlap every run of LONG_RUN digits (see below)
    verbs2 = _two_char_verbs()
    skip_to = 0  # matches before this are inside a token already read
    per_base: tuple[int, int, str] | None = None  # 每10万人 before a rate: 每's index, end, 10万
    tight = _tight_units()
    for m in quantity_for(text).finditer(text):
        # all groups at once (cheaper than by name), in the pattern's order: see _GROUPS
        neg, num, sec, ar, arm, ar2, cn, q1, m2, u, jiao, den, q2 = m.groups()
        s, e = m.span()  # (one call: each method call of a match is a generic one)
        if ar and not (neg or ar2 or jiao or den) and u in tight and (
                u or not (q1 or per_base or text.startswith("/", e))) and not (
                u == "个" and (text.startswith("半", e) or _whole_unit(text, m.end(_UNIT)))):
            # the common cases, an Arabic numeral (with its multiplier) and a unit no rule
            # below reads, or no unit and nothing a rule reads after it (余, a rate): the
            # checks and steps below that apply to them, in the same order
            n = len(num)
            if n >= LONG_RUN:
                runs.append((s, e))
                if n > _MAX_NUMERAL:
                    continue
            if s < skip_to:
                continue
            if u:
                ue = e - len(q2) if q2 else e  # (only q2 can follow the unit here)
                nxt = text[ue : ue + 1]
                if nxt and ((len(u) == 1 and nxt == u) or (u in blockers and nxt in blockers[u])) \
                        and text[ue : ue + 2] not in verbs2:
                    continue
            if s and text[s - 1] in not_before:
                continue
            if u == "班" and _class_number(text, s):
                continue
            if u in _SPAN_UNITS and _near_span(text, s, e):
                continue
            if ar == "1" and u in _PER_BASE_UNITS and "每" in text[max(0, s - 3) : s] and _per_verb(text, s):
                continue
            mult = arm or ""
            if m2:
                mult += m2
            try:
                value = _arabic(ar, mult) if mult else float(ar.replace(",", ""))
            except (NumberParseError, ArithmeticError, ValueError):
                continue
            approx = "exact"
            if q1:
                approx = lexicon.APPROX_SUFFIX.get(q1, approx)
            if q2:
                approx = lexicon.APPROX_SUFFIX.get(q2, approx)
            if not u and s > 2 and text[s - 1] in _CODE_LAST:
                code = _currency_code(text, s)
                if code is not None:  # USD 6,500 → 6500 美元
                    append((code[0], e, s, s + n, value, code[1], approx, None, False, "", None, mult))
                    continue
            append((s, e, s, s + n, value, u and units.get(u, u), approx, None, False, u or "", None, mult))
            continue
        if u:
            ue = m.end(_UNIT)
            nxt = text[ue : ue + 1]
            if u in digit_units:
                runs.append((s, e))
        elif cn and text[e : e + 1] not in range_chars:
            continue  # a Chinese numeral with no unit is a word (一起, 十分), not a quantity
        # Every digit of the text is in a match (a match can start at any digit), and a
        # numeral holds the whole run of digits it starts in: a run of LONG_RUN digits is
        # in one numeral, or goes on past a match that ends in digits (12秒34, 3km2): it
        # overlaps the match. (The matches dropped above hold no digit.)
        n = len(num)
        if n >= LONG_RUN:
            runs.append((s, e))
            if n > _MAX_NUMERAL:
                continue
        elif sec:
            runs.append((s, e))
        if s < skip_to:
            continue  # the base of a rate read with the number before it (963.58/10万)
        # the checks below only drop a match: their order is free (cheapest first)
        if u:
            if nxt and ((len(u) == 1 and nxt == u) or (u in blockers and nxt in blockers[u])) \
                    and text[ue : ue + 2] not in verbs2:
                continue  # a reduplicated measure word (一条条, 一座座) or a word (人民, 年级)
            if cn and u == "通":
                continue  # 三通一平, 两岸三通: a term, not calls (counted in digits: 约18万通)
            if u in _SPECIAL_UNITS:  # (one lookup for the common units)
                if u in _AGE_UNITS:
                    if _age_group(text, s, ue, q2):
                        continue  # an age bracket naming a group: 60岁以上老人, 0—14岁人口
                elif u == "人":
                    if s and text[s - 1] == "每" and text[ue : ue + 1] in _BASE_NEXT:
                        if not neg and text[ue : ue + 1].isdigit():
                            per_base = (s - 1, ue, text[s : ue - 1])
                        continue  # 每10万人1245.3, 每10万人中: the base of a rate, not a count
                elif u == "点":
                    if not _index_points(text, s, ar, arm):
                        continue  # 10点, 三点意见: a clock time or a count of items
                elif u == "分":
                    if not (ar and ("." in ar or text[max(0, s - 2) : s].endswith(lexicon.SCORE_LEADS)
                                    or _score_lead(text, s))) \
                            or text.startswith("钱", ue):
                        continue  # 30分 (of a clock time), 十分, 5分钱: not the points of a score
                elif u == "股":
                    if not ar or (s and text[s - 1] == "每"):
                        continue  # 一股暖流, 两股力量; 每10股派3元 (the base of a dividend)
                elif u == "级":
                    if not (ar and _magnitude(text, s, ue, ar)) or _age_group(text, s, ue, q2):
                        continue  # 3级, 五级: a level or grade, not a measurement; 3.0级以上余震:
                        # a bracket naming a group, as 60岁以上老人 (ah17)
                elif u == "名" and s and text[s - 1] == "、" and text.startswith("决赛", ue):
                    continue  # 三、四名决赛: the play-off for third place (ascan)
                elif s > 1 and ((text[s - 1] == "前" and text[s - 2] in _RANK_HEADS) or (
                        text[s - 1] == "后" and (text[s - 2] in "居列排" or text[s - 3 : s - 1] == "排名"))):
                    continue  # 居前五位, 排名前10名 (位, 名): a rank; 排名后3位的县区 (not 报名后3名: ah19m)
        if s and text[s - 1] in not_before and not (u == "级" and text[s - 1] == "M"):
            continue  # (M5.2级: a magnitude)
        if u == "班" and (cn or _class_number(text, s)):
            continue  # 初三1班, 三年级2班, 高一(3)班: a school class; 二班, 两班轮值: a class, a shift
        if u in _SPAN_UNITS and _near_span(text, s, e):
            continue  # 跌至近三个月低点: a period that is part of a time phrase
        if ar == "1" and u and u in _PER_BASE_UNITS and "每" in text[max(0, s - 3) : s] \
                and not neg and _per_verb(text, s):
            continue  # 每招用1人 (补贴2000元): the base of a rate, not a count
        half = _half_unit(text, ue) if u == "个" else ""  # 3个半小时: 3.5 小时
        whole = _whole_unit(text, ue) if u == "个" and not half else ""  # 两个(多)小时: 2 小时 (ah19m)
        if cn:  # (二 and 一 are only ever the Chinese numeral group)
            if (u == "局" and _is_cjk_at(text, ue)) or (num == "零" and u in ("部", "件")):
                continue  # 中建八局: a name; 零部件, 零件: parts, not zero (accnum3)
            if num == "二" and u in _ORDINAL_UNITS:
                continue  # 二次会议, 二期工程: an ordinal
            if u == "期" and s and text[s - 1] in _PHASE_HEADS:
                continue  # 青岚港三期, 工业园二期: a phase of a named project
            if u == "类" and _CATEGORY_NAME.match(text, ue) is not None:
                continue  # 八类严重暴力犯罪案件23起: a fixed category name, then its count
            if (u == "期" and s and text[s - 1] in "（(" and text[ue : ue + 1] in "）)") or (
                    u == "届" and text.startswith(lexicon.SESSION_BODIES, ue)):
                continue  # （二十期）国债: an issue number; 十四届人大: a session number
            if (num == "一" and u != "倍" and not half and not whole and not jiao) or (  # 一块五: 1.5 元 (ah19m)
                    ((n == 1 and num in "百千万亿" and not q1) or (num.startswith(("万", "亿")) and q1 != "把"))
                    and not (n == 1 and u and s and (text[s - 1] in _LONE_MULT_LEADS
                                                     or text[s - 2 : s] == "突破"))):
                continue  # (近百只, 逾千家: a lone 百/千/万 after a qualifier is a number)
        mult = arm or ""
        if m2:
            mult += m2
        full = m  # with all the groups of quantity(), for the rare forms
        try:
            if ar and not ar2:
                value = _arabic(ar, mult) if mult else float(ar.replace(",", ""))
                chinese = False
            elif cn:
                value, chinese = _chinese(num, m2), True
            else:
                full = quantity().match(text, s) or m  # (never None: the same match)
                value, chinese = _value(full)
        except (NumberParseError, ArithmeticError, ValueError):
            continue
        unit: str | None
        if u and (cn or ar) and u not in _CONTEXT_UNITS:  # the common case of _unit
            unit, raw = units.get(u, u), u
            if chinese and _is_name(text, ue, u):
                continue  # a name (三元村)
        else:
            unit, raw = _unit(full, text, u, cn or ar)
            if unit is None:
                if q1 or u == "日":
                    continue  # (5日: a day of the month, never a claim)
            elif chinese and u and _is_name(text, ue, u):
                continue
        if half:
            e = ue + 1 + len(half)
            value, unit, raw = value + 0.5, _HALF_UNITS[half], "个半" + half
        elif whole:
            e = ue + len(whole)
            unit, raw = _HALF_UNITS[whole.lstrip("多")], "个" + whole
            if whole.startswith("多"):
                q2 = "多"  # 两个多小时: more than two hours
        ns = s
        if neg:
            ns += len(neg)
            value = -value
        ne = ns + n
        if jiao:
            value = float(Decimal(str(value)) + _jiao(m))
        rate = None
        if den:
            if (unit in lexicon.CURRENCY_UNITS and not (den in _ADVERB_DENS and text.startswith("一", ue))) or (
                    unit in lexicon.RATE_NUMERATORS and u and (text.startswith("/", ue) or (
                        den in _PER_TIME_DENS and text.startswith("每", ue)))):
                rate = lexicon.RATE_DENOMINATORS[den]  # 6元/公斤, 80元一斤, 456.6公斤/亩
                unit = f"{unit}/{rate}"
            elif u in _PAIR_UNITS and den in _PAIR_UNITS and text.startswith("/", ue):
                unit = raw = f"{u}/{den}"  # 48632件/套: a pair of measure words, as written
            else:  # 一/每 + noun after a non-money unit is the next phrase
                e = ue if u else ne
                q2 = None
        if unit is None and not cn:
            code = _currency_code(text, s) if s > 2 and text[s - 1] in _CODE_LAST else None
            if code is not None:  # USD 6,500 → 6500 美元
                s, unit = code
            elif per_base is not None and per_base[1] == s:
                s, unit = per_base[0], f"/{per_base[2]}"  # 每10万人1245.3
            elif text.startswith("/", e):
                pm = _per_population_re().match(text, e)
                if pm is not None:  # 963.58/10万
                    unit, e = f"/{pm['base']}", pm.end()
                    skip_to = e
        approx = "exact"
        if q1:
            approx = lexicon.APPROX_SUFFIX.get(q1, approx)
        if q2:
            approx = lexicon.APPROX_SUFFIX.get(q2, approx)
        # start, end, num_start, num_end, value, unit, approx, upper, chinese, raw_unit,
        # rate, mult
        append((s, e, ns, ne, value, unit, approx, None, chinese, raw, rate, mult))
    if not rows:
        return []
    # last (the checks above only drop matches: the same are dropped in any order), and
    # only in the clauses that still hold a quantity: noise that overlaps a numeral
    numerals = [(row[2], row[3]) for row in rows]
    spans = noise_spans(text, near=numerals, runs=runs)
    # the numerals are in order and apart: the ones a span overlaps by bisection
    ends = [ne for _, ne in numerals]
    noise: set[int] = set()
    for s, e in spans:
        k = bisect.bisect_right(ends, s)
        while k < len(numerals) and numerals[k][0] < e:
            noise.add(k)
            k += 1
    # (each argument by position: a direct call of the compiled __init__, not Token(*row))
    return [Token(s, e, ns, ne, value, unit, approx, None, chinese, raw, rate, mult)
            for k, (s, e, ns, ne, value, unit, approx, _, chinese, raw, rate, mult) in enumerate(rows)
            if k not in noise]
