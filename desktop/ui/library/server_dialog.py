"""File ▸ Open Server Library…: a library a team shares on a PostgreSQL server.

The dialog builds a ``postgresql://user@host:port/database`` URL (or takes one pasted whole). A
password never goes into the settings or the URL that Recent Libraries keeps: with "Remember"
it is kept in the system keyring, or where there is none in ``~/.pgpass`` (as PostgreSQL's own
tools keep it); otherwise it lives in memory for this session only.
"""

from __future__ import annotations

from urllib.parse import quote

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)


class ServerDialog(QDialog):
    """``url()`` (no password in it) once accepted; the password is remembered or kept for the session."""

    def __init__(self, parent=None, last_url: str = "") -> None:
        super().__init__(parent)
        self.pasted = QLineEdit(self)
        self.host = QLineEdit(self)
        self.port = QSpinBox(self)
        self.database = QLineEdit(self)
        self.user = QLineEdit(self)
        self.password = QLineEdit(self)
        self.remember = QCheckBox(self)
        self.preview = QLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Open | QDialogButtonBox.Cancel, self)
        self._setup_ui()
        if last_url:
            self._fill_from(last_url)

    # -- public API -------------------------------------------------------------------------------
    def url(self) -> str:
        """The server library's URL, without a password."""
        from ...core.library.pg_url import redacted
        from ...core.library.store import is_url

        pasted = self.pasted.text().strip()
        if is_url(pasted):
            return redacted(pasted)
        host = self.host.text().strip() or "localhost"
        user = quote(self.user.text().strip(), safe="")
        database = quote(self.database.text().strip(), safe="")
        if host.startswith("/"):  # a Unix socket folder
            return f"postgresql://{user}{'@' if user else ''}/{database}?host={quote(host, safe='/')}&port={self.port.value()}"
        return f"postgresql://{user}{'@' if user else ''}{host}:{self.port.value()}/{database}"

    def password_given(self) -> str:
        """The password typed (or pasted in the URL), "" when none."""
        from ...core.library.pg_url import password_in

        return self.password.text() or password_in(self.pasted.text().strip()) or ""

    def keep_password(self) -> str:
        """Store or hold the password for the chosen URL; returns where it went ("" when none was given)."""
        from ...core.library import pg_url

        password = self.password_given()
        if not password:
            return ""
        if self.remember.isChecked():
            return pg_url.remember_password(self.url(), password)
        pg_url.hold_password(self.url(), password)
        return "session"

    def retranslate(self) -> None:
        from ...core.library.pg_url import password_store

        self.setWindowTitle(self.tr("Open Server Library"))
        self.pasted.setPlaceholderText(self.tr("postgresql://user@host/database (or fill in the fields below)"))
        self.database.setPlaceholderText(self.tr("the team's library database"))
        self.password.setPlaceholderText(self.tr("not needed when the server trusts this computer"))
        where = password_store()
        where = self.tr("the system keyring") if where == "keyring" else where
        self.remember.setText(self.tr("Remember the password (in %1, never in the settings)").replace("%1", where))
        for label, text in zip(
            self._labels,
            (
                self.tr("URL:"),
                self.tr("Server:"),
                self.tr("Port:"),
                self.tr("Database:"),
                self.tr("User:"),
                self.tr("Password:"),
            ),
        ):
            label.setText(text)
        self._update_preview()

    # -- set-up -----------------------------------------------------------------------------------
    def _setup_ui(self) -> None:
        self.setObjectName("serverLibraryDialog")
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self._labels = []
        for widget in (self.pasted, self.host, self.port, self.database, self.user, self.password):
            self._labels.append(QLabel(self))
            form.addRow(self._labels[-1], widget)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(self.preview)
        layout.addWidget(self.buttons)
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.host.setText("localhost")
        self.password.setEchoMode(QLineEdit.Password)
        self.preview.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.preview.setWordWrap(True)
        for field in (self.pasted, self.host, self.database, self.user):
            field.textChanged.connect(self._update_preview)
        self.port.valueChanged.connect(self._update_preview)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()

    def _fill_from(self, url: str) -> None:
        from urllib.parse import parse_qsl, unquote, urlsplit

        parts = urlsplit(url)
        query = dict(parse_qsl(parts.query))
        self.host.setText(parts.hostname or query.get("host", "localhost"))
        self.port.setValue(int(parts.port or query.get("port") or 5432))
        self.database.setText(unquote(parts.path.lstrip("/")))
        self.user.setText(unquote(parts.username or ""))

    def _update_preview(self) -> None:
        ok = bool(self.pasted.text().strip() or self.database.text().strip())
        self.buttons.button(QDialogButtonBox.Open).setEnabled(ok)
        self.preview.setText(self.url() if ok else "")
