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
/// 避头尾 allows, push in before pushing out (先挤进，后推出: squeeze the marks of a line so that a
/// mark that may not start the next line stays on this one), justify every line but the last, and
/// never end a paragraph with a lone character (孤字: pull the line up into the one before, or
/// take one more character down). A Latin word that would leave a line loose by 1½ em or more is
/// broken, with a hyphen, between two of its letters (two at least on either side).
std::vector<ComposedLine> composeLines(const MeasuredParagraph& paragraph, const LineWidth& widths,
                                       LayoutUnit firstLineIndent, const CompositionStyle& style);

}  // namespace banmian::layout
