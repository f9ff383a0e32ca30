"""Consistency checks over extracted claims: find the numbers that contradict each other.

```pycon
>>> from claimx.models import Claim
>>> c = Claim(metric="失业率", before=25.0, after=30.0, unit="%", direction="down",
...           text="从25%降至30%", start=0, end=9)
>>> [f.rule for f in check_claims([c])]
['direction']

```

Two entry points:

- :func:`check_claims` — one document, given as its text (claims are extracted first) or
  as its list of claims (pass ``text=`` too, so rules that need signal words such as
  其中/合计 and sentence boundaries can run).
- :func:`check_corpus` — several documents by id: every document's own findings (with
  ``docs`` filled in) plus ``cross_doc`` findings, where the same metric, place and time
  are stated with different values in two documents.

Rules (see :mod:`claimx.checks.rules`): ``rate_vs_counts``, ``stock_flow``,
``parts_vs_total``, ``change_vs_before_after``, ``direction``, ``impossible_value`` and
``cross_doc``. They prefer a missed finding to a false alarm: numbers are compared as
intervals (rounding to the stated precision is never an error) and claims are only
related through explicit evidence.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from claimx.checks.model import RULES, Finding, RuleName, Severity
from claimx.checks.rules import DOCUMENT_RULES
from claimx.checks.util import Layout, fmt, interval_of, places_compatible
from claimx.errors import ClaimxError
from claimx.models import Claim

__all__ = ["RULES", "Finding", "RuleName", "Severity", "check_claims", "check_corpus"]

_ABSOLUTE_TIME = re.compile(r"(?:19|20)\d\d\s*年")


def _claims_and_text(
    claims_or_text: str | Sequence[Claim], text: str | None
) -> tuple[list[Claim], str | None]:
    if isinstance(claims_or_text, str):
        if text is not None and text != claims_or_text:
            raise ClaimxError(
                "check_claims got a text and a different text= argument; pass the document "
                "once (as the first argument) or pass its claims with text=."
            )
        from claimx.extract import extract_claims

        return list(extract_claims(claims_or_text)), claims_or_text
    claims = list(claims_or_text)
    for c in claims:
        if not isinstance(c, Claim):
            raise ClaimxError(
                f"check_claims expects a str or a list of claimx.Claim, got an item of type "
                f"{type(c).__name__}; build claims with claimx.extract_claims(text)."
            )
        if text is not None and text[c.start : c.end] != c.text:
            raise ClaimxError(
                f"claim {c.text!r} at [{c.start}, {c.end}) does not match text= at those "
                f"offsets ({text[c.start : c.end]!r}); pass the text the claims were extracted from."
            )
    return claims, text


def _dedupe(findings: list[Finding]) -> list[Finding]:
    seen: set[tuple[str, tuple[tuple[str, int, int], ...]]] = set()
    out: list[Finding] = []
    for f in findings:
        key = (f.rule, tuple(sorted(zip(f.docs or ("",) * len(f.claims),
                                        (c.start for c in f.claims), (c.end for c in f.claims),
                                        strict=True))))
        if key in seen:
            continue
        seen.add(key)
        out.append(f)
    return out


def check_claims(
    claims_or_text: str | Sequence[Claim], *, text: str | None = None
) -> list[Finding]:
    """Check the claims of ONE document against each other.

    ``claims_or_text`` is the document's text (claims are extracted with
    :func:`claimx.extract_claims`) or its claims. With claims, pass the document as
    ``text=`` as well: ``parts_vs_total`` needs it (signal words), and the other rules use
    it for sentence and paragraph boundaries (without it, claims within 40 characters count
    as one sentence). Findings are ordered by the offset of their first claim.

    Raises :class:`claimx.ClaimxError` when the claims do not belong to ``text``.
    """
    claims, doc_text = _claims_and_text(claims_or_text, text)
    layout = Layout(doc_text)
    findings: list[Finding] = []
    for rule in DOCUMENT_RULES:
        findings.extend(rule(claims, layout))
    findings = _dedupe(findings)
    findings.sort(key=lambda f: (min((c.start for c in f.claims), default=0), RULES.index(f.rule)))
    return findings


def _comparable(c: Claim) -> bool:
    return (
        c.after is not None
        and c.before is None
        and c.change is None
        and c.direction is None
        and bool(c.metric)
        and bool(c.place)
        and bool(c.time and _ABSOLUTE_TIME.search(c.time))
    )


def cross_doc(docs: Mapping[str, Sequence[Claim]]) -> list[Finding]:
    """The same metric, place and time stated with different values in two documents.

    Only plain values are compared (no from→to, no change), with an exact metric name, a
    named place (one containing the other, ``红岩镇广吉村`` = ``广吉村``), an absolute
    time with a year (``2014年底``; relative times such as 今年 cannot be compared across
    documents), the same unit, and values whose stated intervals cannot overlap.
    """
    findings: list[Finding] = []
    items = [(doc, c) for doc, claims in docs.items() for c in claims if _comparable(c)]
    for i, (doc_a, a) in enumerate(items):
        for doc_b, b in items[i + 1 :]:
            if doc_a == doc_b or a.metric != b.metric or a.unit != b.unit:
                continue
            assert a.time is not None and b.time is not None
            if a.time.replace(" ", "") != b.time.replace(" ", ""):
                continue
            if not (a.place and b.place and places_compatible(a.place, b.place)):
                continue
            assert a.after is not None and b.after is not None
            if not interval_of(a, a.after).disjoint(interval_of(b, b.after)):
                continue
            unit = a.unit or ""
            findings.append(
                Finding(
                    rule="cross_doc",
                    severity="error",
                    claims=(a, b),
                    docs=(doc_a, doc_b),
                    expected=a.after,
                    stated=b.after,
                    unit=a.unit,
                    explanation_zh=(
                        f"{a.place}{a.time}的{a.metric}在{doc_a}中为{fmt(a.after)}{unit}，"
                        f"在{doc_b}中却为{fmt(b.after)}{unit}。"
                    ),
                    explanation_en=(
                        f"{a.metric} of {a.place} in {a.time} is {fmt(a.after)} {unit} in "
                        f"{doc_a} but {fmt(b.after)} {unit} in {doc_b}."
                    ),
                )
            )
    return findings


def check_corpus(docs: Mapping[str, str | Sequence[Claim]]) -> list[Finding]:
    """Check several documents: each one on its own, then across documents.

    ``docs`` maps a document id (a file name) to its text or to its claims. Each finding
    carries ``docs``, the id of the document of each of its claims. Documents given as
    claims get every rule except ``parts_vs_total`` (which needs text); call
    :func:`check_claims` with ``text=`` yourself if you have both.
    """
    findings: list[Finding] = []
    claims_by_doc: dict[str, list[Claim]] = {}
    for doc_id, value in docs.items():
        claims, text = _claims_and_text(value, None)
        claims_by_doc[doc_id] = claims
        for f in check_claims(claims, text=text):
            findings.append(f.model_copy(update={"docs": (doc_id,) * len(f.claims)}))
    findings.extend(cross_doc(claims_by_doc))
    return _dedupe(findings)
