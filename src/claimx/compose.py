"""Compose: tokens → draft claims, by small named rules.

* ``range`` — ``3至5万元`` → after 30000, upper 50000;
* ``from_to`` — ``从25.59%降至0.85%`` → before, after, direction;
* ``change`` — ``增收2000元`` / ``下降5个百分点`` / ``增长1.5倍`` → change, direction;
* ``to_value`` — ``降低为21.27%`` → after, direction;
* ``new`` — ``新增贷款37户`` → change up for every quantity of the clause;
* ``double`` — ``翻一番`` → change 100 %, up;
* ``ratio`` — ``性别比为104.5`` → a unitless value;
* ``state`` — everything else: a plain stated value.

>>> from claimx.scan import scan
>>> text = "贫困发生率从25.59%降至0.85%"
>>> [(d.before, d.after, d.direction, d.rule) for d in compose(text, scan(text))]
[(25.59, 0.85, 'down', 'from_to')]
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from operator import attrgetter

import regex

from claimx import lexicon
from claimx.numbers import cn_value
from claimx.patterns import CLAUSE_STOPS, alternation, time_expression
from claimx.scan import Token
from claimx.tables import cell_spans, header_cells

__all__ = ["Draft", "compose"]

#: What may follow a bare to-value that takes the from-value's unit: a clause stop or
#: the end of the text.
_BARE_END = frozenset(("", "，", ",", "。", "；", ";", "！", "？", "!", "?", "\n", " ", "）", ")"))
_RANGE_LINK = ("至", "到", "-", "~", "～", "—", "－", "－", "–")
_RANGE_GAPS = frozenset(map(len, _RANGE_LINK))  # the lengths a range link can have
_CLAUSE_STOPS = CLAUSE_STOPS
_SENTENCE_STOPS = frozenset("。；;！？!?\n")
_LIST_LINKS = frozenset({"、", "和", "及", "与", ",", "，"})
# (ah16) an exchange rate: 离岸人民币兑美元报7.1265, 汇率为6.9
#: (ah17: 率为/率是 + a bare number, 事故率为0.12: a rate stated with no unit)
_RATIO = regex.compile(r"(?:比|指数|系数|比例|比率|得分|评分|PMI|CPI|PPI|容积率|市盈率|市净率|中间价|汇率|兑[^\W\d]{1,4})(?:平均|均值)?(?:为|是|达到|达|报|:)?\s*$|率(?:为|是)\s*$")
_START = attrgetter("start")
_BIG_MULTS = frozenset("万亿")  # a unitless amount with one of these is a quantity
_MULT = {"万": 10_000, "亿": 100_000_000, "千": 1000, "百": 100}


@dataclass(slots=True, init=False)
class Draft:
    """A claim before context is attached. Spans are in normalised text.

    (``__init__`` is written out, as dataclasses would write it, ``tokens`` a new list if
    not given: mypyc compiles it, while the one dataclasses makes stays interpreted.)"""

    start: int
    end: int
    unit: str | None
    after: float | None = None
    before: float | None = None
    change: float | None = None
    upper: float | None = None
    approx: str = "exact"
    direction: str | None = None
    rule: str = "state"
    tokens: list[Token] = field(default_factory=list)

    def __init__(self, start: int, end: int, unit: str | None, after: float | None = None,
                 before: float | None = None, change: float | None = None, upper: float | None = None,
                 approx: str = "exact", direction: str | None = None, rule: str = "state",
                 tokens: list[Token] | None = None) -> None:
        self.start = start
        self.end = end
        self.unit = unit
        self.after = after
        self.before = before
        self.change = change
        self.upper = upper
        self.approx = approx
        self.direction = direction
        self.rule = rule
        self.tokens = [] if tokens is None else tokens

    @property
    def num_start(self) -> int:
        return self.tokens[0].num_start if self.tokens else self.start


@dataclass(frozen=True)
class _TailPattern:
    """A pattern anchored at the end of a short window (``…\\s*$``), searched only when
    two cheap necessary conditions hold: the window's last character is one a match can
    end with (or whitespace, a superset of the pattern's ``\\s``), and the window holds
    the first character of one of the words every match must contain (``first``, a class
    of them: re finds one in a CJK window in a third of the time a set meets it). Most
    windows fail one of them, so the regex (about 1 µs on 8 characters) is rarely run."""

    pattern: regex.Pattern[str]
    last: frozenset[str]
    first: re.Pattern[str]

    def search(self, window: str) -> regex.Match[str] | None:
        """``pattern.search(window)``."""
        end = window[-1:]
        if not (end in self.last or end.isspace()) or self.first.search(window) is None:
            return None
        return self.pattern.search(window)


def _last_chars(*groups: Iterable[str]) -> frozenset[str]:
    return frozenset(w[-1] for words in groups for w in words)


def _first_chars(words: Iterable[str]) -> re.Pattern[str]:
    """A class of the first characters of ``words``."""
    return re.compile(f"[{re.escape(''.join(sorted({w[0] for w in words})))}]")


@functools.lru_cache(maxsize=1)
def _verb_re() -> _TailPattern:
    """A change verb right before a number (``增长了约``), read backwards by anchoring at $."""
    verbs = lexicon.UP_VERBS + lexicon.DOWN_VERBS
    tos = ["至", "到", "为", "成", "达到", "高达", "达"]
    prefixes, dens = list(lexicon.APPROX_PREFIX), list(lexicon.RATE_DENOMINATORS)
    pattern = regex.compile(
        rf"(?P<verb>{alternation(verbs)})(?P<le>了)?(?:分别)?(?P<to>{'|'.join(tos)})?(?P<le2>了)?"
        rf"(?P<per>(?:每(?:{alternation(dens)}))*)(?P<pre>{alternation(prefixes)})?\s*$"
    )
    return _TailPattern(pattern, _last_chars(verbs, ["了"], tos, dens, prefixes), _first_chars(verbs))


@functools.lru_cache(maxsize=1)
def _prefix_re() -> _TailPattern:
    prefixes, dens = list(lexicon.APPROX_PREFIX), list(lexicon.RATE_DENOMINATORS)
    links = ["为", "有", "是", "在", "了", "兑", "售"]  # 超过了500人; 1美元约兑1.29新加坡元; 约售银元五元
    money = ["人民币", "新台币", "台币", "港币", "澳门币", "银元", "大洋"]  # 逾新台币1亿元 (accnum3)
    pattern = regex.compile(
        rf"(?P<q>{alternation(prefixes)})(?:{'|'.join(links)})?(?:每(?:{alternation(dens)}))?"
        rf"(?:{'|'.join(money)})?\s*$")
    return _TailPattern(pattern, _last_chars(prefixes, links, dens, money), _first_chars(prefixes))


@functools.lru_cache(maxsize=1)
def _have_re() -> regex.Pattern[str]:
    """A qualifier that ends in 有 (``约有``, ``大约有``), then the counted noun (up to six
    letters, no digit), at the end of a window: ``约有贫困户`` of ``约有贫困户300户``."""
    haves = [w for w in lexicon.APPROX_PREFIX if w.endswith(("有", "含"))]  # 约含糖35克
    return regex.compile(rf"(?P<q>{alternation(haves)})[^\W\d]{{1,6}}$")


@functools.lru_cache(maxsize=1)
def _per_re() -> regex.Pattern[str]:
    """``每人``/``每斤`` (the first of a double rate: ``每人每年``) before a money value."""
    dens = alternation(lexicon.RATE_DENOMINATORS)
    # 每 + a verb + 一/1 + the denominator: 每招用一人 (补贴两千元) → 元/人
    # 每 + any one-character noun + 每 + a denominator: 每生每年950元 → 元/生 (the first of a
    # double rate, spec §3, whatever its noun)
    # (每度过: the verb 度过, "to spend (a holiday)", not 每度 "per kWh")
    return regex.compile(rf"每(?!度过)(?:(?P<den>{dens})|[^\W\d一二两三四五六七八九十每有是为]{{1,2}}[一1](?P<den2>{dens})"
                         rf"|(?P<den3>[^\W\d一二两三四五六七八九十每有是为])(?=每(?:{dens})))")


@functools.lru_cache(maxsize=1)
def _between_re() -> regex.Pattern[str]:
    """What may stand between the two values of a from→to statement."""
    verbs = alternation(lexicon.UP_VERBS + lexicon.DOWN_VERBS)
    dens = alternation(lexicon.RATE_DENOMINATORS)  # 由每月1850元提高至每月1980元
    times = (r"(?:(?:\d{4}年(?:底|末)?|现在|目前|今年|去年|当年|最初|年底)的?"
             # a day, an hour or a month of the to-value, with 的: 涨至16日6时的47.91米
             r"|(?:\d{1,2}月)?\d{1,2}[日号](?:凌晨|上午|下午|晚上|夜间)?(?:\d{1,2}[时点])?的"
             r"|(?:凌晨|上午|下午|晚上|夜间)?\d{1,2}[时点]的|\d{1,2}月(?:份|底|末|初)?的)")
    adverbs = alternation(lexicon.DEGREE_ADVERBS)  # 由3.7%微升至3.8%
    neutral = alternation(lexicon.NEUTRAL_FROM_TO_VERBS)  # 由2,100元/月调整为2,280元/月
    return regex.compile(
        rf"\s*(?:{times})?\s*(?:{adverbs})?(?:(?P<verb>{verbs}|发展|变为|变成)|(?P<neutral>{neutral}))?"
        rf"(?:了)?(?:至|到|为|成)?(?:了)?"
        rf"(?:{times})?\s*(?:每(?:{dens}))?")


@functools.lru_cache(maxsize=1)
def _new_verb_re() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, lexicon.NEW_VERBS)))


@functools.lru_cache(maxsize=1)
def _double_re() -> regex.Pattern[str]:
    return regex.compile(r"翻(?:了)?(?P<n>[一二两三四五六七八九十]|\d{1,2})番(?P<more>多)?")


@functools.lru_cache(maxsize=1)
def _directions() -> dict[str, str]:
    """Change verb → ``"up"``/``"down"``; a verb in both lists is down."""
    table = dict.fromkeys(lexicon.UP_VERBS, "up")
    table.update(dict.fromkeys(lexicon.DOWN_VERBS, "down"))
    return table


def _direction(verb: str | None) -> str | None:
    """``"down"`` for a verb of DOWN_VERBS, else ``"up"`` for one of UP_VERBS, else None
    (one dict lookup instead of two tuple scans)."""
    return _directions().get(verb) if verb else None


@functools.lru_cache(maxsize=1)
def _stop_re() -> re.Pattern[str]:
    return re.compile(f"[{re.escape(_CLAUSE_STOPS)}]")


def _emoji_between(text: str, a: int, b: int) -> bool:
    """Whether an emoji (a pictograph, U+2600–U+27BF or above U+1F000) stands in
    ``text[a:b]``: in a listicle it ends an item's title (``新增公园绿地📍 全年新建口袋公园52个``:
    the title's 新增 does not reach the item's figures; ah16)."""
    return any(c >= "\U0001f000" or "\u2600" <= c < "\u27c0" for c in text[a:b])


def _clause_start(rev: str, i: int) -> int:
    """Start of the clause holding index ``i`` of a text: the index after the last clause
    stop before ``i``, found by one forward search of ``rev``, the text reversed."""
    m = _stop_re().search(rev, len(rev) - i)
    return len(rev) - m.start() if m else 0


def _trailing_mult(tok: Token, text: str) -> int:
    num = text[tok.num_start : tok.num_end]
    if tok.mult:
        return int(_MULT.get(tok.mult[-1], 1))
    if tok.chinese and num[-1:] in "万亿":
        return _MULT[num[-1]]
    return 1


def _verb_at(verb: _TailPattern, look: str) -> regex.Match[str] | None:
    """``verb.search(look)``, or, when ``look`` ends in 在 after a change noun (``跌幅在``,
    ``增幅在``), that noun: ``跌幅在0.5%至1%之间`` is a change of 0.5 to 1 %."""
    if not look.endswith("在"):
        return verb.search(look)
    vm = verb.search(look[:-1])
    return vm if vm is not None and vm["verb"] in lexicon.CHANGE_ONLY_VERBS and not vm["to"] else None


def _range(text: str, a: Token, b: Token) -> Draft | None:
    """``3至5万元``, ``10-15亩``: two numbers joined by a range link, one unit."""
    gap = text[a.end : b.start]
    if gap not in _RANGE_LINK or b.unit is None or (a.unit is not None and a.unit != b.unit):
        return None  # a range needs a unit: 2012-2025 is a span of years
    lo = a.value
    if a.unit is None and not a.mult and _trailing_mult(b, text) > 1 \
            and text[a.num_end - 1 : a.num_end] not in _MULT:  # 三万到五万元: 三万 has its own
        lo = float(Decimal(str(a.value)) * _trailing_mult(b, text))
    if lo >= b.value:
        return None
    d = Draft(a.start, b.end, b.unit, after=lo, upper=b.value,
              approx=b.approx if b.approx != "exact" else a.approx, rule="range",
              tokens=[a, b])
    look = text[max(0, a.start - 8) : a.start]
    if d.approx == "exact" and look:  # 约1000亿至4000亿颗, 大约有3至5万人: the qualifier before the range
        pre = _prefix_re().search(look)
        if pre is None and "有" in look:
            pre = _have_re().search(look)
        if pre is not None:
            d.approx = lexicon.APPROX_PREFIX[pre["q"]]
    vm = _verb_at(_verb_re(), look)
    if vm and not vm["to"]:
        d.after, d.change, d.direction = None, lo, _direction(vm["verb"])
    elif vm:  # 上调至2.5%至3%: a new range, in the verb's direction (like 降低为21.27%)
        d.direction = _direction(vm["verb"])
    elif text[a.start - 1 : a.start] in ("至", "到") and a.start > 1:
        cm = _change_to_re().search(text, max(0, a.start - 16), a.start)
        if cm is not None:  # 下调25个基点至4.00%至4.25%: the new range, in the change's direction
            d.direction = _direction(cm["verb"])
    return d


@functools.lru_cache(maxsize=1)
def _change_to_re() -> regex.Pattern[str]:
    """A change verb, its amount and 至/到, right before a range (``下调25个基点至``): accnum3."""
    verbs = alternation(lexicon.UP_VERBS + lexicon.DOWN_VERBS)
    return regex.compile(rf"(?P<verb>{verbs})了?[\d.,]+[^\d，,。；;、]{{0,4}}[至到]$")


#: How far before a from-value its from marker (从, 由) may start.
_FROM_WINDOW = 12
#: The window in which :func:`compose` looks for a from marker before it calls
#: :func:`_from_to` (which finds none, and returns None, when no marker starts in the
#: last ``_FROM_WINDOW`` characters): the same, but tests widen it to compare with the
#: plain calls.
_FROM_GATE = _FROM_WINDOW


@functools.lru_cache(maxsize=1)
def _gap_stop() -> re.Pattern[str]:
    """A clause stop but the newline (which ``\\s`` matches): :func:`_between_re` matches
    none (tests/test_compose_fast_paths.py), so a gap that holds one is no from→to gap."""
    return re.compile(f"[{re.escape(_CLAUSE_STOPS.replace(chr(10), ''))}]")


def _from_to(text: str, rev: str, a: Token, b: Token) -> Draft | None:
    """``从25.59%降至0.85%``, ``由2800元增加到8000元`` (``rev`` is ``text`` reversed).
    A to-value written without a unit at the end of its clause takes the from-value's
    (``从21.3%降至0``)."""
    unit = b.unit
    if a.unit is not None and a.unit != unit:
        if unit is not None or text[b.end : b.end + 1] not in _BARE_END or _trailing_mult(a, text) > 1:
            return None  # (38.4万元 … 到52: which multiplier 52 has is not said)
        unit = a.unit
    if max(map(text[max(0, a.start - _FROM_WINDOW) : a.start].rfind, lexicon.FROM_MARKERS)) < 0:
        return None  # none in the widest head: the clause's head is a part of it
    cs = _clause_start(rev, a.start)
    head = text[max(cs, a.start - _FROM_WINDOW) : a.start]
    k = max(map(head.rfind, lexicon.FROM_MARKERS))
    if k < 0:
        return None
    # between 从 and the value: a metric at most, never another number
    gap = text[a.end : b.start]
    if _gap_stop().search(gap) is not None:
        return None  # (_between_re matches no clause stop: its search over a long gap is slow)
    m = _between_re().fullmatch(text, a.end, b.start)
    if m is None or not (m["verb"] or any(t in gap for t in lexicon.TO_MARKERS)):
        return None
    if unit is not b.unit and not any(t in gap for t in lexicon.TO_MARKERS):
        return None  # a bare value inherits a unit only after 至/到/为: 从21.3%降至0
    direction = _direction(m["verb"])
    if direction is None and not m["neutral"]:
        direction = "up" if b.value > a.value else "down" if b.value < a.value else None
    start = max(cs, a.start - _FROM_WINDOW) + k
    return Draft(start, b.end, unit, before=a.value, after=b.value, direction=direction,
                 approx=b.approx, rule="from_to", tokens=[a, b])


#: How many unitless numbers (a day, an hour) may stand between the two values of a
#: from→to statement (从15日2时的42.36米涨至16日6时的47.91米).
_TIME_TOKENS = 3


def lead_approx(text: str, tok: Token) -> str:
    """The qualifier of ``tok``: its own, else one written right before it (``从约3万人``:
    ``about``). For the from-value of a from→to, whose draft holds the to-value's."""
    if tok.approx != "exact":
        return tok.approx
    pre = _prefix_re().search(text[max(0, tok.start - 8) : tok.start])
    return lexicon.APPROX_PREFIX[pre["q"]] if pre is not None else tok.approx


