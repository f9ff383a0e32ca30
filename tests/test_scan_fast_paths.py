"""The scanner's shortcuts in ``claimx.scan`` and ``claimx.patterns`` against what they
stand for."""

from __future__ import annotations

import itertools
import re

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from claimx import lexicon, patterns, scan
from claimx.normalize import normalize
from claimx.patterns import quantity
from test_noise_clauses import TEXTS, _corpus

#: swaps or wraps module internals: pure-Python modules only (tests/conftest.py)
pytestmark = pytest.mark.pure


def test_groups_in_pattern_order() -> None:
    # scan() unpacks m.groups() by position
    for wide, fractions, seconds, cheng in itertools.product((False, True), repeat=4):
        pattern = patterns._quantity(wide=wide, fractions=fractions, seconds=seconds, cheng=cheng, lean=True)
        assert tuple(pattern.groupindex) == scan._GROUPS
        assert pattern.groupindex["unit"] == scan._UNIT
    assert set(quantity().groupindex) == set(scan._GROUPS) | set(patterns.RARE_GROUPS)


# pieces that make or break runs of digits, and what may end a match inside one
PIECES = ["1", "12", "123", "0839", "123456", "1234567", "12345678", "13812345678", "٣٤٥", "\U00010d45",
          "秒", "分", "12秒34", "1分5秒", "km2", "m2", "3km2", ",", ".", "-", " ", "(", ")", "万", "元",
          "个", "人民", "ICP", "备", "号", "第", "一", "百分之", "分之", "成", "年", "负", "零下", "X"]
RUN_TEXTS = st.lists(st.sampled_from(PIECES), max_size=14).map("".join)
LONG = regex.compile(rf"\d{{{patterns.LONG_RUN}}}")


