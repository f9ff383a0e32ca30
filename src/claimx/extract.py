"""The pipeline: normalise → scan → compose → context → resolve.

>>> [(c.metric, c.before, c.after, c.unit, c.direction)
...  for c in extract_claims("贫困发生率从25.59%降至0.85%")]
[('贫困发生率', 25.59, 0.85, '%', 'down')]
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from pydantic import BaseModel

from claimx import _build
from claimx.compose import Draft, compose, lead_approx
from claimx.context import Context
from claimx.models import Claim, Quantity
from claimx.normalize import normalize
from claimx.scan import scan

_build.warn_if_stale()

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
_M = TypeVar("_M", bound=BaseModel)


@functools.lru_cache(maxsize=2)
def _fields_if_plain(model: type[BaseModel]) -> frozenset[str] | None:
    """The field names of ``model`` if an instance is nothing but its ``__dict__``, fields
    set, no extra and no private state, so that :func:`_builder` makes exactly what
    ``model_construct`` would; else None."""
    if (model.__pydantic_post_init__ or model.__private_attributes__
            or model.__pydantic_root_model__ or model.model_config.get("extra") == "allow"
            or any(f.alias is not None or f.validation_alias is not None
                   for f in model.__pydantic_fields__.values())):
        return None
    return frozenset(model.__pydantic_fields__)


_Setter = Callable[[object, object], None]


def _setter(model: type[BaseModel], name: str) -> _Setter:
    """``object.__setattr__(obj, name, value)`` for an instance of ``model``, as a call of
    the descriptor it finds in the class (a slot or ``__dict__``), without the lookup."""
    descriptor = next((vars(k)[name] for k in model.__mro__ if name in vars(k)), None)
    setter: _Setter | None = getattr(descriptor, "__set__", None)
    if setter is None:
        return lambda obj, value: _setattr(obj, name, value)
    return setter


@functools.lru_cache(maxsize=2)
def _setters(model: type[BaseModel]) -> tuple[_Setter, _Setter, _Setter, _Setter]:
    """The setters of the instance state ``model_construct`` sets, in the order
    ``__dict__``, fields set, extra, private (what ``object.__setattr__`` would look up)."""
    dict_, fields, extra, private = (
        _setter(model, name)
        for name in ("__dict__", "__pydantic_fields_set__", "__pydantic_extra__", "__pydantic_private__"))
    return dict_, fields, extra, private


def _builder(model: type[_M]) -> Callable[[dict[str, Any]], _M]:
    """A function making ``model.model_construct(**values)`` for a dict holding every
    field in declaration order, without its per-field alias and default lookups (~4x
    cheaper)."""
    fields = _fields_if_plain(model)
    if fields is None:
        return lambda values: model.model_construct(**values)
    new = model.__new__
    set_dict, set_fields, set_extra, set_private = _setters(model)

    def build(values: dict[str, Any]) -> _M:
        c = new(model)
        set_dict(c, values)
        set_fields(c, set(fields))
        set_extra(c, None)
        set_private(c, None)
        return c

    return build


def find_quantities(text: str) -> list[Quantity]:
    """Every number with its unit, value, qualifier and range — the layer below claims.

    Each number of the text comes back as a quantity of its own, with its own span: the
    two values of a from→to are two quantities (the from-value takes the unit of the
    to-value when it has none written). A range is one number with an ``upper``.

    ```pycon
    >>> [(q.value, q.unit, q.approx) for q in find_quantities("约3.5万元,10余户")]
    [(35000.0, '元', 'about'), (10.0, '户', 'over')]
    >>> [(q.value, q.unit, q.text) for q in find_quantities("发生率从25.59%降至0.85%")]
    [(25.59, '%', '25.59%'), (0.85, '%', '0.85%')]
    >>> [(q.value, q.upper, q.unit) for q in find_quantities("补助3至5万元")]
    [(30000.0, 50000.0, '元')]

    ```
    """
    text = _check(text, "find_quantities")
    if _DIGITS.isdisjoint(text):
        return []
    norm = normalize(text)
    to_span, original = norm.offsets.span, norm.original
    mapped = bool(norm.offsets.segments)  # else the offsets map is the identity
    build = _builder(Quantity)
    out: list[Quantity] = []

    def add(value: float, upper: float | None, unit: str | None, approx: str, start: int, end: int) -> None:
        s, e = to_span(start, end) if mapped else (start, end)
        # every field in declaration order, typed as validation would make it (a float
        # field turns an int into a float), so no validation is needed
        out.append(build({"value": float(value), "upper": None if upper is None else float(upper),
                          "unit": unit, "approx": approx, "start": s, "end": e, "text": original[s:e]}))

    for d in compose(norm.text, scan(norm.text)):
        value = d.after if d.after is not None else d.change if d.change is not None else d.before
        if value is None:
            continue
        if d.rule == "from_to" and d.before is not None and len(d.tokens) == 2:
            a, b = d.tokens  # the from-value first, on its own span; then the to-value
            add(d.before, None, d.unit, lead_approx(norm.text, a), a.start, a.end)
            add(value, d.upper, d.unit, d.approx, b.start, b.end)
        else:
            add(value, d.upper, d.unit, d.approx, d.start, d.end)
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
    attach = Context(norm.text).attach
    to_span, original = norm.offsets.span, norm.original
    mapped = bool(norm.offsets.segments)  # else the offsets map is the identity
    build = _builder(Claim)
    claims: list[Claim] = []
    prev: Draft | None = None
    prev_metric: str | None = None
    for d in drafts:
        metric, place, time = attach(d, prev, prev_metric)
        s, e = to_span(d.start, d.end) if mapped else (d.start, d.end)
        claims.append(
            build({  # every field is built and typed here, in declaration order: no re-validation
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
                "text": original[s:e],
                "start": s,
                "end": e,
                "rule": d.rule,
            })
        )
        prev, prev_metric = d, metric
    return claims
