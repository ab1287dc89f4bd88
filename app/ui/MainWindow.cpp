#include "app/ui/MainWindow.h"

#include "app/SeedPage.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>

#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

#include "app/cli/PageCommands.h"
#include "app/print/PagePrinter.h"
#include "app/ui/StoryPreview.h"
#include "app/ui/StoryTableModel.h"
#include "app/view/PageItem.h"
#include "app/view/PageView.h"
#include "layout/base/AtomicFile.h"
#include "layout/document/Document.h"
#include "layout/flow/PageFlow.h"
#include "layout/page/AutoCompose.h"
#include "layout/pdf/PdfExporter.h"

namespace banmian::app {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      m_model(new StoryTableModel(this)),
      m_list(new QTableView),
      m_preview(new StoryPreview),
      m_notes(new QListWidget),
      m_summary(new QLabel),
      m_pageView(new PageView) {
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
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showSelectedStory);

    auto* storiesDock = new QDockWidget(tr("Stories"), this);
    storiesDock->setObjectName(QStringLiteral("stories"));
    storiesDock->setWidget(m_list);
    storiesDock->setMinimumWidth(560);
    addDockWidget(Qt::LeftDockWidgetArea, storiesDock);

    auto* copyDock = new QDockWidget(tr("Copy"), this);
    copyDock->setObjectName(QStringLiteral("copy"));
    copyDock->setWidget(m_preview);
    copyDock->setMinimumWidth(320);
    addDockWidget(Qt::RightDockWidgetArea, copyDock);

    auto* notesDock = new QDockWidget(tr("Import notes"), this);
    notesDock->setObjectName(QStringLiteral("importNotes"));
    notesDock->setWidget(m_notes);
    addDockWidget(Qt::BottomDockWidgetArea, notesDock);

    statusBar()->addWidget(m_summary, 1);
    createActions();
}

void MainWindow::createActions() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* import =
            file->addAction(tr("&Import Articles…"), this, &MainWindow::chooseArticleFile);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("Fit &Page"), QKeySequence(Qt::CTRL | Qt::Key_0), m_pageView,
                    &PageView::fitPage);
    view->addAction(tr("Fit &Width"), QKeySequence(Qt::CTRL | Qt::Key_9), m_pageView,
                    &PageView::fitWidth);
    view->addAction(tr("&Actual Size"), QKeySequence(Qt::CTRL | Qt::Key_1), m_pageView,
                    &PageView::actualSize);
    view->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, m_pageView,
                    [this] { m_pageView->zoomBy(1.25); });
    view->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, m_pageView,
                    [this] { m_pageView->zoomBy(0.8); });
    view->addSeparator();
    QAction* grid = view->addAction(tr("Show &Grid"));
    grid->setCheckable(true);
    grid->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Apostrophe));
    connect(grid, &QAction::toggled, m_pageView, &PageView::setGridVisible);

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
    m_model->setStories(result.stories);
    layout::Document document;
    document.stories = result.stories;
    document.page.masthead.date = todayInChinese();
    setDocument(std::move(document));
    m_list->resizeColumnsToContents();
    showNotes(result);

    std::size_t sidebars = 0;
    for (const layout::Story& story : result.stories)
        sidebars += story.kind == layout::StoryKind::Sidebar;
    const auto articles = result.stories.size() - sidebars;
    m_summary->setText(tr("%1: %n article(s)", "", static_cast<int>(articles)).arg(name) +
                       tr(", ") + tr("%n sidebar(s)", "", static_cast<int>(sidebars)) + tr(", ") +
                       tr("%n warning(s)", "", static_cast<int>(result.warnings.size())) +
                       tr(" — encoding %1").arg(QString::fromStdString(result.encoding)));
    setWindowTitle(tr("%1 — Banmian").arg(name));
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
        // A composed page: its stories, until the page view of the next issue shows the page.
        const auto document = layout::readDocument(path.toStdString());
        if (!document) return QString::fromStdString(document.error().message);
        m_model->setStories(document.value().stories);
        setDocument(document.value());
        m_list->resizeColumnsToContents();
        m_notes->clear();
        m_summary->setText(tr("%1: %n story(ies) on the page", "",
                              static_cast<int>(document.value().stories.size()))
                                   .arg(QFileInfo(path).fileName()));
        setWindowTitle(tr("%1 — Banmian").arg(QFileInfo(path).fileName()));
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

