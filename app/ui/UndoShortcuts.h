#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace banmian::app {

/// Undo and redo as a designer reaches for them, from anywhere in `window`: Ctrl+Z; Ctrl+Y beside
/// the platform's redo (Ctrl+Shift+Z on Linux), as Windows-trained hands expect; and from a field
/// of the Properties panel too. A spin box or a list box there takes Ctrl+Z for itself (its own
/// text's undo), while what it changed is already a step of the page's undo stack: the shortcut
/// goes to the page instead.
class UndoShortcuts : public QObject {
    Q_OBJECT

public:
    UndoShortcuts(QWidget& window, QAction& undo, QAction& redo);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget& m_window;
    QAction& m_undo;
    QAction& m_redo;
};

}  // namespace banmian::app
