#include "layout/base/Utf8.h"

#include <unicode/utf8.h>

namespace banmian::layout::utf8 {

std::size_t findInvalid(std::string_view bytes) {
    const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
    const int32_t n = static_cast<int32_t>(bytes.size());
    int32_t i = 0;
    while (i < n) {
        const int32_t start = i;
        UChar32 c;
        U8_NEXT(s, i, n, c);  // ICU rejects overlongs, surrogates and values past U+10FFFF
        if (c < 0) return static_cast<std::size_t>(start);
    }
    return std::string_view::npos;
}

char32_t next(std::string_view text, std::size_t& pos) {
    const auto* s = reinterpret_cast<const uint8_t*>(text.data());
    int32_t i = static_cast<int32_t>(pos);
    UChar32 c;
    U8_NEXT_OR_FFFD(s, i, static_cast<int32_t>(text.size()), c);
    pos = static_cast<std::size_t>(i);
    return static_cast<char32_t>(c);
}

char32_t previous(std::string_view text, std::size_t& pos) {
    const auto* s = reinterpret_cast<const uint8_t*>(text.data());
    int32_t i = static_cast<int32_t>(pos);
    UChar32 c;
    U8_PREV_OR_FFFD(s, 0, i, c);
    pos = static_cast<std::size_t>(i);
    return static_cast<char32_t>(c);
}

char32_t first(std::string_view text) {
    std::size_t pos = 0;
    return text.empty() ? 0 : next(text, pos);
}

char32_t last(std::string_view text) {
    std::size_t pos = text.size();
    return text.empty() ? 0 : previous(text, pos);
}

std::size_t length(std::string_view text) {
    std::size_t count = 0;
    for (unsigned char byte : text) count += (byte & 0xC0) != 0x80;
    return count;
}

std::string_view prefix(std::string_view text, std::size_t count) {
    std::size_t pos = 0;
    for (std::size_t i = 0; i < count && pos < text.size(); ++i) next(text, pos);
    return text.substr(0, pos);
}

std::string_view suffix(std::string_view text, std::size_t count) {
    std::size_t pos = text.size();
    for (std::size_t i = 0; i < count && pos > 0; ++i) previous(text, pos);
    return text.substr(pos);
}

bool longerThan(std::string_view text, std::size_t count) {
    if (text.size() <= count) return false;
    if (text.size() > 4 * count) return true;  // a code point takes four bytes at most
    return length(text) > count;
}

void append(std::string& out, char32_t c) {
    char buffer[4];
    int32_t length = 0;
    UBool error = false;
    U8_APPEND(reinterpret_cast<uint8_t*>(buffer), length, 4, static_cast<UChar32>(c), error);
    if (!error) out.append(buffer, static_cast<std::size_t>(length));
}

int lineOfOffset(std::string_view bytes, std::size_t offset) {
    int line = 1;
    for (std::size_t i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes[i] == '\n')
            ++line;
        else if (bytes[i] == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n'))
            ++line;
    }
    return line;
}

}  // namespace banmian::layout::utf8
