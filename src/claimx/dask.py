"""Claim extraction on Dask, for corpora that outgrow one machine (``pip install 'claimx[dask]'``).

- :func:`extract_bag` maps a ``dask.bag`` of ``(doc_id, text)`` pairs to a bag of claim
  records (dicts with ``doc`` and every :class:`~claimx.models.Claim` field);
- :func:`extract_dataframe` maps a text column of a Dask DataFrame to a Dask DataFrame of
  claims, one row per claim, with a declared ``meta`` (columns ``doc`` then the Claim
  fields; floats ``float64``, offsets ``int64``, text columns ``object``).

Each partition runs the extractor in the worker that holds it; results follow partition
order, and within a partition the input order. A missing text (``None``/NaN) has no claims.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from typing import Any

from claimx.errors import MissingExtraError
from claimx.io import OUTPUT_COLUMNS, claim_row
from claimx.models import Claim

__all__ = ["claims_meta", "extract_bag", "extract_dataframe"]

_FLOAT_FIELDS = ("before", "after", "change", "upper")
_INT_FIELDS = ("start", "end")


def _require(package: str) -> Any:
    import importlib

    try:
        return importlib.import_module(package)
    except ImportError as exc:
        raise MissingExtraError(package.split(".")[0], "dask") from exc


def _extractor(extractor: Any) -> Any:
    if extractor is not None:
        return extractor
    from claimx import extract_claims

    return extract_claims


def _is_missing(text: Any) -> bool:
    """None, NaN, ``pd.NA``: a missing text (it has no claims)."""
    if text is None:
        return True
    if isinstance(text, str):
        return False
    pd = sys.modules.get("pandas")
    if pd is not None and pd.api.types.is_scalar(text):
        return bool(pd.isna(text))
    return isinstance(text, float) and text != text


def _records(pairs: Iterable[tuple[Any, Any]], extractor: Any) -> list[dict[str, Any]]:
    fn = _extractor(extractor)
    out: list[dict[str, Any]] = []
    for doc_id, text in pairs:
        if _is_missing(text):
            continue
        if not isinstance(text, str):
            raise TypeError(f"document {doc_id!r}: text is {type(text).__name__}, not str")
        claims: Sequence[Claim] = fn(text)
        doc = str(doc_id)
        out.extend(dict(zip(OUTPUT_COLUMNS, (doc, *claim_row(c)), strict=True)) for c in claims)
    return out


def extract_bag(bag: Any, *, extractor: Any = None) -> Any:
    """Extract claims from a ``dask.bag.Bag`` of ``(doc_id, text)`` pairs.

    Returns a bag of dicts, one per claim: ``{"doc": doc_id, <every Claim field>}``.
    ``extractor`` (default :func:`claimx.extract_claims`) must be picklable when the bag runs
    on a distributed cluster.
    """
    _require("dask.bag")
    return bag.map_partitions(_records, extractor)


def claims_meta() -> Any:
    """The empty pandas DataFrame that describes :func:`extract_dataframe`'s output."""
    return _frame([])


def _frame(records: list[dict[str, Any]]) -> Any:
    pd = _require("pandas")
    columns: dict[str, Any] = {}
    for name in OUTPUT_COLUMNS:
        values = [r[name] for r in records]
        if name in _FLOAT_FIELDS:
            columns[name] = pd.Series(values, dtype="float64")
        elif name in _INT_FIELDS:
            columns[name] = pd.Series(values, dtype="int64")
        else:
            columns[name] = pd.Series(values, dtype="object")
    return pd.DataFrame(columns, columns=list(OUTPUT_COLUMNS))


def _partition(df: Any, text_column: str, id_column: str | None, extractor: Any) -> Any:
    ids = df.index if id_column is None else df[id_column]
    return _frame(_records(zip(ids, df[text_column], strict=True), extractor))


def extract_dataframe(
    ddf: Any, text_column: str, id_column: str | None = None, *, extractor: Any = None
) -> Any:
    """Extract claims from the ``text_column`` of a ``dask.dataframe.DataFrame``.

    Returns a Dask DataFrame with one row per claim: ``doc`` (the ``id_column`` value, or the
    row's index label if ``id_column`` is None, as a string) then every Claim field. Missing
    values are ``None``/NaN. The index of the result is a fresh range per partition.
    """
    _require("dask.dataframe")
    for column in (text_column, id_column):
        if column is not None and column not in ddf.columns:
            raise KeyError(f"column {column!r} is not in the DataFrame (has {list(ddf.columns)})")
    return ddf.map_partitions(_partition, text_column, id_column, extractor, meta=claims_meta())
