"""What a figure states (issue 19.3): a target, a plan, a forecast, a result, or the base of a comparison.

Decided from the words that govern the figure, nearest first: its own clause,
then the rest of its sentence before it (not past a clause that opens with a time of its own, ``；今年…``,
unless the cue is a goal, which governs the years listed after it) (and the sentence before, for one that
opens with 其中), then the introduction of the list it stands in
(``今年发展主要预期目标是：…``):

- ``target``: an outcome aimed at — 预期目标, 目标, 力争, 争取, 控制在, 希望, 要…下降;
  a figure ``左右`` (≈) for this year or later is a target too (``增长6%左右``).
- ``plan``: what the government itself will spend or do — 拟, 计划, 安排, 预算,
  编列, 发行, 投入, 拿出 — for this year or later (``共安排3700多万人就业`` in a
  review of past years is a result).
- ``forecast``: an expectation — 预计, 预估, 估计, 可望, 有望, 可使, 上调/下调, a rate 上修/下修 (an outlook revised).
- ``result``: what happened or holds; also every figure without a cue for this
  year or before, and for no period at all.
- ``base``: the earlier side of a comparison (``比一九五二年的…``, ``由46亿元增加到…``),
  which :mod:`facts.periods` finds.

Without a cue, a figure for a later year than the document's is a plan, and so is one for the document's
own year in a section whose heading sets out that year's work (``三、2014年重点工作``: 今年要淘汰燃煤小锅炉5万台):
a work report's review states results, its tasks what the government will do.
"""

from __future__ import annotations

import bisect
import re

from ..document import enclosing
from .periods import Period

