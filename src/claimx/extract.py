"""The pipeline: normalise → scan → compose → context → resolve.

>>> [(c.metric, c.before, c.after, c.unit, c.direction)
...  for c in extract_claims("贫困发生率从25.59%降至0.85%")]
[('贫困发生率', 25.59, 0.85, '%', 'down')]
"""

from __future__ import annotations

import functools
from typing import Any

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


_setattr = object.__setattr__


@functools.lru_cache(maxsize=1)
def _plain_claim() -> bool:
    """Whether a :class:`Claim` is nothing but its ``__dict__``, fields set, no extra and no
    private state, so that :func:`_claim` builds exactly what ``model_construct`` would."""
    return (not Claim.__pydantic_post_init__ and not Claim.__private_attributes__
            and not Claim.__pydantic_root_model__ and Claim.model_config.get("extra") != "allow"
            and all(f.alias is None and f.validation_alias is None
                    for f in Claim.__pydantic_fields__.values()))


def _claim(values: dict[str, Any]) -> Claim:
    """``Claim.model_construct(**values)`` for a dict holding every field in declaration
    order, without its per-field alias and default lookups (~4x cheaper)."""
    if not _plain_claim():
        return Claim.model_construct(**values)
    c = Claim.__new__(Claim)
    _setattr(c, "__dict__", values)
    _setattr(c, "__pydantic_fields_set__", set(values))
    _setattr(c, "__pydantic_extra__", None)
    _setattr(c, "__pydantic_private__", None)
    return c


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
            _claim({  # every field is built and typed here, in declaration order: no re-validation
                "metric": metric,
                "before": d.before,
                "after": d.after,
                "change": d.change,
                "upper": d.upper,
                "unit": d.unit,
                "approx": d.approx,
                "direction": d.direction,
                "place": place,
                "time": time,
                "text": surface,
                "start": s,
                "end": e,
                "rule": d.rule,
            })
        )
        prev, prev_metric = d, metric
    return claims
