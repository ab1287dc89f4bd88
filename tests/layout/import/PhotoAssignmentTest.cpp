// Each of the day's photos given to its story: the one its caption file names, the one its caption
// speaks of, or in order from the lead — never to a sidebar by guess, the same every run.
#include "layout/import/PhotoAssignment.h"

#include <gtest/gtest.h>

namespace banmian::layout {
namespace {

Story article(std::string id, std::string headline, std::vector<std::string> body) {
    Story s;
    s.id = std::move(id);
    s.headline = std::move(headline);
    s.paragraphs = std::move(body);
    return s;
}

std::vector<Story> stories() {
    Story sidebar = article("box", "链接：老党员", {"老党员是指党龄五十年以上的党员。"});
    sidebar.kind = StoryKind::Sidebar;
    sidebar.related = "lead";
    return {article("lead", "区长带队开展走访活动", {"区委副书记带队走访慰问老党员。"}), sidebar,
            article("second", "集中销毁八百余公斤假冒伪劣商品",
                    {"市场监管局在郊区集中销毁一批假冒伪劣商品。"}),
            article("third", "徐汇滨江音乐节开幕", {"数千名市民来到滨江，观看露天演出。"})};
}

ReadPhoto photo(std::string caption, std::string named = {}, std::string story = {}) {
    static int n = 0;
    ReadPhoto p;
    p.photo.id = "p" + std::to_string(++n);
    p.photo.path = "/photos/" + p.photo.id + ".jpg";
    p.photo.caption = std::move(caption);
    p.photo.story = std::move(story);
    p.namedStory = std::move(named);
    return p;
}

std::vector<std::string> storiesOf(const PhotoAssignment& a) {
    std::vector<std::string> out;
    for (const DayPhoto& p : a.photos) out.push_back(p.story);
    return out;
}

TEST(PhotoAssignment, ByTheWordsOfTheirCaptions) {
    const auto a = assignPhotos(
            {photo("滨江音乐节上，市民观看演出。"), photo("执法人员在郊区集中销毁假冒商品。")},
            stories());
    EXPECT_EQ(storiesOf(a), (std::vector<std::string>{"third", "second"}));
    EXPECT_EQ(a.byCaption, 2);
    EXPECT_EQ(a.inOrder, 0);
}

// 活动 and 现场 are in most of the day's stories: a caption of only them says nothing of which
// story its photo shows, so the photos go in order, not all four to the first that says 活动.
TEST(PhotoAssignment, WordsMostStoriesShareDoNotChooseAStory) {
    std::vector<Story> day = stories();
    day[2].paragraphs.push_back("销毁活动现场，群众围观。");
    day[3].paragraphs.push_back("音乐节活动现场秩序井然。");
    const auto a = assignPhotos(
            {photo("图为活动现场。"), photo("图为活动现场。"), photo("图为活动现场。")}, day);
    EXPECT_EQ(storiesOf(a), (std::vector<std::string>{"lead", "second", "third"}));
    EXPECT_EQ(a.byCaption, 0);
    EXPECT_EQ(a.inOrder, 3);
}

TEST(PhotoAssignment, TheStoryACaptionFileNamesWinsOverTheCaption) {
    const auto a = assignPhotos({photo("滨江音乐节上，市民观看演出。", "销毁")}, stories());
    EXPECT_EQ(storiesOf(a), (std::vector<std::string>{"second"}));
    EXPECT_EQ(a.byName, 1);
}

TEST(PhotoAssignment, ANameNoHeadlineHasIsSaidAndTheCaptionDecides) {
    const auto a = assignPhotos({photo("滨江音乐节上，市民观看演出。", "台风")}, stories());
    EXPECT_EQ(storiesOf(a), (std::vector<std::string>{"third"}));
    ASSERT_EQ(a.warnings.size(), 1u);
    EXPECT_NE(a.warnings[0].message.find("台风"), std::string::npos);
}

TEST(PhotoAssignment, TheRestInOrderFromTheLeadNoneToSidebars) {
    const auto a = assignPhotos({photo(""), photo("天气晴"), photo(""), photo("")}, stories());
    EXPECT_EQ(storiesOf(a), (std::vector<std::string>{"lead", "second", "third", "lead"}));
    EXPECT_EQ(a.inOrder, 4);
}

TEST(PhotoAssignment, ArticlesWithoutAPhotoComeFirstInOrder) {
    // The caption gives the lead its photo; the next photo goes to the next article.
    const auto a = assignPhotos({photo("区长带队走访慰问老党员"), photo("")}, stories());
    EXPECT_EQ(storiesOf(a), (std::vector<std::string>{"lead", "second"}));
}

TEST(PhotoAssignment, AStoryAlreadySetIsKeptAStaleOneIsChosenAgain) {
    const auto a =
            assignPhotos({photo("滨江音乐节", {}, "box"), photo("", {}, "deleted")}, stories());
    EXPECT_EQ(storiesOf(a), (std::vector<std::string>{"box", "lead"}));
    EXPECT_EQ(a.kept, 1);
}

TEST(PhotoAssignment, TheSameEveryRun) {
    const auto first = assignPhotos({photo("市民"), photo(""), photo("演出")}, stories());
    for (int i = 0; i < 3; ++i) {
        const auto again = assignPhotos({photo("市民"), photo(""), photo("演出")}, stories());
        EXPECT_EQ(storiesOf(again), storiesOf(first));
    }
}

TEST(PhotoAssignment, NoArticleNoStory) {
    std::vector<Story> onlySidebar = {stories()[1]};
    const auto a = assignPhotos({photo("")}, onlySidebar);
    EXPECT_EQ(storiesOf(a), (std::vector<std::string>{""}));
}

}  // namespace
}  // namespace banmian::layout
