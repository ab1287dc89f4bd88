#pragma once

#include <string>

#include "layout/flow/FlowStyles.h"

namespace banmian::layout {

/// （下转第3版）: the line that ends a part of a story continued on page `page` (转版).
std::string continuedOnLine(int page);
/// （上接第1版）: the line that begins a part continued from page `page`.
std::string continuedFromLine(int page);

/// The style a jump line is set in: the sheet's "jump" style where it has one, else `body`'s;
/// one line, not indented nor stretched, aligned as `alignment` (下转 flush right at the
/// column's foot, 上接 flush left at its head).
ParagraphStyle jumpLineStyle(const FlowStyles& styles, const ParagraphStyle& body,
                             Alignment alignment);

}  // namespace banmian::layout
