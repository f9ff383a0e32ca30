"""Named regex fragments, compiled once on first use (never at import).

Each fragment is short and built from the tables of :mod:`claimx.lexicon`, so that a
row added there is recognised without touching a regex.

>>> bool(quantity().fullmatch("1,100万元"))
True
"""

from __future__ import annotations

import array
import bisect
import functools
import re
from collections.abc import Iterable

import regex

from claimx import lexicon

__all__ = ["RARE_GROUPS", "alternation", "aside", "beyond_bmp", "noise", "noise_spans", "quantity", "quantity_for", "time_expression"]

#: An Arabic numeral: thousands groups or a plain run, with an optional fraction (the
#: first group possessive: giving back a digit never lets a comma match).
ARABIC = r"(?:\d{1,3}+(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?"
#: The characters of Chinese numerals (ordinary and financial).
#: The characters that end a clause (a sentence stop, a comma, a line break).
CLAUSE_STOPS = "，,。；;！？!?\n"
CN_DIGITS = "零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟"
#: A Chinese numeral, with an optional decimal part.
CN_NUMERAL = rf"[{CN_DIGITS}]+(?:点[零〇一二三四五六七八九]+(?:万亿|万|亿)?)?"  # 二十点七万 (accnum3)
#: A multiplier after Arabic digits; 千 of 千米/千克/千瓦 and 百 of 百分点 are units.
ARABIC_MULT = r"(?:[十万亿]|千(?![米克瓦卡焦])|百(?!分)|兆(?=\d{1,4}亿|\d,\d{3}亿))"  # 1兆2,846亿: 兆 = 10^12 (ah16)
#: A numeral of either kind.
NUMERAL = rf"(?:{ARABIC}|{CN_NUMERAL})"
#: What joins the two ends of a range (``3至5``, ``3-5``): a Chinese numeral before one is
#: an end, not a word.
RANGE_CHARS = "至到-~～—－–"


@functools.lru_cache(maxsize=1)
def _new_digits() -> tuple[str, str]:
    r"""The characters ``regex``'s ``\d`` matches and the standard ``re``'s does not (the
    decimal digits of Unicode versions newer than Python's: Garay ``𐵀``…), as ranges for a
    character class, and one range that holds them all ("" if there are none). Planes 0
    and 1 hold every decimal digit."""
    chars = array.array("I", range(0x20000)).tobytes().decode("utf-32-le", "surrogatepass")
    new = [c for c in regex.findall(r"\d", chars) if not c.isdecimal()]
    if not new:
        return "", ""
    runs = [[new[0], new[0]]]
    for c in new[1:]:
        if ord(c) == ord(runs[-1][1]) + 1:
            runs[-1][1] = c
        else:
            runs.append([c, c])
    return "".join(f"{a}-{b}" for a, b in runs), f"{new[0]}-{new[-1]}"


def _stdlib(pattern: str, flags: int = 0) -> re.Pattern[str]:
    r"""``pattern`` compiled with the standard ``re`` (faster than ``regex`` for some
    patterns), its ``\d`` reading the same digits as ``regex``'s.

    >>> [bool(_stdlib(p).fullmatch("1\U00010d45")) for p in (r"\d+", r"[\d,]+", r"\\d+")]
    [True, True, False]
    """
    return re.compile(_regex_digits(pattern), flags)


def _regex_digits(pattern: str) -> str:
    r"""``pattern`` with each ``\d`` also taking the digits only ``regex`` knows (see
    :func:`_new_digits`)."""
    ranges = _new_digits()[0]
    out: list[str] = []
    i, in_class = 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            esc = pattern[i : i + 2]
            if esc == r"\d" and ranges:
                esc = rf"\d{ranges}" if in_class else rf"[\d{ranges}]"
            out.append(esc)
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":  # a "^" and then a "]" first in a class are not its end
            in_class = True
            j = i + 1 + pattern.startswith("^", i + 1)
            j += pattern.startswith("]", j)
            out.append(pattern[i:j])
            i = j
            continue
        out.append(c)
        i += 1
    return "".join(out)


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first.

    >>> alternation(["个", "个百分点"])
    '个百分点|个'
    """
    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def quantity() -> re.Pattern[str]:
    """A number with its multiplier, qualifier suffix, unit and rate denominator.

    Compiled with the standard ``re`` (its ``\\d`` widened to ``regex``'s, see
    :func:`_stdlib`): its matching steps are twice as fast as ``regex``'s here, and the
    look-ahead on the characters a match can start with (a sign, a digit or a Chinese
    numeral: see :func:`_lead`) lets it skip the other positions as fast as ``regex``. :func:`quantity_for`
    gives a pattern that finds the same in one text for less."""
    return _quantity(wide=True, fractions=True, seconds=True, cheng=True, lean=False)


#: The groups of :func:`quantity` that :func:`quantity_for` does not capture (a scanner
#: reads them from ``quantity().match(text, m.start())``, the same match).
RARE_GROUPS = ("pct", "frac", "cheng", "ar2m", "sp", "rate")


@functools.lru_cache(maxsize=1)
def aside() -> re.Pattern[str]:
    """A parenthesised aside (``水质优良(Ⅰ—Ⅲ类)比例``, ``地区生产总值(亿元)``), innermost
    brackets only: what the metric and a table's header cells leave out."""
    return re.compile(r"\([^()]*\)")


def beyond_bmp(text: str) -> bool:
    """Whether ``text`` holds a character above U+FFFF (where every digit only ``regex``'s
    ``\\d`` knows lies), by its UTF-16 length: cheaper than a class search.

    >>> beyond_bmp("12"), beyond_bmp("1\U00010d45")
    (False, True)
    """
    return not text.isascii() and len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text)


def _digit_after(text: str, char: str) -> bool:
    """Whether ``char`` is followed by an ASCII digit somewhere in ``text`` (7米86)."""
    i = text.find(char)
    while i >= 0:
        if text[i + 1 : i + 2].isdigit():
            return True
        i = text.find(char, i + 1)
    return False


def _char_after(text: str, head: str, char: str) -> bool:
    """Whether ``head + char`` is in ``text``, by the places of ``char`` (a character
    rarer than ``head``): ``in`` with two characters is many times slower than with one.

    >>> _char_after("三分之一", "分", "之"), _char_after("之分", "分", "之")
    (True, False)
    """
    i = text.find(char)
    while i >= 0:
        if i and text[i - 1] == head:
            return True
        i = text.find(char, i + 1)
    return False


