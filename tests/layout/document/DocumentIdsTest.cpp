// Stable ids in the document file (version 3): every story, block, photo, caption and mark has a
// random one, references between them are by id, two objects of one kind never share one, and
// the older versions the tests keep open with the same page, get ids, and are written as 3.
#include <gtest/gtest.h>

#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "layout/base/Id.h"
#include "layout/document/Document.h"
#include "layout/model/DocumentText.h"
#include "layout/model/MarkText.h"

namespace banmian::layout {
namespace {

using json = nlohmann::ordered_json;

Document sample() {
    Document d;
    Story story;
    story.id = newId();
    story.headline = "区长带队开展走访活动";
    story.paragraphs = {"6月28日，区委副书记带队开展走访活动。", "活动前，走访慰问了老党员。"};
    Story box;
    box.kind = StoryKind::Sidebar;
    box.headline = "链接";
    box.paragraphs = {"说明文字。"};
    box.id = newId();
    box.related = story.id;
    d.stories = {story, box};
    d.page.grid = pageGrid(PagePreset::Broadsheet);
    Block block;
    block.story = story.id;
    block.area = {{0, 4, 10, 30}};
    block.photos = {{{2, 2, 20, 10}, "photo.jpg", "图片说明", std::nullopt}};
    Block sidebar;
    sidebar.story = box.id;
    sidebar.area = {{4, 2, 10, 12}};
    sidebar.boxed = true;
    d.page.blocks = {block, sidebar};
    ProofMark mark;
    mark.kind = MarkKind::Delete;
    mark.range = {{box.id, StoryField::Body, 0, 0}, {box.id, StoryField::Body, 0, 6}};
    d.marks = {mark};
    giveMissingIds(d);
    recordMarkText(d.stories, d.marks[0]);
    return d;
}

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    EXPECT_TRUE(in) << path;
    return {(std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>()};
}

// Every id in `d`, by kind, each checked random and unique among its kind.
void expectRandomUniqueIds(const Document& d) {
    std::set<std::string> stories, blocks, photos, captions;
    for (const Story& s : d.stories) {
        EXPECT_TRUE(isRandomId(s.id)) << s.id;
        EXPECT_TRUE(stories.insert(s.id).second) << s.id;
    }
    for (const Block& b : d.page.blocks) {
        EXPECT_TRUE(isRandomId(b.id)) << b.id;
        EXPECT_TRUE(blocks.insert(b.id).second) << b.id;
        for (const PhotoFrame& p : b.photos) {
            EXPECT_TRUE(isRandomId(p.id) && isRandomId(p.captionId)) << p.id << " " << p.captionId;
            EXPECT_TRUE(photos.insert(p.id).second && captions.insert(p.captionId).second);
        }
    }
}

TEST(DocumentIds, EveryObjectGetsItsOwnRandomIdAndKeepsAGivenOne) {
    Document d = sample();
    expectRandomUniqueIds(d);
    EXPECT_TRUE(isRandomId(d.marks[0].id));
    d.stories.push_back(d.stories[0]);
    d.stories.back().id.clear();
    const std::string kept = d.stories[0].id;
    giveMissingIds(d);
    EXPECT_EQ(d.stories[0].id, kept);
    expectRandomUniqueIds(d);
    // Two copies of a page made apart never share an id: the same stories composed twice.
    Document again = sample();
    EXPECT_NE(again.stories[0].id, d.stories[0].id);
    EXPECT_NE(again.page.blocks[0].id, d.page.blocks[0].id);
    EXPECT_NE(again.marks[0].id, d.marks[0].id);
}

TEST(DocumentIds, AreSavedAndReadBackWithReferencesByIdInVersion3) {
    const Document d = sample();
    const std::string text = documentToJson(d);
    const json j = json::parse(text);
    EXPECT_EQ(j["version"], 3);
    EXPECT_EQ(j["stories"][0]["id"], d.stories[0].id);
    EXPECT_EQ(j["stories"][1]["related"], d.stories[0].id);
    const json& block = j["page"]["blocks"][0];
    EXPECT_EQ(block["id"], d.page.blocks[0].id);
    EXPECT_EQ(block["story"], d.stories[0].id);
    EXPECT_EQ(block["photos"][0]["id"], d.page.blocks[0].photos[0].id);
    EXPECT_EQ(block["photos"][0]["captionId"], d.page.blocks[0].photos[0].captionId);
    EXPECT_EQ(j["page"]["blocks"][1]["story"], d.stories[1].id);
    EXPECT_EQ(j["marks"][0]["id"], d.marks[0].id);
    EXPECT_EQ(j["marks"][0]["story"], d.stories[1].id);
    EXPECT_EQ(j["marks"][0]["text"], "说明");
    EXPECT_EQ(j["marks"][0]["context"]["before"], "\n链接\n\n");  // its story's empty fields
    EXPECT_EQ(j["marks"][0]["context"]["after"], "文字。");

    const auto read = documentFromJson(text);
    ASSERT_TRUE(read) << read.error().message;
    EXPECT_EQ(read.value().stories, d.stories);
    EXPECT_EQ(read.value().page.blocks, d.page.blocks);
    EXPECT_EQ(read.value().marks, d.marks);
    EXPECT_EQ(documentToJson(read.value()), text);

    // A page made in code without block, photo or mark ids is written with them, all different;
    // the blocks still show their stories.
    Document bare = d;
    for (Block& b : bare.page.blocks) {
        b.id.clear();
        for (PhotoFrame& p : b.photos) p.id.clear(), p.captionId.clear();
    }
    for (ProofMark& m : bare.marks) m.id.clear();
    const auto named = documentFromJson(documentToJson(bare));
    ASSERT_TRUE(named) << named.error().message;
    expectRandomUniqueIds(named.value());
    EXPECT_EQ(named.value().page.blocks[1].story, d.stories[1].id);
    EXPECT_EQ(named.value().stories[1].related, d.stories[0].id);
}

// The documents the tests keep from before ids: the seed's composed front page (version 1) and
// the same page with a mark of every kind (version 2).
class OlderDocument : public ::testing::TestWithParam<const char*> {};

TEST_P(OlderDocument, OpensWithTheSamePageGetsIdsAndIsWrittenAsVersion3) {
    const std::string path =
            std::string(BANMIAN_SOURCE_DIR) + "/tests/fuzz/corpus/document/" + GetParam();
    const json file = json::parse(readFile(path));
    ASSERT_LE(file["version"].get<int>(), 2);
    const auto read = readDocument(path);
    ASSERT_TRUE(read) << read.error().message;
    const Document& d = read.value();
    // From before print settings: checked against newsprint's figures.
    EXPECT_EQ(d.print, PrintSettings{});

    // The same page: every block where the file puts it, showing the story it names.
    const json& blocks = file["page"]["blocks"];
    ASSERT_EQ(d.page.blocks.size(), blocks.size());
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const Block& b = d.page.blocks[i];
        ASSERT_EQ(b.area.size(), blocks[i]["area"].size());
        for (std::size_t r = 0; r < b.area.size(); ++r) {
            const json& a = blocks[i]["area"][r];
            EXPECT_EQ(b.area[r], (GridRect{a[0], a[1], a[2], a[3]}));
        }
        if (blocks[i].contains("story")) {
            EXPECT_EQ(b.story, d.stories.at(blocks[i]["story"].get<std::size_t>()).id);
        } else {
            EXPECT_TRUE(b.story.empty());
        }
        EXPECT_EQ(b.photos.size(), blocks[i].value("photos", json::array()).size());
        // Ids made from the place ("story-2") are replaced: they clash across copies.
        EXPECT_NE(b.id, blocks[i]["id"].get<std::string>());
    }
    ASSERT_EQ(d.stories.size(), file["stories"].size());
    for (std::size_t i = 0; i < d.stories.size(); ++i)
        EXPECT_EQ(d.stories[i].headline, file["stories"][i]["headline"]);
    expectRandomUniqueIds(d);

