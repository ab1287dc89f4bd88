#include "app/ui/MainWindow.h"

#include "app/SeedPage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>

#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

#include "app/edit/Autosave.h"
#include "app/edit/FileLock.h"
#include "app/edit/PageDocument.h"
#include "app/print/PagePrinter.h"
#include "app/ui/ProofActions.h"
#include "app/ui/PropertiesPanel.h"
#include "app/ui/StoryEditor.h"
#include "app/ui/StoryPreview.h"
#include "app/ui/StoryTableModel.h"
#include "app/view/CopyfitText.h"
#include "app/view/PageItem.h"
#include "app/view/PageView.h"
#include "layout/base/AtomicFile.h"
#include "layout/compose/AutoCompose.h"
#include "layout/compose/Preflight.h"
#include "layout/document/Document.h"
#include "layout/document/StoryEdits.h"
#include "layout/flow/PageFlow.h"
#include "layout/model/MastheadDate.h"
#include "layout/pdf/PdfExporter.h"
#include "layout/proof/MarkAnnotations.h"
#include "layout/proof/OpenHints.h"

namespace banmian::app {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      m_document(new PageDocument(this)),
      m_autosave(new Autosave(*m_document, Autosave::defaultFolder(), this)),
      m_model(new StoryTableModel(this)),
      m_list(new QTableView),
      m_preview(new StoryPreview),
      m_summary(new QLabel),
      m_copyfit(new QLabel),
      m_pageView(new PageView) {
    m_notes = new DiagnosticsPanel(*m_document, *m_pageView);
    setWindowTitle(tr("Banmian"));
    resize(1400, 900);
    setCentralWidget(m_pageView);

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
    // Mending the import: merge a story with the next from the list; the paragraph menu of the
    // copy does the rest.
    auto* merge = new QAction(tr("Merge with the Story After"), m_list);
    connect(merge, &QAction::triggered, this, [this] {
        const int row = m_list->currentIndex().row();
        if (row < 0) return;
        const auto story = static_cast<std::size_t>(row);
        mendStories(tr("Merge %1 with the story after").arg(m_document->storyTitle(story)),
                    [story](layout::Document& d) { return layout::mergeWithNext(d, story); });
    });
    m_list->addAction(merge);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_preview, &StoryPreview::mend, this, &MainWindow::mendParagraph);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_list, &QTableView::doubleClicked, this,
            [this](const QModelIndex& index) { editStory(static_cast<std::size_t>(index.row())); });
    connect(m_pageView, &PageView::editStory, this, &MainWindow::editStory);
    // A file dropped from the desktop opens as File → Import Articles would (one at a time: a
    // day's articles come in one file, and a page replaces the page) — once the drop is over, so
    // that a question or a message does not hold the file manager's drag.
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
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(m_pageView, &PageView::selectionChanged, this, &MainWindow::updateCopyfit);
    connect(m_pageView, &PageView::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 4000); });
    createActions();
}

