#pragma once

#include <QObject>
#include <QString>
#include <optional>

#include "layout/model/ProofMark.h"

class QAction;
class QMainWindow;
class QMenu;

namespace banmian::app {

class MarksPanel;
class PageDocument;
class PageView;

/// The proofreader's part of the window: the Proof menu (proof mode, the marks of GB/T 14706,
/// the proofreader's name), the marks dock beside the page, and the page view and the list kept
/// showing the same mark.
class ProofActions : public QObject {
    Q_OBJECT

public:
    ProofActions(QMainWindow& window, PageDocument& document, PageView& view);

    QMenu* menu() const { return m_menu; }
    QAction* proofModeAction() const { return m_proofMode; }
    MarksPanel* panel() const { return m_panel; }
    /// File → Import Proof Marks…: a proof PDF a proofreader annotated in any viewer, read in.
    QAction* importMarksAction() const { return m_importMarks; }

    /// Reads the annotated proof at `pdfPath` into the page as one undo step: the summary (said
    /// in the status bar), or why the PDF is refused (said in a message box), nothing changed.
    void importProofMarksFrom(const QString& pdfPath);

    /// Marks the text selected on the page with `kind`: `correction` is the text to insert or
    /// put in place, the face, the question or the comment; `pivot` splits a transposition. The
    /// message when there is nothing to mark.
    std::optional<QString> markSelection(layout::MarkKind kind, const QString& correction = {},
                                         std::size_t pivot = 0);

    /// The Proof menu's round and sign-off actions (for tests: triggered as the editor does).
    QAction* nextRoundAction() const { return m_nextRound; }
    QAction* signOffAction() const { return m_signOff; }
    QAction* liftAction() const { return m_lift; }

private:
    // Asks what the mark needs (text, face, where to split) and marks; nothing when cancelled.
    void askAndMark(layout::MarkKind kind);
    void askProofreaderName();
    /// The newsroom's list of known mistakes every page's hints look for, in the settings.
    void chooseNewsroomList();
    void chooseProofToImport();
    void showContextMenu(const QPoint& at);
    // The rounds, the sign-off, 核红 and merging (issue 19), each asking what it needs first.
    void askNextRound();
    void askSignOff();
    void askLift();
    void showRedCheck();
    void askMerge();
    void updateRoundActions();

    QMainWindow& m_window;
    PageDocument& m_document;
    PageView& m_view;
    QMenu* m_menu;
    QAction* m_proofMode;
    QAction* m_importMarks;
    MarksPanel* m_panel;
    QAction* m_nextRound = nullptr;
    QAction* m_signOff = nullptr;
    QAction* m_lift = nullptr;
};

}  // namespace banmian::app
