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

// The designer's crop: a picture scaled up in its frame prints with fewer pixels an inch, as many
// times fewer as it is scaled; the frame shows a smaller part of it, around the centre chosen.
TEST(PhotoPlacement, AScaledCropHasTheResolutionOfTheScaleAndShowsAroundItsCentre) {
    const PhotoPlacement fill = placePhoto(500, 500, frame(250, 250));
    const PhotoPlacement p = placePhoto(500, 500, frame(250, 250), {2, 0.25, 0.75});
    EXPECT_DOUBLE_EQ(fill.ppi(), 144);
    EXPECT_DOUBLE_EQ(p.ppi(), 72);  // twice the size: half the pixels an inch
    EXPECT_DOUBLE_EQ(p.width, 500);
    EXPECT_DOUBLE_EQ(p.cropWidth, 250);
    EXPECT_DOUBLE_EQ(p.cropHeight, 250);
    // The picture's point at a quarter across and three quarters down is the frame's centre.
    EXPECT_DOUBLE_EQ(p.cropX + p.cropWidth / 2, 125);
    EXPECT_DOUBLE_EQ(p.cropY + p.cropHeight / 2, 375);
    EXPECT_DOUBLE_EQ(p.x, -0.25 * 500 + 125);  // 0: the left edge of the picture at the frame's
    EXPECT_DOUBLE_EQ(p.y, 125 - 0.75 * 500);
}

// However it is panned, the picture covers its frame: a centre asked for past the edge stops
// where the picture's edge meets the frame's, and the crop given back says where it stopped.
TEST(PhotoPlacement, APanNeverShowsPastThePicturesEdge) {
    const Rect f = frame(300, 200);
    for (const PhotoCrop crop : {PhotoCrop{1, 0, 0}, PhotoCrop{1, 1, 1}, PhotoCrop{3, -4, 9},
                                 PhotoCrop{0.2, 0.5, 0.5}, PhotoCrop{50, 1, 0}}) {
        const PhotoPlacement p = placePhoto(640, 480, f, crop);
        EXPECT_LE(p.x, 1e-9);
        EXPECT_LE(p.y, 1e-9);
        EXPECT_GE(p.x + p.width, 300 - 1e-9);
        EXPECT_GE(p.y + p.height, 200 - 1e-9);
        EXPECT_GE(p.cropX, -1e-9);
        EXPECT_GE(p.cropY, -1e-9);
        EXPECT_LE(p.cropX + p.cropWidth, 640 + 1e-9);
        EXPECT_LE(p.cropY + p.cropHeight, 480 + 1e-9);
        EXPECT_GE(p.crop.scale, 1);  // never smaller than filling the frame
        EXPECT_LE(p.crop.scale, kMaxPhotoScale);
        // The crop given back places the picture where this one did.
        const PhotoPlacement again = placePhoto(640, 480, f, p.crop);
        EXPECT_NEAR(again.x, p.x, 1e-9);
        EXPECT_NEAR(again.y, p.y, 1e-9);
    }
    // Pushed all the way left: the picture's right edge on the frame's.
    const PhotoPlacement left = placePhoto(640, 480, f, {2, 1, 0.5});
    EXPECT_NEAR(left.x + left.width, 300, 1e-9);
    EXPECT_NEAR(left.cropX + left.cropWidth, 640, 1e-9);
}

// A drag moves the picture with the pointer, point for point, until its edge meets the frame's.
TEST(PhotoPlacement, PanningFollowsTheDragAndStopsAtTheEdge) {
    const Rect f = frame(200, 200);
    const PhotoCrop zoomed{2, 0.5, 0.5};  // 400 pt of picture in 200 pt of frame: 100 pt each way
    const PhotoPlacement before = placePhoto(1000, 1000, f, zoomed);
    const PhotoCrop moved = panPhoto(1000, 1000, f, zoomed, 30, -20);
    const PhotoPlacement after = placePhoto(1000, 1000, f, moved);
    EXPECT_NEAR(after.x - before.x, 30, 1e-9);
    EXPECT_NEAR(after.y - before.y, -20, 1e-9);
    EXPECT_DOUBLE_EQ(after.ppi(), before.ppi());  // a pan does not scale
    const PhotoCrop far = panPhoto(1000, 1000, f, zoomed, 500, 0);
    EXPECT_NEAR(placePhoto(1000, 1000, f, far).x, 0, 1e-9);
    // Back by 30 from the edge: 30 from it, not the 400 pushed past it.
    EXPECT_NEAR(placePhoto(1000, 1000, f, panPhoto(1000, 1000, f, far, -30, 0)).x, -30, 1e-9);
    // A photo that only fills its frame cannot move across the way it just fits.
    EXPECT_NEAR(placePhoto(1000, 1000, f, panPhoto(1000, 1000, f, {}, 40, 40)).x, 0, 1e-9);
}

}  // namespace
}  // namespace banmian::layout
