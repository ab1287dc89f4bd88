#pragma once

#include <optional>
#include <string>
#include <vector>

#include "layout/base/Diagnostic.h"
#include "layout/import/ColumnBreaks.h"
#include "layout/model/Story.h"

namespace banmian::layout {

/// One story as it lies in the file, before its parts are named: headline lines, credit lines,
/// paragraphs. Any of the three may be missing — that is what the later passes repair.
struct StorySegment {
    std::vector<TextUnit> titles;
    std::vector<Byline> bylines;
    int bylineLine = 0;
    std::vector<TextUnit> paragraphs;
    StoryKind kind = StoryKind::Article;
    std::optional<std::size_t> related;  ///< index of the segment a sidebar explains

    bool hasHead() const { return !titles.empty() || !bylines.empty(); }
    int firstLine() const;
    /// Headline lines run together, for matching words against text.
    std::string titleText() const;
};

/// Cuts the units into segments: a run of headline lines, then credit lines, then paragraphs.
std::vector<StorySegment> segmentStories(const std::vector<TextUnit>& units,
                                         std::vector<Diagnostic>& warnings);

}  // namespace banmian::layout
