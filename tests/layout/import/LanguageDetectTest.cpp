#include "layout/import/LanguageDetect.h"

#include <gtest/gtest.h>

#include "layout/import/ArticleImporter.h"

namespace banmian::layout {
namespace {

std::string testFile(const std::string& name) {
    return std::string(BANMIAN_SOURCE_DIR) + "/tests/data/import/" + name;
}

TEST(LanguageDetect, CountsCharactersWrittenInOnlyOneForm) {
    const FormCounts traditional = countForms("市長說這條路線經過臺北");
    EXPECT_EQ(traditional.simplified, 0);
    EXPECT_EQ(traditional.traditional, 8);  // 長 說 這 條 線 經 過 臺; 市 路 北 are both
    const FormCounts simplified = countForms("市长说这条路线经过台北");
    EXPECT_EQ(simplified.traditional, 0);
    EXPECT_GE(simplified.simplified, 6);
    // Characters the same in both forms count for neither.
    const FormCounts neither = countForms("的是在香港一二三 ABC");
    EXPECT_EQ(neither.traditional + neither.simplified, 0);
}

TEST(LanguageDetect, TellsTaiwanHongKongAndMainlandText) {
    const std::string tw =
            "捷運環狀線北環段動工，市長致詞時說：「這條路線完成後，居民到士林上班。」";
    EXPECT_EQ(detectLanguage("【本報台北訊】", tw), Language::HantTW);
    EXPECT_EQ(detectLanguage("【本報香港訊】", tw), Language::HantHK);
    EXPECT_EQ(detectLanguage("", tw + "我哋等咗好耐。"), Language::HantHK);  // Cantonese
    EXPECT_EQ(
            detectLanguage("", "南市街道最后一批旧改居民签约搬迁，居民们说：“终于等到这一天了！”"),
            Language::Hans);
    // A mainland text quoting a few traditional characters stays simplified.
    EXPECT_EQ(detectLanguage("",
                             "南市街道最后一批旧改居民签约搬迁，店招上写着「說過」二字，"
                             "居民们说：“终于等到这一天了！”"),
              Language::Hans);
    EXPECT_EQ(detectLanguage("", "一二三"), std::nullopt) << "too little to tell";
}

TEST(LanguageDetect, TheImporterGivesEachStoryItsLanguageAndReadsTraditionalCredits) {
    const auto tw = importArticleFile(testFile("taiwan-news.txt"));
    ASSERT_TRUE(tw) << tw.error().message;
    ASSERT_EQ(tw.value().stories.size(), 1u);
    const Story& twStory = tw.value().stories[0];
    EXPECT_EQ(twStory.language, Language::HantTW);
    EXPECT_NE((twStory.kicker + twStory.headline).find("捷運環狀線北環段動工"), std::string::npos);
    EXPECT_EQ(twStory.bylines,
              (std::vector<Byline>{{"記者", {"林志明", "陳怡君"}}, {"攝影", {"黃建國"}}}));
    EXPECT_EQ(twStory.paragraphs.size(), 4u);

    const auto hk = importArticleFile(testFile("hongkong-news.txt"));
    ASSERT_TRUE(hk) << hk.error().message;
    ASSERT_EQ(hk.value().stories.size(), 1u);
    const Story& hkStory = hk.value().stories[0];
    EXPECT_EQ(hkStory.language, Language::HantHK);
    EXPECT_EQ(hkStory.bylines, (std::vector<Byline>{{"記者", {"陳家樂"}}, {"實習生", {"何詠詩"}}}));

    const auto gb = importArticleFile(testFile("utf8-fullwidth-indent.txt"));
    ASSERT_TRUE(gb) << gb.error().message;
    EXPECT_EQ(gb.value().stories.at(0).language, Language::Hans);
}

}  // namespace
}  // namespace banmian::layout