void MainWindow::setDocument(layout::Document document) {
    m_document = std::move(document);
    m_page.reset();
    m_pageError.reset();
    // The page of what is shown, composed at once: the designer's first look at the day.
    if (const layout::PageLayout* composed = page()) {
        m_pageView->showPage(*composed, *m_registry);
    } else {
        statusBar()->showMessage(tr("No page: %1").arg(m_pageError.value_or(QString())));
    }
}

const layout::PageLayout* MainWindow::page() {
    if (m_page) return &*m_page;
    if (!m_registry) {
        m_registry = std::make_unique<fonts::FontRegistry>();
        m_typesetter = std::make_unique<layout::Typesetter>(*m_registry);
    }
    const auto styles = layout::flowStyles(m_document.styles, *m_registry);
    if (!styles) {
        m_pageError = QString::fromStdString(styles.error().message);
        return nullptr;
    }
    if (m_document.page.blocks.empty()) {
        const auto grid = layout::pageGrid(layout::PagePreset::Broadsheet, styles.value().body.size,
                                           styles.value().body.leading);
        if (m_document.page.masthead.title.empty()) m_document.page.masthead.title = "报名";
        m_document.page = layout::autoCompose(m_document.stories, grid, m_document.page.masthead,
                                              styles.value(), *m_typesetter);
    }
    m_page = layout::layoutPage(m_document.page, m_document.stories, styles.value(), *m_typesetter);
    return &*m_page;
}

std::optional<QString> MainWindow::exportPdf(const QString& path) {
    const layout::PageLayout* composed = page();
    if (!composed) return m_pageError;
    layout::PdfOptions options;
    options.title = m_document.page.masthead.title + " " + m_document.page.masthead.date;
    const auto pdf = layout::exportPagePdf(*composed, *m_registry, options);
    if (!pdf) return QString::fromStdString(pdf.error().message);
    if (const auto error = layout::writeFileAtomically(path.toStdString(), pdf.value())) {
        return QString::fromStdString(error->message);
    }
    return std::nullopt;
}

void MainWindow::chooseExportFile() {
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
    if (!composed) QMessageBox::warning(this, tr("Cannot print"), m_pageError.value_or(QString()));
    return composed;
}

void MainWindow::printPage() {
    const layout::PageLayout* composed = pageToPrint();
    if (!composed) return;
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, *composed, windowTitle());
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted) return;
    if (const auto error = app::printPage(printer, *composed, *m_registry)) {
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
                app::printPage(*target, *composed, *m_registry);
            });
    preview.exec();
}

void MainWindow::chooseArticleFile() {
    const QString path = QFileDialog::getOpenFileName(
            this, tr("Import Articles"), QString(),
            tr("Article files and pages (*.txt *.banmian);;All files (*)"));
    if (path.isEmpty()) return;
    if (const auto error = importFile(path)) {
        QMessageBox::warning(this, tr("Cannot import articles"), *error);
    }
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

void MainWindow::showNotes(const layout::ImportResult& result) {
    m_notes->clear();
    auto add = [this](const layout::Diagnostic& d, const QString& kind, const QColor& colour) {
        const QString where = d.line > 0 ? tr("line %1").arg(d.line) : tr("file");
        auto* item = new QListWidgetItem(
                QStringLiteral("%1 · %2: %3").arg(kind, where, QString::fromStdString(d.message)));
        item->setForeground(colour);
        m_notes->addItem(item);
    };
    for (const auto& d : result.warnings) add(d, tr("Check"), QColor(0xB0, 0x4A, 0x00));
    for (const auto& d : result.repairs) add(d, tr("Repaired"), QColor(0x40, 0x40, 0x40));
}

}  // namespace banmian::app
