// The bad-input catalogue: every kind of bad input the issues name, given to `banmian` as a
// person would, each answered by exit status 1 and one line saying what is wrong and what to do —
// and in every case the file the user already had at the output path is left exactly as it was.
// (Missing fonts: tests/fonts/FontCatalogTest; the window's dialogs: MainWindowTest.)
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>

#include "RunProcess.h"

namespace {

namespace fs = std::filesystem;
const std::string kBanmian = BANMIAN_EXECUTABLE;
const std::string kSeed = std::string(BANMIAN_SOURCE_DIR) + "/seeds/xuhui-front-page.txt";
// A folder of this process's own: ctest runs the cases side by side, each a process, and they
// must not write over each other's files.
const fs::path kFolder =
        fs::temp_directory_path() / ("banmian-bad-input-" + std::to_string(::getpid()));

std::string write(const std::string& name, const std::string& bytes) {
    fs::create_directories(kFolder);
    const fs::path path = kFolder / name;
    std::ofstream(path, std::ios::binary) << bytes;
    return path.string();
}

std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A good page saved by `banmian compose`, the document the hand edits below start from.
std::string goodDocument() {
    static const std::string text = [] {
        const std::string path = (kFolder / "good.banmian").string();
        fs::create_directories(kFolder);
        runProcess(kBanmian, {"compose", kSeed, "-o", path});
        return read(path);
    }();
    return text;
}

std::string edited(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    if (at != std::string::npos) text.replace(at, from.size(), to);
    return text;
}

struct BadInput {
    std::string kind;
    // The command line, made when the test runs; "" stands for the user's existing output file.
    std::function<std::vector<std::string>()> command;
    std::string message;
    bool oneLine = true;  // a preflight lists every finding, a line each
};

void PrintTo(const BadInput& bad, std::ostream* out) {
    *out << bad.kind;
}

class BadInputCatalogue : public ::testing::TestWithParam<BadInput> {
protected:
    static void TearDownTestSuite() {
        std::error_code ignored;
        fs::remove_all(kFolder, ignored);  // 65 MB of it
    }
};

TEST_P(BadInputCatalogue, SaysWhatIsWrongAndChangesNothing) {
    const BadInput& bad = GetParam();
    // What the user had at the output path: a page from yesterday, which must survive.
    const std::string yesterday = write("yesterday.out", "yesterday's page, not to be lost\n");
    std::vector<std::string> args;
    for (const std::string& arg : bad.command()) args.push_back(arg.empty() ? yesterday : arg);
    const ProcessOutput run = runProcess(kBanmian, args);
    EXPECT_EQ(run.exitCode, 1) << bad.kind << ": " << run.err;
    EXPECT_NE(run.err.find(bad.message), std::string::npos) << bad.kind << ": " << run.err;
    if (bad.oneLine) {
        EXPECT_EQ(std::count(run.err.begin(), run.err.end(), '\n'), 1) << "one line: " << run.err;
    }
    EXPECT_EQ(read(yesterday), "yesterday's page, not to be lost\n") << bad.kind;
}

std::vector<BadInput> catalogue() {
    using Args = std::vector<std::string>;
    auto exporting = [](std::function<std::string()> input) {
        return [input] { return Args{"export", input(), "-o", ""}; };
    };
    auto document = [](std::string from, std::string to) {
        return [from, to] { return edited(goodDocument(), from, to); };
    };
    return {
            {"a binary file as articles", exporting([] {
                 return write("photo.jpg", std::string("\xFF\xD8\xFF\xE0\0\x10JFIF\0", 11));
             }),
             "binary file"},
            {"a wrong encoding (Latin-1 bytes)",
             exporting([] { return write("latin1.txt", "Headline\n\nCaf\xE9 au lait\xFF\xFF\n"); }),
             "line 3"},
            {"an empty article file", exporting([] { return write("empty.txt", "\n\n  \n"); }),
             "empty"},
            {"a 65 MB article file", exporting([] {
                 std::string huge = "巨稿\n\n";
                 while (huge.size() < (65u << 20)) huge += std::string(1 << 20, 'x') + "\n";
                 return write("huge.txt", huge);
             }),
             "is it the right file?"},
            {"a truncated document", exporting([] {
                 const std::string good = goodDocument();
                 return write("cut.banmian", good.substr(0, good.size() / 3));
             }),
             "truncated"},
            {"a hand-edited document: a value of the wrong kind", exporting([=] {
                 return write("boxed.banmian", document("\"boxed\": false", "\"boxed\": \"no\"")());
             }),
             "boxed: should be true or false"},
            {"a hand-edited document: a block off the grid", exporting([=] {
                 return write("off-grid.banmian",
                              document("\"area\": [", "\"area\": [[40, 4, 0, 1],")());
             }),
             "outside the page grid"},
            {"a document from a newer Banmian", exporting([=] {
                 return write("newer.banmian", document("\"version\": 1", "\"version\": 9")());
             }),
             "newer Banmian"},
            {"not a document at all",
             [] {
                 return Args{"info", write("other.banmian", "{\"format\": \"x\"}")};
             },
             "not a Banmian document"},
            {"a missing file", exporting([] { return (kFolder / "no-such-day.txt").string(); }),
             "no-such-day.txt"},
            {"an unreadable photo", exporting([=] {
                 return write("photo.banmian",
                              document("\"image\": \"\"",
                                       "\"image\": \"" + (kFolder / "gone.jpg").string() + "\"")());
             }),
             "cannot be read", false},
            {"a character no installed font has (the print PDF refused)", exporting([] {
                 return write("missing-glyph.txt",
                              "标题\n\n　　一个字\xF4\x8F\xBF\xBD没有字体。\n");
             }),
             "paragraph 1: U+10FFFD", false},
    };
}

INSTANTIATE_TEST_SUITE_P(Everything, BadInputCatalogue, ::testing::ValuesIn(catalogue()),
                         [](const auto& info) { return "case" + std::to_string(info.index); });

}  // namespace
