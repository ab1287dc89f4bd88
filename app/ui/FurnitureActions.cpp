#include "app/ui/FurnitureActions.h"

#include <QAction>
#include <QMenu>
#include <QWidget>

#include "app/edit/PageDocument.h"
#include "app/ui/EarDialog.h"
#include "app/ui/MastheadDialog.h"
#include "app/view/PageView.h"
#include "layout/compose/PageFurniture.h"

namespace banmian::app {

FurnitureActions::FurnitureActions(QWidget& window, PageDocument& document, PageView& view)
    : QObject(&window), m_window(window), m_document(document), m_view(view) {
    connect(&m_view, &PageView::editBlock, this, &FurnitureActions::editBlock);
}

FurnitureActions::Actions FurnitureActions::addTo(QMenu& menu) {
    Actions actions{};
    actions.masthead = menu.addAction(tr("&Masthead…"), this, &FurnitureActions::editMasthead);
    actions.addEar = menu.addAction(tr("Add &Ear"), this, &FurnitureActions::addEarWithDialog);
    return actions;
}

bool FurnitureActions::changeMasthead(const layout::Masthead& masthead,
                                      const std::optional<layout::Ink>& colour) {
    layout::Document after = m_document.document();
    after.page.masthead = masthead;
    // The name's colour is its style's ink (the house style's 报头红): one step with the words.
    if (colour) {
        layout::TextStyle title = after.styles.get("masthead.title");
        title.name = "masthead.title";
        title.ink = *colour;
        after.styles = after.styles.withStyle(title);
    }
    if (after.page.masthead == m_document.page().masthead &&
        after.styles == m_document.document().styles)
        return false;
    m_document.change(tr("Masthead"), after);
    return true;
}

std::optional<std::size_t> FurnitureActions::addEar(const std::string& title,
                                                    const std::string& text) {
    layout::Document after = m_document.document();
    const layout::EarPlacement placed = layout::addEar(after.page);
    if (placed.outcome.refused()) {
        emit message(m_document.refusal(tr("The ear"), *placed.outcome.blockInTheWay));
        return std::nullopt;
    }
    after.page.blocks[placed.block].earTitle = title;
    after.page.blocks[placed.block].earText = text;
    m_document.change(tr("Add the ear"), after);
    m_view.select({{layout::PagePart::Kind::Block, placed.block, 0}});
    return placed.block;
}

bool FurnitureActions::changeEar(std::size_t block, const std::string& title,
                                 const std::string& text) {
    const auto& blocks = m_document.page().blocks;
    if (block >= blocks.size() || blocks[block].kind != layout::BlockKind::Ear) return false;
    if (blocks[block].earTitle == title && blocks[block].earText == text) return false;
    layout::Document after = m_document.document();
    after.page.blocks[block].earTitle = title;
    after.page.blocks[block].earText = text;
    m_document.change(tr("Words of the ear"), after);
    return true;
}

void FurnitureActions::editMasthead() {
    MastheadDialog dialog(&m_window);
    dialog.setMasthead(m_document.page().masthead);
    const layout::StyleSheet& styles = m_document.document().styles;
    dialog.setColour(styles.swatches(), styles.get("masthead.title").ink);
    if (dialog.exec() != QDialog::Accepted) return;
    changeMasthead(dialog.masthead(), dialog.colour());
}

void FurnitureActions::addEarWithDialog() {
    EarDialog dialog(&m_window);
    if (dialog.exec() != QDialog::Accepted) return;
    addEar(dialog.title(), dialog.text());
}

void FurnitureActions::editEar(std::size_t block) {
    const auto& blocks = m_document.page().blocks;
    if (block >= blocks.size()) return;
    EarDialog dialog(&m_window);
    dialog.setText(blocks[block].earTitle, blocks[block].earText);
    if (dialog.exec() != QDialog::Accepted) return;
    changeEar(block, dialog.title(), dialog.text());
}

void FurnitureActions::editBlock(std::size_t block) {
    if (block >= m_document.page().blocks.size()) return;
    switch (m_document.page().blocks[block].kind) {
        case layout::BlockKind::Masthead:
        case layout::BlockKind::Folio:  // it prints the masthead's name and date
            editMasthead();
            return;
        case layout::BlockKind::Ear:
            editEar(block);
            return;
        case layout::BlockKind::Story:
            return;
    }
}

}  // namespace banmian::app
