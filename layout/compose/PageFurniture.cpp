#include "layout/compose/PageFurniture.h"

#include <algorithm>

#include "layout/base/Id.h"

namespace banmian::layout {

EarPlacement addEar(Page& page, int columns) {
    const PageGrid& grid = page.grid;
    columns = std::clamp(columns, 1, grid.columns);
    Page next = page;
    Block ear;
    ear.id = newId();
    ear.kind = BlockKind::Ear;
    ear.boxed = true;
    const auto masthead = std::find_if(next.blocks.begin(), next.blocks.end(), [](const Block& b) {
        return b.kind == BlockKind::Masthead && !b.area.empty();
    });
    if (masthead != next.blocks.end()) {
        GridRect& name = masthead->area.front();
        const auto index = static_cast<std::size_t>(masthead - next.blocks.begin());
        // The name needs room of its own: two columns at the least.
        if (name.columns - columns < 2) return {{index}, 0};
        name.columns -= columns;
        ear.area = {{name.endColumn(), columns, name.line, std::max(2, name.lines - 1)}};
    } else {
        ear.area = {{grid.columns - columns, columns, 0, std::min(8, grid.lines)}};
    }
    if (const auto other = blockOver(next, next.blocks.size(), ear.area)) return {{other}, 0};
    next.blocks.push_back(std::move(ear));
    page = std::move(next);
    return {{}, page.blocks.size() - 1};
}

int keepEars(const Page& before, Page& composed) {
    int left = 0;
    for (const Block& ear : before.blocks) {
        if (ear.kind != BlockKind::Ear || ear.area.empty()) continue;
        const EarPlacement placed = addEar(composed, ear.area.front().columns);
        if (placed.outcome.refused()) {
            ++left;
            continue;
        }
        Block& kept = composed.blocks[placed.block];
        const std::vector<GridRect> area = kept.area;
        kept = ear;
        kept.area = area;
    }
    return left;
}

void takeOff(Page& page, std::size_t index) {
    if (index >= page.blocks.size()) return;
    const Block& ear = page.blocks[index];
    if (ear.kind == BlockKind::Ear && !ear.area.empty()) {
        const GridRect& e = ear.area.front();
        for (Block& b : page.blocks) {
            if (b.kind != BlockKind::Masthead || b.area.empty()) continue;
            GridRect& name = b.area.front();
            const bool beside =
                    name.endColumn() == e.column && name.line <= e.line && e.line < name.endLine();
            if (beside) {
                name.columns += e.columns;
                break;
            }
        }
    }
    page.blocks.erase(page.blocks.begin() + static_cast<long>(index));
}

}  // namespace banmian::layout
