"""Numeral strings → values. The only module that knows cn2an.

Arabic numerals (with thousands separators and multipliers) are computed with
:class:`~decimal.Decimal`, so ``1.1万`` is exactly ``11000.0``. Chinese numerals
(``两千三百万``, ``壹万贰仟``, ``三点五``) go through ``cn2an`` one isolated span at a time,
cached, never the whole text.

>>> parse_number("1,100万")
11000000.0
>>> parse_number("两千三百万")
23000000.0
>>> parse_number("百分之八十")
80.0
>>> parse_number("abc")
Traceback (most recent call last):
...
claimx.errors.NumberParseError: 'abc' is not a numeral claimx can read (examples: '25.59', '1.2亿', '两千三百万', '百分之八十')
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal, InvalidOperation

from claimx.errors import NumberParseError
from claimx.lexicon import MULTIPLIERS

__all__ = ["cn_value", "format_chinese", "mixed_value", "parse_number", "with_multiplier"]

_CN_DIGITS = "零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖"
_ARABIC = re.compile(r"[+-]?\d+(?:,\d{3})*(?:\.\d+)?")
_MIXED = re.compile(r"(?:\d+(?:,\d{3})*(?:\.\d+)?[十百千万亿]*)+")
_MIXED_PART = re.compile(r"(\d+(?:,\d{3})*(?:\.\d+)?)([十百千万亿]*)")
_FRACTION = re.compile(r"(?P<den>.+?)分之(?P<num>.+)")
_NEGATIVE = ("负", "零下", "-", "−")


def _arabic(s: str) -> Decimal:
    return Decimal(s.replace(",", ""))


def with_multiplier(number: Decimal, mult: str) -> Decimal:
    """Apply a run of multiplier characters: ``with_multiplier(Decimal("1.2"), "亿")``."""
    for ch in mult:
        number *= MULTIPLIERS[ch]
    return number


@functools.lru_cache(maxsize=4096)
def cn_value(s: str) -> float:
    """A Chinese numeral (``两千三百万``, ``壹万贰仟``, ``三点五``, ``1.1万``) → float.

    Raises :class:`NumberParseError` when cn2an cannot read it.
    """
    import cn2an  # the only place claimx touches cn2an

    if "点" in s and s[-1] in "万亿" and s[-2] not in "万亿十百千":  # 二十点七万, 一点九亿 (accnum3)
        head = s.rstrip("万亿")
        return float(with_multiplier(Decimal(str(cn_value(head))), s[len(head):]))
    try:
        v = cn2an.cn2an(s, "smart")
    except (ValueError, KeyError, IndexError, TypeError) as e:
        raise NumberParseError(f"{s!r} is not a Chinese numeral cn2an can read ({e})") from e
    return float(Decimal(str(v)))


def mixed_value(s: str) -> Decimal:
    """Arabic digits with multipliers, read like a Chinese numeral.

    >>> mixed_value("12亿5000万"), mixed_value("3万5千"), mixed_value("3万5"), mixed_value("1.2亿")
    (Decimal('1250000000'), Decimal('35000'), Decimal('35000'), Decimal('120000000.0'))
    """
    total = section = Decimal(0)
    last_unit = 1
    parts = _MIXED_PART.findall(s)
    for k, (digits, mult) in enumerate(parts):
        v = _arabic(digits)
        small = mult.rstrip("万亿")
        for c in small:
            v *= MULTIPLIERS[c]
        if not mult and k == len(parts) - 1 and k and len(digits) == 1 and last_unit >= 100:
            v *= last_unit // 10  # 3万5 is 35000, 2千5 is 2500: the next unit down
        section += v
        for c in mult[len(small) :]:
            if c == "亿":
                total, section = (total + section) * MULTIPLIERS["亿"], Decimal(0)
            else:
                section *= MULTIPLIERS["万"]
        last_unit = 1
        for c in mult:
            last_unit *= MULTIPLIERS[c]
    return total + section


def _plain(s: str) -> float:
    """Arabic, Arabic+multiplier, or Chinese numeral → value."""
    if _ARABIC.fullmatch(s):
        return float(_arabic(s))
    if _MIXED.fullmatch(s):
        return float(mixed_value(s))
    if s and all(c in MULTIPLIERS for c in s):  # 百 (百分之百), 千万
        product = 1
        for c in s:
            product *= MULTIPLIERS[c]
        return float(product)
    allowed = "十百千万亿拾佰仟点" + ("元角分" if "角" in s else "")
    if s and all(c in _CN_DIGITS or c in allowed for c in s):
        return cn_value(s)
    raise NumberParseError(s)


def parse_number(s: str) -> float:
    """Parse ONE numeral string into a float.

    Accepts Arabic numerals (``25.59``, ``1,100``, full-width digits), multipliers
    (``1.2亿``, ``3万5千``), Chinese and financial numerals (``十二``, ``壹万贰仟``),
    negatives (``负3.5``, ``-2.1``, ``零下12``), percent forms (``百分之八十`` → 80,
    ``千分之五`` → 5, ``三分之一`` → 33.33…, ``七成`` → 70: the value in % or ‰).

    Raises :class:`TypeError` for a non-``str`` and :class:`~claimx.NumberParseError`
    for a string that is not one numeral.
    """
    if not isinstance(s, str):
        raise TypeError(f"parse_number() takes a str, not {type(s).__name__}")
    from claimx.normalize import normalize

    t = normalize(s).text.strip()
    try:
        return _parse(t)
    except (NumberParseError, InvalidOperation, ZeroDivisionError):
        raise NumberParseError(
            f"{s!r} is not a numeral claimx can read "
            "(examples: '25.59', '1.2亿', '两千三百万', '百分之八十')"
        ) from None


def _parse(t: str) -> float:
    for neg in _NEGATIVE:
        if t.startswith(neg) and len(t) > len(neg):
            return -_parse(t[len(neg) :])
    if t.startswith(("百分之", "千分之")):
        return _plain(t[3:])
    if t.endswith("成") and len(t) > 1:
        return float(Decimal(str(_plain(t[:-1]))) * 10)
    m = _FRACTION.fullmatch(t)
    if m:
        den, num = Decimal(str(_plain(m["den"]))), Decimal(str(_plain(m["num"])))
        return float(num / den * 100)
    return _plain(t)


_CN_NAMES = "零一二三四五六七八九"
_CN_UNITS = ((1000, "千"), (100, "百"), (10, "十"), (1, ""))


def _below_10000(n: int) -> str:
    out, zero = "", False
    for size, name in _CN_UNITS:
        d, n = divmod(n, size)
        if d:
            out += ("零" if zero else "") + _CN_NAMES[d] + name
            zero = False
        elif out:
            zero = True
    return out


def format_chinese(n: int) -> str:
    """Write a non-negative integer in Chinese numerals (the inverse, for round-trip tests).

    >>> format_chinese(23000000), format_chinese(105), format_chinese(12)
    ('二千三百万', '一百零五', '一十二')
    """
    if n < 0:
        raise ValueError("format_chinese() takes a non-negative integer")
    if n == 0:
        return "零"
    groups: list[int] = []
    while n:
        n, g = divmod(n, 10000)
        groups.append(g)
    names = ["", "万", "亿", "万亿"]
    out = ""
    need_zero = False
    for i in range(len(groups) - 1, -1, -1):
        g = groups[i]
        if g == 0:
            need_zero = bool(out)
            continue
        if out and (need_zero or g < 1000):
            out += "零"
        out += _below_10000(g) + names[i]
        need_zero = False
    return out
