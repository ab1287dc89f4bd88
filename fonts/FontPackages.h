#pragma once

#include <optional>
#include <string_view>

namespace banmian::fonts {

/// The Debian package that installs `family` (e.g. fonts-noto-cjk), for "not installed" messages;
/// nullopt for families the project does not know.
std::optional<std::string_view> debianPackageForFamily(std::string_view family);

}  // namespace banmian::fonts
