"""The library window in the interface's languages."""

from __future__ import annotations


def test_the_facts_tabs_kind_filter_speaks_the_interface_language(qapp, qtbot):
    """Seen in the window in zh_TW: the library's facts tab offered "All kinds", "Figures", "Money" … in English
    beside 指標（標籤詞） and 數值從: its table of kinds was looked up in another context than it was declared in."""
    from desktop.ui.library.facts_tab import FactsTab
    from desktop.ui.services import i18n

    i18n.install_translators(qapp, "zh_TW")
    try:
        tab = FactsTab()
        qtbot.addWidget(tab)
        shown = [tab.kind.itemText(i) for i in range(tab.kind.count())]
        assert shown[:3] == ["全部類型", "數字", "金額"]
    finally:
        i18n.install_translators(qapp, "en")
    tab.retranslate()
    assert tab.kind.itemText(0) == "All kinds"
