"""Test set-up: Qt runs offscreen, settings and app data go to a throwaway folder, and no
exception raised inside a Qt slot, event handler or timer goes unnoticed.

Qt calls Python slots, overridden event handlers and timer callbacks from C++; an exception
there cannot propagate to the test, so PySide6 hands it to ``sys.excepthook`` and carries on.
The autouse fixture ``slot_exceptions`` installs a collecting hook for every test (with or
without qtbot) and the test fails when any was collected: in the call phase (hook below)
or, for exceptions during fixture teardown, at teardown. pytest-qt's own capture does the
same for the call phase; it is switched off in pyproject.toml (``qt_no_exception_capture``)
so there is one mechanism, which also sees what the app's own hook
(``main_window/error_notice.py``, chained to the previous hook) passes on. A test that
provokes an exception on purpose takes the ``slot_exceptions`` list, checks it and clears
it. Exceptions in other threads and unraisable ones fail the test through pytest's own
warnings, made errors in pyproject.toml.
"""

from __future__ import annotations

import os
import sys
import traceback

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import pytest  # noqa: E402

_CAUGHT = pytest.StashKey[list]()


def _process_qt_events() -> None:
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        app.processEvents()


def _fail_if_caught(caught: list, when: str) -> None:
    if not caught:
        return
    text = "".join("".join(traceback.format_exception(kind, value, tb))
                   for kind, value, tb in caught)
    caught.clear()
    pytest.fail(f"{when}: an exception was raised inside a Qt slot, event handler or timer "
                f"(it would only reach stderr in the app):\n{text}", pytrace=False)


@pytest.fixture(autouse=True)
def slot_exceptions(request):
    """Collect every exception Qt hands to ``sys.excepthook`` during the test; fail if any."""
    import threading

    caught: list = []
    previous, previous_thread_hook = sys.excepthook, threading.excepthook

    def collect(kind, value, tb) -> None:
        caught.append((kind, value, tb))
        sys.stderr.write("".join(traceback.format_exception(kind, value, tb)))

    sys.excepthook = collect
    request.node.stash[_CAUGHT] = caught
    try:
        yield caught
        _process_qt_events()
    finally:
        # Also drops any hook the app under test installed (app.run_gui does).
        sys.excepthook, threading.excepthook = previous, previous_thread_hook
    _fail_if_caught(caught, "teardown")


def pytest_collection_finish(session):
    """What collection built (modules, test items) lives until the run ends: leave it out
    of every later garbage collection, which would otherwise walk it again and again."""
    import gc

    gc.freeze()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    result = yield
    caught = item.stash.get(_CAUGHT, None)
    if caught:
        _process_qt_events()
        _fail_if_caught(caught, "test")
    return result


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory, monkeypatch):
    """Each test gets its own QSettings/app-data home so nothing leaks between tests."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    # A change on disk is looked at after 40 ms instead of 250 (file_watch.py's seam): the
    # same path through the watcher, less waiting in every test of an outside change.
    monkeypatch.setenv("CJM_DESKTOP_WATCH_SETTLE_MS", "40")
    # Qt keeps the settings folder it found first for the whole process: point it anew.
    from PySide6.QtCore import QSettings

    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(home / ".config"))
    yield


@pytest.fixture(autouse=True)
def _close_windows_after_each_test(slot_exceptions):  # torn down first: its errors count
    """Close and delete every window a test left open, so later tests (and app-wide
    palette or style changes) never have to repolish hundreds of stale widgets."""
    yield
    import sys

    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    for widget in QApplication.topLevelWidgets():
        document = getattr(widget, "document", None)
        stack = getattr(document, "undo_stack", None)
        if stack is not None:
            stack.setClean()  # closing must not stop on the unsaved-changes prompt
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
