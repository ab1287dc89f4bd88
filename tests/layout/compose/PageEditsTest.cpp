#include "layout/compose/PageEdits.h"

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

TEST(PageEdits, MovingABlockTakesItsPhotoAlongAndStaysInTheTypeArea) {
    Page page = twoStories();
    const PageLayout none;
    EXPECT_FALSE(movePart(page, none, {PagePart::Kind::Block, 0, 0}, 0, 50).refused());
    EXPECT_EQ(page.blocks[0].area.front(), (GridRect{0, 3, 50, 40}));
    EXPECT_EQ(page.blocks[0].photos[0].area, (GridRect{0, 2, 60, 12}));
    // Far past the bottom: it stops at the last line; past the left edge, at the first column.
    EXPECT_FALSE(movePart(page, none, {PagePart::Kind::Block, 0, 0}, -4, 500).refused());
    EXPECT_EQ(page.blocks[0].area.front().endLine(), page.grid.lines);
    EXPECT_EQ(page.blocks[0].area.front().column, 0);
}

TEST(PageEdits, ABlockIsNotDroppedOnAnother) {
    Page page = twoStories();
    const Page before = page;
    const EditOutcome outcome = movePart(page, {}, {PagePart::Kind::Block, 0, 0}, 2, 0);
    ASSERT_TRUE(outcome.refused());
    EXPECT_EQ(*outcome.blockInTheWay, 1u);
    EXPECT_EQ(page.blocks, before.blocks);  // unchanged
}

TEST(PageEdits, BlocksMovedTogetherDoNotStandInEachOthersWay) {
    Page page = twoStories();
    const std::vector<PagePart> both = {{PagePart::Kind::Block, 0, 0},
                                        {PagePart::Kind::Block, 1, 0}};
    EXPECT_FALSE(moveParts(page, {}, both, 0, 10).refused());
    EXPECT_EQ(page.blocks[0].area.front().line, 10);
    EXPECT_EQ(page.blocks[1].area.front().line, 10);
    // Right by three columns: the right story stops at the edge, so both move by that much.
    EXPECT_FALSE(moveParts(page, {}, both, 3, 0).refused());
    EXPECT_EQ(page.blocks[0].area.front().column, 0);
}

TEST(PageEdits, APhotoAndItsCaptionMoveOnTheirOwn) {
    Page page = twoStories();
    EXPECT_FALSE(movePart(page, {}, {PagePart::Kind::Photo, 0, 0}, 1, 5).refused());
    EXPECT_EQ(page.blocks[0].photos[0].area, (GridRect{1, 2, 15, 12}));
    EXPECT_EQ(page.blocks[0].area.front(), (GridRect{0, 3, 0, 40}));  // the block stays
    // The caption leaves the photo's last line for a place of its own below it.
    EXPECT_FALSE(movePart(page, {}, {PagePart::Kind::Caption, 0, 0}, 0, 3).refused());
    ASSERT_TRUE(page.blocks[0].photos[0].captionArea);
    EXPECT_EQ(page.blocks[0].photos[0].captionArea->line, 29);
    // Not over the other story's block.
    EXPECT_TRUE(movePart(page, {}, {PagePart::Kind::Photo, 0, 0}, 2, 0).refused());
}

TEST(PageEdits, FindsThePartUnderAPoint) {
    Page page = twoStories();
    PageLayout layout;
    const Rect photo = page.grid.rect(page.blocks[0].photos[0].area);
    layout.images.push_back({photo, "", {photo.x, photo.bottom() - 100, photo.width, 100}, 0, 0});
    EXPECT_EQ(partAt(page, layout, photo.x + 10, photo.y + 10),
              (PagePart{PagePart::Kind::Photo, 0, 0}));
    EXPECT_EQ(partAt(page, layout, photo.x + 10, photo.bottom() - 10),
              (PagePart{PagePart::Kind::Caption, 0, 0}));
    const Rect right = page.grid.rect(page.blocks[1].area.front());
    EXPECT_EQ(partAt(page, layout, right.x + 5, right.y + 5),
              (PagePart{PagePart::Kind::Block, 1, 0}));
    EXPECT_FALSE(partAt(page, layout, 1, 1));  // the margin
}

TEST(PageEdits, ResizingKeepsOneColumnAndTwoLinesAndRefusesOverlap) {
    Page page = twoStories();
    EXPECT_FALSE(resizeBlock(page, 1, 8, 20).refused());
    EXPECT_EQ(page.blocks[1].area.front(), (GridRect{3, 5, 0, 20}));
    EXPECT_FALSE(resizeBlock(page, 1, 0, 0).refused());
    EXPECT_EQ(page.blocks[1].area.front(), (GridRect{3, 1, 0, 2}));
    EXPECT_TRUE(resizeBlock(page, 0, 5, 40).refused());  // into the right story
}

TEST(PageEdits, PlacesAStoryWhereItIsDroppedAsDeepAsItsText) {
    Page page = twoStories();
    std::vector<Story> stories(3);
    stories[0].id = "left";
    stories[1].id = "right";
    stories[2].id = "new";
    stories[2].headline = "新稿";
    std::string text;
    for (int i = 0; i < 300; ++i) text += "字";
    stories[2].paragraphs = {text};  // 300 characters: 12 lines of 27 in two columns
    const Placement placed = placeStory(page, stories, "new", 0, 70, 2);
    ASSERT_FALSE(placed.outcome.refused());
    ASSERT_EQ(page.blocks.size(), 3u);
    const Block& block = page.blocks[placed.block];
    EXPECT_EQ(block.story, "new");
    EXPECT_EQ(block.area.front().column, 0);
    EXPECT_EQ(block.area.front().columns, 2);
    EXPECT_EQ(block.area.front().line, 70);
    EXPECT_GE(block.area.front().lines, 7 + 12);  // the head, and the text
    EXPECT_NE(block.id, page.blocks[0].id);
    // Not over a story already there.
    EXPECT_TRUE(placeStory(page, stories, "new", 4, 5, 2).outcome.refused());
    EXPECT_EQ(page.blocks.size(), 3u);
    // Nor a story that is not in the list.
    placeStory(page, stories, "gone", 0, 90, 2);
    EXPECT_EQ(page.blocks.size(), 3u);
    EXPECT_EQ(page.blocks.size(), 3u);
}

// Dropped three columns wide into a gap of two, a story takes the two; where no column is free,
// it is refused, naming the block in the way.
TEST(PageEdits, AStoryDroppedIntoANarrowerGapTakesItsWidth) {
    Page page = twoStories();
    Block third;
    third.story = "third";
    third.area = {{5, 3, 30, 70}};
    page.blocks.push_back(third);  // columns 3 and 4 free from line 30 down
    std::vector<Story> stories(1);
    stories[0].id = "new";
    stories[0].headline = "新稿";
    stories[0].paragraphs = {std::string(300 * 3, 'x')};
    const Placement placed = placeStory(page, stories, "new", 3, 40, 3);
    ASSERT_FALSE(placed.outcome.refused());
    EXPECT_EQ(page.blocks[placed.block].area.front().column, 3);
    EXPECT_EQ(page.blocks[placed.block].area.front().columns, 2);

    const Placement over = placeStory(page, stories, "new", 6, 40, 3);
    ASSERT_TRUE(over.outcome.refused());
    EXPECT_EQ(over.outcome.blockInTheWay, 2u);
    EXPECT_EQ(page.blocks.size(), 4u);
}

}  // namespace
}  // namespace banmian::layout
