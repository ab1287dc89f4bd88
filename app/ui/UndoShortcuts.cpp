#include "app/ui/UndoShortcuts.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QWidget>

namespace banmian::app {
namespace {

// The widget that takes Ctrl+Z for itself and is an editor of a page's figure: a spin box (its
// line edit is inside it) or a list box, not a text field, whose typing keeps its own undo.
bool isFigureField(const QWidget* focus) {
    for (const QWidget* w = focus; w; w = w->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox*>(w) || qobject_cast<const QComboBox*>(w))
            return true;
    }
    return false;
}

bool matches(const QKeyEvent& key, const QAction& action) {
    const QKeySequence pressed(key.keyCombination());
    for (const QKeySequence& shortcut : action.shortcuts()) {
        if (shortcut == pressed) return true;
    }
    return false;
}

}  // namespace

UndoShortcuts::UndoShortcuts(QWidget& window, QAction& undo, QAction& redo)
    : QObject(&window), m_window(window), m_undo(undo), m_redo(redo) {
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    const QKeySequence ctrlY(Qt::CTRL | Qt::Key_Y);
    if (!redoKeys.contains(ctrlY)) redoKeys << ctrlY;
    m_redo.setShortcuts(redoKeys);
    qApp->installEventFilter(this);
}

bool UndoShortcuts::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::ShortcutOverride) return false;
    auto* focus = qobject_cast<QWidget*>(watched);
    if (!focus || focus->window() != &m_window || !isFigureField(focus)) return false;
    const auto* key = static_cast<QKeyEvent*>(event);
    // Not passed on, and left unaccepted: the field does not claim the keys, and the window's
    // Undo or Redo action takes them.
    return matches(*key, m_undo) || matches(*key, m_redo);
}

}  // namespace banmian::app
