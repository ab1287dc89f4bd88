// A photo filling its frame as a newspaper crops it: the one placement the PDF, the screen and the
// preflight share.
#include "layout/output/PhotoPlacement.h"

#include <gtest/gtest.h>

namespace banmian::layout {
namespace {

Rect frame(double widthPt, double heightPt) {
    return {fromPoints(100), fromPoints(200), fromPoints(widthPt), fromPoints(heightPt)};
}

// A tall photo in a wide frame fills it across: cut at the top and the bottom, never widened
// beyond the frame, and its resolution is the width's.
TEST(PhotoPlacement, ATallPhotoInAWideFrameFillsItAcrossAndLosesTopAndBottom) {
    const PhotoPlacement p = placePhoto(400, 600, frame(480, 240));
    EXPECT_DOUBLE_EQ(p.scale, 1.2);  // 480 / 400; 240 / 600 would leave the sides empty
    EXPECT_DOUBLE_EQ(p.width, 480);
    EXPECT_DOUBLE_EQ(p.height, 720);
    EXPECT_DOUBLE_EQ(p.x, 0);
    EXPECT_DOUBLE_EQ(p.y, -240);  // centred: as much cut above as below
    EXPECT_DOUBLE_EQ(p.ppi(), 60);
    EXPECT_DOUBLE_EQ(p.cropX, 0);
    EXPECT_DOUBLE_EQ(p.cropY, 200);
    EXPECT_DOUBLE_EQ(p.cropWidth, 400);
    EXPECT_DOUBLE_EQ(p.cropHeight, 200);  // a third of the photo shows
}

// A wide photo in a tall frame fills it down: its resolution is the height's, far under what its
// width alone would say (600 pixels over 1.6 in: 369 ppi; as placed: 77).
TEST(PhotoPlacement, AWidePhotoInATallFrameFillsItDownAndLosesTheSides) {
    const PhotoPlacement p = placePhoto(600, 400, frame(117, 375));
    EXPECT_DOUBLE_EQ(p.scale, 375.0 / 400);
    EXPECT_DOUBLE_EQ(p.height, 375);
    EXPECT_DOUBLE_EQ(p.width, 562.5);
    EXPECT_DOUBLE_EQ(p.x, (117 - 562.5) / 2);
    EXPECT_DOUBLE_EQ(p.y, 0);
    EXPECT_NEAR(p.ppi(), 76.8, 1e-9);
    EXPECT_DOUBLE_EQ(p.cropY, 0);
    EXPECT_DOUBLE_EQ(p.cropHeight, 400);
    EXPECT_NEAR(p.cropWidth, 124.8, 1e-9);              // 117 pt at 76.8 ppi
    EXPECT_NEAR(p.cropX + p.cropWidth / 2, 300, 1e-9);  // the middle of the photo
}

// A photo of the frame's own shape is scaled and nothing is cut.
TEST(PhotoPlacement, APhotoOfTheFramesShapeLosesNothing) {
    const PhotoPlacement p = placePhoto(500, 500, frame(250, 250));
    EXPECT_DOUBLE_EQ(p.ppi(), 144);
    EXPECT_DOUBLE_EQ(p.x, 0);
    EXPECT_DOUBLE_EQ(p.y, 0);
    EXPECT_DOUBLE_EQ(p.cropWidth, 500);
    EXPECT_DOUBLE_EQ(p.cropHeight, 500);
}

TEST(PhotoPlacement, NothingIsPlacedWithoutPixelsOrAFrame) {
    EXPECT_EQ(placePhoto(0, 400, frame(100, 100)).ppi(), 0);
    EXPECT_EQ(placePhoto(600, 400, frame(0, 100)).ppi(), 0);
    EXPECT_EQ(placePhoto(600, 400, frame(100, 0)).scale, 0);
}

}  // namespace
}  // namespace banmian::layout
