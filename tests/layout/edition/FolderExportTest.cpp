// A folder edition sent to the plant through the one export the database's edition goes through:
// the signed pages only, named as the plant asks, and marked 已付印 in edition.json.
#include "layout/edition/FolderExport.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "layout/edition/FolderEdition.h"
#include "layout/proof/Rounds.h"

namespace banmian::layout {
namespace {

namespace fs = std::filesystem;

class FolderExport : public ::testing::Test {
protected:
    void SetUp() override {
        root = fs::temp_directory_path() / ("banmian-folder-export-" + std::to_string(::getpid()));
        fs::remove_all(root);
        folder = root / "edition";
        edition = {"徐汇报", {2026, 12, 6}, numberedPages(2)};
        ASSERT_FALSE(createFolderEdition(folder, edition, [&](const EditionPage& p) {
            return newEditionPage(edition.paper, edition.date, PagePreset::Tabloid, p);
        }));
    }
    void TearDown() override { fs::remove_all(root); }

    void signPage(int number) {
        Document page = readDocument(folderPageFile(folder, number)).value();
        ASSERT_FALSE(openFirstRound(page, "编辑 王", "2026-12-05T22:00:00+08:00"));
        ASSERT_FALSE(signOff(page, "总编 张", "2026-12-05T23:30:00+08:00"));
        ASSERT_FALSE(writeDocument(page, folderPageFile(folder, number)));
    }

    fs::path root, folder;
    Edition edition;
};

std::string head(const fs::path& file, std::size_t bytes) {
    std::ifstream in(file, std::ios::binary);
    std::string text(bytes, '\0');
    in.read(text.data(), static_cast<std::streamsize>(bytes));
    return text.substr(0, static_cast<std::size_t>(in.gcount()));
}

TEST_F(FolderExport, OnlyTheSignedPageGoesAndIsMarkedSent) {
    signPage(2);
    EditionExportOptions options;
    options.folder = root / "plant";
    options.nameTemplate = "XHB{date}A{page2}.pdf";
    PageComposer composer;
    auto report = exportFolderEdition(folder, edition, composer, options);
    ASSERT_TRUE(report) << report.error().message;
    ASSERT_EQ(report.value().size(), 2u);

    EXPECT_TRUE(report.value()[0].file.empty());
    EXPECT_NE(report.value()[0].skipped.find("--all"), std::string::npos)
            << report.value()[0].skipped;
    EXPECT_FALSE(fs::exists(root / "plant" / "XHB20261206A01.pdf"));
    EXPECT_EQ(report.value()[1].file, "XHB20261206A02.pdf");
    EXPECT_TRUE(report.value()[1].sent);
    EXPECT_EQ(head(root / "plant" / "XHB20261206A02.pdf", 5), "%PDF-");

    // edition.json says so: the page plan shows it 已付印, the other still 排版中.
    const Edition read = readFolderEdition(folder).value();
    EXPECT_FALSE(read.page(1)->sent);
    EXPECT_TRUE(read.page(2)->sent);
    EXPECT_FALSE(read.page(2)->sentAt.empty());
    const std::vector<PageStatus> plan = folderStatus(folder, read).value();
    EXPECT_EQ(stateName(plan[0].state), "排版中");
    EXPECT_EQ(stateName(plan[1].state), "已付印");
}

TEST_F(FolderExport, EveryPageAsACheckMarksNoneSent) {
    EditionExportOptions options;
    options.folder = root / "check";
    options.everyPage = true;
    PageComposer composer;
    auto report = exportFolderEdition(folder, edition, composer, options);
    ASSERT_TRUE(report) << report.error().message;
    EXPECT_EQ(head(root / "check" / "20261206-01.pdf", 5), "%PDF-");
    EXPECT_EQ(head(root / "check" / "20261206-02.pdf", 5), "%PDF-");
    const Edition read = readFolderEdition(folder).value();
    EXPECT_FALSE(read.page(1)->sent || read.page(2)->sent);
}

TEST_F(FolderExport, ATemplateGivingTwoPagesOneNameWritesNothing) {
    signPage(1);
    signPage(2);
    EditionExportOptions options;
    options.folder = root / "plant";
    options.nameTemplate = "XHB{date}.pdf";
    PageComposer composer;
    auto report = exportFolderEdition(folder, edition, composer, options);
    ASSERT_FALSE(report);
    EXPECT_NE(report.error().message.find("{page2}"), std::string::npos);
    EXPECT_TRUE(fs::is_empty(root / "plant"));
    EXPECT_FALSE(readFolderEdition(folder).value().page(1)->sent);
}

}  // namespace
}  // namespace banmian::layout
