"""Round 14 (pc1): the ``__init__`` written out for the dataclasses of the hot path (mypyc
compiles it; the one dataclasses generates stays interpreted) must be the one dataclasses
would generate: same parameters, order and defaults, every field set, a new list each
time for a default factory."""

from __future__ import annotations

import dataclasses
import inspect
import random
import re
from itertools import accumulate
from operator import add

import pytest

from claimx import normalize
from claimx.compose import Draft
from claimx.scan import Token


def _generated(cls: type) -> type:
    """A plain dataclass with the fields of ``cls`` (its ``__init__`` made by dataclasses)."""
    return dataclasses.make_dataclass(
        f"Plain{cls.__name__}",
        [(f.name, f.type, dataclasses.field(default=f.default, default_factory=f.default_factory))
         for f in dataclasses.fields(cls)])


@pytest.mark.parametrize("cls", [Token, Draft])
def test_init_parameters_are_the_fields(cls: type) -> None:
    params = list(inspect.signature(cls).parameters.values())
    fields = dataclasses.fields(cls)
    assert [p.name for p in params] == [f.name for f in fields]
    for p, f in zip(params, fields, strict=True):
        if f.default is not dataclasses.MISSING:
            assert p.default == f.default
        elif f.default_factory is not dataclasses.MISSING:
            assert p.default is None  # (None: a new value from the factory)
        else:
            assert p.default is inspect.Parameter.empty


def _values(obj: object) -> dict[str, object]:
    return {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}  # type: ignore[arg-type]


@pytest.mark.parametrize(("cls", "args", "kwargs"), [
    (Token, (1, 5, 1, 3, 12.5, "元"), {}),
    (Token, (0, 9, 1, 4, -3.0, None), {"approx": "over", "chinese": True, "raw_unit": "块", "rate": "斤", "mult": "万"}),
    (Token, (0, 9, 1, 4, 3.0, "%", "about", 7.0, False, "%", None, "亿"), {}),
    (Draft, (3, 8, "元"), {}),
    (Draft, (3, 8, None), {"change": 5.0, "direction": "up", "rule": "change", "approx": "over"}),
    (Draft, (0, 2, "%", 1.0, 2.0, 3.0, 4.0, "about", "down", "from_to", []), {}),
])
def test_init_sets_what_the_generated_one_sets(cls: type, args: tuple[object, ...], kwargs: dict[str, object]) -> None:
    plain = _generated(cls)(*args, **kwargs)
    ours = cls(*args, **kwargs)
    assert _values(ours) == _values(plain)
    assert repr(ours).removeprefix(cls.__name__) == repr(plain).removeprefix(f"Plain{cls.__name__}")


def test_draft_tokens_default_is_a_new_list() -> None:
    a, b = Draft(0, 1, None), Draft(0, 1, None)
    assert a.tokens == [] and a.tokens is not b.tokens
    toks = [Token(0, 1, 0, 1, 1.0, None)]
    assert Draft(0, 1, None, tokens=toks).tokens is toks
    assert dataclasses.replace(a, unit="元") == Draft(0, 1, "元")


def _remove_pinyin_plain(s: str, split: re.Pattern[str] | None = None) -> tuple[str, list[tuple[int, int, int, int]]]:
    """The former :func:`claimx.normalize._remove_pinyin`: C-level sums."""
    pieces = (split or normalize._pinyin_split()).split(s)
    if len(pieces) == 1:
        return s, []
    kept = pieces[0::2]
    lengths = list(map(len, kept))
    original_starts = accumulate(map(add, lengths, map(len, pieces[1::2])), initial=0)
    normalised_starts = accumulate(lengths[:-1], initial=0)
    return "".join(kept), list(zip(normalised_starts, lengths, original_starts, lengths, strict=True))


_PINYIN_TEXTS = [
    "", "精準(zhǔn)扶貧", "貧困發(fā)生率為35.21％", "(zhǔn)开头", "结尾精(zhǔn)",
    "精(zhǔn)準(zhǔn)(zhǔn)", "a(zhǔn)b", "发(fā)展(zhǎn)，脱(tuō)贫(pín)。",
]


@pytest.mark.parametrize("text", _PINYIN_TEXTS)
def test_remove_pinyin_is_the_plain_one(text: str) -> None:
    assert normalize._remove_pinyin(text) == _remove_pinyin_plain(text)


def test_remove_pinyin_is_the_plain_one_at_random() -> None:
    rng = random.Random(14)
    parts = ["发", "展", "(fā)", "(zhǎn)", "(ab)", "(", ")", "1", "，", "準", "x", "(pín)"]
    for _ in range(2000):
        text = "".join(rng.choice(parts) for _ in range(rng.randrange(0, 30)))
        assert normalize._remove_pinyin(text) == _remove_pinyin_plain(text)
        if text.isascii() or all("\u0000" <= c < "\uffff" for c in text):
            split = normalize._pinyin_split_simplified()
            assert normalize._remove_pinyin(text, split) == _remove_pinyin_plain(text, split)