#: The characters before 成 in a match of a 成 numeral (七成五, 3成) other than digits.
_CHENG_HEADS = "一二两三四五六七八九"


def _cheng_head(text: str) -> bool:
    """Whether some 成 in ``text`` can end the numeral of a 成 share (七成五, 3.5成): it
    follows a character other than an ideograph of U+4E00–U+9FFF that is not one of
    :data:`_CHENG_HEADS` (a digit of any script, or anything else: kept, to stay safe).

    >>> _cheng_head("完成3成"), _cheng_head("完成任务"), _cheng_head("七成五"), _cheng_head("成")
    (True, False, True, False)
    """
    i = text.find("成")
    while i >= 0:
        if i:
            c = text[i - 1]
            if c in _CHENG_HEADS or not "\u4e00" <= c <= "\u9fff":
                return True
        i = text.find("成", i + 1)
    return False


def quantity_for(text: str) -> re.Pattern[str]:
    """A pattern that finds in ``text`` the matches :func:`quantity` finds, for less work:
    only the groups that are not :data:`RARE_GROUPS` capture (same names, same values),
    without the alternatives that need a word ``text`` lacks (分之 for fractions and
    percentages, 秒 or 米 for race times and 7米86, 成 after a numeral for 七成五), and with the standard ``\\d`` when ``text`` has no
    character above U+FFFF (where all the digits only ``regex`` knows lie); and without the
    matches a scanner drops as words, where it is cheap to tell: a lone Chinese numeral
    character (``一``, ``三``), no sign before it, followed by nothing the rest of the pattern
    can take (so with no unit) and by no :data:`RANGE_CHARS` (no digit is in them)."""
    new = _new_digits()[1]
    wide = bool(new) and (new < "\U00010000" or beyond_bmp(text))
    return _quantity(wide=wide, fractions=_char_after(text, "分", "之"), seconds="秒" in text or _digit_after(text, "米"),
                     cheng=_cheng_head(text), lean=True)


def _by_first_char(words: Iterable[str]) -> str:
    """A regex alternation of literal ``words``, grouped by their first character: the
    first word (in the given order) that matches at a place is the one that matches, as in
    the plain alternation, but ``re`` tests each first character once, not each word.

    >>> _by_first_char(["个百分点", "百分点", "个", "%"])
    '个(?:百分点|)|百(?:分点)|%'
    """
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(w[1:])
    return "|".join(re.escape(c) + (f"(?:{'|'.join(map(re.escape, rests))})" if rests != [""] else "")
                    for c, rests in groups.items())


@functools.lru_cache(maxsize=32)
def _quantity(*, wide: bool, fractions: bool, seconds: bool, cheng: bool, lean: bool) -> re.Pattern[str]:
    """:func:`quantity`; ``wide``: with ``regex``'s digits; without ``fractions``,
    ``seconds`` or ``cheng``, those alternatives never match (their groups stay, for the numbering);
    ``lean``: the :data:`RARE_GROUPS` do not capture, and a lone Chinese numeral character
    without a sign, with nothing after it that the pattern or a range can take, is no match
    (see :func:`quantity_for`)."""
    # units by first character (in the order of the lexicon's table, where the common come
    # first), each character's units longest first, as in :func:`alternation`
    longest_first = sorted(set(lexicon.UNITS), key=lambda w: (-len(w), w))
    first_chars = list(dict.fromkeys(w[0] for w in lexicon.UNITS))
    units = _by_first_char(dict.fromkeys(
        ["倍", *sorted(longest_first, key=lambda w: first_chars.index(w[0]))]))
    unit_starts = re.escape("".join(sorted({w[0] for w in lexicon.UNITS} | {"倍"})))
    dens = alternation(lexicon.RATE_DENOMINATORS)
    never = "(?!)"
    # `neg` tests a sign before what precedes it (most places hold no sign); look-aheads
    # fail early where a group cannot match: `frac` unless the run of numeral characters
    # is followed by 分之 (or is over 40 long: checked no further, to stay linear), `unit`
    # unless its first character can start one, the groups after the numeral unless the
    # next character can start one of them (m2 and jiao only follow q1 and a unit); the
    # groups after the numeral are possessive (the same matches, since nothing after them
    # can fail, for less work: re saves no state to come back to)
    run = rf"[\d,.点{CN_DIGITS}]"
    pct = rf"(?P<pct>百分之|千分之){NUMERAL}" if fractions else f"(?P<pct>{never})"
    frac = rf"(?={run}{{0,40}}+(?:分之|{run})){NUMERAL}分之{NUMERAL}" if fractions else never
    # race times and compound lengths: 12秒34, 1分55秒32, 4分30秒 (in seconds), 7米86 (7.86 米)
    sec = (r"\d{1,2}小时\d{1,2}分\d{1,2}秒(?![\d钟])"  # 2小时31分47秒: a marathon time
           r"|(?:\d{1,2}分)?\d{1,3}秒\d{2}|\d{1,2}分\d{1,2}秒(?![\d钟])"
           r"|\d{1,2}米\d{2}(?![\d.秒分厘毫公米千万亿个人%])") if seconds else never
    cheng_alt = (r"(?:[一二两三四五六七八九]|\d(?:\.\d)?)成[一二三四五六七八九]?(?:(?<=成)半(?![\u4e00-\u9fff]))?(?:(?<=\d成)\d\d(?=[^\d.%\u4e00-\u9fff]|的|\Z))?"
                 if cheng else never)
    # the characters the part after the numeral can start with
    after = rf"余多来把\x20{unit_starts}/一每有左上以开"
    # (lean) without a sign, a Chinese numeral goes on, or is followed by what can come
    # after one; else the match would be that one character, no unit, no range after it: a
    # word the scanner drops, which holds no other place a match could start
    word = rf"(?(neg)|(?=[{CN_DIGITS}][{CN_DIGITS}点{after}{re.escape(RANGE_CHARS)}]))" if lean else ""
    pattern = rf"""
        (?P<neg>负|零下|[-−](?<![A-Za-z0-9.\-/%‰][-−])(?=\d))?
        (?P<num>
            {pct}
          | (?P<frac>{frac})
          | (?P<cheng>{cheng_alt})(?![员绩果本立为功效熟交都就长型品年人熟])
          | (?P<sec>{sec})
          | (?P<ar>{ARABIC})(?P<arm>{ARABIC_MULT}{{0,3}})(?:(?P<ar2>\d{{1,3}}+(?:,\d{{3}})+|\d+)(?P<ar2m>[千百十]万?|万|亿(?:(?<=兆\d亿)|(?<=兆\d\d亿)|(?<=兆\d{{3}}亿)|(?<=兆\d{{4}}亿)|(?<=兆\d,\d{{3}}亿))|(?:(?<=万\d{{4}})|(?<=万\d,\d{{3}}))(?![\d年月日号]|[.,]\d)))?
          | (?P<cn>{word}{CN_NUMERAL}(?!(?<=[十百千万亿]千)[米克瓦]))  # 九十五万千瓦: 千 after 万 is the unit's (a21)
        )
        (?:(?=[{after}])
        (?P<q1>余|多|来(?<=[十百千]来)(?=[{unit_starts}])|把(?<=(?<![\d{CN_DIGITS}])[百千万]把)(?=[{unit_starts}]))?+  # 十来块: about ten; 千把人 (ah18)
        (?P<m2>(?<=[余多])(?:万亿|亿|万|千))?+
        (?P<sp>\x20(?=[A-Za-z])|(?<=\d)\x20(?!年)(?=(?:{units})))?+
        (?P<unit>(?=[{unit_starts}])(?:{units}))?+
        (?P<jiao>(?<=元)[一二三四五六七八九壹贰叁肆伍陆柒捌玖]角(?:[一二三四五六七八九壹贰叁肆伍陆柒捌玖]分)?
          |(?<=块)[一二三四五六七八九](?:毛|角)?钱?(?=[^\u4e00-\u9fff]|\Z|[钱一每的了到至涨跌升降增减提]))?+
        (?P<rate>(?:/|一|每)(?P<den>{dens}))?+
        (?P<q2>有余|左右|上下|以上|以下|以内|开外|余|多|起(?<=[元块]起)(?![\u4e00-\u9fff]))?+  # 168元起: from 168 up
        )?+
    """
    if lean:
        for name in RARE_GROUPS:
            pattern = pattern.replace(f"(?P<{name}>", "(?:")
    return re.compile(_lead() + (_regex_digits(pattern) if wide else pattern), re.VERBOSE)