def _from_to_past_times(text: str, rev: str, tokens: list[Token], i: int) -> tuple[Draft, int] | None:
    """A from→to statement whose to-value carries its own date or hour
    (``从15日2时的42.36米涨至16日6时的47.91米``): the from-value ``tokens[i]``, then up to
    :data:`_TIME_TOKENS` unitless numbers, then a value of the same unit, the gap read by
    :func:`_between_re` (which holds those numbers only inside a time with 的). The draft
    and the index of the token after it."""
    a = tokens[i]
    j, n = i + 1, len(tokens)
    while j < n and j <= i + _TIME_TOKENS and tokens[j].unit is None:
        j += 1
    if a.unit is None or j == i + 1 or j >= n or tokens[j].unit != a.unit:
        return None
    d = _from_to(text, rev, a, tokens[j])
    return None if d is None else (d, j + 1)


#: Measure words of a part of an address (``科技园南区8栋``, ``88号8栋3层``).
_ADDRESS_UNITS = frozenset({"栋", "幢", "层"})
#: Last characters of a place, road or site name an address part follows (南区, 人民路,
#: 科技园, 88号, A座, 大厦).
_ADDRESS_HEADS = frozenset("区园路街道巷里弄苑院城村镇号座厦场湾坊栋幢期")
#: Words that say the clause gives a location (位于, 地址, 坐落在): a building number right
#: after a name there is part of an address, not a count.
_LOCATION_WORDS = ("位于", "坐落", "地处", "地址", "住址", "住在", "居住在", "设在", "搬到", "搬至",
                   "迁至", "迁到", "迁往", "落户", "选址")
