#pragma once

#include <array>
#include <optional>
#include <string>
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

/// The glyph forms a face is made for: the SC, TC and HK faces of a Noto CJK collection draw
/// the same characters in the forms of the mainland, Taiwan and Hong Kong (說 過 骨 differ), and
/// set ，。、：；！？ low-left (SC) or centred in their square (TC, HK).
enum class CjkRegion { SC, TC, HK };

/// The family-name suffix of the region's Noto CJK faces: "SC", "TC", "HK".
std::string_view regionSuffix(CjkRegion region);

/// The font a role stands for on a Debian install: family, default weight, lightest acceptable.
struct RoleFont {
    std::string_view family;
    int weight;
    // A role like 粗宋 must not silently fall back to a regular face.
    int minWeight;
};

/// The family and weights a role resolves to; with a region, the Noto CJK face of its glyph forms
/// (宋体 of Taiwan: "Noto Serif CJK TC"). 楷体 stays LXGW WenKai in every region: no TC or HK cut
/// of it is packaged, and its traditional characters are drawn in its own (Taiwan-like) forms.
RoleFont roleFont(FontRole role, CjkRegion region = CjkRegion::SC);

/// `family` with its Noto CJK region suffix replaced by `region`'s ("Noto Sans CJK SC" → "Noto
/// Sans CJK HK"); nothing for a family that is no regional Noto CJK family.
std::optional<std::string> regionalFamily(std::string_view family, CjkRegion region);

/// The role's name as newsroom staff say it: "书宋", "宋体", "粗宋", "黑体", "楷体".
std::string_view chineseName(FontRole role);

/// The role's ASCII name for the command line: "booksong", "song", "boldsong", "hei", "kai".
std::string_view englishName(FontRole role);

/// The role named in Chinese or English (English case-insensitive); nullopt for anything else.
std::optional<FontRole> parseFontRole(std::string_view name);

}  // namespace banmian::fonts
