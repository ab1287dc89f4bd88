#include "fonts/FontRole.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace banmian::fonts {

namespace {

constexpr std::string_view kNotoSerif = "Noto Serif CJK SC";
constexpr std::string_view kNotoSans = "Noto Sans CJK SC";
constexpr std::string_view kWenKai = "LXGW WenKai";

bool equalsIgnoringAsciiCase(std::string_view a, std::string_view b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x)) ==
               std::tolower(static_cast<unsigned char>(y));
    });
}

}  // namespace

RoleFont roleFont(FontRole role) {
    switch (role) {
        case FontRole::BookSong:
            return {kNotoSerif, 400, 1};
        case FontRole::Song:
            return {kNotoSerif, 400, 1};
        case FontRole::BoldSong:
            // Ask for Black so fonts-noto-cjk-extra's heavier cut wins where installed; Bold
            // (fonts-noto-cjk) is the nearest otherwise. Below semibold it is no longer 粗宋.
            return {kNotoSerif, 900, 600};
        case FontRole::Hei:
            return {kNotoSans, 400, 1};
        case FontRole::Kai:
            return {kWenKai, 400, 1};
    }
    return {kNotoSerif, 400, 1};
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
