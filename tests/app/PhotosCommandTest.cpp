// `banmian compose ARTICLES --photos DIR`: the day's photos read from a folder as the picture desk
// leaves it, each given its story, kept in the page document for the composer; one line on stderr
// for each file left out and a summary; a folder that is not there stops the command.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "RunProcess.h"
#include "layout/document/Document.h"
#include "tests/layout/import/PhotoFiles.h"

namespace {

namespace fs = std::filesystem;
using namespace banmian::layout::testing_photos;
namespace layout = banmian::layout;

const std::string kBanmian = BANMIAN_EXECUTABLE;
const std::string kSeed = std::string(BANMIAN_SOURCE_DIR) + "/seeds/xuhui-front-page.txt";

std::size_t linesWith(const std::string& text, const std::string& words) {
    std::size_t n = 0;
    for (std::size_t at = text.find(words); at != std::string::npos; at = text.find(words, at + 1))
        ++n;
    return n;
}

// The seed's story whose headline has `words`.
std::string storyId(const layout::Document& d, const std::string& words) {
    for (const layout::Story& s : d.stories) {
        if (s.headline.find(words) != std::string::npos) return s.id;
    }
    return "(no story " + words + ")";
}

TEST(PhotosCommand, ComposeWithTheDaysPhotos) {
    const fs::path folder = freshFolder("cli");
    // 1: its caption file names the story; 2: its caption speaks of one; 3: nothing said.
    writePhoto(folder / "photo1.jpg");
    writeBytes(folder / "photo1.txt",
               "禁毒民警清点待销毁的毒品。\n记者 解景昇 摄\n稿件：集中销毁\n");
    writePhoto(folder / "photo2.jpg", [](Exiv2::Image& image) {
        image.iptcData()["Iptc.Envelope.CharacterSet"] = "\x1B%G";
        image.iptcData()["Iptc.Application2.Caption"] = "区长走访慰问老党员。";
        image.iptcData()["Iptc.Application2.Byline"] = "姚丽敏";
    });
    writePhoto(folder / "photo3.jpg");
    const std::string whole = bytesOf(testImage("photo-rgb-600x400.jpg"));
    writeBytes(folder / "photo4.jpg", whole.substr(0, whole.size() / 3));
    writeBytes(folder / "schedule.docx", std::string("PK\x03\x04\x14\x00\x06\x00", 8) +
                                                 "[Content_Types].xml" + std::string(100, '\0'));
    const fs::path page = folder / "page.banmian";

    const ProcessOutput run = runProcess(
            kBanmian, {"compose", kSeed, "--photos", folder.string(), "-o", page.string()});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_EQ(linesWith(run.err, "photo4.jpg is left out"), 1u) << run.err;
    EXPECT_EQ(linesWith(run.err, "schedule.docx is left out"), 1u) << run.err;
    EXPECT_EQ(linesWith(run.err, "photo1.txt"), 0u) << run.err;  // a caption file: expected
    EXPECT_NE(run.err.find("banmian compose: read 3 photos from " + folder.string() +
                           ": 2 with captions, 2 with credits; 1 given to the story they name, "
                           "1 by their captions' words, 1 in order; 2 files left out\n"),
              std::string::npos)
            << run.err;

    const auto document = layout::readDocument(page);
    ASSERT_TRUE(document.ok()) << document.error().message;
    const layout::Document& d = document.value();
    ASSERT_EQ(d.photos.size(), 3u);
    EXPECT_EQ(d.photos[0].path, (folder / "photo1.jpg").string());
    EXPECT_EQ(d.photos[0].story, storyId(d, "集中销毁"));
    EXPECT_EQ(d.photos[0].credit, "记者 解景昇 摄");
    EXPECT_EQ(d.photos[1].story, storyId(d, "区长带队"));
    EXPECT_EQ(d.photos[1].credit, "姚丽敏 摄");
    EXPECT_EQ(d.photos[2].story, storyId(d, "喜报"));  // the lead, the first article
    EXPECT_EQ(d.photos[2].pixelWidth, 600);
}

TEST(PhotosCommand, AFolderThatIsNotThereStopsWithOneLine) {
    const fs::path folder = freshFolder("cli-missing");
    const ProcessOutput run =
            runProcess(kBanmian, {"compose", kSeed, "--photos", (folder / "nowhere").string(), "-o",
                                  (folder / "page.banmian").string()});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(run.err, "banmian compose: --photos: there is no folder " +
                               (folder / "nowhere").string() +
                               ": give the folder the day's photos are in\n");
    EXPECT_FALSE(fs::exists(folder / "page.banmian"));
}

TEST(PhotosCommand, HelpAndUsageTellOfPhotos) {
    const ProcessOutput help = runProcess(kBanmian, {"--help"});
    EXPECT_NE(help.out.find("--photos DIR"), std::string::npos);
    const ProcessOutput usage = runProcess(kBanmian, {"compose", kSeed, "--photos"});
    EXPECT_EQ(usage.exitCode, 2);
    EXPECT_NE(usage.err.find("--photos needs a value"), std::string::npos) << usage.err;
}

TEST(PhotosCommand, TheWindowsPhotosFolderIsCheckedBeforeAnyWindow) {
    const fs::path folder = freshFolder("cli-launch");
    const ProcessOutput missing =
            runProcess(kBanmian, {kSeed, "--photos", (folder / "nowhere").string()}, {},
                       {"QT_QPA_PLATFORM=offscreen"}, 60);
    EXPECT_FALSE(missing.timedOut);
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_EQ(missing.err, "banmian: --photos: there is no folder " +
                                   (folder / "nowhere").string() +
                                   ": give the folder the day's photos are in\n");
    const ProcessOutput bare =
            runProcess(kBanmian, {kSeed, "--photos"}, {}, {"QT_QPA_PLATFORM=offscreen"}, 60);
    EXPECT_EQ(bare.exitCode, 2);
    EXPECT_NE(bare.err.find("--photos needs the folder"), std::string::npos) << bare.err;
    // A folder that is there, and no display: said as for any file to open.
    const ProcessOutput noDisplay =
            runProcess(kBanmian, {kSeed, "--photos", folder.string()},
                       {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}, {}, 60);
    EXPECT_EQ(noDisplay.exitCode, 2);
    EXPECT_NE(noDisplay.err.find("no display"), std::string::npos) << noDisplay.err;
}

}  // namespace
