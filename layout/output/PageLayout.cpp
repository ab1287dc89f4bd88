#include "layout/output/PageLayout.h"

#include <algorithm>

namespace banmian::layout {

void appendLine(const TypesetLine& line, std::string_view text, LayoutUnit x, LayoutUnit baseline,
                int block, std::vector<PageRun>& runs, const TextSource& source) {
    std::uint32_t previousCluster = UINT32_MAX;
    const LayoutUnit lineEnd = x + line.left + line.setWidth;
    for (std::size_t r = 0; r < line.runs.size(); ++r) {
        const GlyphRun& run = line.runs[r];
        PageRun placed{run.font, run.size, run.glyphs,    {},          {}, {},
                       block,    source,   run.textBegin, run.textEnd, {}};
        for (std::size_t g = 0; g < run.glyphs.size(); ++g) {
            // A glyph reaches the next one on the line, the last one the line's end.
            const GlyphRun* next = g + 1 < run.glyphs.size() ? &run : nullptr;
            std::size_t nextGlyph = g + 1;
            for (std::size_t n = r + 1; !next && n < line.runs.size(); ++n) {
                if (!line.runs[n].glyphs.empty()) next = &line.runs[n], nextGlyph = 0;
            }
            const LayoutUnit end = next ? x + next->x[nextGlyph] : lineEnd;
            placed.advance.push_back(std::max(0, end - (x + run.x[g])));
            placed.x.push_back(x + run.x[g]);
            placed.y.push_back(baseline - run.rise[g]);
            // The cluster's text on its first glyph only: a ligature or a decomposed character
            // is copied once.
            const bool first = run.textBegin[g] != previousCluster && run.textEnd[g] <= text.size();
            placed.text.emplace_back(
                    first ? text.substr(run.textBegin[g], run.textEnd[g] - run.textBegin[g])
                          : std::string_view());
            previousCluster = run.textBegin[g];
        }
        runs.push_back(std::move(placed));
    }
}

}  // namespace banmian::layout
