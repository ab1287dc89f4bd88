#pragma once

#include <ctime>
#include <string>

namespace banmian::layout {

/// `when` on this machine's clock as ISO 8601 with its offset from UTC
/// ("2026-12-05T23:40:00+08:00"): how marks, rounds, sign-offs and a page sent record their time,
/// so that a desk in another zone reads the same moment.
std::string isoLocalTime(std::time_t when);

}  // namespace banmian::layout
