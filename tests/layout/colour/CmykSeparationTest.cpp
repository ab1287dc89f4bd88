// Photos separated to the press's CMYK with LittleCMS, and the ink they lay down (layout/colour).
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "layout/colour/CmykSeparation.h"
#include "layout/colour/InkCoverage.h"
#include "tests/layout/colour/PrintedColour.h"

namespace banmian::layout {
namespace {

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

RasterImage rgbImage(const std::vector<std::array<std::uint8_t, 3>>& pixels) {
    RasterImage image;
    image.width = static_cast<int>(pixels.size());
    image.height = 1;
    image.colour = ImageColour::Rgb;
    for (const auto& p : pixels) image.samples.insert(image.samples.end(), p.begin(), p.end());
    return image;
}

// Every colour of a 17-step RGB cube: the corners (pure colours, black) and everything between.
RasterImage rgbCube() {
    std::vector<std::array<std::uint8_t, 3>> pixels;
    for (int r = 0; r <= 256; r += 16)
        for (int g = 0; g <= 256; g += 16)
            for (int b = 0; b <= 256; b += 16)
                pixels.push_back({static_cast<std::uint8_t>(std::min(r, 255)),
                                  static_cast<std::uint8_t>(std::min(g, 255)),
                                  static_cast<std::uint8_t>(std::min(b, 255))});
    return rgbImage(pixels);
}

std::shared_ptr<CmykSeparation> separation(SeparationSettings settings = {}) {
    auto made = CmykSeparation::create(settings);
    EXPECT_TRUE(made) << (made ? "" : made.error().message);
    return made ? made.value() : nullptr;
}

TEST(CmykSeparation, KeepsEveryPixelWithinTheInkLimit) {
    const RasterImage cube = rgbCube();
    for (const int limit : {150, 240, 300}) {
        SCOPED_TRACE(limit);
        const auto press = separation({.outputProfile = {}, .intent = {}, .inkLimit = limit});
        ASSERT_TRUE(press);
        const auto cmyk = press->separate(cube, {});
        ASSERT_TRUE(cmyk) << cmyk.error().message;
        EXPECT_EQ(cmyk.value().colour, ImageColour::Cmyk);
        EXPECT_EQ(cmyk.value().samples.size(), cube.samples.size() / 3 * 4);
        const InkCoverage ink = inkCoverage(cmyk.value(), limit);
        EXPECT_EQ(ink.pixelsOver, 0);
        EXPECT_LE(ink.maxPercent, limit);
        // The limit is reached, not undercut: the shadows keep the density the plant allows.
        EXPECT_GE(ink.maxPercent, limit - 10);
    }
}

TEST(CmykSeparation, PrintsColoursTheWayTheyWereMeant) {
    const auto press = separation();
    ASSERT_TRUE(press);
    // White is paper, with no ink at all; black is mostly K.
    const std::vector<std::array<std::uint8_t, 3>> patches = {{255, 255, 255}, {0, 0, 0},
                                                              {214, 160, 130}, {110, 160, 210},
                                                              {128, 128, 128}, {90, 140, 70}};
    const auto cmyk = press->separate(rgbImage(patches), {});
    ASSERT_TRUE(cmyk) << cmyk.error().message;
    const std::uint8_t* s = cmyk.value().samples.data();
    EXPECT_EQ(s[0] + s[1] + s[2] + s[3], 0) << "white paper carries no ink";
    EXPECT_GT(s[7], 200) << "black is carried by the black plate";
    // Skin, sky, gray and foliage lie inside a press's gamut: a colour-managed print is within
    // CIEDE2000 3 of them (a difference a reader barely sees side by side).
    for (std::size_t i = 2; i < patches.size(); ++i) {
        SCOPED_TRACE(i);
        EXPECT_LT(printedDifference(patches[i], s + 4 * i), 3.0);
    }
    EXPECT_EQ(press->describe(),
              "Artifex CMYK SWOP Profile, relative colorimetric with black-point compensation, "
              "total ink at most 240 %");
}

TEST(CmykSeparation, PerceptualIsAnotherSeparation) {
    const RasterImage cube = rgbCube();
    const auto relative = separation()->separate(cube, {});
    const auto perceptual =
            separation(
                    {.outputProfile = {}, .intent = RenderingIntent::Perceptual, .inkLimit = 240})
                    ->separate(cube, {});
    ASSERT_TRUE(relative && perceptual);
    EXPECT_NE(relative.value().samples, perceptual.value().samples);
}

// A photo's own profile is what its pixels mean: the same pixels tagged Adobe-RGB-like (a98)
// print differently from untagged (sRGB) ones; a profile for other pixels is an error.
TEST(CmykSeparation, SeparatesFromThePhotosOwnProfile) {
    const auto press = separation();
    const RasterImage green = rgbImage({{0, 200, 0}});
    const auto untagged = press->separate(green, {});
    const auto wide = press->separate(green, readFile("/usr/share/color/icc/ghostscript/a98.icc"));
    ASSERT_TRUE(untagged && wide);
    EXPECT_NE(untagged.value().samples, wide.value().samples);

    const auto wrong = press->separate(green, readFile(kDefaultCmykProfile));
    ASSERT_FALSE(wrong);
    EXPECT_NE(wrong.error().message.find("not for its RGB pixels"), std::string::npos);
    const auto damaged = press->separate(green, std::string("acsp-but-nothing-else", 21));
    ASSERT_FALSE(damaged);

    EXPECT_TRUE(press->needsSeparation(green, {}));
    RasterImage cmyk;
    cmyk.colour = ImageColour::Cmyk;
    EXPECT_FALSE(press->needsSeparation(cmyk, {}));
    EXPECT_FALSE(press->needsSeparation(cmyk, readFile(kDefaultCmykProfile)));
    EXPECT_TRUE(
            press->needsSeparation(cmyk, readFile("/usr/share/color/icc/ghostscript/ps_cmyk.icc")));
    RasterImage gray;
    gray.colour = ImageColour::Gray;
    EXPECT_FALSE(press->needsSeparation(gray, {}));
}

TEST(CmykSeparation, RefusesAProfileThatIsNoPlantsProfile) {
    const auto v4 = CmykSeparation::create(
            {.outputProfile = readFile("/usr/share/color/icc/ghostscript/ps_cmyk.icc"),
             .intent = {},
             .inkLimit = 240});
    ASSERT_FALSE(v4);
    EXPECT_NE(v4.error().message.find("ICC version 4"), std::string::npos);
}

TEST(InkCoverage, SumsThePlatesOfEveryPixel) {
    RasterImage image;
    image.width = 3;
    image.height = 1;
    image.colour = ImageColour::Cmyk;
    image.samples = {0, 0, 0, 0, 255, 255, 255, 255, 153, 153, 0, 0};  // paper, 400 %, 120 %
    const InkCoverage ink = inkCoverage(image, 240);
    EXPECT_EQ(ink.maxPercent, 400);
    EXPECT_EQ(ink.pixelsOver, 1);
    EXPECT_EQ(inkCoverage(image, 400).pixelsOver, 0);
}

}  // namespace
}  // namespace banmian::layout
