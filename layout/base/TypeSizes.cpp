#include "layout/base/TypeSizes.h"

#include <array>
#include <string>
#include <utility>

namespace banmian::layout {

std::optional<LayoutUnit> parseTypeSize(std::string_view text) {
    // The common values of the 号 system (clreq §2.3.5; foundries differed by a quarter point).
    static constexpr std::array<std::pair<std::string_view, double>, 16> kHao = {{
            {"初号", 42},
            {"小初", 36},
            {"一号", 27.5},
            {"小一", 24},
            {"二号", 21},
            {"小二", 18},
            {"三号", 15.75},
            {"小三", 15},
            {"四号", 14},
            {"小四", 12},
            {"五号", 10.5},
            {"小五", 9},
            {"六号", 7.875},
            {"小六", 6.5},
            {"七号", 5.25},
            {"八号", 5},
    }};
    for (const auto& [name, points] : kHao) {
        if (text == name) return fromPoints(points);
    }
    if (text.empty()) return std::nullopt;
    if (text.find_first_not_of("0123456789.") == std::string_view::npos) {
        return parseLength(std::string(text) + "pt", 0);
    }
    if (text.ends_with("em")) return std::nullopt;  // an em of what?
    return parseLength(text, 0);
}

}  // namespace banmian::layout
