#pragma once

// Paragraphs measured with made-up metrics, so that each composition rule can be tested alone
// with widths a reader can check by hand: ideographs and full-width marks one em, Latin letters
// and digits half an em, a word space a third. Breaks come from the real BreakFinder.
#include <string>
#include <vector>

#include "layout/base/Utf8.h"
#include "layout/text/Breaks.h"
#include "layout/text/Measure.h"

namespace banmian::layout::testing {

inline constexpr LayoutUnit kEm = 10 * kUnitsPerPoint;  // 10 pt: quarters and eighths are exact

inline LayoutUnit fakeAdvance(char32_t c) {
    switch (classify(c)) {
        case TypeClass::Latin:
            return kEm / 2;
        case TypeClass::Space:
            return kEm / 3;
        default:
            return kEm;
    }
}

inline MeasuredParagraph fakeParagraph(const std::string& text, MeasureStyle style = {kEm, true}) {
    static BreakFinder breakFinder;
    static Hyphenator hyphenator;
    style.hyphenator = &hyphenator;
    std::vector<ClusterInput> clusters;
    for (std::size_t pos = 0; pos < text.size();) {
        ClusterInput input;
        input.textBegin = pos;
        input.glyphBegin = static_cast<std::uint32_t>(clusters.size());
        input.glyphEnd = input.glyphBegin + 1;
        input.advance = fakeAdvance(utf8::next(text, pos));
        input.textEnd = pos;
        clusters.push_back(input);
    }
    const auto breaks = breakFinder.find(text);
    MeasuredParagraph measured = measureParagraph(text, clusters, breaks, style);
    measured.hyphenAdvance = kEm / 3;
    return measured;
}

/// The text of clusters [begin, end).
inline std::string clusterText(const std::string& text, const MeasuredParagraph& p,
                               std::size_t begin, std::size_t end) {
    if (begin >= end) return {};
    return text.substr(p.clusters[begin].textBegin,
                       p.clusters[end - 1].textEnd - p.clusters[begin].textBegin);
}

}  // namespace banmian::layout::testing
