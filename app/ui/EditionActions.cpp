#include "app/ui/EditionActions.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <algorithm>

#include "app/edit/NewsroomPage.h"
#include "app/edit/PageDocument.h"
#include "app/ui/EditionStoryDialog.h"
#include "app/ui/NewsroomActions.h"
#include "app/view/PageView.h"
#include "layout/compose/FreePlace.h"

namespace banmian::app {

namespace {

// A block placed where the designer did not point is at least this deep, so that it is a block
// to move and resize rather than a sliver.
constexpr int kLeastLines = 8;

QString text(const std::string& s) {
    return QString::fromStdString(s);
}

// The width a new block of `story` takes: a sidebar two columns, a story three (as a drop from
// the story list).
int columnsFor(const layout::Story& story) {
    return story.kind == layout::StoryKind::Sidebar ? 2 : 3;
}

bool standsOn(const layout::Document& document, const std::string& story) {
    const auto& blocks = document.page.blocks;
    return std::any_of(blocks.begin(), blocks.end(),
                       [&](const layout::Block& b) { return b.story == story; });
}

}  // namespace

EditionActions::EditionActions(QMainWindow& window, PageDocument& document, PageView& view,
                               NewsroomActions& newsroom)
    : QObject(&window), m_window(window), m_document(document), m_view(view), m_newsroom(newsroom) {
    connect(&m_newsroom, &NewsroomActions::stateChanged, this, &EditionActions::updateEnabled);
    connect(&m_document, &PageDocument::changed, this, &EditionActions::updateEnabled);
}

EditionActions::Actions EditionActions::addTo(QMenu& menu) {
    m_actions.placeStory =
            menu.addAction(tr("Place Story from &Edition…"), this, &EditionActions::choosePlace);
    m_actions.placeStory->setObjectName(QStringLiteral("placeEditionStory"));
    updateEnabled();
    return m_actions;
}

std::optional<QString> EditionActions::whyNot() const {
    const NewsroomPage* page = m_newsroom.page();
    if (!page)
        return tr("Open a page of the newsroom's edition first (File → Open from Newsroom…)");
    if (!page->holds()) return page->readOnly().value_or(tr("The page is not held by this window"));
    return m_document.frozen();
}

void EditionActions::updateEnabled() {
    if (!m_actions.placeStory) return;
    m_actions.placeStory->setEnabled(!whyNot());
}

void EditionActions::choosePlace() {
    NewsroomPage* page = m_newsroom.page();
    if (!page) return;
    auto stories = page->stories();
    if (!stories) {
        QMessageBox::warning(&m_window, tr("Cannot list the edition's stories"),
                             text(stories.error().message));
        return;
    }
    const auto chosen = askForEditionStory(&m_window, stories.value(), page->address().page);
    if (!chosen) return;
    if (const auto error = placeStory(*chosen))
        QMessageBox::warning(&m_window, tr("Cannot place the story"), *error);
}

std::optional<QString> EditionActions::placeStory(const std::string& id) {
    if (auto why = whyNot()) return why;
    NewsroomPage& page = *m_newsroom.page();
    auto stories = page.stories();
    if (!stories) return text(stories.error().message);
    const auto found = std::find_if(stories.value().begin(), stories.value().end(),
                                    [&](const layout::EditionStory& s) { return s.id == id; });
    if (found == stories.value().end())
        return tr("The edition has no such story any more: choose it again from the list");
    const QString name = tr("“%1”").arg(text(found->title));
    const int here = page.address().page;
    if (standsOn(m_document.document(), id))
        return tr("%1 is on the page already: drag its block to move it").arg(name);
    const auto elsewhere = std::find_if(found->pages.begin(), found->pages.end(),
                                        [&](int p) { return p != here; });
    if (elsewhere != found->pages.end())
        return tr("%1 is placed on page %2 already: take it off there first, or continue it "
                  "from there with Continue on Page…")
                .arg(name)
                .arg(*elsewhere);

    layout::Document after = m_document.document();
    if (!layout::findStory(after.stories, id)) after.stories.push_back(found->story);
    const auto placed = layout::placeStoryWhereFree(after.page, after.stories, id,
                                                    columnsFor(found->story), kLeastLines);
    if (!placed)
        return tr("Page %1 has no free place for %2: make room (move or take off a block) and "
                  "place it again")
                .arg(here)
                .arg(name);
    const std::size_t block = *placed;
    if (!m_document.change(tr("Place %1").arg(name), after))
        return m_document.frozen().value_or(tr("The page cannot be changed now"));
    m_view.select({{layout::PagePart::Kind::Block, block, 0}});
    return std::nullopt;
}

}  // namespace banmian::app