void MainWindow::createActions() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newPage =
            file->addAction(tr("&New Page"), QKeySequence::New, this, &MainWindow::newPage);
    QAction* open =
            file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openDocument);
    QAction* import = file->addAction(tr("&Import Articles…"), QKeySequence(Qt::CTRL | Qt::Key_I),
                                      this, &MainWindow::chooseArticleFile);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    updateRecentMenu();
    file->addSeparator();
    QAction* save = file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
    // Ctrl+Shift+S everywhere: Qt gives SaveAs no key on a plain X11 desktop.
    file->addAction(tr("Save &As…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this,
                    &MainWindow::saveAs);
    file->addSeparator();
    QAction* exportPdf = file->addAction(tr("&Export PDF…"), QKeySequence(Qt::CTRL | Qt::Key_E),
                                         this, &MainWindow::chooseExportFile);
    file->addAction(tr("Export Proo&f…"), this, &MainWindow::chooseProofFile);
    file->addAction(tr("Print Pre&view…"), this, &MainWindow::previewPage);
    file->addAction(tr("&Print…"), QKeySequence::Print, this, &MainWindow::printPage);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("&Take Off the Page"), QKeySequence::Delete, m_pageView,
                    &PageView::removeSelected);

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

    // The toolbar: what a designer reaches for all evening.
    QToolBar* tools = addToolBar(tr("Tools"));
    tools->setObjectName(QStringLiteral("tools"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    newPage->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    open->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    save->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    undo->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    redo->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    tools->addActions({newPage, open, import, save});
    tools->addSeparator();
    tools->addActions({undo, redo});
    tools->addSeparator();
    tools->addActions({fitPage, actualSize, grid});
    tools->addSeparator();
    tools->addAction(exportPdf);

    m_proof = new ProofActions(*this, *m_document, *m_pageView);
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
    const auto imported = layout::importArticles(
            std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    if (!imported) return QString::fromStdString(layout::describe(imported.error()));

    const layout::ImportResult& result = imported.value();
    layout::Document document;
    document.stories = result.stories;
    document.page.masthead.date = layout::todayInChinese();
    if (const auto missing = m_document->missingFonts(document)) {
        return tr("The stories were read, but no page can be composed: %1").arg(*missing);
    }
    if (!maySetAside()) return tr("The page in the window has unsaved changes.");
    m_name = name;
    m_document->reset(std::move(document), QString());
    if (!m_document->layout()) {
        return tr("The stories were read, but no page can be composed: %1")
                .arg(m_document->error().value_or(QString()));
    }
    m_list->resizeColumnsToContents();
    std::vector<layout::Diagnostic> notes = result.warnings;
    notes.insert(notes.end(), result.repairs.begin(), result.repairs.end());
    m_notes->setImportNotes(std::move(notes));

    std::size_t sidebars = 0;
    for (const layout::Story& story : result.stories)
        sidebars += story.kind == layout::StoryKind::Sidebar;
    const auto articles = result.stories.size() - sidebars;
    m_summary->setText(tr("%1: %n article(s)", "", static_cast<int>(articles)).arg(name) +
                       tr(", ") + tr("%n sidebar(s)", "", static_cast<int>(sidebars)) + tr(", ") +
                       tr("%n warning(s)", "", static_cast<int>(result.warnings.size())) +
                       tr(" — encoding %1").arg(QString::fromStdString(result.encoding)));
    updateTitle();
    if (m_model->rowCount() > 0) m_list->selectRow(0);
    return std::nullopt;
}

std::optional<QString> MainWindow::loadSeedPage() {
    const std::string_view text = seedPageText();
    return loadArticles(QByteArray::fromRawData(text.data(), static_cast<qsizetype>(text.size())),
                        QString::fromLatin1(kSeedPageName));
}

std::optional<QString> MainWindow::importFile(const QString& path) {
    if (path.endsWith(QStringLiteral(".banmian"))) {
        const auto document = layout::readDocument(path.toStdString());
        if (!document) return QString::fromStdString(document.error().message);
        if (const auto missing = m_document->missingFonts(document.value())) {
            return tr("%1 cannot be shown on this machine: %2").arg(path, *missing);
        }
        if (!maySetAside()) return tr("The page in the window has unsaved changes.");
        // Another window holding the file: say who, and leave the page shown as it is.
        const QString canonical = QFileInfo(path).absoluteFilePath();
        std::unique_ptr<FileLock> lock;
        if (canonical != m_document->path()) {
            QString holder;
            lock = FileLock::take(canonical, holder);
            if (!lock) return holder;
        }
        m_name = QFileInfo(path).fileName();
        m_document->reset(document.value(), canonical, std::move(lock));
        m_list->resizeColumnsToContents();
        m_notes->setImportNotes({});
        m_summary->setText(
                tr("%1: %n story(ies)", "", static_cast<int>(document.value().stories.size()))
                        .arg(m_name));
        updateTitle();
        rememberRecent(path);
        if (m_model->rowCount() > 0) m_list->selectRow(0);
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot open %1: %2").arg(path, file.errorString());
    if (file.size() > static_cast<qint64>(layout::kMaxArticleFileBytes)) {
        return tr("%1 is too large for an article file.").arg(path);
    }
    return loadArticles(file.readAll(), QFileInfo(path).fileName());
}

bool MainWindow::openFile(const QString& path) {
    const auto error = importFile(path);
    if (error) {
        QMessageBox::warning(this,
                             path.endsWith(QStringLiteral(".banmian"))
                                     ? tr("Cannot open the page")
                                     : tr("Cannot import articles"),
                             *error);
    }
    return !error;
}

std::optional<QString> MainWindow::saveTo(const QString& path) {
    if (const auto error = m_document->save(path)) return error;
    m_name = QFileInfo(path).fileName();
    rememberRecent(path);
    updateTitle();
    return std::nullopt;
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
    // The list follows the document's stories (undo, a story split or merged), page or no page.
    if (m_model->stories() != m_document->document().stories) {
        const int row = m_list->currentIndex().row();
        m_model->setStories(m_document->document().stories);
        if (row >= 0 && row < m_model->rowCount()) m_list->selectRow(row);
        showSelectedStory();
    }
    if (!m_document->layout()) {
        statusBar()->showMessage(tr("No page: %1").arg(m_document->error().value_or(QString())));
        return;
    }
    std::vector<bool> placed(m_document->document().stories.size(), false);
    for (const layout::Block& block : m_document->page().blocks) {
        if (block.story && *block.story < placed.size()) placed[*block.story] = true;
    }
    m_model->setPlaced(std::move(placed));
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
    const QString name = m_name.isEmpty() ? tr("Untitled") : m_name;
    m_autosave->setName(name);
    setWindowTitle(tr("%1 — Banmian").arg(name) + QStringLiteral("[*]"));
    setWindowModified(m_document->isModified());
}

bool MainWindow::maySetAside() {
    if (!m_document->isModified()) return true;
    const auto answer = QMessageBox::question(
            this, tr("Unsaved changes"),
            tr("The page %1 has changes that are not saved. Save them first?").arg(m_name),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!maySetAside()) {
        event->ignore();
        return;
    }
    // Closed on purpose: the recovery copy goes.
    m_autosave->discard();
    m_autosave->waitForWrites();
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

void MainWindow::restore(const RecoveredPage& page) {
    m_name = page.name.isEmpty() ? QFileInfo(page.originalPath).fileName() : page.name;
    m_document->restore(page.document, page.originalPath);
    if (const auto held = m_document->lockFile()) {
        // Its file is open elsewhere now: keep the work, but Save must ask where.
        m_document->restore(page.document, QString());
        statusBar()->showMessage(*held, 8000);
    }
    Autosave::remove(page);
    m_autosave->saveNow();  // a copy of this session's own, at once
    m_notes->setImportNotes({});
    m_summary->setText(
            tr("%1: restored from the copy saved at %2")
                    .arg(m_name, QLocale().toString(page.savedAt, QLocale::ShortFormat)));
    updateTitle();
}

bool MainWindow::save() {
    if (m_document->path().isEmpty()) return saveAs();
    if (const auto error = saveTo(m_document->path())) {
        QMessageBox::warning(this, tr("Cannot save"), *error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(m_document->path()), 4000);
    return true;
}

bool MainWindow::saveAs() {
    QString path = QFileDialog::getSaveFileName(this, tr("Save Page"), m_document->path(),
                                                tr("Banmian pages (*.banmian)"));
    if (path.isEmpty()) return false;
    if (!path.endsWith(QStringLiteral(".banmian"))) path += QStringLiteral(".banmian");
    if (const auto error = saveTo(path)) {
        QMessageBox::warning(this, tr("Cannot save"), *error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(path), 4000);
    return true;
}

void MainWindow::openDocument() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Page"), QString(),
                                                      tr("Banmian pages (*.banmian)"));
    if (!path.isEmpty()) openFile(path);
}

void MainWindow::newPage() {
    if (!maySetAside()) return;
    // The same stories on a blank page of the same grid: they wait in the list to be placed.
    layout::Document blank;
    blank.stories = m_document->document().stories;
    blank.styles = m_document->document().styles;
    blank.page.grid = m_document->page().grid;
    blank.page.masthead = m_document->page().masthead;
    m_name.clear();
    m_document->reset(std::move(blank), QString());
    updateTitle();
}

void MainWindow::rememberRecent(const QString& path, bool remember) {
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    recent.removeAll(path);
    if (remember) recent.prepend(path);
    while (recent.size() > 8) recent.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu() {
    if (!m_recentMenu) return;
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString& path : recent) {
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] {
            // Moved or deleted since: said once, then gone from the list.
            if (!openFile(path) && !QFileInfo::exists(path)) rememberRecent(path, false);
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

std::optional<QString> MainWindow::exportPdf(const QString& path) {
    return writePdf(path, false);
}

std::optional<QString> MainWindow::exportProof(const QString& path) {
    return writePdf(path, true);
}

std::optional<QString> MainWindow::writePdf(const QString& path, bool proof) {
    const layout::PageLayout* composed = page();
    if (!composed) return pageError();
    layout::PdfOptions options;
    const layout::Masthead& masthead = m_document->page().masthead;
    options.title = masthead.title + " " + masthead.date;
    std::string bytes;
    if (proof) {
        options.title += " 校样";
        options.creationDate = QDateTime::currentDateTime()
                                       .toString(QStringLiteral("'D:'yyyyMMddHHmmss"))
                                       .toStdString();
        auto pdf = layout::exportProofPdf(
                *composed, m_document->registry(), options,
                layout::proofAnnotations(*composed, layout::proofMarks(m_document->document())));
        if (!pdf) return QString::fromStdString(pdf.error().message);
        bytes = std::move(pdf).value().bytes;
    } else {
        auto pdf = layout::exportPagePdf(*composed, m_document->registry(), options);
        if (!pdf) return QString::fromStdString(pdf.error().message);
        bytes = std::move(pdf).value();
    }
    if (const auto error = layout::writeFileAtomically(path.toStdString(), bytes))
        return QString::fromStdString(error->message);
    return std::nullopt;
}

void MainWindow::chooseProofFile() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Proof"), QString(),
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty()) return;
    if (const auto error = exportProof(path))
        QMessageBox::warning(this, tr("Cannot export the proof"), *error);
    else
        statusBar()->showMessage(tr("Wrote the proof %1").arg(path), 5000);
}

bool MainWindow::readyForPrint() {
    const layout::PageLayout* composed = page();
    if (!composed) return true;  // writePdf() says why there is no page
    QStringList problems;
    for (const layout::Diagnostic& d :
         layout::preflight(m_document->page(), *composed, m_document->document().stories)) {
        if (d.severity == layout::Severity::Error)
            problems << QString::fromStdString(layout::describe(d));
    }
    if (problems.isEmpty()) return true;
    constexpr int kShown = 12;  // the rest are in the Findings panel
    if (problems.size() > kShown) {
        const auto more = static_cast<int>(problems.size() - kShown + 1);
        problems.resize(kShown - 1);
        problems << tr("… and %n more: see the Findings panel", "", more);
    }
    QMessageBox box(QMessageBox::Warning, tr("Not ready for print"),
                    tr("The printing plant would reject this page:\n\n%1\n\nFix it first, or "
                       "export it anyway.")
                            .arg(problems.join(QLatin1Char('\n'))),
                    QMessageBox::Cancel, this);
    QPushButton* anyway = box.addButton(tr("Export Anyway"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == anyway;
}

void MainWindow::chooseExportFile() {
    if (!readyForPrint()) return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export PDF"), QString(),
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty()) return;
    if (const auto error = exportPdf(path))
        QMessageBox::warning(this, tr("Cannot export the PDF"), *error);
    else
        statusBar()->showMessage(tr("Wrote %1").arg(path), 5000);
}

const layout::PageLayout* MainWindow::pageToPrint() {
    const layout::PageLayout* composed = page();
    if (!composed) QMessageBox::warning(this, tr("Cannot print"), pageError().value_or(QString()));
    return composed;
}

void MainWindow::printPage() {
    const layout::PageLayout* composed = pageToPrint();
    if (!composed) return;
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, *composed, windowTitle());
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted) return;
    if (const auto error = app::printPage(printer, *composed, m_document->registry())) {
        QMessageBox::warning(this, tr("Cannot print"), *error);
    }
}

void MainWindow::previewPage() {
    const layout::PageLayout* composed = pageToPrint();
    if (!composed) return;
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, *composed, windowTitle());
    QPrintPreviewDialog preview(&printer, this);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [this, composed](QPrinter* target) {
                app::printPage(*target, *composed, m_document->registry());
            });
    preview.exec();
}

void MainWindow::chooseArticleFile() {
    const QString path = QFileDialog::getOpenFileName(
            this, tr("Import Articles"), QString(),
            tr("Article files and pages (*.txt *.banmian);;All files (*)"));
    if (!path.isEmpty()) openFile(path);
}

void MainWindow::showSelectedStory() {
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid()) {
        m_preview->showNothing();
        return;
    }
    const layout::Story& story = m_model->story(current.row());
    QString related;
    if (story.related && *story.related < m_model->stories().size()) {
        related = qtText(m_model->stories()[*story.related].headline);
    }
    m_preview->showStory(story, related);
}

