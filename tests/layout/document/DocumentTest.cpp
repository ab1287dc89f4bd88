#include "layout/document/Document.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <unistd.h>
#include <iterator>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace banmian::layout {
namespace {

Document sample() {
    Document d;
    Story story;
    story.id = "2b8f0c6e4a1d4f7e9c3b5a7d1e0f2a4c";
    story.headline = "区长带队开展走访活动";
    story.bylines = {{"记者", {"姚丽敏", "刘晓晶"}}};
    story.paragraphs = {"6月28日，区委副书记带队开展走访活动。", "活动前，走访慰问了老党员。"};
    Story box;
    box.kind = StoryKind::Sidebar;
    box.headline = "链接";
    box.paragraphs = {"说明文字。"};
    box.id = "7c1e9a3b5d2f4e6a8b0c1d3e5f7a9b2d";
    box.related = story.id;
    d.stories = {story, box};
    d.page.grid = pageGrid(PagePreset::Broadsheet);
    d.page.masthead = {"报名", "", "第1期", "11-0000"};
    d.page.masthead.publication = CalendarDate{2023, 6, 30};
    d.page.masthead.pinyin = "BAOMING RIBAO";
    d.page.masthead.totalIssue = "12345";
    d.page.masthead.postalCode = "1-1";
    Block block;
    block.id = "story-0";
    block.story = story.id;
    block.area = {{0, 4, 10, 30}, {0, 2, 40, 10}};
    block.textColumns = 3;
    block.lead = true;
    block.photos = {{{2, 2, 20, 10}, "photo.jpg", "图片说明", GridRect{4, 2, 31, 2}}};
    Block sidebar;
    sidebar.id = "sidebar-1";
    sidebar.story = box.id;
    sidebar.area = {{4, 2, 10, 12}};
    sidebar.boxed = true;
    // The furniture: a 花边 in the masthead's red on a pale tint, a reversed kicker.
    sidebar.border = BorderKind::Diamonds;
    sidebar.frameInk = {"报头红", 100};
    sidebar.background = {"浅蓝", 40};
    sidebar.kickerBand = {"报头红", 100};
    block.headlineInk = {"报头红", 80};
    block.headlineBand = {"黑", 100};
    d.page.blocks = {block, sidebar};
    d.page.columnRules = true;
    d.styles = d.styles.withSwatch({"专栏绿", "PANTONE 347 C", {0.9, 0, 1, 0}});
    giveMissingIds(d);  // as every document the window or the command holds has them
    return d;
}

std::string temp(const std::string& name) {
    return (std::filesystem::temp_directory_path() / name).string();
}

TEST(Document, RoundTripsWithoutLoss) {
    const Document d = sample();
    const std::string json = documentToJson(d);
    const auto back = documentFromJson(json);
    ASSERT_TRUE(back.ok()) << back.error().message;
    const Document& r = back.value();
    EXPECT_EQ(r.page.blocks, d.page.blocks);
    EXPECT_TRUE(r.page.columnRules);
    ASSERT_TRUE(r.styles.swatch("专栏绿"));
    EXPECT_EQ(r.styles.swatch("专栏绿")->spot, "PANTONE 347 C");
    EXPECT_EQ(r.page.masthead, d.page.masthead);
    EXPECT_EQ(r.page.grid.lines, d.page.grid.lines);
    EXPECT_EQ(r.page.grid.trimWidth, d.page.grid.trimWidth);
    ASSERT_EQ(r.stories.size(), 2u);
    EXPECT_EQ(r.stories[0].bylines, d.stories[0].bylines);
    EXPECT_EQ(r.stories[0].paragraphs, d.stories[0].paragraphs);
    EXPECT_EQ(r.stories[1].related, r.stories[0].id);
    EXPECT_TRUE(r.styles == d.styles);
    EXPECT_TRUE(documentToJson(r) == json) << "writes other bytes when saved again";
}

// A file from before the masthead had a date: its date text becomes the date when it is one, and
// stays the words it was when not; a hand-edited date that is no day is refused, saying where.
TEST(Document, ReadsAnOlderMastheadAndRefusesABadDate) {
    Document d = sample();
    auto withMasthead = [&](const std::string& masthead) {
        std::string json = documentToJson(d);
        const std::size_t from = json.find("\"masthead\"");
        const std::size_t to = json.find('}', from);
        return documentFromJson(json.replace(from, to + 1 - from, "\"masthead\": " + masthead));
    };
    const auto dated = withMasthead(R"({"title": "报名", "date": "2026年12月5日 星期六"})");
    ASSERT_TRUE(dated.ok()) << dated.error().message;
    EXPECT_EQ(dated.value().page.masthead.publication, (CalendarDate{2026, 12, 5}));
    const auto words = withMasthead(R"({"title": "报名", "date": "国庆特刊", "issue": "第1期"})");
    ASSERT_TRUE(words.ok()) << words.error().message;
    EXPECT_EQ(words.value().page.masthead.date, "国庆特刊");
    EXPECT_FALSE(words.value().page.masthead.publication);
    EXPECT_EQ(words.value().page.masthead.issue, "第1期");
    const auto bad = withMasthead(R"({"title": "报名", "publication": "2026-02-30"})");
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().message,
              "/page/masthead/publication: \"2026-02-30\" is not a date (year-month-day, as "
              "2026-12-05)");
}

