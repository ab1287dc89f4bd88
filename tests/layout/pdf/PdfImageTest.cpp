// Photos in the PDF: gray and CMYK JPEG as it is, the rest as CMYK or gray samples,
// Flate-compressed, RGB separated to CMYK, each cropped to its frame.
#include "layout/pdf/PdfImage.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <fstream>
#include <string>

#include "fonts/FontRegistry.h"
#include "layout/image/RasterImage.h"
#include "layout/pdf/PdfExporter.h"

namespace banmian::layout {
namespace {

const std::string kImages = std::string(BANMIAN_TEST_DATA_DIR) + "/images/";

std::string bytesOf(const std::string& name) {
    const auto bytes = readImageFile(kImages + name);
    EXPECT_TRUE(bytes) << name;
    return bytes.value_or("");
}

std::string inflated(std::string_view packed) {
    std::string out(1 << 16, '\0');
    for (;;) {
        uLongf size = out.size();
        const int status = uncompress(reinterpret_cast<Bytef*>(out.data()), &size,
                                      reinterpret_cast<const Bytef*>(packed.data()), packed.size());
        if (status == Z_BUF_ERROR && out.size() < (1u << 26)) {
            out.resize(out.size() * 4);
            continue;
        }
        EXPECT_EQ(status, Z_OK);
        out.resize(status == Z_OK ? size : 0);
        return out;
    }
}

// A stream object of `pdf` whose dictionary holds `key`: its dictionary and its data.
struct Stream {
    std::string dictionary, data;
};

std::vector<Stream> streamsWith(const std::string& pdf, const std::string& key) {
    std::vector<Stream> found;
    for (std::size_t at = pdf.find(key); at != std::string::npos; at = pdf.find(key, at + 1)) {
        const std::size_t begin = pdf.rfind("<<", at), end = pdf.find(">>\nstream\n", at);
        if (begin == std::string::npos || end == std::string::npos) continue;
        Stream s{pdf.substr(begin, end + 2 - begin), {}};
        const std::size_t length = s.dictionary.find("/Length ");
        const std::size_t size = std::stoul(s.dictionary.substr(length + 8));
        s.data = pdf.substr(end + 10, size);
        found.push_back(s);
    }
    return found;
}

std::string withOneImage(const std::string& name) {
    PdfDocument pdf;
    PrintPhotos photos({});
    const auto& photo = photos.prepare(kImages + name);
    EXPECT_TRUE(photo.ok()) << name << ": " << (photo ? "" : photo.error().message);
    if (photo) addImage(pdf, photo.value());
    const int root = pdf.add("<< /Type /Catalog >>");
    return pdf.serialize(root, pdf.add("<< >>"));
}

TEST(PdfImage, CmykTiffGoesInAsCmykSamplesCompressed) {
    const std::string pdf = withOneImage("cmyk-600x400.tif");
    const auto images = streamsWith(pdf, "/Subtype /Image");
    ASSERT_EQ(images.size(), 1u);
    const std::string& dictionary = images[0].dictionary;
    EXPECT_NE(dictionary.find("/Width 600 /Height 400 /ColorSpace /DeviceCMYK "
                              "/BitsPerComponent 8"),
              std::string::npos)
            << dictionary;
    EXPECT_NE(dictionary.find("/Filter /FlateDecode"), std::string::npos) << dictionary;
    EXPECT_EQ(dictionary.find("/Decode"), std::string::npos);  // 255 is full ink, as in PDF
    const std::string samples = inflated(images[0].data);
    ASSERT_EQ(samples.size(), 600u * 400u * 4u);
    EXPECT_EQ(samples.substr(0, 4), std::string("\xFF\0\0\0", 4));                // cyan, top left
    EXPECT_EQ(samples.substr(samples.size() - 4), std::string("\0\0\0\xFF", 4));  // black
    EXPECT_LT(images[0].data.size(), samples.size() / 50);  // flat quadrants pack well
}

TEST(PdfImage, GrayPngGoesInAsGraySamples) {
    const std::string pdf = withOneImage("gray-4x2.png");
    const auto images = streamsWith(pdf, "/Subtype /Image");
    ASSERT_EQ(images.size(), 1u);
    EXPECT_NE(images[0].dictionary.find("/Width 4 /Height 2 /ColorSpace /DeviceGray "
                                        "/BitsPerComponent 8"),
              std::string::npos)
            << images[0].dictionary;
    EXPECT_NE(images[0].dictionary.find("/Filter /FlateDecode"), std::string::npos);
    EXPECT_EQ(inflated(images[0].data), std::string("\x00\x40\x80\xFF\xFF\xC0\x80\x00", 8));
}

TEST(PdfImage, CmykJpegGoesInAsItIs) {
    const std::string jpeg = bytesOf("photo-cmyk-600x400.jpg");
    const std::string pdf = withOneImage("photo-cmyk-600x400.jpg");
    const auto images = streamsWith(pdf, "/Subtype /Image");
    ASSERT_EQ(images.size(), 1u);
    EXPECT_NE(images[0].dictionary.find("/DeviceCMYK"), std::string::npos);
    EXPECT_NE(images[0].dictionary.find("/Filter /DCTDecode"), std::string::npos);
    EXPECT_TRUE(images[0].data == jpeg);
}

// RGB goes in separated to CMYK (to the default profile here: PrintPhotos' own tests say how),
// never as RGB; a damaged file does not go in at all.
TEST(PdfImage, RgbGoesInAsCmykAndDamagedFilesStayOut) {
    for (const std::string name : {"rgb-2x2.png", "rgb-3x2.tif", "palette-4x1.png",
                                   "photo-rgb-600x400.jpg", "rgba-3x1.png"}) {
        SCOPED_TRACE(name);
        const std::string pdf = withOneImage(name);
        const auto images = streamsWith(pdf, "/Subtype /Image");
        ASSERT_EQ(images.size(), 1u);
        EXPECT_NE(images[0].dictionary.find("/ColorSpace /DeviceCMYK"), std::string::npos);
        EXPECT_NE(images[0].dictionary.find("/Filter /FlateDecode"), std::string::npos);
        EXPECT_EQ(pdf.find("RGB"), std::string::npos);
    }
    const std::string jpeg = bytesOf("photo-cmyk-600x400.jpg");
    const std::string cutJpeg = testing::TempDir() + "/cut.jpg";
    std::ofstream(cutJpeg, std::ios::binary) << jpeg.substr(0, 3000);
    for (const std::string& cut : {kImages + "gray-truncated.png", cutJpeg}) {
        PrintPhotos photos({});
        const auto& photo = photos.prepare(cut);
        ASSERT_FALSE(photo.ok());
        EXPECT_EQ(photo.error().kind, "photo-unusable");
        EXPECT_NE(photo.error().message.find("cut short"), std::string::npos)
                << photo.error().message;
    }
}

TEST(PdfImage, ThePageCropsEachPhotoToItsFrameAndWritesAFileOnce) {
    PageLayout page;
    page.grid = pageGrid(PagePreset::Broadsheet);
    const LayoutUnit pt = 64;
    // 100 × 50 pt frames: the 600 × 400 TIFF is scaled to 100 × 66.667 pt and cropped top and
    // bottom; the 4 × 2 PNG exactly fits.
    page.images = {{{0, 0, 100 * pt, 50 * pt}, kImages + "cmyk-600x400.tif", {}, -1, -1},
                   {{0, 100 * pt, 100 * pt, 50 * pt}, kImages + "gray-4x2.png", {}, -1, -1},
                   {{0, 200 * pt, 100 * pt, 50 * pt}, kImages + "cmyk-600x400.tif", {}, -1, -1},
                   {{0, 300 * pt, 100 * pt, 50 * pt}, kImages + "rgb-2x2.png", {}, -1, -1}};
    const fonts::FontRegistry noFonts(fonts::FontCatalog({kImages + "no-fonts-here"}));
    PdfOptions options;
    options.cropMarks = false;
    const auto pdf = exportPagePdf(page, noFonts, options);
    ASSERT_TRUE(pdf.ok()) << pdf.error().message;
    const auto images = streamsWith(pdf.value(), "/Subtype /Image");
    ASSERT_EQ(images.size(), 3u);  // the TIFF once, the PNG, the RGB one separated
    EXPECT_EQ(pdf.value().find("DeviceRGB"), std::string::npos);

    const auto pages = streamsWith(pdf.value(), "/Length");
    std::string content;
    for (const Stream& s : pages) {
        if (s.dictionary.find("/Subtype") == std::string::npos) content += inflated(s.data);
    }
    // The trim starts at the bleed (3 mm, 8.5 pt) from the MediaBox's edges; the TIFF is
    // centred in its frame, 8.333 pt of it cropped above and below.
    EXPECT_NE(content.find("re W n 100 0 0 66.667 8.5 1495.042 cm"), std::string::npos) << content;
    EXPECT_NE(content.find("re W n 100 0 0 50 8.5 1403.375 cm"), std::string::npos) << content;
    std::size_t placed = 0;
    for (std::size_t at = content.find(" Do Q"); at != std::string::npos;
         at = content.find(" Do Q", at + 1))
        ++placed;
    EXPECT_EQ(placed, 4u);
    EXPECT_EQ(content.find("0 0 0 0.1 k"), std::string::npos);  // no placeholder
}

}  // namespace
}  // namespace banmian::layout
