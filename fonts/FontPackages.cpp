#include "fonts/FontPackages.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace banmian::fonts {

namespace {

struct PackagePrefix {
    std::string_view familyPrefix;  // lower case
    std::string_view package;
};

// Prefixes, so every regional cut (SC, TC, JP...) and Mono variant maps to its package.
constexpr std::array<PackagePrefix, 5> kPackages = {{
        {"noto serif cjk", "fonts-noto-cjk"},
        {"noto sans cjk", "fonts-noto-cjk"},
        {"noto sans mono cjk", "fonts-noto-cjk"},
        {"lxgw wenkai", "fonts-lxgw-wenkai"},
        {"霞鹜文楷", "fonts-lxgw-wenkai"},
}};

bool startsWithIgnoringAsciiCase(std::string_view text, std::string_view lowerPrefix) {
    if (text.size() < lowerPrefix.size()) return false;
    return std::equal(lowerPrefix.begin(), lowerPrefix.end(), text.begin(), [](char p, char t) {
        return p == static_cast<char>(std::tolower(static_cast<unsigned char>(t)));
    });
}

}  // namespace

std::optional<std::string_view> debianPackageForFamily(std::string_view family) {
    for (const PackagePrefix& entry : kPackages) {
        if (startsWithIgnoringAsciiCase(family, entry.familyPrefix)) return entry.package;
    }
    return std::nullopt;
}

}  // namespace banmian::fonts