// The 报眼 keeps its kind, place and words.
TEST(Document, KeepsTheEar) {
    Document d = sample();
    Block ear;
    ear.id = "ear";
    ear.kind = BlockKind::Ear;
    ear.area = {{6, 2, 0, 8}};
    ear.earTitle = "今日天气";
    ear.earText = "晴转多云\n12～18℃";
    d.page.blocks.push_back(ear);
    const auto back = documentFromJson(documentToJson(d));
    ASSERT_TRUE(back.ok()) << back.error().message;
    EXPECT_EQ(back.value().page.blocks.back(), ear);
}

TEST(Document, SavesByRenamingSoTheOldFileSurvivesAFailure) {
    // A folder of its own, so that a temporary left behind shows (and no other test's does).
    const std::filesystem::path folder = temp("banmian-doc-test-" + std::to_string(::getpid()));
    std::filesystem::create_directories(folder);
    const std::string path = (folder / "page.banmian").string();
    ASSERT_FALSE(writeDocument(sample(), path));
    const auto read = readDocument(path);
    ASSERT_TRUE(read.ok()) << read.error().message;
    for (const auto& entry : std::filesystem::directory_iterator(folder))
        EXPECT_EQ(entry.path(), path) << "a temporary left";
    std::filesystem::remove_all(folder);
    // A folder that cannot be written: a clear message, and the file elsewhere untouched.
    const auto error = writeDocument(sample(), "/nonexistent-folder/page.banmian");
    ASSERT_TRUE(error);
    EXPECT_NE(error->message.find("cannot write /nonexistent-folder/page.banmian"),
              std::string::npos);
}

