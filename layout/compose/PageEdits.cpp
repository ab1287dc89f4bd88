#include "layout/compose/PageEdits.h"

#include <algorithm>

#include "layout/base/Id.h"

namespace banmian::layout {
namespace {

bool contains(const Rect& r, LayoutUnit x, LayoutUnit y) {
    return x >= r.x && x < r.right() && y >= r.y && y < r.bottom();
}

bool overlap(const std::vector<GridRect>& a, const std::vector<GridRect>& b) {
    for (const GridRect& r : a) {
        for (const GridRect& s : b) {
            if (r.overlaps(s)) return true;
        }
    }
    return false;
}

// The caption's rectangle on the grid while it still sits in its photo's last lines.
GridRect captionInPhoto(const PhotoFrame& photo, const PageImage* image, const PageGrid& grid) {
    GridRect area = photo.area;
    const int lines =
            image ? static_cast<int>((image->caption.height + grid.leading - 1) / grid.leading) : 1;
    area.lines = std::clamp(lines, 1, photo.area.lines);
    area.line = photo.area.endLine() - area.lines;
    return area;
}

const PageImage* imageOf(const PageLayout& layout, std::size_t block, std::size_t photo) {
    for (const PageImage& image : layout.images) {
        if (image.block == static_cast<int>(block) && image.photo == static_cast<int>(photo))
            return &image;
    }
    return nullptr;
}

void shift(GridRect& r, int columns, int lines) {
    r.column += columns;
    r.line += lines;
}

void shift(std::vector<GridRect>& area, int columns, int lines) {
    for (GridRect& r : area) shift(r, columns, lines);
}

// The photos and moved captions on the page but `self`'s own rectangle.
std::vector<GridRect> picturesBut(const Page& page, const PagePart& self) {
    std::vector<GridRect> out;
    for (std::size_t b = 0; b < page.blocks.size(); ++b) {
        for (std::size_t p = 0; p < page.blocks[b].photos.size(); ++p) {
            const PhotoFrame& photo = page.blocks[b].photos[p];
            const bool same = b == self.block && p == self.photo;
            if (!(same && self.kind == PagePart::Kind::Photo)) out.push_back(photo.area);
            if (photo.captionArea && !(same && self.kind == PagePart::Kind::Caption))
                out.push_back(*photo.captionArea);
        }
    }
    return out;
}

}  // namespace

std::optional<PagePart> partAt(const Page& page, const PageLayout& layout, LayoutUnit x,
                               LayoutUnit y) {
    for (const PageImage& image : layout.images) {
        if (image.block < 0 || image.photo < 0) continue;
        const auto block = static_cast<std::size_t>(image.block);
        const auto photo = static_cast<std::size_t>(image.photo);
        if (image.caption.height > 0 && contains(image.caption, x, y))
            return PagePart{PagePart::Kind::Caption, block, photo};
        if (contains(image.rect, x, y)) return PagePart{PagePart::Kind::Photo, block, photo};
    }
    for (std::size_t b = page.blocks.size(); b-- > 0;) {
        for (const GridRect& r : page.blocks[b].area) {
            if (contains(page.grid.rect(r), x, y)) return PagePart{PagePart::Kind::Block, b, 0};
        }
    }
    return std::nullopt;
}

bool onResizeHandle(const Page& page, std::size_t block, LayoutUnit x, LayoutUnit y,
                    LayoutUnit reach) {
    if (block >= page.blocks.size() || page.blocks[block].area.empty()) return false;
    const Rect r = page.grid.rect(page.blocks[block].area.back());
    return std::abs(x - r.right()) <= reach && std::abs(y - r.bottom()) <= reach;
}

std::vector<GridRect> areaOf(const Page& page, const PageLayout& layout, const PagePart& part) {
    if (part.block >= page.blocks.size()) return {};
    const Block& block = page.blocks[part.block];
    if (part.kind == PagePart::Kind::Block) return block.area;
    if (part.photo >= block.photos.size()) return {};
    const PhotoFrame& photo = block.photos[part.photo];
    if (part.kind == PagePart::Kind::Photo) return {photo.area};
    if (photo.captionArea) return {*photo.captionArea};
    return {captionInPhoto(photo, imageOf(layout, part.block, part.photo), page.grid)};
}

std::optional<std::size_t> blockOver(const Page& page, std::size_t self,
                                     const std::vector<GridRect>& area) {
    for (std::size_t b = 0; b < page.blocks.size(); ++b) {
        if (b != self && overlap(area, page.blocks[b].area)) return b;
    }
    return std::nullopt;
}

EditOutcome movePart(Page& page, const PageLayout& layout, const PagePart& part, int columns,
                     int lines) {
    return moveParts(page, layout, {part}, columns, lines);
}

EditOutcome moveParts(Page& page, const PageLayout& layout, const std::vector<PagePart>& parts,
                      int columns, int lines) {
    // One delta for all, as far as the type area lets every part go.
    std::vector<std::vector<GridRect>> areas;
    for (const PagePart& part : parts) {
        areas.push_back(areaOf(page, layout, part));
        if (areas.back().empty()) return {};
        for (const GridRect& r : areas.back()) {
            columns = std::clamp(columns, -r.column, page.grid.columns - r.endColumn());
            lines = std::clamp(lines, -r.line, page.grid.lines - r.endLine());
        }
    }
    auto moved = [&](std::size_t block) {
        for (const PagePart& p : parts) {
            if (p.kind == PagePart::Kind::Block && p.block == block) return true;
        }
        return false;
    };

    Page next = page;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const PagePart& part = parts[i];
        std::vector<GridRect> area = areas[i];
        shift(area, columns, lines);
        for (std::size_t b = 0; b < page.blocks.size(); ++b) {
            if (b != part.block && !moved(b) && overlap(area, page.blocks[b].area)) return {b};
        }
        Block& block = next.blocks[part.block];
        if (part.kind == PagePart::Kind::Block) {
            block.area = std::move(area);
            if (moved(part.block)) {  // its photos and captions go along
                for (PhotoFrame& photo : block.photos) {
                    shift(photo.area, columns, lines);
                    if (photo.captionArea) shift(*photo.captionArea, columns, lines);
                }
            }
            continue;
        }
        if (overlap(area, picturesBut(page, part))) return {part.block};
        PhotoFrame& photo = block.photos[part.photo];
        // A caption still in the photo's lines goes with it; one moved away stays.
        (part.kind == PagePart::Kind::Photo ? photo.area : photo.captionArea.emplace()) =
                area.front();
    }
    page = std::move(next);
    return {};
}

