"""Add to Glossary… for the facts table: a name (or a figure's label) and the English the app has for it."""

from __future__ import annotations

from PySide6.QtCore import QObject, QT_TRANSLATE_NOOP

from ...core.session import ReadingSession
from ..services.actions import ActionSpec, table
from ..services.window_services import WindowServices

NAME_KINDS = ("person", "organization", "place", "term")
_QUOTES = "“”「」『』《》\"'"

ACTIONS = table(
    "fact_glossary",
    "FactGlossary",
    actions=(
        ActionSpec(
            "add_fact_to_glossary",
            QT_TRANSLATE_NOOP("FactGlossary", "Add to &Glossary…"),
            ("Ctrl+Alt+G",),
            "facts",
            lambda c: c.add_selected(),
            separator_before=True,
        ),
    ),
)


def glossary_term(fact) -> tuple[str, str]:
    """``(term, kind)`` a fact offers the glossary: a name as written (a term without its quotes), or
    a figure's label; ``("", "")`` when it has neither."""
    if fact.kind in NAME_KINDS:
        text = fact.text.strip(_QUOTES) if fact.kind == "term" else fact.text
        return text.strip(), fact.kind
    return (fact.label or "").strip(), "term"


class FactGlossary(QObject):
    """The facts table's way into the team's glossary (the dialog is the services')."""

    def __init__(self, session: ReadingSession, services: WindowServices, panel) -> None:
        super().__init__(panel)
        self.session, self.services, self.panel = session, services, panel
        self.actions = services.build_actions(ACTIONS, self)
        self.action = self.actions["add_fact_to_glossary"]

    def add_selected(self):
        """Ask to add the selected fact's name or label; the saved entry, or None."""
        facts = self.panel.selected_facts()
        term, kind = glossary_term(facts[0]) if facts else ("", "")
        if not term:
            self.services.show_status(self.tr("Select a name, or a figure with a label, to add to the glossary"), 4000)
            return None
        from ...core.library.glossary import suggested_english
        from ..services.term_dialog import ask_to_add

        fact = facts[0]
        english = "" if fact.kind in NAME_KINDS else fact.english  # a name's ``english`` is its title's
        if not english:
            english = suggested_english(
                term, kind, str(fact.value or "") if kind in NAME_KINDS else "", self._gloss(term)
            )
        saved = ask_to_add(self.services.team_glossary, self.services.dialog_parent(), term, english, kind)
        if saved is not None:
            self.services.show_status(
                self.tr("%1 → %2 is in the glossary").replace("%1", saved.term).replace("%2", saved.english), 5000
            )
        return saved

    def _gloss(self, term: str) -> str | None:
        """The dictionary's short gloss, when its index is ready (never builds it here)."""
        try:
            dictionary = self.services.glossary()
            return dictionary.short_gloss(term) if dictionary.is_ready() else None
        except Exception:  # noqa: BLE001 - a prefill only: the dialog opens without it
            return None
