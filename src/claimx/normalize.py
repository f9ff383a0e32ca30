"""Normalisation: one pass from the caller's string to the string every stage reads.

* full-width ASCII → half-width (``３５％`` → ``35%``), ideographic space → space;
* HTML tags removed, entities decoded (``&nbsp;`` → space);
* pinyin scraping artifacts removed (``精準(zhǔn)`` → ``精準``);
* traditional → simplified, character by character, with the table of
  ``opencc-python-reimplemented`` (its ``TSCharacters.txt``), applied only when the text
  holds a traditional character.

Full-width folding and t2s keep the length, so only tag/entity/artifact removal moves
characters; :class:`OffsetMap` maps every index of the normalised text back to the
original. This is the only module that knows opencc.

>>> n = normalize("貧困發(fā)生率為35.21％")
>>> n.text
'贫困发生率为35.21%'
>>> s, e = n.to_original(6, 12)
>>> "貧困發(fā)生率為35.21％"[s:e]
'35.21％'
"""

from __future__ import annotations

import functools
import html
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

__all__ = ["NormalizedText", "OffsetMap", "normalize", "t2s"]

# full-width ASCII (！ … ～) → half-width, except the full-width comma, which in Chinese
# text is a clause separator; it becomes a thousands separator only inside a run of
# full-width digit groups (``３，０００万元``, see :func:`_group_commas`).
_WIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F) if c != 0xFF0C}
_WIDTH.update({0x3000: 0x20, 0x00A0: 0x20, 0xFE6A: ord("%"), 0x2212: ord("-")})

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
# A pinyin artifact after its "(": the CJK character before the "(" is checked after it
# (same condition), so that the pattern starts with a literal. Its letters hold a toned
# one: the first letter after the plain ones is toned (the same as "[a-z…]*[…]", for less).
_PINYIN_REST = rf"(?<=[\u3400-\u9fff]\()(?=[a-z]*[{_TONED}])[a-z{_TONED}]{{1,7}}\)"
# A removable span: an HTML tag, an HTML entity, or a pinyin artifact after a CJK character.
# Every branch starts with its literal ("<", "&", "("), outside its group, so that the
# standard re skips to those three characters instead of trying the pattern everywhere.
_REMOVABLE = re.compile(
    r"<(?P<tag>(?:[A-Za-z][A-Za-z0-9]*|/[A-Za-z][A-Za-z0-9]*|!--)[^<>]{0,2000}>)"
    r"|&(?P<ent>(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});)"
    rf"|\((?P<py>{_PINYIN_REST})"
)
_WIDE = re.compile("[\uff01-\uff0b\uff0d-\uff5e\u3000\u00a0\ufe6a\u2212]")
_WIDE_CHARS = {chr(k): chr(v) for k, v in _WIDTH.items()}


def _narrow(m: re.Match[str]) -> str:
    return _WIDE_CHARS[m.group()]


@functools.lru_cache(maxsize=1)
def _wide_split() -> re.Pattern[str]:
    """A full-width character, captured, so that ``split`` returns it with the text around."""
    return re.compile(f"({_WIDE.pattern})")


def _fold_width(s: str) -> str:
    """``_WIDE.sub(_narrow, s)`` (length-preserving) by one split and a C-level map: no
    Python call per full-width character (cheaper than the sub, and than str.translate).
    The no-break space, the most common of them by far in scraped text (hundreds in a
    page), goes first, by one ``str.replace``: the split then makes no piece for it."""
    if "\xa0" in s:
        s = s.replace("\xa0", " ")
    parts = _wide_split().split(s)
    if len(parts) == 1:
        return s
    parts[1::2] = map(_WIDE_CHARS.__getitem__, parts[1::2])
    return "".join(parts)


_FW_DIGITS = "０１２３４５６７８９"


@functools.lru_cache(maxsize=1)
def _group_comma_re() -> re.Pattern[str]:
    """A full-width comma between a full-width digit and exactly three full-width digits
    followed by no digit (starts with the literal: re searches for it fast)."""
    return re.compile(f"，(?<=[{_FW_DIGITS}]，)(?=[{_FW_DIGITS}]{{3}}(?![{_FW_DIGITS}0-9]))")


