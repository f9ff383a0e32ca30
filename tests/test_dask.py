"""The Dask adapter (:mod:`claimx.dask`) on a 2-worker ``LocalCluster`` (separate processes),
compared with plain :func:`claimx.extract_claims` on the same documents."""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

import pytest

pytest.importorskip("dask.dataframe")
pytest.importorskip("distributed")

import dask.bag as db
import dask.dataframe as dd
import pandas as pd
from distributed import Client, LocalCluster

from claimx import extract_claims
from claimx.dask import claims_meta, extract_bag, extract_dataframe
from claimx.io import OUTPUT_COLUMNS

TEXTS = [
    "2021年，青石镇人均纯收入由3200元增加到9800元，增收6600元。",
    "全村有236户1136人，贫困发生率为35.21%。",
    "没有数字的一句话。",
    "总投资1.2亿元，其中贷款两千三百万元。",
    "粮食产量增长1.5倍，达到约3.5万吨。",
    "新建道路12公里，改造危房48户。",
]
DOCS = [(f"doc{i}", text) for i, text in enumerate(TEXTS)]


def expected() -> list[dict[str, Any]]:
    return [{"doc": d, **c.model_dump()} for d, text in DOCS for c in extract_claims(text)]


def _clean(record: dict[str, Any]) -> dict[str, Any]:
    """NaN/NA (as pandas stores a missing value) back to None."""
    out = {}
    for key, value in record.items():
        if value is pd.NA or (isinstance(value, float) and math.isnan(value)):
            value = None
        out[key] = value
    return out


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with (
        LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
        ) as cluster,
        Client(cluster) as c,
    ):
        yield c


def test_bag_matches_extract_claims(client: Client) -> None:
    bag = db.from_sequence(DOCS, npartitions=3)
    records = extract_bag(bag).compute()
    assert records == expected()
    assert records  # the corpus has claims


def test_dataframe_matches_extract_claims(client: Client) -> None:
    pdf = pd.DataFrame({"id": [d for d, _ in DOCS], "body": [t for _, t in DOCS]})
    ddf = dd.from_pandas(pdf, npartitions=3)
    result = extract_dataframe(ddf, "body", "id")
    assert list(result.columns) == list(OUTPUT_COLUMNS)
    frame = result.compute()
    assert str(frame["after"].dtype) == "float64" and str(frame["start"].dtype) == "int64"
    assert [_clean(r) for r in frame.to_dict("records")] == expected()


def test_dataframe_index_is_the_default_id_and_missing_text_is_skipped(client: Client) -> None:
    pdf = pd.DataFrame({"body": [TEXTS[1], None, TEXTS[3]]}, index=[10, 11, 12])
    frame = extract_dataframe(dd.from_pandas(pdf, npartitions=2), "body").compute()
    assert sorted(set(frame["doc"])) == ["10", "12"]
    assert len(frame) == len(extract_claims(TEXTS[1])) + len(extract_claims(TEXTS[3]))


def test_meta_matches_computed_partitions() -> None:
    meta = claims_meta()
    assert list(meta.columns) == list(OUTPUT_COLUMNS) and len(meta) == 0


def test_unknown_column_is_a_clear_error() -> None:
    ddf = dd.from_pandas(pd.DataFrame({"body": ["1"]}), npartitions=1)
    with pytest.raises(KeyError, match="'text' is not in the DataFrame"):
        extract_dataframe(ddf, "text")


def test_non_text_is_a_type_error() -> None:
    bag = db.from_sequence([("a", 12)], npartitions=1)
    with pytest.raises(TypeError, match="document 'a': text is int"):
        extract_bag(bag).compute(scheduler="sync")