@settings(max_examples=500, deadline=None)
@given(RUN_TEXTS)
@example("共3km2123456")
@example("用时12秒3456789")
def test_scan_sees_every_long_run(text: str) -> None:
    seen: list[list[tuple[int, int]]] = []

    def spy(text: str, near: list[tuple[int, int]], long_runs: bool = True,
            runs: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
        assert runs is not None
        seen.append(runs)
        return patterns.noise_spans(text, near, long_runs, runs)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(scan, "noise_spans", spy)
        scan.scan(text)
    # each run of LONG_RUN digits overlaps one of the spans scan() passes as ``runs``
    for m in LONG.finditer(text):
        assert not seen or any(s < m.end() and m.start() < e for s, e in seen[0]), (text, m.span(), seen)


# long runs of digits between clause stops, and what a noise match of them needs
LONG_PIECES = [*PIECES, ",", "。", ",", "。", "电话", "0839-", "(010)", "400-123-4567", "510812199001011234",
               "1,234,5678901", "12.3456789", "A", "Ab", "2020年"]
LONG_TEXTS = st.lists(st.sampled_from(LONG_PIECES), max_size=20).map("".join)


def _check_runs_window(text: str) -> None:
    """noise_spans with the spans of scan()'s ``runs`` (and with the runs themselves, or
    with runs among other spans) finds, near any of the numerals, what it finds with
    ``long_runs=True`` (every long-run branch over all the clauses)."""
    numerals = [m.span() for m in re.finditer(r"[\d一二三四五六七八九十百千万]+", text)]
    runs = [m.span() for m in LONG.finditer(text)]
    seen: list[list[tuple[int, int]]] = []

    def spy(text: str, near: list[tuple[int, int]], long_runs: bool = True,
            runs: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
        seen.append(list(runs or []))
        return patterns.noise_spans(text, near, long_runs, runs)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(scan, "noise_spans", spy)
        scan.scan(text)
    for given_runs in [runs, runs[:1] + runs[-1:], *seen]:
        if not all(any(s < e2 and s2 < e for s2, e2 in given_runs) for s, e in runs):
            continue  # (the premise: each run overlaps a span given)
        for near in [numerals, numerals[::2], numerals[1::3], numerals[-1:], numerals[:1]]:
            plain = patterns.noise_spans(text, near, long_runs=True)
            windowed = patterns.noise_spans(text, near, runs=given_runs)
            for a, b in near:
                assert [sp for sp in plain if sp[0] < b and a < sp[1]] == \
                    [sp for sp in windowed if sp[0] < b and a < sp[1]], (text, near, given_runs)


@settings(max_examples=400, deadline=None)
@given(LONG_TEXTS)
@example("电话0839-1234567,共3户。手机13812345678")
@example("共3户,手机13812345678。第5户,12.3456789")
def test_long_run_branches_in_their_window_find_what_they_find_everywhere(text: str) -> None:
    _check_runs_window(text)


def test_runs_window_on_the_corpus() -> None:
    for text in _corpus():
        _check_runs_window(normalize(text).text)


@settings(max_examples=300, deadline=None)
@given(RUN_TEXTS | TEXTS)
def test_long_run_branches_need_a_long_run(text: str) -> None:
    if LONG.search(text):
        return
    for name, branches in patterns._noise_branches().items():
        for k, (branch, _probe, long) in enumerate(branches):
            assert long == ((name, k) in patterns._LONG_RUN_BRANCHES)
            assert not (long and branch.search(text)), (name, k, text)


NUMERAL_PIECES = [*PIECES, "百分之", "千分之", "三分之一", "1/3", "3分之2", "七成五", "12秒34", "1分55秒32",
                  "\U00010d40\U00010d41", "\U0001f600", "倍", "余", "多", "万元", "个百分点", "百分点", "km²",
                  "元五角", "每公斤", "左右", "以上", "一", "二", "十", "点五", " 家", " 人民", "三 个"]
NUMERAL_TEXTS = st.lists(st.sampled_from(NUMERAL_PIECES), max_size=14).map("".join)


def _assert_lean(text: str, plain: re.Pattern[str]) -> None:
    """quantity_for(text) finds what ``plain`` finds (span and the scanner's groups), but
    for some matches the scanner drops as words: a Chinese numeral with no unit and no
    range after it."""
    def found(pattern: re.Pattern[str]) -> list[tuple[object, ...]]:
        return [(m.span(), *(m[g] for g in scan._GROUPS)) for m in pattern.finditer(text)]

    lean, full = found(patterns.quantity_for(text)), found(plain)
    assert [x for x in full if x in lean] == lean
    cn, unit = 1 + scan._GROUPS.index("cn"), 1 + scan._GROUPS.index("unit")
    for x in full:
        if x not in lean:
            end = x[0][1]  # type: ignore[index]
            assert x[cn] and not x[unit] and text[end : end + 1] not in set(patterns.RANGE_CHARS), (x, text)


@settings(max_examples=500, deadline=None)
@given(NUMERAL_TEXTS)
@example("百分之\U00010d45")
@example("\U0001f600\U00010d45\U00010d46万元")
@example("一至三个, 一-3, 五六成, 十七成五, 一多万五千元, 三十多万至, 零下一度, 负一, 一点, 一")
@example("负零下1, 零下三x, 零下雨, -一x")
def test_quantity_for_finds_what_quantity_finds(text: str) -> None:
    _assert_lean(text, quantity())
    for m in patterns.quantity_for(text).finditer(text):  # the scanner's second look
        assert quantity().match(text, m.start()).span() == m.span()  # type: ignore[union-attr]


def test_words_by_first_character_match_like_the_alternation() -> None:
    idioms = next(p for name, _, p in patterns.noise() if name == "idiom")
    assert idioms.pattern == patterns._by_first_char(sorted(set(lexicon.IDIOMS), key=lambda w: (-len(w), w)))
    for table in (["倍", *lexicon.UNITS], lexicon.IDIOMS):
        words = sorted(set(table), key=lambda w: (-len(w), w))
        plain = re.compile(f"(?:{'|'.join(map(re.escape, words))})")
        grouped = re.compile(f"(?:{patterns._by_first_char(sorted(words, key=lambda w: w[0]))})")
        for w in words:
            for tail in ("", "钱", "点", "²", "次", "学校", "一", "万"):
                assert plain.match(w + tail)[0] == grouped.match(w + tail)[0]  # type: ignore[index]


def _reference_quantity() -> re.Pattern[str]:
    """quantity() as plainly written, without its shortcuts (look-aheads that only fail
    early, units grouped by first character, a possessive run), for texts in the BMP."""
    units = patterns.alternation(lexicon.UNITS)
    dens = patterns.alternation(lexicon.RATE_DENOMINATORS)
    cn = patterns.CN_NUMERAL
    arabic = r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?"
    numeral = rf"(?:{arabic}|{cn})"
    starts = re.escape("".join(sorted({w[0] for w in lexicon.UNITS} | {"倍"})))  # 十来块, 千把人: before a unit
    return re.compile(rf"""
        (?P<neg>负|零下|[-−](?<![A-Za-z0-9.\-/%‰][-−])(?=\d))?
        (?P<num>
            (?P<pct>百分之|千分之){numeral}
          | (?P<frac>{numeral}分之{numeral})
          | (?P<cheng>(?:[一二两三四五六七八九]|\d(?:\.\d)?)成[一二三四五六七八九]?(?:(?<=成)半(?![\u4e00-\u9fff]))?(?:(?<=\d成)\d\d(?=[^\d.%\u4e00-\u9fff]|的|\Z))?)(?![员绩果本立为功效熟交都就长型品年人熟])
          | (?P<sec>\d{{1,2}}小时\d{{1,2}}分\d{{1,2}}秒(?![\d钟])|(?:\d{{1,2}}分)?\d{{1,3}}秒\d{{2}}|\d{{1,2}}分\d{{1,2}}秒(?![\d钟])
                  |\d{{1,2}}米\d{{2}}(?![\d.秒分厘毫公米千万亿个人%]))
          | (?P<ar>{arabic})(?P<arm>{patterns.ARABIC_MULT}{{0,3}})(?:(?P<ar2>\d{{1,3}}(?:,\d{{3}})+|\d+)(?P<ar2m>[千百十]万?|万|亿(?:(?<=兆\d亿)|(?<=兆\d\d亿)|(?<=兆\d{{3}}亿)|(?<=兆\d{{4}}亿)|(?<=兆\d,\d{{3}}亿))|(?:(?<=万\d{{4}})|(?<=万\d,\d{{3}}))(?![\d年月日号]|[.,]\d)))?
          | (?P<cn>{cn}(?!(?<=[十百千万亿]千)[米克瓦]))
        )
        (?P<q1>余|多|来(?<=[十百千]来)(?=[{starts}])|把(?<=(?<![\d{patterns.CN_DIGITS}])[百千万]把)(?=[{starts}]))?
        (?P<m2>(?<=[余多])(?:万亿|亿|万|千))?
        (?P<sp>\x20(?=[A-Za-z])|(?<=\d)\x20(?!年)(?=(?:倍|{units})))?
        (?P<unit>倍|{units})?
        (?P<jiao>(?<=元)[一二三四五六七八九壹贰叁肆伍陆柒捌玖]角(?:[一二三四五六七八九壹贰叁肆伍陆柒捌玖]分)?
          |(?<=块)[一二三四五六七八九](?:毛|角)?钱?(?=[^\u4e00-\u9fff]|\Z|[钱一每的了到至涨跌升降增减提]))?
        (?P<rate>(?:/|一|每)(?P<den>{dens}))?
        (?P<q2>有余|左右|上下|以上|以下|以内|开外|余|多|(?<=[元块])起(?![\u4e00-\u9fff]))?
    """, re.VERBOSE)


@settings(max_examples=500, deadline=None)
@given(NUMERAL_TEXTS.filter(lambda t: t.isascii() or len(t.encode("utf-16-le", "surrogatepass")) == 2 * len(t)))
@example("共1,234,567,89人, 3万5千元左右, 百分之12.5, 五分之一, 七成五, 3 km, 5元五角, 6元/公斤, 余万")
@example("跳出7米86, 1米9, 10米123, 4分30秒, 4分30秒钟, 50米12秒")
def test_quantity_is_the_plain_pattern(text: str) -> None:
    plain = _reference_quantity()
    assert [(m.span(), m.groups()) for m in quantity().finditer(text)] == \
        [(m.span(), m.groups()) for m in plain.finditer(text)]
    _assert_lean(text, plain)


def test_quantity_on_the_corpus_is_the_plain_pattern() -> None:
    plain = _reference_quantity()
    for text in _corpus():
        text = normalize(text).text
        _assert_lean(text, plain)
        assert [(m.span(), m.groups()) for m in quantity().finditer(text)] == \
            [(m.span(), m.groups()) for m in plain.finditer(text)]


PROBE_PIECES = ["2020年", "2020 年 5", "年", "5月", "400-123-4567", "800 123 4567", "4001234567", "8001", "00",
                "12号", "〔2021〕8号", "(2021)", "号", "3号楼2单元", "男子", "100米跑", "民国", "9年义务教育", "3+4",
                "1.2.3", "3km", "A1", " ", "-", "\n", "\u3000", "一", "5", "1999", "1999-", "/", ".", "12日",
                "至", "到", "—", "5号", "8时", "30分", "9点", "许", "整", "左右", "时", "点", "分"]
PROBE_TEXTS = st.lists(st.sampled_from(PROBE_PIECES), max_size=12).map("".join)


def _check_probes(text: str) -> None:
    for name, branches in patterns._noise_branches().items():
        for k, (branch, probe, _long) in enumerate(branches):
            assert (probe is None) == ((name, k) not in patterns._BRANCH_PROBES)
            if probe is not None and branch.search(text):
                assert probe.search(text), (name, k, text)


@settings(max_examples=400, deadline=None)
@given(PROBE_TEXTS | TEXTS)
def test_a_probe_finds_something_where_its_branch_matches(text: str) -> None:
    _check_probes(text)


def test_probes_on_the_corpus() -> None:
    samples = ["2020 年 5 月", "1999 - 3", "1999/3", "12日—15日", "12日-15日", "5号-8号", "5号至8号", "8时30分",
               "9点5分", "8时许", "9点左右", "400-123-4567", "800 123 4567", "〔2021〕8号", "3号楼2单元"]
    for text in samples + [normalize(t).text for t in _corpus()]:
        _check_probes(text)


JOINT_PIECES = [*PROBE_PIECES, "3A", "A", "z", "民国", "民", "同治", "道光", "道", "女子", "男女", "混合", "混", "+", "×",
                "*", "÷", "=", "<", ">", " "]


def _check_joint_probe(text: str) -> None:
    joint, marks = patterns._joint_probe()
    found = {marks[m.lastgroup or ""] for m in joint.finditer(text)}
    for key, firsts in patterns._JOINT_PROBES.items():
        probe = patterns._stdlib(patterns._BRANCH_PROBES[key])
        assert (probe.pattern in found) == bool(probe.search(text)), (key, text)
        for m in probe.finditer(text):  # a probe starts with one of its first characters
            assert re.fullmatch(f"[{firsts}]", text[m.start()]), (key, text)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(JOINT_PIECES), max_size=12).map("".join) | TEXTS)
