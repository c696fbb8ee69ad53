"""parse_number on isolated numeral spans: the forms the issue lists, checked by value."""

import pytest

from desktop.core.facts import parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,600", 1600),
        ("3,500", 3500),
        ("２７，２０３", 27203),
        ("2.3", 2.3),
        ("１１.92亿", 1.192e9),
        ("十余万", 100000),
        ("两千", 2000),
        ("一千零十", 1010),
        ("三分之一", 1 / 3),
        ("百分之八", 0.08),
        ("1.5万", 15000),
        ("2.6万亿", 2.6e12),
        ("6千億", 6e11),
        ("2.5兆", 2.5e12),
        ("1/3", 1 / 3),
        ("两千四百五", 2450),
        ("一万三", 13000),
        ("四万万", 4e8),
        ("五亿零六", 500000006),
        ("百三", 130),
        ("肆佰陸拾", 460),
        ("负三十二", -32),
        ("二〇二二", 2022),
        ("3万4000", 34000),
        ("一百零十万", 1100000),
        ("8%", 0.08),
        ("2e5", 200000),
        ("五十打", 600),
        ("三百五又三分之一", 350 + 1 / 3),
    ],
)
def test_numeral_values(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "万", "万万", "abc", "五十千", "统一"])
def test_non_numerals_are_none(text):
    assert parse_number(text) is None


def test_float_noise_is_rounded_away():
    # 1.1 * 1e8 is 110000000.00000001 in binary floating point; a reader copies 110000000.
    assert parse_number("1.1亿") == 110000000
