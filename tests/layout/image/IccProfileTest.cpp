// A photo's embedded colour profile kept by each decoder, byte for byte: the colour stage
// converts from it. The test files carry Ghostscript's profiles (libgs-common, which the tests'
// Ghostscript brings), so the profile read is compared with the file it was made from.
#include <gtest/gtest.h>

#include <string>

#include "layout/image/RasterImage.h"
#include "tests/layout/image/TestImages.h"

namespace banmian::layout {
namespace {

using namespace test;

const std::string kProfiles = "/usr/share/color/icc/ghostscript/";

std::string profile(const std::string& name) {
    const auto bytes = readImageFile(kProfiles + name);  // any file's bytes
    EXPECT_TRUE(bytes) << kProfiles + name;
    return bytes.value_or("");
}

// ICC.1 §7.2: a profile's header gives its size in its first 4 bytes and 'acsp' at byte 36.
void expectProfile(const std::string& got, const std::string& want) {
    ASSERT_GE(got.size(), 128u);
    EXPECT_EQ(got.substr(36, 4), "acsp");
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(got[i]); };
    EXPECT_EQ(std::size_t{byte(0)} << 24 | byte(1) << 16 | byte(2) << 8 | byte(3), got.size());
    EXPECT_EQ(got.size(), want.size());
    EXPECT_TRUE(got == want) << "the profile's bytes differ";
}

TEST(IccProfile, KeptFromJpegPngAndTiff) {
    {
        SCOPED_TRACE("JPEG, APP2 ICC_PROFILE");
        const RasterImage jpeg = decoded("icc-srgb-16x8.jpg");
        EXPECT_EQ(jpeg.colour, ImageColour::Rgb);
        EXPECT_EQ(at(jpeg, 0, 0), (V{254, 0, 0}));  // red at the top, blue at the bottom
        EXPECT_EQ(at(jpeg, 15, 7), (V{0, 1, 253}));
        expectProfile(jpeg.iccProfile, profile("srgb.icc"));
    }
    {
        SCOPED_TRACE("PNG, iCCP");
        const RasterImage png = decoded("icc-a98-4x2.png");
        EXPECT_EQ(at(png, 0, 0), (V{255, 0, 0}));
        EXPECT_EQ(at(png, 3, 1), (V{0, 0, 255}));
        expectProfile(png.iccProfile, profile("a98.icc"));
    }
    {
        SCOPED_TRACE("TIFF, ICCProfile");
        const RasterImage tiff = decoded("icc-cmyk-2x2.tif");
        EXPECT_EQ(tiff.colour, ImageColour::Cmyk);
        EXPECT_EQ(at(tiff, 1, 1), (V{0, 0, 0, 255}));
        expectProfile(tiff.iccProfile, profile("ps_cmyk.icc"));
    }
}

TEST(IccProfile, NoneWhenTheFileHasNone) {
    EXPECT_TRUE(decoded("photo-cmyk-600x400.jpg").iccProfile.empty());
    EXPECT_TRUE(decoded("rgb-2x2.png").iccProfile.empty());
    EXPECT_TRUE(decoded("rgb-3x2.tif").iccProfile.empty());
    EXPECT_TRUE(decoded("cmyk-600x400.tif").iccProfile.empty());
}

// An APP2 marker holding chunk `number` of `count` of a profile (ICC.1 Annex B.4).
std::string iccMarker(int number, int count, const std::string& chunk) {
    const std::size_t length = 2 + 12 + 2 + chunk.size();
    return std::string("\xFF\xE2") + static_cast<char>(length >> 8) +
           static_cast<char>(length & 0xFF) + std::string("ICC_PROFILE\0", 12) +
           static_cast<char>(number) + static_cast<char>(count) + chunk;
}

TEST(IccProfile, JpegProfileInSeveralMarkersIsJoined) {
    // A profile over 64 KB is cut into chunks, numbered, in any order in the file: the RGB photo
    // given sRGB in three chunks, the last first.
    const std::string icc = profile("srgb.icc");
    const std::string photo = bytesOf("photo-rgb-600x400.jpg");
    const std::string tagged = photo.substr(0, 2) + iccMarker(3, 3, icc.substr(2000)) +
                               iccMarker(1, 3, icc.substr(0, 1000)) +
                               iccMarker(2, 3, icc.substr(1000, 1000)) + photo.substr(2);
    const RasterImage image = decodedBytes(tagged, "tagged");
    EXPECT_EQ(image.width, 600);
    expectProfile(image.iccProfile, icc);

    // Two chunks numbered 1 and none 2 make no profile: an error, not a photo taken as sRGB.
    const std::string broken = photo.substr(0, 2) + iccMarker(1, 2, icc.substr(0, 1000)) +
                               iccMarker(1, 2, icc.substr(1000)) + photo.substr(2);
    const auto refused = decodeRasterImage(broken);
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().message.find("embedded colour profile"), std::string::npos)
            << refused.error().message;
}

}  // namespace
}  // namespace banmian::layout
