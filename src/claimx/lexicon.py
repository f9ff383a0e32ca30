"""Vocabulary tables: everything claimx knows about words lives here, as data.

Every table is keyed by SIMPLIFIED, half-width text: the extractor normalises its input
(traditional → simplified, full-width → half-width) before it reads these tables.
To extend claimx, add rows here (see ``docs/extending.md``); the patterns in
:mod:`claimx.patterns` are built from these tables on first use.

>>> UNITS["千米"]
'公里'
>>> "降至" in DOWN_VERBS
True
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "ADVANCE_WORDS",
    "AGE_UNITS",
    "APPROX_PREFIX",
    "APPROX_SUFFIX",
    "BARE_OBJECT_VERBS",
    "BARE_PLACES",
    "BARE_PLACE_GUARDS",
    "BARE_PLACE_TARGETS",
    "BARE_SHARE_HEADS",
    "BEFORE_SUFFIX_STOPS",
    "BUSINESS_HOUSEHOLDS",
    "CHANGE_ONLY_VERBS",
    "CITY_NOUN_LEADS",
    "COMPARATIVES",
    "COMPARISON_MARKERS",
    "COUNTRY_PARTNER_NOUNS",
    "COUNTRY_TARGETS",
    "COUNT_METRIC",
    "COUNT_WORDS",
    "CURRENCY_CODES",
    "CURRENCY_UNITS",
    "DATE_NAMES",
    "DEGREE_ADVERBS",
    "DIFFERENCE_MARKERS",
    "DOWN_VERBS",
    "DURATION_DAY_LEADS",
    "DURATION_UNITS",
    "ETHNIC_GROUPS",
    "EVENT_TIMES",
    "EXCHANGE_NAMES",
    "FIRM_NOUNS",
    "FROM_MARKERS",
    "FUNCTION_CHARS",
    "FUNDING_VERBS",
    "GENERIC_METRIC_HEADS",
    "GENERIC_PLACE_LEADS",
    "HALF_UNITS",
    "HOUSEHOLD_NOUNS",
    "IDIOMS",
    "INDEX_LEVEL_VERBS",
    "INDEX_NAMES",
    "JOINT_MARKERS",
    "JOINT_PLACE_SUFFIXES",
    "KUAI_MONEY_CHARS",
    "KUAI_NOUNS",
    "LONE_MULTIPLIER_LEADS",
    "METRIC_CURRENCY_WORDS",
    "METRIC_MODIFIERS",
    "METRIC_OBJECT_VERBS",
    "METRIC_STOP_CHARS",
    "METRIC_STOP_WORDS",
    "METRIC_TRAILING_ADVERBS",
    "METRIC_WHOLE_WORDS",
    "MULTIPLIERS",
    "NAME_BAD_ENDS",
    "NEUTRAL_FROM_TO_VERBS",
    "NEW_VERBS",
    "NON_PLACE_PREFIXES",
    "NOT_COMPARE_AFTER",
    "NOT_COMPARE_BEFORE",
    "NOT_NAME_FIRST",
    "NOT_VERB_HEADS",
    "NUMERAL_NAME_ENDS",
    "OBJECT_COMPOUNDS",
    "ORDINAL_UNITS",
    "ORG_AFTER_PLACE",
    "OWNED_METRIC_HEADS",
    "PAGE_COUNTER_WORDS",
    "PAIR_UNITS",
    "PEOPLE_OBJECT_NOUNS",
    "PER_BASE_UNITS",
    "PER_ITEM_MEASURES",
    "PHASE_HEADS",
    "PLACE_SUFFIXES",
    "POINT_VERB_ENDS",
    "PRONOUN_NAMES",
    "PURPOSE_VERBS",
    "RANK_HEADS",
    "RATE_DENOMINATORS",
    "RATE_NUMERATORS",
    "REACH_VERBS",
    "RECORD_NOUNS",
    "RECORD_VERBS",
    "RECORD_WORDS",
    "REGIONS",
    "REGION_ORIGIN_NOUNS",
    "RELATIVE_TIMES",
    "RIGHT_METRIC_LEAD_STOPS",
    "RIGHT_METRIC_LEAD_WORDS",
    "RIGHT_METRIC_STOPS",
    "ROC_YEAR_LEADS",
    "ROUTE_NOUNS",
    "SCORE_LABELS",
    "SCORE_LEADS",
    "SCORE_LINES",
    "SESSION_BODIES",
    "SHARE_AFTER_AGE",
    "SHARE_OR_BASE_LEADS",
    "SPAN_UNITS",
    "STANDING_PREDICATES",
    "SUFFIX_WORD_EXCEPTIONS",
    "SUFFIX_WORD_STARTS",
    "THRESHOLD_VERBS",
    "TIME_COMPARE_UNITS",
    "TIME_EXTRA_ANCHORS",
    "TOTAL_VERBS",
    "TO_MARKERS",
    "UNITS",
    "UP_VERBS",
]

#: Written unit → canonical unit (claims-spec §3). Longest written forms win.
UNITS: Final[dict[str, str]] = {
    # percent and points
    "%": "%",
    "个百分点": "百分点",
    "百分点": "百分点",
    "‰": "‰",
    # money
    "元": "元",
    "块钱": "元",
    "圆": "元",
    "元钱": "元",
    "美元": "美元",
    "欧元": "欧元",
    "日元": "日元",
    "港元": "港元",
    "港币": "港元",
    "英镑": "英镑",
    "韩元": "韩元",
    "卢布": "卢布",
    "澳元": "澳元",
    "加元": "加元",
    # a currency named by its place (澳门元, not 澳元: the Australian dollar) or as 币
    "澳门元": "澳门元",
    "澳门币": "澳门元",
    "新台币": "新台币",
    "人民币": "元",
    "美金": "美元",
    # people and households
    "人次": "人次",
    "人": "人",
    "名": "人",
    "位": "人",
    "户次": "户次",
    "户": "户",
    # area, length, weight
    "亩": "亩",
    "公顷": "公顷",
    "平方公里": "平方公里",
    "平方千米": "平方公里",
    "km²": "平方公里",
    "km2": "平方公里",
    "平方米": "平方米",
    "平米": "平方米",
    "㎡": "平方米",
    "m²": "平方米",
    "m2": "平方米",
    "立方米": "立方米",
    "m³": "立方米",
    "公里": "公里",
    "千米": "公里",
    "km": "公里",
    "米": "米",
    "m": "米",
    "厘米": "厘米",
    "cm": "厘米",
    "毫米": "毫米",
    "mm": "毫米",
    "吨": "吨",
    "公斤": "公斤",
    "千克": "公斤",
    "kg": "公斤",
    "克": "克",
    "盎司": "盎司",
    "斤": "斤",
    "升": "升",
    "毫升": "毫升",
    # temperature
    "℃": "°C",
    "°C": "°C",
    "摄氏度": "°C",
    # energy
    "千瓦时": "千瓦时",
    "万千瓦": "万千瓦",
    "微克/立方米": "微克/立方米",
    "毫克/立方米": "毫克/立方米",
    "剂次": "剂次",
    "剂": "剂",
    "千瓦": "千瓦",
    "兆瓦": "兆瓦",
    # (asb2) battery and electric measures kept as written (5000毫安时 is mAh); not 伏,
    # 瓦 or 千伏 alone (三伏, a 110千伏 substation names its class)
    "毫安时": "毫安时",
    "毫安": "毫安",
    "安时": "安时",
    "兆瓦时": "兆瓦时",
    "安培": "安培",
    # durations (kept as written)
    "个月": "个月",
    "小时": "小时",
    "分钟": "分钟",
    "秒": "秒",
    "天": "天",
    "日": "日",  # a duration only (平均逗留时间为1.3日): claimx.scan reads it, see DURATION_DAY_LEADS (a22)
    "周岁": "周岁",
    "岁": "岁",
    "年": "年",
    # measure words kept as written (claims-spec §3, "any other measure word")
    "批次": "批次",
    "架次": "架次",
    "车次": "车次",
    "个": "个",
    "座": "座",
    "条": "条",
    "所": "所",
    "头": "头",
    "只": "只",
    "株": "株",
    "棵": "棵",
    "场": "场",
    "期": "期",
    "套": "套",
    "间": "间",
    "件": "件",
    "起": "起",
    "次": "次",
    "项": "项",
    "批": "批",
    "处": "处",
    "辆": "辆",
    "盏": "盏",
    "册": "册",
    "本": "本",
    "支": "支",
    "份": "份",
    "种": "种",
    "类": "类",
    "张": "张",
    "台": "台",
    "部": "部",
    "栋": "栋",
    "幢": "幢",
    "篇": "篇",
    "匹": "匹",
    "枚": "枚",
    "颗": "颗",
    "艘": "艘",
    "架": "架",
    "家": "家",
    "口": "口",
    "块": "块",
    "届": "届",
    "轮": "轮",
    "笔": "笔",
    "例": "例",
    "宗": "宗",
    "家次": "家次",
    "箱": "箱",
    "袋": "袋",
    "桶": "桶",
    "层": "层",
    # index points (上证指数报3452.30点): only where claimx.scan reads an index level
    "点": "点",
    # points of a score (场均得到28.5分): only where claimx.scan reads a score
    "分": "分",
    "所学校": "所",
    # a measure word followed by 次 counts events, and is one unit (辆次, not 辆; 架次,
    # 车次 and 批次 are listed above)
    "台次": "台次",
    "场次": "场次",
    "辆次": "辆次",
    "艘次": "艘次",
    "班次": "班次",
    "航次": "航次",
    "册次": "册次",  # 外借图书168.9万册次 (accnum3)
    "局": "局",  # 主投7局 (innings, sets); not after a Chinese numeral in a name (中建八局)
    "列": "列",  # 累计开行186列 (trains)
    "列次": "列次",  # 开行列车8.42万列次: trains run, counted per run like 车次 (a21)
    "趟次": "趟次",
    "件次": "件次",
    "顶": "顶",
    "床": "床",  # bedding (棉被5000床), hospital beds (1000床)
    # (accnum) basis points (个 before a unit noun is no measure word: 12个基点 is 基点),
    # decibels (分贝, longer than 分), and Latin unit tokens kept as written
    "个基点": "基点",
    "基点": "基点",
    "bp": "基点",
    "BP": "基点",
    "分贝": "分贝",
    "dB": "dB",
    "TEU": "TEU",
    "kWh": "kWh",
    "MWh": "MWh",
    "GWh": "GWh",
    "kW": "kW",
    "MW": "MW",
    "GW": "GW",
    # (accnum2) currencies of overseas Chinese press, and measures kept as written: a
    # closed list (a Latin-letter tail is a unit only when listed: 5G, G15 are codes)
    "新元": "新元",
    "新加坡元": "新加坡元",
    "令吉": "令吉",
    "马币": "令吉",
    "泰铢": "泰铢",
    "卢比": "卢比",
    "法郎": "法郎",
    "公吨": "公吨",
    "纳米": "纳米",
    "瓶": "瓶",
    "TB": "TB",
    "GB": "GB",
    "MB": "MB",
    "GHz": "GHz",
    "MHz": "MHz",
    "mAh": "mAh",
    # (ah18) a chip's process node and a charger's power, glued to the number (4nm工艺,
    # 100W快充); a letter run after them is a code (5WH, 3nmol is not one)
    "nm": "nm",
    "W": "W",
    # (ascan, round G) measure words and units kept as written: containers counted at a
    # port (标准箱, 自然箱), seats and votes of an election, calls, astronomical and
    # nutritional measures
    "标准箱": "标准箱",
    "自然箱": "自然箱",
    "席": "席",
    "票": "票",
    "通": "通",
    "光年": "光年",
    "天文单位": "天文单位",
    "千卡": "千卡",
    "大卡": "千卡",
    "千焦": "千焦",
    "毫克": "毫克",
    "微克": "微克",
    "纳克": "纳克",
    "标箱": "标准箱",
    "立方": "立方米",  # 库容1.2亿立方: 立方米 shortened
    "人公里": "人公里",  # 旅客周转量 (a transport turnover), not 人 + 公里
    "吨公里": "吨公里",
    "海里": "海里",
    "尾": "尾",  # 鱼苗50万尾
    "班": "班",  # 周客运航班量达5320班 (flights, bus runs); not a school class (初三1班): ah16
    "注": "注",  # 大奖11注 (lottery bets): ah16
    "节": "节",  # 授课120节
    "幅": "幅",  # 作品200幅
    "首": "首",  # 歌曲30首
    "封": "封",  # 信件500封
    "粒": "粒",
    "根": "根",  # 钢筋3000根
    "片": "片",
    "双": "双",  # 手套1000双
    "盒": "盒",
    "罐": "罐",
    "块大洋": "元",  # 八块大洋: silver dollars, money (块 → 元, §3)
    # (ah17) shares counted (1,250萬股, 3.62億股: read after an Arabic numeral only, see
    # claimx.scan), cents (19.2港仙), a quake's magnitude (5.2级: claimx.scan), and a
    # measure whose qualifier is part of it, kept as written (186.4万吨二氧化碳当量)
    "股": "股",
    "港仙": "港仙",
    "美分": "美分",
    "级": "级",
    "吨二氧化碳当量": "吨二氧化碳当量",
    "吨二氧化碳": "吨二氧化碳",
    "吨标准煤": "吨标准煤",
    "吨标煤": "吨标煤",
    "吨油当量": "吨油当量",
    "块银元": "元",
}

#: Canonical units that are money (rates and 万/亿 folding apply to them).
CURRENCY_UNITS: Final[frozenset[str]] = frozenset(
    {"元", "美元", "欧元", "日元", "港元", "英镑", "韩元", "卢布", "澳元", "加元", "澳门元", "新台币",
     "新元", "新加坡元", "令吉", "泰铢", "卢比", "法郎"}
)

#: Names of a stock index: in their clause a number before 点 is an index level
#: (``深证成指报11234点``), not a clock time.
INDEX_NAMES: Final[tuple[str, ...]] = (
    "指数", "成指", "板指", "综指", "恒指", "道指", "纳指", "沪指", "深指", "股指", "上证", "深证",
    "标普", "日经", "大盘",
)
#: Words right before a number of points of a score (得到28分, 场均30分, 评分4分).
SCORE_LEADS: Final[tuple[str, ...]] = ("得", "失", "丢", "拿下", "砍下", "场均", "评分", "得分", "打出", "均分", "总分", "满分")
#: Labels of a score before 为/是/达 and an integer in 分 (分数线为61分, 成绩为81分): ah17.
SCORE_LABELS: Final[tuple[str, ...]] = ("分数线", "分数", "成绩", "得分", "总分", "满分", "均分", "平均分")
#: Score lines a nearby integer in 分 is measured against (最低控制线，即540分以上): a21.
SCORE_LINES: Final[tuple[str, ...]] = ("控制线", "录取线", "投档线", "提档线")
#: Words right before a number of index points that give its level (收于3000点).
INDEX_LEVEL_VERBS: Final[tuple[str, ...]] = ("报", "收于", "站上", "站稳", "失守")
#: Last characters of the verbs that move an index by points (上涨, 下跌, 回落, 下挫, 上扬).
POINT_VERB_ENDS: Final[str] = "涨跌升降落挫扬"

#: Physical measures that make a rate with a denominator written after a slash
#: (``456.6公斤/亩``, ``80公里/小时``) or as 每X right before them (``每亩410公斤``): claimx.scan,
#: claimx.compose. Counts (人, 户, 个) and 亩 are not: ``每户3人``, ``每户1.5亩`` stay counts.
RATE_NUMERATORS: Final[frozenset[str]] = frozenset(
    {"公斤", "斤", "吨", "公吨", "克", "公里", "米", "立方米", "升", "毫升", "千瓦时", "毫克", "微克", "纳克",
     "标准箱", "自然箱", "TEU", "吨二氧化碳当量", "吨二氧化碳", "吨标准煤", "吨标煤", "吨油当量"}
)

#: Measure words of a counted item that, as 每X + its noun first in a clause, make the
#: money value after them a rate per item (``每部电梯市财政补贴15万元`` → 元/部, like
#: ``每人``): claimx.compose, not the scanner (ah16).
PER_ITEM_MEASURES: Final[tuple[str, ...]] = ("部", "台", "辆", "座", "艘", "架", "栋", "头", "只")

#: Denominators of a rate: ``元/斤``, ``80元一斤``, ``每斤80元``.
RATE_DENOMINATORS: Final[dict[str, str]] = {
    "斤": "斤",
    "公斤": "公斤",
    "千克": "公斤",
    "kg": "公斤",
    "吨": "吨",
    "人": "人",
    "名": "人",
    "亩": "亩",
    "公顷": "公顷",  # 每公顷每年补助3万元 → 元/公顷 (accnum3)
    "餐": "餐",  # 每餐12元 → 元/餐, a meal's price like 每斤 (ah19m)
    "月": "月",
    "年": "年",
    "天": "天",
    "户": "户",
    "平方米": "平方米",
    "平米": "平方米",
    "㎡": "平方米",
    "m²": "平方米",
    "桶": "桶",
    "盎司": "盎司",
    "个": "个",
    "件": "件",
    "次": "次",
    "小时": "小时",
    "升": "升",
    "克": "克",
    "股": "股",
    "张": "张",
    "晚": "晚",
    "日": "日",
    "周": "周",
    "家": "家",
    "间": "间",
    "间夜": "间夜",  # 平均房价426元/间夜 (a room-night): ah16
    "人次": "人次",  # 人均消费85元/人次: ah16
    "套": "套",
    "辆": "辆",
    "头": "头",
    "只": "只",
    "平方呎": "平方呎",
    "平方尺": "平方尺",
    "秒": "秒",  # 立方米每秒, 米/秒 (accnum)
    "万元": "万元",  # 0.82吨二氧化碳当量/万元, 吨标准煤/万元: an intensity per output (ah17)
    # (accnum2) tariffs and packaged goods: 元/千瓦时, 元/度 (of electricity), 元/立方米,
    # 元/箱, 元/瓶, 元/袋; 每公里造价 (元/公里)
    "千瓦时": "千瓦时",
    "度": "度",
    "立方米": "立方米",
    "箱": "箱",
    "瓶": "瓶",
    "袋": "袋",
    "公里": "公里",
    "分钟": "分钟",  # 每分钟0.1元, 每秒200亿次 (次 only per 秒/分钟: claimx.compose)
    "程": "程",  # 票价每程65澳门元: a fare per trip (ascan)
    # (a21) periods a fee is charged per, like 每月/每年: 学费每学期1200元 → 元/学期
    "学期": "学期",
    "学年": "学年",
    "季度": "季度",
    "课时": "课时",
}

#: Counters of a web page's footer, written with a space before their figure (``阅读 1.3万
#: 在看 268``): that figure is no claim (``阅读量1.3万`` is) (accnum2).
PAGE_COUNTER_WORDS: Final[tuple[str, ...]] = ("阅读", "在看", "点赞", "赞", "转发", "评论", "收藏", "浏览", "播放")

#: Multiplier characters folded into the value.
MULTIPLIERS: Final[dict[str, int]] = {
    "十": 10,
    "百": 100,
    "千": 1000,
    "万": 10_000,
    "亿": 100_000_000,
    "兆": 1_000_000_000_000,  # only before a 亿 remainder (1兆2,846亿, Taiwan usage): ah16
}

#: Qualifiers written before the number → approx.
APPROX_PREFIX: Final[dict[str, str]] = {
    "大约": "about",
    "约为": "about",
    "大约有": "about",
    "约有": "about",
    "大约为": "about",
    "约": "about",
    "近": "about",
    "将近": "about",
    "接近": "about",
    "大概": "about",
    "约合": "about",
    "超过": "over",
    "逾": "over",
    "突破": "over",
    "多达": "over",
    "至少": "over",
    "不低于": "over",
    "不少于": "over",
    "高于": "over",
    "超": "over",
    "不足": "under",
    "不到": "under",
    "未满": "under",
    "低于": "under",
    "不超过": "under",
    "不高于": "under",
    "不多于": "under",
    "最多": "under",
    # (ascan, round G) a negated 超过/高于 is a bound, like 不超过; an estimate is about
    "不得超过": "under",
    "不宜超过": "under",
    "不能超过": "under",
    "不应超过": "under",
    "不可超过": "under",
    "不得高于": "under",
    "不宜高于": "under",
    "不过": "under",  # 月薪不过八块大洋: no more than
    "约含": "about",  # 约含糖35克 (claimx.compose reads it over the noun, like 约有)
    "大约含": "about",
    "估计有": "about",  # (not 估计为: 临时估计为1,024亿港元 is a statistical estimate, stated)
    "估计达": "about",
    "大约是": "about",
    "约是": "about",
}

#: Qualifiers written after the number (or after its unit) → approx.
APPROX_SUFFIX: Final[dict[str, str]] = {
    "余": "over",
    "多": "over",
    "来": "about",  # 十来块, 二十来岁, 百来人: after 十/百/千 and before a unit only
    "把": "about",  # 千把人, 万把块钱 (colloquial): after a bare 百/千/万 and before a unit only (ah18)
    "有余": "over",
    "以上": "over",
    "开外": "over",
    "左右": "about",
    "上下": "about",
    "以下": "under",
    "以内": "under",
    "起": "over",  # 168元起 (a price from 168 up): after 元/块 at the end of a phrase only
}

#: Degree adverbs that may stand before the verb of a from→to statement
#: (``由3.7%微升至3.8%``, ``由…小幅回落至…``).
DEGREE_ADVERBS: Final[tuple[str, ...]] = (
    "微", "略", "略微", "稍", "小幅", "大幅", "稳步", "进一步", "逐步", "明显", "显著", "持续", "继续",
)

#: Verbs of change. A verb directly before a quantity makes it a stated change
#: (``增收2000元``); followed by 至/到/为 it gives the direction of a new value.
UP_VERBS: Final[tuple[str, ...]] = (
    "增长", "增加", "提高", "提升", "上升", "上涨", "增收", "扩大", "增至", "升至", "增幅",
    "加快", "上浮", "增", "升", "涨", "翻", "多出", "猛增", "攀升", "跃升", "提速", "增多",
    "新增", "净增", "增添", "拓展", "上调", "高出", "偏多", "多了", "偏高", "增产", "增值",
    "升破", "涨破", "成长", "涨幅", "升幅", "放量", "上行", "走阔",
    "回升", "扩张", "延长", "调高",  # (accnum2)
    "调升", "调增", "扩军", "扩容", "扩招",  # 由每月3,740澳门元调升至每月3,900澳门元 (ascan)
    "成长幅度", "增长幅度", "上涨幅度",  # 成长幅度约69% (accnum3)
)
DOWN_VERBS: Final[tuple[str, ...]] = (
    "下降", "减少", "降低", "缩小", "减", "降", "下跌", "回落", "缩短", "降幅", "降至",
    "减至", "跌", "下滑", "减轻", "下调", "压缩", "削减", "跌至", "减小", "少了", "跌破",
    "偏少", "低出", "偏低", "减产", "跌幅", "缩量", "下行", "收窄",
    "萎缩", "收缩", "放缓", "下浮", "调低",  # (accnum2)
    "调降", "调减",  # (ascan)
    "下降幅度", "下跌幅度",  # (accnum3)
    "减幅",  # 減少1萬1,835人，減幅0.29% (Taiwan usage, like 降幅): ah16
)
#: Verbs that make every quantity of their clause a change, even with a noun between
#: (``全年新增小额贷款37户83.1万元``).
NEW_VERBS: Final[tuple[str, ...]] = ("新增", "净增", "净减少")
#: Verbs that, directly before a number, are a change only with no 至/到/为 after them.
CHANGE_ONLY_VERBS: Final[tuple[str, ...]] = ("增收", "增幅", "降幅", "涨幅", "升幅", "跌幅", "减幅",
                                             "成长幅度", "增长幅度", "上涨幅度", "下降幅度", "下跌幅度")

#: Characters that, right before a verb, make it part of a noun: 起降 (take-offs and
#: landings), 升降 (lifts), 涨跌 — then it states no change; 每升 is "per litre".
NOT_VERB_HEADS: Final[dict[str, tuple[str, ...]]] = {
    "降": ("起", "升", "涨"),
    "升": ("提", "每"),
    "跌": ("涨",),
}

#: Markers of a difference against a base written between them and the number
#: (``高于全国平均水平1个百分点``): the number is a change in this direction.
DIFFERENCE_MARKERS: Final[dict[str, str]] = {
    "高于": "up", "超出": "up", "高出": "up", "快于": "up", "低于": "down", "低出": "down", "慢于": "down",
}

#: Comparatives after a comparison base (``比去年多招2个班``, ``比上年同期低0.1个百分点``): the
#: number after them is a stated difference in this direction. 快/慢 flip for a time
#: (:data:`TIME_COMPARE_UNITS`): a faster race time is a shorter one.
COMPARATIVES: Final[dict[str, str]] = {
    "多出": "up", "高出": "up", "多": "up", "高": "up", "长": "up", "快": "up",
    "少": "down", "低": "down", "短": "down", "慢": "down",
    "节省": "down", "节约": "down", "少用": "down",  # 比海运节省约20天 (accnum3)
}
#: Units of a time, where 快 (faster) is down and 慢 is up: ``比预赛快了0.08秒``.
TIME_COMPARE_UNITS: Final[frozenset[str]] = frozenset({"秒", "分钟", "小时", "天"})
#: Characters after 比 that make a word with it, not a comparison (比赛, 比例, 比重, 比较).
NOT_COMPARE_AFTER: Final[str] = "赛例重率如较拼武值分价对照肩"
#: Characters before 比 that make a word with it (对比, 评比, 无比, 相比, 攀比, 类比, 好比).
NOT_COMPARE_BEFORE: Final[str] = "对评无相攀类好占"

#: Verbs of a value passing a mark: the value is the new level, with this qualifier.
THRESHOLD_VERBS: Final[dict[str, str]] = {"跌破": "under", "升破": "over", "涨破": "over"}

#: Words that open a from→to statement, and words that link its two values.
FROM_MARKERS: Final[tuple[str, ...]] = ("从", "由")
#: Verbs of a from→to statement that tell no direction (``由2,100元/月调整为2,280元/月``):
#: the statement has direction None (accnum2).
NEUTRAL_FROM_TO_VERBS: Final[tuple[str, ...]] = ("调整", "变更", "变动", "改")
TO_MARKERS: Final[tuple[str, ...]] = ("至", "到", "为", "成")

#: A time after one of these is a comparison base, not the claim's time.
COMPARISON_MARKERS: Final[tuple[str, ...]] = (
    "比", "较", "同比", "相比", "与", "和", "跟", "对比", "按年", "按月", "按季",
)

#: Time words taken as written (claims-spec §1, ``time``), longest first when matched.
#: Events the claims after them are counted from (claims-spec §4b, like 3年后): times,
#: but not before 的 (原搬迁后的旧村院), see patterns.time_expression.
EVENT_TIMES: Final[tuple[str, ...]] = (
    "灾情发生后", "灾害发生后", "险情发生后", "地震发生后", "事故发生后", "疫情发生后",
    "疫情发生以来", "灾情发生以来", "搬迁前", "搬迁后",
    # a programme or a line put in service (帮扶工作开展以来, 3号线开通后): accctx2
    "开展以来", "实施以来", "开通以来", "开通后", "建成后", "投用后", "投产后", "通车后",
    "启用后", "开业后",  # 新楼启用后，医院开放床位由1500张增加到2300张 (ah19t)
)
RELATIVE_TIMES: Final[tuple[str, ...]] = (
    "截至目前", "截止目前", "截至当前", "截止当前", "截至今年", "截至去年", "到目前为止",
    "今年以来", "去年以来", "近年以来", "近年来", "近几年来", "近几年", "几年来", "多年来", "连续多年",
    "一年来", "两年来", "三年来", "五年来", "十年来",
    "今年上半年", "今年下半年", "去年上半年", "去年下半年", "今年前三季度",
    "上半年", "下半年", "前三季度", "一季度", "二季度", "三季度", "四季度",
    "今年", "去年", "明年", "前年", "当年", "全年", "本年度", "年内", "年底", "年初",
    "目前", "当前", "如今", "眼下", "现在", "当天", "当日", "今天", "昨天", "近日",
    "报告期内", "报告期", "同年", "上年同期", "去年同期",
    "本月", "上月", "下月", "本周", "上周", "此前", "近期", "日前", "当月", "本季度",
    "上季度", "今晨", "今早", "明天", "后天", "当时", "今冬", "今春", "今夏", "今秋",
    "入汛以来", "入冬以来", "年末", "月底", "昨日", "今日", "明日",
    "过去一年", "过去五年", "十三五期间", "十四五期间", "十二五期间",
    "初夏时节", "初春时节", "初秋时节", "初冬时节", "盛夏时节", "深秋时节", "隆冬时节", "春节期间", "国庆期间", "教师节期间", "汛期",
    "春节假期", "国庆假期", "五一假期", "元旦假期", "清明假期", "端午假期", "中秋假期",
    "国庆黄金周", "春节黄金周", "黄金周", "假期期间", "节日期间", "节假日期间", "假期",
    "同期", "周内", "当周",  # the same period as the figures before; within the week (accmet)
    # the period of an event or a plan (accmet)
    "活动期间", "赛会期间", "比赛期间", "赛事期间", "会议期间", "展会期间", "过程期间", "疫情期间",
    "暑期期间", "暑假期间", "寒假期间", "汛期期间", "实施期间", "建设期间", "规划期间",
    "十五五期间", "“十五五”期间", "“十四五”期间", "“十三五”期间",
    "上季", "本季", "同季", "同月", "彼时", "届时", "前一交易日", "上一交易日",  # the same quarter/month as the figures before (Macau: 同季入境旅客)
    # round E (accmet2): next week; the period of a festival, a fair or a shopping day;
    # the years since a party congress (党的十八大以来)
    "下周", "节会期间", "节庆期间", "会期期间", "展期期间", "春运期间", "暑运期间", "两会期间",
    "双11期间", "双十一期间", "双12期间", "双十二期间", "618期间", "旅游节期间", "文化节期间",
    "艺术节期间", "博览会期间", "运动会期间", "亚运会期间", "奥运会期间", "进博会期间", "广交会期间",
    "十七大以来", "十八大以来", "十九大以来", "二十大以来",
    "全天", "全日", "盘中", "早盘", "尾盘", "截至收盘", "截止收盘", "收盘时",
    # round G (aplace): that evening (决赛当晚), the period of a league or a season
    "当晚", "当夜", "联赛期间", "赛季期间", "决赛期间", "世界杯期间", "全运会期间", "冬奥会期间", "亚运期间",
    # the seasons of the box office (国庆档票房, 档期内平均票价; round G)
    "国庆档", "春节档", "暑期档", "五一档", "元旦档", "档期内",
    "冬春航季", "夏秋航季",  # the two schedule seasons of civil aviation (ah16)
    # the date of a filing (截至本公告日期, 截至本报告日): a company's "as at" (ah17)
    "截至本公告日期", "截至本公告日", "截至本报告日期", "截至本报告日", "截至本报告出具日",
    "截至本公告披露日", "截止本公告日", "截至本通函日期",
    "以前",  # only opening a clause (以前一年收入不到5000元), see patterns.time_expression
    # (ah18) at present in Hong Kong usage (康文署現時共有…; not 实现时/出现时, see
    # patterns.time_expression) and "in past years" (往年核桃八块钱一斤)
    "现时", "往年",
    # (ah19t) the first day/week/month of a service (开通首日), the summer/winter holidays,
    # the next year (下一年度, 次年, 翌年), up to now (自10月5日开跑至今: the figure holds now),
    # before/after a price change (调价前)
    "首日", "首月", "暑期", "暑假", "寒假", "下一年度", "次年", "翌年", "至今", "迄今",
    "调价前", "调价后",
    "第一周", "第二周", "第三周", "第四周", "第五周", "第六周",  # 第四周工作日平均客流 (ah19t)
    # (a22) the period of a season, a fiscal or school year named by a deictic (本赛季常规赛共出战82场,
    # 全季累计送出2,214次助攻, 本财年营收), and the adverbs of a recent run of days/months/years
    # (连日来，全镇3,600亩蔬菜陆续上市): a fact-checker checks the figure against that period
    "本赛季", "上赛季", "该赛季", "全赛季", "整个赛季", "全季",
    "本财年", "上财年", "该财年", "本财政年度", "上财政年度", "本学年", "上学年", "本学期", "上学期",
    "连日来", "连月来", "连年来", "近段时间", "近一段时间", "一段时间以来", "近些年来", "近些年",
    *EVENT_TIMES,
)

#: Era names before a year in Chinese numerals (民国二十七年秋, 光绪二十八年; round G, aplace):
#: such a year is a time like 1938年.
ERA_NAMES: Final[tuple[str, ...]] = ("民国", "光绪", "宣统", "同治", "咸丰", "道光", "嘉庆", "乾隆", "雍正", "康熙")

#: Words a time expression can hold with no 年, 月, 日 or relative time word: ``未来N天``
#: (see patterns.time_expression).
TIME_EXTRA_ANCHORS: Final[tuple[str, ...]] = ("未来", "过去", "截至", "截止")  # 过去3小时, 截至11时 (ah18)

#: Place-name suffixes (claims-spec §4). Longest first when matched.
PLACE_SUFFIXES: Final[tuple[str, ...]] = (
    "自治区", "自治州", "自治县", "特别行政区", "街道", "社区",
    "省", "市", "县", "区", "镇", "乡", "村", "组", "州", "盟", "旗",
)

#: Words that end in a place suffix but are not places (generic nouns, deictics).
NON_PLACE_PREFIXES: Final[tuple[str, ...]] = (
    "本", "该", "全", "各", "每", "此", "这", "那", "其", "我", "贵", "外", "邻", "两", "多",
    "乡", "农", "城", "山", "城乡", "乡村", "农村", "贫困", "行政", "自然", "示范", "重点",
    "市场", "社", "小", "大", "新", "老", "整", "进", "驻", "入", "出", "到", "在", "帮扶",
    "后备", "深度", "先进", "美丽", "文明", "省级", "市级", "县级", "区级", "镇级", "村级",
    "地级", "县域", "城市", "都市", "超市", "上市", "门市", "夜市", "股市", "楼市", "车市",
    "专业", "工作", "领导", "小组", "班组", "机组", "编组", "分组", "党组", "组组", "社区",
    # verbs and common nouns that stand before 村/县/市 in running text (协调县…, 联系村)
    "协调", "联系", "指导", "组织", "帮建", "推动", "整合", "贯彻", "召开", "成立", "争当",
    "一半", "干道", "当地", "包联", "带领", "发动", "动员", "引导", "依托", "围绕", "推进",
    "全面", "带动", "扶持", "支持", "帮助", "服务", "建设", "打造", "走进", "进入", "结对", "帮包", "走访", "深入", "覆盖", "来到", "前往", "回到",
    # a verb never starts a place name (实施省市重点项目, 预计后市)
    "实施", "预计", "开展", "实现", "完成", "落实", "加快", "加强", "促进", "统筹", "申报", "争创",
    # round B (accctx2): submitting to a body (送请县议会), opening a new thing (新辟社区),
    # a deictic with a classifier (本届省运会), a people group (华人社区: a community of people)
    "送请", "报请", "提请", "呈请", "新辟", "本届", "上届", "历届", "每届", "该届", "此届",
    "华人", "华侨", "侨胞", "移民",
    # round C (accplace): verbs of planning and cooperating (安排省重点项目, 东部协作城市)
    "安排", "协作", "合作", "以上", "以下", "你们", "他们",
    # round G (aplace): prepositions of basis or means (依据县选委会统计: the county's
    # election commission, 根据市委…, 按照市政…)
    "依据", "根据", "按照", "依照", "遵照", "参照", "通过", "经过", "关于",
    "建制",  # 建制村: the generic administrative village, like 行政村 (ah19t)
    # verbs of scope (涉及市直单位41家: city-level units, no place 涉及市; ah17)
    "涉及", "惠及", "涵盖", "包括",
    # (ah18) a period word ending in 度 (前三季度城市, 2024年度城市): no name starts in it
    "年度", "季度", "月度",
)

#: Names ending in 进 (round G, aplace): elsewhere 进 before a suffix is the verb "into"
#: (维权进社区、进校园: a campaign slogan), no part of a name.
INTO_NAMES: Final[frozenset[str]] = frozenset(("前进", "跃进", "奋进", "共进", "东进", "西进", "南进", "北进"))
#: Levels whose head's title is the level + 长 (清滨县长, 台北市长, 张家村长; round G, aplace).
TITLE_LEVELS: Final[str] = "省市县区镇乡村"
#: Characters after a level + 长 that make 长 start another word (长期, 长江, 长效): no title.
TITLE_WORD_STARTS: Final[str] = "期远久效江城沙春治足度寿大短廊河时年达约线株安白征跑亭势"
#: Last characters of a "name" before a title 县长/市长 … that show a person or an office,
#: not a place: a rank or a modifier (副县长, 老村长, 代市长), a verb (担任, 当选, 会见, 陪同) or a
#: common surname (王县长, 李市长).
#: Common one-character surnames that rarely end a place's name (黄石, 桂林: 石, 林 are left out).
SURNAMES: Final[str] = ("王李张刘陈杨赵黄周吴徐孙胡朱何郭罗梁宋郑谢韩唐冯董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏"
                        "薛叶阎潘杜戴夏钟汪姜范姚谭廖邹熊陆郝孔崔毛邱秦侯邵孟段雷钱汤尹黎贺赖龚覃")
TITLE_LEADS: Final[frozenset[str]] = frozenset(
    "副正代前原老新首任选兼理记女生当做是位名个级见请望同会信问诉谢叫找称次届批" + SURNAMES
)
#: Surnames before 家组 that make a villagers' group's name (张家组, 林家组; round G, aplace):
#: ``SURNAMES`` and those that also end place names.
GROUP_SURNAMES: Final[str] = SURNAMES + "林石白常武康文金方田高马龙余江"
#: Characters after 组 that make it start a verb or a noun (组织, 组建, 组团, 组队 …): no group.
GROUP_WORD_STARTS: Final[str] = "织长成建合员团队装"
#: Household nouns after 有/共有 (东风一组有农户28户): a villagers' group counts households.
HOUSEHOLD_COUNT_NOUNS: Final[tuple[str, ...]] = ("农户", "村民", "住户", "居民", "人口", "群众", "家庭")
#: What after a place makes a sports team (江北区队, 南湖区代表队): no place (round G, aplace).
TEAM_WORDS: Final[tuple[str, ...]] = ("代表队", "队")

#: Words before 城市/社区 that make them the common nouns "cities", "community" (round F,
#: accplace3): a city tier (三四线城市) or a verb of building (建成城市书房, 新建社区养老中心).
GENERIC_PLACE_LEADS: Final[frozenset[str]] = frozenset((
    "一线", "二线", "三线", "四线", "五线", "建成", "新建", "改造", "改建", "扩建", "新增", "建好",
))

#: Places written without a suffix (round C, accplace): regions whose bare name is their
#: administrative name (there is no 香港市), and the anaphors of a Hong Kong or Macau text
#: for its own place (本港, 本澳) → the name they stand for. Province short names (广东) and
#: municipalities without 市 (北京) are not here: they head firms, schools and dishes.
BARE_PLACES: Final[dict[str, str]] = {
    "香港": "香港", "澳门": "澳门", "台湾": "台湾", "本港": "香港", "本澳": "澳门",
    # round D (accplace2): foreign countries, whose name has no suffix; only names that are
    # no part of a common word (not 美国: 完美国度, 法国: 合法国家, 日本: 今日本市, 英国, 德国)
    "新加坡": "新加坡", "马来西亚": "马来西亚", "印度尼西亚": "印度尼西亚", "印尼": "印度尼西亚",
    "菲律宾": "菲律宾", "柬埔寨": "柬埔寨", "缅甸": "缅甸", "老挝": "老挝", "文莱": "文莱",
    "越南": "越南", "泰国": "泰国", "韩国": "韩国", "澳大利亚": "澳大利亚", "新西兰": "新西兰",
    "俄罗斯": "俄罗斯", "意大利": "意大利", "西班牙": "西班牙", "加拿大": "加拿大",
    # round F (accplace3): the major countries that are part of common words, each with the
    # characters that, right before it, make it so (see BARE_PLACE_GUARDS)
    "美国": "美国", "日本": "日本", "英国": "英国", "法国": "法国", "德国": "德国",
}

#: Characters that, right before a name of ``BARE_PLACES``, end a word with its first
#: character, so the name is no name (完美国度, 欧美国家, 今日本市, 3日本场, 精英国际, 合法国家,
#: 道德国度; round F, accplace3).
BARE_PLACE_GUARDS: Final[dict[str, str]] = {
    "美国": "完甜优精华健审赞秀柔俊丰壮媲唯绝醇物欧北南中亚英拉美选比尽凄",
    "日本": "0123456789一二三四五六七八九十今昨明次当每前近连节假周生终平即隔翌同逐某抗往白",
    "英国": "精群菁育蒲",
    "法国": "合非违执立司宪依国兵书算手方办做说看想用语写技魔佛家军刑民税守变章无效仿护",
    "德国": "道品美公功师医仁厚积失缺",
}

#: Nouns after a foreign country that make it the origin or partner of the figures, not
#: their place (韩国游客, 泰国客商, 俄罗斯市场; round D, accplace2).
COUNTRY_PARTNER_NOUNS: Final[tuple[str, ...]] = (
    "游客", "旅客", "客商", "客人", "客户", "买家", "商人", "企业", "公司", "籍", "人", "留学生",
    "市场", "方", "投资者", "品牌", "产品", "进口", "出口",
)

#: Visitors named by the region they come from (香港旅客41.2万人次 in a Macau release): the
#: region is their origin, not where the figure holds (a22; a country is turned down before
#: any of COUNTRY_PARTNER_NOUNS).
REGION_ORIGIN_NOUNS: Final[tuple[str, ...]] = ("游客", "旅客", "访客", "客商", "旅行团")  # (not 入境旅客: arrivals into it)

#: Words right before a number + 日 that make it a duration, not a day of the month
#: (平均逗留时间为1.3日, 为期3日, 历时5日); a number with a decimal point before 日 is one
#: anyway (1.3日): claimx.scan (a22).
DURATION_DAY_LEADS: Final[tuple[str, ...]] = (
    "时间为", "时间", "时长为", "时长", "天数为", "为期", "历时", "用时", "耗时", "逗留", "停留", "工期为", "工期",
    "平均住院日为", "住院日为",
)

#: Commemorative dates that name villages (八一村, 五一村; round D, accplace2).
DATE_NAMES: Final[tuple[str, ...]] = ("八一", "五一", "七一", "五四", "六一")

#: What links two places as a route (云岭至盘江高速公路; round D, accplace2).
ROUTE_NOUNS: Final[tuple[str, ...]] = (
    "高速公路", "高速", "公路", "铁路", "高铁", "城际", "轻轨", "轨道交通", "快速路", "国道", "省道",
    "管道", "输电线路", "航线", "大道",
)

#: What follows a place name when the whole is an organisation, not a place.
ORG_AFTER_PLACE: Final[tuple[str, ...]] = (
    "委", "政府", "政协", "人大", "党委", "纪委", "办", "局", "厅", "部", "院", "所", "中心",
    "公司", "集团", "医院", "学校", "银行", "协会", "法院", "检察院", "公安", "人民政府",
    "融媒体", "电视台", "日报", "报", "大学", "中学", "小学", "支部", "党支部", "两委",
)

#: Names of an exchange after a bare place (香港联合交易所, 香港交易所): the place is part of
#: an organisation's name, not the place of a company's figures (ah17).
EXCHANGE_NAMES: Final[tuple[str, ...]] = ("联合交易所", "交易所", "联交所", "证券交易所", "期货交易所")

#: Markers of a claim about several places jointly (its place is then ``None``).
JOINT_MARKERS: Final[tuple[str, ...]] = ("及周边", "等村", "等地", "等镇", "等乡", "等县", "等市", "两村", "多村",
                                         # 在香港及内地共经营门店312间: a region and the mainland (ah17)
                                         "及内地", "和内地", "与内地", "及海外", "和海外")

#: Verbs of reaching before a count of places (已深入18个乡镇, 覆盖12个村): the extent of an
#: activity inside the place, not a claim about several places jointly (round C, accplace).
REACH_VERBS: Final[tuple[str, ...]] = ("深入", "覆盖", "走访", "辐射", "惠及", "涉及", "遍及", "遍布", "延伸至", "延伸到")

#: Nouns after 家 that make it firms (家 stays), and nouns that make it households (户).
FIRM_NOUNS: Final[tuple[str, ...]] = (
    "企业", "公司", "合作社", "商店", "店", "医院", "银行", "单位", "工厂", "超市", "机构",
    "酒店", "饭店", "餐馆", "门店", "网点", "工业", "厂", "农场", "基地", "平台", "商户",
)
HOUSEHOLD_NOUNS: Final[tuple[str, ...]] = ("户", "家庭", "农户", "住户", "人家", "贫困家庭")
#: Businesses named with 户 (stalls, shops): 经营户2300余家 counts businesses, 家 stays (ah19m).
BUSINESS_HOUSEHOLDS: Final[tuple[str, ...]] = ("商户", "经营户", "个体户", "工商户")
#: Things counted in 块 (screens, boards, medals, plots): named before the number in its
#: clause, 块 stays the measure word, not 元 (``新增银幕1260块``; accnum3).
KUAI_NOUNS: Final[tuple[str, ...]] = (
    "银幕", "屏幕", "显示屏", "大屏", "奖牌", "金牌", "银牌", "铜牌", "广告牌", "展板", "光伏板",
    "太阳能板", "电池板", "芯片", "石碑", "地块", "宗地", "耕地", "农田", "绿地", "湿地", "试验田",
)
#: Nouns after 口 that make it a measure word of things (口 stays), not of people.
PEOPLE_OBJECT_NOUNS: Final[tuple[str, ...]] = ("井", "塘", "池", "水窖", "鱼塘", "锅", "缸", "坝", "堰", "窖")

#: The metric named for a bare count (``有236户1136人`` → 户数, 人口).
COUNT_METRIC: Final[dict[str, str]] = {"户": "户数", "人": "人口", "人次": "人次"}
#: Head nouns that say which quantity is meant only with their modifier: ``X的比重``,
#: ``60岁及以上人口``, ``归属于上市公司股东的净利润`` keep the modifier in the metric.
GENERIC_METRIC_HEADS: Final[frozenset[str]] = frozenset({
    "人口", "人数", "比重", "比例", "占比", "份额", "净利润", "数量", "总数", "总量", "户数",
    "所有者权益",
    "速度", "温度", "距离", "直径", "支出", "收入",  # 光在真空中的速度, 用于民生的支出 (round G, ametric)
    "出口", "进口", "进出口", "投资",  # “新三样”产品合计出口486.3亿元 (round G, ametric)
})

#: Characters and words that end a metric phrase when reading backwards from a number.
METRIC_STOP_CHARS: Final[str] = "，,、;；:：。！？!?()（）《》“”\"'‘’【】[] \t\n…—·/|"
METRIC_STOP_WORDS: Final[tuple[str, ...]] = (
    "其中", "共有", "总共", "一共", "累计", "合计", "共计", "分别", "先后", "已经", "已",
    "共", "有", "为", "是", "达到", "达", "到", "计", "约", "近", "仅", "只", "了", "的",
    "在", "对", "向", "将", "把", "被", "给", "于", "和", "与", "及", "等", "实现", "完成",
    "超过", "突破", "不足", "不到", "获得", "获", "带来", "带动", "通过", "帮助", "让",
    "使", "占", "每", "各", "全", "又", "再", "还", "也", "都", "就", "才", "即", "并",
    "同比", "环比", "按年", "按月", "按季", "从", "由", "至", "上年", "去年", "今年", "当年", "全年",
    "最后", "其余", "剩余", "另有", "还有", "以及", "仅", "人民币", "预计", "预期",
    "新台币", "台币", "港币", "澳门币",  # a currency named before the number (accctx2)
    "将", "大约有", "约有", "在",
    "按可比口径", "按可比价格", "按可比价", "可比口径", "同口径",
    "按年率计算", "折合年率",  # GDP按年率计算增长2.1%: a method, not the measure (round G, ametric)
    "临时估计", "初步估计", "初步统计", "初步核算",
    "确保", "力争",  # a target verb before the measure (确保粮食播种面积稳定在…): accmet
    "来自",  # 来自安平县的23岁选手: an origin, no measure
    "维持",  # 政府维持全年经济增长2%至3%的预测: a verb before the measure
)
#: Words that open the name of a statistical measure (``全国居民人均可支配收入``,
#: ``社会消费品零售总额``): a metric phrase longer than the usual cap may reach back to
#: one of them, never further (accmet).
METRIC_MODIFIERS: Final[tuple[str, ...]] = (
    "全国", "全省", "全市", "全县", "全区", "全州", "全体", "全社会", "城镇", "农村", "城乡", "城市",
    "居民", "社会", "规模以上", "限额以上", "一般公共", "政府性基金", "国有资本", "中等职业",
    "普通高中", "义务教育", "学前教育", "高等教育", "医疗卫生", "基本医疗", "基本养老", "空气质量",
    "环境空气", "地表水", "工业生产者", "新建商品", "非化石", "高价值", "高新技术", "战略性新兴",
    "固定资产", "货物贸易", "社会消费品", "可吸入", "细颗粒物", "农作物", "外出务工", "易地扶贫",
    "建档立卡", "加权平均", "单位地区", "万元地区",
    "较大以上", "重大以上", "一般以上", "有效发明", "对外", "防返贫", "国家级",  # a grade of accidents or cases; 有效发明专利 (accmet2)
)
#: Verbs of spending that name nothing by themselves, and the purpose verbs after the
#: amount whose object is then the metric (投入1.8亿元改善校园设施 → 校园设施).
FUNDING_VERBS: Final[frozenset[str]] = frozenset({"投入", "编列", "安排", "拨付", "筹集", "下达"})
PURPOSE_VERBS: Final[tuple[str, ...]] = ("改善", "用于", "支持", "改造", "建设", "推动")
#: Verbs whose object is what a number measures: the metric starts after them
#: (``引导群众种植花椒800余亩`` → 花椒, ``村内主干道安装路灯120盏`` → 路灯).
METRIC_OBJECT_VERBS: Final[tuple[str, ...]] = ("种植", "栽植", "安装", "养殖", "配备", "配发", "发放",
                                                "接收",  # 共接收社会各界捐款 → 社会各界捐款
                                                # 共进行比赛56场, 雇用伙计46人, 计划招收新生960人 (round G)
                                                "进行", "开展", "雇用", "雇佣", "聘用", "招收", "吸引",
                                                # 共设置项目23个, 地下车库提供车位1100个 (ah19m)
                                                "设置", "提供")

#: Adverbs cut from the END of a metric phrase only (``收入年均增长`` → 收入), never split on.
METRIC_TRAILING_ADVERBS: Final[tuple[str, ...]] = (
    "年均", "平均", "累计", "共计", "合计", "实际", "实质", "名义", "全部",
    # a level held or reached once (比重保持在八成, 失业率控制在5.5%以内, 收益率一度跌破): accmet
    "一度", "保持", "维持", "稳定", "控制",
    "成长",  # 较上年成长6.8%: a change verb of Taiwan text (accmet)
    "下行", "上行", "收窄", "走低", "走高", "高达",  # 收益率由1.86%下行至1.79%, 增幅高达41%
    "当选",  # 女性议员当选13人: the verb after the counted group (round G, ametric)
    # adverbs of degree or advice before a change or a bound (按年大幅上升38.5%, 最好控制在25克以下),
    # an estimate (损失估计达…), and a currency named before the number (营业额达到银元八万六千元):
    # none is the measured thing (round G, ametric)
    "大幅", "小幅", "明显", "显著", "稳步", "最好", "估计",
    "银元", "大洋", "美元", "港元", "澳门元", "欧元", "日元", "英镑",
    "调升", "调高", "调增", "调降", "调低", "调减",  # 养老金由每月3740元调升至每月3900元
    "收报", "报收", "收于",  # 股价收报162.4港元: the verb of a closing level
    "年增", "年减",  # 传统产业订单年减4.2%: a yearly change (Taiwan usage)
)
#: Predicates of a clause that states where a measure stands before its value follows in
#: the next clause (``城关区报告发病率最高，为每10万人1245.3``, ``最大降雨量出现在三道河村，达412毫米``):
#: what stands before one is the metric of that value (round G, ametric).
STANDING_PREDICATES: Final[tuple[str, ...]] = (
    "最高", "最低", "最大", "最小", "最多", "最少", "最快", "最慢", "居全", "居第", "位居", "位列",
    "排名第", "排在", "出现在", "仍在", "仍处")
#: Verbs of a total or an outcome between a subject and a generic head (``业务实现收入``,
#: ``产品合计出口``): the subject stays in the metric (round G, ametric).
TOTAL_VERBS: Final[tuple[str, ...]] = ("实现", "合计", "共计", "完成", "累计")
#: Nouns of a record a value sets (``创下236.8万人次的历史新高``): after the value and 的 they
#: are not the metric, the subject before the verb (``RECORD_VERBS``) is (a21).
RECORD_NOUNS: Final[tuple[str, ...]] = ("新高", "新低", "纪录", "记录", "最高水平", "最好水平", "最好成绩",
                                        "峰值", "高位", "低位")
RECORD_VERBS: Final[tuple[str, ...]] = ("创下", "创出", "创造", "再创", "刷新", "创")
#: Verbs of building left alone before a value (``累计建成七十五万亩``): their object is the
#: noun of the claim before, in the same sentence and unit (a21).
BARE_OBJECT_VERBS: Final[frozenset[str]] = frozenset({"建成", "新建", "建设", "修建", "新修", "改建", "改造",
                                                     "新改建", "硬化", "完工"})
#: Share heads that, opening a clause after a claim, name a share of that claim's metric
#: (``其中农产品网络零售额2.14亿元，占比27.2%`` → 农产品网络零售额占比) (a21).
BARE_SHARE_HEADS: Final[frozenset[str]] = frozenset({"占比", "比重", "占比重"})
#: Heads that name a property of a thing (``标准``, ``规模``): a clause opening with one alone
#: after a clause naming the thing (``发放养老服务补贴，标准为每人每月100元``) measures that thing's
#: property (养老服务补贴标准) (round G, ametric).
OWNED_METRIC_HEADS: Final[frozenset[str]] = frozenset({"标准", "规模", "金额", "总额"})
#: Currency words that ``METRIC_TRAILING_ADVERBS`` cuts, but that are the metric when nothing
#: else is named (``耗银元一万二千块`` → 银元) (round G, ametric).
METRIC_CURRENCY_WORDS: Final[tuple[str, ...]] = (
    "银元", "大洋", "美元", "港元", "澳门元", "欧元", "日元", "英镑")

#: Words that end the noun read AFTER a number (``126户贫困群众销售…`` → 贫困群众).
RIGHT_METRIC_STOPS: Final[tuple[str, ...]] = (
    "同时",  # 可容纳约500人同时活动: an adverb starts no noun (accctx2)
    "获得", "参加", "开展", "纷纷", "实现", "进行", "得到", "每人", "顺利", "投入", "分别",
    "实施", "用于", "支持", "帮助", "销售", "建设", "改造", "出行", "发展", "解决", "完成",
    "提供", "组织", "参与", "享受", "受益", "覆盖", "达到", "超过", "争取", "用来", "作为",
    "以上", "以下", "左右", "共", "已", "均", "都", "于", "将", "被", "在", "和", "及",
    "增收", "增加", "增长", "提高", "减少", "下降", "脱贫", "致富", "之间", "之内",
    "建成", "新建", "修建", "打造", "购买", "购置", "安装", "种植", "养殖", "发放", "改善",
    "与", "是", "为", "让", "使", "把", "对", "向", "从", "由", "以", "到",
    "相比",
    # a result after the value (以10秒21夺冠, 231枚位列榜首, 5862名运动员参赛): accmet
    "夺冠", "夺得", "位列", "位居", "名列", "参赛",
    # a frame or container noun after the value names nothing (维持在70万至80万平方米区间,
    # 扭转下跌0.4%的情况, 增长2%至3%的预测): accmet
    "区间", "水平", "范围", "情况", "预测", "态势", "趋势",
    "表示", "认为",  # 超六成受访者表示: a verb of saying ends the noun
    # a state word or the generic 部分 after the value names nothing (电价维持0.6元/千瓦时不变,
    # 年用电量2760千瓦时以内的部分): accmet2
    "不变", "持平", "部分", "需要",
    "全部", "全都",  # 贫困村41个全部出列: a predicate, the noun is before the value (accmet2)
    "不等", "以内",  # 每人每月100元至300元不等: a range's tail names nothing (round G, ametric)
    "调升", "调高", "调增", "调降", "调低", "调减", "上调", "下调",  # 由3740元调升至3900元 (round G)
    "不同程度",  # 十四个乡镇不同程度受灾 (round G)
    "跟着", "跟随",  # 46户村民跟着他们干: a verb of following ends the noun (ah18)
)
#: Characters that end the noun after a number only when they come right after it
#: (``271户入合作社``), never inside a word (``收入``, ``中心``, ``线上``).
RIGHT_METRIC_LEAD_STOPS: Final[str] = "入上中每近"  # 每: a rate (5830立方米每秒), no noun (accmet)
#: Nouns that start with a ``RIGHT_METRIC_LEAD_STOPS`` character (``312所中小学``): a noun all
#: the same (round G, ametric); 近 starts another quantity (``0.2克/千克近一倍``).
RIGHT_METRIC_LEAD_WORDS: Final[tuple[str, ...]] = (
    "中小学", "中学", "中职", "中小企业", "中型", "中医", "上市公司", "上市企业")
#: Nouns that end in a character cut from the end of a metric phrase (计, 的): kept whole
#: (``雇用伙计46人`` → 伙计, not 伙) (round G, ametric).
METRIC_WHOLE_WORDS: Final[frozenset[str]] = frozenset({"伙计", "会计", "审计", "设计"})

#: Idioms and set phrases whose numerals are never quantities (claims-spec §5).
IDIOMS: Final[tuple[str, ...]] = (
    "千方百计", "一心一意", "三番五次", "四面八方", "五湖四海", "千家万户", "七上八下",
    "一五一十", "接二连三", "三心二意", "九牛一毛", "一干二净", "千千万万", "万众一心",
    "一模一样", "一举两得", "三三两两", "千丝万缕", "万无一失", "一清二楚", "十全十美",
    "百发百中", "千军万马", "千辛万苦", "万水千山", "一年四季", "四通八达", "五颜六色",
    "七嘴八舌", "乱七八糟", "一针一线", "一草一木", "一点一滴", "一言一行", "一朝一夕",
    "三令五申", "三五成群", "半斤八两", "五花八门", "一日三餐", "一日千里", "一手抓",
    "两手抓", "两手都要硬", "一把手", "一盘棋", "一张蓝图", "一竿子", "一站式", "一条龙",
    "一揽子", "一体化", "一线", "一次性", "第一书记", "三农", "一户一策", "一户多策",
    "一村一品", "万元户", "百年大计", "千年", "百年", "万年", "十二分", "十分", "百分百",
    "一百分", "三天两头", "一石二鸟", "九九归一", "七七八八", "十有八九", "百里挑一",
    "一分为二", "一分一秒", "一寸光阴", "三年五载", "十字路口", "八字", "一口气",
    "两会", "三会一课", "两学一做", "两不愁三保障", "四个不摘", "三个代表",
    "五位一体", "四个全面", "一带一路", "两个维护", "四个意识", "四个自信",
    # more set phrases with numerals (blind spec suite: 三番两次, 十年树木, 十年寒窗 …)
    "三番两次", "三天打鱼两天晒网", "三天打鱼", "两天晒网", "十年树木", "百年树人",
    "十年寒窗", "十年磨一剑", "三长两短", "两面三刀", "三头六臂", "三言两语", "三顾茅庐",
    "三思而后行", "四分五裂", "五体投地", "六神无主", "七零八落", "七拼八凑", "八仙过海",
    "九死一生", "九霄云外", "十万火急", "十拿九稳", "百闻不如一见", "一波三折",
    "一日不见", "如隔三秋", "一举一动", "一心一德", "一年半载", "三年两载", "千载难逢",
    "万紫千红", "千变万化", "千差万别", "千篇一律", "千钧一发", "一落千丈", "一泻千里",
    "一本万利", "万古长青", "一诺千金", "一刻千金", "半信半疑", "一知半解", "事半功倍",
    "事倍功半", "三轮车", "两轮车", "三轮摩托", "四轮驱动", "四驱",
    "三次产业",  # the three sectors of an economy (三次产业结构), a fixed term (accnum2)
)

#: Bodies whose sessions are numbered: N届 right before one is an ordinal even without
#: 第 (``省十四届人大常委会``, ``二十届三中全会``), not a count of sessions (accnum).
SESSION_BODIES: Final[tuple[str, ...]] = (
    "人大", "全国人大", "政协", "全国政协", "人民代表大会", "党代会", "代表大会", "中央", "中央委员会",
    "一中全会", "二中全会", "三中全会", "四中全会", "五中全会", "六中全会", "七中全会",
    "省委", "市委", "县委", "区委", "纪委", "常委会", "全运会", "省运会", "市运会", "运动会",
)

#: Characters that, right after a unit, show the unit is part of another word
#: (``元旦``, ``3年级``, ``人民``): the number then has no unit there.
UNIT_BLOCKERS: Final[dict[str, str]] = {
    "床": "位头上下铺单垫边",
    "元": "旦素件宵首帅老气年月",
    "人": "民员才们大工造均事为",
    "名": "单称字额义次录牌",
    "年": "级代度龄轻初底末终份后前来间内中里以共累期",  # 10年期国债: a tenor (accnum)
    "个月": "期",  # 3个月期存款

    "个": "体性别人案",
    "次": "数序要日级",
    "起": "来草步点源诉初始",
    "期": "间待望刊末中限货",
    "场": "所景地面馆",  # (not 合: 6场合计 is 6 场; accnum3)
    "局": "长面势部限域",
    "列": "车入为表举出席支",
    "所": "以有在得谓属长",
    "本": "地土身人质来",
    "种": "植子养类",
    "部": "门分署长位",
    "位": "于置居",
    "支": "持出付援部",
    "例": "如外",
    "间": "隔断",
    "头": "条号等",
    "天": "然下津空气期",  # 7天期逆回购
    "日": "均前报电本期内起止至",  # 5日电, 7日均值: a date, not a duration (a22)
    "台": "湾阶",
    "条": "件例款",
    "处": "理长置罚",
    "批": "准复评",
    "份": "额",
    "只": "是有要能",
    "米": "饭粮线",
    "口": "号岸罩碑径头",
    "家": "长乡属里人园",
    "层": "面级次",
    "轮": "胎",
    "期间": "",
    "票": "价房据证务款面选根仓",  # 票价, 票房: a ticket's, not votes (ascan)
    "通": "道过讯信知报行车用常畅航关",  # 通道, 通过: a word, not calls
    "席": "位卷地次间",
    "尾": "声款气巴部",
    "股": "份东票权价市民息利指",  # 股份, 股东 …: a word, not shares (ah17)
    "班": "级子组长主底车次会委倒制轮务机干",  # ah16
    "注": "册意释入重销资明射定视目水解",  # ah16
    "节": "约能目日点奏省假庆俭制课气",
    "幅": "度员面",
    "首": "次批个位家都先届发页府选席要创",
    "封": "闭顶面锁存控建王",  # 4:2封王: crowned, not letters
    "粒": "子度",
    "根": "据本源治除基",
    "片": "区面刻段长",
    "双": "方向重边语休",
    "立方": "体",  # 3立方体: cubes
}
# W is also the 万 of web slang before + (阅读量10W+: over 100,000 reads, a page counter)
UNIT_BLOCKERS["W"] = "+abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
# a Latin unit goes on into a word (980 million is not 980 m; 5 months): accnum3
UNIT_BLOCKERS.update({u: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ" for u in UNITS
                      if u.isascii() and u[-1].isalpha() and u not in UNIT_BLOCKERS})


# ---------------------------------------------------------------------------------------
# Word lists of the scan stage (claimx.scan): names, ordinals, ranks, ages, periods.
#: The first character after a Chinese numeral that makes it part of a name (三元村, 五里桥).
NUMERAL_NAME_ENDS: Final[str] = "村镇乡县区市省组路街巷屯寨庄坡营桥湾沟"
#: Measure words that never end a name (三个村 is three villages, not 三个村's name).
COUNT_WORDS: Final[frozenset[str]] = frozenset("个名户座所项批位")
#: A lone 一 is an article (一座桥); a lone 二 before these is an ordinal (二次会议).
ORDINAL_UNITS: Final[frozenset[str]] = frozenset({"次", "期", "届", "轮", "批", "级", "类", "组", "号", "批次"})
#: Characters before N块 that make it money, not pieces (芯片花了200块).
KUAI_MONEY_CHARS: Final[frozenset[str]] = frozenset("花钱价费卖买付赚售值奖补资")
#: ISO currency codes written before a number (USD 6,500, EUR980) and their unit.
CURRENCY_CODES: Final[dict[str, str]] = {
    "USD": "美元", "US$": "美元", "EUR": "欧元", "JPY": "日元", "HKD": "港元", "GBP": "英镑",
    "RMB": "元", "CNY": "元",
}
#: Units of a period after 近 (近三个月低点).
SPAN_UNITS: Final[frozenset[str]] = frozenset({"个月", "年", "天", "周", "日", "个星期", "星期"})
#: Record words after 近 + a period (近5年新高): a time phrase, no claim.
RECORD_WORDS: Final[tuple[str, ...]] = ("低点", "高点", "新高", "新低", "最高", "最低", "以来")
#: Measure words written as a pair with another (件/套, 台/套): one unit, not a rate.
PAIR_UNITS: Final[frozenset[str]] = frozenset("件套台个张册部辆只头株")
#: Measure words a rate can be per (每招用1人): with 1 after 每 and a verb, not a count.
PER_BASE_UNITS: Final[frozenset[str]] = frozenset({"人", "名", "户", "个", "件", "亩", "次"})
#: Units of an age.
AGE_UNITS: Final[frozenset[str]] = frozenset({"岁", "周岁"})
#: What stands before 前 in a rank (居前五位, 排名前10名, 进入前三名, 跻身前50位, 排在前列).
RANK_HEADS: Final[frozenset[str]] = frozenset("居列排名在入身进占榜")  # 榜: 积分榜前三名 (ascan)
#: A lone 百/千/万/亿 after one of these (or 突破), before a measure word, is a number (近百只,
#: 突破百公里, 不足百户); not 约 (签约亿元以上项目).
LONE_MULTIPLIER_LEADS: Final[frozenset[str]] = frozenset("近逾超足")
#: After the upper end of an age range: the share of that group (其中18至35岁的占七成).
SHARE_AFTER_AGE: Final[tuple[str, ...]] = ("的占", "的比重", "的比例")
#: Characters of a named facility or site before a Chinese numeral + 期 (青岚港三期): a phase.
PHASE_HEADS: Final[frozenset[str]] = frozenset("港园厂站城区线馆场湾")
#: Units that 个半 joins a count to (3个半小时, 两个半月): N.5 of them.
HALF_UNITS: Final[dict[str, str]] = {"小时": "小时", "月": "个月", "钟头": "小时"}

# ---------------------------------------------------------------------------------------
# Word lists of the compose stage (claimx.compose): durations and years.
#: Units of a duration.
DURATION_UNITS: Final[frozenset[str]] = frozenset({"年", "个月", "天", "小时", "分钟"})
#: Before a three-digit 年: a comparison or a release, where it is a year of the ROC
#: calendar of Taiwan texts (较113年, 公布114年), never a span of 113 years.
ROC_YEAR_LEADS: Final[tuple[str, ...]] = ("较", "比", "于", "至", "到", "公布", "发布", "截至", "截止")
#: Words ending in 前 before a duration that is a claim: an advance (提前3个月).
ADVANCE_WORDS: Final[tuple[str, ...]] = ("提前", "超前", "以前", "之前")

# ---------------------------------------------------------------------------------------
# Word lists of the context stage (claimx.context): places and metrics.
#: A clause opening on a share (占51.02%) or a comparison base (比2010年的3.12人) measures
#: the previous claim's metric when it names no noun of its own.
SHARE_OR_BASE_LEADS: Final[tuple[str, ...]] = ("占", "比", "较", "与")
#: Function characters (particles, prepositions, common verbs, measure words): never inside
#: a place name before its suffix.
FUNCTION_CHARS: Final[frozenset[str]] = frozenset("的在了和与及驻到于对为把被从向是有、个名位户将让使给等由经其并至往赴访抵以据")
#: Last characters of a "name" that make a suffix a common noun (园区, 超市, 农村 …).
NAME_BAD_ENDS: Final[dict[str, str]] = {
    "区": "园景城辖库山牧片任范发营社小街校厂湖矿地业护济贸验宅能心院震灾",  # 院区: a hospital's campus (ah16); 震区, 灾区 (ah17)
    "市": "超门上夜股楼车集后开收休罢外",
    "村": "农乡山渔新本全该每各",
    "镇": "城乡重村",
    "乡": "城家故下老异他外",
    "县": "郡外",
    "州": "神九",
    "省": "反节外销",  # 远销省外, 畅销省内: a verb of selling, no province (ah19t)
    "盟": "联同结加",  # 联盟, 同盟, 结盟, 加盟: an alliance, not a league (round F)
}
#: Characters right after a suffix that show it starts another word (乡村, 村民, 市场).
SUFFIX_WORD_STARTS: Final[dict[str, str]] = {
    "乡": "村镇亲土愁风贤情",
    "村": "民庄级道委干落务容貌居规情官组集上里内",
    "市": "场民级值面容委政",
    "区": "域别分块间委政",
    "县": "城级委政域",
    "镇": "级委政",
    "省": "级委政份定",
    "州": "市区",  # 海州市, 万州区: the name goes on
    "组": "织长成建合员",
    "旗": "下舰帜袍手",  # 品牌旗下, 旗舰店: no banner
}
#: What after a suffix starts a word of its own although its first character is in
#: ``SUFFIX_WORD_STARTS`` (七里村民宿: 民宿, not 村民; 宁安县城乡居民: 城乡, not 县城).
SUFFIX_WORD_EXCEPTIONS: Final[dict[str, tuple[str, ...]]] = {"村": ("民宿",), "县": ("城乡",)}
#: Places counted jointly (3个村, 两镇): a number before them counts places, no name.
JOINT_PLACE_SUFFIXES: Final[tuple[str, ...]] = ("村", "镇", "乡", "社区")
#: Characters that cannot stand right before a one-character name and its suffix (的村,
#: 全县): a word ends there.
BEFORE_SUFFIX_STOPS: Final[frozenset[str]] = frozenset("的了在到对为把被从向是有将让使给等经其并至往赴个名位户全本该各每这那帮驻由、着")
#: First characters of a "name" that end a word before it (工作队进村, 干部进村, 小组).
NOT_NAME_FIRST: Final[frozenset[str]] = frozenset("队组员部们")
#: Pronouns before a level (我们县, 咱们村): a deictic like 本县, not a name.
PRONOUN_NAMES: Final[frozenset[str]] = frozenset(("我们", "咱们"))
#: One character before 城市 that makes it the common noun (即城市: that is, cities).
CITY_NOUN_LEADS: Final[frozenset[str]] = frozenset("即或亦且乃均皆")
#: The ethnic groups named in autonomous places (新疆维吾尔自治区, 黔东南苗族侗族自治州): the
#: part of the name between its place and 自治区/自治州/自治县 (asb2). One-character names
#: count only with 族 (西藏 ends with 藏); the others also without (维吾尔, 巴音郭楞蒙古).
ETHNIC_GROUPS: Final[tuple[str, ...]] = (
    "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家",
    "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇",
    "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米",
    "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙",
    "鄂伦春", "赫哲", "门巴", "珞巴", "基诺",
)
#: Prepositions before a region that make it a partner or a destination of the place the
#: text is about (对香港出口, 赴澳门旅游, 来自台湾的游客), not that place.
BARE_PLACE_TARGETS: Final[frozenset[str]] = frozenset("对向赴往到自经与同从")
#: Characters before a foreign country that make it a cause or one of a list of partners
#: (受美国关税影响, 对东盟、欧盟、美国分别出口) or a destination (终点为德国…), not the place of
#: the figures (round F).
COUNTRY_TARGETS: Final[frozenset[str]] = frozenset("受、为至")
#: The regions of ``lexicon.BARE_PLACES`` (round C); the others are foreign countries.
REGIONS: Final[frozenset[str]] = frozenset(("香港", "澳门", "台湾"))
#: What after an object verb makes it the head of a compound noun, no split (种植面积).
OBJECT_COMPOUNDS: Final[tuple[str, ...]] = ("面积", "规模", "产量", "基地", "总", "大户", "户", "业", "力")
