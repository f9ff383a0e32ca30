"""Table-driven tests over the example corpus in ``tests/corpus/``.

* ``positive.jsonl``, ``spec_blind.jsonl`` and ``spec_blind2.jsonl``: sentences with the
  COMPLETE list of claims they must yield, matched one-to-one in order of position by
  headline value (``after``, else ``change``, else ``before``; relative tolerance 1e-6)
  and unit; every field an expected claim lists must
  then agree (numbers within 1e-6; metric by character F1 >= 0.5; place and time equal
  or one containing the other, as the referee scores them).
* ``negative.txt``: lines that must yield no claim at all.
* ``surfaces.toml``: one value written many ways; each surface alone gives that value.
* ``xfail.jsonl``: the ledger of known failures. Each entry names a positive id, a
  negative as ``neg:<line>`` or a surface as ``surface:<text>``; it runs as a strict xfail,
  so a fix makes the suite fail until the entry is removed from the ledger.
"""

from __future__ import annotations

import collections
import json
import math
import sys
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

CORPUS = Path(__file__).parent / "corpus"
NUMBER_FIELDS = ("after", "before", "change", "upper")
EXACT_FIELDS = ("approx", "direction")
TEXT_FIELDS = ("metric", "place", "time")
KNOWN_FIELDS = frozenset((*NUMBER_FIELDS, *EXACT_FIELDS, *TEXT_FIELDS, "unit"))
REL_TOL = 1e-6


# ---------------------------------------------------------------- corpus loading


#: The files of positive cases: ours, and two suites written blind from the spec alone by
#: people who had not seen claimx's output (``spec_blind.md`` and ``spec_blind2.md`` tell
#: how), as other projects' test suites would be. An empty ``claims`` list means "no claim
#: at all".
POSITIVE_FILES = ("positive.jsonl", "spec_blind.jsonl", "spec_blind2.jsonl")


def load_positive() -> list[dict[str, Any]]:
    """The positive cases, one dict per line of the :data:`POSITIVE_FILES`."""
    cases = []
    for name in POSITIVE_FILES:
        with open(CORPUS / name, encoding="utf-8") as f:
            cases.extend(json.loads(line) for line in f if line.strip())
    return cases


def load_negative() -> list[str]:
    """The negative lines (comments and blank lines dropped)."""
    with open(CORPUS / "negative.txt", encoding="utf-8") as f:
        lines = (line.rstrip("\n") for line in f)
        return [line for line in lines if line.strip() and not line.startswith("#")]


def load_surfaces() -> list[tuple[str, float, str | None]]:
    """``(surface, value, unit)`` for every surface of every group in ``surfaces.toml``."""
    with open(CORPUS / "surfaces.toml", "rb") as f:
        groups = tomllib.load(f)["value"]
    return [(s, float(g["value"]), g.get("unit")) for g in groups for s in g["surfaces"]]


