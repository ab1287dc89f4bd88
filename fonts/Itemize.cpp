#include "fonts/Itemize.h"

#include <hb.h>

#include "fonts/FontRegistry.h"

namespace banmian::fonts {
namespace {

// Decodes one code point. Ill-formed bytes become U+FFFD, one per maximal subpart (Unicode §3.9,
// as ICU's U8_NEXT_OR_FFFD in layout/base/Utf8 does, so both count the same characters); the
// lead byte fixes the range of the second byte (Table 3-7), which rules out overlong forms,
// surrogates and values past U+10FFFF.
char32_t nextCodePoint(std::string_view s, std::size_t& pos) {
    const auto lead = static_cast<unsigned char>(s[pos++]);
    if (lead < 0x80) return lead;
    int trailing = 0;
    char32_t c = 0;
    unsigned char low = 0x80, high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        trailing = 1;
        c = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        trailing = 2;
        c = lead & 0x0F;
        if (lead == 0xE0) low = 0xA0;
        if (lead == 0xED) high = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        trailing = 3;
        c = lead & 0x07;
        if (lead == 0xF0) low = 0x90;
        if (lead == 0xF4) high = 0x8F;
    } else {
        return U'\uFFFD';
    }
    for (int i = 0; i < trailing; ++i) {
        if (pos >= s.size()) return U'\uFFFD';
        const auto byte = static_cast<unsigned char>(s[pos]);
        if (byte < low || byte > high) return U'\uFFFD';
        c = (c << 6) | (byte & 0x3F);
        low = 0x80;
        high = 0xBF;
        ++pos;
    }
    return c;
}

// Characters that belong with the one before them, whatever face has them.
bool staysWithPrevious(char32_t c) {
    if (c == U' ' || c == U'\t' || c == U'\u00A0' || c == U'\u3000' || c == U'\u200D' ||
        c == U'\u200C') {
        return true;
    }
    if ((c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF))
        return true;  // variation selectors
    const hb_unicode_general_category_t category =
            hb_unicode_general_category(hb_unicode_funcs_get_default(), c);
    return category == HB_UNICODE_GENERAL_CATEGORY_NON_SPACING_MARK ||
           category == HB_UNICODE_GENERAL_CATEGORY_SPACING_MARK ||
           category == HB_UNICODE_GENERAL_CATEGORY_ENCLOSING_MARK;
}

}  // namespace

// Letters and digits of the Latin script (Basic Latin to Latin Extended-B).
bool isLatinLetterOrDigit(char32_t c) {
    return (c >= U'0' && c <= U'9') || (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z') ||
           (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}

Itemization itemizeByCoverage(std::string_view utf8, FontId primary, FontRegistry& registry,
                              std::optional<FontId> latin, CjkRegion region) {
    Itemization result;
    FontId lastFound = primary;  // most text stays in one face: ask it first
    for (std::size_t pos = 0; pos < utf8.size();) {
        const std::size_t start = pos;
        const char32_t c = nextCodePoint(utf8, pos);
        FontId font = primary;
        if (staysWithPrevious(c) && !result.runs.empty()) {
            font = result.runs.back().font;
        } else if (latin && isLatinLetterOrDigit(c) && registry.face(*latin).covers(c)) {
            font = *latin;
        } else if (registry.face(primary).covers(c)) {
            font = primary;
        } else if (lastFound != primary && registry.face(lastFound).covers(c)) {
            font = lastFound;
        } else {
            bool found = false;
            for (std::size_t i = 1;
                 const std::optional<FontId> candidate = registry.fallback(primary, i, region);
                 ++i) {
                if (registry.face(*candidate).covers(c)) {
                    font = lastFound = *candidate;
                    found = true;
                    break;
                }
            }
            if (!found && !staysWithPrevious(c)) {
                result.missing.push_back({start, c});
                if (!result.runs.empty()) font = result.runs.back().font;
            }
        }
        if (!result.runs.empty() && result.runs.back().font == font) {
            result.runs.back().end = pos;
        } else {
            result.runs.push_back({start, pos, font});
        }
    }
    return result;
}

}  // namespace banmian::fonts
