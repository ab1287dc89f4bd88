#include "layout/import/ColumnBreaks.h"

#include <gtest/gtest.h>

namespace banmian::layout {
namespace {

std::vector<std::string> joined(const std::string& text,
                                std::vector<Diagnostic>* warningsOut = nullptr) {
    std::vector<Diagnostic> lineWarnings, repairs, warnings;
    const auto units = joinColumnBreaks(splitSourceLines(text, lineWarnings), repairs, warnings);
    if (warningsOut) *warningsOut = warnings;
    std::vector<std::string> out;
    for (const TextUnit& unit : units) out.push_back(unit.text);
    return out;
}

const std::string kLongFragment =
        "技能人才是推动上海实现高质量发展、打造高品质生活的持续动力。始终把对技能人才的培养放";

TEST(ColumnBreaks, JoinsBodyTextCutBeforeItsFullStop) {
    EXPECT_EQ(joined(kLongFragment + "\n\n在重要位置。\n"),
              (std::vector<std::string>{kLongFragment + "在重要位置。"}));
}

TEST(ColumnBreaks, JoinsAShortFragmentThatEndsInAComma) {
    EXPECT_EQ(
            joined("在第44届、45届世界技能大赛，\n\n2022年世界技能大赛特别赛上，徐汇选手取得佳绩"
                   "。"),
            (std::vector<std::string>{
                    "在第44届、45届世界技能大赛，2022年世界技能大赛特别赛上，徐汇选手取得佳绩。"}));
}

TEST(ColumnBreaks, JoinsANumberCutBeforeItsUnit) {
    EXPECT_EQ(joined("6月26\n\n日，活动在徐家汇体育公园举行。"),
              (std::vector<std::string>{"6月26日，活动在徐家汇体育公园举行。"}));
    EXPECT_EQ(joined("签约率达到99\n\n.8%。"), (std::vector<std::string>{"签约率达到99.8%。"}));
}

TEST(ColumnBreaks, JoinsTextWhoseRestOpensWithAMarkThatCannotStartALine) {
    EXPECT_EQ(joined("他说“终于等到这一天了\n\n”，居民们笑了。"),
              (std::vector<std::string>{"他说“终于等到这一天了”，居民们笑了。"}));
}

TEST(ColumnBreaks, JoinsLatinWordsAndAsksToCheckTheSpace) {
    std::vector<Diagnostic> warnings;
    EXPECT_EQ(joined("汇聚了上海人工智能实验室、期智研究院、商汤科技、Mini\n\nmax等大模型企业和机构"
                     "。",
                     &warnings),
              (std::vector<std::string>{"汇聚了上海人工智能实验室、期智研究院、商汤科技、Minimax等"
                                        "大模型企业和机构。"}));
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_EQ(warnings[0].line, 3);
}

TEST(ColumnBreaks, LeavesWholeParagraphsHeadlinesAndCreditLinesApart) {
    EXPECT_EQ(joined("喜报！徐汇区代表队斩获团体铜奖\n\n□记者 "
                     "曹香玉\n\n上海市第一届职业技能大赛落下帷幕。\n\n“一技在手”的豪气征战赛场。"),
              (std::vector<std::string>{"喜报！徐汇区代表队斩获团体铜奖", "□记者 曹香玉",
                                        "上海市第一届职业技能大赛落下帷幕。",
                                        "“一技在手”的豪气征战赛场。"}));
    // A short title before its text, as a sidebar has.
    EXPECT_EQ(joined("国际禁毒日\n\n国际禁毒日（International Day Against Drug "
                     "Abuse），为每年的6月26日。"),
              (std::vector<std::string>{
                      "国际禁毒日",
                      "国际禁毒日（International Day Against Drug Abuse），为每年的6月26日。"}));
}

TEST(ColumnBreaks, JoinsHardWrappedLinesUntilTheSentenceEnds) {
    // Once a line was found cut, what it joins is body text that must go on to a full stop.
    EXPECT_EQ(
            joined("这是一段没有标题的文字，\n被硬换行切成了\n好几行，直到句号。\n"),
            (std::vector<std::string>{"这是一段没有标题的文字，被硬换行切成了好几行，直到句号。"}));
}

TEST(ColumnBreaks, JoinsAChainOfCuts) {
    EXPECT_EQ(joined("第一段，\n\n接着写，\n\n写完了。"),
              (std::vector<std::string>{"第一段，接着写，写完了。"}));
}

}  // namespace
}  // namespace banmian::layout
