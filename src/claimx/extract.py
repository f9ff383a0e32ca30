"""The pipeline: normalise → scan → compose → context → resolve.

>>> [(c.metric, c.before, c.after, c.unit, c.direction)
...  for c in extract_claims("贫困发生率从25.59%降至0.85%")]
[('贫困发生率', 25.59, 0.85, '%', 'down')]
"""

from __future__ import annotations

from claimx.compose import Draft, compose
from claimx.context import Context
from claimx.models import Claim, Quantity
from claimx.normalize import NormalizedText, normalize
from claimx.scan import scan

__all__ = ["extract_claims", "find_quantities"]

_DIGITS = frozenset("0123456789０１２３４５６７８９零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟兩貳參陸萬億")


def _check(text: object, fn: str) -> str:
    if not isinstance(text, str):
        raise TypeError(
            f"{fn}() takes a str, not {type(text).__name__}"
            + ("; decode bytes first, e.g. data.decode('utf-8')" if isinstance(text, bytes) else "")
        )
    return text


def _span(norm: NormalizedText, start: int, end: int) -> tuple[int, int, str]:
    s, e = norm.to_original(start, end)
    return s, e, norm.original[s:e]


def find_quantities(text: str) -> list[Quantity]:
    """Every number with its unit, value, qualifier and range — the layer below claims.

    >>> [(q.value, q.unit, q.approx) for q in find_quantities("约3.5万元,10余户")]
    [(35000.0, '元', 'about'), (10.0, '户', 'over')]
    """
    text = _check(text, "find_quantities")
    if _DIGITS.isdisjoint(text):
        return []
    norm = normalize(text)
    out = []
    for d in compose(norm.text, scan(norm.text)):
        value = d.after if d.after is not None else d.change if d.change is not None else d.before
        if value is None:
            continue
        s, e, surface = _span(norm, d.start, d.end)
        out.append(Quantity(value=value, upper=d.upper, unit=d.unit, approx=d.approx,  # type: ignore[arg-type]
                            start=s, end=e, text=surface))
    return out


def extract_claims(text: str) -> list[Claim]:
    """Every numeric claim of ``text``, in order of ``start`` (claims-spec §1).

    Never raises for a ``str``; raises :class:`TypeError` for anything else.
    """
    text = _check(text, "extract_claims")
    if _DIGITS.isdisjoint(text):
        return []
    norm = normalize(text)
    drafts = compose(norm.text, scan(norm.text))
    ctx = Context(norm.text)
    claims: list[Claim] = []
    prev: Draft | None = None
    prev_metric: str | None = None
    for d in drafts:
        metric, place, time = ctx.attach(d, prev, prev_metric)
        s, e, surface = _span(norm, d.start, d.end)
        claims.append(
            Claim.model_construct(  # every field is built and typed here: skip re-validation
                metric=metric,
                before=d.before,
                after=d.after,
                change=d.change,
                upper=d.upper,
                unit=d.unit,
                approx=d.approx,
                direction=d.direction,
                place=place,
                time=time,
                text=surface,
                start=s,
                end=e,
                rule=d.rule,
            )
        )
        prev, prev_metric = d, metric
    return claims
