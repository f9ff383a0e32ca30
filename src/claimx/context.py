"""Context: the metric, place and time of each draft claim (claims-spec §1, §4).

Works on the normalised (simplified, half-width) text, so every string it returns is
already simplified.

>>> from claimx.compose import compose
>>> from claimx.scan import scan
>>> text = "2014年底,李家村贫困发生率为35.21%。"
>>> ctx = Context(text)
>>> [ctx.attach(d) for d in compose(text, scan(text))]
[('贫困发生率', '李家村', '2014年底')]
"""

from __future__ import annotations

import functools
import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import regex

from claimx import lexicon
from claimx.compose import Draft
from claimx.patterns import CLAUSE_STOPS, alternation, aside, beyond_bmp, time_expression
from claimx.tables import cell_spans, header_cells

__all__ = ["Context", "Place"]

_CHANGE_RULES = frozenset({"change", "new", "to_value", "double"})
_SHARE_OR_BASE = lexicon.SHARE_OR_BASE_LEADS
_SENTENCE_STOPS = "。；;！？!?\n"
_CLAUSE_STOPS = CLAUSE_STOPS
_SENTENCE_STOP_SET = frozenset(_SENTENCE_STOPS)
_FULL_STOPS = "。！？!?\n"  # the sentence stops but ；/;
_CLAUSE_ONLY_STOPS = "".join(c for c in _CLAUSE_STOPS if c not in _SENTENCE_STOP_SET)
_METRIC_MAX = 8


@functools.lru_cache(maxsize=1)
def _leading_deictic_re() -> regex.Pattern[str]:
    """Deictic words that open a metric phrase and name nothing (该项目总投资 → 项目总投资),
    or an age or amount bracket (60岁以上)."""
    # (longest first; 本地, 其他 are words, not a deictic and a noun: 本地生产总值, 其他收入)
    return regex.compile(r"^(?:当地|这些|那些|该项(?!目)|[本此这该][次轮届批]|该|本(?!地)|此|这|其(?![他它余])"
                         r")|^\d+(?:\.\d+)?(?:周岁|[岁年])?(?:及以上|以上|以下)")


_FUNCTION_CHARS = lexicon.FUNCTION_CHARS
_BAD_NAME_END = lexicon.NAME_BAD_ENDS
_WORD_AFTER = lexicon.SUFFIX_WORD_STARTS

#: ``_WORD_AFTER`` with the characters that follow any suffix in a word (村长, 县里).
#: (长 after a level of ``lexicon.TITLE_LEVELS`` may make its head's title, 清滨县长: see
#: :func:`_title_name`; round G)
_WORD_AFTER_ALL = {suf: chars + ("里" if suf in lexicon.TITLE_LEVELS else "长里") for suf, chars in _WORD_AFTER.items()}
_WORD_AFTER_EXCEPT = lexicon.SUFFIX_WORD_EXCEPTIONS

@functools.lru_cache(maxsize=1)
def _group_re() -> regex.Pattern[str]:
    """A village group after a village (三元村一组)."""
    return regex.compile(r"[一二三四五六七八九十\d]{1,3}组")


_OPEN_QUOTES = frozenset("“\"「『‘")
_CLOSE_QUOTES = frozenset("”\"」』’")
#: A wider level right after a narrower one (福山乡温泉区) is an area, not a place.
_WIDE_LEVELS = frozenset(("省", "市", "县", "区"))
_NARROW_LEVELS = frozenset("镇乡村组")
_LEVEL_CHARS = frozenset("省市县区镇乡村")


@functools.lru_cache(maxsize=1)
def _locative_re() -> regex.Pattern[str]:
    """A word that locates what follows (位于, 隶属 …) right before it."""
    return regex.compile(r"(?:位于|地处|隶属于?|属于|距离|距|离|毗邻|紧邻|地处)\s*$")


@functools.lru_cache(maxsize=1)
def _deictic_place_re() -> re.Pattern[str]:
    """A deictic place (全镇, 本村): literal classes, so the standard re (cheaper per call)."""
    return re.compile(f"[{_class(_DEICTIC_FIRST)}][{_class(_DEICTIC_LEVELS)}]")


@dataclass(slots=True)
class Place:
    """A place name at ``[start, end)``; ``org`` when it heads an organisation's name
    (``北京市发改委``): such a mention still names a place, but a weaker one.

    Never changed once made (not frozen: a frozen dataclass takes three times as long to
    build, and :func:`find_places` builds one for every place of a text)."""

    start: int
    end: int
    name: str
    org: bool = False


@functools.lru_cache(maxsize=1)
def _suffix_re() -> re.Pattern[str]:
    """The place suffixes for :func:`find_places`, with an empty group ``org`` that takes
    part in a match when an organisation's name follows (after an opening quote, 村“两委”).

    A one-character suffix matches only where find_places can take it or must note it: a
    name can stand before it (see :func:`_name_start`; not one find_places turns down
    without effect: 贫困村, 超市, 三十村), or an organisation follows. That keeps most
    村民, 全县, 乡村 … away from its Python loop. A longer one (街道, 自治区) matches bare,
    since a rejected one must still be skipped whole."""
    suffixes = sorted({s for s in lexicon.PLACE_SUFFIXES if s != "组"}, key=lambda w: (-len(w), w))
    ones = "".join(s for s in suffixes if len(s) == 1)
    # its first character, then the rest: a leading class lets re scan for it fast
    first = "".join(sorted({s[0] for s in suffixes}))
    longer = [rf"(?<={re.escape(s[0])}){re.escape(s[1:])}" for s in suffixes if len(s) > 1]
    word_after = "|".join(rf"(?<={re.escape(suf)})"
                          + (rf"(?!{alternation(_WORD_AFTER_EXCEPT[suf])})" if suf in _WORD_AFTER_EXCEPT else "")
                          + rf"[{re.escape(chars)}]"
                          for suf, chars in _WORD_AFTER_ALL.items() if suf in ones)
    bad_end = "|".join(rf"[{re.escape(_regex_bad_ends(suf, chars))}]{re.escape(suf)}"
                       for suf, chars in _BAD_NAME_END.items() if suf in ones and chars)  # (东湖区: see _bad_end)
    # two characters before the suffix that always make the name one of NON_PLACE_PREFIXES
    # (its last two, for a three-character name); XX自然村 takes four
    non_place = alternation(w for w in lexicon.NON_PLACE_PREFIXES if len(w) == 2 and w != "自然")
    cjk, any_ = "\u4e00-\u9fff", r"[\s\S]"
    org = rf"(?=[{_class(_OPEN_QUOTES)}]?(?:{_org_re().pattern}))"
    # (behind a class of the characters those start with: most suffixes have none after them)
    after = _class(set("".join(_WORD_AFTER_ALL.values())) | set("长里、"))
    title = _class(lexicon.TITLE_LEVELS)
    one = (rf"(?<=[^{_class(_DEICTIC)}][{re.escape(ones)}])"  # not 全县, 各村
           rf"(?!(?=[{after}])(?:{word_after}|里|(?<![{title}])长|长[{lexicon.TITLE_WORD_STARTS}]|、[省市县区镇乡村]))"  # not 村民, 市场, 县、
           # a name can stand before it, or an organisation follows
           rf"(?:(?<=[{cjk}]{{2}}{any_})(?:(?<![{_class(_FUNCTION_CHARS)}]{any_}{{2}})"
           rf"|(?<=[省市县区州盟旗][{_class(_NAME_FIRST_FUNCTION)}]{any_}{{2}}))"  # 区于田县 (see _after_level)
           rf"(?:(?<![{_class(_BEFORE_SUFFIX_STOP | _NUMERAL_CHARS | set('省市县区'))}]{any_})"
           # (a numbered village, see _numbered_village: 光明二村, 八一村; not 一村一品)
           rf"|(?:(?<=[{_VILLAGE_NUMERALS}]村)(?<![{_class(_NUMERAL_CHARS)}]{any_}{{2}})"
           rf"|(?<=(?:{alternation(lexicon.DATE_NAMES)})村))(?![{_class(_NUMERAL_CHARS)}]))"
           # (after a pronoun a name may end so: 我们凤凰山村, see _bad_end)
           rf"(?:(?<!{bad_end})|(?<=[我咱]们[{cjk}]{{2}}{any_})|(?<=[我咱]们[{cjk}]{{3}}{any_}))"
           rf"(?<!(?:{non_place}){any_})"
           rf"|{org})")
    # a numbered group of the village just named (该村三组, 本村2组; round D)
    group = "|".join(rf"(?<=[该本此]村[{_class(_VILLAGE_GROUP_NUMERALS)}]{{{n}}}组)" for n in (1, 2))
    # a villagers' group named by a surname + 家 or two characters + a numeral (张家组, 东风一组;
    # round G, see _named_group)
    group += (rf"|(?:(?<=[{_class(lexicon.GROUP_SURNAMES)}]家组)|(?<=[{cjk}]{{2}}[{_VILLAGE_NUMERALS}]组)"
              rf"|(?<=[{_class(_VILLAGE_GROUP_NUMERALS)}]村民小组))"  # 第三村民小组 (a22, see _villagers_group)
              rf"(?![{_class(lexicon.GROUP_WORD_STARTS)}])")
    # one leading class for both (re scans fast for a leading class, not for a branch)
    return re.compile(rf"[{re.escape(first)}组](?:(?<=[{re.escape(first)}])"
                      rf"(?:{'|'.join(longer)}|(?<=[{re.escape(ones)}]){one})|(?<=组)(?:{group}))"
                      rf"(?:{org}(?P<org>)|)")


def _class(chars: Iterable[str]) -> str:
    """The inside of a regex class of ``chars``."""
    return re.escape("".join(sorted(chars)))


@functools.lru_cache(maxsize=1)
def _org_re() -> re.Pattern[str]:
    """An organisation's name right after a place (``委``, ``人民政府``, ``…局``)."""
    # 报 (a paper: 北京市报) is not 报告, 报道, 报送 …
    words = alternation(w for w in lexicon.ORG_AFTER_PLACE if w != "报")
    return re.compile(rf"{words}|报(?![告道送名考表批到])|{_GOV_ORG}")


_JOINT_PLACES = lexicon.JOINT_PLACE_SUFFIXES
#: The numerals of a joint count of places (两镇, 三个村) in :func:`_joint_re`.
_JOINT_NUMERALS = "两二三四五六七八九十"


@functools.lru_cache(maxsize=1)
def _joint_re() -> regex.Pattern[str]:
    marks = alternation(lexicon.JOINT_MARKERS)
    places, numerals = "|".join(_JOINT_PLACES), _JOINT_NUMERALS
    # (not 全县14个乡镇, 全市共有3个村: a count inside the place itself)
    inside = r"(?<!全[省市县区镇乡](?:共有|共|有|辖|下辖|所辖|全部|所有)?)(?<!其中)"  # 其中8个村: a part
    # (全县全部12个乡镇: all of the county's own units, a21)
    # 辖9个村1个社区: the place's own units, not several places (round D; the whole list)
    inside += r"(?<!辖有?[^，。；;,\n]{0,16})"
    # 造成岩坪县3个乡镇、27个村受灾: the units of the county just named, not several places
    # (not 两县3个乡镇: a joint count before them; ah17)
    inside += rf"(?<![^两二三四五六七八九十多几各数][省市县区](?:(?:\d+|[{numerals}]+)个?(?:乡镇|街道|{places})、)?)"
    # 已深入18个乡镇: how far an activity reaches, inside the place (round C; tested after
    # the count, not at every position)
    reach = rf"(?<!(?:{alternation(lexicon.REACH_VERBS)})了?(?:\d+|[{numerals}]+)个?(?:{places}))"
    # (the count and the place looked for first: the lookbehinds, which look back up to 18
    # characters, are then tried only where they follow, not at every position)
    count = rf"(?=(?:\d+|[{numerals}]+)个?(?:{places}))"
    return regex.compile(
        rf"{marks}|{count}{inside}(?<![\d{numerals}])(?:\d+|[{numerals}]+)(?:个)?(?:{places})(?![民委级干]){reach}"
        rf"|等(?:\d+|[{numerals}])个(?=[^，。；;,\n]{{0,4}}?(?:{places}|县|市|区|街道|省|州|旗|地))"
    )


@functools.lru_cache(maxsize=1)
def _joint_gate_re() -> re.Pattern[str]:
    """A cheap necessary condition for :func:`_joint_re`, which finds nothing where this
    finds nothing: a marker, 等 before a numeral or a digit, or 村/镇/乡/社区 after one
    (or after 个). Any character but CJK, ASCII or Latin-1 other than 0-9, and
    punctuation (general, CJK, full-width) stands for a digit (``regex`` knows more
    digits than ``re``). Each alternative starts with its literal: re scans for them fast."""
    numerals = _JOINT_NUMERALS
    digit = _DIGIT_STAND_IN
    after_number = rf"(?:{digit}|[个{numerals}])"
    places = "|".join(rf"{w}(?<={after_number}{w})(?![民委级干])" for w in _JOINT_PLACES)
    return re.compile(rf"{alternation(lexicon.JOINT_MARKERS)}|等(?:{digit}|[{numerals}])|{places}")


#: A superset of the digits (``\d``) of ``regex``, for the standard re: no character it
#: leaves out is a decimal digit in any Unicode version.
_DIGIT_STAND_IN = "[^\u4e00-\u9fff\x00-/:-\xbf\u2000-\u206f\u3000-\u303f\uff00-\uff0f\uff1a-\uffef]"


def _is_cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


_DEICTIC = set("全本该各每此这那其我邻两多")
_GOV_ORG = r"[\u4e00-\u9fff]{0,4}?(?:局|厅|委员会|办公室|人民政府|政府)"


_SUFFIX_CHARS = "省市县区镇乡村组州旗盟"
_BEFORE_SUFFIX_STOP = lexicon.BEFORE_SUFFIX_STOPS
_NUMERAL_CHARS = set("一二三四五六七八九十两百千0123456789")
#: The last character of a time after a numeral (2024年, 3月, 第三季), never of a name.
_TIME_END_CHARS = frozenset("年月日季度")
_TIME_NUMERALS = frozenset(_NUMERAL_CHARS | set("〇零"))


def _name_start(text: str, s: int, floor: int) -> int:
    """Where the name before a suffix at ``s`` starts (``s`` if there is none): two
    characters, three when a boundary (punctuation, function word, previous place)
    stands right before them, four for ``X X自然村``."""
    if s - 2 < floor:
        return s
    c1, c2 = text[s - 1], text[s - 2]
    if c1 in "省市县区":
        return s  # 市县, 省市: two levels named together, not a name
    if c1 in "和与及" and c2 in "会局委厅院部办所站队司":
        return s  # 慈善总会和市红十字会: an organisation, a conjunction, then a level
    if not ("\u4e00" <= c2 <= "\u9fff" and "\u4e00" <= c1 <= "\u9fff"):
        return s
    if c2 in _NAME_FIRST_FUNCTION and _after_level(text, s, c1):
        return s - 2  # 和田地区于田县, 天津市和平区, 县向阳村: a name right after a level
    if c1 in _BEFORE_SUFFIX_STOP or c2 in _FUNCTION_CHARS:
        return s
    if c2 == "自" and c1 == "然" and s - 4 >= floor and _is_cjk(text[s - 4]) and _is_cjk(text[s - 3]) \
            and text[s - 4] not in _FUNCTION_CHARS and text[s - 3] not in _FUNCTION_CHARS:  # (共有自然村: none)
        return s - 4
    k = s - 3
    if k < floor:
        return s - 2
    c3 = text[k]  # a third character, when a boundary stands before it
    if not "\u4e00" <= c3 <= "\u9fff" or c3 in _FUNCTION_CHARS or c3 in _SUFFIX_CHARS:
        return s - 2
    if c3 in _TIME_END_CHARS and _time_ends_at(text, k):
        return s - 2  # 2024年南屏市, 3月白石市: the end of a time, not of a name
    if k <= floor:
        return k
    c4 = text[k - 1]
    if c4 in _TIME_END_CHARS and _time_ends_at(text, k - 1):
        return k  # 2024年日喀则市: a time ends before the name
    if text[k - 2 : k] in _PRONOUN_NAMES:
        return k  # 我们凤凰山村: a pronoun before the name is a boundary
    return k if not "\u4e00" <= c4 <= "\u9fff" or c4 in _FUNCTION_CHARS else s - 2


#: Function characters that also open place names (于田县, 和平区, 向阳村).
_NAME_FIRST_FUNCTION = frozenset("于和向")


