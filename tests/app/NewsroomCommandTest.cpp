// The newsroom's commands as a script runs them, against a real PostgreSQL server of the test's
// own: the schema made, an edition made, a page pushed, marked, pulled, signed and sent.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "RunProcess.h"
#include "ThrowAwayServer.h"
#include "layout/document/Document.h"
#include "layout/edition/Edition.h"
#include "layout/proof/Rounds.h"

namespace {

namespace fs = std::filesystem;
using namespace banmian::layout;

const std::string kBanmian = BANMIAN_EXECUTABLE;

class NewsroomCommand : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(server.running()) << server.error();
        url = server.createDatabase("news");
        folder = fs::path(server.folder()) / "work";
        fs::create_directories(folder);
    }
    ProcessOutput banmian(std::vector<std::string> args) {
        return runProcess(kBanmian, args, {}, {"USER=designer"}, 300);
    }
    std::vector<std::string> on(std::vector<std::string> args) {
        args.insert(args.end(), {"--db", url, "--date", "2026-12-06"});
        return args;
    }
    nlohmann::json status() {
        const ProcessOutput out = banmian(on({"edition", "status"}));
        EXPECT_EQ(out.exitCode, 0) << out.err;
        return nlohmann::json::parse(out.out, nullptr, false);
    }
    std::string at(const std::string& name) const { return (folder / name).string(); }

    ThrowAwayServer server;
    std::string url;
    fs::path folder;
};