@functools.lru_cache(maxsize=1)
def _lead() -> str:
    r"""A look-ahead on what a match of :func:`_quantity` can start with (a sign, a digit
    of ``re`` or ``regex``, a Chinese numeral), tried at every place of a text: one class
    that ``re`` tests with a table look-up for the characters of the BMP (``\d`` would be a
    call for each), and with a range for all those above U+FFFF (more than the pattern
    after it can start with: there it fails)."""
    bmp = "".join(map(chr, range(0x10000)))
    digits = {*(c for c in bmp if c.isdecimal()), *regex.findall(r"\d", bmp)}
    return rf"(?=[负\-−{CN_DIGITS}{''.join(sorted(digits))}\U00010000-\U0010FFFF])"


#: Noise patterns (claims-spec §5): ``(name, gates, pattern)``. A pattern runs only
#: on text that contains one of its gate strings (``None``: always), which keeps the
#: scan cheap on text without URLs, e-mails or record numbers. Where a branch would hold
#: a class of two literals (``(?:19|20)``, ``[日号]``, ``[时点]``) at a place where only one
#: of them can match, it is written as one branch per literal: regex searches a literal
#: fast, a class slowly (see :data:`_SPLIT`).
_NOISE: tuple[tuple[str, tuple[str, ...] | None, str], ...] = (
    ("url", ("http", "www."), r"(?:https?://|www\.)[^\s，。；、\"'<>）)]+"),
    ("email", ("@",), r"[A-Za-z0-9_.\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+"),
    ("date", None, r"""
        (?<![\d零〇○◯一二三四五六七八九])(?:\d{4}|[零〇○◯一二三四五六七八九]{4})\s?年\s?\d{1,2}(?:\s?月\s?\d{1,2}[日号]?)?(?!\d)
      | (?<![\d.])19\d{2}\s?[-/.]\s?(?:1[0-2]|0?[1-9])(?:\s?[-/.]\s?\d{1,2})?(?![\d.]|\s?[万亿千百十元%‰吨米人户亩个件次])
      | (?<![\d.])20\d{2}\s?[-/.]\s?(?:1[0-2]|0?[1-9])(?:\s?[-/.]\s?\d{1,2})?(?![\d.]|\s?[万亿千百十元%‰吨米人户亩个件次])
      | (?<![\d零〇○◯一二三四五六七八九])(?:\d{4}|[零〇○◯一二三四五六七八九]{4})年(?:代)?
      | (?<!\d)\d{1,2}(?:-\d{1,2})?月(?:\d{1,2}(?:-\d{1,2})?[日号])?
      | [一二三四五六七八九十]{1,3}月(?:[一二三四五六七八九十]{1,3}[日号])?
      | (?<!\d)\d{1,2}日(?=[至到\-—])
      | (?<!\d)\d{1,2}号(?=[至到\-—])"""),
    ("clock", None, r"""
        (?<!\d)\d{1,2}:\d{2}(?::\d{2})?
      | \d{1,2}[时点]\d{1,2}分
      | (?<!\d)\d{1,2}时(?=[许整左前后])
      | (?<!\d)\d{1,2}点(?=[许整左前后])"""),
    ("phone", None, r"""
        (?<!\d)\(?0\d{2,3}\)?[-\s]?\d{7,8}(?!\d)
      | (?<![\d.])\d{7,8}(?![\d.万亿元人户亩吨米%℃个件次名位株头只])
      | (?<!\d)1[3-9]\d{9}(?![\d万亿元人户])
      | (?<!\d)[48]00[-\s]?\d{3}[-\s]?\d{4}(?![\d.万亿元人户亩吨米%℃个件次名位株头只])"""),
    ("code", None, r"""
        (?<![A-Za-z0-9])(?!M\d+(?:\.\d+)?级)[A-Za-z][A-Za-z0-9]*(?:[-_/.·][A-Za-z0-9]+)*[-_/.·]?\d[A-Za-z0-9]*(?:[-_/.][A-Za-z0-9]+)*
      | (?<!\d)\d+[A-Za-z]+(?![a-zA-Z²³])(?<!(?:km|kg|m|cm|mm|km2|m2|m3|bp|BP|dB|TEU|kW|MW|GW|kWh|MWh|GWh|TB|GB|MB|GHz|MHz|mAh|nm|W))
      | (?<![\d.])\d+(?:\.\d+){2,}
      | (?<!\d)\d{6}19\d{2}\d{7}[\dXx]
      | (?<!\d)\d{6}20\d{2}\d{7}[\dXx]"""),  # an ID number, one branch per century
    ("record", ("备",), r"[\u4e00-\u9fffA-Za-z]{1,6}备\d+号(?:-\d+)?"),
    # (a house number, 3号楼2单元, is the 3号 of the second branch: a branch for the whole
    # of it, after that one, could never win the alternation and is not written)
    ("docno", None, r"""
        [〔\[【(（]\d{4}[〕\]】)）]\s?(?:第)?\d+号
      | (?<!\d)\d+号(?:文件|令)?
      | 第\s?[\d零〇一二两三四五六七八九十百千]+\s?[号条款章节届次期批个名位季]?"""),
    ("address", ("地址",), r"地址\s?[:：][^\n]{0,80}"),
    # a web page's view counter in its header or footer (浏览:207次, 阅读量:2861): an exact
    # small count after a label and a colon (ascan, round G; 阅读量1.3万 stays a claim)
    ("counter", ("浏览", "阅读", "点击"), r"(?:浏览|阅读|点击)(?:次数|数|量)?\s?[:：]\s?\d+次?(?![\d.,万亿])"),
    ("event", ("男子", "女子", "米", "公里"), r"""
        (?:男子|女子|男女|混合)\s?\d+(?:米|公里|km)
      | (?<!\d)\d+米(?=跑|栏|蝶泳|自由泳|仰泳|蛙泳|混合泳|个人混合泳|障碍|接力|气步枪|步枪|手枪|跳台|跳板|飞碟)
      | (?<![\d.])\d+(?:\.\d+)?公里(?=健康跑|迷你跑|欢乐跑|亲子跑|体验跑|精英跑|挑战跑|越野跑|竞速跑)"""),
    ("era", None, r"""
        (?:民国|光绪|宣统|康熙|乾隆|道光|咸丰|同治|嘉庆|雍正)[零〇一二三四五六七八九十\d]+年
      | (?<![一二三四五六七八九十\d])[一二三四五六七八九十\d]{1,4}年(?=义务教育|一贯制|制|级)"""),
    ("arith", ("+", "×", "*", "÷", "=", "<", ">"),
     r"(?<!\d)\d+(?:\s?[+×*÷=<>]\s?\d+)+|(?<!\d)\d+\s?[+]\s?[A-Za-z\d]+"),
)


