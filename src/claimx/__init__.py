"""claimx: typed numeric claims from Chinese news and government reports.

```pycon
>>> from claimx import extract_claims
>>> [c.after for c in extract_claims("全村有236户1136人。")]
[236.0, 1136.0]

```
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from claimx.errors import ClaimxError, MissingExtraError, NumberParseError, UnknownFormatError

__version__ = "0.1.0"

__all__ = [
    "Claim",
    "ClaimxError",
    "Finding",
    "MissingExtraError",
    "NumberParseError",
    "Quantity",
    "UnknownFormatError",
    "__version__",
    "check_claims",
    "check_corpus",
    "extract_claims",
    "extract_corpus",
    "find_quantities",
    "parse_number",
]

if TYPE_CHECKING:
    from claimx.checks import Finding, check_claims, check_corpus
    from claimx.corpus import extract_corpus
    from claimx.extract import extract_claims, find_quantities
    from claimx.models import Claim, Quantity
    from claimx.numbers import parse_number

_LAZY = {
    "Claim": "claimx.models",
    "Quantity": "claimx.models",
    "Finding": "claimx.checks",
    "check_claims": "claimx.checks",
    "check_corpus": "claimx.checks",
    "extract_claims": "claimx.extract",
    "extract_corpus": "claimx.corpus",
    "find_quantities": "claimx.extract",
    "parse_number": "claimx.numbers",
}


def __getattr__(name: str) -> Any:
    """Import models and pipeline on first use, so that ``import claimx`` stays cheap
    (pydantic itself loads only when a model is first needed)."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'claimx' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
