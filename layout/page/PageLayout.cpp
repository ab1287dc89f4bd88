#include "layout/page/PageLayout.h"

namespace banmian::layout {

void appendLine(const TypesetLine& line, std::string_view text, LayoutUnit x, LayoutUnit baseline,
                int block, std::vector<PageRun>& runs) {
    std::uint32_t previousCluster = UINT32_MAX;
    for (const GlyphRun& run : line.runs) {
        PageRun placed{run.font, run.size, run.glyphs, {}, {}, {}, block};
        for (std::size_t g = 0; g < run.glyphs.size(); ++g) {
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
