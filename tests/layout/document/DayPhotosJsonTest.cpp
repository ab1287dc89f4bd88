// The day's photos kept in the .banmian file: written and read back the same, paths kept relative
// to the document's folder as a frame's photos are, old files without them read, bad entries
// refused with where and why.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>

#include "layout/document/Document.h"

namespace banmian::layout {
namespace {

namespace fs = std::filesystem;

Document withPhotos(const std::string& folder) {
    Document d;
    Story story;
    story.id = "2b8f0c6e4a1d4f7e9c3b5a7d1e0f2a4c";
    story.headline = "区长带队开展走访活动";
    story.paragraphs = {"走访慰问了老党员。"};
    d.stories = {story};
    d.page.grid = pageGrid(PagePreset::Broadsheet);
    d.photos = {{"a0000000000000000000000000000001", folder + "/photos/photo1.jpg", 600, 400,
                 "区委副书记走访慰问老党员。", "记者 张三 摄", story.id},
                {"a0000000000000000000000000000002", "/srv/photo-store/photo2.tif", 3000, 2000, "",
                 "", ""}};
    return d;
}

// The document's JSON with `edit` made to it, read back.
Result<Document> readEdited(const std::function<void(nlohmann::ordered_json&)>& edit) {
    auto json = nlohmann::ordered_json::parse(documentToJson(withPhotos("/tmp/page")));
    edit(json);
    return documentFromJson(json.dump());
}

void expectBad(const Result<Document>& read, const std::string& where) {
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(read.error().kind, "bad-document");
    EXPECT_NE(read.error().message.find(where), std::string::npos) << read.error().message;
}

TEST(DayPhotosJson, RoundTripThroughAFileWithPathsKeptRelative) {
    const fs::path folder = fs::path(testing::TempDir()) / "banmian-day-photos-doc";
    fs::remove_all(folder);
    fs::create_directories(folder);
    const Document d = withPhotos(folder.string());
    const fs::path file = folder / "page.banmian";
    ASSERT_FALSE(writeDocument(d, file));

    std::ifstream in(file);
    const auto json = nlohmann::ordered_json::parse(in);
    ASSERT_TRUE(json.contains("photos"));
    EXPECT_EQ(json["photos"][0]["path"], "photos/photo1.jpg");            // inside: relative
    EXPECT_EQ(json["photos"][1]["path"], "/srv/photo-store/photo2.tif");  // elsewhere: absolute
    EXPECT_EQ(json["photos"][0]["story"], d.stories[0].id);

    const auto read = readDocument(file);
    ASSERT_TRUE(read.ok()) << read.error().message;
    EXPECT_EQ(read.value().photos, d.photos);
}

TEST(DayPhotosJson, AnOldFileWithoutPhotosReadsAndWritesNone) {
    Document d = withPhotos("/tmp/page");
    d.photos.clear();
    const std::string json = documentToJson(d);
    EXPECT_FALSE(nlohmann::ordered_json::parse(json).contains("photos"));
    const auto read = documentFromJson(json);
    ASSERT_TRUE(read.ok());
    EXPECT_TRUE(read.value().photos.empty());
}

TEST(DayPhotosJson, BadEntriesAreRefusedWithWhere) {
    expectBad(readEdited([](auto& j) { j["photos"][1].erase("path"); }), "/photos/1/path: missing");
    expectBad(readEdited([](auto& j) { j["photos"][0]["pixelWidth"] = -600; }),
              "/photos/0/pixelWidth: -600");
    expectBad(readEdited([](auto& j) { j["photos"][0]["pixelHeight"] = "400"; }),
              "/photos/0/pixelHeight: should be a whole number");
    expectBad(readEdited([](auto& j) { j["photos"][0]["caption"] = 7; }),
              "/photos/0/caption: should be text");
    expectBad(readEdited([](auto& j) { j["photos"][1]["id"] = j["photos"][0]["id"]; }),
              "/photos/1/id: \"a0000000000000000000000000000001\" is already the id of /photos/0");
    expectBad(readEdited([](auto& j) { j["photos"] = "photo1.jpg"; }), "/photos: not a list");
    expectBad(readEdited([](auto& j) { j["photos"][0] = 3; }), "/photos/0: not an object");
}

TEST(DayPhotosJson, AStoryNoLongerInTheDocumentIsReadAsNone) {
    const auto read = readEdited([](auto& j) { j["photos"][0]["story"] = "gone"; });
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read.value().photos[0].story, "");
}

}  // namespace
}  // namespace banmian::layout
