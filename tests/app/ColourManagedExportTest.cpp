// RGB photos in the print file, as production staff send it: `banmian export` separates an RGB
// JPEG, an RGB PNG with transparency and a 16-bit RGB PNG to CMYK without being forced, says so
// for each, and the file shows it: CMYK images (pdfimages), no pixel above the ink limit (the
// images' own samples, and the page as Ghostscript renders it), and colour patches rendered from
// the PDF within a small CIEDE2000 of the sRGB colours they were (the figure is printed).
#include <gtest/gtest.h>

#include <array>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "OneStoryPage.h"
#include "RunProcess.h"
#include "layout/colour/InkCoverage.h"
#include "layout/document/Document.h"
#include "layout/image/RasterImage.h"
#include "layout/pipeline/PageComposer.h"
#include "tests/layout/colour/PrintedColour.h"
#include "tests/pdfx/PdfxCheck.h"

namespace {

using namespace banmian::layout;

const std::string kBanmian = BANMIAN_EXECUTABLE;
const std::string kImages = std::string(BANMIAN_SOURCE_DIR) + "/tests/data/images/";

std::filesystem::path temp(const std::string& name) {
    return std::filesystem::temp_directory_path() / ("banmian-colour-" + name);
}

// The patches of tests/data/images/patches-*: skin, sky (half transparent in the RGBA one), gray
// (fully transparent there: paper) and foliage, as quadrants of 800 × 1000 pixels.
using Rgb = std::array<std::uint8_t, 3>;
constexpr std::array<Rgb, 4> kPatches = {
        {{214, 160, 130}, {110, 160, 210}, {128, 128, 128}, {90, 140, 70}}};

// What a patch of `colour` at straight alpha `alpha` (of 255) on white paper is meant to look
// like: PNG's alpha composited in its own (sRGB) values, as the decoder flattens it.
Rgb onPaper(const Rgb& colour, int alpha) {
    Rgb out;
    for (std::size_t i = 0; i < 3; ++i)
        out[i] = static_cast<std::uint8_t>((colour[i] * alpha + 255 * (255 - alpha) + 127) / 255);
    return out;
}

TEST(ColourManagedExport, RgbPhotosGoToThePlantAsCmykWithinTheInkLimit) {
    const std::vector<std::string> photos = {
            "patches-rgb-800x1000.jpg", "patches-rgba-800x1000.png", "patches-rgb16-800x1000.png"};
    // One story across the page, the three photos side by side, each two columns by 24 lines:
    // 237 ppi, sharp enough that nothing needs forcing.
    Document d = oneStoryPage({0, 8, 0, 40});
    for (std::size_t i = 0; i < photos.size(); ++i) {
        const int column = static_cast<int>(3 * i);
        d.page.blocks[0].photos.push_back(
                {{column, 2, 10, 24}, kImages + photos[i], "", std::nullopt});
    }
    const std::string page = temp("page.banmian").string(), pdf = temp("page.pdf").string();
    ASSERT_FALSE(writeDocument(d, page));
    std::filesystem::remove(pdf);

    const ProcessOutput run = runProcess(kBanmian, {"export", page, "-o", pdf});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    for (const std::string& photo : photos) {
        EXPECT_NE(run.err.find("note: story-0 (华泾镇举办主题活动): " + kImages + photo +
                               ": RGB (no profile of its own: sRGB assumed) separated to CMYK "
                               "for Artifex CMYK SWOP Profile"),
                  std::string::npos)
                << run.err;
    }
    EXPECT_EQ(run.err.find("warning"), std::string::npos) << run.err;
    EXPECT_EQ(pdfxFailures(pdf), "");

    // Separated on several threads, the same every time: at a fixed time, the same bytes.
    const std::string again = temp("again.pdf").string(), once = temp("once.pdf").string();
    for (const std::string& out : {once, again}) {
        ASSERT_EQ(runProcess(kBanmian, {"export", page, "-o", out}, {},
                             {"SOURCE_DATE_EPOCH=1782000000"})
                          .exitCode,
                  0);
    }
    std::ifstream first(once, std::ios::binary), second(again, std::ios::binary);
    EXPECT_TRUE(std::string(std::istreambuf_iterator<char>(first), {}) ==
                std::string(std::istreambuf_iterator<char>(second), {}))
            << "two exports of one page at one time differ";

    // The images in the file: CMYK, 8 bits, every sample within 240 %.
    const ProcessOutput list = runProcess("/usr/bin/pdfimages", {"-list", pdf});
    std::size_t cmykImages = 0;
    for (std::size_t at = list.out.find(" 800  1000  cmyk    4   8  image");
         at != std::string::npos; at = list.out.find(" 800  1000  cmyk    4   8  image", at + 1))
        ++cmykImages;
    EXPECT_EQ(cmykImages, 3u) << list.out;
    const std::string prefix = temp("image").string();
    ASSERT_EQ(runProcess("/usr/bin/pdfimages", {"-tiff", pdf, prefix}).exitCode, 0);
    for (int i = 0; i < 3; ++i) {
        const std::string extracted = prefix + "-00" + std::to_string(i) + ".tif";
        const auto bytes = readImageFile(extracted);
        ASSERT_TRUE(bytes) << extracted;
        const auto image = decodeRasterImage(*bytes);
        ASSERT_TRUE(image) << image.error().message;
        EXPECT_EQ(image.value().colour, ImageColour::Cmyk);
        const InkCoverage ink = inkCoverage(image.value(), 240);
        EXPECT_EQ(ink.pixelsOver, 0) << extracted;
        std::filesystem::remove(extracted);
    }

    // The page as the plant's RIP would render it, in CMYK (Ghostscript, trim box only, 50 dpi):
    // no pixel above the limit (text is 100 % black), and each patch's middle the colour it was.
    const std::string rendered = temp("page.tif").string();
    const ProcessOutput gs =
            runProcess("/usr/bin/gs", {"-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-dUseTrimBox",
                                       "-sDEVICE=tiff32nc", "-r50", "-o", rendered, pdf});
    ASSERT_EQ(gs.exitCode, 0) << gs.err;
    const auto bytes = readImageFile(rendered);
    ASSERT_TRUE(bytes);
    const auto image = decodeRasterImage(*bytes);
    ASSERT_TRUE(image) << image.error().message;
    const RasterImage& cmyk = image.value();
    ASSERT_EQ(cmyk.colour, ImageColour::Cmyk);
    EXPECT_EQ(inkCoverage(cmyk, 240).pixelsOver, 0);

    PageComposer composer;
    const auto layout = composer.layout(d);
    ASSERT_TRUE(layout) << layout.error().message;
    ASSERT_EQ(layout.value().images.size(), 3u);
    double worst = 0;
    for (std::size_t i = 0; i < 3; ++i) {
        const Rect& frame = layout.value().images[i].rect;
        for (std::size_t q = 0; q < 4; ++q) {
            // The quadrants meet at the frame's middle (the photo is centred as it is cropped).
            const double x = toPoints(frame.x) + toPoints(frame.width) * (q % 2 ? 0.75 : 0.25);
            const double y = toPoints(frame.y) + toPoints(frame.height) * (q / 2 ? 0.75 : 0.25);
            const int px = static_cast<int>(x * 50 / 72), py = static_cast<int>(y * 50 / 72);
            const std::uint8_t* pixel =
                    cmyk.samples.data() + (static_cast<std::size_t>(py) * cmyk.width + px) * 4;
            const int alpha = i != 1 ? 255 : q == 0 || q == 3 ? 255 : q == 1 ? 127 : 0;
            const double difference = printedDifference(onPaper(kPatches[q], alpha), pixel);
            std::cout << photos[i] << " patch " << q << ": CIEDE2000 " << difference << "\n";
            EXPECT_LT(difference, 3.0) << photos[i] << " patch " << q;
            worst = std::max(worst, difference);
        }
    }
    RecordProperty("worst_ciede2000", std::to_string(worst));
    std::filesystem::remove(rendered);
}

}  // namespace
