#include "layout/model/PageGrid.h"

#include <gtest/gtest.h>

namespace banmian::layout {
namespace {

const LayoutUnit kEm = fromPoints(9);

TEST(PageGrid, TheBroadsheetIsEightColumnsOfThirteenCharacters) {
    const PageGrid g = pageGrid(PagePreset::Broadsheet);
    EXPECT_EQ(g.columns, 8);
    EXPECT_EQ(g.charactersPerColumn, 13);
    EXPECT_EQ(g.typeAreaCharacters(), 111);
    EXPECT_EQ(g.typeAreaWidth(), fromPoints(999));  // ≈ 352 mm
    EXPECT_NEAR(toMillimetres(g.typeAreaWidth()), 352.4, 0.1);
    EXPECT_NEAR(toMillimetres(g.trimWidth), 390, 0.01);
    // Centred on the trim; grid lines at the body leading, as many as the height holds.
    EXPECT_LE(std::abs(2 * g.marginLeft + g.typeAreaWidth() - g.trimWidth), 1);
    EXPECT_EQ(g.leading, fromPoints(12.5));
    EXPECT_GE(g.lines, 110);
    EXPECT_LE(g.typeAreaHeight(), g.trimHeight - fromMillimetres(36));
}

TEST(PageGrid, PlacesColumnsAndLines) {
    const PageGrid g = pageGrid(PagePreset::Broadsheet);
    EXPECT_EQ(g.columnX(1) - g.columnX(0), 14 * kEm);
    EXPECT_EQ(g.lineY(3) - g.lineY(0), 3 * fromPoints(12.5));
    const Rect r = g.rect({2, 3, 10, 20});
    EXPECT_EQ(r.x, g.columnX(2));
    EXPECT_EQ(r.width, 41 * kEm);  // 3 columns of 13 and 2 gutters
    EXPECT_EQ(r.height, 20 * g.leading);
    EXPECT_EQ(g.columnAt(g.columnX(5) + 3 * kEm), 5);
    EXPECT_EQ(g.columnAt(g.columnX(5) + 10 * kEm), 6);  // nearer the next column's start
    EXPECT_EQ(g.lineAt(g.lineY(7) + g.leading / 3), 7);
}

TEST(PageGrid, MergesAndSplitsColumnsByTheDesksFormulas) {
    const PageGrid g = pageGrid(PagePreset::Broadsheet);
    EXPECT_EQ(g.longColumnCharacters(2), 27);
    EXPECT_EQ(g.longColumnCharacters(3), 41);
    EXPECT_EQ(g.longColumnCharacters(5), 69);
    // 3 basic columns as 2 (3破2): 20 characters each.
    const auto twoOfThree = g.textColumns(3, 2);
    ASSERT_EQ(twoOfThree.size(), 2u);
    EXPECT_EQ(twoOfThree[0].width, 20 * kEm);
    EXPECT_EQ(twoOfThree[1].x, 21 * kEm);
    // 2 as one long column of 27.
    EXPECT_EQ(g.textColumns(2, 1).front().width, 27 * kEm);
    // 5破3: 22 each, the character left over widens the two gutters by half a character.
    const auto threeOfFive = g.textColumns(5, 3);
    EXPECT_EQ(threeOfFive[0].width, 22 * kEm);
    EXPECT_EQ(threeOfFive[1].x, 22 * kEm + kEm + kEm / 2);
    EXPECT_EQ(threeOfFive[2].x + threeOfFive[2].width, 69 * kEm);
}

TEST(PageGrid, KnowsWhenRectanglesOverlap) {
    EXPECT_TRUE(GridRect({0, 2, 0, 10}).overlaps({1, 2, 9, 5}));
    EXPECT_FALSE(GridRect({0, 2, 0, 10}).overlaps({2, 2, 0, 10}));   // side by side
    EXPECT_FALSE(GridRect({0, 2, 0, 10}).overlaps({0, 2, 10, 10}));  // one above the other
}

TEST(PageGrid, HasTheOtherPresets) {
    for (PagePreset p : {PagePreset::Tabloid, PagePreset::A3, PagePreset::A4}) {
        const PageGrid g = pageGrid(p);
        EXPECT_GT(g.columns, 0);
        EXPECT_GE(g.charactersPerColumn, 8);
        EXPECT_LE(g.typeAreaWidth(), g.trimWidth);
        EXPECT_LE(g.typeAreaHeight(), g.trimHeight);
    }
    EXPECT_NEAR(toMillimetres(pageGrid(PagePreset::Tabloid).trimHeight), 390, 0.01);
}

}  // namespace
}  // namespace banmian::layout