def _group_commas(text: str, folded: str) -> str:
    """``folded`` (``text`` width-folded, or also mapped by t2s) with the full-width commas of ``text`` that are
    thousands separators written as ``,``: between full-width digits, one to three of
    them before (no other digit or decimal point before those) and exactly three after
    (``１，３２６名``, ``１，２３４，５６７``). A comma with half-width digits around it,
    or with another number of digits, stays a clause comma (``1，326``, ``２０２４，１２３``)."""
    found = [m.start() for m in _group_comma_re().finditer(text)]
    if not found:
        return folded
    chars = list(folded)
    for i in found:
        k = i - 1
        while k >= 0 and text[k] in _FW_DIGITS:
            k -= 1
        if i - k > 4 or (k >= 0 and text[k] in "0123456789.．"):
            continue  # four digits or more before it, or a decimal part: not a group
        chars[i] = ","
    return "".join(chars)


@dataclass(frozen=True)
class OffsetMap:
    """Maps offsets of the normalised text back to the original text.

    ``segments`` are ``(norm_start, norm_len, orig_start, orig_len)``: a run of
    normalised characters and the original run it came from. Runs of equal length map
    character by character; an unequal run (a decoded entity) maps as a whole.
    An empty ``segments`` means the identity.
    """

    segments: tuple[tuple[int, int, int, int], ...] = ()
    #: the segments' normalised starts, for bisection (set once: a ``cached_property``
    #: would be recomputed on every access in the compiled build, which has no ``__dict__``)
    _starts: tuple[int, ...] = field(init=False, repr=False, compare=False, default=())

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", tuple(s[0] for s in self.segments))

    def start(self, i: int) -> int:
        """Original offset of normalised index ``i`` (a span start)."""
        if not self.segments:
            return i
        ns, nl, os_, ol = self.segments[max(bisect_right(self._starts, i) - 1, 0)]
        return os_ + (i - ns) if nl == ol else os_

    def end(self, j: int) -> int:
        """Original offset of normalised exclusive end ``j`` (a span end)."""
        if not self.segments or j <= 0:
            return j
        ns, nl, os_, ol = self.segments[max(bisect_right(self._starts, j - 1) - 1, 0)]
        return os_ + (j - ns) if nl == ol else os_ + ol

    def span(self, i: int, j: int) -> tuple[int, int]:
        """``(self.start(i), self.end(j))`` in one call (a claim maps both)."""
        segments = self.segments
        if not segments:
            return i, j
        starts = self._starts
        ns, nl, os_, ol = segments[max(bisect_right(starts, i) - 1, 0)]
        s = os_ + (i - ns) if nl == ol else os_
        if j <= 0:
            return s, j
        ns, nl, os_, ol = segments[max(bisect_right(starts, j - 1) - 1, 0)]
        return s, os_ + (j - ns) if nl == ol else os_ + ol


@dataclass(frozen=True)
class NormalizedText:
    """The normalised text and the way back to the original."""

    text: str
    original: str
    offsets: OffsetMap

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open normalised span to a half-open span of the original."""
        return self.offsets.start(start), self.offsets.end(end)


@functools.lru_cache(maxsize=1)
def _t2s_table() -> dict[int, int]:
    """Traditional → simplified, one character to one, from opencc's own table."""
    import opencc  # the only place claimx touches opencc

    path = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    table: dict[int, int] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 2 and len(parts[0]) == 1:
                target = parts[1].split(" ")[0]
                if len(target) == 1 and target != parts[0]:
                    table[ord(parts[0])] = ord(target)
    return table


_BMP = 0x10000


@functools.lru_cache(maxsize=1)
def _trad_re() -> re.Pattern[str]:
    """A traditional character of the BMP, or any character beyond the BMP (those are
    rare, so they are not told apart here): one character class, which the standard re
    tests with a bitmap, several times faster than ``frozenset.isdisjoint``."""
    bmp = "".join(sorted(chr(c) for c in _t2s_table() if c < _BMP))
    return re.compile(f"[{re.escape(bmp)}\U00010000-\U0010ffff]")