_ADDRESS_WINDOW = 16


def _address_part(text: str, tok: Token) -> bool:
    """``办公地点位于科技园南区8栋``: a number of 栋/幢/层 right after a place or site name
    (its last character one of :data:`_ADDRESS_HEADS`), in a clause that gives a location
    (:data:`_LOCATION_WORDS`) or right after a house number (``88号8栋``), is part of an
    address. (``园区新建厂房8栋``, ``该小区共有住宅楼12栋`` stay counts.)"""
    k = tok.num_start
    if text[k - 1 : k] not in _ADDRESS_HEADS:
        return False
    if text[k - 1] == "号" and text[k - 2 : k - 1].isdigit():
        return True
    head = text[max(0, k - _ADDRESS_WINDOW) : k]
    head = head[max(map(head.rfind, _CLAUSE_STOPS)) + 1 :]
    at = max(head.rfind(w) for w in _LOCATION_WORDS)
    # the name runs from the location word to the number: no verb or 的 between
    # (位于城东的该小区共有住宅楼12栋 counts buildings)
    return at >= 0 and not any(c in _NOT_IN_ADDRESS for c in head[at + 2 :])


#: Characters that never stand inside the name between a location word and the number of
#: an address: a verb of having or building, 的, a copula.
_NOT_IN_ADDRESS = frozenset("有建共计为是达的")


#: The months of the lunar calendar written with a name (正月, 腊月, 冬月) before a day.
_LUNAR_MONTHS = frozenset("正腊冬")


def _lunar_day(text: str, tok: Token) -> bool:
    """A day of the month written in Chinese numerals: ``正月初七`` (初 + one to ten; not
    最初/起初/当初 "at first"), ``正月十五``, ``腊月二十三`` (after 正月/腊月/冬月 or a month in
    Chinese numerals). A date, never a quantity (``正月初七起`` is "from the 7th")."""
    k = tok.num_start
    before = text[k - 1 : k]
    if before == "初":
        return tok.value <= 10 and text[k - 2 : k - 1] not in ("最", "起", "当")
    if before == "月" and tok.value <= 30 and not tok.mult:
        m = text[k - 2 : k - 1]
        return m != "" and (m in _LUNAR_MONTHS or m in "一二三四五六七八九十")
    return False


