#pragma once

#include <cstddef>
#include <vector>

#include "layout/base/Units.h"
#include "layout/text/Cluster.h"

namespace banmian::layout {

/// House rules of composition that a style may change.
struct CompositionStyle {
    /// Trim the blank before an opening bracket or quote that starts a line (clreq §3.1.6.3).
    bool trimOpeningAtLineStart = true;
    /// Spread every line but the last to the full width (body text); off for headlines and
    /// captions, which are set as they fall and aligned by their caller.
    bool justify = true;
};

/// What a run of clusters can do to fill a line: its width as set, and how much it can give up
/// (push-in, 挤进) or take on (push-out, 推出) by the rules of clreq §3.5.
struct LineCapacity {
    LayoutUnit natural = 0;
    /// All push-in: the line-end mark, word spaces, the marks' blanks, Han–Latin gaps.
    LayoutUnit shrink = 0;
};

/// One line's clusters placed: where each cluster's box starts, where its glyphs are drawn (left
/// of the box when blank was trimmed from the mark's left), and the width the line takes.
struct PlacedLine {
    std::vector<LayoutUnit> boxX;    ///< per cluster of [begin, end), from the line's left edge
    std::vector<LayoutUnit> glyphX;  ///< per cluster: the origin of its first glyph
    LayoutUnit width = 0;            ///< from the first box's left to the last box's right
    LayoutUnit natural = 0;          ///< the width the clusters take before push-in or push-out
};

/// The clusters of a line without the word spaces at its end, which a line never shows.
std::size_t contentEnd(const MeasuredParagraph& paragraph, std::size_t begin, std::size_t end);

/// The capacity of clusters [begin, end) set as one line.
LineCapacity measureLine(const MeasuredParagraph& paragraph, std::size_t begin, std::size_t end,
                         const CompositionStyle& style);

/// measureLine() for one line start and ends that only grow, as line breaking tries them: each
/// cluster is summed once, so trying every end of a line costs what measuring it once does (a
/// word a megabyte long, pasted into an article, made the difference 5 s against a fraction).
class GrowingLine {
public:
    GrowingLine(const MeasuredParagraph& paragraph, std::size_t begin,
                const CompositionStyle& style);
    /// measureLine(paragraph, begin, end, style); `end` no less than at the last call.
    LineCapacity upTo(std::size_t end);

private:
    const MeasuredParagraph& m_paragraph;
    const CompositionStyle& m_style;
    std::size_t m_begin;
    std::size_t m_next;          // clusters [begin, m_next) are summed
    LineCapacity m_content;      // the sum up to the last cluster that is not a word space
    LineCapacity m_spaces;       // the word spaces after it, counted once something follows them
    LayoutUnit m_endShrink = 0;  // what the last cluster gives up only as the line's end
};

/// Places clusters [begin, end) in a line of `target` width: squeezed by the push-in priorities
/// when too long; when too short and `justify`, spread by the push-out priorities (word spaces,
/// Han–Latin gaps, then every gap between characters equally), else left as set (a last line).
PlacedLine placeLine(const MeasuredParagraph& paragraph, std::size_t begin, std::size_t end,
                     LayoutUnit target, bool justify, const CompositionStyle& style);

}  // namespace banmian::layout
