#pragma once

#include <QObject>
#include <QString>
#include <cstdint>
#include <optional>

#include "app/edit/AutoComposer.h"

class QAction;
class QLabel;
class QMainWindow;
class QMenu;
class QWidget;

namespace banmian::app {

class PageDocument;

/// Edit → Auto-Compose the Page and Choose an Auto-Composed Layout…, composed on a worker
/// (AutoComposer) while the window goes on: the status bar says so, with a Cancel button (Esc).
/// What is found becomes the page as one undo step — only on the document it was composed from:
/// a page changed meanwhile (a block dragged, a story edited, an undo) is kept as the designer
/// left it, and the status bar says to compose again.
class ComposeActions : public QObject {
    Q_OBJECT

public:
    ComposeActions(QMainWindow& window, PageDocument& document);

    void addTo(QMenu& menu);

    /// The best layout found becomes the page.
    void autoCompose();
    /// The three best layouts side by side (LayoutChoiceDialog); the one taken becomes the page.
    void chooseLayout();
    /// Composes `document` — the window's with what an action brings to it (the day's photos) —
    /// and makes it the window's, with its best layout, as one undo step named `undoText`; the
    /// status bar then says `summary` and what the page's measure found. A search under way is
    /// abandoned for it: the designer's latest word wins. Refused (false) while a chooser is open.
    bool composeWith(layout::Document document, const QString& undoText, const QString& summary);
    /// Abandons the search under way: the page stays as it is.
    void cancel();
    /// A search under way; asking for another meanwhile is ignored (the actions are disabled).
    bool isComposing() const { return m_composer->isRunning(); }
    /// The status bar's "composing" note and its Cancel button: shown while a search runs.
    QWidget* progress() const { return m_progress; }
    AutoComposer& composer() const { return *m_composer; }

signals:
    /// A search ended: its page applied, chosen or declined, dropped as stale, or refused.
    void finished();

private:
    void start(int count);
    void composed(const AutoComposer::Layouts& layouts);
    void showComposing(bool composing);
    // Whether the document is still the one the search was given; says so when it is not.
    bool stillCurrent();

    QMainWindow& m_window;
    PageDocument& m_document;
    AutoComposer* m_composer;
    QWidget* m_progress;
    QAction* m_autoCompose = nullptr;
    QAction* m_choose = nullptr;
    QAction* m_cancel;
    int m_count = 1;               // layouts asked for: 1 applies the best, 3 offers a choice
    std::uint64_t m_revision = 0;  // the document's when the search started
    // What the search composes for, when not the window's document as it is (composeWith), the
    // undo step's name and what the status bar says before the measure.
    std::optional<layout::Document> m_pending;
    QString m_undoText;
    QString m_summary;
    bool m_choosing = false;  // the chooser is open: its layouts are for the document as it is
};

}  // namespace banmian::app
