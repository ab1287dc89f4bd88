#include "layout/base/Language.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace banmian::layout {

std::string_view languageTag(Language language) {
    switch (language) {
        case Language::HantTW:
            return "zh-Hant-TW";
        case Language::HantHK:
            return "zh-Hant-HK";
        case Language::Hans:
            break;
    }
    return "zh-Hans";
}

std::optional<Language> parseLanguage(std::string_view tag) {
    std::string lower(tag);
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) {
        return c == '_' ? '-' : static_cast<char>(std::tolower(c));
    });
    if (lower == "zh-hans" || lower == "zh-cn" || lower == "zh-hans-cn" || lower == "zh")
        return Language::Hans;
    if (lower == "zh-hant-tw" || lower == "zh-tw" || lower == "zh-hant") return Language::HantTW;
    if (lower == "zh-hant-hk" || lower == "zh-hk") return Language::HantHK;
    return std::nullopt;
}

}  // namespace banmian::layout
