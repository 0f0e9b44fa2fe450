"""The roster's age goes beside the line where both fit whole, else under it: never cut, never over."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from kiosk.ui.side_line import LineWithSide


def test_the_side_text_sits_beside_when_it_fits_and_under_otherwise(qtbot) -> None:  # noqa: ANN001
    host = QWidget()  # a window of fixed size holding the line, as the top bar holds it
    qtbot.addWidget(host)
    host.resize(1000, 300)
    main, side, under = QLabel("Media entrance"), QLabel("Roster of 24 Nov 09:00 (serial 12)"), QLabel("Opening")
    line = LineWithSide(main, side, under=under, parent=host)
    host.show()
    line.setGeometry(0, 0, 1000, 200)
    qtbot.waitUntil(lambda: line.beside is True and side.geometry().bottom() < under.geometry().top())
    assert side.geometry().left() > main.geometry().left() + main.fontMetrics().horizontalAdvance(main.text())
    line.setGeometry(0, 0, 200, 200)
    qtbot.waitUntil(lambda: line.beside is False and side.geometry().top() >= under.geometry().bottom())  # own line
    line.setGeometry(0, 0, 1000, 200)
    qtbot.waitUntil(lambda: line.beside is True)
    main.setText("Media entrance · next session at 14:00 · " * 4)
    line.fit()  # a longer text: the side text moves under it
    assert line.beside is False