_REIGNS = ("民国", "光绪", "宣统", "康熙", "乾隆", "道光", "咸丰", "同治", "嘉庆", "雍正")
_EVENT_AFTER = ("跑", "栏", "蝶泳", "自由泳", "仰泳", "蛙泳", "混合泳", "个人混合泳", "障碍", "接力",
                "气步枪", "步枪", "手枪", "跳台", "跳板", "飞碟")

#: Runs after a distance that name a race of a marathon day (10公里健康跑), not a distance.
_RUN_EVENTS = ("健康跑", "迷你跑", "欢乐跑", "亲子跑", "体验跑", "精英跑", "挑战跑", "越野跑", "竞速跑")


#: Noise patterns scanned branch by branch (see :func:`_branch_spans`): measured faster
#: than one scan of the alternation, since a lone branch often holds a literal (年, 月, 号,
#: 19) regex can search for.
_SPLIT = frozenset({"date", "clock", "phone", "code", "docno", "event", "era", "arith"})
#: The probe of the two code branches that start with a letter or with digits and then a
#: letter (see :data:`_BRANCH_PROBES`).
_CODE_PROBE = r"[A-Za-z](?:(?<=\d[A-Za-z])|(?=[-_/.·]?\d))"
#: For a branch (``(pattern, index)``) that scans slowly (no literal to search for, or an
#: alternation of many), a probe: a pattern that finds something in any text the branch
#: can match in (in its match or the look-ahead after it), and is quick to search (it
#: starts with a literal, an alternation of literals or a rare class). The branch is
#: skipped where its probe finds nothing (exact: it could match nothing there). Branches
#: with the same probe share its search.
_BRANCH_PROBES: dict[tuple[str, int], str] = {
    ("date", 0): r"年\s?\d",  # a month after the year
    ("date", 1): r"19\d{2}\s?[-/.]",
    ("date", 6): r"日[至到\-—]",
    ("date", 7): r"号[至到\-—]",
    ("clock", 1): r"分(?<=[时点]\d分)|分(?<=[时点]\d\d分)",
    ("clock", 2): r"时[许整左前后]",
    ("clock", 3): r"点[许整左前后]",
    ("phone", 3): r"00(?<=[48]00)[-\s]?\d{3}[-\s]?\d{4}",
    # a letter before the first digit of a code (code 0: the letter, or the letter and a
    # separator, before it; the first digit is never after a digit) or after digits
    # (code 1): one probe for both, searched once in the joint pass
    ("code", 0): _CODE_PROBE,
    ("code", 1): _CODE_PROBE,
    ("code", 2): r"\.\d+\.",  # 1.2.3
    ("docno", 0): r"号(?<=\d号)",
    ("docno", 1): r"号(?<=\d号)",
    ("event", 0): alternation(("男子", "女子", "男女", "混合")),
    ("event", 1): f"米(?:{alternation(_EVENT_AFTER)})",
    ("event", 2): f"公里(?:{alternation(_RUN_EVENTS)})",  # 10公里健康跑: a race's name (ah17)
    ("era", 0): alternation(_REIGNS),
    ("era", 1): "年(?:义务教育|一贯制|制|级)",
    ("arith", 0): r"[+×*÷=<>]\s?\d",
    ("arith", 1): r"\+\s?[A-Za-z\d]",
}

#: For a branch of a split noise pattern, gates as for a pattern (see :data:`_NOISE`):
#: strings one of which is in every text the branch can match in (its literals). The
#: branch, and its probe, are skipped unless one is in the text: ``in`` finds a character
#: many times faster than a search finds a probe, or than a branch that starts with a
#: digit or a class finds nothing. (No gates for the branches that need a digit, a
#: letter or one of many words, which nearly every text holds.)
_BRANCH_GATES: dict[tuple[str, int], tuple[str, ...]] = {
    ("date", 0): ("年",),
    ("date", 1): ("19",),
    ("date", 2): ("20",),
    ("date", 3): ("年",),
    ("date", 4): ("月",),
    ("date", 5): ("月",),
    ("date", 6): ("日",),
    ("date", 7): ("号",),
    ("clock", 0): (":",),
    ("clock", 1): ("分",),
    ("clock", 2): ("时",),
    ("clock", 3): ("点",),
    ("phone", 3): ("00",),
    ("code", 2): (".",),
    ("code", 3): ("19",),
    ("code", 4): ("20",),
    ("docno", 0): ("号",),
    ("docno", 1): ("号",),
    ("docno", 2): ("第",),
    ("event", 1): ("米",),
    ("event", 2): ("公里",),
    ("era", 1): ("年",),
    ("arith", 1): ("+",),
}

