#include "app/ui/PagePlanActions.h"

#include <QAction>
#include <QDockWidget>
#include <QFileDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

#include "app/edit/EditionPlan.h"
#include "app/edit/PageDocument.h"
#include "app/ui/FileActions.h"
#include "app/ui/NewsroomActions.h"
#include "app/ui/NewsroomDialog.h"
#include "app/ui/PagePlanPanel.h"
#include "layout/import/ArticleImporter.h"

namespace banmian::app {

PagePlanActions::PagePlanActions(QMainWindow& window, PageDocument& document, FileActions& files,
                                 NewsroomActions& newsroom)
    : QObject(&window),
      m_window(window),
      m_document(document),
      m_files(files),
      m_newsroom(newsroom),
      m_panel(new PagePlanPanel(document)),
      m_dock(new QDockWidget(tr("Page Plan"))) {
    m_dock->setObjectName(QStringLiteral("pagePlanDock"));
    m_dock->setWidget(m_panel);
    // Beside the stories: where the designer picks what goes on the page, the plan picks the
    // page. Hidden until an edition is asked for: a one-page paper never sees it.
    m_window.addDockWidget(Qt::LeftDockWidgetArea, m_dock);
    if (auto* stories = m_window.findChild<QDockWidget*>(QStringLiteral("stories")))
        m_window.tabifyDockWidget(stories, m_dock);
    m_dock->hide();
    connect(m_dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible || !m_pending) return;
        auto pending = std::move(m_pending);
        m_pending = nullptr;
        pending();
    });
    connect(m_panel, &PagePlanPanel::openRequested, this, &PagePlanActions::open);
    connect(m_panel, &PagePlanPanel::status, this,
            [this](const QString& message) { m_window.statusBar()->showMessage(message, 10000); });
    connect(&newsroom, &NewsroomActions::stateChanged, this, &PagePlanActions::followOpened);
    connect(&files, &FileActions::pageShown, this, &PagePlanActions::followOpened);
}

void PagePlanActions::addTo(QMenu& file, QAction* before, QMenu& view) {
    auto* newsroom = new QAction(tr("Page Plan from Ne&wsroom…"), this);
    connect(newsroom, &QAction::triggered, this, &PagePlanActions::chooseNewsroom);
    auto* folder = new QAction(tr("Page Plan of a &Folder…"), this);
    connect(folder, &QAction::triggered, this, &PagePlanActions::chooseFolder);
    file.insertActions(before, {newsroom, folder});
    QAction* toggle = m_dock->toggleViewAction();
    toggle->setText(tr("Page P&lan"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    view.addAction(toggle);
}

std::optional<QString> PagePlanActions::showNewsroomPlan(const QString& url,
                                                         const layout::CalendarDate& date) {
    QString error;
    auto source = EditionPlanSource::newsroom(url, date, error);
    if (!source) return error;
    m_pending = nullptr;
    m_panel->showEdition(std::move(source));
    showPanel();
    return std::nullopt;
}

std::optional<QString> PagePlanActions::showFolderPlan(const QString& folder) {
    QString error;
    auto source = EditionPlanSource::folder(folder, error);
    if (!source) return error;
    m_pending = nullptr;
    m_panel->showEdition(std::move(source));
    showPanel();
    return std::nullopt;
}

void PagePlanActions::chooseNewsroom() {
    const auto address = askForNewsroomPage(&m_window, false);
    if (!address) return;
    if (const auto error = showNewsroomPlan(address->url, address->date))
        QMessageBox::warning(&m_window, tr("Cannot show the page plan"), *error);
}

void PagePlanActions::chooseFolder() {
    const QString folder = QFileDialog::getExistingDirectory(
            &m_window, tr("The edition's folder (with its edition.json)"));
    if (folder.isEmpty()) return;
    if (const auto error = showFolderPlan(folder))
        QMessageBox::warning(&m_window, tr("Cannot show the page plan"), *error);
}

void PagePlanActions::open(const PlanPageAddress& address) {
    if (address.newsroom)
        m_newsroom.openPageShown(*address.newsroom);
    else
        m_files.openFile(address.file);
}

void PagePlanActions::followOpened() {
    QString identity;
    std::function<std::optional<QString>()> show;
    if (const NewsroomPage* page = m_newsroom.page()) {
        const NewsroomAddress address = page->address();
        identity = newsroomIdentity(address.url, address.date);
        show = [this, address] { return showNewsroomPlan(address.url, address.date); };
    } else if (const QString folder = editionFolderOf(m_document.path()); !folder.isEmpty()) {
        identity = folder;
        show = [this, folder] { return showFolderPlan(folder); };
    }
    if (identity.isEmpty() || (m_panel->source() && m_panel->source()->identity() == identity))
        return;
    if (m_dock->isVisible()) {
        if (const auto error = show()) m_window.statusBar()->showMessage(*error, 10000);
        return;
    }
    m_pending = [this, show] {
        if (const auto error = show()) m_window.statusBar()->showMessage(*error, 10000);
    };
}

void PagePlanActions::showPanel() {
    m_dock->show();
    m_dock->raise();
}

}  // namespace banmian::app
