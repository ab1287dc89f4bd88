#include "app/edit/EditionPlan.h"

#include <QDir>
#include <QFileInfo>

#include "layout/edition/FolderEdition.h"

namespace banmian::app {

QString newsroomIdentity(const QString& url, const layout::CalendarDate& date) {
    return QStringLiteral("%1 %2-%3-%4").arg(url).arg(date.year).arg(date.month).arg(date.day);
}

QString editionFolderOf(const QString& path) {
    if (path.isEmpty()) return {};
    const QDir folder = QFileInfo(path).absoluteDir();
    if (!folder.exists(QString::fromLatin1(layout::kEditionFile))) return {};
    return folder.absolutePath();
}

}  // namespace banmian::app
