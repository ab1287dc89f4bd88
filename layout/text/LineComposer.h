#pragma once

#include <cstddef>
#include <vector>

#include "layout/base/Units.h"
#include "layout/text/Cluster.h"
#include "layout/text/LineFit.h"
#include "layout/text/LineWidth.h"

namespace banmian::layout {

/// One line of a composed paragraph: which clusters it holds and where they stand.
struct ComposedLine {
    std::size_t begin = 0, end = 0;  ///< clusters [begin, end), word spaces at its end included
    LayoutUnit left = 0;             ///< the first line's indent
    LayoutUnit target = 0;           ///< the width available after the indent
    PlacedLine placed;
    bool last = false;        ///< the paragraph's last line: set as is, not spread
    bool overfull = false;    ///< wider than the column even squeezed (a word longer than the line)
    bool hyphenated = false;  ///< ends inside a Latin word, with a hyphen after its last cluster
};

/// Breaks a measured paragraph into lines by the rules of Chinese composition: break only where
/// 避头尾 allows; choose the breaks of the whole paragraph together (total fit) so that the
/// looseness is least, pushing in before pushing out (先挤进，后推出: a line may squeeze its marks
/// to keep a mark that may not start the next line); breaking a Latin word with a hyphen when that
/// spares a loose line; never ending a paragraph with a lone character (孤字) nor spreading a line
/// by 2 em when any other way exists. Every line but the last is justified.
std::vector<ComposedLine> composeLines(const MeasuredParagraph& paragraph, const LineWidth& widths,
                                       LayoutUnit firstLineIndent, const CompositionStyle& style);

/// Places lines whose clusters are chosen (each line's begin, end and hyphen): gives each its
/// indent, width and place, and says which is last and which overfull.
void placeComposedLines(const MeasuredParagraph& paragraph, const LineWidth& widths,
                        LayoutUnit firstLineIndent, const CompositionStyle& style,
                        std::vector<ComposedLine>& lines);

}  // namespace banmian::layout
