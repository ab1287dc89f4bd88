#include "layout/compose/FreePlace.h"

#include <gtest/gtest.h>

#include "layout/compose/PageEdits.h"

namespace banmian::layout {
namespace {

Page pageWith(std::vector<GridRect> areas) {
    Page page;
    page.grid = pageGrid(PagePreset::Broadsheet);
    for (const GridRect& area : areas) {
        Block block;
        block.area = {area};
        page.blocks.push_back(block);
    }
    return page;
}

TEST(FreePlace, TheFirstPlaceDeepEnoughAndNotOverAnotherBlock) {
    // The left three columns taken from the top down to line 40.
    const Page page = pageWith({{0, 3, 0, 40}});
    const auto place = freePlace(page, 3, 20, 6);
    ASSERT_TRUE(place);
    EXPECT_EQ(*place, (GridRect{3, 3, 0, 20}));
    EXPECT_FALSE(blockOver(page, page.blocks.size(), {*place}));
}

TEST(FreePlace, WhereNothingIsDeepEnoughTheDeepestGapThatHoldsTheLeast) {
    const int lines = pageGrid(PagePreset::Broadsheet).lines;
    // The whole width taken but lines 30–39 and the last 5.
    const Page page = pageWith({{0, 8, 0, 30}, {0, 8, 40, lines - 45}});
    const auto place = freePlace(page, 4, 20, 6);
    ASSERT_TRUE(place);
    EXPECT_EQ(*place, (GridRect{0, 4, 30, 10}));
    EXPECT_FALSE(freePlace(page, 4, 20, 12));  // nowhere 12 lines free: said, never overlapped
}

TEST(FreePlace, AStoryIsPlacedWhereThePageIsFreeOrNotAtAll) {
    Page page = pageWith({{0, 3, 0, 40}});
    Story story;
    story.id = "s";
    story.headline = "社区食堂开张";
    story.paragraphs = {"区里新开的社区食堂今天迎来第一批老人。"};
    const auto placed = placeStoryWhereFree(page, {story}, "s", 3, 8);
    ASSERT_TRUE(placed);
    const Block& block = page.blocks[*placed];
    EXPECT_EQ(block.story, "s");
    EXPECT_FALSE(block.id.empty());
    EXPECT_EQ(block.area.front().column, 3);
    EXPECT_EQ(block.area.front().line, 0);
    EXPECT_FALSE(blockOver(page, *placed, block.area));

    // Cut short by the block below: placed all the same, as deep as the gap.
    const int lines = pageGrid(PagePreset::Broadsheet).lines;
    Page gap = pageWith({{0, 8, 0, 30}, {0, 8, 40, lines - 40}});
    Story longer = story;
    for (int i = 0; i < 20; ++i) longer.paragraphs.push_back(story.paragraphs.front());
    const auto inGap = placeStoryWhereFree(gap, {longer}, "s", 3, 8);
    ASSERT_TRUE(inGap);
    EXPECT_EQ(gap.blocks[*inGap].area.front(), (GridRect{0, 3, 30, 10}));

    Page full = pageWith({{0, 8, 0, pageGrid(PagePreset::Broadsheet).lines}});
    EXPECT_FALSE(placeStoryWhereFree(full, {story}, "s", 3, 8));
    EXPECT_EQ(full.blocks.size(), 1u);
}

}  // namespace
}  // namespace banmian::layout