def _single(text: str, tok: Token, new_verb: bool,
            prefix: _TailPattern, verb: _TailPattern, objects: bool = True) -> Draft | None:
    """One quantity: a change, a new value after a change verb, or a plain value.
    ``prefix`` and ``verb`` are :func:`_prefix_re` and :func:`_verb_re` (looked up once
    per text by the caller); ``objects`` is False only when the text holds none of
    :data:`_OBJECT_VERBS` (then no window before a number can)."""
    if tok.chinese and _lunar_day(text, tok):
        return None
    if tok.unit in _ADDRESS_UNITS and _address_part(text, tok):
        return None
    start = tok.start
    look = text[start - 8 if start > 8 else 0 : start]
    end = look[-1:]
    space = end.isspace()
    approx = tok.approx
    # the qualifier before the number, when the scanner found none after it; the gates of
    # both tail patterns (_TailPattern.search) inline: most windows fail them, and then
    # no call is needed. The first rule that finds one wins (no qualifier reads "exact").
    if approx == "exact":
        if (end in prefix.last or space) and prefix.first.search(look) is not None \
                and (pre := prefix.pattern.search(look)) is not None:
            approx = lexicon.APPROX_PREFIX[pre["q"]]
        elif ("有" in look or "含" in look) and (have := _have_re().search(look)) is not None:
            approx = lexicon.APPROX_PREFIX[have["q"]]  # 约有贫困户300户: 有 + the counted noun
        elif "占" in look and tok.unit in _SHARE_UNITS \
                and (share := _share_re().search(text, max(0, start - _SHARE_WINDOW), start)) is not None:
            approx = lexicon.APPROX_PREFIX[share["q"]]  # 约占总人口的三分之一
        elif end == "的" and ("不" in (bw := text[max(0, start - _BOUND_WINDOW) : start]) or "约" in bw
                                 or "超过" in bw) \
                and (bound := _bound_re().search(text, max(0, start - _BOUND_WINDOW), start)) is not None:
            approx = lexicon.APPROX_PREFIX[bound["q"]]  # 不低于在校生的15%
        elif end in _LIST_LINKS and "分别" in text[max(0, start - _DISTRIBUTED_WINDOW) : start] \
                and (dist := _distributed_re().search(text, max(0, start - _DISTRIBUTED_WINDOW), start)) is not None:
            approx = lexicon.APPROX_PREFIX[dist["q"]]  # 分别约为58万车次及36万车次: 约 qualifies both
    # positional (cheaper than keywords), in field order: start, end, unit, after, before,
    # change, upper, approx, direction, rule, tokens
    d = Draft(start, tok.end, tok.unit, tok.value, None, None, None, approx, None, "state", [tok])
    vm = verb.pattern.search(look) if (end in verb.last or space) \
        and verb.first.search(look) is not None else None
    if vm is None and end == "在":
        vm = _verb_at(verb, look)
    if vm is not None and look[: vm.start()].endswith(lexicon.NOT_VERB_HEADS.get(vm["verb"], "\0")):
        vm = None  # 起降 (take-offs and landings) is a noun, not 降
    if vm is not None:
        word = vm["verb"]
        if vm["pre"]:
            d.approx = lexicon.APPROX_PREFIX[vm["pre"]]
        direction = _direction(word)
        if word in lexicon.CHANGE_ONLY_VERBS:
            d.after, d.change, d.direction, d.rule = None, abs(tok.value), direction, "change"
        elif word in lexicon.THRESHOLD_VERBS:  # 跌破70美元: the new value passes a mark
            d.direction, d.rule = direction, "to_value"
            if d.approx == "exact":
                d.approx = lexicon.THRESHOLD_VERBS[word]
        elif vm["to"] or word.endswith("至"):
            d.direction, d.rule = direction, "to_value"
        elif word == "翻":
            return None
        else:
            d.after, d.change, d.direction, d.rule = None, abs(tok.value), direction, "change"
            if tok.unit == "倍":
                d.change = float(Decimal(str(abs(tok.value))) * 100)
                d.unit = "%"
    elif new_verb:
        d.after, d.change, d.direction, d.rule = None, abs(tok.value), "up", "new"
    elif objects and ("增加" in (wide := text[start - 12 if start > 12 else 0 : start]) or "减少" in wide) \
            and (om := _verb_object_re().search(wide)) is not None:
        # 增加养老金支出约71.3亿元: the verb governs the noun and its amount
        d.after, d.change, d.direction, d.rule = None, abs(tok.value), _direction(om["verb"]), "change"
        if om["q"] and d.approx == "exact":
            d.approx = lexicon.APPROX_PREFIX[om["q"]]
    if d.rule == "state":  # (a share and a 百分点 are apart: at most one of the two below runs)
        if tok.unit in _SHARE_UNITS:
            if text[tok.end : tok.end + 1] in _TRAILING_VERB_FIRST:
                tv = _trailing_verb_re().match(text, tok.end)
                if tv is not None and _rate_lead_re().search(text, start - 16 if start > 16 else 0, start) is not None:
                    # 按本人月基本养老金的0.6%增加: the rate of the change after it
                    d.after, d.change, d.direction, d.rule = None, abs(tok.value), _direction(tv["verb"]), "change"
        elif tok.unit == "百分点":
            direction = _difference(text, tok)
            if direction is not None:
                d.after, d.change, d.direction, d.rule = None, abs(tok.value), direction, "change"
    if d.unit is None:
        if (end == ":" or (space and look.rstrip().endswith(":"))) \
                and not tok.chinese and _label_unit(text, tok, d):
            return d
        if _metric_tail_unit(text, tok, d):
            return d
        if d.rule == "to_value" and vm is not None:  # 性别比降至108.2: the ratio before the verb
            return _ratio(text, tok, d, start - len(look) + vm.start())
        if (end == "|" or (space and look.rstrip().endswith("|"))) and _table_unit(text, tok, d):
            return d  # |新建高标准农田|万亩|3.5|: the row's 单位 cell (round G, ametric)
        return _ratio(text, tok, d)
    return d


_BOUND_WINDOW = 14
_DISTRIBUTED_WINDOW = 24


@functools.lru_cache(maxsize=1)
def _distributed_re() -> regex.Pattern[str]:
    """A qualifier after 分别 that every value of the list after it shares (``分别约为A及B``),
    up to the list link right before a later value."""
    stops = re.escape(_CLAUSE_STOPS.replace("，", "").replace(",", ""))
    return regex.compile(rf"分别(?:为|是|达到|达)?(?P<q>{alternation(lexicon.APPROX_PREFIX)})[^{stops}]*$")


@functools.lru_cache(maxsize=1)
def _bound_re() -> regex.Pattern[str]:
    """A bound with a base and 的 before a share: ``不低于在校生的`` (of ``不低于在校生的15%``).
    The bounds are the qualifiers of ``lexicon.APPROX_PREFIX`` that start with 不."""
    stops = re.escape(_CLAUSE_STOPS)
    bounds = [w for w in lexicon.APPROX_PREFIX if w.startswith("不") or w in _ABOUT_BASE_WORDS or w == "超过"]
    return regex.compile(rf"(?P<q>{alternation(bounds)})[^\d{stops}]{{1,8}}的$")


#: ``约为``-like qualifiers that reach over a base and 的 like the bounds: ``大约是地球直径的四分之一``;
#: 超过 too (``超过景区最大承载量的九成``: over 90 %; ah16).
_ABOUT_BASE_WORDS = frozenset({"约为", "大约为", "约是", "大约是"})


_SHARE_UNITS = frozenset({"%", "‰"})

#: The verbs that govern a noun and its amount (``增加养老金支出约71.3亿元``, ``减少碳排放120万吨``).
_OBJECT_VERBS = ("增加", "减少")


@functools.lru_cache(maxsize=1)
def _verb_object_re() -> regex.Pattern[str]:
    """增加/减少 (+ 了), a noun of two to six letters (no to-marker, verb or particle in it;
    not 增加值, value added), an optional qualifier, right before the number."""
    prefixes = alternation(lexicon.APPROX_PREFIX)
    return regex.compile(rf"(?P<verb>{'|'.join(_OBJECT_VERBS)})了?(?!值)"
                         rf"(?P<noun>[^\W\d至到为达是了有和与及的在从由比较约近超逾]{{2,6}}?)(?P<q>{prefixes})?$")


#: A change verb right after a share and then a clause stop: ``按…的0.6%增加。``.
_TRAILING_VERBS = ("增加", "增长", "提高", "上调", "上涨", "减少", "降低", "下降", "下调")
_TRAILING_VERB_FIRST = frozenset(v[0] for v in _TRAILING_VERBS)


