#pragma once

#include <string_view>

namespace banmian::layout {

/// True when `c` is one of `set`.
inline bool oneOf(char32_t c, std::u32string_view set) {
    return set.find(c) != std::u32string_view::npos;
}

/// Character classes that Chinese text handling keeps asking about (clreq §3.1, GB/T 15834).

/// Ends a sentence: 。！？ and their half-width forms, the ellipsis.
bool isSentenceEnd(char32_t c);
/// Closes a quotation or bracket: ”’」』）》〉】〕］｝ and the ASCII ones.
bool isClosingMark(char32_t c);
/// Opens a quotation or bracket: “‘「『（《〈【〔［｛ and the ASCII ones.
bool isOpeningMark(char32_t c);
/// Pause marks inside a sentence: ，、；： and their half-width forms.
bool isPauseMark(char32_t c);
/// Decimal digits, ASCII or full-width.
bool isDigit(char32_t c);
/// Latin letters, ASCII or full-width.
bool isLatinLetter(char32_t c);
/// Han ideographs (CJK Unified Ideographs and extensions, compatibility ideographs, 〇).
bool isHan(char32_t c);

}  // namespace banmian::layout
