// What a file given as articles really is: a page document, other JSON, a PDF, a word
// processor's file — or article text, including text that opens with an ASCII bracket.
#include "layout/import/FileKind.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "layout/document/Document.h"

namespace banmian::layout {
namespace {

namespace fs = std::filesystem;

TEST(FileKind, TellsAPageDocumentWholeOrCutShort) {
    Document document;
    Story story;
    story.headline = "集中销毁八百余公斤";
    story.paragraphs = {"6月26日，由上海市禁毒委员会……"};
    document.stories = {story};
    const std::string json = documentToJson(document);
    EXPECT_EQ(fileKindOf(json), FileKind::BanmianDocument);
    EXPECT_EQ(fileKindOf(json.substr(0, json.size() / 3)), FileKind::BanmianDocument)
            << "a document cut short by a full disk is still a document";
    EXPECT_EQ(fileKindOf("\xEF\xBB\xBF\n  " + json), FileKind::BanmianDocument)
            << "saved with a BOM by a text editor";
}

TEST(FileKind, TellsOtherJson) {
    EXPECT_EQ(fileKindOf(R"({"format": "x"})"), FileKind::OtherJson);
    EXPECT_EQ(fileKindOf(R"({"file": "day.txt", "encoding": "UTF-8", "stories": []})"),
              FileKind::OtherJson)
            << "what banmian import prints";
    EXPECT_EQ(fileKindOf("[1, 2, 3]"), FileKind::OtherJson);
    EXPECT_EQ(fileKindOf("[]"), FileKind::OtherJson);
    EXPECT_EQ(fileKindOf(R"({"stories": [{"headline": "cut sh)"), FileKind::OtherJson)
            << "JSON cut short still opens as JSON";
    EXPECT_EQ(fileKindOf("[{\"a\": "), FileKind::OtherJson);
    EXPECT_EQ(fileKindOf("[\"一\", \"二\""), FileKind::OtherJson);
    EXPECT_EQ(fileKindOf("[3.5, "), FileKind::OtherJson);
    // "format": "banmian" inside something else is no document.
    EXPECT_EQ(fileKindOf(R"({"copy": {"format": "banmian"}})"), FileKind::OtherJson);
}

TEST(FileKind, TellsPdfAndWordProcessorFiles) {
    EXPECT_EQ(fileKindOf("%PDF-1.3\n%\xE2\xE3\xCF\xD3\n1 0 obj"), FileKind::Pdf);
    EXPECT_EQ(fileKindOf(std::string("PK\x03\x04\x14\0\x06\0", 8)), FileKind::OfficeDocument);
    EXPECT_EQ(fileKindOf("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"), FileKind::OfficeDocument);
}

// Newsroom text that opens with an ASCII bracket, or talks about JSON and PDF, is text.
TEST(FileKind, LeavesArticlesToTheImporter) {
    for (const char* text :
         {"[编者按] 今年是……\n\n正文。", "[1] 本报讯 6月26日……", "[图片]\n\n标题\n\n□记者 曹香玉\n",
          "{本报讯}标题\n", "标题\n\n文件以 %PDF- 开头的是 PDF。\n", "{\n  \u6807\u9898\n}",
          "[\"引语\"] 他说", "", "  \n", "喜报！徐汇区代表队斩获团体铜奖\n"}) {
        EXPECT_EQ(fileKindOf(text), FileKind::ArticleText) << text;
    }
    EXPECT_EQ(fileKindOf(std::string("\x89PNG\r\n\x1A\n\0\0", 10)), FileKind::ArticleText)
            << "a photo: the importer's binary-file message says it better";
}

TEST(FileKind, ReadsTheFile) {
    const fs::path folder =
            fs::temp_directory_path() / ("banmian-kind-" + std::to_string(getpid()));
    fs::create_directories(folder);
    // A document larger than the head that is read first: the whole file decides.
    Document document;
    Story story;
    story.headline = "标题";
    story.paragraphs.assign(2000, std::string("这是一段很长的正文。") + std::string(60, 'x'));
    document.stories = {story};
    const std::string json = documentToJson(document);
    ASSERT_GT(json.size(), 100000u);
    std::ofstream(folder / "page.bak", std::ios::binary) << json;
    EXPECT_EQ(fileKindOfFile(folder / "page.bak"), FileKind::BanmianDocument);
    std::ofstream(folder / "page.pdf", std::ios::binary) << "%PDF-1.7\n";
    EXPECT_EQ(fileKindOfFile(folder / "page.pdf"), FileKind::Pdf);
    EXPECT_EQ(fileKindOfFile(folder / "missing.txt"), FileKind::ArticleText)
            << "the importer says what is missing";
    fs::remove_all(folder);
}

TEST(FileKind, NamesEachKind) {
    EXPECT_EQ(describe(FileKind::BanmianDocument), "a Banmian page document");
    EXPECT_EQ(describe(FileKind::Pdf), "a PDF file");
    EXPECT_EQ(describe(FileKind::OtherJson), "JSON data");
}

}  // namespace
}  // namespace banmian::layout