TEST(Document, RejectsBadDocumentsSayingWhatAndWhere) {
    const std::string good = documentToJson(sample());
    struct Case {
        std::string text, expected;
    };
    std::string newer = good;
    newer.replace(newer.find("\"version\": 3"), 12, "\"version\": 7");
    std::string outside = good;
    outside.replace(outside.find("\"area\": ["), 9, "\"area\": [[6, 4, 0, 1],");
    std::string badStory = good;
    badStory.replace(badStory.find("\"paragraphs\": ["), 15, "\"paragraphs\": [3,");
    // Values of the wrong kind, as a hand edit (or the fuzzer, which found the first) makes them.
    std::string boolKind = good;
    boolKind.replace(boolKind.find("\"kind\": \"story\""), 15, "\"kind\": true");
    std::string textBoxed = good;
    textBoxed.replace(textBoxed.find("\"boxed\": false"), 14, "\"boxed\": \"no\"");
    std::string numberKind = good;
    numberKind.replace(numberKind.find("\"kind\": \"article\""), 17, "\"kind\": 2");
    // A comma lost at the end of line 2, as a hand edit loses it: the reader stumbles on line 3.
    std::string handEdited = good;
    handEdited.replace(handEdited.find("\"banmian\","), 10, "\"banmian\"");
    // The masthead's 报名 in GBK, as a text editor set to a Chinese locale saves it.
    std::string inGbk = good;
    const std::size_t title = inGbk.find("报名");
    inGbk.replace(title, 6, "\xB1\xA8\xC3\xFB");
    const std::string titleLine =
            std::to_string(1 + std::count(good.begin(), good.begin() + title, '\n'));
    std::string badBorder = good;
    badBorder.replace(badBorder.find("\"border\": \"diamonds\""), 20, "\"border\": \"flowers\"");
    std::string badTint = good;
    badTint.replace(badTint.find("\"tint\": 40"), 10, "\"tint\": 400");
    const std::vector<Case> cases = {
            {badBorder, "/page/blocks/1/border: \"flowers\" is not a border (plain, double"},
            {badTint, "/page/blocks/1/background/tint: 400 is out of range"},
            {boolKind, "/page/blocks/0/kind: should be text"},
            {textBoxed, "/page/blocks/0/boxed: should be true or false"},
            {numberKind, "kind should be"},
            {good.substr(0, good.size() / 2), "truncated"},
            // Cut inside a character (报 is three bytes): truncated, not another encoding.
            {good.substr(0, good.find("报名") + 1), "truncated"},
            {"{\"format\": \"something else\"}", "not a Banmian document"},
            {"", "truncated"},
            {"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "a binary file, not a Banmian document"},
            {"Headline\n\nA story.\n", "not a Banmian document"},
            {handEdited, "damaged near line 3: was it edited by hand?"},
            {good.substr(0, good.size() / 2) + std::string(4096, '\0'), "zero bytes"},
            {inGbk, "not UTF-8 text at line " + titleLine + ": was it saved in another encoding"},
            {newer, "made by a newer Banmian"},
            {outside, "/page/blocks/0/area/0: outside the page grid"},
            {badStory, "/stories/0: paragraphs is not a list of texts"},
    };
    for (const Case& c : cases) {
        const auto read = documentFromJson(c.text);  // never throws
        ASSERT_FALSE(read.ok()) << c.expected;
        EXPECT_NE(read.error().message.find(c.expected), std::string::npos) << read.error().message;
        EXPECT_EQ(read.error().severity, Severity::Error);
        EXPECT_EQ(read.error().kind, "bad-document") << c.expected;
    }
    const auto missing = readDocument("/nonexistent/page.banmian");
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, "unreadable-file");
}

// A photo's crop and its photographer's credit are kept as the designer left them; a file from
// before photos were cropped opens with them centred, filling their frames, and no credit; a crop
// no one could have made (a hand edit) is refused with where it is, never placed.
TEST(Document, KeepsAPhotosCropAndCredit) {
    Document d = sample();
    PhotoFrame& photo = d.page.blocks[0].photos[0];
    photo.crop = {2.5, 0.3125, 0.75};
    photo.credit = "新华社记者 张三 摄";
    const std::string json = documentToJson(d);
    const auto back = documentFromJson(json);
    ASSERT_TRUE(back.ok()) << back.error().message;
    EXPECT_EQ(back.value().page.blocks[0].photos[0].crop, (PhotoCrop{2.5, 0.3125, 0.75}));
    EXPECT_EQ(back.value().page.blocks[0].photos[0].credit, "新华社记者 张三 摄");
    EXPECT_EQ(back.value().page.blocks, d.page.blocks);

    const auto older = documentFromJson(documentToJson(sample()));  // no crop, no credit written
    ASSERT_TRUE(older.ok()) << older.error().message;
    EXPECT_EQ(documentToJson(sample()).find("\"crop\""), std::string::npos);
    EXPECT_EQ(older.value().page.blocks[0].photos[0].crop, PhotoCrop{});
    EXPECT_EQ(older.value().page.blocks[0].photos[0].credit, "");

    const std::string cropAt = "\"crop\": {";
    ASSERT_NE(json.find(cropAt), std::string::npos);
    auto edited = [&](const std::string& crop) {
        std::string text = json;
        const std::size_t from = text.find(cropAt);
        text.replace(from, text.find('}', from) + 1 - from, "\"crop\": " + crop);
        return documentFromJson(text);
    };
    const std::vector<std::pair<std::string, std::string>> cases = {
            {"{\"scale\": 0.5}", "/page/blocks/0/photos/0/crop/scale: the photo's scale"},
            {"{\"scale\": 1e308}",
             "/crop/scale: the photo's scale in its frame is a number from 1"},
            {"{\"x\": 1.5}", "/page/blocks/0/photos/0/crop/x: the crop's centre across"},
            {"{\"y\": \"top\"}", "/crop/y: the crop's centre down"},
            {"[2, 0.5, 0.5]", "/page/blocks/0/photos/0/crop: should be an object"},
    };
    for (const auto& [crop, expected] : cases) {
        const auto read = edited(crop);
        ASSERT_FALSE(read.ok()) << crop;
        EXPECT_NE(read.error().message.find(expected), std::string::npos) << read.error().message;
    }
    // Part of a crop written: the rest as the default.
    const auto partial = edited("{\"scale\": 3}");
    ASSERT_TRUE(partial.ok()) << partial.error().message;
    EXPECT_EQ(partial.value().page.blocks[0].photos[0].crop, (PhotoCrop{3, 0.5, 0.5}));
}

