// Blocks reshaped into an L and back (题文拐弯), and the 报眼 put beside the masthead.
#include "layout/compose/BlockShape.h"

#include <gtest/gtest.h>

#include "layout/compose/PageFurniture.h"

namespace banmian::layout {
namespace {

Page pageOf(std::vector<std::vector<GridRect>> areas) {
    Page page{pageGrid(PagePreset::Broadsheet), {}, {}};
    for (std::size_t i = 0; i < areas.size(); ++i) {
        Block b;
        b.id = "b" + std::to_string(i);
        b.area = std::move(areas[i]);
        page.blocks.push_back(std::move(b));
    }
    return page;
}

TEST(BlockShape, CutsANotchOnEitherSideAndTakesItBack) {
    Page page = pageOf({{{0, 4, 10, 40}}});
    page.blocks[0].headColumns = 4;
    EXPECT_EQ(notchHandle(page, 0, NotchSide::Left), (GridPoint{0, 50}));
    EXPECT_FALSE(notchBlock(page, 0, NotchSide::Left, 2, 30).refused());
    EXPECT_EQ(page.blocks[0].area, (std::vector<GridRect>{{0, 4, 10, 20}, {2, 2, 30, 20}}));
    // Its handle is now at the notch's inner corner; the other side has none.
    EXPECT_EQ(notchHandle(page, 0, NotchSide::Left), (GridPoint{2, 30}));
    EXPECT_FALSE(notchHandle(page, 0, NotchSide::Right));
    EXPECT_EQ(page.blocks[0].headColumns, 4);
    // Back to the left edge: a rectangle.
    EXPECT_FALSE(notchBlock(page, 0, NotchSide::Left, 0, 30).refused());
    EXPECT_EQ(page.blocks[0].area, (std::vector<GridRect>{{0, 4, 10, 40}}));
    // On the right, and back by its foot.
    EXPECT_FALSE(notchBlock(page, 0, NotchSide::Right, 3, 45).refused());
    EXPECT_EQ(page.blocks[0].area, (std::vector<GridRect>{{0, 4, 10, 35}, {0, 3, 45, 5}}));
    EXPECT_FALSE(notchBlock(page, 0, NotchSide::Right, 3, 50).refused());
    EXPECT_EQ(page.blocks[0].area, (std::vector<GridRect>{{0, 4, 10, 40}}));
    // The top keeps two lines and each part a column.
    EXPECT_FALSE(notchBlock(page, 0, NotchSide::Left, 9, 5).refused());
    EXPECT_EQ(page.blocks[0].area, (std::vector<GridRect>{{0, 4, 10, 2}, {3, 1, 12, 38}}));
}

TEST(BlockShape, RefusesANotchTakenBackOverAnotherBlock) {
    Page page = pageOf({{{0, 4, 10, 20}, {2, 2, 30, 20}}, {{0, 2, 35, 5}}});
    const EditOutcome outcome = notchBlock(page, 0, NotchSide::Left, 0, 30);
    ASSERT_TRUE(outcome.refused());
    EXPECT_EQ(*outcome.blockInTheWay, 1u);
    EXPECT_EQ(page.blocks[0].area.size(), 2u);  // unchanged
}

TEST(PageFurniture, PutsTheEarInTheMastheadsRightColumns) {
    Page page = pageOf({{{0, 8, 0, 9}}, {{0, 8, 9, 20}}});
    page.blocks[0].kind = BlockKind::Masthead;
    const EarPlacement placed = addEar(page);
    ASSERT_FALSE(placed.outcome.refused());
    EXPECT_EQ(placed.block, 2u);
    EXPECT_EQ(page.blocks[0].area, (std::vector<GridRect>{{0, 6, 0, 9}}));
    EXPECT_EQ(page.blocks[2].kind, BlockKind::Ear);
    EXPECT_EQ(page.blocks[2].area, (std::vector<GridRect>{{6, 2, 0, 8}}));
    EXPECT_FALSE(page.blocks[2].id.empty());
    // A masthead of three columns keeps no room for its name beside another ear.
    page.blocks[0].area = {{0, 3, 0, 9}};
    const Page before = page;
    EXPECT_EQ(addEar(page).outcome.blockInTheWay, std::optional<std::size_t>(0));
    EXPECT_EQ(page.blocks, before.blocks);
}

TEST(PageFurniture, AnEarTakenOffGivesItsColumnsBack) {
    Page page = pageOf({{{0, 8, 0, 9}}, {{0, 8, 9, 20}}});
    page.blocks[0].kind = BlockKind::Masthead;
    const EarPlacement placed = addEar(page);
    ASSERT_FALSE(placed.outcome.refused());
    takeOff(page, placed.block);
    EXPECT_EQ(page.blocks.size(), 2u);
    EXPECT_EQ(page.blocks[0].area, (std::vector<GridRect>{{0, 8, 0, 9}}));
    // A story taken off gives nothing to anyone.
    takeOff(page, 1);
    EXPECT_EQ(page.blocks.size(), 1u);
    EXPECT_EQ(page.blocks[0].area, (std::vector<GridRect>{{0, 8, 0, 9}}));
}

// Auto-compose sets the stories afresh; the 报眼 the designer filled stays, words and id.
TEST(PageFurniture, AnEarIsKeptOnAPageComposedAgain) {
    Page before = pageOf({{{0, 8, 0, 9}}, {{0, 8, 9, 20}}});
    before.blocks[0].kind = BlockKind::Masthead;
    const EarPlacement placed = addEar(before, 3);
    ASSERT_FALSE(placed.outcome.refused());
    before.blocks[placed.block].earTitle = "今日天气";
    before.blocks[placed.block].earText = "晴 18～26℃";
    Page composed = pageOf({{{0, 8, 0, 7}}, {{0, 4, 7, 30}}});
    composed.blocks[0].kind = BlockKind::Masthead;
    EXPECT_EQ(keepEars(before, composed), 0);
    ASSERT_EQ(composed.blocks.size(), 3u);
    const Block& ear = composed.blocks[2];
    EXPECT_EQ(ear.kind, BlockKind::Ear);
    EXPECT_EQ(ear.id, before.blocks[placed.block].id);
    EXPECT_EQ(ear.earTitle, "今日天气");
    EXPECT_EQ(ear.earText, "晴 18～26℃");
    EXPECT_EQ(ear.area, (std::vector<GridRect>{{5, 3, 0, 6}}));
    EXPECT_EQ(composed.blocks[0].area, (std::vector<GridRect>{{0, 5, 0, 7}}));
    // A masthead too narrow for it: said, not put over the name.
    Page narrow = pageOf({{{0, 4, 0, 7}}});
    narrow.blocks[0].kind = BlockKind::Masthead;
    EXPECT_EQ(keepEars(before, narrow), 1);
    EXPECT_EQ(narrow.blocks.size(), 1u);
}

TEST(PageFurniture, RefusesTheEarWhereAStoryStands) {
    Page page = pageOf({{{6, 2, 0, 20}}});
    EXPECT_EQ(addEar(page).outcome.blockInTheWay, std::optional<std::size_t>(0));
    EXPECT_EQ(page.blocks.size(), 1u);
}

}  // namespace
}  // namespace banmian::layout