def _after_level(text: str, s: int, c1: str) -> bool:
    """A two-character name before the suffix at ``s`` that opens with a function
    character (:data:`_NAME_FIRST_FUNCTION`) right after the level character of a place
    (省市县区州盟旗: 和田地区于田县, 天津市和平区): a name in a chain, not 于/和/向 + a word.
    Not when its second character is a level or a stop (市和县, 县和乡村) (asb2)."""
    return s >= 3 and text[s - 3] in "省市县区州盟旗" and c1 not in _SUFFIX_CHARS \
        and c1 not in _BEFORE_SUFFIX_STOP and c1 not in _FUNCTION_CHARS


_NOT_NAME_FIRST = lexicon.NOT_NAME_FIRST
#: The levels a sports team is named after (江北区队; round G).
_TEAM_LEVELS = frozenset("省市县区镇乡")
#: ``lexicon.TEAM_WORDS`` and their first characters (a gate before the word test).
_TEAM_WORDS = lexicon.TEAM_WORDS
_TEAM_FIRST = frozenset(w[0] for w in _TEAM_WORDS)
_PRONOUN_NAMES = lexicon.PRONOUN_NAMES
#: A deictic place (全市, 本县: :func:`_deictic_place_re`), its first and second character.
_DEICTIC_FIRST, _DEICTIC_LEVELS = frozenset("全本该各每此"), frozenset("省市县区镇乡村组")


def _not_a_name(text: str, j: int, name: str, non_place: frozenset[str]) -> bool:
    """A "name" at ``j`` that is no name (round C): its first character ends a word of
    ``non_place`` (``lexicon.NON_PLACE_PREFIXES``) begun before it (县级以上城市, 东部协作城市)
    or a group noun (工作队进村), or it opens with a deictic place (全市城市: 全市 + 城市)."""
    return (name[0] in _NOT_NAME_FIRST or (j > 0 and text[j - 1 : j + 1] in non_place)
            or (name[1] in _DEICTIC_LEVELS and name[0] in _DEICTIC_FIRST)
            or (j > 1 and text[j - 2] in "每各" and text[j - 1] in _COUNTED_MEASURES))  # 每部电梯市财政 (ah16)


#: Measure words after 每/各 that make the noun after them a counted item, no place's name
#: (每部电梯市财政补贴: 电梯 + 市财政, not a city 电梯市; ah16).
_COUNTED_MEASURES = frozenset("部台辆座家所套间栋艘架只头条项张")


#: The numerals that may end a village's name (光明二村, 八一村).
_VILLAGE_NUMERALS = "一二三四五六七八九十"
#: ``_VILLAGE_NUMERALS`` and the digits: those of a village group (该村三组, 本村12组).
_VILLAGE_GROUP_NUMERALS = frozenset(_VILLAGE_NUMERALS + "0123456789")


def _numbered_village(text: str, j: int, name: str, suf: str) -> bool:
    """Whether a name at ``j`` ending in a numeral names a village (round D): a
    commemorative date (``lexicon.DATE_NAMES``: 八一村, 五一村) or a name of two characters
    and one numeral after a boundary (光明二村), never numerals before a numeral (三十村) nor
    before one (一村一品: the regex sees to that)."""
    k = j + len(name) + 1  # after the suffix
    if suf != "村" or name[-1] not in _VILLAGE_NUMERALS or (j and text[j - 1] in _NUMERAL_CHARS) \
            or text[k : k + 1] in _NUMERAL_CHARS:
        return False
    if len(name) == 2:
        return name in lexicon.DATE_NAMES and text[j - 1 : j] != "第"
    return len(name) == 3 and _NUMERAL_CHARS.isdisjoint(name[:2])


#: Bad ends (``_BAD_NAME_END``) that :func:`_bad_end` decides on, not the suffix pattern:
#: a direction before them may make a name (东湖区, 南山区, 东山村).
_DIRECTION_ENDS = {"区": "湖山", "村": "山"}


def _regex_bad_ends(suf: str, chars: str) -> str:
    """The bad ends of ``suf`` the suffix pattern turns down itself: all but those of
    :data:`_DIRECTION_ENDS`."""
    for c in _DIRECTION_ENDS.get(suf, ""):
        chars = chars.replace(c, "")
    return chars


def _direction_name(text: str, j: int, name: str, suf: str) -> bool:
    """东山村, 西山村, 南山区 (of 深圳市南山区): a direction + 山 + 村/区, after a boundary or
    right after a level (a place just named), is a name, not 山村/山区 "a mountain village,
    a mountainous area" (asb2)."""
    return (suf in _DIRECTION_ENDS and name[-1] == "山" and len(name) == 2 and name[0] in "东西南北"
            and (j == 0 or not _is_cjk(text[j - 1]) or text[j - 1] in _FUNCTION_CHARS
                 or text[j - 1] in "省市县区州盟旗"))


def _bad_end(text: str, j: int, name: str, suf: str) -> bool:
    """Whether a name at ``j`` ending in one of ``_BAD_NAME_END`` makes a common noun: not a
    direction + 湖 + 区 after a boundary (，东湖区, 西湖区: districts; 洞庭湖区 is a lake's
    area), nor a direction + 山 (:func:`_direction_name`), nor a name after a pronoun
    (我们凤凰山村)."""
    if text[j - 2 : j] in _PRONOUN_NAMES:
        return False  # 我们凤凰山村: a name after a pronoun (山村 is a common noun)
    if name[-1] == "山":
        return not _direction_name(text, j, name, suf)
    return not (suf == "区" and name[-1] == "湖" and len(name) == 2 and name[0] in "东西南北"
                and (j == 0 or not _is_cjk(text[j - 1]) or text[j - 1] in _FUNCTION_CHARS))


_CITY_NOUN_LEADS = lexicon.CITY_NOUN_LEADS


def _common_noun(text: str, j: int, name: str, suf: str, is_org: bool, relative_times: frozenset[str]) -> bool:
    """Whether a "name" at ``j`` before ``suf`` makes a common noun, not a place (round F):
    城市/社区 after a tier or a verb of building (``lexicon.GENERIC_PLACE_LEADS``: 三四线城市,
    建成城市书房, 改造城市道路, 新建社区养老…), a two-character modifier before 城市 (智慧城市,
    卫生城市: no city's name is three characters ending in 城), or a time word in the
    "name" (今年度县府: this year's county government)."""
    if name[-2:] in ("年度", "季度") or name[:2] in relative_times:
        return True
    if suf == "市" and name[-1] == "城":
        return len(name) == 3 or name[0] in _CITY_NOUN_LEADS or text[j - 1 : j + 1] in lexicon.GENERIC_PLACE_LEADS
    if suf == "社区" and not is_org:
        return name in lexicon.GENERIC_PLACE_LEADS or text[j - 1 : j + 1] in lexicon.GENERIC_PLACE_LEADS
    return False


_GROUP_LEADS = frozenset(("该村", "本村", "此村"))


@functools.lru_cache(maxsize=1)
def _household_re() -> re.Pattern[str]:
    """A count of households right after a group's name (有农户28户, 共有56户)."""
    return re.compile(rf"(?:共有|现有|有|共|辖)(?:{alternation(lexicon.HOUSEHOLD_COUNT_NOUNS)})?"
                      r"(?:\d+|[一二三四五六七八九十百两]+)户")


def _named_group(text: str, s: int, floor: int, places: list[Place], non_place: frozenset[str]) -> int:
    """Where the name of a villagers' group before the 组 at ``s`` starts, or -1 (round G):
    a surname + 家 (张家组: ``lexicon.GROUP_SURNAMES``), or two characters of a name and a
    numeral (东风一组) that count households right after (有农户28户: work groups, 督导一组,
    工作二组, 男子一组, count no households). The name stands after a boundary (the start,
    punctuation, a function character) or right after a place (红旗村张家组); never 第一组,
    每五人一组, 分成三组 (a numeral, a function character or a verb of dividing in the name)."""
    if text[s - 1] == "家":
        j, household = s - 2, False  # (the surname: the regex tested it)
    else:
        j, household = s - 3, True
        name = text[j : s - 1]
        if name in non_place or name[-1] in "成为作" or any(not _is_cjk(c) or c in _FUNCTION_CHARS or c in _NUMERAL_CHARS
                                    or c in _DEICTIC or c in _SUFFIX_CHARS for c in name):
            return -1
    if j < floor:
        return -1
    prev = text[j - 1] if j else ""
    if prev and _is_cjk(prev) and prev not in _FUNCTION_CHARS and not (places and places[-1].end == j):
        return -1
    if household and _household_re().match(text, s + 1) is None:
        return -1
    return j


def _villagers_group(text: str, s: int, floor: int) -> int:
    """Where a numbered villagers' group (``第三村民小组``, ``5村民小组``) ending in the 组 at ``s``
    starts, or -1: claims-spec §4 counts 组 among the place suffixes, and a group's numeral
    is its name (a22). Not an item of a list (``第一、第三、第五村民小组``: several groups; the
    village before them stays the place)."""
    j = s - 3
    while j > floor and s - 3 - j < 3 and text[j - 1] in _VILLAGE_GROUP_NUMERALS:
        j -= 1
    if j == s - 3:
        return -1
    if j > floor and text[j - 1] == "第":
        j -= 1
    if (j > 0 and text[j - 1] in "、和及与") or text[s + 1 : s + 2] in ("、", "和", "及", "与"):
        return -1
    return j


def _title_name(text: str, j: int, name: str) -> bool:
    """Whether a "name" at ``j`` before a level + 长 (the regex leaves 长 only after
    ``lexicon.TITLE_LEVELS``, not before 长期, 长江 …) names the place its head is the
    head of (清滨县长选举 → 清滨县, round G): the name stands after a boundary (the start,
    punctuation, a function character) and does not end in a rank, a verb or a surname
    (``lexicon.TITLE_LEADS``: 副县长, 担任县长, 会见市长, 陪同王县长), nor opens on a deictic
    (本次县长选举: this election for the county head)."""
    return len(name) >= 2 and name[-1] not in lexicon.TITLE_LEADS and name[0] not in _DEICTIC and (
        j == 0 or not _is_cjk(text[j - 1]) or text[j - 1] in _FUNCTION_CHARS)


def _time_ends_at(text: str, i: int) -> bool:
    """A time ends at ``text[i]`` (one of ``_TIME_END_CHARS``): 2024年, 3月, 5日, 第三季,
    一季度, 2024年度."""
    prev = text[i - 1] if i else ""
    if text[i] == "度":
        return prev in ("季", "年") and i > 1 and text[i - 2] in _TIME_NUMERALS
    return prev != "" and prev in _TIME_NUMERALS


@functools.lru_cache(maxsize=1)
def _word_sets() -> tuple[frozenset[str], frozenset[str]]:
    """``lexicon.NON_PLACE_PREFIXES`` and ``lexicon.RELATIVE_TIMES`` as sets."""
    return frozenset(lexicon.NON_PLACE_PREFIXES), frozenset(lexicon.RELATIVE_TIMES)


def find_places(text: str, areas: list[Place] | None = None) -> list[Place]:
    """Administrative place names in ``text`` (``徐洼村``, ``红岩镇``), most specific last
    in a chain such as ``昭化区红岩镇广吉村``.

    >>> [p.name for p in find_places("昭化区红岩镇广吉村和市委组织部")]
    ['昭化区', '红岩镇', '广吉村']

    ``areas``, when given, gets the words that look like a place but name a list of
    levels (``乡镇市``) or an area inside the place before (``福山乡温泉区``): no place,
    but no part of a metric either.
    """
    places: list[Place] = []
    last_end = 0
    non_place, relative_times = _word_sets()
    for m in _suffix_re().finditer(text):
        s, me = m.span()
        if s < last_end:
            continue
        suf = m.group()
        lead = suf[0]
        if lead == "组" and text.startswith("村民小", s - 3):  # 第三村民小组 (a22)
            j = _villagers_group(text, s, last_end)
            if j >= 0:
                places.append(Place(j, s + 1, text[j : s + 1], m.lastindex is not None))
                last_end = me
            continue
        if lead == "组":  # 该村三组: the group's numeral is its name
            j = s - (2 if text[s - 2] in _VILLAGE_GROUP_NUMERALS else 1)
            if text[j - 2 : j] not in _GROUP_LEADS:
                j = _named_group(text, s, last_end, places, non_place)  # 张家组, 东风一组 (round G)
                if j < 0:
                    continue
            places.append(Place(j, s + 1, text[j : s + 1], m.lastindex is not None))
            last_end = me
            continue
        if me - s > 1:  # matched bare: the tests the pattern makes for one character
            if s == 0 or text[s - 1] in _DEICTIC:
                continue
            nxt = text[me : me + 2]  # not 街道长, 社区、
            if nxt[:1] in ("长", "里") or (len(nxt) == 2 and nxt[0] == "、" and nxt[1] in "省市县区镇乡村"):
                continue
        is_org = m.lastindex is not None  # the group ``org``, the pattern's only one
        j = _name_start(text, s, last_end)
        if lead == "自":  # 新疆维吾尔自治区: the name holds its ethnic groups
            j = _autonomous_start(text, s, last_end, j)
        name = text[j:s]
        if name in _PRONOUN_NAMES:  # 我们县: the document's county, like 本县
            if areas is not None:
                areas.append(Place(j, me, name + suf))  # (no place, but no part of a metric)
            continue
        c = text[me : me + 1]  # (the character after the suffix, read by the tests below)
        titled = c == "长" and me - s == 1
        if titled and not _title_name(text, j, name):
            continue  # 担任县长, 王县长, 副市长: a person or an office, no place (round G)
        if areas is not None and text[j - 2 : j] in _PRONOUN_NAMES:
            areas.append(Place(j - 2, j, text[j - 2 : j]))  # 我们凤凰山村: 我们 is no metric
        if len(name) < 2 or name in non_place \
                or (len(name) == 3 and (name[1:] in non_place or name[:2] in non_place)) \
                or _not_a_name(text, j, name, non_place):  # 他带领村, 预计后市; 以上城市, 工作队进村
            if is_org:
                last_end = me
            continue
        last = name[-1]  # (a name of two characters or more from here on)
        if (suf in ("市", "社区") or name[-2:] in ("年度", "季度") or name[:2] in relative_times) \
                and _common_noun(text, j, name, suf, is_org, relative_times):  # (it holds for no other)
            continue  # 一线城市, 建成城市书房, 新建社区, 今年度县府 (round F)
        if (last in _BAD_NAME_END.get(suf, "") and _bad_end(text, j, name, suf)) or name in relative_times \
                or name[0] in "级" or (last in _NUMERAL_CHARS and not _numbered_village(text, j, name, suf)):
            continue
        if j and text[j - 1] in _OPEN_QUOTES and c in _CLOSE_QUOTES:
            continue  # “空壳村”: a quoted nickname is a label, not a place
        if last == "进" and name[-2:] not in lexicon.INTO_NAMES:
            continue  # 维权进社区: the verb "into" (a slogan), no name (round G)
        if c in _TEAM_FIRST and suf in _TEAM_LEVELS and text.startswith(_TEAM_WORDS, me) \
                and not text.startswith("队伍", me):
            # 江北区队, 南湖区代表队: a sports team (an organisation), no place (round G)
            if areas is not None:
                areas.append(Place(j, me, name + suf))
            last_end = me
            continue
        if (last in _NARROW_LEVELS and name[-2] in _LEVEL_CHARS) or (
                places and places[-1].end == j and suf in _WIDE_LEVELS and places[-1].name[-1] in _NARROW_LEVELS):
            # 乡镇市, 县乡村: a list of levels; 福山乡温泉区: a wider level after a narrower
            # one is an area inside it, not a place
            if areas is not None:
                areas.append(Place(j, me, name + suf))
            continue
        if titled and areas is not None:
            areas.append(Place(me, me + 1, "长"))  # 清滨县长: the title's 长 is no metric (round G)
        last_end = me
        # a village group right after: 三元村一组 (a numeral or a digit, never CJK, first)
        g = _group_re().match(text[me : me + 5]) \
            if suf == "村" and (c in "一二三四五六七八九十" or not "\u4e00" <= c <= "\u9fff") else None
        if g:
            places.append(Place(j, me + g.end(), name + suf + g.group(), is_org))
            last_end = me + g.end()
        else:
            places.append(Place(j, me, name + suf, is_org))
    if len(places) > 1 and "地区" in text:
        _prefectures(text, places)
    return _with_bare_places(text, places)