#: The shortest run of digits the branches of :data:`_LONG_RUN_BRANCHES` need (a phone
#: number's 7 or 8 digits, a mobile number's 11, an ID number's 17).
LONG_RUN = 7
#: Branches that match only in a text holding a run of :data:`LONG_RUN` digits: skipped
#: when the caller knows there is none (``noise_spans(..., long_runs=False)``; the scanner
#: knows it from its quantity matches, which hold every digit of the text).
_LONG_RUN_BRANCHES = frozenset({("phone", 0), ("phone", 1), ("phone", 2), ("code", 3), ("code", 4)})
#: The probes that start with a class or with one of several words (searching for one
#: alone tests a class at every character), with the characters they can start with (no
#: two share one): they are searched for together, in one pass (:func:`_joint_probe`).
#: (Code 0 has the probe of code 1: it shares that search.)
_JOINT_PROBES: dict[tuple[str, int], str] = {
    ("code", 1): "A-Za-z",
    ("event", 0): "男女混",
    ("era", 0): "".join(w[0] for w in _REIGNS),
    ("arith", 0): "+×*÷=<>",
}


#: The probes whose branches search only the window of their matches (:func:`_window`,
#: not the whole text): the branches that search slowly (they start with a digit) and
#: the probes that find little. (The other probes are only searched for: finding all
#: their matches costs more than their branches save.) The window is found for every
#: joint probe; the branches with the same probe share it.
_WINDOW_PROBES = frozenset({("date", 0), ("code", 0), ("code", 1), ("code", 2), ("docno", 0), ("docno", 1), ("arith", 0),
                            ("arith", 1)})


#: Quotes around a slogan (``“四个不摘”``, ``“1315”``): opening → closing.
_QUOTES = {"“": "”", '"': '"', "「": "」", "『": "』", "‘": "’"}
_SLOGAN_MAX = 12


def _slogan() -> str:
    """A short quoted phrase without clause punctuation: the numbers inside are names."""
    stops = "，,。；;！？!?:：\n"
    return "|".join(
        f"{regex.escape(o)}[^{regex.escape(c + stops)}]{{1,{_SLOGAN_MAX}}}{regex.escape(c)}"
        for o, c in _QUOTES.items())


@functools.lru_cache(maxsize=1)
def noise() -> tuple[tuple[str, tuple[str, ...] | None, regex.Pattern[str] | re.Pattern[str]], ...]:
    """The compiled noise patterns, with the idioms of the lexicon and quoted slogans as
    two more."""
    out: list[tuple[str, tuple[str, ...] | None, regex.Pattern[str] | re.Pattern[str]]] = [
        (name, gates, regex.compile(p, regex.VERBOSE)) for name, gates, p in _NOISE]
    # literal words, and quotes around a run of a class: the standard re scans them twice as
    # fast as regex, same matches; the idioms grouped by first character (as alternation()
    # orders them)
    idioms = sorted(set(lexicon.IDIOMS), key=lambda w: (-len(w), w))
    out.append(("idiom", None, re.compile(_by_first_char(idioms))))
    out.append(("slogan", tuple(_QUOTES), re.compile(_slogan())))
    return tuple(out)


def _branches(pattern: str) -> list[str]:
    r"""The top-level alternatives of a regex; ``|`` inside groups, classes or escaped
    stays.

    >>> _branches(r"[|(]x|(?:y|z)\|w|v")
    ['[|(]x', '(?:y|z)\\|w', 'v']
    """
    out: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += pattern.startswith("^", i + 1)
            i += pattern.startswith("]", i + 1)  # a "]" first in a class is literal
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


#: (branch, probe, whether it needs a long run of digits)
_Branches = tuple[tuple[regex.Pattern[str], re.Pattern[str] | None, bool], ...]


@functools.lru_cache(maxsize=1)
def _noise_branches() -> dict[str, _Branches]:
    """Per split noise pattern, its branches, each with its probe (or None) and whether it
    needs a long run of digits."""
    out = {}
    for name, _gates, p in _NOISE:
        if name in _SPLIT:
            out[name] = tuple(
                (regex.compile(b, regex.VERBOSE),
                 _stdlib(_BRANCH_PROBES[name, k]) if (name, k) in _BRANCH_PROBES else None,
                 (name, k) in _LONG_RUN_BRANCHES)
                for k, b in enumerate(_branches(p)))
    return out


def _branch_spans(branches: list[regex.Pattern[str]], text: str,
                  windows: list[tuple[int, int]] | None = None) -> list[tuple[int, int]] | None:
    """The spans ``finditer`` of the alternation ``b1|b2|…`` finds, from one search per
    branch: the next match is the leftmost of the branches' next matches (the earliest
    branch on a tie, as in the alternation), and a branch whose next match starts inside it
    searches again from its end. Lookbehinds see the text before a search position, so
    each search finds what the alternation would. None if a match is empty (never for the
    noise patterns; the caller then runs the alternation itself).

    With ``windows``, each branch searches only its ``(pos, endpos)``: a slice of
    ``text`` that holds every match of the branch in ``text`` and what its look-aheads
    read (see :func:`_window`)."""
    if windows is None:
        windows = [(0, len(text))] * len(branches)
    found = [(m, b, w) for b, w in zip(branches, windows, strict=True)
             if (m := b.search(text, w[0], w[1])) is not None]
    if not found:
        return []
    if len(found) == 1:  # (the common case) one branch: its own finditer from its match
        m, b, (_a, z) = found[0]
        spans = [m.span(), *(m.span() for m in b.finditer(text, m.end(), z))]
        return None if any(s == e for s, e in spans) else spans
    nxt: list[regex.Match[str] | None] = [m for m, _, _ in found]
    branches = [b for _, b, _ in found]
    windows = [w for _, _, w in found]
    spans = []
    while True:
        best = None
        for m in nxt:
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        if best is None:
            return spans
        s, e = best.span()
        if e == s:
            return None
        spans.append((s, e))
        for k, m in enumerate(nxt):
            if m is not None and m.start() < e:
                a, z = windows[k]
                nxt[k] = branches[k].search(text, e if e > a else a, z)


