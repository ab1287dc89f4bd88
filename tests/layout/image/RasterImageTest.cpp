// PNG and TIFF photos read into the samples the PDF gets: sizes, colours, a few pixels, alpha laid
// on white paper, and damaged files refused with a message instead of a crash.
#include "layout/image/RasterImage.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/layout/image/TestImages.h"

namespace banmian::layout {
namespace {

using namespace test;

TEST(RasterImage, TellsTheFormatFromTheFirstBytes) {
    EXPECT_EQ(imageKind(bytesOf("photo-cmyk-600x400.jpg")), ImageKind::Jpeg);
    EXPECT_EQ(imageKind(bytesOf("gray-4x2.png")), ImageKind::Png);
    EXPECT_EQ(imageKind(bytesOf("cmyk-600x400.tif")), ImageKind::Tiff);
    EXPECT_EQ(imageKind(std::string("MM\0*\0\0\0\x08", 8)), ImageKind::Tiff);  // big-endian
    EXPECT_EQ(imageKind("GIF89a"), ImageKind::Unknown);
    EXPECT_EQ(imageKind(""), ImageKind::Unknown);
    const auto gif = readImageInfo("GIF89a");
    ASSERT_FALSE(gif.ok());
    EXPECT_NE(gif.error().message.find("not a JPEG, PNG or TIFF"), std::string::npos);
}

TEST(RasterImage, InfoOfEachFormatWithoutDecoding) {
    struct Case {
        std::string file;
        ImageKind kind;
        int width, height;
        ImageColour colour;
    };
    const std::vector<Case> cases = {
            {"photo-cmyk-600x400.jpg", ImageKind::Jpeg, 600, 400, ImageColour::Cmyk},
            {"photo-gray-600x400.jpg", ImageKind::Jpeg, 600, 400, ImageColour::Gray},
            {"photo-rgb-600x400.jpg", ImageKind::Jpeg, 600, 400, ImageColour::Rgb},
            {"gray-4x2.png", ImageKind::Png, 4, 2, ImageColour::Gray},
            {"rgba-3x1.png", ImageKind::Png, 3, 1, ImageColour::Rgb},
            {"palette-4x1.png", ImageKind::Png, 4, 1, ImageColour::Rgb},
            {"palette-gray-4x1.png", ImageKind::Png, 4, 1, ImageColour::Gray},
            {"cmyk-600x400.tif", ImageKind::Tiff, 600, 400, ImageColour::Cmyk},
            {"cmyk-righttop-3x2.tif", ImageKind::Tiff, 2, 3, ImageColour::Cmyk},  // turned
            {"gray-tiled-40x24.tif", ImageKind::Tiff, 40, 24, ImageColour::Gray},
            {"rgb-3x2.tif", ImageKind::Tiff, 3, 2, ImageColour::Rgb},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.file);
        const auto info = readImageInfo(bytesOf(c.file));
        ASSERT_TRUE(info.ok()) << info.error().message;
        EXPECT_EQ(info.value().kind, c.kind);
        EXPECT_EQ(info.value().width, c.width);
        EXPECT_EQ(info.value().height, c.height);
        EXPECT_EQ(info.value().colour, c.colour);
    }
}

TEST(RasterImage, GrayPngOfEveryDepth) {
    const RasterImage gray = decoded("gray-4x2.png");
    EXPECT_EQ(gray.colour, ImageColour::Gray);
    ASSERT_EQ(gray.samples.size(), 8u);
    EXPECT_EQ(row(gray, 0), (V{0x00, 0x40, 0x80, 0xFF}));
    EXPECT_EQ(row(gray, 1), (V{0xFF, 0xC0, 0x80, 0x00}));

    const RasterImage bits = decoded("gray-1bit-8x2.png");
    EXPECT_EQ(row(bits, 0), (V{0, 255, 0, 255, 255, 255, 0, 0}));
    EXPECT_EQ(row(bits, 1), (V{255, 0, 255, 0, 0, 0, 255, 255}));

    // 16 bits scaled to 8 with rounding: 0x40FF is 64.99, so 65, not the 64 of its high byte.
    EXPECT_EQ(row(decoded("gray16-3x1.png"), 0), (V{64, 65, 255}));
}

TEST(RasterImage, AlphaIsLaidOnWhitePaper) {
    // Black at alpha 0, 255 and 128: paper, black, and the paper half covered.
    const RasterImage gray = decoded("gray-alpha-3x1.png");
    EXPECT_EQ(gray.colour, ImageColour::Gray);
    EXPECT_EQ(row(gray, 0), (V{255, 0, 127}));

    const RasterImage rgba = decoded("rgba-3x1.png");
    EXPECT_EQ(rgba.colour, ImageColour::Rgb);
    EXPECT_EQ(at(rgba, 0, 0), (V{255, 255, 255}));  // transparent red: nothing shows
    EXPECT_EQ(at(rgba, 1, 0), (V{0, 0, 255}));
    EXPECT_EQ(at(rgba, 2, 0), (V{127, 127, 127}));

    // CMYK: full ink fades to none (0 is white paper in CMYK).
    const RasterImage cmyk = decoded("cmyka-2x1.tif");
    EXPECT_EQ(cmyk.colour, ImageColour::Cmyk);
    EXPECT_EQ(at(cmyk, 0, 0), (V{128, 0, 0, 0}));
    EXPECT_EQ(at(cmyk, 1, 0), (V{0, 0, 0, 0}));
}

TEST(RasterImage, PalettePngs) {
    const RasterImage colour = decoded("palette-4x1.png");
    EXPECT_EQ(colour.colour, ImageColour::Rgb);
    EXPECT_EQ(at(colour, 0, 0), (V{255, 0, 0}));
    EXPECT_EQ(at(colour, 1, 0), (V{0, 255, 0}));
    EXPECT_EQ(at(colour, 2, 0), (V{0, 0, 255}));
    EXPECT_EQ(at(colour, 3, 0), (V{255, 255, 255}));
    // A palette of grays only is a gray image: the plant can print it.
    const RasterImage gray = decoded("palette-gray-4x1.png");
    EXPECT_EQ(gray.colour, ImageColour::Gray);
    EXPECT_EQ(row(gray, 0), (V{0x00, 0x55, 0xAA, 0xFF}));
}

TEST(RasterImage, CmykTiffStaysCmyk) {
    const RasterImage image = decoded("cmyk-600x400.tif");  // LZW, seven strips
    EXPECT_EQ(image.colour, ImageColour::Cmyk);
    EXPECT_EQ(image.width, 600);
    EXPECT_EQ(image.height, 400);
    EXPECT_EQ(image.samples.size(), 600u * 400u * 4u);
    EXPECT_EQ(at(image, 0, 0), (V{255, 0, 0, 0}));  // cyan, top left
    EXPECT_EQ(at(image, 599, 0), (V{0, 255, 0, 0}));
    EXPECT_EQ(at(image, 0, 399), (V{0, 0, 255, 0}));
    EXPECT_EQ(at(image, 599, 399), (V{0, 0, 0, 255}));  // black, bottom right
    EXPECT_EQ(at(image, 299, 199), (V{255, 0, 0, 0}));
    EXPECT_EQ(at(image, 300, 200), (V{0, 0, 0, 255}));

    const RasterImage deep = decoded("cmyk16-2x1.tif");
    EXPECT_EQ(at(deep, 0, 0), (V{255, 128, 64, 0}));
    EXPECT_EQ(at(deep, 1, 0), (V{0, 0, 0, 65}));
}

TEST(RasterImage, TiffOrientationTurnsTheImageUpright) {
    // Stored C M / Y K with its first row at the bottom.
    const RasterImage flipped = decoded("cmyk-bottomleft-2x2.tif");
    EXPECT_EQ(at(flipped, 0, 0), (V{0, 0, 255, 0}));
    EXPECT_EQ(at(flipped, 1, 0), (V{0, 0, 0, 255}));
    EXPECT_EQ(at(flipped, 0, 1), (V{255, 0, 0, 0}));
    EXPECT_EQ(at(flipped, 1, 1), (V{0, 255, 0, 0}));
    // Stored 3 × 2 as cyan 1 2 3 / 4 5 6, its first row on the right: 4 1 / 5 2 / 6 3.
    const RasterImage turned = decoded("cmyk-righttop-3x2.tif");
    ASSERT_EQ(turned.width, 2);
    ASSERT_EQ(turned.height, 3);
    V cyan;
    for (int y = 0; y < 3; ++y) {
        for (int x = 0; x < 2; ++x) cyan.push_back(at(turned, x, y).at(0));
    }
    EXPECT_EQ(cyan, (V{4, 1, 5, 2, 6, 3}));
}

TEST(RasterImage, GrayTiffInTilesAndInBits) {
    const RasterImage tiled = decoded("gray-tiled-40x24.tif");
    ASSERT_EQ(tiled.width, 40);
    ASSERT_EQ(tiled.height, 24);
    int wrong = 0;
    for (int y = 0; y < 24; ++y) {
        for (int x = 0; x < 40; ++x) wrong += at(tiled, x, y).at(0) != (4 * x + 3 * y) % 256;
    }
    EXPECT_EQ(wrong, 0);
    // 1 bit, 0 meaning white (MinIsWhite), Group 4: the same pixels as the PNG.
    const RasterImage bits = decoded("gray-1bit-8x2.tif");
    EXPECT_EQ(bits.colour, ImageColour::Gray);
    EXPECT_EQ(row(bits, 0), (V{0, 255, 0, 255, 255, 255, 0, 0}));
    EXPECT_EQ(row(bits, 1), (V{255, 0, 255, 0, 0, 0, 255, 255}));
}

TEST(RasterImage, RgbTiffIsReadForTheScreen) {
    const RasterImage image = decoded("rgb-3x2.tif");
    EXPECT_EQ(image.colour, ImageColour::Rgb);
    EXPECT_EQ(at(image, 0, 0), (V{255, 0, 0}));
    EXPECT_EQ(at(image, 2, 0), (V{0, 0, 255}));
    EXPECT_EQ(at(image, 1, 1), (V{0, 0, 0}));
    EXPECT_EQ(at(image, 2, 1), (V{128, 128, 128}));
}

// A little-endian TIFF with PlanarConfiguration 2 (each ink a plane of its own, as some scanners
// and Photoshop's "per channel" order write it), which ImageMagick 6 cannot make.
std::string planarCmykTiff() {
    auto u16 = [](unsigned v) { return std::string{char(v & 0xFF), char(v >> 8)}; };
    auto u32 = [&](unsigned v) { return u16(v & 0xFFFF) + u16(v >> 16); };
    const unsigned kShort = 3, kLong = 4;
    auto entry = [&](unsigned tag, unsigned type, unsigned count, unsigned value) {
        return u16(tag) + u16(type) + u32(count) +
               (type == kShort && count == 1 ? u16(value) + u16(0) : u32(value));
    };
    // 2 × 2 pixels: cyan, magenta / yellow, black; one strip per plane, from byte 8.
    const std::string planes = std::string("\xFF\0\0\0", 4) + std::string("\0\xFF\0\0", 4) +
                               std::string("\0\0\xFF\0", 4) + std::string("\0\0\0\xFF", 4);
    std::string tiff = "II" + u16(42) + u32(64) + planes;                    // bytes 0–23
    tiff += u16(8) + u16(8) + u16(8) + u16(8);                               // 24: BitsPerSample
    tiff += u32(8) + u32(12) + u32(16) + u32(20);                            // 32: StripOffsets
    tiff += u32(4) + u32(4) + u32(4) + u32(4);                               // 48: StripByteCounts
    tiff += u16(10) + entry(256, kShort, 1, 2) + entry(257, kShort, 1, 2) +  // 64: the IFD
            entry(258, kShort, 4, 24) + entry(259, kShort, 1, 1) + entry(262, kShort, 1, 5) +
            entry(273, kLong, 4, 32) + entry(277, kShort, 1, 4) + entry(278, kShort, 1, 2) +
            entry(279, kLong, 4, 48) + entry(284, kShort, 1, 2) + u32(0);
    return tiff;
}

TEST(RasterImage, CmykTiffInSeparatePlanes) {
    const auto image = decodeRasterImage(planarCmykTiff());
    ASSERT_TRUE(image.ok()) << image.error().message;
    EXPECT_EQ(image.value().colour, ImageColour::Cmyk);
    EXPECT_EQ(at(image.value(), 0, 0), (V{255, 0, 0, 0}));
    EXPECT_EQ(at(image.value(), 1, 0), (V{0, 255, 0, 0}));
    EXPECT_EQ(at(image.value(), 0, 1), (V{0, 0, 255, 0}));
    EXPECT_EQ(at(image.value(), 1, 1), (V{0, 0, 0, 255}));
}

TEST(RasterImage, FilesCutShortSaySo) {
    const std::string png = bytesOf("gray-truncated.png");
    const auto info = readImageInfo(png);
    ASSERT_FALSE(info.ok());
    EXPECT_NE(info.error().message.find("PNG file is cut short"), std::string::npos)
            << info.error().message;
    const auto pixels = decodeRasterImage(png);
    ASSERT_FALSE(pixels.ok());
    EXPECT_NE(pixels.error().message.find("cut short"), std::string::npos);

    // The CMYK TIFF without its last 2,000 bytes: its directory, at the end, is gone.
    const std::string tiff = bytesOf("cmyk-600x400.tif");
    const auto tiffInfo = readImageInfo(tiff.substr(0, tiff.size() - 2000));
    ASSERT_FALSE(tiffInfo.ok());
    EXPECT_NE(tiffInfo.error().message.find("TIFF file is damaged or cut short"), std::string::npos)
            << tiffInfo.error().message;

    // A JPEG without its end marker: its scan data stops short.
    const std::string jpeg = bytesOf("photo-cmyk-600x400.jpg");
    const auto jpegInfo = readImageInfo(jpeg.substr(0, jpeg.size() - 100));
    ASSERT_FALSE(jpegInfo.ok());
    EXPECT_NE(jpegInfo.error().message.find("JPEG file is cut short"), std::string::npos);
}

TEST(RasterImage, TiffDataOutsideTheFileIsCaughtBeforeDecoding) {
    // The planar TIFF with the first strip's offset pointing past the end of the file.
    std::string tiff = planarCmykTiff();
    const std::size_t offsets = 32;
    tiff[offsets] = '\x00';
    tiff[offsets + 1] = '\x10';  // 4096
    const auto info = readImageInfo(tiff);
    ASSERT_FALSE(info.ok());
    EXPECT_NE(info.error().message.find("TIFF file is cut short"), std::string::npos)
            << info.error().message;
}

TEST(RasterImage, NoDamagedFileCrashesTheReader) {
    // Every cut and a flipped byte at every place of small files: each gives an image or an
    // error, never a crash, a hang or libpng's longjmp escaping.
    for (const std::string& name :
         {std::string("gray-alpha-3x1.png"), std::string("palette-4x1.png"),
          std::string("cmyk-bottomleft-2x2.tif"), std::string("gray-1bit-8x2.tif")}) {
        SCOPED_TRACE(name);
        const std::string whole = bytesOf(name);
        int errors = 0;
        for (std::size_t cut = 0; cut < whole.size(); ++cut) {
            errors += !decodeRasterImage(whole.substr(0, cut)).ok();
            errors += !readImageInfo(whole.substr(0, cut)).ok();
        }
        EXPECT_GT(errors, 0);
        expectEveryFlippedByteDecodesWholeOrNot(whole);
    }
}

TEST(RasterImage, AbsurdSizesAreRefusedBeforeAnythingIsAllocated) {
    // A PNG header claiming 100,000 × 100,000 pixels, as a damaged file might.
    std::string png = bytesOf("gray-4x2.png");
    const std::string big("\x00\x01\x86\xA0", 4);
    png.replace(16, 4, big);
    png.replace(20, 4, big);
    const auto info = readImageInfo(png);
    ASSERT_FALSE(info.ok());
    EXPECT_NE(info.error().message.find("100000 × 100000 pixels"), std::string::npos)
            << info.error().message;
    EXPECT_FALSE(decodeRasterImage(png).ok());
}

}  // namespace
}  // namespace banmian::layout
