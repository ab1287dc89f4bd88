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

bool has(const std::vector<PreflightIssue>& issues, const std::string& where,
         const std::string& part, bool blocking) {
    for (const PreflightIssue& i : issues) {
        if (i.where == where && i.message.find(part) != std::string::npos && i.blocking == blocking)
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
    layout.copyfit = {{6, 0, 12, 340, 0, {}}};
    const auto issues = preflight(page, layout, {});
    EXPECT_FALSE(has(issues, "photo-0", "", true));  // CMYK at 369 ppi: fine
    EXPECT_FALSE(has(issues, "photo-1", "", true));  // gray: fine
    EXPECT_TRUE(has(issues, "photo-2", "is RGB", true));
    EXPECT_TRUE(has(issues, "photo-3", "74 ppi", false));
    EXPECT_TRUE(has(issues, "photo-4", "cannot be read", true));
    EXPECT_TRUE(has(issues, "photo-5", "not a JPEG", true));
    EXPECT_TRUE(has(issues, "photo-6", "placeholder", false));
    EXPECT_TRUE(has(issues, "photo-6", "12 lines (340 characters) overset", true));
    std::size_t clean = 0;
    for (const auto& i : issues) clean += i.where == "photo-0" || i.where == "photo-1";
    EXPECT_EQ(clean, 0u);
}

TEST(Preflight, TakesCmykAndGrayPngAndTiffAndSaysWhatIsWrongWithTheRest) {
    const Page page = pageWithPhotos({kImages + "cmyk-600x400.tif", kImages + "gray-4x2.png",
                                      kImages + "rgb-2x2.png", kImages + "rgb-3x2.tif",
                                      kImages + "gray-truncated.png", kImages + "README.md",
                                      kImages + "palette-gray-4x1.png"});
    const auto issues = preflight(page, PageLayout{}, {});
    std::size_t aboutTheTiff = 0;
    for (const auto& i : issues) aboutTheTiff += i.where == "photo-0";
    EXPECT_EQ(aboutTheTiff, 0u);                     // CMYK at 369 ppi: nothing to say
    EXPECT_FALSE(has(issues, "photo-1", "", true));  // gray: it prints
    EXPECT_TRUE(has(issues, "photo-1", "2 ppi at its size", false));  // but 4 pixels wide
    EXPECT_TRUE(has(issues, "photo-2", "rgb-2x2.png is RGB; PDF/X-1a takes CMYK or gray", true));
    EXPECT_TRUE(has(issues, "photo-3", "rgb-3x2.tif is RGB; PDF/X-1a takes CMYK or gray", true));
    EXPECT_TRUE(has(issues, "photo-4", "gray-truncated.png: the PNG file is cut short", true));
    EXPECT_TRUE(has(issues, "photo-5", "README.md: not a JPEG, PNG or TIFF file", true));
    EXPECT_FALSE(has(issues, "photo-6", "", true));  // a palette of grays is gray
}

}  // namespace
}  // namespace banmian::layout
