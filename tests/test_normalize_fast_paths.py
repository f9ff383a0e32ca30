"""``claimx.normalize``'s shortcut (folding and t2s skipped for a text without a
character they change) against the plain pipeline."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from claimx import normalize as n

PIECES = ["贫困", "發生", "率为", "35.21", "％", "%", "\u3000", "\xa0", "(fā)", "(zhǔn)", "&#x9AD4;", "&amp;",
          "&nbsp;", "<p>", "<br>", "戶", "\U0001d7d8", "\U00020000", "−", "﹪", "abc", ",", "，", "。",
          "１", "２３", "３４５", "６７８９", "．", ".", "0"]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=12).map("".join)


# a run of full-width digit groups: its full-width commas are thousands separators
_GROUPS = re.compile("(?<![０-９0-9.．])[０-９]{1,3}(?:，[０-９]{3})+(?![０-９0-9])")


def _plain(text: str) -> tuple[str, n.OffsetMap]:
    s = n._WIDE.sub(n._narrow, text)
    chars = list(s)
    for m in _GROUPS.finditer(text):
        for k in range(m.start(), m.end()):
            if text[k] == "，":
                chars[k] = ","
    s = "".join(chars)
    segments: list[tuple[int, int, int, int]] = []
    if "<" in s or "&" in s:
        s, segments = n._remove_spans(s)
    elif "(" in s:
        s, segments = n._remove_pinyin(s)
    return n.t2s(s), n.OffsetMap(tuple(segments))


@settings(max_examples=400, deadline=None)
@given(TEXTS)
@example("貧困發(fā)生率為35.21％")
@example("人口&#x9AD4;")
@example("共\xa0\xa03户\u3000５\xa0人,&nbsp;\xa0(fā)")  # no-break spaces among the other wide characters
@example("留守儿童１，３２６名，１２３４，５６７，８９０，３．１，２３４，１，２３４，５６７８")
def test_normalize_is_the_plain_pipeline(text: str) -> None:
    out = n.normalize(text)
    assert (out.text, out.offsets) == _plain(text)


def test_t2s_table_of_the_bmp_is_the_table() -> None:
    bmp = "".join(map(chr, range(0x10000)))
    assert bmp.translate(n._t2s_codes()) == bmp.translate(n._t2s_table())
    assert n.t2s(bmp) == bmp.translate(n._t2s_table())


@settings(max_examples=300, deadline=None)
@given(TEXTS)
@example("貧困戶\U00020000發")
def test_t2s_is_the_plain_translation(text: str) -> None:
    assert n.t2s(text) == text.translate(n._t2s_table())


@settings(max_examples=200, deadline=None)
@given(TEXTS, st.integers(min_value=1, max_value=40))
@example("貧困戶\U00020000發", 20)
@example("\ud800\udc00貧困戶", 30)  # two lone surrogates must not become one character
def test_t2s_of_long_texts_is_the_plain_translation(text: str, times: int) -> None:
    """Texts of :data:`normalize._ARRAY_MIN` characters and more go through numpy."""
    long = "貧" + text * times
    assert n.t2s(long) == long.translate(n._t2s_table())
    assert len(n.t2s(long)) == len(long)


def test_the_array_table_is_the_table() -> None:
    bmp = "".join(map(chr, range(0x10000)))
    assert len(bmp) >= n._ARRAY_MIN
    assert n.t2s(bmp) == bmp.translate(n._t2s_table())
    assert n._t2s_array().tolist() == [ord(c) for c in bmp.translate(n._t2s_codes())]


# a character t2s maps beyond the BMP (U+346E → U+2B748), one it maps from there, and
# one it maps within the BMP, before pinyin; what folding turns into a step's character
LONG_PIECES = [*PIECES, "\u346e(zhǔn)", "\u346e", "\U000205e3(fā)", "戶(hù)", "（ｆā）", "＜p＞", "＆amp;", "，"]
LONG_TEXTS = st.lists(st.sampled_from(LONG_PIECES), min_size=1, max_size=12).map("".join)


@settings(max_examples=300, deadline=None)
@given(LONG_TEXTS, st.integers(min_value=1, max_value=40))
@example("\u346e(zhǔn)戶(hù)", 20)
@example("１，２３４，５６７戶(hù)\xa0", 12)
def test_long_texts_fold_and_t2s_at_once(text: str, times: int) -> None:
    """Texts of :data:`normalize._ARRAY_MIN` characters and more fold and go through t2s
    in one look-up (before the pinyin artifacts go), as the plain pipeline does in turn."""
    long = "貧" + text * times
    out = n.normalize(long)
    assert (out.text, out.offsets) == _plain(long)


def test_the_fused_table_keeps_what_the_steps_between_read() -> None:
    """Over the BMP, a character's image under the fused table is a pinyin artifact's
    lead (the simplified pattern) iff the folded character is one (the plain pattern),
    and it is one of the characters the steps between test for iff the folded one is."""
    table = n._fold_t2s_array()
    plain, simplified = n._pinyin_split(), n._pinyin_split_simplified()
    for c in range(0x10000):
        folded = n._WIDE_CHARS.get(chr(c), chr(c))
        image = chr(table[c])
        assert image == n.t2s(folded), hex(c)
        lead = plain.search(folded + "(zhǔn)") is not None
        assert (simplified.search(image + "(zhǔn)") is not None) == lead, hex(c)
        for step in "<&(，)":
            assert (image == step) == (folded == step), hex(c)


PINYIN_PIECES = ["精", "準", "(", ")", "zh", "ǔ", "n", "fā", "a", "ü", "ńg", "x", "ā", "1", " ", "（", "）", "ab",
                 "精(", "ā)", "ǎn)", "(ü", "(a"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PINYIN_PIECES), max_size=12).map("".join))
@example("精(zhǔn)準(zhun)發(fāa)a(ā)精(abcdefgā)精(ā)準(ǎn)發(üa)")
def test_the_toned_letter_look_ahead_is_the_plain_one(text: str) -> None:
    """The pinyin pattern's look-ahead for a toned letter (the first one after the plain
    letters) finds what the plain "any letters, then a toned one" finds."""
    letters = f"a-z{n._TONED}"
    plain = re.compile(rf"(\((?<=[\u3400-\u9fff]\()(?=[{letters}]*[{n._TONED}])[{letters}]{{1,7}}\))")
    assert n._pinyin_split().split(text) == plain.split(text)
    assert [m.span() for m in n._REMOVABLE.finditer(text)] == [m.span() for m in plain.finditer(text)]