// What the plant asks of the print file is the document's: kept as written, read with newsprint's
// figures from a document written before it was (which opens with the same page), and a figure
// that is no resolution refused with where it is.
TEST(Document, KeepsThePlantsPrintSettings) {
    Document d = sample();
    d.print.minPhotoPpi = 170;
    d.print.goodPhotoPpi = 240;
    d.print.outputProfile = "/plant/ISOnewspaper26v2.icc";
    d.print.outputProfileName = "ISOnewspaper26 v2";
    d.print.intent = RenderingIntent::Perceptual;
    d.print.inkLimit = 220;
    const std::string json = documentToJson(d);
    EXPECT_NE(json.find("\"print\": {\n\t\t\"minPhotoPpi\": 170,\n\t\t\"goodPhotoPpi\": 240,\n\t\t"
                        "\"renderingIntent\": \"perceptual\",\n\t\t\"inkLimit\": 220,\n\t\t"
                        "\"outputProfile\": \"/plant/ISOnewspaper26v2.icc\",\n\t\t"
                        "\"outputProfileName\": \"ISOnewspaper26 v2\"\n\t}"),
              std::string::npos)
            << json.substr(0, 300);
    const auto back = documentFromJson(json);
    ASSERT_TRUE(back.ok()) << back.error().message;
    EXPECT_EQ(back.value().print, d.print);

    const Document before = sample();
    std::string older = documentToJson(before);
    const std::size_t at = older.find("\t\"print\"");
    ASSERT_NE(at, std::string::npos);
    older.erase(at, older.find("},\n", at) + 3 - at);
    ASSERT_EQ(older.find("print"), std::string::npos) << older.substr(0, 200);
    const auto old = documentFromJson(older);
    ASSERT_TRUE(old.ok()) << old.error().message;
    EXPECT_EQ(old.value().print, PrintSettings{});
    EXPECT_EQ(old.value().page.blocks, before.page.blocks);
    EXPECT_EQ(old.value().stories, before.stories);

    const std::string good = documentToJson(sample());
    auto refused = [&good](const std::string& from, const std::string& to) {
        std::string text = good;
        text.replace(text.find(from), from.size(), to);
        const auto read = documentFromJson(text);
        return read ? std::string("(read)") : read.error().message;
    };
    EXPECT_EQ(refused("\"minPhotoPpi\": 150", "\"minPhotoPpi\": \"high\""),
              "/print/minPhotoPpi: missing or not a whole number");
    EXPECT_EQ(refused("\"minPhotoPpi\": 150", "\"minPhotoPpi\": 0"),
              "/print/minPhotoPpi: 0 is out of range");
    EXPECT_EQ(refused("\"goodPhotoPpi\": 200", "\"goodPhotoPpi\": 120"),
              "/print/goodPhotoPpi: 120 is under minPhotoPpi (150): the good resolution is the "
              "higher");
    EXPECT_EQ(refused("\"inkLimit\": 240", "\"inkLimit\": 40"),
              "/print/inkLimit: 40 is out of range");
    EXPECT_EQ(refused("\"relative-colorimetric\"", "\"saturation\""),
              "/print/renderingIntent: should be \"relative-colorimetric\" or \"perceptual\", not "
              "\"saturation\"");
    EXPECT_EQ(refused("\"print\": {", "\"print\": 150, \"printing\": {"),
              "/print: should be an object such as {\"minPhotoPpi\": 150, \"goodPhotoPpi\": 200}");
    // One figure given, the other newsprint's.
    const std::string goodFigure = "\"goodPhotoPpi\": 200";
    const auto one = documentFromJson(
            std::string(good).replace(good.find(goodFigure), goodFigure.size(), "\"unused\": 1"));
    ASSERT_TRUE(one.ok()) << one.error().message;
    EXPECT_EQ(one.value().print, PrintSettings{});
}

