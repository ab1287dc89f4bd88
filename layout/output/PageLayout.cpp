#include "layout/output/PageLayout.h"

#include <algorithm>

namespace banmian::layout {

namespace {

// A line's runs on the page: `along` where the line starts on its axis (x of a horizontal
// line's left, y of a vertical line's top), `across` where its baseline or centre is.
void appendRuns(const TypesetLine& line, std::string_view text, LayoutUnit along, LayoutUnit across,
                bool vertical, int block, std::vector<PageRun>& runs, const TextSource& source) {
    std::uint32_t previousCluster = UINT32_MAX;
    const LayoutUnit lineEnd = along + line.left + line.setWidth;
    // Where a glyph's character starts along the line: its box in a vertical line, its origin in
    // a horizontal one.
    const auto start = [&](const GlyphRun& run, std::size_t g) {
        return along + (vertical ? run.cell[g] : run.x[g]);
    };
    for (std::size_t r = 0; r < line.runs.size(); ++r) {
        const GlyphRun& run = line.runs[r];
        PageRun placed;
        placed.font = run.font;
        placed.size = run.size;
        placed.glyphs = run.glyphs;
        placed.block = block;
        placed.source = source;
        placed.textBegin = run.textBegin;
        placed.textEnd = run.textEnd;
        placed.orientation = run.orientation;
        placed.axis = vertical ? across : 0;
        for (std::size_t g = 0; g < run.glyphs.size(); ++g) {
            // A glyph reaches the next character on the line, the last one the line's end.
            const GlyphRun* next = nullptr;
            std::size_t nextGlyph = g + 1;
            for (; nextGlyph < run.glyphs.size() && !next; ++nextGlyph) {
                if (!vertical || run.cell[nextGlyph] != run.cell[g]) next = &run;
            }
            if (next) --nextGlyph;
            for (std::size_t n = r + 1; !next && n < line.runs.size(); ++n) {
                if (!line.runs[n].glyphs.empty()) next = &line.runs[n], nextGlyph = 0;
            }
            const LayoutUnit end = next ? start(*next, nextGlyph) : lineEnd;
            placed.advance.push_back(std::max(0, end - start(run, g)));
            if (vertical) {
                placed.x.push_back(across + run.rise[g]);
                placed.y.push_back(along + run.x[g]);
                placed.cell.push_back(start(run, g));
            } else {
                placed.x.push_back(along + run.x[g]);
                placed.y.push_back(across - run.rise[g]);
            }
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

}  // namespace

void appendLine(const TypesetLine& line, std::string_view text, LayoutUnit x, LayoutUnit baseline,
                int block, std::vector<PageRun>& runs, const TextSource& source) {
    appendRuns(line, text, x, baseline, false, block, runs, source);
}

void appendVerticalLine(const TypesetLine& line, std::string_view text, LayoutUnit top,
                        LayoutUnit axis, int block, std::vector<PageRun>& runs,
                        const TextSource& source) {
    appendRuns(line, text, top, axis, true, block, runs, source);
}

}  // namespace banmian::layout
