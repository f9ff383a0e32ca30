"""The check gold (../shared/gold/checks/seeds.jsonl): flag cases found, no_flag cases silent.

Each case runs twice:

- on claims built from the claim GOLD (../shared/gold/*.jsonl): this isolates the rules
  from extraction quality, and must pass outright;
- on ``claimx.extract_claims`` output: cases the current extractor cannot support are
  strict xfails in ``EXTRACTOR_XFAIL`` with the precise reason.

A case is flagged when one finding (of the case's ``kind`` for flag cases, of any rule for
no_flag cases) involves claims overlapping at least two of its quotes, or its only quote.
"""

from __future__ import annotations

from typing import Any

import pytest

from check_support import CHECK_GOLD, gold_claims, load_check_cases, quote_spans, read_seed
from claimx.checks import Finding, check_claims, check_corpus
from claimx.models import Claim

pytestmark = pytest.mark.skipif(
    not CHECK_GOLD.exists(), reason="../shared (seed documents and check gold) is not present"
)

#: case id -> why the CURRENT extractor cannot support it (strict xfail: a fix is noticed).
EXTRACTOR_XFAIL: dict[str, str] = {}


def _cases() -> list[Any]:
    if not CHECK_GOLD.exists():
        return []
    params = []
    for i, case in enumerate(load_check_cases()):
        docs = case["doc"] if isinstance(case["doc"], list) else [case["doc"]]
        case_id = f"{i:02d}-{case['kind']}-{case['expect']}-{docs[0][:3]}"
        params.append(pytest.param(case, id=case_id))
    return params


def _flagged(case: dict[str, Any], findings: list[Finding]) -> list[Finding]:
    """The findings that flag ``case`` (see the module docstring)."""
    quotes: list[str] = case["quotes"]
    if isinstance(case["doc"], list):
        docs = case["doc"]
        spans = [(docs[i], quote_spans(read_seed(docs[i]), [q])[0]) for i, q in enumerate(quotes)]
    else:
        spans = [(case["doc"], s) for s in quote_spans(read_seed(case["doc"]), quotes)]
    need = min(2, len(quotes))
    hits = []
    for f in findings:
        if case["expect"] == "flag" and f.rule != case["kind"]:
            continue
        claim_docs = f.docs or (case["doc"] if isinstance(case["doc"], str) else "",) * len(f.claims)
        covered = sum(
            any(
                d == doc and c.start < end and start < c.end
                for c, d in zip(f.claims, claim_docs, strict=True)
            )
            for doc, (start, end) in spans
        )
        if covered >= need:
            hits.append(f)
    return hits


def _run(case: dict[str, Any], claims_of: Any) -> list[Finding]:
    if isinstance(case["doc"], list):
        return check_corpus({d: claims_of(d) for d in case["doc"]})
    doc = case["doc"]
    return check_claims(claims_of(doc), text=read_seed(doc))


def _assert_case(case: dict[str, Any], findings: list[Finding]) -> None:
    hits = _flagged(case, findings)
    if case["expect"] == "flag":
        assert hits, f"not flagged: {case['explain']}\nfindings: {[f.explanation_en for f in findings]}"
    else:
        assert not hits, f"false alarm: {[f.explanation_en for f in hits]} ({case['explain']})"


@pytest.mark.parametrize("case", _cases())
def test_check_gold_on_gold_claims(case: dict[str, Any]) -> None:
    _assert_case(case, _run(case, gold_claims))


def _extracted(doc: str) -> list[Claim]:
    import claimx

    return list(claimx.extract_claims(read_seed(doc)))


def _extractor_params() -> list[Any]:
    out = []
    for p in _cases():
        case_id = p.id
        marks = []
        if case_id in EXTRACTOR_XFAIL:
            marks.append(pytest.mark.xfail(reason=EXTRACTOR_XFAIL[case_id], strict=True))
        out.append(pytest.param(*p.values, id=case_id, marks=marks))
    return out


@pytest.mark.parametrize("case", _extractor_params())
def test_check_gold_on_extracted_claims(case: dict[str, Any]) -> None:
    try:
        import claimx.extract  # noqa: F401
    except ImportError:
        pytest.skip("claimx.extract (the extractor) is not available yet")
    _assert_case(case, _run(case, _extracted))
