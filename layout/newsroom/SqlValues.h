#pragma once

#include <string>
#include <vector>

namespace banmian::layout {

/// Texts as one PostgreSQL array parameter ('{"a","b"}', for `= ANY($1::text[])`), each quoted
/// so that no id, however written, is read as two.
std::string textArray(const std::vector<std::string>& texts);

/// A timestamptz written as ISO 8601 with its offset, for to_char(): how every time the store
/// reads back is given (2026-12-05T23:41:05+08).
inline constexpr const char* kIsoTime = "'YYYY-MM-DD\"T\"HH24:MI:SSOF'";

}  // namespace banmian::layout
