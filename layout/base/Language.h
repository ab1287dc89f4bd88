#pragma once

#include <optional>
#include <string_view>

namespace banmian::layout {

/// The written form of Chinese a text is in: what chooses its faces (the SC, TC or HK faces of a
/// collection), the glyph forms HarfBuzz picks from them (`locl`), where its ，。 sit in their
/// square and how its punctuation is compressed.
enum class Language : unsigned char {
    Hans,    ///< simplified, mainland (GB/T 15834): ，。 low-left, compressed
    HantTW,  ///< traditional, Taiwan: ，。 centred in their square
    HantHK,  ///< traditional, Hong Kong: ，。 centred
};

/// The BCP 47 tag: "zh-Hans", "zh-Hant-TW", "zh-Hant-HK".
std::string_view languageTag(Language language);

/// The language a tag names: the three tags above, case-insensitively, and the common short
/// forms (zh-CN, zh-TW, zh-HK, zh-Hant); nothing for any other text.
std::optional<Language> parseLanguage(std::string_view tag);

/// True for the traditional forms.
inline bool isTraditional(Language language) {
    return language != Language::Hans;
}

}  // namespace banmian::layout
