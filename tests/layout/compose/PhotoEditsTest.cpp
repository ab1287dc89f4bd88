// A photo frame resized by its corners on the grid, as blocks are.
#include "layout/compose/PhotoEdits.h"

#include <gtest/gtest.h>

namespace banmian::layout {
namespace {

// Two stories side by side at the top of a broadsheet; the left one has a photo with a caption.
Page twoStories() {
    Page page;
    page.grid = pageGrid(PagePreset::Broadsheet);
    Block left;
    left.story = "left";
    left.area = {{0, 3, 0, 40}};
    left.photos.push_back({{0, 2, 10, 12}, "", "图说", std::nullopt});
    Block right;
    right.story = "right";
    right.area = {{3, 5, 0, 30}};
    page.blocks = {left, right};
    return page;
}

TEST(PhotoEdits, FindsTheCornerUnderThePointer) {
    const Page page = twoStories();
    const Rect r = page.grid.rect(page.blocks[0].photos[0].area);
    EXPECT_EQ(photoCornerAt(page, 0, 0, r.right() + 3, r.bottom() - 3, 8), Corner::BottomRight);
    EXPECT_EQ(photoCornerAt(page, 0, 0, r.x - 3, r.y + 3, 8), Corner::TopLeft);
    EXPECT_EQ(photoCornerAt(page, 0, 0, r.right(), r.y, 8), Corner::TopRight);
    EXPECT_EQ(photoCornerAt(page, 0, 0, r.x, r.bottom(), 8), Corner::BottomLeft);
    EXPECT_FALSE(photoCornerAt(page, 0, 0, r.x + r.width / 2, r.y + r.height / 2, 8));
    EXPECT_FALSE(photoCornerAt(page, 0, 1, r.x, r.y, 8));  // no such photo
}

TEST(PhotoEdits, EachCornerMovesItsOwnEdgesAndTheOppositeCornerStays) {
    Page page = twoStories();
    EXPECT_FALSE(resizePhoto(page, 0, 0, Corner::BottomRight, 3, 30).refused());
    EXPECT_EQ(page.blocks[0].photos[0].area, (GridRect{0, 3, 10, 20}));
    EXPECT_FALSE(resizePhoto(page, 0, 0, Corner::TopLeft, 1, 14).refused());
    EXPECT_EQ(page.blocks[0].photos[0].area, (GridRect{1, 2, 14, 16}));
    EXPECT_FALSE(resizePhoto(page, 0, 0, Corner::TopRight, 2, 5).refused());
    EXPECT_EQ(page.blocks[0].photos[0].area, (GridRect{1, 1, 5, 25}));
    EXPECT_FALSE(resizePhoto(page, 0, 0, Corner::BottomLeft, 0, 12).refused());
    EXPECT_EQ(page.blocks[0].photos[0].area, (GridRect{0, 2, 5, 7}));
    // Past the opposite edge: a column and two lines at least; past the page: the type area.
    EXPECT_FALSE(resizePhoto(page, 0, 0, Corner::BottomLeft, 9, 0).refused());
    EXPECT_EQ(page.blocks[0].photos[0].area, (GridRect{1, 1, 5, 2}));
    EXPECT_FALSE(resizePhoto(page, 0, 0, Corner::TopLeft, -5, -5).refused());
    EXPECT_EQ(page.blocks[0].photos[0].area, (GridRect{0, 2, 0, 7}));
}

TEST(PhotoEdits, AFrameIsNotGrownOverAnotherBlockOrPhoto) {
    Page page = twoStories();
    const Page before = page;
    const EditOutcome outcome = resizePhoto(page, 0, 0, Corner::BottomRight, 4, 22);
    ASSERT_TRUE(outcome.refused());
    EXPECT_EQ(*outcome.blockInTheWay, 1u);
    EXPECT_EQ(page.blocks, before.blocks);
    // A caption moved away below the photo stands in its way.
    page.blocks[0].photos[0].captionArea = GridRect{0, 3, 30, 2};
    EXPECT_TRUE(resizePhoto(page, 0, 0, Corner::BottomRight, 2, 31).refused());
    // Its own block's text it may cover: the text flows around it.
    EXPECT_FALSE(resizePhoto(page, 0, 0, Corner::BottomRight, 3, 30).refused());
    EXPECT_EQ(page.blocks[0].photos[0].area, (GridRect{0, 3, 10, 20}));
}

}  // namespace
}  // namespace banmian::layout