@functools.lru_cache(maxsize=1)
def _t2s_codes() -> str:
    """:func:`_t2s_table` over the BMP as a string indexed by code point (a character
    beyond it is left alone). ``str.translate`` reads it faster than a dict, which raises
    KeyError for every character it does not map. Unlike a tuple of ints (a pointer and
    an int object per entry), it takes 2 bytes per entry, so the entries a text reads
    stay in the CPU cache while the other stages run: inside the pipeline ``translate``
    takes about a quarter less time than with the tuple, though a loop of nothing but
    normalisation, where the tuple stays cached too, is ~10 % slower (each character
    looked up becomes a new string)."""
    table = list(range(_BMP))
    for k, v in _t2s_table().items():
        if k < _BMP:
            table[k] = v
    return "".join(map(chr, table))


#: From this length on, :func:`t2s` maps a text's code points as one numpy array (a
#: fixed cost of ~2 µs, then ~3 ns a character) instead of ``str.translate`` (~35 ns a
#: character: a lookup and a new string per character); and :func:`normalize` folds the
#: width of such a text and maps it to simplified characters in one look-up (:func:`_fold_t2s`).
_ARRAY_MIN = 96


@functools.lru_cache(maxsize=1)
def _t2s_array() -> NDArray[np.uint32]:
    """:func:`_t2s_table` over the BMP as a numpy array indexed by code point."""
    import numpy

    table = numpy.arange(_BMP, dtype=numpy.uint32)
    for k, v in _t2s_table().items():
        if k < _BMP:
            table[k] = v
    return table


def t2s(s: str) -> str:
    """Traditional → simplified, character by character (length-preserving).

    >>> t2s("貧困戶")
    '贫困户'
    """
    if _trad_re().search(s) is None:
        return s
    if len(s) >= _ARRAY_MIN:
        import numpy  # loaded on the first long traditional text, never by import claimx

        # UTF-32 has one code unit per character, lone surrogates included
        codes = numpy.frombuffer(s.encode("utf-32-le", "surrogatepass"), dtype=numpy.uint32)
        if codes.max() < _BMP:
            return _t2s_array()[codes].tobytes().decode("utf-32-le", "surrogatepass")
        return s.translate(_t2s_table())
    if len(s.encode("utf-16-le", "surrogatepass")) == 2 * len(s):  # nothing beyond the BMP
        return s.translate(_t2s_codes())
    return s.translate(_t2s_table())


@functools.lru_cache(maxsize=1)
def _pinyin_split() -> re.Pattern[str]:
    """A pinyin artifact, captured whole so that ``split`` returns kept and removed text."""
    return re.compile(rf"(\({_PINYIN_REST})")


@functools.lru_cache(maxsize=1)
def _fold_t2s_array() -> NDArray[np.uint32]:
    """Width folding and then :func:`t2s` over the BMP, as one numpy array indexed by code
    point (folding gives ASCII and spaces, which t2s keeps)."""
    table = _t2s_array().copy()
    for k, v in _WIDTH.items():
        table[k] = v
    return table


def _fold_t2s(s: str) -> str | None:
    """``t2s(_fold_width(s))`` by one numpy look-up (see :data:`_ARRAY_MIN`), or None if
    ``s`` holds a character beyond the BMP."""
    import numpy  # loaded on the first long text that folding or t2s changes

    codes = numpy.frombuffer(s.encode("utf-32-le", "surrogatepass"), dtype=numpy.uint32)
    if codes.max() >= _BMP:
        return None
    return _fold_t2s_array()[codes].tobytes().decode("utf-32-le", "surrogatepass")


