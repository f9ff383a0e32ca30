"""Helpers shared by the rules: value intervals, sentence geometry, metric similarity.

A stated number is an interval, not a point: ``21.27%`` means anything that rounds to
it, ``500多亩`` anything from 500 up, ``约200万元`` something near 2 000 000. Rules
compare intervals and fire only when they cannot overlap, which is how "rounding to the
stated precision is not an error" is implemented once for every rule.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from claimx.checks.vocab import CLAUSE_BREAKS, GENERIC_METRIC_WORDS, SENTENCE_BREAKS
from claimx.models import Claim

__all__ = [
    "Interval",
    "Layout",
    "fmt",
    "interval_of",
    "metric_residue",
    "metrics_related",
    "places_compatible",
    "precision_unit",
    "shares_bigram",
]

_LITERAL = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?")
_FULL = str.maketrans("０１２３４５６７８９．", "0123456789.")
_ABOUT_SLACK = 0.2


@dataclass(frozen=True)
class Interval:
    """A closed interval ``[lo, hi]`` of values a stated number may stand for.

    >>> (Interval(1, 2) + Interval(10, 20)).hi
    22
    """

    lo: float
    hi: float

    def __add__(self, other: Interval) -> Interval:
        return Interval(self.lo + other.lo, self.hi + other.hi)

    def __sub__(self, other: Interval) -> Interval:
        return Interval(self.lo - other.hi, self.hi - other.lo)

    def disjoint(self, other: Interval) -> bool:
        """True when no value lies in both intervals (a small float slack is allowed)."""
        eps = 1e-9 * max(1.0, abs(self.lo), abs(self.hi), abs(other.lo), abs(other.hi))
        return self.hi < other.lo - eps or other.hi < self.lo - eps


def precision_unit(claim: Claim, value: float) -> float:
    """One unit of the last digit the text states for ``value`` inside ``claim.text``.

    ``83.1万元`` → 1000.0 (the last digit is the tenth of a 万); ``247人`` → 1.0.

    >>> precision_unit(Claim(after=831000.0, text="83.1万元", start=0, end=6), 831000.0)
    1000.0
    """
    for m in _LITERAL.finditer(claim.text):
        literal = m.group().translate(_FULL)
        lit_value = float(literal)
        if lit_value == 0:
            if value == 0:
                return _decimals_unit(literal)
            continue
        ratio = abs(value) / lit_value
        if ratio <= 0:
            continue
        exponent = round(math.log10(ratio))
        if exponent >= 0 and math.isclose(ratio, 10.0**exponent, rel_tol=1e-9):
            return _decimals_unit(literal) * 10.0**exponent
    # Chinese numerals or a value the text does not spell out: trust the float.
    text = repr(float(value))
    if "e" in text or "." not in text or text.endswith(".0"):
        return 1.0
    return 10.0 ** -len(text.split(".")[1])


def _decimals_unit(literal: str) -> float:
    if "." not in literal:
        return 1.0
    return 10.0 ** -len(literal.split(".")[1])


def interval_of(claim: Claim, value: float, *, slack_units: float = 0.5) -> Interval:
    """The interval ``value`` (one of the claim's numbers) stands for.

    Exact values get ``slack_units`` units of their last digit on each side (half a unit is
    rounding), except whole numbers written out in full (``247人``), which are exact counts;
    ``about`` ±20 %; ``over`` from the value up; ``under`` from 0 to the value.

    >>> interval_of(Claim(after=500.0, approx="over", text="500多亩", start=0, end=5), 500.0)
    Interval(lo=500.0, hi=inf)
    """
    precision = precision_unit(claim, value)
    # A whole number written out in full (247人) is a count, not a rounded measurement.
    unit = 0.0 if precision == 1.0 and float(value).is_integer() else precision * slack_units
    if claim.approx == "about":
        spread = abs(value) * _ABOUT_SLACK
        return Interval(value - spread - unit, value + spread + unit)
    if claim.approx == "over":
        return Interval(value, math.inf)
    if claim.approx == "under":
        return Interval(min(0.0, value), value)
    return Interval(value - unit, value + unit)


def fmt(value: float | None) -> str:
    """Format a number for an explanation: no trailing ``.0``, at most 4 decimals.

    >>> fmt(250.0), fmt(21.743), fmt(None)
    ('250', '21.74', '?')
    """
    if value is None:
        return "?"
    if math.isinf(value):
        return "∞"
    if float(value).is_integer():
        return str(int(value))
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    if abs(value) >= 1:
        text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text


class Layout:
    """Where sentences and clauses begin and end in a document, to relate two claims.

    Without the document text (claims only), positions are compared by distance: two
    claims less than ``fallback_gap`` characters apart count as one sentence.
    """

    def __init__(self, text: str | None, *, fallback_gap: int = 40) -> None:
        self.text = text
        self.fallback_gap = fallback_gap
        self._sentence_ends: list[int] = []
        self._para_ends: list[int] = []
        if text is not None:
            self._sentence_ends = [i for i, ch in enumerate(text) if ch in SENTENCE_BREAKS]
            self._para_ends = [i for i, ch in enumerate(text) if ch == "\n"]

    @staticmethod
    def _index(ends: Sequence[int], pos: int) -> int:
        import bisect

        return bisect.bisect_left(ends, pos)

    def sentence_of(self, pos: int) -> int:
        """Index of the sentence holding offset ``pos``."""
        return self._index(self._sentence_ends, pos)

    def same_sentence(self, a: Claim, b: Claim) -> bool:
        """True when nothing that ends a sentence stands between the two claims."""
        if self.text is None:
            lo, hi = sorted((a, b), key=lambda c: c.start)
            return hi.start - lo.end <= self.fallback_gap
        first, second = sorted((a, b), key=lambda c: c.start)
        return self.sentence_of(first.start) == self.sentence_of(max(second.start, first.end - 1))

    def near(self, a: Claim, b: Claim, sentences: int) -> bool:
        """True when the claims are at most ``sentences`` sentences apart, in one paragraph."""
        if self.text is None:
            return abs(a.start - b.start) <= self.fallback_gap * (sentences + 1)
        return self.same_paragraph(a, b) and abs(
            self.sentence_of(a.start) - self.sentence_of(b.start)
        ) <= sentences

    def same_paragraph(self, a: Claim, b: Claim) -> bool:
        """True when no line break stands between the two claims."""
        if self.text is None:
            return True
        return self._index(self._para_ends, a.start) == self._index(self._para_ends, b.start)

    def between(self, a: Claim, b: Claim) -> str:
        """The text between the end of the earlier claim and the start of the later one."""
        if self.text is None:
            return ""
        first, second = sorted((a, b), key=lambda c: c.start)
        return self.text[first.end : second.start]

    def sentence_span(self, pos: int) -> tuple[int, int]:
        """``[start, end)`` of the sentence holding offset ``pos``."""
        if self.text is None:
            return (0, 0)
        i = self.sentence_of(pos)
        start = self._sentence_ends[i - 1] + 1 if i > 0 else 0
        end = self._sentence_ends[i] if i < len(self._sentence_ends) else len(self.text)
        return (start, end)


def clause_start(text: str, pos: int, floor: int) -> int:
    """Offset where the clause holding ``pos`` begins (not before ``floor``)."""
    i = pos
    while i > floor and text[i - 1] not in CLAUSE_BREAKS and text[i - 1] not in SENTENCE_BREAKS:
        i -= 1
    return i


def shares_bigram(a: str, b: str) -> bool:
    """True when two metric names share two consecutive characters.

    >>> shares_bigram("贫困发生率", "建档立卡贫困户"), shares_bigram("贫困发生率", "返贫户")
    (True, False)
    """
    grams = {a[i : i + 2] for i in range(len(a) - 1)}
    return any(b[i : i + 2] in grams for i in range(len(b) - 1))


def metric_residue(metric: str | None) -> str:
    """What a change claim's metric names once the change verbs are removed.

    >>> metric_residue("增收"), metric_residue("村集体收入增加")
    ('', '村集体收入')
    """
    if not metric:
        return ""
    residue = metric
    for word in sorted(GENERIC_METRIC_WORDS, key=len, reverse=True):
        residue = residue.replace(word, "")
    return residue


def metrics_related(change_metric: str | None, base_metric: str | None) -> bool:
    """Could a change stated with ``change_metric`` be a change of ``base_metric``?

    Unknown metrics are related; otherwise what remains of the change metric after its
    verbs must be part of the base metric (``收入`` of ``人均纯收入``).

    >>> metrics_related("增收", "人均纯收入"), metrics_related("村集体收入", "人均纯收入")
    (True, False)
    """
    if not change_metric or not base_metric:
        return True
    residue = metric_residue(change_metric)
    if not residue:
        return True
    base = metric_residue(base_metric) or base_metric
    return residue in base_metric or base in residue


def places_compatible(a: str | None, b: str | None) -> bool:
    """Unknown places are compatible; known ones when one contains the other.

    >>> places_compatible("红岩镇广吉村", "广吉村"), places_compatible("徐洼村", "凉水泉村")
    (True, False)
    """
    if not a or not b:
        return True
    return a in b or b in a
