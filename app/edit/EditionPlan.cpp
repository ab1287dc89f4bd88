#include "app/edit/EditionPlan.h"

#include <QDir>
#include <QFileInfo>

#include "layout/edition/FolderEdition.h"

namespace banmian::app {

QString editionName(const layout::Edition& edition) {
    return QString::fromStdString(edition.paper + " " + layout::isoDate(edition.date));
}

QString newsroomIdentity(const QString& url, const layout::CalendarDate& date) {
    return url + QLatin1Char(' ') + QString::fromStdString(layout::isoDate(date));
}

QString editionFolderOf(const QString& path) {
    if (path.isEmpty()) return {};
    const QDir folder = QFileInfo(path).absoluteDir();
    if (!folder.exists(QString::fromLatin1(layout::kEditionFile))) return {};
    return folder.absolutePath();
}

std::optional<FolderPage> folderPageOf(const QString& path) {
    const QString folder = editionFolderOf(path);
    if (folder.isEmpty()) return std::nullopt;
    const std::filesystem::path dir(folder.toStdU16String());
    auto edition = layout::readFolderEdition(dir);
    if (!edition) return std::nullopt;
    const QString name = QFileInfo(path).fileName();
    for (const layout::EditionPage& page : edition.value().pages) {
        const auto file = layout::folderPageFile(dir, page.number).filename();
        if (name == QString::fromStdU16String(file.u16string()))
            return FolderPage{dir, std::move(edition).value(), page.number};
    }
    return std::nullopt;
}

}  // namespace banmian::app
