#include "app/ui/MainWindow.h"

#include "app/SeedPage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>

#include "app/edit/Autosave.h"
#include "app/edit/FileLock.h"
#include "app/edit/PageDocument.h"
#include "app/ui/ComposeActions.h"
#include "app/ui/EditionActions.h"
#include "app/ui/ExportActions.h"
#include "app/ui/FileActions.h"
#include "app/ui/FormatActions.h"
#include "app/ui/FurnitureActions.h"
#include "app/ui/NewsroomActions.h"
#include "app/ui/PagePlanActions.h"
#include "app/ui/PhotoActions.h"
#include "app/ui/ProofActions.h"
#include "app/ui/PropertiesPanel.h"
#include "app/ui/StoryMending.h"
#include "app/ui/StoryPreview.h"
#include "app/ui/StoryTableModel.h"
#include "app/ui/UndoShortcuts.h"
#include "app/view/CopyfitText.h"
#include "app/view/PageItem.h"
#include "app/view/PageView.h"
#include "layout/document/Document.h"

namespace banmian::app {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      m_document(new PageDocument(this)),
      m_autosave(new Autosave(*m_document, Autosave::defaultFolder(), this)),
      m_files(new FileActions(*this, *m_document, *m_autosave)),
      m_exports(new ExportActions(*this, *m_document)),
      m_model(new StoryTableModel(*m_document, this)),
      m_list(new QTableView),
      m_preview(new StoryPreview),
      m_summary(new QLabel),
      m_copyfit(new QLabel),
      m_pageView(new PageView),
      m_mending(new StoryMending(*this, *m_document, *m_list)) {
    m_notes = new DiagnosticsPanel(*m_document, *m_pageView);
    setWindowTitle(tr("Banmian"));
    resize(1400, 900);
    setCentralWidget(m_pageView);
    // Importing photos composes the page again on the compose actions' worker.
    m_compose = new ComposeActions(*this, *m_document);
    m_photos = new PhotoActions(*this, *m_document, *m_compose);

    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->setVisible(false);
    m_list->horizontalHeader()->setSectionResizeMode(StoryTableModel::HeadlineColumn,
                                                     QHeaderView::Stretch);
    m_list->setWordWrap(false);
    m_list->setDragEnabled(true);  // a story dragged onto the page is placed there
    m_list->setDragDropMode(QAbstractItemView::DragOnly);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showSelectedStory);
    // Mending the import: merge a story with the next from the list's menu; the paragraph menu of
    // the copy does the rest; a double-click on a story, or on its body on the page, edits it.
    connect(m_preview, &StoryPreview::mend, m_mending, &StoryMending::mendParagraph);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_list, &QTableView::doubleClicked, m_mending, [this](const QModelIndex& index) {
        m_mending->editStory(m_model->story(index.row()).id);
    });
    connect(m_pageView, &PageView::editStory, m_mending, &StoryMending::editStory);
    // A file dropped from the desktop opens as File → Import Articles would (one at a time: a
    // day's articles come in one file, and a page replaces the page) — once the drop is over, so
    // that a question or a message does not hold the file manager's drag.
    connect(m_files, &FileActions::pageShown, this, &MainWindow::showPage);
    connect(m_files, &FileActions::nameChanged, this, &MainWindow::updateTitle);
    connect(m_pageView, &PageView::filesDropped, this, [this](const QStringList& paths) {
        const QString path = paths.front();
        QMetaObject::invokeMethod(
                this, [this, path] { openFile(path); }, Qt::QueuedConnection);
    });

    auto* storiesDock = new QDockWidget(tr("Stories"), this);
    storiesDock->setObjectName(QStringLiteral("stories"));
    storiesDock->setWidget(m_list);
    storiesDock->setMinimumWidth(440);
    addDockWidget(Qt::LeftDockWidgetArea, storiesDock);

    auto* copyDock = new QDockWidget(tr("Copy"), this);
    copyDock->setObjectName(QStringLiteral("copy"));
    copyDock->setWidget(m_preview);
    copyDock->setMinimumWidth(320);
    addDockWidget(Qt::RightDockWidgetArea, copyDock);

    auto* properties = new PropertiesPanel(*m_document, *m_pageView);
    properties->setObjectName(QStringLiteral("propertiesPanel"));
    auto* propertiesDock = new QDockWidget(tr("Properties"), this);
    propertiesDock->setObjectName(QStringLiteral("properties"));
    propertiesDock->setWidget(properties);
    addDockWidget(Qt::RightDockWidgetArea, propertiesDock);
    tabifyDockWidget(copyDock, propertiesDock);
    copyDock->raise();
    connect(properties, &PropertiesPanel::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 4000); });
    connect(properties, &PropertiesPanel::photoPlaced, m_notes, &DiagnosticsPanel::refresh);
    // A click on the page shows what was clicked.
    connect(m_pageView, &PageView::selectionChanged, propertiesDock, [this, propertiesDock] {
        if (!m_pageView->selection().empty()) propertiesDock->raise();
    });

    auto* notesDock = new QDockWidget(tr("Findings"), this);
    notesDock->setObjectName(QStringLiteral("importNotes"));
    notesDock->setWidget(m_notes);
    addDockWidget(Qt::BottomDockWidgetArea, notesDock);
    resizeDocks({notesDock}, {110}, Qt::Vertical);  // the page gets the height

    statusBar()->addWidget(m_summary, 1);
    m_copyfit->setObjectName(QStringLiteral("copyfit"));
    m_copyfit->setMinimumWidth(220);
    statusBar()->addPermanentWidget(m_copyfit);
    // Work that is not protected against a crash must not look as if it were: said until a
    // recovery copy can be written again.
    auto* unprotected = new QLabel;
    unprotected->setObjectName(QStringLiteral("recoveryFailed"));
    unprotected->setStyleSheet(QStringLiteral("color: #c00000; font-weight: bold"));
    unprotected->hide();
    statusBar()->addPermanentWidget(unprotected);
    connect(m_autosave, &Autosave::failed, unprotected, [unprotected](const QString& message) {
        unprotected->setText(tr("No recovery copy: save often"));
        unprotected->setToolTip(message);
        unprotected->setVisible(!message.isEmpty());
    });

    m_pageView->setDocument(m_document);
    connect(m_document, &PageDocument::changed, this, &MainWindow::documentChanged);
    connect(m_document, &PageDocument::notice, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    // The list lays itself out again when the stories change (undo, a story split or merged):
    // the row that was current stays current, and its copy is shown again.
    connect(m_document, &PageDocument::storiesAboutToChange, this,
            [this] { m_rowBeforeChange = m_list->currentIndex().row(); });
    connect(m_document, &PageDocument::storiesChanged, this, [this] {
        if (m_rowBeforeChange >= 0 && m_rowBeforeChange < m_model->rowCount())
            m_list->selectRow(m_rowBeforeChange);
        showSelectedStory();
    });
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(m_pageView, &PageView::selectionChanged, this, &MainWindow::updateCopyfit);
    connect(m_pageView, &PageView::selectionChanged, this, &MainWindow::showStoryOfSelection);
    connect(m_pageView, &PageView::message, this, [this](const QString& text) {
        if (text.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(text, 4000);
    });
    createActions();
}

void MainWindow::createActions() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    const FileActions::Actions files = m_files->addTo(*file);
    m_newsroom = new NewsroomActions(*this, *m_document, *m_files, *m_autosave);
    file->insertAction(files.save, m_newsroom->addTo(*file));
    connect(m_newsroom, &NewsroomActions::stateChanged, this, &MainWindow::updateTitle);
    m_pagePlan = new PagePlanActions(*this, *m_document, *m_files, *m_newsroom);
    file->addSeparator();
    m_photos->addTo(*file);
    file->addSeparator();
    QAction* exportPdf = m_exports->addTo(*file);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    new UndoShortcuts(*this, *undo, *redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("&Take Off the Page"), QKeySequence::Delete, m_pageView,
                    &PageView::removeSelected);
    m_compose->addTo(*edit);

    // 版面: the masthead's words and the 报眼 beside it.
    QMenu* pageMenu = menuBar()->addMenu(tr("&Page"));
    m_furniture = new FurnitureActions(*this, *m_document, *m_pageView);
    m_furniture->addTo(*pageMenu);
    connect(m_furniture, &FurnitureActions::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 4000); });
    // The edition's stories and jumps (转版), on a newsroom page this window holds.
    pageMenu->addSeparator();
    m_edition = new EditionActions(*this, *m_document, *m_pageView, *m_newsroom, *m_files);
    m_edition->addTo(*pageMenu);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* fitPage = view->addAction(tr("Fit &Page"), QKeySequence(Qt::CTRL | Qt::Key_0),
                                       m_pageView, &PageView::fitPage);
    view->addAction(tr("Fit &Width"), QKeySequence(Qt::CTRL | Qt::Key_9), m_pageView,
                    &PageView::fitWidth);
    QAction* actualSize = view->addAction(tr("&Actual Size"), QKeySequence(Qt::CTRL | Qt::Key_1),
                                          m_pageView, &PageView::actualSize);
    view->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, m_pageView,
                    [this] { m_pageView->zoomBy(1.25); });
    view->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, m_pageView,
                    [this] { m_pageView->zoomBy(0.8); });
    view->addSeparator();
    QAction* grid = view->addAction(tr("Show &Grid"));
    grid->setCheckable(true);
    grid->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Apostrophe));
    connect(grid, &QAction::toggled, m_pageView, &PageView::setGridVisible);
    view->addSeparator();
    // 版面规划: the edition's pages, beside File's way to open them.
    m_pagePlan->addTo(*file, files.save, *view);

    // The toolbar: what a designer reaches for all evening.
    QToolBar* tools = addToolBar(tr("Tools"));
    tools->setObjectName(QStringLiteral("tools"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    files.newPage->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    files.open->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    files.save->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    undo->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    redo->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    tools->addActions({files.newPage, files.open, files.import, files.save});
    tools->addSeparator();
    tools->addActions({undo, redo});
    tools->addSeparator();
    tools->addActions({fitPage, actualSize, grid});
    tools->addSeparator();
    tools->addAction(exportPdf);

    m_format = new FormatActions(*this, *m_document, *m_pageView);
    m_proof = new ProofActions(*this, *m_document, *m_pageView);
    // A proof comes back as a file, so File is where it is read in (导入校样批注).
    file->insertAction(quit, m_proof->importMarksAction());
    file->insertSeparator(quit);
    tools->addSeparator();
    tools->addAction(m_proof->proofModeAction());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Banmian"), this, [this] {
        QMessageBox::about(this, tr("About Banmian"),
                           tr("<b>Banmian</b> %1<br>Newspaper page layout and proofing.")
                                   .arg(QApplication::applicationVersion()));
    });
}

