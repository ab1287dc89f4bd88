// A photo's resolution as `banmian export`'s preflight says it, against the print file it writes:
// what `pdfimages -list` (poppler) reads of the photo placed, and the placement itself, read from
// the PDF's content. Frames of several shapes, each photo filling its frame and cropped to it.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <regex>
#include <sstream>

#include "OneStoryPage.h"
#include "RunProcess.h"
#include "layout/document/Document.h"

namespace {

const std::string kBanmian = BANMIAN_EXECUTABLE;
const std::string kImages = std::string(BANMIAN_SOURCE_DIR) + "/tests/data/images/";

std::filesystem::path temp(const std::string& name) {
    return std::filesystem::temp_directory_path() / ("banmian-ppi-" + name);
}

std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {(std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>()};
}

// A page of one story and one photo of `image` in a frame `columns` wide and `lines` deep, with no
// caption (the whole frame is the photo's); the document's path.
std::string pageWithPhoto(const std::string& name, const std::string& image, int columns,
                          int lines) {
    return writePhotoPage(temp(name + ".banmian").string(), image, {0, columns, 0, lines + 20},
                          {0, columns, 10, lines}, "");
}

// The figure in the preflight's "… prints at 77 ppi in its frame"; -1 when none is said.
int saidPpi(const std::string& err) {
    std::smatch m;
    if (!std::regex_search(err, m, std::regex(R"(prints at (\d+) ppi in its frame)"))) return -1;
    return std::stoi(m[1]);
}

// `pdfimages -list`'s x-ppi and y-ppi of the file's one image.
std::pair<std::string, std::string> listedPpi(const std::string& pdf) {
    const ProcessOutput list = runProcess("/usr/bin/pdfimages", {"-list", pdf});
    std::istringstream lines(list.out);
    std::string line;
    std::getline(lines, line);  // the heading
    std::getline(lines, line);  // ----
    std::getline(lines, line);
    std::istringstream fields(line);
    std::vector<std::string> f;
    for (std::string field; fields >> field;) f.push_back(field);
    if (f.size() < 14) {
        ADD_FAILURE() << list.out << list.err;
        return {};
    }
    return {f[12], f[13]};  // page num type width height color comp bpc enc interp object ID x y
}

// The photo as the PDF places it: the frame it is clipped to and the image's own rectangle
// (`x y w h re W n  iw 0 0 ih ix iy cm /Im Do`), in points, read from the uncompressed content.
struct Placed {
    double x = 0, y = 0, w = 0, h = 0;      // the frame (the clip)
    double ix = 0, iy = 0, iw = 0, ih = 0;  // the whole image
};

std::optional<Placed> placedInPdf(const std::string& pdf) {
    const std::string qdf = pdf + ".qdf";
    if (runProcess("/usr/bin/qpdf", {"--qdf", "--object-streams=disable", pdf, qdf}).exitCode != 0)
        return std::nullopt;
    std::string body = readFile(qdf);
    std::filesystem::remove(qdf);
    const std::size_t drawn = body.find(" cm /Im");
    if (drawn == std::string::npos) return std::nullopt;
    body = body.substr(drawn > 200 ? drawn - 200 : 0, 220);  // the line that places the photo
    const std::string number = R"((-?[\d.]+))";
    std::smatch m;
    if (!std::regex_search(body, m,
                           std::regex(number + " " + number + " " + number + " " + number +
                                      " re W n " + number + " 0 0 " + number + " " + number + " " +
                                      number + R"( cm /Im\d+ Do)")))
        return std::nullopt;
    auto at = [&m](int i) { return std::stod(m[i]); };
    return Placed{at(1), at(2), at(3), at(4), at(7), at(8), at(5), at(6)};
}

// How pdfimages (poppler 22.12) prints a resolution: to the nearest whole number. (Poppler before
// 0.26 added ½ first, listing the figure rounded up.)
std::string asPdfimagesPrintsIt(double ppi) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.0f", ppi);
    return buffer;
}

struct Shape {
    std::string name, image;
    int width = 0, height = 0;   // the photo's pixels
    int columns = 0, lines = 0;  // its frame on the grid
    int ppi = 0;                 // what the preflight says, and pdfimages lists
    bool refused = false;        // under the 150 ppi the print file needs
};

