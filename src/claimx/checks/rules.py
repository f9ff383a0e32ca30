"""The consistency rules over the claims of ONE document.

Each rule is a small function ``rule(claims, layout) -> list[Finding]``. The rules are
deliberately conservative: a pairing of claims is only checked when explicit evidence
says the numbers belong together (same metric family, same time, a signal word such as
其中 or 合计, the same sentence), and a finding is only made when the stated intervals
(:func:`claimx.checks.util.interval_of`) cannot be reconciled. A missed finding is
preferred to a false alarm.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence

from claimx.checks.model import Finding
from claimx.checks.util import (
    Interval,
    Layout,
    clause_start,
    fmt,
    interval_of,
    metrics_related,
    places_compatible,
    precision_unit,
    shares_bigram,
)
from claimx.checks.vocab import (
    COUNT_UNITS,
    CROSS_CUTTING_WORDS,
    EXCEEDABLE_RATE_WORDS,
    FLOW_IN_WORDS,
    FLOW_OUT_WORDS,
    NEW_TOPIC_STARTS,
    PERIOD_TIME_MARKS,
    PLACE_SUFFIXES,
    POPULATION_WORDS,
    RATE_SUFFIXES,
    RATE_WORDS,
    SHARE_WORDS,
    SUBSET_SIGNALS,
    SUM_SIGNALS,
)
from claimx.models import Claim

__all__ = [
    "DOCUMENT_RULES",
    "change_vs_before_after",
    "direction",
    "impossible_value",
    "parts_vs_total",
    "rate_vs_counts",
    "stock_flow",
]

#: How far apart (in sentences) claims of one statement may stand: a stock, its flows and
#: the later stock; a rate and its numerator; a "降低为" and the value it falls from.
_NEAR_SENTENCES = 4

#: A computed value this many times off the stated one means the claims were paired wrongly
#: (a different population, a different stock), not that the text is wrong.
_PLAUSIBLE_RATIO = 2.0

Rule = Callable[[Sequence[Claim], Layout], list[Finding]]

_YEAR = re.compile(r"(?:19|20)\d\d(?=\s*年)")

_REMAINING_WORDS = ("未脱贫", "剩余", "尚有", "仍有", "余下", "剩下", "尚未", "现有", "还有")


# ---------------------------------------------------------------- shared predicates


def _plain(c: Claim) -> bool:
    """A plain stated value: an ``after`` with no from-value and no stated change."""
    return c.after is not None and c.before is None and c.change is None


def _norm_time(t: str | None) -> str | None:
    if t is None:
        return None
    return t.replace("截止", "截至").replace("底", "末").strip()


def _times_compatible(a: Claim, b: Claim, layout: Layout) -> bool:
    """Same time: both unknown, or one contains the other; one unknown → same sentence."""
    ta, tb = _norm_time(a.time), _norm_time(b.time)
    if ta is None and tb is None:
        return True
    if ta is None or tb is None:
        return layout.same_sentence(a, b)
    return ta in tb or tb in ta


def _flow_sign(c: Claim) -> int:
    """+1 for an inflow claim, -1 for an outflow, 0 when the claim is not a flow."""
    metric = c.metric or ""
    if any(w in metric for w in _REMAINING_WORDS):
        return 0
    has_in = any(w in metric for w in FLOW_IN_WORDS)
    has_out = any(w in metric for w in FLOW_OUT_WORDS)
    if has_in and not has_out:
        return 1
    if has_out and not has_in:
        return -1
    if has_in or has_out:
        return 0  # both: ambiguous (新增脱贫), not usable as a flow
    if c.change is not None and c.after is None and c.before is None:
        return {"up": 1, "down": -1}.get(c.direction or "", 0)
    return 0


def _similar_stock(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    if a in b or b in a or shares_bigram(a, b):
        return True
    return any(w in b for w in _REMAINING_WORDS) or any(w in a for w in _REMAINING_WORDS)


def _is_rate(c: Claim) -> bool:
    metric = c.metric or ""
    return (
        c.unit == "%"
        and c.after is not None
        and c.change is None
        and any(w in metric for w in RATE_WORDS)
        and not any(w in metric for w in EXCEEDABLE_RATE_WORDS)
    )


def _is_population(c: Claim, rate_metric: str) -> bool:
    """Could ``c`` be the whole population a rate is computed over?

    A population word (人口, 户数, 总数 …) not shared with the rate's own stem (贫困人口
    is a numerator of 贫困发生率, not its base) unless it says 总; or a metric that is only
    the place's name (``白杨村共有420户``) or no metric at all.
    """
    metric = c.metric or ""
    if not metric or metric == c.place or (
        metric.endswith(PLACE_SUFFIXES) and len(metric) <= 6 and c.place and metric in c.place
    ):
        return True
    if not any(w in metric for w in POPULATION_WORDS):
        return False
    return not shares_bigram(rate_metric, metric) or "总" in metric


def _plausible(expected: float, stated: float | None) -> bool:
    """Is ``stated`` close enough to ``expected`` that they describe the same thing?"""
    if stated is None or expected <= 0 or stated <= 0:
        return False
    return 1 / _PLAUSIBLE_RATIO <= stated / expected <= _PLAUSIBLE_RATIO


def _later_year(first: str | None, second: str | None) -> bool:
    """True when ``first`` names a later year than ``second`` (both must name one)."""
    ya, yb = _YEAR.search(first or ""), _YEAR.search(second or "")
    return bool(ya and yb and int(ya.group()) > int(yb.group()))


def _rate_stem(metric: str) -> str:
    """The subject of a rate: ``贫困发生率`` → ``贫困``, ``学生近视率`` → ``学生近视``."""
    for suffix in RATE_SUFFIXES:
        if metric.endswith(suffix) and len(metric) > len(suffix):
            return metric[: -len(suffix)]
    return metric


def _subset_total(total: Claim, part: Claim, layout: Layout) -> bool:
    """``共有学生1200人，其中近视学生516人``: ``total`` is stated right before a 其中 that
    introduces ``part`` in the same sentence."""
    if total.start >= part.start or not layout.same_sentence(total, part):
        return False
    gap = layout.between(total, part)
    return any(w in gap for w in SUBSET_SIGNALS) and len(gap) <= 20


def _follows_at_once(first: Claim, second: Claim, claims: Sequence[Claim], layout: Layout) -> bool:
    """``second`` comes after ``first`` in its sentence with no other claim between them."""
    if second.start <= first.start or not layout.same_sentence(first, second):
        return False
    return not any(first.start < c.start < second.start for c in claims)


def _point_time(t: str | None) -> bool:
    """A time that names a point (2014年底, 截至目前), not a period (一年来, 全年)."""
    return t is not None and not any(m in t for m in PERIOD_TIME_MARKS)


def _quote(c: Claim) -> str:
    return f"“{c.text}”"


# ---------------------------------------------------------------- rate vs counts


def _rate_consistent(rate: Claim, numerator: float, denominator: float) -> tuple[bool, float]:
    assert rate.after is not None
    computed = numerator / denominator * 100.0
    unit = precision_unit(rate, rate.after)
    decimals = max(0, round(-math.log10(unit))) if unit < 1 else 0
    rounded = round(computed, decimals)
    return abs(rounded - rate.after) <= unit * (1 + 1e-9), computed


def rate_vs_counts(claims: Sequence[Claim], layout: Layout) -> list[Finding]:
    """A stated rate against the counts it is computed from.

    ``有236户1136人 … 有贫困户51户247人，贫困发生率为21.27%`` → 247/1136 = 21.74 %, not
    21.27 %. The numerator shares a metric stem with the rate (贫困 of 贫困发生率) and its
    time; the denominator is a population count (人口, 户数 …) of the same unit and place,
    of any time (a population is usually stated once, and every reading is tried).
    The rate is consistent when some numerator/denominator pair, computed and rounded to
    the stated decimals, is within one unit of the last stated digit.
    """
    findings: list[Finding] = []
    for rate in claims:
        if not _is_rate(rate) or rate.approx != "exact" or not rate.metric:
            continue
        stem = _rate_stem(rate.metric)
        pairs: list[tuple[Claim, Claim]] = []
        for num in claims:
            if (
                num is rate
                or not _plain(num)
                or num.approx != "exact"
                or num.unit not in COUNT_UNITS
                or not num.metric
                or not _times_compatible(rate, num, layout)
                or not places_compatible(rate.place, num.place)
                or not layout.near(rate, num, _NEAR_SENTENCES)
            ):
                continue
            # The numerator names the rate's subject (贫困户 for 贫困发生率) — or the rate
            # follows it at once in a 其中 sentence (共有居民1600人，其中老人288人，占18%).
            stem_ok = shares_bigram(stem, num.metric) or (len(stem) == 1 and stem in num.metric)
            if not stem_ok and not _follows_at_once(num, rate, claims, layout):
                continue
            for den in claims:
                if (
                    den is num
                    or den is rate
                    or not _plain(den)
                    or den.approx != "exact"
                    or den.unit != num.unit
                    or not (
                        _subset_total(den, num, layout)
                        or (stem_ok and _is_population(den, rate.metric))
                    )
                    or (den.after or 0) <= (num.after or 0)
                    or not places_compatible(den.place, num.place)
                    or not places_compatible(den.place, rate.place)
                    or not (
                        layout.same_paragraph(den, num)
                        or (den.place and (num.place or rate.place))
                    )
                ):
                    continue
                pairs.append((num, den))
        if not pairs:
            continue
        results = []
        for num, den in pairs:
            assert num.after is not None and den.after is not None
            ok, computed = _rate_consistent(rate, num.after, den.after)
            if ok:
                break
            results.append((abs(rate.start - num.start) + abs(rate.start - den.start),
                            num, den, computed))
        else:
            _, num, den, computed = min(results, key=lambda r: r[0])
            if not _plausible(computed, rate.after):
                continue
            assert num.after is not None and den.after is not None and rate.after is not None
            findings.append(
                Finding(
                    rule="rate_vs_counts",
                    severity="error",
                    claims=tuple(sorted((rate, num, den), key=lambda c: c.start)),
                    expected=round(computed, 4),
                    stated=rate.after,
                    unit="%",
                    explanation_zh=(
                        f"按{_quote(num)}与{_quote(den)}计算，{rate.metric}应为"
                        f"{fmt(num.after)}/{fmt(den.after)}={fmt(computed)}%，"
                        f"而文中为{fmt(rate.after)}%。"
                    ),
                    explanation_en=(
                        f"{rate.metric} computed from {fmt(num.after)} {num.unit} out of "
                        f"{fmt(den.after)} {den.unit} is {fmt(computed)}%, "
                        f"but the text states {fmt(rate.after)}%."
                    ),
                )
            )
    return findings


# ---------------------------------------------------------------- stock and flow


def stock_flow(claims: Sequence[Claim], layout: Layout) -> list[Finding]:
    """A stock, then inflows and outflows, then a later stock of the same thing.

    ``2014年底贫困人口400人，2015年脱贫158人，返贫8人，目前贫困人口247人`` →
    400 − 158 + 8 = 250 ≠ 247. Both stocks name the same thing (their metrics share a
    stem) at two different stated times, in one paragraph, and every claim of that unit
    between them is a flow (返贫/新增 in, 脱贫/退出/减少 out).
    """
    findings: list[Finding] = []
    by_unit: dict[str, list[Claim]] = {}
    for c in sorted(claims, key=lambda c: c.start):
        if c.unit and c.unit not in ("%", "百分点"):
            by_unit.setdefault(c.unit, []).append(c)
    for seq in by_unit.values():
        for i, first in enumerate(seq):
            if not _plain(first) or _flow_sign(first) != 0 or not _point_time(first.time):
                continue
            flows: list[tuple[int, Claim]] = []
            for later in seq[i + 1 :]:
                sign = _flow_sign(later)
                if sign != 0:
                    flows.append((sign, later))
                    continue
                if (
                    flows
                    and later.after is not None
                    and later.change is None
                    and _point_time(later.time)
                    and _norm_time(later.time) != _norm_time(first.time)
                    and _similar_stock(first.metric, later.metric)
                    and places_compatible(first.place, later.place)
                    and layout.near(first, later, _NEAR_SENTENCES)
                    and not _later_year(first.time, later.time)
                ):
                    findings.extend(_check_stock_pair(first, flows, later))
                break
    return findings


def _check_stock_pair(
    first: Claim, flows: list[tuple[int, Claim]], last: Claim
) -> list[Finding]:
    assert first.after is not None and last.after is not None
    expected = interval_of(first, first.after)
    point = first.after
    for sign, flow in flows:
        value = flow.headline
        if value is None:
            return []
        part = interval_of(flow, value)
        expected = expected + part if sign > 0 else expected - part
        point += sign * value
    if not expected.disjoint(interval_of(last, last.after)) or not _plausible(point, last.after):
        return []
    steps = "".join(f"{'+' if s > 0 else '−'}{fmt(f.headline)}" for s, f in flows)
    steps_zh = "".join(f"{'+' if s > 0 else '-'}{fmt(f.headline)}" for s, f in flows)
    unit = last.unit or ""
    return [
        Finding(
            rule="stock_flow",
            severity="error",
            claims=(first, *(f for _, f in flows), last),
            expected=point,
            stated=last.after,
            unit=last.unit,
            explanation_zh=(
                f"{first.time}的{fmt(first.after)}{unit}{steps_zh}应得{fmt(point)}{unit}，"
                f"而{last.time}文中为{fmt(last.after)}{unit}。"
            ),
            explanation_en=(
                f"{fmt(first.after)} {unit} ({first.time}) {steps} should give "
                f"{fmt(point)} {unit}, but {fmt(last.after)} {unit} are stated ({last.time})."
            ),
        )
    ]


# ---------------------------------------------------------------- parts vs total


def _find_signals(sentence: str, words: Sequence[str]) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for word in words:
        start = sentence.find(word)
        while start >= 0:
            found.append((start, word))
            start = sentence.find(word, start + len(word))
    return sorted(found)


def _sum_intervals(parts: Sequence[Claim]) -> tuple[Interval, float]:
    total = Interval(0.0, 0.0)
    point = 0.0
    for p in parts:
        assert p.after is not None
        total = total + interval_of(p, p.after)
        point += p.after
    return total, point


def parts_vs_total(claims: Sequence[Claim], layout: Layout) -> list[Finding]:
    """Parts that must fit in (其中/包括) or add up to (合计/共计) a stated total.

    ``共有耕地1200亩，其中水田500亩、旱地800亩`` → 500 + 800 = 1300 > 1200.
    ``种植5户、养殖3户，合计9户`` → 5 + 3 = 8 ≠ 9. Parts and total share a unit and a
    sentence, and the signal word stands between them; nothing is assumed about numbers
    that merely share a unit. Needs the document text (no finding without it).
    """
    text = layout.text
    if text is None:
        return []
    findings: list[Finding] = []
    ordered = sorted(
        (c for c in claims if _plain(c) and c.unit and c.unit not in ("%", "百分点")),
        key=lambda c: c.start,
    )
    seen_sentences: set[tuple[int, int]] = set()
    for c in ordered:
        span = layout.sentence_span(c.start)
        if span in seen_sentences:
            continue
        seen_sentences.add(span)
        s_start, s_end = span
        inside = [x for x in ordered if s_start <= x.start and x.end <= s_end + 1]
        sentence = text[s_start:s_end]
        for pos, word in _find_signals(sentence, SUBSET_SIGNALS):
            findings.extend(_check_subset(text, inside, s_start + pos, s_start + pos + len(word), s_end))
        for pos, word in _find_signals(sentence, SUM_SIGNALS):
            findings.extend(_check_sum(text, inside, s_start, s_start + pos + len(word)))
    return findings


def _check_subset(
    text: str, inside: Sequence[Claim], sig_start: int, sig_end: int, s_end: int
) -> list[Finding]:
    """Totals just before a 其中, parts after it: the parts may not exceed the total."""
    before = [c for c in inside if c.end <= sig_start]
    if not before:
        return []
    # Totals: the claims of the clause just before the signal (one per unit).
    floor = clause_start(text, before[-1].start, 0)
    totals: dict[str, Claim] = {}
    for c in before:
        if c.start >= floor and c.unit:
            totals[c.unit] = c
    # Parts: after the signal, until the sentence ends or a clause opens a new topic.
    stop = s_end
    i = sig_end
    while i < s_end:
        if text[i] in "，,":
            rest = text[i + 1 : s_end].lstrip(" ")
            if any(rest.startswith(w) for w in NEW_TOPIC_STARTS) or any(
                rest.startswith(w) for w in SUBSET_SIGNALS
            ):
                stop = i
                break
        i += 1
    findings: list[Finding] = []
    for unit, total in totals.items():
        parts = [c for c in inside if c.start >= sig_end and c.end <= stop and c.unit == unit]
        if not parts or total.approx == "over":
            continue
        assert total.after is not None
        t_int = interval_of(total, total.after)
        biggest = max(parts, key=lambda p: p.after or 0.0)
        assert biggest.after is not None
        if interval_of(biggest, biggest.after).lo > t_int.hi:
            findings.append(_parts_finding(total, [biggest], biggest.after, subset=True))
            continue
        if len(parts) < 2 or _may_overlap(text, parts):
            continue
        s_int, point = _sum_intervals(parts)
        if s_int.lo > t_int.hi:
            findings.append(_parts_finding(total, parts, point, subset=True))
    return findings


def _may_overlap(text: str, parts: Sequence[Claim]) -> bool:
    """Could the listed parts overlap, so that their sum may exceed the total?

    Parts whose metrics or clauses name cross-cutting categories (sex, age, schooling …)
    may (女党员20人，60岁以上党员30人 of 45): their sum is then not checked, only each part.
    """
    lo, hi = parts[0].start, parts[-1].end
    clause = text[clause_start(text, lo, 0) : hi]
    words = clause + "".join(p.metric or "" for p in parts)
    return any(w in words for w in CROSS_CUTTING_WORDS)


def _check_sum(text: str, inside: Sequence[Claim], s_start: int, sig_end: int) -> list[Finding]:
    """Parts listed before a 合计/共计, the total right after it: they must add up."""
    after = [c for c in inside if c.start >= sig_end]
    if not after:
        return []
    total = after[0]
    gap = text[sig_end : total.start]
    if len(gap) > 8 or any(ch in gap for ch in "，,、；;。"):
        return []
    floor = s_start
    parts = [c for c in inside if c.end <= sig_end and c.start >= floor and c.unit == total.unit]
    if len(parts) < 2:
        return []
    assert total.after is not None
    s_int, point = _sum_intervals(parts)
    if not s_int.disjoint(interval_of(total, total.after)):
        return []
    return [_parts_finding(total, parts, point, subset=False)]


def _parts_finding(total: Claim, parts: Sequence[Claim], point: float, *, subset: bool) -> Finding:
    unit = total.unit or ""
    listing = "+".join(fmt(p.after) for p in parts)
    if subset and len(parts) == 1:
        zh = f"其中一项{fmt(point)}{unit}已超过总数{fmt(total.after)}{unit}。"
        en = f"The part {fmt(point)} {unit} is larger than the total {fmt(total.after)} {unit}."
    elif subset:
        zh = f"各部分之和{listing}={fmt(point)}{unit}，超过总数{fmt(total.after)}{unit}。"
        en = (f"The parts add up to {listing} = {fmt(point)} {unit}, more than the stated "
              f"total {fmt(total.after)} {unit}.")
    else:
        zh = f"各部分之和{listing}={fmt(point)}{unit}，与合计{fmt(total.after)}{unit}不符。"
        en = (f"The parts add up to {listing} = {fmt(point)} {unit}, but the stated total "
              f"is {fmt(total.after)} {unit}.")
    return Finding(
        rule="parts_vs_total",
        severity="error",
        claims=tuple(sorted((total, *parts), key=lambda c: c.start)),
        expected=point,
        stated=total.after,
        unit=total.unit,
        explanation_zh=zh,
        explanation_en=en,
    )


# ---------------------------------------------------------------- change vs before/after


def _relative_interval(before: Interval, after: Interval) -> Interval | None:
    if before.lo <= 0:
        return None
    corners = [(a - b) / b * 100.0 for a in (after.lo, after.hi) for b in (before.lo, before.hi)]
    if any(math.isinf(x) or math.isnan(x) for x in corners):
        return None
    return Interval(min(corners), max(corners))


def _change_interval(c: Claim) -> Interval:
    assert c.change is not None
    value = c.change * (100.0 if c.unit == "倍" else 1.0)
    unit = precision_unit(c, c.change) * (100.0 if c.unit == "倍" else 1.0)
    if not any(ch.isdigit() for ch in c.text):
        unit = max(unit, 5.0)  # 翻一番, 增长两倍: wording, not a measurement
    if c.approx == "about":
        return interval_of(c, value)
    if c.approx == "over":
        return Interval(value, math.inf)
    if c.approx == "under":
        return Interval(0.0, value)
    return Interval(value - unit, value + unit)


def _pair_change(base: Claim, change: Claim) -> Finding | None:
    """Compare one from→to claim with one stated change of it."""
    assert base.before is not None and base.after is not None and change.change is not None
    b_int = interval_of(base, base.before)
    a_int = interval_of(base, base.after)
    diff = base.after - base.before
    stated_int = _change_interval(change)
    stated = change.change * (100.0 if change.unit == "倍" else 1.0)
    sign = {"up": 1.0, "down": -1.0}.get(change.direction or "", 0.0)
    if sign == 0.0:
        sign = 1.0 if diff >= 0 else -1.0
    unit = base.unit or ""
    if change.unit == base.unit and base.unit not in ("%",):
        expected = Interval(sign * (a_int - b_int).lo, sign * (a_int - b_int).hi)
        expected = Interval(min(expected.lo, expected.hi), max(expected.lo, expected.hi))
        if not expected.disjoint(stated_int):
            return None
        return _change_finding(base, change, abs(diff), stated, unit,
                               f"{fmt(base.after)}-{fmt(base.before)}={fmt(abs(diff))}{unit}",
                               f"{fmt(base.after)} − {fmt(base.before)} = {fmt(abs(diff))} {unit}")
    if base.unit == "%" and change.unit == "百分点":
        d = a_int - b_int
        expected = Interval(min(sign * d.lo, sign * d.hi), max(sign * d.lo, sign * d.hi))
        if not expected.disjoint(stated_int):
            return None
        return _change_finding(base, change, abs(diff), stated, "百分点",
                               f"{fmt(base.after)}%与{fmt(base.before)}%相差{fmt(abs(diff))}个百分点",
                               f"{fmt(base.after)}% and {fmt(base.before)}% differ by "
                               f"{fmt(abs(diff))} percentage points")
    if change.unit in ("%", "倍"):
        rel = _relative_interval(b_int, a_int)
        if rel is None or base.before == 0:
            return None
        rel = Interval(min(sign * rel.lo, sign * rel.hi), max(sign * rel.lo, sign * rel.hi))
        if not rel.disjoint(stated_int):
            return None
        rel_point = abs(diff) / base.before * 100.0
        if base.unit == "%":
            d = a_int - b_int
            points = Interval(min(sign * d.lo, sign * d.hi), max(sign * d.lo, sign * d.hi))
            if not points.disjoint(stated_int):
                return _change_finding(
                    base, change, rel_point, stated, "%",
                    f"{fmt(base.before)}%到{fmt(base.after)}%的变化是{fmt(abs(diff))}个百分点"
                    f"（相对变化{fmt(rel_point)}%），不应写作{fmt(stated)}%",
                    f"{fmt(base.before)}% to {fmt(base.after)}% is a change of {fmt(abs(diff))} "
                    f"percentage points (a relative change of {fmt(rel_point)}%), not {fmt(stated)}%",
                    severity="warning",
                )
        return _change_finding(
            base, change, rel_point, stated, "%",
            f"由{fmt(base.before)}到{fmt(base.after)}的相对变化为{fmt(rel_point)}%",
            f"from {fmt(base.before)} to {fmt(base.after)} is a relative change of {fmt(rel_point)}%",
        )
    return None


def _change_finding(
    base: Claim, change: Claim, expected: float, stated: float, unit: str, arith_zh: str,
    arith_en: str, *, severity: str = "error",
) -> Finding:
    shown = "倍" if change.unit == "倍" else ("%" if change.unit == "%" else unit)
    shown_stated = change.change if change.unit == "倍" else stated
    return Finding(
        rule="change_vs_before_after",
        severity="warning" if severity == "warning" else "error",
        claims=tuple(sorted((base, change), key=lambda c: c.start)) if base is not change else (base,),
        expected=round(expected, 6),
        stated=stated,
        unit=unit,
        explanation_zh=f"{arith_zh}，而文中所述变化为{fmt(shown_stated)}{shown}。",
        explanation_en=f"{arith_en}, but the stated change is {fmt(shown_stated)} {shown}.",
    )


def change_vs_before_after(claims: Sequence[Claim], layout: Layout) -> list[Finding]:
    """A stated change against the from→to values it describes.

    ``由2800元增加到8000元，增收5200元`` is consistent; ``增收5800元`` is not. A change
    in 百分点 is compared with the difference of two rates, a change in % (翻一番 = 100 %,
    增长N倍 = N×100 %) with the relative change; % written where points are meant is a
    warning. The change must be in the from→to claim's sentence, with no other from→to
    claim between them, and must not name a different metric.
    """
    findings: list[Finding] = []
    ordered = sorted(claims, key=lambda c: c.start)
    bases = [c for c in ordered if c.before is not None and c.after is not None]
    for c in bases:
        if c.change is not None:  # one claim carrying all three values
            f = _pair_change(c, c)
            if f is not None:
                findings.append(f)
    for change in ordered:
        if change.change is None or change.before is not None or change.after is not None:
            continue
        candidates = [
            b for b in bases
            if b.change is None
            and layout.same_sentence(b, change)
            and metrics_related(change.metric, b.metric)
            and places_compatible(change.place, b.place)
        ]
        if not candidates:
            continue
        base = min(candidates, key=lambda b: abs(b.start - change.start))
        lo, hi = sorted((base.start, change.start))
        if any(b is not base and lo < b.start < hi for b in bases):
            continue
        f = _pair_change(base, change)
        if f is not None:
            findings.append(f)
    return findings


# ---------------------------------------------------------------- direction


def direction(claims: Sequence[Claim], layout: Layout) -> list[Finding]:
    """A change verb that contradicts the numbers (``从25%降至30%``).

    Checks from→to claims, and ``降低为21.27%`` statements against the same metric's
    previous plain value in the document (same unit and place).
    """
    findings: list[Finding] = []
    ordered = sorted(claims, key=lambda c: c.start)
    for idx, c in enumerate(ordered):
        if c.direction is None or c.after is None:
            continue
        prior: Claim | None = None
        before_value: float | None = c.before
        if before_value is None and c.change is None and c.metric:
            for p in reversed(ordered[:idx]):
                if (
                    _plain(p)
                    and p.metric == c.metric
                    and p.unit == c.unit
                    and places_compatible(p.place, c.place)
                    and p.approx == "exact"
                    and layout.near(p, c, _NEAR_SENTENCES)
                    and not _later_year(p.time, c.time)
                ):
                    prior, before_value = p, p.after
                    break
        if before_value is None:
            continue
        b_int = interval_of(prior or c, before_value)
        a_int = interval_of(c, c.after)
        if b_int.lo == b_int.hi == a_int.lo == a_int.hi:
            continue  # before == after: impossible_value's business
        wrong = (c.direction == "up" and a_int.hi < b_int.lo) or (
            c.direction == "down" and a_int.lo > b_int.hi
        )
        if not wrong:
            continue
        verb_zh = "上升" if c.direction == "up" else "下降"
        verb_en = "a rise" if c.direction == "up" else "a fall"
        unit = c.unit or ""
        involved = (prior, c) if prior is not None else (c,)
        findings.append(
            Finding(
                rule="direction",
                severity="error",
                claims=involved,
                expected=before_value,
                stated=c.after,
                unit=c.unit,
                explanation_zh=(
                    f"文中称{verb_zh}，但数值由{fmt(before_value)}{unit}变为{fmt(c.after)}{unit}。"
                ),
                explanation_en=(
                    f"The text states {verb_en}, but the value goes from "
                    f"{fmt(before_value)} {unit} to {fmt(c.after)} {unit}."
                ),
            )
        )
    return findings


# ---------------------------------------------------------------- impossible values


def _percent_marks(text: str) -> int:
    return text.count("%") + text.count("％") + text.count("百分之")


def impossible_value(claims: Sequence[Claim], layout: Layout) -> list[Finding]:
    """Values that cannot be: a share over 100 %, a negative count, a change to the same value.

    A share is a metric such as 发生率/覆盖率/占比 (not 增长率/完成率, which may exceed
    100 %). A from→to claim whose two values are equal but carries a change verb says
    something changed that did not.
    """
    findings: list[Finding] = []
    for c in claims:
        metric = c.metric or ""
        unit = c.unit or ""
        values = [(name, v) for name, v in (("before", c.before), ("after", c.after)) if v is not None]
        if (
            c.unit == "%"
            and c.change is None
            and any(w in metric for w in SHARE_WORDS)
            and not any(w in metric for w in EXCEEDABLE_RATE_WORDS)
            and (len(values) < 2 or _percent_marks(c.text) >= 2)
        ):
            for _, v in values:
                if v > 100.0 and interval_of(c, v).lo > 100.0:
                    findings.append(_impossible(c, 100.0, v, "%",
                        f"{metric}是占比，不可能超过100%，文中为{fmt(v)}%。",
                        f"{metric} is a share and cannot exceed 100%, but {fmt(v)}% is stated."))
                    break
        if c.unit in COUNT_UNITS:
            for neg in (c.before, c.after, c.change, c.upper):
                if neg is not None and neg < 0:
                    findings.append(_impossible(c, 0.0, neg, unit,
                        f"{metric or '数量'}不可能为负数，文中为{fmt(neg)}{unit}。",
                        f"{metric or 'A count'} cannot be negative, but {fmt(neg)} {unit} is stated."))
                    break
        if (
            c.before is not None
            and c.after is not None
            and c.direction is not None
            and c.before == c.after
        ):
            verb_zh = "上升" if c.direction == "up" else "下降"
            verb_en = "rose" if c.direction == "up" else "fell"
            findings.append(_impossible(c, None, c.after, unit,
                f"文中称{verb_zh}，但前后数值同为{fmt(c.after)}{unit}。",
                f"The text says the value {verb_en}, but it is {fmt(c.after)} {unit} before and after."))
    return findings


def _impossible(c: Claim, expected: float | None, stated: float, unit: str, zh: str, en: str) -> Finding:
    return Finding(
        rule="impossible_value",
        severity="error",
        claims=(c,),
        expected=expected,
        stated=stated,
        unit=unit or None,
        explanation_zh=zh,
        explanation_en=en,
    )


#: The rules that look at one document, in the order they run.
DOCUMENT_RULES: tuple[Rule, ...] = (
    rate_vs_counts,
    stock_flow,
    parts_vs_total,
    change_vs_before_after,
    direction,
    impossible_value,
)


