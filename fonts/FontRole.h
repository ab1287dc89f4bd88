#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace banmian::fonts {

/// The typefaces a Chinese newsroom specifies by role rather than by font name.
enum class FontRole {
    BookSong,  // 书宋: body text
    Song,      // 宋体: headlines, decks
    BoldSong,  // 粗宋: heavy headlines
    Hei,       // 黑体: headlines, captions, emphasis
    Kai,       // 楷体: bylines, kickers, captions
};

/// Every role, in the order above, for listings and help text.
inline constexpr std::array<FontRole, 5> kFontRoles = {
        FontRole::BookSong, FontRole::Song, FontRole::BoldSong, FontRole::Hei, FontRole::Kai};

/// The font a role stands for on a Debian install: family, default weight, lightest acceptable.
struct RoleFont {
    std::string_view family;
    int weight;
    // A role like 粗宋 must not silently fall back to a regular face.
    int minWeight;
};

/// The family and weights a role resolves to.
RoleFont roleFont(FontRole role);

/// The role's name as newsroom staff say it: "书宋", "宋体", "粗宋", "黑体", "楷体".
std::string_view chineseName(FontRole role);

/// The role's ASCII name for the command line: "booksong", "song", "boldsong", "hei", "kai".
std::string_view englishName(FontRole role);

/// The role named in Chinese or English (English case-insensitive); nullopt for anything else.
std::optional<FontRole> parseFontRole(std::string_view name);

}  // namespace banmian::fonts