@functools.lru_cache(maxsize=1)
def _pinyin_split_simplified() -> re.Pattern[str]:
    """:func:`_pinyin_split` for a text of the BMP that went through :func:`_fold_t2s`
    before: its look-behind takes the images under :func:`_fold_t2s_array` of the
    characters of U+3400–U+9FFF (no other character of the BMP has one of them as its
    image: tests/test_normalize_fast_paths.py), so it finds the artifacts it would have
    found before the look-up. Brackets and pinyin letters map to themselves."""
    images = sorted(set(_fold_t2s_array()[0x3400:0xA000].tolist()))
    runs: list[list[int]] = []
    for c in images:
        if runs and c == runs[-1][1] + 1:
            runs[-1][1] = c
        else:
            runs.append([c, c])
    cls = "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in runs)
    return re.compile("(\\(" + _PINYIN_REST.replace(r"[\u3400-\u9fff]", f"[{cls}]", 1) + ")")


_Segments = list[tuple[int, int, int, int]]


def _remove_pinyin(s: str, split: re.Pattern[str] | None = None) -> tuple[str, _Segments]:
    """Drop the pinyin artifacts of ``s``, which holds no tag or entity: the text between
    them is kept, so one ``split`` gives the text, and its segments are the kept pieces
    one after the other, each moved back by the artifacts before it (the per-artifact
    loop of :func:`_remove_spans` costs twice as much). No kept run but the last is
    empty: an artifact follows a CJK character, never a ")" or the start.
    ``split``: the pattern to split by (:func:`_pinyin_split` if None)."""
    pieces = (split or _pinyin_split()).split(s)
    if len(pieces) == 1:
        return s, []
    # (a loop of int sums: compiled, several times cheaper than accumulate, map and zip)
    segments: _Segments = []
    at = orig = 0  # the piece's start in the kept text and in s
    last = len(pieces) - 1
    for k in range(0, last, 2):
        n = len(pieces[k])
        segments.append((at, n, orig, n))
        at += n
        orig += n + len(pieces[k + 1])
    n = len(pieces[last])
    segments.append((at, n, orig, n))
    return "".join(pieces[0::2]), segments


def _remove_spans(s: str) -> tuple[str, _Segments]:
    """Drop the tags and pinyin artifacts of ``s`` and decode its entities."""
    segments: _Segments = []
    parts: list[str] = []
    add_part, add_segment = parts.append, segments.append
    pos = 0  # in s (same indices as the original: width folding keeps length)
    npos = 0
    for m in _REMOVABLE.finditer(s):
        ms, me = m.span()
        if ms > pos:
            n = ms - pos
            add_part(s[pos:ms])
            add_segment((npos, n, pos, n))
            npos += n
        kind = m.lastgroup
        if kind == "ent":
            dec = html.unescape(m.group()).translate(_WIDTH)
            if dec == m.group():  # not an entity html knows: keep it as text
                add_part(dec)
                add_segment((npos, len(dec), ms, len(dec)))
                npos += len(dec)
            elif dec:
                add_part(dec)
                add_segment((npos, len(dec), ms, me - ms))
                npos += len(dec)
        elif (kind == "tag" and npos and not parts[-1][-1:].isspace()
              and m.group()[1:3].lower() in ("br", "p>", "p ", "di", "/p", "/d", "li", "tr")):
            # a block tag between two words keeps them apart
            add_part("\n")
            add_segment((npos, 1, ms, me - ms))
            npos += 1
        pos = me  # a pinyin artifact is just dropped
    if not (segments or pos):
        return s, segments
    seg = s[pos:]
    parts.append(seg)
    segments.append((npos, len(seg), pos, len(seg)))
    return "".join(parts), segments


@functools.lru_cache(maxsize=1)
def _folded_re() -> re.Pattern[str]:
    """A character that width folding or :func:`t2s` may change: the classes of
    :data:`_WIDE` and :func:`_trad_re` in one, which the standard re tests with a bitmap
    (one scan, several times cheaper than folding a text that holds none)."""
    return re.compile(_trad_re().pattern[:-1] + _WIDE.pattern[1:])


#: The characters a line ending a sentence, a label or a bracket ends with.
_LINE_ENDS = frozenset("。！？!?；;：:）)」』”\"'》】]|｜> \t\r\n\u3000")

