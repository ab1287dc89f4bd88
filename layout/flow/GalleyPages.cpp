#include "layout/flow/GalleyPages.h"

#include <algorithm>

namespace banmian::layout {

std::vector<PageLayout> galleyPages(const Galley& galley, const ParagraphStyle& style, int columns,
                                    int lines) {
    const LayoutUnit margin = fromMillimetres(15), gutter = 2 * style.size;
    PageGrid grid;
    grid.name = "galley";
    grid.bodySize = style.size;
    grid.leading = style.leading;
    grid.columns = columns;
    grid.lines = lines;
    grid.marginLeft = grid.marginTop = margin;
    grid.trimWidth = 2 * margin + columns * galley.width + (columns - 1) * gutter;
    grid.trimHeight = 2 * margin + lines * style.leading;
    if (style.vertical) {  // lines stand from right to left, the galley's columns one below another
        grid.trimWidth = 2 * margin + lines * style.leading;
        grid.trimHeight = 2 * margin + columns * galley.width + (columns - 1) * gutter;
    }

    std::vector<PageLayout> pages;
    int slot = 0;  // the line's place in the galley: page, column, line
    for (const GalleyParagraph& paragraph : galley.paragraphs) {
        for (const TypesetLine& line : paragraph.typeset.lines) {
            const int page = slot / (columns * lines), column = slot / lines % columns,
                      row = slot % lines;
            ++slot;
            if (static_cast<std::size_t>(page) >= pages.size()) pages.emplace_back().grid = grid;
            const LayoutUnit start = margin + column * (galley.width + gutter);
            const LayoutUnit across = row * style.leading + line.baseline % style.leading;
            if (style.vertical) {
                appendVerticalLine(line, paragraph.text, start, grid.trimWidth - margin - across,
                                   -1, pages.back().runs);
            } else {
                appendLine(line, paragraph.text, start, margin + across, -1, pages.back().runs);
            }
        }
    }
    return pages;
}

}  // namespace banmian::layout
