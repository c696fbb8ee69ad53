"""One numeral grammar: the facts panel and the English figure check read every Chinese numeral alike.

Issue 11: ``core/translate/figures.py`` had a parser of its own (两千四百五 → 2405,
一万三 → 10003, 四万万 → 50000), so a correct English sentence was underlined as
changing a figure. Both now call :func:`facts.numerals.parse_number`.
"""

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.facts.numerals import parse_number
from desktop.core.translate.figures import chinese_figures, figures_mismatch

DIGITS = "零一二三四五六七八九"


def _section(n: int) -> str:
    """0 < n < 10000 in standard form (一千零二十, 三百零五)."""
    out, zero = [], False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // value % 10
        if d:
            if zero and out:
                out.append("零")
            out.append(DIGITS[d] + unit)
            zero = False
        else:
            zero = True
    return "".join(out)


def write(n: int) -> str:
    """``n`` written in Chinese numerals, standard grammar (亿 and 万 sections, 零 for gaps)."""
    if n == 0:
        return "零"
    parts = []
    for scale, unit in ((10**8, "亿"), (10**4, "万"), (1, "")):
        section = n // scale % 10**4 if scale > 1 else n % 10**4
        if scale == 10**8:
            section = n // scale
        if section:
            if parts and (section < 1000):
                parts.append("零")
            parts.append((write(section) if section >= 10**4 else _section(section)) + unit)
        elif parts and parts[-1] != "零" and n % scale:
            parts.append("零")
    text = "".join(parts).rstrip("零")
    return text[1:] if text.startswith("一十") else text


@settings(max_examples=400, deadline=None)
@given(st.integers(min_value=2, max_value=10**12))  # a lone 一 before 个 is "a", not a figure
def test_both_readers_agree_on_every_written_number(n):
    written = write(n)
    assert parse_number(written) == n, written
    figures = chinese_figures(written + "个")
    assert figures and figures[0][1] == n, (written, figures)


def test_the_colloquial_forms_the_issue_names():
    for written, value in (("两千四百五", 2450), ("一万三", 13000), ("四万万", 4 * 10**8), ("三千零五", 3005)):
        assert parse_number(written) == value
        assert chinese_figures(written)[0][1] == value


def test_a_correct_translation_is_not_flagged():
    assert figures_mismatch("销售两千四百五十万元。", "Sales were 24.5 million yuan.") == []
    assert figures_mismatch("人口四万万。", "A population of 400 million.") == []
    assert figures_mismatch("一万三千人。", "13,000 people.") == []
