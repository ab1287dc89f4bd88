#pragma once

#include <QString>

#include "layout/output/PageLayout.h"

namespace banmian::app {

/// How a block's text fits it, in the words a designer reads at a glance: 超 12 字（2 行）, 缺 3
/// 行, 正好 (over by so many characters, short by so many lines, fits).
QString copyfitText(const layout::Copyfit& fit);

/// How a whole page's stories fit, as the page plan (版面规划) says it: the blocks' overset
/// summed, then their short lines — 超 120 字（5 行）, 缺 3 行, 正好.
QString pageCopyfitText(const std::vector<layout::Copyfit>& blocks);

/// The short mark drawn on an overset block: 超 12 字.
QString oversetMark(const layout::Copyfit& fit);

}  // namespace banmian::app
