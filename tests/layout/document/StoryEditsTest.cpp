#include "layout/document/StoryEdits.h"

#include <gtest/gtest.h>

namespace banmian::layout {
namespace {

// Three stories, the third a sidebar to the second; the first two on the page.
Document threeStories() {
    Document d;
    d.stories.resize(3);
    d.stories[0].id = "jia";
    d.stories[1].id = "yi";
    d.stories[2].id = "box";
    d.stories[0].headline = "甲";
    d.stories[0].paragraphs = {"一", "二", "三", "四"};
    d.stories[1].headline = "乙";
    d.stories[1].bylines = {{"记者", {"张三"}}};
    d.stories[1].paragraphs = {"五"};
    d.stories[2].kind = StoryKind::Sidebar;
    d.stories[2].related = "yi";
    d.stories[2].paragraphs = {"链接"};
    d.page.grid = pageGrid(PagePreset::Broadsheet);
    Block a, b;
    a.story = "jia";
    a.area = {{0, 3, 0, 20}};
    b.story = "yi";
    b.area = {{3, 3, 0, 20}};
    d.page.blocks = {a, b};
    return d;
}

TEST(StoryEdits, SplitsAStoryAndKeepsTheBlocksAndLinksPointingRight) {
    Document d = threeStories();
    ASSERT_FALSE(splitStory(d, "jia", 2));
    ASSERT_EQ(d.stories.size(), 4u);
    EXPECT_EQ(d.stories[0].paragraphs, (std::vector<std::string>{"一", "二"}));
    EXPECT_EQ(d.stories[1].paragraphs, (std::vector<std::string>{"三", "四"}));
    EXPECT_TRUE(d.stories[1].headline.empty());
    EXPECT_FALSE(d.stories[1].id.empty());
    EXPECT_NE(d.stories[1].id, "jia");
    EXPECT_EQ(d.page.blocks[1].story, "yi");  // 乙 moved down the list, still shown
    EXPECT_EQ(d.stories[3].related, "yi");    // its sidebar still points at it
    EXPECT_TRUE(splitStory(d, "jia", 0));     // before the first paragraph: nothing would stay
    EXPECT_TRUE(splitStory(d, "no such story", 1));
}

TEST(StoryEdits, MergesAStoryIntoTheOneBefore) {
    Document d = threeStories();
    d.stories[0].bylines = {{"记者", {"张三"}}};
    ASSERT_FALSE(mergeWithNext(d, "jia"));
    ASSERT_EQ(d.stories.size(), 2u);
    EXPECT_EQ(d.stories[0].paragraphs.size(), 5u);
    EXPECT_EQ(d.stories[0].bylines.size(), 1u);  // the same credit once
    EXPECT_EQ(d.page.blocks.size(), 1u);         // 乙's block left the page
    EXPECT_EQ(d.stories[1].related, "jia");      // the sidebar now belongs to the merged story
    EXPECT_TRUE(mergeWithNext(d, "box"));        // nothing after the last
}

TEST(StoryEdits, MovesAParagraphToTheNeighbouringStory) {
    Document d = threeStories();
    ASSERT_FALSE(moveParagraph(d, "jia", 3, false));
    EXPECT_EQ(d.stories[1].paragraphs.front(), "四");
    ASSERT_FALSE(moveParagraph(d, "yi", 0, true));
    EXPECT_EQ(d.stories[0].paragraphs.back(), "四");
    EXPECT_TRUE(moveParagraph(d, "jia", 0, true));  // nothing before the first story
}

TEST(StoryEdits, MarksALineAsPartOfTheHead) {
    Document d = threeStories();
    d.stories[0].paragraphs.insert(d.stories[0].paragraphs.begin(), "本报记者 李四 王五");
    ASSERT_FALSE(markParagraph(d, "jia", 0, HeadPart::Byline));
    ASSERT_EQ(d.stories[0].bylines.size(), 1u);
    EXPECT_EQ(d.stories[0].bylines[0].names.size(), 2u);
    EXPECT_EQ(d.stories[0].paragraphs.front(), "一");
    // A new headline; the old one goes back to the body, not lost.
    ASSERT_FALSE(markParagraph(d, "jia", 1, HeadPart::Headline));
    EXPECT_EQ(d.stories[0].headline, "二");
    EXPECT_EQ(d.stories[0].paragraphs.front(), "甲");
    ASSERT_FALSE(markParagraph(d, "jia", 0, HeadPart::Kicker));
    EXPECT_EQ(d.stories[0].kicker, "甲");
    // A sentence is no credit line.
    const Document before = d;
    EXPECT_TRUE(markParagraph(d, "jia", 0, HeadPart::Byline));
    EXPECT_EQ(d.stories, before.stories);
}

}  // namespace
}  // namespace banmian::layout
