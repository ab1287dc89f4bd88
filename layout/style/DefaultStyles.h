#pragma once

#include <string_view>

namespace banmian::layout {

/// The text of resources/styles/default-styles.json, compiled into the engine at build time (the
/// engine has no Qt resources), so a page composes the same with no files installed beside it.
/// Its schema is described in StyleSheet.h; StyleSheet::defaults() is the parsed sheet.
std::string_view defaultStylesJson();

}  // namespace banmian::layout
