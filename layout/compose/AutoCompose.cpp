#include "layout/compose/AutoCompose.h"

#include <algorithm>
#include <numeric>

#include "layout/base/Id.h"
#include "layout/flow/BlockFlow.h"
#include "layout/text/Galley.h"

namespace banmian::layout {
namespace {

// A photo is worth a frame only when it has this many grid lines.
constexpr int kMinPhotoLines = 10;

// Grid lines a story needs in a block of `span` basic columns: its head, then its body shared
// out over the columns — measured by flowing it into a block taller than any page.
int linesNeeded(const Story& story, const Block& shape, int span, const PageGrid& grid,
                const FlowStyles& styles, Typesetter& typesetter) {
    constexpr int kTall = 2000;
    Page trial{grid, {}, {shape}};
    trial.blocks[0].story = story.id;
    trial.blocks[0].area = {{0, span, 0, kTall}};
    PageLayout out;
    flowBlock(trial, 0, {story}, styles, typesetter, out);
    if (out.copyfit.empty()) return 1;
    const Copyfit& fit = out.copyfit.front();
    const int columns = static_cast<int>(fit.textFrames.size());
    const int bodySlots = columns * (kTall - fit.headLines);
    const int used = bodySlots - fit.undersetLines;
    return fit.headLines + (used + columns - 1) / std::max(1, columns) + (shape.boxed ? 1 : 0);
}

// Columns an article asks for by its length: short items two, long ones four.
int spanFor(const Story& story, int columns) {
    const std::size_t characters = story.characterCount();
    const int span = characters < 450 ? 2 : characters < 900 ? 3 : 4;
    return std::min(span, columns);
}

}  // namespace

Page autoCompose(const std::vector<Story>& stories, const PageGrid& grid, const Masthead& masthead,
                 const FlowStyles& styles, Typesetter& typesetter) {
    Page page{grid, masthead, {}};
    // A page of Taiwan copy is a Taiwan page: its masthead and folio follow its stories' language.
    page.language = majorityLanguage(stories);

    // The masthead: its title and issue line, then a blank line under the heavy rule.
    PageLayout probe;
    Block mastheadBlock;
    mastheadBlock.id = newId();
    mastheadBlock.kind = BlockKind::Masthead;
    mastheadBlock.area = {{0, grid.columns, 0, 1}};
    Page mastheadOnly{grid, masthead, {mastheadBlock}};
    flowBlock(mastheadOnly, 0, stories, styles, typesetter, probe);
    LayoutUnit bottom = grid.marginTop;
    for (const PageRun& run : probe.runs) {
        for (LayoutUnit y : run.y) bottom = std::max(bottom, y + run.size / 4);
    }
    const int mastheadLines = static_cast<int>((bottom - grid.marginTop) / grid.leading) + 2;
    mastheadBlock.area = {{0, grid.columns, 0, mastheadLines}};
    page.blocks.push_back(mastheadBlock);

    std::vector<int> skyline(static_cast<std::size_t>(grid.columns), mastheadLines);
    std::vector<int> blockOfStory(stories.size(), -1);
    auto place = [&](std::size_t s, Block block, int span, std::optional<int> preferredColumn) {
        const int lines = linesNeeded(stories[s], block, span, grid, styles, typesetter);
        int bestColumn = 0, bestTop = INT32_MAX;
        for (int c = 0; c + span <= grid.columns; ++c) {
            const int top = *std::max_element(skyline.begin() + c, skyline.begin() + c + span);
            const bool better =
                    top < bestTop || (top == bestTop && preferredColumn && c == *preferredColumn);
            if (better) {
                bestTop = top;
                bestColumn = c;
            }
        }
        if (preferredColumn && *preferredColumn + span <= grid.columns) {
            const int top = *std::max_element(skyline.begin() + *preferredColumn,
                                              skyline.begin() + *preferredColumn + span);
            if (top <= bestTop + 2) {
                bestColumn = *preferredColumn;
                bestTop = top;
            }
        }
        // A blank grid line between stacked stories holds the rule that parts them.
        const int top = bestTop == mastheadLines ? bestTop : bestTop + 1;
        block.story = stories[s].id;
        // A story longer than the page has room for is cut at the foot, above the folio line:
        // its overset then says by how much (the designer's 超).
        const int fitting = std::max(1, std::min(lines, grid.lines - 2 - top));
        block.area = {{bestColumn, span, top, fitting}};
        std::fill(skyline.begin() + bestColumn, skyline.begin() + bestColumn + span, top + fitting);
        blockOfStory[s] = static_cast<int>(page.blocks.size());
        page.blocks.push_back(std::move(block));
    };

    bool leadPlaced = false;
    for (std::size_t s = 0; s < stories.size(); ++s) {
        if (stories[s].kind != StoryKind::Article) continue;
        Block block;
        block.id = newId();
        int span = spanFor(stories[s], grid.columns);
        if (!leadPlaced) {
            block.lead = true;
            span = std::min(grid.columns, std::max(span, grid.columns * 5 / 8));
            leadPlaced = true;
        }
        place(s, block, span, std::nullopt);
        // Its sidebars, boxed, in one long column right below it.
        for (std::size_t t = 0; t < stories.size(); ++t) {
            if (stories[t].kind != StoryKind::Sidebar || stories[t].related != stories[s].id)
                continue;
            const GridRect& host = page.blocks.back().area.front();
            Block box;
            box.id = newId();
            box.boxed = true;
            box.textColumns = 1;
            place(t, box, std::min(host.columns, 3), host.column);
        }
    }
    for (std::size_t t = 0; t < stories.size(); ++t) {  // sidebars whose story is unknown
        if (blockOfStory[t] < 0 && stories[t].kind == StoryKind::Sidebar) {
            Block box;
            box.id = newId();
            box.boxed = true;
            box.textColumns = 1;
            place(t, box, 2, std::nullopt);
        }
    }

    // Grow each column's last block to the foot of the page; a photo frame takes the space
    // where it is large enough, so the page has no holes and the text stays as it was.
    for (std::size_t b = 1; b < page.blocks.size(); ++b) {
        Block& block = page.blocks[b];
        GridRect& area = block.area.front();
        bool last = true;
        for (const Block& other : page.blocks) {
            const GridRect& o = other.area.front();
            if (&other != &block && o.line > area.line && o.column < area.endColumn() &&
                area.column < o.endColumn()) {
                last = false;
            }
        }
        const int room = grid.lines - 2 - area.endLine();  // above the folio and its blank line
        if (!last || room <= 0) continue;
        if (room >= kMinPhotoLines && !block.boxed) {
            block.photos.push_back({{area.column, area.columns, area.endLine() + 1, room - 1},
                                    "",
                                    "",
                                    std::nullopt,
                                    newId(),
                                    newId()});
        }
        area.lines += room;
    }
    Block folio;
    folio.id = newId();
    folio.kind = BlockKind::Folio;
    folio.area = {{0, grid.columns, grid.lines - 1, 1}};
    page.blocks.push_back(folio);
    return page;
}

}  // namespace banmian::layout
