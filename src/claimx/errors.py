"""The claimx exception family. Every error a user can hit is a :class:`ClaimxError`."""

from __future__ import annotations

__all__ = ["ClaimxError", "MissingExtraError", "NumberParseError", "UnknownFormatError"]


class ClaimxError(ValueError):
    """Base class of all claimx errors."""


class NumberParseError(ClaimxError):
    """A string given to :func:`claimx.parse_number` is not a numeral.

    >>> raise NumberParseError("abc")
    Traceback (most recent call last):
    ...
    claimx.errors.NumberParseError: abc
    """


class UnknownFormatError(ClaimxError):
    """An input or output format claimx does not know (use jsonl, csv or parquet)."""


class MissingExtraError(ClaimxError, ImportError):
    """An optional dependency is missing; the message names the extra to install."""

    def __init__(self, package: str, extra: str) -> None:
        super().__init__(
            f"{package} is not installed; install it with: pip install 'claimx[{extra}]'"
        )
        self.package = package
        self.extra = extra
