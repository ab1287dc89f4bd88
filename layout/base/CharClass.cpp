#include "layout/base/CharClass.h"

#include <string_view>

namespace banmian::layout {
bool isSentenceEnd(char32_t c) {
    return oneOf(c, U"。！？!?…．.‼⁇⁈⁉");
}

bool isClosingMark(char32_t c) {
    return oneOf(c, U"”’」』）》〉】〕］｝〗〙\")]}'");
}

bool isOpeningMark(char32_t c) {
    return oneOf(c, U"“‘「『（《〈【〔［｛〖〘([{");
}

bool isPauseMark(char32_t c) {
    return oneOf(c, U"，、；：,;:");
}

bool isDigit(char32_t c) {
    return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９');
}

bool isLatinLetter(char32_t c) {
    return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'ａ' && c <= U'ｚ') ||
           (c >= U'Ａ' && c <= U'Ｚ');
}

bool isHan(char32_t c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x20000 && c <= 0x3134F) || (c >= 0xF900 && c <= 0xFAFF) || c == 0x3007;
}

}  // namespace banmian::layout