@functools.lru_cache(maxsize=1)
def _ethnic_tail_re() -> re.Pattern[str]:
    """An ethnic group (``lexicon.ETHNIC_GROUPS``; one character only with 族) at the end of
    a string."""
    many = alternation(w for w in lexicon.ETHNIC_GROUPS if len(w) > 1)
    ones = "".join(w for w in lexicon.ETHNIC_GROUPS if len(w) == 1)
    return re.compile(rf"(?:(?:{many})族?|[{ones}]族)$")


#: How many characters the place part of an autonomous place's name may have
#: (克孜勒苏柯尔克孜自治州).
_AUTONOMOUS_PLACE_MAX = 4


def _autonomous_start(text: str, s: int, floor: int, j: int) -> int:
    """Where the name of an autonomous place before its suffix at ``s`` starts: its place
    part, then its ethnic groups (``新疆维吾尔``, ``黔东南苗族侗族``, ``长阳土家族``): the place
    part runs back to a boundary (at most :data:`_AUTONOMOUS_PLACE_MAX` characters), else two
    characters. ``j`` (the plain start) when no ethnic group ends the name (西藏自治区)."""
    k, tail = s, _ethnic_tail_re()
    while (m := tail.search(text, max(floor, k - 5), k)) is not None and m.start() - floor >= 2:
        k = m.start()
    if k == s:
        return j
    start = k
    while start > floor and k - start < _AUTONOMOUS_PLACE_MAX and _is_cjk(text[start - 1]) \
            and text[start - 1] not in _FUNCTION_CHARS:
        start -= 1
    if k - start < 2:
        return j  # 内蒙古自治区: 蒙古 is part of the place's name
    if k - start == _AUTONOMOUS_PLACE_MAX and start > floor and _is_cjk(text[start - 1]) \
            and text[start - 1] not in _FUNCTION_CHARS:
        start = k - 2  # no boundary near: two characters, as for any name
    return start


def _prefectures(text: str, places: list[Place]) -> None:
    """``新疆维吾尔自治区和田地区于田县``: a name + 地区 (a prefecture) between a province-level
    place (省, 自治区) and the place right after it is a place of the chain (asb2; 地区 alone
    is mostly the common noun "area": 沿海地区)."""
    k = 1
    while k < len(places):
        a, b = places[k - 1], places[k]
        if 4 <= b.start - a.end <= 6 and a.name.endswith(("省", "自治区")):  # (before the gap is cut)
            gap = text[a.end : b.start]
            if gap.endswith("地区") and all(map(_is_cjk, gap)) and not any(c in _FUNCTION_CHARS for c in gap[1:]):
                places.insert(k, Place(a.end, b.start, gap))
                k += 1
        k += 1


@functools.lru_cache(maxsize=1)
def _whole_level_re() -> re.Pattern[str]:
    """A whole level (全市, 本县), not 全市场, 本区域 (see :meth:`Context._whole_level`)."""
    return re.compile("[全本]([省市县区镇乡村])(?![场域内外级份])")  # 全村 (ah19t)


@functools.lru_cache(maxsize=1)
def _bare_re() -> re.Pattern[str]:
    """A place written without a suffix (``lexicon.BARE_PLACES``: 香港, 台湾, 本港), not in
    quotes (「開心香港」: a slogan) nor before 口/区 (本港口: a port) or 元/币 (澳门元: a currency)."""
    # (the quote before is tested by the caller: a leading lookbehind would make re try
    # every position instead of scanning for the names' first characters)
    return re.compile(rf"(?:{alternation(lexicon.BARE_PLACES)})(?![{_class(_CLOSE_QUOTES)}口区元币])")


@functools.lru_cache(maxsize=1)
def _bare_gate_re() -> re.Pattern[str]:
    """The last character of each name of ``lexicon.BARE_PLACES`` (a class: one scan): a
    text without them names none."""
    return re.compile(f"[{_class({w[-1] for w in lexicon.BARE_PLACES})}]")
_BARE_TARGET = lexicon.BARE_PLACE_TARGETS
_COUNTRY_TARGET = lexicon.COUNTRY_TARGETS
_REGIONS = lexicon.REGIONS


def _with_bare_places(text: str, places: list[Place]) -> list[Place]:
    """``places`` and the places written without a suffix (:func:`_bare_re`) that lie
    outside them (``香港特别行政区`` is found whole already), in order; the name is the
    region's (本港 → 香港)."""
    if _bare_gate_re().search(text) is None:
        return places  # (far cheaper than the scan)
    bare = list(_bare_re().finditer(text))
    if not bare:
        return places
    starts = [p.start for p in places]
    for m in bare:
        s, e = m.span()
        if s and (text[s - 1] in _OPEN_QUOTES or text[s - 1] in _BARE_TARGET):
            continue  # 「開心香港」: a slogan; 对香港出口: a destination, not the place
        if text.startswith(lexicon.EXCHANGE_NAMES, e):
            continue  # 香港联合交易所: an exchange's name, not a place (ah17)
        guard = lexicon.BARE_PLACE_GUARDS.get(m.group())
        if guard is not None and s and text[s - 1] in guard:
            continue  # 完美国度, 今日本市: the end of a word, then another (round F)
        name = lexicon.BARE_PLACES[m.group()]
        if name not in _REGIONS and (text.startswith(lexicon.COUNTRY_PARTNER_NOUNS, e)
                                     or (s and text[s - 1] in _COUNTRY_TARGET)):
            # 韩国游客, 俄罗斯市场: a country the figures come from or go to; 受美国关税影响:
            # a cause; 对东盟、欧盟、美国分别进出口: a list of partners (round F)
            continue
        if name in _REGIONS and text.startswith(lexicon.REGION_ORIGIN_NOUNS, e):
            continue  # 香港旅客41.2万人次 (in a Macau release): the visitors' origin (a22)
        k = bisect_right(starts, s)
        if (k and places[k - 1].end > s) or (k < len(places) and places[k].start < e):
            continue  # inside a place already found (台湾省)
        org = _org_re().match(text, e) is not None  # 台湾大学: a weaker mention
        places.insert(k, Place(s, e, name, org))
        starts.insert(k, s)
    return places


