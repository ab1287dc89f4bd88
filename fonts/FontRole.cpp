#include "fonts/FontRole.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace banmian::fonts {

namespace {

constexpr std::string_view kNotoSerif = "Noto Serif CJK SC";
constexpr std::string_view kNotoSans = "Noto Sans CJK SC";
constexpr std::string_view kNotoSerifTC = "Noto Serif CJK TC";
constexpr std::string_view kNotoSansTC = "Noto Sans CJK TC";
constexpr std::string_view kNotoSerifHK = "Noto Serif CJK HK";
constexpr std::string_view kNotoSansHK = "Noto Sans CJK HK";
constexpr std::string_view kWenKai = "LXGW WenKai";

bool equalsIgnoringAsciiCase(std::string_view a, std::string_view b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x)) ==
               std::tolower(static_cast<unsigned char>(y));
    });
}

}  // namespace

std::string_view regionSuffix(CjkRegion region) {
    switch (region) {
        case CjkRegion::SC:
            return "SC";
        case CjkRegion::TC:
            return "TC";
        case CjkRegion::HK:
            return "HK";
    }
    return "SC";
}

std::optional<std::string> regionalFamily(std::string_view family, CjkRegion region) {
    // Noto CJK names its faces "Noto Serif CJK SC", "Noto Sans CJK JP", "Noto Sans Mono CJK TC".
    if (family.size() < 3 || family.find("CJK ") == std::string_view::npos) return std::nullopt;
    const std::string_view suffix = family.substr(family.size() - 3);
    for (std::string_view known : {" SC", " TC", " HK", " JP", " KR"}) {
        if (equalsIgnoringAsciiCase(suffix, known)) {
            return std::string(family.substr(0, family.size() - 2)) +
                   std::string(regionSuffix(region));
        }
    }
    return std::nullopt;
}

RoleFont roleFont(FontRole role, CjkRegion region) {
    const std::string_view serif = region == CjkRegion::TC   ? kNotoSerifTC
                                   : region == CjkRegion::HK ? kNotoSerifHK
                                                             : kNotoSerif;
    const std::string_view sans = region == CjkRegion::TC   ? kNotoSansTC
                                  : region == CjkRegion::HK ? kNotoSansHK
                                                            : kNotoSans;
    switch (role) {
        case FontRole::BookSong:
            return {serif, 400, 1};
        case FontRole::Song:
            return {serif, 400, 1};
        case FontRole::BoldSong:
            // Ask for Black so fonts-noto-cjk-extra's heavier cut wins where installed; Bold
            // (fonts-noto-cjk) is the nearest otherwise. Below semibold it is no longer 粗宋.
            return {serif, 900, 600};
        case FontRole::Hei:
            return {sans, 400, 1};
        case FontRole::Kai:
            // No TC/HK cut of LXGW WenKai is packaged; its traditional characters are its own.
            return {kWenKai, 400, 1};
    }
    return {serif, 400, 1};
}

std::string_view chineseName(FontRole role) {
    switch (role) {
        case FontRole::BookSong:
            return "书宋";
        case FontRole::Song:
            return "宋体";
        case FontRole::BoldSong:
            return "粗宋";
        case FontRole::Hei:
            return "黑体";
        case FontRole::Kai:
            return "楷体";
    }
    return "";
}

std::string_view englishName(FontRole role) {
    switch (role) {
        case FontRole::BookSong:
            return "booksong";
        case FontRole::Song:
            return "song";
        case FontRole::BoldSong:
            return "boldsong";
        case FontRole::Hei:
            return "hei";
        case FontRole::Kai:
            return "kai";
    }
    return "";
}

std::optional<FontRole> parseFontRole(std::string_view name) {
    for (FontRole role : kFontRoles) {
        if (name == chineseName(role) || equalsIgnoringAsciiCase(name, englishName(role))) {
            return role;
        }
    }
    return std::nullopt;
}

}  // namespace banmian::fonts
