#include "app/ui/EditionActions.h"

#include <QAction>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <algorithm>

#include "app/edit/EditionLink.h"
#include "app/edit/EditionPlan.h"
#include "app/edit/NewsroomPage.h"
#include "app/edit/PageDocument.h"
#include "app/ui/EditionStoryDialog.h"
#include "app/ui/FileActions.h"
#include "app/ui/NewsroomActions.h"
#include "app/view/PageView.h"
#include "layout/compose/FreePlace.h"
#include "layout/edition/Jumps.h"
#include "layout/import/ArticleImporter.h"

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
                               NewsroomActions& newsroom, FileActions& files)
    : QObject(&window),
      m_window(window),
      m_document(document),
      m_view(view),
      m_newsroom(newsroom),
      m_files(files) {
    connect(&m_newsroom, &NewsroomActions::stateChanged, this, &EditionActions::updateEnabled);
    connect(&m_files, &FileActions::pageShown, this, &EditionActions::updateEnabled);
    connect(&m_files, &FileActions::nameChanged, this, &EditionActions::updateEnabled);
    connect(&m_view, &PageView::selectionChanged, this, &EditionActions::updateEnabled);
    connect(&m_document, &PageDocument::changed, this, &EditionActions::updateEnabled);
}

EditionActions::Actions EditionActions::addTo(QMenu& menu) {
    m_actions.placeStory =
            menu.addAction(tr("Place Story from &Edition…"), this, &EditionActions::choosePlace);
    m_actions.placeStory->setObjectName(QStringLiteral("placeEditionStory"));
    m_actions.continueOnPage =
            menu.addAction(tr("&Continue on Page…"), this, &EditionActions::chooseContinue);
    m_actions.continueOnPage->setObjectName(QStringLiteral("continueOnPage"));
    updateEnabled();
    return m_actions;
}

std::optional<QString> EditionActions::whyNot() const {
    if (const NewsroomPage* page = m_newsroom.page()) {
        if (!page->holds())
            return page->readOnly().value_or(tr("The page is not held by this window"));
        return m_document.frozen();
    }
    if (!folderPageOf(m_document.path()))
        return tr(
                "Open a page of an edition first: File → Open from Newsroom…, or a page of an "
                "edition's folder");
    return m_document.frozen();
}

std::unique_ptr<EditionLink> EditionActions::link() const {
    if (NewsroomPage* page = m_newsroom.page()) return newsroomLink(*page);
    return folderLink(m_document.path(), m_document.composer());
}

bool EditionActions::saveHere() {
    return m_newsroom.page() ? m_newsroom.save() : m_files.save();
}

std::optional<std::string> EditionActions::selectedStoryBlock() const {
    const auto selection = m_view.selection();
    if (selection.size() != 1 || selection.front().kind != layout::PagePart::Kind::Block)
        return std::nullopt;
    const auto& blocks = m_document.page().blocks;
    if (selection.front().block >= blocks.size()) return std::nullopt;
    const layout::Block& block = blocks[selection.front().block];
    if (block.kind != layout::BlockKind::Story || block.story.empty()) return std::nullopt;
    return block.id;
}

void EditionActions::updateEnabled() {
    if (!m_actions.placeStory) return;
    const bool mayChange = !whyNot();
    m_actions.placeStory->setEnabled(mayChange);
    m_actions.continueOnPage->setEnabled(mayChange && selectedStoryBlock());
}

void EditionActions::choosePlace() {
    const auto edition = link();
    if (!edition) return;
    auto stories = edition->stories();
    if (!stories) {
        QMessageBox::warning(&m_window, tr("Cannot list the edition's stories"),
                             text(stories.error().message));
        return;
    }
    const auto chosen = askForEditionStory(&m_window, stories.value(), edition->here());
    if (!chosen) return;
    if (const auto error = placeStory(*chosen))
        QMessageBox::warning(&m_window, tr("Cannot place the story"), *error);
}