#: 力争 strives for a level, but 全力争取 is 全力 + 争取 (卯足全力争取企业来到台南投资: no target); a work report's
#: 预期为/预期增长 is the year's target (今年的经济增长预期为7％左右, 广义货币M2预期增长13%左右), no outlook.
_TARGET = r"预期目标|主要目标|目标|(?<!全)力争|预期(?=为|是|增长|增加|达到|上涨)"
#: Target words that aim at something only for this year or later (对接争取政策 is no target).
_AIM = r"争取|控制在|确保|要(?:分别)?(?:下降|降低|增长|提高|达到|减少|保持|控制)"
_FORECAST = (
    r"预计(?![^，。；]{0,14}?(?:投入|编列|安排|打造|兴建|建置|邀请|培育|补助|提供|发放|设立|成立|采购|招募|拨补|挹注|释出))|预估|预期可|(?<![于於])预期(?!的|寿命|心理)|估计|可望|有望|可使|可带来|将带来|将达|上调|下调|(?<=率)[^，。；]{0,12}?[上下]修|推估|预测|推测|将比|"
    r"将减轻|可减轻|将带动|将创造|会(?:高达|达到|超过|突破)|(?:已经|快)要(?!求)|就要(?:超过|达到|突破)"
)
#: Plan words that say so at any time, and words that are a plan only for this year or later. 预计投入 is what the
#: government means to spend (预计投入880亿元经费), and 规划 a plan when a span or amount follows (规划在5年内投入489亿元,
#: 这项特别条例规划拨补100亿元), and so is money proposed (草案，提出以岁计剩余挹注台电1千亿元);
#: 人均预期寿命 and 市场预期心理 are nouns, no forecast.
_PLAN = r"(?:规划|规画)(?:投入|编列|安排|拨补|挹注)|提出(?=[^，。；]{0,10}?(?:挹注|拨补))|预计|(?:规划|规画)(?=在|于|未来|\d|[一二三四五六七八九十两])|拟按|拟安排|拟发行|拟(?!定)|计划(?!生育|经济|单列)|编列|匡列|增列|将新增|将提供|将增加|将扩大|将提高|将调升|将投入|将发行"
#: A budget (the noun) is a plan only for this year or later (长照预算从每年约50亿元提高至800多亿元 happened), and this
#: year's is a result when the figure is stated as what it is (一年预算为876亿元, 今年度也达900多亿元).
#: 已将 and 已经将 are 将 as 把, an object after it (已经将政府、民间的跨域协作开枝散叶): no future.
_SPEND = r"预算|安排|发行|投入|拿出|补助|补贴|拨付|拨款|设立|加码|开办|(?<!已)(?<!已经)将(?!近)"
#: A budget, whose size to come is the government's plan (明年度健保总额将达到9,883亿元), not one 预算内 (within it).
_BUDGET = re.compile(r"预算(?!内)|经费|健保总额")
#: A budget named right after a figure's amount (4,100亿元特别预算, 1兆元净零转型预算): that figure's noun.
_SIZED = re.compile(r"[亿万兆元][^，。；\d]{0,6}$")
#: A level reached in a clause of its own (，至少达到5兆元): aimed at, when the plan word is an earlier clause's.
_AT_LEAST = re.compile(r"(?:至少|最少)达到?$")
#: A level or change of an outcome a future figure reaches (将增长百分之十八，在一九五七年达到六千零二十三万人): under a bare
#: 将 it is aimed at, unless the sentence is about money spent (将由去年的1076亿元增加到1562亿元 of 投入: a plan).
_OUTCOME = re.compile(r"(?:增长|增加|提高|达到|上升|下降|降低|减少)(?:到|至|为)?[^，。；\d]{0,2}$")
_SPENDING = re.compile(r"预算|经费|资金|投入|投资|支出|补助|补贴|拨款|安排|发行|赤字|收入|标准(?!化)")
#: Words that say a figure has happened: 目前已投资282家 (after 匡列50亿元) is a result, and so is what has been spent or
#: budgeted already (教育部已经补助27个团队, 今年已编列27亿元, 政府已核定补助253件计画).
_SPENT = r"已(?:经)?(?:核定)?(?:编列|匡列|补助|投入|安排|拨付|拨款|拨补|挹注|发行|拿出|设立)"
_DONE = r"已经|已有|已达|已"
_CUES = re.compile(
    rf"(?P<target>{_TARGET})|(?P<forecast>{_FORECAST})|(?P<plan>{_PLAN})|(?P<spent>{_SPENT})|(?P<result>{_DONE})|"
    rf"(?P<aim>{_AIM})|(?P<spend>{_SPEND})|(?P<hope>希望)|(?P<yields>(?<![已曾])(?:创造|带来))"
)
#: A name in quotation marks or a title, with a word right after its closing mark (“八五”计划, 「三高防治888计画」):
#: its words are no cue.
_NAME = re.compile(r"“[^”]{1,30}”(?:计划|规划|预算)?|「[^」]{1,30}」(?:计划|规划)?|《[^》]{1,40}》|‘[^’]{1,30}’")
#: 将 alone says only that something is to come: any other cue before it in the sentence says what (预计目标到2030年，将8成…).
_WEAK = "将"
#: The verb right before the figure states what it is: 预算为876亿元, 也达900多亿元, 健保总额预算核定约9,286亿元.
_STATED = re.compile(r"(?:为|是|达|已达|已是|已有|核定|(?:提高|增加|增长|提升|扩大)(?:到|至))$")
#: A level a future figure reaches (1997年钢产量达到9400万吨): an outcome aimed at.
_REACHES = re.compile(
    r"(?:达到|(?<![表传抵送下])达|控制在|(?:提高|增加|增长|降低|下降|上升|调高|调低|调整|提升|扩大|减少|缩小|降|增|升)(?:到|至))$"
)
#: A figure named as a goal right after it (何时可以达到40%或是50%的目标): a target, whatever came before.
_GOAL_AFTER = re.compile(
    r"(?:或是|或者|或|到|至|、)?[^，。；]{0,8}?的[^，。；的和与及]{0,6}?目标|[^，。；\d]{0,4}?为(?:主要|首要|最终)?目标"
)
#: An amount the government spends every year (一年编列约1,200亿元, 每年都编列100多亿元预算): a policy in force.
_YEARLY = re.compile(r"每年|一年|年年")
#: An amount that sizes a programme named right after it (启动930亿元产业支持方案, 提出930亿元的支持方案,
#: 启动五年489亿的「健康台湾深耕计画」); a count of programmes (21项优先施政计画) is no amount.
_PROGRAM_AFTER = re.compile(r"的?(?:[「“][^」”]{1,20}?(?:方案|计划|计画)[」”]|[^，。；、\d]{0,6}?(?:方案|计划|计画))")
_MONEY = re.compile(r"[亿万兆元]\s*$")
_COUNT = re.compile(r"[个项]$")
#: The figure before a change to another (将原本的1.415%的贷款利率降至0): the change's base.
_ORIGINAL = re.compile(r"(?:原本|原来|原先|原有)的?$")
_CHANGED_TO = re.compile(
    r"[^，。；]{0,12}?(?:降至|降到|降为|提高到|提高至|提高为|增加到|增加至|调整为|调升至|调降至|改为)"
)
#: The from-side of a change whose end the verb does not name (从她上任时的17.5兆元大幅成长) or a later clause states
#: (篩檢經費从去年20多亿元，今年增加40亿元，达到68亿元): that change's base, as 由…增加到… is (:mod:`facts.periods`).
_FROM_SIDE = re.compile(
    r"(?:由|从)(?:[^，。；：由从到至为\d]{0,8}[^，。；：由从到至为\d一二两三四五六七八九十百千万亿])?$"
)
_GROWS = re.compile(
    r"[^，。；：\d]{0,4}?(?:成长|增长|增加|提高|提升|上升|下降|降低|减少|扩大|缩小|跃升|攀升)(?![到至为])|"
    r"[，,][^，。；：\d]{0,6}?(?:增加|提高|增长|减少|降低|下降)了?[约近逾超过]{0,2}[\d一二两三四五六七八九十]"
)
#: The whole cost of a project or programme, or a budget added for it (淡江大桥…总经费将近300亿元, 已核定24项中程计画，
#: 总经费约285亿元, 追加预算约20亿元, 特别预算亦由880亿元提高至930亿元): what the government is to spend on it, a plan
#: (nothing of it is spent yet).
_TOTAL_COST = re.compile(
    r"(?:总经费|总预算|追加预算|特别预算|经费规模|计[划画]经费|工程经费)(?:为|是|约|达|共|合计|"
    r"[亦也]?(?:由|从)[^，。；由从]{1,12}?(?:提高|增加|调高|扩大)(?:到|至))?$"
)
#: Money spent over a number of years (规划5年合计约投入489亿元, 五年投入489亿元预算, 启动五年489亿的…计画): a
#: programme's budget, the government's plan, unless told as spent (已, 了, 曾, 任内, 历任…前总统的八年800亿).
#: One year's (一年编列约1,200亿元) is a policy in force.
_OVER_YEARS = re.compile(
    r"(?:(?<![\d一二两三四五六七八九十])(?:[2-9]|\d{2}|[两三四五六七八九十])年(?:内|间|期间)?(?:合计|共|总计|累计)?约?"
    r"(?:投入|编列|拨补|挹注|投资)?|(?:投入|编列|投资)(?:[2-9]|\d{2}|[两三四五六七八九十])年)$"
)
_SPENT_BEFORE = re.compile(r"已|了|曾|任内|过去|以来|历任|前总统")
#: The state before someone took office (蔡前总统上任前，全国长照据点约700多处): what has changed since, a base.
_BEFORE_OFFICE = re.compile(r"(?:上任|就任|执政|接任)(?:之)?前")
#: A figure the sentence then contrasts with a later one (…约50亿元；但是今年…已1万4千多点, 2010年…83.8%…，但是在去年
#: 只剩下7%左右): the earlier side, a base.
_CONTRAST_LATER = re.compile(
    r"[^。！？\n]{0,40}?[，；,;]\s*(?:但是|但|而)(?:在)?(?:今年|去年|现在|如今|目前)[^。！？；\n]{0,30}?\d"
)
#: A figure that says what a policy is (落实一方是独生子女的夫妇可生育两个孩子政策): the policy in force, no task.
_POLICY_AFTER = re.compile(r"[^，。；\d]{0,6}?政策")
_CLAUSE_END = re.compile(r"[，；;：:。！？!?\n]|,(?!\d{3})")
#: A clause that opens with a time of its own (；今年军公教再加薪3%, ，今年第一梯次有超过700位) says what happens then:
#: a cue of an earlier clause in the sentence (将医界…拉高到…) does not reach into it.
_OWN_TIME = re.compile(
    r"\s*(?:而|但|但是|并|且|另外|此外|同时|其中)?[，,\s]*"
    r"(?:今年|去年|明年|后年|前年|本年|上年|当年|今年度|明年度|去年度|目前|现在|如今|截至|截止|"
    r"\d{4}\s*年|[〇○零一二三四五六七八九]{4}年|第[一二三四]季)"
)
#: What says a figure is still to come, when no time does (Taiwan releases date few plans: 農業部每公頃也將給予2到3萬元的
#: 補助, 政府會額外提供3,500萬元保證融資額度, 預計每年將編列200億元, 規劃5年合計約投入489億元): 将 (not 将近, 上将),
#: 会 after an adverb or the one who acts (也会, 还会, 政府会; not 社会, 部会), 即将, 预计, 规划, 拟, 打算, 准备, 未来.
#: What is to come is a plan when it is money spent (not a benefit per person or household, a policy in force:
#: 將發放2萬元獎勵金), and a target when it is a level reached (國防預算並將提升到GDP3%以上).
_FUTURE = re.compile(
    r"(?P<done>已(?:经)?(?:持续|陆续|逐步|全面)?将|近年来|以来)|(?P<future>(?<![上中少大已])将(?!近|军|领|士|官)|(?:也|还|都|就|将|仍|才|更|亦|一定|政府|我们)会"
    r"(?![议员长谈见晤同计所场期馆堂展址务费商报考])|预计|预估|(?:规划|规画)(?=在|于|未来|\d|[一二三四五六七八九十两]|投入|编列|安排|设|成立|兴建)|(?<!草)拟(?!定)|打算|准备(?=[在于将以投编])|"
    r"未来(?!的)|要(?=投入|编列|拨补|挹注))|(?P<past>已|曾|(?<![为除到])了(?!解))"
)
#: 补助资金, 补贴经费: the money set aside (中央财政安排补助资金101亿元), not a benefit paid.
_FUNDS = re.compile(r"资金|经费|款|预算|金额|总额")
_PER_HEAD = re.compile(r"每(?:人|户|位|名|月|胎|公顷|学年)|最高|发放|普发|给予|补足|补助|津贴|加给")
#: A cue this far before a figure in its own sentence still governs it.
_REACH = 80
_SENTENCE_END = re.compile(r"[。！？!?\n]")


