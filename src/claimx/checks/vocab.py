"""Vocabulary the consistency rules rely on: signal words, flow words, rate words.

Everything a rule matches in text or in a metric name lives here, as data, so that a
reader can see at a glance what each rule reacts to. Traditional forms of the signal
words are listed too, because the rules read the ORIGINAL text, not a simplified copy.
"""

from __future__ import annotations

__all__ = [
    "CLAUSE_BREAKS",
    "COUNT_UNITS",
    "CROSS_CUTTING_WORDS",
    "EXCEEDABLE_RATE_WORDS",
    "FLOW_IN_WORDS",
    "FLOW_OUT_WORDS",
    "GENERIC_METRIC_WORDS",
    "NEW_TOPIC_STARTS",
    "PERIOD_TIME_MARKS",
    "PLACE_SUFFIXES",
    "POPULATION_WORDS",
    "RATE_SUFFIXES",
    "RATE_WORDS",
    "SENTENCE_BREAKS",
    "SHARE_WORDS",
    "SUBSET_SIGNALS",
    "SUM_SIGNALS",
]

#: Characters that end a sentence: a claim pairing never crosses one of these.
SENTENCE_BREAKS = frozenset("。；;！!？?\n")

#: Characters that end a clause inside a sentence.
CLAUSE_BREAKS = frozenset("，,、：:")

#: Words that introduce PARTS of the total stated just before them
#: (``共有党员50人，其中女党员12人``): the parts may not add up to more than the total.
SUBSET_SIGNALS = ("其中", "包括", "包含")

#: Words that introduce a TOTAL of the parts listed just before them
#: (``种植3户、养殖5户，合计8户``): the parts must add up to the total.
SUM_SIGNALS = ("合计", "合計", "总计", "總計", "共计", "共計", "总共", "總共", "一共", "累计共", "累計共")

#: A clause inside a 其中-list that starts with one of these opens a new topic: the parts
#: list ends before it (``其中女党员12人，同时发展新党员3人``).
NEW_TOPIC_STARTS = (
    "同时", "同時", "另外", "此外", "另有", "并", "並", "还", "還", "全年", "今年", "去年",
    "当年", "當年", "累计", "累計", "新增", "新建", "此后", "此後", "目前", "截至", "截止",
)

#: Words of categories that cut ACROSS each other (sex, age, schooling, ethnicity, party
#: membership): parts listed with them may overlap (其中女党员20人，60岁以上党员30人), so
#: their sum may exceed the total.
CROSS_CUTTING_WORDS = (
    "女", "男", "岁", "以上", "以下", "学历", "大专", "本科", "硕士", "民族", "党员", "团员",
    "残疾", "老年", "老人", "青年", "妇女", "儿童", "留守", "外出", "本地", "低保", "五保",
)

#: Metric words of an INFLOW into a stock (``返贫1户``, ``新增贫困户5户``).
FLOW_IN_WORDS = (
    "返贫", "新增", "新识别", "新纳入", "纳入", "迁入", "流入", "转入", "调入", "补录",
    "增加", "出生", "购入", "买入", "入库", "新发展", "新吸收", "加入", "入社", "入会",
    "招收", "新招", "录用", "收购",
)

#: Metric words of an OUTFLOW from a stock (``脱贫34户``, ``出列2个``).
FLOW_OUT_WORDS = (
    "脱贫", "退出", "出列", "销号", "减少", "迁出", "流出", "转出", "调出", "死亡",
    "注销", "出栏", "售出", "卖出", "出库", "清退", "剔除", "退社", "离职", "辞退",
)

#: A metric ending in one of these states a rate (a share of a population).
RATE_WORDS = ("率", "比例", "占比", "比重", "份额")

#: Endings of a rate's metric that name the KIND of rate; what precedes them is the rate's
#: subject (贫困 of 贫困发生率), which its numerator must share.
RATE_SUFFIXES = (
    "发生率", "覆盖率", "普及率", "参与率", "获得率", "占比", "比例", "比重", "份额", "率",
)

#: Share-like metrics that can never exceed 100 % (a part of a whole).
SHARE_WORDS = (
    "发生率", "覆盖率", "入学率", "参保率", "参合率", "普及率", "合格率", "达标率",
    "处理率", "治愈率", "出勤率", "知晓率", "入园率", "巩固率", "获贷率", "到位率",
    "满意度", "满意率", "占比", "比重", "份额", "比例", "就业率", "识别率", "准确率",
    "通过率", "录取率", "升学率", "贫困率", "失业率", "死亡率", "成活率", "存活率",
    "利用率", "使用率", "绿化率", "森林覆盖", "城镇化率", "参与率", "接种率", "入户率",
)

#: Words that let a rate exceed 100 % (growth, over-fulfilment, returns).
EXCEEDABLE_RATE_WORDS = (
    "增长", "增速", "增幅", "涨幅", "完成", "收益", "回报", "利润", "周转", "溢价",
    "同比", "环比", "倍", "达成", "超", "增加", "提高", "上涨", "上升", "变化", "波动",
)

#: Metrics naming the whole population of a place (the denominator of a rate).
POPULATION_WORDS = ("人口", "户数", "总人数", "总户数", "人数", "户籍", "常住", "总数")

#: A metric that is only a place name (``白杨村共有420户`` → metric 白杨村) names the
#: whole population of that place.
PLACE_SUFFIXES = ("村", "镇", "乡", "县", "区", "市", "社区", "组", "省", "州", "街道")

#: Times that name a period (flows happen in them), not a point (stocks are stated at one).
PERIOD_TIME_MARKS = ("来", "期间", "全年", "当年", "年内", "年间", "以后", "后")

#: Units of things that can be counted or measured and so cannot be negative.
COUNT_UNITS = frozenset(
    {
        "人", "户", "人次", "个", "家", "座", "所", "头", "只", "株", "套", "间", "条",
        "件", "次", "场", "期", "项", "台", "辆", "亩", "公里", "米", "平方米", "平方公里",
        "吨", "公斤", "斤", "岁", "名", "处", "支", "册", "盏", "棵", "张", "本", "批",
    }
)

#: Verbs and fillers that, in a change claim's metric, say nothing about WHAT changed
#: (``增收5200元``: the metric 增收 is the verb itself).
GENERIC_METRIC_WORDS = (
    "增收", "增加", "增长", "提高", "提升", "上升", "上涨", "下降", "降低", "减少", "减收",
    "增幅", "降幅", "扩大", "缩小", "翻番", "翻一番", "同比", "环比", "共", "了", "达",
    "净", "总", "新增", "增", "减", "降", "升", "涨", "跌",
)
