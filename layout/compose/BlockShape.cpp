#include "layout/compose/BlockShape.h"

#include <algorithm>

namespace banmian::layout {
namespace {

// The smallest grid rectangle holding every rectangle of `area`.
GridRect bounds(const std::vector<GridRect>& area) {
    int left = area.front().column, right = area.front().endColumn();
    int top = area.front().line, bottom = area.front().endLine();
    for (const GridRect& r : area) {
        left = std::min(left, r.column);
        right = std::max(right, r.endColumn());
        top = std::min(top, r.line);
        bottom = std::max(bottom, r.endLine());
    }
    return {left, right - left, top, bottom - top};
}

// The block's notch on `side`: its two rectangles when it is such an L (the lower one flush with
// the other side), else nothing.
bool notchedOn(const std::vector<GridRect>& area, NotchSide side) {
    if (area.size() != 2) return false;
    const GridRect& top = area[0];
    const GridRect& lower = area[1];
    if (lower.line != top.endLine() || lower.columns >= top.columns) return false;
    return side == NotchSide::Left
                   ? lower.endColumn() == top.endColumn() && lower.column > top.column
                   : lower.column == top.column && lower.endColumn() < top.endColumn();
}

}  // namespace

EditOutcome notchBlock(Page& page, std::size_t index, NotchSide side, int column, int line) {
    if (index >= page.blocks.size() || page.blocks[index].area.empty()) return {};
    const GridRect box = bounds(page.blocks[index].area);
    std::vector<GridRect> area;
    const bool back = side == NotchSide::Left ? column <= box.column : column >= box.endColumn();
    if (back || line >= box.endLine()) {
        area = {box};  // the notch taken back: a rectangle again
    } else {
        column = std::clamp(column, box.column + 1, box.endColumn() - 1);
        line = std::clamp(line, box.line + 2, box.endLine() - 1);
        const GridRect top{box.column, box.columns, box.line, line - box.line};
        const GridRect lower =
                side == NotchSide::Left
                        ? GridRect{column, box.endColumn() - column, line, box.endLine() - line}
                        : GridRect{box.column, column - box.column, line, box.endLine() - line};
        area = {top, lower};
    }
    if (const auto other = blockOver(page, index, area)) return {other};
    Block& block = page.blocks[index];
    block.area = std::move(area);
    // The head spans no more columns than the top rectangle has.
    block.headColumns = std::min(block.headColumns, block.area.front().columns);
    return {};
}

std::optional<GridPoint> notchHandle(const Page& page, std::size_t index, NotchSide side) {
    if (index >= page.blocks.size() || page.blocks[index].area.empty()) return std::nullopt;
    const std::vector<GridRect>& area = page.blocks[index].area;
    if (notchedOn(area, side)) {
        const GridRect& lower = area[1];
        return GridPoint{side == NotchSide::Left ? lower.column : lower.endColumn(), lower.line};
    }
    if (area.size() != 1) return std::nullopt;  // notched on the other side, or another shape
    const GridRect& r = area.front();
    return GridPoint{side == NotchSide::Left ? r.column : r.endColumn(), r.endLine()};
}

}  // namespace banmian::layout
