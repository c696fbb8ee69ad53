"""The Value column: exact machine numbers and readable human ones."""

from __future__ import annotations

import pytest

from desktop.core.export import fact_year, format_value, format_value_machine, plain_decimal, value_sort_key
from desktop.core.facts import Fact


def fact(value, unit=None, qualifier=None, *, text="x", sentence="", kind="quantity") -> Fact:
    return Fact(kind, text, 0, len(text), value, unit, qualifier, "", sentence, "", "")


@pytest.mark.parametrize(
    "value, unit, qualifier, shown",
    [
        (54530000000, "CNY", None, "54.53 billion CNY"),
        (284590000000, "CNY", None, "284.59 billion CNY"),
        (247000000, "CNY", None, "247 million CNY"),
        (2.6e12, "CNY", None, "2.6 trillion CNY"),
        (6e11, "TWD", None, "600 billion TWD"),
        (8.6, "%", None, "8.6%"),
        (7, "%", "≈", "≈ 7%"),
        (1500, "%", None, "1,500%"),
        ([7, 8], "%", None, "7–8%"),
        ([1.2e9, 1.5e9], "USD", None, "1.2–1.5 billion USD"),
        (500000, None, ">", "> 500,000"),
        (100000, "字", "+", "100,000+ 字"),
        (3580, "家", None, "3,580 家"),
        (1 / 3, None, None, "0.333333"),
        (-5, "人", None, "-5 人"),
        (0, "%", None, "0%"),
        (1e40, "CNY", None, "10,000,000,000,000,000,000,000,000,000 trillion CNY"),
        ("2022-08-30", None, None, "2022-08-30"),
        (None, None, None, ""),
    ],
)
def test_readable_value(value, unit, qualifier, shown):
    assert format_value(fact(value, unit, qualifier)) == shown


@pytest.mark.parametrize(
    "value, machine",
    [
        (54530000000, "54530000000"),
        (54530000000.0, "54530000000"),
        (6e11, "600000000000"),
        (2.5e12, "2500000000000"),
        (8.6, "8.6"),
        (1e-7, "0.0000001"),
        (-0.5, "-0.5"),
        (1 / 3, "0.3333333333333333"),
        ([7, 8], "7–8"),
        ("2021-H1", "2021-H1"),
        (None, ""),
        (float("nan"), ""),
    ],
)
def test_machine_value_is_a_plain_decimal(value, machine):
    assert format_value_machine(fact(value)) == machine


def test_machine_value_parses_back_to_the_same_number():
    for value in (54530000000, 0.1 + 0.2, 1 / 7, 123456789.125, 1e20):
        text = plain_decimal(value)
        assert "e" not in text.lower() and "," not in text
        assert float(text) == value


def test_seed_figures_never_print_float_noise(seed_facts):
    shown = {f.text: format_value(f) for f in seed_facts}
    assert shown["545.3亿元"] == "54.53 billion CNY"
    assert shown["2845.9亿元"] == "284.59 billion CNY"
    assert shown["2.47亿元"] == "247 million CNY"
    assert shown["10余万字"] == "100,000+ 字"


def test_unit_follows_the_display_script_but_currency_codes_do_not():
    def to_trad(s):
        return s.replace("个", "個")

    assert format_value(fact(20, "个"), to_trad) == "20 個"
    assert format_value(fact(5, "CNY"), lambda s: s.lower()) == "5 CNY"


def test_sort_key_orders_numbers_then_dates_then_names():
    facts = [fact(None), fact("2021-01-01"), fact([7, 8]), fact(1e9), fact(-3)]
    ordered = sorted(facts, key=value_sort_key)
    assert [f.value for f in ordered] == [-3, [7, 8], 1e9, "2021-01-01", None]


def test_year_of_a_fact(seed_facts):
    by_text = {f.text: f for f in seed_facts}
    assert fact_year(by_text["545.3亿元"]) == "2021"
    assert fact_year(by_text["8.6%"]) == ""  # 今年上半年: no year written
    assert fact_year(fact("2022-08-30", kind="date")) == "2022"
    assert fact_year(fact(1, text="3万", sentence="2019年有1万,2020年有3万,2021年更多")) == "2020"