    // Marks keep their ids ("m3": unique in the file, the same mark in every copy of it) and
    // their places, every open one on its text; their context is recorded.
    const json marks = file.value("marks", json::array());
    ASSERT_EQ(d.marks.size(), marks.size());
    const DocumentText text(d.stories);
    for (std::size_t i = 0; i < d.marks.size(); ++i) {
        const ProofMark& m = d.marks[i];
        EXPECT_EQ(m.id, marks[i]["id"]);
        EXPECT_EQ(m.range.begin.offset, marks[i]["begin"]["offset"]);
        EXPECT_FALSE(m.orphaned) << m.id;
        if (m.open()) {
            EXPECT_EQ(text.textOf(m.range), m.text) << m.id;
            EXPECT_FALSE(m.before.empty() && m.after.empty()) << m.id;
        }
    }

    // Written back only as version 3, which reads back as the same document.
    const std::string v3 = documentToJson(d);
    EXPECT_EQ(json::parse(v3)["version"], 3);
    const auto again = documentFromJson(v3);
    ASSERT_TRUE(again) << again.error().message;
    EXPECT_EQ(again.value().stories, d.stories);
    EXPECT_EQ(again.value().page.blocks, d.page.blocks);
    EXPECT_EQ(again.value().page.masthead, d.page.masthead);
    EXPECT_EQ(again.value().marks, d.marks);
    EXPECT_TRUE(again.value().styles == d.styles);
    EXPECT_EQ(json::parse(v3)["print"],
              json::parse(R"({"minPhotoPpi": 150, "goodPhotoPpi": 200,
                                      "renderingIntent": "relative-colorimetric",
                                      "inkLimit": 240})"));
}

INSTANTIATE_TEST_SUITE_P(TestsKeep, OlderDocument,
                         ::testing::Values("seed-front-page.banmian", "seed-with-marks.banmian"));

// The fuzzer's version 3 seed is a document as Banmian writes it, value for value.
TEST(DocumentIds, TheFuzzersVersion3SeedIsWhatTheWriterWrites) {
    const std::string path =
            std::string(BANMIAN_SOURCE_DIR) + "/tests/fuzz/corpus/document/seed-with-ids.banmian";
    const auto read = readDocument(path);
    ASSERT_TRUE(read) << read.error().message;
    EXPECT_EQ(json::parse(documentToJson(read.value())), json::parse(readFile(path)));
    EXPECT_EQ(read.value().marks.size(), 8u);
}

TEST(DocumentIds, TwoObjectsOfOneKindSharingAnIdAreRefusedWithTheJsonPath) {
    struct Case {
        std::string name;
        std::function<void(Document&)> edit;
        std::string expected;
    };
    std::vector<Case> cases = {
            {"stories", [](Document& d) { d.stories[1].id = d.stories[0].id; },
             "/stories/1/id: \"{0}\" is already the id of /stories/0"},
            {"blocks", [](Document& d) { d.page.blocks[1].id = d.page.blocks[0].id; },
             "/page/blocks/1/id: \"{0}\" is already the id of /page/blocks/0"},
            {"photos",
             [](Document& d) {
                 d.page.blocks[1].photos = d.page.blocks[0].photos;
                 d.page.blocks[1].photos[0].area = {4, 2, 12, 4};
             },
             "/page/blocks/1/photos/0/id: \"{0}\" is already the id of /page/blocks/0/photos/0"},
            {"captions",
             [](Document& d) {
                 d.page.blocks[1].photos = d.page.blocks[0].photos;
                 d.page.blocks[1].photos[0].id = newId();
                 d.page.blocks[1].photos[0].area = {4, 2, 12, 4};
             },
             "/page/blocks/1/photos/0/captionId: \"{0}\" is already the captionId of "
             "/page/blocks/0/photos/0"},
            {"marks",
             [](Document& d) {
                 d.marks.push_back(d.marks[0]);
                 d.marks.push_back(d.marks[0]);
                 d.marks[1].id = newId();
             },
             "/marks/2/id: \"{0}\" is already the id of /marks/0"},
    };
    for (const Case& c : cases) {
        Document d = sample();
        c.edit(d);
        const auto read = documentFromJson(documentToJson(d));
        ASSERT_FALSE(read) << c.name;
        std::string expected = c.expected;
        const std::string shared = c.name == "stories"    ? d.stories[0].id
                                   : c.name == "blocks"   ? d.page.blocks[0].id
                                   : c.name == "photos"   ? d.page.blocks[0].photos[0].id
                                   : c.name == "captions" ? d.page.blocks[0].photos[0].captionId
                                                          : d.marks[0].id;
        expected.replace(expected.find("{0}"), 3, shared);
        EXPECT_EQ(read.error().message, expected) << c.name;
    }

    // A version 2 file with two marks "m1" (copied from another copy by hand) too.
    std::string v2 = readFile(std::string(BANMIAN_SOURCE_DIR) +
                              "/tests/fuzz/corpus/document/seed-with-marks.banmian");
    v2.replace(v2.find("\"id\": \"m2\""), 10, "\"id\": \"m1\"");
    const auto twice = documentFromJson(v2);
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().message, "/marks/1/id: \"m1\" is already the id of /marks/0");
}

