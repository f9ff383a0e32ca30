"""The look-ahead that opens the quantity patterns (``claimx.patterns._lead``): one class
without ``\\d``, where it was ``(?=[负\\-−\\d…])`` (and the digits only ``regex`` knows), finds
the same matches."""

from __future__ import annotations

import itertools
import re

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from claimx import patterns
from claimx.normalize import normalize
from test_noise_clauses import _corpus
from test_scan_fast_paths import NUMERAL_TEXTS

_PLAIN_LEAD = rf"(?=[负\-−\d{patterns.CN_DIGITS}])"
_ALL = "".join(map(chr, range(0x110000)))


def _plain(pattern: re.Pattern[str], wide: bool) -> re.Pattern[str]:
    """``pattern`` (of ``_quantity``) with the plain look-ahead: a sign, a digit of ``re``
    (and, with ``regex``'s digits, one of those), a Chinese numeral."""
    lead = patterns._lead()
    assert pattern.pattern.startswith(lead)
    span = patterns._new_digits()[1]
    plain = rf"(?=[负\-−\d{patterns.CN_DIGITS}]|[{span}])" if wide and span else _PLAIN_LEAD
    return re.compile(plain + pattern.pattern[len(lead) :], pattern.flags)


def test_lead_admits_every_first_character() -> None:
    lead = re.compile(patterns._lead())
    for first in (_PLAIN_LEAD, r"(?=[负\-−\d])", r"(?=\d)"):
        for c in re.findall(first[3:-1], _ALL):
            assert lead.match(c), hex(ord(c))
    for c in regex.findall(r"\d", _ALL):
        assert lead.match(c), hex(ord(c))
    # and it is no empty shell: letters, punctuation and ideographs other than numerals fail
    assert not any(lead.match(c) for c in "aZ,。人民元年%")


PIECES = ["1", "12", "٣٤", "३", "\U00010d45", "\U0001d7ce", "\U0001f600", "𠀀", "一", "三十", "百分之", "万",
          "负", "零下", "-", "−", "3-5", "元", "个", "a", "，", " "]


@settings(max_examples=500, deadline=None)
@given(NUMERAL_TEXTS | st.lists(st.sampled_from(PIECES), max_size=12).map("".join) | st.text(max_size=20))
@example("负\U00010d45元, 零下\U0001d7ce度, −٣٤个, 百分之३")
def test_lead_finds_what_the_plain_lead_finds(text: str) -> None:
    def found(p: re.Pattern[str]) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
        return [(m.span(), m.groups()) for m in p.finditer(text)]

    for flags in itertools.product((False, True), repeat=5):
        wide, fractions, seconds, cheng, lean = flags
        pattern = patterns._quantity(wide=wide, fractions=fractions, seconds=seconds, cheng=cheng, lean=lean)
        assert found(pattern) == found(_plain(pattern, wide)), flags


def test_lead_on_the_corpus() -> None:
    texts = [normalize(t).text for t in _corpus()]
    for text in texts:
        pattern = patterns.quantity_for(text)
        new = patterns._new_digits()[1]
        wide = bool(new) and (new < "\U00010000" or patterns.beyond_bmp(text))
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in _plain(pattern, wide).finditer(text)]
