// JPEG photos decoded by libjpeg into the samples the colour stage and the screen get: gray, RGB
// and CMYK (Photoshop's inverted CMYK turned to 255 = full ink), and damaged or cut files refused,
// never decoded into a picture with gray where the data was lost. The expected pixels are
// ImageMagick's (`convert photo.jpg -depth 8 txt:-`, which decodes with the same libjpeg-turbo
// and undoes Adobe's inversion): the decoder gives the same samples for every pixel.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "layout/image/JpegInfo.h"
#include "layout/image/RasterImage.h"
#include "tests/layout/image/TestImages.h"

namespace banmian::layout {
namespace {

using namespace test;

TEST(JpegImage, GrayAndRgbPhotos) {
    // Both gradients run from white (gray) or red (RGB) at the top to black or blue at the bottom.
    const RasterImage gray = decoded("photo-gray-600x400.jpg");
    EXPECT_EQ(gray.colour, ImageColour::Gray);
    EXPECT_EQ(gray.width, 600);
    EXPECT_EQ(gray.height, 400);
    ASSERT_EQ(gray.samples.size(), 600u * 400u);
    EXPECT_EQ(at(gray, 0, 0), (V{254}));
    EXPECT_EQ(at(gray, 60, 40), (V{229}));
    EXPECT_EQ(at(gray, 300, 200), (V{127}));
    EXPECT_EQ(at(gray, 599, 399), (V{0}));

    const RasterImage rgb = decoded("photo-rgb-600x400.jpg");
    EXPECT_EQ(rgb.colour, ImageColour::Rgb);
    EXPECT_EQ(rgb.width, 600);
    EXPECT_EQ(rgb.height, 400);
    ASSERT_EQ(rgb.samples.size(), 600u * 400u * 3u);
    EXPECT_EQ(at(rgb, 0, 0), (V{254, 0, 2}));
    EXPECT_EQ(at(rgb, 119, 79), (V{203, 0, 48}));
    EXPECT_EQ(at(rgb, 300, 200), (V{126, 0, 126}));
    EXPECT_EQ(at(rgb, 599, 399), (V{0, 0, 254}));
    EXPECT_TRUE(rgb.iccProfile.empty());  // none embedded: the colour stage takes it as sRGB
}

TEST(JpegImage, AdobeCmykComesOutWith255ForFullInk) {
    // ImageMagick's CMYK JPEGs are Adobe's YCCK (APP14 transform 2), inverted: white paper at
    // the top, the darkest at the bottom must have the most black ink.
    for (const std::string& name :
         {std::string("photo-cmyk-600x400.jpg"), std::string("photo-cmyk-120x80.jpg")}) {
        SCOPED_TRACE(name);
        EXPECT_TRUE(readJpegInfo(bytesOf(name)).value().adobeInverted);
        const RasterImage image = decoded(name);
        EXPECT_EQ(image.colour, ImageColour::Cmyk);
        ASSERT_EQ(image.samples.size(), static_cast<std::size_t>(image.width) * image.height * 4u);
        EXPECT_EQ(at(image, 0, 0), (V{0, 0, 0, 0}));
        EXPECT_EQ(at(image, image.width / 2, image.height / 2), (V{0, 0, 0, 90}));
        EXPECT_EQ(at(image, image.width - 1, image.height - 1), (V{0, 0, 0, 178}));
    }
    // White to navy: cyan and magenta full at the bottom, yellow none.
    const RasterImage navy = decoded("photo-cmyk-410x600.jpg");
    EXPECT_EQ(at(navy, 409, 0), (V{0, 0, 0, 0}));
    EXPECT_EQ(at(navy, 205, 300), (V{86, 86, 0, 63}));
    EXPECT_EQ(at(navy, 0, 599), (V{254, 255, 1, 127}));

    // Pillow's CMYK JPEG: plain CMYK (transform 0), inverted too; C, M / Y, K quadrants.
    const RasterImage quadrants = decoded("adobe-cmyk-8x8.jpg");
    EXPECT_EQ(at(quadrants, 3, 3), (V{255, 0, 0, 1}));
    EXPECT_EQ(at(quadrants, 7, 0), (V{1, 254, 0, 1}));
    EXPECT_EQ(at(quadrants, 0, 7), (V{1, 0, 254, 1}));
    EXPECT_EQ(at(quadrants, 4, 4), (V{1, 0, 0, 255}));
}

TEST(JpegImage, CmykIsInvertedExactlyWhenTheAdobeMarkerSaysSo) {
    // Without its APP14 marker the same scan data is read as stored, not inverted: what the PDF
    // writer does too (/Decode [1 0 …] only on Adobe's files).
    const std::string adobe = bytesOf("adobe-cmyk-8x8.jpg");
    ASSERT_EQ(adobe.substr(2, 4),
              std::string("\xFF\xEE\x00\x0E", 4));  // APP14, 14 bytes, right after SOI
    const std::string plain =
            adobe.substr(0, 2) + adobe.substr(2 + 2 + 14);  // SOI, then past APP14
    ASSERT_FALSE(readJpegInfo(plain).value().adobeInverted);
    const RasterImage inverted = decodedBytes(adobe, "adobe");
    const RasterImage stored = decodedBytes(plain, "plain");
    ASSERT_EQ(stored.samples.size(), inverted.samples.size());
    ASSERT_EQ(stored.samples.size(), 8u * 8u * 4u);
    int wrong = 0;
    for (std::size_t i = 0; i < stored.samples.size(); ++i)
        wrong += stored.samples[i] != 255 - inverted.samples[i];
    EXPECT_EQ(wrong, 0);
}

TEST(JpegImage, AFileCutShortIsAnErrorNotAPicture) {
    const std::string whole = bytesOf("photo-rgb-600x400.jpg");
    for (const std::size_t cut : {whole.size() / 2, whole.size() - 100, whole.size() - 1}) {
        SCOPED_TRACE(cut);
        const auto image = decodeRasterImage(whole.substr(0, cut));
        ASSERT_FALSE(image.ok());
        EXPECT_EQ(image.error().message,
                  "the JPEG file is cut short, its end is missing (truncated?): copy or save it "
                  "again");
    }
    // Cut inside its scan data and given an end marker, as a careless repair might: libjpeg
    // would fill the rest with gray and warn; the warning is an error.
    const auto mended = decodeRasterImage(whole.substr(0, whole.size() / 2) + "\xFF\xD9");
    ASSERT_FALSE(mended.ok());
    EXPECT_NE(mended.error().message.find("a damaged JPEG file"), std::string::npos)
            << mended.error().message;
    EXPECT_NE(mended.error().message.find("save it again"), std::string::npos);
}

TEST(JpegImage, GarbageAfterTheStartMarkerIsAnError) {
    const auto text = decodeRasterImage("\xFF\xD8\xFF this is a letter, not a photo");
    ASSERT_FALSE(text.ok());
    EXPECT_FALSE(text.error().message.empty());
    // A whole header and end marker with noise for scan data.
    const std::string whole = bytesOf("photo-gray-600x400.jpg");
    const std::size_t scan = whole.find("\xFF\xDA");
    ASSERT_NE(scan, std::string::npos);
    std::string noise = whole.substr(0, scan + 10);  // SOS and its 8-byte header (1 component)
    for (int i = 0; i < 2000; ++i) noise += static_cast<char>((i * 7919 + 13) % 251);
    noise += "\xFF\xD9";
    const auto image = decodeRasterImage(noise);
    ASSERT_FALSE(image.ok());
    EXPECT_NE(image.error().message.find("a damaged JPEG file"), std::string::npos)
            << image.error().message;
}

TEST(JpegImage, TwelveBitJpegIsRefusedForWhatItIs) {
    // The RGB photo's frame header saying 12 bits per sample (ITU T.81 extended process).
    std::string jpeg = bytesOf("photo-rgb-600x400.jpg");
    const std::size_t frame = jpeg.find("\xFF\xC0");
    ASSERT_NE(frame, std::string::npos);
    jpeg[frame + 4] = 12;
    const auto image = decodeRasterImage(jpeg);
    ASSERT_FALSE(image.ok());
    EXPECT_NE(image.error().message.find("save it as an ordinary 8-bit JPEG"), std::string::npos)
            << image.error().message;
}

TEST(JpegImage, TooManyPixelsAreRefusedBeforeDecoding) {
    // The 120 × 80 photo's frame header claiming 65,000 × 65,000 pixels.
    std::string jpeg = bytesOf("photo-cmyk-120x80.jpg");
    const std::size_t frame = jpeg.find("\xFF\xC0");
    ASSERT_NE(frame, std::string::npos);
    jpeg.replace(frame + 5, 4, "\xFD\xE8\xFD\xE8");
    const auto image = decodeRasterImage(jpeg);
    ASSERT_FALSE(image.ok());
    EXPECT_NE(image.error().message.find("65000 × 65000 pixels"), std::string::npos)
            << image.error().message;
}

TEST(JpegImage, NoDamagedFileCrashesTheDecoder) {
    // Every cut and a flipped byte at every place: an image of the right size or an error, never
    // a crash, a hang or libjpeg's longjmp escaping. Every cut file is an error.
    for (const std::string& name :
         {std::string("icc-srgb-16x8.jpg"), std::string("adobe-cmyk-8x8.jpg")}) {
        SCOPED_TRACE(name);
        const std::string whole = bytesOf(name);
        int pictures = 0;
        for (std::size_t cut = 0; cut < whole.size(); ++cut)
            pictures += decodeRasterImage(whole.substr(0, cut)).ok();
        EXPECT_EQ(pictures, 0);
        expectEveryFlippedByteDecodesWholeOrNot(whole);
    }
}

}  // namespace
}  // namespace banmian::layout
