"""Labels in the wording of the work reports of every decade (sentences from reports outside tests/facts_dev)."""

from fact_readouts import labels as _labels


def test_acts_side_by_side_are_each_their_own_measure():
    got = _labels("推进燃煤电厂脱硫改造1500万千瓦、脱硝改造1.3亿千瓦、除尘改造1.8亿千瓦。")  # 2014
    assert got["1.8亿千瓦"] == "除尘改造"
    assert _labels("五年累计减税5.4万亿元、降费2.8万亿元。")["2.8万亿元"] == "降费"  # 2023