@functools.lru_cache(maxsize=1)
def _rate_lead_re() -> re.Pattern[str]:
    """按/以/依 (at the rate of) earlier in the clause of a share: ``按…的0.6%增加``."""
    return re.compile(r"[按以依][^，,。；;！？!?\n]*$")


@functools.lru_cache(maxsize=1)
def _trailing_verb_re() -> re.Pattern[str]:
    return re.compile(rf"(?P<verb>{'|'.join(_TRAILING_VERBS)})(?=[，,。；;！？!?\n]|$)")
_SHARE_WINDOW = 14


@functools.lru_cache(maxsize=1)
def _share_re() -> regex.Pattern[str]:
    """A qualifier before 占 and its base, ending where a share value starts:
    ``约占总人口的`` (the qualifier of ``约占总人口的三分之一``)."""
    stops = re.escape(_CLAUSE_STOPS)
    return regex.compile(rf"(?P<q>{alternation(lexicon.APPROX_PREFIX)})占(?:了)?[^\d{stops}]*$")


_DIFFERENCE_WINDOW = 16


@functools.lru_cache(maxsize=1)
def _difference_re() -> regex.Pattern[str]:
    """``高于全国平均水平约`` at the end of a window: a difference marker, a base (no
    number, no clause stop), an optional qualifier."""
    marks = alternation(lexicon.DIFFERENCE_MARKERS)
    prefixes = alternation(lexicon.APPROX_PREFIX)
    stops = re.escape(_CLAUSE_STOPS)
    return regex.compile(rf"(?P<mark>{marks})(?P<base>[^\d{stops}]+?)(?:{prefixes})?\s*$")


def _difference(text: str, tok: Token) -> str | None:
    """The direction of a difference stated against a base: ``增速高于全国平均水平约1个
    百分点`` (up), ``低于全省0.5个百分点`` (down); None when no marker with a base stands
    before ``tok`` in its clause (``低于1个百分点`` is a bound, not a difference)."""
    look = text[max(0, tok.start - _DIFFERENCE_WINDOW) : tok.start]
    if not any(m in look for m in lexicon.DIFFERENCE_MARKERS):
        return None
    m = _difference_re().search(look)
    if m is None or m["base"] in lexicon.APPROX_PREFIX:
        return None
    return lexicon.DIFFERENCE_MARKERS[m["mark"]]


_COMPARE_WINDOW = 16


@functools.lru_cache(maxsize=1)
def _comparison_re() -> regex.Pattern[str]:
    """``比去年多招``, ``较上年同期低``, ``比预赛成绩快了`` at the end of a window: 比/较, a base
    (no number but a year, no clause stop), a comparative, and after 多/少 a verb with its object
    (``多夺得金牌``; never 达/于/的: ``比赛多达``, ``多于``)."""
    cmps = alternation(lexicon.COMPARATIVES)
    prefixes = alternation(lexicon.APPROX_PREFIX)
    stops = re.escape(_CLAUSE_STOPS)
    after, before = map(re.escape, (lexicon.NOT_COMPARE_AFTER, lexicon.NOT_COMPARE_BEFORE))
    return regex.compile(
        rf"(?:(?<![{before}])比(?![{after}])|(?<![比相])较)(?P<base>(?:[^\d{stops}]|\d{{4}}年){{1,10}}?)"
        rf"(?P<cmp>{cmps})了?(?:(?<=[多少]了?)(?![达于的])[\u4e00-\u9fff&&[^的\d]]{{1,4}})?"
        rf"(?:{prefixes})?\s*$", regex.V1)


def _comparison(text: str, tok: Token, d: Draft) -> None:
    """``比去年多招2个班`` → change 2 个 up; ``比上年同期低0.1个百分点`` → change 0.1 down;
    ``比预赛成绩快了0.08秒`` → change 0.08 秒 down (a faster time is a shorter one)."""
    look = text[max(0, tok.start - _COMPARE_WINDOW) : tok.start]
    m = _comparison_re().search(look)
    if m is None:
        return
    direction = lexicon.COMPARATIVES[m["cmp"]]
    if m["cmp"] in ("快", "慢") and tok.unit in lexicon.TIME_COMPARE_UNITS:
        direction = "down" if direction == "up" else "up"
    d.after, d.change, d.direction, d.rule = None, abs(tok.value), direction, "change"
    if tok.unit == "倍":
        d.change = float(Decimal(str(abs(tok.value))) * 100)
        d.unit = "%"


#: The longest label of a ``label:value`` line, and how far above it a unit note may be.
_LABEL_MAX = 16
#: Sentence stops after which a label may open, as at the start of a line.
_LABEL_OPENERS = tuple(c for c in sorted(_SENTENCE_STOPS) if c != "\n")
_UNIT_NOTE_WINDOW = 400
#: What may follow a bare figure that a unit note applies to (国内增值税:986.5，增长4.3%).
_NOTED_END = frozenset({"\n", "", "，", ","})


@functools.lru_cache(maxsize=1)
def _label_tails() -> tuple[tuple[str, str], ...]:
    """Label endings that name the unit of a bare number after them, longest first:
    the event counts of :data:`claimx.lexicon.UNITS` (``人次``, ``台次``) and ``人数``/``户数``."""
    tails = {w: u for w, u in lexicon.UNITS.items() if len(w) >= 2 and w.endswith("次")}
    tails.update({"人数": "人", "户数": "户"})
    return tuple(sorted(tails.items(), key=lambda t: -len(t[0])))


@functools.lru_cache(maxsize=1)
def _unit_note_re() -> regex.Pattern[str]:
    """A unit note: ``单位:万元`` (a multiplier and a unit of :data:`claimx.lexicon.UNITS`)."""
    return regex.compile(rf"单位\s*:\s*(?:人民币)?(?P<mult>[十百千万亿]{{0,2}})(?P<unit>{alternation(lexicon.UNITS)})(?![\w/])")


def _label_unit(text: str, tok: Token, d: Draft) -> bool:
    """A bare number right after ``label:`` (and white space) at the start of a line takes its unit from a
    unit-like tail of the label (``门急诊人次:186.4万`` → 人次), or from a unit note on a line
    above it, with only ``label:value`` lines between (``三、财务收支情况(单位:万元)`` then
    ``总收入:362,518.6`` → 3625186000 元): a blank line or a heading ends the note's reach."""
    colon = tok.start - 1
    while colon > 0 and text[colon].isspace():  # 基本每股收益(元): 1.12, or a <br> between
        colon -= 1
    line = text.rfind("\n", 0, colon) + 1
    label = text[line:colon]
    stop = max(map(label.rfind, _LABEL_OPENERS))
    if stop >= 0:  # 会议强调，…。基本每股收益(元): a sentence stop opens the label too
        label = label[stop + 1 :]
    if not label or len(label) > _LABEL_MAX or any(c in _CLAUSE_STOPS for c in label):
        return False
    for tail, unit in _label_tails():
        if label.endswith(tail):
            d.unit = unit
            return True
    if label.endswith(")") and "(" in label:  # 基本每股收益(元):1.12
        inner = label[label.rfind("(") + 1 : -1]
        if inner in lexicon.UNITS:
            d.unit = lexicon.UNITS[inner]
            return True
    if tok.mult or text[tok.end : tok.end + 1] not in _NOTED_END:
        return False  # (a note applies to a bare figure ending its line or clause)
    end = line - 1
    while end > 0 and line - end < _UNIT_NOTE_WINDOW:
        start = text.rfind("\n", 0, end) + 1
        prev = text[start:end]
        m = _unit_note_re().search(prev)
        if m is not None:
            factor = 1
            for c in m["mult"]:
                factor *= lexicon.MULTIPLIERS[c]
            d.unit, d.after = lexicon.UNITS[m["unit"]], float(Decimal(str(tok.value)) * factor)
            return True
        if ":" not in prev:
            return False
        end = start - 1
    return False


