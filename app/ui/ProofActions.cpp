#include "app/ui/ProofActions.h"

#include <QPushButton>

#include <QMessageBox>

#include <QFileDialog>

#include <QAction>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

#include "app/edit/PageDocument.h"
#include "app/edit/ProofRounds.h"
#include "app/edit/Proofreading.h"
#include "app/ui/MarksPanel.h"
#include "app/ui/RedCheckDialog.h"
#include "app/view/PageView.h"
#include "layout/base/Utf8.h"
#include "layout/model/DocumentText.h"
#include "layout/proof/KnownMistakes.h"
#include "layout/proof/Rounds.h"

namespace banmian::app {

namespace {

// Where a transposition may split `text`: after each of its characters but the last.
std::vector<std::size_t> splitPoints(const std::string& text) {
    std::vector<std::size_t> points;
    for (std::size_t i = 1; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) points.push_back(i);
    }
    return points;
}

}  // namespace

ProofActions::ProofActions(QMainWindow& window, PageDocument& document, PageView& view)
    : QObject(&window), m_window(window), m_document(document), m_view(view) {
    m_menu = window.menuBar()->addMenu(tr("&Proof"));
    m_proofMode = m_menu->addAction(tr("&Proof Mode"));
    m_proofMode->setCheckable(true);
    m_proofMode->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_proofMode->setToolTip(tr("Select text on the page to mark it; blocks stay where they are"));
    connect(m_proofMode, &QAction::toggled, &m_view, &PageView::setProofMode);
    m_menu->addSeparator();

    using K = layout::MarkKind;
    const std::pair<K, QKeySequence> marks[] = {
            {K::Delete, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X)},
            {K::Insert, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)},
            {K::Replace, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)},
            {K::Transpose, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)},
            {K::Style, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)},
            {K::Query, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q)},
            {K::Comment, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)},
    };
    for (const auto& [kind, keys] : marks) {
        QAction* action = m_menu->addAction(kindName(kind) + QStringLiteral("…"));
        action->setShortcut(keys);
        action->setEnabled(false);
        connect(action, &QAction::triggered, this, [this, kind = kind] { askAndMark(kind); });
        connect(&m_view, &PageView::textSelectionChanged, action,
                [this, action] { action->setEnabled(m_view.textSelection().has_value()); });
    }
    m_menu->addSeparator();
    m_nextRound = m_menu->addAction(tr("Open the Next &Round…"), this, &ProofActions::askNextRound);
    m_signOff = m_menu->addAction(tr("&Sign the Page Off…"), this, &ProofActions::askSignOff);
    m_lift = m_menu->addAction(tr("&Lift the Sign-off…"), this, &ProofActions::askLift);
    m_menu->addAction(tr("&Check the Red (核红)…"), this, &ProofActions::showRedCheck);
    m_menu->addAction(tr("&Merge Marks from a Copy…"), this, &ProofActions::askMerge);
    connect(&m_document, &PageDocument::changed, this, &ProofActions::updateRoundActions);
    updateRoundActions();
    m_menu->addSeparator();
    m_menu->addAction(tr("Proofreader &Name…"), this, &ProofActions::askProofreaderName);
    m_menu->addAction(tr("Newsroom's &Known Mistakes…"), this, &ProofActions::chooseNewsroomList);
    m_importMarks = new QAction(tr("Import Proof &Marks…"), this);
    m_importMarks->setStatusTip(
            tr("Read the marks a proofreader made on a proof PDF in any PDF viewer into the page"));
    connect(m_importMarks, &QAction::triggered, this, &ProofActions::chooseProofToImport);

    m_panel = new MarksPanel(m_document);
    m_panel->setObjectName(QStringLiteral("marksPanel"));
    auto* dock = new QDockWidget(tr("Proof Marks"), &m_window);
    dock->setObjectName(QStringLiteral("marks"));
    dock->setWidget(m_panel);
    m_window.addDockWidget(Qt::BottomDockWidgetArea, dock);
    m_menu->addAction(dock->toggleViewAction());

    // The list and the page show the same mark.
    connect(m_panel, &MarksPanel::markSelected, &m_view, &PageView::showMark);
    connect(&m_view, &PageView::markClicked, m_panel, &MarksPanel::selectMark);
    connect(m_panel, &MarksPanel::hintsVisible, &m_view, &PageView::setHintsVisible);
    connect(m_panel, &MarksPanel::message, &m_window,
            [this](const QString& text) { m_window.statusBar()->showMessage(text, 6000); });

    m_view.setContextMenuPolicy(Qt::CustomContextMenu);
    connect(&m_view, &QWidget::customContextMenuRequested, this, &ProofActions::showContextMenu);
}

