// The seed page (seeds/xuhui-front-page.txt), imported: every story, its head and credits, and
// every paragraph with the column-break cuts of the text repaired. The expectations below were
// written by reading the seed, paragraph by paragraph, not taken from the program's output.
#include <gtest/gtest.h>

#include "layout/base/Utf8.h"
#include "layout/import/ArticleImporter.h"

namespace banmian::layout {
namespace {

// A paragraph as a reader checks it: how it opens, how it ends, and how long it is.
struct ParagraphShape {
    std::string opens;
    std::string ends;
};

struct ExpectedStory {
    StoryKind kind;
    std::string kicker, headline;
    std::vector<Byline> bylines;
    std::vector<ParagraphShape> paragraphs;
    std::optional<std::size_t> related;
};

const std::vector<ExpectedStory> kSeedStories = {
        {StoryKind::Article,
         "",
         "喜报！徐汇区代表队斩获团体铜奖",
         {{"记者", {"曹香玉"}}},
         {{"上海市第一届职业技能大赛不久前",
           "是上海市规格最高、规模最大、项目最多的综合性职业技能竞赛。"},
          {"记者了解到，徐汇区代表队共选派98名选手", "位列全市第三。"},
          {"技能人才是推动上海实现高质量发展", "赛出成绩、赛出梦想。"},
          {"在第44届、45届世界技能大赛，2022年世界技能大赛特别赛上",
           "一展技能成才、强国有我的风采！"}},
         std::nullopt},
        {StoryKind::Article,
         "",
         "聚焦人工智能大模型、AIGC 徐汇十余场重磅论坛等你来",
         {{"记者", {"奚亮"}}},
         {{"6月29日上午，2023世界人工智能大会新闻发布会", "同步在闵行等产业集聚区开展同期活动。"},
          {"本届大会的主题是“智能世界 生成未来”", "参展企业数量、展览面积均创历届之最。"},
          {"据记者了解，徐汇已连续五年参与承办", "打造10余场重磅会议论坛。"},
          {"“2018年，徐汇率先承办首届世界人工智能大会", "目前在徐汇已有多个大模型发布或蓄势待发。"},
          {"当前，徐汇区拥有相关企业合计近200家", "等多个大模型进入测试或开源。"},
          {"面对新一轮人工智能发展机遇", "引导千行百业深化变革、提升能级。"}},
         std::nullopt},
        // The seed prints this head and credit line after the sidebar, below the story's own text.
        {StoryKind::Article,
         "国际禁毒日",
         "集中销毁八百余公斤",
         {{"记者", {"解景昇"}}},
         {{"6月26日，由上海市禁毒委员会", "国际禁毒日主题宣传活动在徐家汇体育公园举行。"},
          {"本次活动以“全民参与禁毒、守护平安申城”为主题", "积极营造禁毒社会氛围。"},
          {"近年来，上海各级禁毒部门持续开展禁毒各项工作", "的“三升三降”工作目标。"}},
         std::nullopt},
        {StoryKind::Sidebar,
         "",
         "国际禁毒日",
         {},
         {{"国际禁毒日（International Day Against Drug Abuse and Illicit Trafficking）",
           "为每年的6月26日。"},
          {"1987年6月12日至26日，联合国在维也纳召开",
           "同时号召全球人民共同来解决及宣传毒品问题。"}},
         2},
        {StoryKind::Article,
         "",
         "区长带队开展走访活动，并慰问老党员",
         {{"记者", {"姚丽敏", "刘晓晶"}}},
         {{"6月28日，区委副书记、区长钟晓咏带领", "面对面倾听居民诉求，帮助解决难题。"},
          {"在陕西居民区，钟晓咏认真倾听居民群众的诉求建议", "和“沉默少数”工作。"},
          {"活动前，钟晓咏带队走访慰问了老党员徐瑛", "帮助他们把日子过得越来越好。"}},
         std::nullopt},
        {StoryKind::Article,
         "",
         "华泾：将党建合力转化为城区发展活力",
         {{"记者", {"曹香玉", "王卫民"}}},
         {{"6月28日，华泾镇举办庆祝建党102周年主题活动", "携手区域单位再续情缘、增进友谊。"},
          {"华泾镇牢记初心使命，笃行不怠、奋楫争先", "全力打造科创重镇和生态新城。"},
          {"活动围绕“不忘来时路、‘泾彩’书华章、建功新征程”三个篇章展开",
           "坚定勇毅前行的党的伟大精神。歌曲《祝福祖国》充分表达了居民区党组织在推动城市更新、产业"
           "升级和民生改善的过程中的决心和信心。"},
          {"面对时代之问、发展之问、人民之问", "汇聚为城区的软实力。"},
          {"会上，新党员面对党旗进行宣誓。", "积极营造人人会治理、能治理、善治理的良好氛围。"}},
         std::nullopt},
};

class SeedImport : public testing::Test {
protected:
    static void SetUpTestSuite() {
        auto result =
                importArticleFile(std::string(BANMIAN_SOURCE_DIR) + "/seeds/xuhui-front-page.txt");
        ASSERT_TRUE(result.ok()) << result.error().message;
        s_result = std::move(result).value();
    }
    static inline ImportResult s_result;
};

TEST_F(SeedImport, FindsEveryStoryWithItsHeadAndCredits) {
    ASSERT_EQ(s_result.stories.size(), kSeedStories.size());
    for (std::size_t i = 0; i < kSeedStories.size(); ++i) {
        SCOPED_TRACE("story " + std::to_string(i));
        const Story& got = s_result.stories[i];
        const ExpectedStory& want = kSeedStories[i];
        EXPECT_EQ(got.kind, want.kind);
        EXPECT_EQ(got.kicker, want.kicker);
        EXPECT_EQ(got.headline, want.headline);
        EXPECT_EQ(got.subtitle, "");
        EXPECT_EQ(got.bylines, want.bylines);
        EXPECT_EQ(storyIndex(s_result.stories, got.related), want.related);
    }
}

TEST_F(SeedImport, FindsEveryParagraphWhole) {
    ASSERT_EQ(s_result.stories.size(), kSeedStories.size());
    for (std::size_t i = 0; i < kSeedStories.size(); ++i) {
        const Story& got = s_result.stories[i];
        const ExpectedStory& want = kSeedStories[i];
        ASSERT_EQ(got.paragraphs.size(), want.paragraphs.size()) << "story " << i;
        for (std::size_t p = 0; p < want.paragraphs.size(); ++p) {
            SCOPED_TRACE("story " + std::to_string(i) + " paragraph " + std::to_string(p));
            EXPECT_TRUE(got.paragraphs[p].starts_with(want.paragraphs[p].opens))
                    << got.paragraphs[p];
            EXPECT_TRUE(got.paragraphs[p].ends_with(want.paragraphs[p].ends)) << got.paragraphs[p];
        }
    }
}

// Each cut of the seed, joined exactly where it fell: inside a sentence, inside a word (行|动,
// 新家|园, 手碟伴|奏), inside a date (6月26|日), and after a comma.
TEST_F(SeedImport, JoinsEveryColumnBreakCutWithoutAGapOrALoss) {
    std::string all;
    for (const Story& story : s_result.stories) {
        for (const std::string& paragraph : story.paragraphs) all += paragraph + "\n";
    }
    for (const char* joined :
         {"共选派98名选手参加62个项目的角逐，以“一技在手 未来我有”的豪气",
          "始终把对技能人才的培养放在重要位置，",
          "在第44届、45届世界技能大赛，2022年世界技能大赛特别赛上，",
          "徐汇将结合自身产业特色及优势，聚焦大模型", "生态链场景公司等多元参与者，2022年以来",
          "6月26日，由上海市禁毒委员会", "希望在小区花园内增设健身步道、对墙面进行修缮提升",
          "创建十大行动和常态化关心帮扶弱势群体", "新生态、新治理、新家园、新群体、新生活",
          "选送的手碟伴奏诗朗诵《永远的奋进者》"}) {
        EXPECT_NE(all.find(joined), std::string::npos) << joined;
    }
    // Every paragraph ends a sentence: nothing was left cut.
    for (const Story& story : s_result.stories) {
        for (const std::string& paragraph : story.paragraphs) {
            const std::string end(utf8::suffix(paragraph, 1));
            EXPECT_TRUE(end == "。" || end == "！") << paragraph;
        }
    }
}

TEST_F(SeedImport, CountsCopyAsTheDeskDoes) {
    // Story 0 holds 4 paragraphs; counted by hand from the seed, spaces left out (一技在手
    // 未来我有).
    std::size_t expected = 0;
    for (const std::string& paragraph : s_result.stories[0].paragraphs) {
        expected += utf8::length(paragraph);
    }
    EXPECT_EQ(s_result.stories[0].characterCount(), expected - 1);
}

TEST_F(SeedImport, SaysWhatItGuessedWithLineNumbers) {
    // The seed's source lines: the late head is at line 55, the story's text starts at line 41,
    // the two-line head is one guess, the story split the other.
    bool lateHead = false, twoLineHead = false;
    for (const Diagnostic& d : s_result.warnings) {
        lateHead =
                lateHead || (d.line == 55 && d.message.find("from line 41") != std::string::npos);
        twoLineHead =
                twoLineHead || (d.line == 55 && d.message.find("kicker") != std::string::npos);
    }
    EXPECT_TRUE(lateHead);
    EXPECT_TRUE(twoLineHead);
    EXPECT_EQ(s_result.encoding, "UTF-8");
}

}  // namespace
}  // namespace banmian::layout
