#pragma once

#include <vector>

#include "layout/base/Diagnostic.h"
#include "layout/import/ColumnBreaks.h"
#include "layout/model/Story.h"

namespace banmian::layout {

/// Names the lines of a head: one line is the headline (主题); three are kicker (引题), headline
/// and subtitle (副题); of two, a second line opening with a dash is a subtitle (a feature's deck),
/// otherwise the first is taken as the kicker — a guess, reported in `warnings`, since a plain text
/// file has lost the type sizes that tell them apart.
void nameHeadlineParts(const std::vector<TextUnit>& titles, Story& story,
                       std::vector<Diagnostic>& warnings);

}  // namespace banmian::layout