std::optional<QString> ProofActions::markSelection(layout::MarkKind kind, const QString& correction,
                                                   std::size_t pivot) {
    const auto selection = m_view.textSelection();
    if (!selection) return tr("Select text on the page first (Proof → Proof Mode)");
    layout::TextRange range = *selection;
    using K = layout::MarkKind;
    if (kind == K::Insert) {
        range.begin = range.end;  // inserted after what is selected, at the caret
    } else if (range.empty()) {
        return tr("Select the characters to mark: drag across them, or double-click a word");
    }
    if ((kind == K::Insert || kind == K::Replace) && correction.isEmpty())
        return tr("Type the text to put in");
    addMark(m_document, kind, range, correction, pivot);
    return std::nullopt;
}

void ProofActions::askAndMark(layout::MarkKind kind) {
    const auto selection = m_view.textSelection();
    if (!selection) return;
    const std::string selected =
            layout::DocumentText(m_document.document().stories).textOf(*selection);
    QString correction;
    std::size_t pivot = 0;
    bool ok = true;
    using K = layout::MarkKind;
    switch (kind) {
        case K::Delete:
            break;
        case K::Insert:
            correction = QInputDialog::getText(&m_window, tr("Insert"), tr("Text to insert:"),
                                               QLineEdit::Normal, {}, &ok);
            break;
        case K::Replace:
            correction =
                    QInputDialog::getText(&m_window, tr("Replace"), tr("Replace with:"),
                                          QLineEdit::Normal, QString::fromStdString(selected), &ok);
            break;
        case K::Transpose: {
            const auto points = splitPoints(selected);
            if (points.empty()) {
                ok = false;
                break;
            }
            if (points.size() == 1) {
                pivot = points.front();
                break;
            }
            QStringList choices;
            for (std::size_t p : points) {
                choices << QString::fromStdString(selected.substr(0, p)) + QStringLiteral(" ⇄ ") +
                                   QString::fromStdString(selected.substr(p));
            }
            const QString chosen =
                    QInputDialog::getItem(&m_window, tr("Transpose"), tr("Swap which two pieces?"),
                                          choices, 0, false, &ok);
            pivot = points[static_cast<std::size_t>(
                    std::max<qsizetype>(0, choices.indexOf(chosen)))];
            break;
        }
        case K::Style:
            correction = QInputDialog::getItem(
                    &m_window, tr("Change face"), tr("Set in:"),
                    {QStringLiteral("黑体"), QStringLiteral("楷体"), QStringLiteral("宋体"),
                     QStringLiteral("书宋"), QStringLiteral("粗宋")},
                    0, false, &ok);
            break;
        case K::Query:
            correction =
                    QInputDialog::getText(&m_window, tr("Query"), tr("Question for the editor:"),
                                          QLineEdit::Normal, {}, &ok);
            break;
        case K::Comment:
            correction = QInputDialog::getText(&m_window, tr("Comment"), tr("Comment:"),
                                               QLineEdit::Normal, {}, &ok);
            break;
        case K::Hint:
            return;
    }
    if (!ok) return;
    if (const auto error = markSelection(kind, correction, pivot))
        m_window.statusBar()->showMessage(*error, 5000);
}

void ProofActions::askProofreaderName() {
    bool ok = false;
    const QString name = QInputDialog::getText(&m_window, tr("Proofreader"),
                                               tr("Marks are signed with this name:"),
                                               QLineEdit::Normal, m_document.proofreader(), &ok);
    if (ok) m_document.setProofreader(name);
}

void ProofActions::chooseNewsroomList() {
    // Cancel keeps the list; a list set can be taken off (the hints then look for the common
    // slips and the list beside the page only).
    const QString current = newsroomListPath();
    if (!current.isEmpty()) {
        QMessageBox box(QMessageBox::Question, tr("Newsroom's Known Mistakes"),
                        tr("The hints look for the known mistakes listed in %1.").arg(current),
                        QMessageBox::Cancel, &m_window);
        QPushButton* other = box.addButton(tr("Choose Another List…"), QMessageBox::AcceptRole);
        QPushButton* none = box.addButton(tr("Use No List"), QMessageBox::DestructiveRole);
        box.exec();
        if (box.clickedButton() == none) {
            setNewsroomListPath({});
            m_document.reloadKnownMistakes();
            return;
        }
        if (box.clickedButton() != other) return;
    }
    const QString path = QFileDialog::getOpenFileName(
            &m_window, tr("The Newsroom's List of Known Mistakes"), current,
            tr("Lists of known mistakes, one wrong→right a line (*.txt);;All files (*)"));
    if (path.isEmpty()) return;
    // Read first: a file that is no list is said, and the list set before stays.
    const auto list = layout::readKnownMistakes(path.toStdString());
    if (!list) {
        QMessageBox::warning(&m_window, tr("Newsroom's Known Mistakes"),
                             QString::fromStdString(list.error().message));
        return;
    }
    setNewsroomListPath(path);
    m_document.reloadKnownMistakes();
    m_window.statusBar()->showMessage(tr("The hints look for %n known mistake(s) from %1.", nullptr,
                                         static_cast<int>(list.value().size()))
                                              .arg(path),
                                      5000);
}