class Context:
    """Sentence, paragraph and document context of one normalised text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._places: list[Place] | None = None
        self._subject: tuple[Draft, str | None] | None = None  # the last claim not a share
        self._listed_at = (-1, -1, False)  # the 分别 of the last list value, its index (_distributed)
        self._listed_in: tuple[int, list[tuple[Draft, str | None]]] = (-1, [])  # a sentence's claims
        self._areas: list[Place] = []  # what find_places saw as no place but an area (乡镇市)
        self._place_starts: list[int] = []
        self._place_ends: list[int] = []
        self._time_cache: dict[int, list[tuple[int, int, str]]] = {}
        self._base_cache: dict[int, list[tuple[int, int, str]]] = {}  # times left out by :meth:`times`
        self._doc_place: str | bool | None = False
        self._doc_from = 0  # where :meth:`doc_place` is first named (0: in the headline)
        self._chain: tuple[Place, str] | None = None  # (梅岭县, 桃源乡): see :meth:`_chain_head`
        self._stop_cache: dict[str, list[int]] = {}
        self._about_cache: dict[int, tuple[str | None, list[Place]]] = {}
        self._unique_cache: dict[tuple[int, int], str | None] = {}
        self._last_sentence = self._last_clause = (-1, -2)  # :meth:`attach`'s last spans
        self._last_about: tuple[str | None, list[Place]] = (None, [])  # and its sentence's
        self._last_times: list[tuple[int, int, str]] = []
        self._last_apart = False  # whether that sentence holds 分别 (:meth:`_distributed`)
        self._places_clause: tuple[tuple[int, int] | None, list[Place]] = (None, [])
        self._last_paragraph: tuple[int, int, str | None] = (-1, -2, None)  # for :meth:`_about`
        self._drop_deictic = _deictic_place_re().sub
        self._astral: bool | None = None  # whether the text holds a character above U+FFFF
        self._plain: bool | None = None  # whether the standard re reads its times (_plain_reads_times)
        pipe = text.find("|")
        self._tables: dict[int, tuple[list[str], list[tuple[int, int]]] | None] | None = (
            {} if pipe >= 0 else None)  # a pipe-table row's header and cells (:meth:`_table_cell`)
        # the lines from the first holding a | to the last: no value outside them is in a row
        self._table_lo = self._table_hi = 0
        if pipe >= 0:
            self._table_lo = text.rfind("\n", 0, pipe) + 1
            last_line = text.find("\n", text.rfind("|"))
            self._table_hi = last_line if last_line >= 0 else len(text)

    # ----------------------------------------------------------------- spans
    def _stops(self, stops: str) -> list[int]:
        cached = self._stop_cache.get(stops)
        if cached is None:
            t = self.text
            if stops != _SENTENCE_STOPS and set(stops) <= _SENTENCE_STOP_SET:
                # a subset of the sentence stops: filter their (few) positions, no rescan
                every = self._stops(_SENTENCE_STOPS)
                if all(c in stops or c not in t for c in _SENTENCE_STOPS):
                    cached = every  # (the text holds none of the others: ；/; for _FULL_STOPS)
                else:
                    cached = [k for k in every if t[k] in stops]
            else:
                cached = _positions(self.text, stops, 0, len(self.text))
            self._stop_cache[stops] = cached
        return cached

    def _bounds(self, i: int, stops: str) -> tuple[int, int]:
        """The span between the stop characters around index ``i``."""
        pos = self._stop_cache.get(stops)
        if pos is None:
            pos = self._stops(stops)
        k = bisect_right(pos, i - 1)  # stops before i
        # the first stop at or after i
        return (pos[k - 1] + 1 if k else 0), (pos[k] if k < len(pos) else len(self.text))

    def sentence(self, i: int) -> tuple[int, int]:
        return self._bounds(i, _SENTENCE_STOPS)

    def clause(self, i: int) -> tuple[int, int]:
        return self._clause_in(i, self.sentence(i))

    def _clause_in(self, i: int, sentence: tuple[int, int]) -> tuple[int, int]:
        """:meth:`clause` of an index of ``sentence``: the sentence stops are clause
        stops, so the clause ends at the nearest other ones (commas) on each side of
        ``i`` inside the sentence, found with a str.find/rfind per stop character
        (cheaper than listing the stops of the sentence)."""
        ss, se = sentence
        t = self.text
        cs, ce = ss, se
        for c in _CLAUSE_ONLY_STOPS:
            k = t.rfind(c, ss, i) + 1  # after the last stop before i (0: none)
            if k > cs:
                cs = k
            k = t.find(c, i, ce)  # the first stop at or after i
            if k >= 0:
                ce = k
        return cs, ce

    def paragraph(self, i: int) -> tuple[int, int]:
        return self._bounds(i, "\n")

    # ----------------------------------------------------------------- time
    def times(self, ss: int, se: int) -> list[tuple[int, int, str]]:
        """Time expressions of the sentence ``[ss, se)`` (comparison bases left out): what
        ``time_expression().finditer`` finds, found by :func:`_time_spans`."""
        cached = self._time_cache.get(ss)
        if cached is None:
            text = self.text
            cached = _time_spans(text, ss, se, self._plain_times())
            if cached and text.find("占", ss, se) >= 0:
                # 占全年的64.6%, 占当年GDP的: the base of a share, no time of any claim (a22)
                cached = [t for t in cached if text[t[0] - 1 : t[0]] != "占"]
            if cached:
                comparison = _comparison_re().search
                head = _comparison_heads().search  # (one is in every comparison match)
                kept = [t for t in cached
                        if (head(text, max(0, t[0] - 4), t[0]) is None
                            or not comparison(text, max(0, t[0] - 4), t[0]))
                        and not (text[t[0] - 1 : t[0]] in lexicon.FROM_MARKERS and _is_from_value_time(text, t))]
                if text.find("以来最", ss, se) >= 0 and any(
                        t[2].endswith("以来") and text.startswith("最", t[1]) for t in kept):
                    # 入汛以来最强降雨: a record's period, not the time of the claims
                    kept = [t for t in kept if not (t[2].endswith("以来") and text.startswith("最", t[1]))]
                    cached = [t for t in cached if not (t[2].endswith("以来") and text.startswith("最", t[1]))]
                if len(kept) < len(cached):
                    self._base_cache[ss] = [t for t in cached if t not in kept]
                cached = kept
            self._time_cache[ss] = cached
        return cached

    def _base_time(self, d: Draft, ss: int, clause: tuple[int, int]) -> str | None:
        """The time of a comparison base or a from-value that dates the plain value
        right after it (``比2010年的3.12人``, ``与2010年…普查的3514208人相比``): the value's own
        time, while the base's time is never that of the other claims (see :meth:`times`)."""
        bases = self._base_cache.get(ss)
        if not bases or d.rule != "state":
            return None
        t, i = self.text, d.num_start
        c = t[i - 1 : i]
        if c != "的" and c not in ("（", "("):
            return None
        for b in reversed(bases):
            if clause[0] <= b[0] and b[1] <= i:
                gap = t[b[1] : i]
                if c != "的":  # 较上周（1221例）: the base's value in brackets right after it (round G)
                    return b[2] if b[1] == i - 1 else None
                return b[2] if len(gap) <= 12 and not any(c.isdigit() for c in gap) else None
        return None

    def time_of(self, d: Draft, sentence: tuple[int, int] | None = None,
                clause: tuple[int, int] | None = None) -> str | None:
        """The time of a draft; ``sentence`` is ``self.sentence(d.start)`` and ``clause``
        ``self.clause(d.start)`` if known."""
        ss, se = sentence or self.sentence(d.start)
        times = self.times(ss, se)
        if ss in self._base_cache:
            base = self._base_time(d, ss, clause or self.clause(d.num_start))
            if base is not None:
                return base
        return self._time_among(d, times, clause) if times else None

    def _time_among(self, d: Draft, times: list[tuple[int, int, str]],
                    clause: tuple[int, int] | None) -> str | None:
        """The time of a draft among the ``times`` of its sentence."""
        if d.rule == "from_to":  # 从2014年的A增加到2020年的B: the to-value's own date
            text = self.text
            for t in times:
                if d.start < t[0] and t[1] < d.end and text[t[1]] == "的":
                    return t[2]
        i = d.num_start
        # a clause holds no stop: it is the clause of every index from its start to its end
        cs, ce = clause if clause is not None and clause[0] <= i <= clause[1] else self.clause(i)
        ds, de = d.start, d.end
        # one pass over the times not overlapping the draft: the last one before it (in
        # its clause, and anywhere), the first one after it in its clause
        before = own_before = own_after = None
        for t in times:
            t0, t1 = t[0], t[1]
            if t0 < de and ds < t1:
                continue
            if t1 <= ds:
                before = t
                if cs <= t0:
                    own_before = t
            elif own_after is None and cs <= t0 and t1 <= ce:
                own_after = t
        if own_before is not None:
            return own_before[2]
        if own_after is not None and before is None:
            return own_after[2]
        if own_after is not None and before is not None and "于" in self.text[de : own_after[0]]:
            return own_after[2]
        if before is not None:
            return before[2]
        # claims-spec §1: a later time counts only in the claim's own clause
        return None

    # ----------------------------------------------------------------- place
    def places(self) -> list[Place]:
        if self._places is None:
            self._places = find_places(self.text, self._areas)
            self._place_starts = [p.start for p in self._places]
            self._place_ends = [p.end for p in self._places]
        return self._places

    def _places_in(self, s: int, e: int) -> list[Place]:
        """The places lying wholly inside ``[s, e)`` (places never overlap)."""
        places = self._places
        if places is None:
            places = self.places()
        starts = self._place_starts
        k = bisect_left(starts, s)
        if k == len(starts) or starts[k] >= e:
            return []  # (most spans: the first place from s on starts at or after e)
        return places[k : bisect_right(self._place_ends, e)]

    def _joint(self, s: int, e: int) -> bool:
        return _joint_gate_re().search(self.text, s, e) is not None \
            and _joint_re().search(self.text, s, e) is not None

    def _joint_of(self, s: int, e: int, places: list[Place]) -> bool:
        """:meth:`_joint`, unless each mark lies inside one of ``places`` (光明二村, 八一村:
        a numbered village's name, not a count of villages; round D)."""
        if _joint_gate_re().search(self.text, s, e) is None:
            return False  # (:meth:`_joint`'s own gate; its search is the first match below)
        return any(not any(p.start <= m.start() and m.end() <= p.end for p in places)
                   for m in _joint_re().finditer(self.text, s, e))

    def _specific(self, places: list[Place]) -> list[Place]:
        """Drop places that are followed, in a chain, by a more specific one (``places``
        itself when there are not two)."""
        if len(places) < 2:
            return places
        return [p for p, q in itertools.pairwise(places) if q.start != p.end] + [places[-1]]

    def _unique(self, s: int, e: int) -> str | None:
        """The one place a span is about, or None (none, several, or joint)."""
        key = (s, e)
        if key in self._unique_cache:
            return self._unique_cache[key]
        inside = self._places_in(s, e)
        found = self._specific(inside)
        names = {p.name for p in found if not p.org} or {p.name for p in found}
        unique = names.pop() if len(names) == 1 and not self._joint_of(s, e, inside) else None
        self._unique_cache[key] = unique
        return unique

    def doc_place(self) -> str | None:
        """The place the whole document is about: its headline's, else the most
        frequent one, unless the document opens on several places jointly."""
        if self._doc_place is False:
            self._doc_place = None
            self._doc_from = 0
            every = self._specific(self.places())
            places = [p for p in every if not p.org] or every
            if places:
                nl = self.text.find("\n")
                head = self._unique(0, nl if nl > 0 else len(self.text))
                if head in lexicon.BARE_PLACE_GUARDS and sum(p.name == head for p in places) < 2:
                    return None  # 该车型在日本的售价: a major country named once, in passing (round F)
                if head is not None:
                    self._doc_place = head
                    wide = self._chain_head(head)
                    if wide is not None and wide.start < nl:  # 龙潭县白石镇… 全县: the county
                        self._doc_place, self._chain = wide.name, (wide, head)
                else:
                    ps, pe = self.sentence(places[0].start)
                    if not self._joint(ps, pe) and not self._listed(self._places_in(ps, pe)) \
                            and not self._route_in_headline(nl):
                        counts: dict[str, int] = {}
                        for p in places:
                            if (self.text.startswith("为例", p.end) and self.text[p.start - 1 : p.start] == "以") \
                                    or _departure(self.text, p):
                                continue  # 以富里乡为例: an example inside the place; 从长兴市出发: a route (round F)
                            counts[p.name] = counts.get(p.name, 0) + 1
                        for k in [k for k, n in counts.items() if n < 2 and k in lexicon.BARE_PLACE_GUARDS]:
                            del counts[k]  # 在日本的售价: a major country named once, in passing (round F)
                        if not counts:
                            return None
                        # the most frequent, the most specific of those, the first of those
                        top = max(counts.values())
                        self._doc_place = name = max((k for k, n in counts.items() if n == top), key=_rank)
                        # named first (an organisation of it too) after the headline: not the
                        # place of what comes before
                        self._doc_from = next(p.start for p in every if p.name == name)
                        if self._doc_from and self._in_lead_sentence(self._doc_from):
                            self._doc_from = 0  # the first subject of the lead: the headline's too (ah19t)
                        if name in lexicon.BARE_PLACES and any(
                                p.name == name and self.text[p.start] == "本" for p in every):
                            self._doc_from = 0  # 本港: the writer's own place, all along
                        wide = self._chain_head(name)
                        if wide is not None:  # 梅岭县桃源乡 … 全县: the county (round D)
                            self._doc_place, self._chain = wide.name, (wide, name)
                            self._doc_from = wide.start
        return self._doc_place if isinstance(self._doc_place, str) else None

    def _route_in_headline(self, nl: int) -> bool:
        """Whether :func:`_route_re` finds a route in the headline (the text up to ``nl``,
        all of it if ``nl`` < 1); every route holds 至 or —, so a headline without them
        (most: one without a line break is the whole text) is not searched."""
        t, end = self.text, nl if nl > 0 else len(self.text)
        if t.find("至", 0, end) < 0 and t.find("—", 0, end) < 0:
            return False
        return _route_re().search(t, 0, end) is not None

    def _chain_head(self, name: str) -> Place | None:
        """The county (district, city) right before the first mention of the township
        ``name`` in a chain (梅岭县桃源乡 → 梅岭县) when the text speaks of its whole level (全县, 本县) and
        never of the narrower one's (全乡, 本乡, 该乡): what the document is about."""
        places, t = self.places(), self.text
        for a, b in itertools.pairwise(places):
            if b.name == name:
                if a.end != b.start or a.org or name[-1] not in "乡镇" or a.name[-1] not in "县区市":
                    return None  # (a county over its township; a village report is the village's)
                wide, narrow = a.name[-1], name[-1]
                if ("全" + wide in t or "本" + wide in t) and not any(
                        d + narrow in t for d in "全本该"):
                    return a
                return None
        return None

    def _in_lead_sentence(self, i: int) -> bool:
        """Whether ``i`` is in the first sentence of the body, right after a one-line
        headline (claims-spec §4: the document's place is "its headline or first
        subject": the lead's first subject is what the headline is about too)."""
        text = self.text
        nl = text.find("\n")
        if nl < 0 or i < nl or nl > 40 or any(c in text[:nl] for c in "。！？!?"):
            return False  # (a headline is one short line with no sentence stop)
        b = nl
        while b < len(text) and text[b].isspace():
            b += 1
        if i < b:
            return False
        ends = [k for k in (text.find(c, b) for c in "。\n") if k >= 0]
        return i < min(ends, default=len(text))

    def doc_place_at(self, i: int) -> str | None:
        """:meth:`doc_place` for a sentence starting at ``i``: None before the place is
        first named, when the headline does not name it (a place first named in a later
        paragraph is not the place of the claims before it; claims-spec §4)."""
        place = self.doc_place()
        return place if i >= self._doc_from else None

    def _about(self, ss: int, se: int) -> tuple[str | None, list[Place]]:
        """What the claims of the sentence ``[ss, se)`` are about: the places of which
        each takes the last before it (else the first), or, if it names none, the answer
        for all of them (the paragraph's, else the document's place)."""
        found = self._places_in(ss, se)
        if found:
            every, found = found, self._specific(found)
            in_sentence = [p for p in found if not p.org] or found
            if self._joint_of(ss, se, every) or self._listed(in_sentence):
                return None, []
            # 三合村位于五里镇东北部，辖8个村民小组: a place named only to locate another
            # (位于, 隶属, 距离 …) is not the place the claims are about
            return None, [p for p in in_sentence if not _locative_re().search(
                self.text, max(ss, p.start - 3), p.start)] or in_sentence
        if self._joint(ss, se):
            return None, []  # 实施黄草、石岭等村公路建设: several villages, none named as a place
        # the paragraph of the sentence (a sentence never spans two), and the one place of
        # its first sentence: looked up once for the sentences of a paragraph, which
        # come in order
        ps, pe, first = self._last_paragraph
        if not ps <= ss <= pe:
            ps, pe = self.paragraph(ss)
            # its first full sentence (；/; do not end it): 城关区最高，…；清溪县最低 names two
            fs, fe = self._bounds(ps, _FULL_STOPS)
            first = self._unique(fs, fe)
            if self._chain is not None and first == self._chain[1] and any(
                    p is self._chain[0] for p in self._places_in(fs, fe)):
                first = self._chain[0].name  # the chain that made the document's place
            self._last_paragraph = ps, pe, first
        if ps < ss and first is not None:
            seg = self.text[ss:se]
            if "全" in seg or "本" in seg or "内" in seg:
                doc = self.doc_place_at(ss)
                if doc is not None and doc[-1] != first[-1] and doc[-1] in _LEVEL_CHARS and doc[-2:] != "社区":
                    lvl = doc[-1]
                    if "全" + lvl in seg or "本" + lvl in seg or lvl + "内" in seg:
                        return doc, []  # 县内文旦柚…: the county of the document, not the 乡 before
            return self._whole_level(ss, se, first), []
        return self._whole_level(ss, se, self.doc_place_at(ss)), []

    def _whole_level(self, ss: int, se: int, place: str | None) -> str | None:
        """``place``, the paragraph's or the document's place of a sentence that names none,
        unless the sentence opens a clause on a whole level (``全市``, ``本县``, after a time
        at most: ``四季度全市将…``) other than ``place``'s, and the text has named exactly one
        place of that level before it: that place (round G; a city report whose most
        frequent place is one of its districts still means the city by 全市)."""
        text = self.text
        m = _whole_level_re().search(text, ss, se)
        if m is None:
            return place
        lvl, k = m.group(1), m.start()
        if place is not None and place[-1] == lvl and not place.endswith("社区"):
            return place
        # (the places before the sentence first: most texts name none or several of that
        # level, and the clause's test below then need not be made)
        before = self.places()[: bisect_left(self._place_starts, ss)]
        names = {p.name for p in before if p.name[-1] == lvl and not p.name.endswith("社区")}
        if len(names) != 1:
            return place
        cs = self._clause_in(k, (ss, se))[0]
        while cs < k and text[cs] in _CLOSE_QUOTES:
            cs += 1  # ”全村种植…: the quote before closes the sentence before (ah19t)
        if k > cs and not any(cs <= t[0] and t[1] == k for t in self.times(ss, se)):
            return place  # 高于全省平均水平: a base, not what the clause is about
        return names.pop()

    def place_of(self, d: Draft, sentence: tuple[int, int] | None = None) -> str | None:
        """The place of a draft; ``sentence`` is ``self.sentence(d.start)`` if known."""
        ss, se = sentence or self.sentence(d.start)
        place, places = self._about_of(ss, se)
        return _place_before(places, d.start) if places else place

    def _about_of(self, ss: int, se: int) -> tuple[str | None, list[Place]]:
        """:meth:`_about` of the sentence ``[ss, se)``, computed once."""
        about = self._about_cache.get(ss)
        if about is None:
            about = self._about_cache[ss] = self._about(ss, se)
        return about

    def _listed(self, places: list[Place]) -> bool:
        """Two distinct places joined by 、/和/及/与, or a route to a place (从甲村至乙村):
        a claim about them jointly."""
        t = self.text
        for p in places:
            if t[p.start - 1 : p.start] in ("至", "到") or _departure(t, p):
                return True  # (从长兴市出发: the start of a route, round F)
            if t[p.end : p.end + 1] == "、":  # 五道口村、三里河等: a list of names
                k = t.find("等", p.end + 2, p.end + 8)
                if k > 0 and _CLAUSE_BREAKS.isdisjoint(t[p.end : k]) and all(map(_is_cjk, t[p.end + 1 : k])):
                    return True
        for a, b in itertools.pairwise(places):
            if a.name != b.name and b.start - a.end <= 8:
                gap = t[a.end : b.start]
                if not _JOINERS.isdisjoint(gap) and _CLAUSE_BREAKS.isdisjoint(gap):
                    return True
        return False

    # ----------------------------------------------------------------- metric
    def _table_row(self, ls: int, le: int) -> tuple[list[str], list[tuple[int, int]]] | None:
        """The header cells (empty: none) and the cell spans of the pipe-table row
        ``[ls, le)``, or None when the line is no row (fewer than two ``|``)."""
        t = self.text
        if t.count("|", ls, le) < 2:
            return None
        cells = cell_spans(t, ls, le)
        header = header_cells(t, ls)
        return (header if len(header) == len(cells) else []), cells

    def _table_cell(self, d: Draft) -> tuple[str | None] | None:
        """The metric of a value that opens a cell of a pipe-table row (claims-spec has no
        table rule; docs/decisions.md round G): the row's label cell, or, when that names a
        place, a time or a total, the column's header; a header naming a change (同比增长,
        增速) makes a plain value a change (down if negative) of the column before it.
        None when ``d`` is no such cell."""
        t = self.text
        ls = t.rfind("\n", 0, d.start) + 1
        tables = self._tables
        assert tables is not None
        if ls in tables:
            row = tables[ls]
        else:
            le = t.find("\n", d.start)
            row = tables[ls] = self._table_row(ls, le if le >= 0 else len(t))
        if row is None:
            return None
        header, cells = row
        k = next((j for j, (a, b) in enumerate(cells) if a <= d.start < b), -1)
        if k <= 0 or d.end > cells[k][1] or t[cells[k][0] : d.start].strip():
            return None
        change = bool(header) and _change_header_re().fullmatch(header[k]) is not None
        col = k
        if change:
            col = next((j for j in range(k - 1, 0, -1) if _change_header_re().fullmatch(header[j]) is None
                        and header[j] not in ("单位", "计量单位")), 0)
        a, b = cells[0]
        label = self._without_places(a, b, self._places_in(a, b)).strip()
        label = _drop_times(label, True, self._plain_times()).strip(" ·-—:")
        if label in _TABLE_TOTALS:
            label = ""
        if label:
            metric = _trim_tail(aside().sub("", t[a:b]).strip())[-_LABEL_MAX:] or None
        elif header and col > 0:
            metric = _trim_tail(header[col])[-_LABEL_MAX:] or None
        else:
            return None
        if change and d.rule == "state" and d.after is not None and d.before is None and d.after != 0:
            d.change, d.direction, d.after, d.rule = abs(d.after), "up" if d.after > 0 else "down", None, "change"
        return (metric,)

    def metric_of(self, d: Draft, prev: Draft | None, prev_metric: str | None,
                  clause: tuple[int, int] | None = None) -> str | None:
        """What is measured: the noun right after a count (``3个自然村``), else the
        phrase before the number (``贫困发生率为``), else the name of the count;
        ``clause`` is ``self.clause(d.start)`` if known."""
        t = self.text
        if self._tables is not None and self._table_lo <= d.start <= self._table_hi \
                and (cell := self._table_cell(d)) is not None:
            return cell[0]  # a pipe-table cell: its row label or column header (round G)
        cs, ce = clause or self.clause(d.start)
        if ce < d.end:  # 5,862名运动员: the comma of a number ends no clause
            ce = self._clause_in(d.end, self.sentence(d.end))[1]
            clause = (cs, ce)
        unit = d.unit or ""
        if prev is not None and prev.end == d.start and prev_metric:
            if prev_metric in lexicon.COUNT_METRIC.values():
                return lexicon.COUNT_METRIC.get(unit) or prev_metric
            return prev_metric
        # taken out of the phrases on both sides; attach passes the same clause (the same
        # tuple) for the drafts of one clause
        if clause is None or clause is not self._places_clause[0]:
            self._places_clause = (clause, self._places_in(cs, ce))
        places = self._places_clause[1]
        # (a digit right after starts no noun, nor a place or a deictic one: nothing to read)
        # (a space after the value ends its clause for this rule: a headline's next part)
        if d.end < ce and (noun := _unit_noun(t, d)):
            return noun  # 7所学校临时停课: the noun written into the unit, not the verb after it (ah18)
        if (d.end < ce and unit not in ("%", "百分点", "‰", "岁") and not t[d.end].isdecimal()
                and not t[d.end].isspace()):
            right = _right_noun(self._without_places(d.end, ce, places), self._has_astral())
            if len(right) >= 2:
                count_name = lexicon.COUNT_METRIC.get(unit)
                if count_name and t[d.start - 1 : d.start] in (count_name[-1], unit):
                    # 带动脱贫人口8400人稳定增收: a noun right before the count that names
                    # what it counts beats the words after it
                    lo = max(cs, prev.end) if prev is not None else cs
                    left = _strip_left(self._without_places(lo, d.start, places), self._plain_times())
                    if len(left) >= 2 and t.endswith(left, 0, d.start):
                        return left
                if t[d.end] == "的":
                    # 运行在高度约535公里的太阳同步轨道上: a measure named before the value (高度,
                    # 长度, 浓度, 比率, 流量) beats the thing after 的 that it describes
                    lo = max(cs, prev.end) if prev is not None else cs
                    left = _strip_left(self._without_places(lo, d.start, places), self._plain_times())
                    if len(left) >= 2 and left[-1] in "度率量":
                        return left
                    if right.endswith(lexicon.RECORD_NOUNS):
                        # 单日客流创下236.8万人次的历史新高: the record is what the value sets, the
                        # subject before the verb is what it measures (a21)
                        setter = next((v for v in lexicon.RECORD_VERBS if left.endswith(v)), "")
                        if setter and len(left) - len(setter) >= 2:
                            return left[: len(left) - len(setter)]
                    if len(left) >= 2 and right in lexicon.OWNED_METRIC_HEADS:
                        return left + right  # 高级工每人2000元的标准: that group's standard (round G)
                return right  # the left phrase is not needed
            if unit == "个" and right in _NARROW_LEVELS and t.startswith(right, d.end):
                return right  # 其中8个村超过50万元: a count of villages
        if (prev is not None and prev_metric and t.startswith(("相比", "相较"), d.end)
                and self.sentence(prev.end)[0] == self.sentence(d.start)[0]):
            return prev_metric  # 与2010年的3514208人相比: a comparison base of the same metric
        if unit in ("%", "‰") and d.end < ce:  # (a share: what it is a share of may follow)
            if "的" in t[d.end : d.end + 3]:
                share = _share_of_re().match(t, d.end, ce)
                if share is not None:  # 三成的行政村, 百分之八十五的合作社: a share of X
                    right = _right_noun(self._without_places(share.end(), ce, places), self._has_astral())
                    if len(right) >= 2:
                        return right
            if unit == "%" and (t[d.end - 1 : d.end] == "成" or "分之" in t[d.start : d.end]):
                right = _right_noun(self._without_places(d.end, ce, places), self._has_astral())
                if len(right) >= 2:
                    return right  # 超六成受访者, 三分之二主动履行义务: a share of the group named after it
            if (t.startswith("是", d.end) and not t[cs : d.num_start].strip()
                    and t[cs - 1 : cs] in _CLAUSE_ONLY_STOPS and t[cs - 2 : cs - 1] == "中"):
                # 返乡创业人员中，三成左右是大学毕业生: a share of a group, named after 是
                right = _right_noun(self._without_places(d.end + 1, ce, places))
                if len(right) >= 2:
                    return right
        lo = max(cs, prev.end) if prev is not None else cs
        if prev is not None and lo == prev.end and ")" in t[lo : d.start]:
            k = t.rfind("(", cs, prev.start)
            if k >= 0:
                lo = cs  # 完成年初预期目标(增长6%左右)的93.3%: the aside is skipped
        left = _strip_left(self._without_places(lo, d.start, places), self._plain_times())
        if (prev is not None and prev.unit == "岁" and lo == prev.end and cs <= prev.start
                and (left in lexicon.GENERIC_METRIC_HEADS or left[:1] == "及")):
            # 60岁及以上人口为795962人: the age bracket before a generic head is in the metric
            lo = prev.start
            left = _strip_left(self._without_places(lo, d.start, places), self._plain_times())
        if t[d.start - 1 : d.start] == "的" and "不" in t[lo : d.start]:
            q = _qualified_of_re().search(t, lo, d.start)
            if q is not None and q.start() - lo >= 2:
                # 资助面不低于在校生的15%: the subject before the qualifier, not the whole
                left = _strip_left(self._without_places(lo, q.start(), places), self._plain_times())
        if unit in ("%", "‰") and t[d.start - 1 : d.start] == "的" and (
                t.find("占", lo, d.start) >= 0 or t.find("为", lo, d.start) >= 0 or t.startswith("完成", cs)):
            shared = self._share_subject(d, prev, prev_metric, lo, cs, places)
            if shared:
                return shared  # 老年人口103.8万人，占户籍总人口的25.16%: the subject's share (round G)
        if ((not left or (t.startswith("按", cs) and t[d.start - 1 : d.start] == "的"))
                and t.startswith(("部分", "方面"), cs - 3) and t[cs - 1 : cs] in _CLAUSE_ONLY_STOPS
                and (prev is None or prev.end <= cs)):
            topic = self._topic_label(cs)
            if topic:
                return topic  # 定额调整部分，每人每月增加28元: the topic the clause is about (round G)
        if left in lexicon.OWNED_METRIC_HEADS and t.startswith(left, cs) and lo == cs:
            owner = self._clause_object(cs)
            if (not owner and prev is not None and prev_metric and prev.end <= cs
                    and prev_metric not in lexicon.COUNT_METRIC.values()
                    and self.sentence(prev.end)[0] == self.sentence(d.start)[0]):
                owner = prev_metric  # 传统产业订单年减4.2%，金额降至约690亿元
            if owner:
                return owner + left  # 发放养老服务补贴，标准为…: the standard of that subsidy (round G)
        if unit == "岁" and "年龄" not in left and t.find("年龄", lo, d.start) >= 0:
            return "年龄"  # 年龄最大的老人109岁: an age, of the person named before it (round G)
        if left in lexicon.FUNDING_VERBS and t.startswith(lexicon.PURPOSE_VERBS, d.end):
            # 投入1.8亿元改善校园设施: what the money goes to, not the verb of spending
            right = _right_noun(self._without_places(d.end + 2, ce, places))
            if len(right) >= 2:
                return right
        if (prev is not None and prev_metric and len(left) <= 2 and t[lo : d.start].lstrip()[:2] in _CHANGE_HEADS
                and not _trim_tail(t[lo : d.start].strip()[2:]) and not prev_metric.endswith(t[lo : d.start].lstrip()[:2])
                and prev_metric not in lexicon.COUNT_METRIC.values()
                and self.sentence(prev.end)[0] == self.sentence(d.start)[0]):
            # 交易额约390亿元，增幅高达41%: the change of that amount
            return prev_metric + t[lo : d.start].lstrip()[:2]
        if (left in _AVERAGE_HEADS and lo == cs and t.startswith(left, cs) and prev is not None and prev_metric
                and prev.end <= cs and prev_metric not in lexicon.COUNT_METRIC.values() and left not in prev_metric
                and self.sentence(prev.end)[0] == self.sentence(d.start)[0]):
            # 旅客647万人次，按年上升12.1%，日均约7.0万人次: the daily mean of that measure (round G)
            return prev_metric + left
        if (left in lexicon.BARE_OBJECT_VERBS and prev is not None and prev_metric and prev.unit == d.unit
                and prev.end <= cs and prev_metric not in lexicon.COUNT_METRIC.values()
                and self.sentence(prev.end)[0] == self.sentence(d.start)[0]):
            # 新建高标准农田八万亩，累计建成七十五万亩: the verb's object is the noun of the claim
            # before it in the sentence, with the same unit (a21)
            return prev_metric
        if (left in lexicon.BARE_SHARE_HEADS and lo == cs and t.startswith(left, cs) and prev is not None
                and prev_metric and prev.end <= cs and left not in prev_metric and not self._is_share(prev)
                and prev_metric not in lexicon.COUNT_METRIC.values()
                and self.sentence(prev.end)[0] == self.sentence(d.start)[0]):
            # 其中农产品网络零售额2.14亿元，占比27.2%: the share of that amount (a21)
            return prev_metric + left
        if len(left) >= 2 and unit in _SPORT_UNITS:
            left = _sport_metric(left, unit)  # 林浩然单场砍下51分 → 单场得分 (a22)
        if (len(left) >= 3 and left[-1] == "则") or _region_re().fullmatch(left) is not None:
            qualified = self._qualifier_metric(d, prev, prev_metric, left, cs)
            if qualified:
                return qualified  # 本地居民则为21,500澳门元; 东部山区2000毫米以上 (a22)
            left = left[:-1] if left[-1] == "则" else left
        if len(left) >= 2:
            if (prev is not None and prev_metric and prev.end <= cs and t.startswith("为", cs)
                    and self._is_share(d) and prev_metric not in lexicon.COUNT_METRIC.values()
                    and left not in prev_metric and self.sentence(prev.end)[0] == self.sentence(d.start)[0]):
                # 收入完成3215.6亿元，为年度预算的78.3%: the claim before is what reaches that
                # share of the named base (一般公共预算收入 + 年度预算)
                return prev_metric + left
            return left
        if prev is not None and prev_metric and (
                t[prev.end : d.start].strip() in ("", ",", "、", "和", "及", "与")
                # 个人捐款1.1万余人次、共计620万元: a list item that names nothing
                or (t[prev.end : prev.end + 1] == "、" and not _trim_tail(t[prev.end + 1 : d.start]))
                or t[prev.end : prev.end + 1] == "("  # 580元/月(上年540元): an aside on it
                or ((d.rule in _CHANGE_RULES
                     # in the clause right after the previous claim: 占51.02%, 比2010年的3.12人,
                     # 累计达到215万千瓦 (words that name nothing, and the same unit)
                     or (not t[prev.end : lo].strip(" ,，、")
                         and (t[lo : d.start].lstrip().startswith(_SHARE_OR_BASE)
                              or (prev.unit == d.unit and not _trim_tail(t[lo : d.start].strip())))))
                    and self.sentence(prev.end)[0] == self.sentence(d.start)[0])):
            return prev_metric  # 产值20亿元，同比增长5%: the change of the same metric
        if (left in ("报", "") and t[lo : d.start].strip() == "报" and prev is not None and prev_metric
                and prev.end <= cs and self.sentence(prev.end)[0] == self.sentence(d.start)[0]):
            return prev_metric  # 沪指涨0.86%，报3267.45点: the level of the same index (round G)
        if not left and t[cs - 1 : cs] in _CLAUSE_ONLY_STOPS:
            if t[lo : d.start].strip() in _APPOSITIONS and (prev is None or prev.end <= self.sentence(cs)[0]):
                restated = self._clause_object(cs)
                if restated:
                    return restated  # 须达到最低控制线，即540分以上: the value of the noun it restates (a21)
            standing = self._standing_subject(cs, prev)
            if standing:
                return standing  # 城关区报告发病率最高，为每10万人1245.3 (round G)
            if (t.startswith("每", cs) and "/" in unit and (prev is None or prev.end < cs - 1)
                    and not any(c.isdecimal() for c in t[max(self.sentence(cs)[0], cs - 30) : cs])):
                rated = self._clause_object(cs)
                if rated:
                    return rated  # 可申请国家助学金，每人每年2000元至3000元: the rate of that (round G)
        if (not left and prev is not None and prev_metric and prev.unit == d.unit
                and prev_metric not in lexicon.COUNT_METRIC.values()):
            carried = self._semicolon_carry(d, prev, cs)
            if carried:
                return prev_metric  # …服务费合计约3.68亿元；前三季累计发放10.75亿元 (round G)
        if (not left and t[cs - 1 : cs] in _CLAUSE_ONLY_STOPS
                and (ss := self.sentence(d.start)[0]) < cs - 1 and (prev is None or prev.end <= ss)
                and not _trim_tail(t[cs : d.start].strip())):
            # 村集体经济收入实现零的突破，达到12.5万元: a value clause that names nothing, first
            # in its sentence, measures the subject that opens the sentence
            opening = self.text[ss : cs - 1]
            verb = _split_re().search(opening)
            first = opening[: verb.start()] if verb is not None and len(verb.group()) >= 2 else ""
            if (2 <= len(first) <= _METRIC_MAX and not self._places_in(ss, cs) and first[:1] not in _DEICTIC
                    and _deictic_place_re().search(first) is None):
                return first
        if unit == "岁":
            return left if len(left) >= 2 else "年龄"  # 18岁小将: an age, not the person after it
        count_name = lexicon.COUNT_METRIC.get(unit)
        if count_name:
            event = _clause_event(t[d.end : ce])
            if event:
                return event  # 最后3户10人于2021年底顺利脱贫 → 脱贫
        return count_name or (left or None)

    def _qualifier_metric(self, d: Draft, prev: Draft | None, prev_metric: str | None, left: str,
                          cs: int) -> str:
        """The metric of a value whose clause names only a qualifier of the measure named
        before in its sentence (a22): a group set against the subject before (``…月工作收入
        中位数为18,200澳门元，本地居民则为21,500澳门元`` → ``本地居民月工作收入中位数``; ``城镇居民人均
        可支配收入…，农村居民则为…`` → ``农村居民人均可支配收入``) or a region (``年降水量空间分布不均，
        东部山区2000毫米以上`` → ``年降水量``); "" if none is named."""
        t = self.text
        ss = self.sentence(d.start)[0]
        region = left[-1] != "则"
        q = "" if region else left[:-1]
        if q and not q.endswith(_GROUP_HEADS):
            return ""  # 失业率则回落至2.9%, 住宿与餐饮业则萎缩0.6%: a measure or an item of its own
        if (prev is not None and prev_metric and prev.end <= cs and prev.unit == d.unit
                and prev_metric not in lexicon.COUNT_METRIC.values() and ss <= prev.start):
            if not q or q in prev_metric:
                return prev_metric
            k = prev_metric.find(q[-2:])
            if 0 < k <= 4:
                return q + prev_metric[k + 2 :]  # 城镇居民人均可支配收入 → 农村居民人均可支配收入
            return (q + prev_metric)[-_LABEL_MAX:]
        if region and cs > ss and (prev is None or prev.end <= ss):
            opening = t[ss : cs - 1]
            spread = _spread_re().search(opening)
            if spread is not None and not any(c.isdecimal() for c in opening):
                topic = _strip_left(opening[: spread.start()], self._plain_times())
                if 2 <= len(topic) <= _METRIC_MAX and not self._places_in(ss, ss + spread.start()):
                    return topic  # 年降水量空间分布不均，东部山区…: the measure that spreads so
        return ""

    def _plain_times(self) -> bool:
        """:func:`_plain_reads_times` of the text, and so of any of its parts."""
        plain = self._plain
        if plain is None:
            plain = self._plain = _plain_reads_times(self.text)
        return plain

    def _has_astral(self) -> bool:
        """Whether the text holds a character above U+FFFF: if not, none of its parts
        does (:func:`_right_noun` then skips its own test)."""
        astral = self._astral
        if astral is None:
            astral = self._astral = beyond_bmp(self.text)
        return astral

    def _without_places(self, s: int, e: int, places: list[Place]) -> str:
        """``text[s:e]`` with the ``places`` lying in it (``places`` holds at least all
        those, in order) and deictic places (全镇, 本村) taken out."""
        if s >= e:
            return ""
        if self._areas:  # 乡镇市, 温泉区: no place, but no part of a metric either
            places = sorted([*places, *(a for a in self._areas if s <= a.start and a.end <= e)],
                            key=lambda p: p.start)
        if not places:
            plain: str = self._drop_deictic("", self.text[s:e])
            return plain
        out, pos = [], s
        for p in places:
            if s <= p.start and p.end <= e:
                out.append(self.text[pos : p.start])
                pos = p.end
        out.append(self.text[pos:e])
        cleaned: str = self._drop_deictic("", "".join(out))
        return cleaned

    def _share_subject(self, d: Draft, prev: Draft | None, prev_metric: str | None, lo: int, cs: int,
                       places: list[Place]) -> str:
        """The metric of a share of a named base, ``A占B的N%`` / ``A为B的N%``: ``A占B`` (the
        subject and its base: ``贫困人口约占总人口的三分之一`` → 贫困人口占总人口), with A the
        previous claim's metric when the clause opens with 占 (``商品类投诉17325件，占投诉总量的54.9%``);
        A alone for ``A为B的N%`` (``总体调整水平为…养老金的2%``); ``A完成B`` for a clause opening
        with 完成 (``收入完成8.62亿元，完成预算的54.3%`` → 一般公共预算收入完成预算), ``完成B`` when
        no claim names A. Empty when the clause holds no such share."""
        t = self.text
        i = d.start - 1  # the 的
        verb = "占"
        k = t.rfind(verb, lo, i)
        if k < 0:
            verb = "为"
            k = t.rfind(verb, lo, i)
        if k < 0 and t.startswith("完成", cs):
            verb, k = "完成", cs + 1  # (k: the last character of the verb)
        base = aside().sub("", t[k + 1 : i]).strip() if k >= 0 else ""
        if k < 0 or not 1 <= len(base) <= 16 or any(c.isdecimal() or c in "占为" for c in base):
            return ""
        if verb == "完成":
            if (prev is not None and prev_metric and prev.end <= cs and not self._is_share(prev)
                    and self.sentence(prev.end)[0] == self.sentence(d.start)[0]):
                return prev_metric + verb + base[:_LABEL_MAX]
            return verb + base[:_LABEL_MAX]
        plain = self._plain_times()
        subject = _strip_left(self._without_places(lo, k, places), plain) if k > lo else ""
        if (len(subject) < 2 and verb == "占" and not _trim_tail(t[cs:k].strip())
                and prev is not None and prev_metric and prev.end <= cs and not self._is_share(prev)
                and self.sentence(prev.end)[0] == self.sentence(d.start)[0]):
            subject = prev_metric  # a clause opening with 占 after a claim of the sentence: its share
        if len(subject) < 2 or subject[-1] == "占":
            return ""
        if verb == "为":
            return subject
        return subject + "占" + base[:_LABEL_MAX]

    def _is_share(self, d: Draft) -> bool:
        """A share of a named whole: ``完成预算的54.3%``, ``占总产值的三成``."""
        return d.unit == "%" and self.text[d.num_start - 1 : d.num_start] == "的"

    def _distributed(self, d: Draft, clause: tuple[int, int], sentence: tuple[int, int],
                     metric: str | None) -> str | None:
        """The k-th value of a list after ``分别`` measures the k-th of as many things:
        the subjects listed before 分别 (``A、B、C分别增长x、y和z``), else, for changes
        after a subject that names nothing (``A n1，B n2，同比分别上升x和y``), the claims
        of the same sentence before the clause; ``metric`` when the counts differ."""
        t = self.text
        cs, ce = clause
        fb = t.rfind("分别", cs, d.start)
        if self._listed_at[0] == fb:
            k, named = self._listed_at[1] + 1, self._listed_at[2]
        else:  # 对东盟、欧盟、美国分别进出口…: the measure named after 分别, the subjects are partners
            k, named = 0, len(_strip_left(t[fb + 2 : d.start])) >= 2
        self._listed_at = (fb, k, named)
        n = 1 + len(_list_link_re().findall(t, fb + 2, ce))
        if n < 2 or k >= n or named:
            return metric
        places = self._places_clause[1] if self._places_clause[0] is clause else self._places_in(cs, ce)
        bounds = [cs, *(p for m in _list_link_re().finditer(t, cs, fb) for p in (m.start(), m.end())), fb]
        if len(bounds) == 2 * n:
            items = [_strip_left(self._without_places(bounds[2 * j], bounds[2 * j + 1], places), self._plain_times())
                     for j in range(n)]
            if any(len(item) < 2 or not all(map(_is_cjk, item)) for item in items):
                return metric  # (国道1号及国道3号…交通量: names, not the measures)
            size = {len(item) for item in items[:-1]}
            if len(size) == 1 and (w := size.pop()) <= 4 and len(items[-1]) >= w + 2:
                # 城镇和农村居民人均可支配收入, 粮食、蔬菜产量: parallel modifiers of one head
                return items[k] + items[-1][w:] if k < n - 1 else items[k]
            return items[k]
        if len(bounds) == 2 and not _trim_tail(t[cs:fb].strip()) and cs > sentence[0]:
            listed_items = self._list_before(cs, sentence[0], n)
            if listed_items:  # 集中在质量、售后服务和合同三个方面，分别占x、y和z (round G)
                return listed_items[k]
        if len(bounds) > 2 or d.rule not in _CHANGE_RULES or len(_strip_left(t[cs:fb])) >= 2:
            return metric
        listed = [m for c, m in self._listed_in[1] if c.end <= cs] if self._listed_in[0] == sentence[0] else []
        paired = listed[-n + k] if len(listed) >= n else None
        if paired:
            head = t[cs:fb].strip()[:2]  # 增幅分别为8.3%和9.8%: the change of each
            return paired + (head if head in _CHANGE_HEADS else "")
        return metric

    def _clause_object(self, cs: int) -> str:
        """The noun phrase ending the clause before ``cs`` in its sentence, when it ends on
        one (``发放养老服务补贴，`` → 养老服务补贴; not ``…500套，``); else empty."""
        t = self.text
        ss = self.sentence(cs)[0]
        if cs - 1 <= ss or t[cs - 1] not in _CLAUSE_ONLY_STOPS:
            return ""
        ps = max(ss, max(t.rfind(c, ss, cs - 1) for c in _CLAUSE_ONLY_STOPS) + 1)
        noun = _strip_left(self._without_places(ps, cs - 1, self._places_in(ps, cs - 1)), self._plain_times())
        return noun if len(noun) >= 2 and all(map(_is_cjk, noun)) else ""

    def _standing_subject(self, cs: int, prev: Draft | None) -> str:
        """The subject of the clause before ``cs`` when that clause holds no claim and states
        where a measure stands (``城关区报告发病率最高``, ``牛肉价格仍在高位``: a
        ``lexicon.STANDING_PREDICATES`` word): the metric of the value after it; else empty."""
        t = self.text
        ss = self.sentence(cs)[0]
        if cs - 1 <= ss:
            return ""
        ps = max(ss, max(t.rfind(c, ss, cs - 1) for c in _CLAUSE_ONLY_STOPS) + 1)
        if prev is not None and prev.end > ps:
            return ""
        m = _standing_re().search(t, ps + 2, cs - 1)  # (最大降雨量出现在…: not the 最大 it opens with)
        if m is None:
            return ""
        subject = _strip_left(self._without_places(ps, m.start(), self._places_in(ps, m.start())), self._plain_times())
        return subject if len(subject) >= 2 and all(map(_is_cjk, subject)) else ""

    def _semicolon_carry(self, d: Draft, prev: Draft, cs: int) -> bool:
        """Whether ``d``, in a part after ``；`` that names nothing (only times and verbs, or
        a group ``X的，`` before its clause: ``年满80周岁的，每人每月再增加40元``), goes on
        with the measure of ``prev``, a claim of the part right before ``；``."""
        t = self.text
        ss = self.sentence(d.start)[0]
        if t[ss - 1 : ss] not in ("；", ";") or not self.sentence(ss - 1)[0] <= prev.start < ss:
            return False
        if cs == ss or (t[cs - 2 : cs - 1] == "的" and not any(c in _CLAUSE_ONLY_STOPS for c in t[ss : cs - 1])):
            return True
        # …城关区最高，为1245.3；清溪县最低，为612.8: a place and where it stands, no measure of its own
        rest = self._without_places(ss, cs - 1, self._places_in(ss, cs - 1))
        return bool(rest) and not _standing_re().sub("", rest).strip()

    def _topic_label(self, cs: int) -> str:
        """The topic a sentence opens with, ``X部分，``/``X方面，`` right before the clause at
        ``cs`` (``定额调整部分，每人每月增加28元`` → 定额调整), when it is the whole first clause;
        else empty."""
        t = self.text
        ss = self.sentence(cs)[0]
        label = t[ss : cs - 3]
        if not 2 <= len(label) <= 12 or any(c in _CLAUSE_STOPS or c.isdecimal() for c in label):
            return ""
        topic = _strip_left(label.strip(), self._plain_times())
        return topic if len(topic) >= 2 and all(map(_is_cjk, topic)) else ""

    def _list_before(self, cs: int, ss: int, n: int) -> list[str]:
        """The ``n`` things listed at the end of the clause before ``cs`` (in the sentence
        starting at ``ss``) when it names no value (``投诉问题集中在质量、售后服务和合同三个方面``,
        its count of items aside); else empty."""
        t = self.text
        ps = max(ss, max(t.rfind(c, ss, cs - 1) for c in _CLAUSE_ONLY_STOPS) + 1)
        prior = t[ps : cs - 1]
        count = _list_count_re().search(prior)
        if count is not None:
            prior = prior[: count.start()]
        if any(c.isdecimal() for c in prior):
            return []
        links = [m.span() for m in _list_link_re().finditer(prior)]
        if len(links) < n - 1:
            return []
        used = links[len(links) - (n - 1) :]
        starts = [links[len(links) - n][1] if len(links) >= n else 0] + [e for _, e in used]
        ends = [b for b, _ in used] + [len(prior)]
        plain = self._plain_times()
        items = [_strip_left(prior[a:b], plain) for a, b in zip(starts, ends, strict=True)]
        if any(not item or not all(map(_is_cjk, item)) for item in items):
            return []
        return items

    def _without_code_tail(self, metric: str, before: int) -> str:
        """``metric`` without the tail of a model code it starts with, when the text has
        the code's head right before it (``KX-200无人机售价`` → ``无人机售价``); else as is."""
        t = self.text
        k = t.rfind(metric, 0, before + 1)
        if k < 1:
            return metric
        if metric[0] == "型":  # KX-200型扫地机器人: the model's type word goes with it
            return metric[1:] if t[k - 1].isascii() and t[k - 1].isalnum() and len(metric) >= 3 else metric
        head = t[k - 2 : k] if metric[0] not in "-_/.·" else t[k - 1 : k] + "-"
        if not (head[:1].isascii() and head[:1].isalnum() and head[1:] in ("-", "_", "/", ".", "·")):
            return metric
        m = _code_tail_re().match(metric)
        rest = metric[m.end() :] if m is not None else metric
        if rest[:1] == "型" and len(rest) >= 3:
            rest = rest[1:]  # (the type word after the code's tail, as above)
        # (LJ2026-17号宗地: a numbered name goes on after the code; kept as it is)
        return rest if len(rest) >= 2 and rest[0] != "号" else metric

    def attach(self, d: Draft, prev: Draft | None = None,
               prev_metric: str | None = None) -> tuple[str | None, str | None, str | None]:
        """``(metric, place, time)`` of a draft."""
        # what metric_of, place_of and time_of do, with the sentence's and the clause's
        # share looked up once: a span between stops is the one of every index from its
        # start to its end, and drafts come in order, so most share those of the one before
        i = d.start
        sentence, clause = self._last_sentence, self._last_clause
        if not sentence[0] <= i <= sentence[1]:
            sentence = self._last_sentence = self._bounds(i, _SENTENCE_STOPS)
            self._last_about, self._last_times = self._about_of(*sentence), self.times(*sentence)
            self._last_apart = self.text.find("分别", *sentence) >= 0  # (the clause lies in it)
        if not clause[0] <= i <= clause[1]:
            clause = self._last_clause = self._clause_in(i, sentence)
        place, places = self._last_about
        times = self._last_times
        base = self._base_time(d, sentence[0], clause) if sentence[0] in self._base_cache else None
        if (prev is not None and d.rule in _CHANGE_RULES and d.unit != "百分点"
                and self._subject is not None and self._is_share(prev)):
            # 收入完成8.62亿元，完成预算的54.3%，同比增长6.8%: a change clause after a share
            # of X (not in points: the share's own change) measures the claim before the share
            prev, prev_metric = self._subject
        metric = self.metric_of(d, prev, prev_metric, clause)
        if metric is not None and metric[:1] in _CODE_TAIL_FIRST:
            metric = self._without_code_tail(metric, d.start)
        if (metric is not None and metric[:1] == "第" and prev_metric and prev is not None
                and prev.end >= sentence[0] and _tier_re().fullmatch(metric)):
            # …第一档为22元/小时，第二档为20.5元/小时: the same measure, another tier
            prev_tier = _tier_re().match(prev_metric)
            metric = metric + prev_metric[prev_tier.end() :] if prev_tier is not None else prev_metric
        if metric in _EXCHANGE_VERBS and self.text[clause[0] : d.num_start].rstrip("约").endswith(("兑", "兑换")):
            metric = "汇率"  # 1美元约兑1.29新加坡元: the rate, not the verb
        if self._last_apart and self.text.find("分别", clause[0], i) >= 0:
            metric = self._distributed(d, clause, sentence, metric)
        if self._last_apart and d.rule not in _CHANGE_RULES:  # (read only by _distributed)
            if self._listed_in[0] != sentence[0]:
                self._listed_in = (sentence[0], [])
            self._listed_in[1].append((d, metric))
        if metric is not None and len(metric) == 1 and metric in _NARROW_LEVELS:
            if d.unit != "个" and prev_metric == metric and self._subject is not None \
                    and self._subject[1] and self._subject[0].end >= sentence[0]:
                metric = self._subject[1]  # 收入超过15万元，其中8个村超过50万元: the 收入 of the villages
        elif d.unit != "%" or not self._is_share(d):
            self._subject = (d, metric)
        where = _place_before(places, i) if places else place
        if where is None and self._last_apart:  # 前进村、红星村分别有农户210户和185户
            where = self._distributed_place(d, clause)
        return (metric, where,
                base if base is not None else self._time_among(d, times, clause) if times else None)

    def _distributed_place(self, d: Draft, clause: tuple[int, int]) -> str | None:
        """``前进村、红星村分别有农户210户和185户``: places listed (joined by 、/和/及/与)
        right before ``分别`` in the clause, as many as the values listed after it: the
        k-th value is about the k-th place (the claims are not joint: each has its own;
        asb2). None when the counts differ."""
        t = self.text
        cs, ce = clause
        fb = t.rfind("分别", cs, d.start)
        if fb < 0:
            return None
        run: list[Place] = []
        for p in reversed(self._places_in(cs, fb)):
            gap = t[p.end : run[0].start] if run else t[p.end : fb]
            if run and (len(gap) != 1 or gap not in _JOINERS):
                break
            if not run and (len(gap) > 6 or not _CLAUSE_BREAKS.isdisjoint(gap) or not _JOINERS.isdisjoint(gap)):
                return None  # (a verb or a noun may stand between the last place and 分别)
            run.insert(0, p)
        n = 1 + len(_list_link_re().findall(t, fb + 2, ce))
        k = len(_list_link_re().findall(t, fb + 2, d.start))
        if len(run) < 2 or len(run) != n or k >= n or len({p.name for p in run}) != n:
            return None
        return run[k].name


