"""Typed result models: :class:`Claim` and :class:`Quantity`.

Both are frozen pydantic models. Offsets are half-open ``[start, end)`` indices into the
caller's ORIGINAL string, so ``text == original[start:end]`` always holds.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Approx = Literal["exact", "about", "over", "under"]
Direction = Literal["up", "down"]

__all__ = ["Approx", "Claim", "Direction", "Quantity"]


class Quantity(BaseModel):
    """One number with its unit, as found in the text (the layer below a claim).

    >>> Quantity(value=50000.0, unit="元", start=0, end=3, text="5万元")
    Quantity(value=50000.0, upper=None, unit='元', approx='exact', start=0, end=3, text='5万元')
    """

    model_config = ConfigDict(frozen=True, defer_build=True)

    value: float = Field(description="The value with multipliers (万, 亿, 成 …) applied.")
    upper: float | None = Field(default=None, description="Top of a stated range, if any.")
    unit: str | None = Field(default=None, description="Canonical unit (claims-spec §3).")
    approx: Approx = Field(default="exact", description="Qualifier: exact/about/over/under.")
    start: int = Field(ge=0, description="Start offset into the original text.")
    end: int = Field(ge=0, description="End offset (exclusive) into the original text.")
    text: str = Field(description="original[start:end].")


class Claim(BaseModel):
    """One numeric claim: what is measured, its value(s), unit, qualifier, change,
    place and time, and where it stands in the original text.

    >>> c = Claim(metric="贫困发生率", before=25.59, after=0.85, unit="%",
    ...           direction="down", start=0, end=13, text="贫困发生率从25.59%降至0.85%")
    >>> c.headline
    0.85
    """

    model_config = ConfigDict(frozen=True, defer_build=True)

    metric: str | None = Field(default=None, description="What is measured (simplified).")
    before: float | None = Field(default=None, description="Earlier value of a from→to claim.")
    after: float | None = Field(default=None, description="The stated (or later) value.")
    change: float | None = Field(default=None, description="A stated difference, positive.")
    upper: float | None = Field(default=None, description="Top of a stated range.")
    unit: str | None = Field(default=None, description="Canonical unit (claims-spec §3).")
    approx: Approx = Field(default="exact", description="Qualifier: exact/about/over/under.")
    direction: Direction | None = Field(default=None, description="up/down for changes.")
    place: str | None = Field(default=None, description="Where the claim holds.")
    time: str | None = Field(default=None, description="When it holds, as written.")
    text: str = Field(description="original[start:end].")
    start: int = Field(ge=0, description="Start offset into the original text.")
    end: int = Field(ge=0, description="End offset (exclusive) into the original text.")
    rule: str | None = Field(default=None, description="Name of the rule that made it.")

    @property
    def headline(self) -> float | None:
        """The value a reader quotes: ``after``, else ``change``, else ``before``."""
        for v in (self.after, self.change, self.before):
            if v is not None:
                return v
        return None