#: A line break that may be a soft wrap (the line before it is checked in
#: :func:`_join_wraps`: it ends in none of :data:`_LINE_ENDS`), before a line that opens with no
#: indentation, list marker, bullet, table bar or rule (checked in :func:`_join_wraps`).
@functools.lru_cache(maxsize=1)
def _wrap_re() -> re.Pattern[str]:
    return re.compile(
        r"\n(?<![。！？!?；;：:）)」』”\"'》】\]|｜>\n]\n)(?![\s|｜#*>\-—_=•·●○■□◆◇▲△▶►★☆※①-⑳]"
        r"|[一二三四五六七八九十]{1,3}(?:[、是.，]|\s)"
        r"|[(（][一二三四五六七八九十\d]{1,3}[)）]"
        r"|\d{1,2}(?:[、)）]|[.．](?!\d))"
        r"|第[一二三四五六七八九十\d]{1,3}[页条章节部分篇]"
        r"|[(（]?(?:图|表|注|附件|来源|资料来源))"
    )


#: A line that opens on a label and a colon (``来源:县水利局``, ``净利润:62,318.45``): a
#: field, not prose.
@functools.lru_cache(maxsize=1)
def _label_line_re() -> re.Pattern[str]:
    return re.compile(r"\s*[^，。；;、]{1,24}[:：]")


#: A line that ends a sentence (the count :func:`_join_wraps` weighs its breaks against).
@functools.lru_cache(maxsize=1)
def _stop_line_re() -> re.Pattern[str]:
    return re.compile(r"[。！？!?；;][ \t\r]*\n")


#: A number opening a line that is no year, month or day (``4.68亿元``, ``37个``).
@functools.lru_cache(maxsize=1)
def _cut_number_re() -> re.Pattern[str]:
    return re.compile(r"\d+(?:[.,]\d+)*(?![\d.,年月日号时:/-])")


#: A list marker opening a line (``四、``, ``(二)``, ``3.``): a heading's, not a clause's, 、.
@functools.lru_cache(maxsize=1)
def _marker_re() -> re.Pattern[str]:
    return re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}[、.]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.)）](?!\d))")