@functools.lru_cache(maxsize=1)
def _unit_cell_re() -> regex.Pattern[str]:
    """A table's unit cell: a multiplier and a unit of :data:`claimx.lexicon.UNITS` (``万亩``)."""
    return regex.compile(rf"(?P<mult>[十百千万亿]{{0,2}})(?P<unit>{alternation(lexicon.UNITS)})")


def _table_unit(text: str, tok: Token, d: Draft) -> bool:
    """A bare number that is a whole cell of a pipe-table row whose header has a ``单位``
    column takes that row's unit cell, its multiplier folded in (``|新建高标准农田|万亩|3.5|``
    under ``|指标|单位|完成|`` → 35000 亩)."""
    ls = text.rfind("\n", 0, tok.start) + 1
    le = text.find("\n", tok.end)
    le = len(text) if le < 0 else le
    if text.count("|", ls, le) < 2 or text[tok.end : text.find("|", tok.end, le)].strip():
        return False  # (the number ends its cell)
    cells = cell_spans(text, ls, le)
    header = header_cells(text, ls)
    if len(header) != len(cells) or not ("单位" in header or "计量单位" in header):
        return False
    col = header.index("单位") if "单位" in header else header.index("计量单位")
    a, b = cells[col]
    if a <= tok.start < b or tok.start < cells[0][1]:
        return False  # (not the unit cell itself, nor the row's label)
    m = _unit_cell_re().fullmatch(text[a:b].strip())
    if m is None:
        return False
    factor = 1
    for c in m["mult"]:
        factor *= lexicon.MULTIPLIERS[c]
    d.unit, d.after = lexicon.UNITS[m["unit"]], float(Decimal(str(tok.value)) * factor)
    return True


@functools.lru_cache(maxsize=1)
def _metric_tail_re() -> regex.Pattern[str]:
    """A metric ending in an event count of the unit table (``观影人次``, ``总流通人次为``)
    right before a number, with at most a linking verb between."""
    tails = alternation(w for w, _ in _label_tails() if w.endswith("次"))
    return regex.compile(rf"(?:{tails})(?:约为|为|是|达到|达|约|共|超过|突破)?$")  # 约为: ah18


def _metric_tail_unit(text: str, tok: Token, d: Draft) -> bool:
    """A bare number right after a metric that ends in an event count takes that unit, as
    after a label (``观影人次1.12亿``, ``总流通人次为245.3万`` → 人次): accnum3."""
    m = _metric_tail_re().search(text, max(0, tok.start - 6), tok.start)
    if m is None:
        return False
    d.unit = dict(_label_tails())[m.group().rstrip("为是达到约共超过突破")]
    return True


def _ratio(text: str, tok: Token, d: Draft, at: int | None = None) -> Draft | None:
    """A unitless value is a claim only as a ratio or index (``性别比为104.5``), or as an
    amount written with 万/亿 that ends its clause (``常住人口1,100万。``,
    ``GDP为1.2万亿``, ``人口两千三百万``): its unit is None, since none is written.

    With ``at`` (where the change verb of a to-value starts: ``性别比降至108.2``), the
    ratio's name stands before the verb, and the draft keeps its rule and direction (not
    after a comparison: ``同比``, ``环比``)."""
    if _big_bare(text, tok):
        return d
    if tok.chinese or (text.startswith(":", tok.end) and text[tok.end + 1 : tok.end + 2].isdigit()):
        return None  # (医护比提高到1:1.6: a colon ratio, tolerated and never required, spec §4b; ah19m)
    look = text[max(0, (tok.start if at is None else at) - 8) : tok.start if at is None else at]
    m = _RATIO.search(look)
    if m is None or (m.group()[0] == "率" and text.startswith("/", tok.end)):
        return None  # (发病率为52.4/63万: a rate on a base read elsewhere, or no claim; ah17)
    if at is not None:
        return None if look.endswith(_COMPARE_BI) else d
    d.rule = "ratio"
    return d


#: 比 of a comparison, not of a ratio's name, before a change verb (同比降至, 环比升至).
_COMPARE_BI = ("同比", "环比", "相比", "对比", "之比", "较比")


def _big_bare(text: str, tok: Token) -> bool:
    """A numeral with 万 or 亿 in it (``1,100万``, ``1.2亿``, ``两千三百万``; not ``十``, ``千``
    alone), with no unit, right before a clause stop or the end of the text."""
    if text[tok.end : tok.end + 1] not in _BARE_END or text[tok.num_start - 1 : tok.num_start] == "/":
        return False  # not a rate's base (963.58/47万)
    numeral = text[tok.num_start : tok.num_end]
    if numeral[-1] not in _BIG_MULTS:
        return False
    if tok.chinese:  # a digit before the multipliers: not 万 alone, nor 千万 (千万不要)
        return any(c not in lexicon.MULTIPLIERS for c in numeral)
    # 阅读 1.3万 (a page counter) is no claim
    return not (text[tok.start - 1 : tok.start].isspace() and
                text[max(0, tok.start - 8) : tok.start].rstrip().endswith(lexicon.PAGE_COUNTER_WORDS))


_RATIO_GAP = 16


def _ratio_change(text: str, tok: Token, ratio: Draft, verb: _TailPattern) -> Draft | None:
    """``生师比为14.2，较五年前下降了1.3``: a unitless Arabic number right after a change
    verb, shortly after a one-number ratio in the same sentence, is a change of that ratio."""
    gap = text[ratio.end : tok.start]
    if tok.chinese or len(gap) > _RATIO_GAP or not _SENTENCE_STOPS.isdisjoint(gap):
        return None
    vm = verb.search(text[max(0, tok.start - 8) : tok.start])
    if vm is None or vm["to"] or vm["verb"] in lexicon.THRESHOLD_VERBS:
        return None
    approx = lexicon.APPROX_PREFIX[vm["pre"]] if vm["pre"] else tok.approx
    return Draft(tok.start, tok.end, None, None, None, abs(tok.value), None, approx,
                 _direction(vm["verb"]), "change", [tok])


_PER_WINDOW = 12


def _per_unit(text: str, rev: str, d: Draft) -> None:
    """``每人获得5000元`` → unit ``元/人``: a 每X shortly before a money value in its
    clause makes it a rate (the first one of a double rate ``每人每年``)."""
    if d.unit not in lexicon.CURRENCY_UNITS or not d.tokens:
        return
    start = d.tokens[0].num_start
    k = start
    while k > 0 and text[k - 1].isspace():
        k -= 1
    if k < start and text[k - 1 : k] == ":":
        start = k - 1  # 基本每股收益(元):<br>0.85: a label's 每X across a break after its colon
    if text.find("每", max(0, start - 2 * _PER_WINDOW), start) < 0:
        return  # every match of _per_re and _per_noun_re starts with 每
    cs = _clause_start(rev, start)
    # 每名贫困学生每学期可领取助学金1000元, 每名参赛选手都须缴纳报名费200元: 每X + its noun, then
    # a second 每 (a double rate: its first denominator, spec §3) or, with 每X first in its
    # clause, the words up to the value: a rate per X, further back than the window
    m = _per_noun_re().search(text, max(cs, start - 2 * _PER_WINDOW), start)
    if m is not None and (m["second"] or not text[cs : m.start()].strip()):
        d.unit = f"{d.unit}/{lexicon.RATE_DENOMINATORS.get(m['den'], m['den'])}"
        return
    lo = max(cs, start - _PER_WINDOW)
    m = _per_re().search(text, lo, start)
    if m is not None:
        den = m['den'] or m['den2']
        d.unit = f"{d.unit}/{lexicon.RATE_DENOMINATORS[den] if den else m['den3']}"