def test_the_joint_probe_finds_what_each_probe_finds(text: str) -> None:
    _check_joint_probe(text)


def test_joint_probes_start_apart() -> None:
    bmp = "".join(map(chr, range(0x10000)))
    starts = [set(re.findall(f"[{firsts}]", bmp)) for firsts in patterns._JOINT_PROBES.values()]
    assert sum(map(len, starts)) == len(set().union(*starts))
    for text in _corpus():
        _check_joint_probe(normalize(text).text)


def _plain_noise_spans(text: str) -> list[tuple[int, int]]:
    """noise_spans(text) as plainly written: every noise pattern's finditer, no probes, no
    branches, no gates."""
    return sorted(m.span() for _name, _gates, pattern in patterns.noise() for m in pattern.finditer(text))


def _check_branch_spans(text: str) -> None:
    for name, branches in patterns._noise_branches().items():
        pats = [b for b, _probe, _long in branches]
        for subset in [[b] for b in pats] + [pats, pats[:2], pats[1:]]:
            alternation = regex.compile("|".join(f"(?:{b.pattern})" for b in subset), regex.VERBOSE)
            assert patterns._branch_spans(subset, text) == [m.span() for m in alternation.finditer(text)], (name, text)
    assert patterns.noise_spans(text) == _plain_noise_spans(text), text


@settings(max_examples=300, deadline=None)
@given(PROBE_TEXTS | TEXTS)
@example("2020年5月3日,2021年6月,1999-3-4到2000-1-2")
def test_branch_spans_are_the_alternation(text: str) -> None:
    _check_branch_spans(text)


def test_branch_spans_on_the_corpus() -> None:
    for text in _corpus():
        _check_branch_spans(normalize(text).text)