void ProofActions::showContextMenu(const QPoint& at) {
    if (!m_view.proofMode()) return;
    QMenu menu;
    for (QAction* action : m_menu->actions()) {
        if (action->isEnabled() && !action->isCheckable() && !action->isSeparator() &&
            action->menu() == nullptr)
            menu.addAction(action);
    }
    menu.exec(m_view.mapToGlobal(at));
}

void ProofActions::chooseProofToImport() {
    const QString path = QFileDialog::getOpenFileName(&m_window, tr("Import Proof Marks"),
                                                      QFileInfo(m_document.path()).absolutePath(),
                                                      tr("PDF files (*.pdf);;All files (*)"));
    if (!path.isEmpty()) importProofMarksFrom(path);
}

void ProofActions::importProofMarksFrom(const QString& pdfPath) {
    const auto imported = importProofMarks(m_document, pdfPath);
    if (!imported) {
        QMessageBox::warning(&m_window, tr("Cannot import the proof's marks"),
                             QString::fromStdString(imported.error().message));
        return;
    }
    const layout::ProofMarksImported& result = imported.value();
    QString said = tr("Proof marks from %1: %2 added, %3 updated, %4 kept, %5 orphaned")
                           .arg(QFileInfo(pdfPath).fileName())
                           .arg(result.added)
                           .arg(result.updated)
                           .arg(result.kept)
                           .arg(result.orphaned.size());
    if (result.reanchored > 0)
        said += tr("; %n re-anchored to the page's text now", nullptr,
                   static_cast<int>(result.reanchored));
    if (!result.skipped.empty()) {
        said += tr("; %n annotations skipped (%1: %2)", nullptr,
                   static_cast<int>(result.skipped.size()))
                        .arg(QString::fromStdString(result.skipped.front().what),
                             QString::fromStdString(result.skipped.front().why));
    }
    m_window.statusBar()->showMessage(said, 15000);
}

void ProofActions::updateRoundActions() {
    const bool signedOff = layout::currentSignOff(m_document.document()).has_value();
    m_nextRound->setEnabled(!signedOff);
    m_signOff->setEnabled(!signedOff);
    m_lift->setEnabled(signedOff);
}

void ProofActions::askNextRound() {
    const layout::ProofRound now = layout::currentRound(m_document.document());
    const QString next = QString::fromStdString(layout::roundName({now.number + 1, false, {}, {}}));
    bool ok = false;
    // The next numbered round, or the last (终校): the newsroom says which.
    const QString chosen = QInputDialog::getItem(
            &m_window, tr("Open the Next Round"),
            tr("The page is in %1. Open:").arg(QString::fromStdString(layout::roundName(now))),
            {next, QStringLiteral("终校")}, 0, false, &ok);
    if (!ok) return;
    if (const auto error = openNextRound(m_document, chosen != next))
        m_window.statusBar()->showMessage(*error, 8000);
}

void ProofActions::askSignOff() {
    bool ok = false;
    const QString editor = QInputDialog::getText(
            &m_window, tr("Sign the Page Off"),
            tr("签样: the page is frozen until the sign-off is lifted. Signed by:"),
            QLineEdit::Normal, m_document.proofreader(), &ok);
    if (!ok) return;
    if (const auto error = signOffPage(m_document, editor))
        m_window.statusBar()->showMessage(QString(*error), 8000);
}

void ProofActions::askLift() {
    bool ok = false;
    const QString editor = QInputDialog::getText(&m_window, tr("Lift the Sign-off"),
                                                 tr("Lifted by (recorded with the page):"),
                                                 QLineEdit::Normal, m_document.proofreader(), &ok);
    if (!ok) return;
    const QString note = QInputDialog::getText(&m_window, tr("Lift the Sign-off"),
                                               tr("Why (optional):"), QLineEdit::Normal, {}, &ok);
    if (!ok) return;
    if (const auto error = liftSignOff(m_document, editor, note))
        m_window.statusBar()->showMessage(*error, 8000);
}

void ProofActions::showRedCheck() {
    RedCheckDialog dialog(m_document, &m_window);
    dialog.exec();
}

void ProofActions::askMerge() {
    const QString path = QFileDialog::getOpenFileName(&m_window, tr("Merge Marks from a Copy"),
                                                      QFileInfo(m_document.path()).absolutePath(),
                                                      tr("Banmian pages (*.banmian)"));
    if (path.isEmpty()) return;
    m_window.statusBar()->showMessage(mergeMarksFrom(m_document, path).message, 10000);
}

}  // namespace banmian::app