@functools.lru_cache(maxsize=1)
def _per_noun_re() -> regex.Pattern[str]:
    """每 + a rate denominator + its noun (no digit), then perhaps a second 每, and the
    words up to the value: ``每名贫困学生每学期可领取助学金`` (of ``…1000元``)."""
    # (ah16) or a measure word of a counted item: 每部电梯市财政补贴15万元 → 元/部, like 每人
    dens = alternation([*lexicon.RATE_DENOMINATORS, *lexicon.PER_ITEM_MEASURES])
    return regex.compile(rf"每(?!度过)(?P<den>{dens})[^\W\d每]{{1,6}}(?P<second>每)?[^\W\d每]{{1,16}}$")


@functools.lru_cache(maxsize=1)
def _per_measure_re() -> regex.Pattern[str]:
    """``每亩``/``每小时`` (and a qualifier) right before a number, at the end of a window."""
    dens = alternation(lexicon.RATE_DENOMINATORS)
    prefixes = alternation(lexicon.APPROX_PREFIX)
    # or 每X + an output noun (每公顷平均产量约4.2公吨: accnum3; never a verb: 每天处理污水5万吨)
    return regex.compile(rf"每(?P<den>{dens})(?:每(?:{dens}))*(?:(?:平均)?(?:产量|单产|用量|耗量|用水量|排放量)"
                         rf"(?:为|达到|达|是)?)?(?:{prefixes})?$")


@functools.lru_cache(maxsize=1)
def _one_price_re() -> regex.Pattern[str]:
    """一 + a measure (a rate denominator, or 石/担 of old grain trade) + the goods (one to
    four letters) + a verb of selling or a price word, right before a money value:
    ``一斤猪肉售价15元``, ``一石米约售银元五元``."""
    dens = alternation([*lexicon.RATE_DENOMINATORS, "石", "担"])
    prefixes = alternation(lexicon.APPROX_PREFIX)
    return regex.compile(rf"一(?P<den>{dens})(?P<goods>[^\W\d一二三四五六七八九十每]{{1,4}}?)(?:{prefixes})?"
                         rf"(?:售价|价格|卖价|售|卖|价)(?:为|是|达|到)?(?:{prefixes})?(?:银元|人民币)?$")


def _one_price(text: str, d: Draft) -> None:
    """``一斤猪肉售价15元`` → unit ``元/斤``: the price of one measure of goods, as ``15元一斤``."""
    if "/" in (d.unit or ""):
        return
    start = d.tokens[0].num_start
    lo = max(0, start - 16)
    if text.find("一", lo, start) < 0:
        return
    m = _one_price_re().search(text, lo, start)
    if m is not None:
        d.unit = f"{d.unit}/{lexicon.RATE_DENOMINATORS.get(m['den'], m['den'])}"


#: The denominators that make a count of 次 a frequency (每秒200亿次 → 次/秒); 每年3次 stays 次.
_FREQUENCY_DENS = frozenset({"秒", "分钟"})


def _per_measure(text: str, d: Draft) -> None:
    """``每亩410公斤`` → unit ``公斤/亩``, ``每小时80公里`` → ``公里/小时``: a physical measure
    (:data:`claimx.lexicon.RATE_NUMERATORS`) right after 每X is a rate. Unlike money, only
    directly after it: ``每天处理污水5万吨`` stays 吨."""
    start = d.tokens[0].num_start if d.tokens else d.start
    if "每" not in text[max(0, start - 12) : start]:
        return
    m = _per_measure_re().search(text, max(0, start - 12), start)
    if m is not None and (d.unit != "次" or m["den"] in _FREQUENCY_DENS):
        d.unit = f"{d.unit}/{lexicon.RATE_DENOMINATORS[m['den']]}"


def _per_area(text: str, rev: str, d: Draft) -> None:
    """``亩均收入4500元`` → unit ``元/亩``: 亩均 (per mu of land, a rate like 每亩) shortly
    before a money value or a physical measure in its clause. (户均 and 人均 are averages,
    written as plain values: ``户均约2,300元`` stays 元.)"""
    start = d.tokens[0].num_start
    lo = max(_clause_start(rev, start), start - _PER_WINDOW)
    if text.find("亩均", lo, start) >= 0:
        d.unit = f"{d.unit}/亩"


_SIGNED_WINDOW = 30


def _signed_change(text: str, tok: Token, d: Draft) -> None:
    """``升幅較明顯的大類為教育（+3.27%）``: a signed percentage in brackets, in a sentence
    that names a 升幅/增幅/涨幅/降幅/跌幅 before it, is that change (its sign the direction).
    Without such a word a signed value stays a value (spec §1: ``-2.1%``)."""
    k = tok.start - 1 if text[tok.start - 1] == "+" else tok.start if tok.value < 0 else -1
    if k < 1 or text[k - 1] not in "（(" or text[tok.end : tok.end + 1] not in "）)":
        return
    head = text[max(0, k - _SIGNED_WINDOW) : k]
    head = head[max(head.rfind("。"), head.rfind("；"), head.rfind(";")) + 1 :]
    if any(w in head for w in lexicon.CHANGE_ONLY_VERBS if w.endswith("幅")):
        d.change, d.after = abs(d.after or 0.0), None
        d.direction, d.rule = ("down" if tok.value < 0 else "up"), "change"


def _continue_list(text: str, prev: Draft, d: Draft) -> None:
    """``分别增长12.5%、15.8%和20.3%``: a value listed right after a stated change, with
    the same unit, is a change in the same direction."""
    if prev.rule == "change" and prev.unit == d.unit and d.after is not None \
            and text[prev.end : d.start] in _LIST_LINKS:
        d.change, d.after = abs(d.after), None
        d.direction, d.rule = prev.direction, "change"


def _doubles(text: str) -> list[Draft]:
    out: list[Draft] = []
    if "翻" not in text:  # str.find: cheaper than a regex scan of the whole text
        return out
    for m in _double_re().finditer(text):
        n = m["n"]
        times = int(n) if n.isdigit() else int(cn_value(n))
        out.append(Draft(m.start(), m.end(), "%", change=float((2**times - 1) * 100),
                         approx="over" if m["more"] else "exact", direction="up", rule="double"))
    return out


_DURATION_UNITS = lexicon.DURATION_UNITS
#: After a three-digit 年, what a span of years can go on with (``120年历史``, ``100年来``):
#: anything else that starts a word makes it a year (``114年运输统计``).
_YEARS_GO_ON = frozenset("的来以历后前间内多之左上里中时")


def _is_cjk_noun_start(text: str, i: int) -> bool:
    """Whether an ideograph that is not in :data:`_YEARS_GO_ON` stands at ``i``."""
    return i < len(text) and "\u4e00" <= text[i] <= "\u9fff" and text[i] not in _YEARS_GO_ON


