#pragma once

#include <string>
#include <vector>

namespace banmian::layout {

/// Texts as one PostgreSQL array parameter ('{"a","b"}', for `= ANY($1::text[])`), each quoted
/// so that no id, however written, is read as two.
std::string textArray(const std::vector<std::string>& texts);

}  // namespace banmian::layout
