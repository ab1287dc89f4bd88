#include "app/ui/ComposeActions.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolButton>

#include "app/edit/PageDocument.h"
#include "app/render/PagePainter.h"
#include "app/ui/LayoutChoiceDialog.h"

namespace banmian::app {

ComposeActions::ComposeActions(QMainWindow& window, PageDocument& document)
    : QObject(&window),
      m_window(window),
      m_document(document),
      m_composer(new AutoComposer(document.registry().catalog(), this)),
      m_progress(new QWidget),
      m_cancel(new QAction(tr("Cancel"), this)) {
    // Esc gives up waiting; the action is enabled only while a search runs, so Esc is the
    // page's own (ending a crop, dropping an edit in place) the rest of the time.
    m_cancel->setShortcut(Qt::Key_Escape);
    m_cancel->setToolTip(tr("Stop composing the page (Esc)"));
    m_cancel->setEnabled(false);
    connect(m_cancel, &QAction::triggered, this, &ComposeActions::cancel);
    m_window.addAction(m_cancel);

    auto* note = new QLabel(tr("Composing the page…"));
    auto* stop = new QToolButton;
    stop->setDefaultAction(m_cancel);
    stop->setAutoRaise(true);
    auto* row = new QHBoxLayout(m_progress);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(note);
    row->addWidget(stop);
    m_progress->setObjectName(QStringLiteral("composing"));
    m_progress->hide();
    // Permanent: a passing message (a drag's refusal) does not hide it while the search runs.
    m_window.statusBar()->addPermanentWidget(m_progress);

    connect(m_composer, &AutoComposer::composed, this, &ComposeActions::composed);
}

void ComposeActions::addTo(QMenu& menu) {
    m_autoCompose =
            menu.addAction(tr("Auto-&Compose the Page"), this, &ComposeActions::autoCompose);
    m_choose = menu.addAction(tr("Choose an Auto-Composed &Layout…"), this,
                              &ComposeActions::chooseLayout);
}

void ComposeActions::autoCompose() {
    start(1);
}

void ComposeActions::chooseLayout() {
    start(3);
}

void ComposeActions::start(int count) {
    // Every story placed afresh on the page's own grid, under its masthead. One search at a
    // time: a second request while one runs is ignored (its actions are disabled meanwhile).
    if (isComposing() || m_choosing) return;
    m_count = count;
    m_revision = m_document.revision();
    m_pending.reset();
    m_undoText = tr("Auto-compose the page");
    m_summary.clear();
    m_composer->start(m_document.document(), count);
    showComposing(true);
}

bool ComposeActions::composeWith(layout::Document document, const QString& undoText,
                                 const QString& summary) {
    if (m_choosing) return false;
    m_composer->cancel();  // the search it replaces sends nothing
    m_count = 1;
    m_revision = m_document.revision();
    m_undoText = undoText;
    m_summary = summary;
    m_composer->start(document, 1);
    m_pending = std::move(document);
    showComposing(true);
    return true;
}

void ComposeActions::cancel() {
    if (!isComposing()) return;
    m_composer->cancel();
    showComposing(false);
    m_window.statusBar()->showMessage(
            m_pending ? tr("Stopped composing: nothing was imported, the page is as it was")
                      : tr("Auto-compose stopped: the page is as it was"),
            4000);
    m_pending.reset();
    emit finished();
}

void ComposeActions::showComposing(bool composing) {
    m_progress->setVisible(composing);
    m_cancel->setEnabled(composing);
    if (m_autoCompose) m_autoCompose->setEnabled(!composing);
    if (m_choose) m_choose->setEnabled(!composing);
}

bool ComposeActions::stillCurrent() {
    if (m_document.revision() == m_revision) return true;
    // The layouts were made for the stories and page as they were: applied now, they would undo
    // what the designer did meanwhile.
    m_window.statusBar()->showMessage(
            m_pending ? tr("The page changed while it was being composed with what was "
                           "imported: nothing was replaced; import again")
                      : tr("The page changed while it was being composed: nothing was replaced; "
                           "compose again"),
            8000);
    m_pending.reset();
    return false;
}

void ComposeActions::composed(const AutoComposer::Layouts& layouts) {
    showComposing(false);
    if (!stillCurrent()) {
        emit finished();
        return;
    }
    if (!layouts) {
        m_pending.reset();
        QMessageBox::warning(&m_window, tr("Cannot compose the page"),
                             QString::fromStdString(layouts.error().message));
        emit finished();
        return;
    }
    const std::vector<layout::ComposedPage>& found = layouts.value();
    std::size_t taken = 0;
    if (m_count > 1) {
        m_choosing = true;
        // Pictures small enough for three side by side: a broadsheet some 280 pixels wide. Laid
        // out and drawn here, with the window's composer: the painter and its photo cache are the
        // GUI thread's, and a layout's faces are known only to the registry that made it.
        constexpr double kPixelsPerPoint = 0.25;
        std::vector<QImage> pictures;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        for (const layout::ComposedPage& variant : found) {
            layout::Document shown = m_document.document();
            shown.page = variant.page;
            const auto laid = m_document.composer().layout(shown);
            pictures.push_back(
                    laid ? pageImage(laid.value(), m_document.registry(), kPixelsPerPoint)
                         : QImage());
        }
        QApplication::restoreOverrideCursor();
        LayoutChoiceDialog dialog(found, pictures, &m_window);
        const bool accepted = dialog.exec() == QDialog::Accepted;
        m_choosing = false;
        if (!accepted || !stillCurrent()) {
            emit finished();
            return;
        }
        taken = static_cast<std::size_t>(dialog.chosen());
    }
    layout::Document after = m_pending ? std::move(*m_pending) : m_document.document();
    m_pending.reset();
    after.page = found[taken].page;
    m_document.change(m_undoText, after);
    // What the page's measure found, so the designer knows what to mend.
    const QString composed = tr("Page composed: %1").arg(measureSummary(found[taken].measure));
    m_window.statusBar()->showMessage(
            m_summary.isEmpty() ? composed : m_summary + tr("; ") + composed, 8000);
    emit finished();
}

}  // namespace banmian::app
