// The page plan of an edition kept in a folder (edition.json beside page-01.banmian …): read as
// the command and the window open its pages (openFolderPage(): jump lines put right), followed
// through the file system — every page is saved by a rename into the folder, and a window that
// opens one leaves its lock file beside it, so the folder's listing changes with each.

#include <QDir>
#include <QFileSystemWatcher>

#include "app/edit/EditionPlan.h"
#include "layout/edition/FolderEdition.h"

namespace banmian::app {

namespace {

QString text(const std::string& s) {
    return QString::fromStdString(s);
}

std::filesystem::path pathOf(const QString& path) {
    return std::filesystem::path(path.toStdU16String());
}

class FolderPlanSource : public EditionPlanSource {
public:
    FolderPlanSource(QString folder, layout::Edition edition)
        : m_folder(std::move(folder)), m_edition(std::move(edition)) {
        m_watcher.addPath(m_folder);
        connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this,
                &EditionPlanSource::changed);
    }

    QString name() const override { return editionName(m_edition); }

    std::optional<QString> read(std::vector<PlanPage>& pages,
                                layout::PageComposer& composer) override {
        // The edition file again: a page sent or a section renamed since.
        auto edition = layout::readFolderEdition(pathOf(m_folder));
        if (!edition) return text(edition.error().message);
        m_edition = std::move(edition).value();
        auto status = layout::folderStatus(pathOf(m_folder), m_edition);
        if (!status) return text(status.error().message);
        pages.clear();
        for (const layout::PageStatus& line : status.value()) {
            PlanPage page{line, std::nullopt, {}};
            auto opened = layout::openFolderPage(pathOf(m_folder), m_edition, page.status.number,
                                                 composer);
            if (opened)
                page.document = std::move(opened).value();
            else
                page.error = text(opened.error().message);
            pages.push_back(std::move(page));
        }
        return std::nullopt;
    }

    QString identity() const override { return m_folder; }

    PlanPageAddress address(int number) const override {
        return {std::nullopt,
                QString::fromStdU16String(
                        layout::folderPageFile(pathOf(m_folder), number).u16string())};
    }

private:
    QString m_folder;
    layout::Edition m_edition;
    QFileSystemWatcher m_watcher;
};

}  // namespace

std::unique_ptr<EditionPlanSource> EditionPlanSource::folder(const QString& folder,
                                                             QString& error) {
    auto edition = layout::readFolderEdition(pathOf(folder));
    if (!edition) {
        error = text(edition.error().message);
        return nullptr;
    }
    return std::make_unique<FolderPlanSource>(QDir(folder).absolutePath(),
                                              std::move(edition).value());
}

}  // namespace banmian::app
