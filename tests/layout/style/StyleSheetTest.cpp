// The style sheet: the built-in house style, reading and writing JSON, and the messages a person
// gets for a sheet they got wrong.
#include "layout/style/StyleSheet.h"
#include "layout/style/StyleSheetJson.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "layout/style/DefaultStyles.h"

namespace banmian::layout {
namespace {

using fonts::FontRole;

// A sheet whose only style is "body" with `fields`, so each case shows just what it is about.
std::string bodySheet(const std::string& fields) {
    return R"({"version": 1, "styles": {"body": {)" + fields + "}}}";
}

TextStyle bodyOf(const std::string& fields) {
    const auto sheet = StyleSheet::fromJson(bodySheet(fields));
    EXPECT_TRUE(sheet.ok()) << (sheet.ok() ? "" : sheet.error().message);
    return sheet.ok() ? sheet.value().get("body") : TextStyle{};
}

std::string errorOf(const std::string& json) {
    const auto sheet = StyleSheet::fromJson(json);
    EXPECT_FALSE(sheet.ok()) << json;
    return sheet.ok() ? "" : sheet.error().message;
}

TEST(StyleSheet, DefaultSheetIsTheResourceFileAsBuilt) {
    std::ifstream file(BANMIAN_SOURCE_DIR "/resources/styles/default-styles.json",
                       std::ios::binary);
    ASSERT_TRUE(file) << "resources/styles/default-styles.json";
    std::stringstream text;
    text << file.rdbuf();
    EXPECT_EQ(defaultStylesJson(), text.str());
}

TEST(StyleSheet, DefaultSheetHasEveryStyleOfTheFrontPage) {
    const StyleSheet& sheet = StyleSheet::defaults();
    for (const char* name :
         {"body", "kicker", "headline", "subtitle", "lead.headline", "byline", "caption",
          "sidebar.headline", "sidebar.body", "masthead.title", "masthead.info", "folio"}) {
        EXPECT_NE(sheet.find(name), nullptr) << name;
    }
    EXPECT_EQ(sheet.names().front(), "body");  // in the order of the file

    const TextStyle& body = sheet.get("body");
    EXPECT_EQ(body.role, FontRole::BookSong);
    EXPECT_EQ(body.size, 576);     // 小五 = 9 pt
    EXPECT_EQ(body.leading, 800);  // 12.5 pt
    EXPECT_EQ(body.alignment, Alignment::Justify);
    EXPECT_EQ(body.indentEms, 2);
    EXPECT_TRUE(body.hanLatinSpace);
    EXPECT_FALSE(isFitted(body));

    const TextStyle& headline = sheet.get("headline");
    EXPECT_EQ(headline.role, FontRole::BoldSong);
    EXPECT_EQ(headline.size, fromPoints(27.5));   // 一号
    EXPECT_EQ(headline.minSize, fromPoints(21));  // 二号
    EXPECT_EQ(headline.maxSize, fromPoints(36));  // 小初
    EXPECT_EQ(headline.leading, fromPoints(33));
    EXPECT_EQ(headline.alignment, Alignment::Center);

    const TextStyle& lead = sheet.get("lead.headline");
    EXPECT_EQ(lead.size, fromPoints(42));  // 初号
    EXPECT_EQ(lead.minSize, fromPoints(27.5));
    EXPECT_EQ(lead.maxSize, fromPoints(60));
    EXPECT_GT(lead.maxSize - lead.minSize, headline.maxSize - headline.minSize);

    EXPECT_EQ(sheet.get("kicker").role, FontRole::Kai);
    EXPECT_EQ(sheet.get("kicker").size, fromPoints(15.75));  // 三号
    EXPECT_EQ(sheet.get("subtitle").role, FontRole::Hei);
    EXPECT_EQ(sheet.get("subtitle").size, fromPoints(14));  // 四号
    EXPECT_EQ(sheet.get("byline").role, FontRole::Kai);
    EXPECT_EQ(sheet.get("byline").alignment, Alignment::Left);
    EXPECT_EQ(sheet.get("caption").role, FontRole::Kai);
    EXPECT_EQ(sheet.get("sidebar.headline").role, FontRole::Hei);
    EXPECT_EQ(sheet.get("sidebar.body").role, FontRole::Kai);
    EXPECT_EQ(sheet.get("sidebar.body").indentEms, 2);
    EXPECT_EQ(sheet.get("masthead.title").size, fromPoints(60));
    EXPECT_EQ(sheet.get("masthead.title").trackingThousandths, 100);
    EXPECT_EQ(sheet.get("masthead.info").alignment, Alignment::Center);
    EXPECT_EQ(sheet.get("folio").size, fromPoints(7.875));  // 六号
    EXPECT_EQ(sheet.get("folio").role, FontRole::Hei);
}

TEST(StyleSheet, MissingStyleFallsBackToBody) {
    const StyleSheet& sheet = StyleSheet::defaults();
    EXPECT_EQ(sheet.find("pullquote"), nullptr);
    EXPECT_EQ(&sheet.get("pullquote"), sheet.find("body"));
}

TEST(StyleSheet, ReadsSizesAsHaoPointsOrMillimetres) {
    EXPECT_EQ(bodyOf(R"("font": "书宋", "size": "小五")").size, 576);
    EXPECT_EQ(bodyOf(R"("font": "书宋", "size": "五号")").size, fromPoints(10.5));
    EXPECT_EQ(bodyOf(R"("font": "书宋", "size": "9pt")").size, 576);
    EXPECT_EQ(bodyOf(R"("font": "书宋", "size": "9")").size, 576);
    EXPECT_EQ(bodyOf(R"("font": "书宋", "size": 9.5)").size, fromPoints(9.5));
    EXPECT_EQ(bodyOf(R"("font": "书宋", "size": "3.175mm")").size, 576);
}

TEST(StyleSheet, FillsInWhatTheSheetLeavesOut) {
    const TextStyle style = bodyOf(R"("font": "hei", "size": "10pt")");
    EXPECT_EQ(style.role, FontRole::Hei);
    EXPECT_EQ(style.leading, fromPoints(14));  // 1.4 × size
    EXPECT_EQ(style.weight, 0);
    EXPECT_EQ(style.trackingThousandths, 0);
    EXPECT_EQ(style.alignment, Alignment::Justify);
    EXPECT_EQ(style.indentEms, 0);
    EXPECT_TRUE(style.hanLatinSpace);
    EXPECT_EQ(style.minSize, 0);
    EXPECT_EQ(style.maxSize, 0);
}

TEST(StyleSheet, ReadsLeadingInEmsOfTheSize) {
    EXPECT_EQ(bodyOf(R"("font": "书宋", "size": "10pt", "leading": "1.5em")").leading,
              fromPoints(15));
}

TEST(StyleSheet, AFittedRangeGivenByOneEndEndsAtTheSizeOnTheOther) {
    const TextStyle style = bodyOf(R"("font": "粗宋", "size": "一号", "minSize": "二号")");
    EXPECT_EQ(style.minSize, fromPoints(21));
    EXPECT_EQ(style.maxSize, fromPoints(27.5));
    EXPECT_TRUE(isFitted(style));
}

TEST(StyleSheet, FittedHeadlineKeepsItsLeadingRatio) {
    const TextStyle& headline = StyleSheet::defaults().get("headline");  // 27.5 on 33 pt
    EXPECT_EQ(leadingAt(headline, fromPoints(21)), fromPoints(25.2));
    EXPECT_EQ(leadingAt(headline, headline.size), headline.leading);
}

TEST(StyleSheet, WritesJsonThatReadsBackEqual) {
    const StyleSheet& defaults = StyleSheet::defaults();
    const auto again = StyleSheet::fromJson(styleSheetToJson(defaults).dump());
    ASSERT_TRUE(again.ok()) << again.error().message;
    EXPECT_EQ(again.value(), defaults);

    const auto odd = StyleSheet::fromJson(bodySheet(
            R"("font": "粗宋", "weight": 700, "size": "9.5pt", "minSize": "8.25pt",
               "leading": "11.3pt", "tracking": -30, "align": "right", "indent": 1,
               "hanLatinSpace": false)"));
    ASSERT_TRUE(odd.ok()) << odd.error().message;
    const auto oddAgain = StyleSheet::fromJson(styleSheetToJson(odd.value()).dump());
    ASSERT_TRUE(oddAgain.ok()) << oddAgain.error().message;
    EXPECT_EQ(oddAgain.value(), odd.value());
}

TEST(StyleSheet, WritesSizesAsTheDeskSaysThem) {
    const auto json = styleSheetToJson(StyleSheet::defaults());
    EXPECT_EQ(json["version"], kStyleSheetVersion);
    EXPECT_EQ(json["styles"]["body"]["size"], "小五");
    EXPECT_EQ(json["styles"]["body"]["font"], "书宋");
    EXPECT_EQ(json["styles"]["body"]["leading"], "12.5pt");
    EXPECT_EQ(json["styles"]["masthead.title"]["size"], "60pt");
    EXPECT_EQ(json["styles"]["headline"]["align"], "center");
}

TEST(StyleSheet, NamesTheStyleAndFieldOfABadValue) {
    EXPECT_EQ(errorOf(bodySheet(R"("font": "宋", "size": "小五")")),
              R"(style "body": unknown font role "宋" (书宋, 宋体, 粗宋, 黑体, 楷体))");
    EXPECT_EQ(errorOf(R"({"version": 1, "styles": {"body": {"font": "书宋", "size": "小五"},
                          "headline": {"font": "粗宋", "size": "大号"}}})"),
              R"(style "headline": size "大号" is not a type size (9pt, 小五 …))");
    EXPECT_EQ(errorOf(bodySheet(R"("font": "书宋", "size": "小五", "align": "middle")")),
              R"(style "body": align "middle" is not one of justify, left, center, right)");
    EXPECT_EQ(errorOf(bodySheet(R"("font": "书宋", "size": "小五", "leading": "8pt")")),
              R"(style "body": leading "8pt" is smaller than the size (小五 (9 pt)): the lines )"
              R"(would overlap)");
    EXPECT_EQ(errorOf(bodySheet(R"("font": "书宋", "size": "小五", "leading": "wide")")),
              R"(style "body": leading "wide" is not a length (12.5pt, 1.4em …))");
    EXPECT_EQ(errorOf(bodySheet(R"("font": "书宋", "size": "小五", "tracking": 2000)")),
              R"(style "body": tracking 2000 is not between -500 and 1000 (thousandths of an em))");
    EXPECT_EQ(errorOf(bodySheet(R"("font": "粗宋", "size": "一号", "minSize": "初号")")),
              R"(style "body": minSize "初号" is larger than the size (一号 (27.5 pt)))");
    EXPECT_EQ(errorOf(bodySheet(R"("font": "粗宋", "size": "一号", "maxSize": "二号")")),
              R"(style "body": maxSize "二号" is smaller than the size (一号 (27.5 pt)))");
}

TEST(StyleSheet, RefusesSizesBeyondAnyPageWithoutOverflowing) {
    EXPECT_EQ(errorOf(bodySheet(R"("font": "书宋", "size": "99999999999pt")")),
              R"(style "body": size "99999999999pt" is out of range (above 0, up to 1000 pt))");
    EXPECT_EQ(errorOf(bodySheet(R"("font": "书宋", "size": 1e300)")),
              R"(style "body": size 1e+300 is out of range (above 0, up to 1000 pt))");
    EXPECT_EQ(errorOf(bodySheet(R"("font": "书宋", "size": "0pt")")),
              R"(style "body": size "0pt" is out of range (above 0, up to 1000 pt))");
    EXPECT_EQ(errorOf(bodySheet(R"("font": "书宋", "size": "小五", "leading": "99999em")")),
              R"(style "body": leading "99999em" is out of range (above 0, up to 1000 pt))");
}

TEST(StyleSheet, NamesMissingFields) {
    EXPECT_EQ(errorOf(bodySheet(R"("size": "小五")")),
              R"(style "body": "font" is missing (a role: 书宋, 宋体, 粗宋, 黑体, 楷体))");
    EXPECT_EQ(errorOf(bodySheet(R"("font": "书宋")")),
              R"(style "body": "size" is missing (a type size such as 小五 or 9pt))");
    EXPECT_EQ(errorOf(R"({"version": 1})"), R"(style sheet: "styles" is missing)");
    EXPECT_EQ(errorOf(R"({"styles": {}})"),
              R"(style sheet: "version" is missing (1 for this Banmian))");
    EXPECT_EQ(
            errorOf(R"({"version": 1, "styles": {"headline": {"font": "粗宋", "size": "一号"}}})"),
            R"(style sheet: there is no "body" style (the one a missing style falls back to))");
}

TEST(StyleSheet, RefusesUnknownFieldsSoTyposShow) {
    EXPECT_EQ(errorOf(bodySheet(R"("font": "书宋", "size": "小五", "leadng": "12pt")")),
              R"(style "body": unknown field "leadng" (font, weight, size, minSize, maxSize, )"
              R"(leading, tracking, align, indent, hanLatinSpace, colour, tint))");
    EXPECT_EQ(errorOf(R"({"version": 1, "stiles": {}})"),
              R"(style sheet: unknown field "stiles" (version, swatches, styles))");
}

// Swatches: process colours and spot inks, named in styles; a style naming no swatch, a built-in
// redefined, a spot ink without its look-alike, refused with what to write.
TEST(StyleSheet, ReadsSwatchesAndTheColoursStylesTake) {
    const auto sheet = StyleSheet::fromJson(
            R"({"version": 1, "swatches": {"报头红": {"spot": "PANTONE 485 C", "cmyk": [0, 95, 100, 0]},)"
            R"( "浅蓝": {"cmyk": [15, 0, 0, 0]}}, "styles": {"body": {"font": "书宋", "size": "小五",)"
            R"( "colour": "浅蓝", "tint": 40}, "kicker": {"font": "楷体", "size": "三号", "colour": "报头红"}}})");
    ASSERT_TRUE(sheet.ok()) << sheet.error().message;
    ASSERT_EQ(sheet.value().swatches().size(), 4u);  // 黑, 白 and the two
    const Colour body = sheet.value().colour(sheet.value().get("body").ink);
    EXPECT_EQ(body.spot, "");
    EXPECT_DOUBLE_EQ(body.cmyk[0], 0.15);
    EXPECT_DOUBLE_EQ(body.tint, 0.4);
    EXPECT_TRUE(body.fragileWhenFine());
    const Colour kicker = sheet.value().colour(sheet.value().get("kicker").ink);
    EXPECT_EQ(kicker.spot, "PANTONE 485 C");
    EXPECT_EQ(kicker.describe(), "报头红 (PANTONE 485 C)");
    EXPECT_FALSE(kicker.fragileWhenFine());  // one solid ink
    EXPECT_TRUE(sheet.value().colour({"黑", 100}).isBlack());
    EXPECT_TRUE(sheet.value().colour({"白", 100}).isPaper());
    EXPECT_TRUE(sheet.value().colour({"不存在", 100}).isBlack());
    // Written and read back: the same sheet.
    const auto again = StyleSheet::fromJson(styleSheetToJson(sheet.value()).dump());
    ASSERT_TRUE(again.ok()) << again.error().message;
    EXPECT_EQ(again.value(), sheet.value());

    EXPECT_EQ(errorOf(bodySheet(R"("font": "书宋", "size": "小五", "colour": "报头虹")")),
              R"(style "body": colour "报头虹" is no swatch of the sheet (黑, 白))");
    EXPECT_EQ(errorOf(R"({"version": 1, "swatches": {"黑": {"cmyk": [0, 0, 0, 90]}}, "styles": )"
                      R"({"body": {"font": "书宋", "size": "小五"}}})"),
              R"(swatch "黑": is built in (黑 is process black, 白 the paper); give your colour )"
              R"(another name)");
    EXPECT_EQ(errorOf(R"({"version": 1, "swatches": {"红": {"spot": "红"}}, "styles": )"
                      R"({"body": {"font": "书宋", "size": "小五"}}})"),
              R"(swatch "红": cmyk must be four per cents from 0 to 100, cyan, magenta, yellow )"
              R"(and black ([0, 95, 100, 0]))");
    EXPECT_EQ(errorOf(bodySheet(R"("font": "书宋", "size": "小五", "tint": 0)")),
              R"(style "body": tint 0 is not between 1 and 100 (per cent of the colour))");
}

// The house style prints the masthead in a red spot ink.
TEST(StyleSheet, TheHouseStylePrintsTheMastheadInRed) {
    const StyleSheet& sheet = StyleSheet::defaults();
    const Colour masthead = sheet.colour(sheet.get("masthead.title").ink);
    EXPECT_EQ(masthead.spot, "PANTONE 485 C");
    EXPECT_DOUBLE_EQ(masthead.tint, 1);
    EXPECT_TRUE(sheet.colour(sheet.get("body").ink).isBlack());
}

TEST(StyleSheet, NamesWrongJsonTypes) {
    EXPECT_EQ(errorOf(bodySheet(R"("font": "书宋", "size": "小五", "tracking": "0")")),
              R"(style "body": tracking must be a whole number between -500 and 1000 )"
              R"((thousandths of an em), not string)");
    EXPECT_EQ(errorOf(bodySheet(R"("font": "书宋", "size": "小五", "indent": 1.5)")),
              R"(style "body": indent must be a whole number between 0 and 10 (characters), )"
              R"(not 1.5)");
    EXPECT_EQ(errorOf(bodySheet(R"("font": "书宋", "size": "小五", "hanLatinSpace": "yes")")),
              R"(style "body": hanLatinSpace must be true or false, not "yes")");
    EXPECT_EQ(errorOf(bodySheet(R"("font": 1, "size": "小五")")),
              R"(style "body": font must be a role such as "书宋", not number)");
    EXPECT_EQ(errorOf(bodySheet(R"("font": "书宋", "size": true)")),
              R"(style "body": size must be a type size (9pt, 小五 …), not boolean)");
    EXPECT_EQ(errorOf(R"({"version": 1, "styles": {"body": "书宋"}})"),
              R"(style "body": must be an object of fields (font, size …), not string)");
    EXPECT_EQ(errorOf(R"({"version": 1, "styles": []})"),
              R"(style sheet: "styles" must be an object of named styles, not array)");
    EXPECT_EQ(errorOf(R"({"version": "1", "styles": {}})"),
              R"(style sheet: "version" must be a whole number, not "1")");
    EXPECT_EQ(errorOf(R"([1, 2])"),
              R"(style sheet: must be a JSON object with "version" and "styles", not array)");
}

TEST(StyleSheet, GivesTheBytePositionOfAJsonSyntaxError) {
    const auto sheet = StyleSheet::fromJson("{\"version\": 1,\n \"styles\": {\"body\": }}");
    ASSERT_FALSE(sheet.ok());
    // The stray } is the 36th byte, on the second line.
    EXPECT_EQ(sheet.error().line, 2);
    EXPECT_EQ(sheet.error().message,
              "style sheet is not valid JSON at byte 36: syntax error while parsing value - "
              "unexpected '}'; expected '[', '{', or a literal");
}

TEST(StyleSheet, RefusesASheetFromANewerBanmian) {
    EXPECT_EQ(errorOf(R"({"version": 2, "styles": {"body": {"size": 9, "colour": "red"}}})"),
              "style sheet: version 2 was made by a newer Banmian; this one reads version 1 — "
              "update Banmian");
}

TEST(Style, LabelsSizesAsTheDeskReadsThem) {
    EXPECT_EQ(sizeName(fromPoints(9)), "小五 (9 pt)");
    EXPECT_EQ(sizeName(fromPoints(27.5)), "一号 (27.5 pt)");
    EXPECT_EQ(sizeName(fromPoints(7.875)), "六号 (7.875 pt)");
    EXPECT_EQ(sizeName(fromPoints(9.5)), "9.5 pt");
    EXPECT_EQ(sizeName(fromPoints(60)), "60 pt");
    EXPECT_EQ(haoName(fromPoints(10.5)), "五号");
    EXPECT_EQ(haoName(fromPoints(10)), std::nullopt);
}

TEST(Style, AlignmentNamesReadBack) {
    for (Alignment a : {Alignment::Justify, Alignment::Left, Alignment::Center, Alignment::Right})
        EXPECT_EQ(parseAlignment(alignmentName(a)), a);
    EXPECT_EQ(parseAlignment("centre"), std::nullopt);
}

TEST(Style, ParagraphStyleResolvesTheRoleToItsFace) {
    fonts::FontRegistry registry;
    const auto body = paragraphStyle(StyleSheet::defaults().get("body"), registry);
    ASSERT_TRUE(body.ok()) << body.error().message;
    EXPECT_EQ(registry.face(body.value().font).info().family, "Noto Serif CJK SC");
    EXPECT_EQ(body.value().size, 576);
    EXPECT_EQ(body.value().leading, 800);
    EXPECT_EQ(body.value().indentEms, 2);
    EXPECT_TRUE(body.value().composition.justify);

    const auto byline = paragraphStyle(StyleSheet::defaults().get("byline"), registry);
    ASSERT_TRUE(byline.ok()) << byline.error().message;
    EXPECT_EQ(registry.face(byline.value().font).info().family, "LXGW WenKai");
    EXPECT_FALSE(byline.value().composition.justify);  // set ragged, aligned by the caller
}

TEST(Style, ParagraphStyleSaysWhichFontIsMissing) {
    fonts::FontRegistry empty(fonts::FontCatalog({BANMIAN_TEST_DATA_DIR "/no-such-directory"}));
    const std::string expected = empty.forRole(FontRole::BoldSong).error;
    ASSERT_FALSE(expected.empty());
    const auto style = paragraphStyle(StyleSheet::defaults().get("headline"), empty);
    ASSERT_FALSE(style.ok());
    EXPECT_EQ(style.error().message, expected);
}

}  // namespace
}  // namespace banmian::layout