bool MainWindow::mendStories(
        const QString& name,
        const std::function<std::optional<std::string>(layout::Document&)>& edit) {
    layout::Document after = m_document->document();
    if (const auto error = edit(after)) {
        statusBar()->showMessage(QString::fromStdString(*error), 5000);
        return false;
    }
    m_document->change(name, after);
    return true;
}

void MainWindow::editStory(std::size_t story) {
    if (story >= m_document->document().stories.size()) return;
    StoryEditor editor(m_document->document().stories[story], this);
    if (editor.exec() != QDialog::Accepted) return;
    const auto edited = editor.story();
    if (!edited || *edited == m_document->document().stories[story]) return;
    const QString title = m_document->storyTitle(story);
    mendStories(tr("Edit %1").arg(title), [&](layout::Document& d) -> std::optional<std::string> {
        d.stories[story] = *edited;
        return std::nullopt;
    });
}

void MainWindow::mendParagraph(StoryPreview::Mend mend, int paragraph) {
    const int row = m_list->currentIndex().row();
    if (row < 0 || paragraph < 0) return;
    const auto story = static_cast<std::size_t>(row);
    const auto p = static_cast<std::size_t>(paragraph);
    const QString title = m_document->storyTitle(story);
    using Mend = StoryPreview::Mend;
    auto mark = [&](layout::HeadPart part, const QString& name) {
        mendStories(name.arg(title),
                    [=](layout::Document& d) { return layout::markParagraph(d, story, p, part); });
    };
    switch (mend) {
        case Mend::Split:
            mendStories(tr("Split %1").arg(title),
                        [=](layout::Document& d) { return layout::splitStory(d, story, p); });
            break;
        case Mend::ToPrevious:
        case Mend::ToNext: {
            const bool previous = mend == Mend::ToPrevious;
            if (mendStories(tr("Move a paragraph of %1").arg(title), [=](layout::Document& d) {
                    return layout::moveParagraph(d, story, p, previous);
                }))
                m_list->selectRow(previous ? row - 1 : row + 1);  // follow the paragraph
            break;
        }
        case Mend::Kicker:
            mark(layout::HeadPart::Kicker, tr("Kicker of %1"));
            break;
        case Mend::Headline:
            mark(layout::HeadPart::Headline, tr("Headline of %1"));
            break;
        case Mend::Subtitle:
            mark(layout::HeadPart::Subtitle, tr("Subtitle of %1"));
            break;
        case Mend::Byline:
            mark(layout::HeadPart::Byline, tr("Credit line of %1"));
            break;
    }
}

}  // namespace banmian::app
