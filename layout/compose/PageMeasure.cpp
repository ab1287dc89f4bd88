#include "layout/compose/PageMeasure.h"

#include <algorithm>
#include <map>

#include "layout/base/CharClass.h"
#include "layout/base/Utf8.h"
#include "layout/compose/Preflight.h"
#include "layout/text/WordBreaks.h"

namespace banmian::layout {
namespace {

// What each cell of the type area (a basic column by a grid line) holds: something (text, a
// head, a photo, the masthead), nothing, or the blank line that parts two stacked blocks (it
// holds their rule: space by design, not empty).
class Cells {
public:
    enum class State : unsigned char { Empty, Content, Parting };

    explicit Cells(const PageGrid& grid)
        : m_columns(grid.columns),
          m_lines(grid.lines),
          m_state(static_cast<std::size_t>(grid.columns * grid.lines), State::Empty) {}
    void cover(const GridRect& r) { fill(r, State::Content); }
    void empty(int column, int line) {
        if (column >= 0 && column < m_columns && line >= 0 && line < m_lines)
            at(column, line) = State::Empty;
    }
    // A single empty line between two things above and below it is the line parting them.
    void markPartings() {
        for (int c = 0; c < m_columns; ++c) {
            for (int l = 1; l + 1 < m_lines; ++l) {
                if (at(c, l) == State::Empty && at(c, l - 1) == State::Content &&
                    at(c, l + 1) == State::Content)
                    at(c, l) = State::Parting;
            }
        }
    }
    int columns() const { return m_columns; }
    int lines() const { return m_lines; }
    State state(int column, int line) const {
        return m_state[static_cast<std::size_t>(column * m_lines + line)];
    }

private:
    void fill(const GridRect& r, State state) {
        for (int c = std::max(0, r.column); c < r.endColumn() && c < m_columns; ++c)
            for (int l = std::max(0, r.line); l < r.endLine() && l < m_lines; ++l) at(c, l) = state;
    }
    State& at(int column, int line) {
        return m_state[static_cast<std::size_t>(column * m_lines + line)];
    }
    int m_columns, m_lines;
    std::vector<State> m_state;
};

// The body lines of block `fit.block` its text leaves empty, marked so: in each of its body's
// column frames, the lines under the last one set. A vertical body (竖排) fills its frames
// across, not down, and is judged by its copyfit alone.
void markEmptyBodyLines(const PageGrid& grid, const PageLayout& layout, const Copyfit& fit,
                        Cells& cells) {
    for (const Rect& frame : fit.textFrames) {
        LayoutUnit lastBaseline = -1;
        for (const PageRun& run : layout.runs) {
            if (run.block != fit.block || run.source.field != StoryField::Body ||
                run.orientation != GlyphOrientation::Horizontal)
                continue;
            for (std::size_t g = 0; g < run.x.size(); ++g) {
                if (run.x[g] >= frame.x && run.x[g] < frame.right() && run.y[g] >= frame.y &&
                    run.y[g] <= frame.bottom())
                    lastBaseline = std::max(lastBaseline, run.y[g]);
            }
        }
        const int firstLine = grid.lineAt(frame.y);
        const int endLine = grid.lineAt(frame.bottom());
        // The lines that would still fit under the last one, counted from the frame's foot: a
        // box's text stands inset from the page's grid, its full column no line short.
        const int emptyLines =
                lastBaseline < 0 ? endLine - firstLine
                                 : static_cast<int>((frame.bottom() - lastBaseline) / grid.leading);
        for (int c = 0; c < grid.columns; ++c) {
            const LayoutUnit centre = grid.columnX(c) + grid.columnWidth() / 2;
            if (centre < frame.x || centre >= frame.right()) continue;
            for (int l = endLine - emptyLines; l < endLine; ++l) cells.empty(c, l);
        }
    }
}

// The text of a story's head part, as the page shows it.
const std::string& fieldText(const Story& story, StoryField field) {
    switch (field) {
        case StoryField::Kicker:
            return story.kicker;
        case StoryField::Headline:
            return story.headline;
        case StoryField::Subtitle:
            return story.subtitle;
        case StoryField::Body:
            break;
    }
    static const std::string none;
    return none;
}

// A head part's lines on the page, by where each starts in its text: a horizontal line's glyphs
// share a baseline, a vertical one's an axis.
std::vector<std::size_t> lineStarts(const PageLayout& layout, int block, StoryField field) {
    std::map<LayoutUnit, std::size_t> starts;
    for (const PageRun& run : layout.runs) {
        if (run.block != block || run.source.field != field) continue;
        for (std::size_t g = 0; g < run.glyphs.size(); ++g) {
            const LayoutUnit line =
                    run.orientation == GlyphOrientation::Horizontal ? run.y[g] : run.axis;
            const auto [it, added] = starts.emplace(line, run.textBegin[g]);
            if (!added) it->second = std::min<std::size_t>(it->second, run.textBegin[g]);
        }
    }
    std::vector<std::size_t> out;
    for (const auto& [line, start] : starts) out.push_back(start);
    std::sort(out.begin(), out.end());
    return out;
}

// A title as the reader compares it: its characters without spaces and punctuation.
std::string titleKey(std::string_view text) {
    std::string key;
    for (std::size_t at = 0; at < text.size();) {
        const char32_t c = utf8::next(text, at);
        if (isHan(c) || isDigit(c) || isLatinLetter(c)) utf8::append(key, c);
    }
    return key;
}

// The head of block `block` on the page: the union of its kicker's, headline's and subtitle's
// frames; none when it shows no head.
std::optional<Rect> headOf(const PageLayout& layout, int block) {
    std::optional<Rect> head;
    for (const TextFrame& frame : layout.textFrames) {
        if (frame.block != block || frame.part == TextFrame::Part::Byline ||
            frame.part == TextFrame::Part::Caption)
            continue;
        if (!head) {
            head = frame.rect;
            continue;
        }
        const LayoutUnit right = std::max(head->right(), frame.rect.right());
        const LayoutUnit bottom = std::max(head->bottom(), frame.rect.bottom());
        head->x = std::min(head->x, frame.rect.x);
        head->y = std::min(head->y, frame.rect.y);
        head->width = right - head->x;
        head->height = bottom - head->y;
    }
    return head;
}

std::optional<int> pixelWidthOf(const std::string& path, const std::vector<DayPhoto>& known,
                                int& height) {
    for (const DayPhoto& photo : known) {
        if (photo.path == path && photo.pixelWidth > 0) {
            height = photo.pixelHeight;
            return photo.pixelWidth;
        }
    }
    const auto info = photoInfo(path);
    if (!info) return std::nullopt;
    height = info.value().height;
    return info.value().width;
}

}  // namespace

bool sameTitle(std::string_view a, std::string_view b) {
    const std::string key = titleKey(a);
    return !key.empty() && key == titleKey(b);
}

PageMeasure measurePage(const Page& page, const PageLayout& layout,
                        const std::vector<Story>& stories, const PrintSettings& print,
                        const std::vector<DayPhoto>& known) {
    PageMeasure out;
    const PageGrid& grid = page.grid;

    // Empty space: cells no block or photo covers, and body lines a story's text leaves empty;
    // a hole is a column's run of them, the lines parting stacked blocks passed over.
    Cells cells(grid);
    for (const Block& block : page.blocks) {
        for (const GridRect& area : block.area) cells.cover(area);
        for (const PhotoFrame& photo : block.photos) {  // a photo may stand outside its block
            cells.cover(photo.area);
            if (photo.captionArea) cells.cover(*photo.captionArea);
        }
    }
    cells.markPartings();
    for (const Copyfit& fit : layout.copyfit) {
        const auto b = static_cast<std::size_t>(fit.block);
        if (b < page.blocks.size() && !page.blocks[b].verticalBody)
            markEmptyBodyLines(grid, layout, fit, cells);
        out.oversetLines += fit.oversetLines;
    }
    out.unusedLinesByColumn.assign(static_cast<std::size_t>(grid.columns), 0);
    for (int c = 0; c < grid.columns; ++c) {
        int hole = 0;
        for (int l = 0; l < grid.lines; ++l) {
            const Cells::State state = cells.state(c, l);
            if (state == Cells::State::Content) {
                hole = 0;
                continue;
            }
            if (state == Cells::State::Parting) continue;
            ++out.unusedLinesByColumn[static_cast<std::size_t>(c)];
            out.largestHoleLines = std::max(out.largestHoleLines, ++hole);
        }
        out.unusedCells += out.unusedLinesByColumn[static_cast<std::size_t>(c)];
    }
    const int area = grid.columns * grid.lines;
    out.unusedShare = area > 0 ? static_cast<double>(out.unusedCells) / area : 0;

    // Heads: side by side, broken inside a word, printed twice, sized against the lead's.
    std::vector<std::optional<Rect>> heads(page.blocks.size());
    std::map<std::string, int> titles;
    for (std::size_t b = 0; b < page.blocks.size(); ++b) {
        const Block& block = page.blocks[b];
        const int index = static_cast<int>(b);
        if (block.kind == BlockKind::Ear && !block.earTitle.empty())
            ++titles[titleKey(block.earTitle)];
        const Story* story = findStory(stories, block.story);
        if (block.kind != BlockKind::Story || !story) continue;
        // A boxed story's head stands in its frame, which parts it from any head beside.
        if (!block.boxed) heads[b] = headOf(layout, index);
        bool broken = false;
        for (StoryField field : {StoryField::Kicker, StoryField::Headline, StoryField::Subtitle}) {
            const std::string& text = fieldText(*story, field);
            if (text.empty()) continue;
            const std::vector<std::size_t> starts = lineStarts(layout, index, field);
            if (starts.empty()) continue;  // not shown (a kicker the block leaves out)
            broken = broken || breaksInsideWord(text, starts);
            ++titles[titleKey(text)];
        }
        if (broken) out.headlinesBrokenInsideWord.push_back(block.id);
        LayoutUnit size = 0;
        for (const PageRun& run : layout.runs)
            if (run.block == index && run.source.field == StoryField::Headline)
                size = std::max(size, run.size);
        if (block.lead)
            out.leadHeadlineSize = std::max(out.leadHeadlineSize, size);
        else
            out.nextHeadlineSize = std::max(out.nextHeadlineSize, size);
    }
    for (const auto& [title, times] : titles)
        if (!title.empty() && times > 1) out.repeatedTitles.push_back(title);
    if (out.leadHeadlineSize > 0 && out.nextHeadlineSize > 0)
        out.leadHeadlineRatio = static_cast<double>(out.leadHeadlineSize) / out.nextHeadlineSize;

    // Two heads collide when their blocks stand in neighbouring columns and the heads within a
    // few lines of each other: the eye reads across the column edge from one into the other.
    const LayoutUnit clearance = kHeadClearanceLines * grid.leading;
    for (std::size_t a = 0; a < page.blocks.size(); ++a) {
        for (std::size_t b = 0; b < page.blocks.size(); ++b) {
            if (!heads[a] || !heads[b] || a == b) continue;
            const int aEnd = grid.columnAt(heads[a]->right() + grid.gutter() / 2);
            const int bStart = grid.columnAt(heads[b]->x);
            if (aEnd != bStart || heads[a]->right() > heads[b]->x) continue;
            const bool near = heads[a]->y < heads[b]->bottom() + clearance &&
                              heads[b]->y < heads[a]->bottom() + clearance;
            if (near) out.headCollisions.push_back({page.blocks[a].id, page.blocks[b].id});
        }
    }

    // Proportions: the story block least deep for its width, and the blocks wider than the lead.
    // A block's width is its body's, the last of its areas: a lead's headline set across the page
    // (通栏) stands over a body that may be narrower.
    auto widthOf = [](const Block& block) { return block.area.back().columns; };
    int leadColumns = 0;
    for (const Block& block : page.blocks)
        if (block.lead && block.kind == BlockKind::Story && !block.area.empty())
            leadColumns = widthOf(block);
    for (const Block& block : page.blocks) {
        const Story* story = findStory(stories, block.story);
        if (block.kind != BlockKind::Story || !story || story->kind != StoryKind::Article ||
            block.area.empty())
            continue;
        Rect bounds = grid.rect(block.area.front());
        for (const GridRect& r : block.area) {
            const Rect rect = grid.rect(r);
            const LayoutUnit right = std::max(bounds.right(), rect.right());
            const LayoutUnit bottom = std::max(bounds.bottom(), rect.bottom());
            bounds.x = std::min(bounds.x, rect.x);
            bounds.y = std::min(bounds.y, rect.y);
            bounds.width = right - bounds.x;
            bounds.height = bottom - bounds.y;
        }
        if (leadColumns > 0 && !block.lead && widthOf(block) > leadColumns)
            out.widerThanLead.push_back(block.id);
        const double proportion =
                static_cast<double>(bounds.height) / std::max<LayoutUnit>(1, bounds.width);
        if (out.smallestBlock.empty() || proportion < out.smallestBlockProportion) {
            out.smallestBlockProportion = proportion;
            out.smallestBlock = block.id;
        }
    }

    // Photos: the frames still empty, and the photos too small for their frames.
    for (std::size_t b = 0; b < page.blocks.size(); ++b) {
        for (std::size_t p = 0; p < page.blocks[b].photos.size(); ++p) {
            const PhotoFrame& photo = page.blocks[b].photos[p];
            if (photo.image.empty()) {
                ++out.emptyPhotoFrames;
                continue;
            }
            int height = 0;
            const auto width = pixelWidthOf(photo.image, known, height);
            if (!width) continue;  // missing or unusable: the preflight says so
            const ImageInfo info{ImageKind::Unknown, *width, height, ImageColour::Rgb};
            const PhotoResolution resolution =
                    photoResolution(info, photoRect(page, layout, b, p), print, photo.crop);
            if (resolution.ppi < print.minPhotoPpi) out.photosUnderResolution.push_back(photo.id);
        }
    }

    for (const DayPhoto& photo : known) {
        const bool placed =
                std::any_of(page.blocks.begin(), page.blocks.end(), [&](const Block& b) {
                    return std::any_of(b.photos.begin(), b.photos.end(),
                                       [&](const PhotoFrame& f) { return f.image == photo.path; });
                });
        if (!placed) ++out.unplacedPhotos;
    }
    for (const Story& story : stories) {
        const bool placed = std::any_of(page.blocks.begin(), page.blocks.end(),
                                        [&](const Block& b) { return b.story == story.id; });
        if (!placed) ++out.unplacedStories;
    }
    return out;
}

}  // namespace banmian::layout