def decide(
    view: str,
    start: int,
    end: int,
    sentence_start: int,
    period: Period,
    qualifier: str | None,
    doc_year: int | None,
    intro: tuple[int, int] | None = None,
    in_tasks: bool = False,
) -> str:
    """The stance of the figure at ``[start, end)`` of ``view`` (Simplified characters).

    ``period`` is the figure's decided period; ``doc_year`` the document's year
    when known; ``intro`` the span of the colon list's introduction it stands in;
    ``in_tasks``: its section's heading sets out the work of the document's year (:class:`TaskSections`).
    """
    if period.base or (_ORIGINAL.search(view, max(0, start - 3), start) and _CHANGED_TO.match(view, end)):
        return "base"
    if _FROM_SIDE.search(view, max(sentence_start, start - 12), start) and _GROWS.match(view, end):
        return "base"  # 从她上任时的17.5兆元大幅成长
    if _GOAL_AFTER.match(view, end) and not _COUNT.search(view, start, end):
        return "target"  # 迈向2035年减碳百分之38加减2的国家减碳新目标; 达到3个永续的核心目标 counts goals
    when = _when(period.value, doc_year)
    if (
        when != "past"
        and _MONEY.search(view, start, end)
        and _OVER_YEARS.search(view, max(sentence_start, start - 12), start)
        and not _SPENT_BEFORE.search(view, sentence_start, start)
    ):
        return "plan"  # 规划5年合计约投入489亿元, 五年投入489亿元预算
    if when != "past" and _TOTAL_COST.search(view, max(sentence_start, start - 24), start):
        return "plan"  # 铁路高架化…总经费约173亿元
    if when in (None, "past") and (
        _BEFORE_OFFICE.search(view, max(sentence_start, start - 30), start) or _CONTRAST_LATER.match(view, end)
    ):
        return "base"  # 蔡前总统上任前，全国长照据点约700多处 / …约50亿元；但是今年…已1万4千多点
    lo = max(sentence_start, start - _REACH)
    to_come = when is None and _to_come(view, _clause_start(view, lo, start), start)
    if when == "now" and _to_come(view, _clause_start(view, lo, start), start):
        when = "future"  # 今年還會增加181億元: this year's, still to come
    cue, word, at = _nearest_cue(view, lo, start)
    if cue != "target":  # a goal governs the years listed after it (新目标…2030年减量28%，2032年则减量32%)
        cue, word, at = _nearest_cue(view, _scope_start(view, lo, start), start)
    if cue == "yields":  # 預計在2028年前培育45萬名人才，並在15年內創造15兆元產值: what the plan yields is expected
        before = _nearest_cue(view, _scope_start(view, lo, start), at)
        while before[0] == "yields":  # 預估3年可以創造6千億元投資金額，帶來4萬個就業機會
            before = _nearest_cue(view, _scope_start(view, lo, start), before[2])
        if before[0] in ("plan", "spend", "forecast") and when in ("now", "future"):
            return "forecast"
        cue, word, at = before if before[0] is not None else (None, "", at)
    if (
        cue in ("plan", "spend")
        and when == "future"
        and at < _clause_start(view, lo, start)
        and _AT_LEAST.search(view, max(0, start - 6), start)
    ):
        return "target"  # 政府将持续投入…预算，并且带动民间…融资，至少达到5兆元: an outcome drawn from others
    if to_come and cue not in ("target", "forecast", "aim", "hope"):
        money = _MONEY.search(view, start, end) or _BUDGET.search(view, _clause_start(view, lo, start), start)
        if _REACHES.search(view, max(0, start - 4), start):
            return "plan" if money else "target"  # 並將提升到GDP3%以上; 加給也會從3,000元提升到7,000元
        if cue in ("plan", "spend") and money and not _PER_HEAD.search(view, _scope_start(view, lo, start), start):
            return "plan"  # 預計每年將編列200億元, 規劃5年合計約投入489億元
    if (
        cue in ("plan", "spend")
        and when is None
        and _YEARLY.search(view, _clause_start(view, sentence_start, start), start)
    ):
        return "result"  # 一年编列约1,200亿元: what is spent every year, not a plan
    if cue is None and view.startswith("其中", sentence_start):  # 其中，中央财政赤字1.4万亿元: the sentence before's
        cue, word, at = _nearest_cue(
            view, view.rfind("。", 0, max(0, sentence_start - 1)) + 1, max(0, sentence_start - 1)
        )
    if cue is None and intro is not None:
        cue, word, at = _nearest_cue(view, *intro)
    if cue == "yields":  # 例如，…年产十万吨的造纸厂 under an introduction that 创造: no stance of its own
        cue = None
    if cue == "plan" and when == "now" and word in ("编列", "匡列", "增列"):
        cue = None  # 今年所編列預算超過1,100億元, 今年先編列50億元: this year's budget, enacted
    if (
        cue == "spend"
        and when == "now"
        and word == "预算"
        and (_STATED.search(view, max(0, start - 4), start) or at + len(word) == start)
    ):
        cue = "result"  # 今年…一年预算为876亿元, 今年所编列预算超过1,100亿元: this year's budget, stated as what it is
    if (
        word == _WEAK
        and when == "future"
        and _OUTCOME.search(view, max(0, start - 6), start)
        and not _SPENDING.search(view, sentence_start, start)
    ):
        return "target"  # 在校学生的人数将增长百分之一百二十七，在一九五七年达到四十三万四千人: an outcome aimed at
    if (
        cue == "spend"
        and when == "now"
        and word in ("补助", "补贴", "加码")
        and not _FUNDS.match(view, at + len(word))
        and _PER_HEAD.search(view, max(at - 12, _scope_start(view, lo, start)), start)
    ):
        cue = None  # 现在政府补助私立大专院校学杂费每学年3万5,000元: a benefit paid this year is a policy in force
    if cue == "spend":  # 五年共安排3700多万人就业: what was arranged then happened
        cue = "plan" if when in ("now", "future") else None
    if cue == "spent":  # 已核定补助253件计画 for a span still running: what is spent already, done
        return "result"
    if cue == "result" and when == "future":
        cue = "forecast"  # 明年开始…长辈占人口数已经超过20%: a state to come, told as reached
    if cue == "aim":
        cue = "target" if when in ("now", "future") else None
    if cue == "hope":  # 他希望未来几年美国能…制造全球40%到50%的半导体: aimed at, with or without a year
        cue = None if when == "past" else "target"
    if cue is None and when != "past" and _MONEY.search(view, start, end) and _PROGRAM_AFTER.match(view, end):
        cue = "plan"  # 政府启动930亿元产业支持方案
    if when == "future" and (cue is None or cue == "forecast" and word.startswith(("将达", "会达"))):
        if _BUDGET.search(view, sentence_start, start):
            return "plan"  # 长照预算…明年更将达到超过1,100亿元: what the government will spend, not an outlook
    if cue == "plan" and when == "past":
        cue = None
    if cue == "target" and when == "past" and not view.startswith("目标", max(0, start - 6)):
        cue = None
    if cue is not None:
        return cue
    if (
        qualifier == "≈"
        and when in ("now", "future")
        and view.endswith("左右", start, end)
        and view[end : end + 1] != "的"
    ):
        return "target"  # 增长6%左右 for this year; 在70%左右的地市开展试点 counts where, it aims at nothing
    if when == "future":
        return "target" if _REACHES.search(view, max(0, start - 4), start) else "plan"
    if when == "now" and in_tasks and not _POLICY_AFTER.match(view, end):
        return "plan"  # 三、2014年重点工作 … 淘汰燃煤小锅炉5万台: this year's work, not its outcome
    return "result"


