#pragma once

#include <string>

#include "layout/base/Result.h"
#include "layout/edition/Edition.h"

namespace banmian::layout {

/// How print files are named when the plant gives no template: 20261206-01.pdf.
inline constexpr const char* kDefaultPrintFileName = "{date}-{page2}.pdf";

/// The name of page `page`'s print file by the plant's template: {paper}, {date} (20261206),
/// {yyyy}, {mm}, {dd}, {page} (3), {page2} (03), {page3} (003), {section}; "{{" is a brace. An
/// error naming the first unknown field, or a name that would leave the folder (a slash, "..").
Result<std::string> printFileName(const std::string& pattern, const Edition& edition,
                                  const EditionPage& page);

}  // namespace banmian::layout