TEST_F(NewsroomCommand, AnEditionIsMadeMarkedSignedAndSent) {
    ProcessOutput out = banmian({"newsroom", "init", "--db", url});
    ASSERT_EQ(out.exitCode, 0) << out.err;
    EXPECT_NE(out.out.find("created Banmian's schema"), std::string::npos) << out.out;
    out = banmian({"newsroom", "migrate", "--db", url});
    ASSERT_EQ(out.exitCode, 0) << out.err;
    EXPECT_NE(out.out.find("up to date"), std::string::npos) << out.out;

    out = banmian(on({"edition", "create", "--paper", "徐汇报", "--pages", "4"}));
    ASSERT_EQ(out.exitCode, 0) << out.err;
    out = banmian({"compose", BANMIAN_SOURCE_DIR "/seeds/xuhui-front-page.txt", "-o",
                   at("front.banmian")});
    ASSERT_EQ(out.exitCode, 0) << out.err;
    out = banmian(on({"page", "push", "--page", "1", at("front.banmian")}));
    ASSERT_EQ(out.exitCode, 0) << out.err;

    nlohmann::json pages = status()["pages"];
    ASSERT_EQ(pages.size(), 4u);
    EXPECT_EQ(pages[0]["state"], "composing");
    EXPECT_EQ(pages[0]["stateName"], "排版中");
    EXPECT_GT(pages[0]["stories"].get<int>(), 5);
    EXPECT_EQ(pages[1]["stories"], 0);

    // A proofreader marks the lead story's first words, by the story's id.
    const Document front = readDocument(at("front.banmian")).value();
    const Story& lead = front.stories[0];
    const std::string words = lead.paragraphs[0].substr(0, 9);
    out = banmian(on({"proof", "mark", "--page", "1", "--author", "李校", "--kind", "delete",
                      "--story", lead.id, "--text", words}));
    ASSERT_EQ(out.exitCode, 0) << out.err;
    EXPECT_EQ(status()["pages"][0]["marks"]["open"], 1);
    out = banmian(
            on({"proof", "mark", "--page", "1", "--story", lead.id, "--text", "这几个字不在稿中"}));
    EXPECT_EQ(out.exitCode, 1);
    EXPECT_NE(out.err.find("is not in the story"), std::string::npos) << out.err;

    // Pulled, the page carries the mark; a file there is not written over without --force.
    out = banmian(on({"page", "pull", "--page", "1", at("front.banmian")}));
    EXPECT_EQ(out.exitCode, 1) << out.out;
    EXPECT_NE(out.err.find("--force"), std::string::npos) << out.err;
    out = banmian(on({"page", "pull", "--page", "1", at("pulled.banmian")}));
    ASSERT_EQ(out.exitCode, 0) << out.err;
    Document pulled = readDocument(at("pulled.banmian")).value();
    ASSERT_EQ(pulled.marks.size(), 1u);
    EXPECT_EQ(pulled.marks[0].text, words);
    EXPECT_EQ(pulled.marks[0].author, "李校");
    EXPECT_EQ(pulled.page.blocks, front.page.blocks);

    // Nothing is signed: nothing goes to the plant, unless every page is asked for as a check.
    out = banmian(on({"edition", "export", "-o", at("plant")}));
    ASSERT_EQ(out.exitCode, 0) << out.err;
    EXPECT_NE(out.out.find("0 print files"), std::string::npos) << out.out;

    // The editor signs page 1 off; production sends it, named as the plant asks.
    ASSERT_FALSE(openFirstRound(pulled, "编辑 王", "2026-12-05T22:00:00+08:00"));
    ASSERT_FALSE(signOff(pulled, "总编 张", "2026-12-05T23:30:00+08:00"));
    ASSERT_FALSE(writeDocument(pulled, at("signed.banmian")));
    out = banmian(on({"page", "push", "--page", "1", at("signed.banmian")}));
    ASSERT_EQ(out.exitCode, 0) << out.err;
    EXPECT_EQ(status()["pages"][0]["stateName"], "签版");
    // The seed's photo frames have no photos yet: the preflight stops the page, which stays 签版.
    out = banmian(on({"edition", "export", "-o", at("plant"), "--name", "XHB{date}A{page2}.pdf"}));
    EXPECT_EQ(out.exitCode, 1);
    EXPECT_NE(out.err.find("error: story"), std::string::npos) << out.err;
    EXPECT_NE(out.out.find("refused by the preflight"), std::string::npos) << out.out;
    EXPECT_FALSE(fs::exists(at("plant/XHB20261206A01.pdf")));
    EXPECT_EQ(status()["pages"][0]["stateName"], "签版");
    out = banmian(on({"edition", "export", "-o", at("plant"), "--name", "XHB{date}A{page2}.pdf",
                      "--force"}));
    ASSERT_EQ(out.exitCode, 0) << out.err;
    EXPECT_TRUE(fs::exists(at("plant/XHB20261206A01.pdf"))) << out.out;
    EXPECT_FALSE(fs::exists(at("plant/XHB20261206A02.pdf")));
    pages = status()["pages"];
    EXPECT_EQ(pages[0]["state"], "sent");
    EXPECT_EQ(pages[0]["stateName"], "已付印");
    const ProcessOutput text =
            runProcess("/usr/bin/pdftotext", {at("plant/XHB20261206A01.pdf"), "-"});
    EXPECT_NE(text.out.find(lead.headline.substr(0, 9)), std::string::npos);

    // A signed page takes no more marks.
    out = banmian(on({"proof", "mark", "--page", "1", "--story", lead.id, "--text", words}));
    EXPECT_EQ(out.exitCode, 1);
    EXPECT_NE(out.err.find("签样"), std::string::npos) << out.err;
}

TEST_F(NewsroomCommand, AWrongDatabaseIsSaidWithWhatToDo) {
    ProcessOutput out = banmian(
            {"edition", "status", "--db", "host=/nonexistent dbname=x", "--date", "2026-12-06"});
    EXPECT_EQ(out.exitCode, 1);
    EXPECT_NE(out.err.find("cannot reach"), std::string::npos) << out.err;
    out = banmian(on({"edition", "status"}));
    EXPECT_EQ(out.exitCode, 1);
    EXPECT_NE(out.err.find("banmian newsroom init"), std::string::npos) << out.err;
    ASSERT_EQ(banmian({"newsroom", "init", "--db", url}).exitCode, 0);
    out = banmian(on({"edition", "status"}));
    EXPECT_EQ(out.exitCode, 1);
    EXPECT_NE(out.err.find("banmian edition create"), std::string::npos) << out.err;
    out = banmian({"edition", "status", "--date", "2026-12-06"});
    EXPECT_NE(out.err.find("--db URL"), std::string::npos) << out.err;
    out = banmian(
            on({"page", "push", "--page", "1", BANMIAN_SOURCE_DIR "/seeds/xuhui-front-page.txt"}));
    EXPECT_EQ(out.exitCode, 1);
}

}  // namespace