#: What a heading sets out for the year it names: its work, tasks, plan or budget (二、2014年工作总体部署,
#: 三、2017年重点工作任务, 二、今年主要任务, 二、对今年政府工作的建议, 二、１９５６年的国家预算).
_TASKS = re.compile(r"[^，。；\n]{0,12}?(?:工作|任务|部署|建议|要求|计划|安排|预算)")
#: …and what a review heading says (一、2013年工作回顾, 一、１９５５年国家决算, 一九五七年经济战线上的胜利).
_REVIEW = re.compile(r"[^，。；\n]{0,12}?(?:回顾|决算|胜利|成就|执行情况)")


class TaskSections:
    """The sections whose heading (or the nearest heading above that names a time) sets out the work of
    the document's own year: 三、2014年重点工作 in the 2014 report, not 一、2013年工作回顾.

    In tests/facts_dev the annotators read this year's figures without a cue in such a section as plans
    (淘汰黄标车和老旧车380万辆, 对地方一般性转移支付规模增长9.5%); a sentence-level cue (要, 必须) cost held-out stance."""

    def __init__(self, sections, view: str, dates, doc_year: int | None) -> None:
        self._tasks: dict[int, bool] = {}
        self.sections, self.view, self.doc_year = sections, view, doc_year
        self.dates = sorted((d.start, d.end, d.value) for d in dates if d.value)
        self._starts = [d[0] for d in self.dates]

    def __call__(self, section_index: int) -> bool:
        if self.doc_year is None or not 0 <= section_index < len(self.sections):
            return False
        if section_index not in self._tasks:
            self._tasks[section_index] = self._decide(section_index)
        return self._tasks[section_index]

    def _decide(self, section_index: int) -> bool:
        for section in enclosing(self.sections, section_index):
            i = bisect.bisect_left(self._starts, section.heading_start)
            j = bisect.bisect_left(self._starts, section.heading_end)
            times = [d for d in self.dates[i:j] if d[1] <= section.heading_end]
            if times:  # the nearest heading that names a time decides: a task of this year, or not
                return any(
                    _when(value, self.doc_year) == "now"
                    and _TASKS.match(self.view, end)
                    and not _REVIEW.match(self.view, end)
                    for _, end, value in times
                )
        return False


