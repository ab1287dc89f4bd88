#include "layout/text/BalancedLines.h"

#include <algorithm>
#include <limits>
#include <map>

namespace banmian::layout {
namespace {

// What a break after a phrase is worth against imbalance: with two lines, it is taken while the
// shorter line is about half the longer (活动，/ 并慰问老党员) but not for a lone exclamation
// (喜报！/ …), which a designer sets on the first line with what follows it.
constexpr double kPhraseBreakBonus = 0.25;
// A last line that is one word (孤词) reads as left over, as a lone character ends a paragraph.
constexpr double kLoneWordCost = 1000;

std::size_t skipSpaces(const MeasuredParagraph& p, std::size_t i) {
    while (i < p.clusters.size() && p.clusters[i].type == TypeClass::Space) ++i;
    return i;
}

class HeadlineBreaking {
public:
    HeadlineBreaking(const MeasuredParagraph& paragraph, const LineWidth& widths,
                     LayoutUnit firstLineIndent, const std::vector<bool>& phraseEndAfter,
                     const CompositionStyle& style)
        : m_p(paragraph),
          m_widths(widths),
          m_indent(firstLineIndent),
          m_phraseEndAfter(phraseEndAfter),
          m_style(style) {
        for (std::size_t k = 0; k < m_p.clusters.size(); ++k) {
            if (m_p.clusters[k].breakAfter || k + 1 == m_p.clusters.size()) m_ends.push_back(k + 1);
        }
    }

    std::optional<std::vector<ComposedLine>> compose() {
        const std::size_t first = skipSpaces(m_p, 0);
        const std::size_t n = m_p.clusters.size();
        if (first >= n) return std::vector<ComposedLine>{};
        const std::optional<int> count = fewestLines(first);
        if (!count) return std::nullopt;
        const double average = static_cast<double>(length(first, n)) / *count;

        // Cheapest way to end line j at each end, lines [0, j] fitting: a small dynamic program,
        // exact because each line's cost depends on it alone.
        struct Step {
            double cost = std::numeric_limits<double>::infinity();
            std::size_t from = 0;         // the line's first cluster
            std::size_t previousEnd = 0;  // where the line before ended
        };
        std::vector<std::map<std::size_t, Step>> best(static_cast<std::size_t>(*count));
        for (int line = 0; line < *count; ++line) {
            const bool last = line + 1 == *count;
            struct Start {
                std::size_t begin;
                double cost;
                std::size_t previousEnd;
            };
            std::vector<Start> starts;
            if (line == 0) {
                starts.push_back({first, 0.0, 0});
            } else {
                for (const auto& [end, step] : best[static_cast<std::size_t>(line - 1)])
                    starts.push_back({skipSpaces(m_p, end), step.cost, end});
            }
            for (const auto& [begin, before, previousEnd] : starts) {
                if (begin >= n) continue;
                for (std::size_t end : m_ends) {
                    if (end <= begin || (last && end != n) || !fits(begin, end, line)) continue;
                    const double cost = before + lineCost(begin, end, last, *count, average);
                    Step& slot = best[static_cast<std::size_t>(line)][end];
                    if (cost < slot.cost) slot = {cost, begin, previousEnd};
                }
            }
        }
        const auto& lastLine = best.back();
        if (lastLine.find(n) == lastLine.end()) return std::nullopt;
        std::vector<ComposedLine> lines(static_cast<std::size_t>(*count));
        std::size_t end = n;
        for (int line = *count - 1; line >= 0; --line) {
            const Step& step = best[static_cast<std::size_t>(line)].at(end);
            lines[static_cast<std::size_t>(line)].begin = step.from;
            lines[static_cast<std::size_t>(line)].end = end;
            end = step.previousEnd;
        }
        placeComposedLines(m_p, m_widths, m_indent, m_style, lines);
        return lines;
    }

private:
    // The fewest lines the text takes broken only at the allowed ends, or none if some stretch
    // between two of them is wider than its line.
    std::optional<int> fewestLines(std::size_t first) {
        const std::size_t n = m_p.clusters.size();
        std::vector<std::size_t> starts{first};
        for (int line = 0; !starts.empty() && static_cast<std::size_t>(line) < m_ends.size();
             ++line) {
            std::vector<std::size_t> next;
            for (std::size_t begin : starts) {
                for (std::size_t end : m_ends) {
                    if (end <= begin || !fits(begin, end, line)) continue;
                    if (end == n) return line + 1;
                    next.push_back(skipSpaces(m_p, end));
                }
            }
            std::sort(next.begin(), next.end());
            next.erase(std::unique(next.begin(), next.end()), next.end());
            starts = std::move(next);
        }
        return std::nullopt;
    }

    const LineCapacity& capacity(std::size_t begin, std::size_t end) {
        const auto key = std::make_pair(begin, end);
        auto it = m_capacities.find(key);
        if (it == m_capacities.end())
            it = m_capacities.emplace(key, measureLine(m_p, begin, end, m_style)).first;
        return it->second;
    }

    bool fits(std::size_t begin, std::size_t end, int line) {
        const LayoutUnit width = m_widths.widthAt(line) - (line == 0 ? m_indent : 0);
        const LineCapacity& c = capacity(begin, end);
        return c.natural - c.shrink <= width;
    }

    // How long a line looks: its ink, without the blank half of a mark at its end (活动，).
    LayoutUnit length(std::size_t begin, std::size_t end) {
        const std::size_t shown = contentEnd(m_p, begin, end);
        const LayoutUnit blank = shown > begin ? m_p.clusters[shown - 1].blankRight : 0;
        return capacity(begin, end).natural - blank;
    }

    bool oneWord(std::size_t begin, std::size_t end) const {
        for (std::size_t k = begin; k + 1 < end; ++k) {
            if (m_p.clusters[k].breakAfter) return false;
        }
        return true;
    }

    // A line's share of the imbalance, as a fraction of the average line squared, twice over for
    // a last line longer than the average (the first not shorter than the second); less for a
    // line ending a phrase.
    double lineCost(std::size_t begin, std::size_t end, bool last, int count, double average) {
        if (count == 1 || average <= 0) return 0;
        const double d = (static_cast<double>(length(begin, end)) - average) / average;
        double cost = d * d;
        if (last && d > 0) cost *= 2;
        if (!last && m_phraseEndAfter.size() >= end && m_phraseEndAfter[end - 1])
            cost -= kPhraseBreakBonus;
        if (last && oneWord(begin, end)) cost += kLoneWordCost;
        return cost;
    }

    const MeasuredParagraph& m_p;
    const LineWidth& m_widths;
    LayoutUnit m_indent;
    const std::vector<bool>& m_phraseEndAfter;
    const CompositionStyle& m_style;
    std::vector<std::size_t> m_ends;  // where a line may end: after a break, or the text's end
    std::map<std::pair<std::size_t, std::size_t>, LineCapacity> m_capacities;
};

}  // namespace

std::optional<std::vector<ComposedLine>> composeBalancedLines(
        const MeasuredParagraph& paragraph, const LineWidth& widths, LayoutUnit firstLineIndent,
        const std::vector<bool>& phraseEndAfter, const CompositionStyle& style) {
    return HeadlineBreaking(paragraph, widths, firstLineIndent, phraseEndAfter, style).compose();
}

}  // namespace banmian::layout