#: What follows a duration inside the name of a measure (``学前三年毛入园率``, ``5年生存率``,
#: ``日最大8小时平均浓度``): a short noun ending in one of these, right after the unit.
_NAME_AFTER_DURATION = regex.compile(r"(?!时间)[\u4e00-\u9fff]{0,4}?(?:率|平均|浓度)")
_ROC_YEAR_BEFORE = lexicon.ROC_YEAR_LEADS
#: After a three-digit 年, a month, a quarter or a half of it: the year is an ROC year
#: (``114年1至9月``, ``113年9月``, ``114年第3季``, ``114年上半年``), a time (ah16).
_ROC_YEAR_AFTER = regex.compile(r"\d{1,2}(?:月|[至到\-—~～]\d{1,2}月)|第[一二三四1-4]季|[上下]半年")


_ADVANCE_WORDS = lexicon.ADVANCE_WORDS
#: 截至/截止 + a month or a date + 的, right before a duration (截至10月的12个月).
_PERIOD_END_RE = regex.compile(r"(?:截至|截止)[\d一二三四五六七八九十年月日号底末]{1,12}的$")
_PERIOD_END_WINDOW = 16


def _in_time(text: str, tok: Token) -> bool:
    """A duration that is part of a time expression (``近3年来``, ``3年后``), or that is no
    claim of its own: an offset after an event or the end of a period (``开场后1分钟``,
    ``截至3月31日止三个月``), a part of the name of a measure (``学前三年毛入园率``), an ROC
    year (``较113年成长6.8%``, ``114年运输统计``)."""
    if tok.unit not in _DURATION_UNITS:
        return False
    if tok.start and text[tok.start - 1] in "止后":
        return True
    if tok.start and text[tok.start - 1] in "前首头" and text[tok.start - 2 : tok.start] not in _ADVANCE_WORDS:
        return True  # 前九个月, 首6个月: the period of the claims after it (not 提前3个月)
    if text[tok.start - 1 : tok.start] == "的" and _PERIOD_END_RE.search(
            text, max(0, tok.start - _PERIOD_END_WINDOW), tok.start) is not None:
        return True  # 截至10月的12个月: a reporting period
    if _NAME_AFTER_DURATION.match(text, tok.end) is not None:
        return True
    if tok.unit == "年" and tok.num_end - tok.num_start == 3 and 100 <= tok.value < 200 and (
            text[max(0, tok.start - 2) : tok.start].endswith(_ROC_YEAR_BEFORE)
            or _is_cjk_noun_start(text, tok.end) or _ROC_YEAR_AFTER.match(text, tok.end) is not None):
        return True
    if tok.unit == "分钟":
        return False
    lo = max(0, tok.start - 3)
    return any(m.start() <= tok.num_start and tok.num_end <= m.end()
               for m in time_expression().finditer(text, lo, min(len(text), tok.end + 3)))


def _positions(text: str, char: str) -> list[int]:
    """The indices of ``char`` in ``text``."""
    out: list[int] = []
    i = text.find(char)
    while i >= 0:
        out.append(i)
        i = text.find(char, i + 1)
    return out


def compose(text: str, tokens: list[Token]) -> list[Draft]:
    """Turn scanned tokens of a normalised text into draft claims, in order."""
    drafts: list[Draft] = []
    rev = text[::-1]  # for _clause_start
    # most texts hold no 新增 at all, and then no clause start is needed for it (str.find
    # of one character is ~50x faster than of two, and a regex scan slower still)
    # (loops, not any() over a generator: a per-text cost, a large share on short texts)
    new_anywhere = False
    for v in lexicon.NEW_VERBS:
        if v[0] in text and v in text:
            new_anywhere = True
            break
    has_new = False
    # the starts of the from markers (most texts hold none): _from_to is called only with
    # one in its window
    froms: list[int] = []
    for marker in lexicon.FROM_MARKERS:
        if marker in text:
            froms += _positions(text, marker)
    froms.sort()
    prefix, verb = _prefix_re(), _verb_re()
    objects = False
    for v in _OBJECT_VERBS:
        if v in text:
            objects = True
            break
    f, n_froms, from_gate = 0, len(froms), _FROM_GATE
    marks = _positions(text, "比") + _positions(text, "较")  # of a comparison: see _comparison
    marks.sort()
    k, n_marks = 0, len(marks)
    i, n = 0, len(tokens)
    new_clause = -1
    while i < n:
        tok = tokens[i]
        nxt = tokens[i + 1] if i + 1 < n else None
        # (the cheap guards before the calls below are the first tests of the callee)
        if nxt is not None and (tok.unit is None or tok.unit == nxt.unit or (
                nxt.unit is None and text[nxt.end : nxt.end + 1] in _BARE_END)):
            pair = None
            if f < n_froms:
                while f < n_froms and froms[f] < tok.start - from_gate:
                    f += 1  # (tokens are in order: the markers before this window are passed)
                if f < n_froms and froms[f] < tok.start:
                    pair = _from_to(text, rev, tok, nxt)
            if pair is None and nxt.start - tok.end in _RANGE_GAPS:
                pair = _range(text, tok, nxt)
            if pair is not None:
                drafts.append(pair)
                i += 2
                continue
        if nxt is not None and nxt.unit is None and tok.unit is not None and f < n_froms:
            while f < n_froms and froms[f] < tok.start - from_gate:
                f += 1
            if f < n_froms and froms[f] < tok.start:
                past = _from_to_past_times(text, rev, tokens, i)
                if past is not None:
                    drafts.append(past[0])
                    i = past[1]
                    continue
        if tok.unit in _DURATION_UNITS and _in_time(text, tok):
            i += 1
            continue
        if new_anywhere:
            cs = _clause_start(rev, tok.start)
            # a verb found before an earlier token of the clause stands before this one
            # too; one not found yet may stand between the two (其中3个村新增贷款50万元)
            if cs != new_clause or not has_new:
                new_clause = cs
                nm = _new_verb_re().search(text, cs, tok.start)
                has_new = nm is not None and not _emoji_between(text, nm.end(), tok.start)
        d = _single(text, tok, has_new, prefix, verb, objects)
        i += 1
        if d is None:
            if tok.unit is None and drafts and drafts[-1].rule == "ratio":
                d = _ratio_change(text, tok, drafts[-1], verb)
            if d is None:
                continue
        elif d.rule == "state":
            if d.unit is not None and k < n_marks:
                while k < n_marks and marks[k] < tok.start - _COMPARE_WINDOW:
                    k += 1  # (tokens are in order: the marks before this window are passed)
                if k < n_marks and marks[k] < tok.start:
                    _comparison(text, tok, d)
            if d.unit == "%" and tok.start > 1 and d.rule == "state":
                _signed_change(text, tok, d)
        if drafts and d.rule == "state" and drafts[-1].rule == "change":
            _continue_list(text, drafts[-1], d)
        drafts.append(d)
    drafts.extend(_doubles(text))
    # the rates: each pass reads and changes one draft only, so one loop over the drafts
    # runs them in turn per draft, as three loops would (a pass runs only where its
    # trigger is in the text)
    per = "每" in text  # every rate of _per_unit starts with 每
    area = "亩均" in text
    price = "一" in text and ("售" in text or "卖" in text or "价" in text)
    if per or area or price:
        money, numerators = lexicon.CURRENCY_UNITS, lexicon.RATE_NUMERATORS
        for d in drafts:
            if per:
                if d.unit in money:
                    _per_unit(text, rev, d)
                elif d.unit in numerators or d.unit == "次":
                    _per_measure(text, d)
            if area and d.tokens and (d.unit in money or d.unit in numerators):
                _per_area(text, rev, d)
            if price and d.tokens and d.unit in money \
                    and text.find("一", max(0, (at := d.tokens[0].num_start) - 16), at) >= 0:
                _one_price(text, d)  # (its first gate inline: 一 in the window)
    drafts.sort(key=_START)
    return drafts
