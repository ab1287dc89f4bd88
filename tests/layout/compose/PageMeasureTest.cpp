// The page's measure on pages made to show one fault each: heads side by side, a title printed
// twice, a hole; and the same pages with the fault mended.
#include "layout/compose/PageMeasure.h"

#include <gtest/gtest.h>

#include "layout/flow/PageFlow.h"

namespace banmian::layout {
namespace {

class PageMeasureTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_registry = new fonts::FontRegistry();
        auto styles = flowStyles(StyleSheet::defaults(), *s_registry);
        ASSERT_TRUE(styles.ok()) << styles.error().message;
        s_styles = new FlowStyles(std::move(styles).value());
    }
    static void TearDownTestSuite() {
        delete s_styles;
        delete s_registry;
    }

    static Story story(const std::string& id, const std::string& kicker,
                       const std::string& headline, int paragraphs) {
        Story s;
        s.id = id;
        s.kicker = kicker;
        s.headline = headline;
        for (int p = 0; p < paragraphs; ++p)
            s.paragraphs.push_back(
                    "全区今年新建社区长者食堂二十三家，覆盖所有街道镇，老人步行十五分钟可达。");
        return s;
    }
    static Block block(const std::string& id, const std::string& story, GridRect area) {
        Block b;
        b.id = id;
        b.story = story;
        b.area = {area};
        b.balanceColumns = true;
        return b;
    }
    PageMeasure measure(const Page& page, const std::vector<Story>& stories) {
        return measurePage(page, layoutPage(page, stories, *s_styles, m_typesetter), stories, {});
    }

    static inline fonts::FontRegistry* s_registry = nullptr;
    static inline FlowStyles* s_styles = nullptr;
    Typesetter m_typesetter{*s_registry};
};

TEST_F(PageMeasureTest, HeadsSideBySideCollideAndStaggeredHeadsDoNot) {
    const std::vector<Story> stories = {story("a", "", "长者食堂覆盖全区", 6),
                                        story("b", "", "夜间公交线路开通", 6)};
    Page page{pageGrid(PagePreset::Broadsheet), {}, {}};
    page.blocks = {block("A", "a", {0, 3, 10, 20}), block("B", "b", {3, 3, 10, 20})};
    const PageMeasure side = measure(page, stories);
    ASSERT_EQ(side.headCollisions.size(), 1u);
    EXPECT_EQ(side.headCollisions.front(), (BlockPair{"A", "B"}));
    page.blocks[1].area = {{3, 3, 22, 20}};  // its head well below the other's
    EXPECT_TRUE(measure(page, stories).headCollisions.empty());
    page.blocks[1].area = {{3, 3, 10, 20}};
    page.blocks[1].boxed = true;  // a frame parts them
    EXPECT_TRUE(measure(page, stories).headCollisions.empty());
}

TEST_F(PageMeasureTest, AKickerRepeatingASidebarsTitleIsATitleTwice) {
    std::vector<Story> stories = {story("a", "国际禁毒日", "集中销毁八百余公斤", 4),
                                  story("s", "", "国际禁毒日", 2)};
    stories[1].kind = StoryKind::Sidebar;
    stories[1].related = "a";
    Page page{pageGrid(PagePreset::Broadsheet), {}, {}};
    page.blocks = {block("A", "a", {0, 4, 10, 20}), block("S", "s", {4, 2, 30, 12})};
    page.blocks[1].boxed = true;
    const PageMeasure twice = measure(page, stories);
    ASSERT_EQ(twice.repeatedTitles.size(), 1u);
    EXPECT_EQ(twice.repeatedTitles.front(), "国际禁毒日");
    EXPECT_TRUE(sameTitle("国际禁毒日", "国际禁毒日 "));
    page.blocks[0].showKicker = false;
    EXPECT_TRUE(measure(page, stories).repeatedTitles.empty());
}

TEST_F(PageMeasureTest, ABlockDeeperThanItsTextLeavesAHole) {
    const std::vector<Story> stories = {story("a", "", "长者食堂覆盖全区", 3)};
    Page page{pageGrid(PagePreset::Broadsheet), {}, {}};
    page.blocks = {block("A", "a", {0, 2, 10, 60})};
    const PageMeasure deep = measure(page, stories);
    EXPECT_GT(deep.largestHoleLines, 10);
    EXPECT_GT(deep.unusedCells, 2 * 10);
    // Every cell outside the block is empty too: the whole page but the block.
    EXPECT_GT(deep.unusedShare, 0.8);
    const PageLayout laid = layoutPage(page, stories, *s_styles, m_typesetter);
    ASSERT_EQ(laid.copyfit.size(), 1u);
    EXPECT_GT(laid.copyfit.front().undersetLines, 0);
}

}  // namespace
}  // namespace banmian::layout
