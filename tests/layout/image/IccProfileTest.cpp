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

TEST(IccProfile, KeptFromPngAndTiff) {
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
    EXPECT_TRUE(decoded("rgb-2x2.png").iccProfile.empty());
    EXPECT_TRUE(decoded("rgb-3x2.tif").iccProfile.empty());
    EXPECT_TRUE(decoded("cmyk-600x400.tif").iccProfile.empty());
}

}  // namespace
}  // namespace banmian::layout