@functools.lru_cache(maxsize=1)
def _comparison_re() -> re.Pattern[str]:
    """A comparison marker shortly before a time: ``比去年``, ``较上年同期``."""
    marks = alternation(lexicon.COMPARISON_MARKERS)
    return re.compile(rf"(?:{marks})[^，,。；;\n]{{0,3}}\Z")  # (a line break ends it: a heading)


#: Characters a time expression holds before its first 年, 月, 日 or anchor word (besides
#: digits): the lead 截至/截止到/到/至, numerals, 近/过去/这 of 近3年来, 今/去/明/上/本/当 of
#: 今年上半年, ``-`` of 1-6月 (and what the relative words hold before their 年/月/日).
_TIME_LEAD = "截至止到零〇○◯一二两三四五六七八九十近过去这今明上本当-—~第前连续首头个個元" + "".join(lexicon.ERA_NAMES)
_TIME_ANCHOR_CHARS = "年月日季"


@functools.lru_cache(maxsize=1)
def _time_anchor_re() -> re.Pattern[str]:
    """年, 月, 日 and the relative time words without them: one is in every time
    expression (literal words: the standard re finds them fastest)."""
    words = [w for w in lexicon.RELATIVE_TIMES if not any(c in w for c in _TIME_ANCHOR_CHARS)]
    return re.compile(alternation([*_TIME_ANCHOR_CHARS, *words, *lexicon.TIME_EXTRA_ANCHORS]))


