// A seed story continued from page 1 onto page 3 (转版): the jump lines name the pages where the
// parts stand now, and the parts together set the story's body once, whatever is moved or resized.
#include "layout/edition/Jumps.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "layout/import/ArticleImporter.h"
#include "layout/pipeline/PageExport.h"

namespace banmian::layout {
namespace {

// Text compared without ASCII spaces: a line's end drops the space a break falls on.
std::string withoutSpaces(std::string text) {
    text.erase(std::remove(text.begin(), text.end(), ' '), text.end());
    return text;
}

// The story body block `block` sets, in the order it is set.
std::string bodyText(const PageLayout& layout, int block = 0) {
    std::string text;
    for (const PageRun& run : layout.runs) {
        if (run.block != block || run.source.story.empty() || run.source.field != StoryField::Body)
            continue;
        for (const std::string& t : run.text) text += t;
    }
    return withoutSpaces(text);
}

// What block `block` prints that is no story's text: its credit lines and its jump lines.
std::string otherText(const PageLayout& layout, int block = 0) {
    std::string text;
    for (const PageRun& run : layout.runs) {
        if (run.block != block || !run.source.story.empty()) continue;
        for (const std::string& t : run.text) text += t;
    }
    return text;
}

// What pdftotext reads in the PDF `bytes` (poppler-utils, an independent reader); none when it
// is not installed.
std::optional<std::string> pdfText(const std::string& bytes) {
    const auto path = std::filesystem::temp_directory_path() /
                      ("banmian-jumps-" + std::to_string(getpid()) + ".pdf");
    std::ofstream(path, std::ios::binary) << bytes;
    FILE* pipe = popen(("pdftotext -enc UTF-8 " + path.string() + " - 2>/dev/null").c_str(), "r");
    if (!pipe) return std::nullopt;
    std::string text;
    char buffer[4096];
    for (std::size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) text.append(buffer, n);
    const int status = pclose(pipe);
    std::filesystem::remove(path);
    if (status != 0) return std::nullopt;
    return text;
}

bool endsWith(const std::string& text, const std::string& end) {
    return text.size() >= end.size() &&
           text.compare(text.size() - end.size(), end.size(), end) == 0;
}

class JumpsTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_composer = new PageComposer();
        auto imported =
                importArticleFile(std::string(BANMIAN_SOURCE_DIR) + "/seeds/xuhui-front-page.txt");
        ASSERT_TRUE(imported.ok());
        s_stories = new std::vector<Story>(imported.value().stories);
        // The seed's longest article: it runs over a small block.
        s_story = &*std::max_element(s_stories->begin(), s_stories->end(),
                                     [](const Story& a, const Story& b) {
                                         return a.characterCount() < b.characterCount();
                                     });
    }
    static void TearDownTestSuite() {
        delete s_composer;
        delete s_stories;
    }

    static std::string storyBody() {
        std::string text;
        for (const std::string& p : s_story->paragraphs) text += p;
        return withoutSpaces(text);
    }

    static Block block(const std::string& id, GridRect area, const std::string& story) {
        Block b;
        b.id = id;
        b.story = story;
        b.area = {area};
        return b;
    }

    // Page 1 with the story in two columns of `lines` grid lines (too few for it); page `inside`
    // with an empty block, its document without the story yet.
    static std::vector<NumberedPage> pages(int lines = 20, int inside = 3) {
        Document front;
        front.stories = *s_stories;
        front.page.grid = pageGrid(PagePreset::Broadsheet);
        front.page.blocks = {block("front", {0, 2, 10, lines}, s_story->id)};
        Document continued;
        continued.page.grid = front.page.grid;
        continued.page.blocks = {block("inside", {0, 4, 10, 60}, "")};
        return {{1, front}, {inside, continued}};
    }

    static std::vector<NumberedPage> jumped(std::vector<NumberedPage> from) {
        const int inside = from.back().number;
        auto result = makeJump(std::move(from), 1, "front", inside, "inside", *s_composer);
        EXPECT_TRUE(result.ok()) << result.error().message;
        return result.ok() ? result.value().pages : std::vector<NumberedPage>{};
    }

    static PageLayout layout(const NumberedPage& page) {
        auto result = s_composer->layout(page.document);
        EXPECT_TRUE(result.ok()) << result.error().message;
        return result.ok() ? result.value() : PageLayout{};
    }

    static inline PageComposer* s_composer = nullptr;
    static inline std::vector<Story>* s_stories = nullptr;
    static inline const Story* s_story = nullptr;
};

