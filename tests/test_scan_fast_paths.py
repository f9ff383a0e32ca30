"""The scanner's shortcuts in ``claimx.scan`` and ``claimx.patterns`` against what they
stand for."""

from __future__ import annotations

from claimx import scan
from claimx.patterns import quantity


def test_groups_in_pattern_order() -> None:
    # scan() unpacks m.groups() by position
    assert tuple(quantity().groupindex) == scan._GROUPS
    assert quantity().groupindex["unit"] == scan._UNIT
