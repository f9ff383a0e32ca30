"""The corpus API: :func:`claimx.extract_corpus` and the ordered, bounded process pool."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

import pytest

import claimx
from claimx.corpus import DocumentError, run_documents
from claimx.io import Document
from claimx.models import Claim


def digit_runs(text: str) -> list[Claim]:
    """Stand-in extractor: one claim per run of ASCII digits."""
    return [
        Claim(text=m.group(), start=m.start(), end=m.end(), after=float(m.group()))
        for m in re.finditer(r"[0-9]+", text)
    ]


def fails_on_seven(text: str) -> list[Claim]:
    if "7" in text:
        raise RuntimeError("boom")
    return digit_runs(text)


def corpus(n: int) -> list[tuple[str, str]]:
    return [
        (f"d{i}", f"第{i}篇，收入{i * 31 % 997}元，增长{i % 9}%。" * (1 + i % 4)) for i in range(n)
    ]


def expected(docs: list[tuple[str, str]]) -> list[tuple[str, Claim]]:
    return [(d, c) for d, text in docs for c in digit_runs(text)]


def test_extract_corpus_is_public_and_lazy() -> None:
    assert "extract_corpus" in claimx.__all__
    assert claimx.extract_corpus is claimx.corpus.extract_corpus


@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_results_in_input_order_whatever_jobs(jobs: int) -> None:
    docs = corpus(700)
    got = list(claimx.extract_corpus(iter(docs), jobs=jobs, extractor=digit_runs))
    assert got == expected(docs)


def test_jobs_none_uses_all_cpus() -> None:
    docs = corpus(50)
    assert list(claimx.extract_corpus(docs, jobs=None, extractor=digit_runs)) == expected(docs)


def test_bad_jobs() -> None:
    with pytest.raises(ValueError, match="jobs must be at least 1"):
        list(claimx.extract_corpus([], jobs=0, extractor=digit_runs))


def test_input_is_consumed_lazily_with_bounded_work_in_flight() -> None:
    pulled = 0

    def endless() -> Iterator[Document]:
        nonlocal pulled
        for i in itertools.count():
            pulled += 1
            yield Document(f"d{i}", f"共{i}个", 8)

    outcomes = run_documents(endless(), jobs=2, extractor=digit_runs, chunk_docs=4)
    first = [next(outcomes) for _ in range(10)]
    outcomes.close()
    assert [o.id for o in first] == [f"d{i}" for i in range(10)]
    # at most 4 chunks per job in flight, plus the chunk being handed out
    assert pulled <= 4 * (2 * 4 + 2)


def test_on_error_raise_names_the_document() -> None:
    docs = [("a", "1"), ("b", "7"), ("c", "2")]
    with pytest.raises(DocumentError, match="document 'b': extractor failed: RuntimeError: boom"):
        list(claimx.extract_corpus(docs, extractor=fails_on_seven))


@pytest.mark.parametrize("jobs", [1, 2])
def test_on_error_skip_goes_on(jobs: int) -> None:
    docs = [("a", "1"), ("b", "7"), ("c", "2"), ("d", None)]
    got = claimx.extract_corpus(docs, jobs, extractor=fails_on_seven, on_error="skip")  # type: ignore[arg-type]
    assert [(d, c.after) for d, c in got] == [("a", 1.0), ("c", 2.0)]


def test_non_str_text_is_a_document_error() -> None:
    with pytest.raises(DocumentError, match="text is int, not str"):
        list(claimx.extract_corpus([("x", 3)], extractor=digit_runs))  # type: ignore[list-item]


def test_bad_on_error() -> None:
    with pytest.raises(ValueError, match="on_error"):
        list(claimx.extract_corpus([], on_error="ignore"))  # type: ignore[arg-type]


@pytest.mark.parametrize("jobs", [1, 2])
def test_default_extractor_matches_extract_claims(jobs: int) -> None:
    texts = [
        "2021年，青石镇人均纯收入由3200元增加到9800元，增收6600元。",
        "全村有236户1136人，贫困发生率为35.21%。",
        "总投资1.2亿元，其中贷款两千三百万元。",
    ]
    docs = [(f"t{i}", t) for i, t in enumerate(texts)]
    want = [(d, c) for d, t in docs for c in claimx.extract_claims(t)]
    assert want
    assert list(claimx.extract_corpus(docs, jobs=jobs)) == want
