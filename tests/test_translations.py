"""Translations: the Korean catalogue is complete and current, the compiled .qm files match
their .ts, no user-visible literal escapes tr(), and the Korean locale shows a Korean UI."""

from __future__ import annotations

import ast
import importlib.util
import re
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
# Modules whose strings reach the screen through Qt.
QT_FACING = ["main_window", "canvas", "panels", "plots", "workshop", "editing", "app.py",
             "i18n.py"]


def _tool():
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "tools" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or "", message.find("translation")))
    return found


def test_every_korean_message_is_translated():
    messages = _messages(TRANSLATIONS / "cjm_desktop_ko.ts")
    assert len(messages) > 100
    missing = [(ctx, src) for ctx, src, tr in messages
               if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished")
               or not (tr.text or "").strip()]
    assert missing == []


def test_korean_translations_keep_placeholders_and_accelerators():
    for context, source, translation in _messages(TRANSLATIONS / "cjm_desktop_ko.ts"):
        text = translation.text or ""
        wanted = sorted(re.findall(r"%\d", source))
        assert sorted(re.findall(r"%\d", text)) == wanted, (context, source, text)
        if re.search(r"&\w", source.replace("&&", "")):
            assert re.search(r"&\w", text.replace("&&", "")), (context, source, text)


@pytest.mark.processes  # a fresh interpreter or tool: run with -m processes
def test_catalogues_and_compiled_files_are_current():
    """The committed .ts equal a fresh lupdate of the sources, and each .qm equals a fresh
    lrelease of its .ts (byte for byte: file times after a clone prove nothing)."""
    tool = _tool()
    try:
        tool.qt_tool("lupdate")
    except FileNotFoundError:
        pytest.skip("pyside6-lupdate is not installed")
    assert tool.stale_files(TRANSLATIONS) == [], "run: python tools/update_translations.py"


@pytest.mark.processes  # a fresh interpreter or tool: run with -m processes
def test_each_qm_matches_a_fresh_lrelease_of_its_ts():
    tool = _tool()
    with tempfile.TemporaryDirectory() as tmp:
        for language in ("ko", "en"):
            ts = TRANSLATIONS / f"cjm_desktop_{language}.ts"
            qm = Path(tmp) / f"{language}.qm"
            tool.release(ts, qm)
            shipped = TRANSLATIONS / f"cjm_desktop_{language}.qm"
            assert shipped.read_bytes() == qm.read_bytes(), f"{shipped.name} is older than its .ts"


# ----- literals outside tr() ------------------------------------------------------------
TEXT_METHODS = {
    "setText": (0,), "setWindowTitle": (0,), "setToolTip": (0,), "setStatusTip": (0,),
    "setWhatsThis": (0,), "setPlaceholderText": (0,), "addAction": (0, 1), "addMenu": (0, 1),
    "setTitle": (0,), "showMessage": (0,), "addItem": (0,), "addItems": (0,),
    "setHeaderLabels": (0,), "setHorizontalHeaderLabels": (0,), "setVerticalHeaderLabels": (0,),
    "addTab": (1,), "setTabText": (1,), "setAccessibleName": (0,), "setAccessibleDescription": (0,),
    "addRow": (0,), "setLabelText": (0,), "setSuffix": (0,), "setPrefix": (0,),
    "setSpecialValueText": (0,), "setInformativeText": (0,), "setDetailedText": (0,),
    "setWindowIconText": (0,), "insertRow": (1,), "addButton": (0,), "setMarkdown": (0,),
    "setHtml": (0,),
}
TEXT_CONSTRUCTORS = {
    "QLabel": (0,), "QPushButton": (0, 1), "QAction": (0, 1), "QCheckBox": (0,),
    "QRadioButton": (0,), "QGroupBox": (0,), "QToolButton": (), "QMenu": (0,),
    "QDockWidget": (0,), "QCommandLinkButton": (0, 1),
}
MESSAGE_BOX = {"information", "warning", "critical", "question", "about"}


