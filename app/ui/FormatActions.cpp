#include "app/ui/FormatActions.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

#include "app/edit/PageDocument.h"
#include "app/ui/FurnitureDialog.h"
#include "app/ui/SwatchesDialog.h"
#include "app/view/PageView.h"

namespace banmian::app {

FormatActions::FormatActions(QMainWindow& window, PageDocument& document, PageView& view)
    : QObject(&window), m_window(window), m_document(document), m_view(view) {
    m_menu = window.menuBar()->addMenu(tr("F&ormat"));
    m_furniture = m_menu->addAction(tr("&Frame and Colour…"), this, &FormatActions::editFurniture);
    m_furniture->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_columnRules = m_menu->addAction(tr("&Column Rules"));
    m_columnRules->setCheckable(true);
    connect(m_columnRules, &QAction::triggered, this, &FormatActions::setColumnRules);
    m_menu->addSeparator();
    m_menu->addAction(tr("&Swatches…"), this, &FormatActions::editSwatches);
    connect(&m_document, &PageDocument::changed, this, &FormatActions::update);
    connect(&m_view, &PageView::selectionChanged, this, &FormatActions::update);
    update();
}

std::optional<std::size_t> FormatActions::selectedStoryBlock() const {
    const auto parts = m_view.selection();
    if (parts.size() != 1) return std::nullopt;
    const std::size_t block = parts.front().block;
    const auto& blocks = m_document.page().blocks;
    if (block >= blocks.size() || blocks[block].kind != layout::BlockKind::Story)
        return std::nullopt;
    return block;
}

void FormatActions::update() {
    m_furniture->setEnabled(selectedStoryBlock().has_value());
    m_columnRules->setChecked(m_document.page().columnRules);
}

void FormatActions::editFurniture() {
    const auto block = selectedStoryBlock();
    if (!block) return;
    FurnitureDialog dialog(m_document.document().styles, m_document.page().blocks[*block],
                           &m_window);
    if (dialog.exec() != QDialog::Accepted) return;
    layout::Document after = m_document.document();
    after.page.blocks[*block] = dialog.block();
    if (after.page.blocks[*block] == m_document.page().blocks[*block]) return;
    m_document.change(tr("Frame and colour of %1").arg(m_document.storyName(*block)), after);
}

void FormatActions::setColumnRules(bool on) {
    if (m_document.page().columnRules == on) return;
    layout::Document after = m_document.document();
    after.page.columnRules = on;
    m_document.change(on ? tr("Column rules on") : tr("Column rules off"), after);
}

void FormatActions::editSwatches() {
    SwatchesDialog dialog(m_document.document().styles, &m_window);
    if (dialog.exec() != QDialog::Accepted) return;
    if (dialog.styles() == m_document.document().styles) return;
    layout::Document after = m_document.document();
    after.styles = dialog.styles();
    m_document.change(tr("Change the swatches"), after);
}

}  // namespace banmian::app
