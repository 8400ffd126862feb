"""The emotion curve's legend wraps: many personas never widen the window past the screen,
and every entry stays whole and apart from the others at any width."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from window_helpers import window_fixture  # noqa: F401 (the ``window`` fixture)

from cjm_desktop.main_window import plot_feature

NAMES = ("김지연 (대학생)", "박민수 (직장인)", "이수진 (프리랜서)", "최현우 (자영업)",
         "정다은 (주부)", "강태호 (은퇴자)", "윤서아 (고등학생)", "Jordan Miller (nurse)")


def _entries(plot):
    return [w for w in (*plot.checks.values(), plot.to_be_check, plot.key) if w.isVisible()]


def _assert_whole_and_apart(plot) -> None:
    entries = _entries(plot)
    inside = plot.rect()
    for entry in entries:
        box = entry.geometry()
        assert inside.contains(box), (entry, box, inside)
        assert box.width() >= entry.minimumSizeHint().width()  # nothing of its text cut
    for i, a in enumerate(entries):
        for b in entries[i + 1:]:
            assert not a.geometry().intersects(b.geometry()), (a, b)


def test_many_personas_wrap_the_legend_and_leave_the_window_its_width(window):
    for name in NAMES:
        window.document.add_persona(name)
    QApplication.processEvents()
    width = window.width()
    plot = plot_feature.ensure_plot(window)
    QApplication.processEvents()

    assert window.width() == width  # the plot's minimum is one entry, not the whole row
    assert plot.minimumSizeHint().width() < 400
    rows = {entry.geometry().top() for entry in _entries(plot)}
    assert len(rows) > 1  # ten personas do not fit one row of this window
    _assert_whole_and_apart(plot)
    # the chart under the rows keeps its height: the stage names under it are not cut off
    assert plot.plot_widget.height() >= plot.plot_widget.minimumHeight()


def test_the_legend_takes_as_many_rows_as_the_width_needs(qtbot):
    from cjm_desktop.editing import Document
    from cjm_desktop.files.templates import load_sample
    from cjm_desktop.plots.emotion_plot import EmotionPlot

    document = Document(load_sample("ko"))
    for name in NAMES[:3]:
        document.add_persona(name)
    plot = EmotionPlot(document)
    qtbot.addWidget(plot)
    plot.show()
    rows = []
    for width in (1600, 700, 300):
        plot.resize(width, 420)
        QApplication.processEvents()
        _assert_whole_and_apart(plot)
        assert plot.plot_widget.height() >= plot.plot_widget.minimumHeight()
        rows.append(len({entry.geometry().top() for entry in _entries(plot)}))
    assert rows[0] == 1 and rows[0] < rows[1] < rows[2]