TEST_F(JumpsTest, TheFirstPartEndsWithItsJumpLineAndTheContinuationTakesUpItsNextCharacter) {
    auto made = makeJump(pages(), 1, "front", 3, "inside", *s_composer);
    ASSERT_TRUE(made.ok()) << made.error().message;
    EXPECT_EQ(made.value().changed, (std::vector<int>{1, 3}));
    const std::vector<NumberedPage>& edition = made.value().pages;
    // The story came along to page 3, whose document lacked it.
    ASSERT_NE(findStory(edition[1].document.stories, s_story->id), nullptr);

    const PageLayout front = layout(edition[0]);
    EXPECT_TRUE(endsWith(otherText(front), "（下转第3版）")) << otherText(front);
    ASSERT_EQ(front.copyfit.size(), 1u);
    EXPECT_EQ(front.copyfit[0].oversetLines, 0);
    EXPECT_GT(front.copyfit[0].continuedCharacters, 100u);
    EXPECT_FALSE(std::any_of(front.diagnostics.begin(), front.diagnostics.end(),
                             [](const Diagnostic& d) { return d.kind == "overset"; }));
    EXPECT_TRUE(std::any_of(front.diagnostics.begin(), front.diagnostics.end(), [&](const auto& d) {
        return d.kind == "continued" &&
               d.message == std::to_string(front.copyfit[0].continuedCharacters) +
                                    " characters continued on page 3";
    }));
    // The jump line: flush right on the last line of the block's last column, below all its text.
    const PageRun& last = front.runs.back();
    ASSERT_TRUE(last.source.story.empty());
    const Rect column = front.copyfit[0].textFrames.back();
    EXPECT_EQ(last.x.back() + last.advance.back(), column.x + column.width);
    for (const PageRun& run : front.runs) EXPECT_LE(run.y.front(), last.y.front());

    const PageLayout inside = layout(edition[1]);
    EXPECT_EQ(otherText(inside), "（上接第1版）") << "no credits repeated, one jump line";
    const auto firstBody = std::find_if(inside.runs.begin(), inside.runs.end(), [](const auto& r) {
        return r.source.field == StoryField::Body && !r.source.story.empty();
    });
    ASSERT_NE(firstBody, inside.runs.end());
    const auto jumpLine = std::find_if(inside.runs.begin(), inside.runs.end(),
                                       [](const auto& r) { return r.source.story.empty(); });
    ASSERT_NE(jumpLine, inside.runs.end());
    EXPECT_LT(jumpLine->y.front(), firstBody->y.front()) << "above the first body line";
    // Flush left: its opening bracket's blank half hangs out of the column (clreq §3.1.6.3).
    const LayoutUnit left = inside.copyfit[0].textFrames.front().x;
    EXPECT_LE(jumpLine->x.front(), left);
    EXPECT_GE(jumpLine->x.front(), left - jumpLine->size / 2);
    // It starts at the first character the first part did not set.
    const TextPlace start = edition[1].document.page.blocks[0].jump.start;
    EXPECT_EQ(start, *front.copyfit[0].continueAt);
    EXPECT_EQ(firstBody->source.paragraph, start.paragraph);
    EXPECT_EQ(firstBody->textBegin.front(), start.offset);
    // Nothing lost, nothing set twice.
    EXPECT_EQ(bodyText(front) + bodyText(inside), storyBody());
}

// The jump lines are glyphs like the body's: the PDF prints them as text a reader finds.
TEST_F(JumpsTest, TheJumpLinesArePrintedAsTextInThePdf) {
    const std::vector<NumberedPage> edition = jumped(pages());
    ASSERT_EQ(edition.size(), 2u);
    ExportOptions proof;
    proof.kind = ExportKind::Proof;
    for (const auto& [page, line] : {std::pair{0, "（下转第3版）"}, {1, "（上接第1版）"}}) {
        const Document& document = edition[static_cast<std::size_t>(page)].document;
        const auto exported = exportPage(document, layout(edition[static_cast<std::size_t>(page)]),
                                         *s_composer, proof);
        ASSERT_TRUE(exported.ok()) << exported.error().message;
        const auto text = pdfText(exported.value().bytes);
        if (!text) GTEST_SKIP() << "pdftotext (poppler-utils) is needed";
        EXPECT_NE(withoutSpaces(*text).find(line), std::string::npos) << *text;
    }
}

TEST_F(JumpsTest, MovingTheContinuationToPage4ChangesTheFirstPartsJumpLine) {
    std::vector<NumberedPage> edition = jumped(pages());
    ASSERT_EQ(edition.size(), 2u);
    edition[1].number = 4;  // the continuation's page is now the edition's page 4
    const auto moved = updateJumps(edition, *s_composer);
    ASSERT_TRUE(moved.ok()) << moved.error().message;
    // Page 4's part still comes from page 1 and starts where it did: only page 1 is drawn again.
    EXPECT_EQ(moved.value().changed, (std::vector<int>{1}));
    const PageLayout front = layout(moved.value().pages[0]);
    EXPECT_TRUE(endsWith(otherText(front), "（下转第4版）")) << otherText(front);
    EXPECT_EQ(otherText(layout(moved.value().pages[1])), "（上接第1版）");
    // Put right already: nothing more changes.
    const auto again = updateJumps(moved.value().pages, *s_composer);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again.value().changed.empty());
}