@functools.lru_cache(maxsize=1)
def _time_lead_chars() -> frozenset[str]:
    """The characters but digits a time expression can hold before its anchor."""
    lead = set(_TIME_LEAD)
    for w in lexicon.RELATIVE_TIMES:
        lead.update(w[: min((w.index(c) for c in _TIME_ANCHOR_CHARS if c in w), default=0)])
    return frozenset(lead)


@functools.lru_cache(maxsize=1)
def _time_lead_re() -> regex.Pattern[str]:
    """The run of characters a time expression can hold before its anchor, matched
    backwards from the anchor (``regex``: its ``\\d`` is the one of the time pattern)."""
    return regex.compile(rf"(?r)[\d{regex.escape(''.join(sorted(_time_lead_chars())))}]*")


def _lead_start(text: str, pos: int, k: int) -> int:
    """``_time_lead_re().match(text, pos, k).start()``, walked back in Python (cheaper for
    these short runs): below U+10000 ``str.isdecimal`` is the ``\\d`` of regex; above it,
    where regex knows more digits, the pattern decides."""
    lead = _time_lead_chars()
    p = k
    while p > pos:
        c = text[p - 1]
        if c > "\uffff":
            start: int = _time_lead_re().match(text, pos, k).start()  # (?r)[…]* always matches
            return start
        if c not in lead and not c.isdecimal():
            break
        p -= 1
    return p


@functools.lru_cache(maxsize=1)
def _anchor_words() -> tuple[str, ...]:
    """The time words that start with 年, 月, 日 or 季 (``年底``, ``月底``, ``日前``): no other
    time expression starts on one of these anchors."""
    return tuple(w for w in (*lexicon.RELATIVE_TIMES, *lexicon.EVENT_TIMES) if w[0] in _TIME_ANCHOR_CHARS)


#: The characters the ``\\s`` of re holds but not that of regex.
_RE_ONLY_SPACES = ("\x1c", "\x1d", "\x1e", "\x1f")


@functools.lru_cache(maxsize=1)
def _plain_time_re() -> re.Pattern[str]:
    """:func:`time_expression` compiled by the standard re, whose ``match`` at a given
    position costs half as much. It reads a text as regex does when the text holds
    neither a character above U+FFFF (the ``\\d`` of re lacks the newest, astral,
    digits) nor one of ``_RE_ONLY_SPACES``: see :func:`_plain_reads_times`."""
    return re.compile(time_expression().pattern, re.VERBOSE)


def _plain_reads_times(text: str) -> bool:
    """Whether :func:`_plain_time_re` finds in ``text`` what :func:`time_expression`
    finds."""
    return text.isascii() or (not beyond_bmp(text) and not any(c in text for c in _RE_ONLY_SPACES))


@functools.lru_cache(maxsize=1)
def _time_scan() -> tuple[Callable[[str, int, int], re.Match[str] | None],
                          Callable[[str, int, int], re.Match[str] | None],
                          Callable[[str, int, int], regex.Match[str] | None],
                          frozenset[str], tuple[str, ...]]:
    """What :func:`_time_spans` reads, looked up once per call: the anchor search, the
    time pattern's match in re and in regex, :func:`_time_lead_chars` and
    :func:`_anchor_words`."""
    return (_time_anchor_re().search, _plain_time_re().match, time_expression().match,
            _time_lead_chars(), _anchor_words())


