#include "app/edit/EditionLink.h"

#include <QCoreApplication>

#include "app/edit/EditionPlan.h"
#include "app/edit/FileLock.h"
#include "app/edit/NewsroomPage.h"
#include "layout/edition/FolderEdition.h"
#include "layout/edition/FolderStock.h"
#include "layout/proof/Rounds.h"

namespace banmian::app {

namespace {

// The link's words, translated under its own name.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(EditionLink)
};

QString text(const std::string& s) {
    return QString::fromStdString(s);
}

class NewsroomLink : public EditionLink {
public:
    explicit NewsroomLink(NewsroomPage& page) : m_page(page) {}

    int here() const override { return m_page.address().page; }
    int pages() const override { return static_cast<int>(m_page.edition().edition.pages.size()); }
    layout::Result<std::vector<layout::EditionStory>> stories() override {
        return m_page.stories();
    }
    std::optional<QString> changeOtherPage(
            int number,
            const std::function<std::optional<QString>(layout::Document&)>& edit) override {
        return m_page.changeOtherPage(number, edit);
    }

private:
    NewsroomPage& m_page;
};

// A folder's page is taken as the window takes a page file: by its lock beside it, which a
// window that has the page open holds (and names itself in).
class FolderLink : public EditionLink {
public:
    FolderLink(std::filesystem::path folder, layout::Edition edition, int here,
               layout::PageComposer& composer)
        : m_folder(std::move(folder)),
          m_edition(std::move(edition)),
          m_here(here),
          m_composer(composer) {}

    int here() const override { return m_here; }
    int pages() const override { return static_cast<int>(m_edition.pages.size()); }
    layout::Result<std::vector<layout::EditionStory>> stories() override {
        return layout::folderStories(m_folder, m_edition);
    }
    std::optional<QString> changeOtherPage(
            int number,
            const std::function<std::optional<QString>(layout::Document&)>& edit) override {
        const auto file = layout::folderPageFile(m_folder, number);
        QString holder;
        const auto lock = FileLock::take(QString::fromStdU16String(file.u16string()), holder);
        if (!lock) {
            return Text::tr(
                           "Page %1 is open in another window (%2): ask them to close it, or "
                           "try again when they have")
                    .arg(number)
                    .arg(holder);
        }
        // As the database refuses them: a page gone to the plant, or signed off, stays as it is.
        if (const layout::EditionPage* page = m_edition.page(number); page && page->sent)
            return Text::tr("Page %1 has gone to the plant (已付印): it is not changed any more")
                    .arg(number);
        auto opened = layout::openFolderPage(m_folder, m_edition, number, m_composer);
        if (!opened) return text(opened.error().message);
        layout::Document there = std::move(opened).value();
        if (const auto signedOff = layout::currentSignOff(there))
            return Text::tr("Page %1 is signed off (签样 by %2): lift the sign-off there first")
                    .arg(number)
                    .arg(text(signedOff->by));
        if (auto refused = edit(there)) return refused;
        if (auto error = layout::writeDocument(there, file)) return text(error->message);
        return std::nullopt;  // the lock given back as it goes
    }

private:
    std::filesystem::path m_folder;
    layout::Edition m_edition;
    int m_here;
    layout::PageComposer& m_composer;
};

}  // namespace

std::unique_ptr<EditionLink> newsroomLink(NewsroomPage& page) {
    return std::make_unique<NewsroomLink>(page);
}

std::unique_ptr<EditionLink> folderLink(const QString& path, layout::PageComposer& composer) {
    auto page = folderPageOf(path);
    if (!page) return nullptr;
    return std::make_unique<FolderLink>(std::move(page->folder), std::move(page->edition),
                                        page->number, composer);
}

}  // namespace banmian::app