#: Clause stops: no match of a noise pattern holds one, and no look-around of one reads
#: past one (they test at most the character next to a match, and none accepts a stop),
#: so the text between two stops can be scanned on its own. Only the patterns of
#: :data:`_CROSS_CLAUSE` run over stops; a new pattern that does must be added there
#: (tests/test_noise_clauses.py checks it).
_CLAUSE_STOPS = (",", "。")
_CROSS_CLAUSE = frozenset({"url", "address"})


#: The window of a probe that found nothing (:func:`_probe_window`).
_NO_HIT = (0, 0)


def _window(text: str, first: int, last: int) -> tuple[int, int]:
    """``(pos, endpos)`` of the slice of ``text`` from the start of the clause of ``first``
    to the stop after ``last``, that stop included (to the end of the text if none).

    It holds every match of a branch whose probe (:data:`_BRANCH_PROBES`) starts its
    matches at ``first`` at the earliest and ``last`` at the latest (or inside the one at
    ``last``: no probe match holds a stop), and what the look-arounds of that match read.
    A match of the branch holds no stop (see :data:`_CLAUSE_STOPS`) and has a probe
    match that starts in it (at ``first`` or later) or right at its end, so it starts
    after the last stop before ``first``. It ends at ``last``, or it holds the probe start
    or ``last`` and then no stop between that and its end: it ends by the first stop at or
    after ``last``. Its look-ahead reads at most up to that stop (none reads past one).
    Lookbehinds see the text before ``pos``.

    >>> _window("a,b1。c2,d", 3, 6)
    (2, 8)
    """
    pos, endpos = 0, len(text)
    for stop in _CLAUSE_STOPS:
        k = text.rfind(stop, 0, first) + 1
        if k > pos:
            pos = k
        k = text.find(stop, last) + 1
        if 0 < k < endpos:
            endpos = k
    return pos, endpos


def _probe_window(probe: re.Pattern[str], text: str) -> tuple[int, int]:
    """The window (:func:`_window`) of the matches of ``probe`` in ``text``, or
    :data:`_NO_HIT` if it has none."""
    first = last = -1
    for m in probe.finditer(text):
        last = m.start()
        if first < 0:
            first = last
    return _NO_HIT if last < 0 else _window(text, first, last)


def _runs_window(text: str, runs: Iterable[tuple[int, int]], starts: list[int], shifts: list[int],
                 size: int) -> tuple[int, int]:
    """The window (:func:`_window`) in the clauses of ``text`` (joined: ``size`` long,
    each piece at ``starts`` with its ``shifts``, see :func:`_clauses`) from the first to
    the last of the spans ``runs`` of ``text``, or :data:`_NO_HIT` if the clauses hold no
    part of it.

    The window of ``text`` holds the clause of every place a span holds, and the stop
    after it; the clauses keep their order when joined, so the slice of the joined text
    from the first piece's place at or after the window's start to the last one before its
    end holds the part of each clause of the window the joined text holds.

    >>> text = "1,a,b1234567。c,2"
    >>> _clauses(text, [(0, 1), (5, 12), (16, 17)])
    ('1,,b1234567。,2', [0, 2, 12], [0, 1, 2])
    >>> _runs_window(text, [(5, 12)], [0, 2, 12], [0, 1, 2], 15)
    (3, 12)
    >>> _runs_window(text, [(5, 12)], [0, 2], [0, 12], 4)  # (its clause is not there)
    (0, 0)
    """
    if not starts:
        return _NO_HIT
    first, last = len(text), 0
    for s, e in runs:
        if s < first:
            first = s
        if e > last:
            last = e
    ta, tb = _window(text, first, last)
    text_starts = [a + shift for a, shift in zip(starts, shifts, strict=True)]
    ends = [a + b - at for a, at, b in zip(text_starts, starts, [*starts[1:], size], strict=True)]
    k = bisect.bisect_right(ends, ta)  # the first piece that ends after the window's start
    z = bisect.bisect_left(text_starts, tb) - 1  # the last one that starts before its end
    if k >= len(starts) or z < 0:
        return _NO_HIT
    pos = starts[k] + max(0, ta - text_starts[k])
    endpos = starts[z] + min(ends[z], tb) - text_starts[z]
    return (pos, endpos) if pos < endpos else _NO_HIT


def _clauses(text: str, near: Iterable[tuple[int, int]]) -> tuple[str, list[int], list[int]]:
    """The clauses of ``text`` that hold the spans ``near`` (sorted), joined, each with
    the stop before and after it: the joined text, and for each piece its start there and
    its shift back to ``text``.

    >>> _clauses("共3户,其中2户。另外5户", [(1, 2), (11, 12)])
    ('共3户,。另外5户', [0, 4], [0, 4])
    """
    stop, *others = _CLAUSE_STOPS
    flat = text  # every stop written as the first one: one search finds the nearest
    for other in others:
        flat = flat.replace(other, stop)
    n = len(text)
    pieces: list[str] = []
    at_starts: list[int] = []
    shifts: list[int] = []
    at = 0
    a = -1  # the open piece starts at a (the stop before its window, or 0), if a >= 0
    end = 0  # its window ends at end: a stop or the end of the text
    for ns, ne in near:
        if ne <= end:
            continue  # in the open window
        if ns >= end:  # past it: a new window, or the open one goes on if no clause is between
            start = flat.rfind(stop, end, ns) + 1 or end  # (flat.rfind: a native call when compiled)
            if a < 0 or start > end + 1:
                if a >= 0:  # the open piece ends with the stop after its window
                    b = end + 1 if end < n else n
                    pieces.append(text[a:b])
                    at_starts.append(at)
                    shifts.append(a - at)
                    at += b - a
                a = start - 1 if start else 0
        end = flat.find(stop, ne)
        if end < 0:
            end = n
    if a >= 0:
        b = end + 1 if end < n else n
        pieces.append(text[a:b])
        at_starts.append(at)
        shifts.append(a - at)
    return "".join(pieces), at_starts, shifts