namespace {

// A paper with no database server: its edition in a folder, with the same plan and jumps.
TEST(FolderEditionCommand, AnEditionInAFolderHasItsPlanAndMovesPagesInAndOut) {
    const fs::path folder =
            fs::temp_directory_path() / ("banmian-folder-edition-" + std::to_string(::getpid()));
    fs::remove_all(folder);
    const std::string edition = (folder / "2026-12-06").string();
    auto banmian = [](std::vector<std::string> args) {
        return runProcess(kBanmian, args, {}, {}, 300);
    };
    ProcessOutput out = banmian({"edition", "create", "--folder", edition, "--paper", "徐汇报",
                                 "--date", "2026-12-06", "--pages", "4"});
    ASSERT_EQ(out.exitCode, 0) << out.err;
    EXPECT_TRUE(fs::exists(edition + "/edition.json"));
    EXPECT_TRUE(fs::exists(edition + "/page-04.banmian"));
    out = banmian({"edition", "create", "--folder", edition, "--paper", "徐汇报", "--date",
                   "2026-12-06", "--pages", "4"});
    EXPECT_EQ(out.exitCode, 1);
    EXPECT_NE(out.err.find("has an edition"), std::string::npos) << out.err;

    out = banmian({"compose", BANMIAN_SOURCE_DIR "/seeds/xuhui-front-page.txt", "-o",
                   (folder / "front.banmian").string()});
    ASSERT_EQ(out.exitCode, 0) << out.err;
    out = banmian({"page", "push", "--folder", edition, "--page", "1",
                   (folder / "front.banmian").string()});
    ASSERT_EQ(out.exitCode, 0) << out.err;
    out = banmian({"edition", "status", "--folder", edition});
    ASSERT_EQ(out.exitCode, 0) << out.err;
    const auto plan = nlohmann::json::parse(out.out, nullptr, false);
    ASSERT_EQ(plan["pages"].size(), 4u) << out.out;
    EXPECT_EQ(plan["pages"][0]["stateName"], "排版中");
    EXPECT_GT(plan["pages"][0]["stories"].get<int>(), 5);
    EXPECT_EQ(plan["pages"][2]["file"], "page-03.banmian");

    // Page 3 pulled out: its number is the edition's, its 报眉 at the top.
    out = banmian({"page", "pull", "--folder", edition, "--page", "3",
                   (folder / "three.banmian").string()});
    ASSERT_EQ(out.exitCode, 0) << out.err;
    const Document three = readDocument(folder / "three.banmian").value();
    EXPECT_EQ(three.page.number, 3);
    ASSERT_EQ(three.page.blocks.size(), 1u);
    EXPECT_EQ(three.page.blocks[0].kind, BlockKind::Folio);
    EXPECT_EQ(three.page.blocks[0].area.front().line, 0);
    fs::remove_all(folder);
}

// The day's articles into a folder edition's stock, and its signed pages to the plant, as the
// database's edition takes and sends them.
TEST(FolderEditionCommand, ArticlesComeInAndOnlySignedPagesGoToThePlant) {
    const fs::path folder =
            fs::temp_directory_path() / ("banmian-folder-export-" + std::to_string(::getpid()));
    fs::remove_all(folder);
    const std::string edition = (folder / "2026-12-06").string();
    auto banmian = [](std::vector<std::string> args) {
        return runProcess(kBanmian, args, {}, {}, 300);
    };
    ProcessOutput out = banmian({"edition", "create", "--folder", edition, "--paper", "徐汇报",
                                 "--date", "2026-12-06", "--pages", "2"});
    ASSERT_EQ(out.exitCode, 0) << out.err;

    out = banmian({"edition", "import", "--folder", edition,
                   BANMIAN_SOURCE_DIR "/seeds/xuhui-front-page.txt"});
    ASSERT_EQ(out.exitCode, 0) << out.err;
    EXPECT_NE(out.out.find("into the edition's stock"), std::string::npos) << out.out;
    EXPECT_TRUE(fs::exists(edition + "/stock.json"));
    out = banmian({"edition", "status", "--folder", edition});
    ASSERT_EQ(out.exitCode, 0) << out.err;
    EXPECT_GT(nlohmann::json::parse(out.out, nullptr, false)["stock"].get<int>(), 5) << out.out;
    // A page document is no article file: said so, the stock left as it was.
    out = banmian({"edition", "import", "--folder", edition, edition + "/page-01.banmian"});
    EXPECT_EQ(out.exitCode, 1);
    EXPECT_FALSE(out.err.empty());

    // The editor signs page 2 off in its file; page 1 is still being composed.
    Document two = readDocument(edition + "/page-02.banmian").value();
    ASSERT_FALSE(openFirstRound(two, "编辑 王", "2026-12-05T22:00:00+08:00"));
    ASSERT_FALSE(signOff(two, "总编 张", "2026-12-05T23:30:00+08:00"));
    ASSERT_FALSE(writeDocument(two, edition + "/page-02.banmian"));

    const fs::path plant = folder / "plant";
    out = banmian({"edition", "export", "--folder", edition, "-o", plant.string(), "--name",
                   "XHB{date}A{page2}.pdf"});
    ASSERT_EQ(out.exitCode, 0) << out.err;
    EXPECT_FALSE(fs::exists(plant / "XHB20261206A01.pdf"));
    // Page 1 is not sent, and the line says what would send it.
    EXPECT_NE(out.out.find("page 1: not written: not signed off (签样)"), std::string::npos)
            << out.out;
    EXPECT_NE(out.out.find("--all"), std::string::npos) << out.out;
    std::ifstream pdf(plant / "XHB20261206A02.pdf", std::ios::binary);
    std::string magic(5, '\0');
    pdf.read(magic.data(), 5);
    EXPECT_EQ(magic, "%PDF-");

    out = banmian({"edition", "status", "--folder", edition});
    ASSERT_EQ(out.exitCode, 0) << out.err;
    const auto plan = nlohmann::json::parse(out.out, nullptr, false);
    EXPECT_EQ(plan["pages"][0]["state"], "composing");
    EXPECT_EQ(plan["pages"][1]["state"], "sent");
    EXPECT_EQ(plan["pages"][1]["stateName"], "已付印");
    fs::remove_all(folder);
}

}  // namespace

// `banmian --db URL --date D --page N` is the window's, not a subcommand's: wrong options are
// refused with one line on stderr before any window, as a mistyped file is.
TEST(NewsroomWindowOptions, WrongOnesAreRefusedWithOneLine) {
    const std::vector<std::vector<std::string>> wrong = {
            {"--db", "host=/nowhere", "--date", "2026-13-01", "--page", "1"},
            {"--db", "host=/nowhere", "--date", "2026-12-06", "--page", "one"},
            {"--db", "host=/nowhere", "--page", "1"},  // (no page is the plan's: not wrong)
            {"--date", "2026-12-06", "--page", "1"},
            {"--db", "host=/nowhere", "--date", "2026-12-06", "--page", "1", "--force"},
            {"--db"},
    };
    for (const auto& args : wrong) {
        const ProcessOutput run = runProcess(kBanmian, args, {"BANMIAN_DB", "DISPLAY"}, {}, 30);
        EXPECT_EQ(run.exitCode, 2) << args.back() << ": " << run.err;
        EXPECT_EQ(std::count(run.err.begin(), run.err.end(), '\n'), 1) << run.err;
        EXPECT_TRUE(run.out.empty()) << run.out;
    }
}
