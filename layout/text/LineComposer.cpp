#include "layout/text/LineComposer.h"

#include <optional>

namespace banmian::layout {
namespace {

struct Candidate {
    std::size_t end;
    LineCapacity capacity;
};

struct LineEnd {
    std::size_t end;
    bool hyphenated = false;
};

// Slack from which a line is better broken inside a Latin word than spread (1½ em).
LayoutUnit hyphenationThreshold(LayoutUnit em) { return em + em / 2; }

// Letters of a word on either side of boundary k: a word is broken with two at least on each.
bool isWordBreakPoint(const MeasuredParagraph& p, std::size_t k) {
    const auto& c = p.clusters;
    if (k < 2 || k + 2 > c.size()) return false;
    return c[k - 2].wordLetter && c[k - 1].wordLetter && c[k].wordLetter && c[k + 1].wordLetter &&
           c[k - 2].joinsNext && c[k - 1].joinsNext && c[k].joinsNext;
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
    std::size_t end = begin + 1;
    while (end < p.clusters.size() && fitsSqueezed(measureLine(p, begin, end + 1, style), width))
        ++end;
    return end;
}

// A break inside the Latin word that runs past the line's end, with a hyphen: the one that fills
// the line best. Nothing when the word has no place for it.
std::optional<LineEnd> hyphenate(const MeasuredParagraph& p, std::size_t begin, std::size_t from,
                                 std::size_t to, LayoutUnit width, const CompositionStyle& style) {
    if (p.hyphenAdvance <= 0) return std::nullopt;
    for (std::size_t k = to - 1; k > from; --k) {
        if (!isWordBreakPoint(p, k)) continue;
        LineCapacity capacity = measureLine(p, begin, k, style);
        capacity.natural += p.hyphenAdvance;
        if (fitsSqueezed(capacity, width)) return LineEnd{k, true};
    }
    return std::nullopt;
}

// The line that starts at `begin`: the longest that fits as set, or one break longer when
// squeezing makes that fit (push-in first), or a word broken with a hyphen when the line would
// be loose, or a forced break when nothing fits.
LineEnd chooseEnd(const MeasuredParagraph& p, std::size_t begin, LayoutUnit width,
                  const CompositionStyle& style) {
    const std::size_t n = p.clusters.size();
    std::optional<Candidate> fit, over;
    LayoutUnit raw = 0;
    for (std::size_t k = begin; k < n; ++k) {
        raw += p.clusters[k].advance + p.clusters[k].spaceBefore;
        // Squeezing gives up at most half of what is set: past twice the width nothing can fit.
        if (raw > 2 * width + 2 * p.em) break;
        if (!p.clusters[k].breakAfter && k + 1 != n) continue;
        const LineCapacity capacity = measureLine(p, begin, k + 1, style);
        if (capacity.natural <= width) {
            fit = Candidate{k + 1, capacity};
        } else {
            over = Candidate{k + 1, capacity};
            break;
        }
    }
    const bool fitIsFull = fit && fit->capacity.natural == width;
    if (over && !fitIsFull && fitsSqueezed(over->capacity, width)) return {over->end};
    if (over && (!fit || width - fit->capacity.natural >= hyphenationThreshold(p.em))) {
        if (auto broken = hyphenate(p, begin, fit ? fit->end : begin, over->end, width, style)) return *broken;
    }
    if (fit) return {fit->end};
    return {forcedEnd(p, begin, width, style)};
}

std::size_t characterCount(const MeasuredParagraph& p, std::size_t begin, std::size_t end) {
    std::size_t count = 0;
    for (std::size_t i = begin; i < end; ++i) count += p.clusters[i].isCharacter();
    return count;
}

// 孤字 (clreq §3.4.4): a last line of one character, alone or with its marks (三。).
void avoidLoneLastCharacter(const MeasuredParagraph& p, std::vector<ComposedLine>& lines,
                            const CompositionStyle& style) {
    if (lines.size() < 2) return;
    ComposedLine& last = lines.back();
    ComposedLine& previous = lines[lines.size() - 2];
    if (characterCount(p, last.begin, last.end) != 1) return;

    // Tighten: the whole last line squeezed into the one before saves a line.
    if (fitsSqueezed(measureLine(p, previous.begin, last.end, style), previous.target)) {
        previous.end = last.end;
        previous.hyphenated = false;
        lines.pop_back();
        return;
    }
    // Else take one more character down: the previous line ends at an earlier break.
    for (std::size_t k = previous.end - 1; k > previous.begin; --k) {
        if (!p.clusters[k - 1].breakAfter) continue;
        const std::size_t start = skipSpaces(p, k);
        if (characterCount(p, start, last.end) < 2) continue;
        if (!fitsSqueezed(measureLine(p, start, last.end, style), last.target)) return;
        previous.end = k;
        previous.hyphenated = false;
        last.begin = start;
        return;
    }
}

}  // namespace

std::vector<ComposedLine> composeLines(const MeasuredParagraph& paragraph, const LineWidth& widths,
                                       LayoutUnit firstLineIndent, const CompositionStyle& style) {
    std::vector<ComposedLine> lines;
    const std::size_t n = paragraph.clusters.size();
    for (std::size_t begin = skipSpaces(paragraph, 0); begin < n;) {
        ComposedLine line;
        const int index = static_cast<int>(lines.size());
        line.left = index == 0 ? firstLineIndent : 0;
        line.target = widths.widthAt(index) - line.left;
        line.begin = begin;
        const LineEnd end = chooseEnd(paragraph, begin, line.target, style);
        line.end = end.end;
        line.hyphenated = end.hyphenated;
        lines.push_back(line);
        begin = skipSpaces(paragraph, line.end);
    }
    if (lines.empty()) return lines;
    lines.back().end = n;  // trailing spaces of the paragraph belong to its last line
    avoidLoneLastCharacter(paragraph, lines, style);
    lines.back().last = true;
    for (ComposedLine& line : lines) {
        const LayoutUnit hyphen = line.hyphenated ? paragraph.hyphenAdvance : 0;
        line.placed = placeLine(paragraph, line.begin, line.end, line.target - hyphen, !line.last, style);
        line.overfull = line.placed.width + hyphen > line.target;
    }
    return lines;
}

}  // namespace banmian::layout