@functools.lru_cache(maxsize=1)
def _joint_probe() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for the probes of :data:`_JOINT_PROBES`: a first character of one of
    them, behind which that probe looks ahead, marked by an empty group. A match is one
    character long (every place is tried) and at most one probe can start at a place, so
    a probe finds something in a text iff the pattern finds its mark there. With the map
    of group names to probes."""
    marks = {f"p{k}": _BRANCH_PROBES[key] for k, key in enumerate(_JOINT_PROBES)}
    firsts = "".join(_JOINT_PROBES.values())
    ahead = "|".join(f"(?<=(?={probe}).)(?P<{mark}>)" for mark, probe in marks.items())
    return _stdlib(f"[{firsts}](?:{ahead})"), {mark: _stdlib(p).pattern for mark, p in marks.items()}


def _joint_probes(text: str, probed: dict[str, tuple[int, int]]) -> None:
    """The window (:func:`_window`) of each probe of :data:`_JOINT_PROBES` in ``text``
    (:data:`_NO_HIT` if it finds nothing there), from one pass of :func:`_joint_probe`,
    into ``probed`` (the probes' windows by pattern). The pass finds every place a probe
    starts at: the first and the last."""
    joint, marks = _joint_probe()
    first: dict[str, int] = {}
    last: dict[str, int] = {}
    for m in joint.finditer(text):
        p = marks[m.lastgroup or ""]
        last[p] = k = m.start()
        if p not in first:
            first[p] = k
    for p in marks.values():
        probed[p] = _window(text, first[p], last[p]) if p in first else _NO_HIT


#: The branches of a split noise pattern as :func:`noise_spans` runs them: branch, its
#: probe (or None), the probe's pattern ("" for none), whether the probe is one of
#: :data:`_JOINT_PROBES`, whether it is one of :data:`_WINDOW_PROBES`, whether the branch
#: needs a long run of digits, its gates (:data:`_BRANCH_GATES`, "" for none).
_PlanBranches = tuple[tuple[regex.Pattern[str], re.Pattern[str] | None, str, bool, bool, bool,
                            tuple[str, ...]], ...]
#: A noise pattern as :func:`noise_spans` runs it: name, gates (each with its key, see
#: :data:`_GATE_KEYS`), whether it runs over clause stops (:data:`_CROSS_CLAUSE`), the
#: pattern, and its branches if it is split.
_Plan = tuple[tuple[str, tuple[tuple[str, str], ...] | None, bool, regex.Pattern[str] | re.Pattern[str],
                    _PlanBranches | None], ...]

#: For a gate of a few characters (:data:`_NOISE`), one of them that is rare in report
#: text: ``key in text`` (one character: a fast search) is tested before ``gate in text``
#: (a slow one), and is False where the gate is not there. Other gates have the key "".
_GATE_KEYS = {"http": "h", "www.": "w", "地址": "址", "男子": "男", "女子": "女"}


@functools.lru_cache(maxsize=1)
def _plan() -> _Plan:
    """:func:`noise` with the branches of the split patterns (:func:`_noise_branches`)."""
    split = _noise_branches()
    joint = set(_joint_probe()[1].values())
    return tuple(
        (name, None if gates is None else tuple((_GATE_KEYS.get(g, ""), g) for g in gates),
         name in _CROSS_CLAUSE, pattern,
         None if name not in split else tuple(
             (b, probe, "" if probe is None else probe.pattern, probe is not None and probe.pattern in joint,
              (name, k) in _WINDOW_PROBES, long, _BRANCH_GATES.get((name, k), ()))
             for k, (b, probe, long) in enumerate(split[name])))
        for name, gates, pattern in noise())


def noise_spans(text: str, near: Iterable[tuple[int, int]] | None = None,
                long_runs: bool = True, runs: Iterable[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Sorted spans of ``text`` whose digits are never quantities.

    With ``near`` (sorted spans of ``text``), only the clauses that hold them are scanned
    (:data:`_CLAUSE_STOPS`): the result has every noise span that overlaps one of them.
    ``long_runs=False`` tells that ``text`` holds no run of :data:`LONG_RUN` digits (the
    patterns that need one are not tried); ``runs``, spans of ``text`` one of which
    overlaps every such run (none: there is no run), that they search only from the
    clause of the first span to the stop after the last (see :func:`_runs_window`).

    >>> noise_spans("电话0839-1234567,2020年")
    [(2, 14), (15, 20)]
    >>> noise_spans("电话0839-1234567,2020年", near=[(15, 19)])
    [(15, 20)]
    """
    spans: list[tuple[int, int]] = []
    if near is None:
        clauses, starts, shifts = text, [0], [0]
    else:
        clauses, starts, shifts = _clauses(text, near)
    one_shift = len(shifts) == 1
    # the window of each probe (by pattern) in the clauses, so far: see _window
    probed: dict[str, tuple[int, int]] = {}
    # the window of the branches that need a long run in the clauses (None: all of them)
    long_window: tuple[int, int] | None = None
    if not long_runs:
        long_window = _NO_HIT
    elif runs is not None:
        runs = list(runs)
        long_window = _runs_window(text, runs, starts, shifts, len(clauses)) if runs else _NO_HIT
    for _name, gates, cross, pattern, branches in _plan():
        scope = text if cross else clauses
        if gates is not None:  # (a loop: no generator to make for any())
            for key, g in gates:
                if key in scope and g in scope:
                    break
            else:
                continue
        found: list[tuple[int, int]] | None = None
        if branches is not None:
            seen = {} if cross else probed
            live = []
            windows = []
            whole = (0, len(scope))
            for b, probe, key, joint, windowed, long, bgates in branches:
                if long and long_window is _NO_HIT:
                    continue
                if bgates:
                    for g in bgates:
                        if g in scope:
                            break
                    else:
                        continue
                if probe is None:
                    window = whole
                else:
                    hit = seen.get(key)
                    if hit is None:
                        if joint:
                            _joint_probes(scope, seen)
                            hit = seen[key]
                        else:
                            hit = seen[key] = (_probe_window(probe, scope) if windowed
                                               else whole if probe.search(scope) else _NO_HIT)
                    if hit is _NO_HIT:
                        continue
                    window = hit
                if long and long_window is not None and not cross:  # (both windows hold every match)
                    a, z = max(window[0], long_window[0]), min(window[1], long_window[1])
                    if a >= z:
                        continue
                    window = (a, z)
                live.append(b)
                windows.append(window)
            found = _branch_spans(live, scope, windows) if live else []
        if found is None:
            found = [m.span() for m in pattern.finditer(scope)]
        if not found:
            continue
        if cross or one_shift:  # one shift for all
            shift = 0 if cross else shifts[0]
            spans.extend((s + shift, e + shift) for s, e in found)
        else:
            for s, e in found:
                shift = shifts[bisect.bisect_right(starts, s) - 1]
                spans.append((s + shift, e + shift))
    spans.sort()
    return spans


@functools.lru_cache(maxsize=1)
def time_expression() -> regex.Pattern[str]:
    """A time expression a claim can hold at (claims-spec §1, ``time``).

    Every match holds 年, 月, 日 or a relative time word, with nothing before it but
    digits and the characters of ``claimx.context._TIME_LEAD`` (or of a relative word
    before its 年/月/日): a new alternative must keep that true, or extend that table,
    since ``Context.times`` tries the pattern only there. Apart: a word of
    ``lexicon.TIME_EXTRA_ANCHORS`` opens its match (未来三天)."""
    # a relative word ending a longer word is not a time (出现在, 实现在: 出现/实现 + 在)
    # and 全年 before 目标/计划/任务 is part of a noun (完成全年目标的34.1%)
    # 以前 is "in the past" only opening a clause (not 2020年以前, 搬迁以前)
    # an event before 的 names a thing (原搬迁后的旧村院)
    special = ("现在", "现时", "往年", "全年", "以前", "全日", "当晚", "全季", *lexicon.EVENT_TIMES)
    words = alternation(w for w in lexicon.RELATIVE_TIMES if w not in special) \
        + r"|(?<![出实体表发呈展涌])现[在时]|往年(?!的)|全年(?!目标|计划|任务)|(?:^|(?<=[，,。；;：:“\"「『（(\s]))以前" \
        + rf"|(?:{alternation(lexicon.EVENT_TIMES)})(?!的)" \
        + r"|(?<!非)全日(?!制)|全季(?!酒店)" \
        + r"|(?<![担相充适妥])当晚(?!会)"  # not 非全日制/全日制 (employment, schooling); not 担当晚会
    year = r"(?:\d{4}|[零〇○◯一二三四五六七八九]{4})年"  # ○ (U+25CB): 二○二五年
    pattern = rf"""
        (?:截至|截止|截止到|到|至)?
        (?:
            (?:{year}|今年|去年|明年|上年|本年|当年|^|(?<=[年，,。；;：:“\"「『（(\s]))[前首头](?:\d{{1,2}}|[一二两三四五六七八九十]{{1,3}})[个個](?:月|季度)  # 今年前九个月, 首6个月 (not 提前3个月)
          | {year}(?:(?:\d{{1,2}}(?:月份?)?(?:至|到|-|—|~))?\d{{1,2}}月(?:\d{{1,2}}[日号]|份)?|[一二三四五六七八九十]{{1,2}}月)?
              (?:底|初|末|上半年|下半年|[第前][一二三四]季度?|[一二三四]季度|年底|年初|年末|以来|期间|全年|(?<=年)度(?![假过日]))?  # 2024年度 (ah18)
          | 未来(?:\d{{1,2}}|[一二两三四五六七八九十]{{1,3}})(?:天|日|周|个月|年)内?  # 未来三天
          | 过去(?:\d{{1,2}}|[一二两三四五六七八九十]{{1,3}})(?:个?小时|天|日|周|个月|年)(?:来|以来|里|中|内)?(?![\d的前后])  # 过去3小时, 过去三年 (ah18)
          | (?:截至|截止)到?(?:\d{{1,2}}[时点](?:\d{{1,2}}分|半)?|\d{{1,2}}:\d{{2}})(?![\d分钟])  # 截至11时 (ah18; its lead in the match)
          | (?:\d{{4}}|[零〇○◯一二三四五六七八九]{{4}})[至\-—](?:\d{{2}}|[零〇○◯一二三四五六七八九]{{2}})年度  # 二〇二四至二五年度 (ah18)
          | \d{{1,2}}月\d{{1,2}}[日号](?:\d{{1,2}}时)?(?:至(?:\d{{1,2}}月)?\d{{1,2}}[日号]\d{{1,2}}时)?(?:以来)?
          | \d{{1,2}}(?:月份?)?(?:至|到|-|—|~)\d{{1,2}}月份?
          | \d{{1,2}}月(?:底|末|初|中旬|上旬|下旬|份)(?:以来)?
          | (?<![\d一二两三四五六七八九十月年])(?:十[一二]?|[一二三四五六七八九])月(?:份|底|末|初|中旬|上旬|下旬)?(?:以来)?(?![\d日号])  # 七月中旬以来
          | 前?\d{{1,2}}月(?![\d日号])(?:以来)?
          | (?:第|前)[一二三四1-4]季度?
          | (?<![\d月])\d{{1,2}}日(?:至\d{{1,2}}日)?(?:白天|夜间|晚上|上午|下午|凌晨|早晨|傍晚|中午)?(?:\d{{1,2}}时)?(?![\d游]|年化)  # not 7日年化收益率
          | (?<!\d)\d{{3}}年度  # an ROC year (115年度)
          | 连续(?:\d{{1,2}}|[一二两三四五六七八九十]{{1,3}})年  # 连续五年保持在97%以上
          | (?:近|过去|这)?(?<![\d一二两三四五六七八九十])(?:\d{{1,2}}|[一二两三四五六七八九十]{{1,3}})年(?:多)?(?:来|以来|后|间|内|(?=共|累计))
          | 连续(?:\d{{1,2}}|[一二两三四五六七八九十]{{1,3}})年(?![\d级度])
          | (?<!\d)\d{{3}}年度
          | (?:本月|上月|当月)(?:[底末]|初(?![中步级心始次赛选审]))
          | (?:今年|去年|明年|前年|上年|本年|当年)(?:[第前]?[一二三四]季度|[第前][一二三四]季|上半年|下半年|年?(?:[底末]|初(?![中步级心始次赛选审]))  # not 今年初中毕业生
                                              |(?:\d{{1,2}}(?:月份?)?(?:至|到|-|—|~))?(?:\d{{1,2}}|十[一二]?|[一二三四五六七八九])月(?:份|底|末|初)?(?:以来)?(?![\d日号]))
          | (?:{alternation(lexicon.ERA_NAMES)})(?:元|[一二三四五六七八九十]{{1,3}}|\d{{1,3}})年(?:[前底初末](?![\d一二三四五六七八九十])|[春夏秋冬](?:季|天)?(?![节运耕播种茶])|(?:农历)?(?:十[一二]?|[正腊一二三四五六七八九])月(?:初[一二三四五六七八九十]|(?:[二三]?十)?[一二三四五六七八九]?日)?)?  # 民国二十七年秋, 民国十八年农历三月初五 (round G)
          | {words}
        )
        (?:至今)?  # 2019年至今: a span ending now (ah19t)
    """
    return regex.compile(pattern, regex.VERBOSE)