def _visible_literal(node: ast.AST) -> bool:
    """A string literal (or f-string / concatenation with literal words) a person would read."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(re.search(r"[^\W\d_]{2,}", node.value))
    if isinstance(node, ast.JoinedStr):
        return any(_visible_literal(v) for v in node.values)
    if isinstance(node, ast.BinOp):
        return _visible_literal(node.left) or _visible_literal(node.right)
    if isinstance(node, ast.List | ast.Tuple):
        return any(_visible_literal(e) for e in node.elts)
    return False


def untranslated_literals(source: str) -> list[tuple[int, str]]:
    """(line, code) of string literals handed to Qt text APIs without tr()."""
    lines = source.splitlines()
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        positions: tuple[int, ...] = ()
        if isinstance(func, ast.Attribute) and name in TEXT_METHODS:
            positions = TEXT_METHODS[name]
        elif name in TEXT_CONSTRUCTORS:
            positions = TEXT_CONSTRUCTORS[name]
        elif (isinstance(func, ast.Attribute) and name in MESSAGE_BOX
              and getattr(func.value, "id", "") == "QMessageBox"):
            positions = (1, 2)
        args = [node.args[i] for i in positions if i < len(node.args)]
        args += [k.value for k in node.keywords if k.arg in ("text", "title", "toolTip")]
        for arg in args:
            line = lines[arg.lineno - 1]
            if _visible_literal(arg) and "# notr" not in line:
                found.append((arg.lineno, line.strip()))
    return found


def test_the_checker_finds_a_literal_outside_tr():
    code = ('label = QLabel("Hello")\nbutton.setToolTip(self.tr("Fine"))\n'
            'menu.addAction(f"Open {name}")\nbox.setText("%1")\n'
            'QMessageBox.warning(self, "Oops", text)\nx.setText("Quiet")  # notr\n')
    assert [line for line, _code in untranslated_literals(code)] == [1, 3, 5]


def test_no_user_visible_literal_outside_tr():
    package = ROOT / "cjm_desktop"
    offenders = []
    for part in QT_FACING:
        base = package / part
        files = [base] if base.suffix == ".py" else sorted(base.rglob("*.py"))
        for path in files:
            for line, code in untranslated_literals(path.read_text(encoding="utf-8")):
                offenders.append(f"{path.relative_to(ROOT)}:{line}: {code}")
    assert offenders == []


# ----- the language at run time ---------------------------------------------------------
@pytest.fixture
def korean_ui(qapp):
    from cjm_desktop import app as app_module

    app_module.ensure_app()  # names the organisation QSettings files under
    QSettings().setValue("ui/language", "ko")
    app_module.ensure_app()
    yield
    QSettings().setValue("ui/language", "en")
    app_module.ensure_app()


def test_korean_setting_shows_korean_menus_and_qt_dialogs(qtbot, korean_ui):
    from cjm_desktop.app import create_main_window

    window = create_main_window()
    qtbot.addWidget(window)
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert any("파일" in t for t in titles), titles
    assert any("편집" in t for t in titles), titles
    assert any("도움말" in t for t in titles), titles
    # Qt's own strings (qtbase_ko) follow: the standard Cancel button.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "취소"
    # With no file the bundled sample opens in the interface language.
    assert window.document.journey.info.language == "ko"


def _reads_as_english(text: str) -> bool:
    """A text with Latin letters and no Hangul, once its access key ("(&L)", "&") is gone."""
    import re

    plain = re.sub(r"\(&\w\)|&", "", text)
    return bool(re.search("[A-Za-z]", plain)) and not re.search("[\uac00-\ud7a3]", plain)


@pytest.mark.parametrize("mode", ["save", "open"])
def test_qts_file_dialog_is_korean_in_every_label_and_button(qtbot, korean_ui, mode):
    """qtbase_ko.qm lacks two of the Qt 6 file dialog's labels; our catalogue has them
    (i18n.QT_GAPS). The dialog here is the one File ▸ Save as opens on Linux."""
    from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel

    dialog = QFileDialog(None, "", "", "여정 지도 (*.cjm.json)")
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if mode == "save"
                         else QFileDialog.AcceptMode.AcceptOpen)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    texts += [button.text() for button in dialog.findChildren(QAbstractButton)]
    texts += [button.toolTip() for button in dialog.findChildren(QAbstractButton)]
    shown = [text for text in texts if text]
    assert "다음에서 찾기(&L):" in shown and "파일 형식(&T):" in shown
    assert [text for text in shown if _reads_as_english(text)] == []


@pytest.mark.parametrize("which", ["print", "page set-up"])
def test_qts_print_dialogs_are_korean_in_every_label_and_button(qtbot, korean_ui, which):
    """Insights ▸ Print opens Qt's print dialog; its options and page set-up have three
    labels qtbase_ko.qm lacks (i18n.QT_GAPS). Paper names (A4, JIS B5, …) stay as named."""
    from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog, QPrinter
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabWidget

    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    dialog = QPrintDialog(printer) if which == "print" else QPageSetupDialog(printer)
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    texts += [button.text() for button in dialog.findChildren(QAbstractButton)]
    texts += [group.title() for group in dialog.findChildren(QGroupBox)]
    for tabs in dialog.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    shown = [text for text in texts if text]
    assert ("쪽 집합(&S):" if which == "print" else "장당 쪽 수(&P):") in shown
    assert [text for text in shown if _reads_as_english(text)] == []


def test_the_unsaved_changes_prompt_says_dont_save_in_korean(qtbot, korean_ui):
    """qtbase_ko.qm calls Discard "무시" (ignore); the prompt's button says what it does."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from cjm_desktop.app import create_main_window

    window = create_main_window()
    qtbot.addWidget(window)
    window.document.update_info({"title": "바뀐 제목"})
    seen: list[list[str]] = []

    def answer() -> None:  # closes the prompt before any check can fail (or it would hang)
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append([button.text() for button in box.buttons()])
        box.reject()  # Cancel

    QTimer.singleShot(0, answer)
    kept = window.files.maybe_save()
    window.document.undo_stack.setClean()  # closing the window asks nothing
    assert kept is False  # cancelled: the work stays
    assert seen and sorted(seen[0]) == sorted(["저장", "저장 안 함", "취소"])


