// Nothing lost from the command: `banmian` refuses a page document, other JSON or a PDF as
// articles and writes nothing.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "RunProcess.h"

namespace {

namespace fs = std::filesystem;

const std::string kBanmian = BANMIAN_EXECUTABLE;
const std::string kSeed = std::string(BANMIAN_SOURCE_DIR) + "/seeds/xuhui-front-page.txt";

std::string read(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void write(const fs::path& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
}

std::size_t lines(const std::string& text) {
    return std::count(text.begin(), text.end(), '\n');
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// A folder of the test's own: ctest runs the cases side by side, each a process.
class CliSafety : public ::testing::Test {
protected:
    void SetUp() override {
        const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
        m_folder = fs::temp_directory_path() /
                   ("banmian-safety-" + std::string(test->name()) + "-" + std::to_string(getpid()));
        fs::remove_all(m_folder);
        fs::create_directories(m_folder);
    }
    void TearDown() override { fs::remove_all(m_folder); }

    fs::path at(const std::string& name) const { return m_folder / name; }

    // A page composed from the seed by the command itself, at `name`; its bytes.
    std::string composedPage(const std::string& name, const std::string& title = "报名") {
        const ProcessOutput run =
                runProcess(kBanmian, {"compose", kSeed, "-o", at(name).string(), "--title", title});
        EXPECT_EQ(run.exitCode, 0) << run.err;
        return read(at(name));
    }

    fs::path m_folder;
};

// `import`, `compose` and `typeset` given a page document, a copy of one under another name, one
// cut short, other JSON, or a PDF as articles: one line saying what the file is and what takes
// it, exit 1, and no output made.
TEST_F(CliSafety, ArticlesThatAreNotArticlesAreRefusedAndNothingIsWritten) {
    const std::string page = composedPage("page.banmian");
    write(at("page.bak"), page);
    write(at("cut.banmian"), page.substr(0, page.size() / 3));
    write(at("stories.json"), runProcess(kBanmian, {"import", kSeed}).out);
    write(at("numbers.json"), "[1, 2, 3]\n");
    const ProcessOutput pdf = runProcess(kBanmian, {"export", kSeed, "-o", at("page.pdf")});
    ASSERT_EQ(pdf.exitCode, 0) << pdf.err;

    struct Case {
        std::string file, says;
    };
    const std::vector<Case> cases = {
            {"page.banmian",
             "is a Banmian page document, not an article file; open it with banmian "},
            {"page.bak", "page.bak is a Banmian page document, not an article file"},
            {"cut.banmian", "cut.banmian is a Banmian page document, not an article file"},
            {"stories.json", "stories.json is JSON data, not an article file"},
            {"numbers.json", "numbers.json is JSON data, not an article file"},
            {"page.pdf", "page.pdf is a PDF file, not an article file; Banmian reads no PDF"},
    };
    for (const Case& c : cases) {
        const std::string file = at(c.file).string();
        const std::vector<std::vector<std::string>> commands = {
                {"import", file},
                {"import", "--outline", file},
                {"compose", file, "-o", at("out.banmian").string()},
                {"typeset", file, "--width", "13em", "-o", at("out.pdf").string()},
                {"typeset", file, "--width", "13em", "--json"},
        };
        for (const auto& command : commands) {
            SCOPED_TRACE(command[0] + " " + c.file);
            const ProcessOutput run = runProcess(kBanmian, command);
            EXPECT_EQ(run.exitCode, 1);
            EXPECT_EQ(lines(run.err), 1u) << run.err;
            EXPECT_TRUE(run.err.starts_with("banmian " + command[0] + ": ")) << run.err;
            EXPECT_TRUE(contains(run.err, c.says)) << run.err;
            EXPECT_TRUE(run.out.empty()) << run.out.substr(0, 200);
            EXPECT_FALSE(fs::exists(at("out.banmian")));
            EXPECT_FALSE(fs::exists(at("out.pdf")));
        }
    }
    // The line in full, as a person reads it (run in the test's folder: short names).
    const std::string here = fs::current_path().string();
    fs::current_path(m_folder);
    const ProcessOutput shortNames =
            runProcess(kBanmian, {"compose", "page.banmian", "-o", "page.banmian"});
    fs::current_path(here);
    EXPECT_EQ(shortNames.err,
              "banmian compose: page.banmian is a Banmian page document, not an article file; "
              "open it with banmian page.banmian, or give it to banmian export / info / hints\n");
    EXPECT_EQ(read(at("page.banmian")), page) << "the page was written over";
}

// `compose page.banmian -o page.banmian`, which once wrote a one-story page over a proofread
// one, cannot happen.
TEST_F(CliSafety, ComposeNeverReadsAPageAsArticlesAndWritesOverIt) {
    const std::string page = composedPage("page.banmian");
    const ProcessOutput run = runProcess(
            kBanmian, {"compose", at("page.banmian").string(), "-o", at("page.banmian").string()});
    EXPECT_EQ(run.exitCode, 1) << run.err;
    EXPECT_EQ(read(at("page.banmian")), page);
}

// hints and export read a page document as the document it is — by its content too (a copy
// named page.bak) — and say what other JSON or a PDF is.
TEST_F(CliSafety, HintsAndExportReadADocumentAndRefuseOtherJsonAndPdf) {
    composedPage("page.banmian");
    fs::copy_file(at("page.banmian"), at("page.bak"));
    EXPECT_EQ(runProcess(kBanmian, {"hints", at("page.banmian").string()}).exitCode, 0);
    const ProcessOutput hints = runProcess(kBanmian, {"hints", at("page.bak").string()});
    EXPECT_EQ(hints.exitCode, 0) << hints.err;
    EXPECT_TRUE(contains(hints.out, "halfwidth-punctuation")) << hints.out;
    const ProcessOutput exported = runProcess(
            kBanmian, {"export", at("page.bak").string(), "-o", at("page.pdf").string()});
    EXPECT_EQ(exported.exitCode, 0) << exported.err;
    EXPECT_TRUE(read(at("page.pdf")).starts_with("%PDF-"));

    write(at("stories.json"), runProcess(kBanmian, {"import", kSeed}).out);
    for (const std::string file : {"stories.json", "page.pdf"}) {
        for (const std::string command : {"hints", "export"}) {
            SCOPED_TRACE(command + " " + file);
            std::vector<std::string> args = {command, at(file).string()};
            if (command == "export") args.insert(args.end(), {"-o", at("again.pdf").string()});
            const ProcessOutput run = runProcess(kBanmian, args);
            EXPECT_EQ(run.exitCode, 1);
            EXPECT_EQ(lines(run.err), 1u) << run.err;
            EXPECT_TRUE(contains(run.err, "neither an article file nor a Banmian page document"))
                    << run.err;
            EXPECT_FALSE(fs::exists(at("again.pdf")));
        }
    }
}

}  // namespace