def load_xfail() -> dict[str, str]:
    """Ledger key (positive id, ``neg:<line>``, ``surface:<text>``) -> reason."""
    ledger: dict[str, str] = {}
    with open(CORPUS / "xfail.jsonl", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                entry = json.loads(line)
                ledger[entry["id"]] = entry["reason"]
    return ledger


POSITIVE = load_positive()
NEGATIVE = load_negative()
SURFACES = load_surfaces()
XFAIL = load_xfail()


def _params(keys_and_values: list[tuple[str, Any]]) -> list[Any]:
    out = []
    for key, value in keys_and_values:
        marks = []
        if key in XFAIL:
            marks = [pytest.mark.xfail(reason=XFAIL[key], strict=True)]
        out.append(pytest.param(value, id=key, marks=marks))
    return out


# ---------------------------------------------------------------- comparison helpers


@lru_cache(maxsize=1)
def _t2s() -> Callable[[str], str]:
    from opencc import OpenCC

    convert: Callable[[str], str] = OpenCC("t2s").convert
    return convert


def norm(s: str | None) -> str | None:
    """NFKC, traditional -> simplified, stripped; blank -> None (as the referee does)."""
    if s is None:
        return None
    return _t2s()(unicodedata.normalize("NFKC", s)).strip() or None


def same_value(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=REL_TOL)


def headline(d: dict[str, Any]) -> float | None:
    for key in ("after", "change", "before"):
        if d.get(key) is not None:
            return float(d[key])
    return None


def char_f1(a: str, b: str) -> float:
    common = sum((collections.Counter(a) & collections.Counter(b)).values())
    return 2 * common / (len(a) + len(b)) if common else 0.0


def field_ok(name: str, want: Any, got: Any) -> bool:
    """Does the extracted ``got`` satisfy the expected ``want`` for field ``name``?"""
    if name in NUMBER_FIELDS:
        return same_value(None if want is None else float(want), got)
    if name in EXACT_FIELDS:
        return bool(want == got)
    w, g = norm(want), norm(got)
    if w is None or g is None:
        return w == g
    if name == "unit":
        return w == g
    if name == "metric":
        return char_f1(w, g) >= 0.5
    return w == g or (min(len(w), len(g)) >= 2 and (w in g or g in w))


def describe(claims: list[Any]) -> str:
    return (
        "; ".join(
            f"{c.text!r}[{c.start}:{c.end}] {c.headline} {c.unit} "
            f"(after={c.after} before={c.before} change={c.change} upper={c.upper} "
            f"approx={c.approx} direction={c.direction} metric={c.metric!r} "
            f"place={c.place!r} time={c.time!r})"
            for c in claims
        )
        or "nothing"
    )


def assert_offsets(text: str, claims: list[Any]) -> None:
    for c in claims:
        assert 0 <= c.start < c.end <= len(text), f"bad span [{c.start}:{c.end}] in {text!r}"
        assert c.text == text[c.start : c.end], (
            f"offset error: claim text {c.text!r} != input[{c.start}:{c.end}] "
            f"{text[c.start : c.end]!r}"
        )


# ---------------------------------------------------------------- the corpus itself


def test_corpus_is_well_formed() -> None:
    """Ids unique; each expected claim has a unit key, a headline value, only known fields."""
    ids = [case["id"] for case in POSITIVE]
    assert len(ids) == len(set(ids)), "duplicate positive ids"
    for case in POSITIVE:
        # (the blind suites list their "no claim" sentences among the others, with [])
        assert case["claims"] or case["id"].startswith(("spec-", "sb2-")), \
            f"{case['id']}: a positive case needs at least one claim"
        for claim in case["claims"]:
            assert "unit" in claim, f"{case['id']}: every expected claim states its unit"
            assert headline(claim) is not None, f"{case['id']}: no headline value"
            assert set(claim) <= KNOWN_FIELDS, f"{case['id']}: unknown fields {set(claim)}"
            assert claim.get("approx", "exact") in ("exact", "about", "over", "under")
            assert claim.get("direction") in ("up", "down", None)
    assert len(POSITIVE) >= 260 and len(NEGATIVE) >= 130 and len(SURFACES) >= 25


def test_xfail_ledger_names_existing_cases() -> None:
    """A ledger entry for a case that no longer exists is stale and must be removed."""
    known = {case["id"] for case in POSITIVE}
    known |= {f"neg:{line}" for line in NEGATIVE}
    known |= {f"surface:{s}" for s, _, _ in SURFACES}
    stale = sorted(set(XFAIL) - known)
    assert not stale, f"xfail.jsonl names unknown cases: {stale}"


# ---------------------------------------------------------------- extractor tests


@pytest.fixture(scope="module")
def extract() -> Callable[[str], list[Any]]:
    """``claimx.extract_claims``, or a clean skip while the extractor is not there yet."""
    import claimx

    try:
        fn: Callable[[str], list[Any]] = claimx.extract_claims
    except (AttributeError, ImportError) as e:
        pytest.skip(f"claimx.extract_claims is not available yet: {e}")
    return fn


@pytest.mark.parametrize("case", _params([(c["id"], c) for c in POSITIVE]))
def test_positive(case: dict[str, Any], extract: Callable[[str], list[Any]]) -> None:
    text: str = case["text"]
    claims = extract(text)
    assert_offsets(text, claims)
    want = case["claims"]
    got_keys = [(c.headline, norm(c.unit)) for c in claims]
    want_keys = [(headline(w), norm(w["unit"])) for w in want]
    keys_match = len(claims) == len(want) and all(
        same_value(wv, gv) and wu == gu
        for (wv, wu), (gv, gu) in zip(want_keys, got_keys, strict=True)
    )
    assert keys_match, f"{text!r}: want {want_keys}, got {describe(claims)}"
    wrong = [
        f"claim {i} {name}: want {w[name]!r}, got {getattr(c, name)!r}"
        for i, (w, c) in enumerate(zip(want, claims, strict=True))
        for name in w
        if not field_ok(name, w[name], getattr(c, name))
    ]
    assert not wrong, f"{text!r}: " + "; ".join(wrong) + f" | got {describe(claims)}"


@pytest.mark.parametrize("line", _params([(f"neg:{line}", line) for line in NEGATIVE]))
def test_negative(line: str, extract: Callable[[str], list[Any]]) -> None:
    claims = extract(line)
    assert claims == [], f"{line!r} must yield no claim, got {describe(claims)}"


@pytest.mark.parametrize("surface", _params([(f"surface:{s}", (s, v, u)) for s, v, u in SURFACES]))
def test_surface(
    surface: tuple[str, float, str | None], extract: Callable[[str], list[Any]]
) -> None:
    text, value, unit = surface
    claims = extract(text)
    assert_offsets(text, claims)
    assert len(claims) == 1, f"{text!r}: want one claim {value} {unit}, got {describe(claims)}"
    (c,) = claims
    assert same_value(value, c.headline) and norm(unit) == norm(c.unit), (
        f"{text!r}: want {value} {unit}, got {describe(claims)}"
    )