// Each shape: the preflight's figure is the placement's in the file, to the nearest whole ppi,
// and it is the figure pdfimages lists — across and down alike, since one scale fills the frame.
TEST(PhotoResolution, ThePreflightSaysWhatPdfimagesReadsInTheFile) {
    const std::vector<Shape> shapes = {
            // 495 × 200 pt; filled across, cut top and bottom: 410 px over 495 pt.
            {"wide-frame-tall-photo", "photo-cmyk-410x600.jpg", 410, 600, 4, 16, 60, true},
            // 117 × 375 pt; filled down, cut at the sides: 400 px over 375 pt (its width alone
            // would say 369 ppi).
            {"tall-frame-wide-photo", "photo-cmyk-600x400.jpg", 600, 400, 1, 30, 77, true},
            // 243 × 237.5 pt, nearly square; a square photo, a sliver cut top and bottom.
            {"square", "photo-gray-512x512.jpg", 512, 512, 2, 19, 152, false},
            // 243 × 137.5 pt; a wide photo in a wider frame, cut top and bottom.
            {"wide-frame-wide-photo", "photo-cmyk-600x400.jpg", 600, 400, 2, 11, 178, false},
            // 117 × 500 pt; a tall photo in a taller frame, cut at the sides: 86.4 ppi.
            {"tall-frame-tall-photo", "photo-cmyk-410x600.jpg", 410, 600, 1, 40, 86, true},
    };
    for (const Shape& s : shapes) {
        SCOPED_TRACE(s.name);
        const std::string page = pageWithPhoto(s.name, kImages + s.image, s.columns, s.lines);
        const std::string pdf = temp(s.name + ".pdf").string();
        std::filesystem::remove(pdf);
        const ProcessOutput run = runProcess(kBanmian, {"export", page, "-o", pdf, "--force"});
        ASSERT_EQ(run.exitCode, 0) << run.err;
        EXPECT_EQ(saidPpi(run.err), s.ppi) << run.err;
        EXPECT_NE(run.err.find(s.refused ? "warning: story-0 (华泾镇举办主题活动): "
                                         : "warning: story-0 (华泾镇举办主题活动): "),
                  std::string::npos)
                << run.err;

        const auto placed = placedInPdf(pdf);
        ASSERT_TRUE(placed);
        // The frame filled: covered both ways, exactly one way, the photo centred on it.
        EXPECT_GE(placed->iw, placed->w - 0.002);
        EXPECT_GE(placed->ih, placed->h - 0.002);
        EXPECT_LT(std::min(placed->iw - placed->w, placed->ih - placed->h), 0.002);
        EXPECT_NEAR(placed->ix + placed->iw / 2, placed->x + placed->w / 2, 0.002);
        EXPECT_NEAR(placed->iy + placed->ih / 2, placed->y + placed->h / 2, 0.002);
        const double across = s.width * 72.0 / placed->iw, down = s.height * 72.0 / placed->ih;
        EXPECT_NEAR(across, down, 0.01);
        EXPECT_EQ(s.ppi, std::lround(across));

        const auto [x, y] = listedPpi(pdf);
        EXPECT_EQ(x, asPdfimagesPrintsIt(across));
        EXPECT_EQ(y, asPdfimagesPrintsIt(down));
        EXPECT_EQ(x, std::to_string(s.ppi));
        EXPECT_EQ(y, std::to_string(s.ppi));
        std::filesystem::remove(page);
        std::filesystem::remove(pdf);
    }
}

// A photo at 60 ppi where it prints is refused for the print file, with its block and its
// figure, and nothing is written; --force writes it, saying so; the same photo in a frame it
// fills at 200 ppi and more goes out without a word about it.
TEST(PhotoResolution, APhotoUnderTheMinimumRefusesThePrintExportUnlessForced) {
    const std::string page =
            pageWithPhoto("sixty", kImages + "photo-cmyk-410x600.jpg", 4, 16);  // 60 ppi
    const std::string pdf = temp("sixty.pdf").string();
    std::filesystem::remove(pdf);
    const std::string said = "story-0 (华泾镇举办主题活动): " + kImages +
                             "photo-cmyk-410x600.jpg prints at 60 ppi in its frame, under the 150 "
                             "ppi the print file needs: place a larger photo, or make the frame "
                             "smaller\n";

    const ProcessOutput refused = runProcess(kBanmian, {"export", page, "-o", pdf});
    EXPECT_EQ(refused.exitCode, 1) << refused.err;
    EXPECT_NE(refused.err.find("banmian export: error: " + said), std::string::npos) << refused.err;
    EXPECT_NE(refused.err.find("not exported: fix the above, or export anyway with --force"),
              std::string::npos);
    EXPECT_FALSE(std::filesystem::exists(pdf));

    const ProcessOutput forced = runProcess(kBanmian, {"export", page, "-o", pdf, "--force"});
    ASSERT_EQ(forced.exitCode, 0) << forced.err;
    EXPECT_NE(forced.err.find("banmian export: warning: " + said), std::string::npos) << forced.err;
    EXPECT_NE(forced.err.find("warning: exporting anyway (--force)"), std::string::npos);
    EXPECT_EQ(listedPpi(pdf).first, "60");

    // 1 column × 6 lines (117 × 75 pt): 600 px across fill it, 369 ppi; nothing to say.
    const std::string sharp = pageWithPhoto("sharp", kImages + "photo-cmyk-600x400.jpg", 1, 6);
    const ProcessOutput fine = runProcess(kBanmian, {"export", sharp, "-o", pdf});
    ASSERT_EQ(fine.exitCode, 0) << fine.err;
    EXPECT_EQ(saidPpi(fine.err), -1) << fine.err;
    EXPECT_GE(std::stoi(listedPpi(pdf).first), 200);
    std::filesystem::remove(page);
    std::filesystem::remove(sharp);
    std::filesystem::remove(pdf);
}

// The thresholds are the document's own: a plant that takes 50 ppi photos (a document saying so)
// gets the 60 ppi one with a warning, not a refusal.
TEST(PhotoResolution, TheThresholdsAreTheDocumentsPrintSettings) {
    using namespace banmian::layout;
    const std::string page = pageWithPhoto("lenient", kImages + "photo-cmyk-410x600.jpg", 4, 16);
    auto read = readDocument(page);
    ASSERT_TRUE(read);
    Document d = std::move(read).value();
    d.print = {50, 100};
    ASSERT_FALSE(writeDocument(d, page));
    const std::string pdf = temp("lenient.pdf").string();
    const ProcessOutput run = runProcess(kBanmian, {"export", page, "-o", pdf});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NE(run.err.find("warning: story-0 (华泾镇举办主题活动): " + kImages +
                           "photo-cmyk-410x600.jpg prints at 60 ppi in its frame, under the 100 "
                           "ppi of a sharp print"),
              std::string::npos)
            << run.err;
    std::filesystem::remove(page);
    std::filesystem::remove(pdf);
}

}  // namespace
