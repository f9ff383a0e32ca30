"""Shared helpers for the checker tests: seed/gold locations and gold-built claims."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from claimx.models import Claim

HERE = Path(__file__).parent
SHARED = HERE.parent.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "gold"
CHECK_GOLD = GOLD / "checks" / "seeds.jsonl"


def nth_find(text: str, quote: str, nth: int = 0) -> int:
    """Offset of the ``nth`` occurrence of ``quote`` in ``text`` (-1 when absent)."""
    pos = -1
    for _ in range(nth + 1):
        pos = text.find(quote, pos + 1)
        if pos < 0:
            return -1
    return pos


def load_check_cases() -> list[dict[str, Any]]:
    """The check gold cases, one dict per line."""
    return [json.loads(line) for line in CHECK_GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def read_seed(name: str) -> str:
    """The text of a seed document."""
    return (SEEDS / name).read_text(encoding="utf-8")


def gold_claims(doc: str) -> list[Claim]:
    """Claims of ``doc`` built from the claim gold: each quote's span with the gold values."""
    text = read_seed(doc)
    claims: list[Claim] = []
    for path in sorted(GOLD.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            g = json.loads(line)
            if g["doc"] != doc:
                continue
            start = nth_find(text, g["quote"], g.get("nth", 0))
            if start < 0:
                raise AssertionError(f"gold quote {g['quote']!r} not found in {doc}")
            end = start + len(g["quote"])
            claims.append(
                Claim(
                    metric=g["metric"], before=g["before"], after=g["after"], change=g["change"],
                    upper=g["upper"], unit=g["unit"], approx=g["approx"],
                    direction=g["direction"], place=g["place"], time=g["time"],
                    text=text[start:end], start=start, end=end,
                )
            )
    claims.sort(key=lambda c: c.start)
    return claims


def quote_spans(text: str, quotes: list[str]) -> list[tuple[int, int]]:
    """``[start, end)`` of each quote (first occurrence) in ``text``."""
    spans = []
    for q in quotes:
        start = text.find(q)
        if start < 0:
            raise AssertionError(f"quote {q!r} not found")
        spans.append((start, start + len(q)))
    return spans


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Half-open spans overlap."""
    return a[0] < b[1] and b[0] < a[1]
