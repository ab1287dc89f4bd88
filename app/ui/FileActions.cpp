#include "app/ui/FileActions.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

#include "app/SeedPage.h"
#include "app/edit/Autosave.h"
#include "app/edit/EditionPlan.h"
#include "app/edit/FileLock.h"
#include "app/edit/PageDocument.h"
#include "layout/document/Document.h"
#include "layout/edition/FolderEdition.h"
#include "layout/import/ArticleImporter.h"
#include "layout/import/FileKind.h"
#include "layout/proof/Rounds.h"

namespace banmian::app {

namespace {

// The page in file `path`; a page of an edition's folder with its jump lines put right.
layout::Result<layout::Document> readPage(const QString& path, layout::PageComposer& composer) {
    // A page of an edition's folder opens as the command opens it: its number and section the
    // edition's, its jump lines naming where the story's other parts stand now.
    if (const auto page = folderPageOf(path))
        return layout::openFolderPage(page->folder, page->edition, page->number, composer);
    return layout::readDocument(path.toStdString());
}

}  // namespace

FileActions::FileActions(QMainWindow& window, PageDocument& document, Autosave& autosave)
    : QObject(&window), m_window(window), m_document(document), m_autosave(autosave) {}

FileActions::Actions FileActions::addTo(QMenu& file) {
    Actions actions;
    actions.newPage =
            file.addAction(tr("&New Page"), QKeySequence::New, this, &FileActions::newPage);
    actions.open =
            file.addAction(tr("&Open…"), QKeySequence::Open, this, &FileActions::openDocument);
    actions.import = file.addAction(tr("&Import Articles…"), QKeySequence(Qt::CTRL | Qt::Key_I),
                                    this, &FileActions::chooseArticleFile);
    m_recentMenu = file.addMenu(tr("Open &Recent"));
    updateRecentMenu();
    file.addSeparator();
    actions.save = file.addAction(tr("&Save"), QKeySequence::Save, this, &FileActions::save);
    // Ctrl+Shift+S everywhere: Qt gives SaveAs no key on a plain X11 desktop.
    file.addAction(tr("Save &As…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this,
                   &FileActions::saveAs);
    return actions;
}

std::optional<QString> FileActions::loadArticles(const QByteArray& bytes, const QString& name) {
    const auto imported = layout::importArticles(
            std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    if (!imported) return QString::fromStdString(layout::describe(imported.error()));

    const layout::ImportResult& result = imported.value();
    // Articles imported make a new page, composed automatically: what the designer asked for.
    layout::Document document;
    document.stories = result.stories;
    // Named now, and their text kept as it came in: what 核红 compares the page with later.
    layout::giveMissingIds(document);
    layout::keepManuscripts(document);
    auto composed = m_document.composer().autoCompose(document, layout::PagePreset::Broadsheet);
    if (!composed) {
        return tr("The stories were read, but no page can be composed: %1")
                .arg(QString::fromStdString(composed.error().message));
    }
    document.page = std::move(composed).value();
    if (!maySetAside()) return tr("The page in the window has unsaved changes.");
    m_name = name;
    m_document.reset(std::move(document), QString());
    if (!m_document.layout()) {
        return tr("The stories were read, but no page can be composed: %1")
                .arg(m_document.error().value_or(QString()));
    }
    std::size_t sidebars = 0;
    for (const layout::Story& story : result.stories)
        sidebars += story.kind == layout::StoryKind::Sidebar;
    const auto articles = result.stories.size() - sidebars;
    emit pageShown(tr("%1: %n article(s)", "", static_cast<int>(articles)).arg(name) + tr(", ") +
                           tr("%n sidebar(s)", "", static_cast<int>(sidebars)) + tr(", ") +
                           tr("%n warning(s)", "", static_cast<int>(result.warnings.size())) +
                           tr(" — encoding %1").arg(QString::fromStdString(result.encoding)),
                   &result);
    return std::nullopt;
}

std::optional<QString> FileActions::loadSeedPage() {
    const std::string_view text = seedPageText();
    return loadArticles(QByteArray::fromRawData(text.data(), static_cast<qsizetype>(text.size())),
                        QString::fromLatin1(kSeedPageName));
}

std::optional<QString> FileActions::importFile(const QString& path) {
    // What the file holds decides, as for the command (layout/import/FileKind): a page saved
    // under another name opens as the page; a PDF or JSON is never read as articles.
    const layout::FileKind kind = layout::fileKindOfFile(path.toStdString());
    if (kind != layout::FileKind::ArticleText && kind != layout::FileKind::BanmianDocument) {
        return tr("%1 is %2, neither an article file nor a page: give the articles as plain text "
                  "(UTF-8, UTF-16 or GB18030)")
                .arg(path,
                     QString::fromUtf8(layout::describe(kind).data(),
                                       static_cast<qsizetype>(layout::describe(kind).size())));
    }
    if (path.endsWith(QStringLiteral(".banmian")) || kind == layout::FileKind::BanmianDocument) {
        const auto document = readPage(path, m_document.composer());
        if (!document) return QString::fromStdString(document.error().message);
        if (const auto missing = m_document.missingFonts(document.value())) {
            return tr("%1 cannot be shown on this machine: %2").arg(path, *missing);
        }
        if (!maySetAside()) return tr("The page in the window has unsaved changes.");
        // Another window holding the file: say who, and leave the page shown as it is.
        const QString canonical = QFileInfo(path).absoluteFilePath();
        std::unique_ptr<FileLock> lock;
        if (canonical != m_document.path()) {
            QString holder;
            lock = FileLock::take(canonical, holder);
            if (!lock) return holder;
        }
        m_name = QFileInfo(path).fileName();
        m_document.reset(document.value(), canonical, std::move(lock));
        rememberRecent(path);
        emit pageShown(
                tr("%1: %n story(ies)", "", static_cast<int>(document.value().stories.size()))
                        .arg(m_name),
                nullptr);
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

bool FileActions::openFile(const QString& path) {
    const auto error = importFile(path);
    if (error) {
        QMessageBox::warning(&m_window,
                             path.endsWith(QStringLiteral(".banmian"))
                                     ? tr("Cannot open the page")
                                     : tr("Cannot import articles"),
                             *error);
    }
    return !error;
}

std::optional<QString> FileActions::saveTo(const QString& path) {
    if (const auto error = m_document.save(path)) return error;
    m_name = QFileInfo(path).fileName();
    rememberRecent(path);
    emit nameChanged();
    return std::nullopt;
}

bool FileActions::maySetAside() {
    if (!m_document.isModified()) return true;
    const auto answer = QMessageBox::question(
            &m_window, tr("Unsaved changes"),
            tr("The page %1 has changes that are not saved. Save them first?").arg(m_name),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) return save();
    return answer == QMessageBox::Discard;
}

void FileActions::restore(const RecoveredPage& page) {
    m_name = page.name.isEmpty() ? QFileInfo(page.originalPath).fileName() : page.name;
    m_document.restore(page.document, page.originalPath);
    if (const auto held = m_document.lockFile()) {
        // Its file is open elsewhere now: keep the work, but Save must ask where.
        m_document.restore(page.document, QString());
        m_window.statusBar()->showMessage(*held, 8000);
    }
    Autosave::remove(page);
    m_autosave.saveNow();  // a copy of this session's own, at once
    emit pageShown(tr("%1: restored from the copy saved at %2")
                           .arg(m_name, QLocale().toString(page.savedAt, QLocale::ShortFormat)),
                   nullptr);
}

void FileActions::showOpened(const QString& name, const QString& summary) {
    m_name = name;
    emit pageShown(summary, nullptr);
}

bool FileActions::save() {
    if (m_saveElsewhere) return m_saveElsewhere();
    if (m_document.path().isEmpty()) return saveAs();
    if (const auto error = saveTo(m_document.path())) {
        QMessageBox::warning(&m_window, tr("Cannot save"), *error);
        return false;
    }
    m_window.statusBar()->showMessage(tr("Saved %1").arg(m_document.path()), 4000);
    return true;
}

bool FileActions::saveAs() {
    QString path = QFileDialog::getSaveFileName(&m_window, tr("Save Page"), m_document.path(),
                                                tr("Banmian pages (*.banmian)"));
    if (path.isEmpty()) return false;
    if (!path.endsWith(QStringLiteral(".banmian"))) path += QStringLiteral(".banmian");
    if (const auto error = saveTo(path)) {
        QMessageBox::warning(&m_window, tr("Cannot save"), *error);
        return false;
    }
    m_window.statusBar()->showMessage(tr("Saved %1").arg(path), 4000);
    return true;
}

void FileActions::openDocument() {
    const QString path = QFileDialog::getOpenFileName(&m_window, tr("Open Page"), QString(),
                                                      tr("Banmian pages (*.banmian)"));
    if (!path.isEmpty()) openFile(path);
}

void FileActions::newPage() {
    if (!maySetAside()) return;
    // The same stories on a blank page of the same grid: they wait in the list to be placed.
    layout::Document blank;
    blank.stories = m_document.document().stories;
    blank.styles = m_document.document().styles;
    blank.page.grid = m_document.page().grid;
    blank.page.masthead = m_document.page().masthead;
    // Tomorrow's paper: a page is made the day before it comes out.
    blank.page.masthead.publication = layout::tomorrow();
    blank.page.masthead.date.clear();
    m_name.clear();
    m_document.reset(std::move(blank), QString());
    emit nameChanged();
}

void FileActions::rememberRecent(const QString& path, bool remember) {
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    recent.removeAll(path);
    if (remember) recent.prepend(path);
    while (recent.size() > 8) recent.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), recent);
    updateRecentMenu();
}

void FileActions::updateRecentMenu() {
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

void FileActions::chooseArticleFile() {
    const QString path = QFileDialog::getOpenFileName(
            &m_window, tr("Import Articles"), QString(),
            tr("Article files and pages (*.txt *.banmian);;All files (*)"));
    if (!path.isEmpty()) openFile(path);
}

}  // namespace banmian::app