TEST(DocumentIds, AReferenceToNoStoryIsRefusedAndAnIdIsNeeded) {
    const Document d = sample();
    const json good = json::parse(documentToJson(d));
    auto refused = [](json j) {
        const auto read = documentFromJson(j.dump());
        return read ? std::string("(read)") : read.error().message;
    };
    json j = good;
    j["page"]["blocks"][0]["story"] = "0123456789abcdef0123456789abcdef";
    EXPECT_EQ(refused(j), "/page/blocks/0/story: not the id of a story in the document");
    j = good;
    j["page"]["blocks"][0]["story"] = 0;  // an index, as before version 3
    EXPECT_EQ(refused(j), "/page/blocks/0/story: not the id of a story in the document");
    j = good;
    j["stories"][1]["related"] = "nosuchstory";
    EXPECT_EQ(refused(j), "/stories/1/related: no such story");
    j = good;
    j["stories"][0].erase("id");
    EXPECT_EQ(refused(j).rfind("/stories/0/id: missing or not text", 0), 0u) << refused(j);
    j = good;
    j["page"]["blocks"][0]["photos"][0]["captionId"] = 7;
    EXPECT_EQ(refused(j).rfind("/page/blocks/0/photos/0/captionId: missing or not text", 0), 0u);

    // A mark on a story this document does not have (from another copy) is kept, orphaned.
    // It keeps that story's id, to meet it again where the copies are merged.
    j = good;
    const std::string elsewhere = newId();
    j["marks"][0]["story"] = elsewhere;
    const auto read = documentFromJson(j.dump());
    ASSERT_TRUE(read) << read.error().message;
    EXPECT_TRUE(read.value().marks[0].orphaned);
    EXPECT_EQ(read.value().marks[0].text, "说明");
    const json written = json::parse(documentToJson(read.value()));
    EXPECT_EQ(written["marks"][0]["story"], elsewhere);
    EXPECT_EQ(written["marks"][0]["text"], "说明");
}

}  // namespace
}  // namespace banmian::layout
