#include "layout/text/LineComposer.h"

#include <algorithm>
#include <map>
#include <optional>

namespace banmian::layout {
namespace {

struct LineEnd {
    std::size_t end;
    bool hyphenated = false;
    LineCapacity capacity;
    double hyphenCost = 0;
};

// What breaking a word before cluster k costs: where Measure found a hyphenation point (the
// patterns, or between a compound name's parts) a little; as the last resort, enough that it is
// done only to spare a line spread by 2 em, between any two letters of an ordinary word of its own
// (never an acronym nor inside a compound name's part: no Ch-atGPT, Ope-nAI), two letters at least
// staying before and three after (TeX's lefthyphenmin and righthyphenmin for English); elsewhere
// it cannot be done.
std::optional<double> wordBreakCost(const MeasuredParagraph& p, std::size_t k) {
    const auto& c = p.clusters;
    if (k < c.size() && c[k].hyphenBefore) return 2.0;
    if (k < 2 || k + 3 > c.size()) return std::nullopt;
    bool insideWord = true;
    for (std::size_t i = k - 2; i < k + 3; ++i) insideWord = insideWord && c[i].plainWordLetter;
    for (std::size_t i = k - 2; i < k + 2; ++i) insideWord = insideWord && c[i].joinsNext;
    if (insideWord) return 20.0;
    return std::nullopt;
}

std::size_t skipSpaces(const MeasuredParagraph& p, std::size_t i) {
    while (i < p.clusters.size() && p.clusters[i].type == TypeClass::Space) ++i;
    return i;
}

bool fitsSqueezed(const LineCapacity& c, LayoutUnit width) {
    return c.natural - c.shrink <= width;
}

// When no break leaves a line that fits — a Latin word or a run of marks longer than the column —
// the line takes as many clusters as fit, at least one.
std::size_t forcedEnd(const MeasuredParagraph& p, std::size_t begin, LayoutUnit width,
                      const CompositionStyle& style) {
    GrowingLine line(p, begin, style);
    std::size_t end = begin + 1;
    while (end < p.clusters.size() && fitsSqueezed(line.upTo(end + 1), width)) ++end;
    return end;
}

std::size_t characterCount(const MeasuredParagraph& p, std::size_t begin, std::size_t end) {
    std::size_t count = 0;
    for (std::size_t i = begin; i < end; ++i) count += p.clusters[i].isCharacter();
    return count;
}

// Lines looser than this are tried only when nothing tighter fits.
constexpr int kLooseWindowEms = 3;

// The ways a line starting at `begin` may end: at each break (or, with a hyphen, between two
// letters of a word) where the line fits, squeezed if need be, and is not hopelessly loose.
std::vector<LineEnd> candidateEnds(const MeasuredParagraph& p, std::size_t begin, LayoutUnit width,
                                   const CompositionStyle& style) {
    const std::size_t n = p.clusters.size();
    const LayoutUnit window = kLooseWindowEms * p.em;
    std::vector<LineEnd> ends;
    std::optional<LineEnd> loosest;
    LayoutUnit raw = 0;
    GrowingLine line(p, begin, style);
    for (std::size_t k = begin; k < n; ++k) {
        raw += p.clusters[k].advance + p.clusters[k].spaceBefore;
        // Squeezing gives up at most half of what is set: past twice the width nothing fits.
        if (raw > 2 * width + 2 * p.em) break;
        const std::size_t end = k + 1;
        if (!p.clusters[k].breakAfter && end != n) {
            const std::optional<double> cost = wordBreakCost(p, end);
            if (p.hyphenAdvance > 0 && cost) {
                LineCapacity capacity = line.upTo(end);
                capacity.natural += p.hyphenAdvance;
                if (fitsSqueezed(capacity, width) && width - capacity.natural <= window) {
                    ends.push_back({end, true, capacity, *cost});
                }
            }
            continue;
        }
        const LineCapacity capacity = line.upTo(end);
        if (!fitsSqueezed(capacity, width)) break;
        if (width - capacity.natural <= window || end == n) {
            ends.push_back({end, false, capacity});
        } else {
            loosest = LineEnd{end, false, capacity};
        }
    }
    if (ends.empty() && loosest) ends.push_back(*loosest);
    if (ends.empty()) {
        const std::size_t end = forcedEnd(p, begin, width, style);
        ends.push_back({end, false, measureLine(p, begin, end, style)});
    }
    return ends;
}

// What a line costs the paragraph: looseness squared (in ems), a little for squeezing (push-in is
// preferred to push-out, clreq §3.1.4), a hyphen, and prohibitively much for a lone last
// character (孤字) or a line spread by 2 em or more.
double lineCost(const MeasuredParagraph& p, const LineEnd& e, std::size_t begin, LayoutUnit width,
                bool last, bool followsALine) {
    const double em = p.em;
    if (last) {
        const bool lone = followsALine && characterCount(p, begin, e.end) == 1;
        return lone ? 1000.0 : 0.0;
    }
    const LayoutUnit room = width - e.capacity.natural;
    double cost = 0;
    if (room >= 0) {
        const double r = room / em;
        cost = r * r + (r >= 2 ? 100 : 0);
    } else {
        const double r = -room / em;
        cost = 0.5 * r * r;
    }
    return cost + e.hyphenCost + 0.01;  // and a hair per line: fewer lines win ties
}

}  // namespace

std::vector<ComposedLine> composeLines(const MeasuredParagraph& paragraph, const LineWidth& widths,
                                       LayoutUnit firstLineIndent, const CompositionStyle& style) {
    const std::size_t n = paragraph.clusters.size();
    const std::size_t first = skipSpaces(paragraph, 0);
    if (first >= n) return {};

    // Total fit (Knuth–Plass, lightly): the cheapest way to each line start, text position by
    // text position. A start is reached by one best path, whose line count gives its width.
    struct State {
        double cost = 0;
        int line = 0;
        std::size_t from = 0;  // the start of the line that ends here
        bool hyphenated = false;
        std::size_t end = 0;  // where that line ended (before the spaces skipped)
    };
    std::map<std::size_t, State> states;  // key: a line's first cluster, or n for the end
    states[first] = State{};
    for (auto it = states.begin(); it != states.end() && it->first < n; ++it) {
        const std::size_t begin = it->first;
        const State here = it->second;
        const LayoutUnit indent = here.line == 0 ? firstLineIndent : 0;
        const LayoutUnit width = widths.widthAt(here.line) - indent;
        for (const LineEnd& e : candidateEnds(paragraph, begin, width, style)) {
            const std::size_t next = skipSpaces(paragraph, e.end);
            const double cost =
                    here.cost + lineCost(paragraph, e, begin, width, next >= n, here.line > 0);
            auto [slot, inserted] = states.try_emplace(std::min(next, n));
            if (inserted || cost < slot->second.cost) {
                slot->second = State{cost, here.line + 1, begin, e.hyphenated, e.end};
            }
        }
    }

    std::vector<ComposedLine> lines;
    for (std::size_t at = n; at != first;) {
        const State& s = states.at(at);
        ComposedLine line;
        line.begin = s.from;
        line.end = at == n ? n : s.end;  // the paragraph's trailing spaces belong to its last line
        line.hyphenated = s.hyphenated;
        lines.push_back(line);
        at = s.from;
    }
    std::reverse(lines.begin(), lines.end());
    placeComposedLines(paragraph, widths, firstLineIndent, style, lines);
    return lines;
}

void placeComposedLines(const MeasuredParagraph& paragraph, const LineWidth& widths,
                        LayoutUnit firstLineIndent, const CompositionStyle& style,
                        std::vector<ComposedLine>& lines) {
    for (std::size_t i = 0; i < lines.size(); ++i) {
        ComposedLine& line = lines[i];
        line.left = i == 0 ? firstLineIndent : 0;
        line.target = widths.widthAt(static_cast<int>(i)) - line.left;
        line.last = i + 1 == lines.size();
        const LayoutUnit hyphen = line.hyphenated ? paragraph.hyphenAdvance : 0;
        line.placed = placeLine(paragraph, line.begin, line.end, line.target - hyphen,
                                style.justify && !line.last, style);
        line.overfull = line.placed.width + hyphen > line.target;
    }
}

}  // namespace banmian::layout
