#include "layout/compose/PhotoEdits.h"

#include <algorithm>
#include <cstdlib>

namespace banmian::layout {
namespace {

bool takesLeft(Corner c) {
    return c == Corner::TopLeft || c == Corner::BottomLeft;
}

bool takesTop(Corner c) {
    return c == Corner::TopLeft || c == Corner::TopRight;
}

}  // namespace

std::optional<Corner> photoCornerAt(const Page& page, std::size_t block, std::size_t photo,
                                    LayoutUnit x, LayoutUnit y, LayoutUnit reach) {
    if (block >= page.blocks.size() || photo >= page.blocks[block].photos.size()) return {};
    const Rect r = page.grid.rect(page.blocks[block].photos[photo].area);
    for (const Corner c :
         {Corner::BottomRight, Corner::BottomLeft, Corner::TopRight, Corner::TopLeft}) {
        const LayoutUnit cx = takesLeft(c) ? r.x : r.right();
        const LayoutUnit cy = takesTop(c) ? r.y : r.bottom();
        if (std::abs(x - cx) <= reach && std::abs(y - cy) <= reach) return c;
    }
    return {};
}

EditOutcome resizePhoto(Page& page, std::size_t block, std::size_t photo, Corner corner, int column,
                        int line) {
    if (block >= page.blocks.size() || photo >= page.blocks[block].photos.size()) return {};
    const PageGrid& grid = page.grid;
    const GridRect was = page.blocks[block].photos[photo].area;
    // The edges that stay, and the ones the corner takes, kept a column and two lines apart.
    int left = was.column, right = was.endColumn(), top = was.line, bottom = was.endLine();
    if (takesLeft(corner))
        left = std::clamp(column, 0, right - 1);
    else
        right = std::clamp(column, left + 1, grid.columns);
    if (takesTop(corner))
        top = std::clamp(line, 0, bottom - 2);
    else
        bottom = std::clamp(line, top + 2, grid.lines);
    const GridRect area{left, right - left, top, bottom - top};

    for (std::size_t b = 0; b < page.blocks.size(); ++b) {
        if (b == block) continue;
        for (const GridRect& r : page.blocks[b].area) {
            if (r.overlaps(area)) return {b};
        }
    }
    for (std::size_t b = 0; b < page.blocks.size(); ++b) {
        for (std::size_t p = 0; p < page.blocks[b].photos.size(); ++p) {
            const PhotoFrame& other = page.blocks[b].photos[p];
            if (!(b == block && p == photo) && other.area.overlaps(area)) return {block};
            if (other.captionArea && other.captionArea->overlaps(area)) return {block};
        }
    }
    page.blocks[block].photos[photo].area = area;
    return {};
}

}  // namespace banmian::layout
