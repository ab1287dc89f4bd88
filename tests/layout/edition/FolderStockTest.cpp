// A folder edition's stock: the day's stories brought in once, by their ids, kept whole.
#include "layout/edition/FolderStock.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "layout/edition/FolderEdition.h"

namespace banmian::layout {
namespace {

namespace fs = std::filesystem;

Story story(const std::string& id, const std::string& headline) {
    Story s;
    s.id = id;
    s.headline = headline;
    s.paragraphs = {headline + "的正文。"};
    return s;
}

class FolderStock : public ::testing::Test {
protected:
    void SetUp() override {
        folder = fs::temp_directory_path() / ("banmian-stock-" + std::to_string(::getpid()));
        fs::remove_all(folder);
        edition = {"徐汇报", {2026, 12, 6}, numberedPages(2)};
        ASSERT_FALSE(createFolderEdition(folder, edition, [&](const EditionPage& p) {
            return newEditionPage(edition.paper, edition.date, PagePreset::Tabloid, p);
        }));
    }
    void TearDown() override { fs::remove_all(folder); }

    fs::path folder;
    Edition edition;
};

TEST_F(FolderStock, StoriesComeInOnceByTheirIds) {
    EXPECT_TRUE(readFolderStock(folder).value().empty());
    auto added = importIntoFolderStock(folder, edition, {story("a", "甲"), story("b", "乙")});
    ASSERT_TRUE(added) << added.error().message;
    EXPECT_EQ(added.value(), 2);

    // The same day's file again, with one story more: only that one is new.
    added = importIntoFolderStock(folder, edition,
                                  {story("a", "甲"), story("b", "乙"), story("c", "丙")});
    ASSERT_TRUE(added) << added.error().message;
    EXPECT_EQ(added.value(), 1);
    const std::vector<Story> stock = readFolderStock(folder).value();
    ASSERT_EQ(stock.size(), 3u);
    EXPECT_EQ(stock[0].id, "a");
    EXPECT_EQ(stock[2].headline, "丙");
    EXPECT_EQ(stock[2].paragraphs, std::vector<std::string>{"丙的正文。"});
}

TEST_F(FolderStock, AStoryOnAPageAlreadyIsNotBroughtAgain) {
    Document page = readDocument(folderPageFile(folder, 1)).value();
    page.stories.push_back(story("placed", "已上版"));
    ASSERT_FALSE(writeDocument(page, folderPageFile(folder, 1)));
    auto added = importIntoFolderStock(folder, edition, {story("placed", "已上版")});
    ASSERT_TRUE(added) << added.error().message;
    EXPECT_EQ(added.value(), 0);
    EXPECT_TRUE(readFolderStock(folder).value().empty());
}

TEST_F(FolderStock, ABrokenStockFileIsSaidAndLeftAsItIs) {
    { std::ofstream(folder / kStockFile) << "{\"format\": \"banmian-stock\", \"version\": 1, "; }
    auto added = importIntoFolderStock(folder, edition, {story("a", "甲")});
    ASSERT_FALSE(added);
    EXPECT_NE(added.error().message.find(kStockFile), std::string::npos) << added.error().message;
    EXPECT_EQ(fs::file_size(folder / kStockFile), 42u);
}

}  // namespace
}  // namespace banmian::layout
