#include "layout/text/Measure.h"

#include <gtest/gtest.h>

#include "FakeParagraph.h"

namespace banmian::layout {
namespace {

using testing::fakeParagraph;
using testing::kEm;

TEST(Measure, GivesFullWidthMarksTheirBlankHalvesGbStyle) {
    const auto p = fakeParagraph("字，字“字”字。");
    EXPECT_EQ(p.clusters[1].blankRight, kEm / 2);  // ，ink left
    EXPECT_EQ(p.clusters[1].blankLeft, 0);
    EXPECT_EQ(p.clusters[3].blankLeft, kEm / 2);   // “ ink right
    EXPECT_EQ(p.clusters[5].blankRight, kEm / 2);  // ” ink left
    EXPECT_EQ(p.clusters[7].blankRight, kEm / 2);  // 。
}

TEST(Measure, SqueezesTheBlankWhereTwoMarksMeet) {
    // 。” → the stop loses its right half; ，“ → the quote loses its left half; ）、 → the bracket
    // its right half: each pair takes 1.5 em (clreq §3.1.6.2).
    for (const char* pair : {"字。”字", "字，“字", "字）、字", "字》，字", "字“《字"}) {
        SCOPED_TRACE(pair);
        const auto p = fakeParagraph(pair);
        EXPECT_EQ(p.clusters[1].naturalWidth() + p.clusters[2].naturalWidth(), kEm * 3 / 2);
    }
    const auto p = fakeParagraph("字。”字");
    EXPECT_EQ(p.clusters[1].trimRight, kEm / 2);
    EXPECT_EQ(p.clusters[2].trimLeft, 0);
}

TEST(Measure, AnEllipsisBeforeAClosingQuoteKeepsItsTwoEms) {
    // …… has no blank half to give; the quote's blank is on its far side: nothing meets.
    const auto p = fakeParagraph("字……”字");
    EXPECT_EQ(p.clusters[1].naturalWidth() + p.clusters[2].naturalWidth() +
                      p.clusters[3].naturalWidth(),
              3 * kEm);
    EXPECT_FALSE(p.clusters[1].breakAfter);  // never split
    EXPECT_FALSE(p.clusters[2].breakAfter);  // nor the quote sent to the next line
}

TEST(Measure, ThreeMarksInARowTakeTwoEms) {
    const auto p = fakeParagraph("字。”）字");
    EXPECT_EQ(p.clusters[1].naturalWidth() + p.clusters[2].naturalWidth() +
                      p.clusters[3].naturalWidth(),
              2 * kEm);
}

TEST(Measure, PutsAQuarterEmBetweenHanAndLatinButNotNextToMarks) {
    const auto p = fakeParagraph("设置109个，AI企业");
    EXPECT_EQ(p.clusters[2].spaceBefore, kEm / 4);  // 置|1
    EXPECT_EQ(p.clusters[3].spaceBefore, 0);        // inside 109
    EXPECT_EQ(p.clusters[5].spaceBefore, kEm / 4);  // 9|个
    EXPECT_EQ(p.clusters[7].spaceBefore, 0);        // ，|A
    EXPECT_EQ(p.clusters[9].spaceBefore, kEm / 4);  // I|企
    const auto off = fakeParagraph("设置109个", {kEm, false});
    EXPECT_EQ(off.clusters[2].spaceBefore, 0);
}

TEST(Measure, KeepsWordsNumbersDashesAndEllipsesFromBeingSpread) {
    const auto p = fakeParagraph("AI大——……");
    EXPECT_TRUE(p.clusters[0].joinsNext);   // A|I
    EXPECT_FALSE(p.clusters[1].joinsNext);  // I|大
    EXPECT_TRUE(p.clusters[3].joinsNext);   // —|—
    EXPECT_FALSE(p.clusters[4].joinsNext);  // —|…
    EXPECT_TRUE(p.clusters[5].joinsNext);   // …|…
}

TEST(Measure, AProportionalQuoteHasNoBlankToGive) {
    std::vector<ClusterInput> clusters = {{0, 3, 0, 1, kEm}, {3, 6, 1, 2, kEm * 4 / 10}};
    const auto p = measureParagraph("字“", clusters, std::vector<std::size_t>{3, 6}, {kEm, true});
    EXPECT_EQ(p.clusters[1].blankLeft, 0);
}

}  // namespace
}  // namespace banmian::layout

namespace banmian::layout {
namespace {

TEST(Measure, CentresTaiwanAndHongKongStopsAndCommasAndDoesNotTrimThemBesideQuotes) {
    for (const Language language : {Language::HantTW, Language::HantHK}) {
        SCOPED_TRACE(std::string(languageTag(language)));
        const MeasureStyle style{.em = kEm, .hanLatinSpace = true, .language = language};
        const auto p = fakeParagraph("字，「字」？字。", style);
        // ，？。 centred (clreq §3.1.2): a quarter em blank each side.
        for (const std::size_t i : {1u, 5u, 7u}) {
            EXPECT_EQ(p.clusters[i].blankLeft, kEm / 4);
            EXPECT_EQ(p.clusters[i].blankRight, kEm / 4);
            EXPECT_TRUE(p.clusters[i].blanksAtLineEndOnly);
        }
        // ，「 and 」？ keep two ems: no GB 1.5-em squeeze beside a centred mark.
        EXPECT_EQ(p.clusters[1].naturalWidth() + p.clusters[2].naturalWidth(), 2 * kEm);
        EXPECT_EQ(p.clusters[4].naturalWidth() + p.clusters[5].naturalWidth(), 2 * kEm);
    }
    // Brackets that meet still hug (clreq §3.1.6.2), in Taiwan as on the mainland.
    const auto brackets = fakeParagraph(
            "字」「字", {.em = kEm, .hanLatinSpace = true, .language = Language::HantTW});
    EXPECT_EQ(brackets.clusters[1].naturalWidth() + brackets.clusters[2].naturalWidth(),
              kEm * 3 / 2);
}

}  // namespace
}  // namespace banmian::layout