// A page moved or copied together with its photos still finds them: what lies in the document's
// folder is kept by its path from there; what lies elsewhere (a shared photo store), by its
// absolute path. In memory both are absolute.
TEST(Document, KeepsPhotosInItsFolderByTheirPathFromThere) {
    namespace fs = std::filesystem;
    const fs::path root = fs::path(testing::TempDir()) / "banmian-moved-page";
    fs::remove_all(root);
    const fs::path desk = root / "desk", store = root / "store";
    fs::create_directories(desk / "photos");
    fs::create_directories(store);
    const std::string photo = (desk / "photos" / "a.jpg").string();
    const std::string shared = (store / "b.jpg").string();
    const std::string profile = (desk / "plant.icc").string();

    Document d = sample();
    d.page.blocks[0].photos = {{{0, 2, 10, 10}, photo, "", std::nullopt},
                               {{2, 2, 10, 10}, shared, "", std::nullopt}};
    d.print.outputProfile = profile;
    ASSERT_FALSE(writeDocument(d, desk / "page.banmian"));
    std::ifstream in(desk / "page.banmian");
    const std::string text{std::istreambuf_iterator<char>(in), {}};
    EXPECT_NE(text.find("\"image\": \"photos/a.jpg\""), std::string::npos);
    EXPECT_NE(text.find("\"image\": \"" + shared + "\""), std::string::npos);
    EXPECT_NE(text.find("\"outputProfile\": \"plant.icc\""), std::string::npos);

    // Read where it was written: as it was in memory.
    const auto same = readDocument(desk / "page.banmian");
    ASSERT_TRUE(same) << same.error().message;
    EXPECT_EQ(same.value().page.blocks[0].photos[0].image, photo);
    EXPECT_EQ(same.value().page.blocks[0].photos[1].image, shared);
    EXPECT_EQ(same.value().print.outputProfile, profile);

    // The desk's folder moved: its photo and profile found where they went, the store's where
    // it is.
    const fs::path moved = root / "archive" / "2026-12-03";
    fs::create_directories(moved.parent_path());
    fs::rename(desk, moved);
    const auto read = readDocument(moved / "page.banmian");
    ASSERT_TRUE(read) << read.error().message;
    EXPECT_EQ(read.value().page.blocks[0].photos[0].image, (moved / "photos" / "a.jpg").string());
    EXPECT_EQ(read.value().page.blocks[0].photos[1].image, shared);
    EXPECT_EQ(read.value().print.outputProfile, (moved / "plant.icc").string());
    fs::remove_all(root);
}

// What the fuzzer found (tests/fuzz, document target), kept: a block whose kind is not text.
TEST(Document, TheFuzzersFindingsAreErrorsNotCrashes) {
    std::ifstream in(
            std::string(BANMIAN_TEST_DATA_DIR) + "/document-fuzz-crash-kind-not-text.banmian",
            std::ios::binary);
    ASSERT_TRUE(in);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto read = documentFromJson(text);
    EXPECT_FALSE(read.ok());
}

}  // namespace
}  // namespace banmian::layout

