#include "fonts/FontRole.h"

#include <gtest/gtest.h>

#include "fonts/FontPackages.h"

namespace banmian::fonts {
namespace {

TEST(FontRole, ParsesChineseNames) {
    EXPECT_EQ(parseFontRole("书宋"), FontRole::BookSong);
    EXPECT_EQ(parseFontRole("宋体"), FontRole::Song);
    EXPECT_EQ(parseFontRole("粗宋"), FontRole::BoldSong);
    EXPECT_EQ(parseFontRole("黑体"), FontRole::Hei);
    EXPECT_EQ(parseFontRole("楷体"), FontRole::Kai);
}

TEST(FontRole, ParsesEnglishNamesInAnyCase) {
    EXPECT_EQ(parseFontRole("booksong"), FontRole::BookSong);
    EXPECT_EQ(parseFontRole("song"), FontRole::Song);
    EXPECT_EQ(parseFontRole("BoldSong"), FontRole::BoldSong);
    EXPECT_EQ(parseFontRole("HEI"), FontRole::Hei);
    EXPECT_EQ(parseFontRole("kai"), FontRole::Kai);
}

TEST(FontRole, RejectsOtherNames) {
    EXPECT_EQ(parseFontRole(""), std::nullopt);
    EXPECT_EQ(parseFontRole("仿宋"), std::nullopt);
    EXPECT_EQ(parseFontRole("kaiti"), std::nullopt);
    EXPECT_EQ(parseFontRole("song "), std::nullopt);
}

TEST(FontRole, NamesRoundTrip) {
    for (FontRole role : kFontRoles) {
        EXPECT_EQ(parseFontRole(chineseName(role)), role);
        EXPECT_EQ(parseFontRole(englishName(role)), role);
    }
}

TEST(FontRole, MapsToTheHouseFonts) {
    EXPECT_EQ(roleFont(FontRole::BookSong).family, "Noto Serif CJK SC");
    EXPECT_EQ(roleFont(FontRole::BookSong).weight, 400);
    EXPECT_EQ(roleFont(FontRole::Song).family, "Noto Serif CJK SC");
    EXPECT_EQ(roleFont(FontRole::BoldSong).family, "Noto Serif CJK SC");
    EXPECT_GE(roleFont(FontRole::BoldSong).weight, 700);
    EXPECT_GE(roleFont(FontRole::BoldSong).minWeight, 600);
    EXPECT_EQ(roleFont(FontRole::Hei).family, "Noto Sans CJK SC");
    EXPECT_EQ(roleFont(FontRole::Kai).family, "LXGW WenKai");
}

TEST(FontRole, MapsToTheFacesOfTaiwanAndHongKong) {
    EXPECT_EQ(roleFont(FontRole::BookSong, CjkRegion::TC).family, "Noto Serif CJK TC");
    EXPECT_EQ(roleFont(FontRole::BoldSong, CjkRegion::HK).family, "Noto Serif CJK HK");
    EXPECT_EQ(roleFont(FontRole::Hei, CjkRegion::TC).family, "Noto Sans CJK TC");
    EXPECT_EQ(roleFont(FontRole::Kai, CjkRegion::HK).family, "LXGW WenKai");  // has no HK face
    EXPECT_EQ(regionalFamily("Noto Sans CJK SC", CjkRegion::HK), "Noto Sans CJK HK");
    EXPECT_EQ(regionalFamily("Noto Serif CJK JP", CjkRegion::TC), "Noto Serif CJK TC");
    EXPECT_EQ(regionalFamily("LXGW WenKai", CjkRegion::TC), std::nullopt);
    EXPECT_EQ(regionalFamily("DejaVu Sans", CjkRegion::TC), std::nullopt);
}

TEST(FontPackages, NamesThePackageOfEachHouseFamily) {
    EXPECT_EQ(debianPackageForFamily("Noto Serif CJK SC"), "fonts-noto-cjk");
    EXPECT_EQ(debianPackageForFamily("noto sans cjk tc"), "fonts-noto-cjk");
    EXPECT_EQ(debianPackageForFamily("LXGW WenKai"), "fonts-lxgw-wenkai");
    EXPECT_EQ(debianPackageForFamily("霞鹜文楷"), "fonts-lxgw-wenkai");
    EXPECT_EQ(debianPackageForFamily("Comic Sans MS"), std::nullopt);
}

}  // namespace
}  // namespace banmian::fonts
