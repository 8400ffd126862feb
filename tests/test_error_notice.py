"""No exception hides in the running editor: an error inside a slot is logged to the app's
data folder, passed on to the previous hook, and shown once as a non-blocking notice."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from cjm_desktop.app import create_main_window
from cjm_desktop.main_window import error_notice


def _notices() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if w.objectName() == "errorNotice" and w.isVisible()]


def _boom() -> None:
    raise RuntimeError("a slot went wrong")


def test_an_error_in_a_slot_is_logged_and_shown_once_without_blocking(
        qtbot, tmp_path, slot_exceptions):
    window = create_main_window()
    qtbot.addWidget(window)
    window.show()
    log = tmp_path / "logs" / "errors.log"
    error_notice.install(log)
    QTimer.singleShot(0, _boom)
    qtbot.waitUntil(lambda: len(_notices()) == 1)
    notice = _notices()[0]
    assert not notice.isModal()
    assert notice.parent() is window
    assert str(log) in notice.text()
    assert "your work is safe" in notice.text()
    assert "RuntimeError: a slot went wrong" in log.read_text(encoding="utf-8")

    QTimer.singleShot(0, _boom)  # a second error: logged, no second notice
    qtbot.waitUntil(lambda: log.read_text(encoding="utf-8").count("a slot went wrong") == 2)
    QApplication.processEvents()
    assert len(_notices()) == 1
    # The previous hook (here the test's collector; stderr in the app) got both.
    assert [str(value) for _kind, value, _tb in slot_exceptions] == ["a slot went wrong"] * 2
    slot_exceptions.clear()


def test_the_log_goes_to_the_apps_data_folder(qapp):
    reporter = error_notice.install()
    assert reporter.log_path.parent == error_notice.log_folder()
    assert "CJM Desktop" in str(reporter.log_path)


def test_a_log_that_cannot_be_written_is_said_on_stderr(qapp, tmp_path, capsys,
                                                        slot_exceptions):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    reporter = error_notice.ErrorReporter(blocker / "errors.log", previous=None)
    try:
        raise ValueError("bad")
    except ValueError as error:
        reporter(type(error), error, error.__traceback__)
    err = capsys.readouterr().err
    assert "cannot write" in err and "ValueError: bad" in err


def test_run_gui_installs_the_reporter(qapp, tmp_path, monkeypatch):
    from cjm_desktop import app as app_module
    from cjm_desktop.files.templates import sample_path
    from cjm_desktop.main_window import welcome

    path = tmp_path / "map.cjm.json"
    path.write_bytes(sample_path("en").read_bytes())
    hooks = []

    def run_event_loop(_app) -> int:
        """Stands in for app.exec(): note the hook, close the window while run_gui runs."""
        hooks.append(sys.excepthook)
        for widget in QApplication.topLevelWidgets():
            widget.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", run_event_loop)
    monkeypatch.setattr(welcome, "welcome_at_start", lambda window, opened: False)
    assert app_module.run_gui(str(path)) == 0
    assert len(hooks) == 1 and isinstance(hooks[0], error_notice.ErrorReporter)