def _clause_start(view: str, lo: int, at: int) -> int:
    """Where the clause holding ``at`` begins (after the last comma or stop before it, not before ``lo``)."""
    for m in _CLAUSE_END.finditer(view, lo, at):
        lo = m.end()
    return lo


def _scope_start(view: str, lo: int, at: int) -> int:
    """Where the cues for a figure at ``at`` may begin: ``lo``, or its own clause's start when that clause
    opens with a time of its own."""
    clause = _clause_start(view, lo, at)
    return clause if clause > lo and _OWN_TIME.match(view, clause, at) else lo


def _to_come(view: str, lo: int, hi: int) -> bool:
    """Whether the nearest word of aspect in ``[lo, hi)`` says the figure is still to come (将, 会, 预计…),
    not done (已, 曾, 了), in a clause not told as done (近年来, 以来, 已将); words inside a quoted name do not count."""
    names = [(m.start(), m.end()) for m in _NAME.finditer(view, lo, hi)]
    found = [m.lastgroup for m in _FUTURE.finditer(view, lo, hi) if not any(a <= m.start() < b for a, b in names)]
    return bool(found) and found[-1] == "future" and "done" not in found  # 近年來臺灣將國防預算提升80%: told as done


def _nearest_cue(view: str, lo: int, hi: int) -> tuple[str | None, str, int]:
    """The cue closest before ``hi`` in ``[lo, hi)``, not across a sentence's end, its word and where it is.

    Words inside a quoted name are no cue; a bare 将 yields to any other cue before it."""
    for m in _SENTENCE_END.finditer(view, lo, hi):
        lo = m.end()
    names = [(m.start(), m.end()) for m in _NAME.finditer(view, lo, hi)]
    found, word, at, strong = None, "", lo, None
    for m in _CUES.finditer(view, lo, hi):
        if any(a <= m.start() < b for a, b in names):
            continue
        if m.group() == "预算" and _SIZED.search(view, max(lo, m.start() - 8), m.start()):
            continue  # 编列4,100亿元特别预算，其中1,500亿元: the budget an earlier figure sizes, not a cue
        found, word, at = m.lastgroup, m.group(), m.start()
        if m.group() != _WEAK:
            strong = (found, word, at)
    if found is not None and strong is not None and strong[0] in ("target", "forecast") and (found, word, at) != strong:
        return strong  # 预计目标到2030年，将8成病友…: the target, not the bare 将
    return found, word, at


def _when(value: str | None, doc_year: int | None) -> str | None:
    """``past``, ``now`` or ``future`` against the document's year; None without a period."""
    if not value:
        return None
    last = value.split("/")[-1]
    m = re.match(r"Y(?:\[([+-]\d+)\])?", last)
    if m:
        k = int(m.group(1) or 0)
    elif last[:4].isdigit() and doc_year is not None:
        k = int(last[:4]) - doc_year
    else:
        return None
    return "past" if k < 0 else "now" if k == 0 else "future"