def _time_spans(text: str, ss: int, se: int, plain: bool = False) -> list[tuple[int, int, str]]:
    """``(start, end, group)`` of each match of ``time_expression().finditer(text, ss, se)``,
    with the pattern tried only where a match can start: every match holds an anchor
    (:func:`_time_anchor_re`) with nothing but :func:`_time_lead_re` characters before it,
    so the positions tried are those of the lead run before each anchor, and the
    anchor's own (a bare 年/月/日/季 only where :func:`_anchor_words` has a word).
    ``plain``: :func:`_plain_reads_times` holds for ``text``, and the cheaper
    :func:`_plain_time_re` is tried instead."""
    anchor, plain_match, full_match, lead, words = _time_scan()
    a = anchor(text, ss, se)
    if a is None:
        return []  # (most sentences and phrases)
    spans: list[tuple[int, int, str]] = []
    match = plain_match if plain else full_match
    pos = ss
    while a is not None:
        k = a.start()
        # (no lead run when the character before the anchor cannot be in one)
        c = text[k - 1] if k > pos else ""
        p = _lead_start(text, pos, k) if c and (c in lead or c.isdecimal() or c > "\uffff") else k
        pos = k + 1
        while p <= k:
            if p == k and text[k] in _TIME_ANCHOR_CHARS and not text.startswith(words, k):
                break  # 年均, 每年: nothing a time can start with
            m = match(text, p, se)
            if m is not None:
                pos = m.end()
                spans.append((p, pos, m.group()))
                break
            p += 1
        a = anchor(text, pos, se)
    return spans


def _drop_times(s: str, ordinal: bool = False, plain: bool = False) -> str:
    """``time_expression().sub("", s)``, with the matches found by :func:`_time_spans`;
    with ``ordinal``, a ``第`` right before a match goes with it (``第三季度``);
    ``plain``: :func:`_plain_reads_times` holds for ``s``."""
    spans = _time_spans(s, 0, len(s), plain)
    if not spans:
        return s
    out, pos = [], 0
    for start, end, _ in spans:
        if ordinal and start > pos and s[start - 1] == "第":
            start -= 1  # 第三季度: the ordinal goes with its time
        out.append(s[pos:start])
        pos = end
    out.append(s[pos:])
    return "".join(out)


@functools.lru_cache(maxsize=1)
def _comparison_heads() -> re.Pattern[str]:
    """A class of the first characters of the comparison markers: a :func:`_comparison_re`
    match holds one (a class search costs less than a set meeting a CJK slice)."""
    return re.compile(f"[{_class({w[0] for w in lexicon.COMPARISON_MARKERS})}]")


def _is_from_value_time(text: str, t: tuple[int, int, str]) -> bool:
    """``从2014年的21.3%``: the time of the from-value only, like a comparison base."""
    return text[t[0] - 1 : t[0]] in lexicon.FROM_MARKERS and text[t[1] : t[1] + 1] == "的"


_JOINERS = frozenset("、和及与")
_CLAUSE_BREAKS = frozenset("，,。")


#: What a metric starting inside a model code starts with: the code's separator or its digits
#: after one (DJI-4W无人机, KX-200无人机: the head of the code was cut off).
_CODE_TAIL_FIRST = frozenset("-_/.·0123456789型")


@functools.lru_cache(maxsize=1)
def _code_tail_re() -> re.Pattern[str]:
    """The rest of a Latin model code at the start of a metric (``-4W``, ``200``)."""
    return re.compile(r"[-_/.·]?[A-Za-z0-9]+(?:[-_/.·][A-Za-z0-9]+)*")


@functools.lru_cache(maxsize=1)
def _tier_re() -> re.Pattern[str]:
    """A tier label: ``第一档``, ``第2级``."""
    return re.compile(r"第(?:[一二三四五六七八九十]{1,2}|\d{1,2})[档级]")


@functools.lru_cache(maxsize=1)
def _list_count_re() -> re.Pattern[str]:
    """The count or 等 closing a list of things (``三个方面``, ``等五类``, ``等``)."""
    return re.compile(r"(?:等)?(?:[一二两三四五六七八九十\d]+(?:个|大)?(?:方面|领域|类|项|种|环节|行业))?$")


@functools.lru_cache(maxsize=1)
def _list_link_re() -> re.Pattern[str]:
    """What joins the items of a list: ``、``, ``和``, ``及``, ``与`` (not 以及的 及…)."""
    return re.compile("[、和及与]")


def _positions(text: str, chars: str, start: int, end: int) -> list[int]:
    """The indices in ``[start, end)`` of the characters ``chars``, in order: a str.find
    loop per character costs less than a regex scan's match objects."""
    pos: list[int] = []
    for c in chars:
        k = text.find(c, start, end)
        while k >= 0:
            pos.append(k)
            k = text.find(c, k + 1, end)
    pos.sort()
    return pos


@functools.lru_cache(maxsize=1)
def _route_re() -> re.Pattern[str]:
    """A route between two places (云岭至盘江高速公路, 甲村—乙村公路): a headline about it is
    about both places jointly (claims-spec §4), so the document has no place of its own."""
    kinds = alternation(lexicon.ROUTE_NOUNS)
    # (not 公路延伸至乡村大道, 直通至: a verb before 至)
    return re.compile(rf"[\u4e00-\u9fff]{{2}}(?<![伸通直截修铺延连扩])(?:至|—)[\u4e00-\u9fff]{{2,6}}?(?:{kinds})")


def _departure(text: str, p: Place) -> bool:
    """Whether ``p`` is where a route or a journey starts (从长兴市出发, 由南宁市始发): the
    figures of the sentence are the route's, between places (claims-spec §4; round F)."""
    return text[p.start - 1 : p.start] in ("从", "由") and text.startswith(("出发", "始发"), p.end)


def _place_before(places: list[Place], i: int) -> str:
    """The name of the last of ``places`` (in order, never overlapping) that ends by
    ``i``, else of the first."""
    last = places[0]
    for p in places:
        if p.end > i:
            break
        last = p
    return last.name


def _rank(place: str) -> int:
    """How specific a place is by its suffix: 村 > 镇/乡 > 县/区 > 市 > 省."""
    for rank, sufs in enumerate(("省自治区", "市州盟", "县区旗", "镇乡街道", "村社区组")):
        if place[-1] in sufs or place[-2:] in sufs:
            return rank
    return 0


@functools.lru_cache(maxsize=1)
def _change_header_re() -> re.Pattern[str]:
    """A column header naming the change of a value (``同比增长``, ``增速(%)``, ``比上年±%``)."""
    return re.compile(r"(?:同比|环比|比上年|较上年|比去年|比上年同期|较上年同期)(?:增长|增速|增幅|增减|涨幅|±)?"
                      r"(?:率|幅度)?[%‰]?|(?:增长|增速|增幅|增减|涨幅)(?:率|幅度)?[%‰]?")


#: Row labels that name a total, not a measure: the column header is the metric.
_TABLE_TOTALS = frozenset({"合计", "总计", "小计", "全部", "总体", "全市", "全县", "全省", "全区"})


@functools.lru_cache(maxsize=1)
def _left_trim_words() -> dict[str, tuple[str, ...]]:
    """The words cut from the end of a metric phrase (stop words, verbs of change,
    approximation prefixes, trailing adverbs), by their last character."""
    words = set(lexicon.METRIC_STOP_WORDS + lexicon.UP_VERBS + lexicon.DOWN_VERBS
                + tuple(lexicon.APPROX_PREFIX) + lexicon.METRIC_TRAILING_ADVERBS)
    by_last: dict[str, list[str]] = {}
    for w in words:
        by_last.setdefault(w[-1], []).append(w)
    return {c: tuple(ws) for c, ws in by_last.items()}


def _trim_tail(s: str) -> str:
    """``s`` without the longest suffix that is a run of trailing words
    (``_left_trim_words``): ``收入年均增长`` → ``收入``.

    The same as ``regex.sub(rf"(?:{words})+$", "", s)``, without trying the
    alternation at every position: walk back from the end over the positions a run of
    words can start from.

    >>> _trim_tail("协调资金近"), _trim_tail("收入比上年增加"), _trim_tail("增长")
    ('协调资金', '收入比', '')
    """
    by_last = _left_trim_words()
    last = s[-1:]
    if last not in by_last:
        if last == "\n" and s[-2:-1] not in ("", "\n"):  # ``$`` matches before a final newline
            return _trim_tail(s[:-1]) + "\n"
        return s
    end = len(s)
    starts = {end}  # positions a run of words reaching the end starts from
    low = e = end
    while e >= low and e > 0:
        if e in starts:
            for w in by_last.get(s[e - 1], ()):
                if s.endswith(w, 0, e):
                    starts.add(e - len(w))
                    low = min(low, e - len(w))
        e -= 1
    return s[:low]


def _led(pattern: str, heads: str, classes: str = "") -> str:
    """``pattern`` behind a lookahead for the characters its matches start with
    (``heads``, plus class escapes such as ``\\d``): the standard re then turns down
    most positions with one class test instead of trying every alternative."""
    return rf"(?=[{classes}{re.escape(''.join(sorted(set(heads))))}])(?:{pattern})"


#: The blocks of symbols, arrows, shapes, dingbats, enclosed signs and emoji (and the
#: variation selectors and joiner of emoji), as a character class: they split a metric.
_SYMBOLS = ("\u2190-\u23ff\u2460-\u27bf\u2900-\u2bff\u3200-\u32ff\ue000-\uf8ff"
            "\ufe00-\ufe0f\u200d\U0001f000-\U0001faff")

#: What after 在 makes it part of a noun (在校生, 在园幼儿, 在建项目): no split there.
_WORD_AFTER_ZAI = "(?:校生|校学生|园幼儿|园儿童|岗职工|职职工|读|册|建项目|建工程)"

_OBJECT_COMPOUNDS = lexicon.OBJECT_COMPOUNDS


@functools.lru_cache(maxsize=1)
def _split_re() -> re.Pattern[str]:
    # literal words, classes and a lookahead: the standard re matches the same, with
    # less overhead per call on these short strings
    long_words = [w for w in lexicon.METRIC_STOP_WORDS if len(w) >= 2]
    chars = lexicon.METRIC_STOP_CHARS + "的了在对向将把被给为是有已"
    words = alternation(long_words)
    # an object verb splits unless it starts a compound noun (种植面积, 养殖规模)
    words += rf"|(?:{alternation(lexicon.METRIC_OBJECT_VERBS)})(?!{'|'.join(_OBJECT_COMPOUNDS)})"
    heads = "".join(w[0] for w in long_words + list(lexicon.METRIC_OBJECT_VERBS)) + chars
    # 向 is a preposition, but not in 去向, 方向, 导向, 流向, 走向 (毕业生去向落实率); 有 and 在
    # are verbs, but not inside a noun (市场占有率, 汽车保有量, 所有者权益, 在校生, 在园幼儿);
    # a symbol or an emoji is never part of a metric (车位600个🅿️, 📍油菜种植面积); 给 is
    # a verb, but not in 补给, 供给, 配给 (设置补给站18个: ah17)
    return re.compile(_led(rf"{words}|[{re.escape(chars)}](?<![去方导流走]向)"
                           rf"(?!(?<=[拥占保]有)[量率]|(?<=所有)者|(?<=在){_WORD_AFTER_ZAI}"
                           rf"|(?<=有)(?:期徒刑|效|色金属|机|线电视)|(?<=对)[象外口]|(?<=的)士|(?<=[补供配]给))|约(?=含)|[{_SYMBOLS}]",
                           heads, _SYMBOLS))


@functools.lru_cache(maxsize=1)
def _per_any_re() -> regex.Pattern[str]:
    """A run of rate markers: ``每亩``, ``每人每年``."""
    return regex.compile(rf"(?:每(?:{alternation(lexicon.RATE_DENOMINATORS)}))+")


@functools.lru_cache(maxsize=1)
def _comparison_base_re() -> re.Pattern[str]:
    """A comparison base starts here (``比上年同期``, ``较常年``), but not ``比重``/``生师比为``
    (literals only: the standard re)."""
    # 较 of a grade (较大以上道路交通事故) starts no base
    return re.compile(r"(?:同比|环比|相比|(?<!可)比|较(?![大小高低]以[上下])|(?<!不)(?:高于|低于))(?![重例率值为是赛:：]|$)")


@functools.lru_cache(maxsize=1)
def _time_mark_re() -> re.Pattern[str]:
    """A character one of which every ``time_expression`` match holds: 年, 月, 日 (every
    numeric form has one) or a character of each relative time word. A string with
    none of them has no time expression to remove."""
    marks = set(_TIME_ANCHOR_CHARS)
    for w in (*lexicon.RELATIVE_TIMES, *lexicon.TIME_EXTRA_ANCHORS):
        if marks.isdisjoint(w):
            marks.add(w[-1])
    return re.compile(f"[{re.escape(''.join(sorted(marks)))}]")


#: The verbs of an exchange rate (1美元约兑1.29新加坡元), never a metric.
_EXCHANGE_VERBS = frozenset({"兑", "约兑", "兑换", "可兑换", "约可兑换", "可兑"})

@functools.lru_cache(maxsize=1)
def _standing_re() -> re.Pattern[str]:
    """A word of ``lexicon.STANDING_PREDICATES``."""
    return re.compile(alternation(lexicon.STANDING_PREDICATES))


#: Words that name a mean per period of the amount before them (旅客647万人次，日均7万人次).
_AVERAGE_HEADS = frozenset({"日均", "月均", "周均", "场均", "班均"})

#: Words opening a clause that restates the noun ending the clause before (控制线，即540分以上).
_APPOSITIONS = frozenset({"即", "亦即", "也即", "也就是", "即为"})

#: Words that name the change of the amount before them (交易额390亿元，增幅41%).
_CHANGE_HEADS = frozenset({"增幅", "涨幅", "降幅", "跌幅", "升幅", "增速"})

#: The characters a ``_leading_deictic_re`` match can start with (besides digits).
_DEICTIC_HEADS = frozenset("当该本此这其")


