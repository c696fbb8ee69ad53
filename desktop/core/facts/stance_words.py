"""The words and patterns :mod:`facts.stance` reads a figure's stance from (issue 19.3): cues, and the shapes of
the text around a figure (a budget named after it, a level it reaches, a change it is the base of).

The text is the Simplified view of the document; each pattern's comment gives the real sentence it is for.
"""

from __future__ import annotations

import re

#: 力争 strives for a level, but 全力争取 is 全力 + 争取 (卯足全力争取企业来到台南投资: no target); a work report's
#: 预期为/预期增长 is the year's target (今年的经济增长预期为7％左右, 广义货币M2预期增长13%左右), no outlook.
TARGET = r"预期目标|主要目标|目标|(?<!全)力争|预期(?=为|是|增长|增加|达到|上涨)"
#: Target words that aim at something only for this year or later (对接争取政策 is no target).
AIM = r"争取|控制在|确保|要(?:分别)?(?:下降|降低|增长|提高|达到|减少|保持|控制)"
#: 将导致 and 被迫 foresee a consequence (明年将被迫举债高达5,638亿元); 高推估/低推估 (以高推估5.5%成长) is the
#: government's own setting of the health budget, a plan (README round 6), no outlook.
#: What the government itself does with what it spends or builds: 预计 before one of them (预计投入880亿元, 预计到2027年的
#: 10年之间，打造141艘…海巡舰艇: README round 9, the ships a council is to build its plan) is a plan word, no outlook.
_ACTS = "投入|编列|安排|打造|兴建|建置|邀请|培育|培养|辅导|补助|提供|发放|设立|设置|成立|采购|招募|拨补|挹注|释出"
#: A second clause that only says how long (预计到2027年，总计10年的时间当中，打造141艘…海巡舰艇): the act still follows 预计.
_SPAN = r"(?:[^，。；亿万元%]{1,14}(?:当中|之间|期间|内)[，,]\s*)?"
FORECAST = "|".join(
    [
        rf"预计(?![^，。；]{{0,14}}?(?:{_ACTS})|(?:到|在|于|从)[^，。；亿万元%]{{1,16}}[，,]\s*{_SPAN}(?:陆续|再|将|要)?(?:{_ACTS}))",
        r"预估",
        r"预期可",
        r"(?<![于於])预期(?!的|寿命|心理)",
        r"估计",
        r"可望",
        r"有望",
        r"可使",
        r"可带来",
        r"将带来",
        r"将达",
        r"上调",
        r"下调",
        r"(?<=率)[^，。；]{0,12}?[上下]修",
        r"(?<![高低以])推估",
        r"预测",
        r"推测",
        r"将比",
        r"将导致",
        r"被迫",
        r"将减轻",
        r"可减轻",
        r"将带动",
        r"将创造",
        r"会(?:高达|达到|超过|突破)",
        r"(?:已经|快)要(?!求)",
        r"就要(?:超过|达到|突破)",
    ]
)
#: Plan words that say so at any time, and words that are a plan only for this year or later. 预计投入 is what the
#: government means to spend (预计投入880亿元经费), and 规划 a plan when a span or amount follows (规划在5年内投入489亿元,
#: 这项特别条例规划拨补100亿元), and so is money proposed (草案，提出以岁计剩余挹注台电1千亿元) or a company's
#: investment announced (台积电已承诺对美投资1,650亿美元: README round 5, its plan). 计划 ending its phrase is the
#: noun (超额完成了产量计划，, 第一个五年计划期间, …大硅谷计划等), no plan word;
#: 人均预期寿命 and 市场预期心理 are nouns, no forecast.
PLAN = "|".join(
    [
        r"[高低]推估",
        r"(?:规划|规画)(?:投入|编列|安排|拨补|挹注)",
        r"提出(?=[^，。；]{0,10}?(?:挹注|拨补))",
        r"(?:承诺|宣布)(?=[^，。；]{0,12}?投资)",
        r"预计",
        r"(?:规划|规画)(?=在|于|未来|\d|[一二三四五六七八九十两]|设|兴建|建置|增设|成立)",
        r"拟按",
        r"拟安排",
        r"拟发行",
        r"拟(?!定)",
        r"计划(?!生育|经济|单列|的|等|中|内|里|期间|经费|预算|[，。；、」”])",
        r"编列",
        r"匡列",
        r"增列",
        r"将新增",
        r"将提供",
        r"将增加",
        r"将扩大",
        r"将提高",
        r"将调升",
        r"将投入",
        r"将发行",
    ]
)
#: A budget (the noun) is a plan only for this year or later (长照预算从每年约50亿元提高至800多亿元 happened), and this
#: year's is a result when the figure is stated as what it is (一年预算为876亿元, 今年度也达900多亿元).
#: 已将 and 已经将 are 将 as 把, an object after it (已经将政府、民间的跨域协作开枝散叶): no future.
SPEND = r"预算|安排|发行|投入|拿出|补助|补贴|拨付|拨款|设立|加码|开办|(?<!已)(?<!已经)将(?!近)"
#: A budget, whose size to come is the government's plan (明年度健保总额将达到9,883亿元), not one 预算内 (within it).
BUDGET = re.compile(r"预算(?!内)|经费|健保总额")
#: A budget named right after a figure's amount (4,100亿元特别预算, 1兆元净零转型预算): that figure's noun.
SIZED = re.compile(r"[亿万兆元][^，。；\d]{0,6}$")
#: A level reached in a clause of its own (，至少达到5兆元): aimed at, when the plan word is an earlier clause's.
AT_LEAST = re.compile(r"(?:至少|最少)达到?$")
#: A level or change of an outcome a future figure reaches (将增长百分之十八，在一九五七年达到六千零二十三万人): under a bare
#: 将 it is aimed at, unless the sentence is about money spent (将由去年的1076亿元增加到1562亿元 of 投入: a plan).
OUTCOME = re.compile(r"(?:增长|增加|提高|达到|上升|下降|降低|减少)(?:到|至|为)?[^，。；\d]{0,2}$")
SPENDING = re.compile(r"预算|经费|资金|投入|投资|支出|补助|补贴|拨款|安排|发行|赤字|收入|标准(?!化)")
#: Words that say a figure has happened: 目前已投资282家 (after 匡列50亿元) is a result, and so is what has been spent or
#: budgeted already (教育部已经补助27个团队, 今年已编列27亿元, 政府已核定补助253件计画). 争取到 is obtained
#: (争取到…预算: a result, no aim), not 争取到2020年 (strive, by then).
SPENT = r"已(?:经)?(?:核定)?(?:编列|匡列|补助|投入|安排|拨付|拨款|拨补|挹注|发行|拿出|设立)"
DONE = r"已经|已有|已达|已|争取到(?![\d０-９〇○零一二两三四五六七八九十本今明后下])"
#: A level a plan sets (钢产量拟定为六百二十四万八千吨, 一九五八年的基本建设总投资额，拟定为一百四十五亿…): an outcome aimed at, a
#: target, or money the government is to spend, a plan (tests/facts_dev/README.md round 9: the plan's output a target).
#: 拟定 alone is drew up (拟定了…方案, 商圈办拟定5个方面): no cue.
SET = r"拟定为"
#: A plan's statement of the levels it sets (计划规定，一九五九年的铁路货物运输量将达到五亿二千万吨): what it says 将达到 or 将比…增长
#: is the plan's output, aimed at, a target (README round 9), no outlook; the money it sets (财政收入为…) a plan.
PLAN_SETS = re.compile(r"计划规定")
CUES = re.compile(
    rf"(?P<set>{SET})|(?P<target>{TARGET})|(?P<forecast>{FORECAST})|(?P<plan>{PLAN})|(?P<spent>{SPENT})|(?P<result>{DONE})|"
    rf"(?P<aim>{AIM})|(?P<spend>{SPEND})|(?P<hope>希望)|(?P<yields>(?<![已曾])(?:创造|带来))"
)
#: A name in quotation marks or a title, with a word right after its closing mark (“八五”计划, 「三高防治888计画」):
#: its words are no cue.
NAME = re.compile(r"“[^”]{1,30}”(?:计划|规划|预算)?|「[^」]{1,30}」(?:计划|规划)?|《[^》]{1,40}》|‘[^’]{1,30}’")
#: 将 alone says only that something is to come: any other cue before it in the sentence says what (预计目标到2030年，将8成…).
WEAK = "将"
#: The verb right before the figure states what it is: 预算为876亿元, 也达900多亿元, 健保总额预算核定约9,286亿元.
STATED = re.compile(r"(?:为|是|达|已达|已是|已有|核定|(?:提高|增加|增长|提升|扩大)(?:到|至))$")
#: A level a future figure reaches (1997年钢产量达到9400万吨): an outcome aimed at.
REACHES = re.compile(
    r"(?:达到|(?<![表传抵送下])达|控制在|(?:提高|增加|增长|降低|下降|上升|调高|调低|调整|提升|扩大|减少|缩小|降|增|升)(?:到|至))$"
)
#: A figure named as a goal right after it (何时可以达到40%或是50%的目标): a target, whatever came before.
GOAL_AFTER = re.compile(
    r"(?:或是|或者|或|到|至|、)?[^，。；]{0,8}?的[^，。；的和与及]{0,6}?目标|[^，。；\d]{0,4}?为(?:主要|首要|最终)?目标"
)
#: A goal named later in the figure's sentence part (2030年全球再生能源装置容量成长3倍，以及能源效率提升2倍等国际目标,
#: 2030年达成癌症标准化死亡率降低三分之一之目标): a later year's figure with no cue of its own is the goal's level, a target.
GOAL_LATER = re.compile(r"[^。；！？\n]{0,40}?目标")
#: An amount the government spends every year (一年编列约1,200亿元, 每年都编列100多亿元预算): a policy in force.
YEARLY = re.compile(r"每年|一年|年年")
#: An amount that sizes a programme named right after it (启动930亿元产业支持方案, 提出930亿元的支持方案,
#: 启动五年489亿的「健康台湾深耕计画」); a count of programmes (21项优先施政计画) is no amount.
PROGRAM_AFTER = re.compile(r"的?(?:[「“][^」”]{1,20}?(?:方案|计划|计画)[」”]|[^，。；、\d]{0,6}?(?:方案|计划|计画))")
MONEY = re.compile(r"(?:[亿万兆元圆]|美金)\s*$")  # 10兆日圆, 两百万美金 too
COUNT = re.compile(r"[个项]$")
#: The figure before a change to another (将原本的1.415%的贷款利率降至0): the change's base.
ORIGINAL = re.compile(r"(?:原本|原来|原先|原有)的?$")
CHANGED_TO = re.compile(
    r"[^，。；]{0,12}?(?:降至|降到|降为|提高到|提高至|提高为|增加到|增加至|调整为|调升至|调降至|改为)"
)
#: The from-side of a change whose end the verb does not name (从她上任时的17.5兆元大幅成长) or a later clause states
#: (篩檢經費从去年20多亿元，今年增加40亿元，达到68亿元): that change's base, as 由…增加到… is (:mod:`facts.periods`).
FROM_SIDE = re.compile(
    r"(?:由|从)(?:[^，。；：由从到至为\d]{0,8}[^，。；：由从到至为\d一二两三四五六七八九十百千万亿])?$"
)
GROWS = re.compile(
    r"[^，。；：\d]{0,4}?(?:成长|增长|增加|提高|提升|上升|下降|降低|减少|扩大|缩小|跃升|攀升)(?![到至为])|"
    r"[，,][^，。；：\d]{0,6}?(?:增加|提高|增长|减少|降低|下降)了?[约近逾超过]{0,2}[\d一二两三四五六七八九十]"
)
#: 预计 right after the base of a comparison (比1980年预计增长5.5％, 由今年预计的44％提高到45％: a report given before
#: the year's end compares next year's plan with this year's expected level): it says the base is expected, not the figure.
EXPECTED_BASE = re.compile(r"(?:比|由|从)[^，。；比由从]{0,8}$")
#: The whole cost of a project or programme, or a budget added for it (淡江大桥…总经费将近300亿元, 已核定24项中程计画，
#: 总经费约285亿元, 追加预算约20亿元, 特别预算亦由880亿元提高至930亿元): what the government is to spend on it, a plan
#: (nothing of it is spent yet).
TOTAL_COST = re.compile(
    r"(?:总经费|总预算|追加预算|特别预算|经费规模|计[划画]经费|工程经费)(?:为|是|约|达|共|合计|"
    r"[亦也]?(?:由|从)[^，。；由从]{1,12}?(?:提高|增加|调高|扩大)(?:到|至))?$"
)
#: Money spent over a number of years (规划5年合计约投入489亿元, 五年投入489亿元预算, 启动五年489亿的…计画): a
#: programme's budget, the government's plan, unless told as spent (已, 了, 曾, 任内, 历任…前总统的八年800亿).
#: One year's (一年编列约1,200亿元) is a policy in force.
OVER_YEARS = re.compile(
    r"(?:(?<![\d一二两三四五六七八九十])(?:[2-9]|\d{2}|[两三四五六七八九十])年(?:内|间|期间)?(?:合计|共|总计|累计)?约?"
    r"(?:投入|编列|拨补|挹注|投资)?|(?:投入|编列|投资)(?:[2-9]|\d{2}|[两三四五六七八九十])年)$"
)
#: 了 of 除了, 为了, 到了 tells nothing done (除了国科会…挹注的经费外，另外投入五年489亿元: the plan).
SPENT_BEFORE = re.compile(r"已|(?<![为除到])了|曾|任内|过去|以来|历任|前总统")
#: The state before someone took office (蔡前总统上任前，全国长照据点约700多处): what has changed since, a base.
BEFORE_OFFICE = re.compile(r"(?:上任|就任|执政|接任)(?:之)?前")
#: A figure the sentence then contrasts with a later one (…约50亿元；但是今年…已1万4千多点, 2010年…83.8%…，但是在去年
#: 只剩下7%左右): the earlier side, a base.
CONTRAST_LATER = re.compile(
    r"[^。！？\n]{0,40}?[，；,;]\s*(?:但是|但|而)(?:在)?(?:今年|去年|现在|如今|目前)[^。！？；\n]{0,30}?\d"
)
#: A level the sentence then says changed after it (一九三六年的粮食产量是三千亿斤，此后差不多年年下降; 原統計倒塌電桿
#: 將近2千根，之後陸續勘查維修，統計倒塌電桿數量增加到3,499根): the level before, a base (README round 7). Not 以后
#: (从今以后, 以后逐步提高: from now on, no change told), nor a verb of something else (后来增加政府成员的时候).
CHANGED_AFTER = re.compile(
    r"[^，。；\d]{0,4}[，,]\s*(?:此后|之后|其后|后来|随后)[^。；]{0,24}?"
    r"(?:下降|上升|增加|减少|提高|降低|追加|回落|增长|扩大|缩减)(?:到|至|了|为|[，。；]|$)"
)
#: A figure that says what a policy is (落实一方是独生子女的夫妇可生育两个孩子政策): the policy in force, no task.
POLICY_AFTER = re.compile(r"[^，。；\d]{0,6}?政策")
DIGIT = re.compile(r"[\d０-９]")
#: A clause that opens with a time of its own (；今年军公教再加薪3%, ，今年第一梯次有超过700位) says what happens then:
#: a cue of an earlier clause in the sentence (将医界…拉高到…) does not reach into it; nor does an aim into a clause
#: that opens with a day (並確保行政效能，自3月3日起實施3項「節能新措施」: what is done from then).
OWN_TIME = re.compile(
    r"\s*(?:而|但|但是|并|且|另外|此外|同时|其中)?[，,\s]*"
    r"(?:今年|去年|明年|后年|前年|本年|上年|当年|今年度|明年度|去年度|目前|现在|如今|截至|截止|"
    r"\d{4}\s*年|[〇○零一二三四五六七八九]{4}年|第[一二三四]季|(?:自|从)?\d{1,2}月\d{1,2}日)"
)
#: What says a figure is still to come, when no time does (Taiwan releases date few plans: 農業部每公頃也將給予2到3萬元的
#: 補助, 政府會額外提供3,500萬元保證融資額度, 預計每年將編列200億元, 規劃5年合計約投入489億元): 将 (not 将近, 上将),
#: 会 after an adverb or the one who acts (也会, 还会, 政府会; not 社会, 部会), 即将, 预计, 规划, 拟, 打算, 准备, 未来.
#: What is to come is a plan when it is money spent (not a benefit per person or household, a policy in force:
#: 將發放2萬元獎勵金), and a target when it is a level reached (國防預算並將提升到GDP3%以上: a share of GDP, README
#: round 8).
FUTURE = re.compile(
    r"(?P<done>已(?:经)?(?:持续|陆续|逐步|全面)?将|近年来|以来)|(?P<future>(?<![上中少大已])将(?!近|军|领|士|官)|(?:也|还|都|就|将|仍|才|更|亦|一定|政府|我们)会"
    r"(?![议员长谈见晤同计所场期馆堂展址务费商报考])|预计|预估|(?:规划|规画)(?=在|于|未来|\d|[一二三四五六七八九十两]|投入|编列|安排|设|成立|兴建)|(?<!草)拟(?!定)|打算|准备(?=[在于将以投编])|"
    r"未来(?!的)|要(?=投入|编列|拨补|挹注))|(?P<past>已|曾|(?<![为除到])了(?!解))"
)
#: 补助资金, 补贴经费: the money set aside (中央财政安排补助资金101亿元), not a benefit paid.
FUNDS = re.compile(r"资金|经费|款|预算|金额|总额")
PER_HEAD = re.compile(r"每(?:人|户|位|名|月|胎|公顷|学年)|最高|发放|普发|给予|补足|补助|津贴|加给")
#: A cue this far before a figure in its own sentence still governs it.
REACH = 80
#: 将 as 把, an object before the change it makes (衛福部在今年升級…，將年齡下調至30歲; 將氣象預報解析度由25公里提升至
#: 2公里): it says what is changed, not that it is still to come, and 下调 in it is an act, no revised outlook.
HOLD = re.compile(
    r"将(?![于在从自会能可再要以])[^，。；将\d]{1,10}?(?:上调|下调|调升|调降|调高|调低|提高|提升|降低|下降|增加|扩大|缩小|延长|拉高)"
    r"(?:到|至|为)"
)
#: A budget of now stated as its share of GDP (目前臺灣國防預算約占GDP 2.5%). Not its record (今年度的國防總預算達到
#: 歷史新高6,007億, a budget told in January: tests/core/library pins it a plan, as 將達 is).
STATED_NOW = re.compile(r"(?:约)?占(?:GDP|国内生产总值)?\s*的?\s*$")
#: A bill or programme the figure sizes, right after it (已提出為期8年、400億美元的特別預算案): proposed, not spent.
BILL_AFTER = re.compile(r"的?(?:特别预算案|特别预算|预算案|特别条例|草案)")
PROPOSED = re.compile(r"(?:提出|宣布|推出|通过)")
#: Money put forward in the figure's own clause (经济部提出花莲震灾信用保证贷款200亿元, 提出约30亿元的治水计画, 特别提出了
#: 每一年1,560亿，为期8年…的国防特别预算): proposed, nothing of it spent yet, a plan; not once the sentence says it
#: passed (已经提出930亿预算…，目前预算已经通过: enacted).
PUT_FORWARD = re.compile(r"提出了?")
PASSED = re.compile(r"通过")
#: A share of GDP reached (預計在2030年前達到GDP5%, 將超過GDP3%), or held by a budget still to come (明年度國防預算將占
#: GDP3.32%: what it is to come to, as 將達到GDP3.32% is).
REACHES_SHARE = re.compile(r"(?:达到|达|超过|提升到|提升至|提高到|提高至|占)(?:GDP|国内生产总值)的?\s*$")
#: A count or total to a date (截至今年8月底，全國總計超過3,100家診所; 家扶基金會成立至今所關懷的對象超過50萬名): what
#: stands by then, whatever plan word came before it in the sentence.
SO_FAR = re.compile(r"截至|截止|至今|迄今")
#: A count of people followed by what they have or do (希望2,300万人团结一致, 维护…2,350万人的生命财产安全, 照顾…
#: 两千三百万人民的生活, 希望4位选手未来能够…): the people an aim is for, no level aimed at (至少增加3位诺贝尔奖得主,
#: 再增加7500位护理人员 are).
PEOPLE = re.compile(r"[人位名]$")
WHO_AFTER = re.compile(r"(?:民|人民|国人|同胞|民众|选手)?(?:的|团结|都|一起|共同|一同|齐心|能够|未来)")
#: A small count of things under an aim (希望藉由5个不同领域的奖项, 希望在…等三项议题上进行协商, 以…三个原则来推动, 发挥两个
#: 积极性, 希望能达到三个目标): the items, means or list the aim speaks of, no level aimed at; unless it is made or added
#: (至少增加3位诺贝尔奖得主, 创造50万个就业机会, 设立3个中心: aimed at, as PEOPLE's 至少增加3位 is).
ITEMS = re.compile(r"(?:[一二两三四五六七八九十]|[1-9１-９]|10|１０)\s*(?:个|项|种|位|大|条)")
MADE = re.compile(
    r"(?:增加|新增|增设|再增|多增|创造|培育|培养|建置|设立|设置|成立|打造|兴建|建设|建成|获得|赢得|争取|引进|吸引|拿下|夺得)[^，。；\d]{0,2}$"
)
#: The level now, named right before a figure (降低目前暂行关税20%, 现行的…): what stands, not what is aimed at.
CURRENT = re.compile(r"(?:目前|现行|现在|当前)(?:的|之)?[^，。；、\d]{0,8}$")
#: A cut or freeze of a budget (业务费被删减13%，并冻结70%, 遭冻结70%, 删了一成、冻结三成).
CUT = re.compile(r"(?:删减|删除|删了|通删|冻结|删)了?$")
#: What the economy or a plan yields, named in a later year's figure's clause (发电量三千六百二十亿度 in 1985, 五年新增装机容量
#: ６５００万千瓦, 招生人数…增加到一九八七年的一百一十万人): an outcome aimed at, a target (README round 7: the plan's
#: enrolments; round 9: its output), unless the money or what the government builds (新建…水电站十五个) is told, or a
#: share of the economy (赤字…占国内生产总值比重在3%以内: the deficit, a plan). The same holds for this year's output
#: under a heading that sets out this year's work (粮食总产量稳定在49250万吨 under 1998's tasks).
OUTPUT = re.compile(r"产量|产值|装机容量|生产|总值|增加值|发电量|人数|学生|附加价值")
BUILDS = re.compile(r"新建|续建|兴建|建设|建成|建造|投资|预算|经费|资金|支出|补助|补贴|赤字|债|占(?:国内|国民)生产总值")
#: A clause that restates the figure right before it in other terms (一百一十万人，即增长二点八倍; 达到六千零二十三万人，即占
#: 全国学龄儿童的百分之七十以上): the same level, so the same stance (README round 7: the plan's enrolments, a target).
RESTATES = re.compile(r"[^，。；\d]{0,3}[，,]\s*(?:即|亦即|也就是)[^，。；\d]{0,14}")
