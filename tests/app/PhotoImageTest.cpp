// Photos on the screen: a CMYK TIFF that Qt cannot read is drawn from the engine's decoding, in
// the colours and the way up the PDF has it.
#include "app/render/PhotoImage.h"

#include <gtest/gtest.h>

#include <QPainter>

#include "app/render/PagePainter.h"
#include "fonts/FontRegistry.h"

namespace banmian::app {
namespace {

const std::string kImages = std::string(BANMIAN_SOURCE_DIR) + "/tests/data/images/";

// The top left 400 × 400 pt of `page`, painted as the window paints it.
QImage painted(const layout::PageLayout& page) {
    QImage canvas(400, 400, QImage::Format_RGB32);
    canvas.fill(Qt::white);
    const fonts::FontRegistry noFonts(fonts::FontCatalog({kImages + "no-fonts-here"}));
    GlyphPaths glyphs(noFonts);
    QPainter painter(&canvas);
    paintPage(painter, page, glyphs);
    painter.end();
    return canvas;
}

TEST(PhotoImage, CmykTiffShowsItsInksTheRightWayUp) {
    const QImage image = photoImage(kImages + "cmyk-600x400.tif");
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), QSize(600, 400));
    EXPECT_EQ(image.pixel(0, 0), qRgb(0, 255, 255));    // cyan
    EXPECT_EQ(image.pixel(599, 0), qRgb(255, 0, 255));  // magenta
    EXPECT_EQ(image.pixel(0, 399), qRgb(255, 255, 0));  // yellow
    EXPECT_EQ(image.pixel(599, 399), qRgb(0, 0, 0));    // black
}

TEST(PhotoImage, EngineImagesConvertForTheScreen) {
    layout::RasterImage cmyk{2, 1, layout::ImageColour::Cmyk, {0, 0, 0, 128, 255, 0, 0, 0}, {}};
    const QImage fromCmyk = toQImage(cmyk);
    EXPECT_EQ(fromCmyk.pixel(0, 0), qRgb(127, 127, 127));  // half black
    EXPECT_EQ(fromCmyk.pixel(1, 0), qRgb(0, 255, 255));
    // Three pixels: rows of a QImage are padded to 4 bytes, the engine's are not.
    layout::RasterImage gray{3, 2, layout::ImageColour::Gray, {0, 10, 20, 30, 40, 50}, {}};
    const QImage fromGray = toQImage(gray);
    EXPECT_EQ(fromGray.format(), QImage::Format_Grayscale8);
    EXPECT_EQ(qGray(fromGray.pixel(0, 1)), 30);
    EXPECT_EQ(qGray(fromGray.pixel(2, 1)), 50);
    layout::RasterImage rgb{1, 2, layout::ImageColour::Rgb, {255, 0, 0, 0, 0, 255}, {}};
    EXPECT_EQ(toQImage(rgb).pixel(0, 1), qRgb(0, 0, 255));
    EXPECT_TRUE(toQImage(layout::RasterImage{2, 2, layout::ImageColour::Gray, {1}, {}}).isNull());
}

TEST(PhotoImage, WhatNothingReadsIsNull) {
    EXPECT_TRUE(photoImage(kImages + "missing.tif").isNull());
    EXPECT_TRUE(photoImage(kImages + "README.md").isNull());
}

TEST(PhotoImage, ThePagePainterDrawsTheTiffCroppedToItsFrame) {
    layout::PageLayout page;
    page.grid = layout::pageGrid(layout::PagePreset::Broadsheet);
    const layout::LayoutUnit pt = 64;
    // A 100 × 100 pt frame: the 600 × 400 photo fills it, its left and right sixths cropped.
    page.images = {
            {{100 * pt, 100 * pt, 100 * pt, 100 * pt}, kImages + "cmyk-600x400.tif", {}, -1, -1}};
    const QImage canvas = painted(page);
    EXPECT_EQ(canvas.pixel(125, 125), qRgb(0, 255, 255));
    EXPECT_EQ(canvas.pixel(175, 125), qRgb(255, 0, 255));
    EXPECT_EQ(canvas.pixel(125, 175), qRgb(255, 255, 0));
    EXPECT_EQ(canvas.pixel(175, 175), qRgb(0, 0, 0));
    EXPECT_EQ(canvas.pixel(95, 150), qRgb(255, 255, 255));  // nothing outside the frame
}

TEST(PhotoImage, APhotoThatCannotBeReadIsDrawnInRedNotAsAPlaceholder) {
    layout::PageLayout page;
    page.grid = layout::pageGrid(layout::PagePreset::Broadsheet);
    const layout::LayoutUnit pt = 64;
    page.images = {
            {{100 * pt, 100 * pt, 100 * pt, 100 * pt}, kImages + "moved-away.jpg", {}, -1, -1},
            {{200 * pt, 100 * pt, 100 * pt, 100 * pt}, "", {}, -1, -1}};
    const QImage canvas = painted(page);
    const QColor missing = canvas.pixelColor(150, 150);  // where the cross's strokes meet
    EXPECT_GT(missing.red(), 180);
    EXPECT_LT(missing.green(), 80);
    const QColor placeholder = canvas.pixelColor(250, 150);
    EXPECT_EQ(placeholder.red(), placeholder.green());  // grey: a frame waiting for its photo
}

}  // namespace
}  // namespace banmian::app