def _join_wraps(s: str, segments: _Segments) -> tuple[str, _Segments]:
    """Read a hard line break inside a sentence as no break (a PDF paste or a page wrapped
    at a fixed width: ``受益群众5.6万↵人``, ``由91.2%提高↵到94.8%``, ``一成↵五``).

    A candidate is a ``\n`` (with the spaces before it) after a line of running prose (it
    holds a comma or a sentence stop, besides a list marker, and opens on no ``label:``;
    not the first line, a headline, unless it holds a full stop or ends in a comma or 、)
    that ends in no
    sentence stop, colon or closing bracket, before a line that starts flush with no list
    marker, bullet or table bar (:func:`_wrap_re`). Wrapping is a property of the page:
    nothing is joined unless there are two or more candidates and at least as many as
    lines ending a sentence (a news page whose one paragraph lacks its 。 keeps it). Then
    a candidate is dropped when the line ends in a comma or 、, when the next line opens
    on a number that is no year or date (the number cut from its noun: ``水利投资↵4.68亿元``),
    or when the lines are wrapped at one width (three or more candidate lines within
    an eighth of their median display width: a PDF column). A blank line, an indented
    line or a line ending in 。 still ends the paragraph. Only a break of the original
    text (not one a ``<br>`` tag made) is dropped; offsets keep pointing into the original."""
    found: list[tuple[int, int, int]] = []  # (start, end, display width or -1: taken anyway)
    first = -1  # where the text's first line starts (found when a line needs it)
    for m in _wrap_re().finditer(s):
        b = m.end()
        line = s.rfind("\n", 0, b - 1) + 1
        prose = s[line : b - 1].rstrip(" \t\r")
        if not prose or (last := prose[-1]) in _LINE_ENDS:
            continue
        a = line + len(prose)
        comma = last in "，、,"
        if not comma and "，" not in prose and "。" not in prose and ";" not in prose and "；" not in prose:
            continue  # a heading, a title, a list of words (a thousands comma is no clause)
        if "|" in prose or "\t" in prose:
            continue  # a table row
        if first < 0:
            first = len(s) - len(s.lstrip())
        if line <= first and not comma and not any(c in prose for c in "。;；!?"):
            continue  # the headline (a headline holds no full stop)
        body = prose[m2.end():] if (m2 := _marker_re().match(prose)) else prose
        if _label_line_re().match(body) is not None:
            continue
        taken = comma or _cut_number_re().match(s, b) is not None
        found.append((a, b, -1 if taken else 2 * len(prose) - len(prose.encode("ascii", "ignore"))))
    if len(found) < 2 or len(found) < len(_stop_line_re().findall(s)):
        return s, segments  # wrapping is a property of the page: most prose lines run on
    widths = sorted(w for *_, w in found if w >= 0)
    cuts = [(a, b) for a, b, w in found if w < 0]
    if len(widths) >= 3:
        mid = widths[len(widths) // 2]
        if sum(abs(w - mid) * 8 <= mid for w in widths) >= 3:
            cuts = sorted(cuts + [(a, b) for a, b, w in found if w >= 0 and abs(w - mid) * 8 <= mid])
    if not cuts:
        return s, segments
    if segments:  # only a break inside a run that maps character by character
        starts = [g[0] for g in segments]
        # (the spaces before the break may come from an entity, &nbsp;: then only the break goes)
        cuts = [(a, b) if (g := segments[bisect_right(starts, a) - 1])[1] == g[3] and b <= g[0] + g[1] else (b - 1, b)
                for a, b in cuts]
        cuts = [(a, b) for a, b in cuts
                if (g := segments[bisect_right(starts, a) - 1])[1] == g[3] and b <= g[0] + g[1]]
        if not cuts:
            return s, segments
    else:
        segments = [(0, len(s), 0, len(s))]
    out: _Segments = []
    shift = k = 0
    for ns, nl, os_, ol in segments:
        end, pos = ns + nl, ns
        while k < len(cuts) and cuts[k][0] < end:
            a, b = cuts[k]
            if a > pos:
                out.append((pos - shift, a - pos, os_ + (pos - ns), a - pos))
            shift += b - a
            pos = b
            k += 1
        if pos == ns:
            out.append((ns - shift, nl, os_, ol))
        elif pos < end:
            out.append((pos - shift, end - pos, os_ + (pos - ns), end - pos))
    bounds = [0, *(x for c in cuts for x in c), len(s)]
    return "".join(s[bounds[i]:bounds[i + 1]] for i in range(0, len(bounds), 2)), out


def normalize(text: str) -> NormalizedText:
    """Normalise ``text`` once; see the module docstring for what changes."""
    # width folding and t2s change only the characters of _folded_re, and removing tags or
    # pinyin artifacts adds none but for a decoded entity
    fold = _folded_re().search(text) is not None
    if fold and len(text) >= _ARRAY_MIN and (fused := _fold_t2s(text)) is not None \
            and "<" not in fused and "&" not in fused:
        # folding and t2s at once (t2s changes no character of the steps in between, and
        # adds no "<" or "&"); the pinyin pattern of the simplified text
        s = _group_commas(text, fused) if "，" in fused else fused
        segments: _Segments = []
        if "(" in s:
            s, segments = _remove_pinyin(s, _pinyin_split_simplified())
        if "\n" in s:
            s, segments = _join_wraps(s, segments)
        return NormalizedText(s, text, OffsetMap(tuple(segments)))
    s = _fold_width(text) if fold else text
    if fold and "，" in s:  # (full-width digits are folded: fold is True where they are)
        s = _group_commas(text, s)
    segments = []
    # str.find is far cheaper than a regex scan
    if "<" in s or "&" in s:
        s, segments = _remove_spans(s)
        fold = True
    elif "(" in s:
        s, segments = _remove_pinyin(s)
    if fold:
        s = t2s(s)
    if "\n" in s:
        s, segments = _join_wraps(s, segments)
    return NormalizedText(s, text, OffsetMap(tuple(segments)))
