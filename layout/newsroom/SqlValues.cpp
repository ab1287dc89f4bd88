#include "layout/newsroom/SqlValues.h"

namespace banmian::layout {

std::string textArray(const std::vector<std::string>& texts) {
    std::string array = "{";
    for (std::size_t i = 0; i < texts.size(); ++i) {
        if (i) array += ',';
        array += '"';
        for (char c : texts[i]) {
            if (c == '"' || c == '\\') array += '\\';
            array += c;
        }
        array += '"';
    }
    return array + "}";
}

}  // namespace banmian::layout