std::optional<QString> EditionActions::placeStory(const std::string& id) {
    if (auto why = whyNot()) return why;
    const auto edition = link();
    if (!edition) return tr("The page cannot be changed now");
    auto stories = edition->stories();
    if (!stories) return text(stories.error().message);
    const auto found = std::find_if(stories.value().begin(), stories.value().end(),
                                    [&](const layout::EditionStory& s) { return s.id == id; });
    if (found == stories.value().end())
        return tr("The edition has no such story any more: choose it again from the list");
    const QString name = tr("“%1”").arg(text(found->title));
    const int here = edition->here();
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

void EditionActions::chooseContinue() {
    const auto edition = link();
    const auto block = selectedStoryBlock();
    if (!edition || !block) return;
    const int pages = edition->pages();
    const int here = edition->here();
    bool ok = false;
    const int target =
            QInputDialog::getInt(&m_window, tr("Continue on Page"),
                                 tr("Continue the selected story on page (1–%1):").arg(pages),
                                 here < pages ? here + 1 : 1, 1, std::max(1, pages), 1, &ok);
    if (!ok) return;
    if (const auto error = continueOnPage(*block, target))
        QMessageBox::warning(&m_window, tr("Cannot continue the story"), *error);
}

std::optional<QString> EditionActions::continueOnPage(const std::string& blockId, int target) {
    if (auto why = whyNot()) return why;
    const auto edition = link();
    if (!edition) return tr("The page cannot be changed now");
    const int here = edition->here();
    const int pages = edition->pages();
    if (target == here)
        return tr("The story stands on page %1 already: choose another page to continue it on")
                .arg(here);
    if (target < 1 || target > pages)
        return tr("The edition has no page %1: choose one of pages 1–%2").arg(target).arg(pages);
    const layout::Document& now = m_document.document();
    const auto block = std::find_if(now.page.blocks.begin(), now.page.blocks.end(),
                                    [&](const layout::Block& b) { return b.id == blockId; });
    if (block == now.page.blocks.end() || block->kind != layout::BlockKind::Story ||
        block->area.empty())
        return tr("Select the story's block on the page first, then continue it");
    const layout::Story* story = layout::findStory(now.stories, block->story);
    if (!story) return tr("Select the story's block on the page first, then continue it");
    const QString name = m_document.storyTitle(story->id);
    if (block->jump.continuedOn)
        return tr("%1 goes on to page %2 already: move that part, or take it off there first")
                .arg(name)
                .arg(block->jump.continuedOn);

    // The continuation as wide as the part it follows, put where the other page is free.
    const int columns = block->area.front().columns;
    layout::Document current;
    const auto error = edition->changeOtherPage(target, [&](layout::Document& there) {
        std::optional<QString> refused;
        if (standsOn(there, story->id)) {
            refused = tr("%1 stands on page %2 already: take it off there, or choose another "
                         "page")
                              .arg(name)
                              .arg(target);
            return refused;
        }
        if (!layout::findStory(there.stories, story->id)) there.stories.push_back(*story);
        const auto placed = layout::placeStoryWhereFree(there.page, there.stories, story->id,
                                                        columns, kLeastLines);
        if (!placed) {
            refused = tr("Page %1 has no free place for the rest of %2: make room there, or "
                         "choose another page")
                              .arg(target)
                              .arg(name);
            return refused;
        }
        auto jumped = layout::makeJump({{here, now}, {target, there}}, here, blockId, target,
                                       there.page.blocks[*placed].id, m_document.composer());
        if (!jumped) {
            refused = text(jumped.error().message);
            return refused;
        }
        for (layout::NumberedPage& p : std::move(jumped).value().pages)
            (p.number == target ? there : current) = std::move(p.document);
        return refused;
    });
    if (error) return error;
    if (!m_document.change(tr("Continue %1 on page %2").arg(name).arg(target), current))
        return m_document.frozen().value_or(tr("The page cannot be changed now"));
    // Both parts in the edition at once: whoever opens either page sees the jump whole.
    if (!saveHere()) return std::nullopt;  // its dialog said why; the step stays here
    m_window.statusBar()->showMessage(
            tr("%1 continues on page %2; both pages are saved").arg(name).arg(target), 10000);
    return std::nullopt;
}

}  // namespace banmian::app
