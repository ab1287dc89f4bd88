#pragma once

#include <vector>

#include "layout/output/PageLayout.h"
#include "layout/text/Galley.h"

namespace banmian::layout {

/// A galley laid out on pages to print or export: its column repeated side by side, `columns` to
/// a page, `lines` grid lines down each, as many pages as the text needs. A vertical galley's
/// lines stand from right to left across the page, its columns one below another.
std::vector<PageLayout> galleyPages(const Galley& galley, const ParagraphStyle& style,
                                    int columns = 4, int lines = 60);

}  // namespace banmian::layout
