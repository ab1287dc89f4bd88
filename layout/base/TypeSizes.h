#pragma once

#include <optional>
#include <string_view>

#include "layout/base/Units.h"

namespace banmian::layout {

/// A type size as newsroom staff write it: a 号 name (小五, 五号, 初号 …, clreq §2.3.5 values) or
/// a length ("9pt", "3.17mm", plain "9" for points). Nothing when it is neither.
std::optional<LayoutUnit> parseTypeSize(std::string_view text);

}  // namespace banmian::layout
