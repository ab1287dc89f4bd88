#include "layout/compose/FreePlace.h"

#include <algorithm>

#include "layout/compose/PageEdits.h"

namespace banmian::layout {

std::optional<GridRect> freePlace(const Page& page, int columns, int lines, int minLines) {
    const PageGrid& grid = page.grid;
    columns = std::clamp(columns, 1, std::max(1, grid.columns));
    minLines = std::max(minLines, 2);  // a block is two lines at the least (resizeBlock)
    lines = std::max(lines, minLines);
    std::optional<GridRect> deepest;
    for (int line = 0; line + minLines <= grid.lines; ++line) {
        for (int column = 0; column + columns <= grid.columns; ++column) {
            GridRect area{column, columns, line, minLines};
            if (blockOver(page, page.blocks.size(), {area})) continue;
            // As deep as it may go before the block below or the foot of the type area.
            const int most = std::min(lines, grid.lines - line);
            while (area.lines < most) {
                GridRect deeper = area;
                ++deeper.lines;
                if (blockOver(page, page.blocks.size(), {deeper})) break;
                area = deeper;
            }
            if (area.lines == lines) return area;
            if (!deepest || area.lines > deepest->lines) deepest = area;
        }
    }
    return deepest;
}

std::optional<std::size_t> placeStoryWhereFree(Page& page, const std::vector<Story>& stories,
                                               const std::string& story, int columns,
                                               int minLines) {
    const Story* placed = findStory(stories, story);
    if (!placed) return std::nullopt;
    const int lines = placementArea(page.grid, *placed, 0, 0, columns).lines;
    const auto place = freePlace(page, columns, lines, minLines);
    if (!place) return std::nullopt;
    // placeStory() makes the block (its id, a sidebar boxed) on the bare grid: the free place is
    // found already, and may be shallower than the text (cut short by the block below), so what
    // does not fit is overset and the copyfit says so.
    Page bare;
    bare.grid = page.grid;
    const Placement made =
            placeStory(bare, stories, story, place->column, place->line, place->columns);
    if (made.outcome.refused()) return std::nullopt;
    Block block = std::move(bare.blocks[made.block]);
    block.area = {*place};
    page.blocks.push_back(std::move(block));
    return page.blocks.size() - 1;
}

}  // namespace banmian::layout
