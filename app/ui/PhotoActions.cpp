#include "app/ui/PhotoActions.h"

#include <QAction>
#include <QFileDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <algorithm>
#include <filesystem>

#include "app/edit/PageDocument.h"
#include "app/ui/ComposeActions.h"
#include "layout/import/DayPhotos.h"
#include "layout/import/PhotoAssignment.h"

namespace banmian::app {

namespace {

std::filesystem::path pathOf(const QString& file) {
    return std::filesystem::path(file.toStdString());
}

}  // namespace

PhotoActions::PhotoActions(QMainWindow& window, PageDocument& document, ComposeActions& compose)
    : QObject(&window), m_window(window), m_document(document), m_compose(compose) {}

QAction* PhotoActions::addTo(QMenu& file) {
    QAction* folder = file.addAction(tr("Import &Photos…"), this, &PhotoActions::chooseFolder);
    file.addAction(tr("Import Photo &Files…"), this, &PhotoActions::chooseFiles);
    return folder;
}

void PhotoActions::chooseFolder() {
    const QString folder =
            QFileDialog::getExistingDirectory(&m_window, tr("Import the Day's Photos"));
    if (!folder.isEmpty()) importFolderShown(folder);
}

void PhotoActions::importFolderShown(const QString& folder) {
    show(importFolder(folder));
}

void PhotoActions::chooseFiles() {
    const QStringList files = QFileDialog::getOpenFileNames(
            &m_window, tr("Import Photos"), QString(),
            tr("Photos and caption files (*.jpg *.jpeg *.png *.tif *.tiff *.txt);;All files (*)"));
    if (!files.isEmpty()) show(importFiles(files));
}

PhotoImport PhotoActions::importFolder(const QString& folder) {
    auto read = layout::readDayPhotos(pathOf(folder));
    if (!read) return {QString::fromStdString(read.error().message), {}, {}};
    return take(std::move(read).value(), folder);
}

PhotoImport PhotoActions::importFiles(const QStringList& files) {
    std::vector<std::filesystem::path> paths;
    for (const QString& file : files) paths.push_back(pathOf(file));
    const QString from = files.size() == 1 ? files.front() : tr("the files chosen");
    return take(layout::readDayPhotoFiles(paths), from);
}

PhotoImport PhotoActions::take(layout::DayPhotosRead read, const QString& from) {
    PhotoImport import;
    for (const layout::Diagnostic& problem : read.problems)
        import.problems << QString::fromStdString(problem.message);
    if (read.photos.empty()) {
        import.error = tr("No photos were read from %1.").arg(from);
        return import;
    }
    const int count = static_cast<int>(read.photos.size());
    const auto withCaption = std::count_if(read.photos.begin(), read.photos.end(),
                                           [](const auto& p) { return !p.photo.caption.empty(); });
    const auto leftOut =
            std::count_if(read.problems.begin(), read.problems.end(),
                          [](const auto& p) { return p.severity != layout::Severity::Note; });
    layout::Document after = m_document.document();
    // The photos already in the document, with the stories they were given, come first; a photo
    // read again (the same file) takes its new caption and credit and keeps its id and story.
    std::vector<layout::ReadPhoto> photos;
    for (const layout::DayPhoto& kept : after.photos) photos.push_back({kept});
    for (layout::ReadPhoto& fresh : read.photos) {
        const auto same = std::find_if(photos.begin(), photos.end(), [&](const auto& p) {
            return p.photo.path == fresh.photo.path;
        });
        if (same == photos.end()) {
            photos.push_back(std::move(fresh));
            continue;
        }
        fresh.photo.id = same->photo.id;
        if (fresh.namedStory.empty()) fresh.photo.story = same->photo.story;
        *same = std::move(fresh);
    }
    layout::PhotoAssignment assigned = layout::assignPhotos(std::move(photos), after.stories);
    for (const layout::Diagnostic& warning : assigned.warnings)
        import.problems << QString::fromStdString(warning.message);
    after.photos = std::move(assigned.photos);

    import.summary = tr("Read %n photo(s) from %1", "", count).arg(from) + tr(", ") +
                     tr("%n with a caption", "", static_cast<int>(withCaption)) + tr(", ") +
                     tr("%n file(s) left out", "", static_cast<int>(leftOut));
    // Composed again as Edit → Auto-Compose does, on its worker, so that the photos are placed
    // with their stories; the photos and the page change together, as one undo step, when it
    // ends.
    if (!m_compose.composeWith(std::move(after), tr("Import photos"), import.summary))
        import.error =
                tr("A layout is being chosen: import the photos once it is taken or "
                   "declined.");
    return import;
}

void PhotoActions::show(const PhotoImport& import) {
    if (import.error) {
        QString text = *import.error;
        if (!import.problems.isEmpty())
            text += QStringLiteral("\n\n") + import.problems.join(QLatin1Char('\n'));
        QMessageBox::warning(&m_window, tr("Cannot import photos"), text);
        return;
    }
    m_window.statusBar()->showMessage(import.summary, 8000);
    if (!import.problems.isEmpty()) {
        QMessageBox::warning(
                &m_window, tr("Some files were left out"),
                import.summary + QStringLiteral("\n\n") + import.problems.join(QLatin1Char('\n')));
    }
}

}  // namespace banmian::app
