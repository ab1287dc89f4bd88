#include "fonts/NameTable.h"

#include <algorithm>
#include <optional>

#include FT_SFNT_NAMES_H
#include FT_TRUETYPE_IDS_H

namespace banmian::fonts {

namespace {

// OpenType 'name' IDs.
constexpr FT_UShort kFamily = 1;
constexpr FT_UShort kSubfamily = 2;
constexpr FT_UShort kTypographicFamily = 16;
constexpr FT_UShort kTypographicSubfamily = 17;

struct NameRecord {
    FT_UShort nameId;
    std::string text;
    std::optional<int> englishRank;  // lower is preferred; nullopt: not English
    std::optional<int> chineseRank;  // lower is preferred; nullopt: not Chinese
};

void appendUtf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

std::string utf16beToUtf8(const FT_Byte* bytes, FT_UInt length) {
    std::string out;
    for (FT_UInt i = 0; i + 1 < length; i += 2) {
        char32_t unit = (char32_t{bytes[i]} << 8) | bytes[i + 1];
        if (unit >= 0xD800 && unit <= 0xDBFF && i + 3 < length) {
            char32_t low = (char32_t{bytes[i + 2]} << 8) | bytes[i + 3];
            if (low >= 0xDC00 && low <= 0xDFFF) {
                appendUtf8(out, 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00));
                i += 2;
                continue;
            }
        }
        appendUtf8(out, (unit >= 0xD800 && unit <= 0xDFFF) ? char32_t{0xFFFD} : unit);
    }
    return out;
}

// Names padded with NULs or spaces exist in the wild; they must still match what a user types.
std::string trimmed(std::string text) {
    while (!text.empty() && (text.back() == '\0' || text.back() == ' ')) text.pop_back();
    return text;
}

// UTF-8 text of a record, or nullopt for encodings not worth a converter here (Mac CJK
// encodings, legacy Windows code pages): every font we care about also has a Unicode record.
std::optional<std::string> decode(const FT_SfntName& name) {
    bool utf16 = name.platform_id == TT_PLATFORM_APPLE_UNICODE ||
                 (name.platform_id == TT_PLATFORM_MICROSOFT &&
                  (name.encoding_id == TT_MS_ID_UNICODE_CS || name.encoding_id == TT_MS_ID_UCS_4 ||
                   name.encoding_id == TT_MS_ID_SYMBOL_CS));
    if (utf16) return trimmed(utf16beToUtf8(name.string, name.string_len));
    if (name.platform_id == TT_PLATFORM_MACINTOSH && name.encoding_id == TT_MAC_ID_ROMAN) {
        std::string text(reinterpret_cast<const char*>(name.string), name.string_len);
        bool ascii = std::all_of(text.begin(), text.end(),
                                 [](char c) { return static_cast<unsigned char>(c) < 0x80; });
        if (ascii) return trimmed(std::move(text));
    }
    return std::nullopt;
}

std::optional<int> englishRank(const FT_SfntName& name) {
    if (name.platform_id == TT_PLATFORM_MICROSOFT) {
        if (name.language_id == TT_MS_LANGID_ENGLISH_UNITED_STATES) return 0;
        if ((name.language_id & 0x3FF) == 0x09) return 1;  // any other English locale
    }
    if (name.platform_id == TT_PLATFORM_MACINTOSH && name.language_id == TT_MAC_LANGID_ENGLISH) {
        return 2;
    }
    if (name.platform_id == TT_PLATFORM_APPLE_UNICODE) return 3;
    return std::nullopt;
}

std::optional<int> chineseRank(const FT_SfntName& name) {
    if (name.platform_id != TT_PLATFORM_MICROSOFT) return std::nullopt;
    // Mainland first: the paper is set in simplified Chinese.
    constexpr FT_UShort kOrder[] = {0x0804 /*zh-CN*/, 0x1004 /*zh-SG*/, 0x0404 /*zh-TW*/,
                                    0x0C04 /*zh-HK*/, 0x1404 /*zh-MO*/};
    for (int i = 0; i < 5; ++i) {
        if (name.language_id == kOrder[i]) return i;
    }
    return std::nullopt;
}

std::vector<NameRecord> readRecords(FT_Face face) {
    std::vector<NameRecord> records;
    FT_UInt count = FT_Get_Sfnt_Name_Count(face);
    for (FT_UInt i = 0; i < count; ++i) {
        FT_SfntName name;
        if (FT_Get_Sfnt_Name(face, i, &name) != 0) continue;
        if (name.name_id != kFamily && name.name_id != kSubfamily &&
            name.name_id != kTypographicFamily && name.name_id != kTypographicSubfamily) {
            continue;
        }
        std::optional<std::string> text = decode(name);
        if (!text || text->empty()) continue;
        records.push_back({name.name_id, std::move(*text), englishRank(name), chineseRank(name)});
    }
    return records;
}

std::optional<std::string> best(const std::vector<NameRecord>& records, FT_UShort nameId,
                                std::optional<int> NameRecord::*rank) {
    const NameRecord* found = nullptr;
    for (const NameRecord& record : records) {
        if (record.nameId != nameId || !(record.*rank)) continue;
        if (!found || *(record.*rank) < *(found->*rank)) found = &record;
    }
    if (!found) return std::nullopt;
    return found->text;
}

}  // namespace

FaceNames readFaceNames(FT_Face face) {
    std::vector<NameRecord> records = readRecords(face);
    FaceNames names;

    // Typographic names (16/17) group all weights under one family; legacy fonts only have 1/2.
    if (auto family = best(records, kTypographicFamily, &NameRecord::englishRank)) {
        names.family = *family;
        names.style =
                best(records, kTypographicSubfamily, &NameRecord::englishRank)
                        .value_or(best(records, kSubfamily, &NameRecord::englishRank).value_or(""));
    } else if (auto legacy = best(records, kFamily, &NameRecord::englishRank)) {
        names.family = *legacy;
        names.style = best(records, kSubfamily, &NameRecord::englishRank).value_or("");
    }
    if (names.family.empty() && face->family_name) names.family = face->family_name;
    if (names.style.empty() && face->style_name) names.style = face->style_name;

    names.chineseFamily =
            best(records, kTypographicFamily, &NameRecord::chineseRank)
                    .value_or(best(records, kFamily, &NameRecord::chineseRank).value_or(""));

    for (const NameRecord& record : records) {
        if (record.nameId != kFamily && record.nameId != kTypographicFamily) continue;
        if (record.text == names.family || record.text == names.chineseFamily) continue;
        if (std::find(names.otherFamilies.begin(), names.otherFamilies.end(), record.text) ==
            names.otherFamilies.end()) {
            names.otherFamilies.push_back(record.text);
        }
    }
    // A font with no English name at all is still shown and found by whatever name it has.
    if (names.family.empty() && !names.chineseFamily.empty()) {
        names.family = names.chineseFamily;
    } else if (names.family.empty() && !names.otherFamilies.empty()) {
        names.family = names.otherFamilies.front();
        names.otherFamilies.erase(names.otherFamilies.begin());
    }
    return names;
}

}  // namespace banmian::fonts
