#pragma once

#include <optional>
#include <vector>

#include "layout/text/LineComposer.h"

namespace banmian::layout {

/// Breaks a headline (主题, 引题, 副题, a sidebar's or the 报眼's title) as a designer does: into
/// as few lines as its width allows, only where a cluster's `breakAfter` says (the legal breaks
/// between words), the lines about equally long and the last not longer than the others, no lone
/// word on the last line, preferring a break after a phrase (`phraseEndAfter[k]`: a line ending
/// after cluster k ends a phrase, after ，、：；！？ or a space). None when no such breaks let
/// every line fit its width.
std::optional<std::vector<ComposedLine>> composeBalancedLines(
        const MeasuredParagraph& paragraph, const LineWidth& widths, LayoutUnit firstLineIndent,
        const std::vector<bool>& phraseEndAfter, const CompositionStyle& style);

}  // namespace banmian::layout
