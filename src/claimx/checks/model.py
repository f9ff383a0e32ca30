"""The :class:`Finding` model: one inconsistency between stated numbers."""

from __future__ import annotations

from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

from claimx.models import Claim

__all__ = ["RULES", "Finding", "RuleName", "Severity"]

RuleName = Literal[
    "rate_vs_counts",
    "stock_flow",
    "parts_vs_total",
    "change_vs_before_after",
    "direction",
    "impossible_value",
    "cross_doc",
]
Severity = Literal["error", "warning"]

#: All rule names, in the order the checker runs them (the order of ``RuleName``).
RULES: tuple[RuleName, ...] = get_args(RuleName)


class Finding(BaseModel):
    """One inconsistency: which rule fired, on which claims, and the arithmetic.

    ``claims`` are the claims involved, each with its offsets into its document. For
    findings from :func:`claimx.check_corpus`, ``docs[i]`` is the document id of
    ``claims[i]``; for a single document ``docs`` is empty.

    >>> f = Finding(rule="direction", severity="error", claims=(), expected=None,
    ...             stated=30.0, explanation_zh="…", explanation_en="…")
    >>> f.rule
    'direction'
    """

    model_config = ConfigDict(frozen=True)

    rule: RuleName = Field(description="Name of the rule that fired.")
    severity: Severity = Field(description="error: the numbers contradict each other; "
                               "warning: likely a wording slip (percent vs points).")
    claims: tuple[Claim, ...] = Field(description="The claims involved, with offsets.")
    docs: tuple[str, ...] = Field(default=(), description="Document id of each claim "
                                  "(check_corpus only; empty for one document).")
    expected: float | None = Field(description="The value the other numbers imply.")
    stated: float | None = Field(description="The value the text states.")
    unit: str | None = Field(default=None, description="Unit of expected/stated.")
    explanation_zh: str = Field(description="One sentence in Chinese with the arithmetic.")
    explanation_en: str = Field(description="One sentence in English with the arithmetic.")