namespace banmian::layout {
namespace {

// A story's written form and the document's survive saving and opening; a file from before
// languages reads as simplified Chinese; a language Banmian does not set is refused, saying where.
TEST(Document, KeepsTheLanguageOfEachStoryAndOfTheDocument) {
    Document d = sample();
    d.page.language = Language::HantHK;
    d.stories[0].language = Language::HantTW;
    const auto path = temp("banmian-language.banmian");
    ASSERT_FALSE(writeDocument(d, path));
    const auto back = readDocument(path);
    ASSERT_TRUE(back.ok()) << back.error().message;
    EXPECT_EQ(back.value().page.language, Language::HantHK);
    EXPECT_EQ(back.value().stories[0].language, Language::HantTW);
    EXPECT_EQ(back.value().stories[1].language, std::nullopt) << "follows the document's";
    std::filesystem::remove(path);

    nlohmann::ordered_json olderJson = nlohmann::ordered_json::parse(documentToJson(sample()));
    olderJson["page"].erase("lang");
    const std::string older = olderJson.dump(2);
    ASSERT_EQ(older.find("\"lang\""), std::string::npos);
    const auto old = documentFromJson(older);
    ASSERT_TRUE(old.ok()) << old.error().message;
    EXPECT_EQ(old.value().page.language, Language::Hans);
    EXPECT_EQ(old.value().stories[0].language, std::nullopt);

    std::string bad = documentToJson(d);
    bad.replace(bad.find("\"lang\": \"zh-Hant-TW\""), 20, "\"lang\": \"zh-Latn\"");
    const auto refused = documentFromJson(bad);
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().message.find("/stories/0/lang"), std::string::npos)
            << refused.error().message;
    EXPECT_NE(refused.error().message.find("zh-Hant-TW"), std::string::npos)
            << "says which languages it sets";
}

// A story continued across pages (转版): each part's jump is kept; a hand-edited one that names no
// page or starts outside its story is refused, saying where.
TEST(Document, KeepsAContinuedStorysJumpsAndRefusesABadOne) {
    Document d = sample();
    d.page.blocks[0].jump = {.continuedOn = 3};
    Block continuation = d.page.blocks[0];
    continuation.id = "continuation";
    continuation.photos.clear();
    continuation.jump = {.continuedOn = 5,
                         .continuedFrom = 1,
                         .start = {d.stories[0].id, StoryField::Body, 1, 9}};
    d.page.blocks.push_back(continuation);
    const std::string json = documentToJson(d);
    const auto back = documentFromJson(json);
    ASSERT_TRUE(back.ok()) << back.error().message;
    EXPECT_EQ(back.value().page.blocks, d.page.blocks);
    EXPECT_EQ(documentToJson(back.value()), json);
    // A block that is not continued writes no jump.
    const auto plain = nlohmann::ordered_json::parse(documentToJson(sample()));
    EXPECT_FALSE(plain["page"]["blocks"][0].contains("jump"));

    auto edited = [&](const std::string& jump) {
        nlohmann::ordered_json file = nlohmann::ordered_json::parse(json);
        file["page"]["blocks"][2]["jump"] = nlohmann::ordered_json::parse(jump);
        return documentFromJson(file.dump());
    };
    const std::vector<std::pair<std::string, std::string>> cases = {
            {R"({"continuedOn": -2})",
             "/page/blocks/2/jump/continuedOn: a page number is a whole number from 1"},
            {R"({"continuedFrom": 1, "start": {"paragraph": 7, "offset": 0}})",
             "/page/blocks/2/jump/start/paragraph: 7 is past the story's last paragraph (it has "
             "2)"},
            {R"({"continuedFrom": 1, "start": {"paragraph": 1, "offset": 10}})",
             "/page/blocks/2/jump/start/offset: 10 is not the place of a character in paragraph 1"},
            {R"({"continuedFrom": 1, "start": {"paragraph": 1, "offset": 900}})",
             "/page/blocks/2/jump/start/offset: 900 is not the place of a character"},
            {R"("page 3")", "/page/blocks/2/jump: should be an object"},
    };
    for (const auto& [jump, expected] : cases) {
        const auto read = edited(jump);
        ASSERT_FALSE(read.ok()) << jump;
        EXPECT_NE(read.error().message.find(expected), std::string::npos) << read.error().message;
    }
}

}  // namespace
}  // namespace banmian::layout
