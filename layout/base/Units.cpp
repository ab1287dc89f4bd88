#include "layout/base/Units.h"

#include <cctype>
#include <string>

namespace banmian::layout {

std::optional<LayoutUnit> parseLength(std::string_view text, LayoutUnit em) {
    std::size_t unitStart = 0;
    while (unitStart < text.size() &&
           (std::isdigit(static_cast<unsigned char>(text[unitStart])) || text[unitStart] == '.')) {
        ++unitStart;
    }
    if (unitStart == 0) return std::nullopt;
    double value = 0;
    try {
        std::size_t used = 0;
        value = std::stod(std::string(text.substr(0, unitStart)), &used);
        if (used != unitStart) return std::nullopt;
    } catch (...) {
        return std::nullopt;
    }
    const std::string_view unit = text.substr(unitStart);
    if (unit == "pt") return fromPoints(value);
    if (unit == "mm") return fromMillimetres(value);
    if (unit == "em") return static_cast<LayoutUnit>(value * em + 0.5);
    return std::nullopt;
}

}  // namespace banmian::layout
