"""The date reader against Recognizers-Text's Chinese DateTime specs (``quality/date_specs.py``).

Public text nobody here tuned on: each share is held about two points under what was measured, so a
change that loses a form the specs show (a decade, a span of years, 去年5月) fails here.
"""

from __future__ import annotations

import pytest

from quality.date_specs import FILES, agrees, interval, share

#: Measured 2026-12-06 before any change: dates found 75.0% (21/28), periods found 72.1% (31/43), date value
#: 54.5% (18/33), period value 60.9% (28/46). After 后天/大后天/大前天, bare-year spans (2016-2018) and 2月29日
#: of a common year: 82.1% (23/28), 72.1% (31/43), 69.7% (23/33), 65.2% (30/46). After spaced 近 三 年, 2007年与2009年间,
#: 民国三年, 一月十日到十二日 and 2018/1/10-2018/7/10: periods found 79.1% (34/43), period value 80.4% (37/46).
FLOORS = {"dates found": 0.80, "periods found": 0.77, "date value": 0.67, "period value": 0.78}


@pytest.mark.corpus
@pytest.mark.parametrize("measure", list(FILES))
def test_date_spec_share_holds(measure, corpora, record_property):
    ratio, kept, failures, _ = share(corpora, measure)
    record_property(f"{measure}_share", round(ratio, 4))
    print(f"{measure}: {ratio:.1%} of {kept} cases")
    assert ratio >= FLOORS[measure], failures[:10]


def test_our_values_name_their_days():
    assert [str(d) for d in interval("2017-Q1")] == ["2017-01-01", "2017-04-01"]
    assert [str(d) for d in interval("2018-H2")] == ["2018-07-01", "2019-01-01"]
    assert [str(d) for d in interval("1950s")] == ["1950-01-01", "1960-01-01"]
    assert [str(d) for d in interval("2017-01/2017-09")] == ["2017-01-01", "2017-10-01"]
    assert interval("Y[-1]-07") is None and interval("2019-02-29") is None


def _result(start, end, timex=""):
    return {"Value": {"Timex": timex, "PastResolution": {"startDate": start, "endDate": end}}}


def test_a_range_agrees_by_its_days_not_its_wording():
    assert agrees("2018-04", _result("2018-04-01", "2018-05-01"), "2017-03-22")
    assert agrees("2016/2018", _result("2016-01-01", "2018-01-01"), "2017-03-22")  # their 从2016到2018
    assert agrees("2016/2017", _result("2016-01-01", "2018-01-01"), "2017-03-22")
    assert not agrees("2016/2019", _result("2016-01-01", "2018-01-01"), "2017-03-22")
    near = _result("2014-03-22", "2017-03-22", "(2014-03-22,2017-03-22,P3Y)")  # 近三年
    assert agrees("2015/2017", near, "2017-03-22") and agrees("2014/2016", near, "2017-03-22")
    assert not agrees("2014/2017", near, "2017-03-22")
    assert not agrees("2017", {"Value": {"Timex": "2017-SU", "PastResolution": {}}}, "2017-03-22")