TEST_F(JumpsTest, AShorterFirstPartStartsTheContinuationEarlierInTheStory) {
    std::vector<NumberedPage> edition = jumped(pages(20));
    ASSERT_EQ(edition.size(), 2u);
    const TextPlace before = edition[1].document.page.blocks[0].jump.start;
    edition[0].document.page.blocks[0].area[0].lines = 14;  // resized: six grid lines fewer
    const auto resized = updateJumps(edition, *s_composer);
    ASSERT_TRUE(resized.ok()) << resized.error().message;
    EXPECT_EQ(resized.value().changed, (std::vector<int>{3}));
    const TextPlace after = resized.value().pages[1].document.page.blocks[0].jump.start;
    EXPECT_LT(after, before);
    EXPECT_EQ(
            bodyText(layout(resized.value().pages[0])) + bodyText(layout(resized.value().pages[1])),
            storyBody());
}

TEST_F(JumpsTest, RemovingTheContinuationMakesTheFirstPartPlainAndOversetAgain) {
    std::vector<NumberedPage> edition = jumped(pages());
    ASSERT_EQ(edition.size(), 2u);
    edition[1].document.page.blocks.clear();
    const auto removed = updateJumps(edition, *s_composer);
    ASSERT_TRUE(removed.ok()) << removed.error().message;
    EXPECT_EQ(removed.value().changed, (std::vector<int>{1}));
    EXPECT_EQ(removed.value().pages[0].document.page.blocks[0].jump, Jump{});
    const PageLayout front = layout(removed.value().pages[0]);
    EXPECT_EQ(otherText(front).find("下转"), std::string::npos);
    EXPECT_GT(front.copyfit[0].oversetCharacters, 100u);
    EXPECT_TRUE(std::any_of(front.diagnostics.begin(), front.diagnostics.end(),
                            [](const Diagnostic& d) { return d.kind == "overset"; }));
}

TEST_F(JumpsTest, AContinuationLeftAloneSetsTheWholeStoryAgain) {
    std::vector<NumberedPage> edition = jumped(pages());
    ASSERT_EQ(edition.size(), 2u);
    edition[0].document.page.blocks.clear();
    const auto removed = updateJumps(edition, *s_composer);
    ASSERT_TRUE(removed.ok()) << removed.error().message;
    const PageLayout inside = layout(removed.value().pages[1]);
    EXPECT_TRUE(otherText(inside).find("上接") == std::string::npos);
    const std::string body = bodyText(inside);
    EXPECT_EQ(body, storyBody().substr(0, body.size())) << "from the story's first character";
}

TEST_F(JumpsTest, AStoryRunsOverThreePages) {
    std::vector<NumberedPage> edition = pages(20, 3);
    Document last = edition[1].document;
    last.page.blocks = {block("last", {0, 4, 10, 60}, "")};
    edition[1].document.page.blocks[0].area[0] = {0, 2, 10, 16};  // page 3's part is short too
    edition.push_back({5, last});
    auto first = makeJump(edition, 1, "front", 3, "inside", *s_composer);
    ASSERT_TRUE(first.ok()) << first.error().message;
    auto chained = makeJump(first.value().pages, 3, "inside", 5, "last", *s_composer);
    ASSERT_TRUE(chained.ok()) << chained.error().message;
    const std::vector<NumberedPage>& three = chained.value().pages;
    const PageLayout one = layout(three[0]), middle = layout(three[1]), end = layout(three[2]);
    EXPECT_TRUE(endsWith(otherText(one), "（下转第3版）"));
    EXPECT_EQ(otherText(middle), "（上接第1版）（下转第5版）");
    EXPECT_EQ(otherText(end), "（上接第3版）");
    EXPECT_GT(middle.copyfit[0].continuedCharacters, 0u);
    EXPECT_EQ(bodyText(one) + bodyText(middle) + bodyText(end), storyBody());
}

TEST_F(JumpsTest, AJumpIsRefusedSayingWhy) {
    const std::vector<NumberedPage> edition = pages();
    auto message = [&](int from, const char* fromBlock, int to, const char* toBlock) {
        const auto made = makeJump(edition, from, fromBlock, to, toBlock, *s_composer);
        return made ? std::string("(made)") : made.error().message;
    };
    EXPECT_EQ(message(1, "front", 1, "front"),
              "a story is continued on another page, not on page 1 itself");
    EXPECT_EQ(message(1, "front", 7, "inside"), "the edition has no page 7");
    EXPECT_EQ(message(1, "front", 3, "nowhere"), "page 3 has no block nowhere");
    EXPECT_EQ(message(3, "inside", 1, "front"),
              "block inside on page 3 shows no story to continue");
}

}  // namespace
}  // namespace banmian::layout