std::optional<QString> MainWindow::loadArticles(const QByteArray& bytes, const QString& name) {
    return m_files->loadArticles(bytes, name);
}

std::optional<QString> MainWindow::loadSeedPage() {
    return m_files->loadSeedPage();
}

std::optional<QString> MainWindow::importFile(const QString& path) {
    return m_files->importFile(path);
}

bool MainWindow::openFile(const QString& path) {
    return m_files->openFile(path);
}

void MainWindow::restore(const RecoveredPage& page) {
    m_files->restore(page);
}

std::optional<QString> MainWindow::saveTo(const QString& path) {
    return m_files->saveTo(path);
}

void MainWindow::showPage(const QString& summary, const layout::ImportResult* imported) {
    m_list->resizeColumnsToContents();
    std::vector<layout::Diagnostic> notes;
    if (imported) {
        notes = imported->warnings;
        notes.insert(notes.end(), imported->repairs.begin(), imported->repairs.end());
    }
    m_notes->setImportNotes(std::move(notes));
    m_summary->setText(summary);
    updateTitle();
    if (m_model->rowCount() > 0) m_list->selectRow(0);
}

const layout::PageLayout* MainWindow::page() const {
    return m_document->layout();
}

std::optional<QString> MainWindow::pageError() const {
    return m_document->error();
}

