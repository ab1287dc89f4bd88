#include "layout/flow/PageFlow.h"

#include "layout/flow/BlockFlow.h"

#include <algorithm>

namespace banmian::layout {

PageLayout layoutPage(const Page& page, const std::vector<Story>& stories, const FlowStyles& styles,
                      Typesetter& typesetter) {
    PageLayout out;
    out.grid = page.grid;
    for (std::size_t i = 0; i < page.blocks.size(); ++i)
        flowBlock(page, i, stories, styles, typesetter, out);

    // Stories stacked in a column are parted by a thin rule in the blank grid line between them.
    const PageGrid& grid = page.grid;
    for (const Block& block : page.blocks) {
        if (block.kind != BlockKind::Story || block.area.empty() || block.boxed) continue;
        const GridRect& top = block.area.front();
        for (const Block& other : page.blocks) {
            if (&other == &block || other.area.empty()) continue;
            for (const GridRect& area : other.area) {
                const bool above = area.endLine() + 1 == top.line || area.endLine() == top.line;
                const int from = std::max(area.column, top.column),
                          to = std::min(area.endColumn(), top.endColumn());
                // Under the masthead and its 报眼 runs the masthead's heavy rule instead.
                const bool masthead =
                        other.kind == BlockKind::Masthead || other.kind == BlockKind::Ear;
                if (!above || from >= to || masthead) continue;
                const LayoutUnit y = grid.lineY(top.line) - grid.leading / 2;
                out.rules.push_back({grid.columnX(from), y,
                                     grid.columnX(to - 1) + grid.columnWidth(), y,
                                     fromPoints(0.5)});
            }
        }
    }
    return out;
}

std::vector<PageRun> slugLine(const PageGrid& grid, const std::string& text,
                              const ParagraphStyle& style, Typesetter& typesetter) {
    ParagraphStyle oneLine = style;
    oneLine.indentEms = 0;
    oneLine.composition.justify = false;
    oneLine.alignment = Alignment::Left;
    const TypesetParagraph set =
            typesetter.typeset(text, oneLine, ConstantLineWidth(grid.trimWidth));
    std::vector<PageRun> runs;
    if (set.lines.empty()) return runs;
    // 3 mm of bleed, then 2 mm: clear of the bleed, inside the 12 mm slug.
    const LayoutUnit baseline = grid.trimHeight + fromMillimetres(5) + set.lines.front().baseline;
    // Clear of the corner's crop marks.
    appendLine(set.lines.front(), text, fromMillimetres(10), baseline, -1, runs);
    return runs;
}

}  // namespace banmian::layout