EditOutcome resizeBlock(Page& page, std::size_t index, int endColumn, int endLine) {
    if (index >= page.blocks.size() || page.blocks[index].area.empty()) return {};
    std::vector<GridRect> area = page.blocks[index].area;
    GridRect& last = area.back();
    last.columns = std::clamp(endColumn, last.column + 1, page.grid.columns) - last.column;
    last.lines = std::clamp(endLine, last.line + 2, page.grid.lines) - last.line;
    if (const auto other = blockOver(page, index, area)) return {other};
    page.blocks[index].area = std::move(area);
    return {};
}

GridRect placementArea(const PageGrid& grid, const Story& story, int column, int line,
                       int columns) {
    GridRect area;
    area.column = std::clamp(column, 0, grid.columns - 1);
    area.columns = std::clamp(columns, 1, grid.columns - area.column);
    area.line = std::clamp(line, 0, std::max(0, grid.lines - 2));
    // Cast off: characters over the characters a line holds, a line more for each paragraph's
    // last, and the head's lines (headline, credit line and the blank lines around them).
    const auto perLine = static_cast<std::size_t>(
            std::max(1, grid.longColumnCharacters(area.columns) / area.columns * area.columns));
    const std::size_t body = story.characterCount() / perLine + story.paragraphs.size() / 2 + 1;
    const int head = story.kind == StoryKind::Sidebar ? 3 : 7;
    area.lines = std::clamp(static_cast<int>(body) + head, 2, grid.lines - area.line);
    return area;
}

Placement placeStory(Page& page, const std::vector<Story>& stories, const std::string& story,
                     int column, int line, int columns) {
    const Story* placed = findStory(stories, story);
    if (!placed) return {};
    Block block;
    block.story = story;
    block.boxed = placed->kind == StoryKind::Sidebar;
    // Dropped into a gap narrower than asked, it takes the gap's width (deeper for it); refused
    // only where not even one column is free.
    std::optional<std::size_t> refusedBy;
    for (int width = std::max(columns, 1); width >= 1; --width) {
        block.area = {placementArea(page.grid, *placed, column, line, width)};
        const auto other = blockOver(page, page.blocks.size(), block.area);
        if (!other) break;
        if (!refusedBy) refusedBy = other;
        if (width == 1) return {{refusedBy}, 0};
    }
    block.id = newId();  // what the document, the selection and other copies know it by
    page.blocks.push_back(std::move(block));
    return {{}, page.blocks.size() - 1};
}

}  // namespace banmian::layout
