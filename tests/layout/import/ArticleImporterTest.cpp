#include "layout/import/ArticleImporter.h"

#include <gtest/gtest.h>

#include <fstream>

namespace banmian::layout {
namespace {

ImportResult imported(const std::string& text) {
    auto result = importArticles(text);
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().message);
    return result.ok() ? result.value() : ImportResult{};
}

bool anyMessageContains(const std::vector<Diagnostic>& diagnostics, const std::string& part,
                        int line) {
    for (const Diagnostic& d : diagnostics) {
        if (d.line == line && d.message.find(part) != std::string::npos) return true;
    }
    return false;
}

const std::string kDataDir = std::string(BANMIAN_TEST_DATA_DIR) + "/import/";

// The test story holds a two-line head, a credit line with two roles and two paragraphs indented
// with full-width spaces, one of them with a closing quote after its stop.
void expectTestStory(const ImportResult& result) {
    ASSERT_EQ(result.stories.size(), 1u);
    const Story& story = result.stories[0];
    EXPECT_EQ(story.kicker, "老城厢里的新生活");
    EXPECT_EQ(story.headline, "南市街道旧改收尾");
    EXPECT_EQ(story.bylines, (std::vector<Byline>{{"本报记者", {"王小明"}}, {"通讯员", {"李华"}}}));
    EXPECT_EQ(story.paragraphs,
              (std::vector<std::string>{
                      "6月30日，南市街道最后一批旧改居民签约搬迁，居民们说：“终于等到这一天了！”",
                      "据介绍，本轮旧改共涉及居民1200余户，签约率达到99.8%。"}));
    EXPECT_TRUE(anyMessageContains(result.warnings, "kicker", 1));
}

TEST(ArticleImporter, ReadsTheSameStoryFromEveryEncodingAndLineEnd) {
    for (const char* name : {"utf8-fullwidth-indent.txt", "gb18030-crlf.txt",
                             "utf16le-bom-crlf.txt", "utf16be-bom.txt"}) {
        SCOPED_TRACE(name);
        auto result = importArticleFile(kDataDir + name);
        ASSERT_TRUE(result.ok()) << result.error().message;
        expectTestStory(result.value());
    }
}

TEST(ArticleImporter, ReadsClassicMacLineEnds) {
    std::ifstream in(kDataDir + "utf8-fullwidth-indent.txt", std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    for (char& c : text) {
        if (c == '\n') c = '\r';
    }
    expectTestStory(imported(text));
}

TEST(ArticleImporter, GivesAHeadlineThatCameAfterItsTextBackToIt) {
    const auto result = imported(
            "6月28日，区委副书记带队开展走访活动，面对面倾听居民诉求。\n\n"
            "活动前，带队走访慰问了老党员。\n\n"
            "区长带队开展走访活动\n\n□记者 姚丽敏 刘晓晶\n");
    ASSERT_EQ(result.stories.size(), 1u);
    EXPECT_EQ(result.stories[0].headline, "区长带队开展走访活动");
    EXPECT_EQ(result.stories[0].paragraphs.size(), 2u);
    EXPECT_EQ(result.stories[0].bylines[0].names, (std::vector<std::string>{"姚丽敏", "刘晓晶"}));
    EXPECT_TRUE(anyMessageContains(result.repairs, "came after its story", 5));
}

// What the importer could not decide is a warning to check, what it repaired a note; each of its
// kind, at its line.
TEST(ArticleImporter, SaysWarningsAndRepairsAsDiagnosticsOfTheirKind) {
    const auto result = imported(
            "6月28日，区委副书记带队开展走访活动，面对面倾听居民诉求。\n\n"
            "区长带队开展走访活动\n\n□记者 姚丽敏 刘晓晶\n\n"
            "老城厢里的新生活\n南市街道旧改收尾\n\n"
            "6月30日，南市街道最后一批旧改居民签约搬迁。\n");
    ASSERT_FALSE(result.warnings.empty());
    ASSERT_FALSE(result.repairs.empty());
    for (const Diagnostic& d : result.warnings) {
        EXPECT_EQ(d.severity, Severity::Warning) << d.message;
        EXPECT_EQ(d.kind, "import-warning");
        EXPECT_GT(d.line, 0);
    }
    for (const Diagnostic& d : result.repairs) {
        EXPECT_EQ(d.severity, Severity::Note) << d.message;
        EXPECT_EQ(d.kind, "import-repair");
    }
    EXPECT_TRUE(anyMessageContains(result.warnings, "kicker", 7));
    EXPECT_EQ(describe(result.repairs.front()).rfind("line 3: ", 0), 0u)
            << describe(result.repairs.front());
}

TEST(ArticleImporter, SplitsTextThatRanOnIntoThePreviousStoryWhereItsSubjectChanges) {
    const auto result = imported(
            "人工智能大会在世博中心举办\n\n□记者 奚亮\n\n"
            "6月29日上午，世界人工智能大会新闻发布会在上海举行。\n\n"
            "徐汇将聚焦大模型领域，打造多场人工智能论坛。\n\n"
            "6月30日，上海海关在浦东销毁一批走私香烟。\n\n"
            "这批走私香烟共计三百余箱，由海关缉私部门查获。\n\n"
            "海关销毁走私香烟\n\n□记者 解景昇\n");
    ASSERT_EQ(result.stories.size(), 2u);
    EXPECT_EQ(result.stories[0].paragraphs.size(), 2u);
    EXPECT_EQ(result.stories[1].headline, "海关销毁走私香烟");
    ASSERT_EQ(result.stories[1].paragraphs.size(), 2u);
    EXPECT_TRUE(result.stories[1].paragraphs[0].starts_with("6月30日"));
    EXPECT_EQ(result.stories[1].firstLine, 13);
    EXPECT_TRUE(anyMessageContains(result.warnings, "from line 9", 13));
}

TEST(ArticleImporter, ReportsHeadlinesWithNoBody) {
    const auto result = imported("第一个标题\n\n□记者 张三\n\n第二个标题\n\n□记者 李四\n");
    ASSERT_EQ(result.stories.size(), 2u);
    EXPECT_TRUE(result.stories[0].paragraphs.empty());
    EXPECT_TRUE(result.stories[1].paragraphs.empty());
    EXPECT_TRUE(anyMessageContains(result.warnings, "has no text under it", 1));
    EXPECT_TRUE(anyMessageContains(result.warnings, "has no text under it", 5));
}

TEST(ArticleImporter, TiesASidebarWithALabelToTheStoryBeforeIt) {
    const auto result = imported(
            "南市街道旧改收尾\n\n□记者 王小明\n\n6月30日，最后一批旧改居民签约搬迁。\n\n"
            "相关链接\n\n旧区改造是上海的重要民生工程。\n");
    ASSERT_EQ(result.stories.size(), 2u);
    EXPECT_EQ(result.stories[1].kind, StoryKind::Sidebar);
    EXPECT_EQ(result.stories[1].related, result.stories[0].id);
}

TEST(ArticleImporter, TakesAShortTitledPieceThatExplainsNothingAsAnArticle) {
    const auto result = imported(
            "南市街道旧改收尾\n\n□记者 王小明\n\n6月30日，最后一批旧改居民签约搬迁。\n\n"
            "简讯\n\n区图书馆暑期延长开放时间。\n");
    ASSERT_EQ(result.stories.size(), 2u);
    EXPECT_EQ(result.stories[1].kind, StoryKind::Article);
    EXPECT_TRUE(result.stories[1].related.empty());
}

TEST(ArticleImporter, KeepsNumberedCrossHeadsInsideTheirStory) {
    const auto result = imported(
            "南市街道旧改收尾\n\n□记者 王小明\n\n6月30日，最后一批旧改居民签约搬迁。\n\n"
            "一、签约率创新高\n\n本轮旧改签约率达到99.8%。\n");
    ASSERT_EQ(result.stories.size(), 1u);
    EXPECT_EQ(result.stories[0].paragraphs.size(), 3u);
    EXPECT_TRUE(anyMessageContains(result.warnings, "cross-head", 7));
}

TEST(ArticleImporter, ReportsTextWithNoHeadlineAtAll) {
    const auto result = imported("今天天气晴朗。\n\n明天有雨。\n");
    ASSERT_EQ(result.stories.size(), 1u);
    EXPECT_EQ(result.stories[0].headline, "");
    EXPECT_TRUE(anyMessageContains(result.warnings, "no headline", 1));
}

TEST(ArticleImporter, NamesASubtitleThatOpensWithADash) {
    const auto result =
            imported("老城厢的新生活\n——南市街道旧改收尾纪实\n\n□记者 王小明\n\n居民签约搬迁。\n");
    ASSERT_EQ(result.stories.size(), 1u);
    EXPECT_EQ(result.stories[0].headline, "老城厢的新生活");
    EXPECT_EQ(result.stories[0].subtitle, "——南市街道旧改收尾纪实");
    EXPECT_EQ(result.stories[0].kicker, "");
}

TEST(ArticleImporter, RefusesFilesThatHoldNoArticles) {
    EXPECT_FALSE(importArticles("").ok());
    auto blank = importArticles("\n\n　　\r\n \t\n");
    ASSERT_FALSE(blank.ok());
    EXPECT_NE(blank.error().message.find("blank"), std::string::npos);
}

TEST(ArticleImporter, SaysWhichFileCannotBeRead) {
    auto missing = importArticleFile("/nonexistent/articles.txt");
    ASSERT_FALSE(missing.ok());
    EXPECT_NE(missing.error().message.find("/nonexistent/articles.txt"), std::string::npos);
    auto folder = importArticleFile(BANMIAN_TEST_DATA_DIR);
    ASSERT_FALSE(folder.ok());
    EXPECT_NE(folder.error().message.find("folder"), std::string::npos);
}

TEST(ArticleImporter, ReadsAParagraphOfAMegabyteWithoutAHitch) {
    std::string huge = "超长稿件\n\n□记者 王小明\n\n";
    while (huge.size() < (1u << 20)) huge += "徐汇区持续推进城市更新，居民生活品质不断提升，";
    huge += "全文完。\n";
    const auto result = imported(huge);
    ASSERT_EQ(result.stories.size(), 1u);
    EXPECT_EQ(result.stories[0].paragraphs.size(), 1u);
    EXPECT_GT(result.stories[0].characterCount(), 300000u);
}

}  // namespace
}  // namespace banmian::layout
