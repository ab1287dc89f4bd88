#pragma once

#include <nlohmann/json.hpp>

#include "layout/style/StyleSheet.h"

namespace banmian::layout {

/// The sheet as JSON in StyleSheet.h's schema; StyleSheet::fromJson reads it back to an equal
/// sheet. Apart from StyleSheet.h so that only the files that write JSON parse nlohmann/json.
nlohmann::ordered_json styleSheetToJson(const StyleSheet& sheet);

}  // namespace banmian::layout
