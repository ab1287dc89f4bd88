#include "layout/import/BylineParser.h"

#include <gtest/gtest.h>

namespace banmian::layout {
namespace {

std::vector<Byline> bylines(std::string_view line) {
    auto parsed = parseBylineLine(line);
    return parsed ? parsed->bylines : std::vector<Byline>{};
}

TEST(BylineParser, ReadsTheSeedsCreditLines) {
    EXPECT_EQ(bylines("□记者 曹香玉"), (std::vector<Byline>{{"记者", {"曹香玉"}}}));
    EXPECT_EQ(bylines("□记者 姚丽敏 刘晓晶"),
              (std::vector<Byline>{{"记者", {"姚丽敏", "刘晓晶"}}}));
}

TEST(BylineParser, SeparatesSeveralRolesOnOneLine) {
    EXPECT_EQ(bylines("本报记者 王小明 通讯员 李华 实习生 赵一"),
              (std::vector<Byline>{
                      {"本报记者", {"王小明"}}, {"通讯员", {"李华"}}, {"实习生", {"赵一"}}}));
    EXPECT_EQ(bylines("文/张三 图/李四"),
              (std::vector<Byline>{{"文", {"张三"}}, {"图", {"李四"}}}));
    EXPECT_EQ(bylines("■摄影 欧阳娜娜"), (std::vector<Byline>{{"摄影", {"欧阳娜娜"}}}));
}

TEST(BylineParser, ReadsNamesGluedToTheRoleOrSeparatedByCommas) {
    EXPECT_EQ(bylines("记者曹香玉"), (std::vector<Byline>{{"记者", {"曹香玉"}}}));
    EXPECT_EQ(bylines("□记者 姚丽敏、刘晓晶"),
              (std::vector<Byline>{{"记者", {"姚丽敏", "刘晓晶"}}}));
    EXPECT_EQ(bylines("记者　阿不都·热合曼"), (std::vector<Byline>{{"记者", {"阿不都·热合曼"}}}));
}

TEST(BylineParser, DoubtsNamesRunTogether) {
    auto parsed = parseBylineLine("□记者 姚丽敏刘晓晶");
    ASSERT_TRUE(parsed);
    ASSERT_EQ(parsed->doubts.size(), 1u);
    EXPECT_NE(parsed->doubts[0].find("several names"), std::string::npos);
}

TEST(BylineParser, DoesNotTakeASentenceForACreditLine) {
    EXPECT_FALSE(parseBylineLine("记者了解到，徐汇区代表队共选派98名选手参加62个项目的角逐"));
    EXPECT_FALSE(parseBylineLine("记者从会上获悉"));  // no space: a name this long is no name
    EXPECT_FALSE(parseBylineLine("喜报！徐汇区代表队斩获团体铜奖"));
    EXPECT_FALSE(parseBylineLine("国际禁毒日"));
    EXPECT_FALSE(parseBylineLine("文化馆开馆"));
}

TEST(BylineParser, AMarkedLineWithoutARoleIsACreditLineWithADoubt) {
    auto parsed = parseBylineLine("□曹香玉");
    ASSERT_TRUE(parsed);
    EXPECT_EQ(parsed->bylines, (std::vector<Byline>{{"", {"曹香玉"}}}));
    EXPECT_FALSE(parsed->doubts.empty());
}

}  // namespace
}  // namespace banmian::layout

namespace banmian::layout {
namespace {

TEST(BylineParser, ReadsTaiwanAndHongKongRoles) {
    EXPECT_EQ(bylines("□記者 林志明 陳怡君"),
              (std::vector<Byline>{{"記者", {"林志明", "陳怡君"}}}));
    EXPECT_EQ(bylines("本報記者 王小明 通訊員 李華 實習生 趙一"),
              (std::vector<Byline>{
                      {"本報記者", {"王小明"}}, {"通訊員", {"李華"}}, {"實習生", {"趙一"}}}));
    EXPECT_EQ(bylines("特約記者 何詠詩  攝影 黃建國  編輯 周美玲"),
              (std::vector<Byline>{
                      {"特約記者", {"何詠詩"}}, {"攝影", {"黃建國"}}, {"編輯", {"周美玲"}}}));
    EXPECT_FALSE(parseBylineLine("記者了解到，工程預計明年完工。"));
}

}  // namespace
}  // namespace banmian::layout