def test_the_review_dates_calendar_speaks_the_interface_language(qtbot, korean_ui):
    """The date popup names months and weekdays in Korean for a Korean interface, whatever
    the system's locale (the test machine's is not Korean)."""
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QToolButton

    from cjm_desktop.app import create_main_window

    window = create_main_window()
    qtbot.addWidget(window)
    window.inspector_dock.show_ids([])
    date = window.inspector_dock.form.binding("info.review_date").widget
    calendar = date.calendarWidget()
    calendar.setCurrentPage(2026, 12)
    month = calendar.findChild(QToolButton, "qt_calendar_monthbutton")
    assert month.text() == "12월"
    assert calendar.locale().dayName(1) == "월요일"
    assert calendar.locale().toString(QDate(2026, 12, 3), "MMMM d일 dddd") == "12월 3일 목요일"


def test_the_preferences_hints_are_whole_in_korean(qtbot, korean_ui):
    """Each field's grey hint fits its field: the sync server's says what empty means."""
    from PySide6.QtWidgets import QLineEdit

    from cjm_desktop.main_window.preferences import PreferencesDialog

    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    hints = {field.placeholderText(): (field.fontMetrics().horizontalAdvance(
        field.placeholderText()), field.contentsRect().width() - 8)
        for field in dialog.findChildren(QLineEdit) if field.placeholderText()}
    assert "비워 두면 라이브 공유를 이 노트북이 맡습니다" in hints
    assert {hint: (need, room) for hint, (need, room) in hints.items() if need > room} == {}


@pytest.mark.parametrize(("language", "system", "expected"), [
    ("ko", "en_US", "ko_KR"),  # a Korean interface on an English system
    ("en", "ko_KR", "en_US"),  # an English interface on a Korean system
    ("en", "en_GB", "en_GB"),  # the system's territory kept when it speaks the language
    ("en", "C", "en_US"),
    ("ko", "ko_KR", "ko_KR"),
])
def test_widgets_use_the_locale_of_the_interface_language(language, system, expected):
    from PySide6.QtCore import QLocale

    from cjm_desktop.i18n import locale_for

    assert locale_for(language, QLocale(system)).name() == expected


def test_english_is_the_default_outside_a_korean_locale(qtbot):
    from PySide6.QtCore import QLocale

    from cjm_desktop.app import create_main_window
    from cjm_desktop.i18n import ui_language

    if QLocale.system().language() == QLocale.Language.Korean:
        pytest.skip("this machine runs a Korean locale")
    assert ui_language() == "en"
    window = create_main_window()
    qtbot.addWidget(window)
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert "File" in titles


def test_the_fallback_reads_its_catalogue_only_when_a_text_reaches_it(korean_ui):
    """A Korean start asks the fallback nothing but Qt's layout direction, so it parses the
    .ts catalogue later; a text whose run-time context lupdate could not see still
    finds its Korean translation by its source text alone."""
    from cjm_desktop.i18n import FallbackTranslator

    loads = []

    def load() -> dict[str, str]:
        loads.append(1)
        return {"&File": "파일(&F)"}

    fallback = FallbackTranslator(load)
    assert fallback.translate("QGuiApplication", "QT_LAYOUT_DIRECTION") is None
    assert not fallback.isEmpty() and loads == []
    assert fallback.translate("SomeSubclass", "&File") == "파일(&F)"
    assert fallback.translate("Other", "&Edit") is None and loads == [1]
    # and the installed one finds a real text under a context no catalogue entry has
    assert QCoreApplication.translate("NoSuchContext", "&File") == "파일(&F)"
