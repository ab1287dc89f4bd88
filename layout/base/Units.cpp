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
    // Beyond any page (and beyond what 1/64 pt in 32 bits holds): not a length a person meant.
    if (value > 100000) return std::nullopt;
    const std::string_view unit = text.substr(unitStart);
    if (unit == "pt") return fromPoints(value);
    if (unit == "mm") return fromMillimetres(value);
    if (unit == "em") {
        const double units = value * em + 0.5;
        if (units > 2e9) return std::nullopt;
        return static_cast<LayoutUnit>(units);
    }
    return std::nullopt;
}

}  // namespace banmian::layout