const fonts::FontRegistry* MainWindow::fontRegistry() const {
    return &m_document->registry();
}

void MainWindow::documentChanged() {
    if (!m_document->layout()) {
        statusBar()->showMessage(tr("No page: %1").arg(m_document->error().value_or(QString())));
        return;
    }
    updateCopyfit();
}

void MainWindow::updateCopyfit() {
    const layout::PageLayout* composed = m_document->layout();
    const auto& selection = m_pageView->selection();
    if (!composed || selection.size() != 1) {
        m_copyfit->clear();
        return;
    }
    for (const layout::Copyfit& fit : composed->copyfit) {
        if (fit.block == static_cast<int>(selection.front().block)) {
            m_copyfit->setText(copyfitText(fit));
            m_copyfit->setStyleSheet(fit.oversetLines > 0
                                             ? QStringLiteral("color: #c00000; font-weight: bold")
                                             : QString());
            return;
        }
    }
    m_copyfit->clear();
}

void MainWindow::updateTitle() {
    const QString name = m_files->name().isEmpty() ? tr("Untitled") : m_files->name();
    m_autosave->setName(name);
    // A newsroom page another window holds says so where the eye goes first.
    const auto readOnly = m_newsroom ? m_newsroom->readOnly() : std::nullopt;
    setWindowTitle((readOnly ? tr("%1 (%2) — Banmian").arg(name, *readOnly)
                             : tr("%1 — Banmian").arg(name)) +
                   QStringLiteral("[*]"));
    setWindowModified(m_document->isModified());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!m_files->maySetAside()) {
        event->ignore();
        return;
    }
    // Closed on purpose: the recovery copy goes.
    m_autosave->discard();
    m_autosave->waitForWrites();
    m_newsroom->letGo();  // the next designer may take the page at once
    event->accept();
}

