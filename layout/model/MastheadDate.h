#pragma once

#include <string>

namespace banmian::layout {

/// Today as a masthead prints it: 2026年11月25日 星期三 — the date a new page starts with, for the
/// designer to change (a paper is made the day before it comes out).
std::string todayInChinese();

}  // namespace banmian::layout
