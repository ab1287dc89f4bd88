#include "layout/text/Breaks.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace banmian::layout {
namespace {

// The text with a '|' at every place a line may end.
std::string marked(const std::string& text) {
    static BreakFinder finder;
    const auto breaks = finder.find(text);
    std::string out;
    std::size_t from = 0;
    for (std::size_t b : breaks) {
        out += text.substr(from, b - from);
        if (b < text.size()) out += "|";
        from = b;
    }
    return out;
}

TEST(Breaks, BreaksBetweenIdeographs) {
    EXPECT_EQ(marked("汉字排版"), "汉|字|排|版");
}

TEST(Breaks, NeverBeforeAMarkThatMayNotStartALine) {
    EXPECT_EQ(marked("好，是。对、吗？行！"), "好，|是。|对、|吗？|行！");
    EXPECT_EQ(marked("（甲）乙"), "（甲）|乙");
    EXPECT_EQ(marked("甲：乙；丙"), "甲：|乙；|丙");
    EXPECT_EQ(marked("6·26"), "6·26");
}

TEST(Breaks, NeverAfterAnOpeningMark) {
    EXPECT_EQ(marked("以“技能”为"), "以|“技|能”|为");
    EXPECT_EQ(marked("《祝福祖国》充分"), "《祝|福|祖|国》|充|分");
}

TEST(Breaks, NeverInsideDashOrEllipsis) {
    EXPECT_EQ(marked("他说——好"), "他|说|——|好");
    // UAX #14 (LB22) keeps …… with what it follows: clreq's strict level.
    EXPECT_EQ(marked("等等……好"), "等|等……|好");
}

TEST(Breaks, KeepsNumbersLatinWordsAndQuotedLatinWhole) {
    EXPECT_EQ(marked("吸引了1122名选手"), "吸|引|了|1122|名|选|手");
    EXPECT_EQ(marked("达到99.8%。"), "达|到|99.8%。");
    EXPECT_EQ(marked("商量SenseChat”与"), "商|量|SenseChat”|与");
    EXPECT_EQ(marked("上海市“6·26”国际"), "上|海|市|“6·26”|国|际");
}

TEST(Breaks, AfterAWordSpace) {
    EXPECT_EQ(marked("AIGC 徐汇"), "AIGC |徐|汇");
}

// A web address longer than the column left the line before it spread by 2 em and more, or was
// cut anywhere (issue 17): it breaks after a slash or dot, never inside // nor a number.
TEST(Breaks, BreaksAWebAddressAfterItsSlashesAndDots) {
    EXPECT_EQ(marked("访问https://www.example.com/ai-news/v4.1/report.html查询"),
              "访|问|https://|www.|example.|com/|ai-|news/|v4.1/|report.|html|查|询");
    EXPECT_EQ(marked("GPT-4o和PM2.5"), "GPT-4o|和|PM2.5");  // not an address: as before
}

TEST(Breaks, TheEndIsAlwaysABreak) {
    BreakFinder finder;
    EXPECT_EQ(finder.find("。。。"), (std::vector<std::size_t>{9}));
    EXPECT_TRUE(finder.find("").empty());
}

}  // namespace
}  // namespace banmian::layout
