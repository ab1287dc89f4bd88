#include "layout/import/ImportJson.h"

#include <gtest/gtest.h>

namespace banmian::layout {
namespace {

ImportResult sample() {
    auto result = importArticles(
            "南市街道旧改收尾\n\n□本报记者 王小明 通讯员 "
            "李华\n\n6月30日，最后一批旧改居民签约搬迁。\n\n"
            "相关链接\n\n旧区改造是上海的重要民生工程。\n");
    EXPECT_TRUE(result.ok());
    return result.value();
}

TEST(ImportJson, FollowsTheDocumentedSchema) {
    const auto json = importToJson(sample(), "day.txt");
    EXPECT_EQ(json["file"], "day.txt");
    EXPECT_EQ(json["encoding"], "UTF-8");
    ASSERT_EQ(json["stories"].size(), 2u);
    const auto& article = json["stories"][0];
    EXPECT_EQ(article["kind"], "article");
    EXPECT_EQ(article["headline"], "南市街道旧改收尾");
    EXPECT_EQ(article["kicker"], "");
    EXPECT_EQ(article["subtitle"], "");
    EXPECT_EQ(article["bylines"][0]["role"], "本报记者");
    EXPECT_EQ(article["bylines"][1]["names"][0], "李华");
    EXPECT_EQ(article["paragraphs"][0], "6月30日，最后一批旧改居民签约搬迁。");
    EXPECT_FALSE(article.contains("related"));
    EXPECT_EQ(article["line"], 1);
    const auto& sidebar = json["stories"][1];
    EXPECT_EQ(sidebar["kind"], "sidebar");
    EXPECT_EQ(sidebar["related"], 0);
    EXPECT_TRUE(json["warnings"].is_array());
    ASSERT_FALSE(json["repairs"].empty());
    EXPECT_EQ(json["repairs"][0]["line"], 7);
}

TEST(ImportJson, OutlineNamesEachStoryAndItsCounts) {
    const std::string outline = importToOutline(sample(), "day.txt");
    EXPECT_NE(outline.find("day.txt (UTF-8): 1 articles, 1 sidebars"), std::string::npos)
            << outline;
    EXPECT_NE(outline.find("主题  南市街道旧改收尾"), std::string::npos);
    EXPECT_NE(outline.find("通讯员  李华"), std::string::npos);
    EXPECT_NE(outline.find("1 paragraphs, 19 characters"), std::string::npos) << outline;
    EXPECT_NE(outline.find("sidebar to [0]"), std::string::npos);
}

}  // namespace
}  // namespace banmian::layout