bool askToRestore(QWidget* parent, const RecoveredPage& page) {
    const QString name = page.name.isEmpty() ? MainWindow::tr("Untitled") : page.name;
    if (!page.damage.isEmpty()) {
        QMessageBox::warning(
                parent, MainWindow::tr("A recovery copy cannot be read"),
                MainWindow::tr("The copy of %1 saved at %2 cannot be read: %3\n\nIt is kept at "
                               "%4 for someone to look at, and will not be offered again.")
                        .arg(name, QLocale().toString(page.savedAt, QLocale::ShortFormat),
                             page.damage, page.file));
        Autosave::setAside(page);
        return false;
    }
    const auto answer = QMessageBox::question(
            parent, MainWindow::tr("Restore the page?"),
            MainWindow::tr(
                    "Banmian did not close properly last time. A copy of %1 was saved at %2: "
                    "%3 stories, %4 blocks on the page. Restore it?")
                    .arg(name, QLocale().toString(page.savedAt, QLocale::ShortFormat))
                    .arg(page.document.stories.size())
                    .arg(page.document.page.blocks.size()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes) return true;
    Autosave::remove(page);
    return false;
}

void MainWindow::showStoryOfSelection() {
    // A block clicked on the page is its story in the list, and its copy in the preview.
    const std::vector<layout::PagePart> selection = m_pageView->selection();
    if (selection.empty()) return;
    const auto& blocks = m_document->page().blocks;
    if (selection.front().block >= blocks.size()) return;
    const auto row = layout::storyIndex(m_document->document().stories,
                                        blocks[selection.front().block].story);
    if (!row) return;  // the masthead, the folio, an empty block
    const QModelIndex index =
            m_model->index(static_cast<int>(*row), StoryTableModel::HeadlineColumn);
    if (m_list->currentIndex().row() == index.row()) return;
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}

void MainWindow::showSelectedStory() {
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid()) {
        m_preview->showNothing();
        return;
    }
    const layout::Story& story = m_model->story(current.row());
    QString related;
    if (const layout::Story* explained = layout::findStory(m_model->stories(), story.related))
        related = qtText(explained->headline);
    m_preview->showStory(story, related);
}

}  // namespace banmian::app
