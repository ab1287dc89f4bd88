// The checks before a page goes to the plant, each with where it is.
#include "layout/compose/Preflight.h"

#include <gtest/gtest.h>

#include <fstream>

#include "layout/image/JpegInfo.h"

namespace banmian::layout {
namespace {

const std::string kImages = std::string(BANMIAN_TEST_DATA_DIR) + "/images/";

Page pageWithPhotos(const std::vector<std::string>& images) {
    Page page{pageGrid(PagePreset::Broadsheet), {}, {}};
    for (std::size_t i = 0; i < images.size(); ++i) {
        Block block;
        block.id = "photo-" + std::to_string(i);
        const int column = static_cast<int>(i);
        block.area = {{column, 1, 0, 20}};
        block.photos = {{{column, 1, 0, 10}, images[i], "", std::nullopt}};
        page.blocks.push_back(block);
    }
    return page;
}

// Whether a finding about block `where` says `part`, and stops the print export (an error) or not.
bool has(const std::vector<Diagnostic>& issues, const std::string& where, const std::string& part,
         bool blocking) {
    for (const Diagnostic& i : issues) {
        if (i.place.block == where && i.message.find(part) != std::string::npos &&
            (i.severity == Severity::Error) == blocking)
            return true;
    }
    return false;
}

TEST(Preflight, ReadsJpegHeaders) {
    std::ifstream in(kImages + "photo-cmyk-600x400.jpg", std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto info = readJpegInfo(bytes);
    ASSERT_TRUE(info.ok()) << info.error().message;
    EXPECT_EQ(info.value().width, 600);
    EXPECT_EQ(info.value().height, 400);
    EXPECT_EQ(info.value().components, 4);
    EXPECT_FALSE(readJpegInfo("GIF89a").ok());
    EXPECT_FALSE(readJpegInfo(bytes.substr(0, 20)).ok());  // cut off before its frame header
}

TEST(Preflight, ListsWhatThePlantWouldRejectWithWhereItIs) {
    const Page page =
            pageWithPhotos({kImages + "photo-cmyk-600x400.jpg", kImages + "photo-gray-600x400.jpg",
                            kImages + "photo-rgb-600x400.jpg", kImages + "photo-cmyk-120x80.jpg",
                            kImages + "missing.jpg", kImages + "README.md", ""});
    PageLayout layout;
    layout.diagnostics = {{.message = "12 lines (340 characters) overset",
                           .severity = Severity::Error,
                           .kind = "overset",
                           .place = {.block = "photo-6"}}};
    const auto issues = preflight(page, layout, {}, {});
    EXPECT_FALSE(has(issues, "photo-0", "", true));  // CMYK at 230 ppi: fine
    EXPECT_FALSE(has(issues, "photo-1", "", true));  // gray: fine
    EXPECT_FALSE(has(issues, "photo-2", "", true));  // RGB: separated at export
    // 80 pixels down a frame of 125 pt: 46 ppi.
    EXPECT_TRUE(has(issues, "photo-3",
                    "photo-cmyk-120x80.jpg prints at 46 ppi in its frame, under "
                    "the 150 ppi the print file needs",
                    true));
    EXPECT_TRUE(has(issues, "photo-4", "cannot be read", true));
    EXPECT_TRUE(has(issues, "photo-5", "not a JPEG", true));
    EXPECT_TRUE(has(issues, "photo-6", "a photo frame with no photo yet", true));
    EXPECT_TRUE(has(issues, "photo-6", "12 lines (340 characters) overset", true));
    std::size_t clean = 0;
    for (const auto& i : issues) clean += i.place.block == "photo-0" || i.place.block == "photo-1";
    EXPECT_EQ(clean, 0u);
    for (const auto& i : issues) {
        if (i.place.block == "photo-4") {
            EXPECT_EQ(i.kind, "photo-missing");
            EXPECT_EQ(i.place.photo, 0);
        }
        if (i.place.block == "photo-5") {
            EXPECT_EQ(i.kind, "photo-unusable");
        }
    }
}

// The layout's own findings are the preflight's: a character no installed face has stops the
// print export as overset does, said with its place and code point, once however often it
// occurs in one paragraph; a line a little too wide is only noted.
TEST(Preflight, ReadsTheLayoutsDiagnostics) {
    Page page{pageGrid(PagePreset::Broadsheet), {}, {}};
    Block block;
    block.id = "story-2";
    block.story = "xiaohui";
    block.area = {{0, 4, 1, 60}};
    page.blocks = {block};
    Story story;
    story.id = "xiaohui";
    story.headline = "集中销毁八百余公斤";
    const std::string missing =
            "U+10FFFD (“\U0010FFFD”) has no glyph in any installed font: it would print as a box";
    const DiagnosticPlace paragraph3{.block = "story-2",
                                     .story = 0,
                                     .headline = story.headline,
                                     .field = "body",
                                     .paragraph = 2};
    PageLayout layout;
    for (int offset : {6, 40}) {
        layout.diagnostics.push_back({.message = missing,
                                      .severity = Severity::Error,
                                      .kind = "missing-glyph",
                                      .place = paragraph3});
        layout.diagnostics.back().place.offset = offset;
    }
    layout.diagnostics.push_back({.message = "line 3 is wider than the column by 0.5 pt",
                                  .severity = Severity::Warning,
                                  .kind = "overfull-line",
                                  .place = paragraph3});
    const auto issues = preflight(page, layout, {story}, {});
    ASSERT_EQ(issues.size(), 2u);
    EXPECT_EQ(issues[0].severity, Severity::Error);
    EXPECT_EQ(issues[0].kind, "missing-glyph");
    EXPECT_EQ(describe(issues[0]),
              "story-2 (集中销毁八百余公斤): paragraph 3: " + missing + " (2 times)");
    EXPECT_EQ(issues[1].severity, Severity::Warning);
    EXPECT_FALSE(has(issues, "story-2", "wider than the column", true));
}

TEST(Preflight, TakesCmykAndGrayPngAndTiffAndSaysWhatIsWrongWithTheRest) {
    const Page page = pageWithPhotos({kImages + "cmyk-600x400.tif", kImages + "gray-4x2.png",
                                      kImages + "rgb-2x2.png", kImages + "rgb-3x2.tif",
                                      kImages + "gray-truncated.png", kImages + "README.md",
                                      kImages + "palette-gray-4x1.png"});
    const auto issues = preflight(page, PageLayout{}, {}, {});
    std::size_t aboutTheTiff = 0;
    for (const auto& i : issues) aboutTheTiff += i.place.block == "photo-0";
    EXPECT_EQ(aboutTheTiff, 0u);                        // CMYK at 230 ppi: nothing to say
    EXPECT_FALSE(has(issues, "photo-1", "RGB", true));  // gray: it prints
    EXPECT_TRUE(has(issues, "photo-1", "1 ppi in its frame", true));  // but 2 pixels down
    EXPECT_FALSE(has(issues, "photo-2", "RGB", true));                // separated at export
    EXPECT_FALSE(has(issues, "photo-3", "RGB", true));
    EXPECT_TRUE(has(issues, "photo-4", "gray-truncated.png: the PNG file is cut short", true));
    EXPECT_TRUE(has(issues, "photo-5", "README.md: not a JPEG, PNG or TIFF file", true));
    EXPECT_FALSE(has(issues, "photo-6", "RGB", true));  // a palette of grays is gray
}

// What the press makes of the photos' colour: a note for each separated, a warning for a CMYK
// photo above the ink limit (the picture desk's separation, left as it is), an error for one
// whose own profile does not fit its pixels; what cannot be read is preflight()'s to say.
TEST(Preflight, SaysWhichPhotosAreSeparatedAndWhichCarryTooMuchInk) {
    const std::string mismatched = testing::TempDir() + "/rgb-with-a-gray-profile.jpg";
    {
        // An RGB JPEG carrying a gray profile in APP2 (ICC.1 Annex B.4): its pixels say RGB.
        std::ifstream jpeg(kImages + "photo-rgb-600x400.jpg", std::ios::binary);
        std::ifstream icc("/usr/share/color/icc/ghostscript/sgray.icc", std::ios::binary);
        const std::string bytes{std::istreambuf_iterator<char>(jpeg), {}};
        const std::string profile{std::istreambuf_iterator<char>(icc), {}};
        ASSERT_LT(profile.size(), 65519u);
        const std::size_t length = 2 + 14 + profile.size();
        std::string app2 = "\xFF\xE2";
        app2 += static_cast<char>(length >> 8);
        app2 += static_cast<char>(length & 0xFF);
        app2 += std::string("ICC_PROFILE\0\x01\x01", 14) + profile;
        std::ofstream(mismatched, std::ios::binary)
                << bytes.substr(0, 2) << app2 << bytes.substr(2);
    }
    const Page page = pageWithPhotos({kImages + "photo-rgb-600x400.jpg", kImages + "cmyk16-2x1.tif",
                                      kImages + "photo-cmyk-600x400.jpg", kImages + "missing.jpg",
                                      mismatched, ""});
    PrintPhotos photos({.outputProfile = {}, .intent = {}, .inkLimit = 150});
    const auto issues = preflightPhotoColour(page, {}, photos);
    std::string said;
    for (const Diagnostic& issue : issues) said += describe(issue) + "\n";
    ASSERT_EQ(issues.size(), 3u) << said;
    EXPECT_EQ(issues[0].kind, "photo-separated");
    EXPECT_EQ(issues[0].severity, Severity::Note);
    EXPECT_EQ(issues[0].place.block, "photo-0");
    EXPECT_EQ(issues[0].message,
              kImages +
                      "photo-rgb-600x400.jpg: RGB (no profile of its own: sRGB assumed) "
                      "separated to CMYK for Artifex CMYK SWOP Profile, relative colorimetric "
                      "with black-point compensation, total ink at most 150 %");
    // 16-bit C M Y K of FFFF 8080 4040 0000: 100 + 50 + 25 %.
    EXPECT_EQ(issues[1].kind, "photo-ink");
    EXPECT_EQ(issues[1].severity, Severity::Warning);
    EXPECT_EQ(issues[1].place.block, "photo-1");
    EXPECT_NE(issues[1].message.find("carries up to 175 % ink in places, above the 150 %"),
              std::string::npos)
            << issues[1].message;
    EXPECT_EQ(issues[2].kind, "photo-colour");
    EXPECT_EQ(issues[2].severity, Severity::Error);
    EXPECT_EQ(issues[2].place.block, "photo-4");
    EXPECT_NE(issues[2].message.find("cannot be separated to CMYK: its embedded colour profile "
                                     "is not for its RGB pixels"),
              std::string::npos)
            << issues[2].message;
}

// A photo is judged where it prints, by the one scale that fills its frame (placePhoto(), as the
// PDF places it): 600 × 400 pixels down a frame one column wide and 30 lines deep print at 77 ppi,
// however many pixels it has across (its width alone would say 369).
TEST(Preflight, JudgesAPhotoByTheScaleThatFillsItsFrame) {
    Page page = pageWithPhotos({kImages + "photo-cmyk-600x400.jpg"});
    page.blocks[0].area = {{0, 1, 0, 40}};
    page.blocks[0].photos[0].area = {0, 1, 0, 30};
    const auto issues = preflight(page, PageLayout{}, {}, {});
    ASSERT_EQ(issues.size(), 1u);
    EXPECT_EQ(issues[0].kind, "photo-resolution");
    EXPECT_EQ(issues[0].severity, Severity::Error);
    EXPECT_EQ(issues[0].place.photo, 0);
    EXPECT_EQ(describe(issues[0]),
              "photo-0: " + kImages +
                      "photo-cmyk-600x400.jpg prints at 77 ppi in its frame, under the 150 ppi the "
                      "print file needs: place a larger photo, or make the frame smaller");

    // Where the layout sets it — the frame less the caption's lines — not its grid rectangle:
    // in 5 lines' depth the photo is cut top and bottom, and its width decides: 369 ppi.
    PageLayout layout;
    Rect printed = page.grid.rect(page.blocks[0].photos[0].area);
    printed.height = 5 * page.grid.leading;
    layout.images = {{printed, page.blocks[0].photos[0].image, {}, 0, 0}};
    EXPECT_EQ(photoRect(page, layout, 0, 0), printed);
    EXPECT_TRUE(preflight(page, layout, {}, {}).empty());
}

// A photo the designer scaled up in its frame prints with fewer pixels an inch: the preflight
// judges it at the crop's scale, as the PDF places it (369 ppi filling a 5-line frame; at 200 %,
// 185, under the good 200; at 300 %, 123, under the minimum 150).
TEST(Preflight, JudgesACroppedPhotoAtItsScale) {
    Page page = pageWithPhotos({kImages + "photo-cmyk-600x400.jpg"});
    page.blocks[0].area = {{0, 1, 0, 40}};
    page.blocks[0].photos[0].area = {0, 1, 0, 5};
    EXPECT_TRUE(preflight(page, PageLayout{}, {}, {}).empty());
    page.blocks[0].photos[0].crop = {2, 0.2, 0.5};
    auto issues = preflight(page, PageLayout{}, {}, {});
    ASSERT_EQ(issues.size(), 1u);
    EXPECT_EQ(issues[0].severity, Severity::Warning);
    EXPECT_NE(issues[0].message.find("prints at 185 ppi"), std::string::npos) << issues[0].message;
    page.blocks[0].photos[0].crop.scale = 3;
    issues = preflight(page, PageLayout{}, {}, {});
    ASSERT_EQ(issues.size(), 1u);
    EXPECT_EQ(issues[0].severity, Severity::Error);
    EXPECT_NE(issues[0].message.find("prints at 123 ppi"), std::string::npos) << issues[0].message;
}

// The thresholds are the document's: under the minimum an error (the print export refuses it),
// under the good figure a warning, from there up nothing; the figure said is the figure judged.
TEST(Preflight, TakesTheThresholdsFromTheDocumentsPrintSettings) {
    Page page = pageWithPhotos({kImages + "photo-cmyk-600x400.jpg"});
    page.blocks[0].area = {{0, 1, 0, 40}};
    page.blocks[0].photos[0].area = {0, 1, 0, 30};  // 77 ppi, as above
    const Rect frame = page.grid.rect(page.blocks[0].photos[0].area);
    const auto info = photoInfo(page.blocks[0].photos[0].image);
    ASSERT_TRUE(info.ok());
    struct Case {
        PrintSettings print;
        std::optional<Severity> finding;
        std::string said;
    };
    for (const Case& c : {Case{{.minPhotoPpi = 78, .goodPhotoPpi = 200},
                               Severity::Error,
                               "77 ppi in its frame, under the 78 ppi"},
                          Case{{.minPhotoPpi = 77, .goodPhotoPpi = 200},
                               Severity::Warning,
                               "77 ppi in its frame, under the 200"},
                          Case{{.minPhotoPpi = 60, .goodPhotoPpi = 78},
                               Severity::Warning,
                               "under the 78 ppi of a sharp print"},
                          Case{{.minPhotoPpi = 60, .goodPhotoPpi = 77}, std::nullopt, ""}}) {
        SCOPED_TRACE(c.print.minPhotoPpi);
        const PhotoResolution resolution = photoResolution(info.value(), frame, c.print);
        EXPECT_EQ(resolution.ppi, 77);
        EXPECT_EQ(resolution.finding, c.finding);
        const auto issues = preflight(page, PageLayout{}, {}, c.print);
        ASSERT_EQ(issues.size(), c.finding ? 1u : 0u);
        if (c.finding) {
            EXPECT_EQ(issues[0].severity, *c.finding);
            EXPECT_NE(issues[0].message.find(c.said), std::string::npos) << issues[0].message;
        }
    }
}

}  // namespace
}  // namespace banmian::layout
