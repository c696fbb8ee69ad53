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

The cue readers (where a figure's clause and the scope of its cues begin, the aspect, the nearest cue) are
:mod:`facts.stance_cues`.
"""

from __future__ import annotations

import bisect
import re

from ..document import enclosing
from .periods import Period
from .stance_cues import clause_start, nearest_cue, scope_start, still_to_come
from .stance_words import (
    AT_LEAST,
    BEFORE_OFFICE,
    BILL_AFTER,
    BUDGET,
    BUILDS,
    CHANGED_AFTER,
    CHANGED_TO,
    CONTRAST_LATER,
    COUNT,
    CURRENT,
    CUT,
    EXPECTED_BASE,
    FROM_SIDE,
    FUNDS,
    GOAL_AFTER,
    GOAL_LATER,
    GROWS,
    ITEMS,
    MADE,
    MONEY,
    ORIGINAL,
    OUTPUT,
    OUTCOME,
    OVER_YEARS,
    PASSED,
    PEOPLE,
    PER_HEAD,
    PLAN_SETS,
    POLICY_AFTER,
    PROGRAM_AFTER,
    PROPOSED,
    PUT_FORWARD,
    REACH,
    REACHES,
    REACHES_SHARE,
    RESTATES,
    SO_FAR,
    SPENDING,
    SPENT_BEFORE,
    STATED,
    STATED_NOW,
    TOTAL_COST,
    WEAK,
    WHO_AFTER,
    YEARLY,
)


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
    if period.base or (ORIGINAL.search(view, max(0, start - 3), start) and CHANGED_TO.match(view, end)):
        return "base"
    if FROM_SIDE.search(view, max(sentence_start, start - 12), start) and GROWS.match(view, end):
        return "base"  # 从她上任时的17.5兆元大幅成长
    if GOAL_AFTER.match(view, end) and not COUNT.search(view, start, end):
        return "target"  # 迈向2035年减碳百分之38加减2的国家减碳新目标; 达到3个永续的核心目标 counts goals
    when = _when(period.value, doc_year)
    if when != "future" and CHANGED_AFTER.match(view, end):
        return "base"  # 一九三六年的粮食产量是三千亿斤，此后差不多年年下降: the level before what came after
    if (
        when != "past"
        and MONEY.search(view, start, end)
        and OVER_YEARS.search(view, max(sentence_start, start - 12), start)
        and not SPENT_BEFORE.search(view, sentence_start, start)
    ):
        return "plan"  # 规划5年合计约投入489亿元, 五年投入489亿元预算
    if when != "past" and TOTAL_COST.search(view, max(sentence_start, start - 24), start):
        return "plan"  # 铁路高架化…总经费约173亿元
    if _put_forward(view, start, end, sentence_start):
        return "plan"  # 经济部提出花莲震灾信用保证贷款200亿元: money proposed
    if when in (None, "past") and (
        BEFORE_OFFICE.search(view, max(sentence_start, start - 30), start) or CONTRAST_LATER.match(view, end)
    ):
        return "base"  # 蔡前总统上任前，全国长照据点约700多处 / …约50亿元；但是今年…已1万4千多点
    lo = max(sentence_start, start - REACH)
    to_come = when is None and still_to_come(view, clause_start(view, lo, start), start)
    if when == "now" and still_to_come(view, clause_start(view, lo, start), start):
        when = "future"  # 今年還會增加181億元: this year's, still to come
    cue, word, at = nearest_cue(view, lo, start)
    if cue != "target":  # a goal governs the years listed after it (新目标…2030年减量28%，2032年则减量32%)
        cue, word, at = nearest_cue(view, scope_start(view, lo, start), start)
    if cue == "forecast" and word == "预计" and EXPECTED_BASE.search(view, max(lo, at - 10), at):
        cue, word, at = nearest_cue(view, scope_start(view, lo, start), at)  # 比1980年预计增长5.5％: the base's 预计
    if cue == "yields":  # 預計在2028年前培育45萬名人才，並在15年內創造15兆元產值: what the plan yields is expected
        before = nearest_cue(view, scope_start(view, lo, start), at)
        while before[0] == "yields":  # 預估3年可以創造6千億元投資金額，帶來4萬個就業機會
            before = nearest_cue(view, scope_start(view, lo, start), before[2])
        if before[0] in ("plan", "spend", "forecast") and when in ("now", "future"):
            return "forecast"
        cue, word, at = before if before[0] is not None else (None, "", at)
    if (
        cue in ("plan", "spend")
        and when == "future"
        and at < clause_start(view, lo, start)
        and AT_LEAST.search(view, max(0, start - 6), start)
    ):
        return "target"  # 政府将持续投入…预算，并且带动民间…融资，至少达到5兆元: an outcome drawn from others
    # A budget's share of GDP still to be reached (國防預算並將提升到GDP3%以上, 將超過GDP3%) is a level aimed at, a
    # target: tests/facts_dev/README.md round 8 (GDP 3% 以上, as 39324's); its amount (將達到9,883億元) is a plan.
    gdp_share = REACHES_SHARE.search(view, max(sentence_start, start - 10), start)
    if gdp_share and cue in ("plan", "spend") and (to_come or when == "future"):
        return "target"
    if to_come and cue not in ("target", "forecast", "aim", "hope"):
        money = MONEY.search(view, start, end) or BUDGET.search(view, clause_start(view, lo, start), start)
        if REACHES.search(view, max(0, start - 4), start):
            return "plan" if money else "target"  # 加給也會從3,000元提升到7,000元
        if cue in ("plan", "spend") and money and not PER_HEAD.search(view, scope_start(view, lo, start), start):
            return "plan"  # 預計每年將編列200億元, 規劃5年合計約投入489億元
    if (
        cue in ("plan", "spend")
        and when is None
        and YEARLY.search(view, clause_start(view, sentence_start, start), start)
    ):
        return "result"  # 一年编列约1,200亿元: what is spent every year, not a plan
    if cue is None and view.startswith("其中", sentence_start):  # 其中，中央财政赤字1.4万亿元: the sentence before's
        cue, word, at = nearest_cue(
            view, view.rfind("。", 0, max(0, sentence_start - 1)) + 1, max(0, sentence_start - 1)
        )
    if cue is None and intro is not None:
        cue, word, at = nearest_cue(view, *intro)
    if cue == "yields":  # 例如，…年产十万吨的造纸厂 under an introduction that 创造: no stance of its own
        cue = None
    if word in ("将比", "将达", WEAK):  # the level a plan sets and its rise (钢产量拟定为…，将比一九五七年增长…)
        before = nearest_cue(view, scope_start(view, lo, start), at)
        sets = PLAN_SETS.search(view, max(sentence_start, at - REACH), at)
        if before[0] == "set" or sets:  # 计划规定，到一九八五年，进出口贸易总额将达到八百五十五亿元: the plan's level
            cue, word, at = before if before[0] == "set" else ("set", sets.group(), sets.start())
    if cue == "plan" and word == "计划" and when != "past" and _plan_output(view, sentence_start, at, start):
        return "target"  # 计划规定一九五九年生产资料的生产增长百分之四十六, 明年能源生产计划增长0.9％: its output, aimed at
    if cue == "set":  # the plan's output is aimed at, its investment (基本建设总投资额拟定为…) is spent
        spends = SPENDING.search(view, max(sentence_start, at - 16), start if word == "计划规定" else at)
        cue = None if when == "past" else "plan" if spends else "target"
    if cue == "plan" and when == "now" and word in ("编列", "匡列", "增列"):
        cue = None  # 今年所編列預算超過1,100億元, 今年先編列50億元: this year's budget, enacted
    if (
        cue == "spend"
        and when == "now"
        and word == "预算"
        and (
            STATED.search(view, max(0, start - 4), start)
            or at + len(word) == start
            or STATED_NOW.search(view, max(at, start - 10), start)
        )
    ):
        cue = "result"  # 今年…一年预算为876亿元, 今年所编列预算超过1,100亿元: this year's budget, stated as what it is
    if (
        word == WEAK
        and when == "future"
        and OUTCOME.search(view, max(0, start - 6), start)
        and not SPENDING.search(view, sentence_start, start)
    ):
        return "target"  # 在校学生的人数将增长百分之一百二十七，在一九五七年达到四十三万四千人: an outcome aimed at
    if (
        cue == "spend"
        and when == "now"
        and word in ("补助", "补贴", "加码")
        and not FUNDS.match(view, at + len(word))
        and PER_HEAD.search(view, max(at - 12, scope_start(view, lo, start)), start)
    ):
        cue = None  # 现在政府补助私立大专院校学杂费每学年3万5,000元: a benefit paid this year is a policy in force
    if cue == "spend":  # 五年共安排3700多万人就业: what was arranged then happened
        cue = "plan" if when in ("now", "future") else None
    if (
        cue == "result"
        and when != "past"
        and PROPOSED.match(view, at + len(word))
        and MONEY.search(view, start, end)
        and (BILL_AFTER.match(view, end) or PROGRAM_AFTER.match(view, end))
    ):
        return (
            "plan"  # 上週已提出為期8年、400億美元的特別預算案, 已經提出「180億元農漁產業支持方案」: proposed, not spent
        )
    if cue in ("plan", "spend") and when in ("now", None) and SO_FAR.search(view, at + len(word), start):
        cue = None  # …的投入及患者的積極參與下，截至今年8月底，全國總計超過3,100家診所: what stands by then
    if when in ("now", "past") and CUT.search(view, max(sentence_start, start - 4), start) and not to_come:
        return "result"  # 总统府业务费被删减13%，并冻结70%: what the legislature cut or froze, done
    if cue == "spent":  # 已核定补助253件计画 for a span still running: what is spent already, done
        return "result"
    if cue == "result" and when == "future":
        cue = "forecast"  # 明年开始…长辈占人口数已经超过20%: a state to come, told as reached
    if cue == "aim":
        cue = "target" if when in ("now", "future") else None
    if cue == "hope":  # 他希望未来几年美国能…制造全球40%到50%的半导体: aimed at, with or without a year
        cue = None if when == "past" else "target"
    if cue == "target" and word != "目标" and CURRENT.search(view, max(at, start - 12), start):
        return "result"  # 希望能够降低目前暂行关税20%: the level now, which the aim would change (README round 9)
    if cue == "target" and PEOPLE.search(view, start, end) and WHO_AFTER.match(view, end):
        cue = None  # 希望2,300万人团结一致, 维护…2,350万人的生命财产安全: who the aim is for, not its level
    if cue == "target" and ITEMS.fullmatch(view, start, end) and not MADE.search(view, max(0, start - 8), start):
        return "result"  # 希望藉由5个不同领域的奖项, 在…等3个领域获得: what the aim speaks of, not its level
    if cue is None and when != "past" and MONEY.search(view, start, end) and PROGRAM_AFTER.match(view, end):
        cue = "plan"  # 政府启动930亿元产业支持方案
    share = word == "预计" and gdp_share  # 预计在2030年前达到GDP5%
    if when == "future" and (cue is None or cue == "forecast" and (word.startswith(("将达", "会达")) or share)):
        if BUDGET.search(view, sentence_start, start):  # 长照预算…明年更将达到超过1,100亿元: what it will spend
            return "target" if gdp_share else "plan"
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
    clause = clause_start(view, lo, start)
    yields = OUTPUT.search(view, clause, start) and not BUILDS.search(view, clause, start)
    if yields and when in (None, "now") and in_tasks:
        return "target"  # under 一九五九年…计划: 粮食总产量稳定在49250万吨, 生产一千八百万吨钢: this year's output, aimed at
    if when == "future":
        # output named earlier in its sentence counts too (明年原材料工业，钢产量3，500万吨，十种有色金属108万吨，水泥…)
        told = OUTPUT.search(view, sentence_start, start) and not BUILDS.search(view, sentence_start, start)
        if (yields or told) and not MONEY.search(view, start, end):
            return (
                "target"  # 发电量三千六百二十亿度 in 1985, 五年新增装机容量６５００万千瓦: the plan's output, aimed at
            )
        if GOAL_LATER.match(view, end) and not MONEY.search(view, start, end) and not COUNT.search(view, start, end):
            return "target"  # 2030年全球再生能源装置容量成长3倍，以及能源效率提升2倍等国际目标: a goal's level
        return "target" if REACHES.search(view, max(0, start - 4), start) else "plan"
    if when == "now" and in_tasks and not POLICY_AFTER.match(view, end):
        return "plan"  # 三、2014年重点工作 … 淘汰燃煤小锅炉5万台: this year's work, not its outcome
    return "result"


def _plan_output(view: str, sentence_start: int, at: int, start: int) -> bool:
    """Whether what the plan word at ``at`` sets for the figure at ``start`` is output (its sentence names what the
    economy yields, or 增产 follows the word), not money it spends or what it builds (README round 9: the plan's
    output is an outcome aimed at, a target)."""
    named = OUTPUT.search(view, sentence_start, start) or "增产" in view[at:start]
    return bool(named) and not BUILDS.search(view, clause_start(view, sentence_start, at), start)


def _put_forward(view: str, start: int, end: int, sentence_start: int) -> bool:
    """Money put forward in the figure's clause with no other cue between (提出约30亿元的治水计画), in a sentence
    that does not then say it passed."""
    if not MONEY.search(view, start, end):
        return False
    proposed = list(PUT_FORWARD.finditer(view, clause_start(view, max(sentence_start, start - REACH), start), start))
    if not proposed or nearest_cue(view, proposed[-1].end(), start)[0] is not None:
        return False
    stop = view.find("。", end)
    return not PASSED.search(view, end, stop if stop >= 0 else len(view))


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


#: A rank (第二, 第8) orders, an anniversary (建交70週年) counts years since: neither states a level planned or reached,
#: so neither has a stance (tests/facts_dev/README.md: ordinals and ranks are no figures).
_NO_STANCE_UNITS = frozenset(("周年", "週年"))


def has_stance(kind: str, unit: str | None) -> bool:
    """Whether a figure of this kind and unit states a level planned, forecast or reached at all."""
    return kind != "rank" and unit not in _NO_STANCE_UNITS


def restated(view: str, before_end: int, before_stance: str | None, start: int) -> str | None:
    """在一九五七年达到六千零二十三万人，即占全国学龄儿童的百分之七十以上: a figure that restates the one right before
    it (，即…) states the same level, with that one's stance (a base's restatement is decided on its own)."""
    if before_stance in (None, "base") or not RESTATES.fullmatch(view, before_end, start):
        return None
    return before_stance