def _strip_left(left: str, plain: bool = False) -> str:
    """The metric phrase just before a number: ``先后协调资金近`` → ``协调资金``;
    ``均价为每平方米`` → ``均价``; ``收入比上年同期增加`` → ``收入``. ``plain``:
    :func:`_plain_reads_times` holds for ``left``."""
    if not left:
        return ""
    # each pattern below runs only when the characters every match holds are there
    if _time_mark_re().search(left):
        left = _drop_times(left, True, plain)
    if "每" in left:
        per = _per_any_re().search(left)
        if per is not None:
            after = _trim_tail(left[per.end() :])
            left = left[per.end() :] if len(after) >= 2 else left[: per.start()]
    if "(" in left:
        left = aside().sub("", left)  # 水质优良(Ⅰ—Ⅲ类)比例: an aside
    if "比" in left or "较" in left or "高于" in left or "低于" in left:
        cmp_ = _comparison_base_re().search(left)
        if cmp_ is not None:
            left = left[: cmp_.start()]
    if (":" in left or left[-1:].isspace()) and _may_hold_label(left):
        label = _clause_label(left)
        if label:
            return label[-_LABEL_MAX:]  # a label is one noun phrase: no split
    trimmed = _trim_tail(left)
    if 0 < len(trimmed) < len(left) and left[len(trimmed) - 1 : len(trimmed) + 1] in lexicon.METRIC_WHOLE_WORDS:
        trimmed = left[: len(trimmed) + 1]  # 雇用伙计: no word cut in two (round G)
    if len(trimmed) < 2 and left.endswith(lexicon.METRIC_CURRENCY_WORDS):
        return next(w for w in lexicon.METRIC_CURRENCY_WORDS if left.endswith(w))  # 耗银元一万二千块
    if trimmed[-1:] != "后":
        pass  # (most phrases: neither test below can hold)
    elif "扣除" in trimmed or "剔除" in trimmed:
        # 收入扣除留抵退税因素后增长5%: a condition, not the measured thing
        trimmed = _trim_tail(trimmed[: max(trimmed.rfind("扣除"), trimmed.rfind("剔除"))])
    elif trimmed.endswith("调整后"):
        # 经季节性调整后按季增长1.1%: an adjustment, not the measured thing
        k = trimmed.rfind("经", 0, len(trimmed) - 3)
        trimmed = _trim_tail(trimmed[: k if k >= 0 and trimmed[k + 1 : k + 2] not in "济营费销" else len(trimmed) - 3])
    parts = _split_re().split(trimmed)
    phrase = parts[-1]
    if len(phrase) < 2 and len(parts) > 1:
        k = len(parts) - 2
        while k > 0 and not parts[k] and not phrase:
            k -= 1
        phrase = parts[k] + phrase if len(parts[k]) <= 8 else phrase
    elif phrase in lexicon.GENERIC_METRIC_HEADS and len(parts) > 1 and len(parts[-2]) >= 2:
        if trimmed.endswith("的" + phrase):
            # 归属于上市公司股东的净利润: a generic head keeps its modifier
            return (parts[-2] + "的" + phrase).strip(" ·-—")[-_LABEL_MAX:]
        if trimmed.endswith(_total_heads()):
            # 高端光伏胶膜业务实现收入: a generic head keeps its subject across 实现/合计 (round G)
            owner = parts[-2]
            k = owner.rfind("等")  # 五道口村、三里河等重点流域治理项目: the list before 等 is no part of it
            return (owner[k + 1 :] if len(owner) - k > 2 else owner).strip(" ·-—")[-_LABEL_MAX:] + phrase
    phrase = phrase.strip(" ·-—")
    if "共" in phrase:
        phrase = _after_total_adverb(phrase)
    head = phrase[:1]
    if head in _DEICTIC_HEADS or (head != "" and not "\u4e00" <= head <= "\u9fff"):  # or a digit
        stripped = str(_leading_deictic_re().sub("", phrase))
        if not (head.isdecimal() and stripped in lexicon.GENERIC_METRIC_HEADS):
            phrase = stripped  # (but 60岁及以上人口: a generic head keeps its age bracket)
        if phrase[:1].isdecimal() and trimmed.endswith(phrase):
            low = _range_low_re().search(trimmed, 0, len(trimmed) - len(phrase))
            if low is not None:
                phrase = low.group() + phrase  # 15—59岁人口
    if phrase[-1:] in "档级" and len(phrase) > 5:
        tier = _tier_re().search(phrase, len(phrase) - 5)
        if tier is not None and tier.end() == len(phrase):
            phrase = phrase[: tier.start()]  # 最低工资标准第一档为22元: the standard of that tier
    if "栏" in phrase:
        k = max(phrase.find("存栏"), phrase.find("出栏"))
        k -= phrase[k - 1 : k] == "年"  # 年出栏肉牛: the yearly figure
        if 0 < k < len(phrase) - 2:
            phrase = phrase[k:]  # 合作社存栏肉牛: the holder before 存栏 + animal is no part of it
    return phrase if len(phrase) <= _METRIC_MAX else _metric_cut(phrase)  # (a short one is whole)


#: The last words of a group of people or of an area set against another with 则 (``本地居民则为``,
#: ``农村居民则为``): a qualifier of the measure named before, not a measure (a22).
_GROUP_HEADS = ("居民", "人口", "人员", "职工", "农民", "学生", "旅客", "游客", "男性", "女性", "儿童", "老人",
                "家庭", "农户", "群众", "城镇", "农村", "城市", "乡村", "地区", "男生", "女生", "雇员", "工人",
                "毕业生", "新生", "外劳", "劳工")


@functools.lru_cache(maxsize=1)
def _region_re() -> re.Pattern[str]:
    """A part of the area reported on, named by its direction or its terrain (``东部山区``,
    ``西部河谷``, ``北部``, ``沿海地区``): no measure of its own (a22)."""
    quarter = r"(?:东北|东南|西北|西南|[东西南北中])"
    terrain = r"(?:山区|河谷|丘陵|平原|盆地|高原|沿海|沿海地区|沿江地区|片区|一带|库区|湖区|林区|牧区)"
    return re.compile(rf"{quarter}部{terrain}?|{quarter}{terrain}|{terrain}")


@functools.lru_cache(maxsize=1)
def _spread_re() -> re.Pattern[str]:
    """Words that say how a measure spreads over an area (``空间分布不均``, ``地区差异``)."""
    return re.compile(r"(?:空间|地域|区域|地区)?(?:分布|差异)|呈[东西南北]")


#: The units of a player's or a team's figures that :func:`_sport_metric` reads.
_SPORT_UNITS = frozenset({"分", "场", "次"})


@functools.lru_cache(maxsize=1)
def _sport_verb_re() -> re.Pattern[str]:
    """A verb of scoring (before N分) or of playing (before N场/次) ending a metric phrase,
    with the per-game word before it."""
    return re.compile(r"(?P<per>场均|单场|全场|半场|每场|本场|首节|末节|上半场|下半场)?"
                      r"(?:(?P<score>贡献|砍下|砍得|狂砍|拿下|拿到|得到|斩获|轰下|攻下|独得|豪取|轰出|(?<=[均场节])得)"
                      r"|(?P<play>(?:首发|替补)?(?:出场|出战|登场|上场|出赛)))\Z")


def _sport_metric(left: str, unit: str) -> str:
    """The metric of a player's or a team's figure: a scoring verb before N分 is the score
    (``林浩然单场砍下51分`` → ``单场得分``, ``前锋林浩然场均贡献27.4分`` → ``场均得分``), a verb
    of playing before N场/次 the games played (``新秀后卫陈子轩出场74场`` → ``出场``): the
    player or team named before it is the subject, no part of the metric (a22)."""
    m = _sport_verb_re().search(left)
    if m is None:
        return left
    if unit == "分" and m["score"]:
        return (m["per"] or "") + "得分"
    if unit != "分" and m["play"]:
        return (m["per"] or "") + m["play"]
    return left


@functools.lru_cache(maxsize=1)
def _total_adverb_re() -> re.Pattern[str]:
    """The adverb 共 (in all) inside a metric phrase, not inside a word (公共, 中共, 共同,
    共享, 共建 …)."""
    return re.compile(r"(?<![公总一中])共(?![同享建识产青性赢用治商担管生振鸣和济事处进通谋育富创筑融计有])")


#: The last characters of a subject that acts (a team, a court, a co-operative, a
#: working group): before 共 + a verb it is no part of the metric.
_AGENT_ENDS = frozenset("队院所社局部委厅站组司会员手者")


def _after_total_adverb(phrase: str) -> str:
    """A metric phrase without the subject before the adverb 共: ``青峰雷霆队共出战`` →
    ``出战``, ``该院共受理案件`` → ``受理案件``; a bare verb after a subject that does not
    act keeps it (``失业津贴申请共批出`` → ``失业津贴申请批出``; a22)."""
    m = _total_adverb_re().search(phrase)
    if m is None:
        return phrase
    subject, rest = phrase[: m.start()], phrase[m.end() :]
    if len(rest) >= 3 or (len(rest) == 2 and (not subject or subject[-1] in _AGENT_ENDS)):
        return rest
    return subject + rest if len(rest) == 2 else phrase


@functools.lru_cache(maxsize=1)
def _total_heads() -> tuple[str, ...]:
    """``lexicon.TOTAL_VERBS`` each followed by a generic head (``实现收入``, ``合计出口``)."""
    return tuple(v + h for v in lexicon.TOTAL_VERBS for h in lexicon.GENERIC_METRIC_HEADS)


#: The longest metric phrase that reaches back to a modifier word (:func:`_metric_cut`).
_METRIC_WIDE = 12


@functools.lru_cache(maxsize=1)
def _modifier_re() -> re.Pattern[str]:
    """A word that opens the name of a statistical measure (``lexicon.METRIC_MODIFIERS``)."""
    return re.compile(alternation(lexicon.METRIC_MODIFIERS))


def _metric_cut(phrase: str) -> str:
    """The last ``_METRIC_MAX`` characters of a metric phrase, but reaching back (up to
    ``_METRIC_WIDE``) to a modifier word that opens a measure's name, or to the start of a
    Latin token the cut would break, so that no word is cut in two:
    ``全国居民人均可支配收入``, ``社会消费品零售总额``, ``PM2.5平均浓度`` (not
    ``民人均可支配收入``, ``M2.5平均浓度``); a phrase with neither keeps the plain cut.

    >>> _metric_cut("全国居民人均可支配收入"), _metric_cut("区内PM2.5平均浓度"), _metric_cut("共成功调解矛盾纠纷")
    ('全国居民人均可支配收入', 'PM2.5平均浓度', '成功调解矛盾纠纷')
    """
    n = len(phrase)
    k = n - _METRIC_MAX
    if k <= 0:
        return phrase
    lo = max(0, n - _METRIC_WIDE)
    m = _modifier_re().search(phrase, lo)
    if m is not None and (m.start() < k or m.start() == k + 1):
        return phrase[m.start() :]  # (识别纳入防返贫监测对象: no half word before a modifier)
    if "第" in phrase[max(0, k - 4) : k]:
        tier = _tier_re().search(phrase, max(0, k - 4))
        if tier is not None and tier.start() < k < tier.end():
            return phrase[tier.start() :]  # 第一档月最低工资标准: a tier label is one word
    if phrase[k - 1 : k + 1].isascii() and phrase[k - 1 : k + 1].isalnum():
        j = k - 1
        while j > lo and phrase[j - 1].isascii() and (phrase[j - 1].isalnum() or phrase[j - 1] == "."):
            j -= 1
        if phrase[j].isupper() and not (j and phrase[j - 1].isascii() and phrase[j - 1].isalnum()):
            return phrase[j:]  # PM2.5平均浓度
        if phrase[k].isdecimal() and phrase[k - 1].isdecimal():
            j = k - 1
            while j > lo and phrase[j - 1].isdecimal():
                j -= 1
            if not phrase[j - 1 : j].isdecimal():
                return phrase[j:]  # 65周岁及以上人口: no number cut in two (round G)
    j = phrase.find("至", k, n - 2)
    if j >= 0:
        return phrase[j + 1 :]  # 清代至民国时期建筑: not from inside the range's first word (round G)
    return phrase[k:]


@functools.lru_cache(maxsize=1)
def _share_of_re() -> re.Pattern[str]:
    """What joins a share to the group it is a share of: ``三分之一以上的``."""
    return re.compile(r"(?:以上|以下|左右|多)?的")


@functools.lru_cache(maxsize=1)
def _qualified_of_re() -> re.Pattern[str]:
    """A qualifier and the whole a share is taken of, right before it: ``不低于在校生的``."""
    return re.compile(r"不(?:低于|少于|高于|超过|足)[^，,。；;、的]{1,12}的$")


@functools.lru_cache(maxsize=1)
def _range_low_re() -> re.Pattern[str]:
    """The low end of a range just before its high end (``15—`` of ``15—59岁``)."""
    return re.compile(r"\d+(?:\.\d+)?[—–~\-至]$")


#: The longest label, or generic head with its modifier, kept whole
#: (``农村居民人均可支配收入:21460元``, ``扣除非经常性损益后的净利润``).
_LABEL_MAX = 14


@functools.lru_cache(maxsize=1)
def _label_re() -> re.Pattern[str]:
    """A clause that opens with a label and a colon or a space before its value
    (``农村卫生厕所普及率:``, ``月人均补助标准 ``, after a bullet), and what stands
    between the label and the value."""
    # (a closing quote may open the clause: 他说："…。"农村居民人均可支配收入: …)
    # (a list number may open it: 8. 城镇居民人均可支配收入:52380元)
    return re.compile(r"^[\s■□●○◆◇▲△▶►•”」』’\"]*(?:\d{1,3}[.．、]\s*)?"
                      r"([^\W_][^\s:]{1,15}?)(?:\s*:\s*|\s+)([^\s:]{0,6})$")


@functools.lru_cache(maxsize=1)
def _label_verbs() -> frozenset[str]:
    """Words that name no measured thing: after a label (``高标准农田:累计建成``) the label is
    the metric."""
    return frozenset(lexicon.RIGHT_METRIC_STOPS + lexicon.UP_VERBS + lexicon.DOWN_VERBS)


def _may_hold_label(left: str) -> bool:
    """Whether :func:`_clause_label` can find a label in ``left``: one that ends on a
    space, or holds a colon with a colon or a space among its last 7 characters (a
    :func:`_label_re` match ends on one and at most 6 characters more)."""
    if left[-1:].isspace():
        return True
    if ":" not in left:
        return False
    tail = left[-7:]
    return ":" in tail or any(c.isspace() for c in tail)


def _clause_label(left: str) -> str:
    """The label a clause opens with (``高标准农田:累计建成`` → ``高标准农田``), when what
    follows it before the value names no other noun; else empty."""
    m = _label_re().match(left)
    if m is None or not any(_is_cjk(c) for c in m.group(1)):
        return ""
    rest = _split_re().split(_trim_tail(m.group(2)))[-1]
    if len(rest) >= 2 and rest not in _label_verbs():
        return ""
    label = _trim_tail(m.group(1))
    return label if len(label) >= 2 else ""


@functools.lru_cache(maxsize=1)
def _right_cut_re() -> re.Pattern[str]:
    """A digit or a word that ends the noun after a count, for text without astral
    characters: ``\\d`` of re lacks the digits of the newest scripts (all astral), which
    the ``\\d`` of regex (:func:`_right_cut_regex`) has."""
    words = lexicon.RIGHT_METRIC_STOPS
    return re.compile(_led(rf"\d|{right_stop_words()}", "".join(w[0] for w in words), r"\d"))


@functools.lru_cache(maxsize=1)
def _right_cut_regex() -> regex.Pattern[str]:
    """:func:`_right_cut_re` with the digits of regex."""
    return regex.compile(rf"\d|{right_stop_words()}")


def right_stop_words() -> str:
    """The alternation of ``lexicon.RIGHT_METRIC_STOPS``, but 共 of 公共 ends no noun
    (``推动公共运输``), nor 脱贫 of 脱贫户/脱贫人口."""
    words = alternation(w for w in lexicon.RIGHT_METRIC_STOPS if w not in ("共", "脱贫"))
    return words + "|(?<!公)共|脱贫(?!户|人口|群众|村|县)"  # 45户脱贫户稳定增收: 脱贫户 is a noun





@functools.lru_cache(maxsize=1)
def _event_lead_re() -> regex.Pattern[str]:
    """Counts and adverbs before the event of a clause (10人于 …顺利)."""
    return regex.compile(
        r"^(?:\d+(?:\.\d+)?(?:户|人|名|人次))*(?:于|在|已|已经|均|都|全部|全都|顺利|先后|实现|基本|相继)*")


def _clause_event(rest: str) -> str:
    """What happened to a bare count, read from the rest of its clause
    (``10人于2021年底顺利脱贫`` → ``脱贫``); empty when the clause says nothing more."""
    lead = _event_lead_re()
    rest = lead.sub("", _drop_times(rest.strip()))  # (time_expression().sub, cheaper)
    rest = lead.sub("", rest)
    return rest if 2 <= len(rest) <= 6 and all(_is_cjk(c) for c in rest) else ""


@functools.lru_cache(maxsize=1)
def _unit_nouns() -> dict[str, str]:
    """The written units of ``lexicon.UNITS`` that hold a noun after their measure word
    (``所学校`` → ``学校``): the noun names what is counted."""
    return {k: k[len(v):] for k, v in lexicon.UNITS.items() if k != v and k.startswith(v) and len(k) - len(v) >= 2}


def _unit_noun(t: str, d: Draft) -> str:
    """The noun written into the unit of ``d`` (``7所学校`` → ``学校``), else ``""``."""
    nouns = _unit_nouns()
    if not nouns or d.unit is None:
        return ""
    for k, noun in nouns.items():
        if t.endswith(k, d.start, d.end):
            return noun
    return ""


def _right_noun(right: str, astral: bool = True) -> str:
    """The noun after a count: ``3个自然村`` → ``自然村``; ``4000元的收入`` → ``收入``.
    ``astral`` False: ``right`` holds no character above U+FFFF (none of regex's extra
    digits)."""
    right = right.lstrip()
    if right.startswith("的"):
        right = right[1:]
    head = right[:1]
    # a decimal digit (a digit for re and regex alike) cuts the noun before it starts
    if (head in lexicon.RIGHT_METRIC_LEAD_STOPS and not right.startswith(lexicon.RIGHT_METRIC_LEAD_WORDS)) \
            or head.isdecimal():
        return ""
    split = _split_re().search(right)
    end = split.start() if split is not None else len(right)
    cut_re = _right_cut_regex() if astral and beyond_bmp(right[:end]) else _right_cut_re()
    cut = cut_re.search(right, 0, end)
    if cut is not None:
        end = cut.start()
    return right[: min(end, _METRIC_MAX)]
